// The lesson pipeline as an author meets it: a good lesson compiles to a real ES module with headings,
// citations and search text; every kind of broken lesson fails with file:line:column and the reason.
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { compileContent, wrapAsEsModule } from '../../../../build/scripts/lessons/compile';
import { ContentError } from '../../../../build/scripts/lessons/content-schema';

const root = resolve(import.meta.dirname, '../../../..');
const fixture = (name: string) => resolve(root, 'tests/fixtures/content', name);

async function diagnosticsOf(name: string): Promise<string[]> {
  try {
    await compileContent({ contentDir: fixture(name), rootDir: root });
  } catch (error) {
    if (error instanceof ContentError) return error.message.split('\n');
    throw error;
  }
  throw new Error(`fixture "${name}" compiled but was expected to fail`);
}

const lessonFile = (name: string) => `tests/fixtures/content/${name}/lessons/01-first-lesson/index.mdx`;

describe('compiling lessons', () => {
  it('compiles a good lesson with its headings, citation order, terms and search sections', async () => {
    const result = await compileContent({ contentDir: fixture('good'), rootDir: root });
    expect(result.lessons).toHaveLength(1);
    const [lesson] = result.lessons;
    expect(lesson.slug).toBe('first-lesson');
    expect(lesson.frontmatter.title).toBe('A first lesson');
    expect(lesson.facts.headings.map((h) => h.id)).toEqual(['structure', 'size']);
    expect(lesson.facts.citeOrder).toEqual(['ribera2015', 'loffler2000']);
    expect(lesson.facts.termIds).toEqual(['scfv']);
    expect(lesson.facts.sections.find((s) => s.id === 'size')?.text).toContain('About a third of an IgG');
    expect(lesson.code).toContain('return');
  });

  it('wraps the compiled lesson as an ES module that imports React instead of using eval', async () => {
    const result = await compileContent({ contentDir: fixture('good'), rootDir: root });
    const moduleText = wrapAsEsModule(result.lessons[0].code);
    expect(moduleText).toMatch(/^\/\/ Generated/);
    expect(moduleText).toContain("import * as _jsx_runtime from 'react/jsx-runtime';");
    expect(moduleText).toContain('export default lessonExports.default;');
    expect(moduleText).not.toMatch(/new Function|\beval\(/);
    expect(moduleText).toContain('katex'); // math was rendered at build time
  });

  it('reports bad MDX syntax with file, line, column and the reason', async () => {
    const [message] = await diagnosticsOf('bad-syntax');
    expect(message).toMatch(new RegExp(`^${lessonFile('bad-syntax')}:25:\\d+: Expected a closing tag for \`<Callout>\``));
  });

  it('reports an unknown component with its position and the components that exist', async () => {
    const messages = await diagnosticsOf('unknown-component');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(new RegExp(`^${lessonFile('unknown-component')}:25:1: unknown component <FancyChart>; lessons may use: Cite, Term, Callout, KeyPoints, ModelValue, `));
  });

  it('checks typed figure attributes with the figure’s own link fields, at the attribute that is wrong', async () => {
    const messages = await diagnosticsOf('figure-attributes');
    const file = lessonFile('figure-attributes');
    expect(messages).toEqual([
      `${file}:29:29: <SynapseFigure>: time (“t”) must be between 0 and 7, not 99`,
      `${file}:31:39: <CytokineFigure>: “burden” must be one of low, high, not “medium”`,
      `${file}:33:20: <SerialLysisFigure>: E:T ratio (“et”) has characters a link never contains`,
      `${file}:35:30: <TrialsTable>: sort direction (“dir”) must be one of ascending, descending, not “sideways”`,
    ]);
  });

  it('records the figures a lesson shows, with their ids (the keys of their states in links)', async () => {
    const good = await compileContent({ contentDir: fixture('good'), rootDir: root });
    expect(good.lessons[0].facts.figures).toEqual([]);
  });

  it('reports a missing frontmatter field by name', async () => {
    const messages = await diagnosticsOf('missing-field');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(new RegExp(`^${lessonFile('missing-field')}:\\d+:\\d+: frontmatter field "summary" is missing`));
  });

  it('reports a wrongly typed frontmatter field at its line', async () => {
    const messages = await diagnosticsOf('wrong-type');
    expect(messages).toEqual([`${lessonFile('wrong-type')}:4:8: frontmatter field "order": Invalid input: expected number, received string`]);
  });

  it('fails when a number in lesson prose has neither a citation nor a live model value', async () => {
    const messages = await diagnosticsOf('unsourced-number');
    expect(messages).toEqual([
      `${lessonFile('unsourced-number')}:25:1: a number without a source: “It weighs about 55 kDa, a third of 150 kDa.” — add <Cite k="…" /> to the sentence, or use <ModelValue> for a model quantity`,
    ]);
  });

  it('reports an unknown citation key where it is cited', async () => {
    const messages = await diagnosticsOf('unknown-cite');
    expect(messages).toContain(`${lessonFile('unknown-cite')}:11:62: <Cite>: unknown citation key "nobody1999" (not in content/references)`);
  });
});

describe('lesson markup cannot carry script', () => {
  it('refuses event handlers, dangerouslySetInnerHTML, spreads, expression attributes and unsafe URLs, each at its place', async () => {
    const at = (position: string, message: string) => `${lessonFile('unsafe-markup')}:${position}: ${message}`;
    const badLink = (url: string) => `link to "${url}" is not allowed: lessons link to atlas pages (#/…) or to https references on the allow-list (electron/common/external-links.ts)`;
    const badImage = (url: string) => `image "${url}" is not allowed: lesson images are local files beside the lesson (e.g. ./figure.png)`;
    expect(await diagnosticsOf('unsafe-markup')).toEqual([
      at('15:10', '<abbr>: attribute "onClick" is not allowed (accepted: title)'),
      at('15:75', '<sub>: attribute "dangerouslySetInnerHTML" is not allowed (accepted: none)'),
      at('17:16', '<abbr>: spread attributes like {...props} are not allowed in lessons'),
      at('17:79', '<Callout>: spread attributes like {...props} are not allowed in lessons'),
      at('19:21', '<abbr>: attribute "title" must be a plain string in quotes; JavaScript expressions are not allowed in lessons'),
      at('19:64', '<Term>: attribute "id" must be a plain string in quotes; JavaScript expressions are not allowed in lessons'),
      at('19:105', '<kbd>: attribute "style" is not allowed (accepted: none)'),
      at('21:8', badLink('javascript:alert(1)')),
      at('21:39', badLink('http://doi.org/10.1000/1')),
      at('21:79', badLink('https://evil.example/page')),
      at('21:122', badLink('data:text/html,hi')),
      at('23:9', badImage('https://doi.org/x.png')),
      at('23:43', badImage('../secret.png')),
      at('23:69', badImage('data:image/png;base64,AAAA')),
      at('25:1', badLink('javascript:alert(2)')),
    ]);
  });
});

describe('compiler messages point at the right place', () => {
  it('reports an unclosed component at the line where it opens, not 0:1', async () => {
    expect(await diagnosticsOf('unclosed-component')).toEqual([
      `${lessonFile('unclosed-component')}:13:1: Expected a closing tag for \`<Callout>\` — close it with </Callout>, or write <Callout … /> when it has no children`,
    ]);
  });

  it('gives one clear message for an import', async () => {
    expect(await diagnosticsOf('import-statement')).toEqual([
      `${lessonFile('import-statement')}:11:1: imports and exports are not allowed in lessons: use a component from the lesson components map`,
    ]);
  });

  it('reports a frontmatter YAML error at its own line', async () => {
    expect(await diagnosticsOf('frontmatter-yaml')).toEqual([
      `${lessonFile('frontmatter-yaml')}:7:11: frontmatter is not valid YAML: Nested mappings are not allowed in compact mappings`,
    ]);
  });

  it('reports an unknown frontmatter field at its own line', async () => {
    expect(await diagnosticsOf('frontmatter-unknown-key')).toEqual([
      `${lessonFile('frontmatter-unknown-key')}:5:1: frontmatter: unknown field "colour" (fields: title, summary, order, objectives, keywords, references)`,
    ]);
  });

  it('fails the build on invalid TeX instead of rendering a katex-error span', async () => {
    expect(await diagnosticsOf('bad-tex')).toEqual([
      `${lessonFile('bad-tex')}:13:14: invalid TeX: Unexpected end of input in a macro argument, expected '}' at end of input: \\frac{1}{`,
    ]);
  });
});

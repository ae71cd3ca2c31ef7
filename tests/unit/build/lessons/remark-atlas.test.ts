// The attribute and URL rules of lesson markup, one by one: what a component spec may declare (typed
// literal attributes), what every element refuses (expressions, spreads), and where links and images may point.
import { describe, expect, it } from 'vitest';
import { checkAttributes, isAllowedLessonImage, isAllowedLessonLink, searchText } from '../../../../build/scripts/lessons/remark-atlas';
import type { AttributeType } from '../../../../renderer/src/lessons/component-names';

const at = { start: { line: 3, column: 5 } };
/** An attribute written as {expression}, with the ESTree MDX attaches (one expression statement). */
const expression = (source: string, estree: unknown) => ({ type: 'mdxJsxAttributeValueExpression', value: source, data: { estree: { type: 'Program', body: [{ type: 'ExpressionStatement', expression: estree }] } } });
const literal = (value: unknown) => ({ type: 'Literal', value });

function check(attributes: { type?: string; name?: string; value?: unknown }[], types: Record<string, AttributeType>) {
  const messages: string[] = [];
  const node = { type: 'mdxJsxFlowElement' as const, name: 'Figure', children: [], position: at, attributes: attributes.map((a) => ({ type: 'mdxJsxAttribute', position: at, ...a })) };
  const strings = checkAttributes(node, Object.keys(types), (name) => types[name] ?? 'string', (_node, message) => messages.push(message));
  return { messages, strings: Object.fromEntries(strings) };
}

describe('a component spec that declares typed attributes', () => {
  const types: Record<string, AttributeType> = { label: 'string', days: 'number', paused: 'boolean' };

  it('accepts literal numbers (also negative) and booleans, and strings in quotes', () => {
    const result = check(
      [
        { name: 'label', value: 'Two cycles' },
        { name: 'days', value: expression('-42', { type: 'UnaryExpression', operator: '-', argument: literal(42) }) },
        { name: 'paused', value: null },
        { name: 'paused', value: expression('false', literal(false)) },
      ],
      types,
    );
    expect(result).toEqual({ messages: [], strings: { label: 'Two cycles' } });
  });

  it('refuses any other expression, the wrong literal type, and a string where a number is declared', () => {
    const { messages } = check(
      [
        { name: 'days', value: expression('compute()', { type: 'CallExpression' }) },
        { name: 'days', value: expression('true', literal(true)) },
        { name: 'paused', value: expression('1', literal(1)) },
        { name: 'days', value: '42' },
        { name: 'label', value: expression("'x'", literal('x')) },
        { name: 'label', value: null },
        { type: 'mdxJsxExpressionAttribute', value: '...props' },
        { name: 'onClick', value: 'alert(1)' },
      ],
      types,
    );
    expect(messages).toEqual([
      '<Figure>: attribute "days" must be a literal number; JavaScript expressions are not allowed in lessons',
      '<Figure>: attribute "days" must be a literal number; JavaScript expressions are not allowed in lessons',
      '<Figure>: attribute "paused" must be a literal boolean; JavaScript expressions are not allowed in lessons',
      '<Figure>: attribute "days" takes a number, written days={42}',
      '<Figure>: attribute "label" must be a plain string in quotes; JavaScript expressions are not allowed in lessons',
      '<Figure>: attribute "label" needs a value in quotes, label="…"',
      '<Figure>: spread attributes like {...props} are not allowed in lessons',
      '<Figure>: attribute "onClick" is not allowed (accepted: label, days, paused)',
    ]);
  });
});

describe('where lesson links and images may point', () => {
  it('links: atlas routes and allow-listed https references only', () => {
    for (const url of ['#/lesson/serial-lysis', '#/glossary', 'https://doi.org/10.2147/OTT.S70524', 'https://www.fda.gov/media/blincyto']) {
      expect(isAllowedLessonLink(url), url).toBe(true);
    }
    for (const url of ['javascript:alert(1)', 'JavaScript:alert(1)', 'http://doi.org/x', 'https://evil.example/', 'https://doi.org.evil.example/', 'https://user@doi.org/', 'https://doi.org:8443/', '//doi.org/x', 'data:text/html,x', 'vbscript:x', '#section', '/lesson/x', 'file:///etc/passwd', '#/a b', 'https://doi.org/a b', 'bite-atlas://lesson/x']) {
      expect(isAllowedLessonLink(url), url).toBe(false);
    }
  });

  it('images: relative files beside the lesson only', () => {
    for (const url of ['figure.png', './figure.png', 'img/structure.svg', './a_b-c.webp']) expect(isAllowedLessonImage(url), url).toBe(true);
    for (const url of ['https://doi.org/x.png', '//host/x.png', '/abs/x.png', '../x.png', './img/../../x.png', 'data:image/png;base64,AA', 'file:///x.png', 'x.png?y', 'figure.html', 'a//b.png', 'C:\\x.png']) {
      expect(isAllowedLessonImage(url), url).toBe(false);
    }
  });
});

// Search text (issue 10): the words of table cells, list items and a callout's paragraphs stay separate words,
// or a reader searching "hypotension" misses the grading table ("FeverHypotensionHypoxia").
describe('the search text of a block', () => {
  const text = (value: string) => ({ type: 'text', value });
  const paragraph = (...children: unknown[]) => ({ type: 'paragraph', children });
  const cell = (value: string) => ({ type: 'tableCell', children: [text(value)] });

  it('keeps table cells and rows apart', () => {
    const table = { type: 'table', children: [{ type: 'tableRow', children: [cell('Fever'), cell('Hypotension')] }, { type: 'tableRow', children: [cell('Grade 1'), cell('none')] }] };
    expect(searchText(table).split(/\s+/)).toEqual(['Fever', 'Hypotension', 'Grade', '1', 'none']);
  });

  it("keeps a callout's paragraphs and a list's items apart, and runs phrasing content on", () => {
    const callout = { type: 'mdxJsxFlowElement', name: 'Callout', attributes: [], children: [paragraph(text('It ends with 9 µg/day.')), paragraph(text('In the review'))] };
    expect(searchText(callout)).toBe('It ends with 9 µg/day. In the review');
    const list = { type: 'list', children: [{ type: 'listItem', children: [paragraph(text('Treg brake'))] }, { type: 'listItem', children: [paragraph(text('Shown.'))] }] };
    expect(searchText(list)).toBe('Treg brake Shown.');
    expect(searchText(paragraph(text('T'), { type: 'emphasis', children: [text('-cell')] }, text('s')))).toBe('T-cells');
  });
});

// Build-time checks and extraction for one lesson's MDX tree: rejects unknown components, code and
// unknown citation or glossary keys (with line:column), and collects headings, citations and search text.
import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Root, Heading, RootContent } from 'mdast';
import { LESSON_COMPONENTS, PLANNED_COMPONENTS, ALLOWED_HTML, CALLOUT_KINDS, type AttributeType, type ComponentSpec } from '../../../renderer/src/lessons/component-names';
import type { Diagnostic } from './content-schema';
import type { FigureAttributeCheck } from './figure-attributes';
import type { LessonStep } from './steps';
import { computeModelValue, formatSignificant } from '../../../renderer/src/lessons/model-values';
import { isAllowedExternalUrl } from '../../../electron/common/external-links';

export interface LessonHeading {
  depth: number;
  id: string;
  text: string;
}

export interface LessonSection {
  /** Heading id, or '' for the text before the first heading. */
  id: string;
  heading: string;
  text: string;
}

export interface LessonFacts {
  headings: LessonHeading[];
  /** Citation keys in order of first citation (this is the bibliography numbering). */
  citeOrder: string[];
  termIds: string[];
  modelValues: string[];
  checkIds: string[];
  /** The figures the lesson shows, in order: element id and component (the keys of its state in links). */
  figures: { id: string; component: string }[];
  sections: LessonSection[];
  /** Presentation steps (filled by remarkSteps, which runs after this plugin). */
  steps: LessonStep[];
  diagnostics: Diagnostic[];
}

export interface AtlasRemarkOptions {
  file: string;
  referenceKeys: ReadonlySet<string>;
  frontmatterReferences: ReadonlySet<string>;
  glossaryIds: ReadonlySet<string>;
  /** Ids of check-yourself questions that belong to this lesson. */
  checkIds: ReadonlySet<string>;
  /** Names <ModelValue name> may take. */
  modelValueNames: ReadonlySet<string>;
  /** Draft lessons may use planned components (being built in parallel). */
  isDraft?: boolean;
  /** A figure's typed attributes (its link fields) and their check; null for components without figure state. */
  figureAttributes?: (component: string) => FigureAttributeCheck | null;
  /** Filled in by the plugin. */
  facts: LessonFacts;
}

interface Located {
  position?: { start: { line: number; column: number } };
}
interface JsxAttribute extends Located {
  type: string;
  name?: string;
  value?: unknown;
}
interface JsxNode extends Located {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: JsxAttribute[];
  children: RootContent[];
}
type Report = (node: Located, message: string) => void;

/**
 * The attributes each allowed lower-case HTML element accepts — string literals only. Everything else
 * (event handlers, style, dangerouslySetInnerHTML, ref, …) is refused, so lesson markup cannot carry script.
 */
export const HTML_ATTRIBUTES = {
  br: [],
  sub: [],
  sup: [],
  abbr: ['title'],
  kbd: [],
} as const satisfies Record<(typeof ALLOWED_HTML)[number], readonly string[]>;

/** An attribute value written as an expression: `{42}`, `{-1.5}`, `{true}` are literals; anything else is code. */
function literalOfExpression(value: { data?: { estree?: unknown } }): number | boolean | undefined {
  const program = value.data?.estree as { body?: { type: string; expression?: unknown }[] } | undefined;
  if (!program?.body || program.body.length !== 1 || program.body[0].type !== 'ExpressionStatement') return undefined;
  let node = program.body[0].expression as { type: string; value?: unknown; operator?: string; argument?: unknown };
  let sign = 1;
  if (node.type === 'UnaryExpression' && node.operator === '-') {
    node = node.argument as typeof node;
    sign = -1;
    if (node.type !== 'Literal' || typeof node.value !== 'number') return undefined;
  }
  if (node.type !== 'Literal') return undefined;
  if (typeof node.value === 'number' && Number.isFinite(node.value)) return sign * node.value;
  return typeof node.value === 'boolean' ? node.value : undefined;
}

/**
 * Checks one element's attributes against what it accepts: a spread (`{...x}`) is never allowed, an expression
 * (`{…}`) only as a literal number or boolean where `typeOf` declares that type, every other value is a string in
 * quotes. Returns the string values by name; each problem is reported at the attribute.
 */
export function checkAttributes(
  jsx: JsxNode,
  accepted: readonly string[],
  typeOf: (name: string) => AttributeType,
  report: Report,
): Map<string, string> {
  const strings = new Map<string, string>();
  const tag = `<${jsx.name}>`;
  for (const attr of jsx.attributes) {
    const at = attr.position ? attr : jsx;
    if (attr.type !== 'mdxJsxAttribute' || !attr.name) {
      report(at, `${tag}: spread attributes like {...props} are not allowed in lessons`);
      continue;
    }
    if (!accepted.includes(attr.name)) {
      report(at, `${tag}: attribute "${attr.name}" is not allowed (accepted: ${accepted.join(', ') || 'none'})`);
      continue;
    }
    const type = typeOf(attr.name);
    if (typeof attr.value === 'string') {
      if (type === 'string') strings.set(attr.name, attr.value);
      else report(at, `${tag}: attribute "${attr.name}" takes a ${type}, written ${type === 'number' ? `${attr.name}={42}` : `${attr.name}={true}`}`);
      continue;
    }
    if (attr.value === null || attr.value === undefined) {
      if (type !== 'boolean') report(at, `${tag}: attribute "${attr.name}" needs a value in quotes, ${attr.name}="…"`);
      continue;
    }
    const literal = literalOfExpression(attr.value as { data?: { estree?: unknown } });
    if (type === 'string' || literal === undefined || typeof literal !== type) {
      const expected = type === 'string' ? 'a plain string in quotes' : `a literal ${type}`;
      report(at, `${tag}: attribute "${attr.name}" must be ${expected}; JavaScript expressions are not allowed in lessons`);
    }
  }
  return strings;
}

/** Where a lesson link may point: an atlas route (#/…) or an allow-listed https reference (as the shell allows). */
export function isAllowedLessonLink(url: string): boolean {
  if (/^#\/[^\s\\]*$/.test(url)) return true;
  return !/[\s\\]/.test(url) && isAllowedExternalUrl(url);
}

/** Lesson images are files beside the lesson: a relative path without a scheme, a leading slash or "..". */
export function isAllowedLessonImage(url: string): boolean {
  if (!/^(?:\.\/)?[A-Za-z0-9_][A-Za-z0-9_./-]*\.(?:png|jpe?g|gif|webp|avif|svg)$/i.test(url)) return false;
  return !url.split('/').some((segment) => segment === '..' || segment === '');
}

const COMMENT_ONLY = /^\s*\/\*[\s\S]*\*\/\s*$/;

/** Nodes whose children run on in one line of text; the children of any other node are separate blocks or cells. */
const PHRASING_PARENTS = new Set(['paragraph', 'heading', 'tableCell', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'mdxJsxTextElement']);

/**
 * The readable text of a block for search: like mdast-util-to-string, but live model numbers are shown
 * with their current default value (so a snippet never reads "about % of CD19") and citations are left out.
 * Table cells, list items and the paragraphs of a callout are kept apart by a space (never "FeverHypotension").
 */
export function searchText(node: unknown): string {
  const n = node as { type: string; value?: string; name?: string; attributes?: JsxAttribute[]; children?: unknown[] };
  if (n.type === 'text' || n.type === 'inlineCode' || n.type === 'inlineMath') return n.value ?? '';
  if ((n.type === 'mdxJsxTextElement' || n.type === 'mdxJsxFlowElement') && n.name === 'Cite') return '';
  if ((n.type === 'mdxJsxTextElement' || n.type === 'mdxJsxFlowElement') && n.name === 'ModelValue') {
    const attrs = Object.fromEntries((n.attributes ?? []).filter((a) => typeof a.value === 'string').map((a) => [a.name, a.value as string]));
    try {
      const q = computeModelValue({ name: attrs.name ?? '', ...(attrs.regimen ? { regimen: attrs.regimen } : {}), ...(attrs.level ? { level: attrs.level } : {}), ...(attrs.scenario ? { scenario: attrs.scenario } : {}) });
      return formatSignificant(q.value, attrs.digits ? Number(attrs.digits) : q.digits);
    } catch {
      return '';
    }
  }
  return (n.children ?? []).map(searchText).join(PHRASING_PARENTS.has(n.type) ? '' : ' ');
}

/**
 * Runs after rehype-katex: it reports TeX it cannot parse as a message on the file and renders a red
 * `katex-error` span instead of failing. Here each such message becomes a build error at the formula.
 */
export function rehypeMathErrors(options: { file: string; facts: LessonFacts }) {
  return (_tree: unknown, vfile: { messages: { source?: string | null; line?: number | null; column?: number | null; cause?: unknown; reason: string }[] }) => {
    for (const message of vfile.messages) {
      if (message.source !== 'rehype-katex') continue;
      const cause = message.cause instanceof Error ? message.cause.message.replace(/^KaTeX parse error:\s*/, '').replace(/\u0332/g, '') : message.reason;
      options.facts.diagnostics.push({
        file: options.file,
        line: message.line ?? 1,
        column: message.column ?? 1,
        message: `invalid TeX: ${cause}`,
      });
    }
  };
}

export function createFacts(): LessonFacts {
  return { headings: [], citeOrder: [], termIds: [], modelValues: [], checkIds: [], figures: [], sections: [], steps: [], diagnostics: [] };
}

export function remarkAtlas(options: AtlasRemarkOptions) {
  return (tree: Root) => {
    const { file, facts } = options;
    const report: Report = (node, message) => {
      const start = node.position?.start ?? { line: 1, column: 1 };
      facts.diagnostics.push({ file, line: start.line, column: start.column, message });
    };

    visit(tree, (node, index, parent) => {
      const type = (node as { type: string }).type;
      // remark-mdx-frontmatter injects an export without a source position; only authored code is an error.
      if (type === 'mdxjsEsm' && (node as { position?: unknown }).position) {
        report(node, 'imports and exports are not allowed in lessons: use a component from the lesson components map');
        // Removed once reported, so esbuild does not add a second, confusing "Could not resolve" for the same line.
        parent?.children.splice(index!, 1);
        return index!;
      }
      if ((type === 'mdxFlowExpression' || type === 'mdxTextExpression') && !COMMENT_ONLY.test(String((node as { value?: string }).value ?? ''))) {
        report(node, 'JavaScript expressions are not allowed in lessons (only {/* comments */})');
      }
      if (type === 'html') report(node, 'raw HTML is not allowed in lessons: use markdown or a component');
      if (type === 'link' || type === 'definition') {
        const url = String((node as { url?: string }).url ?? '');
        if (!isAllowedLessonLink(url)) {
          report(node, `link to "${url}" is not allowed: lessons link to atlas pages (#/…) or to https references on the allow-list (electron/common/external-links.ts)`);
        }
      }
      if (type === 'image') {
        const url = String((node as { url?: string }).url ?? '');
        if (!isAllowedLessonImage(url)) report(node, `image "${url}" is not allowed: lesson images are local files beside the lesson (e.g. ./figure.png)`);
      }
      if (type !== 'mdxJsxFlowElement' && type !== 'mdxJsxTextElement') return;
      const jsx = node as unknown as JsxNode;
      if (!jsx.name) return report(jsx, 'fragments (<>…</>) are not allowed in lessons');
      if (/^[a-z]/.test(jsx.name)) {
        if (!(ALLOWED_HTML as readonly string[]).includes(jsx.name)) {
          report(jsx, `HTML element <${jsx.name}> is not allowed in lessons; allowed: ${ALLOWED_HTML.join(', ')}`);
        } else {
          checkAttributes(jsx, HTML_ATTRIBUTES[jsx.name as keyof typeof HTML_ATTRIBUTES], () => 'string', report);
        }
        return;
      }
      const spec = (LESSON_COMPONENTS as Record<string, ComponentSpec>)[jsx.name];
      if (!spec && jsx.name in PLANNED_COMPONENTS) {
        if (!options.isDraft) report(jsx, `<${jsx.name}> is still being built: only draft lessons (folders starting with "_") may use it`);
        return;
      }
      if (!spec) {
        return report(jsx, `unknown component <${jsx.name}>; lessons may use: ${Object.keys(LESSON_COMPONENTS).join(', ')}`);
      }
      // A presentation step's attributes depend on the figure it scripts: steps.ts checks them.
      if (jsx.name === 'Step') return;
      const figureCheck = spec.figureId ? (options.figureAttributes?.(jsx.name) ?? null) : null;
      const attrs = checkAttributes(jsx, [...spec.required, ...spec.optional, ...(figureCheck?.keys ?? [])], (name) => spec.attributeTypes?.[name] ?? 'string', report);
      if (figureCheck) {
        const fields = new Map([...attrs].filter(([name]) => figureCheck.keys.includes(name)));
        const problem = fields.size ? figureCheck.check(fields) : null;
        if (problem) {
          const at = jsx.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === problem.field);
          report(at?.position ? at : jsx, `<${jsx.name}>: ${problem.message}`);
        }
      }
      for (const name of spec.required) {
        if (!jsx.attributes.some((attr) => attr.type === 'mdxJsxAttribute' && attr.name === name)) report(jsx, `<${jsx.name}>: missing required attribute "${name}"`);
      }
      if (!spec.children && jsx.children.length > 0) report(jsx, `<${jsx.name}> takes no children; write it as <${jsx.name} … />`);

      if (jsx.name === 'Cite' && attrs.has('k')) {
        const keys = attrs.get('k')!.split(/[\s,]+/).filter(Boolean);
        if (!keys.length) report(jsx, '<Cite>: k is empty');
        for (const key of keys) {
          if (!options.referenceKeys.has(key)) report(jsx, `<Cite>: unknown citation key "${key}" (not in content/references)`);
          else if (!options.frontmatterReferences.has(key)) report(jsx, `<Cite>: key "${key}" is cited but missing from the frontmatter "references" list`);
          if (!facts.citeOrder.includes(key)) facts.citeOrder.push(key);
        }
      }
      if (jsx.name === 'Term' && attrs.has('id')) {
        const id = attrs.get('id')!;
        if (!options.glossaryIds.has(id)) report(jsx, `<Term>: unknown glossary id "${id}" (not in content/glossary)`);
        else if (!facts.termIds.includes(id)) facts.termIds.push(id);
      }
      if (jsx.name === 'Callout' && attrs.has('kind') && !(CALLOUT_KINDS as readonly string[]).includes(attrs.get('kind')!)) {
        report(jsx, `<Callout>: kind must be one of ${CALLOUT_KINDS.join(', ')}`);
      }
      if (jsx.name === 'ModelValue' && attrs.has('name')) {
        const name = attrs.get('name')!;
        if (!options.modelValueNames.has(name)) report(jsx, `<ModelValue>: unknown quantity "${name}"; known: ${[...options.modelValueNames].join(', ')}`);
        facts.modelValues.push(name);
      }
      if (spec.figureId) {
        const id = attrs.get('id') ?? spec.figureId;
        if (facts.figures.some((f) => f.id === id)) report(jsx, `<${jsx.name}>: a figure with the id "${id}" is already in this lesson; give this one another id="…"`);
        else facts.figures.push({ id, component: jsx.name });
      }
      if (jsx.name === 'CheckYourself' && attrs.has('id')) {
        const id = attrs.get('id')!;
        if (!options.checkIds.has(id)) report(jsx, `<CheckYourself>: no question "${id}" for this lesson in content/quiz/check-yourself.yaml`);
        else if (facts.checkIds.includes(id)) report(jsx, `<CheckYourself>: question "${id}" is used twice`);
        else facts.checkIds.push(id);
      }
    });

    checkNumbersAreSourced(tree, report);

    // Headings (ids exactly as rehype-slug will make them) and the text of each section for search.
    const slugger = new GithubSlugger();
    let current: LessonSection = { id: '', heading: '', text: '' };
    const sections: LessonSection[] = [current];
    for (const child of tree.children) {
      if (child.type === 'heading') {
        const text = toString(child as Heading);
        const id = slugger.slug(text);
        if ((child as Heading).depth <= 3) facts.headings.push({ depth: (child as Heading).depth, id, text });
        current = { id, heading: text, text: '' };
        sections.push(current);
      } else if (child.type !== 'yaml' && (child.type as string) !== 'toml') {
        const text = searchText(child).replace(/\s+/g, ' ').replace(/ ([.,;:)])/g, '$1').trim();
        if (text) current.text += (current.text ? ' ' : '') + text;
      }
    }
    facts.sections = sections.filter((s) => s.text || s.heading);
  };
}

// ---- "every number is sourced": a sentence with a number needs a <Cite>, unless the number is a <ModelValue>.

const CITE_MARK = '\u0001';
/** Names and notations that contain digits but are not quantities. */
const NOT_A_QUANTITY = [/\bCD\d+[a-z]?\b/g, /\bIL-?\d+\b/g, /\bIgG\d?\b/g, /\(?G4S\)?\d?/g, /\bFcγ?R?n?\b/g, /\b[Ll]esson \d\b/g, /\bIFN-γ\b/g, /\bTNF-α\b/g, /\bT[Hh]\d\b/g];

/** Flattens phrasing content: text as text, citations as a marker, model values and math dropped. */
function phrasingText(node: unknown): string {
  const n = node as { type: string; value?: string; name?: string; children?: unknown[] };
  if (n.type === 'text' || n.type === 'inlineCode') return n.value ?? '';
  if (n.type === 'inlineMath' || n.type === 'math') return '';
  if (n.type === 'mdxJsxTextElement' || n.type === 'mdxJsxFlowElement') {
    if (n.name === 'Cite') return CITE_MARK;
    if (n.name === 'ModelValue') return 'MODELVALUE';
  }
  return (n.children ?? []).map(phrasingText).join('');
}

export function unsourcedSentences(text: string): string[] {
  const sentences = text.split(/(?<=[.!?])\s+(?=[A-Z(“"‘])/);
  return sentences.filter((sentence) => {
    if (sentence.includes(CITE_MARK)) return false;
    let stripped = sentence;
    for (const pattern of NOT_A_QUANTITY) stripped = stripped.replace(pattern, '');
    return /\d/.test(stripped);
  });
}

function checkNumbersAreSourced(tree: Root, report: (node: Located, message: string) => void): void {
  visit(tree, (node) => {
    const type = (node as { type: string }).type;
    if (type !== 'paragraph' && type !== 'tableRow') return;
    const text = type === 'tableRow' ? ((node as { children: unknown[] }).children.map(phrasingText).join(' | ')) : phrasingText(node);
    for (const sentence of type === 'tableRow' ? (text.includes(CITE_MARK) ? [] : unsourcedSentences(text.replace(/[.!?]\s+/g, '; '))) : unsourcedSentences(text)) {
      const shown = sentence.replace(/\s+/g, ' ').trim().slice(0, 90);
      report(node as Located, `a number without a source: “${shown}${sentence.length > 90 ? '…' : ''}” — add <Cite k="…" /> to the ${type === 'tableRow' ? 'table row' : 'sentence'}, or use <ModelValue> for a model quantity`);
    }
    return type === 'tableRow' ? 'skip' : undefined;
  });
}

// Build-time checks and extraction for one lesson's MDX tree: rejects unknown components, code and
// unknown citation or glossary keys (with line:column), and collects headings, citations and search text.
import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Root, Heading, RootContent } from 'mdast';
import { LESSON_COMPONENTS, PLANNED_COMPONENTS, ALLOWED_HTML, CALLOUT_KINDS, type ComponentSpec } from '../../../renderer/src/lessons/component-names';
import type { Diagnostic } from './content-schema';
import { computeModelValue, formatSignificant } from '../../../renderer/src/lessons/model-values';

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
  /** Filled in by the plugin. */
  facts: LessonFacts;
}

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface JsxNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: JsxAttribute[];
  children: RootContent[];
  position?: { start: { line: number; column: number } };
}

const COMMENT_ONLY = /^\s*\/\*[\s\S]*\*\/\s*$/;

/**
 * The readable text of a block for search: like mdast-util-to-string, but live model numbers are shown
 * with their current default value (so a snippet never reads "about % of CD19") and citations are left out.
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
  return (n.children ?? []).map(searchText).join(n.type === 'list' || n.type === 'table' ? ' ' : '');
}

export function createFacts(): LessonFacts {
  return { headings: [], citeOrder: [], termIds: [], modelValues: [], checkIds: [], figures: [], sections: [], diagnostics: [] };
}

export function remarkAtlas(options: AtlasRemarkOptions) {
  return (tree: Root) => {
    const { file, facts } = options;
    const report = (node: { position?: { start: { line: number; column: number } } }, message: string) => {
      const start = node.position?.start ?? { line: 1, column: 1 };
      facts.diagnostics.push({ file, line: start.line, column: start.column, message });
    };

    visit(tree, (node) => {
      const type = (node as { type: string }).type;
      // remark-mdx-frontmatter injects an export without a source position; only authored code is an error.
      if (type === 'mdxjsEsm' && (node as { position?: unknown }).position) report(node, 'imports and exports are not allowed in lessons: use a component from the lesson components map');
      if ((type === 'mdxFlowExpression' || type === 'mdxTextExpression') && !COMMENT_ONLY.test(String((node as { value?: string }).value ?? ''))) {
        report(node, 'JavaScript expressions are not allowed in lessons (only {/* comments */})');
      }
      if (type === 'html') report(node, 'raw HTML is not allowed in lessons: use markdown or a component');
      if (type !== 'mdxJsxFlowElement' && type !== 'mdxJsxTextElement') return;
      const jsx = node as unknown as JsxNode;
      if (!jsx.name) return report(jsx, 'fragments (<>…</>) are not allowed in lessons');
      if (/^[a-z]/.test(jsx.name)) {
        if (!(ALLOWED_HTML as readonly string[]).includes(jsx.name)) {
          report(jsx, `HTML element <${jsx.name}> is not allowed in lessons; allowed: ${ALLOWED_HTML.join(', ')}`);
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
      const attrs = new Map<string, string>();
      for (const attr of jsx.attributes) {
        if (attr.type !== 'mdxJsxAttribute' || !attr.name) {
          report(jsx, `<${jsx.name}>: spread attributes are not allowed`);
          continue;
        }
        if (!spec.required.includes(attr.name) && !spec.optional.includes(attr.name)) {
          report(jsx, `<${jsx.name}>: unknown attribute "${attr.name}" (accepted: ${[...spec.required, ...spec.optional].join(', ') || 'none'})`);
          continue;
        }
        if (typeof attr.value !== 'string') {
          report(jsx, `<${jsx.name}>: attribute "${attr.name}" must be a plain string in quotes`);
          continue;
        }
        attrs.set(attr.name, attr.value);
      }
      for (const name of spec.required) {
        if (!attrs.has(name)) report(jsx, `<${jsx.name}>: missing required attribute "${name}"`);
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

interface Located {
  position?: { start: { line: number; column: number } };
}

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

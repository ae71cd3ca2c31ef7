// Presentation steps of a lesson: the lesson is split at its sections (## and ### headings) and at <Step />
// markers; a marker may script a figure of its step with typed, build-checked attributes; <Notes> hold speaker notes.
//
// The attribute language of <Step> (every value is checked here, with file:line:column on a bad one):
//   title="…"               the step's title (default: its first heading, else the lesson's title)
//   fig="<figure key>"      a figure shown in this step, by its link key ("cytokine" for id "fig-cytokine")
//   <field>="<value>"       any of that figure's link fields (burden="high", show="flat-15", regimen="label-rr", …),
//                           with the values a link takes — the figure kind's own rules decide what is valid
//   play-to="24h"           the figure's time: "90min", "24h", "8d" (figures whose timeline is in days), or a number
//                           in the figure's own unit
//   then="pause" | "play"   after reaching play-to: stay paused there (default) or keep playing
// The compiled step carries the figure's link fields, so entering the step is decoding them (exactly the state a
// link to it opens) — the same state every time, in every window.
import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import type { Heading, Root, RootContent } from 'mdast';
import { FigureStateError, type AnyFigureKind } from '../../../renderer/src/state/figure-kind';
import type { Diagnostic } from './content-schema';
import { searchText } from './remark-atlas';

export interface StepScript {
  /** Element id of the figure the step sets. */
  figure: string;
  /** The figure's link fields (the figure's lesson attributes, then the step's). */
  fields: Record<string, string>;
}

export interface LessonStep {
  title: string;
  /** The id of the heading the step shows or follows ('' before the first heading): where Esc returns in the lesson. */
  anchor: string;
  /** Element ids of the figures shown in the step. */
  figures: string[];
  /** Speaker notes (plain text, paragraphs separated by blank lines). */
  notes: string;
  script?: StepScript;
}

/** What the step compiler needs to know about the lesson's figures. */
export interface StepFigureInfo {
  /** Figures of the lesson in document order: element id and component name. */
  figures: readonly { id: string; component: string }[];
  /** The figure kind with link fields for a component, or null when the figure has no scriptable state. */
  kindOf(component: string): (AnyFigureKind & { fields: readonly { key: string }[] }) | null;
}

interface Located {
  position?: { start: { line: number; column: number } };
}
interface Jsx extends Located {
  type: string;
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown; position?: Located['position'] }[];
  children: RootContent[];
}

/** Components whose timeline is in days (so play-to takes min, h and d). */
const DAY_TIMELINES = new Set(['CytokineFigure', 'PkPdExplorer']);
const STEP_KEYS = ['title', 'fig', 'play-to', 'then'] as const;
const THEN_VALUES = ['pause', 'play'] as const;
const KEY_POINTS_TITLE = 'Key points';
/** The component the compiler wraps each step in (not written by authors). */
export const STEP_WRAPPER = 'LessonStep';

const figureKeyOf = (id: string) => (id.startsWith('fig-') ? id.slice(4) : id);

/** "24h" → 1 (days), "90min" → 0.0625, "8d" → 8, "2.5" → 2.5 (the figure's unit); null when not a duration. */
export function parseDuration(text: string, daysTimeline: boolean): { value: number } | { error: string } {
  const m = /^(\d+(?:\.\d+)?)\s*(min|h|d)?$/.exec(text.trim());
  if (!m) return { error: `play-to must be a time like "24h", "90min" or "8d", not “${text}”` };
  const n = Number(m[1]);
  const unit = m[2];
  if (!unit) return { value: n };
  if (!daysTimeline) return { error: `play-to: this figure's timeline is not in days; write a plain number in its own unit, not “${text}”` };
  return { value: unit === 'd' ? n : unit === 'h' ? n / 24 : n / 1440 };
}

/** A number as a link field writes it (shortest exact form). */
function fieldNumber(value: number): string {
  return String(Number(value.toFixed(9)));
}

function isJsx(node: RootContent, name: string): boolean {
  const n = node as unknown as Jsx;
  return (n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && n.name === name;
}

/** Nodes that must stay at the top of the module (frontmatter and its export). */
function isModuleNode(node: RootContent): boolean {
  const type = (node as { type: string }).type;
  return type === 'yaml' || type === 'toml' || type === 'mdxjsEsm';
}

function collect(node: unknown, test: (n: Jsx) => boolean, out: Jsx[]): Jsx[] {
  const n = node as Jsx;
  if ((n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && test(n)) out.push(n);
  for (const child of (n.children ?? []) as unknown[]) collect(child, test, out);
  return out;
}

/** The heading text of the step that opened the section step `index` continues. */
function titleOfSection(drafts: readonly Draft[], index: number): string {
  for (let i = index; i >= 0; i--) if (drafts[i]!.heading?.text) return drafts[i]!.heading!.text;
  return '';
}

interface Draft {
  nodes: RootContent[];
  marker?: Jsx;
  heading?: { id: string; text: string };
}

/**
 * Splits the lesson's top-level nodes into steps, wraps each step in <LessonStep n="…"> (rendered transparently in
 * the lesson, one at a time when presenting), removes the <Step /> markers and checks their attributes.
 */
export function compileSteps(tree: Root, file: string, lessonTitle: string, info: StepFigureInfo, diagnostics: Diagnostic[]): LessonStep[] {
  const report = (node: Located, message: string) => {
    const start = node.position?.start ?? { line: 1, column: 1 };
    diagnostics.push({ file, line: start.line, column: start.column, message });
  };
  // <Step /> and <Notes> belong at the top level of the lesson, between blocks.
  for (const child of tree.children) {
    for (const nested of collect({ children: (child as { children?: unknown[] }).children ?? [] }, (n) => n.name === 'Step' || (n.name === 'Notes' && !isJsx(child, 'Notes')), [])) {
      report(nested, `<${nested.name}> must stand on its own line at the top level of the lesson, not inside another element`);
    }
    if (isJsx(child, 'Notes')) {
      for (const inner of collect({ children: (child as unknown as Jsx).children }, (n) => n.name === 'Notes', [])) report(inner, '<Notes> cannot hold another <Notes>');
    }
  }

  const slugger = new GithubSlugger();
  const drafts: Draft[] = [{ nodes: [] }];
  const moduleNodes: RootContent[] = [];
  let section = { id: '', text: '' };
  for (const node of tree.children) {
    if (isModuleNode(node)) {
      moduleNodes.push(node);
      continue;
    }
    let current = drafts[drafts.length - 1]!;
    const empty = current.nodes.length === 0 && !current.marker;
    if (isJsx(node, 'Step')) {
      const marker = node as unknown as Jsx;
      if (marker.children.length) report(marker, '<Step> takes no children; write it as <Step … /> where the step begins');
      // Right after a heading, the marker scripts that heading's step.
      const onlyHeading = current.heading !== undefined && !current.marker && current.nodes.length === 1;
      if (!empty && !onlyHeading) {
        current = { nodes: [], heading: { id: section.id, text: '' } };
        drafts.push(current);
      }
      current.marker = marker;
      continue;
    }
    // The lesson's summary is a step of its own, as a closing slide.
    if (isJsx(node, 'KeyPoints')) {
      const onlyMarker = current.marker !== undefined && current.nodes.length === 0;
      if (!empty && !onlyMarker) {
        current = { nodes: [] };
        drafts.push(current);
      }
      current.heading = { id: section.id, text: KEY_POINTS_TITLE };
    }
    if (node.type === 'heading') {
      const text = toString(node as Heading);
      const id = slugger.slug(text);
      if ((node as Heading).depth <= 3) {
        section = { id, text };
        // Right after a marker, the heading opens the marker's step.
        const onlyMarker = current.marker !== undefined && current.nodes.length === 0;
        if (!empty && !onlyMarker) {
          current = { nodes: [] };
          drafts.push(current);
        }
        current.heading = { id, text };
      }
    }
    current.nodes.push(node);
  }
  const kept = drafts.filter((d) => d.nodes.length > 0 || d.marker);

  // Figures in document order are the lesson's figures in order (the atlas plugin listed them walking the same tree).
  let figureIndex = 0;
  const attributes = new Map<string, Record<string, string>>();
  const isFigure = (j: Jsx) => j.name !== null && info.figures.some((f) => f.component === j.name);
  const steps: LessonStep[] = kept.map((draft, index) => {
    const figures = draft.nodes.flatMap((n) => collect(n, isFigure, [])).map((j) => {
      const id = info.figures[figureIndex++]?.id ?? '';
      attributes.set(id, Object.fromEntries(j.attributes.filter((a) => a.name && typeof a.value === 'string').map((a) => [a.name!, a.value as string])));
      return id;
    });
    const notes = draft.nodes
      .filter((n) => isJsx(n, 'Notes'))
      .flatMap((n) => (n as unknown as Jsx).children.map((c) => searchText(c).replace(/\s+/g, ' ').trim()))
      .filter(Boolean)
      .join('\n\n');
    const sectionTitle = draft.heading?.text || (draft.heading?.id ? `${titleOfSection(kept, index)} (continued)` : lessonTitle);
    const step: LessonStep = { title: sectionTitle, anchor: draft.heading?.id ?? '', figures, notes };
    if (draft.marker) {
      const result = checkMarker(draft.marker, figures, info, attributes, report);
      if (result.title) step.title = result.title;
      if (result.script) step.script = result.script;
    }
    return step;
  });

  tree.children = [
    ...moduleNodes,
    ...kept.map(
      (draft, index) =>
        ({
          type: 'mdxJsxFlowElement',
          name: STEP_WRAPPER,
          attributes: [{ type: 'mdxJsxAttribute', name: 'n', value: String(index + 1) }],
          children: draft.nodes,
        }) as unknown as RootContent,
    ),
  ];
  return steps;
}

function checkMarker(marker: Jsx, stepFigures: readonly string[], info: StepFigureInfo, attributes: ReadonlyMap<string, Record<string, string>>, report: (node: Located, message: string) => void): { title?: string; script?: StepScript } {
  const values = new Map<string, { value: string; at: Located }>();
  for (const attr of marker.attributes) {
    const at = attr.position ? attr : marker;
    if (attr.type !== 'mdxJsxAttribute' || !attr.name) {
      report(at, '<Step>: spread attributes like {...props} are not allowed in lessons');
      continue;
    }
    if (typeof attr.value !== 'string') {
      report(at, `<Step>: attribute "${attr.name}" needs a value in quotes, ${attr.name}="…"`);
      continue;
    }
    values.set(attr.name, { value: attr.value, at });
  }
  const title = values.get('title')?.value.trim();
  if (values.has('title') && !title) report(values.get('title')!.at, '<Step>: title is empty');
  const fig = values.get('fig');
  const figureAttrs = [...values.keys()].filter((k) => !(STEP_KEYS as readonly string[]).includes(k));
  if (!fig) {
    for (const key of [...figureAttrs, ...(['play-to', 'then'] as const).filter((k) => values.has(k))]) {
      report(values.get(key)!.at, figureAttrs.includes(key) ? `<Step>: attribute "${key}" is not allowed (accepted: ${STEP_KEYS.join(', ')}; a figure's settings need fig="…")` : `<Step>: "${key}" needs fig="…", the figure it plays`);
    }
    return title ? { title } : {};
  }
  const id = stepFigures.find((candidate) => figureKeyOf(candidate) === fig.value);
  if (!id) {
    const shown = stepFigures.map(figureKeyOf);
    report(fig.at, `<Step>: fig="${fig.value}" is not a figure of this step (${shown.length ? `this step shows: ${shown.join(', ')}` : 'this step shows no figure'})`);
    return title ? { title } : {};
  }
  const figure = info.figures.find((f) => f.id === id)!;
  const kind = info.kindOf(figure.component);
  if (!kind) {
    report(fig.at, `<Step>: the figure "${fig.value}" (${figure.component}) has no settings a step can script`);
    return title ? { title } : {};
  }
  const keys = kind.fields.map((f) => f.key);
  const fields = new Map(Object.entries(attributes.get(id) ?? {}).filter(([k]) => keys.includes(k)));
  let ok = true;
  for (const key of figureAttrs) {
    if (!keys.includes(key)) {
      report(values.get(key)!.at, `<Step>: "${key}" is not a setting of ${figure.component} (settings: ${keys.join(', ')}; also play-to, then)`);
      ok = false;
      continue;
    }
    fields.set(key, values.get(key)!.value);
  }
  const playTo = values.get('play-to');
  if (playTo) {
    if (!keys.includes('t')) {
      report(playTo.at, `<Step>: ${figure.component} has no timeline to play`);
      ok = false;
    } else if (fields.has('t') && values.has('t')) {
      report(playTo.at, '<Step>: give the time once, as play-to="…" or as t="…"');
      ok = false;
    } else {
      const parsed = parseDuration(playTo.value, DAY_TIMELINES.has(figure.component));
      if ('error' in parsed) {
        report(playTo.at, `<Step>: ${parsed.error}`);
        ok = false;
      } else fields.set('t', fieldNumber(parsed.value));
    }
  }
  const then = values.get('then');
  if (then) {
    if (!(THEN_VALUES as readonly string[]).includes(then.value)) {
      report(then.at, `<Step>: then must be one of ${THEN_VALUES.join(', ')}, not “${then.value}”`);
      ok = false;
    } else if (!keys.includes('play')) {
      report(then.at, `<Step>: ${figure.component} has no timeline to play`);
      ok = false;
    } else fields.set('play', then.value === 'play' ? '1' : '0');
  } else if (playTo && keys.includes('play')) fields.set('play', '0');
  if (!ok) return title ? { title } : {};
  try {
    kind.decode(fields);
  } catch (error) {
    if (!(error instanceof FigureStateError)) throw error;
    const at = (error.field === 't' && playTo ? playTo : error.field === 'play' && then ? then : error.field ? values.get(error.field) : undefined)?.at ?? marker;
    report(at, `<Step>: ${error.message}`);
    return title ? { title } : {};
  }
  // Only what differs from the figure's defaults (the link form of the state).
  const state = kind.decode(fields);
  const encoded = Object.fromEntries(kind.encode(state));
  return { ...(title ? { title } : {}), script: { figure: id, fields: encoded } };
}

/** The remark plugin: runs after remarkAtlas (which has listed the lesson's figures in `facts`). */
export function remarkSteps(options: { file: string; lessonTitle: string; facts: { figures: { id: string; component: string }[]; steps: LessonStep[]; diagnostics: Diagnostic[] }; kindOf: StepFigureInfo['kindOf'] }) {
  return (tree: Root) => {
    options.facts.steps = compileSteps(tree, options.file, options.lessonTitle, { figures: options.facts.figures, kindOf: options.kindOf }, options.facts.diagnostics);
  };
}

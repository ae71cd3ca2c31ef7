// Schemas for authored content: lesson frontmatter, the bibliography and the glossary, plus the
// loader that turns a YAML file into validated data or errors that name file, line and field.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { LineCounter, parseDocument, isMap, isSeq, type Node as YamlNode } from 'yaml';
import { ACTION_IDS } from '../../../renderer/src/figures/management-case/rules';

export const referenceKeySchema = z.string().regex(/^[a-z][a-z0-9-]*$/, 'keys are lower-case letters, digits and hyphens');

/**
 * Text shown as plain text (frontmatter, glossary definitions): no TeX or markdown notation, which would
 * show raw ("C_ss", "$t_{1/2}$"). Write subscripts and symbols in Unicode instead (Cₛₛ, t½).
 */
export const plainTextSchema = (min: number, max?: number) => {
  const base = z.string().min(min);
  return (max ? base.max(max) : base).refine(
    (t) => !/\$|\\[a-z]|[A-Za-z0-9)]_[A-Za-z0-9{]|\^\{/.test(t),
    'this text is shown as plain text: write subscripts and symbols in Unicode (Cₛₛ, t½, K_D → KD), not TeX or "_" notation',
  );
};

export const frontmatterSchema = z
  .object({
    title: plainTextSchema(3, 120),
    summary: plainTextSchema(10, 300),
    order: z.number().int().min(1).max(99),
    objectives: z.array(plainTextSchema(5)).min(1).max(8),
    keywords: z.array(z.string().min(2)).min(1).max(30),
    references: z.array(referenceKeySchema).min(1),
  })
  .strict();
export type LessonFrontmatter = z.infer<typeof frontmatterSchema>;

const httpsUrl = z
  .string()
  .url()
  .refine((u) => u.startsWith('https://'), 'reference links must use https');

/** A published title: not a bracketed description ("[…]") and not cut short ("…" or "..."). */
export const referenceTitleSchema = z
  .string()
  .min(3)
  .refine((t) => !t.trimStart().startsWith('['), 'a reference title may not start with "[": give the published title, or remove the entry and replace its citations')
  .refine((t) => !/(…|\.\.\.)\s*$/.test(t), 'a reference title may not be truncated ("…"): give the whole published title');

export const referenceSchema = z
  .object({
    key: referenceKeySchema,
    kind: z.enum(['review', 'label', 'trial', 'paper', 'abstract', 'model', 'atlas']),
    authors: z.string().min(2),
    title: referenceTitleSchema,
    container: z.string().min(2),
    year: z.number().int().min(1950).max(2100),
    volume: z.string().optional(),
    pages: z.string().optional(),
    doi: z.string().regex(/^10\.\d{4,9}\/\S+$/).optional(),
    pmid: z.union([z.string(), z.number()]).transform(String).optional(),
    pmcid: z.string().optional(),
    url: httpsUrl.optional(),
    /** Labels: which revision was read (company and date). */
    revised: z.string().min(4).optional(),
    note: z.string().optional(),
  })
  .strict()
  .refine((r) => r.kind !== 'label' || (r.revised !== undefined && !/unconfirmed/i.test(r.authors)), {
    message: 'a label names its company as author and the revision read ("revised")',
    path: ['revised'],
  });
export type Reference = z.infer<typeof referenceSchema>;

export const glossaryEntrySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    term: plainTextSchema(2),
    aliases: z.array(z.string().min(1)).default([]),
    definition: plainTextSchema(10, 600),
    refs: z.array(referenceKeySchema).default([]),
  })
  .strict();
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

// Questions (check-yourself and the bank) have their own schema: quiz-bank.ts.

export const trialSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    name: z.string().min(3),
    population: z.string().min(3),
    n: z.string().min(1),
    schedule: z.string().min(3),
    design: z.string().min(3),
    efficacy: z.string().min(3),
    survival: z.string().min(3),
    toxicity: z.string().min(3),
    refs: z.array(referenceKeySchema).min(1),
    correction: z.string().optional(),
  })
  .strict();
export type Trial = z.infer<typeof trialSchema>;

/** A problem found in authored content, located as precisely as the source allows. */
export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  message: string;
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.message}`;
}

export class ContentError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join('\n'));
    this.name = 'ContentError';
  }
}

/** Line/column of the YAML node at `path` (falls back to the nearest existing parent). */
export function locateYamlPath(doc: ReturnType<typeof parseDocument>, lines: LineCounter, path: (string | number)[], lineOffset = 0): { line: number; column: number } {
  let node: unknown = doc.contents;
  let best: YamlNode | null = (doc.contents as YamlNode | null) ?? null;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === segment);
      if (!pair) break;
      best = (pair.key as YamlNode) ?? best;
      node = pair.value;
      if (node && (node as YamlNode).range && !(isMap(node) || isSeq(node))) best = node as YamlNode;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
      if (node) best = node as YamlNode;
    } else break;
  }
  const offset = best?.range?.[0] ?? 0;
  const pos = lines.linePos(offset);
  return { line: pos.line + lineOffset, column: pos.col };
}

/** Reads a YAML file holding a list of entries and validates each one; throws ContentError with every problem. */
export function loadYamlList<T>(file: string, schema: z.ZodType<T>, idField: string): T[] {
  const text = readFileSync(file, 'utf8');
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const diagnostics: Diagnostic[] = [];
  for (const err of doc.errors) {
    const pos = err.linePos?.[0] ?? { line: 1, col: 1 };
    diagnostics.push({ file, line: pos.line, column: pos.col, message: `invalid YAML: ${err.message.split('\n')[0]}` });
  }
  if (diagnostics.length) throw new ContentError(diagnostics);
  const data = doc.toJS() as unknown;
  if (!Array.isArray(data)) throw new ContentError([{ file, line: 1, column: 1, message: 'expected a YAML list of entries' }]);
  const out: T[] = [];
  const seen = new Map<string, number>();
  data.forEach((entry, index) => {
    const parsed = schema.safeParse(entry);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const at = locateYamlPath(doc, lines, [index, ...(issue.path as (string | number)[])]);
        const field = issue.path.length ? issue.path.join('.') : '(entry)';
        diagnostics.push({ file, ...at, message: `entry ${index + 1}, field "${field}": ${issue.message}` });
      }
      return;
    }
    const id = String((parsed.data as Record<string, unknown>)[idField]);
    if (seen.has(id)) {
      const at = locateYamlPath(doc, lines, [index, idField]);
      diagnostics.push({ file, ...at, message: `duplicate ${idField} "${id}" (first used in entry ${seen.get(id)! + 1})` });
    }
    seen.set(id, index);
    out.push(parsed.data);
  });
  if (diagnostics.length) throw new ContentError(diagnostics);
  return out;
}

// ── Management cases (content/cases/*.yaml): one case per file, graded against renderer/src/figures/management-case/rules.ts ──

const nodeIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case letters, digits and hyphens');
const caseSources = z.array(referenceKeySchema).default([]);
const gradeSchema = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

const oxygenSchema = z.discriminatedUnion('device', [
  z.object({ device: z.literal('none') }).strict(),
  z.object({ device: z.literal('nasal-cannula'), flowLPerMin: z.number().min(0).max(80) }).strict(),
  z.object({ device: z.literal('blow-by') }).strict(),
  z.object({ device: z.enum(['face-mask', 'non-rebreather', 'venturi']) }).strict(),
  z.object({ device: z.enum(['cpap', 'bipap', 'ventilation']) }).strict(),
]);

export const crsFindingsSchema = z
  .object({
    temperatureC: z.number().min(34).max(43),
    antipyreticsOrAntiCytokineGiven: z.boolean().optional(),
    hypotension: z.boolean(),
    vasopressorsExcludingVasopressin: z.number().int().min(0).max(4),
    oxygen: oxygenSchema,
  })
  .strict();

export const icansFindingsSchema = z
  .object({
    iceScore: z.union([z.number().int().min(0).max(10), z.literal('unable')]),
    consciousness: z.enum(['normal', 'wakes-spontaneously', 'wakes-to-voice', 'wakes-to-touch', 'unarousable']),
    seizure: z.enum(['none', 'rapidly-resolving', 'prolonged-or-repetitive']),
    deepFocalMotorWeakness: z.boolean(),
    cerebralOedema: z.enum(['none', 'focal', 'diffuse']),
  })
  .strict();

export const situationSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('before-cycle-1'), weightKg: z.number().positive(), marrowBlastsPct: z.number().min(0).max(100), bloodBlastsGPerL: z.number().min(0) }).strict(),
  z.object({ type: z.literal('crs'), grade: gradeSchema }).strict(),
  z.object({ type: z.literal('neurotoxicity'), grade: gradeSchema, seizuresSoFar: z.number().int().min(0), doseAtOnsetUgPerDay: z.number().positive() }).strict(),
  z.object({ type: z.literal('other-adverse-reaction'), grade: gradeSchema }).strict(),
  z.object({ type: z.literal('resolved'), after: z.enum(['crs', 'neurotoxicity', 'other']), daysAtGrade1OrBetter: z.number().min(0), daysToResolve: z.number().min(0) }).strict(),
  z.object({ type: z.literal('restarted-no-recurrence'), daysAt9UgPerDay: z.number().min(0) }).strict(),
]);

export const caseOptionSchema = z
  .object({
    id: nodeIdSchema,
    text: z.string().min(1).max(400),
    correct: z.boolean(),
    explanation: z.string().min(20).max(900),
    sources: caseSources,
    grade: gradeSchema.optional(),
    action: z.enum(ACTION_IDS).optional(),
    next: nodeIdSchema.optional(),
  })
  .strict();

const questionBase = {
  type: z.literal('question'),
  id: nodeIdSchema,
  title: z.string().min(3).max(80),
  scene: z.string().min(3).max(600),
  findings: z.array(z.string().min(2).max(300)).optional(),
  question: z.string().min(3).max(200),
  options: z
    .array(caseOptionSchema)
    .min(3)
    .max(6)
    .refine((options) => options.filter((o) => o.correct).length === 1, 'exactly one option must have correct: true'),
  rule: z.string().min(20).max(900),
  sources: caseSources,
  next: nodeIdSchema,
};

export const caseNodeSchema = z.discriminatedUnion('kind', [
  z.object({ ...questionBase, kind: z.literal('grade-crs'), crs: crsFindingsSchema }).strict(),
  z.object({ ...questionBase, kind: z.literal('grade-icans'), icans: icansFindingsSchema }).strict(),
  z.object({ ...questionBase, kind: z.literal('action'), situation: situationSchema }).strict(),
  z
    .object({
      type: z.literal('outcome'),
      kind: z.enum(['label', 'diverged']),
      id: nodeIdSchema,
      title: z.string().min(3).max(120),
      text: z.string().min(10).max(900),
      sources: caseSources,
    })
    .strict(),
]);

export const managementCaseSchema = z
  .object({
    id: nodeIdSchema,
    name: z.string().min(5).max(80),
    patient: z.string().min(20).max(900),
    /** Sources behind the vignette's own numbers (doses already given, thresholds it relies on). */
    sources: caseSources,
    start: nodeIdSchema,
    nodes: z.array(caseNodeSchema).min(2),
  })
  .strict();
export type ManagementCaseSource = z.infer<typeof managementCaseSchema>;

/** Names, ordinals and notations that contain digits but state no quantity that would need a source. */
const CASE_NOT_A_QUANTITY = [/\bCase \d+\b/g, /\bCD\d+\b/g, /\bIL-?\d+\b/g, /\bKMT2A\b/g, /\bBCR::ABL1\b/g];

/** Whether a case text states a number (after removing names and notations that merely contain digits). */
export function statesANumber(text: string): boolean {
  let stripped = text;
  for (const pattern of CASE_NOT_A_QUANTITY) stripped = stripped.replace(pattern, '');
  return /\d/.test(stripped);
}

export interface CaseIssue {
  /** Path inside the case document, for locating the problem (e.g. ['nodes', 2, 'options', 1, 'next']). */
  path: (string | number)[];
  message: string;
}

/**
 * Checks beyond the schema: node ids unique and linked, citation keys known, and the build's
 * number-needs-a-source rule applied to case text (a field that states a number needs sources on its owner).
 */
export function checkCase(c: ManagementCaseSource, referenceKeys: ReadonlySet<string>): CaseIssue[] {
  const issues: CaseIssue[] = [];
  const ids = new Map<string, number>();
  c.nodes.forEach((n, i) => {
    if (ids.has(n.id)) issues.push({ path: ['nodes', i, 'id'], message: `duplicate node id "${n.id}" (also node ${ids.get(n.id)! + 1})` });
    ids.set(n.id, i);
  });
  if (!ids.has(c.start)) issues.push({ path: ['start'], message: `start node "${c.start}" does not exist` });
  const knownKeys = (keys: readonly string[], path: (string | number)[]) =>
    keys.forEach((key, k) => {
      if (!referenceKeys.has(key)) issues.push({ path: [...path, k], message: `unknown reference key "${key}" (not in content/references)` });
    });
  const numbersNeedSources = (owner: { sources: readonly string[] }, fields: [string, string | readonly string[] | undefined][], path: (string | number)[]) => {
    if (owner.sources.length) return;
    for (const [field, value] of fields) {
      const texts = value === undefined ? [] : typeof value === 'string' ? [value] : value;
      texts.forEach((text, t) => {
        if (statesANumber(text)) {
          issues.push({
            path: [...path, field, ...(typeof value === 'string' ? [] : [t])],
            message: `states a number without a source: “${text.slice(0, 70)}${text.length > 70 ? '…' : ''}” — give its ${path.length ? 'node or option' : 'case'} "sources"`,
          });
        }
      });
    }
  };
  knownKeys(c.sources, ['sources']);
  numbersNeedSources(c, [['name', c.name], ['patient', c.patient]], []);
  c.nodes.forEach((n, i) => {
    knownKeys(n.sources, ['nodes', i, 'sources']);
    if (n.type === 'outcome') {
      numbersNeedSources(n, [['title', n.title], ['text', n.text]], ['nodes', i]);
      return;
    }
    if (!ids.has(n.next)) issues.push({ path: ['nodes', i, 'next'], message: `next node "${n.next}" does not exist` });
    numbersNeedSources(n, [['title', n.title], ['scene', n.scene], ['findings', n.findings], ['question', n.question], ['rule', n.rule]], ['nodes', i]);
    n.options.forEach((o, j) => {
      knownKeys(o.sources, ['nodes', i, 'options', j, 'sources']);
      if (o.next !== undefined && !ids.has(o.next)) issues.push({ path: ['nodes', i, 'options', j, 'next'], message: `next node "${o.next}" does not exist` });
      if (n.kind === 'action' && o.action === undefined) issues.push({ path: ['nodes', i, 'options', j], message: 'an option of an action question names its "action"' });
      if (n.kind !== 'action' && o.grade === undefined) issues.push({ path: ['nodes', i, 'options', j], message: 'an option of a grading question names its "grade"' });
      numbersNeedSources(o, [['text', o.text], ['explanation', o.explanation]], ['nodes', i, 'options', j]);
    });
  });
  return issues;
}

/**
 * Reads one YAML document (a mapping with an id) and validates it: every problem as file:line:column, naming
 * the document ("case", "comparison") by its id and the field by its path (list items by position and id).
 */
export function loadYamlDocument<T>(
  file: string,
  displayFile: string,
  schema: z.ZodType<T>,
  noun: string,
  check: (data: T) => CaseIssue[] = () => [],
): { data?: T; diagnostics: Diagnostic[] } {
  const text = readFileSync(file, 'utf8');
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length) {
    return {
      diagnostics: doc.errors.map((err) => {
        const pos = err.linePos?.[0] ?? { line: 1, col: 1 };
        return { file: displayFile, line: pos.line, column: pos.col, message: `invalid YAML: ${err.message.split('\n')[0]}` };
      }),
    };
  }
  const raw = doc.toJS() as unknown;
  const docId = raw && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string' ? (raw as { id: string }).id : '(no id)';
  const fieldName = (path: (string | number)[]) => {
    const parts: string[] = [];
    let cursor: unknown = raw;
    for (const segment of path) {
      const next = cursor && typeof cursor === 'object' ? (cursor as Record<string | number, unknown>)[segment] : undefined;
      const id = next && typeof next === 'object' && typeof (next as { id?: unknown }).id === 'string' ? (next as { id: string }).id : null;
      parts.push(typeof segment === 'number' ? `${segment}${id ? `(${id})` : ''}` : segment);
      cursor = next;
    }
    return parts.join('.') || `(${noun})`;
  };
  const toDiagnostic = (path: (string | number)[], message: string): Diagnostic => ({
    file: displayFile,
    ...locateYamlPath(doc, lines, path),
    message: `${noun} "${docId}", field "${fieldName(path)}": ${message}`,
  });
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { diagnostics: parsed.error.issues.map((issue) => toDiagnostic(issue.path as (string | number)[], issue.message)) };
  const issues = check(parsed.data);
  return issues.length ? { diagnostics: issues.map((i) => toDiagnostic(i.path, i.message)) } : { data: parsed.data, diagnostics: [] };
}

/** Reads one case file: schema and case checks, each problem as file:line:column with the case id and field. */
export function loadCaseFile(file: string, displayFile: string, referenceKeys: ReadonlySet<string>): { data?: ManagementCaseSource; diagnostics: Diagnostic[] } {
  return loadYamlDocument(file, displayFile, managementCaseSchema, 'case', (data) => checkCase(data, referenceKeys));
}

// ── Comparisons (content/comparisons/*.yaml): data behind a comparison figure, every cell with its sources ──

const citedText = z.object({ text: plainTextSchema(3, 400), refs: z.array(referenceKeySchema).min(1) }).strict();

export const therapyComparisonSchema = z
  .object({
    id: nodeIdSchema,
    title: plainTextSchema(5, 120),
    caption: plainTextSchema(10, 400),
    caveat: citedText,
    dimensions: z.array(z.object({ id: nodeIdSchema, label: plainTextSchema(3, 60) }).strict()).min(2).max(8),
    therapies: z
      .array(
        z
          .object({
            id: nodeIdSchema,
            name: plainTextSchema(3, 60),
            kind: plainTextSchema(3, 80),
            colour: z.enum(['drug', 'il6', 'tcell', 'bcell', 'blast', 'q']),
            pattern: z.enum(['solid', 'hatch', 'dots']),
            cells: z.record(z.string(), citedText),
            remission: z
              .object({
                measure: plainTextSchema(3, 80),
                trial: plainTextSchema(3, 80),
                value: z.number().min(0).max(100).optional(),
                low: z.number().min(0).max(100).optional(),
                high: z.number().min(0).max(100).optional(),
                comparator: z.number().min(0).max(100).optional(),
                comparatorLabel: plainTextSchema(3, 60).optional(),
                refs: z.array(referenceKeySchema).min(1),
              })
              .strict()
              .refine((r) => r.value !== undefined || (r.low !== undefined && r.high !== undefined && r.low <= r.high), 'give a value, or a low and a high'),
          })
          .strict(),
      )
      .min(2)
      .max(4),
  })
  .strict();
export type TherapyComparison = z.infer<typeof therapyComparisonSchema>;

/** Every dimension filled for every therapy (the numeric "remission" row comes from `remission`), keys known. */
export function checkComparison(c: TherapyComparison, referenceKeys: ReadonlySet<string>): CaseIssue[] {
  const issues: CaseIssue[] = [];
  const known = (keys: readonly string[], path: (string | number)[]) =>
    keys.forEach((key, k) => {
      if (!referenceKeys.has(key)) issues.push({ path: [...path, k], message: `unknown reference key "${key}" (not in content/references)` });
    });
  known(c.caveat.refs, ['caveat', 'refs']);
  const textDimensions = c.dimensions.map((d) => d.id).filter((id) => id !== 'remission');
  c.therapies.forEach((t, i) => {
    for (const id of textDimensions) if (!t.cells[id]) issues.push({ path: ['therapies', i, 'cells'], message: `no cell for the dimension "${id}"` });
    for (const [id, cell] of Object.entries(t.cells)) {
      if (!textDimensions.includes(id)) issues.push({ path: ['therapies', i, 'cells', id], message: `"${id}" is not one of the dimensions` });
      known(cell.refs, ['therapies', i, 'cells', id, 'refs']);
    }
    known(t.remission.refs, ['therapies', i, 'remission', 'refs']);
  });
  return issues;
}

export function loadComparisonFile(file: string, displayFile: string, referenceKeys: ReadonlySet<string>): { data?: TherapyComparison; diagnostics: Diagnostic[] } {
  return loadYamlDocument(file, displayFile, therapyComparisonSchema, 'comparison', (data) => checkComparison(data, referenceKeys));
}

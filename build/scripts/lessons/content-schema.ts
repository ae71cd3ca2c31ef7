// Schemas for authored content: lesson frontmatter, the bibliography and the glossary, plus the
// loader that turns a YAML file into validated data or errors that name file, line and field.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { LineCounter, parseDocument, isMap, isSeq, type Node as YamlNode } from 'yaml';

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

export const checkQuestionSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    lesson: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    stem: z.string().min(10).max(800),
    options: z
      .array(z.object({ text: z.string().min(1).max(400), correct: z.boolean(), explanation: z.string().min(10).max(800) }).strict())
      .min(3)
      .max(6)
      .refine((options) => options.filter((o) => o.correct).length === 1, 'exactly one option must have correct: true'),
    refs: z.array(referenceKeySchema).min(1),
  })
  .strict();
export type CheckQuestion = z.infer<typeof checkQuestionSchema>;

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

// The self-quiz's question bank: content/quiz/bank/*.yaml and the lessons' check-yourself questions
// (content/quiz/check-yourself/*.yaml) are one bank of single-best-answer items with one schema. Every problem is
// reported as file:line:column naming the item's id and the field: schema errors when the files are read, and the
// checks that need the compiled lessons (lesson, section heading, citation keys, tags) once those are known.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { LineCounter, parseDocument } from 'yaml';
import { locateYamlPath, referenceKeySchema, type Diagnostic } from './content-schema';

const idSchema = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case letters, digits and hyphens');

export const quizOptionSchema = z
  .object({
    text: z.string().min(1).max(400),
    correct: z.boolean(),
    /** Why this option is right or wrong: every option has one, not only the right answer. */
    explanation: z.string().min(10).max(900),
  })
  .strict();

export const quizItemSchema = z
  .object({
    id: idSchema,
    lesson: idSchema,
    /** The id of the heading (in that lesson) whose section teaches what the item asks. */
    section: idSchema,
    /** A clinical vignette (a patient in front of you) or a knowledge question. */
    kind: z.enum(['vignette', 'knowledge']),
    /** 1 recall, 2 application, 3 analysis. */
    difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    tags: z.array(idSchema).min(1).max(5),
    stem: z.string().min(10).max(1200),
    options: z
      .array(quizOptionSchema)
      .min(3)
      .max(6)
      .refine((options) => options.filter((o) => o.correct).length === 1, 'exactly one option must have correct: true')
      .refine((options) => new Set(options.map((o) => o.text.trim().toLowerCase())).size === options.length, 'two options have the same text'),
    /** Sources of every number and claim in the item. */
    refs: z.array(referenceKeySchema).min(1),
  })
  .strict();
export type QuizItem = z.infer<typeof quizItemSchema>;

export const quizTagSchema = z.object({ id: idSchema, label: z.string().min(2).max(60) }).strict();
export type QuizTag = z.infer<typeof quizTagSchema>;

/** One item as read, with where it came from (for locating problems found later). */
export interface LocatedItem {
  item: QuizItem;
  file: string;
  locate(path: (string | number)[]): { line: number; column: number };
}

/** An item's field path as people read it: "options.2.explanation". */
const fieldOf = (path: readonly (string | number)[]) => (path.length ? path.join('.') : '(item)');

/**
 * Reads one YAML list of items: every schema problem as file:line:column with the item's id (or its position
 * when it has none) and the field. Items that validate are returned with a locator for later checks.
 */
export function readQuizFile(file: string, displayFile: string): { items: LocatedItem[]; diagnostics: Diagnostic[] } {
  const lines = new LineCounter();
  const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length) {
    return {
      items: [],
      diagnostics: doc.errors.map((err) => {
        const pos = err.linePos?.[0] ?? { line: 1, col: 1 };
        return { file: displayFile, line: pos.line, column: pos.col, message: `invalid YAML: ${err.message.split('\n')[0]}` };
      }),
    };
  }
  const data = doc.toJS() as unknown;
  if (data === null || data === undefined) return { items: [], diagnostics: [] };
  if (!Array.isArray(data)) return { items: [], diagnostics: [{ file: displayFile, line: 1, column: 1, message: 'expected a YAML list of question items' }] };
  const items: LocatedItem[] = [];
  const diagnostics: Diagnostic[] = [];
  data.forEach((raw, index) => {
    const locate = (path: (string | number)[]) => locateYamlPath(doc, lines, [index, ...path]);
    const rawId = raw && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string' ? (raw as { id: string }).id : null;
    const name = rawId ? `item "${rawId}"` : `item ${index + 1} (no id)`;
    const parsed = quizItemSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const path = issue.path as (string | number)[];
        diagnostics.push({ file: displayFile, ...locate(path), message: `${name}, field "${fieldOf(path)}": ${issue.message}` });
      }
      return;
    }
    items.push({ item: parsed.data, file: displayFile, locate });
  });
  return { items, diagnostics };
}

/** Reads every *.yaml list in these folders (sorted; drafts starting with "_" only when asked). */
export function readQuizFolders(dirs: readonly string[], rel: (p: string) => string, includeDrafts: boolean): { items: LocatedItem[]; diagnostics: Diagnostic[] } {
  const items: LocatedItem[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.yaml') && (includeDrafts || !f.startsWith('_'))).sort()) {
      const file = join(dir, name);
      const read = readQuizFile(file, rel(file));
      items.push(...read.items);
      diagnostics.push(...read.diagnostics);
    }
  }
  return { items, diagnostics };
}

export interface QuizContext {
  referenceKeys: ReadonlySet<string>;
  /** Each lesson's slug and the ids of its headings (null: the lesson did not compile, so its headings are unknown). */
  lessons: ReadonlyMap<string, ReadonlySet<string> | null>;
  tags: ReadonlySet<string>;
}

/** Checks that need the rest of the content: ids unique across the bank, lesson and section exist, keys and tags known. */
export function checkQuizItems(items: readonly LocatedItem[], context: QuizContext): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const seen = new Map<string, LocatedItem>();
  const report = (located: LocatedItem, path: (string | number)[], message: string) =>
    diagnostics.push({ file: located.file, ...located.locate(path), message: `item "${located.item.id}", field "${fieldOf(path)}": ${message}` });
  for (const located of items) {
    const { item } = located;
    const first = seen.get(item.id);
    if (first) report(located, ['id'], `duplicate id (also in ${first.file}:${first.locate(['id']).line})`);
    else seen.set(item.id, located);
    const headings = context.lessons.get(item.lesson);
    if (headings === undefined) report(located, ['lesson'], `unknown lesson "${item.lesson}" (lessons: ${[...context.lessons.keys()].join(', ')})`);
    else if (headings && !headings.has(item.section)) report(located, ['section'], `lesson "${item.lesson}" has no heading with id "${item.section}"`);
    item.refs.forEach((key, k) => {
      if (!context.referenceKeys.has(key)) report(located, ['refs', k], `unknown reference key "${key}" (not in content/references)`);
    });
    item.tags.forEach((tag, t) => {
      if (!context.tags.has(tag)) report(located, ['tags', t], `unknown tag "${tag}" (tags are listed in content/quiz/tags.yaml)`);
    });
    if (new Set(item.tags).size !== item.tags.length) report(located, ['tags'], 'a tag is listed twice');
  }
  return diagnostics;
}

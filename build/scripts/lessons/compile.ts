// Compiles content/ into the renderer's generated lesson modules: each MDX lesson becomes a real ES
// module (no eval at run time), plus a manifest, search documents, glossary and bibliography JSON.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { bundleMDX } from 'mdx-bundler';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import rehypeSlug from 'rehype-slug';
import { isMap, LineCounter, parseDocument } from 'yaml';
import {
  ContentError,
  frontmatterSchema,
  glossaryEntrySchema,
  loadYamlList,
  locateYamlPath,
  referenceSchema,
  trialSchema,
  loadCaseFile,
  loadComparisonFile,
  type ManagementCaseSource,
  type TherapyComparison,
  type Trial,
  type Diagnostic,
  type GlossaryEntry,
  type LessonFrontmatter,
  type Reference,
} from './content-schema';
import { createFacts, rehypeMathErrors, remarkAtlas, type LessonFacts } from './remark-atlas';
import { figureAttributeCheck, scriptableKind, type FigureContent } from './figure-attributes';
import { remarkSteps } from './steps';
import { checkQuizItems, quizTagSchema, readQuizFolders, type QuizItem, type QuizTag } from './quiz-bank';
import { renderModelEquations, type RenderedEquations } from './model-equations';
import { MODEL_VALUE_NAMES } from '../../../renderer/src/lessons/component-names';

export interface CompiledLesson {
  slug: string;
  dir: string;
  frontmatter: LessonFrontmatter;
  facts: LessonFacts;
  moduleFile: string;
  /** mdx-bundler's function body for the lesson. */
  code: string;
}

export interface CompileOptions {
  contentDir: string;
  /** Where generated modules go; omit to check only. */
  outDir?: string;
  /** Project root used to print relative file names. */
  rootDir?: string;
  /** Also compile drafts: lesson folders and YAML files whose names start with "_" (skipped otherwise). */
  includeDrafts?: boolean;
}

export interface CompileResult {
  lessons: CompiledLesson[];
  references: Reference[];
  glossary: GlossaryEntry[];
  /** The check-yourself questions (the first part of the question bank). */
  checks: QuizItem[];
  /** The rest of the question bank (content/quiz/bank). */
  bank: QuizItem[];
  quizTags: QuizTag[];
  trials: Trial[];
  /** Management cases (content/cases/*.yaml), in file order. */
  cases: ManagementCaseSource[];
  /** Comparison figures' data (content/comparisons/*.yaml). */
  comparisons: TherapyComparison[];
  /** The model's equations rendered with KaTeX (id → HTML), for the Model page. */
  modelEquations: RenderedEquations;
}

/** Loads every *.yaml list in `dir` (sorted) and checks ids are unique across files. */
function loadAll<T>(
  dir: string,
  schema: Parameters<typeof loadYamlList<T>>[1],
  idField: string,
  collect: <R>(fn: () => R, fallback: R) => R,
  diagnostics: Diagnostic[],
  rel: (p: string) => string,
  includeDrafts: boolean,
): T[] {
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') && (includeDrafts || !f.startsWith('_')))
    .sort();
  const seen = new Map<string, string>();
  const out: T[] = [];
  for (const name of files) {
    const file = join(dir, name);
    for (const item of collect(() => loadYamlList(file, schema, idField), [] as T[])) {
      const id = String((item as Record<string, unknown>)[idField]);
      if (seen.has(id)) diagnostics.push({ file: rel(file), line: 1, column: 1, message: `duplicate ${idField} "${id}" (also in ${seen.get(id)})` });
      seen.set(id, rel(file));
      out.push(item);
    }
  }
  return out;
}

const LESSON_DIR = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** Splits the YAML frontmatter off an MDX source; returns the YAML text and its first line number. */
function splitFrontmatter(source: string): { yaml: string; startLine: number } | null {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  return match ? { yaml: match[1], startLine: 2 } : null;
}

/** Line and column of a top-level key of a YAML mapping (the key itself, not its value). */
function locateYamlKey(doc: ReturnType<typeof parseDocument>, lines: LineCounter, key: string, lineOffset: number): { line: number; column: number } {
  const pair = isMap(doc.contents) ? doc.contents.items.find((p) => (p.key as { value?: unknown } | null)?.value === key) : undefined;
  const pos = lines.linePos((pair?.key as { range?: [number, number, number] } | null)?.range?.[0] ?? 0);
  return { line: pos.line + lineOffset, column: pos.col };
}

function checkFrontmatter(file: string, source: string): { frontmatter?: LessonFrontmatter; diagnostics: Diagnostic[] } {
  const block = splitFrontmatter(source);
  if (!block) return { diagnostics: [{ file, line: 1, column: 1, message: 'missing frontmatter: a lesson starts with a --- YAML block (title, summary, order, objectives, keywords, references)' }] };
  const lines = new LineCounter();
  const doc = parseDocument(block.yaml, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length) {
    return {
      diagnostics: doc.errors.map((err) => {
        const at = lines.linePos(err.pos[0]);
        return { file, line: at.line + block.startLine - 1, column: at.col, message: `frontmatter is not valid YAML: ${err.message.split('\n')[0]}` };
      }),
    };
  }
  const parsed = frontmatterSchema.safeParse(doc.toJS());
  if (parsed.success) return { frontmatter: parsed.data, diagnostics: [] };
  return {
    diagnostics: parsed.error.issues.flatMap((issue) => {
      if (issue.code === 'unrecognized_keys') {
        // One message per unknown key, at that key's own line.
        return issue.keys.map((key) => ({
          file,
          ...locateYamlKey(doc, lines, key, block.startLine - 1),
          message: `frontmatter: unknown field "${key}" (fields: ${Object.keys(frontmatterSchema.shape).join(', ')})`,
        }));
      }
      const at = locateYamlPath(doc, lines, issue.path as (string | number)[], block.startLine - 1);
      const field = issue.path.length ? issue.path.join('.') : '(frontmatter)';
      const message =
        issue.code === 'invalid_type' && /received undefined/.test(issue.message)
          ? `frontmatter field "${field}" is missing (${issue.message})`
          : `frontmatter field "${field}": ${issue.message}`;
      return [{ file, ...at, message }];
    }),
  };
}

interface EsbuildLikeError {
  errors?: { text: string; location?: { file?: string; line: number; column: number } | null }[];
}

/** The element a micromark message names, "(15:8-15:29)": where an unclosed tag opened. */
const ELEMENT_SPAN = /\s*\((\d+):(\d+)-\d+:\d+\)/;

/**
 * One esbuild/MDX error as a diagnostic. An unclosed component is reported where it opened (the message
 * carries that span; esbuild's own location is the end of the file or of the paragraph, sometimes line 0).
 */
function diagnosticFromBundleMessage(file: string, e: NonNullable<EsbuildLikeError['errors']>[number]): Diagnostic {
  const text = e.text
    .replace(/^Cannot process MDX file with esbuild:\s*/, '')
    .replace(/^\d+:\d+(-\d+:\d+)?:\s*/, '')
    .trim();
  const span = ELEMENT_SPAN.exec(text);
  const located = e.location && e.location.line > 0;
  if (span && (!located || /^Expected a closing tag/.test(text))) {
    const tag = /`<([A-Za-z][\w.]*)>`/.exec(text)?.[1];
    const hint = tag && /^Expected a closing tag/.test(text) ? ` — close it with </${tag}>, or write <${tag} … /> when it has no children` : '';
    return { file, line: Number(span[1]), column: Number(span[2]), message: `${text.replace(ELEMENT_SPAN, '')}${hint}` };
  }
  return { file, line: located ? e.location!.line : 1, column: located ? e.location!.column + 1 : 1, message: text };
}

function diagnosticsFromBundleError(file: string, error: unknown): Diagnostic[] {
  const errors = (error as EsbuildLikeError).errors;
  if (Array.isArray(errors) && errors.length) return errors.map((e) => diagnosticFromBundleMessage(file, e));
  const message = error instanceof Error ? error.message : String(error);
  const where = /(\d+):(\d+)/.exec(message);
  return [{ file, line: where ? Number(where[1]) : 1, column: where ? Number(where[2]) : 1, message }];
}

/** Wraps mdx-bundler's function body into a real ES module that imports React instead of using eval. */
export function wrapAsEsModule(code: string): string {
  return [
    '// Generated from an MDX lesson by build/scripts/lessons/compile.ts — do not edit.',
    "import * as React from 'react';",
    "import * as ReactDOM from 'react-dom';",
    "import * as _jsx_runtime from 'react/jsx-runtime';",
    'function lessonModule(React, ReactDOM, _jsx_runtime) {',
    code,
    '}',
    'const lessonExports = lessonModule(React, ReactDOM, _jsx_runtime);',
    'export default lessonExports.default;',
    '',
  ].join('\n');
}

export async function compileContent(options: CompileOptions): Promise<CompileResult> {
  const rootDir = options.rootDir ?? process.cwd();
  const rel = (p: string) => relative(rootDir, p) || p;
  const contentDir = resolve(options.contentDir);
  const diagnostics: Diagnostic[] = [];
  const includeDrafts = options.includeDrafts ?? false;

  const collect = <T>(fn: () => T, fallback: T): T => {
    try {
      return fn();
    } catch (error) {
      if (error instanceof ContentError) diagnostics.push(...error.diagnostics.map((d) => ({ ...d, file: rel(d.file) })));
      else throw error;
      return fallback;
    }
  };
  const references = collect(() => loadYamlList(join(contentDir, 'references', 'references.yaml'), referenceSchema, 'key'), [] as Reference[]);
  const glossary = loadAll(join(contentDir, 'glossary'), glossaryEntrySchema, 'id', collect, diagnostics, rel, includeDrafts);
  // The question bank: the lessons' check-yourself questions and content/quiz/bank, one schema (quiz-bank.ts).
  const checksDir = join(contentDir, 'quiz', 'check-yourself');
  const checkRead = readQuizFolders([checksDir], rel, includeDrafts);
  const bankRead = readQuizFolders([join(contentDir, 'quiz', 'bank')], rel, includeDrafts);
  diagnostics.push(...checkRead.diagnostics, ...bankRead.diagnostics);
  const checks = checkRead.items.map((located) => located.item);
  const tagsFile = join(contentDir, 'quiz', 'tags.yaml');
  const quizTags = existsSync(tagsFile) ? collect(() => loadYamlList(tagsFile, quizTagSchema, 'id'), [] as QuizTag[]) : [];
  const trialsFile = join(contentDir, 'quiz', 'trials.yaml');
  const trials = existsSync(trialsFile) ? collect(() => loadYamlList(trialsFile, trialSchema, 'id'), [] as Trial[]) : [];
  const referenceKeys = new Set(references.map((r) => r.key));
  for (const trial of trials) {
    for (const key of trial.refs) {
      if (!referenceKeys.has(key)) diagnostics.push({ file: rel(trialsFile), line: 1, column: 1, message: `trial "${trial.id}": unknown reference key "${key}"` });
    }
  }
  // Management cases: schema, links, known citation keys and numbers-need-a-source, located per file.
  const casesDir = join(contentDir, 'cases');
  const cases: ManagementCaseSource[] = [];
  if (existsSync(casesDir)) {
    const seenCases = new Map<string, string>();
    for (const name of readdirSync(casesDir).filter((f) => f.endsWith('.yaml') && (includeDrafts || !f.startsWith('_'))).sort()) {
      const file = join(casesDir, name);
      const loaded = loadCaseFile(file, rel(file), referenceKeys);
      diagnostics.push(...loaded.diagnostics);
      if (!loaded.data) continue;
      if (seenCases.has(loaded.data.id)) diagnostics.push({ file: rel(file), line: 1, column: 1, message: `case "${loaded.data.id}": duplicate case id (also in ${seenCases.get(loaded.data.id)})` });
      seenCases.set(loaded.data.id, rel(file));
      cases.push(loaded.data);
    }
  }
  const comparisonsDir = join(contentDir, 'comparisons');
  const comparisons: TherapyComparison[] = [];
  if (existsSync(comparisonsDir)) {
    for (const name of readdirSync(comparisonsDir).filter((f) => f.endsWith('.yaml') && (includeDrafts || !f.startsWith('_'))).sort()) {
      const file = join(comparisonsDir, name);
      const loaded = loadComparisonFile(file, rel(file), referenceKeys);
      diagnostics.push(...loaded.diagnostics);
      if (loaded.data) comparisons.push(loaded.data);
    }
  }
  const figureContent: FigureContent = {
    caseIds: cases.map((c) => c.id),
    comparisonDimensions: comparisons.flatMap((c) => c.dimensions.map((d) => d.id)),
  };
  const glossaryIds = new Set(glossary.map((g) => g.id));
  for (const entry of glossary) {
    for (const key of entry.refs) {
      if (!referenceKeys.has(key)) diagnostics.push({ file: rel(join(contentDir, 'glossary')), line: 1, column: 1, message: `glossary "${entry.id}": unknown reference key "${key}"` });
    }
  }

  const lessonsDir = join(contentDir, 'lessons');
  const lessonDirs = existsSync(lessonsDir) ? readdirSync(lessonsDir, { withFileTypes: true }).filter((d) => d.isDirectory() && (includeDrafts || !d.name.startsWith('_'))).map((d) => d.name).sort() : [];
  const lessons: CompiledLesson[] = [];
  const orders = new Map<number, string>();

  for (const dirName of lessonDirs) {
    const dir = join(lessonsDir, dirName);
    const file = join(dir, 'index.mdx');
    const relFile = rel(file);
    const match = LESSON_DIR.exec(dirName.replace(/^_/, ''));
    if (!match) {
      diagnostics.push({ file: rel(dir), line: 1, column: 1, message: 'lesson folders are named NN-slug (two digits, a hyphen, lower-case words joined by hyphens)' });
      continue;
    }
    if (!existsSync(file)) {
      diagnostics.push({ file: relFile, line: 1, column: 1, message: 'missing index.mdx' });
      continue;
    }
    const source = readFileSync(file, 'utf8');
    const front = checkFrontmatter(relFile, source);
    diagnostics.push(...front.diagnostics);
    if (!front.frontmatter) continue;
    const frontmatter = front.frontmatter;
    if (frontmatter.order !== Number(match[1])) {
      diagnostics.push({ file: relFile, line: 1, column: 1, message: `frontmatter order ${frontmatter.order} does not match the folder number ${match[1]}` });
    }
    if (orders.has(frontmatter.order)) diagnostics.push({ file: relFile, line: 1, column: 1, message: `order ${frontmatter.order} is also used by ${orders.get(frontmatter.order)}` });
    orders.set(frontmatter.order, relFile);
    for (const key of frontmatter.references) {
      if (!referenceKeys.has(key)) diagnostics.push({ file: relFile, line: 1, column: 1, message: `frontmatter references: unknown key "${key}" (not in content/references)` });
    }

    const facts = createFacts();
    let code: string | null = null;
    try {
      const result = await bundleMDX({
        source,
        cwd: dir,
        mdxOptions(mdx) {
          mdx.remarkPlugins = [
            ...(mdx.remarkPlugins ?? []),
            remarkGfm,
            remarkMath,
            [
              remarkAtlas,
              {
                file: relFile,
                referenceKeys,
                frontmatterReferences: new Set(frontmatter.references),
                glossaryIds,
                checkIds: new Set(checks.filter((c) => c.lesson === match[2]).map((c) => c.id)),
                modelValueNames: new Set<string>(MODEL_VALUE_NAMES),
                isDraft: dirName.startsWith('_'),
                figureAttributes: (component: string) => figureAttributeCheck(component, figureContent),
                facts,
              },
            ],
            [remarkSteps, { file: relFile, lessonTitle: frontmatter.title, facts, kindOf: scriptableKind }],
          ];
          mdx.rehypePlugins = [
            ...(mdx.rehypePlugins ?? []),
            rehypeSlug,
            [rehypeKatex, { output: 'htmlAndMathml', strict: 'error' }],
            [rehypeMathErrors, { file: relFile, facts }],
          ];
          return mdx;
        },
        esbuildOptions(esbuild) {
          esbuild.minify = false;
          esbuild.target = ['es2022'];
          esbuild.logLevel = 'silent';
          return esbuild;
        },
      });
      code = result.code;
    } catch (error) {
      diagnostics.push(...diagnosticsFromBundleError(relFile, error));
    }
    diagnostics.push(...facts.diagnostics);
    const unused = frontmatter.references.filter((k) => referenceKeys.has(k) && !facts.citeOrder.includes(k));
    if (code && unused.length) diagnostics.push({ file: relFile, line: 1, column: 1, message: `frontmatter lists references never cited in the lesson: ${unused.join(', ')}` });
    if (code) lessons.push({ slug: match[2], dir: dirName, frontmatter, facts, moduleFile: `${dirName.replace(/^_/, '')}.js`, code });
  }

  const modelEquations = collect(() => renderModelEquations(undefined, rootDir), {} as RenderedEquations);
  if (lessonDirs.length) {
    diagnostics.push(
      ...checkQuizItems([...checkRead.items, ...bankRead.items], {
        referenceKeys,
        // A lesson that did not compile has its own diagnostics; its items' sections are not checked against it.
        lessons: new Map(
          lessonDirs.map((dirName) => {
            const slug = dirName.replace(/^_?\d{2}-/, '');
            const compiled = lessons.find((lesson) => lesson.slug === slug);
            return [slug, compiled ? new Set(compiled.facts.headings.map((h) => h.id)) : null];
          }),
        ),
        tags: new Set(quizTags.map((t) => t.id)),
      }),
    );
  }
  if (diagnostics.length) throw new ContentError(diagnostics);
  lessons.sort((a, b) => a.frontmatter.order - b.frontmatter.order);
  return { lessons, references, glossary, checks, bank: bankRead.items.map((located) => located.item), quizTags, trials, cases, comparisons, modelEquations };
}

/** Lesson metadata the renderer needs without loading the lesson module. */
export function lessonMeta(lesson: CompiledLesson) {
  return {
    slug: lesson.slug,
    dir: lesson.dir,
    moduleFile: lesson.moduleFile,
    ...lesson.frontmatter,
    headings: lesson.facts.headings,
    citeOrder: lesson.facts.citeOrder,
    termIds: lesson.facts.termIds,
    checkIds: lesson.facts.checkIds,
    figures: lesson.facts.figures,
    steps: lesson.facts.steps,
  };
}

/** Writes the generated modules and data files for the renderer. */
export function writeGenerated(result: CompileResult, outDir: string): void {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  for (const lesson of result.lessons) writeFileSync(join(outDir, lesson.moduleFile), wrapAsEsModule(lesson.code));
  const json = (name: string, value: unknown) => writeFileSync(join(outDir, name), JSON.stringify(value, null, 1) + '\n');
  json('lessons.json', result.lessons.map(lessonMeta));
  // The lesson list for code outside the renderer's manifest (the main process accepts progress only for these).
  json('lesson-slugs.json', result.lessons.map((lesson) => lesson.slug));
  json(
    'search.json',
    result.lessons.flatMap((lesson) =>
      lesson.facts.sections.map((section) => ({
        id: `${lesson.slug}#${section.id}`,
        kind: 'lesson',
        slug: lesson.slug,
        anchor: section.id,
        lessonTitle: lesson.frontmatter.title,
        heading: section.heading || lesson.frontmatter.title,
        text: section.text,
      })),
    ),
  );
  json('glossary.json', result.glossary);
  json('references.json', result.references);
  json('check-yourself.json', result.checks);
  json('trials.json', result.trials);
  // Figure data lives one level down, outside the eager manifest glob, so it loads with its figure's chunk.
  mkdirSync(join(outDir, 'figures'), { recursive: true });
  json(join('figures', 'management-cases.json'), result.cases);
  json(join('figures', 'comparisons.json'), result.comparisons);
  // The question bank loads with the quiz screen, so it too stays out of the start-up data.
  mkdirSync(join(outDir, 'quiz'), { recursive: true });
  json(join('quiz', 'bank.json'), [...result.checks, ...result.bank]);
  json(join('quiz', 'tags.json'), result.quizTags);
  // The Model page's equations, loaded with that page (content.ts keeps this file out of the start-up data).
  json('model-equations.json', result.modelEquations);
}

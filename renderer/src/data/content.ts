// The content compiled from content/ at build time (npm run lessons → renderer/src/data/generated/): lesson
// metadata, glossary, references, questions and trials, with their types. The bottom layer of the renderer.
export interface LessonHeading {
  depth: number;
  id: string;
  text: string;
}

export interface LessonFigure {
  id: string;
  component: string;
}

/** One presentation step of a lesson (build/scripts/lessons/steps.ts): a section, or what a <Step /> marker opens. */
export interface LessonStepMeta {
  title: string;
  /** The heading the step shows or continues ('' before the first heading). */
  anchor: string;
  /** Element ids of the figures the step shows. */
  figures: string[];
  /** Speaker notes (plain text; paragraphs separated by a blank line). */
  notes: string;
  /** The figure state the step sets, as the figure's link fields (checked at build time). */
  script?: { figure: string; fields: Record<string, string> };
}

export interface LessonMeta {
  slug: string;
  dir: string;
  moduleFile: string;
  title: string;
  summary: string;
  order: number;
  objectives: string[];
  keywords: string[];
  references: string[];
  headings: LessonHeading[];
  citeOrder: string[];
  termIds: string[];
  checkIds: string[];
  /** The figures the lesson shows (element id, component), in order. */
  figures: LessonFigure[];
  /** Presentation steps, in order (at least one). */
  steps: LessonStepMeta[];
}

export interface GlossaryEntry {
  id: string;
  term: string;
  aliases: string[];
  definition: string;
  refs: string[];
}

export interface Reference {
  key: string;
  kind: string;
  authors: string;
  title: string;
  container: string;
  year: number;
  volume?: string;
  pages?: string;
  doi?: string;
  pmid?: string;
  pmcid?: string;
  url?: string;
  /** Labels: the revision read (company and date). */
  revised?: string;
  note?: string;
}

/** One single-best-answer item of the question bank (check-yourself questions are the bank's first items). */
export interface QuizItem {
  id: string;
  lesson: string;
  /** The id of the heading whose section teaches it. */
  section: string;
  kind: 'vignette' | 'knowledge';
  /** 1 recall, 2 application, 3 analysis. */
  difficulty: 1 | 2 | 3;
  tags: string[];
  stem: string;
  options: { text: string; correct: boolean; explanation: string }[];
  refs: string[];
}
export type CheckQuestion = QuizItem;

export interface Trial {
  id: string;
  name: string;
  population: string;
  n: string;
  schedule: string;
  design: string;
  efficacy: string;
  survival: string;
  toxicity: string;
  refs: string[];
  correction?: string;
}

export interface SearchSection {
  id: string;
  kind: 'lesson';
  slug: string;
  anchor: string;
  lessonTitle: string;
  heading: string;
  text: string;
}

/** Generated files loaded on first use, each in its own chunk (kept out of the start-up data). */
type LazyFile = './generated/search.json' | './generated/model-equations.json' | './generated/quiz/bank.json' | './generated/quiz/tags.json';
const data = import.meta.glob<unknown>(['./generated/*.json', '!./generated/search.json', '!./generated/model-equations.json'], { eager: true, import: 'default' });
const lazyData = import.meta.glob<unknown>(['./generated/search.json', './generated/model-equations.json', './generated/quiz/*.json'], { import: 'default' });

async function loadLazy<T>(name: LazyFile): Promise<T> {
  const loader = lazyData[name];
  if (!loader) throw new Error(`Generated content "${name.replace('./generated/', '')}" is missing: run "npm run lessons".`);
  return (await loader()) as T;
}

function generated<T>(name: string): T {
  const value = data[`./generated/${name}`];
  if (value === undefined) throw new Error(`Generated content "${name}" is missing: run "npm run lessons" (part of "npm run build").`);
  return value as T;
}

export const lessons: LessonMeta[] = generated<LessonMeta[]>('lessons.json').slice().sort((a, b) => a.order - b.order);
export const glossary: GlossaryEntry[] = generated<GlossaryEntry[]>('glossary.json').slice().sort((a, b) => a.term.localeCompare(b.term));
export const references: Reference[] = generated<Reference[]>('references.json');
export const checkQuestions: CheckQuestion[] = generated<CheckQuestion[]>('check-yourself.json');
export const trials: Trial[] = generated<Trial[]>('trials.json');
export const checkQuestionsById = new Map(checkQuestions.map((q) => [q.id, q]));

export const glossaryById = new Map(glossary.map((g) => [g.id, g]));
export const referencesByKey = new Map(references.map((r) => [r.key, r]));

/** The text of every lesson section, for search (loaded on first use: it is the largest data file). */
export async function loadSearchSections(): Promise<SearchSection[]> {
  return loadLazy<SearchSection[]>('./generated/search.json');
}

export interface QuizTag {
  id: string;
  label: string;
}

/** The question bank (check-yourself questions first) and its topic tags, loaded with the quiz. */
export async function loadQuizBank(): Promise<{ items: QuizItem[]; tags: QuizTag[] }> {
  const [items, tags] = await Promise.all([loadLazy<QuizItem[]>('./generated/quiz/bank.json'), loadLazy<QuizTag[]>('./generated/quiz/tags.json')]);
  return { items, tags };
}

/**
 * The model's equations rendered by KaTeX at build time (equation id → HTML with MathML), for the Model page.
 * The HTML is KaTeX's output for the TeX in renderer/src/model/equations.ts, written by the build, never
 * anything a reader or a link supplies.
 */
export async function loadModelEquations(): Promise<Readonly<Record<string, string>>> {
  return loadLazy<Record<string, string>>('./generated/model-equations.json');
}

export function findLesson(slug: string): LessonMeta | undefined {
  return lessons.find((l) => l.slug === slug);
}


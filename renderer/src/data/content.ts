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

export interface CheckQuestion {
  id: string;
  lesson: string;
  stem: string;
  options: { text: string; correct: boolean; explanation: string }[];
  refs: string[];
}

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

const data = import.meta.glob<unknown>(['./generated/*.json', '!./generated/search.json'], { eager: true, import: 'default' });
const lazyData = import.meta.glob<unknown>('./generated/search.json', { import: 'default' });

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
  const loader = lazyData['./generated/search.json'];
  if (!loader) throw new Error('Generated search data is missing: run "npm run lessons".');
  return (await loader()) as SearchSection[];
}

export function findLesson(slug: string): LessonMeta | undefined {
  return lessons.find((l) => l.slug === slug);
}


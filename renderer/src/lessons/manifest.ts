// The compiled lessons as the renderer sees them: metadata (eager, small) and a lazy loader for each
// lesson module, plus the glossary and bibliography — all generated at build time from content/.
import type { ComponentType } from 'react';

export interface LessonHeading {
  depth: number;
  id: string;
  text: string;
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
  note?: string;
}

export interface CheckQuestion {
  id: string;
  lesson: string;
  stem: string;
  options: { text: string; correct: boolean; explanation: string }[];
  refs: string[];
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

type MdxComponent = ComponentType<{ components?: Record<string, unknown> }>;

const data = import.meta.glob<unknown>('./generated/*.json', { eager: true, import: 'default' });
const modules = import.meta.glob<MdxComponent>('./generated/*.js', { import: 'default' });

function generated<T>(name: string): T {
  const value = data[`./generated/${name}`];
  if (value === undefined) throw new Error(`Generated content "${name}" is missing: run "npm run lessons" (part of "npm run build").`);
  return value as T;
}

export const lessons: LessonMeta[] = generated<LessonMeta[]>('lessons.json').slice().sort((a, b) => a.order - b.order);
export const glossary: GlossaryEntry[] = generated<GlossaryEntry[]>('glossary.json').slice().sort((a, b) => a.term.localeCompare(b.term));
export const references: Reference[] = generated<Reference[]>('references.json');
export const searchSections: SearchSection[] = generated<SearchSection[]>('search.json');
export const checkQuestions: CheckQuestion[] = generated<CheckQuestion[]>('check-yourself.json');
export const checkQuestionsById = new Map(checkQuestions.map((q) => [q.id, q]));

export const glossaryById = new Map(glossary.map((g) => [g.id, g]));
export const referencesByKey = new Map(references.map((r) => [r.key, r]));

export function findLesson(slug: string): LessonMeta | undefined {
  return lessons.find((l) => l.slug === slug);
}

export function loadLessonModule(meta: LessonMeta): Promise<MdxComponent> {
  const loader = modules[`./generated/${meta.moduleFile}`];
  if (!loader) return Promise.reject(new Error(`The compiled module for lesson "${meta.title}" is missing.`));
  return loader();
}

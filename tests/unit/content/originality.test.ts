// Lessons are written in our own words: no lesson, question or glossary entry shares a run of eight
// words with the source review, or of twelve words of prose with the reference notes (facts carry over,
// sentences do not; standard clinical criteria in tables, such as the ASTCT grades, are facts, not prose).
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');
/** The project's shared folder: beside the checkout, or two levels up for a worktree (or ATLAS_SHARED). */
const shared =
  [process.env.ATLAS_SHARED, resolve(root, '..', 'shared'), resolve(root, '..', '..', 'shared')].find(
    (dir): dir is string => typeof dir === 'string' && existsSync(resolve(dir, 'source', 'blinatumomab-review.txt')),
  ) ?? resolve(root, '..', 'shared');

/** Lower-case words of a text with markup, citations and punctuation removed. */
export function words(text: string): string[] {
  return text
    .replace(/^---[\s\S]*?---/, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\$[^$]*\$/g, ' ')
    .toLowerCase()
    .replace(/[^a-z0-9µ%]+/g, ' ')
    .split(' ')
    .filter(Boolean);
}

function ngrams(list: string[], n: number): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + n <= list.length; i++) out.add(list.slice(i, i + n).join(' '));
  return out;
}

function sharedRuns(text: string, source: Set<string>, n: number): string[] {
  const w = words(text);
  const hits: string[] = [];
  for (let i = 0; i + n <= w.length; i++) {
    const gram = w.slice(i, i + n).join(' ');
    if (source.has(gram)) hits.push(gram);
  }
  return hits;
}

function authoredFiles(): string[] {
  const files: string[] = [];
  const lessons = join(root, 'content', 'lessons');
  for (const dir of readdirSync(lessons)) files.push(join(lessons, dir, 'index.mdx'));
  for (const sub of ['glossary', join('quiz', 'check-yourself'), 'quiz', 'cases', 'comparisons']) {
    const dir = join(root, 'content', sub);
    if (existsSync(dir)) for (const f of readdirSync(dir)) if (f.endsWith('.yaml')) files.push(join(dir, f));
  }
  return files.filter((f) => existsSync(f));
}

const review = resolve(shared, 'source', 'blinatumomab-review.txt');
const notes = resolve(shared, 'reference', 'science.md');

// The sources live in the project's shared folder beside the checkout (not in the repository).
describe.skipIf(!existsSync(review))('originality of the atlas text', () => {
  if (!existsSync(review)) return;
  const reviewGrams = ngrams(words(readFileSync(review, 'utf8')), 8);
  const notesGrams = existsSync(notes) ? ngrams(words(readFileSync(notes, 'utf8')), 12) : new Set<string>();
  const prose = (text: string) => text.split('\n').filter((line) => !line.trimStart().startsWith('|')).join('\n');

  for (const file of authoredFiles()) {
    it(`${file.slice(root.length + 1)} shares no sentence with the sources`, () => {
      const text = readFileSync(file, 'utf8');
      expect(sharedRuns(text, reviewGrams, 8), 'runs of 8 words shared with the source review').toEqual([]);
      expect(sharedRuns(prose(text), notesGrams, 12), 'runs of 12 words of prose shared with science.md').toEqual([]);
    });
  }
});

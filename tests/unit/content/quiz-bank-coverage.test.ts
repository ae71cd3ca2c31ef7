// The question bank as shipped meets what residents were promised: at least 20 single-best-answer items for
// every lesson (check-yourself questions included), at least half of each lesson's items written as clinical
// vignettes, an explanation for every option, sources for every item, and the items of a lesson spread over its
// sections (each names a heading that exists). The model-computed templates are counted in templates.test.ts.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const generated = resolve(import.meta.dirname, '../../../renderer/src/data/generated');
interface Item {
  id: string;
  stem: string;
  lesson: string;
  section: string;
  kind: 'vignette' | 'knowledge';
  difficulty: number;
  options: { text: string; correct: boolean; explanation: string }[];
  refs: string[];
}
const bank = JSON.parse(readFileSync(resolve(generated, 'quiz/bank.json'), 'utf8')) as Item[] | { items: Item[] };
const items: Item[] = Array.isArray(bank) ? bank : bank.items;
const lessons = JSON.parse(readFileSync(resolve(generated, 'lessons.json'), 'utf8')) as { slug: string; headings: { id: string; depth?: number }[] }[];

describe('the question bank as shipped', () => {
  it('holds at least 140 items, at least 20 for each of the seven lessons', () => {
    expect(lessons).toHaveLength(7);
    expect(items.length).toBeGreaterThanOrEqual(140);
    for (const lesson of lessons) expect(items.filter((i) => i.lesson === lesson.slug).length, lesson.slug).toBeGreaterThanOrEqual(20);
  });

  it('writes at least half of every lesson’s items as clinical vignettes, over more than one difficulty', () => {
    for (const lesson of lessons) {
      const own = items.filter((i) => i.lesson === lesson.slug);
      expect(own.filter((i) => i.kind === 'vignette').length * 2, lesson.slug).toBeGreaterThanOrEqual(own.length);
      expect(new Set(own.map((i) => i.difficulty)).size, lesson.slug).toBeGreaterThanOrEqual(2);
    }
  });

  it('explains every option, has exactly one right answer and names its sources', () => {
    for (const item of items) {
      expect(item.options.filter((o) => o.correct), item.id).toHaveLength(1);
      for (const option of item.options) expect(option.explanation.trim().length, `${item.id}: ${option.text}`).toBeGreaterThan(10);
      expect(item.refs.length, item.id).toBeGreaterThan(0);
    }
  });

  it('links every item to a section of its lesson, and spreads each lesson’s items over at least four sections', () => {
    for (const lesson of lessons) {
      const headings = new Set(lesson.headings.map((h) => h.id));
      const own = items.filter((i) => i.lesson === lesson.slug);
      for (const item of own) expect(headings.has(item.section), `${item.id}: section ${item.section}`).toBe(true);
      expect(new Set(own.map((i) => i.section)).size, lesson.slug).toBeGreaterThanOrEqual(4);
    }
  });

  it('reads as text: no raw subscript markup such as K_D or C_ss in stems, options or explanations', () => {
    for (const item of items) {
      const texts = [item.stem, ...item.options.flatMap((o) => [o.text, o.explanation])];
      for (const text of texts) expect(text, item.id).not.toMatch(/[A-Za-z]_[A-Za-z0-9{]/);
    }
  });
});

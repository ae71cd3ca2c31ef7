// Every model-computed template, drawn 200 times from seeded inputs: exactly one right option, all options
// distinct, the explanation shows the model's own numbers, the same seed gives the same item, and the figure it
// opens is a valid state of that figure (it survives the link codec); no two options share an explanation. Lesson, section, tags and sources exist.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { TEMPLATES } from '../../../renderer/src/quiz/templates';
import { drawInstance } from '../../../renderer/src/quiz/templates/template';
import { FIGURE_KINDS } from '../../../renderer/src/lessons/figure-kinds';

const root = resolve(import.meta.dirname, '../../..');
const generated = (name: string) => JSON.parse(readFileSync(resolve(root, 'renderer/src/data/generated', name), 'utf8')) as unknown;
const lessons = generated('lessons.json') as { slug: string; headings: { id: string }[] }[];
const tags = new Set((generated('quiz/tags.json') as { id: string }[]).map((t) => t.id));
const referenceKeys = new Set((generated('references.json') as { key: string }[]).map((r) => r.key));

const DRAWS = 200;

/** The seven lessons, each with at least two templates. */
const LESSON_COUNT = 7;
const MIN_TEMPLATES = 20;
const MIN_PER_LESSON = 2;

describe('model-computed item templates', () => {
  it('have unique ids and name a real lesson section, known tags and known sources', () => {
    expect(new Set(TEMPLATES.map((t) => t.id)).size).toBe(TEMPLATES.length);
    for (const t of TEMPLATES) {
      const lesson = lessons.find((l) => l.slug === t.lesson);
      expect(lesson, `${t.id}: lesson ${t.lesson}`).toBeDefined();
      expect(lesson!.headings.map((h) => h.id), `${t.id}: section`).toContain(t.section);
      for (const tag of t.tags) expect(tags.has(tag), `${t.id}: tag ${tag}`).toBe(true);
      expect(t.ranges.length).toBeGreaterThan(10);
    }
  });

  it(`number at least ${MIN_TEMPLATES}, with at least ${MIN_PER_LESSON} for each of the ${LESSON_COUNT} lessons`, () => {
    expect(TEMPLATES.length).toBeGreaterThanOrEqual(MIN_TEMPLATES);
    expect(lessons).toHaveLength(LESSON_COUNT);
    for (const lesson of lessons) {
      const count = TEMPLATES.filter((t) => t.lesson === lesson.slug).length;
      expect(count, `templates for ${lesson.slug}`).toBeGreaterThanOrEqual(MIN_PER_LESSON);
    }
  });

  for (const template of TEMPLATES) {
    it(`${template.id}: ${DRAWS} seeded draws each give one right answer, distinct options and the model's numbers`, () => {
      const stems = new Set<string>();
      const rightAt = new Set<number>();
      for (let seed = 1; seed <= DRAWS; seed += 1) {
        const item = drawInstance(template, seed * 7919);
        const where = `${template.id} seed ${seed * 7919}`;
        expect(item.options.filter((o) => o.correct), where).toHaveLength(1);
        rightAt.add(item.options.findIndex((o) => o.correct));
        expect(item.options.length, where).toBeGreaterThanOrEqual(3);
        expect(item.options.length, where).toBeLessThanOrEqual(6);
        expect(new Set(item.options.map((o) => o.text.trim().toLowerCase())).size, `${where}: options distinct`).toBe(item.options.length);
        for (const option of item.options) expect(option.explanation.length, where).toBeGreaterThan(10);
        // Each option says why THAT option is right or wrong: no explanation is copied onto another option.
        expect(new Set(item.options.map((o) => o.explanation.trim())).size, `${where}: option explanations distinct`).toBe(item.options.length);
        expect(Object.keys(item.numbers).length, where).toBeGreaterThan(0);
        for (const [name, { value, shown }] of Object.entries(item.numbers)) {
          expect(Number.isFinite(value), `${where}: ${name} finite`).toBe(true);
          expect(item.explanation, `${where}: explanation shows ${name}`).toContain(shown);
        }
        expect(item.explanation, `${where}: explanation ends with the disclaimer`).toMatch(/Illustrative — not for dosing\.$/);
        for (const key of item.refs) expect(referenceKeys.has(key), `${where}: ref ${key}`).toBe(true);
        if (item.figure) {
          const kind = FIGURE_KINDS.get(item.figure.component);
          expect(kind, `${where}: figure ${item.figure.component}`).toBeDefined();
          const decoded = kind!.decode(new Map(kind!.encode(item.figure.state as never)));
          expect(kind!.encode(decoded as never), `${where}: figure state survives the link`).toEqual(kind!.encode(item.figure.state as never));
        }
        stems.add(item.stem);
      }
      // Inputs are drawn afresh: many different questions, and a seed always gives the same one.
      expect(stems.size).toBeGreaterThan(5);
      // The right option does not always sit in the same place (a learner could answer by position).
      expect(rightAt.size, `${template.id}: positions of the right option`).toBeGreaterThan(1);
      expect(drawInstance(template, 12345)).toEqual(drawInstance(template, 12345));
    });
  }
});

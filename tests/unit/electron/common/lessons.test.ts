// The main process knows this build's lessons (it refuses progress for any other): the list is the compiled
// one, in order, never empty after `npm run lessons`.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LESSON_SLUGS, isKnownLesson } from '../../../../electron/common/lessons';

const compiled = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../../renderer/src/data/generated/lessons.json'), 'utf8')) as { slug: string; order: number }[];

describe('lessons known to the main process', () => {
  it('are exactly the compiled lessons, in order', () => {
    expect(LESSON_SLUGS.length).toBeGreaterThan(0);
    expect([...LESSON_SLUGS]).toEqual(compiled.sort((a, b) => a.order - b.order).map((l) => l.slug));
  });
  it('answers whether a slug is one of them', () => {
    expect(isKnownLesson(compiled[0]!.slug)).toBe(true);
    expect(isKnownLesson('not-a-lesson')).toBe(false);
  });
});

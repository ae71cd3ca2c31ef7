// The lessons of this build, for checks outside the renderer's manifest: the slugs `npm run lessons` writes to
// renderer/src/data/generated/lesson-slugs.json, bundled in at build time (the main process validates progress with them).
const generated = import.meta.glob<readonly string[]>('../../renderer/src/data/generated/lesson-slugs.json', { eager: true, import: 'default' });

/** Lesson slugs of this build, in order; empty only when the lessons were never compiled. */
export const LESSON_SLUGS: readonly string[] = Object.freeze([...(Object.values(generated)[0] ?? [])]);

export function isKnownLesson(slug: string): boolean {
  return LESSON_SLUGS.includes(slug);
}

// Learner progress shared by the desktop shell (a JSON file with a backup) and the web edition
// (IndexedDB): the schema and helpers. Never imports 'electron'. Uses zod/mini (tree-shakable: the web
// edition ships these schemas to the browser).
import * as z from 'zod/mini';
import { isKnownLesson } from './lessons';

export const lessonProgressSchema = z.object({
  /** ISO timestamp of the first time the lesson was opened. */
  firstOpenedAt: z.string(),
  /** ISO timestamp of the latest visit. */
  lastOpenedAt: z.string(),
  /** Deepest scroll position reached, 0–1. */
  readFraction: z.number().check(z.gte(0), z.lte(1)),
  /** True once the reader reached the end of the lesson. */
  completed: z.boolean(),
  /** Heading id of the last section in view, to resume reading there. */
  lastHeading: z.optional(z.string().check(z.maxLength(200))),
});
export type LessonProgress = z.infer<typeof lessonProgressSchema>;

/** The form of a lesson slug (folder name without its number). */
export const lessonSlugSchema = z.string().check(z.regex(/^[a-z0-9-]{1,80}$/));

export const progressSchema = z.object({
  version: z.literal(1),
  lessons: z.record(lessonSlugSchema, lessonProgressSchema),
});
export type Progress = z.infer<typeof progressSchema>;

export { EMPTY_PROGRESS } from './progress-values';

/** Input of one progress update from the renderer: a lesson slug and the fields to merge. */
export const lessonProgressUpdateSchema = z.strictObject({
  slug: lessonSlugSchema,
  readFraction: z.optional(z.number().check(z.gte(0), z.lte(1))),
  completed: z.optional(z.boolean()),
  lastHeading: z.optional(z.string().check(z.maxLength(200))),
});
export type LessonProgressUpdate = z.infer<typeof lessonProgressUpdateSchema>;

/** An update the desktop and web editions accept: one of this build's lessons (other slugs are refused). */
export const knownLessonProgressUpdateSchema = lessonProgressUpdateSchema.check(
  z.refine((update) => isKnownLesson(update.slug), { message: 'not a lesson of this build', path: ['slug'] }),
);

/**
 * Merges one update made at `atIso` into progress, in any order: the read fraction only grows, completion is never
 * undone, the first visit is the earliest and the last visit the latest; an update older than the lesson's last
 * visit (replayed late, from another tab) never moves its last visit or heading back.
 */
export function applyProgressUpdate(progress: Progress, update: LessonProgressUpdate, atIso: string): Progress {
  const previous = progress.lessons[update.slug];
  const isNewest = !previous || atIso >= previous.lastOpenedAt;
  const readFraction = Math.max(previous?.readFraction ?? 0, update.readFraction ?? 0);
  const lastHeading = isNewest ? (update.lastHeading ?? previous?.lastHeading) : (previous?.lastHeading ?? update.lastHeading);
  const next: LessonProgress = {
    firstOpenedAt: previous && previous.firstOpenedAt < atIso ? previous.firstOpenedAt : atIso,
    lastOpenedAt: isNewest ? atIso : previous.lastOpenedAt,
    readFraction,
    completed: Boolean(previous?.completed || update.completed || readFraction >= 0.98),
    ...(lastHeading ? { lastHeading } : {}),
  };
  return { ...progress, lessons: { ...progress.lessons, [update.slug]: next } };
}

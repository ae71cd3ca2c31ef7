// The desktop progress: progress.json under userData, one use of the document store (validation, backup
// recovery, in-memory fallback), so a learner's progress is never lost silently; updates merge through the
// shared applyProgressUpdate.
import {
  EMPTY_PROGRESS,
  applyProgressUpdate,
  lessonProgressSchema,
  lessonSlugSchema,
  progressSchema,
  type LessonProgress,
  type LessonProgressUpdate,
  type Progress,
} from '../../common/progress';
import { DocumentStore, type DocumentSpec } from './document-store';

export const PROGRESS_FILE_NAME = 'progress.json';

/** Keeps every lesson entry that is still valid; something is lost when an entry (or the whole shape) is not. */
function salvageProgress(data: unknown): { value: Progress; lost: boolean } {
  const lessons = (data as { lessons?: unknown } | undefined)?.lessons;
  if (!lessons || typeof lessons !== 'object' || Array.isArray(lessons)) return { value: structuredClone(EMPTY_PROGRESS), lost: true };
  const kept: Record<string, LessonProgress> = {};
  let lost = false;
  for (const [slug, entry] of Object.entries(lessons)) {
    const parsed = lessonProgressSchema.safeParse(entry);
    if (parsed.success && lessonSlugSchema.safeParse(slug).success) kept[slug] = parsed.data;
    else lost = true;
  }
  return { value: { version: 1, lessons: kept }, lost };
}

export const progressDocument: DocumentSpec<Progress> = {
  fileName: PROGRESS_FILE_NAME,
  label: 'progress',
  version: 1,
  maxBytes: 512 * 1024,
  defaults: () => structuredClone(EMPTY_PROGRESS),
  parse: (data) => {
    const parsed = progressSchema.safeParse(data);
    return parsed.success ? parsed.data : undefined;
  },
  // Version 0 is the bare progress object of earlier builds: the same shape.
  migrate: (data) => data,
  salvage: salvageProgress,
};

export class ProgressStore extends DocumentStore<Progress> {
  private readonly clock: () => Date;

  constructor(directory: string, now: () => Date = () => new Date()) {
    super(progressDocument, { directory, now });
    this.clock = now;
  }

  /** Merges one lesson's update, saves it and returns the new progress. */
  update(update: LessonProgressUpdate): Promise<Progress> {
    return this.modify((current) => applyProgressUpdate(current, update, this.clock().toISOString()));
  }
}

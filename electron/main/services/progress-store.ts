// The desktop progress service: progress.json under userData (atomic writes, .bak, recovery), so a
// learner's progress is never lost silently; updates merge through the shared applyProgressUpdate.
import type { Loaded } from '../../common/api';
import {
  EMPTY_PROGRESS,
  applyProgressUpdate,
  progressSchema,
  type LessonProgressUpdate,
  type Progress,
} from '../../common/progress';
import { JsonFileStore, SerialQueue } from './json-store';

export const PROGRESS_FILE_NAME = 'progress.json';

export class ProgressStore {
  private readonly file: JsonFileStore<Progress>;
  private readonly queue = new SerialQueue();
  private readonly now: () => Date;
  private loaded: Loaded<Progress> | undefined;

  constructor(directory: string, now: () => Date = () => new Date()) {
    this.now = now;
    this.file = new JsonFileStore<Progress>({
      directory,
      fileName: PROGRESS_FILE_NAME,
      label: 'progress',
      validate: (raw) => {
        const parsed = progressSchema.safeParse(raw);
        return parsed.success ? parsed.data : undefined;
      },
      fallback: () => structuredClone(EMPTY_PROGRESS),
      now,
    });
  }

  get filePath(): string {
    return this.file.filePath;
  }

  /** Current progress; the first call reads the disk (and reports any recovery with a notice). */
  get(): Promise<Loaded<Progress>> {
    return this.queue.run(async () => {
      this.loaded ??= await this.file.load();
      return this.loaded;
    });
  }

  /** Merges one lesson's update, saves it and returns the new progress. */
  update(update: LessonProgressUpdate): Promise<Progress> {
    return this.queue.run(async () => {
      this.loaded ??= await this.file.load();
      const next = applyProgressUpdate(this.loaded.value, update, this.now().toISOString());
      await this.file.save(next);
      this.loaded = { ...this.loaded, value: next };
      return next;
    });
  }
}

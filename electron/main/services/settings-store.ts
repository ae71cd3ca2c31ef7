// The desktop settings service: settings.json under userData (atomic writes, .bak, recovery), kept
// in memory after the first load; every change is validated against the shared settings schema.
import type { Loaded } from '../../common/api';
import { repairSettings, settingsSchema, type Settings, type SettingsPatch } from '../../common/settings';
import { JsonFileStore, SerialQueue } from './json-store';

export const SETTINGS_FILE_NAME = 'settings.json';

export class SettingsStore {
  private readonly file: JsonFileStore<Settings>;
  private readonly queue = new SerialQueue();
  private loaded: Loaded<Settings> | undefined;

  constructor(directory: string, now: () => Date = () => new Date()) {
    this.file = new JsonFileStore<Settings>({
      directory,
      fileName: SETTINGS_FILE_NAME,
      label: 'settings',
      validate: (raw) => {
        const parsed = settingsSchema.safeParse(raw);
        return parsed.success ? parsed.data : undefined;
      },
      // Keep whatever fields of a damaged file are still valid; defaults for the rest.
      fallback: (damagedRaw) => repairSettings(damagedRaw),
      now,
    });
  }

  get filePath(): string {
    return this.file.filePath;
  }

  /** Current settings; the first call reads the disk (and reports any recovery with a notice). */
  get(): Promise<Loaded<Settings>> {
    return this.queue.run(async () => {
      this.loaded ??= await this.file.load();
      return this.loaded;
    });
  }

  /** Merges a validated patch, saves it and returns the new settings. */
  set(patch: SettingsPatch): Promise<Settings> {
    return this.queue.run(async () => {
      this.loaded ??= await this.file.load();
      const next = settingsSchema.parse({ ...this.loaded.value, ...patch });
      await this.file.save(next);
      this.loaded = { ...this.loaded, value: next };
      return next;
    });
  }
}

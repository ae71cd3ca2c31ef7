// The desktop settings: settings.json under userData, one use of the document store (validation, backup
// recovery, in-memory fallback); a change is a validated patch, and every change is announced to subscribers.
import { DEFAULT_SETTINGS, repairSettings, settingsSchema, type Settings, type SettingsPatch } from '../../common/settings';
import { DocumentStore, type DocumentSpec } from './document-store';

export const SETTINGS_FILE_NAME = 'settings.json';

/** True when `data` holds a known setting whose value is not valid (a reset would lose it). */
function hasInvalidField(data: unknown): boolean {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return true;
  const record = data as Record<string, unknown>;
  const repaired = repairSettings(record) as unknown as Record<string, unknown>;
  return Object.keys(DEFAULT_SETTINGS).some((key) => key in record && record[key] !== repaired[key]);
}

export const settingsDocument: DocumentSpec<Settings> = {
  fileName: SETTINGS_FILE_NAME,
  label: 'settings',
  version: 2,
  maxBytes: 64 * 1024,
  defaults: () => ({ ...DEFAULT_SETTINGS }),
  parse: (data) => {
    const parsed = settingsSchema.safeParse(data);
    return parsed.success ? parsed.data : undefined;
  },
  // Version 0 is the bare settings object of earlier builds, version 1 the settings before `retention`: settings
  // added since then start at their defaults.
  migrate: (data) => (data && typeof data === 'object' && !Array.isArray(data) ? { ...DEFAULT_SETTINGS, ...data } : data),
  // Keep every still-valid field; something is lost only when a stored field had to be reset.
  salvage: (data) => ({ value: repairSettings(data), lost: hasInvalidField(data) }),
};

export class SettingsStore extends DocumentStore<Settings> {
  constructor(directory: string, now?: () => Date) {
    super(settingsDocument, { directory, now });
  }

  /** Merges a validated patch, saves it and returns the new settings. */
  set(patch: SettingsPatch): Promise<Settings> {
    return this.modify((current) => ({ ...current, ...patch }));
  }
}

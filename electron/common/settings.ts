// User settings shared by the desktop shell and the web edition: the schema, the defaults and the
// one function that repairs a partial or damaged settings object. Never imports 'electron'.
import { z } from 'zod';

export const THEMES = ['system', 'light', 'dark', 'projector'] as const;
export const REDUCED_MOTION = ['system', 'reduce', 'no-preference'] as const;
/** Text-size multipliers offered in the settings panel. */
export const TEXT_SCALES = [0.875, 1, 1.125, 1.25, 1.5] as const;

export const settingsSchema = z.object({
  theme: z.enum(THEMES),
  textScale: z.number().min(0.75).max(2),
  reducedMotion: z.enum(REDUCED_MOTION),
});
export type Settings = z.infer<typeof settingsSchema>;

export const settingsPatchSchema = settingsSchema.partial().strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  theme: 'system',
  textScale: 1,
  reducedMotion: 'system',
});

/** Keeps every valid field of `raw` and falls back to the default for each invalid or missing one. */
export function repairSettings(raw: unknown): Settings {
  const out: Settings = { ...DEFAULT_SETTINGS };
  if (raw && typeof raw === 'object') {
    const record = raw as Record<string, unknown>;
    for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
      const field = settingsSchema.shape[key].safeParse(record[key]);
      if (field.success) (out as Record<string, unknown>)[key] = field.data;
    }
  }
  return out;
}

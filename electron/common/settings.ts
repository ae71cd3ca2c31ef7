// User settings shared by the desktop shell and the web edition: the schema, the defaults and the
// one function that repairs a partial or damaged settings object. Never imports 'electron'.
import { z } from 'zod';
import { DEFAULT_SETTINGS, REDUCED_MOTION, THEMES, type Settings } from './settings-values';

export { DEFAULT_SETTINGS, REDUCED_MOTION, TEXT_SCALES, THEMES, type Settings, type SettingsPatch } from './settings-values';

const settingsShape = {
  theme: z.enum(THEMES),
  textScale: z.number().min(0.75).max(2),
  reducedMotion: z.enum(REDUCED_MOTION),
};
export const settingsSchema = z.object(settingsShape);
export const settingsPatchSchema = settingsSchema.partial().strict();

// The schema and the zod-free Settings type must describe the same object.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const settingsTypesAgree: Same<z.infer<typeof settingsSchema>, Settings> = true;

/** Keeps every valid field of `raw` and falls back to the default for each invalid or missing one. */
export function repairSettings(raw: unknown): Settings {
  const out: Settings = { ...DEFAULT_SETTINGS };
  if (raw && typeof raw === 'object') {
    const record = raw as Record<string, unknown>;
    for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
      const field = settingsShape[key].safeParse(record[key]);
      if (field.success) (out as unknown as Record<string, unknown>)[key] = field.data;
    }
  }
  return out;
}

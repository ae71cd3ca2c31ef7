// User settings shared by the desktop shell and the web edition: the schema, the defaults and the
// one function that repairs a partial or damaged settings object. Never imports 'electron'.
import * as z from 'zod/mini';
import { DEFAULT_SETTINGS, REDUCED_MOTION, RETENTION_RANGE, THEMES, type Settings } from './settings-values';

export { DEFAULT_SETTINGS, REDUCED_MOTION, RETENTION_RANGE, TEXT_SCALES, THEMES, type Settings, type SettingsPatch } from './settings-values';

const settingsShape = {
  theme: z.enum(THEMES),
  textScale: z.number().check(z.gte(0.75), z.lte(2)),
  reducedMotion: z.enum(REDUCED_MOTION),
  retention: z.number().check(z.gte(RETENTION_RANGE.min), z.lte(RETENTION_RANGE.max)),
};
export const settingsSchema = z.object(settingsShape);
export const settingsPatchSchema = z.strictObject({
  theme: z.optional(settingsShape.theme),
  textScale: z.optional(settingsShape.textScale),
  reducedMotion: z.optional(settingsShape.reducedMotion),
  retention: z.optional(settingsShape.retention),
});

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

// The settings vocabulary without a schema library: types, choices and defaults. The renderer's start-up
// path imports only this (zod stays out of the first bundle); settings.ts adds the schemas.
export const THEMES = ['system', 'light', 'dark', 'projector'] as const;
export const REDUCED_MOTION = ['system', 'reduce', 'no-preference'] as const;
/** Text-size multipliers offered in the settings panel. */
export const TEXT_SCALES = [0.875, 1, 1.125, 1.25, 1.5] as const;
/** Desired retention of the self-quiz's scheduler (FSRS): the chance of recalling a card when it comes due. */
export const RETENTION_RANGE = { min: 0.8, max: 0.97 } as const;

export interface Settings {
  theme: (typeof THEMES)[number];
  textScale: number;
  reducedMotion: (typeof REDUCED_MOTION)[number];
  /** Desired retention, RETENTION_RANGE.min–max. */
  retention: number;
}
export type SettingsPatch = Partial<Settings>;

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  theme: 'system',
  textScale: 1,
  reducedMotion: 'system',
  retention: 0.9,
});

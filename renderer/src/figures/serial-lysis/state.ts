// State of the serial-lysis figure (lesson 3): the well's settings (E:T, cells, drug, Treg, escape clone,
// seed), the highlight, the previous run kept on the chart, and the well's clock. The agent run itself is
// no state: it is reproduced from (settings, seed) up to the time shown (runs.ts).
import * as z from 'zod/mini';
import { FigureStateError, defineFigureKind, timeFields, type FieldSpec } from '../../state/figure-kind';
import { animatedReducer, fitTime, initialTime, timeConfig, timeSchema, type TimeAction, type TimeState } from '../../state/time';
import {
  CELL_COUNT_OPTIONS,
  CONCENTRATION_STEPS_PG_PER_ML,
  DEFAULT_SETTINGS,
  ET_OPTIONS,
  LANDMARK_HOURS,
  MAX_ESCAPE_PCT,
  MAX_TREATMENT_DAY,
  MAX_TREG_PCT,
  MINUTES_PER_SECOND,
  SPAN_MINUTES,
  STEP_BUTTON_MINUTES,
  STEP_MINUTES,
  type LysisFigureSettings,
} from './scenario';

const MINUTES_PER_DAY = 1440;

/** The well's clock, in days (one step of the agent model is its grid). */
export const LYSIS_TIME = timeConfig({
  endDays: SPAN_MINUTES / MINUTES_PER_DAY,
  landmarks: LANDMARK_HOURS.map((l) => ({ tDays: l.hours / 24, label: l.label })),
  daysPerSecond: MINUTES_PER_SECOND / MINUTES_PER_DAY,
  stepDays: STEP_BUTTON_MINUTES / MINUTES_PER_DAY,
  speeds: [0.25, 0.5, 1, 2, 4, 8, 16],
  quantum: STEP_MINUTES / MINUTES_PER_DAY,
});

export const DRUG_MODES = ['fixed', 'regimen'] as const;
export const MAX_SEED = 999_999;

export interface PreviousRun {
  settings: LysisFigureSettings;
  /** The agent step its curve is drawn to (where the reader was when they changed a setting). */
  untilStep: number;
}

export interface LysisState {
  settings: LysisFigureSettings;
  highlight: boolean;
  /** The run before the last change of settings, drawn dotted on the chart. */
  previous: PreviousRun | null;
  time: TimeState;
}

export type LysisAction =
  | { type: 'settings'; patch: Partial<LysisFigureSettings> }
  | { type: 'new-run' }
  | { type: 'highlight'; on: boolean }
  | { type: 'time'; action: TimeAction }
  | { type: 'reset' };

export const LYSIS_DEFAULTS: LysisState = { settings: { ...DEFAULT_SETTINGS }, highlight: true, previous: null, time: initialTime(LYSIS_TIME) };

/** The agent step a time (days) shows. */
export function stepAt(tDays: number): number {
  return Math.round((tDays * MINUTES_PER_DAY) / STEP_MINUTES);
}

function sameSettings(a: LysisFigureSettings, b: LysisFigureSettings): boolean {
  return (Object.keys(a) as (keyof LysisFigureSettings)[]).every((k) => a[k] === b[k]);
}

/** Any change of settings starts a fresh well at 0 h from its seed; the run so far stays on the chart, dotted. */
function restart(state: LysisState, settings: LysisFigureSettings): LysisState {
  if (sameSettings(settings, state.settings)) return state;
  const untilStep = stepAt(state.time.t);
  return {
    ...state,
    settings,
    previous: untilStep > 0 ? { settings: state.settings, untilStep } : state.previous,
    time: { ...state.time, t: 0 },
  };
}

export const reduceLysis = animatedReducer<LysisState, LysisAction>(LYSIS_DEFAULTS, LYSIS_TIME, (state, action) => {
  switch (action.type) {
    case 'settings':
      return restart(state, { ...state.settings, ...action.patch });
    case 'new-run':
      return restart(state, { ...state.settings, seed: (state.settings.seed % MAX_SEED) + 1 });
    case 'highlight':
      return state.highlight === action.on ? state : { ...state, highlight: action.on };
  }
});

const ET_IDS = ET_OPTIONS.map((o) => o.id) as [string, ...string[]];

const settingsSchema = z.object({
  etId: z.enum(ET_IDS),
  cells: z.number().check(z.refine((n) => CELL_COUNT_OPTIONS.includes(n), 'not an offered cell count')),
  drugMode: z.enum(DRUG_MODES),
  concentrationIndex: z.int().check(z.gte(0), z.lte(CONCENTRATION_STEPS_PG_PER_ML.length - 1)),
  treatmentDay: z.int().check(z.gte(1), z.lte(MAX_TREATMENT_DAY)),
  tregPct: z.number().check(z.gte(0), z.lte(MAX_TREG_PCT)),
  escapePct: z.int().check(z.gte(0), z.lte(MAX_ESCAPE_PCT)),
  seed: z.int().check(z.gte(1), z.lte(MAX_SEED)),
});

const schema = z.object({
  settings: settingsSchema,
  highlight: z.boolean(),
  previous: z.nullable(z.object({ settings: settingsSchema, untilStep: z.int().check(z.gte(1), z.lte(stepAt(LYSIS_TIME.endDays))) })),
  time: timeSchema,
});

function settingsFields(prefix: string, path: readonly string[], label: string): FieldSpec[] {
  return [
    { key: `${prefix}et`, path: [...path, 'etId'], type: { kind: 'enum', values: ET_IDS }, label: `${label}E:T ratio` },
    { key: `${prefix}cells`, path: [...path, 'cells'], type: { kind: 'choice', values: CELL_COUNT_OPTIONS }, label: `${label}cells` },
    { key: `${prefix}drug`, path: [...path, 'drugMode'], type: { kind: 'enum', values: DRUG_MODES }, label: `${label}drug mode` },
    { key: `${prefix}conc`, path: [...path, 'concentrationIndex'], type: { kind: 'int', min: 0, max: CONCENTRATION_STEPS_PG_PER_ML.length - 1 }, label: `${label}drug level step` },
    { key: `${prefix}day`, path: [...path, 'treatmentDay'], type: { kind: 'int', min: 1, max: MAX_TREATMENT_DAY }, label: `${label}treatment day` },
    { key: `${prefix}treg`, path: [...path, 'tregPct'], type: { kind: 'number', min: 0, max: MAX_TREG_PCT, quantum: 0.5 }, label: `${label}Treg %` },
    { key: `${prefix}escape`, path: [...path, 'escapePct'], type: { kind: 'int', min: 0, max: MAX_ESCAPE_PCT }, label: `${label}escape clone %` },
    { key: `${prefix}seed`, path: [...path, 'seed'], type: { kind: 'int', min: 1, max: MAX_SEED }, label: `${label}seed` },
  ];
}

const base = defineFigureKind<LysisState, LysisAction>({
  component: 'SerialLysisFigure',
  defaultId: 'fig-serial-lysis',
  schema: schema as unknown as z.ZodMiniType<LysisState>,
  defaults: LYSIS_DEFAULTS,
  reduce: reduceLysis,
  fields: [
    ...settingsFields('', ['settings'], ''),
    { key: 'highlight', path: ['highlight'], type: { kind: 'bool' }, label: 'highlight' },
    ...timeFields(LYSIS_TIME.endDays, LYSIS_TIME.quantum, LYSIS_TIME.speeds),
  ],
  normalize: (s) => ({ ...s, time: fitTime(s.time, LYSIS_TIME) }),
});

const SETTINGS_KEYS = new Set(settingsFields('', ['settings'], '').map((f) => f.key));
const PREV = 'prev-';

/**
 * Links write the previous run as its settings fields with a "prev-" prefix (where they differ from the
 * defaults) and "prev-step:<last step>"; "prev-step" alone is a previous run with default settings.
 */
export const lysisKind: typeof base = {
  ...base,
  encode(state) {
    const fields = base.encode(state);
    if (state.previous) {
      for (const [k, v] of base.encode({ ...LYSIS_DEFAULTS, settings: state.previous.settings })) fields.push([`${PREV}${k}`, v]);
      fields.push([`${PREV}step`, String(state.previous.untilStep)]);
    }
    return fields;
  },
  decode(fields) {
    const own = new Map([...fields].filter(([k]) => !k.startsWith(PREV)));
    const state = base.decode(own);
    const prev = new Map([...fields].filter(([k]) => k.startsWith(PREV) && k !== `${PREV}step`).map(([k, v]) => [k.slice(PREV.length), v]));
    const stepText = fields.get(`${PREV}step`);
    const stray = [...prev.keys()].find((k) => !SETTINGS_KEYS.has(k));
    if (stray !== undefined) throw new FigureStateError(`unknown setting “${PREV}${stray}” (a previous run carries only the well’s settings)`);
    if (stepText === undefined) {
      if (prev.size) throw new FigureStateError(`the previous run’s settings need its last step (“${PREV}step”)`);
      return state;
    }
    const previousSettings = base.decode(prev).settings;
    const untilStep = Number(stepText);
    if (!/^\d+$/.test(stepText) || untilStep < 1 || untilStep > stepAt(LYSIS_TIME.endDays)) {
      throw new FigureStateError(`the previous run’s last step (“${PREV}step”) must be a whole number from 1 to ${stepAt(LYSIS_TIME.endDays)}, not “${stepText}”`);
    }
    return { ...state, previous: { settings: previousSettings, untilStep } };
  },
};

// State of the activation-burst figure (lesson 4): the burden, the regimens drawn and the figure's time —
// its schema, defaults, pure reducer and link fields. The grid it draws is a pure function of nothing
// (scenarios.ts); everything the reader changes is here.
import * as z from 'zod/mini';
import { regimens } from '../../model';
import { defineFigureKind, timeFields } from '../../state/figure-kind';
import { formatDayTime } from '../../ui/clock';
import { animatedReducer, fitTime, initialTime, timeConfig, timeSchema, type TimeAction, type TimeState } from '../../state/time';

/** Days the figure shows and simulates: the first burst, the day-8 step (model day 7) and its echo. */
export const WINDOW_DAYS = 10;

export const DOSING_IDS = ['flat-15', 'weight-lt-45', 'flat-60'] as const;
export type DosingId = (typeof DOSING_IDS)[number];
/** Each regimen in a few words (the legends, the handout's scenario line). */
export const DOSING_SHORT_LABELS: Readonly<Record<DosingId, string>> = {
  'flat-15': 'flat 15 µg/m²/day',
  'weight-lt-45': 'stepped 5 → 15',
  'flat-60': 'flat 60 (what-if)',
};
export const BURDEN_IDS = ['low', 'high'] as const;
export type BurdenId = (typeof BURDEN_IDS)[number];

/** Day (model time, 0 = start of infusion) of the cycle-1 dose step of a regimen inside the window, or null. */
export function stepDayOf(regimen: keyof typeof regimens): number | null {
  const c1 = regimens[regimen].cycle1;
  for (let i = 1; i < c1.length; i++) if (c1[i]!.startDay < WINDOW_DAYS && c1[i]!.rate !== c1[i - 1]!.rate) return c1[i]!.startDay;
  return null;
}

/** Landmarks of the figure's clock and charts (model days). */
export function figureLandmarks(): { tDays: number; label: string }[] {
  const step = stepDayOf('weight-lt-45');
  const marks = [
    { tDays: 0, label: 'Start of infusion' },
    { tDays: 1, label: 'Day 1: the burst is over' },
  ];
  if (step !== null) marks.push({ tDays: step, label: `Dose step (label day ${step + 1})` });
  marks.push({ tDays: WINDOW_DAYS, label: `Day ${WINDOW_DAYS}` });
  return marks;
}

export const CYTOKINE_TIME = timeConfig({
  endDays: WINDOW_DAYS,
  landmarks: figureLandmarks(),
  daysPerSecond: 0.5,
  stepDays: 0.125,
  speeds: [0.1, 0.25, 0.5, 1, 2],
  quantum: 1 / 1440,
});

export interface CytokineState {
  burden: BurdenId;
  /** Regimens whose curves are drawn (in DOSING_IDS order). */
  shown: DosingId[];
  time: TimeState;
}

export type CytokineAction =
  | { type: 'burden'; burden: BurdenId }
  | { type: 'show'; dosing: DosingId; on: boolean }
  | { type: 'time'; action: TimeAction }
  | { type: 'reset' };

export const CYTOKINE_DEFAULTS: CytokineState = {
  burden: 'high',
  shown: ['flat-15', 'weight-lt-45'],
  time: initialTime(CYTOKINE_TIME),
};

const schema = z.object({
  burden: z.enum(BURDEN_IDS),
  shown: z.array(z.enum(DOSING_IDS)),
  time: timeSchema,
});

export const reduceCytokine = animatedReducer<CytokineState, CytokineAction>(CYTOKINE_DEFAULTS, CYTOKINE_TIME, (state, action) => {
  switch (action.type) {
    case 'burden':
      return state.burden === action.burden ? state : { ...state, burden: action.burden };
    case 'show': {
      const has = state.shown.includes(action.dosing);
      if (has === action.on) return state;
      const shown = DOSING_IDS.filter((d) => (d === action.dosing ? action.on : state.shown.includes(d)));
      return { ...state, shown };
    }
  }
});

export const cytokineKind = defineFigureKind<CytokineState, CytokineAction>({
  component: 'CytokineFigure',
  defaultId: 'fig-cytokine',
  schema,
  defaults: CYTOKINE_DEFAULTS,
  reduce: reduceCytokine,
  fields: [
    { key: 'burden', path: ['burden'], type: { kind: 'enum', values: BURDEN_IDS }, label: 'burden' },
    { key: 'show', path: ['shown'], type: { kind: 'list', values: DOSING_IDS }, label: 'regimens drawn' },
    ...timeFields(WINDOW_DAYS, CYTOKINE_TIME.quantum, CYTOKINE_TIME.speeds),
  ],
  normalize: (s) => ({ ...s, time: fitTime(s.time, CYTOKINE_TIME) }),
  summary: (s) =>
    `${s.burden} burden; ${s.shown.length ? s.shown.map((id) => DOSING_SHORT_LABELS[id]).join(', ') : 'no regimen'} drawn; ${s.time.playing ? 'playing from' : 'paused at'} ${formatDayTime(s.time.t)}`,
});

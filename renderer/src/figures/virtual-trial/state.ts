// State of the virtual-trial figure (lesson 6): which regimen the 200 virtual relapsed patients get, which
// trial (seed), which day the waterfall shows, what colours the bars and which patient has the focus — its
// schema, defaults, pure reducer and link fields. The cohort itself is a pure function of (regimen, seed).
import * as z from 'zod/mini';
import { COHORT_DEFAULT_SEED, COHORT_DEFAULT_SIZE, type RegimenId } from '../../model';
import { defineFigureKind } from '../../state/figure-kind';

/** The regimens the reader compares (MODEL.md §6): the dose that fails, the label's step, a flat higher dose. */
export const VT_REGIMENS = ['flat-5', 'label-rr', 'flat-15'] as const satisfies readonly RegimenId[];
export type VtRegimen = (typeof VT_REGIMENS)[number];

export const COLOUR_BY = ['treg', 'burden'] as const;
export type ColourBy = (typeof COLOUR_BY)[number];

/** Days the waterfall can show: the end of cycle 1's infusion and of cycle 2's. */
export const VT_DAYS = [28, 70] as const;
export type VtDay = (typeof VT_DAYS)[number];

/** Patients in the virtual trial (MODEL.md §12). */
export const VT_COHORT_SIZE = COHORT_DEFAULT_SIZE;
/** Largest trial number a link may carry ("New trial" wraps around to 1 after it). */
export const VT_MAX_SEED = 999_999;

export interface VirtualTrialState {
  regimen: VtRegimen;
  /** The trial number: the seed of the cohort's sampler. Same seed → same patients. */
  seed: number;
  colourBy: ColourBy;
  day: VtDay;
  /** The focused patient, 1-based in sampling order (the same person under every regimen); 0 = none. */
  patient: number;
}

export type VirtualTrialAction =
  | { type: 'regimen'; regimen: VtRegimen }
  | { type: 'new-trial' }
  | { type: 'seed'; seed: number }
  | { type: 'colour'; by: ColourBy }
  | { type: 'day'; day: VtDay }
  | { type: 'focus'; patient: number }
  | { type: 'reset' };

export const VT_DEFAULTS: VirtualTrialState = {
  regimen: 'label-rr',
  seed: COHORT_DEFAULT_SEED,
  colourBy: 'treg',
  day: 28,
  patient: 0,
};

const schema = z.object({
  regimen: z.enum(VT_REGIMENS),
  seed: z.int().check(z.gte(1), z.lte(VT_MAX_SEED)),
  colourBy: z.enum(COLOUR_BY),
  day: z.union([z.literal(28), z.literal(70)]),
  patient: z.int().check(z.gte(0), z.lte(VT_COHORT_SIZE)),
});

/** The trial after `seed` ("New trial"): the next number, back to 1 after the last. */
export function nextSeed(seed: number): number {
  return seed >= VT_MAX_SEED ? 1 : seed + 1;
}

export function reduceVirtualTrial(state: VirtualTrialState, action: VirtualTrialAction): VirtualTrialState {
  switch (action.type) {
    case 'regimen':
      return !VT_REGIMENS.includes(action.regimen) || state.regimen === action.regimen ? state : { ...state, regimen: action.regimen };
    case 'new-trial':
      return { ...state, seed: nextSeed(state.seed) };
    case 'seed': {
      const ok = Number.isInteger(action.seed) && action.seed >= 1 && action.seed <= VT_MAX_SEED;
      return !ok || action.seed === state.seed ? state : { ...state, seed: action.seed };
    }
    case 'colour':
      return !COLOUR_BY.includes(action.by) || state.colourBy === action.by ? state : { ...state, colourBy: action.by };
    case 'day':
      return !VT_DAYS.includes(action.day) || state.day === action.day ? state : { ...state, day: action.day };
    case 'focus': {
      const ok = Number.isInteger(action.patient) && action.patient >= 0 && action.patient <= VT_COHORT_SIZE;
      return !ok || action.patient === state.patient ? state : { ...state, patient: action.patient };
    }
    case 'reset':
      return VT_DEFAULTS;
  }
}

export const virtualTrialKind = defineFigureKind<VirtualTrialState, VirtualTrialAction>({
  component: 'VirtualTrialFigure',
  defaultId: 'fig-virtual-trial',
  schema,
  defaults: VT_DEFAULTS,
  reduce: reduceVirtualTrial,
  fields: [
    { key: 'regimen', path: ['regimen'], type: { kind: 'enum', values: VT_REGIMENS }, label: 'regimen' },
    { key: 'trial', path: ['seed'], type: { kind: 'int', min: 1, max: VT_MAX_SEED }, label: 'trial (seed)' },
    { key: 'colour', path: ['colourBy'], type: { kind: 'enum', values: COLOUR_BY }, label: 'bar colour' },
    { key: 'day', path: ['day'], type: { kind: 'choice', values: VT_DAYS }, label: 'day shown' },
    { key: 'patient', path: ['patient'], type: { kind: 'int', min: 0, max: VT_COHORT_SIZE }, label: 'focused patient' },
  ],
  summary: (s) =>
    `virtual trial ${s.seed} on ${s.regimen}, marrow blasts at day ${s.day}, bars coloured by ${s.colourBy === 'treg' ? 'Tregs' : 'burden'}${s.patient ? `, patient ${s.patient} focused` : ''}`,
});

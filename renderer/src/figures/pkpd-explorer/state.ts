// State of the PK/PD explorer (lesson 5): regimen, the patient's clinical inputs, the view (range, drug
// axis, reference curves) and time — schema, defaults, pure reducer and link fields. The simulation and
// every chart are pure functions of this state.
import * as z from 'zod/mini';
import { PARAMETER_NAMES, REGIMEN_IDS, buildSchedule, parameters, type ParameterName, type RegimenId } from '../../model';
import { defineFigureKind, timeFields, type FieldSpec } from '../../state/figure-kind';
import { animatedReducer, fitTime, initialTime, timeConfig, timeSchema, type TimeAction, type TimeConfig, type TimeState } from '../../state/time';
import { landmarksIn, regimenLandmarks } from './landmarks';
import {
  DEFAULT_INPUTS,
  DEFAULT_RANGE,
  DEFAULT_REGIMEN,
  EXPLORER_DAYS,
  INPUT_SPECS,
  PRESETS,
  RANGES,
  clampInput,
  rangeDomain,
  rangeSpec,
  typedMinimum,
  type ExplorerInputs,
  type InputKey,
  type PresetId,
  type RangeId,
} from './scenario';

export const RANGE_IDS = RANGES.map((r) => r.id) as [RangeId, ...RangeId[]];
export const DRUG_SCALES = ['linear', 'log'] as const;

/** Rate constants the advanced panel sets (every parameter that is not a clinical input of MODEL.md §5). */
export const ADVANCED_PARAMETERS: readonly ParameterName[] = PARAMETER_NAMES.filter((name) => !parameters[name].clinical);

export type ParameterOverrides = Partial<Record<ParameterName, number>>;

export interface ExplorerState {
  regimen: RegimenId;
  inputs: ExplorerInputs;
  /** Raw rate constants set in the advanced panel (within their plausible ranges); {} = the model's defaults. */
  overrides: ParameterOverrides;
  range: RangeId;
  drugScale: (typeof DRUG_SCALES)[number];
  /** Grey curves of the default patient for comparison. */
  reference: boolean;
  time: TimeState;
}

export type ExplorerAction =
  | { type: 'regimen'; regimen: RegimenId }
  | { type: 'input'; key: InputKey; value: number }
  | { type: 'parameter'; name: ParameterName; value: number }
  | { type: 'parameters/reset' }
  | { type: 'preset'; preset: PresetId }
  | { type: 'range'; range: RangeId }
  | { type: 'drugScale'; scale: ExplorerState['drugScale'] }
  | { type: 'reference'; on: boolean }
  | { type: 'time'; action: TimeAction }
  | { type: 'reset' };

const configs = new Map<string, TimeConfig>();

/** The explorer's timeline: the chosen view range of the regimen's schedule, with its landmarks. */
export function explorerTimeConfig(state: Pick<ExplorerState, 'regimen' | 'range' | 'inputs'>): TimeConfig {
  const key = `${state.regimen}|${state.range}|${state.inputs.bsaM2}`;
  let config = configs.get(key);
  if (!config) {
    const schedule = buildSchedule(state.regimen, state.inputs.bsaM2, EXPLORER_DAYS);
    const domain = rangeDomain(state.range, schedule);
    const range = rangeSpec(state.range);
    config = timeConfig({
      startDays: domain[0],
      endDays: domain[1],
      landmarks: landmarksIn(regimenLandmarks(schedule), domain),
      daysPerSecond: range.daysPerSecond,
      stepDays: range.stepDays,
      quantum: 1 / 1440,
    });
    if (configs.size > 64) configs.clear();
    configs.set(key, config);
  }
  return config;
}

const DEFAULT_CONFIG = explorerTimeConfig({ regimen: DEFAULT_REGIMEN, range: DEFAULT_RANGE, inputs: DEFAULT_INPUTS });
const DEFAULT_TIME = initialTime(DEFAULT_CONFIG);

export const EXPLORER_DEFAULTS: ExplorerState = {
  regimen: DEFAULT_REGIMEN,
  inputs: { ...DEFAULT_INPUTS },
  overrides: {},
  range: DEFAULT_RANGE,
  drugScale: 'linear',
  reference: true,
  time: DEFAULT_TIME,
};

/** A new regimen, patient or range keeps the reader's time (clamped into the new view), paused. */
function withView(state: ExplorerState, patch: Partial<ExplorerState>): ExplorerState {
  const next = { ...state, ...patch };
  const time = fitTime({ ...state.time, playing: false }, explorerTimeConfig(next));
  return { ...next, time };
}

export const reduceExplorer = animatedReducer<ExplorerState, ExplorerAction>(EXPLORER_DEFAULTS, explorerTimeConfig, (state, action) => {
  switch (action.type) {
    case 'regimen':
      return state.regimen === action.regimen ? state : withView(state, { regimen: action.regimen });
    case 'input': {
      const value = clampInput(action.key, action.value);
      if (state.inputs[action.key] === value) return state;
      const inputs = { ...state.inputs, [action.key]: value };
      // Only the body-surface area moves the timeline (µg/m²/day labels); other inputs keep playing.
      return action.key === 'bsaM2' ? withView(state, { inputs }) : { ...state, inputs };
    }
    case 'parameter': {
      if (!ADVANCED_PARAMETERS.includes(action.name) || !Number.isFinite(action.value)) return state;
      const spec = parameters[action.name];
      const value = Math.min(spec.range[1], Math.max(spec.range[0], action.value));
      const { [action.name]: _old, ...rest } = state.overrides;
      // A value equal to the model's default is no override (one state, one link).
      const overrides: ParameterOverrides = value === spec.value ? rest : { ...rest, [action.name]: value };
      return state.overrides[action.name] === overrides[action.name] ? state : { ...state, overrides };
    }
    case 'parameters/reset':
      return Object.keys(state.overrides).length ? { ...state, overrides: {} } : state;
    case 'preset': {
      const preset = PRESETS.find((p) => p.id === action.preset);
      return preset ? withView(state, { regimen: preset.regimen, inputs: { ...preset.inputs } }) : state;
    }
    case 'range':
      return state.range === action.range ? state : withView(state, { range: action.range });
    case 'drugScale':
      return state.drugScale === action.scale ? state : { ...state, drugScale: action.scale };
    case 'reference':
      return state.reference === action.on ? state : { ...state, reference: action.on };
  }
});

const INPUT_KEYS: Record<InputKey, string> = {
  marrowBlastsPct: 'marrow',
  peripheralBlastsGPerL: 'pb',
  tregPct: 'treg',
  tCellsPerUl: 'tcells',
  bsaM2: 'bsa',
};

const inputFields: FieldSpec[] = INPUT_SPECS.map((spec) => ({
  key: INPUT_KEYS[spec.key],
  path: ['inputs', spec.key],
  type: { kind: 'number', min: typedMinimum(spec), max: spec.max },
  label: spec.label,
}));

const advancedFields: FieldSpec[] = ADVANCED_PARAMETERS.map((name) => ({
  key: `k-${name}`,
  path: ['overrides', name],
  type: { kind: 'number', min: parameters[name].range[0], max: parameters[name].range[1] },
  label: `rate constant ${name}`,
}));

const schema = z.object({
  regimen: z.enum(REGIMEN_IDS as unknown as [RegimenId, ...RegimenId[]]),
  overrides: z.partialRecord(z.enum(ADVANCED_PARAMETERS as unknown as [ParameterName, ...ParameterName[]]), z.number()),
  inputs: z.object(Object.fromEntries(INPUT_SPECS.map((s) => [s.key, z.number().check(z.gte(typedMinimum(s)), z.lte(s.max))])) as Record<InputKey, z.ZodMiniNumber>),
  range: z.enum(RANGE_IDS),
  drugScale: z.enum(DRUG_SCALES),
  reference: z.boolean(),
  time: timeSchema,
});

export const explorerKind = defineFigureKind<ExplorerState, ExplorerAction>({
  component: 'PkPdExplorer',
  defaultId: 'fig-pkpd-explorer',
  schema: schema as unknown as z.ZodMiniType<ExplorerState>,
  defaults: EXPLORER_DEFAULTS,
  reduce: reduceExplorer,
  fields: [
    { key: 'regimen', path: ['regimen'], type: { kind: 'enum', values: REGIMEN_IDS }, label: 'regimen' },
    ...inputFields,
    ...advancedFields,
    { key: 'range', path: ['range'], type: { kind: 'enum', values: RANGE_IDS }, label: 'view range' },
    { key: 'scale', path: ['drugScale'], type: { kind: 'enum', values: DRUG_SCALES }, label: 'drug axis' },
    { key: 'ref', path: ['reference'], type: { kind: 'bool' }, label: 'reference curves' },
    ...timeFields(EXPLORER_DAYS, 1 / 1440, DEFAULT_CONFIG.speeds),
  ],
  check: (s) => {
    const c = explorerTimeConfig(s);
    return s.time.t < c.startDays || s.time.t > c.endDays ? `time ${s.time.t} lies outside the ${s.range} view (days ${c.startDays}–${c.endDays})` : null;
  },
  normalize: (s) => ({
    ...s,
    // a link may name a default value: no override then (the reducer keeps it that way too)
    overrides: Object.fromEntries(Object.entries(s.overrides).filter(([name, v]) => v !== parameters[name as ParameterName].value)),
    time: fitTime(s.time, explorerTimeConfig(s)),
  }),
});

// The PK/PD explorer's scenario: clinical inputs with their slider specs, the MODEL.md §8 presets, the
// view ranges, and the mapping of (regimen, inputs) to a simulation input through the model's fromClinical.
import {
  REGIMEN_IDS, SCENARIOS, SCENARIO_IDS, fromClinical, isRegimenId, metrics, regimens, simulate,
  type ClinicalInputs, type Metrics, type ParameterName, type ScenarioId, type RateSchedule, type RegimenId, type SimulationInput, type Trajectory,
} from '../../model';
import { regimenLandmarks, type RegimenLandmark } from './landmarks';

/** Simulated span of the explorer: two cycles of 28 infusion days + 14 days off. */
export const EXPLORER_DAYS = 84;

/** The clinical inputs the explorer sets (all of MODEL.md §5, in clinical units). */
export interface ExplorerInputs {
  marrowBlastsPct: number;
  peripheralBlastsGPerL: number;
  tregPct: number;
  tCellsPerUl: number;
  bsaM2: number;
}

export type InputKey = keyof ExplorerInputs;

export interface InputSpec {
  key: InputKey;
  /** Visible label and stable accessible name of the slider, e.g. "Marrow blasts (%)". */
  label: string;
  /** Unit written after a value ("%", "× 10⁹/L" …). */
  unit: string;
  min: number;
  max: number;
  /** Step of the linear slider (ignored for log sliders, which move in SLIDER_LOG_STEPS per decade). */
  step: number;
  scale: 'linear' | 'log';
  /** One line of help shown under the input. */
  hint: string;
}

/** Positions per decade of a log slider. */
export const SLIDER_LOG_STEPS = 100;

export const INPUT_SPECS: readonly InputSpec[] = [
  { key: 'marrowBlastsPct', label: 'Marrow blasts (%)', unit: '%', min: 0.01, max: 100, step: 0.01, scale: 'log', hint: 'MRD level 0.01–0.1 %; pre-phase rule ≥ 50 %' },
  { key: 'peripheralBlastsGPerL', label: 'Peripheral blasts (× 10⁹/L)', unit: '× 10⁹/L', min: 0, max: 50, step: 0.1, scale: 'linear', hint: 'pre-phase rule > 15 × 10⁹/L' },
  { key: 'tregPct', label: 'Treg (% of CD4⁺)', unit: '%', min: 0, max: 40, step: 0.5, scale: 'linear', hint: 'brake halves expansion and killing at 8.5 %' },
  { key: 'tCellsPerUl', label: 'Baseline T cells (/µL)', unit: '/µL', min: 100, max: 3000, step: 50, scale: 'linear', hint: 'blood T cells before the first dose' },
  { key: 'bsaM2', label: 'Body-surface area (m²)', unit: 'm²', min: 0.37, max: 2.6, step: 0.01, scale: 'linear', hint: 'scales clearance and volume; converts µg/m²/day' },
];

export const INPUT_SPEC_BY_KEY: Readonly<Record<InputKey, InputSpec>> = Object.fromEntries(INPUT_SPECS.map((s) => [s.key, s])) as Record<InputKey, InputSpec>;

/** Lowest value a typed number may take (log sliders bottom out above zero, typing may reach 0). */
export function typedMinimum(spec: InputSpec): number {
  return spec.key === 'marrowBlastsPct' ? 0 : spec.min;
}

/** The R/R defaults of the model (MODEL.md §4/§8) in clinical units (the model's R/R scenario). */
export const DEFAULT_INPUTS: Readonly<ExplorerInputs> = SCENARIOS.rr.clinical;

export const DEFAULT_REGIMEN: RegimenId = SCENARIOS.rr.regimen;

export type PresetId = ScenarioId;

export interface Preset {
  id: PresetId;
  /** Button text. */
  label: string;
  /** What the preset sets, in words (button description). */
  summary: string;
  inputs: Readonly<ExplorerInputs>;
  regimen: RegimenId;
}

/** The calibration scenarios of MODEL.md §8 (owned by the model), each on the regimen it is usually shown on. */
export const PRESETS: readonly Preset[] = SCENARIO_IDS.map((id) => {
  const s = SCENARIOS[id];
  return { id, label: s.label, summary: s.description, inputs: s.clinical, regimen: s.regimen };
});

/** The preset the current scenario equals, if any. */
export function matchingPreset(regimen: RegimenId, inputs: ExplorerInputs): PresetId | null {
  for (const preset of PRESETS) {
    if (preset.regimen !== regimen) continue;
    if (INPUT_SPECS.every((s) => inputs[s.key] === preset.inputs[s.key])) return preset.id;
  }
  return null;
}

/** Clamps a value into an input's allowed range (NaN → the default). */
export function clampInput(key: InputKey, value: number): number {
  const spec = INPUT_SPEC_BY_KEY[key];
  if (!Number.isFinite(value)) return DEFAULT_INPUTS[key];
  return Math.min(spec.max, Math.max(typedMinimum(spec), value));
}

/** Number of slider positions (the slider's max; its min is 0). */
export function sliderPositions(spec: InputSpec): number {
  if (spec.scale === 'log') return Math.round(Math.log10(spec.max / spec.min) * SLIDER_LOG_STEPS);
  return Math.round((spec.max - spec.min) / spec.step);
}

/** Rounds to `digits` significant digits. */
export function roundSignificant(value: number, digits: number): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  return Number(value.toPrecision(digits));
}

/**
 * Value of a slider position. Log sliders round to 2 significant digits (so 0.1, 0.5 and 50 are exact)
 * unless that would move the value to a neighbouring position; then to 3. Every position therefore maps
 * to a distinct value that maps back to it, so arrow keys never stick.
 */
export function valueAtPosition(spec: InputSpec, position: number): number {
  const n = sliderPositions(spec);
  const p = Math.min(n, Math.max(0, Math.round(position)));
  if (spec.scale === 'log') {
    const exact = spec.min * 10 ** (p / SLIDER_LOG_STEPS);
    for (const digits of [2, 3, 4]) {
      const rounded = roundSignificant(exact, digits);
      if (positionOfValue(spec, rounded) === p) return rounded;
    }
    return exact;
  }
  // round away binary noise of min + p·step
  return Number((spec.min + p * spec.step).toFixed(6));
}

/** Slider position nearest to a value (values below a log slider's minimum sit at position 0). */
export function positionOfValue(spec: InputSpec, value: number): number {
  const n = sliderPositions(spec);
  if (spec.scale === 'log') {
    if (!(value > spec.min)) return 0;
    return Math.min(n, Math.round(Math.log10(value / spec.min) * SLIDER_LOG_STEPS));
  }
  return Math.min(n, Math.max(0, Math.round((value - spec.min) / spec.step)));
}

/** The model's clinical inputs (MODEL.md §5) for the explorer's inputs. */
export function clinicalInputs(inputs: ExplorerInputs): ClinicalInputs {
  return {
    marrowBlastsPct: inputs.marrowBlastsPct,
    peripheralBlastsGPerL: inputs.peripheralBlastsGPerL,
    tregPct: inputs.tregPct,
    tCellsPerUl: inputs.tCellsPerUl,
    bsaM2: inputs.bsaM2,
  };
}

/** The simulation input of a scenario: two cycles, the inputs mapped to parameters by fromClinical, plus any raw rate constants. */
export function simulationInput(regimen: RegimenId, inputs: ExplorerInputs, overrides: Readonly<Partial<Record<ParameterName, number>>> = {}): SimulationInput {
  return { regimen, days: EXPLORER_DAYS, parameters: { ...fromClinical(clinicalInputs(inputs)), ...overrides } };
}

/** One simulated scenario: the trajectory and the regimen's landmarks (metrics are computed apart). */
export interface ScenarioRun {
  regimenId: RegimenId;
  inputs: ExplorerInputs;
  /** Raw rate constants set apart from the model's defaults. */
  overrides: Readonly<Partial<Record<ParameterName, number>>>;
  trajectory: Trajectory;
  landmarks: RegimenLandmark[];
}

/** Simulates a scenario synchronously (~2 ms) and derives the regimen's landmarks from its schedule. */
export function runScenario(regimenId: RegimenId, inputs: ExplorerInputs, overrides: Readonly<Partial<Record<ParameterName, number>>> = {}): ScenarioRun {
  const trajectory = simulate(simulationInput(regimenId, inputs, overrides));
  return { regimenId, inputs, overrides, trajectory, landmarks: regimenLandmarks(trajectory.schedule) };
}

/** The model's §7 metrics of a run. */
export function runMetrics(run: ScenarioRun): Metrics {
  return metrics(run.trajectory);
}

let referenceRun: ScenarioRun | null = null;

/** The grey reference curves: the default scenario (R/R defaults on label-rr), simulated once. */
export function defaultScenarioRun(): ScenarioRun {
  referenceRun ??= runScenario(DEFAULT_REGIMEN, DEFAULT_INPUTS);
  return referenceRun;
}

/** Regimen choices of the picker: every regimen of MODEL.md §6, by its name. */
export const REGIMEN_CHOICES: readonly { id: RegimenId; name: string; description: string }[] = REGIMEN_IDS.map((id) => ({
  id,
  name: regimens[id].name,
  description: regimens[id].description,
}));

export function parseRegimen(value: string): RegimenId {
  return isRegimenId(value) ? value : DEFAULT_REGIMEN;
}

// ── view ranges ──

export type RangeId = 'first-3-days' | 'cycle-1' | 'two-cycles';

export interface RangeSpec {
  id: RangeId;
  label: string;
  /** Simulated days per wall-clock second at speed 1. */
  daysPerSecond: number;
  /** One step of the time controls (also the reduced-motion frame spacing). */
  stepDays: number;
}

export const RANGES: readonly RangeSpec[] = [
  { id: 'first-3-days', label: 'First 3 days', daysPerSecond: 0.25, stepDays: 1 / 24 },
  { id: 'cycle-1', label: 'Cycle 1', daysPerSecond: 3, stepDays: 0.5 },
  { id: 'two-cycles', label: 'Two cycles', daysPerSecond: 6, stepDays: 1 },
];

export const DEFAULT_RANGE: RangeId = 'two-cycles';

export function rangeSpec(id: RangeId): RangeSpec {
  return RANGES.find((r) => r.id === id) ?? RANGES[RANGES.length - 1]!;
}

/**
 * The time window of a range, derived from the schedule: the first 3 days of infusion, cycle 1 up to
 * the start of cycle 2 (28 days on + 14 off), or the whole run.
 */
export function rangeDomain(id: RangeId, schedule: RateSchedule): [number, number] {
  const end = schedule.endDay;
  if (id === 'first-3-days') return [0, Math.min(3, end)];
  if (id === 'cycle-1') return [0, Math.min(schedule.cycleStartsDays[1] ?? end, end)];
  return [0, end];
}

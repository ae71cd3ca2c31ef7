// The named patient scenarios of MODEL.md §8 as data, owned by the model: R/R (the defaults), MRD and
// high burden. Lessons, figures and the calibration tests read them from here (one definition).

import type { ClinicalInputs } from './clinical';
import { resolveParameters, type ParameterName, type ParameterValues } from './parameters';
import type { RegimenId } from './regimens';
import type { SimulationInput } from './simulate';

export type ScenarioId = 'rr' | 'mrd' | 'high-burden';

/** The scenario ids, in the order figures list them. */
export const SCENARIO_IDS: readonly ScenarioId[] = Object.freeze(['rr', 'mrd', 'high-burden'] as const);

export interface Scenario {
  readonly id: ScenarioId;
  /** Human label for buttons and legends, e.g. "R/R (default)". */
  readonly label: string;
  /** What the scenario sets, in words. */
  readonly description: string;
  /** Parameter overrides of the §4 defaults (MODEL.md §8); {} for R/R. */
  readonly parameters: Readonly<Partial<Record<ParameterName, number>>>;
  /**
   * Every clinical input of §5 in clinical units (marrow blasts %, blood blasts × 10⁹/L, Treg %,
   * T cells /µL, BSA m²): `fromClinical(clinical)` gives exactly the scenario's parameters.
   */
  readonly clinical: Readonly<Required<ClinicalInputs>>;
  /** The regimen the scenario is usually shown on (and the one its calibration targets use). */
  readonly regimen: RegimenId;
}

const defaults = resolveParameters();

function clinicalOf(overrides: Partial<Record<ParameterName, number>>): Readonly<Required<ClinicalInputs>> {
  const p = { ...defaults, ...overrides };
  return Object.freeze({
    marrowBlastsPct: p.x0 * 100,
    peripheralBlastsGPerL: p.pbBlasts0 / 1000,
    tregPct: p.treg,
    tCellsPerUl: p.t0,
    bsaM2: p.bsa,
  });
}

function scenario(s: Omit<Scenario, 'clinical'>): Scenario {
  return Object.freeze({ ...s, parameters: Object.freeze({ ...s.parameters }), clinical: clinicalOf(s.parameters) });
}

/** MODEL.md §8: MRD = x0 0.001, pbBlasts0 0, treg 4; R/R = defaults (x0 0.5, pbBlasts0 1000); high burden = x0 0.8. */
export const SCENARIOS: Readonly<Record<ScenarioId, Scenario>> = Object.freeze({
  rr: scenario({
    id: 'rr',
    label: 'R/R (default)',
    description: 'relapsed/refractory defaults: marrow blasts 50 %, blood blasts 1 × 10⁹/L, Treg 5 %, on label-rr',
    parameters: {},
    regimen: 'label-rr',
  }),
  mrd: scenario({
    id: 'mrd',
    label: 'MRD-positive',
    description: 'MRD-positive: marrow blasts 0.1 %, no blood blasts, Treg 4 %, on the mrd regimen',
    parameters: { x0: 0.001, pbBlasts0: 0, treg: 4 },
    regimen: 'mrd',
  }),
  'high-burden': scenario({
    id: 'high-burden',
    label: 'High burden',
    description: 'high burden: marrow blasts 80 %, on label-rr',
    parameters: { x0: 0.8 },
    regimen: 'label-rr',
  }),
});

export function isScenarioId(id: string): id is ScenarioId {
  return (SCENARIO_IDS as readonly string[]).includes(id);
}

/** The complete, validated parameter set of a scenario (defaults overlaid with its overrides, then `extra`). */
export function scenarioParameters(id: ScenarioId, extra?: Readonly<Partial<Record<ParameterName, number>>>): ParameterValues {
  return resolveParameters(SCENARIOS[id].parameters, extra);
}

/**
 * The simulate() input of a scenario: its regimen unless another is given, `days` (default 84: two
 * cycles), its parameter overrides plus `parameters` (applied after the scenario's).
 */
export function scenarioInput(
  id: ScenarioId,
  options: { regimen?: RegimenId; days?: number; parameters?: Readonly<Partial<Record<ParameterName, number>>>; outputStepMinutes?: number } = {},
): SimulationInput {
  const s = SCENARIOS[id];
  const input: SimulationInput = {
    regimen: options.regimen ?? s.regimen,
    days: options.days ?? 84,
    parameters: { ...s.parameters, ...options.parameters },
  };
  return options.outputStepMinutes === undefined ? input : { ...input, outputStepMinutes: options.outputStepMinutes };
}

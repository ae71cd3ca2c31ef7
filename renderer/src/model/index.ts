// Public entry of the shared kinetics model (MODEL.md): simulate, parameters, regimens, metrics,
// clinical inputs and the agent-based serial-lysis micro-model. Pure TypeScript, no DOM, no clock.

export const MODEL_DISCLAIMER = 'Illustrative — not for dosing decisions.';

export { ModelInputError } from './errors';
export {
  parameters, PARAMETER_NAMES, defaultParameterValues, resolveParameters, isParameterName, validateParameterValue,
  type ParameterName, type ParameterValues, type ParameterSpec, type ParameterTable, type ProvenanceTag,
  type CitationKey, type ParameterDomain,
} from './parameters';
export {
  regimens, REGIMEN_IDS, isRegimenId, customRegimen, resolveRegimen, buildSchedule, changePoints, rateAt,
  segmentRateUgPerDay, INTERRUPTION_NEW_CYCLE_AFTER_DAYS,
  type RegimenId, type Regimen, type DoseSegment, type DoseUnit, type CustomRegimenSpec, type RegimenInput,
  type Interruption, type RateSchedule,
} from './regimens';
export { fromClinical, needsPrePhase, type ClinicalInputs } from './clinical';
export {
  pkConstants, steadyStatePgPerMl, concentrationAt, killingEngagement, activationSignal, tregBrake,
  hoursToFractionOfSteadyState, hoursToFallBelow,
} from './pk';
export {
  simulate, parametersFor, Trajectory, DEFAULT_RTOL, DEFAULT_OUTPUT_STEP_MINUTES,
  type SimulationInput, type TrajectoryPoint,
} from './simulate';
export {
  metrics, CRS_BANDS, crsBandFor, CR_LIKE_MAX_BLASTS, MRD_NEGATIVE_MAX_BLASTS,
  type Metrics, type CrsBand, type ResponseLabel, type DoseLevelMetric, type StopMetric, type CyclePeakMetric,
  type StepBumpMetric, type TCellDipMetric, type PeakMetric,
} from './metrics';
export {
  createLysisWorld, LysisWorld, AGENT_KIND, T_STATE, CELL_STATE, DEFAULT_LYSIS_SETTINGS,
  type LysisWorldOptions, type LysisSettings, type LysisCounters, type LysisSnapshot,
} from './lysis';
export { Mulberry32 } from './prng';
export { BLINATUMOMAB_MW_G_PER_MOL, BINDING, picogramsPerMlToMolar, receptorOccupancy, type BindingConstant } from './binding';
export { IntegrationError, type IntegratorStats } from './dopri5';
export { STATE_NAMES, type StateName } from './ode';

// Public entry of the shared kinetics model (MODEL.md): simulate, parameters, regimens, metrics, clinical
// inputs, scenarios, clinical constants, the virtual cohort and the agent-based serial-lysis micro-model.
// Pure TypeScript, no DOM, no clock.

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
  pkConstants, steadyStatePgPerMl, concentrationAt, concentrationsAt, killingEngagement, marrowEngagement, activationSignal, tregBrake,
  hoursToFractionOfSteadyState, hoursToFallBelow,
} from './pk';
export {
  simulate, parametersFor, Trajectory, DEFAULT_RTOL, DEFAULT_OUTPUT_STEP_MINUTES, MAX_DAYS, DEFAULT_MAX_STEPS, MAX_OUTPUT_POINTS,
  type SimulationInput, type TrajectoryPoint,
} from './simulate';
export {
  metrics, seriesExtremum, CRS_BANDS, crsBandFor, CNS_RISK_EXPOSURE_WINDOW_DAYS, type SeriesKey,
  type Metrics, type CrsBand, type DoseLevelMetric, type StopMetric, type CyclePeakMetric,
  type StepBumpMetric, type TCellDipMetric, type PeakMetric, type CnsRiskIndexMetric, type CnsRiskExposureMetric, type CnsRiskStepPeakMetric,
} from './metrics';
export {
  CR_LIKE_MAX_BLASTS, MRD_NEGATIVE_MAX_BLASTS, EC90_LEUKAEMIA_PG_PER_ML, BLINATUMOMAB_MASS_KDA, BLINATUMOMAB_MW_G_PER_MOL,
  CLINICAL_CONSTANT_SOURCES, isCrLike, isMrdNegative, responseLabel, fractionToPercent, percentToFraction,
  type ResponseLabel,
} from './clinical-constants';
export {
  SCENARIOS, SCENARIO_IDS, isScenarioId, scenarioParameters, scenarioInput, type ScenarioId, type Scenario,
} from './scenarios';
export {
  runCohort, runCohortPatient, sampleCohort, samplePatient, summarizeCohort, resolveCohortSpec, CohortRunner, NormalStream,
  COHORT_ARMS, COHORT_DEFAULT_SIZE, COHORT_DEFAULT_SEED, COHORT_MAX_SIZE, COHORT_OUTPUT_STEP_MINUTES, COHORT_DEFAULT_REGIMEN,
  COHORT_DAYS,
  type CohortArm, type CohortSpec, type CohortPatient, type CohortPatientInputs, type CohortSummary, type CohortResult,
  type CohortProgress,
} from './cohort';
export {
  createLysisWorld, LysisWorld, AGENT_KIND, T_STATE, CELL_STATE, DEFAULT_LYSIS_SETTINGS,
  type AgentKind, type LysisWorldOptions, type LysisSettings, type LysisCounters, type LysisSnapshot,
} from './lysis';
export { Mulberry32 } from './prng';
export { BINDING, picogramsPerMlToMolar, receptorOccupancy, type BindingConstant } from './binding';
export { IntegrationError, type IntegratorStats } from './dopri5';
export { STATE_NAMES, type StateName } from './ode';
export {
  CALIBRATION_TARGETS, TARGET_GROUPS, CalibrationRuns, findTarget, formatSignificant,
  type CalibrationTarget, type TargetGroup, type TargetResult, type TargetRun,
} from './targets';
export { MODEL_STATES, MODEL_EQUATIONS, type ModelState, type ModelEquation, type EquationKind } from './equations';

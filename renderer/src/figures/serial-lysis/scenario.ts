// Serial-lysis figure: the reader's settings → the agent model's world options, the population model's
// prediction for the same well (ODE), and the T-cell expansion scenario. Pure functions, no DOM.
import {
  SCENARIOS,
  buildSchedule,
  concentrationAt,
  killingEngagement,
  regimens,
  resolveParameters,
  steadyStatePgPerMl,
  segmentRateUgPerDay,
  tregBrake,
  DEFAULT_LYSIS_SETTINGS,
  type LysisSettings,
  type LysisWorldOptions,
  type ParameterValues,
  type RegimenId,
  type SimulationInput,
} from '../../model';

/** One simulated step of the micro-world [min]; the world is only ever advanced in whole steps. */
export const STEP_MINUTES = 0.5;
/** Span of the micro-world's clock [h] (an in-vitro well watched for two days). */
export const SPAN_HOURS = 48;
export const SPAN_MINUTES = SPAN_HOURS * 60;
/** Simulated minutes per wall-clock second at speed 1×. */
export const MINUTES_PER_SECOND = 20;
/** Size of one step forward/back, and the reduced-motion frame spacing [min]. */
export const STEP_BUTTON_MINUTES = 15;
/** Share of the non-T cells that are CD19⁻ bystanders (normal cells of the sample). */
export const BYSTANDER_SHARE = 0.2;
/** The lesson's in-vitro reference experiment (Hoffmann 2005) and its time points. */
export const LANDMARK_HOURS: readonly { hours: number; label: string }[] = [
  { hours: 4, label: '4 h' },
  { hours: 9, label: '9 h' },
  { hours: 24, label: '24 h' },
  { hours: 48, label: '48 h' },
];

/** Effector:target ratios offered: T cells per leukaemic cell written as "E:T" (ids as links write them). */
export const ET_OPTIONS: readonly { id: string; label: string; targetsPerTCell: number }[] = [
  { id: '2-1', label: '2:1', targetsPerTCell: 0.5 },
  { id: '1-1', label: '1:1', targetsPerTCell: 1 },
  { id: '1-2', label: '1:2', targetsPerTCell: 2 },
  { id: '1-5', label: '1:5', targetsPerTCell: 5 },
  { id: '1-10', label: '1:10', targetsPerTCell: 10 },
];
export const CELL_COUNT_OPTIONS: readonly number[] = [200, 500, 2000];
/** In-vitro drug levels on a 1-2-5 log ladder [pg/mL]; 20 pg/mL is the model's EC50 of killing. */
export const CONCENTRATION_STEPS_PG_PER_ML: readonly number[] = [0, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];
/** The regimen used for "time in a regimen" (label's day 1 = model day 0). */
export const PATIENT_REGIMEN: RegimenId = 'label-rr';
export const MAX_TREATMENT_DAY = 28;
export const MAX_TREG_PCT = 20;
export const MAX_ESCAPE_PCT = 50;

/** MODEL.md §8 "MRD" scenario (marrow blasts 0.1 %, no blood blasts, Treg 4 %). */
export const MRD_SCENARIO = SCENARIOS.mrd.parameters;
export const EXPANSION_DAYS = 28;

export type DrugMode = 'fixed' | 'regimen';

/** Everything the reader can set; a change of any field starts a new world. */
export interface LysisFigureSettings {
  etId: string;
  cells: number;
  drugMode: DrugMode;
  /** Index into CONCENTRATION_STEPS_PG_PER_ML (fixed mode). */
  concentrationIndex: number;
  /** Day of label-rr at which the well is sampled, label numbering (1 = first day of infusion). */
  treatmentDay: number;
  tregPct: number;
  escapePct: number;
  seed: number;
}

export const DEFAULT_SETTINGS: Readonly<LysisFigureSettings> = Object.freeze({
  etId: '1-5',
  cells: 500,
  drugMode: 'fixed',
  concentrationIndex: CONCENTRATION_STEPS_PG_PER_ML.indexOf(100),
  treatmentDay: 1,
  tregPct: 5,
  escapePct: 0,
  seed: 1,
});

export function etOption(etId: string): (typeof ET_OPTIONS)[number] {
  const found = ET_OPTIONS.find((o) => o.id === etId);
  if (!found) throw new Error(`unknown E:T ratio "${etId}"`);
  return found;
}

export interface CellComposition {
  nT: number;
  /** CD19⁺ targets + CD19⁻ escape clone. */
  leukaemic: number;
  nTargets: number;
  nEscape: number;
  nBystanders: number;
  total: number;
  /** Exactly nT / leukaemic, so the world reproduces the counts. */
  effectorToTarget: number;
  /** Exactly nBystanders / leukaemic. */
  bystanderFraction: number;
}

/**
 * Splits `totalCells` into T cells, leukaemic cells (targets per T cell as chosen) and bystanders
 * (BYSTANDER_SHARE of the non-T cells), so that the world holds exactly `totalCells` agents.
 */
export function cellComposition(totalCells: number, targetsPerTCell: number, escapeFraction: number): CellComposition {
  const bystandersPerLeukaemic = BYSTANDER_SHARE / (1 - BYSTANDER_SHARE);
  const nT = Math.max(1, Math.round(totalCells / (1 + targetsPerTCell * (1 + bystandersPerLeukaemic))));
  const leukaemic = Math.max(1, Math.round(nT * targetsPerTCell));
  const nBystanders = Math.max(0, totalCells - nT - leukaemic);
  const nEscape = Math.round(leukaemic * escapeFraction);
  return {
    nT,
    leukaemic,
    nTargets: leukaemic - nEscape,
    nEscape,
    nBystanders,
    total: nT + leukaemic + nBystanders,
    effectorToTarget: nT / leukaemic,
    bystanderFraction: nBystanders / leukaemic,
  };
}

/** The agent model's options for the reader's settings. */
export function worldOptions(s: LysisFigureSettings): LysisWorldOptions {
  const c = cellComposition(s.cells, etOption(s.etId).targetsPerTCell, s.escapePct / 100);
  const common = {
    seed: s.seed,
    nT: c.nT,
    effectorToTarget: c.effectorToTarget,
    bystanderFraction: c.bystanderFraction,
    escapeFraction: s.escapePct / 100,
    tregPct: s.tregPct,
  };
  if (s.drugMode === 'regimen') return { ...common, regimen: PATIENT_REGIMEN, startDay: s.treatmentDay - 1 };
  return { ...common, concentrationPgPerMl: fixedConcentration(s) };
}

export function fixedConcentration(s: Pick<LysisFigureSettings, 'concentrationIndex'>): number {
  const i = Math.min(CONCENTRATION_STEPS_PG_PER_ML.length - 1, Math.max(0, Math.round(s.concentrationIndex)));
  return CONCENTRATION_STEPS_PG_PER_ML[i]!;
}

/** Model parameters of the well (Treg from the settings, everything else the shared defaults). */
export function wellParameters(s: Pick<LysisFigureSettings, 'tregPct'>): ParameterValues {
  return resolveParameters({ treg: s.tregPct });
}

/** Drug level [pg/mL] as a function of the micro-world's minutes, for the settings. */
export function concentrationFunction(s: LysisFigureSettings): (minutes: number) => number {
  if (s.drugMode === 'fixed') {
    const c = fixedConcentration(s);
    return () => c;
  }
  const p = wellParameters(s);
  const startDay = s.treatmentDay - 1;
  const schedule = buildSchedule(PATIENT_REGIMEN, p.bsa, startDay + SPAN_HOURS / 24 + 1);
  return (minutes) => concentrationAt(schedule, p, startDay + minutes / 1440);
}

/** The label-rr infusion rate [µg/day] on a given label day, and its steady-state level [pg/mL]. */
export function regimenDose(treatmentDay: number): { rateUgPerDay: number; cssPgPerMl: number } {
  const p = resolveParameters();
  const day = treatmentDay - 1;
  const seg = regimens[PATIENT_REGIMEN].cycle1.find((g) => day >= g.startDay && day < g.endDay);
  const rate = seg ? segmentRateUgPerDay(seg, p.bsa) : 0;
  return { rateUgPerDay: rate, cssPgPerMl: steadyStatePgPerMl(rate, p) };
}

/**
 * Targets a searching T cell must "see" before its search costs as much time as one kill cycle:
 * the half-saturation constant K of the population model's B/(B + K) term, for this well.
 * A T cell crawling at v with contact radius r sweeps 2·r·v of area per minute; a contact engages
 * with probability Ek; the kill cycle lasts H = 1440/(kSerial·Ek·fT) min. Search time
 * τ = A/(B·2rv·Ek) equals K/B·H when K = A·kSerial·fT/(1440·2rv) — Ek cancels.
 */
export function searchLimitTargets(areaUm2: number, p: Pick<ParameterValues, 'kSerial'>, fT: number, settings: Pick<LysisSettings, 'contactDistanceUm' | 'tSpeedUmPerMin'> = DEFAULT_LYSIS_SETTINGS): number {
  return (areaUm2 * p.kSerial * fT) / (1440 * 2 * settings.contactDistanceUm * settings.tSpeedUmPerMin);
}

export interface WellPrediction {
  /** Output times [min], every `outputEveryMinutes`. */
  minutes: Float64Array;
  /** Surviving CD19⁺ targets, % of the initial number. */
  survivingPct: Float64Array;
  /** Search limit K [targets]. */
  searchLimitTargets: number;
  fT: number;
}

/**
 * The population model's serial-killing term applied to the well: with no turnover and no expansion
 * in vitro, dB/dt = −kSerial·Ek(C(t))·fT · T · B/(B + K), integrated (RK4, 0.5-min steps) for the
 * world's T cells and CD19⁺ targets, K from searchLimitTargets.
 */
export function predictWell(input: {
  nT: number;
  nTargets: number;
  areaUm2: number;
  tregPct: number;
  concentration: (minutes: number) => number;
  spanMinutes?: number;
  outputEveryMinutes?: number;
  settings?: Pick<LysisSettings, 'contactDistanceUm' | 'tSpeedUmPerMin'>;
}): WellPrediction {
  const p = wellParameters(input);
  const fT = tregBrake(p);
  const K = searchLimitTargets(input.areaUm2, p, fT, input.settings);
  const span = input.spanMinutes ?? SPAN_MINUTES;
  const every = input.outputEveryMinutes ?? 5;
  const n = Math.floor(span / every) + 1;
  const minutes = new Float64Array(n);
  const survivingPct = new Float64Array(n);
  const b0 = input.nTargets;
  const rate = (tMin: number, b: number): number => {
    if (b <= 0) return 0;
    const perTPerMin = (p.kSerial * killingEngagement(input.concentration(tMin), p) * fT) / 1440;
    return -perTPerMin * input.nT * (b / (b + K));
  };
  const h = STEP_MINUTES;
  const sub = Math.round(every / h);
  let b = b0;
  let t = 0;
  for (let i = 0; i < n; i++) {
    minutes[i] = i * every;
    survivingPct[i] = b0 > 0 ? (100 * b) / b0 : 0;
    if (i === n - 1) break;
    for (let s = 0; s < sub; s++) {
      const k1 = rate(t, b);
      const k2 = rate(t + h / 2, b + (h / 2) * k1);
      const k3 = rate(t + h / 2, b + (h / 2) * k2);
      const k4 = rate(t + h, b + h * k3);
      b = Math.max(0, b + (h / 6) * (k1 + 2 * k2 + 2 * k3 + k4));
      t += h;
    }
  }
  return { minutes, survivingPct, searchLimitTargets: K, fT };
}

/** simulate() input for the T-cell expansion chart: the MRD scenario with the reader's Treg %. */
export function expansionInput(tregPct: number, drugMode: DrugMode): SimulationInput {
  return {
    regimen: drugMode === 'regimen' ? PATIENT_REGIMEN : 'mrd',
    days: EXPANSION_DAYS,
    parameters: { ...MRD_SCENARIO, treg: tregPct },
    outputStepMinutes: 30,
  };
}

/** "9 h 05 min" from simulated minutes (the micro-world's clock). */
export function formatWellTime(minutes: number): string {
  const total = Math.round(minutes);
  const h = Math.floor(total / 60);
  const m = total - h * 60;
  return `${h} h ${String(m).padStart(2, '0')} min`;
}

/** "100 pg/mL", "0.5 pg/mL", "1 000 pg/mL": drug levels for people. */
export function formatPgPerMl(c: number): string {
  const v = c >= 100 ? Math.round(c) : c >= 10 ? Math.round(c) : Number(c.toPrecision(2));
  return `${v >= 1000 ? v.toLocaleString('en-GB').replace(',', ' ') : v} pg/mL`;
}

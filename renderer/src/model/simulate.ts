// simulate(): integrates the kinetics model piecewise between regimen change points (Dormand–Prince 5(4))
// and returns a Trajectory on the uniform output grid plus every change point, with accurate at(t).

import { type ClinicalInputs, fromClinical } from './clinical';
import { Dopri5, type IntegratorStats } from './dopri5';
import { ModelInputError, requireFinite } from './errors';
import { KineticsSystem, STATE_COUNT } from './ode';
import { type ParameterName, type ParameterValues, resolveParameters } from './parameters';
import { buildSchedule, rateAt, type Interruption, type RateSchedule, type Regimen, type RegimenInput, resolveRegimen } from './regimens';

export interface SimulationInput {
  /** A regimen id of MODEL.md §6, a Regimen, or a custom regimen spec. */
  readonly regimen: RegimenInput;
  /** Simulated time span [days] (> 0). */
  readonly days: number;
  /** Clinical inputs (§5), applied before `parameters`. */
  readonly clinical?: ClinicalInputs;
  /** Parameter overrides by name (§4). Unknown names, negative or non-finite values are rejected. */
  readonly parameters?: Readonly<Partial<Record<ParameterName, number>>>;
  /** Infusion interruptions (absolute days), following the label's ≤ 7-day / > 7-day rule. */
  readonly interruptions?: readonly Interruption[];
  /** Uniform output step [minutes] (> 0); default 15. */
  readonly outputStepMinutes?: number;
  /** Integrator relative tolerance (advanced); default DEFAULT_RTOL. */
  readonly rtol?: number;
  /** Most integrator steps, accepted + rejected (advanced; 1 000 … DEFAULT_MAX_STEPS). Beyond it: IntegrationError. */
  readonly maxSteps?: number;
}

/** Default relative tolerance of the adaptive integrator. */
export const DEFAULT_RTOL = 3e-8;
/** Default output step [minutes]. */
export const DEFAULT_OUTPUT_STEP_MINUTES = 15;
/** Hard bound on the simulated span [days] (10 years; a treatment course is months). */
export const MAX_DAYS = 3650;
/** Default (and largest) step budget of one simulation: a few seconds of work at most. */
export const DEFAULT_MAX_STEPS = 5_000_000;
/** Most output points of one simulation. */
export const MAX_OUTPUT_POINTS = 5_000_000;

/** Values of every output quantity at one time. */
export interface TrajectoryPoint {
  /** time [days] */
  t: number;
  /** drug amount [µg] */
  A: number;
  /** serum blinatumomab [pg/mL] */
  C: number;
  /** activation signal (0–1) */
  Ea: number;
  /** killing engagement in blood (0–1) */
  Ek: number;
  /** marrow killing engagement Em = C/(C + ec50Bm) (0–1) */
  Em: number;
  /** activation novelty max(0, Ea − S) */
  D: number;
  /** adapted activation level */
  S: number;
  /** blood T cells [cells/µL] */
  Tp: number;
  /** marginated T cells [cells/µL blood-equivalent] */
  Tm: number;
  /** total T cells [cells/µL] */
  Tt: number;
  /** marrow blast fraction */
  X: number;
  /** blood CD19⁺ cells [cells/µL] */
  Bp: number;
  /** serum IL-6 [pg/mL] */
  I: number;
  /** cytokine-release capacity (0–1) */
  Q: number;
  /** CNS-risk signal N = kMarg·D·Q·Tp / t0 [1/day] (illustrative) */
  N: number;
  /** cumulative CNS-risk signal ∫ N dt from day 0 (illustrative, dimensionless) */
  F: number;
  /** infusion rate in effect [µg/day] */
  rateUgPerDay: number;
}

/**
 * Absolute floors of the error control per state: below its floor a state is controlled in
 * absolute terms (rtol × floor), above it in relative terms. Units: C pg/mL, S/Q/X fractions, N (∫N dt) dimensionless,
 * T cells as a fraction of t0, Bp cells/µL, IL-6 pg/mL.
 */
export const ERROR_FLOORS = {
  C: 1e-3, S: 1e-6, T: 1e-6, X: 1e-13, Bp: 1e-6, I: 1e-4, Q: 1e-6, N: 1e-6,
};

/** Absolute tolerances for a parameter set and relative tolerance. */
export function absoluteTolerances(p: ParameterValues, rtol: number): Float64Array {
  const v = p.vPerM2 * p.bsa;
  const f = ERROR_FLOORS;
  const atol = new Float64Array(STATE_COUNT);
  atol[0] = rtol * f.C * (v / 1000);
  atol[1] = rtol * f.S;
  atol[2] = rtol * f.T * p.t0;
  atol[3] = rtol * f.T * p.t0;
  atol[4] = rtol * f.X;
  atol[5] = rtol * f.Bp;
  atol[6] = rtol * f.I;
  atol[7] = rtol * f.Q;
  atol[8] = rtol * f.N;
  return atol;
}

// column layout of the output buffer (states first: the integrator writes columns 0..8, then time)
const COL_T = 9;
const COLUMNS = 10;

/** Output times: uniform grid k·step (exact multiples), every change point, and the end time. */
function outputTimes(days: number, stepMinutes: number, changes: Float64Array): Float64Array {
  const stepsTotal = Math.floor((days * 1440) / stepMinutes + 1e-9);
  const times = new Float64Array(stepsTotal + 2 + changes.length);
  let n = 0;
  let k = 0;
  for (let c = 0; c < changes.length; c++) {
    const tc = changes[c]!;
    let tg = (k * stepMinutes) / 1440;
    while (k <= stepsTotal && tg < tc - 1e-9 * Math.max(1, tc)) {
      times[n++] = tg;
      k++;
      tg = (k * stepMinutes) / 1440;
    }
    times[n++] = tc;
    if (k <= stepsTotal && Math.abs(tg - tc) <= 1e-9 * Math.max(1, tc)) k++; // grid point at a change point
  }
  while (k <= stepsTotal) {
    times[n++] = (k * stepMinutes) / 1440;
    k++;
  }
  // the end time itself (replacing a grid point that only differs by rounding)
  if (Math.abs(times[n - 1]! - days) <= 1e-9 * Math.max(1, days)) times[n - 1] = days;
  else if (times[n - 1]! < days) times[n++] = days;
  return times.subarray(0, n);
}

export class Trajectory {
  /** Number of output points. */
  readonly length: number;
  /** Output times [days]: the uniform grid plus every regimen change point (sorted, unique). */
  readonly t: Float64Array;
  /** Drug amount in the central compartment [µg]. */
  readonly A: Float64Array;
  readonly S: Float64Array;
  readonly Tp: Float64Array;
  readonly Tm: Float64Array;
  readonly X: Float64Array;
  readonly Bp: Float64Array;
  /** Serum IL-6 [pg/mL]. */
  readonly I: Float64Array;
  readonly Q: Float64Array;
  /** Cumulative CNS-risk signal ∫ N dt from day 0 (N = kMarg·D·Q·Tp / t0; dimensionless). */
  readonly F: Float64Array;

  readonly days: number;
  readonly outputStepMinutes: number;
  readonly parameters: Readonly<ParameterValues>;
  readonly regimen: Regimen;
  readonly schedule: RateSchedule;
  readonly interruptions: readonly Interruption[];
  readonly rtol: number;
  readonly stats: Readonly<IntegratorStats>;
  /** Regulatory-T-cell brake fT of this parameter set. */
  readonly fT: number;
  readonly volumeL: number;
  readonly clearanceLPerDay: number;

  private readonly buffer: Float64Array;
  private readonly system: KineticsSystem;
  private derived: {
    C: Float64Array; Ea: Float64Array; Ek: Float64Array; Em: Float64Array; D: Float64Array; Tt: Float64Array; N: Float64Array; rate: Float64Array;
  } | null = null;
  private local: { integ: Dopri5; sys: KineticsSystem; one: Float64Array; out: Float64Array } | null = null;

  /** @internal use simulate() */
  constructor(init: {
    buffer: Float64Array; length: number; stride: number; days: number; outputStepMinutes: number;
    parameters: ParameterValues; regimen: Regimen; schedule: RateSchedule; interruptions: readonly Interruption[];
    rtol: number; stats: IntegratorStats; system: KineticsSystem;
  }) {
    const { buffer, length, stride } = init;
    const col = (q: number): Float64Array => buffer.subarray(q * stride, q * stride + length);
    this.buffer = buffer;
    this.length = length;
    this.A = col(0);
    this.S = col(1);
    this.Tp = col(2);
    this.Tm = col(3);
    this.X = col(4);
    this.Bp = col(5);
    this.I = col(6);
    this.Q = col(7);
    this.F = col(8);
    this.t = col(COL_T);
    this.system = init.system;
    this.days = init.days;
    this.outputStepMinutes = init.outputStepMinutes;
    this.parameters = Object.freeze({ ...init.parameters });
    this.regimen = init.regimen;
    this.schedule = init.schedule;
    this.interruptions = Object.freeze([...init.interruptions]);
    this.rtol = init.rtol;
    this.stats = Object.freeze({ ...init.stats });
    this.fT = init.system.fT;
    this.volumeL = init.system.volumeL;
    this.clearanceLPerDay = init.system.kel * init.system.volumeL;
  }

  /** Derived outputs, computed from the states on first access (keeps simulate() lean). */
  private derive(): NonNullable<Trajectory['derived']> {
    if (this.derived !== null) return this.derived;
    const n = this.length;
    const sys = this.system;
    const C = new Float64Array(n), Ea = new Float64Array(n), Ek = new Float64Array(n), Em = new Float64Array(n);
    const D = new Float64Array(n), Tt = new Float64Array(n), N = new Float64Array(n), rate = new Float64Array(n);
    const starts = this.schedule.startsDays;
    const rates = this.schedule.ratesUgPerDay;
    let piece = 0;
    for (let j = 0; j < n; j++) {
      const tj = this.t[j]!;
      while (piece + 1 < starts.length && starts[piece + 1]! <= tj) piece++;
      const c = sys.cPerA * this.A[j]!;
      const ea = c / (c + sys.ec50Act);
      const d = ea - this.S[j]!;
      const dPos = d > 0 ? d : 0;
      C[j] = c;
      Ea[j] = ea;
      Ek[j] = c / (c + sys.ec50Kill);
      Em[j] = c / (c + sys.ec50Bm);
      D[j] = dPos;
      Tt[j] = this.Tp[j]! + this.Tm[j]!;
      N[j] = sys.kMargInvT0 * dPos * this.Q[j]! * this.Tp[j]!;
      rate[j] = rates[piece]!;
    }
    this.derived = { C, Ea, Ek, Em, D, Tt, N, rate };
    return this.derived;
  }

  /** Serum blinatumomab C = 1000·A/V [pg/mL]. */
  get C(): Float64Array { return this.derive().C; }
  /** Activation signal Ea = C/(C + ec50Act). */
  get Ea(): Float64Array { return this.derive().Ea; }
  /** Killing engagement in blood Ek = C/(C + ec50Kill). */
  get Ek(): Float64Array { return this.derive().Ek; }
  /** Marrow killing engagement Em = C/(C + ec50Bm). */
  get Em(): Float64Array { return this.derive().Em; }
  /** CNS-risk signal N = kMarg·D·Q·Tp / t0 [1/day] (illustrative). */
  get N(): Float64Array { return this.derive().N; }
  /** Activation novelty D = max(0, Ea − S). */
  get D(): Float64Array { return this.derive().D; }
  /** Total T cells Tt = Tp + Tm [cells/µL]. */
  get Tt(): Float64Array { return this.derive().Tt; }
  /** Infusion rate in effect at each output time [µg/day] (right-continuous). */
  get rateUgPerDay(): Float64Array { return this.derive().rate; }

  /** Index of the last output time ≤ tDays (0 … length−1). */
  indexAt(tDays: number): number {
    const t = this.t;
    let lo = 0;
    let hi = this.length - 1;
    if (tDays >= t[hi]!) return hi;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (t[mid]! <= tDays) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Output point i as an object. */
  point(i: number): TrajectoryPoint {
    return {
      t: this.t[i]!, A: this.A[i]!, C: this.C[i]!, Ea: this.Ea[i]!, Ek: this.Ek[i]!, Em: this.Em[i]!, D: this.D[i]!, S: this.S[i]!,
      Tp: this.Tp[i]!, Tm: this.Tm[i]!, Tt: this.Tt[i]!, X: this.X[i]!, Bp: this.Bp[i]!, I: this.I[i]!, Q: this.Q[i]!,
      N: this.N[i]!, F: this.F[i]!, rateUgPerDay: this.rateUgPerDay[i]!,
    };
  }

  /**
   * The state at any time in [0, days]. Between output points the model is re-integrated from the
   * preceding output point with the same adaptive Dormand–Prince scheme and dense output, so the
   * value has the accuracy of the integration itself (not of a polynomial through grid points).
   */
  at(tDays: number): TrajectoryPoint {
    if (typeof tDays !== 'number' || !Number.isFinite(tDays) || tDays < 0 || tDays > this.days) {
      throw new ModelInputError('t', `must be a time in [0, ${this.days}] days (got ${String(tDays)})`);
    }
    const k = this.indexAt(tDays);
    // A time within rounding error of a stored point is that point (integrating a ~1e-12-day span would
    // ask the integrator for a step below its resolution).
    if (Math.abs(tDays - this.t[k]!) <= 1e-9 * Math.max(1, tDays)) return this.point(k);
    if (k + 1 < this.length && Math.abs(this.t[k + 1]! - tDays) <= 1e-9 * Math.max(1, tDays)) return this.point(k + 1);
    if (this.local === null) {
      const sys = new KineticsSystem(this.parameters);
      const integ = new Dopri5(sys, this.rtol, absoluteTolerances(this.parameters, this.rtol));
      this.local = { integ, sys, one: new Float64Array(1), out: new Float64Array(STATE_COUNT) };
    }
    const { integ, sys, one, out } = this.local;
    const stride = this.buffer.length / COLUMNS;
    for (let q = 0; q < STATE_COUNT; q++) integ.y[q] = this.buffer[q * stride + k]!;
    integ.h = 0;
    sys.rate = rateAt(this.schedule, this.t[k]!);
    one[0] = tDays;
    integ.advance(this.t[k]!, tDays, one, 0, 1, out, 1);
    const C = sys.cPerA * out[0]!;
    const Ek = C / (C + sys.ec50Kill);
    const Ea = C / (C + sys.ec50Act);
    const Em = C / (C + sys.ec50Bm);
    const D = Math.max(0, Ea - out[1]!);
    return {
      t: tDays, A: out[0]!, C, Ea, Ek, Em, D, S: out[1]!, Tp: out[2]!, Tm: out[3]!, Tt: out[2]! + out[3]!, X: out[4]!,
      Bp: out[5]!, I: out[6]!, Q: out[7]!, N: sys.kMargInvT0 * D * out[7]! * out[2]!, F: out[8]!, rateUgPerDay: sys.rate,
    };
  }
}

/** Validated, complete parameters for a simulation input (clinical inputs, then overrides). */
export function parametersFor(input: Pick<SimulationInput, 'clinical' | 'parameters'>): ParameterValues {
  const clinical = input.clinical === undefined ? undefined : fromClinical(input.clinical);
  return resolveParameters(clinical, input.parameters as Readonly<Record<string, unknown>> | undefined);
}

/**
 * Simulates the model (MODEL.md §1–3) for a regimen. Throws ModelInputError (naming the field) on
 * bad input: unknown parameter, negative/non-finite value, bad regimen segments, days ≤ 0, step ≤ 0.
 */
export function simulate(input: SimulationInput): Trajectory {
  if (input === null || typeof input !== 'object') throw new ModelInputError('input', 'must be a simulation input object');
  const days = requireFinite('days', input.days);
  if (days <= 0) throw new ModelInputError('days', `must be greater than 0 (got ${days})`);
  if (days > MAX_DAYS) throw new ModelInputError('days', `must be at most ${MAX_DAYS} (got ${days})`);
  const stepMinutes = input.outputStepMinutes === undefined ? DEFAULT_OUTPUT_STEP_MINUTES : requireFinite('outputStepMinutes', input.outputStepMinutes);
  if (stepMinutes <= 0) throw new ModelInputError('outputStepMinutes', `must be greater than 0 (got ${stepMinutes})`);
  if ((days * 1440) / stepMinutes > MAX_OUTPUT_POINTS) throw new ModelInputError('outputStepMinutes', 'too small for this many days (over 5 million output points)');
  const rtol = input.rtol === undefined ? DEFAULT_RTOL : requireFinite('rtol', input.rtol);
  if (rtol < 1e-14 || rtol > 1e-2) throw new ModelInputError('rtol', `must be between 1e-14 and 1e-2 (got ${rtol})`);
  const maxSteps = input.maxSteps === undefined ? DEFAULT_MAX_STEPS : requireFinite('maxSteps', input.maxSteps);
  if (!Number.isInteger(maxSteps) || maxSteps < 1000 || maxSteps > DEFAULT_MAX_STEPS) {
    throw new ModelInputError('maxSteps', `must be an integer from 1000 to ${DEFAULT_MAX_STEPS} (got ${maxSteps})`);
  }

  const params = parametersFor(input);
  const regimen = resolveRegimen(input.regimen);
  const schedule = buildSchedule(regimen, params.bsa, days, input.interruptions);
  const starts = schedule.startsDays;
  const rates = schedule.ratesUgPerDay;
  const times = outputTimes(days, stepMinutes, starts.subarray(1));
  const length = times.length;
  const stride = length;
  const buffer = new Float64Array(stride * COLUMNS);

  const sys = new KineticsSystem(params);
  const integ = new Dopri5(sys, rtol, absoluteTolerances(params, rtol));
  // stability bounds the step anyway; a cap keeps the first step after a long quiet piece sane
  integ.maxStepDays = 0.5;
  integ.maxSteps = maxSteps;
  sys.initialState(params, integ.y);

  let i = 0;
  for (let piece = 0; piece < starts.length; piece++) {
    const a = starts[piece]!;
    const b = piece + 1 < starts.length ? starts[piece + 1]! : days;
    sys.rate = rates[piece]!;
    i = integ.advance(a, b, times, i, length, buffer, stride);
  }
  if (i !== length) throw new Error(`internal: wrote ${i} of ${length} output points`);

  buffer.set(times, COL_T * stride);

  return new Trajectory({
    buffer, length, stride, days, outputStepMinutes: stepMinutes, parameters: params, regimen, schedule,
    interruptions: input.interruptions ?? [], rtol, stats: integ.stats, system: sys,
  });
}

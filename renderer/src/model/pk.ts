// Closed-form one-compartment pharmacokinetics for a piecewise-constant infusion (MODEL.md §2–3).
// Used by metrics (Css, t90), by the agent model (drug level at any time) and as the analytic check.

import type { ParameterValues } from './parameters';
import type { RateSchedule } from './regimens';

/** Volume [L], clearance [L/day] and elimination rate [1/day] for a parameter set. */
export function pkConstants(p: Pick<ParameterValues, 'bsa' | 'clPerM2' | 'vPerM2'>): { volumeL: number; clearanceLPerDay: number; kelPerDay: number } {
  const volumeL = p.vPerM2 * p.bsa;
  const clearanceLPerDay = p.clPerM2 * p.bsa;
  return { volumeL, clearanceLPerDay, kelPerDay: clearanceLPerDay / volumeL };
}

/** Steady-state concentration [pg/mL] of a constant infusion of rateUgPerDay: 1000 · R / CL. */
export function steadyStatePgPerMl(rateUgPerDay: number, p: Pick<ParameterValues, 'bsa' | 'clPerM2'>): number {
  return (1000 * rateUgPerDay) / (p.clPerM2 * p.bsa);
}

/** Killing engagement Ek = C / (C + ec50Kill). */
export function killingEngagement(cPgPerMl: number, p: Pick<ParameterValues, 'ec50Kill'>): number {
  return cPgPerMl / (cPgPerMl + p.ec50Kill);
}

/** Marrow killing engagement Em = C / (C + ec50Bm) (MODEL.md v2: not saturated at clinical doses). */
export function marrowEngagement(cPgPerMl: number, p: Pick<ParameterValues, 'ec50Bm'>): number {
  return cPgPerMl / (cPgPerMl + p.ec50Bm);
}

/** Activation signal Ea = C / (C + ec50Act). */
export function activationSignal(cPgPerMl: number, p: Pick<ParameterValues, 'ec50Act'>): number {
  return cPgPerMl / (cPgPerMl + p.ec50Act);
}

/** Regulatory-T-cell brake fT = 1 / (1 + (treg / tregRef)^tregHill). */
export function tregBrake(p: Pick<ParameterValues, 'treg' | 'tregRef' | 'tregHill'>): number {
  return 1 / (1 + Math.pow(p.treg / p.tregRef, p.tregHill));
}

/**
 * Exact drug concentration [pg/mL] at tDays for the schedule, starting from A = 0:
 * on each piece A(t) = A_k·e^(−k·Δt) + R_k/k·(1 − e^(−k·Δt)), with k = CL/V.
 */
export function concentrationAt(schedule: RateSchedule, p: Pick<ParameterValues, 'bsa' | 'clPerM2' | 'vPerM2'>, tDays: number): number {
  const { volumeL, kelPerDay } = pkConstants(p);
  const starts = schedule.startsDays;
  const rates = schedule.ratesUgPerDay;
  let amountUg = 0;
  for (let i = 0; i < starts.length; i++) {
    const a = starts[i]!;
    if (tDays <= a) break;
    const b = i + 1 < starts.length ? starts[i + 1]! : Infinity;
    const dt = Math.min(tDays, b) - a;
    const decay = Math.exp(-kelPerDay * dt);
    amountUg = amountUg * decay + (rates[i]! / kelPerDay) * (1 - decay);
  }
  return (1000 * amountUg) / volumeL;
}

/**
 * concentrationAt for many times at once, in one pass: the amount at each rate change is computed once (the
 * same operations in the same order as concentrationAt, so every value is bit-identical to it), and each time
 * adds only its own piece. Linear in times + pieces where the per-time call is times × pieces. Times in
 * ascending order are fastest; any order is correct.
 */
export function concentrationsAt(schedule: RateSchedule, p: Pick<ParameterValues, 'bsa' | 'clPerM2' | 'vPerM2'>, times: ArrayLike<number>): Float64Array {
  const { volumeL, kelPerDay } = pkConstants(p);
  const starts = schedule.startsDays;
  const rates = schedule.ratesUgPerDay;
  const pieces = starts.length;
  // amount [µg] at the start of each piece
  const startAmount = new Float64Array(pieces);
  for (let k = 0; k + 1 < pieces; k++) {
    const decay = Math.exp(-kelPerDay * (starts[k + 1]! - starts[k]!));
    startAmount[k + 1] = startAmount[k]! * decay + (rates[k]! / kelPerDay) * (1 - decay);
  }
  const out = new Float64Array(times.length);
  let k = -1; // the last piece starting before t (−1: t at or before the first start)
  let previous = -Infinity;
  for (let i = 0; i < times.length; i++) {
    const t = times[i]!;
    if (t < previous) k = -1;
    previous = t;
    while (k + 1 < pieces && starts[k + 1]! < t) k++;
    if (k < 0) {
      out[i] = 0;
      continue;
    }
    const b = k + 1 < pieces ? starts[k + 1]! : Infinity;
    const decay = Math.exp(-kelPerDay * (Math.min(t, b) - starts[k]!));
    out[i] = (1000 * (startAmount[k]! * decay + (rates[k]! / kelPerDay) * (1 - decay))) / volumeL;
  }
  return out;
}

/**
 * Hours after a rate change until C first reaches `fraction` of the new steady state when rising
 * (C ≥ fraction·Css) — or, for a fall, until C drops below `fraction` of the previous steady state.
 * `c0` is the concentration at the change. Returns 0 if already there.
 */
export function hoursToFractionOfSteadyState(c0PgPerMl: number, cssPgPerMl: number, kelPerDay: number, fraction: number): number {
  const target = fraction * cssPgPerMl;
  if (c0PgPerMl >= target) return 0;
  // C(t) = Css + (c0 − Css)·e^(−k t)  →  e^(−k t) = (Css − target)/(Css − c0)
  const ratio = (cssPgPerMl - target) / (cssPgPerMl - c0PgPerMl);
  return (-Math.log(ratio) / kelPerDay) * 24;
}

/** Hours for C to fall from c0 below `level` with no infusion running. */
export function hoursToFallBelow(c0PgPerMl: number, levelPgPerMl: number, kelPerDay: number): number {
  if (c0PgPerMl <= levelPgPerMl) return 0;
  return (Math.log(c0PgPerMl / levelPgPerMl) / kelPerDay) * 24;
}

// Derived metrics of a trajectory (MODEL.md §7): Css and t90 per dose level, T-cell nadir, B-cell
// depletion, IL-6 peaks per cycle, marrow response, and the illustrative CRS index and CNS-risk signal.

import { responseLabel, type ResponseLabel } from './clinical-constants';
import { hoursToFallBelow, hoursToFractionOfSteadyState, steadyStatePgPerMl } from './pk';
import type { Trajectory } from './simulate';

/** Illustrative CRS grades from the cycle-1 IL-6 peak. Not a clinical grading (that is ASTCT, Lee 2019). */
export interface CrsBand {
  readonly grade: 0 | 1 | 2 | 3 | 4;
  /** Lower bound of the band, cycle-1 IL-6 peak [pg/mL] (inclusive). */
  readonly fromPgPerMl: number;
  readonly label: string;
}

/**
 * CRS-index bands (teaching construct, documented in README). With the default parameters the
 * cycle-1 IL-6 peak is ≈ 16 pg/mL for MRD on `mrd` (grade 0), ≈ 107 for the typical R/R patient on
 * `label-rr` (grade 1), ≈ 210 on `flat-15` (grade 2) and ≈ 380 for flat 60 µg/m²/day at high burden
 * (grade 3): step dosing keeps the virtual typical R/R patient in grade 1–2, as intended.
 */
export const CRS_BANDS: readonly CrsBand[] = Object.freeze([
  { grade: 0, fromPgPerMl: 0, label: 'none (IL-6 peak < 25 pg/mL)' },
  { grade: 1, fromPgPerMl: 25, label: 'grade-1-like (IL-6 peak 25–150 pg/mL)' },
  { grade: 2, fromPgPerMl: 150, label: 'grade-2-like (IL-6 peak 150–300 pg/mL)' },
  { grade: 3, fromPgPerMl: 300, label: 'grade-3-like (IL-6 peak 300–1000 pg/mL)' },
  { grade: 4, fromPgPerMl: 1000, label: 'grade-4-like (IL-6 peak ≥ 1000 pg/mL)' },
] as const);

export function crsBandFor(peakPgPerMl: number): CrsBand {
  let band = CRS_BANDS[0]!;
  for (const b of CRS_BANDS) if (peakPgPerMl >= b.fromPgPerMl) band = b;
  return band;
}

export type { ResponseLabel } from './clinical-constants';

export interface DoseLevelMetric {
  /** Day the level starts (a regimen change point or day 0). */
  startDay: number;
  rateUgPerDay: number;
  /** Steady state 1000·R/CL [pg/mL]. */
  cssPgPerMl: number;
  /** Hours from the start of the level until C ≥ 90 % of its Css. */
  hoursTo90PctCss: number;
}

export interface StopMetric {
  /** Day the infusion stops (or is interrupted). */
  day: number;
  /** Css of the level that was running [pg/mL]. */
  previousCssPgPerMl: number;
  /** Hours until C < 10 % of that Css. */
  hoursToBelow10PctCss: number;
}

export interface PeakMetric {
  peakPgPerMl: number;
  peakDay: number;
}

export interface CyclePeakMetric extends PeakMetric {
  cycle: number;
  startDay: number;
}

export interface StepBumpMetric extends PeakMetric {
  cycle: number;
  /** Day of the dose step. */
  stepDay: number;
  /** Peak after the step / peak after the cycle's start. */
  ratioToCycleStartPeak: number;
}

export interface TCellDipMetric {
  /** Day of the dose increase. */
  stepDay: number;
  nadirDay: number;
  nadirPerUl: number;
  /** Nadir / blood T cells at the step. */
  fractionOfPreStep: number;
}

export interface CnsRiskIndexMetric {
  cycle: number;
  startDay: number;
  /** max N over the cycle's infusion days [1/day] */
  value: number;
  /** day of that maximum */
  peakDay: number;
}

export interface CnsRiskStepPeakMetric {
  cycle: number;
  /** Day of the dose increase. */
  stepDay: number;
  /** max N within 7 days after the step [1/day] */
  value: number;
  peakDay: number;
  /** That peak / the peak of N in the cycle's first dose level. */
  ratioToCycleStartPeak: number;
}

export interface CnsRiskExposureMetric {
  cycle: number;
  startDay: number;
  /** ∫ N dt over days 0–14 of the cycle */
  value: number;
  /** the run covers the whole 14-day window */
  complete: boolean;
}

/** Length of the CNS-risk exposure window from each cycle's start [days] (MODEL.md §7). */
export const CNS_RISK_EXPOSURE_WINDOW_DAYS = 14;

export interface Metrics {
  /** Every infusion level (rate > 0) with its Css and time to 90 % of Css. */
  doseLevels: DoseLevelMetric[];
  /** Every stop or interruption with the time until C < 10 % of the previous Css. */
  stops: StopMetric[];
  /** Lowest blood T-cell count in the first 7 days of cycle 1. */
  tCellNadir: { day: number; tpPerUl: number; fractionOfBaseline: number } | null;
  /** First day after that nadir with blood T cells back to ≥ baseline t0 (null if not within the run). */
  tCellRecoveryDay: number | null;
  /** Blood T cells at day 21 relative to t0 (null if the run is shorter). */
  tCellFoldDay21: number | null;
  /** The dip of blood T cells within 7 days after each dose increase after the first (e.g. day-8 step). */
  tCellStepDips: TCellDipMetric[];
  /** First day blood CD19⁺ cells are < 1 % of baseline (null if never). */
  bCellDepletionDay: number | null;
  /** IL-6 peak (value, time) per cycle: max over [cycle start, next cycle start). */
  il6PeakByCycle: CyclePeakMetric[];
  /** IL-6 peak in the first dose level of each cycle (the cycle-start burst). */
  il6CycleStartPeaks: CyclePeakMetric[];
  /** IL-6 peak after each within-cycle dose increase, relative to that cycle's start peak. */
  il6StepBumps: StepBumpMetric[];
  marrowBlastsDay28: number | null;
  marrowBlastsDay42: number | null;
  /** Marrow blast fraction at the end of cycle 1's infusion. */
  marrowBlastsEndOfCycle1: number | null;
  responseEndOfCycle1: ResponseLabel | null;
  /** Illustrative CRS index from the cycle-1 IL-6 peak (bands: CRS_BANDS). */
  crsIndex: { illustrative: true; peakPgPerMl: number; grade: number; label: string } | null;
  /**
   * Illustrative CNS-risk index per cycle: max of the CNS-risk signal N = kMarg·D·Q·Tp / t0 [1/day]
   * over the cycle's infusion days (peakDay: when). Cycles that start before the end of the run.
   */
  cnsRiskIndexByCycle: CnsRiskIndexMetric[];
  /** CNS-risk index of cycle 1 (illustrative). */
  cnsRiskIndex: number | null;
  /** Peak of N within 7 days after each within-cycle dose increase (e.g. the day-8 step), vs the cycle-start peak. */
  cnsRiskStepPeaks: CnsRiskStepPeakMetric[];
  /**
   * Illustrative CNS-risk exposure per cycle: ∫ N dt over days 0–14 of the cycle (dimensionless).
   * `complete` is false when the run ends before day 14 of the cycle (the integral stops at the end).
   */
  cnsRiskExposureByCycle: CnsRiskExposureMetric[];
  /** CNS-risk exposure of cycle 1 (illustrative). */
  cnsRiskExposure: number | null;
}

/** Output series metrics can search (N: the CNS-risk signal). */
export type SeriesKey = 'Tp' | 'Tm' | 'I' | 'Bp' | 'X' | 'N' | 'C' | 'Q';

/** Refines an extremum bracketed by output points [a, b] with golden-section search on at(). */
function refineExtremum(tr: Trajectory, key: SeriesKey, a: number, b: number, sign: 1 | -1): PeakMetric {
  const g = (Math.sqrt(5) - 1) / 2;
  let lo = a;
  let hi = b;
  let x1 = hi - g * (hi - lo);
  let x2 = lo + g * (hi - lo);
  let f1 = sign * tr.at(x1)[key];
  let f2 = sign * tr.at(x2)[key];
  for (let it = 0; it < 40 && hi - lo > 1e-7; it++) {
    if (f1 > f2) {
      hi = x2;
      x2 = x1;
      f2 = f1;
      x1 = hi - g * (hi - lo);
      f1 = sign * tr.at(x1)[key];
    } else {
      lo = x1;
      x1 = x2;
      f1 = f2;
      x2 = lo + g * (hi - lo);
      f2 = sign * tr.at(x2)[key];
    }
  }
  const tBest = f1 > f2 ? x1 : x2;
  return { peakDay: tBest, peakPgPerMl: sign * Math.max(f1, f2) };
}

/**
 * Largest (or smallest) value of an output series over [from, to] and when: the grid extremum refined
 * between neighbouring output points with golden-section search on at(). `value` is in the series' unit.
 */
export function seriesExtremum(tr: Trajectory, key: SeriesKey, from: number, to: number, kind: 'max' | 'min' = 'max'): { value: number; day: number } | null {
  const e = extremum(tr, key, from, to, kind === 'max' ? 1 : -1);
  return e === null ? null : { value: e.peakPgPerMl, day: e.peakDay };
}

/** Extremum of a series over output times in [from, to] (sign 1: max, −1: min), refined between grid points. */
function extremum(tr: Trajectory, key: SeriesKey, from: number, to: number, sign: 1 | -1): PeakMetric | null {
  const t = tr.t;
  const v = tr[key];
  let best = -Infinity;
  let bi = -1;
  for (let i = tr.indexAt(from); i < tr.length && t[i]! <= to; i++) {
    if (t[i]! < from) continue;
    const x = sign * v[i]!;
    if (x > best) {
      best = x;
      bi = i;
    }
  }
  if (bi < 0) return null;
  const a = bi > 0 && t[bi - 1]! >= from ? t[bi - 1]! : t[bi]!;
  const b = bi + 1 < tr.length && t[bi + 1]! <= to ? t[bi + 1]! : t[bi]!;
  const grid = { peakDay: t[bi]!, peakPgPerMl: v[bi]! };
  if (b <= a) return grid;
  const refined = refineExtremum(tr, key, a, b, sign);
  return sign * refined.peakPgPerMl >= sign * grid.peakPgPerMl ? refined : grid;
}

/** First time in [from, to] where a series falls below a level (bisection on at()), or null. */
function firstBelow(tr: Trajectory, key: SeriesKey, level: number, from: number, to = tr.days): number | null {
  const t = tr.t;
  const v = tr[key];
  let i = tr.indexAt(from);
  if (v[i]! < level && t[i]! >= from) return t[i]!;
  for (i = i + 1; i < tr.length && t[i]! <= to; i++) {
    if (v[i]! < level) {
      let lo = t[i - 1]!;
      let hi = t[i]!;
      for (let it = 0; it < 50 && hi - lo > 1e-9; it++) {
        const mid = 0.5 * (lo + hi);
        if (tr.at(mid)[key] < level) hi = mid;
        else lo = mid;
      }
      return hi;
    }
  }
  return null;
}

/** First time in [from, to] where a series rises to ≥ level (bisection on at()), or null. */
function firstAtLeast(tr: Trajectory, key: SeriesKey, level: number, from: number, to = tr.days): number | null {
  const t = tr.t;
  const v = tr[key];
  for (let i = tr.indexAt(from) + 1; i < tr.length && t[i]! <= to; i++) {
    if (v[i]! >= level) {
      let lo = Math.max(t[i - 1]!, from);
      let hi = t[i]!;
      for (let it = 0; it < 50 && hi - lo > 1e-9; it++) {
        const mid = 0.5 * (lo + hi);
        if (tr.at(mid)[key] >= level) hi = mid;
        else lo = mid;
      }
      return hi;
    }
  }
  return null;
}

/** All §7 metrics of a trajectory. Plain JSON-serialisable data (no NaN/Infinity: null where undefined). */
export function metrics(tr: Trajectory): Metrics {
  const p = tr.parameters;
  const days = tr.days;
  const sch = tr.schedule;
  const starts = sch.startsDays;
  const rates = sch.ratesUgPerDay;
  const kel = tr.clearanceLPerDay / tr.volumeL;

  // PK: dose levels and stops
  const doseLevels: DoseLevelMetric[] = [];
  const stops: StopMetric[] = [];
  for (let k = 0; k < starts.length; k++) {
    const day = starts[k]!;
    const c0 = tr.at(day).C;
    if (rates[k]! > 0) {
      const css = steadyStatePgPerMl(rates[k]!, p);
      doseLevels.push({ startDay: day, rateUgPerDay: rates[k]!, cssPgPerMl: css, hoursTo90PctCss: hoursToFractionOfSteadyState(c0, css, kel, 0.9) });
    } else if (k > 0 && rates[k - 1]! > 0) {
      const prevCss = steadyStatePgPerMl(rates[k - 1]!, p);
      stops.push({ day, previousCssPgPerMl: prevCss, hoursToBelow10PctCss: hoursToFallBelow(c0, 0.1 * prevCss, kel) });
    }
  }

  // cycles
  const cycleStarts = sch.cycleStartsDays;
  const cycleEnd = (n: number): number => (n + 1 < cycleStarts.length ? cycleStarts[n + 1]! : days);

  // T cells
  const nadirRaw = extremum(tr, 'Tp', 0, Math.min(7, days), -1);
  const tCellNadir = nadirRaw === null ? null : { day: nadirRaw.peakDay, tpPerUl: nadirRaw.peakPgPerMl, fractionOfBaseline: nadirRaw.peakPgPerMl / p.t0 };
  const tCellRecoveryDay = tCellNadir === null ? null : firstAtLeast(tr, 'Tp', p.t0, tCellNadir.day);
  const tCellFoldDay21 = days >= 21 ? tr.at(21).Tp / p.t0 : null;

  // per-cycle IL-6 and CNS flux; dose increases within cycles
  const il6PeakByCycle: CyclePeakMetric[] = [];
  const il6CycleStartPeaks: CyclePeakMetric[] = [];
  const il6StepBumps: StepBumpMetric[] = [];
  const tCellStepDips: TCellDipMetric[] = [];
  const cnsRiskIndexByCycle: CnsRiskIndexMetric[] = [];
  const cnsRiskStepPeaks: CnsRiskStepPeakMetric[] = [];
  const cnsRiskExposureByCycle: CnsRiskExposureMetric[] = [];
  const infusionEnds = sch.cycleInfusionEndsDays;
  for (let n = 0; n < cycleStarts.length; n++) {
    const c0 = cycleStarts[n]!;
    const c1 = cycleEnd(n);
    const whole = extremum(tr, 'I', c0, c1, 1);
    if (whole !== null) il6PeakByCycle.push({ cycle: n + 1, startDay: c0, ...whole });
    // CNS risk: N peaks while the infusion runs (N = 0 once the drug is gone: D = 0)
    const infusionEnd = infusionEnds.find((e) => e > c0 && e <= c1) ?? c1;
    const nPeak = extremum(tr, 'N', c0, Math.min(infusionEnd, days), 1);
    if (nPeak !== null) cnsRiskIndexByCycle.push({ cycle: n + 1, startDay: c0, value: nPeak.peakPgPerMl, peakDay: nPeak.peakDay });
    const wEnd = c0 + CNS_RISK_EXPOSURE_WINDOW_DAYS;
    const exposure = tr.at(Math.min(wEnd, days)).F - tr.at(c0).F;
    cnsRiskExposureByCycle.push({ cycle: n + 1, startDay: c0, value: exposure, complete: wEnd <= days });

    // change points inside this cycle where the rate increases from one infusion level to a higher one
    const inCycle: number[] = [];
    for (let k = 0; k < starts.length; k++) if (starts[k]! >= c0 && starts[k]! < c1) inCycle.push(k);
    const firstLevel = inCycle.find((k) => rates[k]! > 0);
    if (firstLevel === undefined) continue;
    const firstEnd = firstLevel + 1 < starts.length ? starts[firstLevel + 1]! : days;
    const startPeak = extremum(tr, 'I', starts[firstLevel]!, Math.min(firstEnd, c1), 1);
    if (startPeak === null) continue;
    il6CycleStartPeaks.push({ cycle: n + 1, startDay: c0, ...startPeak });
    const startN = extremum(tr, 'N', starts[firstLevel]!, Math.min(firstEnd, c1), 1);
    for (const k of inCycle) {
      if (k === firstLevel || k === 0 || !(rates[k]! > rates[k - 1]!) || !(rates[k - 1]! > 0)) continue;
      const s = starts[k]!;
      const end = Math.min(k + 1 < starts.length ? starts[k + 1]! : days, s + 7, c1);
      const bump = extremum(tr, 'I', s, end, 1);
      if (bump !== null) il6StepBumps.push({ cycle: n + 1, stepDay: s, ...bump, ratioToCycleStartPeak: bump.peakPgPerMl / startPeak.peakPgPerMl });
      const nStep = extremum(tr, 'N', s, end, 1);
      if (nStep !== null && startN !== null) {
        cnsRiskStepPeaks.push({
          cycle: n + 1, stepDay: s, value: nStep.peakPgPerMl, peakDay: nStep.peakDay,
          ratioToCycleStartPeak: startN.peakPgPerMl > 0 ? nStep.peakPgPerMl / startN.peakPgPerMl : 0,
        });
      }
      const dip = extremum(tr, 'Tp', s, end, -1);
      const pre = tr.at(s).Tp;
      if (dip !== null) tCellStepDips.push({ stepDay: s, nadirDay: dip.peakDay, nadirPerUl: dip.peakPgPerMl, fractionOfPreStep: dip.peakPgPerMl / pre });
    }
  }

  // B cells, marrow, response
  const bp0 = tr.Bp[0]!;
  const bCellDepletionDay = bp0 > 0 ? firstBelow(tr, 'Bp', 0.01 * bp0, 0) : null;
  const marrowBlastsDay28 = days >= 28 ? tr.at(28).X : null;
  const marrowBlastsDay42 = days >= 42 ? tr.at(42).X : null;
  const end1 = sch.cycleInfusionEndsDays[0];
  const marrowBlastsEndOfCycle1 = end1 !== undefined && end1 <= days ? tr.at(end1).X : null;
  const responseEndOfCycle1 = marrowBlastsEndOfCycle1 === null ? null : responseLabel(marrowBlastsEndOfCycle1);

  const c1Peak = il6PeakByCycle[0];
  const crsIndex = c1Peak === undefined ? null : (() => {
    const band = crsBandFor(c1Peak.peakPgPerMl);
    return { illustrative: true as const, peakPgPerMl: c1Peak.peakPgPerMl, grade: band.grade, label: band.label };
  })();

  return {
    doseLevels, stops, tCellNadir, tCellRecoveryDay, tCellFoldDay21, tCellStepDips, bCellDepletionDay,
    il6PeakByCycle, il6CycleStartPeaks, il6StepBumps, marrowBlastsDay28, marrowBlastsDay42, marrowBlastsEndOfCycle1,
    responseEndOfCycle1, crsIndex, cnsRiskIndexByCycle, cnsRiskIndex: cnsRiskIndexByCycle[0]?.value ?? null, cnsRiskStepPeaks,
    cnsRiskExposureByCycle, cnsRiskExposure: cnsRiskExposureByCycle[0]?.value ?? null,
  };
}

// The calibration targets of MODEL.md §8 (and the cohort targets of §12) as data: statement, tolerance,
// sources and a compute() that runs the model and says what it reaches and whether that passes. One
// definition for the unit tests (one named test per target) and for the atlas's Model page. Pure: no clock.

import { CR_LIKE_MAX_BLASTS, EC90_LEUKAEMIA_PG_PER_ML, MRD_NEGATIVE_MAX_BLASTS } from './clinical-constants';
import { CohortRunner, type CohortArm, type CohortProgress, type CohortResult } from './cohort';
import { metrics, seriesExtremum, type Metrics } from './metrics';
import { resolveParameters, type CitationKey, type ParameterName, type ProvenanceTag } from './parameters';
import { killingEngagement, marrowEngagement, steadyStatePgPerMl } from './pk';
import type { RegimenId } from './regimens';
import { SCENARIOS } from './scenarios';
import { simulate, type Trajectory } from './simulate';

/** Target families, in the order MODEL.md §8 and §12 introduce them. */
export type TargetGroup = 'PK' | 'PD' | 'CK' | 'RSP' | 'DR' | 'CNS' | 'VP';

export const TARGET_GROUPS: Readonly<Record<TargetGroup, string>> = Object.freeze({
  PK: 'Pharmacokinetics',
  PD: 'T and B cells in blood',
  CK: 'Cytokine release (IL-6)',
  RSP: 'Marrow response',
  DR: 'Dose-response',
  CNS: 'CNS-risk signal',
  VP: 'Virtual cohort',
});

/** What the model reaches for a target, formatted for reading, and whether that meets the tolerance. */
export interface TargetResult {
  readonly value: string;
  readonly pass: boolean;
}

export interface CalibrationTarget {
  /** The id of MODEL.md (PK-1, CNS-6, VP-2, …). */
  readonly id: string;
  readonly group: TargetGroup;
  /** What the model must do (scenario, regimen, quantity), in words. */
  readonly statement: string;
  /** The tolerance of MODEL.md, in words. */
  readonly tolerance: string;
  /** What the reference parameter set gives according to MODEL.md (its bracketed values), if it says. */
  readonly reference?: string;
  /** The source tags of MODEL.md's table (S review, L label, P paper, M published model, D derived). */
  readonly tags: readonly ProvenanceTag[];
  /** The sources as citation keys of content/references. */
  readonly sources: readonly CitationKey[];
  /** What the source says, where MODEL.md names it (e.g. "43 % CR/CRh, 79 % of them in cycle 1"). */
  readonly sourceNote?: string;
  /** Takes a noticeable time (a virtual cohort arm: ~200 simulate() runs): run on request. */
  readonly slow?: true;
  /** Runs the model (through `runs`, which caches simulations shared between targets). */
  compute(runs?: CalibrationRuns): TargetResult;
}

export interface TargetRun {
  readonly tr: Trajectory;
  readonly m: Metrics;
}

/**
 * The simulations the targets share, computed once each: `run(regimen, days, parameters)` and the two
 * cohort arms. A cohort arm can be advanced in slices (`cohortStep`) so a page stays responsive.
 * Plain memoisation of pure functions: the same calls give the same numbers in any order.
 */
export class CalibrationRuns {
  private readonly runs = new Map<string, TargetRun>();
  private readonly cohorts = new Map<CohortArm, CohortResult>();
  private readonly runners = new Map<CohortArm, CohortRunner>();

  run(regimen: RegimenId, days: number, parameters: Readonly<Partial<Record<ParameterName, number>>> = {}): TargetRun {
    const key = JSON.stringify([regimen, days, Object.entries(parameters).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))]);
    let hit = this.runs.get(key);
    if (hit === undefined) {
      const tr = simulate({ regimen, days, parameters });
      hit = Object.freeze({ tr, m: metrics(tr) });
      this.runs.set(key, hit);
    }
    return hit;
  }

  /** A cohort arm at the default seed and size (MODEL.md §12), run to the end now if it is not finished. */
  cohort(arm: CohortArm): CohortResult {
    let result = this.cohorts.get(arm);
    if (result === undefined) {
      while (this.cohortStep(arm, 50).done < this.runner(arm).size);
      result = this.cohorts.get(arm)!;
    }
    return result;
  }

  /** Advances a cohort arm by up to `maxPatients` patients (none once it is finished). */
  cohortStep(arm: CohortArm, maxPatients: number): CohortProgress {
    const done = this.cohorts.get(arm);
    if (done !== undefined) return { done: done.size, total: done.size };
    const runner = this.runner(arm);
    const progress = runner.step(maxPatients);
    if (runner.finished) {
      this.cohorts.set(arm, runner.result());
      this.runners.delete(arm);
    }
    return progress;
  }

  /** Whether a cohort arm has been run. */
  hasCohort(arm: CohortArm): boolean {
    return this.cohorts.has(arm);
  }

  private runner(arm: CohortArm): CohortRunner {
    let runner = this.runners.get(arm);
    if (runner === undefined) {
      runner = new CohortRunner({ arm });
      this.runners.set(arm, runner);
    }
    return runner;
  }
}

// ---- formatting (plain strings, the same in Node and every browser) ----

const SUPERSCRIPT: Readonly<Record<string, string>> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

/** A number with `digits` significant digits: 673, 3.11, 0.0313, 0.40; below 0.001 as 2.1·10⁻⁷; 12345 stays 12345. */
export function formatSignificant(x: number, digits = 3): string {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return '0';
  if (Math.abs(x) < 1e-3 || Math.abs(x) >= 1e6) {
    const [mantissa, exponent] = x.toExponential(digits - 1).split('e') as [string, string];
    const m = String(Number(mantissa));
    const e = String(Number(exponent)).replace(/./g, (c) => SUPERSCRIPT[c] ?? c);
    return `${m}·10${e}`;
  }
  // toPrecision keeps significant zeros (0.40, 90.0); numbers with more integer digits are rounded instead.
  return Math.abs(x) >= 10 ** digits ? String(Math.round(x)) : x.toPrecision(digits);
}

const f = formatSignificant;
/** A fraction as a percentage: 0.0313 → "3.13 %". */
const pct = (fraction: number, digits = 3): string => `${f(fraction * 100, digits)} %`;
const hours = (days: number): string => `${f(days * 24)} h`;

// ---- scenarios of §8 ----

const MRD = SCENARIOS.mrd.parameters;
const HIGH_BURDEN = SCENARIOS['high-burden'].parameters;
const DEFAULTS = resolveParameters();
const css = (rateUgPerDay: number): number => steadyStatePgPerMl(rateUgPerDay, DEFAULTS);
const cssPerM2 = (dosePerM2: number): number => css(dosePerM2 * DEFAULTS.bsa);

const within = (x: number, lo: number, hi: number): boolean => x >= lo && x <= hi;
const peakC1 = (r: TargetRun): number => r.m.il6PeakByCycle[0]?.peakPgPerMl ?? NaN;
const peakN = (tr: Trajectory, from: number, to: number): number => seriesExtremum(tr, 'N', from, to)?.value ?? NaN;
const levelAt = (m: Metrics, rateUgPerDay: number) => m.doseLevels.find((d) => d.rateUgPerDay === rateUgPerDay);
const missing = (what: string): TargetResult => ({ value: `not found: ${what}`, pass: false });

/** A share of a virtual cohort, within [lo, hi]. */
const shareWithin = (share: number, lo: number, hi: number): TargetResult => ({ value: pct(share), pass: within(share, lo, hi) });

/** The label schedule's steady-state level at one of its cycle-1 rates (9 or 28 µg/day), within [lo, hi] pg/mL. */
function labelCss(runs: CalibrationRuns, rateUgPerDay: number, lo: number, hi: number): TargetResult {
  const level = levelAt(runs.run('label-rr', 28).m, rateUgPerDay);
  if (!level) return missing(`a ${rateUgPerDay} µg/day level`);
  return { value: `${f(level.cssPgPerMl)} pg/mL`, pass: within(level.cssPgPerMl, lo, hi) };
}

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const n = s.length;
  if (n === 0) return NaN;
  return n % 2 === 1 ? s[(n - 1) / 2]! : (s[n / 2 - 1]! + s[n / 2]!) / 2;
}

type Spec = Omit<CalibrationTarget, 'group' | 'compute'> & { compute(runs: CalibrationRuns): TargetResult };

function target(spec: Spec): CalibrationTarget {
  const group = spec.id.replace(/-.*$/, '') as TargetGroup;
  const compute = (runs: CalibrationRuns = new CalibrationRuns()): TargetResult => spec.compute(runs);
  return Object.freeze({
    ...spec,
    group,
    tags: Object.freeze([...spec.tags]),
    sources: Object.freeze([...spec.sources]),
    compute,
  });
}

/** Every calibration target of MODEL.md §8 (in its table order), then the cohort targets of §12 (slow). */
export const CALIBRATION_TARGETS: readonly CalibrationTarget[] = Object.freeze([
  // ---- pharmacokinetics ----
  target({
    id: 'PK-1', statement: 'Css at 15 µg/m²/day', tolerance: '568–894 pg/mL', reference: '673 pg/mL',
    tags: ['S'], sources: ['ribera2015'], sourceNote: '731 ± 163 pg/mL',
    compute(runs) {
      const c = runs.run('flat-15', 28).m.doseLevels[0]?.cssPgPerMl ?? NaN;
      return { value: `${f(c)} pg/mL`, pass: within(c, 568, 894) };
    },
  }),
  target({
    id: 'PK-2', statement: '≥ 15 µg/m²/day holds ≈ 0.6 ng/mL through the infusion', tolerance: '0.5–0.9 ng/mL, flat after day 1',
    tags: ['S'], sources: ['ribera2015'],
    compute(runs) {
      const { tr } = runs.run('flat-15', 28);
      let lo = Infinity;
      let hi = -Infinity;
      for (let i = 0; i < tr.length; i++) {
        if (tr.t[i]! < 1 || tr.t[i]! >= 28) continue;
        lo = Math.min(lo, tr.C[i]!);
        hi = Math.max(hi, tr.C[i]!);
      }
      const spread = (hi - lo) / hi;
      const level = f(lo / 1000) === f(hi / 1000) ? f(lo / 1000) : `${f(lo / 1000)}–${f(hi / 1000)}`;
      return { value: `${level} ng/mL on days 1–28 (varies by ${pct(spread, 2)})`, pass: lo >= 500 && hi <= 900 && spread < 0.01 };
    },
  }),
  target({
    id: 'PK-3', statement: 'Css at 28 µg/day', tolerance: '350–900 pg/mL', reference: '668 pg/mL',
    tags: ['L'], sources: ['label-eu'], sourceNote: 'SmPC: 616 (SD 537) pg/mL',
    compute: (runs) => labelCss(runs, 28, 350, 900),
  }),
  target({
    id: 'PK-4', statement: 'Css at 9 µg/day', tolerance: '120–340 pg/mL', reference: '215 pg/mL',
    tags: ['L'], sources: ['label-eu'], sourceNote: 'SmPC: 228 (SD 356) pg/mL',
    compute: (runs) => labelCss(runs, 9, 120, 340),
  }),
  target({
    id: 'PK-5', statement: 'Css(28 µg/day) / Css(9 µg/day): linear PK', tolerance: '2.8–3.4', reference: '3.11',
    tags: ['L'], sources: ['label-eu'],
    compute(runs) {
      const { m } = runs.run('label-rr', 28);
      const hi = levelAt(m, 28);
      const lo = levelAt(m, 9);
      if (!hi || !lo) return missing('the 9 and 28 µg/day levels');
      const ratio = hi.cssPgPerMl / lo.cssPgPerMl;
      return { value: f(ratio), pass: within(ratio, 2.8, 3.4) };
    },
  }),
  target({
    id: 'PK-6', statement: '≥ 90 % of a new Css within 24 h of the start and of the day-8 step', tolerance: 't90 ≤ 24 h', reference: '4 h',
    tags: ['S', 'L'], sources: ['ribera2015', 'label-eu'],
    compute(runs) {
      const { tr, m } = runs.run('label-rr', 28);
      const levels = m.doseLevels;
      const pass = levels.length >= 2 && levels.every((l) => l.hoursTo90PctCss <= 24 && tr.at(l.startDay + 1).C >= 0.9 * l.cssPgPerMl);
      return { value: levels.map((l) => `${f(l.hoursTo90PctCss)} h (day ${Math.round(l.startDay) + 1})`).join(', '), pass };
    },
  }),
  target({
    id: 'PK-7', statement: 'after a stop, C < 10 % of Css', tolerance: 'within 8 h',
    tags: ['D'], sources: ['ribera2015', 'label-eu'], sourceNote: 'derived from the half-life of 1.2–2.2 h',
    compute(runs) {
      const { tr, m } = runs.run('label-rr', 42);
      const stop = m.stops.find((s) => s.day === 28);
      if (!stop) return missing('the stop on day 28');
      const pass = stop.hoursToBelow10PctCss <= 8 && tr.at(28 + 8 / 24).C < 0.1 * stop.previousCssPgPerMl;
      return { value: `${f(stop.hoursToBelow10PctCss)} h after the day-28 stop`, pass };
    },
  }),
  target({
    id: 'PK-8', statement: '5 µg/m²/day stays below the 470 pg/mL EC90 of leukaemia lines; 15 µg/m²/day exceeds it', tolerance: 'qualitative',
    reference: '224 < 470 < 673 pg/mL', tags: ['P'], sources: ['asco2013'],
    compute(runs) {
      const low = runs.run('nhl-step', 28).tr;
      let max5 = 0;
      for (let i = 0; i < low.length && low.t[i]! < 7; i++) max5 = Math.max(max5, low.C[i]!);
      const c15 = runs.run('flat-15', 28).m.doseLevels[0]?.cssPgPerMl ?? NaN;
      return {
        value: `${f(max5)} < ${EC90_LEUKAEMIA_PG_PER_ML} < ${f(c15)} pg/mL`,
        pass: max5 < EC90_LEUKAEMIA_PG_PER_ML && c15 > EC90_LEUKAEMIA_PG_PER_ML,
      };
    },
  }),
  // ---- T and B cells ----
  target({
    id: 'PD-B1', statement: 'MRD, 15 µg/m²/day: blood CD19⁺ < 1 % of baseline', tolerance: 'by 24–72 h', reference: '1.6 days',
    tags: ['P', 'S'], sources: ['klinger2012', 'ribera2015'], sourceNote: 'Klinger 2012: mean 2 days',
    compute(runs) {
      const day = runs.run('flat-15', 28, MRD).m.bCellDepletionDay;
      if (day === null) return missing('a day with blood CD19⁺ < 1 %');
      return { value: `${f(day)} days (${hours(day)})`, pass: within(day, 1, 3) };
    },
  }),
  target({
    id: 'PD-T1', statement: 'MRD: blood T-cell nadir', tolerance: '2–24 h after start', reference: '15 h',
    tags: ['P', 'S'], sources: ['klinger2012', 'ribera2015'],
    compute(runs) {
      const nadir = runs.run('mrd', 84, MRD).m.tCellNadir;
      if (!nadir) return missing('a T-cell nadir');
      return { value: `${hours(nadir.day)} (${pct(nadir.fractionOfBaseline, 2)} of baseline)`, pass: within(nadir.day * 24, 2, 24) && nadir.fractionOfBaseline < 1 };
    },
  }),
  target({
    id: 'PD-T2', statement: 'MRD: blood T cells back to ≥ baseline', tolerance: '2–14 days', reference: '3.2 days',
    tags: ['P', 'S'], sources: ['klinger2012', 'ribera2015'],
    compute(runs) {
      const day = runs.run('mrd', 84, MRD).m.tCellRecoveryDay;
      if (day === null) return missing('a recovery to baseline');
      return { value: `${f(day)} days`, pass: within(day, 2, 14) };
    },
  }),
  target({
    id: 'PD-T3', statement: 'MRD: blood T cells at day 21', tolerance: '≥ 2 × baseline', reference: '2.5 ×',
    tags: ['P', 'S'], sources: ['klinger2012', 'ribera2015'],
    compute(runs) {
      const fold = runs.run('mrd', 84, MRD).m.tCellFoldDay21;
      if (fold === null) return missing('day 21');
      return { value: `${f(fold)} × baseline`, pass: fold >= 2 };
    },
  }),
  target({
    id: 'PD-T4', statement: 'weight-lt-45, MRD: a second dip after the day-8 step, shallower than the first', tolerance: 'present',
    reference: '0.53 of pre-step', tags: ['L'], sources: ['label-eu'],
    compute(runs) {
      const { m } = runs.run('weight-lt-45', 28, MRD);
      const dip = m.tCellStepDips.find((d) => d.stepDay === 7);
      if (!dip || !m.tCellNadir) return missing('a dip after the day-8 step');
      return {
        value: `dip to ${f(dip.fractionOfPreStep, 2)} of the pre-step count; lowest ${f(dip.nadirPerUl)} vs ${f(m.tCellNadir.tpPerUl)} /µL after the first dose`,
        // present: blood T cells fall again after the step; shallower: not as low as after the first dose
        pass: dip.fractionOfPreStep < 0.9 && dip.nadirPerUl > m.tCellNadir.tpPerUl,
      };
    },
  }),
  target({
    id: 'PD-T5', statement: 'T-cell expansion at day 21 lower with treg 12 % than 4 %', tolerance: 'strictly lower',
    tags: ['P'], sources: ['duell2017'],
    compute(runs) {
      const high = runs.run('mrd', 84, { ...MRD, treg: 12 }).m.tCellFoldDay21;
      const low = runs.run('mrd', 84, { ...MRD, treg: 4 }).m.tCellFoldDay21;
      if (high === null || low === null) return missing('day 21');
      return { value: `${f(high)} × (treg 12 %) vs ${f(low)} × (treg 4 %)`, pass: high < low };
    },
  }),
  // ---- cytokines ----
  target({
    id: 'CK-1', statement: 'cycle-1 IL-6 peak time', tolerance: '1–48 h',
    tags: ['P'], sources: ['hijazi2018', 'hosseini2020'],
    compute(runs) {
      const cases: [string, TargetRun][] = [
        ['R/R, label-rr', runs.run('label-rr', 84)],
        ['high burden, flat-15', runs.run('flat-15', 28, HIGH_BURDEN)],
        ['high burden, flat-60', runs.run('flat-60', 28, HIGH_BURDEN)],
      ];
      const h = cases.map(([, r]) => (r.m.il6PeakByCycle[0]?.peakDay ?? NaN) * 24);
      return { value: cases.map(([label], i) => `${f(h[i]!, 2)} h (${label})`).join('; '), pass: h.every((x) => within(x, 1, 48)) };
    },
  }),
  target({
    id: 'CK-2', statement: 'IL-6 back below 10 % of its peak by day 3 (high burden, flat 15)', tolerance: '< 10 %', reference: '1 %',
    tags: ['P'], sources: ['klinger2012'],
    compute(runs) {
      const r = runs.run('flat-15', 28, HIGH_BURDEN);
      const share = r.tr.at(3).I / peakC1(r);
      return { value: `${pct(share, 2)} of the peak`, pass: share < 0.1 };
    },
  }),
  target({
    id: 'CK-3', statement: 'high burden: peak(flat-60) / peak(first week of nhl-step)', tolerance: '≥ 3', reference: '3.3',
    tags: ['P'], sources: ['hijazi2018', 'hosseini2020'],
    compute(runs) {
      const flat60 = peakC1(runs.run('flat-60', 28, HIGH_BURDEN));
      const nhl = runs.run('nhl-step', 28, HIGH_BURDEN).m.il6CycleStartPeaks[0];
      if (!nhl) return missing('the nhl-step start peak');
      const ratio = flat60 / nhl.peakPgPerMl;
      return { value: `${f(ratio)} (${f(flat60)} / ${f(nhl.peakPgPerMl)} pg/mL)`, pass: nhl.peakDay < 7 && ratio >= 3 };
    },
  }),
  target({
    id: 'CK-4', statement: 'nhl-step (high burden): IL-6 bump at each step / cycle-start peak', tolerance: '< 0.5', reference: '0.26, 0.11',
    tags: ['P'], sources: ['hijazi2018', 'hosseini2020'],
    compute(runs) {
      const bumps = runs.run('nhl-step', 28, HIGH_BURDEN).m.il6StepBumps;
      const steps = bumps.map((b) => b.stepDay).join(',');
      return {
        value: bumps.map((b) => `${f(b.ratioToCycleStartPeak, 2)} (day-${Math.round(b.stepDay) + 1} step)`).join(', ') || 'no bumps',
        pass: steps === '7,14' && bumps.every((b) => b.ratioToCycleStartPeak < 0.5),
      };
    },
  }),
  target({
    id: 'CK-5', statement: 'two cycles of label-rr: cycle-2 IL-6 peak / cycle-1 peak', tolerance: '< 0.25', reference: '0.21',
    tags: ['P'], sources: ['klinger2012', 'nagele2017'],
    compute(runs) {
      const peaks = runs.run('label-rr', 84).m.il6PeakByCycle;
      const [c1, c2] = peaks;
      if (!c1 || !c2) return missing('two cycles');
      const ratio = c2.peakPgPerMl / c1.peakPgPerMl;
      return { value: `${f(ratio, 2)} (${f(c1.peakPgPerMl)} → ${f(c2.peakPgPerMl)} pg/mL)`, pass: c2.startDay === 42 && ratio < 0.25 };
    },
  }),
  target({
    id: 'CK-6', statement: 'cycle-1 IL-6 peak rises with marrow burden (0.05, 0.2, 0.5, 0.9)', tolerance: 'strictly increasing',
    tags: ['S', 'M'], sources: ['ribera2015', 'hosseini2020'],
    compute(runs) {
      const peaks = [0.05, 0.2, 0.5, 0.9].map((x0) => peakC1(runs.run('label-rr', 28, { x0 })));
      return { value: `${peaks.map((p) => f(p)).join(' < ')} pg/mL`, pass: peaks.every((p, i) => i === 0 || p > peaks[i - 1]!) };
    },
  }),
  target({
    id: 'CK-7', statement: 'high burden: peak(weight-lt-45) / peak(flat-15)', tolerance: '0.2–0.6', reference: '0.51',
    tags: ['P'], sources: ['nagele2017', 'hosseini2020'],
    compute(runs) {
      const ratio = peakC1(runs.run('weight-lt-45', 28, HIGH_BURDEN)) / peakC1(runs.run('flat-15', 28, HIGH_BURDEN));
      return { value: f(ratio), pass: within(ratio, 0.2, 0.6) };
    },
  }),
  // ---- response ----
  target({
    id: 'RSP-1', statement: 'R/R defaults, label-rr: marrow blasts at day 28', tolerance: '2–5 %', reference: '3.1 %',
    tags: ['S', 'P'], sources: ['ribera2015', 'topp2015'], sourceNote: '43 % CR/CRh, 79 % of them in cycle 1: the median patient is near the line',
    compute(runs) {
      const { m } = runs.run('label-rr', 84);
      const x = m.marrowBlastsDay28;
      if (x === null) return missing('day 28');
      return { value: `${pct(x)} (${m.responseEndOfCycle1})`, pass: within(x, 0.02, CR_LIKE_MAX_BLASTS) && m.responseEndOfCycle1 === 'CR-like' };
    },
  }),
  target({
    id: 'RSP-2', statement: 'R/R defaults with treg 12 %, label-rr: marrow blasts at day 28', tolerance: '> 5 % (no response)', reference: '77 %',
    tags: ['P'], sources: ['duell2017'],
    compute(runs) {
      const { m } = runs.run('label-rr', 84, { treg: 12 });
      const x = m.marrowBlastsDay28;
      if (x === null) return missing('day 28');
      return { value: `${pct(x)} (${m.responseEndOfCycle1})`, pass: x > CR_LIKE_MAX_BLASTS && m.responseEndOfCycle1 === 'no response' };
    },
  }),
  target({
    id: 'RSP-4', statement: 'R/R defaults, label-rr: marrow blasts at day 70 (end of cycle 2)', tolerance: '< 10⁻⁴', reference: '2·10⁻⁷',
    tags: ['P'], sources: ['topp2015'], sourceNote: '82 % of CR/CRh responders MRD-negative',
    compute(runs) {
      const x = runs.run('label-rr', 84).tr.at(70).X;
      return { value: `X(70) = ${f(x, 2)}`, pass: x < MRD_NEGATIVE_MAX_BLASTS };
    },
  }),
  // ---- dose-response ----
  target({
    id: 'DR-1', statement: 'Em at the 9 µg/day steady state', tolerance: '0.3–0.7', reference: '0.52',
    tags: ['P'], sources: ['asco2013'], sourceNote: 'EC90 470 pg/mL',
    compute() {
      const em = marrowEngagement(css(9), DEFAULTS);
      return { value: f(em, 2), pass: within(em, 0.3, 0.7) };
    },
  }),
  target({
    id: 'DR-2', statement: 'Em at 28 µg/day ≤ 0.9, and Em(60 µg/m²/day) − Em(15 µg/m²/day) ≥ 0.1', tolerance: 'both', reference: '0.77; 0.16',
    tags: ['P'], sources: ['goebeler2016', 'hijazi2018'], sourceNote: 'NHL dose-response',
    compute() {
      const em28 = marrowEngagement(css(28), DEFAULTS);
      const gain = marrowEngagement(cssPerM2(60), DEFAULTS) - marrowEngagement(cssPerM2(15), DEFAULTS);
      return { value: `${f(em28, 2)}; ${f(gain, 2)}`, pass: em28 <= 0.9 && gain >= 0.1 };
    },
  }),
  target({
    id: 'DR-3', statement: 'blood Ek at 5 µg/m²/day', tolerance: '≥ 0.9', reference: '0.92',
    tags: ['P'], sources: ['hijazi2018'], sourceNote: 'B-cell depletion at ≥ 5 µg/m²/day',
    compute() {
      const ek = killingEngagement(cssPerM2(5), DEFAULTS);
      return { value: `${f(ek, 2)} (marrow Em ${f(marrowEngagement(cssPerM2(5), DEFAULTS), 2)})`, pass: ek >= 0.9 };
    },
  }),
  target({
    id: 'DR-4', statement: 'R/R defaults, marrow blasts at day 28 under flat-5, flat-15, flat-60', tolerance: 'strictly falling; flat-5 > 5 % and ≥ 3 × flat-15',
    reference: '25 %, 1.1 %, 0.03 %', tags: ['P'], sources: ['ribera2015', 'goebeler2016'], sourceNote: 'dose finding',
    compute(runs) {
      const [x5, x15, x60] = (['flat-5', 'flat-15', 'flat-60'] as const).map((r) => runs.run(r, 28).tr.at(28).X) as [number, number, number];
      return {
        value: `${pct(x5)}, ${pct(x15)}, ${pct(x60, 2)}`,
        pass: x5 > x15 && x15 > x60 && x5 > CR_LIKE_MAX_BLASTS && x5 >= 3 * x15,
      };
    },
  }),
  target({
    id: 'PD-B2', statement: 'MRD, flat-5: blood CD19⁺ < 10 cells/µL', tolerance: 'within 48 h', reference: '0.6 days',
    tags: ['P'], sources: ['hijazi2018'],
    compute(runs) {
      const { tr } = runs.run('flat-5', 28, MRD);
      let day: number | null = null;
      for (let i = 0; i < tr.length; i++) {
        if (tr.Bp[i]! < 10) {
          day = tr.t[i]!;
          break;
        }
      }
      if (day === null) return missing('blood CD19⁺ < 10 cells/µL');
      return { value: `${f(day, 2)} days (${hours(day)})`, pass: day <= 2 };
    },
  }),
  // ---- cytokines across cycles ----
  target({
    id: 'CK-8', statement: 'MRD, mrd: cycle-2 IL-6 rise / cycle-1 rise (rise = peak − il6Base)', tolerance: '< 0.25', reference: '0.16',
    tags: ['P'], sources: ['klinger2012'],
    compute(runs) {
      const [c1, c2] = runs.run('mrd', 84, MRD).m.il6PeakByCycle;
      if (!c1 || !c2) return missing('two cycles');
      const base = DEFAULTS.il6Base;
      const ratio = (c2.peakPgPerMl - base) / (c1.peakPgPerMl - base);
      return { value: `${f(ratio, 2)} (rise ${f(c1.peakPgPerMl - base)} → ${f(c2.peakPgPerMl - base)} pg/mL)`, pass: c2.startDay === 42 && ratio < 0.25 };
    },
  }),
  target({
    id: 'CK-9', statement: 'R/R, label-rr: IL-6 peak within 48 h, and by 72 h back below 10 % of the rise while the infusion runs', tolerance: 'both',
    reference: '3 h; 0.1 %', tags: ['P'], sources: ['klinger2012', 'hijazi2018'],
    compute(runs) {
      const { tr, m } = runs.run('label-rr', 84);
      const peak = m.il6PeakByCycle[0];
      if (!peak) return missing('the cycle-1 peak');
      const base = DEFAULTS.il6Base;
      const at72 = tr.at(3);
      const left = (at72.I - base) / (peak.peakPgPerMl - base);
      return {
        value: `peak at ${hours(peak.peakDay)}; at 72 h ${pct(left, 2)} of the rise left`,
        pass: peak.peakDay * 24 <= 48 && at72.rateUgPerDay > 0 && left < 0.1,
      };
    },
  }),
  target({
    id: 'CK-10', statement: 'treg 12 %, label-rr: cycle-2 IL-6 peak below cycle-1 peak', tolerance: 'lower', reference: '0.40',
    tags: ['P'], sources: ['nagele2017'],
    compute(runs) {
      const [c1, c2] = runs.run('label-rr', 84, { treg: 12 }).m.il6PeakByCycle;
      if (!c1 || !c2) return missing('two cycles');
      return { value: `${f(c1.peakPgPerMl)} → ${f(c2.peakPgPerMl)} pg/mL (${f(c2.peakPgPerMl / c1.peakPgPerMl, 2)})`, pass: c2.peakPgPerMl < c1.peakPgPerMl };
    },
  }),
  // ---- CNS-risk signal ----
  target({
    id: 'CNS-1', statement: 'R/R, label-rr: CNS-risk exposure cycle 1 ≥ 2 × cycle 2', tolerance: '≥ 2 ×', reference: '0.55 vs 0.11',
    tags: ['P'], sources: ['topp2015'], sourceNote: '87 % of grade ≥ 3 neurological events in cycle 1',
    compute(runs) {
      const [e1, e2] = runs.run('label-rr', 84).m.cnsRiskExposureByCycle;
      if (!e1 || !e2) return missing('two cycles');
      return { value: `${f(e1.value, 2)} vs ${f(e2.value, 2)}`, pass: e1.complete && e2.complete && e2.startDay === 42 && e1.value >= 2 * e2.value };
    },
  }),
  target({
    id: 'CNS-2', statement: 'R/R, label-rr: CNS-risk index cycle 1 > cycle 2', tolerance: 'higher', reference: '1.16 vs 0.60',
    tags: ['P'], sources: ['topp2015'],
    compute(runs) {
      const [i1, i2] = runs.run('label-rr', 84).m.cnsRiskIndexByCycle;
      if (!i1 || !i2) return missing('two cycles');
      return { value: `${f(i1.value)} vs ${f(i2.value, 2)} per day`, pass: i2.startDay === 42 && i1.value > i2.value };
    },
  }),
  target({
    id: 'CNS-3', statement: 'R/R, label-rr: peak of N after the day-8 step ≥ 0.25 × first peak', tolerance: '≥ 0.25', reference: '0.41',
    tags: ['P'], sources: ['stein2018'], sourceNote: 'median onset of neurological events on day 9',
    compute(runs) {
      const step = runs.run('label-rr', 84).m.cnsRiskStepPeaks.find((s) => s.cycle === 1 && s.stepDay === 7);
      if (!step) return missing('a peak after the day-8 step');
      return { value: `${f(step.ratioToCycleStartPeak, 2)} (on day ${Math.floor(step.peakDay) + 1})`, pass: step.ratioToCycleStartPeak >= 0.25 };
    },
  }),
  target({
    id: 'CNS-4', statement: 'MRD, mrd: CNS-risk exposure cycle 2 < 0.5 × cycle 1', tolerance: '< 0.5', reference: '0.30',
    tags: ['P'], sources: ['gokbuget2018', 'topp2015'],
    compute(runs) {
      const [e1, e2] = runs.run('mrd', 84, MRD).m.cnsRiskExposureByCycle;
      if (!e1 || !e2) return missing('two cycles');
      return { value: `${f(e2.value / e1.value, 2)} (${f(e1.value, 2)} → ${f(e2.value, 2)})`, pass: e1.complete && e2.complete && e2.value < 0.5 * e1.value };
    },
  }),
  target({
    id: 'CNS-5', statement: 'R/R, first 14 days: peak of N rises with dose (flat-5 < flat-15 < flat-60)', tolerance: 'strictly rising',
    reference: '1.2, 2.3, 4.2', tags: ['P'], sources: ['stein2018', 'topp2015'], sourceNote: 'risk rises with exposure',
    compute(runs) {
      const [n5, n15, n60] = (['flat-5', 'flat-15', 'flat-60'] as const).map((r) => peakN(runs.run(r, 28).tr, 0, 14)) as [number, number, number];
      return { value: `${f(n5)} < ${f(n15)} < ${f(n60)} per day`, pass: n5 < n15 && n15 < n60 };
    },
  }),
  target({
    id: 'CNS-6', statement: 'R/R, first 14 days: peak of N under label-rr < 0.6 × under no-step', tolerance: '< 0.6', reference: '0.51',
    tags: ['L'], sources: ['label-eu', 'label-us'], sourceNote: 'the step lowers the first CNS-risk peak',
    compute(runs) {
      const stepped = peakN(runs.run('label-rr', 84).tr, 0, 14);
      const flat = peakN(runs.run('no-step', 28).tr, 0, 14);
      return { value: `${f(stepped / flat, 2)} (${f(stepped)} / ${f(flat)} per day)`, pass: stepped < 0.6 * flat };
    },
  }),
  target({
    id: 'RSP-3', statement: 'MRD, mrd: marrow blasts at day 28', tolerance: '< 10⁻⁴ (MRD-negative-like)',
    tags: ['P'], sources: ['gokbuget2018'], sourceNote: 'BLAST: 78 % complete MRD response',
    compute(runs) {
      const { m } = runs.run('mrd', 84, MRD);
      const x = m.marrowBlastsDay28;
      if (x === null) return missing('day 28');
      return { value: `X(28) = ${f(x, 2)} (${m.responseEndOfCycle1})`, pass: x < MRD_NEGATIVE_MAX_BLASTS && m.responseEndOfCycle1 === 'MRD-negative-like' };
    },
  }),
  // ---- the virtual cohort (§12): 200 patients per arm, seed 1 ----
  target({
    id: 'VP-1', statement: 'virtual R/R cohort (200 patients, label-rr): share with marrow blasts ≤ 5 % at day 28', tolerance: '25–45 %',
    reference: '30 % at seed 1', tags: ['P'], sources: ['topp2015'], sourceNote: '43 % × 79 % in cycle 1 ≈ 34 %', slow: true,
    compute: (runs) => shareWithin(runs.cohort('rr').summary.responders28, 0.25, 0.45),
  }),
  target({
    id: 'VP-2', statement: 'virtual R/R cohort: share ≤ 5 % at day 28 or day 70', tolerance: '35–50 %',
    reference: '48.5 % at seed 1', tags: ['P'], sources: ['topp2015', 'kantarjian2017'], sourceNote: 'Topp 2015 43 %, TOWER 44 %', slow: true,
    compute: (runs) => shareWithin(runs.cohort('rr').summary.responders70 ?? NaN, 0.35, 0.5),
  }),
  target({
    id: 'VP-3', statement: 'virtual MRD cohort (200 patients, mrd): share with marrow blasts < 10⁻⁴ at day 28', tolerance: '70–85 %',
    reference: '74.5 % at seed 1', tags: ['P'], sources: ['gokbuget2018'], sourceNote: 'BLAST 78 %', slow: true,
    compute: (runs) => shareWithin(runs.cohort('mrd').summary.mrdNegative28, 0.7, 0.85),
  }),
  target({
    id: 'VP-4', statement: 'virtual R/R cohort: median treg of non-responders (by day 70) vs responders', tolerance: '> 7 % and above responders',
    reference: '7.9 % vs 4.7 % at seed 1', tags: ['P'], sources: ['duell2017'], sourceNote: '10.3 % vs 4.8 %', slow: true,
    compute(runs) {
      const patients = runs.cohort('rr').patients;
      const responded = (p: (typeof patients)[number]): boolean => p.X28 <= CR_LIKE_MAX_BLASTS || (p.X70 !== null && p.X70 <= CR_LIKE_MAX_BLASTS);
      const non = median(patients.filter((p) => !responded(p)).map((p) => p.treg));
      const resp = median(patients.filter(responded).map((p) => p.treg));
      return { value: `${f(non, 2)} % vs ${f(resp, 2)} %`, pass: non > 7 && non > resp };
    },
  }),
]);

/** The target with this id (undefined for an unknown id). */
export function findTarget(id: string): CalibrationTarget | undefined {
  return CALIBRATION_TARGETS.find((t) => t.id === id);
}

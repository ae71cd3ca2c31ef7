// Calibration targets of MODEL.md §8 (version 2), one test per target id, on the default parameters.
// Scenarios: MRD = x0 0.001, pbBlasts0 0, treg 4; R/R = defaults; high burden = x0 0.8.

import { describe, expect, it } from 'vitest';
import {
  marrowEngagement, killingEngagement, metrics, seriesExtremum, simulate, steadyStatePgPerMl, resolveParameters,
  type Metrics, type RegimenInput, type Trajectory,
} from '../../../renderer/src/model/index';

const MRD = { x0: 0.001, pbBlasts0: 0, treg: 4 } as const;
const HIGH_BURDEN = { x0: 0.8 } as const;
const EC90_LEUKAEMIA_PG_PER_ML = 470; // ASCO 2013 abstract 3048
const DEFAULTS = resolveParameters();

const cache = new Map<string, { tr: Trajectory; m: Metrics }>();
function run(regimen: RegimenInput, days: number, parameters: Record<string, number> = {}): { tr: Trajectory; m: Metrics } {
  const key = JSON.stringify([regimen, days, parameters]);
  let hit = cache.get(key);
  if (hit === undefined) {
    const tr = simulate({ regimen, days, parameters });
    hit = { tr, m: metrics(tr) };
    cache.set(key, hit);
  }
  return hit;
}

function peakC1(r: { m: Metrics }): number {
  return r.m.il6PeakByCycle[0]!.peakPgPerMl;
}

describe('pharmacokinetics', () => {
  it('PK-1: Css at 15 µg/m²/day is within 568–894 pg/mL', () => {
    const { m } = run('flat-15', 28);
    expect(m.doseLevels[0]!.cssPgPerMl).toBeGreaterThanOrEqual(568);
    expect(m.doseLevels[0]!.cssPgPerMl).toBeLessThanOrEqual(894);
  });

  it('PK-2: 15 µg/m²/day holds ≈ 0.6 ng/mL (0.5–0.9) through the infusion, flat after day 1', () => {
    const { tr } = run('flat-15', 28);
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < tr.length; i++) {
      if (tr.t[i]! < 1 || tr.t[i]! >= 28) continue;
      lo = Math.min(lo, tr.C[i]!);
      hi = Math.max(hi, tr.C[i]!);
    }
    expect(lo).toBeGreaterThanOrEqual(500);
    expect(hi).toBeLessThanOrEqual(900);
    expect((hi - lo) / hi).toBeLessThan(0.01); // flat
  });

  it('PK-3: Css at 28 µg/day is within 350–900 pg/mL', () => {
    const level = run('label-rr', 28).m.doseLevels.find((d) => d.rateUgPerDay === 28)!;
    expect(level.cssPgPerMl).toBeGreaterThanOrEqual(350);
    expect(level.cssPgPerMl).toBeLessThanOrEqual(900);
  });

  it('PK-4: Css at 9 µg/day is within 120–340 pg/mL', () => {
    const level = run('label-rr', 28).m.doseLevels.find((d) => d.rateUgPerDay === 9)!;
    expect(level.cssPgPerMl).toBeGreaterThanOrEqual(120);
    expect(level.cssPgPerMl).toBeLessThanOrEqual(340);
  });

  it('PK-5: Css(28 µg/day) / Css(9 µg/day) is within 2.8–3.4 (linear PK)', () => {
    const { m } = run('label-rr', 28);
    const ratio = m.doseLevels.find((d) => d.rateUgPerDay === 28)!.cssPgPerMl / m.doseLevels.find((d) => d.rateUgPerDay === 9)!.cssPgPerMl;
    expect(ratio).toBeGreaterThanOrEqual(2.8);
    expect(ratio).toBeLessThanOrEqual(3.4);
  });

  it('PK-6: ≥ 90 % of a new Css is reached within 24 h of the start and of the day-8 step', () => {
    const { tr, m } = run('label-rr', 28);
    expect(m.doseLevels.map((d) => d.startDay)).toEqual([0, 7]);
    for (const level of m.doseLevels) {
      expect(level.hoursTo90PctCss).toBeLessThanOrEqual(24);
      expect(tr.at(level.startDay + 1).C).toBeGreaterThanOrEqual(0.9 * level.cssPgPerMl);
    }
  });

  it('PK-7: after a stop, C falls below 10 % of Css within 8 h', () => {
    const { tr, m } = run('label-rr', 42);
    const stop = m.stops.find((s) => s.day === 28)!;
    expect(stop.hoursToBelow10PctCss).toBeLessThanOrEqual(8);
    expect(tr.at(28 + 8 / 24).C).toBeLessThan(0.1 * stop.previousCssPgPerMl);
  });

  it('PK-8: 5 µg/m²/day stays below the 470 pg/mL leukaemia EC90; 15 µg/m²/day exceeds it', () => {
    const low = run('nhl-step', 28);
    expect(low.m.doseLevels[0]!.rateUgPerDay).toBeCloseTo(5 * 1.88, 10);
    expect(Math.max(...low.tr.C.filter((_, i) => low.tr.t[i]! < 7))).toBeLessThan(EC90_LEUKAEMIA_PG_PER_ML);
    expect(run('flat-15', 28).m.doseLevels[0]!.cssPgPerMl).toBeGreaterThan(EC90_LEUKAEMIA_PG_PER_ML);
  });
});

describe('T and B cells', () => {
  it('PD-B1: MRD at 15 µg/m²/day: blood CD19⁺ < 1 % of baseline within 24–72 h', () => {
    const day = run('flat-15', 28, MRD).m.bCellDepletionDay!;
    expect(day).toBeGreaterThanOrEqual(1);
    expect(day).toBeLessThanOrEqual(3);
  });

  it('PD-T1: MRD: blood T-cell nadir 2–24 h after the start', () => {
    const nadir = run('mrd', 42, MRD).m.tCellNadir!;
    expect(nadir.day * 24).toBeGreaterThanOrEqual(2);
    expect(nadir.day * 24).toBeLessThanOrEqual(24);
    expect(nadir.fractionOfBaseline).toBeLessThan(1);
  });

  it('PD-T2: MRD: blood T cells back to ≥ baseline within 2–14 days', () => {
    const day = run('mrd', 42, MRD).m.tCellRecoveryDay!;
    expect(day).toBeGreaterThanOrEqual(2);
    expect(day).toBeLessThanOrEqual(14);
  });

  it('PD-T3: MRD: blood T cells at day 21 are ≥ 2 × baseline', () => {
    expect(run('mrd', 42, MRD).m.tCellFoldDay21!).toBeGreaterThanOrEqual(2);
  });

  it('PD-T4: weight-lt-45, MRD: a second dip after the day-8 step, shallower than the first', () => {
    const { m } = run('weight-lt-45', 28, MRD);
    const dip = m.tCellStepDips.find((d) => d.stepDay === 7)!;
    expect(dip.fractionOfPreStep).toBeLessThan(0.9); // present: blood T cells fall again after the step
    // shallower: the blood count does not fall as low as after the first dose
    expect(dip.nadirPerUl).toBeGreaterThan(m.tCellNadir!.tpPerUl);
  });

  it('PD-T5: T-cell expansion at day 21 is lower with treg 12 % than with 4 %', () => {
    const high = run('mrd', 21, { ...MRD, treg: 12 }).m.tCellFoldDay21!;
    const low = run('mrd', 21, { ...MRD, treg: 4 }).m.tCellFoldDay21!;
    expect(high).toBeLessThan(low);
  });
});

describe('cytokines', () => {
  it('CK-1: the cycle-1 IL-6 peak comes 1–48 h after the start', () => {
    for (const r of [run('label-rr', 28), run('flat-15', 28, HIGH_BURDEN), run('flat-60', 28, HIGH_BURDEN)]) {
      const h = r.m.il6PeakByCycle[0]!.peakDay * 24;
      expect(h).toBeGreaterThanOrEqual(1);
      expect(h).toBeLessThanOrEqual(48);
    }
  });

  it('CK-2: high burden, flat 15: IL-6 is below 10 % of its peak by day 3', () => {
    const r = run('flat-15', 28, HIGH_BURDEN);
    expect(r.tr.at(3).I / peakC1(r)).toBeLessThan(0.1);
  });

  it('CK-3: high burden: peak(flat-60) / peak(first week of nhl-step) ≥ 3', () => {
    const flat60 = peakC1(run('flat-60', 28, HIGH_BURDEN));
    const nhl = run('nhl-step', 28, HIGH_BURDEN).m.il6CycleStartPeaks[0]!;
    expect(nhl.peakDay).toBeLessThan(7);
    expect(flat60 / nhl.peakPgPerMl).toBeGreaterThanOrEqual(3);
  });

  it('CK-4: nhl-step: the IL-6 bump at each step is < 0.5 of the cycle-start peak', () => {
    const bumps = run('nhl-step', 28, HIGH_BURDEN).m.il6StepBumps;
    expect(bumps.map((b) => b.stepDay)).toEqual([7, 14]);
    for (const b of bumps) expect(b.ratioToCycleStartPeak).toBeLessThan(0.5);
  });

  it('CK-5: two cycles of label-rr: cycle-2 IL-6 peak < 0.25 × cycle-1 peak', () => {
    const peaks = run('label-rr', 84).m.il6PeakByCycle;
    expect(peaks.map((p) => p.startDay)).toEqual([0, 42]);
    expect(peaks[1]!.peakPgPerMl / peaks[0]!.peakPgPerMl).toBeLessThan(0.25);
  });

  it('CK-6: the cycle-1 IL-6 peak rises with marrow burden (0.05, 0.2, 0.5, 0.9)', () => {
    const peaks = [0.05, 0.2, 0.5, 0.9].map((x0) => peakC1(run('label-rr', 28, { x0 })));
    for (let i = 1; i < peaks.length; i++) expect(peaks[i]!).toBeGreaterThan(peaks[i - 1]!);
  });

  it('CK-7: high burden: peak(weight-lt-45) / peak(flat-15) is within 0.2–0.6', () => {
    const ratio = peakC1(run('weight-lt-45', 28, HIGH_BURDEN)) / peakC1(run('flat-15', 28, HIGH_BURDEN));
    expect(ratio).toBeGreaterThanOrEqual(0.2);
    expect(ratio).toBeLessThanOrEqual(0.6);
  });
});

describe('response', () => {
  it('RSP-1: R/R defaults on label-rr: marrow blasts at day 28 are 2–5 % (the median patient sits near the line)', () => {
    const { m } = run('label-rr', 84);
    expect(m.marrowBlastsDay28!).toBeGreaterThanOrEqual(0.02);
    expect(m.marrowBlastsDay28!).toBeLessThanOrEqual(0.05);
    expect(m.responseEndOfCycle1).toBe('CR-like');
  });

  it('RSP-4: R/R defaults on label-rr: marrow blasts at day 70 (end of cycle 2) are < 1e-4', () => {
    const { tr } = run('label-rr', 84);
    expect(tr.at(70).X).toBeLessThan(1e-4);
  });

  it('RSP-2: the same with treg 12 %: marrow blasts > 5 % at day 28 (no response)', () => {
    const { m } = run('label-rr', 84, { treg: 12 });
    expect(m.marrowBlastsDay28!).toBeGreaterThan(0.05);
    expect(m.responseEndOfCycle1).toBe('no response');
  });

  it('RSP-3: MRD on mrd: marrow blasts < 1e-4 at day 28 (MRD-negative-like)', () => {
    const { m } = run('mrd', 84, MRD);
    expect(m.marrowBlastsDay28!).toBeLessThan(1e-4);
    expect(m.responseEndOfCycle1).toBe('MRD-negative-like');
  });
});

describe('dose-response (version 2)', () => {
  const css = (rateUgPerDay: number): number => steadyStatePgPerMl(rateUgPerDay, DEFAULTS);
  const perM2 = (dose: number): number => css(dose * DEFAULTS.bsa);

  it('DR-1: Em at the 9 µg/day steady state is within 0.3–0.7', () => {
    const em = marrowEngagement(css(9), DEFAULTS);
    expect(em).toBeGreaterThanOrEqual(0.3);
    expect(em).toBeLessThanOrEqual(0.7);
    // and the trajectory carries the same Em once the first dose level is at steady state
    const { tr } = run('label-rr', 84);
    expect(tr.at(6.5).Em).toBeCloseTo(em, 6);
  });

  it('DR-2: Em at 28 µg/day ≤ 0.9, and Em(60 µg/m²/day) − Em(15 µg/m²/day) ≥ 0.1', () => {
    expect(marrowEngagement(css(28), DEFAULTS)).toBeLessThanOrEqual(0.9);
    expect(marrowEngagement(perM2(60), DEFAULTS) - marrowEngagement(perM2(15), DEFAULTS)).toBeGreaterThanOrEqual(0.1);
  });

  it('DR-3: blood Ek at 5 µg/m²/day is ≥ 0.9 (blood killing saturates, marrow killing does not)', () => {
    expect(killingEngagement(perM2(5), DEFAULTS)).toBeGreaterThanOrEqual(0.9);
    expect(marrowEngagement(perM2(5), DEFAULTS)).toBeLessThan(0.6);
  });

  it('DR-4: R/R marrow blasts at day 28 fall strictly with dose (flat-5 > flat-15 > flat-60); flat-5 > 5 % and ≥ 3 × flat-15', () => {
    const [x5, x15, x60] = (['flat-5', 'flat-15', 'flat-60'] as const).map((r) => run(r, 28).tr.at(28).X) as [number, number, number];
    expect(x5).toBeGreaterThan(x15);
    expect(x15).toBeGreaterThan(x60);
    expect(x5).toBeGreaterThan(0.05);
    expect(x5).toBeGreaterThanOrEqual(3 * x15);
  });

  it('PD-B2: MRD on flat-5: blood CD19⁺ < 10 cells/µL within 48 h', () => {
    const { tr } = run('flat-5', 28, MRD);
    let day: number | null = null;
    for (let i = 0; i < tr.length; i++) {
      if (tr.Bp[i]! < 10) {
        day = tr.t[i]!;
        break;
      }
    }
    expect(day).not.toBeNull();
    expect(day!).toBeLessThanOrEqual(2);
  });
});

describe('cytokines across cycles (version 2)', () => {
  it('CK-8: MRD on mrd: cycle-2 IL-6 rise / cycle-1 rise < 0.25 (rise = peak − il6Base)', () => {
    const peaks = run('mrd', 84, MRD).m.il6PeakByCycle;
    expect(peaks.map((p) => p.startDay)).toEqual([0, 42]);
    const base = DEFAULTS.il6Base;
    expect((peaks[1]!.peakPgPerMl - base) / (peaks[0]!.peakPgPerMl - base)).toBeLessThan(0.25);
  });

  it('CK-9: R/R on label-rr: IL-6 peaks within 48 h and is back below 10 % of its rise by 72 h while the infusion runs', () => {
    const { tr, m } = run('label-rr', 84);
    const peak = m.il6PeakByCycle[0]!;
    expect(peak.peakDay * 24).toBeLessThanOrEqual(48);
    expect(tr.at(3).rateUgPerDay).toBeGreaterThan(0); // the infusion still runs
    const base = DEFAULTS.il6Base;
    expect(tr.at(3).I - base).toBeLessThan(0.1 * (peak.peakPgPerMl - base));
  });

  it('CK-10: treg 12 %, label-rr: the cycle-2 IL-6 peak is below the cycle-1 peak', () => {
    const peaks = run('label-rr', 84, { treg: 12 }).m.il6PeakByCycle;
    expect(peaks[1]!.peakPgPerMl).toBeLessThan(peaks[0]!.peakPgPerMl);
  });
});

describe('CNS-risk signal N = kMarg·D·Q·Tp / t0 (version 2)', () => {
  const peakN = (tr: Trajectory, from: number, to: number): number => seriesExtremum(tr, 'N', from, to)!.value;

  it('CNS-1: R/R on label-rr: CNS-risk exposure of cycle 1 ≥ 2 × cycle 2', () => {
    const e = run('label-rr', 84).m.cnsRiskExposureByCycle;
    expect(e.map((c) => [c.startDay, c.complete])).toEqual([[0, true], [42, true]]);
    expect(e[0]!.value).toBeGreaterThanOrEqual(2 * e[1]!.value);
  });

  it('CNS-2: R/R on label-rr: CNS-risk index of cycle 1 > cycle 2', () => {
    const idx = run('label-rr', 84).m.cnsRiskIndexByCycle;
    expect(idx.map((c) => c.startDay)).toEqual([0, 42]);
    expect(idx[0]!.value).toBeGreaterThan(idx[1]!.value);
  });

  it('CNS-3: R/R on label-rr: the peak of N after the day-8 step is ≥ 0.25 × the first peak', () => {
    const { tr, m } = run('label-rr', 84);
    const step = m.cnsRiskStepPeaks.find((s) => s.cycle === 1 && s.stepDay === 7)!;
    expect(step.ratioToCycleStartPeak).toBeGreaterThanOrEqual(0.25);
    expect(step.value / peakN(tr, 0, 7)).toBeCloseTo(step.ratioToCycleStartPeak, 9);
  });

  it('CNS-4: MRD on mrd: CNS-risk exposure of cycle 2 < 0.5 × cycle 1', () => {
    const e = run('mrd', 84, MRD).m.cnsRiskExposureByCycle;
    expect(e[1]!.value).toBeLessThan(0.5 * e[0]!.value);
  });

  it('CNS-5: R/R, first 14 days: the peak of N rises with dose (flat-5 < flat-15 < flat-60)', () => {
    const [n5, n15, n60] = (['flat-5', 'flat-15', 'flat-60'] as const).map((r) => peakN(run(r, 28).tr, 0, 14)) as [number, number, number];
    expect(n5).toBeLessThan(n15);
    expect(n15).toBeLessThan(n60);
  });

  it('CNS-6: R/R, first 14 days: the peak of N under label-rr < 0.6 × under no-step', () => {
    expect(peakN(run('label-rr', 84).tr, 0, 14)).toBeLessThan(0.6 * peakN(run('no-step', 28).tr, 0, 14));
  });
});

// Calibration targets of MODEL.md §8, one test per target id (PK-1 … RSP-3), on the default parameters.
// Scenarios: MRD = x0 0.001, pbBlasts0 0, treg 4; R/R = defaults; high burden = x0 0.8.

import { describe, expect, it } from 'vitest';
import { metrics, simulate, type Metrics, type RegimenInput, type Trajectory } from '../../../renderer/src/model/index';

const MRD = { x0: 0.001, pbBlasts0: 0, treg: 4 } as const;
const HIGH_BURDEN = { x0: 0.8 } as const;
const EC90_LEUKAEMIA_PG_PER_ML = 470; // ASCO 2013 abstract 3048

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
  it('RSP-1: R/R defaults on label-rr: marrow blasts ≤ 5 % at day 28 (CR-like)', () => {
    const { m } = run('label-rr', 42);
    expect(m.marrowBlastsDay28!).toBeLessThanOrEqual(0.05);
    expect(m.responseEndOfCycle1).toBe('CR-like');
  });

  it('RSP-2: the same with treg 12 %: marrow blasts > 5 % at day 28 (no response)', () => {
    const { m } = run('label-rr', 42, { treg: 12 });
    expect(m.marrowBlastsDay28!).toBeGreaterThan(0.05);
    expect(m.responseEndOfCycle1).toBe('no response');
  });

  it('RSP-3: MRD on mrd: marrow blasts < 1e-4 at day 28 (MRD-negative-like)', () => {
    const { m } = run('mrd', 42, MRD);
    expect(m.marrowBlastsDay28!).toBeLessThan(1e-4);
    expect(m.responseEndOfCycle1).toBe('MRD-negative-like');
  });
});

// metrics() (MODEL.md §7): derived outputs behave as documented — CRS-index bands, the CNS-risk
// signal, index and exposure, response labels, per-cycle peaks — and are plain JSON.

import { describe, expect, it } from 'vitest';
import { CRS_BANDS, crsBandFor, metrics, simulate } from '../../../renderer/src/model/index';

describe('metrics', () => {
  it('the CRS index bands the cycle-1 IL-6 peak; the typical R/R patient on label-rr lands in grade 1–2', () => {
    const rr = metrics(simulate({ regimen: 'label-rr', days: 28 }));
    expect(rr.crsIndex!.illustrative).toBe(true);
    expect(rr.crsIndex!.peakPgPerMl).toBe(rr.il6PeakByCycle[0]!.peakPgPerMl);
    expect([1, 2]).toContain(rr.crsIndex!.grade);
    const mrd = metrics(simulate({ regimen: 'mrd', days: 28, parameters: { x0: 0.001, pbBlasts0: 0, treg: 4 } }));
    expect(mrd.crsIndex!.grade).toBeLessThan(rr.crsIndex!.grade);
    const flat60 = metrics(simulate({ regimen: 'flat-60', days: 28, parameters: { x0: 0.8 } }));
    expect(flat60.crsIndex!.grade).toBeGreaterThan(rr.crsIndex!.grade);
  });

  it('CRS bands are contiguous and ordered', () => {
    expect(CRS_BANDS.map((b) => b.grade)).toEqual([0, 1, 2, 3, 4]);
    for (let i = 1; i < CRS_BANDS.length; i++) expect(CRS_BANDS[i]!.fromPgPerMl).toBeGreaterThan(CRS_BANDS[i - 1]!.fromPgPerMl);
    expect(crsBandFor(CRS_BANDS[2]!.fromPgPerMl).grade).toBe(2);
    expect(crsBandFor(CRS_BANDS[2]!.fromPgPerMl - 1e-9).grade).toBe(1);
  });

  it('the CNS-risk signal N is kMarg·D·Q·Tp / t0; the index is its max over each cycle\'s infusion, the exposure ∫ N over days 0–14', () => {
    const tr = simulate({ regimen: 'label-rr', days: 84, outputStepMinutes: 1 });
    const m = metrics(simulate({ regimen: 'label-rr', days: 84 }));
    const p = tr.parameters;
    for (const i of [0, 5, 60, 500, 10_100, 60_600]) {
      expect(tr.N[i]).toBeCloseTo((p.kMarg * tr.D[i]! * tr.Q[i]! * tr.Tp[i]!) / p.t0, 12);
      expect(tr.at(tr.t[i]! + 1e-4).N).toBeCloseTo((p.kMarg * tr.at(tr.t[i]! + 1e-4).D * tr.at(tr.t[i]! + 1e-4).Q * tr.at(tr.t[i]! + 1e-4).Tp) / p.t0, 12);
    }
    // trapezoid quadrature of N on the 1-minute grid agrees with the integrated quadrature state F
    const trapezoid = (from: number, to: number): number => {
      let sum = 0;
      for (let i = 1; i < tr.length; i++) {
        if (tr.t[i - 1]! < from || tr.t[i]! > to) continue;
        sum += 0.5 * (tr.N[i - 1]! + tr.N[i]!) * (tr.t[i]! - tr.t[i - 1]!);
      }
      return sum;
    };
    const gridMax = (from: number, to: number): number => {
      let best = 0;
      for (let i = 0; i < tr.length; i++) if (tr.t[i]! >= from && tr.t[i]! <= to) best = Math.max(best, tr.N[i]!);
      return best;
    };
    expect(m.cnsRiskExposureByCycle.map((c) => c.startDay)).toEqual([0, 42]);
    expect(m.cnsRiskIndexByCycle.map((c) => c.startDay)).toEqual([0, 42]);
    expect(m.cnsRiskIndex).toBe(m.cnsRiskIndexByCycle[0]!.value);
    expect(m.cnsRiskExposure).toBe(m.cnsRiskExposureByCycle[0]!.value);
    for (const [n, c0] of [[0, 0], [1, 42]] as const) {
      // (the trapezoid rule's own error at the kinks of D is ~1e-5 on this grid)
      expect(Math.abs(m.cnsRiskExposureByCycle[n]!.value / trapezoid(c0, c0 + 14) - 1)).toBeLessThan(5e-5);
      const idx = m.cnsRiskIndexByCycle[n]!;
      expect(idx.value).toBeGreaterThanOrEqual(gridMax(c0, c0 + 28) * (1 - 1e-9));
      expect(Math.abs(idx.value / gridMax(c0, c0 + 28) - 1)).toBeLessThan(1e-5);
      expect(idx.peakDay).toBeGreaterThanOrEqual(c0);
      expect(idx.peakDay).toBeLessThanOrEqual(c0 + 28);
    }
    // N is zero once the infusion has stopped and the drug is gone (D = 0)
    expect(gridMax(29, 41.99)).toBe(0);
  });

  it('CNS-risk exposure is marked incomplete when the run ends before day 14 of a cycle', () => {
    const m = metrics(simulate({ regimen: 'label-rr', days: 50 }));
    expect(m.cnsRiskExposureByCycle.map((c) => c.complete)).toEqual([true, false]);
    expect(m.cnsRiskExposureByCycle[1]!.value).toBeGreaterThan(0);
  });

  it('IL-6 peaks are found between grid points and are the maximum of I over each cycle', () => {
    const tr = simulate({ regimen: 'label-rr', days: 84 });
    const m = metrics(tr);
    for (const peak of m.il6PeakByCycle) {
      let gridMax = 0;
      for (let i = 0; i < tr.length; i++) if (tr.t[i]! >= peak.startDay && tr.t[i]! < peak.startDay + 42) gridMax = Math.max(gridMax, tr.I[i]!);
      expect(peak.peakPgPerMl).toBeGreaterThanOrEqual(gridMax);
      expect(Math.abs(peak.peakPgPerMl / tr.at(peak.peakDay).I - 1)).toBeLessThan(1e-8);
    }
  });

  it('marrow blasts at days 28 and 42 and the response label are null when the run is too short', () => {
    const m = metrics(simulate({ regimen: 'label-rr', days: 10 }));
    expect(m.marrowBlastsDay28).toBeNull();
    expect(m.marrowBlastsDay42).toBeNull();
    expect(m.responseEndOfCycle1).toBeNull();
  });

  it('is plain JSON: it survives a round trip unchanged (no NaN, no Infinity)', () => {
    const m = metrics(simulate({ regimen: 'nhl-step', days: 50, interruptions: [{ startDay: 3, durationDays: 2 }] }));
    expect(JSON.parse(JSON.stringify(m))).toEqual(m);
  });
});

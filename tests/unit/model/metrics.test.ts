// metrics() (MODEL.md §7): derived outputs behave as documented — CRS-index bands, the CNS-risk
// index as margination flux, response labels, per-cycle peaks — and are plain JSON.

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

  it('the CNS-risk index is the first-7-day margination flux ∫ kMarg·D·Tp dt / t0 of each cycle', () => {
    const m = metrics(simulate({ regimen: 'label-rr', days: 84 }));
    // trapezoid quadrature of kMarg·D·Tp on a 1-minute grid agrees with the integrated flux
    const tr = simulate({ regimen: 'label-rr', days: 50, outputStepMinutes: 1 });
    const trapezoid = (from: number, to: number): number => {
      let flux = 0;
      for (let i = 1; i < tr.length; i++) {
        if (tr.t[i - 1]! < from || tr.t[i]! > to) continue;
        const f0 = tr.parameters.kMarg * tr.D[i - 1]! * tr.Tp[i - 1]!;
        const f1 = tr.parameters.kMarg * tr.D[i]! * tr.Tp[i]!;
        flux += 0.5 * (f0 + f1) * (tr.t[i]! - tr.t[i - 1]!);
      }
      return flux / tr.parameters.t0;
    };
    expect(m.cnsRiskIndexByCycle.map((c) => c.startDay)).toEqual([0, 42]);
    expect(m.cnsRiskIndex).toBe(m.cnsRiskIndexByCycle[0]!.value);
    expect(Math.abs(m.cnsRiskIndexByCycle[0]!.value / trapezoid(0, 7) - 1)).toBeLessThan(1e-4);
    expect(Math.abs(m.cnsRiskIndexByCycle[1]!.value / trapezoid(42, 49) - 1)).toBeLessThan(1e-4);
  });

  it('flat dosing gives more marginated-T flux (CNS-risk index) than step dosing', () => {
    const step = metrics(simulate({ regimen: 'label-rr', days: 28 })).cnsRiskIndex!;
    const flat = metrics(simulate({ regimen: 'flat-60', days: 28 })).cnsRiskIndex!;
    expect(flat).toBeGreaterThan(step);
  });

  it('IL-6 peaks are found between grid points and are the maximum of I over each cycle', () => {
    const tr = simulate({ regimen: 'label-rr', days: 84 });
    const m = metrics(tr);
    for (const peak of m.il6PeakByCycle) {
      let gridMax = 0;
      for (let i = 0; i < tr.length; i++) if (tr.t[i]! >= peak.startDay && tr.t[i]! < peak.startDay + 42) gridMax = Math.max(gridMax, tr.I[i]!);
      expect(peak.peakPgPerMl).toBeGreaterThanOrEqual(gridMax);
      expect(peak.peakPgPerMl).toBeCloseTo(tr.at(peak.peakDay).I, 9);
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

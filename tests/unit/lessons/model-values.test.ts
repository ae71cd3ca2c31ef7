// Live numbers in lesson prose come from the model: every named quantity computes for every scenario it
// is meant for, agrees with MODEL.md's closed forms and calibration, and is rounded honestly.
import { describe, expect, it } from 'vitest';
import { MODEL_VALUE_NAMES } from '../../../renderer/src/lessons/component-names';
import { computeModelValue, formatSignificant } from '../../../renderer/src/lessons/model-values';
import { metrics, parameters, simulate, steadyStatePgPerMl, resolveParameters } from '../../../renderer/src/model';

const value = (request: Parameters<typeof computeModelValue>[0]): number => computeModelValue(request).value;

describe('model values quoted in lessons', () => {
  it('computes every named quantity in the default scenario', () => {
    for (const name of MODEL_VALUE_NAMES) {
      const q = computeModelValue({ name, regimen: 'label-rr', level: '28' });
      expect(Number.isFinite(q.value), name).toBe(true);
      expect(q.label.length, name).toBeGreaterThan(5);
    }
  });

  it('matches the closed-form PK of the source-review parameter set', () => {
    expect(computeModelValue({ name: 'halfLifeHours' }).value).toBeCloseTo((Math.LN2 * 1.61) / 22.3 * 24, 6);
    expect(computeModelValue({ name: 'cssPgPerMl', regimen: 'label-rr', level: '28' }).value).toBeCloseTo((1000 * 28) / (22.3 * 1.88), 6);
    expect(computeModelValue({ name: 'cssPgPerMl', regimen: 'flat-15', level: '15' }).value).toBeCloseTo((1000 * 15) / 22.3, 6);
  });

  it('shows the drug working far below receptor saturation', () => {
    const cd19 = computeModelValue({ name: 'cd19OccupancyPct', regimen: 'label-rr', level: '28' }).value;
    const cd3 = computeModelValue({ name: 'cd3OccupancyPct', regimen: 'label-rr', level: '28' }).value;
    expect(cd19).toBeGreaterThan(0.5);
    expect(cd19).toBeLessThan(1.5);
    expect(cd3).toBeGreaterThan(0.003);
    expect(cd3).toBeLessThan(0.008);
  });

  it('uses the calibration scenarios (MRD: fast B-cell depletion and T-cell expansion)', () => {
    const depletion = computeModelValue({ name: 'bCellDepletionDays', scenario: 'mrd' }).value;
    expect(depletion).toBeGreaterThanOrEqual(1);
    expect(depletion).toBeLessThanOrEqual(3);
    expect(computeModelValue({ name: 'tCellFoldDay21', scenario: 'mrd' }).value).toBeGreaterThanOrEqual(2);
    expect(computeModelValue({ name: 'marrowBlastsDay28Pct', scenario: 'high-burden' }).value).toBeGreaterThan(computeModelValue({ name: 'marrowBlastsDay28Pct' }).value);
  });

  it('blood killing is saturated at every clinical dose; marrow engagement Em follows its closed form and rises with dose (MODEL.md v2 §2)', () => {
    const p = resolveParameters({});
    for (const [regimen, level] of [['label-rr', '9'], ['label-rr', '28'], ['flat-5', '5'], ['flat-15', '15'], ['flat-60', '60']] as const) {
      const rate = regimen === 'label-rr' ? Number(level) : Number(level) * p.bsa;
      const css = steadyStatePgPerMl(rate, p);
      expect(value({ name: 'marrowEngagementPct', regimen, level }), `${regimen} ${level}`).toBeCloseTo((100 * css) / (css + p.ec50Bm), 6);
    }
    // DR-3: blood Ek ≥ 90 % even at 5 µg/m²/day; DR-1/DR-2: Em about half at 9 µg/day, well below saturation at 28
    expect(value({ name: 'killingEngagementPct', regimen: 'flat-5', level: '5' })).toBeGreaterThanOrEqual(90);
    const em9 = value({ name: 'marrowEngagementPct', regimen: 'label-rr', level: '9' });
    const em28 = value({ name: 'marrowEngagementPct', regimen: 'label-rr', level: '28' });
    const em60 = value({ name: 'marrowEngagementPct', regimen: 'flat-60', level: '60' });
    expect(em9).toBeGreaterThan(30);
    expect(em9).toBeLessThan(70);
    expect(em28).toBeLessThanOrEqual(90);
    expect(em28 - em9).toBeGreaterThan(15);
    expect(em60 - value({ name: 'marrowEngagementPct', regimen: 'flat-15', level: '15' })).toBeGreaterThanOrEqual(10);
    expect(value({ name: 'ec50BmPgPerMl' })).toBe(parameters.ec50Bm.value);
    expect(value({ name: 'tRefPerUl' })).toBe(parameters.tRef.value);
  });

  it('marrow blasts: near the 5 % line at day 28, regrowth in the break, dose-response, T cells and Tregs (RSP-1, RSP-2, DR-4)', () => {
    const x28 = value({ name: 'marrowBlastsDay28Pct' });
    expect(x28).toBeGreaterThanOrEqual(2);
    expect(x28).toBeLessThanOrEqual(5);
    const x42 = value({ name: 'marrowBlastsDay42Pct' });
    expect(x42).toBeGreaterThan(x28);
    const m = metrics(simulate({ regimen: 'label-rr', days: 84 }));
    expect(x42).toBeCloseTo(100 * m.marrowBlastsDay42!, 9);
    const flat5 = value({ name: 'marrowBlastsDay28Pct', regimen: 'flat-5' });
    const flat15 = value({ name: 'marrowBlastsDay28Pct', regimen: 'flat-15' });
    const flat60 = value({ name: 'marrowBlastsDay28Pct', regimen: 'flat-60' });
    expect(flat5).toBeGreaterThan(5);
    expect(flat5).toBeGreaterThan(flat15);
    expect(flat15).toBeGreaterThan(flat60);
    // the step costs some cycle-1 marrow clearance
    expect(value({ name: 'marrowBlastsDay28Pct', regimen: 'no-step' })).toBeLessThan(x28);
    expect(value({ name: 'marrowBlastsDay28Pct', scenario: 'high-burden', regimen: 'flat-15' })).toBeLessThan(value({ name: 'marrowBlastsDay28Pct', scenario: 'high-burden', regimen: 'weight-lt-45' }));
    // half the reference T-cell count and Tregs at 12 %: no longer CR-like, and equal to a direct run
    const lowT = value({ name: 'marrowBlastsDay28LowTCellsPct' });
    expect(lowT).toBeGreaterThan(5);
    expect(lowT).toBeCloseTo(100 * metrics(simulate({ regimen: 'label-rr', days: 84, parameters: { t0: parameters.tRef.value / 2 } })).marrowBlastsDay28!, 9);
    const highTreg = computeModelValue({ name: 'marrowBlastsDay28HighTregPct' });
    expect(highTreg.value).toBeGreaterThan(5);
    expect(highTreg.value).toBeCloseTo(100 * metrics(simulate({ regimen: 'label-rr', days: 84, parameters: { treg: 12 } })).marrowBlastsDay28!, 9);
    expect(highTreg.label).toMatch(/Tregs at 12 %/);
  });

  it('the CNS-risk index and exposure are per cycle, cycle 1 larger; the step lowers the first peak but not the exposure (CNS-1, CNS-2, CNS-6)', () => {
    const c1 = value({ name: 'cnsRiskIndex' });
    const c2 = value({ name: 'cnsRiskIndexCycle2' });
    expect(c1).toBeGreaterThan(c2);
    const e1 = value({ name: 'cnsRiskExposureCycle1' });
    const e2 = value({ name: 'cnsRiskExposureCycle2' });
    expect(e1).toBeGreaterThanOrEqual(2 * e2);
    const m = metrics(simulate({ regimen: 'label-rr', days: 84 }));
    expect(c2).toBeCloseTo(m.cnsRiskIndexByCycle[1]!.value, 9);
    expect(e1).toBeCloseTo(m.cnsRiskExposureByCycle[0]!.value, 9);
    // the step: a lower first peak (× < 0.6), a second smaller peak after day 8, and a higher cycle-1 exposure
    expect(c1).toBeLessThan(0.6 * value({ name: 'cnsRiskIndex', regimen: 'no-step' }));
    const stepRatio = value({ name: 'cnsRiskStepPeakRatio' });
    expect(stepRatio).toBeGreaterThanOrEqual(0.25);
    expect(stepRatio).toBeLessThan(1);
    expect(e1).toBeGreaterThan(value({ name: 'cnsRiskExposureCycle1', regimen: 'no-step' }));
    expect(() => computeModelValue({ name: 'cnsRiskStepPeakRatio', regimen: 'no-step' })).toThrow(/no CNS-risk peak after a dose step/);
  });

  it('the model\'s normal B cells recover within days of a stop (what the lessons say the model leaves out)', () => {
    const days = value({ name: 'bCellRecoveryDaysAfterStop', scenario: 'mrd' });
    expect(days).toBeGreaterThan(0);
    expect(days).toBeLessThan(7);
    const tr = simulate({ regimen: 'mrd', days: 84, parameters: { x0: 0.001, pbBlasts0: 0, treg: 4 } });
    const stop = tr.schedule.cycleInfusionEndsDays[0]!;
    expect(tr.at(stop + days).Bp).toBeCloseTo(0.9 * tr.parameters.bNormal, 3);
    expect(tr.at(stop + days - 0.05).Bp).toBeLessThan(0.9 * tr.parameters.bNormal);
  });

  it('refuses unknown names, scenarios and dose levels with a clear message', () => {
    expect(() => computeModelValue({ name: 'nope' })).toThrow(/unknown quantity "nope"/);
    expect(() => computeModelValue({ name: 'il6PeakPgPerMl', scenario: 'space' })).toThrow(/unknown scenario "space"/);
    expect(() => computeModelValue({ name: 'cssPgPerMl', regimen: 'label-rr', level: '99' })).toThrow(/no dose level 99/);
  });

  it('rounds to significant digits without false precision', () => {
    expect(formatSignificant(668.2, 2)).toBe('670');
    expect(formatSignificant(1.2046, 2)).toBe('1.2');
    expect(formatSignificant(0.004977, 1)).toBe('0.005');
    expect(formatSignificant(Number.NaN, 2)).toBe('—');
  });
});

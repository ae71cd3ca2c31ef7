// Live numbers in lesson prose come from the model: every named quantity computes for every scenario it
// is meant for, agrees with MODEL.md's closed forms and calibration, and is rounded honestly.
import { describe, expect, it } from 'vitest';
import { MODEL_VALUE_NAMES } from '../../../renderer/src/lessons/component-names';
import { computeModelValue, formatSignificant } from '../../../renderer/src/lessons/model-values';

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

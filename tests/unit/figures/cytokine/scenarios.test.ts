// Tests of the cytokine figure's scenario grid: each cell is a model simulation of MODEL.md §8's scenarios,
// its readouts are the model's metrics, and the grid shows what the lesson teaches (step and burden effects).
import { describe, expect, it } from 'vitest';
import { metrics, regimens, simulate } from '../../../../renderer/src/model';
import {
  BSA_M2,
  BURDEN_OPTIONS,
  DOSING_OPTIONS,
  WINDOW_DAYS,
  figureLandmarks,
  gridCell,
  sharedGrid,
  simulateGrid,
  simulationInput,
  stepDayOf,
} from '../../../../renderer/src/figures/cytokine/scenarios';

const grid = simulateGrid();

describe('the regimen × burden grid', () => {
  it('compares flat and stepped dosing at the MRD and high-burden scenarios of the model contract', () => {
    expect(DOSING_OPTIONS.map((d) => d.kind)).toEqual(expect.arrayContaining(['flat', 'stepped']));
    expect(BURDEN_OPTIONS.find((b) => b.id === 'low')!.parameters).toEqual({ x0: 0.001, pbBlasts0: 0, treg: 4 });
    expect(BURDEN_OPTIONS.find((b) => b.id === 'high')!.parameters).toEqual({ x0: 0.8 });
    expect(grid.size).toBe(DOSING_OPTIONS.length * BURDEN_OPTIONS.length);
    expect(sharedGrid()).toBe(sharedGrid());
  });

  it('never tells flat from stepped by colour alone: every regimen has its own dash pattern and label', () => {
    expect(new Set(DOSING_OPTIONS.map((d) => d.dash)).size).toBe(DOSING_OPTIONS.length);
    expect(new Set(DOSING_OPTIONS.map((d) => d.shortLabel)).size).toBe(DOSING_OPTIONS.length);
    for (const d of DOSING_OPTIONS) expect(d.color).toMatch(/^var\(--series-/);
  });

  it('labels each regimen with its µg/day at the model patient’s BSA (flat 15 µg/m²/day ≈ 28 µg/day; stepped capped 9 → 28)', () => {
    expect(BSA_M2).toBeCloseTo(1.88, 2);
    expect(DOSING_OPTIONS.find((d) => d.id === 'flat-15')!.label).toContain(`≈ ${Math.round(15 * BSA_M2)} µg/day`);
    expect(DOSING_OPTIONS.find((d) => d.id === 'weight-lt-45')!.label).toContain('9 → 28 µg/day');
  });

  it('simulates each cell from a pure input that replays to the same readouts', () => {
    const input = simulationInput('weight-lt-45', 'high');
    expect(input).toEqual({ regimen: 'weight-lt-45', days: WINDOW_DAYS, parameters: { x0: 0.8 } });
    const m = metrics(simulate(input));
    const cell = gridCell(grid, 'weight-lt-45', 'high');
    expect(cell.il6PeakPgPerMl).toBe(m.il6PeakByCycle[0]!.peakPgPerMl);
    expect(cell.cnsRiskIndex).toBe(m.cnsRiskIndex);
    expect(cell.crsBand).toBe(m.crsIndex!.grade);
  });

  it('reads the same IL-6 peak and CNS-risk index as the lesson’s 84-day runs (the window does not change them)', () => {
    for (const b of BURDEN_OPTIONS) {
      for (const d of DOSING_OPTIONS) {
        const long = metrics(simulate({ regimen: d.regimen, days: 84, parameters: b.parameters }));
        const cell = gridCell(grid, d.id, b.id);
        expect(cell.il6PeakPgPerMl).toBeCloseTo(long.il6PeakByCycle[0]!.peakPgPerMl, 6);
        expect(cell.cnsRiskIndex).toBeCloseTo(long.cnsRiskIndex!, 6);
      }
    }
  });

  it('shows a smaller IL-6 peak and CNS-risk index with the stepped start, at both burdens', () => {
    for (const b of BURDEN_OPTIONS) {
      const flat = gridCell(grid, 'flat-15', b.id);
      const stepped = gridCell(grid, 'weight-lt-45', b.id);
      expect(stepped.il6PeakPgPerMl).toBeLessThan(flat.il6PeakPgPerMl);
      expect(stepped.cnsRiskIndex).toBeLessThan(flat.cnsRiskIndex);
      expect(stepped.tCellNadirPerUl).toBeGreaterThan(flat.tCellNadirPerUl);
      expect(stepped.crsBand).toBeLessThanOrEqual(flat.crsBand);
    }
  });

  it('shows burden driving IL-6 far more than the CNS-risk index', () => {
    for (const d of DOSING_OPTIONS) {
      const low = gridCell(grid, d.id, 'low');
      const high = gridCell(grid, d.id, 'high');
      expect(high.il6PeakPgPerMl / low.il6PeakPgPerMl).toBeGreaterThan(5);
      expect(Math.abs(high.cnsRiskIndex - low.cnsRiskIndex) / low.cnsRiskIndex).toBeLessThan(0.05);
    }
  });

  it('finds the step bump and the second T-cell dip only for the stepped regimen, just after the step', () => {
    const step = stepDayOf('weight-lt-45');
    expect(step).toBe(regimens['weight-lt-45'].cycle1[1]!.startDay);
    expect(stepDayOf('flat-15')).toBeNull();
    const stepped = gridCell(grid, 'weight-lt-45', 'high');
    expect(stepped.stepBump!.day).toBeGreaterThan(step!);
    expect(stepped.stepBump!.day).toBeLessThan(step! + 1);
    expect(stepped.stepBump!.pgPerMl).toBeLessThan(stepped.il6PeakPgPerMl);
    expect(stepped.stepDip!.perUl).toBeGreaterThan(stepped.tCellNadirPerUl);
    expect(gridCell(grid, 'flat-15', 'high').stepBump).toBeNull();
    expect(gridCell(grid, 'flat-15', 'high').stepDip).toBeNull();
  });

  it('puts clock landmarks at the start, day 1, the dose step and the end of the window', () => {
    const marks = figureLandmarks();
    expect(marks.map((m) => m.tDays)).toEqual([0, 1, stepDayOf('weight-lt-45'), WINDOW_DAYS]);
    expect(marks.find((m) => m.tDays === 7)!.label).toContain('label day 8');
  });
});

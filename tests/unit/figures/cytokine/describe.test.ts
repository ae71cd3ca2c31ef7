// Tests of the cytokine figure's text alternatives: the description follows burden, regimens and time,
// and the data table lists every regimen × burden with peaks, peak times and indices from the model.
import { describe, expect, it } from 'vitest';
import { cytokineTable, describeCytokine, TABLE_COLUMNS } from '../../../../renderer/src/figures/cytokine/describe';
import { BURDEN_OPTIONS, DOSING_OPTIONS, gridCell, simulateGrid } from '../../../../renderer/src/figures/cytokine/scenarios';
import { MODEL_DISCLAIMER } from '../../../../renderer/src/model';

const grid = simulateGrid();

describe('the description', () => {
  it('names the burden and the time, and for each regimen its IL-6 now, peak, CRS band and CNS-risk index', () => {
    const text = describeCytokine(grid, { burden: 'high', shown: ['flat-15', 'weight-lt-45'], tDays: 0.25 });
    const flat = gridCell(grid, 'flat-15', 'high');
    const stepped = gridCell(grid, 'weight-lt-45', 'high');
    expect(text.startsWith('High burden (80 % blasts), day 0, 06:00.')).toBe(true);
    expect(text).toContain(`Flat 15 µg/m²/day: IL-6 now`);
    expect(text).toContain(`cycle-1 IL-6 peak ${Math.round(flat.il6PeakPgPerMl)} pg/mL at ${flat.il6PeakHours.toFixed(1)} h (illustrative CRS band ${flat.crsBand})`);
    expect(text).toContain(`CNS-risk index ${flat.cnsRiskIndex.toFixed(2)}`);
    expect(text).toContain(`peak ${Math.round(stepped.il6PeakPgPerMl)} pg/mL`);
    expect(text).toContain(`a smaller bump of ${Math.round(stepped.stepBump!.pgPerMl)} pg/mL after the day-8 step`);
    expect(text).toMatch(/lowers the IL-6 peak by \d+ % and the CNS-risk index by \d+ %/);
    expect(text).toContain(MODEL_DISCLAIMER);
  });

  it('changes with the clock: IL-6 "now" is high during the burst and back near baseline by day 5', () => {
    const during = describeCytokine(grid, { burden: 'high', shown: ['flat-15'], tDays: 0.1 });
    const later = describeCytokine(grid, { burden: 'high', shown: ['flat-15'], tDays: 5 });
    const now = (s: string) => Number(/IL-6 now ([\d.]+) pg\/mL/.exec(s)![1]);
    expect(now(during)).toBeGreaterThan(100);
    expect(now(later)).toBeLessThan(5);
    expect(later).toContain('day 5, 00:00');
  });

  it('changes with the burden, and contrasts it with the other burden', () => {
    const low = describeCytokine(grid, { burden: 'low', shown: ['flat-15'], tDays: 0 });
    expect(low.startsWith('Low burden (MRD)')).toBe(true);
    const other = gridCell(grid, 'flat-15', 'high');
    expect(low).toContain(`At high burden the flat 15 µg/m²/day IL-6 peak would be ${Math.round(other.il6PeakPgPerMl)} pg/mL`);
  });

  it('says so when no regimen is shown', () => {
    expect(describeCytokine(grid, { burden: 'low', shown: [], tDays: 0 })).toMatch(/No regimen is shown/);
  });
});

describe('the data table', () => {
  it('has one row per regimen × burden with the model’s peaks, times, bands and indices', () => {
    const table = cytokineTable(grid);
    expect(table.columns).toEqual(TABLE_COLUMNS);
    expect(table.rows).toHaveLength(DOSING_OPTIONS.length * BURDEN_OPTIONS.length);
    const row = table.rows.find((r) => r[0] === DOSING_OPTIONS[1]!.label && r[1] === 'High burden (80 % blasts)')!;
    const cell = gridCell(grid, 'weight-lt-45', 'high');
    expect(row[2]).toBe(String(Math.round(cell.il6PeakPgPerMl)));
    expect(row[3]).toBe(cell.il6PeakHours.toFixed(1));
    expect(row[4]).toBe(String(cell.crsBand));
    expect(row[5]).toBe(String(Math.round(cell.stepBump!.pgPerMl)));
    expect(row[7]).toBe(cell.cnsRiskIndex.toFixed(2));
    const flatRow = table.rows.find((r) => r[0] === DOSING_OPTIONS[0]!.label)!;
    expect(flatRow[5]).toBe('— (no step)');
    expect(table.caption).toContain(MODEL_DISCLAIMER);
  });
});

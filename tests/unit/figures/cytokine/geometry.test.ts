// Tests of the cytokine figure's pure geometry: shared y scales across burdens, peak
// annotations, the illustrative CRS bands of the dot chart and its marks.
import { describe, expect, it } from 'vitest';
import { CRS_BANDS } from '../../../../renderer/src/model';
import {
  DOT_CHART,
  cnsScale,
  crsBandRects,
  dotRows,
  markerPath,
  peakAnnotations,
  peakScale,
  yMaxFor,
} from '../../../../renderer/src/figures/cytokine/geometry';
import { DOSING_OPTIONS, gridCell, simulateGrid } from '../../../../renderer/src/figures/cytokine/scenarios';
import { scaleLinear } from 'd3-scale';

// The chart kit lays the plot out; these stand in for its scales (10 days on 560 px, IL-6 up to the top on 160 px).
const timeXScale = () => scaleLinear().domain([0, 10]).range([0, 560]);
const timeYScale = (top: number) => scaleLinear().domain([0, top * 1.08]).range([160, 0]).nice(5);

const grid = simulateGrid();

describe('time-chart scales', () => {
  it('keep one IL-6 scale for both burdens, topped by the largest peak of the regimens shown', () => {
    const shown = ['flat-15', 'weight-lt-45'] as const;
    const top = yMaxFor(grid, shown, 'il6');
    expect(top).toBeCloseTo(Math.max(gridCell(grid, 'flat-15', 'high').il6PeakPgPerMl, gridCell(grid, 'flat-15', 'low').il6PeakPgPerMl), 0);
    expect(yMaxFor(grid, [...shown, 'flat-60'], 'il6')).toBeGreaterThan(top);
  });

  it('falls back to the default regimens when none is shown, so the axes never collapse', () => {
    expect(yMaxFor(grid, [], 'tcells')).toBe(yMaxFor(grid, ['flat-15', 'weight-lt-45'], 'tcells'));
  });

});

describe('peak annotations', () => {
  it('mark each shown regimen’s cycle-1 peak with its value and time, and the stepped regimen’s bump', () => {
    const x = timeXScale();
    const y = timeYScale(yMaxFor(grid, ['flat-15', 'weight-lt-45'], 'il6'));
    const notes = peakAnnotations(grid, ['flat-15', 'weight-lt-45'], 'high', x, y, 160);
    expect(notes.map((n) => `${n.dosing}:${n.kind}`)).toEqual(['flat-15:start', 'weight-lt-45:start', 'weight-lt-45:step']);
    const flat = gridCell(grid, 'flat-15', 'high');
    expect(notes[0]!.text).toBe(`flat 15 µg/m²/day: ${Math.round(flat.il6PeakPgPerMl)} pg/mL at ${flat.il6PeakHours.toFixed(1)} h`);
    expect(notes[0]!.x).toBeCloseTo(x(flat.il6PeakHours / 24), 9);
    expect(notes[0]!.y).toBeCloseTo(y(flat.il6PeakPgPerMl), 9);
    expect(Math.abs(notes[0]!.labelY - notes[1]!.labelY)).toBeGreaterThanOrEqual(12 * 1.25 - 1e-9);
    expect(notes[2]!.anchor).toBe('end');
    expect(notes[2]!.labelX).toBeLessThan(notes[2]!.x);
    expect(notes[2]!.text).toMatch(/^stepped 5 → 15, after the step: \d+ pg\/mL$/);
  });

  it('keeps every peak label apart, also at a low burden where all marks sit near zero', () => {
    const shown = ['flat-15', 'weight-lt-45', 'flat-60'] as const;
    const y = timeYScale(yMaxFor(grid, shown, 'il6'));
    for (const burden of ['low', 'high'] as const) {
      const labels = peakAnnotations(grid, shown, burden, timeXScale(), y, 160).map((n) => n.labelY).sort((a, b) => a - b);
      expect(labels.length, burden).toBe(4); // three starts and the step
      for (let i = 1; i < labels.length; i++) expect(labels[i]! - labels[i - 1]!, burden).toBeGreaterThanOrEqual(15 - 1e-9);
    }
  });
});

describe('dot chart', () => {
  it('draws the illustrative CRS bands of the model in order across the peak panel', () => {
    const rects = crsBandRects();
    expect(rects.map((r) => r.grade)).toEqual(CRS_BANDS.filter((b) => b.fromPgPerMl < DOT_CHART.peakDomainPgPerMl[1]).map((b) => b.grade));
    expect(rects[0]!.x0).toBe(0);
    expect(rects[rects.length - 1]!.x1).toBeCloseTo(DOT_CHART.peakPanelWidth, 9);
    for (let i = 1; i < rects.length; i++) expect(rects[i]!.x0).toBeCloseTo(rects[i - 1]!.x1, 9);
    expect(rects[1]!.x0).toBeCloseTo(peakScale()(25), 9);
  });

  it('places one mark per burden per regimen, and flags the chosen burden', () => {
    const rows = dotRows(grid, 'low');
    expect(rows.map((r) => r.dosing)).toEqual(DOSING_OPTIONS.map((d) => d.id));
    for (const row of rows) {
      expect(row.peak.map((m) => m.burden)).toEqual(['low', 'high']);
      expect(row.peak.find((m) => m.selected)!.burden).toBe('low');
      expect(row.peak[0]!.x).toBeLessThan(row.peak[1]!.x);
    }
    const cs = cnsScale(grid);
    for (const cell of grid.values()) expect(cs(cell.cnsRiskIndex)).toBeLessThanOrEqual(DOT_CHART.cnsPanelWidth);
  });

  it('draws low burden as an open circle larger than the high-burden square, so equal values stay visible', () => {
    expect(markerPath('low', 10, 10, 5)).toMatch(/a7\.5,7\.5/);
    const square = markerPath('high', 10, 10, 5);
    expect(square).toMatch(/^M6\.9,6\.9H13\.1V13\.1H6\.9Z$/);
    // The square's corner (3.1·√2 ≈ 4.4) stays inside the circle (7.5).
    expect(3.1 * Math.SQRT2).toBeLessThan(7.5);
  });
});

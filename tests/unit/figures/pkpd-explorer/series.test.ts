// Tests of the explorer's chart data: windows of a range, reference curves on the current grid, and the
// per-chart decimation that must keep every peak and trough (the IL-6 burst, the T-cell nadir).
import { describe, expect, it } from 'vitest';
import { simulate } from '../../../../renderer/src/model';
import {
  CHART_DEF_BY_ID,
  REFERENCE_COLOR,
  chartData,
  chartSeries,
  decimate,
  explorerArrays,
  axisBounds,
  resampleOnGrid,
  sameValues,
  toPercent,
  windowIndices,
} from '../../../../renderer/src/figures/pkpd-explorer/series';

const grid = (n: number, step: number): Float64Array => Float64Array.from({ length: n }, (_, i) => i * step);

function maxOf(v: ArrayLike<number>): number {
  let m = -Infinity;
  for (let i = 0; i < v.length; i++) m = Math.max(m, v[i]!);
  return m;
}
function minOf(v: ArrayLike<number>): number {
  let m = Infinity;
  for (let i = 0; i < v.length; i++) m = Math.min(m, v[i]!);
  return m;
}

describe('windows and grids', () => {
  it('windows a range to the points inside it, reaching both edges', () => {
    const t = grid(101, 0.25); // 0 … 25 days
    const [a, b] = windowIndices(t, [3, 10]);
    expect(t[a]).toBe(3);
    expect(t[b - 1]).toBe(10);
    const [c, d] = windowIndices(t, [3.1, 9.9]);
    expect(t[c]).toBeLessThanOrEqual(3.1);
    expect(t[d - 1]).toBeGreaterThanOrEqual(9.9);
    expect(windowIndices(t, [0, 25])).toEqual([0, 101]);
  });

  it('reuses the reference values when the grids agree and interpolates when they do not', () => {
    const t = grid(11, 1);
    const y = Float64Array.from(t, (x) => 3 * x + 1);
    expect(resampleOnGrid(t, y, Float64Array.from(t))).toBe(y);
    const other = Float64Array.of(0, 0.5, 2.25, 9.9, 12);
    const r = resampleOnGrid(t, y, other);
    expect(Array.from(r.subarray(0, 4))).toEqual([1, 2.5, 7.75, 3 * 9.9 + 1].map((v) => expect.closeTo(v, 12)));
    expect(r[4]).toBe(y[10]); // beyond the end: held at the last value
  });

  it('draws the drug from the closed-form PK, so it is exactly the same whatever the marrow, and keeps its identity', () => {
    const a = simulate({ regimen: 'label-rr', days: 84 });
    const b = simulate({ regimen: 'label-rr', days: 84, parameters: { x0: 0.3 } });
    // the integrated drug level differs in round-off only (adaptive steps follow the other states)…
    expect(sameValues(a.C, b.C)).toBe(false);
    // …the drawn one not at all, and it agrees with the integrated one to the model's accuracy
    expect(sameValues(explorerArrays(a).C, explorerArrays(b).C)).toBe(true);
    const worst = explorerArrays(a).C.reduce((m, c, i) => Math.max(m, Math.abs(c - a.C[i]!) / Math.max(1, a.C[i]!)), 0);
    expect(worst).toBeLessThan(1e-5);
    expect(sameValues(explorerArrays(a).C, explorerArrays(simulate({ regimen: 'label-rr', days: 84, parameters: { bsa: 1.7 } })).C)).toBe(false);
    expect(sameValues(a.t, b.t)).toBe(true);
    expect(sameValues(a.X, b.X)).toBe(false);
    expect(Array.from(explorerArrays(b).Xpct.subarray(0, 3))).toEqual(Array.from(toPercent(b.X.subarray(0, 3))));
  });
});

describe('concentration', () => {
  it('draws the serum level the model integrates (C = 1000·A/V), from its closed form, for any BSA', () => {
    for (const bsa of [1.88, 0.9]) {
      const tr = simulate({ regimen: 'flat-15', days: 30, parameters: { bsa } });
      const c = explorerArrays(tr).C;
      for (let i = 0; i < tr.length; i += 97) expect(Math.abs(c[i]! - tr.C[i]!)).toBeLessThanOrEqual(1e-6 * Math.max(1, tr.C[i]!));
    }
  });
});

describe('decimation', () => {
  it('keeps each series’ extremes per column on one shared grid, so a narrow IL-6 spike survives', () => {
    const tr = simulate({ regimen: 'flat-60', days: 84 });
    const domain: [number, number] = [0, 84];
    const columns = 200;
    const d = decimate(tr.t, [tr.I, tr.Tp, tr.C], domain, columns);
    expect(d.t.length).toBeLessThan(tr.length / 3);
    expect(d.t.length).toBeLessThanOrEqual(2 * 3 * (columns + 1) + 2);
    expect(maxOf(d.values[0]!)).toBe(maxOf(tr.I));
    expect(minOf(d.values[1]!)).toBe(minOf(tr.Tp));
    expect(maxOf(d.values[2]!)).toBe(maxOf(tr.C));
    expect(d.t[0]).toBe(tr.t[0]);
    expect(d.t[d.t.length - 1]).toBe(tr.t[tr.length - 1]);
    for (let i = 1; i < d.t.length; i++) expect(d.t[i]!).toBeGreaterThan(d.t[i - 1]!);
    // every kept point is a real model point of every series
    const k = tr.indexAt(d.t[17]!);
    expect(d.values[1]![17]).toBe(tr.Tp[k]);
  });

  it('leaves short windows untouched', () => {
    const t = grid(50, 0.1);
    const y = Float64Array.from(t, Math.sin);
    const d = decimate(t, [y], [0, 4.9], 100);
    expect(Array.from(d.values[0]!)).toEqual(Array.from(y));
  });
});

describe('chart series', () => {
  it('draws the grey reference first and faint, and the marginated T cells dashed', () => {
    const t = grid(5, 1);
    const v = Float64Array.of(1, 2, 3, 2, 1);
    const series = chartSeries(CHART_DEF_BY_ID.tcells, { Tp: v, Tm: v }, { Tp: v });
    expect(series.map((s) => s.id)).toEqual(['ref-Tp', 'Tp', 'Tm']);
    expect(series[0]).toMatchObject({ faint: true, color: REFERENCE_COLOR });
    expect(series[2]!.dashed).toBe(true);
    expect(chartSeries(CHART_DEF_BY_ID.il6, { I: v }, null).map((s) => s.id)).toEqual(['I']);
    const data = chartData(CHART_DEF_BY_ID.drug, t, { C: v }, null, [0, 4], 400);
    expect(Array.from(data.t)).toEqual(Array.from(t));
    expect(Array.from(data.series[0]!.values)).toEqual(Array.from(v));
  });

  it('draws values under a log axis’s floor on the floor (a washed-out drug is exactly 0), readouts stay true', () => {
    const t = grid(3, 1);
    const data = chartData(CHART_DEF_BY_ID.drug, t, { C: Float64Array.of(668, 0, 1e-9) }, null, [0, 2], 400, 1);
    expect(Array.from(data.series[0]!.values)).toEqual([668, 1, 1]);
    expect(data.readoutValueAt(data.series[0]!, 1)).toBe(0);
  });

  it('reads cursor values from the full-resolution grid, so the level at the end of infusion is exact', () => {
    const tr = simulate({ regimen: 'label-rr', days: 84 });
    const data = chartData(CHART_DEF_BY_ID.drug, tr.t, { C: tr.C }, null, [0, 84], 150);
    const drug = data.series[0]!;
    const end = tr.schedule.cycleInfusionEndsDays[0]!;
    expect(data.readoutValueAt(drug, end)).toBe(tr.at(end).C);
    expect(data.readoutValueAt(drug, end + 1 / 24)).toBeCloseTo(tr.at(end + 1 / 24).C, 6);
  });

  it('keeps reference lines on the axis: the EC90 above a first week that never reaches it, the 5 % line under 50 % blasts', () => {
    const week1 = chartSeries(CHART_DEF_BY_ID.drug, { C: Float64Array.of(0, 150, 215) }, null);
    expect(axisBounds(week1, [470], 'linear').yMax).toBeGreaterThan(470);
    const fullDose = chartSeries(CHART_DEF_BY_ID.drug, { C: Float64Array.of(0, 215, 668) }, null);
    expect(axisBounds(fullDose, [470], 'linear')).toEqual({});
    expect(axisBounds(fullDose, [470], 'log', 3)).toEqual({ yMax: 3 * 668 });
    const marrow = chartSeries(CHART_DEF_BY_ID.marrow, { Xpct: Float64Array.of(50, 45, 40) }, null);
    expect(axisBounds(marrow, [5], 'log').yMin).toBeLessThan(5);
    const cleared = chartSeries(CHART_DEF_BY_ID.marrow, { Xpct: Float64Array.of(50, 0.1, 1e-4) }, null);
    expect(axisBounds(cleared, [5], 'log').yMin).toBeUndefined();
  });
});

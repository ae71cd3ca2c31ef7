// Chart geometry: scales cover the data, downsampling never loses a peak, paths skip gaps, and values
// are interpolated at any time — the pure half of every time-series chart.
import { describe, expect, it } from 'vitest';
import { dayTicks, downsampleIndices, formatTick, drawSeries, spreadLabels, timeScale, valueAt, valueScale, type ChartSize, curveBand, freeSlot } from '../../../../renderer/src/figures/common/chart-geometry';

const size: ChartSize = { width: 300, height: 120, margin: { top: 10, right: 10, bottom: 20, left: 40 } };

describe('chart geometry', () => {
  it('maps the time domain onto the inner width', () => {
    const x = timeScale([0, 84], size);
    expect(x(0)).toBe(0);
    expect(x(84)).toBe(250);
  });

  it('y scales cover every series; log scales never include zero', () => {
    const series = [{ id: 'a', label: 'a', color: 'red', values: [0, 5, 300] }];
    const lin = valueScale(series, size, 'linear');
    expect(lin.domain()[0]).toBe(0);
    expect(lin.domain()[1]).toBeGreaterThanOrEqual(300);
    const log = valueScale(series, size, 'log', { logFloor: 0.1 });
    expect(log.domain()[0]).toBeGreaterThan(0);
    expect(log.domain()[1]).toBeGreaterThanOrEqual(300);
  });

  it('downsampling keeps the first, last and the peak of a sharp spike', () => {
    const n = 10_000;
    const t = Float64Array.from({ length: n }, (_, i) => i / 100);
    const y = Float64Array.from({ length: n }, (_, i) => (i === 4321 ? 1000 : 1));
    const x = timeScale([0, t[n - 1]!], size);
    const kept = downsampleIndices(t, y, x);
    expect(kept.length).toBeLessThan(1200);
    expect(kept[0]).toBe(0);
    expect(kept.at(-1)).toBe(n - 1);
    expect(kept).toContain(4321);
  });

  it('paths skip non-finite values and non-positive values on log scales', () => {
    const t = [0, 1, 2, 3];
    const x = timeScale([0, 3], size);
    const y = valueScale([{ id: 'a', label: 'a', color: 'x', values: [1, 10, 100, 1000] }], size, 'log');
    const { path, points } = drawSeries(t, [1, 0, 100, Number.NaN], x, y, true);
    expect(path.match(/M/g)?.length).toBe(2);
    // the points are the path's vertices, gaps left out
    expect(Array.from(points.xs)).toEqual([x(0), x(2)]);
    expect(Array.from(points.ys)).toEqual([y(1), y(100)]);
    const vertices = [...path.matchAll(/[ML]([-\d.e]+),([-\d.e]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(vertices).toHaveLength(2);
    vertices.forEach(([vx, vy], k) => {
      expect(vx).toBeCloseTo(points.xs[k]!, 2);
      expect(vy).toBeCloseTo(points.ys[k]!, 2);
    });
  });

  it('interpolates values at any time and clamps outside', () => {
    expect(valueAt([0, 1, 2], [0, 10, 20], 1.5)).toBe(15);
    expect(valueAt([0, 1, 2], [0, 10, 20], -1)).toBe(0);
    expect(valueAt([0, 1, 2], [0, 10, 20], 5)).toBe(20);
  });

  it('chooses readable day ticks and compact labels', () => {
    expect(dayTicks([0, 84])).toEqual([0, 14, 28, 42, 56, 70, 84]);
    expect(dayTicks([0, 3])).toEqual([0, 0.5, 1, 1.5, 2, 2.5, 3]);
    expect(formatTick(25000)).toBe('25k');
    expect(formatTick(0.0001)).toBe('10⁻⁴');
    expect(formatTick(0.00003)).toBe('3×10⁻⁵');
    expect(formatTick(1e-5)).toBe('10⁻⁵');
    expect(formatTick(-0.0001)).toBe('−10⁻⁴');
  });
});

describe('spreadLabels', () => {
  it('keeps labels apart by at least the gap, in their original order, inside the bounds', () => {
    const ys = spreadLabels([50, 52, 51, 200], 15, 10, 120);
    const sorted = [...ys].sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]! - sorted[i - 1]!).toBeGreaterThanOrEqual(15 - 1e-9);
    expect(ys[3]).toBeLessThanOrEqual(120);
    expect(ys[0]).toBeLessThan(ys[2]!);
    expect(ys[2]).toBeLessThan(ys[1]!);
  });

  it('leaves well-separated labels where they are', () => {
    expect(spreadLabels([20, 80], 15, 0, 200)).toEqual([20, 80]);
  });
});

describe('labels kept off the curves', () => {
  const flat = { xs: Float64Array.of(0, 50, 100), ys: Float64Array.of(40, 40, 40) };
  const dip = { xs: Float64Array.of(0, 10, 20, 100), ys: Float64Array.of(40, 70, 40, 40) };

  it('finds the band a curve occupies under a label, segments crossing its edges included', () => {
    expect(curveBand(flat, 20, 30)).toEqual([40, 40]);
    expect(curveBand(dip, 5, 15)).toEqual([40 + 15, 70]);
    expect(curveBand({ xs: Float64Array.of(0, 100), ys: Float64Array.of(0, 100) }, 40, 60)).toEqual([40, 60]);
    expect(curveBand(flat, 120, 140)).toBeNull();
  });

  it('moves a label to the free place nearest its value: above the curve, below it, or where it wanted to be', () => {
    // a label 12 px above its baseline (no descent here) wanting its baseline at 42 sits on the flat curve at 40:
    // moved just above it
    expect(freeSlot(42, 12, [[40, 40]], 12, 200, 2, 0)).toBe(38);
    // no room above (lo 45): below the curve
    expect(freeSlot(42, 12, [[40, 40]], 45, 200, 2, 0)).toBe(54);
    // clear already: stays
    expect(freeSlot(100, 12, [[40, 40]], 12, 200, 2, 0)).toBe(100);
    // nowhere free: null (the chart then keeps the label off the other labels at least)
    expect(freeSlot(42, 12, [[0, 200]], 12, 200, 2, 0)).toBeNull();
    // labels placed before count too
    expect(freeSlot(38, 12, [[40, 40], [26, 40]], 12, 200, 2, 0)).toBe(24);
    // descenders count: with 3 px below the baseline the label moves 3 px further up
    expect(freeSlot(42, 12, [[40, 40]], 12, 200, 2, 3)).toBe(35);
  });
});

// The therapy-comparison chart's pure layout: bars on a 0–100 % axis, a dashed band for a range, comparator
// ticks with labels that stay on the chart, and value labels never printed over a hatched or dotted fill.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CHART_SIZE, layoutRemissionChart, xScale } from '../../../../renderer/src/figures/therapy-comparison/geometry';
import { COMPARISONS, formatRemission, remissionSentence, type Therapy } from '../../../../renderer/src/figures/therapy-comparison/data';

const therapy = (over: Partial<Therapy> & Pick<Therapy, 'remission'>): Therapy => ({ id: 'x', name: 'X', kind: 'k', colour: 'drug', pattern: 'solid', cells: {}, ...over });

describe('the remission chart layout', () => {
  it('maps 0 % and 100 % to the plot edges', () => {
    const x = xScale(DEFAULT_CHART_SIZE);
    expect(x(0)).toBe(DEFAULT_CHART_SIZE.labelWidth);
    expect(x(100)).toBe(DEFAULT_CHART_SIZE.width - DEFAULT_CHART_SIZE.rightPad);
    expect(x(150)).toBe(x(100));
  });

  it('draws a value as a bar from 0 and a range as a band, one row per treatment', () => {
    const chart = layoutRemissionChart([
      therapy({ id: 'a', remission: { measure: 'CR', trial: 'T', value: 44, comparator: 25, comparatorLabel: 'chemotherapy', refs: ['k'] } }),
      therapy({ id: 'b', pattern: 'hatch', remission: { measure: 'CR', trial: 'T', low: 67, high: 100, refs: ['k'] } }),
    ]);
    const [a, b] = chart.rows;
    expect(a!.x0).toBe(chart.plotX0);
    expect(a!.isRange).toBe(false);
    expect(b!.isRange).toBe(true);
    expect(b!.x0).toBeCloseTo(chart.plotX0 + 0.67 * (chart.plotX1 - chart.plotX0));
    expect(b!.x1).toBe(chart.plotX1);
    expect(b!.y).toBeGreaterThan(a!.y);
    expect(chart.height).toBeGreaterThan(b!.y + DEFAULT_CHART_SIZE.rowHeight);
  });

  it('keeps every label on the chart: a band that ends at 100 % is labelled before it', () => {
    const chart = layoutRemissionChart([therapy({ pattern: 'hatch', remission: { measure: 'CR', trial: 'T', low: 67, high: 100, refs: ['k'] } })]);
    const row = chart.rows[0]!;
    expect(row.valueAnchor).toBe('end');
    expect(row.valueX).toBeLessThan(row.x0);
  });

  it('prints a value inside a solid bar only, never over a pattern', () => {
    const solid = layoutRemissionChart([therapy({ remission: { measure: 'CR', trial: 'T', value: 80, refs: ['k'] } })]).rows[0]!;
    const dotted = layoutRemissionChart([therapy({ pattern: 'dots', remission: { measure: 'CR', trial: 'T', value: 80, refs: ['k'] } })]).rows[0]!;
    expect(solid.valueInside).toBe(true);
    expect(dotted.valueInside).toBe(false);
    expect(dotted.valueX).toBeGreaterThan(dotted.x1);
  });

  it('places a comparator tick at its value with its label', () => {
    const row = layoutRemissionChart([therapy({ remission: { measure: 'CR', trial: 'T', value: 44, comparator: 25, comparatorLabel: 'chemotherapy', refs: ['k'] } })]).rows[0]!;
    expect(row.comparator!.x).toBeCloseTo(xScale(DEFAULT_CHART_SIZE)(25));
    expect(row.comparator!.label).toBe('chemotherapy 25 %');
  });
});

describe('the comparison data from content/comparisons', () => {
  it('holds the three treatments with every question answered and cited', () => {
    const c = COMPARISONS.find((x) => x.id === 'relapsed-all-immunotherapies')!;
    expect(c.therapies.map((t) => t.id)).toEqual(['blinatumomab', 'car-t', 'inotuzumab']);
    for (const t of c.therapies) {
      for (const d of c.dimensions) if (d.id !== 'remission') expect(t.cells[d.id]?.refs.length, `${t.id}/${d.id}`).toBeGreaterThan(0);
      expect(t.remission.refs.length).toBeGreaterThan(0);
    }
    expect(new Set(c.therapies.map((t) => t.pattern)).size).toBe(3);
    expect(new Set(c.therapies.map((t) => t.colour)).size).toBe(3);
  });

  it('words each remission figure with its comparator, or says there was none', () => {
    const c = COMPARISONS[0]!;
    const byId = new Map(c.therapies.map((t) => [t.id, t]));
    expect(formatRemission(byId.get('car-t')!.remission)).toBe('67–100 %');
    expect(remissionSentence(byId.get('blinatumomab')!.remission)).toMatch(/44 % vs 25 % with chemotherapy/);
    expect(remissionSentence(byId.get('car-t')!.remission)).toMatch(/no comparator arm/);
  });
});

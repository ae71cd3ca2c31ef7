// Pure layout of the remission chart: one row per treatment, a bar (or a range band when only a range across
// trials exists) on a 0–100 % axis, the comparator arm as a tick with its own label, and label positions that
// never run off the chart. Unit-tested; the render layer only draws what this returns.
import type { FillPattern, SeriesColour, Therapy } from './data';
import { formatRemission } from './data';

export interface ChartSize {
  width: number;
  rowHeight: number;
  /** Space on the left for the treatment names. */
  labelWidth: number;
  /** Space on the right for value labels that would not fit inside a bar. */
  rightPad: number;
  top: number;
  bottom: number;
}

export const DEFAULT_CHART_SIZE: ChartSize = { width: 640, rowHeight: 52, labelWidth: 170, rightPad: 16, top: 12, bottom: 34 };

export interface BarRow {
  id: string;
  name: string;
  colour: SeriesColour;
  pattern: FillPattern;
  /** Row band. */
  y: number;
  barY: number;
  barHeight: number;
  /** Bar (value) or band (range) in px. */
  x0: number;
  x1: number;
  isRange: boolean;
  valueLabel: string;
  /** Where the value label goes and how it is anchored (inside the bar's end if it fits, else after it). */
  valueX: number;
  valueAnchor: 'start' | 'end';
  valueInside: boolean;
  comparator: { x: number; label: string; labelX: number; anchor: 'start' | 'end' } | null;
}

export interface Tick {
  x: number;
  label: string;
}

export interface RemissionChart {
  width: number;
  height: number;
  plotX0: number;
  plotX1: number;
  axisY: number;
  rows: BarRow[];
  ticks: Tick[];
}

/** Rough text width in px for the chart's 13-px labels (layout only, so a generous estimate is fine). */
export function estimateTextWidth(text: string, fontPx = 13): number {
  return Math.ceil(text.length * fontPx * 0.58);
}

export function xScale(size: ChartSize): (percent: number) => number {
  const x0 = size.labelWidth;
  const x1 = size.width - size.rightPad;
  return (p) => x0 + ((x1 - x0) * Math.min(100, Math.max(0, p))) / 100;
}

export function layoutRemissionChart(therapies: readonly Therapy[], size: ChartSize = DEFAULT_CHART_SIZE): RemissionChart {
  const x = xScale(size);
  const plotX0 = x(0);
  const plotX1 = x(100);
  const rows = therapies.map((t, i): BarRow => {
    const r = t.remission;
    const isRange = r.value === undefined;
    const lo = isRange ? (r.low ?? 0) : 0;
    const hi = isRange ? (r.high ?? 0) : (r.value ?? 0);
    const y = size.top + i * size.rowHeight;
    const barHeight = Math.round(size.rowHeight * 0.46);
    const barY = y + Math.round(size.rowHeight * 0.12);
    const x0 = x(lo);
    const x1 = x(hi);
    const valueLabel = formatRemission(r);
    const labelWidth = estimateTextWidth(valueLabel) + 12;
    // Inside the end of a solid bar when it fits (never over a hatched or dotted fill), otherwise just after the
    // bar, or before a band that ends too near the right edge.
    const valueInside = t.pattern === 'solid' && x1 - x0 >= labelWidth;
    const fitsAfter = x1 + labelWidth <= size.width;
    const valueAnchor: 'start' | 'end' = valueInside || !fitsAfter ? 'end' : 'start';
    const valueX = valueInside ? x1 - 6 : fitsAfter ? x1 + 6 : x0 - 6;
    let comparator: BarRow['comparator'] = null;
    if (r.comparator !== undefined) {
      const cx = x(r.comparator);
      const label = `${r.comparatorLabel ?? 'comparator'} ${r.comparator} %`;
      const w = estimateTextWidth(label, 12);
      // The comparator's label sits under the bar; it reads left of the tick when it would run off the right.
      const anchor: 'start' | 'end' = cx + 4 + w <= size.width ? 'start' : 'end';
      comparator = { x: cx, label, labelX: anchor === 'start' ? Math.max(plotX0, cx - 2) : cx + 2, anchor };
    }
    return { id: t.id, name: t.name, colour: t.colour, pattern: t.pattern, y, barY, barHeight, x0, x1, isRange, valueLabel, valueX, valueAnchor, valueInside, comparator };
  });
  const axisY = size.top + therapies.length * size.rowHeight + 4;
  const ticks = [0, 25, 50, 75, 100].map((p) => ({ x: x(p), label: `${p} %` }));
  return { width: size.width, height: axisY + size.bottom, plotX0, plotX1, axisY, rows, ticks };
}

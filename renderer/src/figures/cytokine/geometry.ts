// Pure geometry of the cytokine figure: the two time charts (IL-6, blood T cells) and the dot chart of
// cycle-1 IL-6 peaks (on illustrative CRS bands) and CNS-risk indices per regimen × burden. No DOM.
import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3-scale';
import { CRS_BANDS } from '../../model';
import { spreadLabels } from '../common/chart-geometry';
import { BURDEN_OPTIONS, DOSING_OPTIONS, gridCell, type BurdenId, type DosingId, type Grid, type GridCell } from './scenarios';

export type TimeQuantity = 'il6' | 'tcells';

/** Values of one quantity of a cell's trajectory. */
export function quantityValues(cell: GridCell, quantity: TimeQuantity): Float64Array {
  return quantity === 'il6' ? cell.trajectory.I : cell.trajectory.Tp;
}

function maxOf(values: ArrayLike<number>): number {
  let m = -Infinity;
  for (let i = 0; i < values.length; i++) if (values[i]! > m) m = values[i]!;
  return m;
}

/**
 * Top of the y axis for a quantity: the largest value of the shown regimens over BOTH burdens, so that
 * switching burden keeps the scale and the reader sees the IL-6 peak shrink (or the T-cell dip stay).
 */
export function yMaxFor(grid: Grid, shown: readonly DosingId[], quantity: TimeQuantity): number {
  const ids = shown.length > 0 ? shown : DOSING_OPTIONS.filter((d) => d.shownByDefault).map((d) => d.id);
  let m = 0;
  for (const d of ids) for (const b of BURDEN_OPTIONS) m = Math.max(m, maxOf(quantityValues(gridCell(grid, d, b.id), quantity)));
  return m;
}

export interface PeakAnnotation {
  dosing: DosingId;
  /** Marker at the peak (inner-plot pixels). */
  x: number;
  y: number;
  /** Label anchor: the text starts (anchor 'start') or ends (anchor 'end') here. */
  labelX: number;
  anchor: 'start' | 'end';
  labelY: number;
  text: string;
  kind: 'start' | 'step';
}

export function formatPgPerMl(v: number): string {
  if (v >= 10) return String(Math.round(v));
  return v.toFixed(1);
}

export function formatHours(h: number): string {
  return h < 10 ? h.toFixed(1) : String(Math.round(h));
}

/** Markers and labels for the cycle-1 IL-6 peak (and the bump after the step) of each shown regimen. */
export function peakAnnotations(
  grid: Grid,
  shown: readonly DosingId[],
  burden: BurdenId,
  x: (tDays: number) => number,
  y: (v: number) => number,
  innerHeight: number,
  /** Type size of the labels, px (their spacing follows it). */
  fontPx = 12,
): PeakAnnotation[] {
  const starts: PeakAnnotation[] = [];
  const steps: PeakAnnotation[] = [];
  for (const d of DOSING_OPTIONS) {
    if (!shown.includes(d.id)) continue;
    const cell = gridCell(grid, d.id, burden);
    const px = x(cell.il6PeakHours / 24);
    const py = y(cell.il6PeakPgPerMl);
    starts.push({ dosing: d.id, x: px, y: py, labelX: px + fontPx, anchor: 'start', labelY: py, text: `${d.shortLabel}: ${formatPgPerMl(cell.il6PeakPgPerMl)} pg/mL at ${formatHours(cell.il6PeakHours)} h`, kind: 'start' });
    if (cell.stepBump) {
      const sx = x(cell.stepBump.day);
      const sy = y(cell.stepBump.pgPerMl);
      // Step bumps sit near the right edge: their labels go to the left, over the quiet days before the step.
      steps.push({ dosing: d.id, x: sx, y: sy, labelX: sx - fontPx, anchor: 'end', labelY: sy, text: `${d.shortLabel}, after the step: ${formatPgPerMl(cell.stepBump.pgPerMl)} pg/mL`, kind: 'step' });
    }
  }
  // One spread for all: a step label runs left from the step across the days where the start labels are, so at
  // a low burden (every mark near zero) they would otherwise be drawn over each other.
  const all = [...starts, ...steps];
  const ys = spreadLabels(all.map((a) => a.labelY), fontPx * 1.25, fontPx * 0.8, innerHeight - fontPx * 0.5);
  all.forEach((a, i) => (a.labelY = ys[i]!));
  return all;
}

// ── Dot chart: cycle-1 IL-6 peak (log scale on illustrative CRS bands) and CNS-risk index ──

export const DOT_CHART = {
  width: 640,
  rowHeight: 34,
  top: 40,
  /** Space between the band labels above the panel and the first row's value label. */
  rowsTop: 8,
  bottom: 40,
  labelWidth: 150,
  peakPanelWidth: 270,
  gap: 34,
  cnsPanelWidth: 168,
  peakDomainPgPerMl: [5, 1000] as [number, number],
};

export function dotChartHeight(rows: number = DOSING_OPTIONS.length): number {
  return DOT_CHART.top + DOT_CHART.rowsTop + rows * DOT_CHART.rowHeight + DOT_CHART.bottom;
}

export function peakScale(): ScaleContinuousNumeric<number, number> {
  return scaleLog().domain(DOT_CHART.peakDomainPgPerMl).range([0, DOT_CHART.peakPanelWidth]).clamp(true);
}

/** CNS-risk axis: 0 to a round number above the largest index in the grid. */
export function cnsScale(grid: Grid): ScaleContinuousNumeric<number, number> {
  let m = 0;
  for (const cell of grid.values()) m = Math.max(m, cell.cnsRiskIndex);
  const top = Math.max(0.5, Math.ceil((m * 1.1) / 0.5) * 0.5);
  return scaleLinear().domain([0, top]).range([0, DOT_CHART.cnsPanelWidth]);
}

export interface BandRect {
  grade: number;
  x0: number;
  x1: number;
  label: string;
}

/** The illustrative CRS bands (model's CRS_BANDS) as x ranges of the peak panel. */
export function crsBandRects(scale: ScaleContinuousNumeric<number, number> = peakScale()): BandRect[] {
  const [lo, hi] = DOT_CHART.peakDomainPgPerMl;
  const rects: BandRect[] = [];
  CRS_BANDS.forEach((band, i) => {
    const from = Math.max(lo, band.fromPgPerMl);
    const to = Math.min(hi, CRS_BANDS[i + 1]?.fromPgPerMl ?? hi);
    if (to <= from) return;
    rects.push({ grade: band.grade, x0: scale(from), x1: scale(to), label: `band ${band.grade}` });
  });
  return rects;
}

export interface DotMark {
  burden: BurdenId;
  x: number;
  value: number;
  selected: boolean;
}

export interface DotRow {
  dosing: DosingId;
  y: number;
  peak: DotMark[];
  cns: DotMark[];
}

/** One row per regimen; in each row a mark per burden for the IL-6 peak and for the CNS-risk index. */
export function dotRows(grid: Grid, selectedBurden: BurdenId): DotRow[] {
  const ps = peakScale();
  const cs = cnsScale(grid);
  return DOSING_OPTIONS.map((d, r) => ({
    dosing: d.id,
    y: DOT_CHART.top + DOT_CHART.rowsTop + (r + 0.5) * DOT_CHART.rowHeight,
    peak: BURDEN_OPTIONS.map((b) => {
      const cell = gridCell(grid, d.id, b.id);
      return { burden: b.id, x: ps(cell.il6PeakPgPerMl), value: cell.il6PeakPgPerMl, selected: b.id === selectedBurden };
    }),
    cns: BURDEN_OPTIONS.map((b) => {
      const cell = gridCell(grid, d.id, b.id);
      return { burden: b.id, x: cs(cell.cnsRiskIndex), value: cell.cnsRiskIndex, selected: b.id === selectedBurden };
    }),
  }));
}

/** SVG path of a marker: an open circle for low burden, a filled square for high burden. */
export function markerPath(burden: BurdenId, cx: number, cy: number, r: number): string {
  // The open circle is drawn larger than the square, so equal values show as a ring around a square.
  if (burden === 'low') {
    const c = r * 1.5;
    return `M${cx - c},${cy}a${c},${c} 0 1,0 ${2 * c},0a${c},${c} 0 1,0 ${-2 * c},0Z`;
  }
  const s = r * 0.62;
  return `M${cx - s},${cy - s}H${cx + s}V${cy + s}H${cx - s}Z`;
}

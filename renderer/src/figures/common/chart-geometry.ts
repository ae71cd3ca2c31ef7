// Pure geometry for time-series charts: scales, paths (with downsampling for long trajectories), ticks
// and value lookup at a time. No DOM: unit-tested, shared by every chart of the atlas.
import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3-scale';
import { line } from 'd3-shape';

export interface ChartSize {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

export interface Series {
  id: string;
  /** Short name, used in cursor readouts ("blood T: 1000"). */
  label: string;
  /** Longer name for the legend (default: label). */
  legendLabel?: string;
  /** CSS colour (use a var(--series-…) token). */
  color: string;
  values: ArrayLike<number>;
  /** The series' own time grid (default: the chart's). */
  t?: ArrayLike<number>;
  dashed?: boolean;
  /** An SVG dash pattern ('8 5'); overrides `dashed`. Line style, not colour alone, tells series apart. */
  dash?: string;
  /** A comparison/reference curve: drawn thin and faint, without a cursor readout. */
  faint?: boolean;
}

/** The chart type size the reader asked for: the text-size setting, and larger on the projector. */
export interface ChartFont {
  textScale: number;
  projector: boolean;
}

/** Chart type in CSS px (12 px at 100 % text, 15 px in the projector theme, times the text size). */
export function chartFontPx(font: ChartFont): number {
  return Math.round((font.projector ? 15 : 12) * font.textScale * 10) / 10;
}

/** Margins around the plot that fit tick labels and axis titles of that type size. */
export function chartMargins(fontPx: number, landmarkLabels = true): ChartSize['margin'] {
  return {
    top: Math.round(fontPx * (landmarkLabels ? 1.5 : 0.8)),
    right: Math.round(fontPx * 1.2),
    bottom: Math.round(fontPx * 2.9 + 6),
    left: Math.round(fontPx * 4.6),
  };
}

export type YScaleKind = 'linear' | 'log';

export function innerSize(size: ChartSize): { width: number; height: number } {
  return { width: size.width - size.margin.left - size.margin.right, height: size.height - size.margin.top - size.margin.bottom };
}

export function timeScale(domainDays: [number, number], size: ChartSize): ScaleContinuousNumeric<number, number> {
  return scaleLinear().domain(domainDays).range([0, innerSize(size).width]);
}

/** A y scale covering every series (log scales floor at `logFloor` and never start at zero). */
export function valueScale(series: readonly Series[], size: ChartSize, kind: YScaleKind, options: { min?: number; max?: number; logFloor?: number } = {}): ScaleContinuousNumeric<number, number> {
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of series) {
    for (let i = 0; i < s.values.length; i++) {
      const v = s.values[i]!;
      if (!Number.isFinite(v)) continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  if (!Number.isFinite(lo)) {
    lo = 0;
    hi = 1;
  }
  const range: [number, number] = [innerSize(size).height, 0];
  if (kind === 'log') {
    const floor = options.logFloor ?? 1e-3;
    const min = Math.max(floor, options.min ?? lo);
    const max = Math.max(min * 10, options.max ?? hi);
    return scaleLog().domain([min, max]).range(range).clamp(true).nice();
  }
  const min = options.min ?? Math.min(0, lo);
  // A given top is kept (a percentage axis ends at 100); a top from the data gets 5 % headroom.
  const max = options.max ?? (hi === min ? min + 1 : hi) * 1.05;
  return scaleLinear().domain([min, max]).range(range).nice();
}

/**
 * Indices to draw so that at most ~2 points per horizontal pixel remain, keeping each pixel column's
 * minimum and maximum so peaks (IL-6!) are never lost.
 */
export function downsampleIndices(t: ArrayLike<number>, y: ArrayLike<number>, x: (t: number) => number, maxPerPixel = 2): number[] {
  const n = Math.min(t.length, y.length);
  if (n <= 2) return Array.from({ length: n }, (_, i) => i);
  const out: number[] = [0];
  let column = Math.floor(x(t[0]!));
  let minI = -1;
  let maxI = -1;
  const flush = () => {
    const pair = [minI, maxI].filter((i) => i >= 0).sort((a, b) => a - b);
    for (const i of new Set(pair)) if (i !== out[out.length - 1]) out.push(i);
  };
  for (let i = 1; i < n - 1; i++) {
    const c = Math.floor(x(t[i]!) * (maxPerPixel / 2));
    if (c !== column) {
      flush();
      column = c;
      minI = maxI = i;
    } else {
      if (minI < 0 || y[i]! < y[minI]!) minI = i;
      if (maxI < 0 || y[i]! > y[maxI]!) maxI = i;
    }
  }
  flush();
  out.push(n - 1);
  return out;
}

/** Linear interpolation of y at time tq on a sorted time grid. */
export function valueAt(t: ArrayLike<number>, y: ArrayLike<number>, tq: number): number {
  const n = t.length;
  if (n === 0) return NaN;
  if (tq <= t[0]!) return y[0]!;
  if (tq >= t[n - 1]!) return y[n - 1]!;
  let lo = 0;
  let hi = n - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (t[mid]! <= tq) lo = mid;
    else hi = mid;
  }
  const span = t[hi]! - t[lo]!;
  return span === 0 ? y[hi]! : y[lo]! + ((y[hi]! - y[lo]!) * (tq - t[lo]!)) / span;
}

/** Day ticks that read well: every day for short spans, weekly for a cycle, every 14 days for two cycles. */
export function dayTicks(domainDays: [number, number]): number[] {
  const span = domainDays[1] - domainDays[0];
  const step = span <= 3 ? 0.5 : span <= 10 ? 1 : span <= 30 ? 7 : span <= 90 ? 14 : 28;
  const ticks: number[] = [];
  for (let d = Math.ceil(domainDays[0] / step) * step; d <= domainDays[1] + 1e-9; d += step) ticks.push(Number(d.toFixed(6)));
  return ticks;
}

/** Compact number formatting for axis ticks (1k, 10k; 0.1; 1e-4). */
export function formatTick(value: number): string {
  const abs = Math.abs(value);
  if (abs === 0) return '0';
  if (abs >= 1e4) return `${Number((value / 1000).toPrecision(3))}k`;
  if (abs >= 1) return String(Number(value.toPrecision(4)));
  if (abs >= 1e-3) return String(Number(value.toPrecision(2)));
  // Small values in the notation students read: 10⁻⁴, 3×10⁻⁵ (never "1e-4").
  const exponent = Math.floor(Math.log10(abs) + 1e-9);
  const mantissa = Number((value / 10 ** exponent).toPrecision(1));
  const power = `10${superscript(exponent)}`;
  return Math.abs(mantissa) === 1 ? `${mantissa < 0 ? '−' : ''}${power}` : `${mantissa < 0 ? '−' : ''}${Math.abs(mantissa)}×${power}`;
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** An integer in superscript characters, e.g. −4 → "⁻⁴". */
export function superscript(n: number): string {
  return `${n < 0 ? '⁻' : ''}${[...String(Math.abs(Math.trunc(n)))].map((d) => SUPERSCRIPT_DIGITS[Number(d)]).join('')}`;
}

/**
 * Spreads label anchors (pixel y, any order) so neighbours are at least `gap` apart, staying within
 * [lo, hi] when possible; returns the new y of each input in input order. Pure; used for peak labels and cursor readouts.
 */
export function spreadLabels(ys: readonly number[], gap: number, lo: number, hi: number): number[] {
  const order = ys.map((y, i) => ({ y: Math.min(hi, Math.max(lo, y)), i })).sort((a, b) => a.y - b.y || a.i - b.i);
  for (let k = 1; k < order.length; k++) if (order[k]!.y - order[k - 1]!.y < gap) order[k]!.y = order[k - 1]!.y + gap;
  const overflow = order.length ? order[order.length - 1]!.y - hi : 0;
  if (overflow > 0) {
    order[order.length - 1]!.y -= overflow;
    for (let k = order.length - 2; k >= 0; k--) if (order[k + 1]!.y - order[k]!.y < gap) order[k]!.y = order[k + 1]!.y - gap;
  }
  const out = new Array<number>(ys.length);
  for (const o of order) out[o.i] = o.y;
  return out;
}

/** A series as drawn: its points in plot pixels, in time order (for keeping labels off the curves). */
export interface DrawnPoints {
  xs: Float64Array;
  ys: Float64Array;
}

/** One series as drawn: its SVG path and its points in plot pixels, from one downsampling pass. */
export interface DrawnSeries {
  /** SVG path data; a gap where a value is non-finite (or ≤ 0 on a log axis). */
  path: string;
  /** The drawn points (gaps left out), for keeping labels off the curve. */
  points: DrawnPoints;
}

/**
 * Draws one series over time: downsampled (see downsampleIndices), non-finite values and values ≤ 0 on a log axis
 * left out as gaps. The path and the points share the one pass and the same pixel coordinates.
 */
export function drawSeries(t: ArrayLike<number>, y: ArrayLike<number>, xScale: (v: number) => number, yScale: (v: number) => number, log = false): DrawnSeries {
  const idx = downsampleIndices(t, y, xScale);
  const m = idx.length;
  const px = new Float64Array(m);
  const py = new Float64Array(m);
  const defined = new Uint8Array(m);
  let count = 0;
  for (let j = 0; j < m; j++) {
    const i = idx[j]!;
    const v = y[i]!;
    if (!Number.isFinite(v) || (log && v <= 0)) continue;
    defined[j] = 1;
    px[j] = xScale(t[i]!);
    py[j] = yScale(v);
    count++;
  }
  const xs = new Float64Array(count);
  const ys = new Float64Array(count);
  for (let j = 0, k = 0; j < m; j++) {
    if (!defined[j]) continue;
    xs[k] = px[j]!;
    ys[k] = py[j]!;
    k++;
  }
  const generator = line<number>()
    .defined((j) => defined[j] === 1)
    .x((j) => px[j]!)
    .y((j) => py[j]!);
  return { path: generator(Array.from({ length: m }, (_, j) => j)) ?? '', points: { xs, ys } };
}

/** The vertical band [top, bottom] (pixels) one curve occupies between x0 and x1, or null if it does not pass there. */
export function curveBand(c: DrawnPoints, x0: number, x1: number): [number, number] | null {
  let top = Infinity;
  let bottom = -Infinity;
  const take = (y: number): void => {
    if (y < top) top = y;
    if (y > bottom) bottom = y;
  };
  const at = (i: number, x: number): number => c.ys[i - 1]! + ((x - c.xs[i - 1]!) / (c.xs[i]! - c.xs[i - 1]!)) * (c.ys[i]! - c.ys[i - 1]!);
  for (let i = 0; i < c.xs.length; i++) {
    const x = c.xs[i]!;
    if (x >= x0 && x <= x1) take(c.ys[i]!);
    if (i === 0) continue;
    const prev = c.xs[i - 1]!;
    // segments entering or leaving the span (or crossing all of it) count at the span's edges
    if (prev < x0 && x > x0) take(at(i, x0));
    if (prev < x1 && x > x1) take(at(i, x1));
  }
  return top <= bottom ? [top, bottom] : null;
}

/**
 * The baseline of a label nearest to `preferred` that covers none of `bands` (curves — widened by their stroke —
 * and labels already placed), within [lo, hi]; null when no free place exists. The label's glyphs reach `height`
 * above the baseline and `descent` below it.
 */
export function freeSlot(preferred: number, height: number, bands: readonly (readonly [number, number])[], lo: number, hi: number, pad = 2, descent = height * 0.28): number | null {
  const clear = (base: number): boolean => base >= lo && base <= hi && bands.every(([top, bottom]) => base + descent + pad <= top || base - height - pad >= bottom);
  const candidates = [Math.min(hi, Math.max(lo, preferred))];
  for (const [top, bottom] of bands) candidates.push(top - pad - descent, bottom + height + pad);
  let best: number | null = null;
  for (const c of candidates) if (clear(c) && (best === null || Math.abs(c - preferred) < Math.abs(best - preferred))) best = c;
  return best;
}

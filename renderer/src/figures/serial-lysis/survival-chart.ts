// Pure geometry of the serial-lysis survival chart (surviving CD19⁺ targets, % of initial, over the
// micro-world's hours): scales, ticks and SVG paths from the model's curves and the world's history.
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { SPAN_MINUTES, STEP_MINUTES } from './scenario';

export interface SurvivalChartLayout {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  innerWidth: number;
  innerHeight: number;
  /** Hour ticks of the x axis. */
  xTicks: number[];
  /** Percent ticks of the y axis. */
  yTicks: number[];
}

/** Layout of a chart `width` × `height` (viewBox units) over 0–spanMinutes and 0–100 %. */
export function survivalLayout(width: number, height: number, spanMinutes = SPAN_MINUTES): SurvivalChartLayout {
  const margin = { top: 12, right: 12, bottom: 38, left: 44 };
  const innerWidth = width - margin.left - margin.right;
  const innerHeight = height - margin.top - margin.bottom;
  const x = scaleLinear().domain([0, spanMinutes]).range([0, innerWidth]);
  const y = scaleLinear().domain([0, 100]).range([innerHeight, 0]);
  const hours = spanMinutes / 60;
  const stepHours = hours <= 12 ? 2 : hours <= 24 ? 6 : 12;
  const xTicks: number[] = [];
  for (let h = 0; h <= hours + 1e-9; h += stepHours) xTicks.push(h);
  return { width, height, margin, x, y, innerWidth, innerHeight, xTicks, yTicks: [0, 25, 50, 75, 100] };
}

/** Polyline path "M…L…" through (minutes[i], pct[i]) for i < count. */
export function curvePath(minutes: ArrayLike<number>, pct: ArrayLike<number>, layout: Pick<SurvivalChartLayout, 'x' | 'y'>, count = minutes.length): string {
  let d = '';
  for (let i = 0; i < count; i++) {
    const v = pct[i]!;
    if (!Number.isFinite(v)) continue;
    d += `${d === '' ? 'M' : 'L'}${layout.x(minutes[i]!).toFixed(1)},${layout.y(v).toFixed(1)}`;
  }
  return d;
}

/**
 * Path of a per-step history (counts after each STEP_MINUTES step) as % of `initial`, from step 0 to
 * `lastStep`, sampled every `stride` steps (and always at lastStep). Empty when initial is 0.
 */
export function historyPath(history: ArrayLike<number>, lastStep: number, initial: number, layout: Pick<SurvivalChartLayout, 'x' | 'y'>, stride = 10): string {
  if (initial <= 0 || lastStep < 0) return '';
  const pt = (k: number): string => `${layout.x(k * STEP_MINUTES).toFixed(1)},${layout.y((100 * history[k]!) / initial).toFixed(1)}`;
  let d = `M${pt(0)}`;
  for (let k = stride; k < lastStep; k += stride) d += `L${pt(k)}`;
  if (lastStep > 0) d += `L${pt(lastStep)}`;
  return d;
}

/** Linear interpolation of a curve sampled at `minutes` at time tq. */
export function curveAt(minutes: ArrayLike<number>, values: ArrayLike<number>, tq: number): number {
  const n = minutes.length;
  if (n === 0) return NaN;
  if (tq <= minutes[0]!) return values[0]!;
  if (tq >= minutes[n - 1]!) return values[n - 1]!;
  let lo = 0;
  let hi = n - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (minutes[mid]! <= tq) lo = mid;
    else hi = mid;
  }
  const f = (tq - minutes[lo]!) / (minutes[hi]! - minutes[lo]!);
  return values[lo]! + f * (values[hi]! - values[lo]!);
}

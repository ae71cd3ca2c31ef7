// Pure data of the serial-lysis survival chart (surviving CD19⁺ targets, % of initial, over the micro-world's
// hours): the hour ticks, and the world's per-step history as a time series for the atlas's time chart.
import { SPAN_MINUTES, STEP_MINUTES } from './scenario';

const MINUTES_PER_DAY = 1440;

/** Hour ticks of the time axis (as days, the chart's time unit): every 2, 6 or 12 hours by span. */
export function hourTicks(spanMinutes = SPAN_MINUTES): number[] {
  const hours = spanMinutes / 60;
  const stepHours = hours <= 12 ? 2 : hours <= 24 ? 6 : 12;
  const ticks: number[] = [];
  for (let h = 0; h <= hours + 1e-9; h += stepHours) ticks.push(h / 24);
  return ticks;
}

export interface HistorySeries {
  /** Times in days. */
  t: Float64Array;
  /** Surviving share, % of `initial`. */
  values: Float64Array;
  /** Points filled (the arrays are preallocated for the whole span). */
  count: number;
}

/**
 * A per-step history (counts after each STEP_MINUTES step) as % of `initial`, from step 0 to `lastStep`,
 * sampled every `stride` steps (and always at lastStep), written into `into` when given (no allocation per frame).
 */
export function historySeries(history: ArrayLike<number>, lastStep: number, initial: number, stride = 10, into?: HistorySeries): HistorySeries {
  const capacity = Math.floor(history.length / stride) + 2;
  const out = into && into.t.length >= capacity ? into : { t: new Float64Array(capacity), values: new Float64Array(capacity), count: 0 };
  let n = 0;
  if (initial > 0 && lastStep >= 0) {
    const put = (k: number): void => {
      out.t[n] = (k * STEP_MINUTES) / MINUTES_PER_DAY;
      out.values[n] = (100 * history[k]!) / initial;
      n++;
    };
    put(0);
    for (let k = stride; k < lastStep; k += stride) put(k);
    if (lastStep > 0) put(lastStep);
  }
  out.count = n;
  return out;
}

// Pure data preparation for the explorer's five linked charts: which quantities each chart shows, the
// time window of a range, reference curves resampled onto the current grid, and equality checks that let
// unchanged series keep their identity (so a chart whose data did not change is not redrawn).
import { concentrationsAt, type Trajectory } from '../../model';
import { valueAt, type Series } from '../common/chart-geometry';
import { formatDrugLevel, formatSignificant } from './format';


/** The time series the charts draw, on one time grid [days]. */
export interface ExplorerArrays {
  t: Float64Array;
  /** serum blinatumomab [pg/mL] */
  C: Float64Array;
  /** blood T cells [cells/µL] */
  Tp: Float64Array;
  /** marginated T cells [cells/µL blood-equivalent] */
  Tm: Float64Array;
  /** CD19⁺ cells in blood [cells/µL] */
  Bp: Float64Array;
  /** marrow blasts [%] */
  Xpct: Float64Array;
  /** serum IL-6 [pg/mL] */
  I: Float64Array;
}

export type Quantity = Exclude<keyof ExplorerArrays, 't'>;

/** Percent of a fraction series (marrow blasts). */
export function toPercent(fraction: ArrayLike<number>): Float64Array {
  const out = new Float64Array(fraction.length);
  for (let i = 0; i < fraction.length; i++) out[i] = fraction[i]! * 100;
  return out;
}


/**
 * Serum drug on the trajectory's grid from the closed-form PK (the model's one-compartment solution, equal to
 * the integrated amount within 1e-6): exactly the same numbers for the same regimen and body size whatever
 * the other inputs — the integrated amount differs in the 6th digit when the adaptive steps follow other states.
 */
export function closedFormConcentration(tr: Pick<Trajectory, 't' | 'schedule' | 'parameters'>): Float64Array {
  return concentrationsAt(tr.schedule, tr.parameters, tr.t);
}

/** The arrays of a trajectory that the charts read (same state ⇒ same numbers ⇒ same drawing). */
export function explorerArrays(tr: Trajectory): ExplorerArrays {
  return { t: tr.t, C: closedFormConcentration(tr), Tp: tr.Tp, Tm: tr.Tm, Bp: tr.Bp, Xpct: toPercent(tr.X), I: tr.I };
}

/** True when two series hold exactly the same numbers. */
export function sameValues(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !(Number.isNaN(a[i]) && Number.isNaN(b[i]))) return false;
  return true;
}


/**
 * Index range [start, end) of the points to draw for a time window: every point inside it plus the
 * neighbour just outside each edge (so lines reach the edges), on a sorted time grid.
 */
export function windowIndices(t: ArrayLike<number>, domainDays: readonly [number, number]): [number, number] {
  const n = t.length;
  if (n === 0) return [0, 0];
  let lo = 0;
  let hi = n - 1;
  // first index with t ≥ domain start
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t[mid]! < domainDays[0]) lo = mid + 1;
    else hi = mid;
  }
  const start = t[lo]! > domainDays[0] && lo > 0 ? lo - 1 : lo;
  lo = 0;
  hi = n - 1;
  // last index with t ≤ domain end
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (t[mid]! > domainDays[1]) hi = mid - 1;
    else lo = mid;
  }
  const last = t[lo]! < domainDays[1] && lo < n - 1 ? lo + 1 : lo;
  return [start, Math.max(start, last) + 1];
}

/**
 * A series given on grid `srcT`, linearly interpolated onto grid `dstT` (both sorted). Returns the source
 * values themselves when the grids are equal (the usual case: every regimen steps on whole days).
 */
export function resampleOnGrid(srcT: ArrayLike<number>, srcY: Float64Array, dstT: ArrayLike<number>): Float64Array {
  if (sameValues(srcT, dstT)) return srcY;
  const out = new Float64Array(dstT.length);
  const n = srcT.length;
  let j = 0;
  for (let i = 0; i < dstT.length; i++) {
    const tq = dstT[i]!;
    if (n === 0) {
      out[i] = NaN;
      continue;
    }
    if (tq <= srcT[0]!) {
      out[i] = srcY[0]!;
      continue;
    }
    if (tq >= srcT[n - 1]!) {
      out[i] = srcY[n - 1]!;
      continue;
    }
    while (j < n - 2 && srcT[j + 1]! <= tq) j++;
    const t0 = srcT[j]!;
    const t1 = srcT[j + 1]!;
    out[i] = t1 === t0 ? srcY[j + 1]! : srcY[j]! + ((srcY[j + 1]! - srcY[j]!) * (tq - t0)) / (t1 - t0);
  }
  return out;
}

/** Reference arrays resampled onto the current grid (identity kept where the grids agree). */
export function resampleArrays(reference: ExplorerArrays, gridT: Float64Array): ExplorerArrays {
  const r = (y: Float64Array): Float64Array => resampleOnGrid(reference.t, y, gridT);
  return { t: gridT, C: r(reference.C), Tp: r(reference.Tp), Tm: r(reference.Tm), Bp: r(reference.Bp), Xpct: r(reference.Xpct), I: r(reference.I) };
}

// ── chart definitions ──

export type ChartId = 'drug' | 'tcells' | 'bcells' | 'marrow' | 'il6';

export interface ChartLine {
  quantity: Quantity;
  /** Short cursor label ("blood T"). */
  label: string;
  /** Legend text ("blood T cells (Tp)"). */
  legend: string;
  color: string;
  dashed?: boolean;
}

export interface ChartDef {
  id: ChartId;
  /** Heading and accessible name. */
  title: string;
  yLabel: string;
  /** Default y scale (the drug chart lets the reader switch). */
  yScale: 'linear' | 'log';
  /** Lowest value a log axis shows (values below it sit on the floor). */
  logFloor?: number;
  lines: readonly ChartLine[];
  /** Writes a value for the cursor readout. */
  formatValue: (value: number) => string;
}

export const CHART_DEFS: readonly ChartDef[] = [
  {
    id: 'drug',
    title: 'Serum blinatumomab (pg/mL)',
    yLabel: 'pg/mL',
    yScale: 'linear',
    logFloor: 1,
    lines: [{ quantity: 'C', label: 'drug', legend: 'this patient', color: 'var(--series-drug)' }],
    formatValue: formatDrugLevel,
  },
  {
    id: 'tcells',
    title: 'T cells (/µL blood)',
    yLabel: 'cells/µL',
    yScale: 'linear',
    lines: [
      { quantity: 'Tp', label: 'blood T', legend: 'blood (solid)', color: 'var(--series-tcell)' },
      { quantity: 'Tm', label: 'marginated T', legend: 'marginated, blood-equivalent (dashed)', color: 'var(--series-tcell)', dashed: true },
    ],
    formatValue: (v) => String(Math.round(v)),
  },
  {
    id: 'bcells',
    title: 'CD19⁺ cells in blood (/µL, log scale)',
    yLabel: 'cells/µL',
    yScale: 'log',
    logFloor: 0.01,
    lines: [{ quantity: 'Bp', label: 'CD19⁺', legend: 'normal B cells + blasts', color: 'var(--series-bcell)' }],
    formatValue: (v) => formatSignificant(v, 2),
  },
  {
    id: 'marrow',
    title: 'Marrow blasts (%, log scale, floor 10⁻⁵ %)',
    yLabel: '%',
    yScale: 'log',
    logFloor: 1e-5,
    lines: [{ quantity: 'Xpct', label: 'blasts', legend: 'this patient', color: 'var(--series-blast)' }],
    formatValue: (v) => `${formatSignificant(v, 2)} %`,
  },
  {
    id: 'il6',
    title: 'Serum IL-6 (pg/mL)',
    yLabel: 'pg/mL',
    yScale: 'linear',
    lines: [{ quantity: 'I', label: 'IL-6', legend: 'this patient', color: 'var(--series-il6)' }],
    formatValue: (v) => formatSignificant(v, 2),
  },
];

export const CHART_DEF_BY_ID: Readonly<Record<ChartId, ChartDef>> = Object.fromEntries(CHART_DEFS.map((d) => [d.id, d])) as Record<ChartId, ChartDef>;

/** Colour and label of the grey reference curves (the default scenario). */
export const REFERENCE_COLOR = 'var(--series-neutral)';
/** Legend entry of the reference curves. */
export const REFERENCE_LEGEND = 'default patient (grey)';
/** What the reference curves are. */
export const REFERENCE_LABEL = 'the default patient (R/R defaults on label-rr)';

/**
 * The series of one chart: the grey reference curve first (drawn beneath; only the chart's first line
 * has one), then the chart's own lines. `values` and `reference` hold the windowed arrays by quantity.
 */
export function chartSeries(def: ChartDef, values: Partial<Record<Quantity, ArrayLike<number>>>, reference: Partial<Record<Quantity, ArrayLike<number>>> | null): Series[] {
  const out: Series[] = [];
  const first = def.lines[0];
  const refValues = first && reference ? reference[first.quantity] : undefined;
  if (first && refValues) out.push({ id: `ref-${first.quantity}`, label: `reference ${first.label}`, color: REFERENCE_COLOR, values: refValues, faint: true });
  for (const line of def.lines) {
    const v = values[line.quantity];
    if (!v) continue;
    out.push({ id: line.quantity, label: line.label, color: line.color, values: v, ...(line.dashed ? { dashed: true } : {}) });
  }
  return out;
}

/**
 * y-axis bounds that keep every reference line (EC90, the 5 % CR line…) on the axis, where it belongs,
 * instead of off-axis or clamped to the edge under a wrong label — e.g. the first 3 days of label-rr
 * never reach the EC90, and that is the point. Log axes get `logHeadroom` × the top value. Returns only
 * the bounds that differ from the data's own.
 */
export function axisBounds(series: readonly Series[], lines: readonly number[], scale: 'linear' | 'log', logHeadroom = 1): { yMin?: number; yMax?: number } {
  let max = -Infinity;
  let minPositive = Infinity;
  for (const s of series) {
    for (let i = 0; i < s.values.length; i++) {
      const v = s.values[i]!;
      if (!Number.isFinite(v)) continue;
      if (v > max) max = v;
      if (v > 0 && v < minPositive) minPositive = v;
    }
  }
  if (!Number.isFinite(max)) return {};
  const out: { yMin?: number; yMax?: number } = {};
  const top = lines.length ? Math.max(...lines) : -Infinity;
  const bottom = lines.length ? Math.min(...lines) : Infinity;
  if (scale === 'linear') {
    if (top * 1.1 > max) out.yMax = top * 1.1;
    return out;
  }
  const wantedTop = Math.max(max * logHeadroom, top * 2);
  if (wantedTop > max) out.yMax = wantedTop;
  if (bottom / 2 < minPositive) out.yMin = bottom / 2;
  return out;
}

/** A chart's points after decimation: one shared time grid and the series values on it. */
export interface Decimated {
  t: Float64Array;
  values: Float64Array[];
}

/**
 * Keeps, for each of `columns` equal slices of the time window, the points where any of the series has
 * its minimum or maximum in that slice (plus the first and last point), so peaks such as the IL-6 burst
 * survive while a two-cycle run of 8 000 points shrinks to about two per pixel. All series keep the same
 * indices, because a chart draws them over one time grid. O(points × series), no allocation per point.
 */
export function decimate(t: ArrayLike<number>, values: readonly ArrayLike<number>[], domainDays: readonly [number, number], columns: number): Decimated {
  const n = t.length;
  const s = values.length;
  const cols = Math.max(1, Math.floor(columns));
  if (n <= 2 * cols || s === 0) {
    return { t: Float64Array.from(t as ArrayLike<number>), values: values.map((v) => Float64Array.from(v)) };
  }
  const span = domainDays[1] - domainDays[0] || 1;
  const scale = cols / span;
  const keep = new Uint8Array(n);
  keep[0] = 1;
  keep[n - 1] = 1;
  const minI = new Int32Array(s);
  const maxI = new Int32Array(s);
  let column = Number.NaN;
  const flush = (): void => {
    for (let k = 0; k < s; k++) {
      if (minI[k]! >= 0) keep[minI[k]!] = 1;
      if (maxI[k]! >= 0) keep[maxI[k]!] = 1;
    }
  };
  for (let i = 0; i < n; i++) {
    const c = Math.floor((t[i]! - domainDays[0]) * scale);
    if (c !== column) {
      if (!Number.isNaN(column)) flush();
      column = c;
      minI.fill(-1);
      maxI.fill(-1);
    }
    for (let k = 0; k < s; k++) {
      const v = values[k]![i]!;
      if (!Number.isFinite(v)) {
        keep[i] = 1; // keep gaps where they are
        continue;
      }
      if (minI[k]! < 0 || v < values[k]![minI[k]!]!) minI[k] = i;
      if (maxI[k]! < 0 || v > values[k]![maxI[k]!]!) maxI[k] = i;
    }
  }
  flush();
  let count = 0;
  for (let i = 0; i < n; i++) count += keep[i]!;
  const outT = new Float64Array(count);
  const outV = values.map(() => new Float64Array(count));
  for (let i = 0, j = 0; i < n; i++) {
    if (!keep[i]) continue;
    outT[j] = t[i]!;
    for (let k = 0; k < s; k++) outV[k]![j] = values[k]![i]!;
    j++;
  }
  return { t: outT, values: outV };
}

/** A chart ready to draw: its decimated time grid and series (reference first, then the chart's lines). */
export interface ChartData {
  t: Float64Array;
  series: Series[];
  /** Value of a drawn series at a time, interpolated on the full-resolution grid (for cursor readouts). */
  readoutValueAt: (series: Series, tDays: number) => number;
}

/**
 * Series of one chart (see chartSeries), decimated together onto one grid for `columns` pixel columns; with
 * `logFloor`, drawn values below it are raised to it. Cursor readouts still read the full-resolution values.
 */
export function chartData(
  def: ChartDef,
  t: ArrayLike<number>,
  values: Partial<Record<Quantity, ArrayLike<number>>>,
  reference: Partial<Record<Quantity, ArrayLike<number>>> | null,
  domainDays: readonly [number, number],
  columns: number,
  logFloor?: number,
): ChartData {
  const full = chartSeries(def, values, reference);
  const d = decimate(t, full.map((s) => s.values), domainDays, columns);
  // on a log axis, values under the floor (a washed-out drug is exactly 0) are drawn on the floor, not dropped
  if (logFloor !== undefined) for (const v of d.values) for (let i = 0; i < v.length; i++) if (!(v[i]! >= logFloor)) v[i] = logFloor;
  const fullById = new Map(full.map((s) => [s.id, s.values]));
  return {
    t: d.t,
    series: full.map((s, k) => ({ ...s, values: d.values[k]! })),
    readoutValueAt: (s, tDays) => {
      const v = fullById.get(s.id);
      return v ? valueAt(t, v, tDays) : Number.NaN;
    },
  };
}

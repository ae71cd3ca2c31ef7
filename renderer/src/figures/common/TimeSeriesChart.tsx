// THE time chart of the atlas (thin render layer over chart-geometry.ts): series lines (each on the shared or
// its own time grid), axes, landmark and threshold rules, annotations, an optional legend, and a time cursor
// that follows the figure clock through refs — with readout labels beside the curves or dots on them and live
// values in the legend. It is drawn at its real pixel width (measured), so its type follows the reader's text
// size and the projector theme instead of being scaled with the drawing. Live series (a micro-world's history)
// are redrawn through a handle, never through React state per frame.
import { useEffect, useId, useImperativeHandle, useLayoutEffect, useMemo, useRef, type ReactNode, type Ref } from 'react';
import type { FigureClock } from '../../ui/clock';
import { useElementWidth } from '../../ui/element-size';
import { chartFontPx, chartMargins, curveBand, dayTicks, drawSeries, formatTick, freeSlot, innerSize, timeScale, valueAt, valueScale, type ChartSize, type DrawnPoints, type Series, type YScaleKind } from './chart-geometry';
import { useChartFont } from './chart-font';
import './chart.css';

export interface Threshold {
  value: number;
  label: string;
  /** Time at which the label starts (default: right-aligned at the end of the axis). */
  labelAt?: number;
}

export interface ChartLandmark {
  tDays: number;
  label: string;
}

/** What annotations are drawn with: the chart's scales and plot size (inner pixels). */
export interface ChartScales {
  x: (t: number) => number;
  y: (v: number) => number;
  innerWidth: number;
  innerHeight: number;
  fontPx: number;
}

/** Live series: values that change faster than React should re-render (drawn through this handle). */
export interface LiveChartHandle {
  /** Draws series `id` through the first `count` points of (t, values); an empty count hides it. */
  setLive(id: string, t: ArrayLike<number>, values: ArrayLike<number>, count: number): void;
}

export interface TimeSeriesChartProps {
  /** Accessible name, e.g. "Serum blinatumomab (pg/mL) over time". */
  title: string;
  /** Shared time grid of the series that have no grid of their own. */
  t: ArrayLike<number>;
  series: readonly Series[];
  yLabel: string;
  yScale?: YScaleKind;
  yMin?: number;
  yMax?: number;
  /** Lowest value a log axis shows (default 1e-3); values below it sit on the floor. */
  logFloor?: number;
  domainDays?: [number, number];
  /** Title of the time axis (default "days"). */
  xLabel?: string;
  /** Time ticks (default: day ticks that suit the span) and how they are written. */
  xTicks?: readonly number[];
  formatXTick?: (t: number) => string;
  thresholds?: readonly Threshold[];
  landmarks?: readonly ChartLandmark[];
  clock?: FigureClock;
  /** Cursor readouts as labels beside the curves (default), or dots on the curves with the values in the legend. */
  cursor?: 'labels' | 'dots';
  /** A legend above the plot: each series' line style, and its value at the cursor when cursor = 'dots'. */
  legend?: boolean;
  /** Fixed width in px (default: the width of the chart's box). */
  width?: number;
  /** Plot height in px at 100 % text (the margins around it grow with the text). */
  height?: number;
  /** Formats a value for the cursor readout. */
  formatValue?: (value: number) => string;
  /**
   * Value of a series at a time for the cursor readout (default: linear interpolation of the drawn points).
   * Pass it when the drawn points are decimated or live, so the readout stays exact.
   */
  readoutValueAt?: (series: Series, tDays: number) => number;
  /** Extra marks drawn in plot coordinates (peak markers and their labels). */
  annotations?: (scales: ChartScales) => ReactNode;
  /** Handle for live series (their `values` may be empty until set through it). */
  liveRef?: Ref<LiveChartHandle>;
  className?: string;
}

/** The first n values of an array (a view for typed arrays). */
function head(values: ArrayLike<number>, n: number): ArrayLike<number> {
  if (values.length === n) return values;
  return 'subarray' in values ? (values as Float64Array).subarray(0, n) : Array.prototype.slice.call(values, 0, n);
}

function LegendSwatch({ series }: { series: Series }): ReactNode {
  return (
    <svg className="ts-swatch" viewBox="0 0 28 10" aria-hidden="true" focusable="false">
      <line x1={1} y1={5} x2={27} y2={5} stroke={series.color} strokeDasharray={series.dash ?? (series.dashed ? '6 4' : undefined)} className={series.faint ? 'ts-faint' : undefined} />
    </svg>
  );
}

export function TimeSeriesChart({
  title,
  t,
  series,
  yLabel,
  yScale = 'linear',
  yMin,
  yMax,
  logFloor,
  domainDays,
  xLabel = 'days',
  xTicks,
  formatXTick = formatTick,
  thresholds = [],
  landmarks = [],
  clock,
  cursor = 'labels',
  legend = false,
  width: fixedWidth,
  height: plotHeight = 150,
  formatValue = formatTick,
  readoutValueAt,
  annotations,
  liveRef,
  className,
}: TimeSeriesChartProps) {
  const boxRef = useRef<HTMLDivElement>(null);
  const measured = useElementWidth(boxRef, fixedWidth ?? 640);
  const width = fixedWidth ?? measured;
  const font = useChartFont();
  const fontPx = chartFontPx(font);
  const margin = chartMargins(fontPx, landmarks.length > 0);
  const size: ChartSize = { width, height: Math.round(plotHeight * font.textScale) + margin.top + margin.bottom, margin };
  const height = size.height;
  const inner = innerSize(size);
  const d0 = domainDays?.[0] ?? t[0] ?? 0;
  const d1 = domainDays?.[1] ?? t[t.length - 1] ?? 1;
  const domain = useMemo<[number, number]>(() => [d0, d1], [d0, d1]);
  const x = useMemo(() => timeScale(domain, size), [domain, width, margin.left, margin.right]); // eslint-disable-line react-hooks/exhaustive-deps
  const y = useMemo(
    () =>
      valueScale(series, size, yScale, {
        ...(yMin !== undefined ? { min: yMin } : {}),
        ...(yMax !== undefined ? { max: yMax } : {}),
        ...(logFloor !== undefined ? { logFloor } : {}),
      }),
    [series, yScale, yMin, yMax, logFloor, height, margin.top, margin.bottom], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const drawnSeries = useMemo(() => series.map((s) => (s.values.length ? drawSeries(s.t ?? t, s.values, x, y, yScale === 'log') : null)), [series, t, x, y, yScale]);
  // Every curve as drawn (plot pixels), so labels are placed where no curve passes.
  const drawn = useRef<(DrawnPoints | null)[]>([]);
  drawn.current = useMemo(() => drawnSeries.map((d) => d?.points ?? null), [drawnSeries]);
  // Where the landmark labels above the plot are (estimated boxes, plot pixels), for placing readouts around them.
  const landmarkBoxes = useMemo(
    () =>
      landmarks
        .filter((l) => l.label && l.tDays >= domain[0] && l.tDays <= domain[1])
        .map((l) => {
          const w = l.label.length * fontPx * 0.92 * 0.58;
          const cx = x(l.tDays);
          return { x0: cx - w / 2, x1: cx + w / 2, top: -fontPx * 0.35 - fontPx * 0.92 - 1, bottom: -fontPx * 0.35 + fontPx * 0.25 + 1 };
        }),
    [landmarks, domain, x, fontPx],
  );
  const cursorRef = useRef<SVGGElement>(null);
  const readoutRefs = useRef<(SVGTextElement | null)[]>([]);
  const dotRefs = useRef<(SVGCircleElement | null)[]>([]);
  const legendRefs = useRef<(HTMLSpanElement | null)[]>([]);
  const pathRefs = useRef<(SVGPathElement | null)[]>([]);
  const live = useRef(new Map<string, { t: ArrayLike<number>; values: ArrayLike<number>; count: number }>());
  const redrawCursor = useRef<() => void>(() => undefined);
  const uid = useId();

  const valueOf = (s: Series, now: number): number => {
    const l = live.current.get(s.id);
    if (readoutValueAt) return readoutValueAt(s, now);
    if (l) return valueAt(l.t, l.values, Math.min(now, l.t[Math.max(0, l.count - 1)] ?? now));
    return valueAt(s.t ?? t, s.values, now);
  };

  // Live series keep their last values: drawn again when the scales change (a resize, a new text size).
  useLayoutEffect(() => {
    series.forEach((s, i) => {
      const l = live.current.get(s.id);
      if (!l) return;
      const n = Math.max(0, Math.min(l.count, l.t.length, l.values.length));
      const d = n > 0 ? drawSeries(head(l.t, n), head(l.values, n), x, y, yScale === 'log') : null;
      pathRefs.current[i]?.setAttribute('d', d?.path ?? '');
      drawn.current[i] = d?.points ?? null;
    });
  }, [series, x, y, yScale]);

  useImperativeHandle(
    liveRef,
    () => ({
      setLive(id, lt, values, count) {
        const i = series.findIndex((s) => s.id === id);
        if (i < 0) return;
        live.current.set(id, { t: lt, values, count });
        const n = Math.max(0, Math.min(count, lt.length, values.length));
        const d = n > 0 ? drawSeries(head(lt, n), head(values, n), x, y, yScale === 'log') : null;
        pathRefs.current[i]?.setAttribute('d', d?.path ?? '');
        drawn.current[i] = d?.points ?? null;
        redrawCursor.current();
      },
    }),
    [series, x, y, yScale],
  );

  useEffect(() => {
    if (!clock) return;
    let last = clock.now();
    const draw = (now: number) => {
      last = now;
      const g = cursorRef.current;
      if (!g) return;
      const cx = x(Math.min(domain[1], Math.max(domain[0], now)));
      g.setAttribute('transform', `translate(${cx},0)`);
      const shown = series.map((s, i) => ({ s, i })).filter(({ s }) => !s.faint);
      const values = shown.map(({ s }) => valueOf(s, now));
      if (cursor === 'dots') {
        shown.forEach(({ s, i }, k) => {
          const dot = dotRefs.current[i];
          const v = values[k]!;
          if (dot) dot.setAttribute('cy', Number.isFinite(v) ? String(y(v)) : '-99');
          const readout = legendRefs.current[i];
          if (readout) readout.textContent = Number.isFinite(v) ? formatValue(v) : '';
          void s;
        });
        return;
      }
      // Readouts sit beside their curves — on the right of the cursor, on the left once it is past the middle —
      // each in the free place nearest its value: off every curve under it and off the readouts placed before it.
      const left = cx > inner.width * 0.55;
      const placed: [number, number][] = [];
      shown.forEach(({ s, i }, k) => {
        const label = readoutRefs.current[i];
        if (!label) return;
        const v = values[k]!;
        const text = Number.isFinite(v) ? `${s.label}: ${formatValue(v)}` : '';
        label.textContent = text;
        const w = text.length * fontPx * 0.58;
        const [x0, x1] = left ? [cx - 6 - w, cx - 6] : [cx + 6, cx + 6 + w];
        // curves count with their stroke (≈ 1.5 px either side), readouts with their glyphs' full height
        const bands = drawn.current
          .flatMap((c) => (c ? [curveBand(c, x0, x1)] : []))
          .filter((b): b is [number, number] => b !== null)
          .map(([top, bottom]): [number, number] => [top - 1.5, bottom + 1.5]);
        // landmark labels above the plot count too: a readout may rise into the top margin when the plot is full
        const marks = landmarkBoxes.filter((b) => b.x0 < x1 && b.x1 > x0).map((b): [number, number] => [b.top, b.bottom]);
        const preferred = (Number.isFinite(v) ? y(v) : inner.height) - fontPx * 0.4;
        const slot = (avoid: [number, number][]) => freeSlot(preferred, fontPx * 0.8, avoid, fontPx * 0.8 - margin.top, inner.height + fontPx * 0.6, 1.5, fontPx * 0.25);
        // off the curves if the plot has room; else at least off the other labels
        const base = slot([...bands, ...marks, ...placed]) ?? slot([...marks, ...placed]) ?? Math.min(inner.height, Math.max(0, preferred));
        placed.push([base - fontPx * 0.95, base + fontPx * 0.3]);
        label.setAttribute('y', String(base));
        label.setAttribute('x', left ? '-6' : '6');
        label.setAttribute('text-anchor', left ? 'end' : 'start');
      });
    };
    redrawCursor.current = () => draw(last);
    return clock.onTime(draw);
  }, [clock, x, y, series, t, domain, inner.height, inner.width, formatValue, readoutValueAt, cursor, fontPx, landmarkBoxes, margin.top]); // eslint-disable-line react-hooks/exhaustive-deps

  // Threshold labels sit on their line where no curve passes: at the right end above the line if that is clear,
  // else below it, else further left (or at the time the threshold asks for).
  const thresholdLabels = useMemo(() => {
    const [lo, hi] = y.domain() as [number, number];
    const placed: [number, number, number, number][] = [];
    return thresholds
      .filter((th) => th.value >= Math.min(lo, hi) && th.value <= Math.max(lo, hi))
      .map((th) => {
        const ty = y(th.value);
        const w = th.label.length * fontPx * 0.55;
        // from the right end leftwards in quarter-label steps, above the line then below it
        const xs: number[] = [];
        if (th.labelAt !== undefined) xs.push(x(th.labelAt));
        for (let lx = inner.width - 4 - w; lx >= 0; lx -= Math.max(8, w / 4)) xs.push(lx);
        const candidates = xs.flatMap((lx) => [
          { lx, base: ty - 3 },
          { lx, base: ty + fontPx + 2 },
        ]);
        const hits = (lx: number, base: number): boolean =>
          drawn.current.some((c) => {
            const band = c && curveBand(c, lx, lx + w);
            return band !== null && band !== undefined && base + fontPx * 0.25 + 3 > band[0] && base - fontPx * 0.8 - 3 < band[1];
          }) || placed.some(([px, pb, pw]) => lx < px + pw && lx + w > px && Math.abs(base - pb) < fontPx + 2);
        const pick = candidates.find((c) => !hits(c.lx, c.base)) ?? candidates[0]!;
        placed.push([pick.lx, pick.base, w, 0]);
        return { th, ty, lx: pick.lx, anchor: 'start' as const, dy: pick.base - ty };
      });
  }, [thresholds, x, y, inner.width, fontPx, series]); // eslint-disable-line react-hooks/exhaustive-deps

  const yTicks = yScale === 'log' ? y.ticks(4).filter((v, i, all) => all.length <= 6 || Math.log10(v) % 1 === 0 || i === 0) : y.ticks(Math.max(3, Math.round(inner.height / (fontPx * 3.5))));
  const timeTicks = xTicks ?? dayTicks(domain);
  const visibleLandmarks = landmarks.filter((l) => l.tDays >= domain[0] && l.tDays <= domain[1]);
  const legendItems = legend ? series : [];
  return (
    <div className={`ts${className ? ` ${className}` : ''}`} ref={boxRef}>
      {legend && (
        <ul className="ts-legend" aria-label={`${title}: legend${cursor === 'dots' ? ' and values at the cursor' : ''}`}>
          {legendItems.map((s, i) => (
            <li key={s.id}>
              <LegendSwatch series={s} />
              <span>{s.legendLabel ?? s.label}</span>
              {cursor === 'dots' && !s.faint && (
                <span
                  className="ts-legend-value"
                  ref={(el) => {
                    legendRefs.current[i] = el;
                  }}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      <svg className="ts-chart" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={title} style={{ fontSize: `${fontPx}px` }}>
        <defs>
          <clipPath id={`${uid}-plot`}>
            <rect x={0} y={-2} width={inner.width} height={inner.height + 4} />
          </clipPath>
        </defs>
        <g transform={`translate(${margin.left},${margin.top})`}>
          <g className="ts-grid" aria-hidden="true">
            {yTicks.map((v) => (
              <g key={`y${v}`} transform={`translate(0,${y(v)})`}>
                <line x2={inner.width} />
                <text x={-6} dy="0.32em" textAnchor="end">
                  {formatTick(v)}
                </text>
              </g>
            ))}
            {timeTicks.map((d) => (
              <g key={`x${d}`} transform={`translate(${x(d)},${inner.height})`}>
                <line y2={5} className="ts-tick" />
                <text y={5 + fontPx * 1.1} textAnchor="middle">
                  {formatXTick(d)}
                </text>
              </g>
            ))}
            <text className="ts-axis-label" x={inner.width} y={inner.height + 5 + fontPx * 2.4} textAnchor="end">
              {xLabel}
            </text>
            <text className="ts-axis-label" transform="rotate(-90)" x={0} y={-margin.left + fontPx * 1.1} textAnchor="end">
              {yLabel}
            </text>
          </g>
          <g className="ts-landmarks" aria-hidden="true">
            {visibleLandmarks.map((l) => (
              <g key={`${l.tDays}-${l.label}`} transform={`translate(${x(l.tDays)},0)`}>
                <line y2={inner.height} />
                {l.label && (
                  <text y={-fontPx * 0.35} textAnchor="middle">
                    {l.label}
                  </text>
                )}
              </g>
            ))}
          </g>
          <g className="ts-thresholds" aria-hidden="true">
            {thresholdLabels.map(({ th, ty, lx, anchor, dy }) => (
              <g key={th.label} transform={`translate(0,${ty})`}>
                <line x2={inner.width} />
                <text x={lx} dy={dy} textAnchor={anchor}>
                  {th.label}
                </text>
              </g>
            ))}
          </g>
          <g className="ts-series" clipPath={`url(#${uid}-plot)`}>
            {series.map((s, i) => (
              <path
                key={s.id}
                ref={(el) => {
                  pathRefs.current[i] = el;
                }}
                d={drawnSeries[i]?.path ?? ''}
                stroke={s.color}
                strokeDasharray={s.dash ?? (s.dashed ? '6 4' : undefined)}
                className={s.faint ? 'ts-faint' : undefined}
                data-series={s.id}
              />
            ))}
          </g>
          {annotations && <g className="ts-annotations">{annotations({ x, y, innerWidth: inner.width, innerHeight: inner.height, fontPx })}</g>}
          {clock && (
            <g ref={cursorRef} className="ts-cursor" aria-hidden="true">
              <line y2={inner.height} />
              {series.map((s, i) =>
                s.faint ? null : cursor === 'dots' ? (
                  <circle
                    key={s.id}
                    ref={(el) => {
                      dotRefs.current[i] = el;
                    }}
                    r={4}
                    cy={-99}
                    fill={s.color}
                  />
                ) : (
                  <text
                    key={s.id}
                    ref={(el) => {
                      readoutRefs.current[i] = el;
                    }}
                    x={6}
                    fill={s.color}
                  />
                ),
              )}
            </g>
          )}
        </g>
      </svg>
    </div>
  );
}

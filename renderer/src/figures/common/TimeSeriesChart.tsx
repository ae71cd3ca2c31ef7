// A time-series chart of model output (thin render layer over chart-geometry.ts): series lines, axes,
// landmark rules, threshold lines (e.g. the EC90) and a time cursor that follows the figure clock
// through a ref — the chart itself only re-renders when its data change.
import { useEffect, useMemo, useRef } from 'react';
import type { FigureClock } from '../../ui/clock';
import { formatTick, innerSize, seriesPath, spreadLabels, timeScale, valueAt, valueScale, type ChartSize, type Series, type YScaleKind } from './chart-geometry';
import { ChartGrid } from './ChartGrid';
import './chart.css';

export interface Threshold {
  value: number;
  label: string;
}

export interface ChartLandmark {
  tDays: number;
  label: string;
}

export interface TimeSeriesChartProps {
  /** Accessible name, e.g. "Serum blinatumomab (pg/mL) over time". */
  title: string;
  t: ArrayLike<number>;
  series: readonly Series[];
  yLabel: string;
  yScale?: YScaleKind;
  yMin?: number;
  yMax?: number;
  /** Lowest value a log axis shows (default 1e-3); values below it sit on the floor. */
  logFloor?: number;
  domainDays?: [number, number];
  thresholds?: readonly Threshold[];
  landmarks?: readonly ChartLandmark[];
  clock?: FigureClock;
  width?: number;
  height?: number;
  /** Formats a value for the cursor readout. */
  formatValue?: (value: number) => string;
  /**
   * Value of a series at a time for the cursor readout (default: linear interpolation of the drawn points).
   * Pass it when the drawn points are decimated, so the readout stays exact.
   */
  readoutValueAt?: (series: Series, tDays: number) => number;
}

const DEFAULT_MARGIN = { top: 14, right: 16, bottom: 38, left: 56 };

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
  thresholds = [],
  landmarks = [],
  clock,
  width = 640,
  height = 200,
  formatValue = formatTick,
  readoutValueAt,
}: TimeSeriesChartProps) {
  const size: ChartSize = { width, height, margin: DEFAULT_MARGIN };
  const inner = innerSize(size);
  const d0 = domainDays?.[0] ?? t[0] ?? 0;
  const d1 = domainDays?.[1] ?? t[t.length - 1] ?? 1;
  const domain = useMemo<[number, number]>(() => [d0, d1], [d0, d1]);
  const x = useMemo(() => timeScale(domain, size), [domain, width]); // eslint-disable-line react-hooks/exhaustive-deps
  const y = useMemo(
    () =>
      valueScale(series, size, yScale, {
        ...(yMin !== undefined ? { min: yMin } : {}),
        ...(yMax !== undefined ? { max: yMax } : {}),
        ...(logFloor !== undefined ? { logFloor } : {}),
      }),
    [series, yScale, yMin, yMax, logFloor, height], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const paths = useMemo(() => series.map((s) => seriesPath(t, s.values, x, y, yScale === 'log')), [series, t, x, y, yScale]);
  const cursorRef = useRef<SVGGElement>(null);
  const readoutRefs = useRef<(SVGTextElement | null)[]>([]);

  useEffect(() => {
    if (!clock) return;
    return clock.onTime((now) => {
      const g = cursorRef.current;
      if (!g) return;
      const cx = x(Math.min(domain[1], Math.max(domain[0], now)));
      g.setAttribute('transform', `translate(${cx},0)`);
      // Readouts sit beside their curves, kept apart from each other, and on the left of the cursor once it
      // is past the middle so they never run off the chart.
      const left = cx > inner.width * 0.55;
      const shown = series.map((s, i) => ({ s, label: readoutRefs.current[i] })).filter((r): r is { s: Series; label: SVGTextElement } => !!r.label && !r.s.faint);
      const values = shown.map(({ s }) => (readoutValueAt ? readoutValueAt(s, now) : valueAt(t, s.values, now)));
      const ys = spreadLabels(
        values.map((v) => y(v) - 6),
        13,
        12,
        inner.height - 4,
      );
      shown.forEach(({ s, label }, k) => {
        label.textContent = `${s.label}: ${formatValue(values[k]!)}`;
        label.setAttribute('y', String(ys[k]));
        label.setAttribute('x', left ? '-6' : '6');
        label.setAttribute('text-anchor', left ? 'end' : 'start');
      });
    });
  }, [clock, x, y, series, t, domain, inner.height, inner.width, formatValue, readoutValueAt]);

  const yTicks = yScale === 'log' ? y.ticks(4).filter((v, i, all) => all.length <= 6 || Math.log10(v) % 1 === 0 || i === 0) : y.ticks(4);
  return (
    <svg className="ts-chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={title} preserveAspectRatio="xMidYMid meet">
      <g transform={`translate(${size.margin.left},${size.margin.top})`}>
        <ChartGrid prefix="ts" x={x} y={y} yTicks={yTicks} domainDays={domain} innerWidth={inner.width} innerHeight={inner.height} xLabel="days" yLabel={yLabel} />
        <g className="ts-landmarks" aria-hidden="true">
          {landmarks
            .filter((l) => l.tDays >= domain[0] && l.tDays <= domain[1])
            .map((l) => (
              <g key={`${l.tDays}-${l.label}`} transform={`translate(${x(l.tDays)},0)`}>
                <line y2={inner.height} />
                <text y={-3} textAnchor="middle">
                  {l.label}
                </text>
              </g>
            ))}
        </g>
        <g className="ts-thresholds" aria-hidden="true">
          {thresholds.map((th) => (
            <g key={th.label} transform={`translate(0,${y(th.value)})`}>
              <line x2={inner.width} />
              <text x={inner.width - 4} dy="-0.35em" textAnchor="end">
                {th.label}
              </text>
            </g>
          ))}
        </g>
        <g className="ts-series">
          {series.map((s, i) => (
            <path key={s.id} d={paths[i]} stroke={s.color} strokeDasharray={s.dashed ? '6 4' : undefined} className={s.faint ? 'ts-faint' : undefined} data-series={s.id} />
          ))}
        </g>
        {clock && (
          <g ref={cursorRef} className="ts-cursor" aria-hidden="true">
            <line y2={inner.height} />
            {series.map((s, i) => (
              <text
                key={s.id}
                ref={(el) => {
                  readoutRefs.current[i] = el;
                }}
                x={6}
                fill={s.color}
              />
            ))}
          </g>
        )}
      </g>
    </svg>
  );
}

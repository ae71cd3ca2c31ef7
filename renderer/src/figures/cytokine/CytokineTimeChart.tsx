// One time chart of the cytokine figure (IL-6 or blood T cells over the first 10 days) for the shown
// regimens at the chosen burden: thin render layer over geometry.ts; the cursor follows the clock by ref.
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { FigureClock } from '../../ui/clock';
import { innerSize, seriesPath, valueAt } from '../common/chart-geometry';
import { ChartGrid } from '../common/ChartGrid';
import { TIME_CHART_SIZE, formatPgPerMl, peakAnnotations, quantityValues, timeXScale, timeYScale, yMaxFor, type TimeQuantity } from './geometry';
import { DOSING_OPTIONS, gridCell, stepDayOf, type BurdenId, type DosingId, type Grid } from './scenarios';

export interface HorizontalRule {
  value: number;
  label: string;
  /** Day at which the label starts (default: right-aligned at the end of the axis). */
  labelDay?: number;
}

export interface CytokineTimeChartProps {
  grid: Grid;
  shown: readonly DosingId[];
  burden: BurdenId;
  quantity: TimeQuantity;
  clock: FigureClock;
  /** Accessible name of the chart. */
  title: string;
  /** Visible heading above the chart. */
  heading: ReactNode;
  yLabel: string;
  unit: string;
  rules?: readonly HorizontalRule[];
}

function formatValue(quantity: TimeQuantity, v: number): string {
  return quantity === 'il6' ? `${formatPgPerMl(v)} pg/mL` : `${Math.round(v)}/µL`;
}

/** A short line sample with the series' colour and dash pattern, for legends and controls. */
export function LineSwatch({ color, dash }: { color: string; dash: string }) {
  return (
    <svg className="cy-swatch" viewBox="0 0 34 10" width="34" height="10" aria-hidden="true" focusable="false">
      <line x1="1" y1="5" x2="33" y2="5" stroke={color} strokeDasharray={dash || undefined} />
    </svg>
  );
}

export function CytokineTimeChart({ grid, shown, burden, quantity, clock, title, heading, yLabel, unit, rules = [] }: CytokineTimeChartProps) {
  const size = TIME_CHART_SIZE;
  const inner = innerSize(size);
  const x = useMemo(() => timeXScale(size), [size]);
  const yMax = useMemo(() => yMaxFor(grid, shown, quantity), [grid, shown, quantity]);
  const y = useMemo(() => timeYScale(yMax, size), [yMax, size]);
  const series = useMemo(
    () =>
      DOSING_OPTIONS.filter((d) => shown.includes(d.id)).map((d) => {
        const cell = gridCell(grid, d.id, burden);
        const values = quantityValues(cell, quantity);
        return { option: d, t: cell.trajectory.t, values, path: seriesPath(cell.trajectory.t, values, x, y) };
      }),
    [grid, shown, burden, quantity, x, y],
  );
  const annotations = useMemo(
    () => (quantity === 'il6' ? peakAnnotations(grid, shown, burden, x, y, inner.height) : []),
    [quantity, grid, shown, burden, x, y, inner.height],
  );
  const stepDay = stepDayOf('weight-lt-45');

  const cursorRef = useRef<SVGLineElement>(null);
  const dotRefs = useRef<(SVGCircleElement | null)[]>([]);
  const readoutRefs = useRef<(HTMLSpanElement | null)[]>([]);

  // Per frame: only attributes and text through refs; nothing is re-simulated or re-rendered.
  useEffect(
    () =>
      clock.onTime((now) => {
        const cx = x(Math.min(x.domain()[1]!, Math.max(0, now)));
        cursorRef.current?.setAttribute('transform', `translate(${cx},0)`);
        series.forEach((s, i) => {
          const v = valueAt(s.t, s.values, now);
          const dot = dotRefs.current[i];
          if (dot) {
            dot.setAttribute('cx', String(cx));
            dot.setAttribute('cy', String(y(v)));
          }
          const readout = readoutRefs.current[i];
          if (readout) readout.textContent = formatValue(quantity, v);
        });
      }),
    [clock, x, y, series, quantity],
  );

  const yTicks = y.ticks(5);
  return (
    <div className="cy-chart">
      <div className="cy-chart-head">
        <span className="cy-chart-title">{heading}</span>
        <ul className="cy-legend" aria-label={`${title}: legend and values at the cursor`}>
          {series.map((s, i) => (
            <li key={s.option.id}>
              <LineSwatch color={s.option.color} dash={s.option.dash} />
              <span>{s.option.shortLabel}</span>
              <span
                className="cy-readout"
                ref={(el) => {
                  readoutRefs.current[i] = el;
                }}
              />
            </li>
          ))}
        </ul>
      </div>
      <svg className="cy-svg" viewBox={`0 0 ${size.width} ${size.height}`} role="img" aria-label={title} preserveAspectRatio="xMidYMid meet">
        <g transform={`translate(${size.margin.left},${size.margin.top})`}>
          <ChartGrid
            prefix="cy"
            x={x}
            y={y}
            yTicks={yTicks}
            domainDays={[0, x.domain()[1]!]}
            innerWidth={inner.width}
            innerHeight={inner.height}
            xLabel="days since the start of the infusion"
            yLabel={`${yLabel} (${unit})`}
            yLabelOffset={-46}
          />
          <g className="cy-rules" aria-hidden="true">
            {rules
              .filter((r) => r.value <= y.domain()[1]!)
              .map((r) => (
                <g key={r.label} transform={`translate(0,${y(r.value)})`}>
                  <line x2={inner.width} />
                  <text x={r.labelDay === undefined ? inner.width - 4 : x(r.labelDay)} dy="-0.3em" textAnchor={r.labelDay === undefined ? 'end' : 'start'}>
                    {r.label}
                  </text>
                </g>
              ))}
          </g>
          {stepDay !== null && (
            <g className="cy-landmark" transform={`translate(${x(stepDay)},0)`} aria-hidden="true">
              <line y2={inner.height} />
              <text y={-5} textAnchor="middle">
                {`dose step (label day ${stepDay + 1})`}
              </text>
            </g>
          )}
          <g className="cy-series">
            {series.map((s) => (
              <path key={s.option.id} d={s.path} stroke={s.option.color} strokeDasharray={s.option.dash || undefined} data-series={s.option.id} />
            ))}
          </g>
          <g className="cy-annotations" aria-hidden="true">
            {annotations.map((a) => {
              const option = DOSING_OPTIONS.find((d) => d.id === a.dosing)!;
              return (
                <g key={`${a.dosing}-${a.kind}`} data-annotation={`${a.dosing}-${a.kind}`}>
                  <line className="cy-leader" x1={a.x} y1={a.y} x2={a.anchor === 'start' ? a.labelX - 3 : a.labelX + 3} y2={a.labelY} stroke={option.color} />
                  <circle className="cy-peak" cx={a.x} cy={a.y} r={3.5} stroke={option.color} />
                  <text x={a.labelX} y={a.labelY} dy="0.32em" textAnchor={a.anchor}>
                    {a.text}
                  </text>
                </g>
              );
            })}
          </g>
          <g className="cy-cursor" aria-hidden="true">
            <line ref={cursorRef} y2={inner.height} />
            {series.map((s, i) => (
              <circle
                key={s.option.id}
                ref={(el) => {
                  dotRefs.current[i] = el;
                }}
                r={4}
                fill={s.option.color}
              />
            ))}
          </g>
        </g>
      </svg>
    </div>
  );
}

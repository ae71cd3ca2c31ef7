// The grid and axes of a time chart (y gridlines with labels, day ticks, axis titles): one render layer
// shared by every time chart, styled through a class prefix so each chart keeps its own look.
import type { ReactNode } from 'react';
import { dayTicks, formatTick } from './chart-geometry';

export interface ChartGridProps {
  /** Class prefix: renders `${prefix}-grid`, `${prefix}-tick`, `${prefix}-axis-label`. */
  prefix: string;
  x: (days: number) => number;
  y: (value: number) => number;
  yTicks: readonly number[];
  domainDays: [number, number];
  innerWidth: number;
  innerHeight: number;
  xLabel: string;
  yLabel: string;
  /** Offset of the x-axis title below the plot area, px. */
  xLabelOffset?: number;
  /** Offset of the rotated y-axis title left of the plot area, px (negative). */
  yLabelOffset?: number;
}

export function ChartGrid({ prefix, x, y, yTicks, domainDays, innerWidth, innerHeight, xLabel, yLabel, xLabelOffset = 34, yLabelOffset = -44 }: ChartGridProps): ReactNode {
  return (
    <g className={`${prefix}-grid`} aria-hidden="true">
      {yTicks.map((v) => (
        <g key={`y${v}`} transform={`translate(0,${y(v)})`}>
          <line x2={innerWidth} />
          <text x={-6} dy="0.32em" textAnchor="end">
            {formatTick(v)}
          </text>
        </g>
      ))}
      {dayTicks(domainDays).map((d) => (
        <g key={`x${d}`} transform={`translate(${x(d)},${innerHeight})`}>
          <line y2={5} className={`${prefix}-tick`} />
          <text y={18} textAnchor="middle">
            {formatTick(d)}
          </text>
        </g>
      ))}
      <text className={`${prefix}-axis-label`} x={innerWidth} y={innerHeight + xLabelOffset} textAnchor="end">
        {xLabel}
      </text>
      <text className={`${prefix}-axis-label`} transform="rotate(-90)" x={0} y={yLabelOffset} textAnchor="end">
        {yLabel}
      </text>
    </g>
  );
}

// One of the explorer's five linked charts: a heading with a legend (line styles, not colour alone) over
// the kit's TimeSeriesChart. Memoised: it re-renders only when its own data, scale, size or window change.
import { memo, type ReactNode } from 'react';
import type { FigureClock } from '../../ui/clock';
import type { Series } from '../common/chart-geometry';
import { TimeSeriesChart, type ChartLandmark, type Threshold } from '../common/TimeSeriesChart';
import { REFERENCE_LEGEND, type ChartDef } from './series';

export interface ExplorerChartProps {
  def: ChartDef;
  t: ArrayLike<number>;
  series: readonly Series[];
  yScale: 'linear' | 'log';
  /** Bottom of a log y axis (default: the data's minimum above the chart's floor). */
  yMin?: number;
  /** Top of the y axis (default: the data's maximum). */
  yMax?: number;
  domainDays: [number, number];
  thresholds: readonly Threshold[];
  landmarks: readonly ChartLandmark[];
  clock: FigureClock;
  width: number;
  height: number;
  /** Exact value of a series at a time for the cursor readout (the drawn points are decimated). */
  readoutValueAt: (series: Series, tDays: number) => number;
}

function LegendSwatch({ color, dashed, faint }: { color: string; dashed?: boolean; faint?: boolean }): ReactNode {
  return (
    <svg className="pk-swatch" viewBox="0 0 28 10" aria-hidden="true" focusable="false">
      <line x1={1} y1={5} x2={27} y2={5} stroke={color} strokeDasharray={dashed ? '6 4' : undefined} className={faint ? 'pk-swatch-faint' : undefined} />
    </svg>
  );
}

/** The definition sets the title, axis label, log floor and value format; the rest goes to the chart as given. */
function ExplorerChartImpl({ def, yScale, ...chart }: ExplorerChartProps): ReactNode {
  const hasReference = chart.series.some((s) => s.faint);
  const scaleNote = def.id === 'drug' ? (yScale === 'log' ? ', log scale' : ', linear scale') : '';
  return (
    <section className="pk-chart" data-chart={def.id} aria-label={def.title}>
      <div className="pk-chart-head">
        <span className="pk-chart-title">
          {def.title}
          {scaleNote}
        </span>
        <ul className="pk-legend" aria-label={`Legend: ${def.title}`}>
          {def.lines.map((line) => (
            <li key={line.quantity}>
              <LegendSwatch color={line.color} {...(line.dashed ? { dashed: true } : {})} />
              {line.legend}
            </li>
          ))}
          {hasReference && (
            <li>
              <LegendSwatch color="var(--series-neutral)" faint />
              {REFERENCE_LEGEND}
            </li>
          )}
        </ul>
      </div>
      <TimeSeriesChart
        title={`${def.title}${scaleNote} over time`}
        yLabel={def.yLabel}
        yScale={yScale}
        {...(def.logFloor !== undefined ? { logFloor: def.logFloor } : {})}
        formatValue={def.formatValue}
        {...chart}
      />
    </section>
  );
}

export const ExplorerChart = memo(ExplorerChartImpl);

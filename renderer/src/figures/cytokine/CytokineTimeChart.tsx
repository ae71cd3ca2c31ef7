// One time chart of the cytokine figure (IL-6 or blood T cells over the first 10 days) for the shown
// regimens at the chosen burden: a use of the atlas's one time chart, with dots on the curves, live values in
// the legend, the dose step, horizontal rules (CRS bands, baseline) and the IL-6 peaks annotated.
import { memo, useCallback, useMemo, type ReactNode } from 'react';
import type { FigureClock } from '../../ui/clock';
import type { Series } from '../common/chart-geometry';
import { TimeSeriesChart, type ChartScales, type Threshold } from '../common/TimeSeriesChart';
import { formatPgPerMl, peakAnnotations, quantityValues, yMaxFor, type TimeQuantity } from './geometry';
import { DOSING_OPTIONS, WINDOW_DAYS, gridCell, stepDayOf, type BurdenId, type DosingId, type Grid } from './scenarios';

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
  rules?: readonly Threshold[];
  /** Plot height in px at 100 % text. */
  height?: number;
}

/** A short line sample with the series' colour and dash pattern, for the regimen checkboxes. */
export function LineSwatch({ color, dash }: { color: string; dash: string }) {
  return (
    <svg className="cy-swatch" viewBox="0 0 34 10" width="34" height="10" aria-hidden="true" focusable="false">
      <line x1="1" y1="5" x2="33" y2="5" stroke={color} strokeDasharray={dash || undefined} />
    </svg>
  );
}

const DOMAIN: [number, number] = [0, WINDOW_DAYS];
const STEP_DAY = stepDayOf('weight-lt-45');
const LANDMARKS = STEP_DAY === null ? [] : [{ tDays: STEP_DAY, label: `dose step (label day ${STEP_DAY + 1})` }];

function CytokineTimeChartImpl({ grid, shown, burden, quantity, clock, title, heading, yLabel, unit, rules = [], height = 150 }: CytokineTimeChartProps) {
  const yMax = useMemo(() => yMaxFor(grid, shown, quantity), [grid, shown, quantity]);
  const series = useMemo<Series[]>(
    () =>
      DOSING_OPTIONS.filter((d) => shown.includes(d.id)).map((d) => {
        const cell = gridCell(grid, d.id, burden);
        return { id: d.id, label: d.shortLabel, color: d.color, dash: d.dash || undefined, values: quantityValues(cell, quantity), t: cell.trajectory.t } as Series;
      }),
    [grid, shown, burden, quantity],
  );
  const formatValue = useCallback((v: number) => (quantity === 'il6' ? `${formatPgPerMl(v)} pg/mL` : `${Math.round(v)}/µL`), [quantity]);
  const annotations = useCallback(
    ({ x, y, innerHeight, fontPx }: ChartScales) =>
      quantity !== 'il6'
        ? null
        : peakAnnotations(grid, shown, burden, x, y, innerHeight, fontPx).map((a) => {
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
          }),
    [quantity, grid, shown, burden],
  );
  return (
    <div className="cy-chart" data-quantity={quantity}>
      <p className="cy-chart-title">{heading}</p>
      <TimeSeriesChart
        className="cy-time-chart"
        title={title}
        t={series[0]?.t ?? DOMAIN}
        series={series}
        yLabel={`${yLabel} (${unit})`}
        yMin={0}
        yMax={yMax * 1.08}
        domainDays={DOMAIN}
        xLabel="days since the start of the infusion"
        thresholds={rules}
        landmarks={LANDMARKS}
        clock={clock}
        cursor="dots"
        legend
        height={height}
        formatValue={formatValue}
        annotations={annotations}
      />
    </div>
  );
}

export const CytokineTimeChart = memo(CytokineTimeChartImpl);

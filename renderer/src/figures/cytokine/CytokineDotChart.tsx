// The overview dot chart of the cytokine figure: for every regimen × burden, the cycle-1 IL-6 peak on the
// illustrative CRS bands (log scale) and the illustrative CNS-risk index. Thin render layer over geometry.ts.
import { useMemo } from 'react';
import { formatTick } from '../common/chart-geometry';
import { formatIndex } from './describe';
import { DOT_CHART, cnsScale, crsBandRects, dotChartHeight, dotRows, formatPgPerMl, markerPath, peakScale, type DotMark } from './geometry';
import { BURDEN_OPTIONS, dosingOption, type BurdenId, type Grid } from './scenarios';

const PEAK_TICKS = [10, 25, 100, 300, 1000];

export interface CytokineDotChartProps {
  grid: Grid;
  burden: BurdenId;
}

/** Filled high-burden squares first, so the open low-burden circles stay visible on top of them. */
function highFirst(marks: readonly DotMark[]): DotMark[] {
  return [...marks.filter((m) => m.burden === 'high'), ...marks.filter((m) => m.burden !== 'high')];
}

function Mark({ mark, y, color, format }: { mark: DotMark; y: number; color: string; format: (v: number) => string }) {
  const r = mark.selected ? 7 : 6;
  return (
    <g data-mark={`${mark.burden}`} data-selected={mark.selected}>
      <path d={markerPath(mark.burden, mark.x, y, r)} className={`cy-mark cy-mark--${mark.burden}`} stroke={color} fill={mark.burden === 'high' ? color : 'none'} />
      {mark.selected && (
        <text className="cy-mark-label" x={mark.x} y={y - 12} textAnchor="middle">
          {format(mark.value)}
        </text>
      )}
    </g>
  );
}

export function CytokineDotChart({ grid, burden }: CytokineDotChartProps) {
  const rows = useMemo(() => dotRows(grid, burden), [grid, burden]);
  const bands = useMemo(() => crsBandRects(), []);
  const ps = useMemo(() => peakScale(), []);
  const cs = useMemo(() => cnsScale(grid), [grid]);
  const height = dotChartHeight();
  const peakX0 = DOT_CHART.labelWidth;
  const cnsX0 = peakX0 + DOT_CHART.peakPanelWidth + DOT_CHART.gap;
  const plotTop = DOT_CHART.top;
  const plotBottom = height - DOT_CHART.bottom;
  const selected = BURDEN_OPTIONS.find((b) => b.id === burden)!;
  return (
    <svg
      className="cy-svg cy-dots"
      viewBox={`0 0 ${DOT_CHART.width} ${height}`}
      role="img"
      aria-label={`Cycle-1 IL-6 peak on the illustrative CRS bands and illustrative CNS-risk index for each regimen at low and high burden; ${selected.shortLabel.toLowerCase()} marks are larger and labelled`}
      preserveAspectRatio="xMidYMid meet"
    >
      <g aria-hidden="true">
        <text className="cy-panel-title" x={peakX0} y={12}>
          Cycle-1 IL-6 peak (pg/mL, log scale)
        </text>
        <text className="cy-panel-title" x={cnsX0} y={12}>
          CNS-risk index (illustrative)
        </text>

        {/* Illustrative CRS bands behind the peak panel. */}
        <g transform={`translate(${peakX0},0)`}>
          {bands.map((b) => (
            <g key={b.grade} data-band={b.grade}>
              <rect className={`cy-band cy-band--${b.grade}`} x={b.x0} y={plotTop} width={b.x1 - b.x0} height={plotBottom - plotTop} />
              <text className="cy-band-label" x={(b.x0 + b.x1) / 2} y={plotTop - 6} textAnchor="middle">
                {b.grade}
              </text>
            </g>
          ))}
          <text className="cy-band-caption" x={-6} y={plotTop - 6} textAnchor="end">
            CRS band
          </text>
          {PEAK_TICKS.map((v) => (
            <g key={v} transform={`translate(${ps(v)},${plotBottom})`}>
              <line className="cy-tick" y2={5} />
              <text y={17} textAnchor="middle">
                {formatTick(v)}
              </text>
            </g>
          ))}
        </g>

        <g transform={`translate(${cnsX0},0)`}>
          {cs.ticks(4).map((v) => (
            <g key={v} transform={`translate(${cs(v)},0)`}>
              <line className="cy-gridline" y1={plotTop} y2={plotBottom} />
              <line className="cy-tick" y1={plotBottom} y2={plotBottom + 5} />
              <text y={plotBottom + 17} textAnchor="middle">
                {formatTick(v)}
              </text>
            </g>
          ))}
        </g>

        {rows.map((row) => {
          const d = dosingOption(row.dosing);
          const [a, b] = row.peak;
          const [c, e] = row.cns;
          return (
            <g key={row.dosing} data-row={row.dosing}>
              <line className="cy-row-swatch" x1={0} x2={26} y1={row.y} y2={row.y} stroke={d.color} strokeDasharray={d.dash || undefined} />
              <text className="cy-row-label" x={32} y={row.y} dy="0.32em">
                {d.shortLabel}
              </text>
              <g transform={`translate(${peakX0},0)`}>
                <line className="cy-connector" x1={a!.x} x2={b!.x} y1={row.y} y2={row.y} stroke={d.color} strokeDasharray={d.dash || undefined} />
                {highFirst(row.peak).map((m) => (
                  <Mark key={m.burden} mark={m} y={row.y} color={d.color} format={formatPgPerMl} />
                ))}
              </g>
              <g transform={`translate(${cnsX0},0)`}>
                <line className="cy-connector" x1={c!.x} x2={e!.x} y1={row.y} y2={row.y} stroke={d.color} strokeDasharray={d.dash || undefined} />
                {highFirst(row.cns).map((m) => (
                  <Mark key={m.burden} mark={m} y={row.y} color={d.color} format={formatIndex} />
                ))}
              </g>
            </g>
          );
        })}

        {/* Legend of the burden marks. */}
        <g transform={`translate(${peakX0 - 120},${height - 6})`} className="cy-dot-legend">
          {BURDEN_OPTIONS.map((b, i) => (
            <g key={b.id} transform={`translate(${i * 140},0)`}>
              <path d={markerPath(b.id, 6, -4, 5)} className={`cy-mark cy-mark--${b.id}`} stroke="var(--fg)" fill={b.id === 'high' ? 'var(--fg)' : 'none'} />
              <text x={16} y={-4} dy="0.32em">
                {b.shortLabel}
              </text>
            </g>
          ))}
          <text x={2 * 140 + 50} y={-4} dy="0.32em">
            larger, labelled marks: chosen burden
          </text>
        </g>
      </g>
    </svg>
  );
}

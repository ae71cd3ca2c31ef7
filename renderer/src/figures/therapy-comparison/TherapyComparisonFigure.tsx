// <TherapyComparisonFigure />: blinatumomab, CD19 CAR T cells and inotuzumab side by side (lesson 7). The reader
// picks a question (radio group, arrow keys); three cards answer it and a bar chart shows each treatment's
// remission rate in its own trial. Data: content/comparisons (schema-checked, every cell cited).
import type { ReactNode } from 'react';
import { useFigure, type FigureProps } from '../../state/react';
import { FigureFrame } from '../../ui/FigureFrame';
import { ReferenceLinks, Sources } from '../../ui/sources';
import { useFigureUid } from '../../ui/uid';
import { REMISSION_DIMENSION, comparisonById, formatRemission, type FillPattern, type SeriesColour, type TherapyComparison } from './data';
import { cellText, comparisonTable, describeComparison, dimensionLabel, refsFor } from './describe';
import { layoutRemissionChart } from './geometry';
import { DEFAULT_COMPARISON, therapyComparisonKind, type TherapyComparisonAction, type TherapyComparisonState } from './state';
import './therapy-comparison.css';

export interface TherapyComparisonFigureProps extends FigureProps<TherapyComparisonState, TherapyComparisonAction> {
  /** Lesson attribute (a link field, checked at build time): compare="remission". */
  compare?: string;
}

const colourVar = (c: SeriesColour) => `var(--series-${c})`;

/** SVG fill patterns that tell the three treatments apart without colour. */
function PatternDefs({ prefix, therapies }: { prefix: string; therapies: TherapyComparison['therapies'] }) {
  return (
    <defs>
      {therapies.map((t) => (
        <pattern key={t.id} id={`${prefix}-${t.id}`} patternUnits="userSpaceOnUse" width="8" height="8">
          <rect width="8" height="8" fill={t.pattern === 'solid' ? colourVar(t.colour) : 'var(--surface)'} />
          {t.pattern === 'hatch' && <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" stroke={colourVar(t.colour)} strokeWidth="2.6" />}
          {t.pattern === 'dots' && <circle cx="4" cy="4" r="2.1" fill={colourVar(t.colour)} />}
        </pattern>
      ))}
    </defs>
  );
}

function Swatch({ prefix, therapyId, pattern }: { prefix: string; therapyId: string; pattern: FillPattern }) {
  return (
    <svg className="tc-swatch" width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" data-pattern={pattern}>
      <rect x="1" y="1" width="16" height="16" rx="3" fill={`url(#${prefix}-${therapyId})`} stroke="var(--fg)" strokeWidth="1" />
    </svg>
  );
}

export function TherapyComparisonFigure(props: TherapyComparisonFigureProps): ReactNode {
  const comparison = comparisonById(DEFAULT_COMPARISON);
  const uid = useFigureUid();
  const prefix = `tc-${uid}`;
  const { state, dispatch, id } = useFigure(therapyComparisonKind, props);
  const dimension = state.dimension;
  const chart = layoutRemissionChart(comparison.therapies);
  const groupName = `${prefix}-dimension`;

  const controls = (
    <fieldset className="tc-dimensions">
      <legend className="tc-legend">Compare by</legend>
      {comparison.dimensions.map((d) => (
        <label key={d.id} className="tc-dimension" data-selected={d.id === dimension ? 'true' : undefined}>
          <input type="radio" name={groupName} value={d.id} checked={d.id === dimension} onChange={() => dispatch({ type: 'select', dimension: d.id })} />
          <span>{d.label}</span>
        </label>
      ))}
    </fieldset>
  );

  return (
    <FigureFrame
      id={id}
      title={comparison.title}
      caption={comparison.caption}
      description={describeComparison(comparison, dimension)}
      table={comparisonTable(comparison)}
      controls={controls}
      sources={<Sources refs={refsFor(comparison, dimension)} />}
    >
      <div className="tc" data-figure="therapy-comparison" data-dimension={dimension}>
        <svg width="0" height="0" className="tc-defs" aria-hidden="true" focusable="false">
          <PatternDefs prefix={prefix} therapies={comparison.therapies} />
        </svg>
        <h4 className="tc-question" aria-live="polite">
          {dimensionLabel(comparison, dimension)}
        </h4>
        <ul className="tc-cards" aria-label={`${dimensionLabel(comparison, dimension)}: the three treatments`}>
          {comparison.therapies.map((t) => (
            <li key={t.id} className="tc-card" data-therapy={t.id} style={{ borderTopColor: colourVar(t.colour) }}>
              <p className="tc-card-name">
                <Swatch prefix={prefix} therapyId={t.id} pattern={t.pattern} />
                <strong>{t.name}</strong>
              </p>
              <p className="tc-card-kind">{t.kind}</p>
              {dimension === REMISSION_DIMENSION ? (
                <div className="tc-card-text">
                  <p className="tc-card-figure">{formatRemission(t.remission)}</p>
                  <p>{t.remission.measure}</p>
                  <p className="tc-card-trial">{t.remission.trial}</p>
                  <p className="tc-card-trial">{t.remission.comparator !== undefined ? `Comparator arm: ${t.remission.comparatorLabel} ${t.remission.comparator} %` : 'No comparator arm'}</p>
                </div>
              ) : (
                <p className="tc-card-text">{cellText(comparison, t.id, dimension)}</p>
              )}
              <p className="tc-card-sources">
                <ReferenceLinks keys={dimension === REMISSION_DIMENSION ? t.remission.refs : (t.cells[dimension]?.refs ?? [])} />
              </p>
            </li>
          ))}
        </ul>
        <figure className="tc-chart" aria-labelledby={`${prefix}-chart-title`}>
          <figcaption id={`${prefix}-chart-title`} className="tc-chart-title">
            Remission in relapsed or refractory ALL, each in its own trial
          </figcaption>
          <svg viewBox={`0 0 ${chart.width} ${chart.height}`} className="tc-chart-svg" role="img" aria-label={comparison.therapies.map((t) => `${t.name}: ${formatRemission(t.remission)}${t.remission.comparator !== undefined ? `, ${t.remission.comparatorLabel} ${t.remission.comparator} %` : ''}`).join('; ')}>
            <PatternDefs prefix={`${prefix}-c`} therapies={comparison.therapies} />
            {chart.ticks.map((tick) => (
              <g key={tick.label} className="tc-tick">
                <line x1={tick.x} x2={tick.x} y1={4} y2={chart.axisY} />
                <text x={tick.x} y={chart.axisY + 16} textAnchor="middle">
                  {tick.label}
                </text>
              </g>
            ))}
            {chart.rows.map((row) => (
              <g key={row.id} className="tc-row" data-therapy={row.id} data-selected={dimension === REMISSION_DIMENSION ? 'true' : undefined}>
                <text className="tc-row-name" x={chart.plotX0 - 10} y={row.barY + row.barHeight / 2} textAnchor="end" dominantBaseline="central">
                  {row.name}
                </text>
                <rect className="tc-bar" x={row.x0} y={row.barY} width={Math.max(1, row.x1 - row.x0)} height={row.barHeight} rx={3} fill={`url(#${prefix}-c-${row.id})`} stroke={colourVar(row.colour)} strokeWidth={2} strokeDasharray={row.isRange ? '5 3' : undefined} />
                <text className={`tc-value${row.valueInside ? ' tc-value--inside' : ''}`} x={row.valueX} y={row.barY + row.barHeight / 2} textAnchor={row.valueAnchor} dominantBaseline="central">
                  {row.isRange ? `range ${row.valueLabel}` : row.valueLabel}
                </text>
                {row.comparator && (
                  <g className="tc-comparator">
                    <line x1={row.comparator.x} x2={row.comparator.x} y1={row.barY - 3} y2={row.barY + row.barHeight + 6} />
                    <text x={row.comparator.labelX} y={row.barY + row.barHeight + 16} textAnchor={row.comparator.anchor}>
                      {row.comparator.label}
                    </text>
                  </g>
                )}
              </g>
            ))}
          </svg>
          <p className="tc-caveat">{comparison.caveat.text}</p>
        </figure>
      </div>
    </FigureFrame>
  );
}

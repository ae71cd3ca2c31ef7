// Thin render layer of the cytokine figure: flat vs stepped dosing at low vs high burden. The reader picks
// the burden and the regimens; the model's grid (scenarios.ts) feeds two time charts and a dot chart.
import { useMemo, type ReactNode } from 'react';
import { useFigure, type FigureProps } from '../../state/react';
import { ModelFigure, figureText, useFigureTime, useFigureUid, type FigureText, type FigureTextProps } from '../../ui/ModelFigure';
import { CRS_BANDS } from '../../model';
import { CytokineDotChart } from './CytokineDotChart';
import { CytokineTimeChart, LineSwatch } from './CytokineTimeChart';
import type { Threshold } from '../common/TimeSeriesChart';
import { cytokineTable, describeCytokine } from './describe';
import { BSA_M2, BURDEN_OPTIONS, DOSING_OPTIONS, gridCell, sharedGrid } from './scenarios';
import { CYTOKINE_TIME, cytokineKind, type CytokineAction, type CytokineState } from './state';
import './cytokine.css';

export interface CytokineFigureProps extends FigureProps<CytokineState, CytokineAction>, FigureTextProps {
  /** Lesson attributes (the figure's link fields, checked at build time): burden="low|high", show="flat-15+flat-60", t="1.5". */
  burden?: string;
  show?: string;
  t?: string;
}

/**
 * Illustrative CRS band boundaries drawn on the IL-6 chart (from the model's CRS_BANDS). Their labels sit at the
 * right end, after the step, where IL-6 is back at baseline in every scenario: the peak labels live on the left
 * and beside the step, so the two never meet (the heading says the bands are illustrative).
 */
const CRS_RULES: Threshold[] = CRS_BANDS.filter((b) => b.fromPgPerMl > 0).map((b) => ({
  value: b.fromPgPerMl,
  label: `CRS band ${b.grade} ≥ ${b.fromPgPerMl} pg/mL`,
}));

const TEXT: FigureText = {
  title: 'The activation burst: flat vs stepped dosing at low vs high burden',
  caption: `The model’s adult (${BSA_M2} m²) starts blinatumomab at day 0. Pick the burden and the regimens: the charts show serum IL-6 and blood T cells over the first 10 days; the dot chart compares every regimen at both burdens. The CNS-risk index counts T cells leaving the blood for vessel walls in the cycle’s first 7 days, divided by the starting count; CRS bands are a teaching scale, not ASTCT grades.`,
  sources: 'Sources: hijazi2018, nagele2017, hosseini2020, klinger2012, atlas-model.',
  name: 'activation-burst figure',
};

export function CytokineFigure(props: CytokineFigureProps): ReactNode {
  const uid = useFigureUid();
  const { state, dispatch, id } = useFigure(cytokineKind, props);
  const { burden, shown } = state;
  const time = useFigureTime(state.time, CYTOKINE_TIME, dispatch);
  const grid = useMemo(() => sharedGrid(), []);

  const description = describeCytokine(grid, { burden, shown, tDays: state.time.t });
  const table = useMemo(() => cytokineTable(grid), [grid]);

  const controls = (
    <div className="cy-controls">
      <fieldset className="ff-group ff-group--column cy-fieldset">
        <legend>Leukaemic burden</legend>
        {BURDEN_OPTIONS.map((b) => (
          <label key={b.id} className="cy-choice">
            <input type="radio" name={`cy-${uid}-burden`} value={b.id} checked={burden === b.id} onChange={() => dispatch({ type: 'burden', burden: b.id })} />
            <span>{b.label}</span>
          </label>
        ))}
      </fieldset>
      <fieldset className="ff-group ff-group--column cy-fieldset">
        <legend>Regimens to draw</legend>
        {DOSING_OPTIONS.map((d) => (
          <label key={d.id} className="cy-choice">
            <input type="checkbox" value={d.id} checked={shown.includes(d.id)} onChange={(e) => dispatch({ type: 'show', dosing: d.id, on: e.target.checked })} />
            <LineSwatch color={d.color} dash={d.dash} />
            <span>{d.label}</span>
          </label>
        ))}
        {shown.length === 0 && (
          <p className="cy-empty" role="status">
            No regimen is selected: tick one above to draw its curves.
          </p>
        )}
      </fieldset>
    </div>
  );
  const frameProps = { id, ...figureText(props, TEXT), description, table, controls };
  const chart = { grid, shown, burden, clock: time.clock };

  return (
    <ModelFigure {...frameProps} controlsPlacement="side" time={time}>
      <div className="cy-figure">
        <CytokineTimeChart
          {...chart}
          quantity="il6"
          title="Serum IL-6 over the first 10 days for the regimens drawn, with the illustrative CRS band boundaries"
          heading="Serum IL-6 (dotted lines: illustrative CRS bands)"
          yLabel="IL-6"
          unit="pg/mL"
          rules={CRS_RULES}
        />
        <CytokineTimeChart
          {...chart}
          quantity="tcells"
          title="Blood T cells over the first 10 days for the regimens drawn: the dip after the start and after the step is T-cell redistribution to vessel walls"
          heading="Blood T cells (the dips are T cells moving to vessel walls)"
          yLabel="T cells"
          unit="/µL"
          rules={[{ value: gridCell(grid, 'flat-15', burden).tCellBaselinePerUl, label: 'baseline' }]}
        />
        <CytokineDotChart grid={grid} burden={burden} />
      </div>
    </ModelFigure>
  );
}

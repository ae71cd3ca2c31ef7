// The PK/PD explorer (lesson 5): regimen and clinical inputs → one synchronous re-simulation → five linked
// charts over two cycles sharing one clock cursor, with metrics readouts, description and data table.
import { memo, useDeferredValue, useId, useMemo, useRef, type ReactNode } from 'react';
import { useFigure, type FigureProps } from '../../state/react';
import { ModelFigure, figureText, useFigureTime, type FigureText, type FigureTextProps } from '../../ui/ModelFigure';
import { CR_LIKE_MAX_BLASTS, EC90_LEUKAEMIA_PG_PER_ML, fractionToPercent, regimens } from '../../model';
import type { Threshold } from '../common/TimeSeriesChart';
import { describeExplorer, explorerReadouts, landmarkTable, type Readout } from './describe';
import { ExplorerChart } from './ExplorerChart';
import { ExplorerControls, ExplorerViewOptions } from './ExplorerControls';
import { useStable } from './hooks';
import { useElementWidth } from '../../ui/element-size';
import { chartFontPx, chartMargins } from '../common/chart-geometry';
import { useChartFont } from '../common/chart-font';
import { chartLandmarkLabels, landmarksIn, type RegimenLandmark } from './landmarks';
import { defaultScenarioRun, matchingPreset, runMetrics, runScenario } from './scenario';
import { explorerKind, explorerTimeConfig, type ExplorerAction, type ExplorerState } from './state';
import {
  CHART_DEF_BY_ID,
  axisBounds,
  chartData,
  explorerArrays,
  resampleArrays,
  sameValues,
  windowIndices,
  type ExplorerArrays,
} from './series';
import './pkpd-explorer.css';
import { MODEL_OUTPUT_BADGE } from '../../ui/FigureFrame';

export interface PkPdExplorerProps extends FigureProps<ExplorerState, ExplorerAction>, FigureTextProps {
  /** Lesson attributes (link fields, checked at build time), e.g. regimen="no-step" marrow="80" range="cycle-1" t="7". */
  regimen?: string;
  marrow?: string;
  pb?: string;
  treg?: string;
  tcells?: string;
  bsa?: string;
  range?: string;
  scale?: string;
  ref?: string;
  t?: string;
}

/** Plot height of each linked chart at 100 % text, px (its margins follow the type size). */
const CHART_HEIGHT = 92;
const PX_PER_COLUMN = 2;
const EC90_THRESHOLDS: readonly Threshold[] = [{ value: EC90_LEUKAEMIA_PG_PER_ML, label: `EC90 ${EC90_LEUKAEMIA_PG_PER_ML} pg/mL` }];
const CR_LIKE_MAX_PCT = fractionToPercent(CR_LIKE_MAX_BLASTS);
const MARROW_THRESHOLDS: readonly Threshold[] = [{ value: CR_LIKE_MAX_PCT, label: `CR-like ≤ ${CR_LIKE_MAX_PCT} %` }];
const NO_THRESHOLDS: readonly Threshold[] = [];

const sameLandmarks = (a: readonly RegimenLandmark[], b: readonly RegimenLandmark[]): boolean =>
  a.length === b.length && a.every((l, i) => l.tDays === b[i]!.tDays && l.label === b[i]!.label);

/** Windowed view (no copy) of one array. */
function useWindow(values: Float64Array, start: number, end: number): Float64Array {
  return useMemo(() => values.subarray(start, end), [values, start, end]);
}

function ReadoutsImpl({ items }: { items: readonly Readout[] }): ReactNode {
  const titleId = `${useId()}-readouts`;
  return (
    <section className="pk-readouts" aria-labelledby={titleId}>
      <p className="pk-readouts-title" id={titleId}>
        Model readouts <span className="pk-readouts-badge">{MODEL_OUTPUT_BADGE}</span>
      </p>
      <dl>
        {items.map((item) => (
          <div key={item.id} className="pk-readout" data-readout={item.id}>
            <dt>{item.term}</dt>
            <dd>{item.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
const Readouts = memo(ReadoutsImpl);

const TEXT: FigureText = {
  title: 'PK/PD explorer: two cycles of blinatumomab in one virtual patient',
  caption: 'Pick a regimen and set the patient; the model re-simulates at once. Five linked charts share one time cursor: serum drug with the 470 pg/mL EC90, blood T cells, CD19⁺ cells in blood, marrow blasts and IL-6. Adult label doses are flat µg/day (the source review’s µg/m²/day is a misprint). Grey curves: the default patient on label-rr, for comparison.',
  sources: 'Sources: atlas-model (the model and its calibration); ribera2015 (PK parameters, burden); label-us (regimens, flat doses); asco2013 (EC90 470 pg/mL); klinger2012, nagele2017 (T- and B-cell kinetics); hijazi2018, hosseini2020 (IL-6, step dosing); duell2017 (Treg); gokbuget2018 (MRD regimen).',
  name: 'PK/PD explorer',
};

export function PkPdExplorer(props: PkPdExplorerProps): ReactNode {
  const { state, dispatch, id } = useFigure(explorerKind, props);
  const { regimen: regimenId, inputs, drugScale, reference: showReference } = state;

  // ── one synchronous re-simulation per parameter change ──
  const overrides = state.overrides;
  const run = useMemo(() => runScenario(regimenId, inputs, overrides), [regimenId, inputs, overrides]);
  const tr = run.trajectory;
  const landmarks = useStable(run.landmarks, sameLandmarks);

  // Arrays keep their identity while their numbers are unchanged, so only affected charts redraw (the drug curve,
  // from the closed-form PK, is unchanged by anything but the regimen and body size).
  const fresh = useMemo<ExplorerArrays>(() => explorerArrays(tr), [tr]);
  const t = useStable(fresh.t, sameValues);
  const arrays: ExplorerArrays = {
    t,
    C: useStable(fresh.C, sameValues),
    Tp: useStable(fresh.Tp, sameValues),
    Tm: useStable(fresh.Tm, sameValues),
    Bp: useStable(fresh.Bp, sameValues),
    Xpct: useStable(fresh.Xpct, sameValues),
    I: useStable(fresh.I, sameValues),
  };
  const reference = useMemo(() => resampleArrays(explorerArrays(defaultScenarioRun().trajectory), t), [t]);

  // ── view window and clock (one clock, reconfigured when the regimen or the range moves the timeline) ──
  const config = explorerTimeConfig(state);
  const time = useFigureTime(state.time, config, dispatch);
  const clock = time.clock;
  const { startDays: d0, endDays: d1 } = config;
  const domainDays = useMemo<[number, number]>(() => [d0, d1], [d0, d1]);
  const [start, end] = windowIndices(t, domainDays);
  const inWindow = useMemo(() => landmarksIn(landmarks, domainDays), [landmarks, domainDays]);
  const tNow = state.time.t;
  const chartsRef = useRef<HTMLDivElement>(null);
  const chartWidth = useElementWidth(chartsRef, 640);
  const fontPx = chartFontPx(useChartFont());
  const margins = chartMargins(fontPx);
  const plotWidth = chartWidth - margins.left - margins.right;
  const chartLandmarksTop = useMemo(() => chartLandmarkLabels(inWindow, domainDays, plotWidth, fontPx * 0.55), [inWindow, domainDays, plotWidth, fontPx]);
  const chartLandmarks = useMemo(() => chartLandmarksTop.map((l) => ({ tDays: l.tDays, label: '' })), [chartLandmarksTop]);
  const tcellThresholds = useMemo<readonly Threshold[]>(() => [{ value: inputs.tCellsPerUl, label: 'baseline' }], [inputs.tCellsPerUl]);

  // ── windowed series per chart (memoised on exactly what each chart reads) ──
  const wT = useWindow(t, start, end);
  const w = {
    C: useWindow(arrays.C, start, end),
    Tp: useWindow(arrays.Tp, start, end),
    Tm: useWindow(arrays.Tm, start, end),
    Bp: useWindow(arrays.Bp, start, end),
    Xpct: useWindow(arrays.Xpct, start, end),
    I: useWindow(arrays.I, start, end),
  };
  const r = {
    C: useWindow(reference.C, start, end),
    Tp: useWindow(reference.Tp, start, end),
    Bp: useWindow(reference.Bp, start, end),
    Xpct: useWindow(reference.Xpct, start, end),
    I: useWindow(reference.I, start, end),
  };
  // one min/max column per 2 px of plot: peaks survive, paths stay short (the perf budget is one frame)
  const columns = Math.round(plotWidth / PX_PER_COLUMN);
  const drugFloor = drugScale === 'log' ? CHART_DEF_BY_ID.drug.logFloor : undefined;
  const drug = useMemo(
    () => chartData(CHART_DEF_BY_ID.drug, wT, { C: w.C }, showReference ? { C: r.C } : null, domainDays, columns, drugFloor),
    [wT, w.C, r.C, showReference, domainDays, columns, drugFloor],
  );
  const tcells = useMemo(
    () => chartData(CHART_DEF_BY_ID.tcells, wT, { Tp: w.Tp, Tm: w.Tm }, showReference ? { Tp: r.Tp } : null, domainDays, columns),
    [wT, w.Tp, w.Tm, r.Tp, showReference, domainDays, columns],
  );
  const bcells = useMemo(
    () => chartData(CHART_DEF_BY_ID.bcells, wT, { Bp: w.Bp }, showReference ? { Bp: r.Bp } : null, domainDays, columns, CHART_DEF_BY_ID.bcells.logFloor),
    [wT, w.Bp, r.Bp, showReference, domainDays, columns],
  );
  const marrow = useMemo(
    () => chartData(CHART_DEF_BY_ID.marrow, wT, { Xpct: w.Xpct }, showReference ? { Xpct: r.Xpct } : null, domainDays, columns, CHART_DEF_BY_ID.marrow.logFloor),
    [wT, w.Xpct, r.Xpct, showReference, domainDays, columns],
  );
  const il6 = useMemo(
    () => chartData(CHART_DEF_BY_ID.il6, wT, { I: w.I }, showReference ? { I: r.I } : null, domainDays, columns),
    [wT, w.I, r.I, showReference, domainDays, columns],
  );
  // axes keep their reference lines in view (the first week sits below the EC90); on a log drug axis the
  // EC90 would crowd the top, so it gets half a decade of headroom
  const drugAxis = useMemo(() => axisBounds(drug.series, [EC90_LEUKAEMIA_PG_PER_ML], drugScale, 3), [drug, drugScale]);
  const marrowAxis = useMemo(() => axisBounds(marrow.series, [CR_LIKE_MAX_PCT], 'log'), [marrow]);

  // ── text alternatives and readouts ──
  // They need metrics() (golden-section refinements, ~1.5 ms) and exact at() values, and they are text, not
  // the linked charts: computed from a deferred copy of the run, so a slider frame only re-simulates and
  // redraws the charts, and the text follows in the next task (React renders deferred values after paint).
  const textRun = useDeferredValue(run);
  const textTr = textRun.trajectory;
  const textMetrics = useMemo(() => runMetrics(textRun), [textRun]);
  const tCursor = Math.min(textTr.days, Math.max(0, tNow));
  const description = useMemo(
    () => describeExplorer({ regimenId: textRun.regimenId, point: textTr.at(tCursor), metrics: textMetrics, inputs: textRun.inputs, t0: textTr.parameters.t0, overrides: textRun.overrides }),
    [textRun, textTr, tCursor, textMetrics],
  );
  const table = useMemo(() => landmarkTable((day) => textTr.at(day), textRun.landmarks, textTr.days, textRun.regimenId), [textRun, textTr]);
  const readouts = useMemo(() => explorerReadouts(textMetrics, textTr.parameters), [textMetrics, textTr]);

  const regimen = regimens[regimenId];
  const regimenNote = `${regimen.description}${regimenId === 'label-rr' ? ' Flat µg/day doses, as in the trial and the label.' : ''}`;
  const preset = matchingPreset(regimenId, inputs);

  const controls = (
    <ExplorerControls state={state} dispatch={dispatch} matchingPreset={preset} regimenNoteId={`${id}-regimen-note`} />
  );

  const frameProps = { id, ...figureText(props, TEXT), description, table, controls };
  const common = { domainDays, clock, width: chartWidth, height: CHART_HEIGHT };
  return (
    <div className="pk-root" data-figure="pkpd-explorer">
      <ModelFigure {...frameProps} controlsPlacement="side" time={time}>
        <div className="pk-visual">
          <ExplorerViewOptions state={state} dispatch={dispatch} />
          <p className="pk-regimen-note" id={`${id}-regimen-note`}>
            {regimenNote}
          </p>
          <div className="pk-body">
            <div className="pk-charts" ref={chartsRef}>
              <ExplorerChart def={CHART_DEF_BY_ID.drug} t={drug.t} series={drug.series} readoutValueAt={drug.readoutValueAt} yScale={drugScale} {...drugAxis} thresholds={EC90_THRESHOLDS} landmarks={chartLandmarksTop} {...common} />
              <ExplorerChart def={CHART_DEF_BY_ID.tcells} t={tcells.t} series={tcells.series} readoutValueAt={tcells.readoutValueAt} yScale="linear" thresholds={tcellThresholds} landmarks={chartLandmarks} {...common} />
              <ExplorerChart def={CHART_DEF_BY_ID.bcells} t={bcells.t} series={bcells.series} readoutValueAt={bcells.readoutValueAt} yScale="log" thresholds={NO_THRESHOLDS} landmarks={chartLandmarks} {...common} />
              <ExplorerChart def={CHART_DEF_BY_ID.marrow} t={marrow.t} series={marrow.series} readoutValueAt={marrow.readoutValueAt} yScale="log" {...marrowAxis} thresholds={MARROW_THRESHOLDS} landmarks={chartLandmarks} {...common} />
              <ExplorerChart def={CHART_DEF_BY_ID.il6} t={il6.t} series={il6.series} readoutValueAt={il6.readoutValueAt} yScale="linear" thresholds={NO_THRESHOLDS} landmarks={chartLandmarks} {...common} />
            </div>
            <Readouts items={readouts} />
          </div>
          <p className="pk-note">One average patient, no variability; the model leaves out dexamethasone, tocilizumab and toxicity-driven interruptions.</p>
        </div>
      </ModelFigure>
    </div>
  );
}

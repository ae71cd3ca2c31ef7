// Thin render layer of the cytokine figure: flat vs stepped dosing at low vs high burden. The reader picks
// the burden and the regimens; the model's grid (scenarios.ts) feeds two time charts and a dot chart.
import { useId, useMemo, useState, type ReactNode } from 'react';
import { useReducedMotion } from '../../app/prefs';
import { useClockState, useFigureClock } from '../../ui/clock';
import { FigureFrame } from '../../ui/FigureFrame';
import { TimeControls } from '../../ui/TimeControls';
import { CRS_BANDS } from '../../model';
import { CytokineDotChart } from './CytokineDotChart';
import { CytokineTimeChart, LineSwatch, type HorizontalRule } from './CytokineTimeChart';
import { cytokineTable, describeCytokine } from './describe';
import { BSA_M2, BURDEN_OPTIONS, DOSING_OPTIONS, WINDOW_DAYS, figureLandmarks, gridCell, sharedGrid, type BurdenId, type DosingId } from './scenarios';
import './cytokine.css';

export interface CytokineFigureProps {
  /** Element id of the figure (default "fig-cytokine"). */
  id?: string;
  title?: string;
  caption?: ReactNode;
  sources?: ReactNode;
  /** Burden shown first (default high). */
  initialBurden?: BurdenId;
  /** Regimens drawn first (default flat 15 and stepped 5 → 15 µg/m²/day). */
  initialShown?: readonly DosingId[];
}

const LANDMARKS = figureLandmarks();
const CLOCK_OPTIONS = {
  endDays: WINDOW_DAYS,
  landmarks: LANDMARKS.map((l) => l.tDays),
  daysPerSecond: 0.5,
  stepDays: 0.125,
  speeds: [0.1, 0.25, 0.5, 1, 2],
};

/**
 * Illustrative CRS band boundaries drawn on the IL-6 chart (from the model's CRS_BANDS). Their labels sit at the
 * right end, after the step, where IL-6 is back at baseline in every scenario: the peak labels live on the left
 * and beside the step, so the two never meet (the heading says the bands are illustrative).
 */
const CRS_RULES: HorizontalRule[] = CRS_BANDS.filter((b) => b.fromPgPerMl > 0).map((b) => ({
  value: b.fromPgPerMl,
  label: `CRS band ${b.grade} ≥ ${b.fromPgPerMl} pg/mL`,
}));

function sanitizeId(raw: string): string {
  return raw.replace(/[^A-Za-z0-9_-]/g, '');
}

export function CytokineFigure({
  id = 'fig-cytokine',
  title = 'The activation burst: flat vs stepped dosing at low vs high burden',
  caption = `The model’s adult (${BSA_M2} m²) starts blinatumomab at day 0. Pick the burden and the regimens: the charts show serum IL-6 and blood T cells over the first 10 days; the dot chart compares every regimen at both burdens. The CNS-risk index counts T cells leaving the blood for vessel walls in the cycle’s first 7 days, divided by the starting count; CRS bands are a teaching scale, not ASTCT grades.`,
  sources = 'Sources: hijazi2018, nagele2017, hosseini2020, klinger2012, atlas-model.',
  initialBurden = 'high',
  initialShown,
}: CytokineFigureProps): ReactNode {
  const uid = sanitizeId(useId());
  const reducedMotion = useReducedMotion();
  const grid = useMemo(() => sharedGrid(), []);
  const [burden, setBurden] = useState<BurdenId>(initialBurden);
  const [shown, setShown] = useState<readonly DosingId[]>(() => initialShown ?? DOSING_OPTIONS.filter((d) => d.shownByDefault).map((d) => d.id));
  const clock = useFigureClock(CLOCK_OPTIONS, reducedMotion);
  const { t, playing } = useClockState(clock, 250);

  const description = describeCytokine(grid, { burden, shown, tDays: t });
  const table = useMemo(() => cytokineTable(grid), [grid]);

  const toggleShown = (dosing: DosingId, on: boolean): void => {
    setShown((prev) => (on ? DOSING_OPTIONS.map((d) => d.id).filter((d) => d === dosing || prev.includes(d)) : prev.filter((d) => d !== dosing)));
  };

  const controls = (
    <div className="cy-controls">
      <fieldset className="cy-fieldset">
        <legend>Leukaemic burden</legend>
        {BURDEN_OPTIONS.map((b) => (
          <label key={b.id} className="cy-choice">
            <input type="radio" name={`cy-${uid}-burden`} value={b.id} checked={burden === b.id} onChange={() => setBurden(b.id)} />
            <span>{b.label}</span>
          </label>
        ))}
      </fieldset>
      <fieldset className="cy-fieldset">
        <legend>Regimens to draw</legend>
        {DOSING_OPTIONS.map((d) => (
          <label key={d.id} className="cy-choice">
            <input type="checkbox" value={d.id} checked={shown.includes(d.id)} onChange={(e) => toggleShown(d.id, e.target.checked)} />
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

  return (
    <FigureFrame
      id={id}
      title={title}
      caption={caption}
      description={description}
      table={table}
      modelOutput
      sources={sources}
      controls={controls}
      announce={!playing}
    >
      <div className="cy-figure">
        <CytokineTimeChart
          grid={grid}
          shown={shown}
          burden={burden}
          quantity="il6"
          clock={clock}
          title="Serum IL-6 over the first 10 days for the regimens drawn, with the illustrative CRS band boundaries"
          heading="Serum IL-6 (dotted lines: illustrative CRS bands)"
          yLabel="IL-6"
          unit="pg/mL"
          rules={CRS_RULES}
        />
        <CytokineTimeChart
          grid={grid}
          shown={shown}
          burden={burden}
          quantity="tcells"
          clock={clock}
          title="Blood T cells over the first 10 days for the regimens drawn: the dip after the start and after the step is T-cell redistribution to vessel walls"
          heading="Blood T cells (the dips are T cells moving to vessel walls)"
          yLabel="T cells"
          unit="/µL"
          rules={[{ value: gridCell(grid, 'flat-15', burden).tCellBaselinePerUl, label: 'baseline' }]}
        />
        <TimeControls clock={clock} landmarks={LANDMARKS} label="Time controls for the activation-burst figure" />
        <CytokineDotChart grid={grid} burden={burden} />
      </div>
    </FigureFrame>
  );
}

// The serial-lysis figure (lesson 3): an agent-based micro-world of T cells killing CD19⁺ blasts one after
// another, drawn on a canvas every frame from the model's typed arrays, beside a live survival chart against
// the population model and a chart of T-cell expansion over days. Thin React layer over pure modules.
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useEffectiveTheme, useReducedMotion } from '../../app/prefs';
import { killingEngagement, metrics, simulate, tregBrake } from '../../model';
import { useClockState, useFigureClock, type ClockOptions } from '../../ui/clock';
import { FigureFrame } from '../../ui/FigureFrame';
import { TimeControls, type Landmark } from '../../ui/TimeControls';
import { TimeSeriesChart } from '../common/TimeSeriesChart';
import type { Series } from '../common/chart-geometry';
import { describeSerialLysis, lysisTable, summarizeWorld } from './describe';
import { LysisSprites, drawWorld, type LysisPalette, type LysisView, type SpriteFactory } from './draw';
import { readableTextOn, worldScale } from './geometry';
import { LysisRunner } from './runner';
import {
  CELL_COUNT_OPTIONS,
  CONCENTRATION_STEPS_PG_PER_ML,
  DEFAULT_SETTINGS,
  ET_OPTIONS,
  EXPANSION_DAYS,
  LANDMARK_HOURS,
  MAX_ESCAPE_PCT,
  MAX_TREATMENT_DAY,
  MAX_TREG_PCT,
  MINUTES_PER_SECOND,
  SPAN_MINUTES,
  STEP_BUTTON_MINUTES,
  cellComposition,
  concentrationFunction,
  etOption,
  expansionInput,
  fixedConcentration,
  formatPgPerMl,
  formatWellTime,
  predictWell,
  regimenDose,
  wellParameters,
  worldOptions,
  type LysisFigureSettings,
} from './scenario';
import { SurvivalChart, type PreviousRun, type SurvivalChartHandle } from './SurvivalChart';
import { curveAt } from './survival-chart';
import './serial-lysis.css';

export interface SerialLysisFigureProps {
  /** Element id of the figure (default "fig-serial-lysis"). */
  id?: string;
  title?: string;
  caption?: ReactNode;
  sources?: ReactNode;
  /** Starting settings (default: in vitro, E:T 1:5, 100 pg/mL, Treg 5 %, no escape clone, 500 cells). */
  initial?: Partial<LysisFigureSettings>;
}

const MINUTES_PER_DAY = 1440;
const CLOCK_OPTIONS: ClockOptions = {
  endDays: SPAN_MINUTES / MINUTES_PER_DAY,
  landmarks: LANDMARK_HOURS.map((l) => l.hours / 24),
  daysPerSecond: MINUTES_PER_SECOND / MINUTES_PER_DAY,
  stepDays: STEP_BUTTON_MINUTES / MINUTES_PER_DAY,
  speeds: [0.25, 0.5, 1, 2, 4, 8, 16],
};
const TIME_LANDMARKS: Landmark[] = LANDMARK_HOURS.map((l) => ({ tDays: l.hours / 24, label: l.label }));
const formatClockTime = (tDays: number): string => formatWellTime(tDays * MINUTES_PER_DAY);
const DEFAULT_CSS_WIDTH = 420;

function cssVar(style: CSSStyleDeclaration, name: string): string {
  return style.getPropertyValue(name).trim();
}

/**
 * Sprites are small offscreen canvases turned into ImageBitmaps (drawing a canvas source would snapshot it
 * on every drawImage call); a plain canvas where OffscreenCanvas is missing.
 */
const createSprite: SpriteFactory = (widthPx, heightPx) => {
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(widthPx, heightPx);
    const ctx = canvas.getContext('2d');
    return ctx ? { ctx, toImage: () => canvas.transferToImageBitmap() } : null;
  }
  const canvas = document.createElement('canvas');
  canvas.width = widthPx;
  canvas.height = heightPx;
  const ctx = canvas.getContext('2d');
  return ctx ? { ctx, toImage: () => canvas } : null;
};

/** Resolves the theme tokens the canvas needs (canvas cannot read var() itself). */
function readPalette(el: Element): LysisPalette {
  const style = getComputedStyle(el);
  const tcell = cssVar(style, '--series-tcell');
  return {
    background: cssVar(style, '--figure-bg'),
    tcell,
    tcellText: readableTextOn(tcell),
    target: cssVar(style, '--series-bcell'),
    escape: cssVar(style, '--series-blast'),
    bystander: cssVar(style, '--series-neutral'),
    synapse: cssVar(style, '--series-drug'),
    outline: cssVar(style, '--dom-outline') || cssVar(style, '--fg'),
    debris: cssVar(style, '--muted'),
    track: cssVar(style, '--fg'),
    strokeScale: Number.parseFloat(cssVar(style, '--stroke-scale')) || 1,
  };
}

/** A labelled slider with its current value shown beside it (and announced as its value text). */
function RangeField(props: {
  id: string;
  label: string;
  min: number;
  max: number;
  step: number;
  value: number;
  valueText: string;
  marks?: readonly { value: number; label: string }[];
  onChange: (value: number) => void;
}) {
  const { id, label, min, max, step, value, valueText, marks, onChange } = props;
  return (
    <div className="sl-field sl-range">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={step}
        value={value}
        list={marks ? `${id}-marks` : undefined}
        aria-valuetext={valueText}
        onChange={(e) => onChange(Number(e.target.value))}
      />
      {marks && (
        <datalist id={`${id}-marks`}>
          {marks.map((m) => (
            <option key={m.value} value={m.value} label={m.label} />
          ))}
        </datalist>
      )}
      <output htmlFor={id}>{valueText}</output>
    </div>
  );
}

export function SerialLysisFigure({
  id = 'fig-serial-lysis',
  title = 'Serial lysis: T cells killing CD19⁺ blasts one after another',
  caption = 'An agent-based micro-world run by the atlas model: blinatumomab-engaged T cells find a CD19⁺ blast, hold it in a synapse while it dies, let go and move on. The chart compares the surviving blasts with the population model’s killing term for the same well; the lower chart shows T-cell expansion over days in the population model.',
  sources = 'Sources: hoffmann2005 (serial killing; all targets dead within 24 h at E:T 1:5), halle2016 (2–16 kills per day), dreier2002 (EC50 of killing), loffler2000, duell2017 (Treg cut-off 8.5 %), ribera2015 (CD19⁻ escape), klinger2012 (T-cell expansion), atlas-model (agent and population models).',
  initial,
}: SerialLysisFigureProps): ReactNode {
  const uid = useId().replace(/[^A-Za-z0-9_-]/g, '');
  const reducedMotion = useReducedMotion();
  const theme = useEffectiveTheme();
  const [settings, setSettings] = useState<LysisFigureSettings>(() => ({ ...DEFAULT_SETTINGS, ...initial }));
  const [highlight, setHighlight] = useState(true);
  const [previous, setPrevious] = useState<PreviousRun | null>(null);
  const clock = useFigureClock(CLOCK_OPTIONS, reducedMotion);
  const { t: clockDays, playing } = useClockState(clock, 250);

  const runner = useMemo(() => new LysisRunner(worldOptions(settings)), [settings]);
  const concentration = useMemo(() => concentrationFunction(settings), [settings]);
  const prediction = useMemo(
    () =>
      predictWell({
        nT: runner.world.nT,
        nTargets: runner.world.nTargets,
        areaUm2: runner.world.widthUm * runner.world.heightUm,
        tregPct: settings.tregPct,
        concentration,
        settings: runner.world.settings,
      }),
    [runner, settings.tregPct, concentration],
  );
  const expansion = useMemo(() => simulate(expansionInput(settings.tregPct, settings.drugMode)), [settings.tregPct, settings.drugMode]);
  const reference = useMemo(() => simulate(expansionInput(4, settings.drugMode)), [settings.drugMode]);

  // ── settings: any change starts a new world from its seed at 0 h (the previous curve stays, dotted) ──
  const update = useCallback(
    (patch: Partial<LysisFigureSettings>) => {
      if (runner.recordedSteps > 0) setPrevious({ history: runner.targetsAlive, lastStep: runner.recordedSteps, initial: runner.world.nTargets });
      clock.seek(0);
      setSettings((s) => ({ ...s, ...patch }));
    },
    [clock, runner],
  );

  // ── canvas: size (devicePixelRatio-aware), palette, and the per-frame draw through refs ──
  const wrapRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const chartRef = useRef<SurvivalChartHandle>(null);
  const viewRef = useRef<LysisView>({ cssWidth: DEFAULT_CSS_WIDTH, dpr: 1 });
  const paletteRef = useRef<LysisPalette | null>(null);
  const highlightRef = useRef({ highlightTracked: highlight });
  highlightRef.current.highlightTracked = highlight;
  const ctxRef = useRef<CanvasRenderingContext2D | null>(null);
  const spritesRef = useRef<LysisSprites | null>(null);
  const lastStatusStep = useRef(-1);

  const frame = useCallback(
    (tDays: number) => {
      const minutes = tDays * MINUTES_PER_DAY;
      const alpha = runner.seekMinutes(minutes);
      const ctx = ctxRef.current;
      const palette = paletteRef.current;
      if (ctx && palette) {
        const view = viewRef.current;
        const scale = worldScale(view.cssWidth, runner.world.widthUm);
        let sprites = spritesRef.current;
        if (!sprites || !sprites.matches(scale, view.dpr, palette)) {
          sprites = new LysisSprites(scale, view.dpr, palette, createSprite);
          spritesRef.current = sprites;
        }
        drawWorld(ctx, runner, alpha, view, palette, highlightRef.current, sprites);
      }
      chartRef.current?.update(runner, minutes);
      const steps = runner.stepsDone;
      if (steps !== lastStatusStep.current && statusRef.current) {
        lastStatusStep.current = steps;
        const n = runner.world.nTargets;
        const killed = n > 0 ? Math.round((100 * (n - runner.targetsAlive[steps]!)) / n) : 0;
        statusRef.current.textContent = `${formatWellTime(minutes)} · ${killed} % of CD19⁺ blasts killed`;
      }
    },
    [runner],
  );
  const redraw = useCallback(() => frame(clock.getState().t), [clock, frame]);

  // layout effect: a new world is drawn before the browser paints, never the old one at 0 h
  useLayoutEffect(() => clock.onTime(frame), [clock, frame]);

  useEffect(() => {
    const canvas = canvasRef.current;
    const wrap = wrapRef.current;
    if (!canvas || !wrap) return;
    let ctx: CanvasRenderingContext2D | null;
    try {
      ctx = canvas.getContext('2d', { alpha: false });
    } catch {
      ctx = null; // no canvas support (test DOM): the world still runs and the text alternatives still work
    }
    ctxRef.current = ctx;
    const resize = (): void => {
      const cssWidth = wrap.clientWidth || DEFAULT_CSS_WIDTH;
      const dpr = Math.max(1, Math.min(3, window.devicePixelRatio || 1));
      viewRef.current = { cssWidth, dpr };
      const px = Math.round(cssWidth * dpr);
      if (canvas.width !== px || canvas.height !== px) {
        canvas.width = px;
        canvas.height = px;
      }
      redraw();
    };
    resize();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(resize);
    observer.observe(wrap);
    return () => observer.disconnect();
  }, [redraw]);

  useEffect(() => {
    if (canvasRef.current) paletteRef.current = readPalette(canvasRef.current);
    redraw();
  }, [theme, redraw]);

  useEffect(() => {
    redraw();
  }, [highlight, redraw]);

  // ── text alternatives, read from the world when React renders (throttled while playing) ──
  const summary = summarizeWorld(runner.world, runner.trackedIndex);
  const cNow = runner.world.concentrationPgPerMl();
  const params = useMemo(() => wellParameters(settings), [settings]);
  const ek = killingEngagement(cNow, params);
  const fT = tregBrake(params);
  const expansionMetrics = useMemo(() => metrics(expansion), [expansion]);
  const description = describeSerialLysis({
    settings,
    summary,
    concentrationPgPerMl: cNow,
    ek,
    fT,
    predictedKilledPct: 100 - curveAt(prediction.minutes, prediction.survivingPct, clockDays * MINUTES_PER_DAY),
    highlight,
    tCellFoldDay21: expansionMetrics.tCellFoldDay21 ?? null,
    expansionRegimen: expansion.regimen.id,
    minutes: clockDays * MINUTES_PER_DAY,
  });
  const table = lysisTable(summary, clockDays * MINUTES_PER_DAY);

  // ── expansion chart series ──
  const expansionSeries = useMemo<Series[]>(() => {
    const t0 = expansion.parameters.t0;
    const fold = (tr: typeof expansion): Float64Array => tr.Tp.map((v) => v / t0);
    return [
      { id: 'treg-ref', label: 'Treg 4 %', color: 'var(--series-neutral)', values: fold(reference), dashed: true },
      { id: 'treg-now', label: `Treg ${settings.tregPct} %`, color: 'var(--series-tcell)', values: fold(expansion) },
    ];
  }, [expansion, reference, settings.tregPct]);
  const expansionLandmarks = useMemo(
    () =>
      settings.drugMode === 'regimen'
        ? [
            { tDays: 7, label: 'dose step' },
            { tDays: settings.treatmentDay - 1, label: 'well' },
            { tDays: 21, label: 'day 21' },
          ].filter((l, i, all) => all.findIndex((m) => Math.abs(m.tDays - l.tDays) < 1.5) === i)
        : [{ tDays: 21, label: 'day 21' }],
    [settings.drugMode, settings.treatmentDay],
  );

  // ── controls ──
  const composition = useMemo(
    () => cellComposition(settings.cells, etOption(settings.etId).targetsPerTCell, settings.escapePct / 100),
    [settings.cells, settings.etId, settings.escapePct],
  );
  const dose = regimenDose(settings.treatmentDay);
  const fixedC = fixedConcentration(settings);
  const controlId = useCallback((name: string): string => `sl-${uid}-${name}`, [uid]);
  const drugText =
    settings.drugMode === 'fixed'
      ? `${formatPgPerMl(fixedC)} (killing at ${Math.round(100 * killingEngagement(fixedC, params))} % of maximum)`
      : `day ${settings.treatmentDay}: ${Math.round(dose.rateUgPerDay)} µg/day (steady state ${formatPgPerMl(dose.cssPgPerMl)})`;
  const tregText = `${settings.tregPct} % (brake: ${Math.round(100 * fT)} % of full speed)`;

  // Controls and the visual are memoised elements: the throttled clock re-render (description, table)
  // leaves these subtrees alone while the animation plays.
  const controls = useMemo(
    () => (
    <div className="sl-controls-wrap">
      <div className="sl-controls">
        <div className="sl-field">
          <label htmlFor={controlId('et')}>E:T ratio</label>
          <select id={controlId('et')} value={settings.etId} onChange={(e) => update({ etId: e.target.value })}>
            {ET_OPTIONS.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <div className="sl-field">
          <label htmlFor={controlId('cells')}>Cells</label>
          <select id={controlId('cells')} name="cells" value={settings.cells} onChange={(e) => update({ cells: Number(e.target.value) })}>
            {CELL_COUNT_OPTIONS.map((n) => (
              <option key={n} value={n}>
                {n.toLocaleString('en-GB').replace(',', ' ')}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="sl-field sl-drug">
          <legend>Drug level</legend>
          <label>
            <input type="radio" name={controlId('mode')} checked={settings.drugMode === 'fixed'} onChange={() => update({ drugMode: 'fixed' })} /> In vitro, fixed
          </label>
          <label>
            <input type="radio" name={controlId('mode')} checked={settings.drugMode === 'regimen'} onChange={() => update({ drugMode: 'regimen' })} /> Patient on the label regimen (9 → 28 µg/day)
          </label>
        </fieldset>
        {settings.drugMode === 'fixed' ? (
          <RangeField id={controlId('conc')} label="Blinatumomab, pg/mL" min={0} max={CONCENTRATION_STEPS_PG_PER_ML.length - 1} step={1} value={settings.concentrationIndex} valueText={drugText} onChange={(v) => update({ concentrationIndex: v })} />
        ) : (
          <RangeField id={controlId('day')} label="Treatment day" min={1} max={MAX_TREATMENT_DAY} step={1} value={settings.treatmentDay} valueText={drugText} onChange={(v) => update({ treatmentDay: v })} />
        )}
        <RangeField id={controlId('treg')} label="Treg, % of CD4⁺" min={0} max={MAX_TREG_PCT} step={0.5} value={settings.tregPct} valueText={tregText} marks={[{ value: 8.5, label: 'cut-off 8.5 %' }]} onChange={(v) => update({ tregPct: v })} />
        <RangeField id={controlId('escape')} label="CD19⁻ escape clone, % of blasts" min={0} max={MAX_ESCAPE_PCT} step={1} value={settings.escapePct} valueText={`${settings.escapePct} % (${composition.nEscape} cells)`} onChange={(v) => update({ escapePct: v })} />
        <div className="sl-field sl-actions">
          <label className="sl-check">
            <input type="checkbox" checked={highlight} onChange={(e) => setHighlight(e.target.checked)} /> Highlight one T cell
          </label>
          <button type="button" onClick={() => update({ seed: settings.seed + 1 })}>
            New random run
          </button>
          <span className="sl-seed">run {settings.seed}</span>
        </div>
      </div>
      <p className="sl-hint">Changing a setting starts a fresh well at 0 h from the same seed; the last curve stays on the chart, dotted.</p>
      <TimeControls clock={clock} landmarks={TIME_LANDMARKS} label="Time controls for the serial-lysis micro-world" formatTime={formatClockTime} />
    </div>
    ),
    [settings, highlight, update, clock, composition, drugText, tregText, controlId],
  );

  const visual = useMemo(
    () => (
      <>
        <div className="sl-stage">
          <div className="sl-world">
            <p className="sl-status" ref={statusRef} aria-hidden="true" />
            <div className="sl-canvas-wrap" ref={wrapRef}>
              <canvas
                ref={canvasRef}
                className="sl-canvas"
                role="img"
                aria-label={`Micro-world of ${composition.nT} T cells, ${composition.nTargets} CD19⁺ blasts${composition.nEscape ? `, ${composition.nEscape} CD19⁻ escape-clone cells` : ''} and ${composition.nBystanders} CD19⁻ bystanders; the Describe button gives its current state in words.`}
              />
            </div>
            <p className="sl-counts">
              {composition.nT} T cells · {composition.nTargets} CD19⁺ blasts{composition.nEscape > 0 ? ` · ${composition.nEscape} escape clone` : ''} · {composition.nBystanders} bystanders
            </p>
          </div>
          <div className="sl-side">
            <SurvivalChart prediction={prediction} previous={previous} hasEscape={composition.nEscape > 0} handleRef={chartRef} />
            <ul className="sl-key sl-key--chart" aria-label="Chart key">
              <li>
                <svg viewBox="0 0 28 10" aria-hidden="true"><line className="sl-line sl-line--agents" x1="1" x2="27" y1="5" y2="5" /></svg>
                micro-world (agents)
              </li>
              <li>
                <svg viewBox="0 0 28 10" aria-hidden="true"><line className="sl-line sl-line--model" x1="1" x2="27" y1="5" y2="5" /></svg>
                <span>
                  population model (k<sub>serial</sub>·E<sub>k</sub>·f<sub>T</sub> kills per T cell per day, search-limited)
                </span>
              </li>
              {composition.nEscape > 0 && (
                <li>
                  <svg viewBox="0 0 28 10" aria-hidden="true"><line className="sl-line sl-line--escape" x1="1" x2="27" y1="5" y2="5" /></svg>
                  CD19⁻ escape clone alive
                </li>
              )}
              {previous && (
                <li>
                  <svg viewBox="0 0 28 10" aria-hidden="true"><line className="sl-line sl-line--previous" x1="1" x2="27" y1="5" y2="5" /></svg>
                  previous settings
                </li>
              )}
            </ul>
            <ul className="sl-key sl-key--cells" aria-label="Cell key">
              <li>
                <svg viewBox="0 0 24 24" aria-hidden="true">
                  <circle className="sl-k-tcell" cx="12" cy="12" r="8" />
                  <text className="sl-k-tcell-text" x="12" y="12.5" textAnchor="middle" dominantBaseline="middle">2</text>
                </svg>
                T cell (number: its kills)
              </li>
              <li>
                <svg viewBox="0 0 24 24" aria-hidden="true">
                  <circle className="sl-k-target" cx="12" cy="12" r="7.5" />
                  <path className="sl-k-antennae" d="M18.5 15.75l2.4 1.4M12 19.5v2.8M5.5 15.75l-2.4 1.4M5.5 8.25l-2.4-1.4M12 4.5v-2.8M18.5 8.25l2.4-1.4" />
                </svg>
                CD19⁺ blast (target)
              </li>
              <li>
                <svg viewBox="0 0 24 24" aria-hidden="true">
                  <path className="sl-k-escape" d="M12 4.5a7.5 7.5 0 1 0 0.01 0zM12 8.6a3.4 3.4 0 1 1 -0.01 0z" fillRule="evenodd" />
                </svg>
                CD19⁻ escape clone (never engaged)
              </li>
              <li>
                <svg viewBox="0 0 24 24" aria-hidden="true">
                  <circle className="sl-k-bystander" cx="12" cy="12" r="7" />
                </svg>
                CD19⁻ bystander (spared)
              </li>
              <li>
                <svg viewBox="0 0 24 24" aria-hidden="true">
                  <circle className="sl-k-tcell" cx="6.5" cy="12" r="5.5" />
                  <circle className="sl-k-target" cx="17" cy="12" r="6" />
                  <circle className="sl-k-engaged" cx="17" cy="12" r="6.8" />
                  <line className="sl-k-synapse" x1="9.5" x2="13.5" y1="12" y2="12" />
                </svg>
                synapse (drug bridge)
              </li>
              <li>
                <svg viewBox="0 0 24 24" aria-hidden="true">
                  <g className="sl-k-dying">
                    <circle cx="12" cy="12" r="4.5" />
                    <circle cx="17.4" cy="13.9" r="1.7" />
                    <circle cx="9" cy="17" r="1.7" />
                    <circle cx="7.6" cy="8.3" r="1.7" />
                    <circle cx="13.3" cy="6.8" r="1.7" />
                  </g>
                </svg>
                dying (apoptotic blebs)
              </li>
              <li>
                <svg viewBox="0 0 24 24" aria-hidden="true">
                  <g className="sl-k-debris">
                    <circle cx="10" cy="11" r="1.6" />
                    <circle cx="14" cy="13.5" r="1.2" />
                    <circle cx="11.5" cy="15" r="1" />
                  </g>
                </svg>
                dead (debris)
              </li>
              {highlight && (
                <li>
                  <svg viewBox="0 0 24 24" aria-hidden="true">
                    <circle className="sl-k-tcell" cx="12" cy="12" r="5.5" />
                    <circle className="sl-k-track" cx="12" cy="12" r="9" />
                  </svg>
                  highlighted T cell and its path over the last 15 min
                </li>
              )}
            </ul>
          </div>
        </div>
        <div className="sl-expansion">
          <TimeSeriesChart
            title={`Blood T cells over ${EXPANSION_DAYS} days, multiple of baseline (population model, MRD patient on ${expansion.regimen.id})`}
            t={expansion.t}
            series={expansionSeries}
            yLabel="× baseline"
            yMin={0}
            domainDays={[0, EXPANSION_DAYS]}
            landmarks={expansionLandmarks}
            width={720}
            height={190}
          />
          <ul className="sl-key sl-key--chart" aria-label="Expansion chart key">
            <li>
              <svg viewBox="0 0 28 10" aria-hidden="true"><line className="sl-line sl-line--tnow" x1="1" x2="27" y1="5" y2="5" /></svg>
              blood T cells, Treg {settings.tregPct} % (your setting)
            </li>
            <li>
              <svg viewBox="0 0 28 10" aria-hidden="true"><line className="sl-line sl-line--tref" x1="1" x2="27" y1="5" y2="5" /></svg>
              Treg 4 % (the MRD scenario’s default)
            </li>
          </ul>
        </div>
      </>
    ),
    [composition, prediction, previous, highlight, expansion, expansionSeries, expansionLandmarks, settings.tregPct],
  );

  return (
    <div className="sl-root" data-figure="serial-lysis">
      <FigureFrame id={id} title={title} caption={caption} description={description} table={table} modelOutput sources={sources} controls={controls} announce={!playing}>
        {visual}
      </FigureFrame>
    </div>
  );
}

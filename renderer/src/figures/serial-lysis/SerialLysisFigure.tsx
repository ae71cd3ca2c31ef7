// The serial-lysis figure (lesson 3): an agent-based micro-world of T cells killing CD19⁺ blasts one after
// another, drawn on a canvas every frame from the model's typed arrays, beside a live survival chart against
// the population model and a chart of T-cell expansion over days. State in state.ts; the agent run is
// reproduced from (settings, seed) by runs.ts; this file is the thin React layer.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, type ReactNode } from 'react';
import { killingEngagement, metrics, simulate, tregBrake } from '../../model';
import { useEffectiveTheme, useFigure, type FigureProps } from '../../state/react';
import { ModelFigure, figureText, useFigureTime, useFigureUid, type FigureText, type FigureTextProps } from '../../ui/ModelFigure';
import { describeSerialLysis, lysisTable, summarizeWorld } from './describe';
import { LysisSprites, drawWorld, type LysisPalette, type LysisView } from './draw';
import { createSprite, readPalette } from './canvas';
import { ExpansionPanel } from './ExpansionPanel';
import { worldScale } from './geometry';
import { valueAt } from '../common/chart-geometry';
import { LysisCellKey } from './LysisKeys';
import { LysisControls } from './LysisControls';
import { usePreviousCurve, runFor } from './runs';
import { cellComposition, concentrationFunction, etOption, expansionInput, formatWellTime, predictWell, wellParameters } from './scenario';
import { LYSIS_TIME, lysisKind, type LysisAction, type LysisState } from './state';
import { SurvivalChart, type SurvivalChartHandle } from './SurvivalChart';
import './serial-lysis.css';

export interface SerialLysisFigureProps extends FigureProps<LysisState, LysisAction>, FigureTextProps {
  /** Lesson attributes (link fields, checked at build time), e.g. et="1-10" conc="4" treg="12" escape="10" seed="3" t="0.375". */
  et?: string;
  cells?: string;
  drug?: string;
  conc?: string;
  day?: string;
  treg?: string;
  escape?: string;
  seed?: string;
  highlight?: string;
  t?: string;
}

const MINUTES_PER_DAY = 1440;
const formatClockTime = (tDays: number): string => formatWellTime(tDays * MINUTES_PER_DAY);
const DEFAULT_CSS_WIDTH = 420;

const TEXT: FigureText = {
  title: 'Serial lysis: T cells killing CD19⁺ blasts one after another',
  caption: 'An agent-based micro-world run by the atlas model: blinatumomab-engaged T cells find a CD19⁺ blast, hold it in a synapse while it dies, let go and move on. The chart compares the surviving blasts with the population model’s killing term for the same well; the lower chart shows T-cell expansion over days in the population model.',
  sources: 'Sources: hoffmann2005 (serial killing; all targets dead within 24 h at E:T 1:5), halle2016 (2–16 kills per day), dreier2002 (EC50 of killing), loffler2000, duell2017 (Treg cut-off 8.5 %), ribera2015 (CD19⁻ escape), klinger2012 (T-cell expansion), atlas-model (agent and population models).',
  name: 'serial-lysis micro-world',
};

export function SerialLysisFigure(props: SerialLysisFigureProps): ReactNode {
  const uid = useFigureUid();
  const theme = useEffectiveTheme();
  const { state, dispatch, id } = useFigure(lysisKind, props);
  const { settings, highlight } = state;
  const time = useFigureTime(state.time, LYSIS_TIME, dispatch);
  const { clock } = time;
  const clockDays = state.time.t;

  const runner = useMemo(() => runFor(settings), [settings]);
  const previous = usePreviousCurve(state.previous);
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
      chartRef.current?.update(runner);
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
  const redraw = useCallback(() => frame(clock.now()), [clock, frame]);

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
  // Paused, the world is brought to exactly the state's time (runs are shared, and React renders before the
  // frame loop draws); playing, the description is not announced and reads the world where the clock has it.
  if (!state.time.playing) runner.seekMinutes(clockDays * MINUTES_PER_DAY);
  const summary = summarizeWorld(runner.world, runner.trackedIndex);
  const cNow = runner.world.concentrationPgPerMl();
  const params = useMemo(() => wellParameters(settings), [settings]);
  const expansionMetrics = useMemo(() => metrics(expansion), [expansion]);
  const description = describeSerialLysis({
    settings,
    summary,
    concentrationPgPerMl: cNow,
    ek: killingEngagement(cNow, params),
    fT: tregBrake(params),
    predictedKilledPct: 100 - valueAt(prediction.minutes, prediction.survivingPct, clockDays * MINUTES_PER_DAY),
    highlight,
    tCellFoldDay21: expansionMetrics.tCellFoldDay21 ?? null,
    expansionRegimen: expansion.regimen.id,
    minutes: clockDays * MINUTES_PER_DAY,
  });
  const table = lysisTable(summary, clockDays * MINUTES_PER_DAY);
  const composition = useMemo(() => cellComposition(settings.cells, etOption(settings.etId).targetsPerTCell, settings.escapePct / 100), [settings.cells, settings.etId, settings.escapePct]);

  const controls = <LysisControls uid={uid} settings={settings} highlight={highlight} dispatch={dispatch} />;
  const frameProps = { id, ...figureText(props, TEXT), description, table, controls };

  return (
    <div className="sl-root" data-figure="serial-lysis" data-previous={state.previous ? (previous ? 'ready' : 'replaying') : 'none'}>
      <ModelFigure {...frameProps} controlsPlacement="side" time={time} formatTime={formatClockTime}>
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
            <SurvivalChart prediction={prediction} previous={previous} hasEscape={composition.nEscape > 0} clock={clock} runner={runner} handleRef={chartRef} />
            <LysisCellKey highlight={highlight} />
          </div>
        </div>
        <ExpansionPanel expansion={expansion} settings={settings} />
      </ModelFigure>
    </div>
  );
}

// Live chart beside the serial-lysis animation: surviving CD19⁺ targets (% of initial) in the micro-world
// against the population model's prediction for the same well, and the previous run dotted — a use of the
// atlas's one time chart. The micro-world's line is a live series, redrawn through the chart's handle by the
// figure's frame loop (throttled), never through React state.
import { memo, useImperativeHandle, useMemo, useRef, type Ref } from 'react';
import type { FigureClock } from '../../ui/clock';
import { valueAt, type Series } from '../common/chart-geometry';
import { TimeSeriesChart, type LiveChartHandle } from '../common/TimeSeriesChart';
import type { LysisRunner } from './runner';
import type { PreviousCurve } from './runs';
import { LANDMARK_HOURS, STEP_MINUTES } from './scenario';
import { historySeries, hourTicks, type HistorySeries } from './survival-chart';

export interface SurvivalChartHandle {
  /** Follow the world: its live lines up to its current step. */
  update(runner: LysisRunner): void;
}

export interface SurvivalChartProps {
  prediction: { minutes: Float64Array; survivingPct: Float64Array };
  previous: PreviousCurve | null;
  hasEscape: boolean;
  clock: FigureClock;
  /** The world whose history the cursor readout reads. */
  runner: LysisRunner;
  handleRef: Ref<SurvivalChartHandle>;
}

/** Minimum wall-clock time between rebuilds of the live line while it moves [ms]. */
const REBUILD_MS = 80;
const MINUTES_PER_DAY = 1440;
const DOMAIN: [number, number] = [0, 2];
/** The well's time axis: two days, ticked and labelled in hours, with an unlabelled rule at each landmark. */
const HOUR_AXIS = {
  domainDays: DOMAIN,
  xLabel: 'hours',
  xTicks: hourTicks(),
  formatXTick: (tDays: number): string => String(Math.round(tDays * 24)),
  landmarks: LANDMARK_HOURS.filter((l) => l.hours > 0 && l.hours < 48).map((l) => ({ tDays: l.hours / 24, label: '' })),
};
const formatPct = (v: number): string => `${Math.round(v)} %`;

export const SurvivalChart = memo(function SurvivalChart({ prediction, previous, hasEscape, clock, runner, handleRef }: SurvivalChartProps) {
  const liveRef = useRef<LiveChartHandle>(null);
  const buffers = useRef<{ agents?: HistorySeries; escape?: HistorySeries }>({});
  const last = useRef({ runner: null as LysisRunner | null, steps: -1, builtAt: -Infinity, timer: 0 as ReturnType<typeof setTimeout> | 0 });

  const series = useMemo<Series[]>(() => {
    const out: Series[] = [];
    if (previous) {
      const h = historySeries(previous.history, previous.lastStep, previous.initial);
      out.push({ id: 'previous', label: 'previous', legendLabel: 'previous settings', color: 'var(--muted)', dash: '2 4', faint: true, t: h.t.subarray(0, h.count), values: h.values.subarray(0, h.count) });
    }
    out.push({ id: 'model', label: 'model', legendLabel: 'population model', color: 'var(--series-drug)', dash: '6 4', t: prediction.minutes.map((m) => m / MINUTES_PER_DAY), values: prediction.survivingPct });
    if (hasEscape) out.push({ id: 'escape', label: 'escape', legendLabel: 'CD19⁻ escape clone alive', color: 'var(--series-blast)', dash: '1 3', values: [] });
    out.push({ id: 'agents', label: 'agents', legendLabel: 'micro-world (agents)', color: 'var(--series-bcell)', values: [] });
    return out;
  }, [prediction, previous, hasEscape]);

  useImperativeHandle(
    handleRef,
    () => {
      const build = (r: LysisRunner): void => {
        const l = last.current;
        l.runner = r;
        l.steps = r.stepsDone;
        l.builtAt = performance.now();
        const agents = (buffers.current.agents = historySeries(r.targetsAlive, r.stepsDone, r.world.nTargets, 10, buffers.current.agents));
        liveRef.current?.setLive('agents', agents.t, agents.values, agents.count);
        if (r.world.nEscape > 0) {
          const escape = (buffers.current.escape = historySeries(r.escapeAlive, r.stepsDone, r.world.nEscape, 10, buffers.current.escape));
          liveRef.current?.setLive('escape', escape.t, escape.values, escape.count);
        }
      };
      return {
        update(r) {
          const l = last.current;
          const steps = r.stepsDone;
          if (r !== l.runner || steps < l.steps || steps - l.steps > 60) build(r);
          else if (steps !== l.steps) {
            if (performance.now() - l.builtAt >= REBUILD_MS) build(r);
            else if (!l.timer) {
              // trailing rebuild, so the line is complete when playback stops
              l.timer = setTimeout(() => {
                l.timer = 0;
                if (l.runner) build(l.runner);
              }, REBUILD_MS);
            }
          }
        },
      };
    },
    [],
  );

  const readoutValueAt = (s: Series, tDays: number): number => {
    const minutes = tDays * MINUTES_PER_DAY;
    if (s.id === 'model') return valueAt(prediction.minutes, prediction.survivingPct, minutes);
    const step = Math.min(runner.recordedSteps, Math.max(0, Math.ceil(minutes / STEP_MINUTES - 1e-9)));
    if (s.id === 'agents') return runner.world.nTargets > 0 ? (100 * runner.targetsAlive[step]!) / runner.world.nTargets : NaN;
    if (s.id === 'escape') return runner.world.nEscape > 0 ? (100 * runner.escapeAlive[step]!) / runner.world.nEscape : NaN;
    return NaN;
  };

  return (
    <TimeSeriesChart
      className="sl-chart"
      title="Surviving CD19⁺ targets, % of initial, over the hours of the micro-world: agents against the population model"
      t={DOMAIN}
      series={series}
      yLabel="targets alive, %"
      yMin={0}
      yMax={100}
      {...HOUR_AXIS}
      clock={clock}
      legend
      height={170}
      formatValue={formatPct}
      readoutValueAt={readoutValueAt}
      liveRef={liveRef}
    />
  );
});

// Live chart beside the serial-lysis animation: surviving CD19⁺ targets (% of initial) in the micro-world
// against the population model's prediction for the same well. Axes render once; the live line and the
// cursor are updated through refs by the figure's frame loop (throttled), never through React state.
import { memo, useEffect, useImperativeHandle, useMemo, useRef, type Ref } from 'react';
import type { LysisRunner } from './runner';
import type { PreviousCurve } from './runs';
import { LANDMARK_HOURS } from './scenario';
import { curveAt, curvePath, historyPath, survivalLayout } from './survival-chart';

export interface SurvivalChartHandle {
  /** Follow the world: live line up to its current step, cursor at `minutes`. */
  update(runner: LysisRunner, minutes: number): void;
}


export interface SurvivalChartProps {
  prediction: { minutes: Float64Array; survivingPct: Float64Array };
  previous: PreviousCurve | null;
  hasEscape: boolean;
  width?: number;
  height?: number;
  handleRef: Ref<SurvivalChartHandle>;
}

/** Minimum wall-clock time between rebuilds of the live line while it moves [ms]. */
const REBUILD_MS = 80;

export const SurvivalChart = memo(function SurvivalChart({ prediction, previous, hasEscape, width = 340, height = 250, handleRef }: SurvivalChartProps) {
  const layout = useMemo(() => survivalLayout(width, height), [width, height]);
  const odePath = useMemo(() => curvePath(prediction.minutes, prediction.survivingPct, layout), [prediction, layout]);
  const previousPath = useMemo(
    () => (previous ? historyPath(previous.history, previous.lastStep, previous.initial, layout) : ''),
    [previous, layout],
  );
  const agentRef = useRef<SVGPathElement>(null);
  const escapeRef = useRef<SVGPathElement>(null);
  const cursorRef = useRef<SVGGElement>(null);
  const agentLabelRef = useRef<SVGTextElement>(null);
  const odeLabelRef = useRef<SVGTextElement>(null);
  const last = useRef({ runner: null as LysisRunner | null, steps: -1, builtAt: -Infinity, cursorX: NaN, flip: false, agentPct: NaN, odePct: NaN, timer: 0 as ReturnType<typeof setTimeout> | 0 });

  useEffect(() => () => {
    if (last.current.timer) clearTimeout(last.current.timer);
  }, []);

  useImperativeHandle(
    handleRef,
    () => {
      const build = (runner: LysisRunner): void => {
        const l = last.current;
        const steps = runner.stepsDone;
        l.runner = runner;
        l.steps = steps;
        l.builtAt = performance.now();
        agentRef.current?.setAttribute('d', historyPath(runner.targetsAlive, steps, runner.world.nTargets, layout));
        escapeRef.current?.setAttribute('d', runner.world.nEscape > 0 ? historyPath(runner.escapeAlive, steps, runner.world.nEscape, layout) : '');
      };
      return {
        update(runner, minutes) {
          const l = last.current;
          const steps = runner.stepsDone;
          if (runner !== l.runner || steps < l.steps || steps - l.steps > 60) build(runner);
          else if (steps !== l.steps) {
            if (performance.now() - l.builtAt >= REBUILD_MS) build(runner);
            else if (!l.timer) {
              // trailing rebuild, so the line is complete when playback stops
              l.timer = setTimeout(() => {
                l.timer = 0;
                if (l.runner) build(l.runner);
              }, REBUILD_MS);
            }
          }
          const cx = layout.x(minutes);
          if (!(Math.abs(cx - l.cursorX) < 0.25)) {
            l.cursorX = cx;
            cursorRef.current?.setAttribute('transform', `translate(${cx.toFixed(2)},0)`);
            const flip = cx > layout.innerWidth * 0.62;
            if (flip !== l.flip) {
              l.flip = flip;
              for (const el of [agentLabelRef.current, odeLabelRef.current]) {
                el?.setAttribute('x', flip ? '-6' : '6');
                el?.setAttribute('text-anchor', flip ? 'end' : 'start');
              }
            }
          }
          const agentPct = runner.world.nTargets > 0 ? Math.round((100 * runner.targetsAlive[steps]!) / runner.world.nTargets) : NaN;
          const odePct = Math.round(curveAt(prediction.minutes, prediction.survivingPct, minutes));
          if (agentPct !== l.agentPct || odePct !== l.odePct) {
            l.agentPct = agentPct;
            l.odePct = odePct;
            if (agentLabelRef.current) agentLabelRef.current.textContent = `agents ${agentPct} %`;
            if (odeLabelRef.current) odeLabelRef.current.textContent = `model ${odePct} %`;
          }
        },
      };
    },
    [layout, prediction],
  );

  const { margin, x, y, innerWidth, innerHeight } = layout;
  return (
    <svg className="sl-chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label="Surviving CD19⁺ targets, % of initial, over the hours of the micro-world: agents against the population model" preserveAspectRatio="xMidYMid meet">
      <g transform={`translate(${margin.left},${margin.top})`}>
        <g className="sl-grid" aria-hidden="true">
          {layout.yTicks.map((v) => (
            <g key={`y${v}`} transform={`translate(0,${y(v)})`}>
              <line x2={innerWidth} />
              <text x={-6} dy="0.32em" textAnchor="end">
                {v}
              </text>
            </g>
          ))}
          {layout.xTicks.map((h) => (
            <g key={`x${h}`} transform={`translate(${x(h * 60)},${innerHeight})`}>
              <line y2={5} className="sl-tick" />
              <text y={18} textAnchor="middle">
                {h}
              </text>
            </g>
          ))}
          <text className="sl-axis-label" x={innerWidth} y={innerHeight + 34} textAnchor="end">
            hours
          </text>
          <text className="sl-axis-label" transform="rotate(-90)" x={0} y={-32} textAnchor="end">
            targets alive, %
          </text>
        </g>
        <g className="sl-landmarks" aria-hidden="true">
          {LANDMARK_HOURS.filter((l) => l.hours > 0 && l.hours < 48).map((l) => (
            <line key={l.hours} x1={x(l.hours * 60)} x2={x(l.hours * 60)} y2={innerHeight} />
          ))}
        </g>
        {previousPath && <path className="sl-line sl-line--previous" d={previousPath} />}
        <path className="sl-line sl-line--model" d={odePath} />
        {hasEscape && <path ref={escapeRef} className="sl-line sl-line--escape" />}
        <path ref={agentRef} className="sl-line sl-line--agents" />
        <g ref={cursorRef} className="sl-cursor" aria-hidden="true">
          <line y2={innerHeight} />
          <text ref={agentLabelRef} className="sl-readout sl-readout--agents" x={6} y={12} />
          <text ref={odeLabelRef} className="sl-readout sl-readout--model" x={6} y={27} />
        </g>
      </g>
    </svg>
  );
});

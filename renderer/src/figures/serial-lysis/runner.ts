// Drives one seeded micro-world for the serial-lysis figure: advances it in whole 0.5-min steps, keeps
// an hourly snapshot for scrubbing backwards, and records per-step history for the chart. No DOM.
import { AGENT_KIND, CELL_STATE, createLysisWorld, type LysisSnapshot, type LysisWorld, type LysisWorldOptions } from '../../model';
import { SPAN_MINUTES, STEP_MINUTES } from './scenario';

/** Steps between snapshots (120 × 0.5 min = 1 simulated hour). */
export const SNAPSHOT_EVERY_STEPS = 120;

/**
 * Time-travel over a deterministic world. The world only ever moves by `world.step(STEP_MINUTES)`,
 * so its state after k steps depends on (options, seed, k) alone. Seeking forward steps on; seeking
 * backward restores the last hourly snapshot at or before the goal and re-steps from there — the
 * replayed frames are bit-identical to the first pass (snapshot/restore, not re-creation, because
 * re-stepping from 0 would cost up to 5 760 steps; hourly snapshots bound a backward seek to 120).
 */
export class LysisRunner {
  readonly world: LysisWorld;
  readonly maxSteps: number;
  /** Positions before the last step, for drawing in-between frames. */
  readonly prevX: Float64Array;
  readonly prevY: Float64Array;
  /** CD19⁺ targets alive (free or in a synapse) after each step; valid for 0…recordedSteps. */
  readonly targetsAlive: Uint16Array;
  /** Escape-clone cells alive after each step. */
  readonly escapeAlive: Uint16Array;
  /** Position of the highlighted T cell after each step (x, y interleaved). */
  readonly trackXY: Float32Array;
  /** The T cell the figure highlights (nearest the middle of the well at the start), or −1. */
  readonly trackedIndex: number;
  private steps = 0;
  private recorded = 0;
  private readonly snapshots: (LysisSnapshot | undefined)[];

  constructor(options: LysisWorldOptions, spanMinutes = SPAN_MINUTES) {
    this.world = createLysisWorld(options);
    this.maxSteps = Math.round(spanMinutes / STEP_MINUTES);
    const n = this.world.count;
    this.prevX = new Float64Array(n);
    this.prevY = new Float64Array(n);
    this.targetsAlive = new Uint16Array(this.maxSteps + 1);
    this.escapeAlive = new Uint16Array(this.maxSteps + 1);
    this.trackXY = new Float32Array(2 * (this.maxSteps + 1));
    this.trackedIndex = nearestTCellToCentre(this.world);
    this.snapshots = new Array(Math.floor(this.maxSteps / SNAPSHOT_EVERY_STEPS) + 1);
    this.snapshots[0] = this.world.snapshot();
    this.syncPrev();
    this.record();
  }

  /** Whole steps taken (world time = stepsDone · STEP_MINUTES). */
  get stepsDone(): number {
    return this.steps;
  }

  /** Highest step whose history has been recorded. */
  get recordedSteps(): number {
    return this.recorded;
  }

  get minutes(): number {
    return this.steps * STEP_MINUTES;
  }

  /**
   * Brings the world to the step that covers `minutes` (the first step at or after it) and returns
   * the blend factor (0–1] between prevX/prevY and the current positions for drawing that instant.
   */
  seekMinutes(minutes: number): number {
    const goal = Math.min(this.maxSteps, Math.max(0, Math.ceil(minutes / STEP_MINUTES - 1e-9)));
    this.seekStep(goal);
    if (goal === 0) return 1;
    const alpha = (minutes - (goal - 1) * STEP_MINUTES) / STEP_MINUTES;
    return alpha > 1 ? 1 : alpha < 0 ? 0 : alpha;
  }

  /** Moves the world to exactly `goal` steps (forward by stepping, backward via a snapshot). */
  seekStep(goal: number): void {
    const k = Math.min(this.maxSteps, Math.max(0, Math.floor(goal)));
    if (k < this.steps) {
      const idx = Math.floor(k / SNAPSHOT_EVERY_STEPS);
      const snap = this.snapshots[idx]!; // every snapshot up to the furthest step reached exists
      this.world.restore(snap);
      this.steps = idx * SNAPSHOT_EVERY_STEPS;
      this.syncPrev();
    }
    while (this.steps < k) {
      if (this.steps === k - 1) this.syncPrev();
      this.world.step(STEP_MINUTES);
      this.steps++;
      if (this.steps > this.recorded) this.record();
      if (this.steps % SNAPSHOT_EVERY_STEPS === 0) {
        const idx = this.steps / SNAPSHOT_EVERY_STEPS;
        if (this.snapshots[idx] === undefined) this.snapshots[idx] = this.world.snapshot();
      }
    }
  }

  private syncPrev(): void {
    this.prevX.set(this.world.x);
    this.prevY.set(this.world.y);
  }

  /** Records the history entry of the current step (allocation-free). */
  private record(): void {
    const w = this.world;
    const state = w.state;
    let alive = 0;
    const from = w.nT;
    const to = w.nT + w.nTargets;
    for (let i = from; i < to; i++) {
      const s = state[i];
      if (s === CELL_STATE.ALIVE || s === CELL_STATE.ENGAGED) alive++;
    }
    let escape = 0;
    for (let i = to; i < to + w.nEscape; i++) {
      const s = state[i];
      if (s === CELL_STATE.ALIVE || s === CELL_STATE.ENGAGED) escape++;
    }
    const k = this.steps;
    this.targetsAlive[k] = alive;
    this.escapeAlive[k] = escape;
    if (this.trackedIndex >= 0) {
      this.trackXY[2 * k] = w.x[this.trackedIndex]!;
      this.trackXY[2 * k + 1] = w.y[this.trackedIndex]!;
    }
    this.recorded = k;
  }
}

function nearestTCellToCentre(world: LysisWorld): number {
  let best = -1;
  let bestD2 = Infinity;
  const cx = world.widthUm / 2;
  const cy = world.heightUm / 2;
  for (let i = 0; i < world.count; i++) {
    if (world.kind[i] !== AGENT_KIND.T) continue;
    const dx = world.x[i]! - cx;
    const dy = world.y[i]! - cy;
    const d2 = dx * dx + dy * dy;
    if (d2 < bestD2) {
      bestD2 = d2;
      best = i;
    }
  }
  return best;
}

// Tests of the serial-lysis runner: playing, scrubbing back and replaying show the same frames (the world
// is re-stepped from hourly snapshots in whole 0.5-min steps), and the history behind the live chart.
import { describe, expect, it } from 'vitest';
import { AGENT_KIND, CELL_STATE, createLysisWorld, type LysisWorld } from '../../../../renderer/src/model';
import { LysisRunner, SNAPSHOT_EVERY_STEPS } from '../../../../renderer/src/figures/serial-lysis/runner';
import { DEFAULT_SETTINGS, STEP_MINUTES, worldOptions } from '../../../../renderer/src/figures/serial-lysis/scenario';

const options = worldOptions({ ...DEFAULT_SETTINGS, cells: 200, escapePct: 10 });

function sameWorld(a: LysisWorld, b: LysisWorld): boolean {
  const eq = (x: ArrayLike<number>, y: ArrayLike<number>): boolean => x.length === y.length && Array.prototype.every.call(x, (v: number, i: number) => Object.is(v, y[i]));
  return a.timeMinutes === b.timeMinutes && eq(a.x, b.x) && eq(a.y, b.y) && eq(a.state, b.state) && eq(a.partner, b.partner) && eq(a.timer, b.timer) && eq(a.killCount, b.killCount);
}

describe('LysisRunner — time travel over a seeded world', () => {
  it('shows at minute m the world after ceil(m / 0.5) steps of 0.5 min, as a fresh world stepped by hand', () => {
    const runner = new LysisRunner(options);
    const alpha = runner.seekMinutes(100.2);
    expect(runner.stepsDone).toBe(201);
    expect(alpha).toBeCloseTo(0.4, 9);
    const byHand = createLysisWorld(options);
    for (let k = 0; k < 201; k++) byHand.step(STEP_MINUTES);
    expect(sameWorld(runner.world, byHand)).toBe(true);
  });

  it('scrubbing backwards replays identical frames (via the hourly snapshot) and keeps the chart history', () => {
    const runner = new LysisRunner(options);
    runner.seekMinutes(400);
    const at400 = runner.world.snapshot();
    const history = runner.targetsAlive.slice(0, runner.recordedSteps + 1);
    runner.seekMinutes(20 * 60);
    runner.seekMinutes(130); // back past several snapshots
    expect(runner.stepsDone).toBe(260);
    expect(runner.recordedSteps).toBe(2400);
    runner.seekMinutes(400);
    const again = createLysisWorld(options);
    again.restore(at400);
    expect(sameWorld(runner.world, again)).toBe(true);
    expect(Array.from(runner.targetsAlive.slice(0, history.length))).toEqual(Array.from(history));
  });

  it('restores exactly the snapshot when scrubbing to a whole hour, with nothing to blend', () => {
    const runner = new LysisRunner(options);
    runner.seekStep(3 * SNAPSHOT_EVERY_STEPS + 17);
    runner.seekStep(2 * SNAPSHOT_EVERY_STEPS);
    expect(runner.stepsDone).toBe(2 * SNAPSHOT_EVERY_STEPS);
    expect(Array.from(runner.prevX)).toEqual(Array.from(runner.world.x));
    expect(runner.seekMinutes(0)).toBe(1);
    expect(runner.stepsDone).toBe(0);
  });

  it('never runs past the end of the clock', () => {
    const runner = new LysisRunner(options, 60);
    runner.seekMinutes(10_000);
    expect(runner.stepsDone).toBe(120);
    expect(runner.minutes).toBe(60);
  });

  it('records targets and escape cells alive after every step: targets fall, the CD19⁻ clone stays whole', () => {
    const runner = new LysisRunner(options);
    runner.seekMinutes(12 * 60);
    const w = runner.world;
    expect(runner.targetsAlive[0]).toBe(w.nTargets);
    const now = runner.targetsAlive[runner.stepsDone]!;
    expect(now).toBeLessThan(w.nTargets);
    let alive = 0;
    for (let i = 0; i < w.count; i++) if (w.kind[i] === AGENT_KIND.CD19 && (w.state[i] === CELL_STATE.ALIVE || w.state[i] === CELL_STATE.ENGAGED)) alive++;
    expect(now).toBe(alive);
    for (let k = 1; k <= runner.stepsDone; k++) expect(runner.targetsAlive[k]).toBeLessThanOrEqual(runner.targetsAlive[k - 1]!);
    expect(w.nEscape).toBeGreaterThan(0);
    expect(runner.escapeAlive[runner.stepsDone]).toBe(w.nEscape);
  });

  it('follows one T cell near the middle of the well and records its path', () => {
    const runner = new LysisRunner(options);
    const i = runner.trackedIndex;
    expect(runner.world.kind[i]).toBe(AGENT_KIND.T);
    runner.seekStep(50);
    expect(runner.trackXY[100]).toBeCloseTo(runner.world.x[i]!, 3);
    expect(runner.trackXY[101]).toBeCloseTo(runner.world.y[i]!, 3);
  });
});

// The figure clock as a reader drives it: the time state's reducer moves exactly (steps, landmarks, clamping,
// the end of the timeline), and the engine animates between states — playing reports its position, pausing
// keeps it, reduced motion plays in stepped frames, and a new configuration keeps the reader's time.
// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FigureClock, formatDayTime } from '../../../renderer/src/ui/clock';
import { adjacentLandmark, fitTime, initialTime, reduceTime, snapToLandmark, timeConfig, type TimeAction, type TimeState } from '../../../renderer/src/state/time';

afterEach(() => vi.useRealTimers());

/** Landmarks at these times, named by their day. */
const marks = (...days: number[]) => days.map((tDays) => ({ tDays, label: `day ${tDays}` }));

/** A clock wired to a reducer, as a figure wires it: the engine reports, the state changes, the engine follows. */
function harness(config = timeConfig({ endDays: 2, daysPerSecond: 1 })) {
  let state: TimeState = initialTime(config);
  const clock = new FigureClock(config, state);
  const dispatch = (action: TimeAction): void => {
    state = reduceTime(state, action, config);
    clock.apply(state);
  };
  clock.reporter = dispatch;
  return { clock, dispatch, get state() { return state; } };
}

describe('time reducer', () => {
  const config = timeConfig({ endDays: 42, landmarks: marks(7, 28, 0, 50), stepDays: 0.5, quantum: 1 / 1440 });

  it('steps, jumps between landmarks and clamps to its range', () => {
    expect(config.landmarks).toEqual(marks(0, 7, 28)); // sorted; the one past the end is dropped
    let s = initialTime(config);
    s = reduceTime(s, { type: 'step', direction: 1 }, config);
    expect(s.t).toBe(0.5);
    s = reduceTime(s, { type: 'step', direction: 1, toLandmark: true }, config);
    expect(s.t).toBe(7);
    s = reduceTime(s, { type: 'step', direction: 1, toLandmark: true }, config);
    expect(s.t).toBe(28);
    s = reduceTime(s, { type: 'step', direction: 1, toLandmark: true }, config);
    expect(s.t).toBe(42);
    s = reduceTime(s, { type: 'step', direction: -1, toLandmark: true }, config);
    expect(s.t).toBe(28);
    expect(reduceTime(s, { type: 'seek', t: -5 }, config).t).toBe(0);
    expect(reduceTime(s, { type: 'seek', t: 99 }, config).t).toBe(42);
    expect(reduceTime({ ...s, playing: true }, { type: 'reset' }, config)).toMatchObject({ t: 0, playing: false });
  });

  it('keeps times on the grid a link writes exactly', () => {
    const s = reduceTime(initialTime(config), { type: 'seek', t: 1.23456789 }, config);
    expect(s.t * 1440).toBeCloseTo(Math.round(1.23456789 * 1440), 9);
  });

  it('stops at the end on a tick, and Play at the end starts again from the beginning', () => {
    let s = reduceTime(initialTime(config), { type: 'play' }, config);
    s = reduceTime(s, { type: 'tick', t: 50 }, config);
    expect(s).toMatchObject({ t: 42, playing: false });
    s = reduceTime(s, { type: 'play' }, config);
    expect(s).toMatchObject({ t: 0, playing: true });
  });

  it('only offers the configured speeds, and returns the same object when nothing changes', () => {
    const s = initialTime(config);
    expect(reduceTime(s, { type: 'speed', speed: 3 }, config)).toBe(s);
    expect(reduceTime(s, { type: 'speed', speed: 2 }, config).speed).toBe(2);
    expect(reduceTime(s, { type: 'seek', t: 0 }, config)).toBe(s);
  });

  it('fits a time into a new timeline', () => {
    const narrow = timeConfig({ endDays: 3 });
    expect(fitTime({ t: 20, playing: true, speed: 4 }, narrow)).toEqual({ t: 3, playing: false, speed: 4 });
  });
});

describe('figure clock engine', () => {
  it('plays continuously at its speed, reports its position and stops at the end', () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
    const h = harness();
    const seen: number[] = [];
    h.clock.onTime((t) => seen.push(t));
    h.dispatch({ type: 'speed', speed: 2 });
    h.dispatch({ type: 'play' });
    vi.advanceTimersByTime(500);
    expect(h.state.playing).toBe(true);
    expect(h.clock.now()).toBeGreaterThan(0.8);
    expect(h.clock.now()).toBeLessThan(1.2);
    expect(h.state.t).toBeGreaterThan(0.3); // reported a few times a second
    vi.advanceTimersByTime(2000);
    expect(h.state).toMatchObject({ t: 2, playing: false });
    expect(h.clock.playing).toBe(false);
    expect(seen.length).toBeGreaterThan(10);
  });

  it('with reduced motion advances in stepped frames at the same simulated times', () => {
    vi.useFakeTimers();
    const h = harness(timeConfig({ endDays: 3, stepDays: 1 }));
    h.clock.setReducedMotion(true);
    const seen: number[] = [];
    h.clock.onTime((t) => seen.push(t));
    h.dispatch({ type: 'play' });
    vi.advanceTimersByTime(10_000);
    expect(seen).toEqual([0, 1, 2, 3]);
    expect(h.state.playing).toBe(false);
  });

  it('pausing keeps the time, and a seek from the state moves the engine', () => {
    vi.useFakeTimers();
    const h = harness(timeConfig({ endDays: 10, stepDays: 1 }));
    h.clock.setReducedMotion(true);
    h.dispatch({ type: 'play' });
    vi.advanceTimersByTime(1500);
    h.dispatch({ type: 'pause', t: h.clock.now() });
    const t = h.state.t;
    vi.advanceTimersByTime(5000);
    expect(h.clock.now()).toBe(t);
    h.dispatch({ type: 'seek', t: 7 });
    expect(h.clock.now()).toBe(7);
  });

  it('is reconfigured, not re-created: a new timeline keeps the time, clamped', () => {
    const h = harness(timeConfig({ endDays: 10 }));
    h.dispatch({ type: 'seek', t: 8 });
    h.clock.configure(timeConfig({ endDays: 5 }));
    expect(h.clock.now()).toBe(5);
    expect(h.clock.config.endDays).toBe(5);
  });
});

describe('time helpers', () => {
  it('snaps to a nearby landmark only', () => {
    expect(snapToLandmark(6.9, marks(7, 28), 0.2)).toBe(7);
    expect(snapToLandmark(6.5, marks(7, 28), 0.2)).toBe(6.5);
  });
  it('finds adjacent landmarks', () => {
    expect(adjacentLandmark(7, marks(0, 7, 28), 1)).toBe(28);
    expect(adjacentLandmark(7, marks(0, 7, 28), -1)).toBe(0);
    expect(adjacentLandmark(28, marks(0, 7, 28), 1)).toBeUndefined();
  });
  it('formats model time for people', () => {
    expect(formatDayTime(0)).toBe('day 0, 00:00');
    expect(formatDayTime(2.25)).toBe('day 2, 06:00');
    expect(formatDayTime((1 / 24 / 60) * 90)).toBe('day 0, 01:30');
  });
});

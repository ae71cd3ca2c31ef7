// The figure clock as a reader drives it: play advances simulated time, pause stops it, steps and
// landmark jumps move exactly, scrubbing clamps to the range, and reduced motion plays in stepped frames.
// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FigureClock, adjacentLandmark, formatDayTime, snapToLandmark } from '../../../renderer/src/ui/clock';

afterEach(() => vi.useRealTimers());

describe('figure clock', () => {
  it('steps, jumps between landmarks and clamps to its range', () => {
    const clock = new FigureClock({ endDays: 42, landmarks: [7, 28, 0], stepDays: 0.5 });
    expect(clock.landmarks).toEqual([0, 7, 28]);
    clock.step(1);
    expect(clock.getState().t).toBe(0.5);
    clock.step(1, true);
    expect(clock.getState().t).toBe(7);
    clock.step(1, true);
    expect(clock.getState().t).toBe(28);
    clock.step(1, true);
    expect(clock.getState().t).toBe(42);
    clock.step(-1, true);
    expect(clock.getState().t).toBe(28);
    clock.seek(-5);
    expect(clock.getState().t).toBe(0);
    clock.seek(99);
    expect(clock.getState().t).toBe(42);
    clock.reset();
    expect(clock.getState()).toMatchObject({ t: 0, playing: false });
  });

  it('plays continuously at its speed and stops at the end', () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
    const clock = new FigureClock({ endDays: 2, daysPerSecond: 1 });
    const seen: number[] = [];
    clock.onTime((t) => seen.push(t));
    clock.setSpeed(2);
    clock.play();
    vi.advanceTimersByTime(500);
    expect(clock.getState().playing).toBe(true);
    expect(clock.getState().t).toBeGreaterThan(0.8);
    expect(clock.getState().t).toBeLessThan(1.2);
    vi.advanceTimersByTime(2000);
    expect(clock.getState()).toMatchObject({ t: 2, playing: false });
    expect(seen.length).toBeGreaterThan(10);
  });

  it('with reduced motion advances in stepped frames at the same simulated times', () => {
    vi.useFakeTimers();
    const clock = new FigureClock({ endDays: 3, stepDays: 1 });
    clock.reducedMotion = true;
    const seen: number[] = [];
    clock.onTime((t) => seen.push(t));
    clock.play();
    vi.advanceTimersByTime(10_000);
    expect(seen).toEqual([0, 1, 2, 3]);
    expect(clock.getState().playing).toBe(false);
  });

  it('pausing keeps the time', () => {
    vi.useFakeTimers();
    const clock = new FigureClock({ endDays: 10, stepDays: 1 });
    clock.reducedMotion = true;
    clock.play();
    vi.advanceTimersByTime(1500);
    clock.pause();
    const t = clock.getState().t;
    vi.advanceTimersByTime(5000);
    expect(clock.getState().t).toBe(t);
  });
});

describe('time helpers', () => {
  it('snaps to a nearby landmark only', () => {
    expect(snapToLandmark(6.9, [7, 28], 0.2)).toBe(7);
    expect(snapToLandmark(6.5, [7, 28], 0.2)).toBe(6.5);
  });
  it('finds adjacent landmarks', () => {
    expect(adjacentLandmark(7, [0, 7, 28], 1)).toBe(28);
    expect(adjacentLandmark(7, [0, 7, 28], -1)).toBe(0);
    expect(adjacentLandmark(28, [0, 7, 28], 1)).toBeUndefined();
  });
  it('formats model time as day and clock time', () => {
    expect(formatDayTime(0)).toBe('day 0, 00:00');
    expect(formatDayTime(2.25)).toBe('day 2, 06:00');
    expect(formatDayTime(1 / 24 / 60 * 90)).toBe('day 0, 01:30');
  });
});

// Fitting a step to the 16:9 stage: the largest zoom (never above 1, never below the readable minimum) at which the
// content fits, found in few layouts because re-wrapped text does not shrink in proportion to the zoom; and where the
// presenter view draws the audience's stage in its own room.
import { describe, expect, it } from 'vitest';
import { largestFittingZoom, MIN_ZOOM, stageScale } from '../../../renderer/src/present/fit';

/** A column whose text re-wraps: its height at zoom z is `natural · z^power`, in a room of `room`; counts layouts. */
function column(natural: number, room: number, power: number) {
  const calls: number[] = [];
  const measure = (z: number) => {
    calls.push(z);
    return room / (natural * z ** power);
  };
  return { measure, calls, fits: (z: number) => natural * z ** power <= room };
}

describe('the zoom a step is shown at', () => {
  it('is 1 when the content fits as it is (a step is never enlarged), after one layout', () => {
    const c = column(400, 500, 1);
    expect(largestFittingZoom(c.measure)).toBe(1);
    expect(c.calls).toEqual([1]);
  });

  it('is the largest zoom that fits, within 1 %, even when height falls faster than the zoom (text re-wraps)', () => {
    for (const power of [1, 1.05, 1.2, 1.5, 2]) {
      for (const room of [320, 500, 700, 950]) {
        const c = column(1000, room, power);
        const zoom = largestFittingZoom(c.measure);
        const best = Math.min(1, (room / 1000) ** (1 / power));
        expect(c.fits(zoom), `power ${power}, room ${room}`).toBe(true);
        expect(zoom, `power ${power}, room ${room}`).toBeGreaterThan(best - 0.0101);
        expect(zoom).toBeLessThanOrEqual(1);
      }
    }
  });

  it('takes few layouts when the text re-wraps a little (the usual case): at most 4, where plain bisection takes 9', () => {
    for (const room of [350, 500, 650, 800]) {
      const c = column(1000, room, 1.08);
      largestFittingZoom(c.measure);
      expect(c.calls.length, `room ${room}`).toBeLessThanOrEqual(4);
    }
  });

  it('takes at most 4 layouts for a figure column, whose chart keeps its size on screen while its text shrinks', () => {
    for (const [chart, text] of [
      [600, 400],
      [300, 700],
    ]) {
      for (const room of [650, 800, 950]) {
        const calls: number[] = [];
        const height = (z: number) => chart + text * z;
        const zoom = largestFittingZoom((z) => {
          calls.push(z);
          return room / height(z);
        });
        const best = Math.min(1, (room - chart) / text);
        if (best < MIN_ZOOM) continue;
        expect(height(zoom)).toBeLessThanOrEqual(room);
        expect(zoom).toBeGreaterThan(best - 0.0101);
        expect(calls.length, `chart ${chart}, room ${room}`).toBeLessThanOrEqual(4);
      }
    }
  });

  it('still finds the largest fitting zoom when the height jumps in steps (lines re-wrapping), in at most 7 layouts', () => {
    for (const room of [350, 500, 650, 800, 950]) {
      const calls: number[] = [];
      const height = (z: number) => 40 * Math.ceil(25 * z);
      const zoom = largestFittingZoom((z) => {
        calls.push(z);
        return room / height(z);
      });
      expect(height(zoom)).toBeLessThanOrEqual(room);
      // The largest zoom whose height (whole lines of 40 px, 25 at zoom 1) is in the room.
      const best = Math.min(1, Math.floor(room / 40) / 25);
      expect(zoom, `room ${room}`).toBeGreaterThan(best - 0.0101);
      expect(calls.length, `room ${room}`).toBeLessThanOrEqual(7);
    }
  });

  it('stops at the readable minimum when nothing fits', () => {
    expect(largestFittingZoom(() => 0.01)).toBe(MIN_ZOOM);
    // …also when the proportional estimate is below the minimum, or does not fit after all (a figure that will not shrink)
    expect(largestFittingZoom(() => 0.5)).toBe(MIN_ZOOM);
  });

  it('bisects below the proportional estimate when that does not fit (content that does not shrink with the zoom)', () => {
    // Height falls slower than the zoom: z^0.5.
    const c = column(1000, 600, 0.5);
    const zoom = largestFittingZoom(c.measure);
    expect(c.fits(zoom)).toBe(true);
    expect(zoom).toBeGreaterThan(0.36 - 0.0101);
  });
});

describe('the presenter view’s copy of the audience stage', () => {
  it('is scaled down to fit its room whole', () => {
    expect(stageScale({ width: 960, height: 700 }, { width: 1920, height: 1020 })).toBe(0.5);
    expect(stageScale({ width: 1200, height: 500 }, { width: 1600, height: 850 })).toBeCloseTo(500 / 850, 10);
  });

  it('is never enlarged: in a larger room it is drawn pixel for pixel', () => {
    expect(stageScale({ width: 2000, height: 1200 }, { width: 1600, height: 850.4 })).toBe(1);
  });
});

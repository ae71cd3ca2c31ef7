// Fitting a step to the 16:9 stage: the largest zoom (never above 1, never below the readable minimum) at which the
// content fits, found by bisection because re-wrapped text does not shrink in proportion to the zoom.
import { describe, expect, it } from 'vitest';
import { largestFittingZoom, MIN_ZOOM } from '../../../renderer/src/present/fit';

describe('the zoom a step is shown at', () => {
  it('is 1 when the content fits as it is (a step is never enlarged)', () => {
    expect(largestFittingZoom(() => true)).toBe(1);
  });

  it('is the largest zoom that fits, within 1 %, even when height falls faster than the zoom (text re-wraps)', () => {
    // Height at zoom z of a column whose text re-wraps: proportional to z², against a room of 500 for a natural 1000.
    const fits = (z: number) => 1000 * z * z <= 500;
    const zoom = largestFittingZoom(fits);
    expect(fits(zoom)).toBe(true);
    expect(zoom).toBeGreaterThan(Math.sqrt(0.5) - 0.01);
  });

  it('stops at the readable minimum when nothing fits', () => {
    expect(largestFittingZoom(() => false)).toBe(MIN_ZOOM);
  });
});

// A wide table that scrolls sideways shows a shade on each edge it can scroll past (issue 10): where it can still
// scroll is measured from its scroll position and sizes.
import { describe, expect, it } from 'vitest';
import { sideScrollOf } from '../../../renderer/src/ui/side-scroll';

describe('sideScrollOf', () => {
  it('says nothing scrolls when the content fits (a pixel of rounding included)', () => {
    expect(sideScrollOf({ scrollLeft: 0, scrollWidth: 626, clientWidth: 626 })).toEqual({ wide: false, left: false, right: false });
    expect(sideScrollOf({ scrollLeft: 0, scrollWidth: 627, clientWidth: 626 })).toEqual({ wide: false, left: false, right: false });
  });

  it('has more to the right only at the start, to the left only at the end, and both between', () => {
    const box = { scrollWidth: 876, clientWidth: 626 };
    expect(sideScrollOf({ ...box, scrollLeft: 0 })).toEqual({ wide: true, left: false, right: true });
    expect(sideScrollOf({ ...box, scrollLeft: 120 })).toEqual({ wide: true, left: true, right: true });
    expect(sideScrollOf({ ...box, scrollLeft: 250 })).toEqual({ wide: true, left: true, right: false });
    expect(sideScrollOf({ ...box, scrollLeft: 249.5 })).toEqual({ wide: true, left: true, right: false });
  });
});

// The presenter view's small pure parts: which window is the presenter (its address says `?view=presenter`), and
// the elapsed time as a lecturer reads it, and what it keeps of the audience's stage reports.
import { describe, expect, it } from 'vitest';
import { presentationRole, withReport } from '../../../renderer/src/present/mirror';
import { formatElapsed } from '../../../renderer/src/present/PresenterPanel';

describe('the presenter view', () => {
  it('is the window whose address carries ?view=presenter; every other presentation window is the audience', () => {
    expect(presentationRole('?view=presenter')).toBe('presenter');
    expect(presentationRole('?view=presenter&x=1')).toBe('presenter');
    expect(presentationRole('')).toBe('audience');
    expect(presentationRole('?view=audience')).toBe('audience');
  });

  it('shows the elapsed time as mm:ss, and h:mm:ss after an hour', () => {
    expect(formatElapsed(0)).toBe('00:00');
    expect(formatElapsed(65_400)).toBe('01:05');
    expect(formatElapsed(3_725_000)).toBe('1:02:05');
    expect(formatElapsed(-5)).toBe('00:00');
  });

  it('keeps the audience’s zooms for every step it has shown at one stage size, and forgets them when the size changes', () => {
    const a = withReport(null, { width: 1600, height: 851, step: 3, zooms: [1, 0.46] });
    expect(a).toEqual({ width: 1600, height: 851, zooms: { 3: [1, 0.46] } });
    const b = withReport(a, { width: 1600, height: 851, step: 4, zooms: [1] });
    expect(b.zooms).toEqual({ 3: [1, 0.46], 4: [1] });
    // the same report again changes nothing (no re-render)
    expect(withReport(b, { width: 1600, height: 851, step: 4, zooms: [1] })).toBe(b);
    const c = withReport(b, { width: 1280, height: 671, step: 4, zooms: [0.9] });
    expect(c).toEqual({ width: 1280, height: 671, zooms: { 4: [0.9] } });
  });
});

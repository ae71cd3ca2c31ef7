// The presenter view's small pure parts: which window is the presenter (its address says `?view=presenter`), and
// the elapsed time as a lecturer reads it.
import { describe, expect, it } from 'vitest';
import { presentationRole } from '../../../renderer/src/present/mirror';
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
});

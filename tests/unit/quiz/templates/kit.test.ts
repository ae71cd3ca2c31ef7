// The templates' bin builder: bins written as upper edges with their words tile the line from 0 without gaps or
// overlaps, and a table whose edges do not rise is refused when the module loads.
import { describe, expect, it } from 'vitest';
import { contiguousBins } from '../../../../renderer/src/quiz/templates/kit';

describe('contiguousBins', () => {
  it('starts each bin where the one before it ends, from 0 by default', () => {
    expect(
      contiguousBins([
        [1, 'Within a day'],
        [7, 'In the first week'],
        [Infinity, 'Later'],
      ]),
    ).toEqual([
      { lo: 0, hi: 1, text: 'Within a day' },
      { lo: 1, hi: 7, text: 'In the first week' },
      { lo: 7, hi: Infinity, text: 'Later' },
    ]);
    expect(contiguousBins([[Infinity, 'Any time']], 2)).toEqual([{ lo: 2, hi: Infinity, text: 'Any time' }]);
  });

  it('refuses edges that do not rise', () => {
    expect(() => contiguousBins([[3, 'a'], [3, 'b']])).toThrow(/"b" ends at 3/);
    expect(() => contiguousBins([[0, 'empty']])).toThrow();
  });
});

// The therapy-comparison figure's state: a question is chosen by id, stepped through in order with wrap-around,
// and reset to the first; unknown ids leave the state alone.
import { describe, expect, it } from 'vitest';
import { initialComparisonState, reduceComparison } from '../../../../renderer/src/figures/therapy-comparison/state';

const dims = [{ id: 'target' }, { id: 'needs' }, { id: 'remission' }];

describe('the comparison state', () => {
  it('starts at the first question and selects by id', () => {
    const s = initialComparisonState(dims);
    expect(s).toEqual({ dimension: 'target' });
    expect(reduceComparison(dims, s, { type: 'select', dimension: 'remission' })).toEqual({ dimension: 'remission' });
    expect(reduceComparison(dims, s, { type: 'select', dimension: 'nope' })).toBe(s);
  });

  it('steps with wrap-around and resets', () => {
    const s = { dimension: 'remission' };
    expect(reduceComparison(dims, s, { type: 'step', by: 1 })).toEqual({ dimension: 'target' });
    expect(reduceComparison(dims, { dimension: 'target' }, { type: 'step', by: -1 })).toEqual({ dimension: 'remission' });
    expect(reduceComparison(dims, s, { type: 'reset' })).toEqual({ dimension: 'target' });
  });
});

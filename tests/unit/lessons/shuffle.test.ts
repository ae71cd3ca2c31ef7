// Check-yourself options are shuffled so the right answer is not always in the same place, and the
// order is reproducible for the same attempt.
import { describe, expect, it } from 'vitest';
import { shuffledOrder } from '../../../renderer/src/lessons/shuffle';

describe('option shuffling', () => {
  it('is a permutation and stable for a seed', () => {
    const order = shuffledOrder(4, 'q1#0');
    expect([...order].sort()).toEqual([0, 1, 2, 3]);
    expect(shuffledOrder(4, 'q1#0')).toEqual(order);
  });

  it('spreads the first option over every position across questions', () => {
    const positions = new Set<number>();
    for (let q = 0; q < 40; q++) positions.add(shuffledOrder(4, `question-${q}#0`).indexOf(0));
    expect(positions).toEqual(new Set([0, 1, 2, 3]));
  });
});

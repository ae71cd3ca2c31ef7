// Small React hooks of the PK/PD explorer: keep a value's identity while its contents are unchanged
// (so memoised charts skip redraws).
import { useRef } from 'react';

/**
 * Returns the previous value while `equal(previous, next)` holds, else `next`. A re-simulation that leaves
 * a series unchanged (e.g. the drug level when only marrow blasts move) keeps the old array, so the chart
 * drawing it sees identical props and does not re-render.
 */
export function useStable<T>(next: T, equal: (a: T, b: T) => boolean): T {
  const ref = useRef(next);
  if (ref.current !== next && !equal(ref.current, next)) ref.current = next;
  return ref.current;
}


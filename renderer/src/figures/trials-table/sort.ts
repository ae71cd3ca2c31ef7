// Sorting of the trials table: pure, so the order a reader sees is unit-tested. "Patients" sorts by the
// first number in the n field (e.g. "405 randomised 2:1 …" → 405); ties keep the authored order.
import type { Trial } from '../../data/content';

export type TrialSortKey = 'authored' | 'name' | 'patients';
export type SortDirection = 'ascending' | 'descending';

/** The first integer in a text (thousands separators allowed), or NaN. */
export function firstNumber(text: string): number {
  const match = /\d[\d,]*/.exec(text);
  return match ? Number(match[0].replace(/,/g, '')) : NaN;
}

export function sortTrials(trials: readonly Trial[], key: TrialSortKey, direction: SortDirection): Trial[] {
  const indexed = trials.map((trial, index) => ({ trial, index }));
  const sign = direction === 'ascending' ? 1 : -1;
  indexed.sort((a, b) => {
    let cmp = 0;
    if (key === 'name') cmp = a.trial.name.localeCompare(b.trial.name);
    else if (key === 'patients') cmp = (firstNumber(a.trial.n) || 0) - (firstNumber(b.trial.n) || 0);
    return cmp !== 0 ? sign * cmp : a.index - b.index;
  });
  return indexed.map((x) => x.trial);
}

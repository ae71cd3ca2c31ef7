// State of the trials table (lesson 6): the column it is sorted by and the direction. Schema, defaults,
// pure reducer and link fields (sort="patients", dir="descending").
import * as z from 'zod/mini';
import { defineFigureKind } from '../../state/figure-kind';
import type { SortDirection, TrialSortKey } from './sort';

export const SORT_KEYS = ['authored', 'name', 'patients'] as const satisfies readonly TrialSortKey[];
export const DIRECTIONS = ['ascending', 'descending'] as const satisfies readonly SortDirection[];

export interface TrialsState {
  key: TrialSortKey;
  direction: SortDirection;
}

export type TrialsAction = { type: 'sort'; key: TrialSortKey } | { type: 'reset' };

export const TRIALS_DEFAULTS: TrialsState = { key: 'authored', direction: 'ascending' };

/** A column button: sorts by it ascending, or flips the direction when it is already the sort key. */
export function reduceTrials(state: TrialsState, action: TrialsAction): TrialsState {
  switch (action.type) {
    case 'sort':
      return state.key === action.key ? { key: state.key, direction: state.direction === 'ascending' ? 'descending' : 'ascending' } : { key: action.key, direction: 'ascending' };
    case 'reset':
      return TRIALS_DEFAULTS;
  }
}

export const trialsKind = defineFigureKind<TrialsState, TrialsAction>({
  component: 'TrialsTable',
  defaultId: 'fig-trials',
  schema: z.object({ key: z.enum(SORT_KEYS), direction: z.enum(DIRECTIONS) }),
  defaults: TRIALS_DEFAULTS,
  reduce: reduceTrials,
  fields: [
    { key: 'sort', path: ['key'], type: { kind: 'enum', values: SORT_KEYS }, label: 'sort column' },
    { key: 'dir', path: ['direction'], type: { kind: 'enum', values: DIRECTIONS }, label: 'sort direction' },
  ],
});

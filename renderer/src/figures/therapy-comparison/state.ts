// State of the therapy-comparison figure (serializable, like every figure's state): which question the three
// treatments are compared on. A pure reducer, the pattern figures/management-case/tree.ts follows.
import type { DimensionId } from './data';

export interface TherapyComparisonState {
  dimension: DimensionId;
}

export type TherapyComparisonAction = { type: 'select'; dimension: DimensionId } | { type: 'step'; by: 1 | -1 } | { type: 'reset' };

export function initialComparisonState(dimensions: readonly { id: DimensionId }[]): TherapyComparisonState {
  return { dimension: dimensions[0]?.id ?? '' };
}

export function reduceComparison(
  dimensions: readonly { id: DimensionId }[],
  state: TherapyComparisonState,
  action: TherapyComparisonAction,
): TherapyComparisonState {
  const ids = dimensions.map((d) => d.id);
  switch (action.type) {
    case 'select':
      return ids.includes(action.dimension) && action.dimension !== state.dimension ? { dimension: action.dimension } : state;
    case 'step': {
      const at = Math.max(0, ids.indexOf(state.dimension));
      const next = ids[(at + action.by + ids.length) % ids.length];
      return next === undefined || next === state.dimension ? state : { dimension: next };
    }
    case 'reset':
      return initialComparisonState(dimensions);
  }
}

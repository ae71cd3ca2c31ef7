// State of the therapy-comparison figure (serializable, like every figure's state): which question the three
// treatments are compared on. A pure reducer, the pattern figures/management-case/tree.ts follows.
import * as z from 'zod/mini';
import { defineFigureKind } from '../../state/figure-kind';
import { comparisonById, type DimensionId } from './data';

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

/** The comparison lessons show (content/comparisons/therapies.yaml). */
export const DEFAULT_COMPARISON = 'relapsed-all-immunotherapies';
const DIMENSIONS = comparisonById(DEFAULT_COMPARISON).dimensions;
const DIMENSION_IDS = DIMENSIONS.map((d) => d.id) as [string, ...string[]];

export const therapyComparisonKind = defineFigureKind<TherapyComparisonState, TherapyComparisonAction>({
  component: 'TherapyComparisonFigure',
  defaultId: 'fig-therapy-comparison',
  schema: z.object({ dimension: z.enum(DIMENSION_IDS) }),
  defaults: initialComparisonState(DIMENSIONS),
  reduce: (state, action) => reduceComparison(DIMENSIONS, state, action),
  fields: [{ key: 'compare', path: ['dimension'], type: { kind: 'enum', values: DIMENSION_IDS }, label: 'compared by' }],
});

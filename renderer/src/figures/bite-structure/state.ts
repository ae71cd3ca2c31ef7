// State of the BiTE-structure figure (lesson 1): the part the reader selected and the linker's swing
// (one time unit = one full swing). Schema, defaults, pure reducer and link fields.
import * as z from 'zod/mini';
import { defineFigureKind, timeFields } from '../../state/figure-kind';
import { animatedReducer, initialTime, timeConfig, timeSchema, type TimeAction, type TimeState } from '../../state/time';
import { FLEX_PERIOD_SECONDS } from './geometry';
import { PART_ORDER, type PartId } from './parts';

/** The swing's landmarks (in turns): the three poses. */
export const FLEX_POSES = [
  { tDays: 0, label: 'rest' },
  { tDays: 0.25, label: 'swung down' },
  { tDays: 0.5, label: 'back at rest' },
  { tDays: 0.75, label: 'swung up' },
] as const;

export const SWING_TIME = timeConfig({
  endDays: 1,
  daysPerSecond: 1 / FLEX_PERIOD_SECONDS,
  stepDays: 0.25,
  landmarks: FLEX_POSES,
  loop: true,
  speeds: [0.25, 0.5, 1, 2],
  quantum: 1 / 1000,
});

export interface BiteStructureState {
  /** The part whose description is shown (null: none yet). */
  selected: PartId | null;
  time: TimeState;
}

export type BiteStructureAction = { type: 'select'; part: PartId | null } | { type: 'time'; action: TimeAction } | { type: 'reset' };

export const BITE_STRUCTURE_DEFAULTS: BiteStructureState = { selected: null, time: initialTime(SWING_TIME) };

export const reduceBiteStructure = animatedReducer<BiteStructureState, BiteStructureAction>(BITE_STRUCTURE_DEFAULTS, SWING_TIME, (state, action) => {
  switch (action.type) {
    case 'select':
      return state.selected === action.part ? state : { ...state, selected: action.part };
  }
});

export const biteStructureKind = defineFigureKind<BiteStructureState, BiteStructureAction>({
  component: 'BiteStructureFigure',
  defaultId: 'fig-bite-structure',
  schema: z.object({ selected: z.nullable(z.enum(PART_ORDER as unknown as [PartId, ...PartId[]])), time: timeSchema }) as unknown as z.ZodMiniType<BiteStructureState>,
  defaults: BITE_STRUCTURE_DEFAULTS,
  reduce: reduceBiteStructure,
  fields: [{ key: 'part', path: ['selected'], type: { kind: 'enum', values: PART_ORDER }, label: 'selected part' }, ...timeFields(1, SWING_TIME.quantum, SWING_TIME.speeds)],
});

// State of the immune-synapse figure (lesson 2): the infusion rate and where the story is (one time unit
// per stage). Schema, defaults, pure reducer and link fields; the timeline's landmarks come from the model.
import * as z from 'zod/mini';
import { defineFigureKind, timeFields } from '../../state/figure-kind';
import { animatedReducer, fitTime, initialTime, reduceTime, timeConfig, timeSchema, type TimeAction, type TimeConfig, type TimeState } from '../../state/time';
import { DEFAULT_DOSE, STORY_END, SYNAPSE_DOSES, synapseModel, timelineLandmarks, type SynapseDose } from './schedule';

/** Seconds of playing time per stage at speed 1. */
export const SECONDS_PER_STAGE = 5;

const configs = new Map<SynapseDose, TimeConfig>();

/** The story clock of a dose: one unit per stage; landmarks at each stage and at the model's events. */
export function synapseTimeConfig(dose: SynapseDose): TimeConfig {
  let config = configs.get(dose);
  if (!config) {
    config = timeConfig({
      endDays: STORY_END,
      daysPerSecond: 1 / SECONDS_PER_STAGE,
      stepDays: 1,
      landmarks: timelineLandmarks(synapseModel(dose).timeline).map((l) => ({ tDays: l.progress, label: l.label })),
      quantum: 1 / 1000,
    });
    configs.set(dose, config);
  }
  return config;
}

export interface SynapseState {
  dose: SynapseDose;
  time: TimeState;
}

export type SynapseAction = { type: 'dose'; dose: SynapseDose } | { type: 'stage'; index: number } | { type: 'time'; action: TimeAction } | { type: 'reset' };

export const SYNAPSE_DEFAULTS: SynapseState = { dose: DEFAULT_DOSE, time: initialTime(synapseTimeConfig(DEFAULT_DOSE)) };

export const reduceSynapse = animatedReducer<SynapseState, SynapseAction>(SYNAPSE_DEFAULTS, (s) => synapseTimeConfig(s.dose), (state, action) => {
  switch (action.type) {
    case 'dose':
      // Another dose moves the stage times, not the story: the reader stays at the same place in it.
      return state.dose === action.dose ? state : { dose: action.dose, time: fitTime(state.time, synapseTimeConfig(action.dose)) };
    case 'stage': {
      const time = reduceTime(state.time, { type: 'pause', t: action.index }, synapseTimeConfig(state.dose));
      return time === state.time ? state : { ...state, time };
    }
  }
});

export const synapseKind = defineFigureKind<SynapseState, SynapseAction>({
  component: 'SynapseFigure',
  defaultId: 'fig-synapse',
  schema: z.object({ dose: z.enum(SYNAPSE_DOSES), time: timeSchema }),
  defaults: SYNAPSE_DEFAULTS,
  reduce: reduceSynapse,
  fields: [{ key: 'dose', path: ['dose'], type: { kind: 'enum', values: SYNAPSE_DOSES }, label: 'infusion rate' }, ...timeFields(STORY_END, 1 / 1000, synapseTimeConfig(DEFAULT_DOSE).speeds)],
  normalize: (s) => ({ ...s, time: fitTime(s.time, synapseTimeConfig(s.dose)) }),
});

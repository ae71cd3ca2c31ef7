// A figure's time as serializable state (DESIGN.md: time is view state): where the figure is (t), whether
// it plays and how fast, with one pure reducer for every time control. The clock engine (ui/clock.ts)
// only animates between the states this reducer produces.
import * as z from 'zod/mini';

export interface TimeState {
  /** Position on the figure's timeline (its own unit: days for model figures, story units for the synapse). */
  t: number;
  playing: boolean;
  /** Playback multiplier (one of the config's speeds). */
  speed: number;
}

/** A time worth stopping at (dose step, end of infusion, cycle 2…) and the name the time controls give it. */
export interface Landmark {
  tDays: number;
  label: string;
}

export interface TimeConfig {
  startDays: number;
  endDays: number;
  /** The timeline's landmarks inside [startDays, endDays], sorted: the step buttons stop at them, the controls name them. */
  landmarks: readonly Landmark[];
  /** One step forward/back; also the reduced-motion frame spacing. */
  stepDays: number;
  speeds: readonly number[];
  /** Timeline units per wall-clock second at speed 1. */
  daysPerSecond: number;
  /** Times are kept on multiples of this (so a link writes them exactly). */
  quantum: number;
  loop?: boolean;
}

export type TimeAction =
  | { type: 'play'; from?: number }
  | { type: 'pause'; t?: number }
  | { type: 'toggle'; from?: number }
  | { type: 'seek'; t: number }
  | { type: 'step'; direction: 1 | -1; toLandmark?: boolean; from?: number }
  | { type: 'speed'; speed: number }
  | { type: 'reset' }
  /** The playing clock reports where it is (throttled); the end of the timeline pauses. */
  | { type: 'tick'; t: number };

export const timeSchema = z.object({ t: z.number(), playing: z.boolean(), speed: z.number().check(z.positive()) });

export interface TimeConfigInput {
  endDays: number;
  startDays?: number;
  landmarks?: readonly Landmark[];
  stepDays?: number;
  speeds?: readonly number[];
  daysPerSecond?: number;
  quantum?: number;
  loop?: boolean;
}

export const DEFAULT_SPEEDS = [0.25, 0.5, 1, 2, 4] as const;

/** A complete time configuration from the few numbers a figure cares about. */
export function timeConfig(input: TimeConfigInput): TimeConfig {
  const startDays = input.startDays ?? 0;
  const endDays = input.endDays;
  return {
    startDays,
    endDays,
    landmarks: (input.landmarks ?? [])
      .filter((l) => l.tDays >= startDays && l.tDays <= endDays)
      .map(({ tDays, label }) => ({ tDays, label }))
      .sort((a, b) => a.tDays - b.tDays),
    stepDays: input.stepDays ?? (endDays - startDays) / 100,
    speeds: input.speeds ?? DEFAULT_SPEEDS,
    daysPerSecond: input.daysPerSecond ?? 1,
    quantum: input.quantum ?? 1 / 1440,
    ...(input.loop ? { loop: true } : {}),
  };
}

/** A key that changes exactly when the configuration does (for effects and memo keys). */
export function timeConfigKey(config: TimeConfig): string {
  return JSON.stringify(config);
}

export function quantize(t: number, quantum: number): number {
  return Math.round(t / quantum) * quantum;
}

/** t kept inside the timeline and on its grid. */
export function clampTime(t: number, config: TimeConfig): number {
  const q = quantize(Math.min(config.endDays, Math.max(config.startDays, t)), config.quantum);
  return Math.min(config.endDays, Math.max(config.startDays, q));
}

export function initialTime(config: TimeConfig, speed = 1): TimeState {
  return { t: config.startDays, playing: false, speed: config.speeds.includes(speed) ? speed : (config.speeds[0] ?? 1) };
}

/** The next (direction 1) or previous (−1) landmark strictly beyond t, if any. */
export function adjacentLandmark(t: number, landmarks: readonly Landmark[], direction: 1 | -1): number | undefined {
  const sorted = landmarks.map((l) => l.tDays).sort((a, b) => a - b);
  const epsilon = 1e-9;
  return direction > 0 ? sorted.find((l) => l > t + epsilon) : [...sorted].reverse().find((l) => l < t - epsilon);
}

/** Nearest landmark within `toleranceDays` of t, or t itself. */
export function snapToLandmark(t: number, landmarks: readonly Landmark[], toleranceDays: number): number {
  let best = t;
  let bestDistance = toleranceDays;
  for (const { tDays: landmark } of landmarks) {
    const distance = Math.abs(landmark - t);
    if (distance <= bestDistance) {
      best = landmark;
      bestDistance = distance;
    }
  }
  return best;
}

function same(a: TimeState, b: TimeState): boolean {
  return a.t === b.t && a.playing === b.playing && a.speed === b.speed;
}

/** The one reducer of every time control. Returns the same object when nothing changes. */
export function reduceTime(time: TimeState, action: TimeAction, config: TimeConfig): TimeState {
  let next: TimeState;
  switch (action.type) {
    case 'play': {
      const from = clampTime(action.from ?? time.t, config);
      // At the end, Play starts again from the beginning.
      next = { ...time, t: from >= config.endDays ? config.startDays : from, playing: true };
      break;
    }
    case 'pause':
      next = { ...time, t: clampTime(action.t ?? time.t, config), playing: false };
      break;
    case 'toggle':
      return reduceTime(time, time.playing ? { type: 'pause', ...(action.from !== undefined ? { t: action.from } : {}) } : { type: 'play', ...(action.from !== undefined ? { from: action.from } : {}) }, config);
    case 'seek':
      next = { ...time, t: clampTime(action.t, config) };
      break;
    case 'step': {
      const from = action.from ?? time.t;
      const target = action.toLandmark ? adjacentLandmark(from, config.landmarks, action.direction) : from + action.direction * config.stepDays;
      next = { ...time, playing: false, t: clampTime(target ?? (action.direction > 0 ? config.endDays : config.startDays), config) };
      break;
    }
    case 'speed':
      next = config.speeds.includes(action.speed) ? { ...time, speed: action.speed } : time;
      break;
    case 'reset':
      next = { ...time, t: config.startDays, playing: false };
      break;
    case 'tick': {
      if (!time.playing) return time;
      const t = clampTime(action.t, config);
      next = t >= config.endDays && !config.loop ? { ...time, t: config.endDays, playing: false } : { ...time, t };
      break;
    }
  }
  // Nothing plays at the end of a timeline that does not loop.
  if (next.playing && !config.loop && next.t >= config.endDays) next = { ...next, playing: false };
  return same(next, time) ? time : next;
}

/** A time state made valid for a (new) configuration: t clamped into the timeline, an offered speed. */
export function fitTime(time: TimeState, config: TimeConfig): TimeState {
  const t = clampTime(time.t, config);
  const speed = config.speeds.includes(time.speed) ? time.speed : config.speeds.includes(1) ? 1 : (config.speeds[0] ?? 1);
  const playing = time.playing && (t < config.endDays || config.loop === true);
  return t === time.t && speed === time.speed && playing === time.playing ? time : { t, speed, playing };
}

/** A figure state with its `time` moved by a time action (the same object when the time does not change). */
export function withTimeAction<S extends { time: TimeState }>(state: S, action: TimeAction, config: TimeConfig): S {
  const time = reduceTime(state.time, action, config);
  return time === state.time ? state : { ...state, time };
}

/** A time control's action, as every animated figure's reducer takes it. */
export interface TimeFigureAction {
  type: 'time';
  action: TimeAction;
}

/** Reset: back to the figure's start state. */
export interface ResetFigureAction {
  type: 'reset';
}

/**
 * An animated figure's reducer: a time action moves the state's time on the figure's timeline (`config`, or
 * the one its state chooses), Reset returns `defaults`, and the figure's own actions go to `reduceOwn`.
 */
export function animatedReducer<S extends { time: TimeState }, A extends { type: string }>(
  defaults: S,
  config: TimeConfig | ((state: S) => TimeConfig),
  reduceOwn: (state: S, action: Exclude<A, TimeFigureAction | ResetFigureAction>) => S,
): (state: S, action: A) => S {
  return (state, action) => {
    if (action.type === 'time') return withTimeAction(state, (action as unknown as TimeFigureAction).action, typeof config === 'function' ? config(state) : config);
    if (action.type === 'reset') return defaults;
    return reduceOwn(state, action as Exclude<A, TimeFigureAction | ResetFigureAction>);
  };
}

// "Play to 24 h, then pause" as the audience sees it: entering a scripted step in order, its figure starts at the
// beginning of its timeline and plays with its own clock; as the clock's reported time nears the script's time, the
// exact scripted state (that time, paused) is put in the store — so the step always ends in exactly its state.
import type { AnyFigureKind } from '../state/figure-kind';
import type { AtlasState, AtlasStore, FigureEntry } from '../state/store';
import type { TimeState } from '../state/time';

export interface PlayToTimers {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realTimers: PlayToTimers = {
  now: () => performance.now(),
  setTimeout: (fn, ms) => window.setTimeout(fn, ms),
  clearTimeout: (handle) => window.clearTimeout(handle as number),
};

/** With no report from the figure's clock for this long (it is not on screen), the step's state is set at once. */
export const SILENT_CLOCK_MS = 1500;

function timeOf(state: unknown): TimeState | null {
  const time = (state as { time?: TimeState } | null)?.time;
  return time && typeof time.t === 'number' && typeof time.playing === 'boolean' ? time : null;
}

/**
 * The state the figure starts playing from: the script's fields without its time (the timeline's start), playing —
 * or null when the script does not pause at a time later than that start (nothing to play).
 */
export function playStart(kind: AnyFigureKind, fields: Readonly<Record<string, string>>): { start: unknown; final: unknown } | null {
  if (fields.t === undefined || fields.play === '1') return null;
  const final = kind.decode(new Map(Object.entries(fields)));
  const { t: _t, ...rest } = fields;
  const start = kind.decode(new Map([...Object.entries(rest), ['play', '1']]));
  const finalTime = timeOf(final);
  const startTime = timeOf(start);
  if (!finalTime || !startTime || finalTime.t <= startTime.t) return null;
  return { start, final };
}

/**
 * Plays figure `id` from `start` to the time of `final`, then sets `final` exactly. Stops without touching the figure
 * if the reader takes over (pauses, seeks back), or when `stillHere` says the step has been left. Returns the stop.
 */
export function playTo(store: AtlasStore, id: string, kind: string, start: unknown, final: unknown, stillHere: (state: AtlasState) => boolean, timers: PlayToTimers = realTimers): () => void {
  const target = timeOf(final)!.t;
  let lastT = timeOf(start)!.t;
  let lastWall = timers.now();
  let finishTimer: unknown = null;
  let silentTimer: unknown = null;
  let done = false;

  const stop = () => {
    if (done) return;
    done = true;
    unsubscribe();
    if (finishTimer !== null) timers.clearTimeout(finishTimer);
    if (silentTimer !== null) timers.clearTimeout(silentTimer);
  };
  const finish = () => {
    if (done) return;
    stop();
    const entry: FigureEntry = { kind, state: final };
    if (stillHere(store.getState())) store.dispatch({ type: 'figure', id, kind: entry.kind, state: entry.state });
  };
  const armSilent = () => {
    if (silentTimer !== null) timers.clearTimeout(silentTimer);
    silentTimer = timers.setTimeout(finish, SILENT_CLOCK_MS);
  };

  store.dispatch({ type: 'figure', id, kind, state: start });
  const unsubscribe = store.subscribe(() => {
    const state = store.getState();
    if (!stillHere(state)) return stop();
    const time = timeOf(state.figures[id]?.state);
    if (!time || !time.playing || time.t < lastT - 1e-9) return stop();
    if (time.t >= target) return finish();
    const wall = timers.now();
    const rate = (time.t - lastT) / Math.max(1, wall - lastWall);
    lastT = time.t;
    lastWall = wall;
    armSilent();
    // The next report would pass the target: finish when the clock gets there.
    if (rate > 0 && time.t + rate * 400 >= target) {
      if (finishTimer !== null) timers.clearTimeout(finishTimer);
      finishTimer = timers.setTimeout(finish, (target - time.t) / rate);
    }
  });
  armSilent();
  return stop;
}

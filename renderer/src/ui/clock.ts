// The figure clock: time is view state (DESIGN.md). A small external store holding t (days), playing and
// speed; a requestAnimationFrame loop advances t while playing, or — with reduced motion — jumps in stepped
// frames at the same simulated times. Per-frame listeners draw through refs; React reads it throttled.
import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';

export interface ClockOptions {
  /** Last time the clock can show (days). */
  endDays: number;
  startDays?: number;
  /** Times worth stopping at (dose step, end of infusion, cycle 2…), in days. */
  landmarks?: readonly number[];
  /** Simulated days per wall-clock second at speed 1. */
  daysPerSecond?: number;
  /** Size of one step forward/back (days); also the reduced-motion frame spacing. */
  stepDays?: number;
  /** Speeds offered (multipliers). */
  speeds?: readonly number[];
  /** Whether the clock loops at the end instead of stopping. */
  loop?: boolean;
}

export interface ClockState {
  t: number;
  playing: boolean;
  speed: number;
}

type Listener = () => void;

/** Nearest landmark within `toleranceDays` of t, or t itself. */
export function snapToLandmark(t: number, landmarks: readonly number[], toleranceDays: number): number {
  let best = t;
  let bestDistance = toleranceDays;
  for (const landmark of landmarks) {
    const distance = Math.abs(landmark - t);
    if (distance <= bestDistance) {
      best = landmark;
      bestDistance = distance;
    }
  }
  return best;
}

/** The next (direction 1) or previous (−1) landmark strictly beyond t, if any. */
export function adjacentLandmark(t: number, landmarks: readonly number[], direction: 1 | -1): number | undefined {
  const sorted = [...landmarks].sort((a, b) => a - b);
  const epsilon = 1e-9;
  return direction > 0 ? sorted.find((l) => l > t + epsilon) : [...sorted].reverse().find((l) => l < t - epsilon);
}

/** Formats a model time for people: "day 2, 06:00" (days counted from 0 = start of infusion). */
export function formatDayTime(tDays: number): string {
  const totalMinutes = Math.round(tDays * 24 * 60);
  const day = Math.floor(totalMinutes / (24 * 60));
  const minutes = totalMinutes - day * 24 * 60;
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `day ${day}, ${hh}:${mm}`;
}

export class FigureClock {
  readonly endDays: number;
  readonly startDays: number;
  readonly landmarks: readonly number[];
  readonly daysPerSecond: number;
  readonly stepDays: number;
  readonly speeds: readonly number[];
  readonly loop: boolean;
  private state: ClockState;
  private readonly listeners = new Set<Listener>();
  private readonly frameListeners = new Set<(t: number) => void>();
  private frame = 0;
  private lastWall = 0;
  private steppedTimer: ReturnType<typeof setInterval> | undefined;
  /** When true, playing advances in discrete frames (reduced motion) instead of continuously. */
  reducedMotion = false;

  constructor(options: ClockOptions) {
    this.startDays = options.startDays ?? 0;
    this.endDays = options.endDays;
    this.landmarks = [...(options.landmarks ?? [])].filter((l) => l >= this.startDays && l <= this.endDays).sort((a, b) => a - b);
    this.daysPerSecond = options.daysPerSecond ?? 1;
    this.stepDays = options.stepDays ?? (this.endDays - this.startDays) / 100;
    this.speeds = options.speeds ?? [0.25, 0.5, 1, 2, 4];
    this.loop = options.loop ?? false;
    this.state = { t: this.startDays, playing: false, speed: 1 };
  }

  getState = (): ClockState => this.state;

  /** Subscribe to state changes (t, playing, speed). Returns the unsubscribe function. */
  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Subscribe to every change of t, for per-frame drawing through refs. */
  onTime(listener: (t: number) => void): () => void {
    this.frameListeners.add(listener);
    listener(this.state.t);
    return () => this.frameListeners.delete(listener);
  }

  private set(patch: Partial<ClockState>): void {
    const next = { ...this.state, ...patch };
    const tChanged = next.t !== this.state.t;
    this.state = next;
    if (tChanged) for (const l of this.frameListeners) l(next.t);
    for (const l of this.listeners) l();
  }

  seek(tDays: number): void {
    this.set({ t: Math.min(this.endDays, Math.max(this.startDays, tDays)) });
  }

  /** Moves one step (or to the adjacent landmark when `toLandmark`) forward or back; pauses. */
  step(direction: 1 | -1, toLandmark = false): void {
    this.pause();
    const target = toLandmark ? adjacentLandmark(this.state.t, this.landmarks, direction) : this.state.t + direction * this.stepDays;
    this.seek(target ?? (direction > 0 ? this.endDays : this.startDays));
  }

  setSpeed(speed: number): void {
    this.set({ speed });
  }

  reset(): void {
    this.pause();
    this.seek(this.startDays);
  }

  play(): void {
    if (this.state.playing) return;
    if (this.state.t >= this.endDays) this.seek(this.startDays);
    this.set({ playing: true });
    if (this.reducedMotion) {
      // Stepped frames at the same simulated times as continuous play would pass through.
      this.steppedTimer = setInterval(() => this.advance(this.stepDays), 700);
      return;
    }
    this.lastWall = performance.now();
    const tick = (now: number) => {
      const dtSeconds = Math.min(0.1, (now - this.lastWall) / 1000);
      this.lastWall = now;
      this.advance(dtSeconds * this.daysPerSecond * this.state.speed);
      if (this.state.playing) this.frame = requestAnimationFrame(tick);
    };
    this.frame = requestAnimationFrame(tick);
  }

  private advance(dtDays: number): void {
    let t = this.state.t + dtDays;
    if (t >= this.endDays) {
      if (this.loop) t = this.startDays + ((t - this.startDays) % (this.endDays - this.startDays));
      else {
        this.set({ t: this.endDays });
        this.pause();
        return;
      }
    }
    this.set({ t });
  }

  pause(): void {
    cancelAnimationFrame(this.frame);
    if (this.steppedTimer !== undefined) clearInterval(this.steppedTimer);
    this.steppedTimer = undefined;
    if (this.state.playing) this.set({ playing: false });
  }

  toggle(): void {
    if (this.state.playing) this.pause();
    else this.play();
  }

  dispose(): void {
    this.pause();
    this.listeners.clear();
    this.frameListeners.clear();
  }
}

/** A clock owned by a component; disposed on unmount; follows the reduced-motion preference. */
export function useFigureClock(options: ClockOptions, reducedMotion: boolean): FigureClock {
  const key = JSON.stringify(options);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const clock = useMemo(() => new FigureClock(options), [key]);
  useEffect(() => () => clock.dispose(), [clock]);
  useEffect(() => {
    const wasPlaying = clock.getState().playing;
    clock.pause();
    clock.reducedMotion = reducedMotion;
    if (wasPlaying) clock.play();
  }, [clock, reducedMotion]);
  return clock;
}

/** The clock's state for React, re-rendering at most every `throttleMs` while playing. */
export function useClockState(clock: FigureClock, throttleMs = 250): ClockState {
  const cached = useRef<{ clock: FigureClock; state: ClockState; at: number }>({ clock, state: clock.getState(), at: 0 });
  const subscribe = useMemo(
    () => (notify: () => void) =>
      clock.subscribe(() => {
        const state = clock.getState();
        const now = performance.now();
        const prev = cached.current;
        if (prev.clock !== clock || !state.playing || prev.state.playing !== state.playing || prev.state.speed !== state.speed || now - prev.at >= throttleMs) {
          cached.current = { clock, state, at: now };
          notify();
        }
      }),
    [clock, throttleMs],
  );
  // Only playback is throttled: a paused clock (or a new one, e.g. after its options changed and it was
  // seeked before this hook subscribed) is always read as it is.
  const getSnapshot = (): ClockState => {
    const state = clock.getState();
    const prev = cached.current;
    if (prev.clock !== clock || (!state.playing && prev.state !== state)) cached.current = { clock, state, at: performance.now() };
    return cached.current.state;
  };
  return useSyncExternalStore(subscribe, getSnapshot);
}

// The figure clock: the engine that animates a figure's time state (state/time.ts). The state says where
// the figure is and whether it plays; the engine moves a live t between those states on
// requestAnimationFrame (or in stepped frames under reduced motion), calls per-frame listeners that draw
// through refs, and reports its position back as 'tick' actions a few times a second. It is created once
// per figure and reconfigured — never re-created — when the figure's inputs change its timeline.
import { useEffect, useLayoutEffect, useRef } from 'react';
import { clampTime, timeConfigKey, type TimeAction, type TimeConfig, type TimeState } from '../state/time';

/** How often a playing clock reports its position to the state (ms). */
export const REPORT_EVERY_MS = 250;
/** Wall-clock spacing of stepped frames under reduced motion (ms). */
export const STEPPED_FRAME_MS = 700;

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
  private cfg: TimeConfig;
  private live: number;
  private running = false;
  private speed = 1;
  /** The last t this engine reported or was told (on the state's grid): a state with another t is a seek. */
  private known: number;
  private frame = 0;
  private lastWall = 0;
  private lastReport = 0;
  private steppedTimer: ReturnType<typeof setInterval> | undefined;
  private readonly frameListeners = new Set<(t: number) => void>();
  /** Where position reports go (the figure's dispatch of time actions). */
  reporter: ((action: TimeAction) => void) | null = null;
  /** When true, playing advances in discrete frames (reduced motion) instead of continuously. */
  reducedMotion = false;

  constructor(config: TimeConfig, time?: TimeState) {
    this.cfg = config;
    this.live = clampTime(time?.t ?? config.startDays, config);
    this.known = this.live;
    this.speed = time?.speed ?? 1;
  }

  get config(): TimeConfig {
    return this.cfg;
  }

  /** The live position (between reports while playing). */
  now(): number {
    return this.live;
  }

  get playing(): boolean {
    return this.running;
  }

  /** Subscribe to every change of t, for per-frame drawing through refs; called at once with the current t. */
  onTime(listener: (t: number) => void): () => void {
    this.frameListeners.add(listener);
    listener(this.live);
    return () => this.frameListeners.delete(listener);
  }

  private setLive(t: number): void {
    if (t === this.live) return;
    this.live = t;
    for (const l of [...this.frameListeners]) l(t);
  }

  /** A new timeline (span, landmarks, step): the live time is kept, clamped into it. */
  configure(config: TimeConfig): void {
    if (timeConfigKey(config) === timeConfigKey(this.cfg)) return;
    this.cfg = config;
    const t = clampTime(this.live, config);
    this.known = t;
    this.setLive(t);
  }

  /** Brings the engine to a time state (from the atlas state): seeks, starts or stops, sets the speed. */
  apply(time: TimeState): void {
    this.speed = time.speed;
    if (time.t !== this.known) {
      this.known = time.t;
      this.setLive(time.t);
    }
    if (time.playing && !this.running) this.start();
    else if (!time.playing && this.running) {
      this.stop();
      this.setLive(time.t);
    }
  }

  private report(force = false): void {
    const now = performance.now();
    if (!force && now - this.lastReport < REPORT_EVERY_MS) return;
    this.lastReport = now;
    this.known = clampTime(this.live, this.cfg);
    this.reporter?.({ type: 'tick', t: this.live });
  }

  private start(): void {
    this.running = true;
    this.lastReport = performance.now();
    if (this.reducedMotion) {
      // Stepped frames at the same simulated times continuous play would pass through.
      this.steppedTimer = setInterval(() => {
        this.advance(this.cfg.stepDays);
        if (this.running) this.report(true);
      }, STEPPED_FRAME_MS);
      return;
    }
    this.lastWall = performance.now();
    const tick = (now: number) => {
      const dtSeconds = Math.min(0.1, Math.max(0, (now - this.lastWall) / 1000));
      this.lastWall = now;
      this.advance(dtSeconds * this.cfg.daysPerSecond * this.speed);
      if (this.running) {
        this.report();
        this.frame = requestAnimationFrame(tick);
      }
    };
    this.frame = requestAnimationFrame(tick);
  }

  private advance(dt: number): void {
    const { startDays, endDays, loop } = this.cfg;
    let t = this.live + dt;
    if (t >= endDays) {
      if (loop) t = startDays + ((t - startDays) % (endDays - startDays));
      else {
        this.setLive(endDays);
        this.stop();
        this.known = endDays;
        this.reporter?.({ type: 'tick', t: endDays });
        return;
      }
    }
    this.setLive(t);
  }

  /** Stops the animation (the state decides whether the figure is playing; unmounting stops it too). */
  stop(): void {
    cancelAnimationFrame(this.frame);
    if (this.steppedTimer !== undefined) clearInterval(this.steppedTimer);
    this.steppedTimer = undefined;
    this.running = false;
  }

  /** Restarts stepped or continuous playing after the reduced-motion preference changed. */
  setReducedMotion(reduce: boolean): void {
    if (reduce === this.reducedMotion) return;
    this.reducedMotion = reduce;
    if (this.running) {
      this.stop();
      this.start();
    }
  }
}

/**
 * The engine of one figure's time state: created once, reconfigured when `config` changes, following
 * `time`, and reporting its position through `dispatch`.
 */
export function useClock(time: TimeState, config: TimeConfig, dispatch: (action: TimeAction) => void, reducedMotion: boolean): FigureClock {
  const ref = useRef<FigureClock | null>(null);
  if (!ref.current) ref.current = new FigureClock(config, time);
  const clock = ref.current;
  const key = timeConfigKey(config);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => clock.configure(config), [clock, key]);
  useLayoutEffect(() => clock.setReducedMotion(reducedMotion), [clock, reducedMotion]);
  useLayoutEffect(() => clock.apply(time), [clock, time]);
  useEffect(() => {
    clock.reporter = dispatch;
    return () => {
      clock.reporter = null;
    };
  }, [clock, dispatch]);
  useEffect(() => {
    // a remount (StrictMode, or the figure coming back) resumes what the state says
    clock.apply(time);
    return () => clock.stop();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [clock]);
  return clock;
}

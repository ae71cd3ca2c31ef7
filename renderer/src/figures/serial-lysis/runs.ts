// Agent runs as pure functions of (settings, seed): the world after k steps is reproduced by stepping a
// world made from the settings. A small cache keeps recent runs (the current one and the one before a
// change), so nothing is stepped twice; a run needed from a link is replayed in short slices off the
// critical path.
import { useEffect, useState } from 'react';
import { LysisRunner } from './runner';
import { worldOptions, type LysisFigureSettings } from './scenario';
import type { PreviousRun } from './state';

const CACHE_SIZE = 4;
const cache = new Map<string, LysisRunner>();

function keyOf(settings: LysisFigureSettings): string {
  return JSON.stringify(settings, Object.keys(settings).sort());
}

/** The run of these settings (shared; the same settings always give the same frames). */
export function runFor(settings: LysisFigureSettings): LysisRunner {
  const key = keyOf(settings);
  let run = cache.get(key);
  if (run) {
    cache.delete(key);
  } else {
    run = new LysisRunner(worldOptions(settings));
  }
  cache.set(key, run); // most recent last
  while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return run;
}

/** Milliseconds of stepping per slice while a run is replayed for its history. */
const SLICE_MS = 8;

export interface PreviousCurve {
  history: Uint16Array;
  lastStep: number;
  initial: number;
}

/**
 * The surviving-targets history of the previous run up to its last step: at once when the run is cached
 * (it just ran), else replayed from its seed in slices; null until then.
 */
export function usePreviousCurve(previous: PreviousRun | null): PreviousCurve | null {
  const [, setReady] = useState(0);
  const run = previous ? runFor(previous.settings) : null;
  const untilStep = previous ? Math.min(previous.untilStep, run!.maxSteps) : 0;
  const done = run !== null && run.recordedSteps >= untilStep;
  useEffect(() => {
    if (!run || done) return;
    let timer: ReturnType<typeof setTimeout>;
    const slice = (): void => {
      const end = performance.now() + SLICE_MS;
      let step = run.recordedSteps;
      while (step < untilStep && performance.now() < end) {
        step = Math.min(untilStep, step + 20);
        run.seekStep(step);
      }
      if (run.recordedSteps >= untilStep) setReady((n) => n + 1);
      else timer = setTimeout(slice, 0);
    };
    timer = setTimeout(slice, 0);
    return () => clearTimeout(timer);
  }, [run, untilStep, done]);
  return run && done ? { history: run.targetsAlive, lastStep: untilStep, initial: run.world.nTargets } : null;
}

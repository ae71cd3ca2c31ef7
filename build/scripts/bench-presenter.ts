// Benchmark of the presenter view (issue 15): a presenter action is sent to the audience window over the mirror and
// painted there — measured from the presenter's keydown to the audience's next animation frame after its step (or
// blackout) changed, on one clock (performance.timeOrigin + now is shared by pages of one browser).
// Budget: one 60 Hz frame (16.7 ms), median, at a lecturer's pace (one action every 400 ms: a step is read, not
// flicked through). Also reported, without a budget: the same at a flicking pace (one every 120 ms, when the previous
// step's layout and painting are still running in both windows on this 2-core machine), and every step of the lesson
// entered for the first time, in order, as in a lecture (a figure's first mount loads its code and runs the model).
import type { Browser, Page } from '@playwright/test';
import type { BenchResult } from './bench-types';

const WARMUP = 4;
const MEASURED = 30;
const LECTURE_PACE_MS = 400;
const FLICK_PACE_MS = 120;

interface Windows {
  audience: Page;
  presenter: Page;
  close(): Promise<void>;
}

async function openWindows(browser: Browser, base: string, slug: string, step: number, settleMs = 500): Promise<Windows> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
  const audience = await context.newPage();
  await audience.goto(`${base}index.html#/present/${slug}/${step}`);
  await audience.waitForSelector('.presentation');
  const presenter = await context.newPage();
  await presenter.goto(`${base}index.html?view=presenter#/present/${slug}/${step}`);
  await presenter.waitForSelector('.presenter-panel');
  // The audience window is on the projector, in front: headless Chromium draws a window hidden behind another at about
  // one frame a second (measured: ~800 ms from a mirrored step to the audience's next frame when it is behind).
  await audience.bringToFront();
  await audience.waitForTimeout(settleMs);
  // A string, not a function: tsx would wrap a named inner function in a helper the page does not have.
  await audience.evaluate(`(() => {
    const root = document.querySelector('.presentation');
    const w = window;
    w.__changes = 0;
    w.__painted = [];
    w.__complete = [];
    new MutationObserver(() => {
      const k = w.__changes++;
      const now = () => performance.timeOrigin + performance.now();
      requestAnimationFrame(() => (w.__painted[k] = now()));
      // Complete: the first frame in which no figure of the step is still loading.
      const complete = () => {
        if (document.querySelector('.present-step:not([hidden]) .figure-loading')) requestAnimationFrame(complete);
        else w.__complete[k] = now();
      };
      requestAnimationFrame(complete);
    }).observe(root, { attributes: true, attributeFilter: ['data-step', 'data-blackout'] });
  })()`);
  return { audience, presenter, close: () => context.close() };
}

/** Presses `key` in the presenter view; the time from the keydown to the audience's next frame after it changed. */
async function mirrored(windows: Windows, key: string): Promise<number> {
  return (await mirroredAndComplete(windows, key)).painted;
}

/** …and also to the audience's first frame with every figure of the step drawn (none still loading). */
async function mirroredAndComplete({ audience, presenter }: Windows, key: string): Promise<{ painted: number; complete: number }> {
  const before = await audience.evaluate(() => (window as unknown as { __changes: number }).__changes);
  const sent = await presenter.evaluate((key) => {
    const at = performance.timeOrigin + performance.now();
    window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    return at;
  }, key);
  await audience.waitForFunction((n) => (window as unknown as { __painted: number[] }).__painted[n] !== undefined, before, { timeout: 5000 });
  const painted = await audience.evaluate((n) => (window as unknown as { __painted: number[] }).__painted[n]!, before);
  await audience.waitForFunction((n) => (window as unknown as { __complete: number[] }).__complete[n] !== undefined, before, { timeout: 5000 });
  const complete = await audience.evaluate((n) => (window as unknown as { __complete: number[] }).__complete[n]!, before);
  return { painted: painted - sent, complete: complete - sent };
}

const at = (samples: number[], q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;

export async function runPresenterBench(browser: Browser, base: string, slug = 'cns-toxicity-and-crs', steps: [number, number] = [7, 8]): Promise<BenchResult[]> {
  const alternate = async (keys: [string, string], pace: number): Promise<number[]> => {
    const windows = await openWindows(browser, base, slug, steps[0]);
    try {
      const samples: number[] = [];
      for (let k = 0; k < WARMUP + MEASURED; k += 1) {
        const started = Date.now();
        const ms = await mirrored(windows, k % 2 === 0 ? keys[0] : keys[1]);
        if (k >= WARMUP) samples.push(ms);
        await windows.presenter.waitForTimeout(Math.max(0, pace - (Date.now() - started)));
      }
      return samples.sort((a, b) => a - b);
    } finally {
      await windows.close();
    }
  };
  const firstVisits = async (): Promise<{ painted: number[]; complete: number[] }> => {
    // The lecturer opens both windows and starts talking: the first steps are not taken while the windows still load.
    const windows = await openWindows(browser, base, slug, 1, 2000);
    try {
      const count = Number(await windows.audience.evaluate(() => document.querySelector('.present-counter')?.textContent?.split('/')[1]));
      const painted: number[] = [];
      const complete: number[] = [];
      for (let step = 2; step <= count; step += 1) {
        const started = Date.now();
        const sample = await mirroredAndComplete(windows, 'ArrowRight');
        painted.push(sample.painted);
        complete.push(sample.complete);
        if (process.env.BENCH_VERBOSE) console.error(`step ${step}: ${sample.painted.toFixed(1)} ms, complete ${sample.complete.toFixed(1)} ms`);
        await windows.presenter.waitForTimeout(Math.max(0, LECTURE_PACE_MS - (Date.now() - started)));
      }
      return { painted: painted.sort((a, b) => a - b), complete: complete.sort((a, b) => a - b) };
    } finally {
      await windows.close();
    }
  };

  const lecture = await alternate(['ArrowRight', 'ArrowLeft'], LECTURE_PACE_MS);
  const first = await firstVisits();
  const flick = await alternate(['ArrowRight', 'ArrowLeft'], FLICK_PACE_MS);
  const blackout = await alternate(['b', 'b'], LECTURE_PACE_MS);
  const row = (name: string, samples: number[], budget: number): BenchResult => ({ name, median: at(samples, 0.5), p95: at(samples, 0.95), unit: 'ms', budget, budgetKind: 'max', runs: samples.length });
  return [
    row(`presenter view: next/previous step mirrored and painted on the audience screen (step ${steps[0]} ↔ ${steps[1]}, one every ${LECTURE_PACE_MS} ms)`, lecture, 16.7),
    row(`presenter view: every step of the lesson entered for the first time, in order, mirrored and painted (one every ${LECTURE_PACE_MS} ms; report only: a figure's first mount loads and computes it)`, first.painted, Infinity),
    row(`presenter view: the same, until every figure of the step is drawn (none still loading; report only)`, first.complete, Infinity),
    row(`presenter view: blackout on/off mirrored and painted on the audience screen`, blackout, 16.7),
    // Reported, not held to the frame: flicking faster than the windows finish laying out the previous step.
    row(`presenter view: next/previous step mirrored at a flicking pace (one every ${FLICK_PACE_MS} ms; report only)`, flick, Infinity),
  ];
}

// Benchmark of the PK/PD explorer (issue 4, Performance): a slider change re-simulates and redraws every
// linked chart within one 60 Hz frame (median ≤ 16.7 ms; p95 reported), measured inside the page on the "Marrow blasts (%)" slider.
import type { Page } from '@playwright/test';
import type { BenchResult } from './bench-types';

/** One 60 Hz frame [ms]. */
export const FRAME_BUDGET_MS = 1000 / 60;

const WARMUP_CHANGES = 6;
const MEASURED_CHANGES = 40;

interface Sample {
  /** Input event dispatched → the frame with the updated charts has been laid out and painted [ms]. */
  frameMs: number;
  /** Input event dispatched → React has re-simulated and committed (scripting only) [ms]. */
  scriptMs: number;
  /** Input event dispatched → the metrics readouts (deferred text) show the new run [ms]; NaN if never. */
  textMs: number;
  /** Chart paths whose `d` changed with this input. */
  changedPaths: number;
}

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

function result(name: string, values: readonly number[], budget: number): BenchResult {
  return { name, median: quantile(values, 0.5), p95: quantile(values, 0.95), unit: 'ms', budget, budgetKind: 'max', runs: values.length };
}

/**
 * Opens `url` (a page showing the explorer), then changes the "Marrow blasts (%)" slider ≥ 30 times and
 * measures inside the page: each change is dispatched as an input event at the start of an animation
 * frame (inside requestAnimationFrame, so no time is spent waiting for vsync), and the time runs until a
 * message posted from that frame arrives — i.e. after the frame's re-simulation, React commit, style,
 * layout and paint (and any React work queued before the message). A change that did not redraw the
 * charts fails the benchmark. Informational series: until the metrics readouts (text computed from a
 * deferred copy of the run) show the new values; and real arrow-key presses through Playwright, from the
 * keydown to the painted frame, which includes the wait for the next vsync.
 */
export async function runExplorerBench(page: Page, url: string): Promise<BenchResult[]> {
  await page.goto(url);
  // tsx/esbuild (keepNames) wraps named functions in __name(); the functions below run in the page, so give
  // it the identity helper there (a string, so the transform cannot touch it).
  await page.evaluate('globalThis.__name = globalThis.__name || function (f) { return f; }');
  const root = page.locator('[data-figure="pkpd-explorer"]').first();
  await root.locator('.ts-chart').first().waitFor();
  const slider = root.getByRole('slider', { name: 'Marrow blasts (%)', exact: true });
  await slider.waitFor();
  const sliderHandle = await slider.elementHandle();
  const rootHandle = await root.elementHandle();
  if (!sliderHandle || !rootHandle) throw new Error('bench-explorer: explorer or "Marrow blasts (%)" slider not found');

  const samples = await page.evaluate(
    async ({ input, figure, warmup, measured }) => {
      const slider = input as HTMLInputElement;
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      const paths = (): string[] => Array.from(figure.querySelectorAll('.ts-series path'), (p) => p.getAttribute('d') ?? '');
      const min = Number(slider.min);
      const max = Number(slider.max);
      const span = max - min;
      const nextFrame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));
      const readouts = figure.querySelector('.pk-readouts') ?? figure;
      const change = (value: number): Promise<{ frameMs: number; scriptMs: number; textMs: number; changedPaths: number }> =>
        new Promise((resolve) => {
          requestAnimationFrame(() => {
            const before = paths();
            let tText = Number.NaN;
            const observer = new MutationObserver(() => {
              if (Number.isNaN(tText)) tText = performance.now();
            });
            observer.observe(readouts, { subtree: true, childList: true, characterData: true });
            const t0 = performance.now();
            setValue.call(slider, String(value));
            slider.dispatchEvent(new Event('input', { bubbles: true }));
            let tScript = performance.now();
            // React flushes a discrete update at the latest in a microtask queued during dispatch: ours runs after it.
            queueMicrotask(() => {
              tScript = performance.now();
            });
            const channel = new MessageChannel();
            channel.port1.onmessage = () => {
              const t1 = performance.now();
              const after = paths();
              const changedPaths = after.filter((d, i) => d !== before[i]).length;
              channel.port1.close();
              // the readouts are text computed from a deferred copy of the run: wait (≤ 1 s) until they change
              const waitForText = (deadline: number): void => {
                if (!Number.isNaN(tText) || performance.now() > deadline) {
                  observer.disconnect();
                  resolve({ frameMs: t1 - t0, scriptMs: tScript - t0, textMs: tText - t0, changedPaths });
                } else setTimeout(() => waitForText(deadline), 0);
              };
              waitForText(performance.now() + 1000);
            };
            channel.port2.postMessage(null);
          });
        });
      const out: { frameMs: number; scriptMs: number; textMs: number; changedPaths: number }[] = [];
      for (let i = 0; i < warmup + measured; i++) {
        // sweep the slider back and forth over its upper half (tens of % marrow blasts), a new value each time
        const phase = (i % 20) / 19;
        const value = Math.round(min + span * (0.55 + 0.4 * (i % 40 < 20 ? phase : 1 - phase)));
        const current = Number(slider.value);
        const sample = await change(value === current ? value - 1 : value);
        if (i >= warmup) out.push(sample);
        await nextFrame();
      }
      return out;
    },
    { input: sliderHandle, figure: rootHandle, warmup: WARMUP_CHANGES, measured: MEASURED_CHANGES },
  );

  const notRedrawn = samples.filter((s: Sample) => s.changedPaths === 0).length;
  if (notRedrawn > 0) throw new Error(`bench-explorer: ${notRedrawn} of ${samples.length} slider changes did not redraw any chart`);

  // informational: real key presses, from the keydown's timestamp to the end of the frame that showed it
  await slider.focus();
  await page.evaluate((figure) => {
    const w = window as unknown as { __explorerKeyTimes?: number[] };
    w.__explorerKeyTimes = [];
    let down = 0;
    figure.addEventListener('keydown', (e) => {
      down = e.timeStamp;
    });
    figure.addEventListener('input', () => {
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          w.__explorerKeyTimes!.push(performance.now() - down);
          channel.port1.close();
        };
        channel.port2.postMessage(null);
      });
    });
  }, rootHandle);
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press(i % 2 === 0 ? 'ArrowLeft' : 'ArrowRight');
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }
  const keyTimes = await page.evaluate(() => (window as unknown as { __explorerKeyTimes?: number[] }).__explorerKeyTimes ?? []);

  return [
    result('PK/PD explorer: marrow-blasts slider input → re-simulated, all charts redrawn and painted', samples.map((s: Sample) => s.frameMs), FRAME_BUDGET_MS),
    result('PK/PD explorer: same, scripting only (simulate + metrics + React commit)', samples.map((s: Sample) => s.scriptMs), FRAME_BUDGET_MS),
    result('PK/PD explorer: same, until the metrics readouts (deferred text) are updated (informational)', samples.map((s: Sample) => s.textMs), Infinity),
    result('PK/PD explorer: arrow key → frame painted (includes waiting for vsync; informational)', keyTimes, Infinity),
  ];
}

// Benchmark of the presenter view (issue 15): a presenter action (moving to the next step) is sent to the audience
// window over the mirror and painted there — measured from the presenter's keydown to the audience's next animation
// frame after its step changed, on one clock (performance.timeOrigin + now is shared by pages of one browser).
// Budget: one 60 Hz frame (16.7 ms), median.
import type { Browser } from '@playwright/test';
import type { BenchResult } from './bench-types';

const WARMUP = 4;
const MEASURED = 30;

export async function runPresenterBench(browser: Browser, base: string, slug = 'cns-toxicity-and-crs', steps: [number, number] = [7, 8]): Promise<BenchResult[]> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
  try {
    const audience = await context.newPage();
    await audience.goto(`${base}index.html#/present/${slug}/${steps[0]}`);
    await audience.waitForSelector('.presentation');
    const presenter = await context.newPage();
    await presenter.goto(`${base}index.html?view=presenter#/present/${slug}/${steps[0]}`);
    await presenter.waitForSelector('.presenter-panel');
    await audience.waitForTimeout(500);
    await audience.evaluate(() => {
      const root = document.querySelector('.presentation') as HTMLElement;
      const w = window as unknown as { __painted: number[] };
      w.__painted = [];
      new MutationObserver(() => {
        requestAnimationFrame(() => w.__painted.push(performance.timeOrigin + performance.now()));
      }).observe(root, { attributes: true, attributeFilter: ['data-step', 'data-blackout'] });
    });
    const measure = async (keys: [string, string]): Promise<number[]> => {
    const samples: number[] = [];
    for (let k = 0; k < WARMUP + MEASURED; k += 1) {
      const key = k % 2 === 0 ? keys[0] : keys[1];
      const before = await audience.evaluate(() => (window as unknown as { __painted: number[] }).__painted.length);
      const sent = await presenter.evaluate((key) => {
        const at = performance.timeOrigin + performance.now();
        window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
        return at;
      }, key);
      await audience.waitForFunction((n) => (window as unknown as { __painted: number[] }).__painted.length > n, before, { timeout: 5000 });
      const painted = await audience.evaluate((n) => (window as unknown as { __painted: number[] }).__painted[n]!, before);
      if (k >= WARMUP) samples.push(painted - sent);
      await presenter.waitForTimeout(120);
    }
    return samples.sort((a, b) => a - b);
    };
    const at = (samples: number[], q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
    const stepping = await measure(['ArrowRight', 'ArrowLeft']);
    const blackout = await measure(['b', 'b']);
    return [
      { name: `presenter view: next/previous step mirrored and painted on the audience screen (step ${steps[0]} ↔ ${steps[1]})`, median: at(stepping, 0.5), p95: at(stepping, 0.95), unit: 'ms', budget: 16.7, budgetKind: 'max', runs: MEASURED },
      { name: 'presenter view: blackout on/off mirrored and painted on the audience screen', median: at(blackout, 0.5), p95: at(blackout, 0.95), unit: 'ms', budget: 16.7, budgetKind: 'max', runs: MEASURED },
    ];
  } finally {
    await context.close();
  }
}

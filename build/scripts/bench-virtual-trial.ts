// Benchmark of the virtual trial (issue 11): a regimen change runs a new cohort of 200 patients in the Web
// Worker and redraws the waterfall — measured inside the page from the click to the painted frame that shows
// the result — and the page's main thread stays free meanwhile: the longest task on the renderer's main
// thread while the cohort runs, read from a Chromium trace (budget 50 ms: a "long task"), and the Long
// Tasks API's own report as a cross-check.
import type { Page } from '@playwright/test';
import type { BenchResult } from './bench-types';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of the event [µs]: excludes time the thread waited for a core. */
  tdur?: number;
  pid: number;
  tid: number;
}

const WARMUP = 2;
const MEASURED = 20;
/** Longest main-thread task the page may have while a cohort runs [ms] (a "long task" is > 50 ms). */
export const LONG_TASK_MS = 50;

interface Sample {
  /** Click → the frame showing the new cohort's waterfall has been painted [ms]. */
  doneMs: number;
  /** Long Tasks API entries that started while it ran [ms]. */
  longTasks: number[];
  /** Switching back to the previous (cached) regimen → painted [ms]. */
  cachedMs: number;
}

/**
 * The longest task (ThreadControllerImpl::RunTask) on the page's main thread between each pair of user-timing
 * marks "vt-start-i" / "vt-end-i" in a trace [ms]: by wall-clock time, or (`cpu`) by the thread's CPU time —
 * the page's own work, which other processes on a busy machine cannot stretch. The main thread is the one
 * that ran those marks.
 */
export function longestTasks(events: readonly TraceEvent[], runs: number, cpu = false): number[] {
  const marks = new Map(events.filter((e) => e.name.startsWith('vt-start-') || e.name.startsWith('vt-end-')).map((e) => [e.name, e]));
  const first = marks.get('vt-start-0');
  if (!first) throw new Error('bench-virtual-trial: the trace has no user-timing marks');
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && e.pid === first.pid && e.tid === first.tid);
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = marks.get(`vt-start-${i}`);
    const end = marks.get(`vt-end-${i}`);
    if (!start || !end) continue;
    let longest = 0;
    for (const t of tasks) if (t.ts < end.ts && t.ts + (t.dur ?? 0) > start.ts) longest = Math.max(longest, ((cpu ? t.tdur : t.dur) ?? 0) / 1000);
    out.push(longest);
  }
  return out;
}

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

function result(name: string, values: readonly number[], budget: number): BenchResult {
  return { name, median: quantile(values, 0.5), p95: quantile(values, 0.95), unit: 'ms', budget, budgetKind: 'max', runs: values.filter((v) => Number.isFinite(v)).length };
}

/**
 * Opens `url` (a lesson showing the virtual trial) and, per run: "New trial" (a fresh seed, so nothing is
 * cached) and waits until both arms are done; then, in a task of its own just after a frame (as a reader's
 * click arrives), switches to the other regimen and waits for the frame that paints its cohort; then switches
 * back (cached). The measured
 * runs are traced (top-level tasks and user-timing marks only, which cost little) to find the longest task.
 */
export async function runVirtualTrialBench(page: Page, url: string): Promise<BenchResult[]> {
  await page.goto(url);
  await page.evaluate('globalThis.__name = globalThis.__name || function (f) { return f; }');
  const root = page.locator('[data-figure="virtual-trial"]').first();
  await root.waitFor();
  await root.scrollIntoViewIfNeeded();
  await page.waitForSelector('[data-figure="virtual-trial"][data-status="done"]', { timeout: 30_000 });
  const backend = await root.getAttribute('data-backend');
  if (backend !== 'worker') throw new Error(`bench-virtual-trial: cohorts ran on "${backend}", not in a Web Worker`);
  const handle = await root.elementHandle();
  if (!handle) throw new Error('bench-virtual-trial: figure not found');
  const browser = page.context().browser();
  if (!browser) throw new Error('bench-virtual-trial: needs a launched browser (for tracing)');

  await page.evaluate(() => {
    const w = window as unknown as { __vtLongTasks: { start: number; duration: number }[] };
    w.__vtLongTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__vtLongTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask' });
  });

  const samples: Sample[] = [];
  for (let i = 0; i < WARMUP + MEASURED; i++) {
    const sample = await page.evaluate(
      async ({ el, run }) => {
        const figure = el as HTMLElement;
        const frame = figure.closest('figure')!;
        const w = window as unknown as { __vtLongTasks: { start: number; duration: number }[] };
        const regimenNow = (): string => (frame.querySelector('input[name$="-regimen"]:checked') as HTMLInputElement).value;
        const idle = (): boolean => figure.dataset.status === 'done' && !/…/.test(frame.querySelector('[data-value="mrd"]')?.textContent ?? '…');
        const until = (test: () => boolean, limitMs = 30_000): Promise<void> =>
          new Promise((resolve, reject) => {
            const deadline = performance.now() + limitMs;
            const check = (): void => {
              if (test()) resolve();
              else if (performance.now() > deadline) reject(new Error('bench-virtual-trial: timed out'));
              else setTimeout(check, 5);
            };
            check();
          });
        /** Resolves (with the time) once the frame after `test()` became true has been painted. */
        const painted = (test: () => boolean): Promise<number> =>
          new Promise((resolve) => {
            const observer = new MutationObserver(() => {
              if (!test()) return;
              observer.disconnect();
              requestAnimationFrame(() => {
                const channel = new MessageChannel();
                channel.port1.onmessage = () => {
                  channel.port1.close();
                  resolve(performance.now());
                };
                channel.port2.postMessage(null);
              });
            });
            observer.observe(figure, { attributes: true, attributeFilter: ['data-status', 'data-cohort'] });
          });
        const click = (selector: string): void => (frame.querySelector(selector) as HTMLElement).click();
        /** Clicks in a task of its own just after a frame, as a reader's click arrives (not inside the frame's work). */
        const clickAfterFrame = (selector: string, before?: () => void): Promise<number> =>
          new Promise((resolve) =>
            requestAnimationFrame(() => {
              const channel = new MessageChannel();
              channel.port1.onmessage = () => {
                channel.port1.close();
                before?.();
                const start = performance.now();
                click(selector);
                resolve(start);
              };
              channel.port2.postMessage(null);
            }),
          );

        // a fresh trial (seed), both arms run, nothing of it cached yet
        click('.vt-trial button');
        await until(() => figure.dataset.status === 'running');
        await until(idle);
        await new Promise((r) => setTimeout(r, 100));

        const from = regimenNow();
        const to = from === 'flat-15' ? 'flat-5' : 'flat-15';
        const seed = figure.dataset.cohort!.split('|')[2];
        const key = `rr|${to}|${seed}|200`;
        const t0 = await clickAfterFrame(`input[value="${to}"]`, () => performance.mark(`vt-start-${run}`));
        const t1 = await painted(() => figure.dataset.cohort === key && figure.dataset.status === 'done');
        performance.mark(`vt-end-${run}`);
        const longTasks = w.__vtLongTasks.filter((t) => t.start >= t0 && t.start <= t1).map((t) => t.duration);

        // back to the regimen before: cached, so it should be instant
        await new Promise((r) => setTimeout(r, 50));
        const back = `rr|${from}|${seed}|200`;
        const c0 = await clickAfterFrame(`input[value="${from}"]`);
        const c1 = await new Promise<number>((resolve) => {
          const done = (): void => {
            requestAnimationFrame(() => {
              const channel = new MessageChannel();
              channel.port1.onmessage = () => {
                channel.port1.close();
                resolve(performance.now());
              };
              channel.port2.postMessage(null);
            });
          };
          if (figure.dataset.cohort === back && figure.dataset.status === 'done') done();
          else void painted(() => figure.dataset.cohort === back && figure.dataset.status === 'done').then(done);
        });
        return { doneMs: t1 - t0, longTasks, cachedMs: c1 - c0 };
      },
      { el: handle, run: i - WARMUP },
    );
    if (i >= WARMUP) samples.push(sample);
    if (i === WARMUP - 1) await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing'] });
  }
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const longest = longestTasks(events, MEASURED);
  const longestCpu = longestTasks(events, MEASURED, true);
  if (longest.length !== MEASURED) throw new Error(`bench-virtual-trial: ${longest.length} of ${MEASURED} runs found in the trace`);

  return [
    result('virtual trial: regimen change → 200-patient cohort done in the worker and waterfall redrawn', samples.map((s) => s.doneMs), 1000),
    result('virtual trial: longest main-thread task while the cohort runs (Chromium trace, wall clock)', longest, LONG_TASK_MS),
    result('virtual trial: longest main-thread task in CPU time (the page’s own work, not stretched by other processes; informational)', longestCpu, Infinity),
    result('virtual trial: same, Long Tasks API (0 = none over 50 ms; informational cross-check)', samples.map((s) => Math.max(0, ...s.longTasks)), Infinity),
    result('virtual trial: switch back to a cached cohort → redrawn (informational)', samples.map((s) => s.cachedMs), Infinity),
  ];
}

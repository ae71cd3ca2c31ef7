// `npm run bench`: performance budgets, measured (never asserted in timed tests). Model benchmarks in
// Node; renderer benchmarks in the same headless Chromium the e2e tests use, over the built renderer.
// Prints a table of medians against budgets and exits 1 when a budget is missed.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { findBrowser, OFFLINE_BROWSER_FLAGS } from './find-browser.mjs';
import { serveStatic } from './static-server.mjs';
import { runModelBench } from './bench-model';
import { runQuizBench } from './bench-quiz';
import { runLysisBench } from './bench-lysis';
import { runExplorerBench } from './bench-explorer';
import { runVirtualTrialBench } from './bench-virtual-trial';
import type { BenchResult } from './bench-types';
import { runPresenterBench } from './bench-presenter';

const root = resolve(import.meta.dirname, '..', '..');
const rendererDir = join(root, 'out', 'renderer');

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/**
 * Gzipped size of the renderer's JavaScript (fonts, KaTeX's included, are not JavaScript): the atlas's code, and
 * apart from it the compiled content (lesson text, glossary, references, search text: assets/content/, which
 * grows with what the atlas teaches, not with what it does).
 */
function bundleSize(): BenchResult[] {
  const js = listFiles(rendererDir).filter((f) => f.endsWith('.js'));
  const gz = (f: string) => gzipSync(readFileSync(f), { level: 9 }).length / 1024;
  const isContent = (f: string) => f.split(/[\\/]/).includes('content');
  const code = js.filter((f) => !isContent(f)).reduce((sum, f) => sum + gz(f), 0);
  const content = js.filter(isContent).reduce((sum, f) => sum + gz(f), 0);
  const total = code + content;
  const html = readFileSync(join(rendererDir, 'index.html'), 'utf8');
  const entry = [...html.matchAll(/src="\.\/(assets\/[^"]+\.js)"/g)].map((m) => join(rendererDir, m[1]!));
  const entrySize = entry.reduce((sum, f) => sum + gz(f), 0);
  return [
    { name: 'renderer JS code, all chunks, gzipped', median: code, p95: code, unit: 'KB', budget: 400, budgetKind: 'max', runs: 1 },
    { name: 'compiled content (lessons, glossary, references, search text), gzipped (report only)', median: content, p95: content, unit: 'KB', budget: Infinity, budgetKind: 'max', runs: 1 },
    { name: 'renderer JS, code and content, gzipped (report only)', median: total, p95: total, unit: 'KB', budget: Infinity, budgetKind: 'max', runs: 1 },
    { name: 'renderer JS, entry chunk, gzipped', median: entrySize, p95: entrySize, unit: 'KB', budget: 400, budgetKind: 'max', runs: 1 },
  ];
}

/**
 * In-page probe, installed before any page script runs: on every animation frame it checks `ready()` and
 * records the frame's start time (milliseconds since navigation start) for the first frame where it holds;
 * the time is kept only once the next frame has come, i.e. once that state has been painted.
 */
function installProbe(ready: string) {
  return `(() => {
    const ready = ${ready};
    window.__probe = { at: null, mounted: null, fcp: null };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') window.__probe.fcp = entry.startTime;
    }).observe({ type: 'paint', buffered: true });
    const tick = () => {
      const p = window.__probe;
      // The time is taken at the start of the frame, before the probe's own checks (focusing a term and
      // reading computed styles is the probe's work, not the page's).
      const frameStart = performance.now();
      if (p.at === null && ready()) requestAnimationFrame(() => { p.at = frameStart; });
      if (p.mounted === null && document.documentElement.dataset.app === 'ready') p.mounted = performance.now();
      if (p.at === null || p.mounted === null) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })();`;
}

/** A lesson is visible and interactive when its title and text are painted and focusing a glossary term shows its definition. */
const LESSON_READY = `() => {
  const title = document.querySelector('h1#lesson-title');
  const term = document.querySelector('.lesson-body button.term');
  if (!title || !term || document.querySelector('.lesson-body .loading')) return false;
  if (document.activeElement !== term) term.focus({ preventScroll: true });
  const tip = document.getElementById(term.getAttribute('aria-describedby') || '');
  return document.activeElement === term && !!tip && getComputedStyle(tip).display !== 'none';
}`;
const BLANK_READY = `() => !!document.getElementById('ready')`;

async function rendererBench(runs = 101): Promise<BenchResult[]> {
  const executablePath = findBrowser();
  if (!executablePath) throw new Error('No Chromium found: run "npm run setup:browser".');
  const blank = join(root, 'test-results', 'bench-blank.html');
  mkdirSync(join(root, 'test-results'), { recursive: true });
  writeFileSync(blank, '<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>blank</title></head><body><p id="ready">ready</p></body></html>');
  const { server, url } = await serveStatic(rendererDir, { extraRoutes: { '/__blank.html': blank } });
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', ...OFFLINE_BROWSER_FLAGS] });
  const lessons = JSON.parse(readFileSync(join(root, 'renderer/src/data/generated/lessons.json'), 'utf8')) as { slug: string; title: string }[];
  const first = lessons[0]!;
  const lessonTimes: number[] = [];
  const mountedTimes: number[] = [];
  const blankTimes: number[] = [];
  const lessonPaints: number[] = [];
  const blankPaints: number[] = [];
  const measure = async (context: import('@playwright/test').BrowserContext, target: string, ready: string) => {
    // Let the previous tab's teardown (and the browser's spare renderer process) settle first, so neither
    // page is measured while the other's processes are still busy.
    await new Promise((resolve) => setTimeout(resolve, 250));
    const page = await context.newPage();
    await page.addInitScript(installProbe(ready));
    await page.goto(target, { waitUntil: 'commit' });
    await page.waitForFunction(() => {
      const probe = (window as unknown as { __probe?: { at: number | null; fcp: number | null } }).__probe;
      return !!probe && probe.at !== null && probe.fcp !== null;
    }, undefined, { timeout: 15_000 });
    if (ready === LESSON_READY) await page.waitForFunction(() => (window as unknown as { __probe: { mounted: number | null } }).__probe.mounted !== null, undefined, { timeout: 15_000 });
    const probe = await page.evaluate(() => (window as unknown as { __probe: { at: number; mounted: number | null; fcp: number } }).__probe);
    await page.close();
    return probe;
  };
  try {
    const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
    for (let i = 0; i < runs + 2; i++) {
      const b = await measure(context, `${url}__blank.html`, BLANK_READY);
      const l = await measure(context, `${url}index.html#/lesson/${first.slug}`, LESSON_READY);
      if (i >= 2) {
        blankTimes.push(b.at);
        blankPaints.push(b.fcp);
        lessonPaints.push(l.fcp);
        lessonTimes.push(l.at);
        mountedTimes.push(l.mounted ?? NaN);
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  const blankMedian = median(blankTimes);
  return [
    { name: 'blank local page: navigation → painted', median: blankMedian, p95: percentile(blankTimes, 95), unit: 'ms', budget: Infinity, budgetKind: 'max', runs },
    {
      name: 'first lesson: navigation → visible and interactive (budget 1.5 × blank)',
      median: median(lessonTimes),
      p95: percentile(lessonTimes, 95),
      unit: 'ms',
      budget: 1.5 * blankMedian,
      budgetKind: 'max',
      runs,
    },
    // Report only: when the compositor presented the first text (software raster here: a screen of text
    // costs tens of milliseconds more than one word, whatever the page does).
    { name: 'blank local page: first contentful paint presented (report only)', median: median(blankPaints), p95: percentile(blankPaints, 95), unit: 'ms', budget: Infinity, budgetKind: 'max', runs },
    { name: 'first lesson: first contentful paint presented (report only)', median: median(lessonPaints), p95: percentile(lessonPaints, 95), unit: 'ms', budget: Infinity, budgetKind: 'max', runs },
    { name: 'first lesson: navigation → app fully mounted (report only)', median: median(mountedTimes), p95: percentile(mountedTimes, 95), unit: 'ms', budget: Infinity, budgetKind: 'max', runs },
  ];
}

/**
 * Figure benchmarks in the built atlas. Chromium's 60 Hz frame cap makes frame times alternate between
 * 16.7 and 16.8 ms even on an empty page, so frame budgets are judged with the cap lifted.
 */
async function figureBench(): Promise<BenchResult[]> {
  const executablePath = findBrowser();
  if (!executablePath) throw new Error('No Chromium found: run "npm run setup:browser".');
  const lessons = JSON.parse(readFileSync(join(root, 'renderer/src/data/generated/lessons.json'), 'utf8')) as { slug: string }[];
  const { server, url } = await serveStatic(rendererDir);
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-gpu-vsync', '--disable-frame-rate-limit', ...OFFLINE_BROWSER_FLAGS],
  });
  const results: BenchResult[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    if (lessons.some((l) => l.slug === 'serial-lysis')) results.push(...(await runLysisBench(page, `${url}index.html#/lesson/serial-lysis`)));
    if (lessons.some((l) => l.slug === 'kinetics-and-dosing')) results.push(...(await runExplorerBench(page, `${url}index.html#/lesson/kinetics-and-dosing`)));
    if (lessons.some((l) => l.slug === 'clinical-evidence')) results.push(...(await runVirtualTrialBench(page, `${url}index.html#/lesson/clinical-evidence`)));
    if (lessons.some((l) => l.slug === 'cns-toxicity-and-crs')) results.push(...(await runPresenterBench(browser, url)));
  } finally {
    await browser.close();
    server.close();
  }
  return results;
}

function printTable(results: BenchResult[]): boolean {
  let ok = true;
  console.log('\n| benchmark | median | p95 | budget | runs | verdict |\n|---|---|---|---|---|---|');
  for (const r of results) {
    const pass = r.budgetKind === 'max' ? r.median <= r.budget : r.median >= r.budget;
    ok &&= pass;
    const fmt = (v: number) => (Number.isFinite(v) ? `${v.toFixed(r.unit === 'ms' && v < 10 ? 3 : 1)} ${r.unit}` : '—');
    console.log(`| ${r.name} | ${fmt(r.median)} | ${fmt(r.p95)} | ${r.budgetKind === 'max' ? '≤' : '≥'} ${fmt(r.budget)} | ${r.runs} | ${pass ? 'ok' : 'OVER BUDGET'} |`);
  }
  return ok;
}

// `npm run bench -- renderer figures` runs only the named groups (model, quiz, bundle, renderer, figures).
const groups: Record<string, () => Promise<BenchResult[]> | BenchResult[]> = { model: runModelBench, quiz: () => runQuizBench(), bundle: bundleSize, renderer: () => rendererBench(), figures: figureBench };
const wanted = process.argv.slice(2);
const unknown = wanted.filter((g) => !(g in groups));
if (unknown.length) {
  console.error(`bench: unknown group(s) ${unknown.join(', ')}; choose from ${Object.keys(groups).join(', ')}.`);
  process.exit(2);
}
// every group but the model measures the built app
const needsBuild = !wanted.length || wanted.some((g) => g !== 'model' && g !== 'quiz');
if (needsBuild && !existsSync(join(rendererDir, 'index.html'))) {
  console.error('bench: build first ("npm run build").');
  process.exit(1);
}
const results: BenchResult[] = [];
for (const [name, run] of Object.entries(groups)) if (!wanted.length || wanted.includes(name)) results.push(...(await run()));
const ok = printTable(results);
mkdirSync(join(root, 'test-results'), { recursive: true });
writeFileSync(join(root, 'test-results', 'bench.json'), JSON.stringify(results, null, 1));
process.exit(ok ? 0 : 1);

// Benchmarks of the shared kinetics model (MODEL.md §11, §12): the 84-day two-cycle label-rr simulation at
// 15-minute output (≤ 2 ms median), both virtual-cohort arms (400 runs, 4-hour output grid, ≤ 1 s median)
// and one agent-model step with 2 000 agents (≤ 1 ms median).

import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createLysisWorld, runCohort, simulate } from '../../renderer/src/model/index';
import type { BenchResult } from './bench-types';

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

export function measure(run: () => void, warmup: number, runs: number): { median: number; p95: number } {
  for (let i = 0; i < warmup; i++) run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { median: quantile(times, 0.5), p95: quantile(times, 0.95) };
}

/** Runs the model benchmarks; medians in ms. */
export async function runModelBench(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];

  const simRuns = 200;
  let sink = 0;
  const sim = measure(() => {
    const tr = simulate({ regimen: 'label-rr', days: 84, outputStepMinutes: 15 });
    sink += tr.I[tr.length - 1]!;
  }, 100, simRuns);
  results.push({ name: 'simulate label-rr 84 d (2 cycles), 15-min output', median: sim.median, p95: sim.p95, unit: 'ms', budget: 2, budgetKind: 'max', runs: simRuns });

  // both cohort arms of MODEL.md §12 (200 R/R on label-rr to day 70 + 200 MRD on mrd to day 28), default seed
  const cohortRuns = 7;
  const cohort = measure(() => {
    const rr = runCohort({ arm: 'rr' });
    const mrd = runCohort({ arm: 'mrd' });
    sink += rr.summary.responders28 + mrd.summary.mrdNegative28;
  }, 1, cohortRuns);
  results.push({ name: 'virtual cohort, both arms (400 runs, 4-h output)', median: cohort.median, p95: cohort.p95, unit: 'ms', budget: 1000, budgetKind: 'max', runs: cohortRuns });

  // 400 T cells + 1 600 CD19⁺ targets (E:T 1:4) = 2 000 agents, in-vitro drug level; one step = 1 simulated minute
  const world = createLysisWorld({ seed: 7, effectorToTarget: 0.25, nT: 400, concentrationPgPerMl: 100 });
  if (world.count !== 2000) throw new Error(`bench world has ${world.count} agents, expected 2000`);
  const stepRuns = 200;
  const step = measure(() => world.step(1), 30, stepRuns);
  sink += world.counters().kills;
  results.push({ name: 'lysis world step (1 min, 2 000 agents)', median: step.median, p95: step.p95, unit: 'ms', budget: 1, budgetKind: 'max', runs: stepRuns });

  if (Number.isNaN(sink)) throw new Error('benchmark produced NaN');
  return results;
}

function printTable(results: readonly BenchResult[]): void {
  const rows = results.map((r) => {
    const ok = r.budgetKind === 'max' ? r.median <= r.budget : r.median >= r.budget;
    return [r.name, `${r.median.toFixed(3)} ${r.unit}`, `${r.p95.toFixed(3)} ${r.unit}`, `${r.budgetKind === 'max' ? '≤' : '≥'} ${r.budget} ${r.unit}`, String(r.runs), ok ? 'ok' : 'OVER BUDGET'];
  });
  const header = ['benchmark', 'median', 'p95', 'budget', 'runs', 'status'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  runModelBench().then((results) => {
    printTable(results);
    const over = results.some((r) => (r.budgetKind === 'max' ? r.median > r.budget : r.median < r.budget));
    process.exitCode = over ? 1 : 0;
  }, (e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}

// Runs virtual cohorts for the page without blocking it: in a Web Worker (cohort.worker.ts) when the browser
// has one, otherwise — or when the worker cannot start — on the main thread in slices of a few milliseconds.
// Results are cached per (arm, regimen, seed, size), so going back to a regimen or trial is instant; a run
// nobody wants any more is cancelled. Same spec → same result as the model's runCohort, on either path.
import { useEffect, useState, useSyncExternalStore } from 'react';
import { CohortRunner, type CohortResult } from '../../model';
import { DEFAULT_CHUNK, cohortKey, parseReply, type CohortJobSpec, type CohortRequest } from './cohort-protocol';

export interface RunHandlers {
  progress(done: number, total: number): void;
  done(result: CohortResult): void;
  error(message: string): void;
}

/** Where cohorts run. `run` starts one and returns the function that cancels it. */
export interface CohortBackend {
  readonly kind: 'worker' | 'main-thread';
  run(spec: CohortJobSpec, handlers: RunHandlers): () => void;
}

export interface SliceOptions {
  /** Work per slice [ms] before the page gets the thread back (well under the 50 ms of a long task). */
  budgetMs?: number;
  /** Schedules the next slice (default: a zero-delay timeout, so input and paint go first). */
  schedule?: (next: () => void) => void;
  now?: () => number;
}

/** Main-thread fallback: the model's CohortRunner one patient at a time, yielding after `budgetMs`. */
export class SliceBackend implements CohortBackend {
  readonly kind = 'main-thread' as const;
  private readonly budgetMs: number;
  private readonly schedule: (next: () => void) => void;
  private readonly now: () => number;

  constructor(options: SliceOptions = {}) {
    this.budgetMs = options.budgetMs ?? 8;
    this.schedule = options.schedule ?? ((next) => void setTimeout(next, 0));
    this.now = options.now ?? (() => performance.now());
  }

  run(spec: CohortJobSpec, handlers: RunHandlers): () => void {
    let cancelled = false;
    let runner: CohortRunner;
    try {
      runner = new CohortRunner(spec);
    } catch (error) {
      handlers.error(error instanceof Error ? error.message : 'the cohort could not be started');
      return () => undefined;
    }
    const slice = (): void => {
      if (cancelled) return;
      try {
        const start = this.now();
        do runner.step(1);
        while (!runner.finished && this.now() - start < this.budgetMs);
        handlers.progress(runner.done, runner.size);
        if (runner.finished) {
          handlers.done(runner.result());
          return;
        }
      } catch (error) {
        handlers.error(error instanceof Error ? error.message : 'the cohort run failed');
        return;
      }
      this.schedule(slice);
    };
    this.schedule(slice);
    return () => {
      cancelled = true;
    };
  }
}

/** The parts of a Worker the backend uses (a real Worker, or a test double). */
export interface WorkerLike {
  postMessage(message: CohortRequest): void;
  addEventListener(type: 'message' | 'error' | 'messageerror', listener: (event: Event) => void): void;
  terminate(): void;
}

interface WorkerJob {
  spec: CohortJobSpec;
  handlers: RunHandlers;
  /** Set when the job was moved to the fallback after the worker failed. */
  cancelFallback?: () => void;
}

/**
 * Runs cohorts in a worker, created on first use. If the worker cannot be created or fails (it could not
 * load, the page's policy refused it), every run in flight and every later one goes to `fallback`.
 */
export class WorkerBackend implements CohortBackend {
  private worker: WorkerLike | null = null;
  private broken = false;
  private nextId = 1;
  private readonly jobs = new Map<number, WorkerJob>();

  constructor(
    private readonly createWorker: () => WorkerLike,
    private readonly fallback: CohortBackend,
    private readonly chunk: number = DEFAULT_CHUNK,
  ) {}

  get kind(): 'worker' | 'main-thread' {
    return this.broken ? this.fallback.kind : 'worker';
  }

  run(spec: CohortJobSpec, handlers: RunHandlers): () => void {
    const worker = this.ensureWorker();
    if (!worker) return this.fallback.run(spec, handlers);
    const id = this.nextId++;
    const job: WorkerJob = { spec, handlers };
    this.jobs.set(id, job);
    worker.postMessage({ type: 'run', id, spec, chunk: this.chunk });
    return () => {
      const current = this.jobs.get(id);
      if (!current) return;
      this.jobs.delete(id);
      if (current.cancelFallback) current.cancelFallback();
      else this.worker?.postMessage({ type: 'cancel', id });
    };
  }

  private ensureWorker(): WorkerLike | null {
    if (this.broken) return null;
    if (this.worker) return this.worker;
    try {
      const worker = this.createWorker();
      worker.addEventListener('message', (event) => this.onMessage((event as MessageEvent).data));
      worker.addEventListener('error', (event) => {
        event.preventDefault?.();
        this.fail();
      });
      worker.addEventListener('messageerror', () => this.fail());
      this.worker = worker;
      return worker;
    } catch {
      this.broken = true;
      return null;
    }
  }

  private onMessage(data: unknown): void {
    const reply = parseReply(data);
    if (!reply) return;
    const job = this.jobs.get(reply.id);
    if (!job || job.cancelFallback) return;
    switch (reply.type) {
      case 'progress':
        job.handlers.progress(reply.done, reply.total);
        break;
      case 'done':
        this.jobs.delete(reply.id);
        job.handlers.done(reply.result);
        break;
      case 'error':
        this.jobs.delete(reply.id);
        job.handlers.error(reply.message);
        break;
    }
  }

  /** The worker is unusable: run what it had on the fallback, and everything from now on. */
  private fail(): void {
    if (this.broken) return;
    this.broken = true;
    this.worker?.terminate();
    this.worker = null;
    for (const [id, job] of this.jobs) {
      job.cancelFallback = this.fallback.run(job.spec, {
        progress: (done, total) => this.jobs.has(id) && job.handlers.progress(done, total),
        done: (result) => {
          if (!this.jobs.delete(id)) return;
          job.handlers.done(result);
        },
        error: (message) => {
          if (!this.jobs.delete(id)) return;
          job.handlers.error(message);
        },
      });
    }
  }
}

/** The browser's module worker for cohorts, or a throw where there is none (the caller falls back). */
function createCohortWorker(): WorkerLike {
  if (typeof Worker !== 'function') throw new Error('no Web Worker here');
  return new Worker(new URL('./cohort.worker.ts', import.meta.url), { type: 'module', name: 'virtual-trial-cohort' }) as unknown as WorkerLike;
}

/** A worker where the browser has one, else main-thread slices. */
export function createDefaultBackend(): CohortBackend {
  const slices = new SliceBackend();
  return typeof Worker === 'function' ? new WorkerBackend(createCohortWorker, slices) : slices;
}

export type CohortStatus =
  | { status: 'running'; done: number; total: number }
  | { status: 'done'; result: CohortResult }
  | { status: 'error'; message: string };

/** Cohorts kept in memory (each is ~200 small records). */
export const CACHE_SIZE = 48;

/**
 * The page's cohorts: a cache of results and one run at a time, chosen from what the figures on screen
 * want (in order). Subscribe for changes; `statusVersion` changes when a run starts, ends or fails,
 * `progressVersion` also when it advances (so only a progress bar re-renders while a run goes on).
 */
export class CohortService {
  private readonly results = new Map<string, CohortResult>();
  private readonly errors = new Map<string, string>();
  private readonly wants = new Map<object, CohortJobSpec[]>();
  private current: { key: string; done: number; total: number; cancel: () => void } | null = null;
  private readonly listeners = new Set<() => void>();
  private status = 0;
  private progress = 0;

  constructor(private readonly backend: CohortBackend) {}

  /** Where runs go now ('worker', or 'main-thread' when there is no worker or it failed). */
  get backendKind(): 'worker' | 'main-thread' {
    return this.backend.kind;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  statusVersion = (): number => this.status;
  progressVersion = (): number => this.progress;

  /** The state of a cohort: done (cached), running or waiting its turn, failed — or undefined if nobody asked. */
  get(spec: CohortJobSpec): CohortStatus | undefined {
    const key = cohortKey(spec);
    const result = this.results.get(key);
    if (result) return { status: 'done', result };
    const error = this.errors.get(key);
    if (error !== undefined) return { status: 'error', message: error };
    if (this.current?.key === key) return { status: 'running', done: this.current.done, total: this.current.total };
    if (this.wanted().some((s) => cohortKey(s) === key)) return { status: 'running', done: 0, total: spec.size };
    return undefined;
  }

  /** `owner` (one per figure) wants these cohorts, in this order; replaces what it wanted before. */
  want(owner: object, specs: readonly CohortJobSpec[]): void {
    this.wants.set(owner, [...specs]);
    this.pump();
    this.notify(true);
  }

  release(owner: object): void {
    if (!this.wants.delete(owner)) return;
    this.pump();
    this.notify(true);
  }

  private wanted(): CohortJobSpec[] {
    const seen = new Set<string>();
    const out: CohortJobSpec[] = [];
    for (const specs of this.wants.values()) {
      for (const spec of specs) {
        const key = cohortKey(spec);
        if (!seen.has(key)) {
          seen.add(key);
          out.push(spec);
        }
      }
    }
    return out;
  }

  private pump(): void {
    const wanted = this.wanted();
    if (this.current && !wanted.some((s) => cohortKey(s) === this.current!.key)) {
      this.current.cancel();
      this.current = null;
    }
    if (this.current) return;
    const next = wanted.find((s) => !this.results.has(cohortKey(s)) && !this.errors.has(cohortKey(s)));
    if (next) this.start(next);
  }

  private start(spec: CohortJobSpec): void {
    const key = cohortKey(spec);
    const job = { key, done: 0, total: spec.size, cancel: () => undefined as void };
    this.current = job;
    const mine = (): boolean => this.current === job;
    job.cancel = this.backend.run(spec, {
      progress: (done, total) => {
        if (!mine()) return;
        job.done = done;
        job.total = total;
        this.notify(false);
      },
      done: (result) => {
        if (!mine()) return;
        this.current = null;
        this.remember(key, result);
        this.pump();
        this.notify(true);
      },
      error: (message) => {
        if (!mine()) return;
        this.current = null;
        this.errors.set(key, message);
        this.pump();
        this.notify(true);
      },
    });
  }

  private remember(key: string, result: CohortResult): void {
    this.results.set(key, result);
    while (this.results.size > CACHE_SIZE) {
      const oldest = this.results.keys().next().value;
      if (oldest === undefined) break;
      this.results.delete(oldest);
    }
  }

  private notify(status: boolean): void {
    if (status) this.status++;
    this.progress++;
    for (const listener of [...this.listeners]) listener();
  }
}

let shared: CohortService | null = null;

/** The one cohort service of the page (its cache is shared by every virtual-trial figure). */
export function sharedCohortService(): CohortService {
  shared ??= new CohortService(createDefaultBackend());
  return shared;
}

/** Asks `service` for `specs` while the calling component is mounted; re-renders when a run starts, ends or fails. */
export function useCohorts(service: CohortService, specs: readonly CohortJobSpec[]): (CohortStatus | undefined)[] {
  const [owner] = useState(() => ({}));
  const key = specs.map(cohortKey).join(';');
  useEffect(() => {
    service.want(owner, specs);
    // `key` stands for `specs`
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [service, owner, key]);
  useEffect(() => () => service.release(owner), [service, owner]);
  useSyncExternalStore(service.subscribe, service.statusVersion, service.statusVersion);
  return specs.map((spec) => service.get(spec));
}

/** The progress of the run for `spec` (re-renders as it advances); null when it is not running. */
export function useCohortProgress(service: CohortService, spec: CohortJobSpec): { done: number; total: number } | null {
  useSyncExternalStore(service.subscribe, service.progressVersion, service.progressVersion);
  const status = service.get(spec);
  return status?.status === 'running' ? { done: status.done, total: status.total } : null;
}

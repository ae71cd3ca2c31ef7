// The page's cohort service: one run at a time from what the figures want, results cached per
// (arm, regimen, seed, size) so switching back is instant, a run nobody wants cancelled, and the same result
// whether the cohort ran in the worker, in main-thread slices, or in a worker that failed half-way.
import { describe, expect, it } from 'vitest';
import { runCohort, type CohortResult } from '../../../../renderer/src/model';
import { createCohortHandler, type CohortJobSpec, type CohortRequest } from '../../../../renderer/src/figures/virtual-trial/cohort-protocol';
import { CohortService, SliceBackend, WorkerBackend, createDefaultBackend, type CohortBackend, type RunHandlers, type WorkerLike } from '../../../../renderer/src/figures/virtual-trial/cohort-service';

const spec = (regimen: CohortJobSpec['regimen'], seed = 1, size = 20): CohortJobSpec => ({ arm: 'rr', regimen, seed, size });

/** Resolves when `service` has a result for `s`. */
function settled(service: CohortService, s: CohortJobSpec): Promise<CohortResult> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const status = service.get(s);
      if (status?.status === 'done') {
        stop();
        resolve(status.result);
      } else if (status?.status === 'error') {
        stop();
        reject(new Error(status.message));
      }
    };
    const stop = service.subscribe(check);
    check();
  });
}

/** A worker double that runs the real protocol handler "in another thread" (on timers). */
class FakeWorker implements WorkerLike {
  private listeners: Record<string, ((e: Event) => void)[]> = {};
  posted: CohortRequest[] = [];
  terminated = false;
  private readonly handle = createCohortHandler((reply) => setTimeout(() => this.emit('message', { data: reply } as unknown as Event), 0));
  constructor(private readonly failAfter = Infinity) {}
  postMessage(message: CohortRequest): void {
    this.posted.push(message);
    if (this.posted.length > this.failAfter) {
      setTimeout(() => this.emit('error', new Event('error')), 0);
      return;
    }
    setTimeout(() => this.handle(structuredClone(message)), 0);
  }
  addEventListener(type: string, listener: (e: Event) => void): void {
    (this.listeners[type] ??= []).push(listener);
  }
  terminate(): void {
    this.terminated = true;
  }
  emit(type: string, event: Event): void {
    if (!this.terminated) for (const l of this.listeners[type] ?? []) l(event);
  }
}

describe('CohortService', () => {
  it('runs what a figure wants, in main-thread slices, with the same result as runCohort', async () => {
    const service = new CohortService(new SliceBackend({ budgetMs: 2 }));
    expect(service.backendKind).toBe('main-thread');
    const owner = {};
    service.want(owner, [spec('label-rr')]);
    expect(service.get(spec('label-rr'))).toMatchObject({ status: 'running', total: 20 });
    const result = await settled(service, spec('label-rr'));
    expect(result).toEqual(runCohort({ arm: 'rr', regimen: 'label-rr', seed: 1, size: 20 }));
  });

  it('runs the cohorts one after another in the order wanted, and keeps them: switching back is instant', async () => {
    const started: string[] = [];
    const slices = new SliceBackend();
    const counting: CohortBackend = { kind: 'main-thread', run: (s, h) => (started.push(`${s.regimen}/${s.seed}`), slices.run(s, h)) };
    const service = new CohortService(counting);
    const owner = {};
    service.want(owner, [spec('flat-5'), spec('flat-5', 2)]);
    await settled(service, spec('flat-5', 2));
    expect(started).toEqual(['flat-5/1', 'flat-5/2']);
    service.want(owner, [spec('flat-15')]);
    await settled(service, spec('flat-15'));
    service.want(owner, [spec('flat-5')]);
    expect(service.get(spec('flat-5'))?.status).toBe('done');
    expect(started).toEqual(['flat-5/1', 'flat-5/2', 'flat-15/1']);
  });

  it('cancels a run nobody wants any more', async () => {
    const cancelled: string[] = [];
    const slices = new SliceBackend({ budgetMs: 0.01 });
    const backend: CohortBackend = {
      kind: 'main-thread',
      run: (s, h: RunHandlers) => {
        const cancel = slices.run(s, h);
        return () => {
          cancelled.push(s.regimen);
          cancel();
        };
      },
    };
    const service = new CohortService(backend);
    const owner = {};
    service.want(owner, [spec('flat-5', 1, 100)]);
    service.want(owner, [spec('flat-15')]);
    expect(cancelled).toEqual(['flat-5']);
    await settled(service, spec('flat-15'));
    expect(service.get(spec('flat-5', 1, 100))).toBeUndefined();
    service.release(owner);
  });

  it('reports progress as the run advances', async () => {
    const service = new CohortService(new SliceBackend({ budgetMs: 0.01 }));
    const seen: number[] = [];
    service.subscribe(() => {
      const s = service.get(spec('label-rr', 4));
      if (s?.status === 'running') seen.push(s.done);
    });
    service.want({}, [spec('label-rr', 4)]);
    await settled(service, spec('label-rr', 4));
    expect(seen.length).toBeGreaterThan(3);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });

  it('runs in the worker when there is one: same result, progress messages, cancel sent to the worker', async () => {
    let worker: FakeWorker | null = null;
    const backend = new WorkerBackend(() => (worker = new FakeWorker()), new SliceBackend(), 5);
    const service = new CohortService(backend);
    expect(service.backendKind).toBe('worker');
    const owner = {};
    service.want(owner, [spec('flat-15', 9)]);
    const result = await settled(service, spec('flat-15', 9));
    expect(result).toEqual(runCohort({ arm: 'rr', regimen: 'flat-15', seed: 9, size: 20 }));
    service.want(owner, [spec('flat-5', 9, 200)]);
    service.want(owner, [spec('label-rr', 9)]);
    await settled(service, spec('label-rr', 9));
    expect(worker!.posted.map((m) => m.type)).toEqual(['run', 'run', 'cancel', 'run']);
  });

  it('moves to main-thread slices when the worker fails, finishing the run in flight with the same result', async () => {
    const backend = new WorkerBackend(() => new FakeWorker(0), new SliceBackend(), 5);
    const service = new CohortService(backend);
    service.want({}, [spec('label-rr', 11)]);
    const result = await settled(service, spec('label-rr', 11));
    expect(service.backendKind).toBe('main-thread');
    expect(result).toEqual(runCohort({ arm: 'rr', regimen: 'label-rr', seed: 11, size: 20 }));
  });

  it('falls back when no worker can be created, and uses slices where the browser has no Worker (this test environment)', async () => {
    const backend = new WorkerBackend(() => {
      throw new Error('refused');
    }, new SliceBackend());
    const service = new CohortService(backend);
    service.want({}, [spec('flat-5', 2)]);
    await settled(service, spec('flat-5', 2));
    expect(service.backendKind).toBe('main-thread');
    expect(typeof Worker).toBe('undefined');
    expect(createDefaultBackend().kind).toBe('main-thread');
  });

  it('reports a spec the model refuses as an error', async () => {
    const service = new CohortService(new SliceBackend());
    service.want({}, [{ arm: 'rr', regimen: 'label-rr', seed: 1, size: 0 }]);
    await expect(settled(service, { arm: 'rr', regimen: 'label-rr', seed: 1, size: 0 })).rejects.toThrow(/size/);
  });

  it('never holds the thread longer than its slice budget plus one patient', async () => {
    const durations: number[] = [];
    const slices = new SliceBackend({
      budgetMs: 8,
      schedule: (next) =>
        void setTimeout(() => {
          const t0 = performance.now();
          next();
          durations.push(performance.now() - t0);
        }, 0),
    });
    const service = new CohortService(slices);
    service.want({}, [spec('label-rr', 6, 60)]);
    await settled(service, spec('label-rr', 6, 60));
    expect(Math.max(...durations)).toBeLessThan(50);
  });
});

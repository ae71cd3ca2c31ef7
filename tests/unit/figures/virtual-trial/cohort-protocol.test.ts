// The worker's protocol: a run posts progress after each chunk and ends with exactly the model's runCohort
// result for the same spec (same seed → same cohort); a cancel stops it; bad messages get an error reply.
import { describe, expect, it } from 'vitest';
import { runCohort } from '../../../../renderer/src/model';
import { cohortKey, createCohortHandler, parseReply, parseRequest, type CohortReply, type Yield } from '../../../../renderer/src/figures/virtual-trial/cohort-protocol';

/** A handler whose yields are queued and run by `drain` (no timers). */
function harness() {
  const replies: CohortReply[] = [];
  const queue: (() => void)[] = [];
  const yieldToEvents: Yield = (next) => void queue.push(next);
  const handle = createCohortHandler((r) => replies.push(r), yieldToEvents);
  const drain = (max = Infinity) => {
    let n = 0;
    while (queue.length && n++ < max) queue.shift()!();
  };
  return { replies, handle, drain };
}

describe('cohort worker protocol', () => {
  it('runs a cohort in chunks, reporting progress, and returns runCohort’s result for the same seed', () => {
    const { replies, handle, drain } = harness();
    handle({ type: 'run', id: 7, spec: { arm: 'rr', regimen: 'flat-15', seed: 3, size: 45 }, chunk: 10 });
    drain();
    const progress = replies.filter((r) => r.type === 'progress');
    expect(progress.map((p) => (p.type === 'progress' ? p.done : 0))).toEqual([10, 20, 30, 40, 45]);
    const done = replies.at(-1)!;
    expect(done.type).toBe('done');
    const expected = runCohort({ arm: 'rr', regimen: 'flat-15', seed: 3, size: 45 });
    expect(done.type === 'done' && done.result).toEqual(expected);
    expect(done.type === 'done' && done.result.summary).toEqual(expected.summary);
  });

  it('gives the same cohort however it is chunked, and the MRD arm too', () => {
    const a = harness();
    const b = harness();
    a.handle({ type: 'run', id: 1, spec: { arm: 'mrd', regimen: 'mrd', seed: 5, size: 30 }, chunk: 1 });
    b.handle({ type: 'run', id: 1, spec: { arm: 'mrd', regimen: 'mrd', seed: 5, size: 30 }, chunk: 30 });
    a.drain();
    b.drain();
    const resultOf = (r: CohortReply[]) => r.find((x) => x.type === 'done');
    expect(resultOf(a.replies)).toEqual(resultOf(b.replies));
    expect(resultOf(a.replies)?.type === 'done' && resultOf(a.replies)).toMatchObject({ result: runCohort({ arm: 'mrd', seed: 5, size: 30 }) });
  });

  it('stops a cancelled run between chunks and posts nothing more for it', () => {
    const { replies, handle, drain } = harness();
    handle({ type: 'run', id: 2, spec: { arm: 'rr', regimen: 'label-rr', seed: 1, size: 50 }, chunk: 10 });
    drain(1);
    handle({ type: 'cancel', id: 2 });
    drain();
    expect(replies.map((r) => r.type)).toEqual(['progress', 'progress']);
  });

  it('answers a malformed message or an invalid spec with an error naming the problem', () => {
    const { replies, handle } = harness();
    handle('hello');
    handle({ type: 'run', id: 3, spec: { arm: 'rr', regimen: 'flat-60x', seed: 1, size: 10 } });
    handle({ type: 'run', id: 4, spec: { arm: 'rr', regimen: 'label-rr', seed: -1, size: 10 } });
    expect(replies).toEqual([
      { type: 'error', id: -1, message: 'not a cohort request' },
      { type: 'error', id: 3, message: expect.stringMatching(/regimen/) },
      { type: 'error', id: 4, message: expect.stringMatching(/seed/) },
    ]);
  });

  it('parses requests and replies strictly', () => {
    expect(parseRequest({ type: 'run', id: 1, spec: { arm: 'rr', regimen: 'label-rr', seed: 1, size: 200 } })).toEqual({ type: 'run', id: 1, spec: { arm: 'rr', regimen: 'label-rr', seed: 1, size: 200 } });
    expect(parseRequest({ type: 'run', id: 1, spec: { arm: 'xx', regimen: 'label-rr', seed: 1, size: 200 } })).toBeNull();
    expect(parseRequest({ type: 'cancel', id: 1.5 })).toBeNull();
    expect(parseReply({ type: 'progress', id: 1, done: 3, total: 10 })).toEqual({ type: 'progress', id: 1, done: 3, total: 10 });
    expect(parseReply({ type: 'done', id: 1, result: {} })).toBeNull();
    expect(parseReply({ type: 'other', id: 1 })).toBeNull();
    expect(cohortKey({ arm: 'rr', regimen: 'label-rr', seed: 1, size: 200 })).toBe('rr|label-rr|1|200');
  });
});

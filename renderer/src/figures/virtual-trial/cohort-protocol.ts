// The virtual-trial worker's message protocol and its handler, as plain functions of (message → replies) so
// they run the same in the Web Worker, in a main-thread fallback and in unit tests. A run advances the
// model's CohortRunner in chunks, posts progress after each chunk and yields between chunks (so a cancel
// can arrive); the result is exactly runCohort's for the same spec.
import { CohortRunner, ModelInputError, type CohortArm, type CohortResult, type RegimenId } from '../../model';

/** What one cohort run is: arm, regimen, seed and size (every field explicit, so it is also a cache key). */
export interface CohortJobSpec {
  arm: CohortArm;
  regimen: RegimenId;
  seed: number;
  size: number;
}

export type CohortRequest = { type: 'run'; id: number; spec: CohortJobSpec; chunk?: number } | { type: 'cancel'; id: number };

export type CohortReply =
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'done'; id: number; result: CohortResult }
  | { type: 'error'; id: number; message: string };

/** Patients simulated between two progress messages (≈ 10 ms of work). */
export const DEFAULT_CHUNK = 10;

/** The cache key of a run ("rr|label-rr|1|200"). */
export function cohortKey(spec: CohortJobSpec): string {
  return `${spec.arm}|${spec.regimen}|${spec.seed}|${spec.size}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** A request as the handler reads it, or null when the message is not one (never trusted blindly). */
export function parseRequest(message: unknown): CohortRequest | null {
  if (!isRecord(message) || typeof message.id !== 'number' || !Number.isSafeInteger(message.id)) return null;
  if (message.type === 'cancel') return { type: 'cancel', id: message.id };
  if (message.type !== 'run' || !isRecord(message.spec)) return null;
  const { arm, regimen, seed, size } = message.spec;
  if ((arm !== 'rr' && arm !== 'mrd') || typeof regimen !== 'string' || typeof seed !== 'number' || typeof size !== 'number') return null;
  const chunk = typeof message.chunk === 'number' && Number.isSafeInteger(message.chunk) && message.chunk > 0 ? message.chunk : undefined;
  return { type: 'run', id: message.id, spec: { arm, regimen: regimen as RegimenId, seed, size }, ...(chunk ? { chunk } : {}) };
}

/** A reply as the page reads it, or null when the message is not one. */
export function parseReply(message: unknown): CohortReply | null {
  if (!isRecord(message) || typeof message.id !== 'number') return null;
  switch (message.type) {
    case 'progress':
      return typeof message.done === 'number' && typeof message.total === 'number' ? { type: 'progress', id: message.id, done: message.done, total: message.total } : null;
    case 'done':
      return isRecord(message.result) && Array.isArray(message.result.patients) ? { type: 'done', id: message.id, result: message.result as unknown as CohortResult } : null;
    case 'error':
      return typeof message.message === 'string' ? { type: 'error', id: message.id, message: message.message } : null;
    default:
      return null;
  }
}

/** Lets other events (a cancel) in between two chunks. */
export type Yield = (next: () => void) => void;

const defaultYield: Yield = (next) => {
  setTimeout(next, 0);
};

/**
 * The worker's message handler: `post` receives the replies. Runs are independent (several may interleave);
 * a cancelled run posts nothing more. A malformed message or an invalid spec is answered with an error.
 */
export function createCohortHandler(post: (reply: CohortReply) => void, yieldToEvents: Yield = defaultYield): (message: unknown) => void {
  const live = new Set<number>();
  const run = (id: number, spec: CohortJobSpec, chunk: number): void => {
    let runner: CohortRunner;
    try {
      runner = new CohortRunner(spec);
    } catch (error) {
      post({ type: 'error', id, message: error instanceof ModelInputError ? error.message : 'the cohort could not be started' });
      return;
    }
    live.add(id);
    const step = (): void => {
      if (!live.has(id)) return;
      try {
        const progress = runner.step(chunk);
        post({ type: 'progress', id, done: progress.done, total: progress.total });
        if (runner.finished) {
          live.delete(id);
          post({ type: 'done', id, result: runner.result() });
          return;
        }
      } catch (error) {
        live.delete(id);
        post({ type: 'error', id, message: error instanceof Error ? error.message : 'the cohort run failed' });
        return;
      }
      yieldToEvents(step);
    };
    step();
  };
  return (message) => {
    const request = parseRequest(message);
    if (!request) {
      const id = isRecord(message) && typeof message.id === 'number' ? message.id : -1;
      post({ type: 'error', id, message: 'not a cohort request' });
      return;
    }
    if (request.type === 'cancel') live.delete(request.id);
    else run(request.id, request.spec, request.chunk ?? DEFAULT_CHUNK);
  };
}

// The virtual-trial Web Worker: runs cohorts of the shared model off the main thread, in chunks, posting
// progress (protocol and handler in cohort-protocol.ts). Started by cohort-service.ts as a module worker.
import { createCohortHandler, type CohortReply } from './cohort-protocol';

/** The few members of the dedicated worker scope this file uses (the project's TypeScript lib is the DOM's). */
interface WorkerScope {
  onmessage: ((event: MessageEvent) => void) | null;
  postMessage(message: CohortReply): void;
}

const scope = globalThis as unknown as WorkerScope;
const handle = createCohortHandler((reply) => scope.postMessage(reply));
scope.onmessage = (event) => handle(event.data);

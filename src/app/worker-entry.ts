import { isMainThread, workerData } from 'node:worker_threads';

/** `workerData.role` of a worker that prepares attestations (an entry file started again). */
export const PREPARE_WORKER_ROLE = 'verify-provenance/prepare';

let entry: string | undefined;

/**
 * An entry (the built CLI or action) offers its own file: the pool starts it again as a worker
 * (the entry sees {@link isPrepareWorker} and runs the worker instead of the command). Without
 * an offer (tests of the sources, library use) there is no pool.
 */
export function offerWorkerEntry(file: string | undefined): void {
  entry = file;
}

export function workerEntry(): string | undefined {
  return entry;
}

export function isPrepareWorker(): boolean {
  return !isMainThread && (workerData as { role?: unknown } | null)?.role === PREPARE_WORKER_ROLE;
}

/**
 * `workerData.role` of a worker that prepares attestations (an entry file started again), and
 * the one argument it is started with: only a process given it loads `node:worker_threads` to
 * check, so a command pays nothing for the pool it does not use.
 */
export const PREPARE_WORKER_ROLE = 'verify-provenance/prepare';

/**
 * Bundle files from which a pool is started: a worker costs 0.2-0.3 s of CPU to load and warm
 * up. Measured on a busy 2-core machine with the older pool (workers only): 32 and 64 files
 * slower, 100 about even. With the main thread taking a share, 1,000 files on 2 cores run
 * about as fast as on the main thread alone (one run already keeps ~1.3 cores busy with
 * garbage collection and compiling); the pool pays where there are more cores.
 */
export const POOL_THRESHOLD = 64;

/**
 * Whether a run may start the pool: only then is its module (worker threads, the trusted-root
 * encoder) loaded. A setting of VERIFY_PROVENANCE_WORKERS is always loaded, to be checked.
 */
export function mayPool(files: number, env: Readonly<Record<string, string | undefined>>): boolean {
  return files >= POOL_THRESHOLD || env.VERIFY_PROVENANCE_WORKERS !== undefined;
}

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

export async function isPrepareWorker(argv: readonly string[] = process.argv): Promise<boolean> {
  if (argv[2] !== PREPARE_WORKER_ROLE || argv.length !== 3) return false;
  const threads = await import('node:worker_threads');
  const data: unknown = threads.workerData;
  return !threads.isMainThread && (data as { role?: unknown } | null)?.role === PREPARE_WORKER_ROLE;
}

import { availableParallelism } from 'node:os';
import { isSea } from 'node:sea';
import { Worker } from 'node:worker_threads';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { fastPathEnabled } from '../core/crypto/fast-path.js';
import type { LoadedRoot } from '../core/crypto/trust.js';
import { UsageError } from '../core/errors.js';
import type { JsonValue } from '../core/json/strict-json.js';
import type { PreparedAttestation } from '../core/verify.js';
import { prepareFile } from './prepare-file.js';
import { POOL_THRESHOLD, PREPARE_WORKER_ROLE, workerEntry } from './worker-entry.js';

/** What a worker is started with: the roots as trusted_root.json, to rebuild them itself. */
export type WorkerSetup = {
  readonly role: typeof PREPARE_WORKER_ROLE;
  readonly roots: readonly {
    readonly json: JsonValue;
    readonly label: string;
    readonly extra: Pick<LoadedRoot, 'snapshotTaken' | 'githubInstance'>;
  }[];
  readonly fastPath: boolean;
  /** Legacy envelopes are looked up in Rekor (by the main thread). */
  readonly lookUp: boolean;
};
export type PoolRequest = {
  readonly id: number;
  readonly name: string;
  readonly bytes: Uint8Array;
};
/** `undefined`: the main thread reads this file itself (as it would without a pool). */
export type PoolReply = {
  readonly id: number;
  readonly prepared: PreparedAttestation[] | undefined;
};
/** A worker's first message: set up, it takes files from now on. */
export type PoolReady = 'ready';

const MAX_WORKERS = 8;
/**
 * Files a worker holds at once (one in hand, one queued); with every worker that full, or not
 * yet set up, the main thread prepares the next file itself between its other work.
 */
const WORKER_QUEUE = 4;
/**
 * A worker's young generation: V8's default (tens of MiB) adds to the peak RSS of a 10,000-file
 * run for no measured speed (per-bundle CPU time the same at 8, 32 and 64).
 */
const YOUNG_MB = 8;
/** A worker with files that has not answered for this long is taken as stuck (retired). */
const STALL_MS = 20_000;

type Slot = {
  readonly worker: Worker;
  readonly pending: Map<number, (prepared: PreparedAttestation[] | undefined) => void>;
  dead: boolean;
  ready: boolean;
  /** When it last answered, or was given work while idle. */
  heard: number;
};

/**
 * Attestation files prepared (parsed, verified, identity and statement read) on worker threads
 * and on the main thread: each file goes to the least busy worker that is set up and holds
 * fewer than WORKER_QUEUE files, else the main thread prepares it itself (the same function),
 * so no core waits while workers start or catch up; the caller awaits them in input order.
 * Workers start on first use, hold the event loop only while they have work, and end with
 * {@link close}. A worker that fails, exits or stops answering (STALL_MS) hands its files back
 * (`undefined`): the main thread reads them itself, so a verdict is never lost or invented, and
 * no run hangs on a worker.
 */
export class PreparePool {
  private slots: Slot[] | undefined;
  private watchdog: NodeJS.Timeout | undefined;
  private nextId = 0;

  constructor(
    private readonly entry: string,
    private readonly setup: WorkerSetup,
    private readonly roots: readonly LoadedRoot[],
    /** Worker threads (the main thread takes a share besides). */
    readonly size: number,
  ) {}

  prepare(name: string, bytes: Uint8Array): Promise<PreparedAttestation[] | undefined> {
    const slot = this.pick();
    if (slot === undefined) return this.prepareHere(name, bytes);
    const id = this.nextId++;
    return new Promise((resolve) => {
      slot.pending.set(id, resolve);
      if (slot.pending.size === 1) {
        slot.heard = Date.now();
        slot.worker.ref();
      }
      try {
        slot.worker.postMessage({ id, name, bytes } satisfies PoolRequest);
      } catch {
        this.retire(slot);
      }
    });
  }

  /** On this thread, in its own turn of the event loop (workers' replies are taken between). */
  private prepareHere(name: string, bytes: Uint8Array): Promise<PreparedAttestation[] | undefined> {
    return new Promise((resolve) => {
      setImmediate(() => resolve(prepareFile(name, bytes, this.roots, this.setup)));
    });
  }

  async close(): Promise<void> {
    const slots = this.slots ?? [];
    this.slots = [];
    clearInterval(this.watchdog);
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  /** The least busy worker that is set up and has room, if any. */
  private pick(): Slot | undefined {
    if (this.slots === undefined) {
      this.slots = Array.from({ length: this.size }, () => this.start());
      this.watchdog = setInterval(() => this.retireStalled(), 1000).unref();
    }
    let best: Slot | undefined;
    for (const s of this.slots)
      if (s.ready && !s.dead && (best === undefined || s.pending.size < best.pending.size))
        best = s;
    return best !== undefined && best.pending.size < WORKER_QUEUE ? best : undefined;
  }

  private start(): Slot {
    const worker = new Worker(this.entry, {
      argv: [PREPARE_WORKER_ROLE],
      workerData: this.setup,
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB },
    });
    const slot: Slot = { worker, pending: new Map(), dead: false, ready: false, heard: Date.now() };
    worker.unref();
    worker.on('message', (message: PoolReply | PoolReady) => {
      if (message === 'ready') {
        slot.ready = true;
        return;
      }
      const { id, prepared } = message;
      const resolve = slot.pending.get(id);
      slot.pending.delete(id);
      slot.heard = Date.now();
      if (slot.pending.size === 0) worker.unref();
      resolve?.(prepared);
    });
    worker.on('error', () => this.retire(slot));
    worker.on('messageerror', () => this.retire(slot));
    worker.on('exit', () => this.retire(slot));
    return slot;
  }

  private retireStalled(): void {
    const now = Date.now();
    for (const s of this.slots ?? [])
      if (!s.dead && s.pending.size > 0 && now - s.heard > STALL_MS) this.retire(s);
  }

  private retire(slot: Slot): void {
    if (!slot.dead) void slot.worker.terminate();
    slot.dead = true;
    const waiting = [...slot.pending.values()];
    slot.pending.clear();
    for (const resolve of waiting) resolve(undefined);
  }
}

/**
 * A pool for `files` attestation files, or none: below POOL_THRESHOLD, with one core, in a
 * single executable (it cannot start its embedded script as a worker), without an entry that
 * can be started as one (the sources under a test runner), or with VERIFY_PROVENANCE_WORKERS=0.
 * VERIFY_PROVENANCE_WORKERS=N sets the number of workers besides the main thread (default: one
 * fewer than the cores, up to 8).
 */
export function openPreparePool(
  files: number,
  roots: readonly LoadedRoot[],
  env: Readonly<Record<string, string | undefined>>,
  lookUp: boolean,
): PreparePool | undefined {
  const size = poolSize(env.VERIFY_PROVENANCE_WORKERS);
  const entry = workerEntry();
  if (size === 0 || files < POOL_THRESHOLD || entry === undefined || isSea()) return undefined;
  const setup: WorkerSetup = {
    role: PREPARE_WORKER_ROLE,
    roots: roots.map((r) => ({
      json: TrustedRoot.toJSON(r.root) as JsonValue,
      label: r.label,
      extra: {
        ...(r.snapshotTaken === undefined ? {} : { snapshotTaken: r.snapshotTaken }),
        ...(r.githubInstance === undefined ? {} : { githubInstance: r.githubInstance }),
      },
    })),
    fastPath: fastPathEnabled(),
    lookUp,
  };
  return new PreparePool(entry, setup, roots, size);
}

function poolSize(setting: string | undefined): number {
  if (setting === undefined || setting === '') {
    const cores = availableParallelism();
    return cores < 2 ? 0 : Math.min(cores - 1, MAX_WORKERS);
  }
  if (!/^\d{1,2}$/.test(setting) || Number(setting) > 64)
    throw new UsageError(`VERIFY_PROVENANCE_WORKERS=${setting}: give a number of workers, 0 to 64`);
  return Number(setting);
}

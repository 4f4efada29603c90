// A worker of the prepare pool: the trusted roots rebuilt from their JSON once, then each file
// it is sent read and its attestations prepared, exactly as the main thread would.
import { parentPort, workerData } from 'node:worker_threads';
import { setFastPath } from '../core/crypto/fast-path.js';
import { loadTrustedRoot } from '../core/crypto/trust.js';
import { prepareFile } from './prepare-file.js';
import type { PoolReady, PoolReply, PoolRequest, WorkerSetup } from './prepare-pool.js';

const setup = workerData as WorkerSetup;
setFastPath(setup.fastPath);
const roots = setup.roots.map((r) => ({ ...loadTrustedRoot(r.json, r.label), ...r.extra }));

parentPort?.on('message', ({ id, name, bytes }: PoolRequest) => {
  const reply: PoolReply = { id, prepared: prepareFile(name, bytes, roots, setup) };
  try {
    parentPort?.postMessage(reply);
  } catch {
    parentPort?.postMessage({ id, prepared: undefined } satisfies PoolReply);
  }
});
// Set up: files sent from now on are prepared at once (until then the main thread takes them).
parentPort?.postMessage('ready' satisfies PoolReady);

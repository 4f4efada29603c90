// A worker of the prepare pool: the trusted roots rebuilt from their JSON once, then each file
// it is sent read and its attestations prepared, exactly as the main thread would.
import { parentPort, workerData } from 'node:worker_threads';
import { setFastPath } from '../core/crypto/fast-path.js';
import { loadTrustedRoot } from '../core/crypto/trust.js';
import { attestationsOrInvalid, mainThreadOnly } from '../core/input/read-attestations.js';
import { prepareAttestation, type PreparedAttestation } from '../core/verify.js';
import type { PoolReply, PoolRequest, WorkerSetup } from './prepare-pool.js';

const setup = workerData as WorkerSetup;
setFastPath(setup.fastPath);
const roots = setup.roots.map((r) => ({ ...loadTrustedRoot(r.json, r.label), ...r.extra }));

function prepareFile(name: string, bytes: Uint8Array): PreparedAttestation[] | undefined {
  try {
    const candidates = attestationsOrInvalid(name, bytes);
    if (candidates.some((c) => mainThreadOnly(c, setup))) return undefined;
    return candidates.map((c) => prepareAttestation(c, roots));
  } catch {
    return undefined; // thrown the same way on the main thread, which reports it
  }
}

parentPort?.on('message', ({ id, name, bytes }: PoolRequest) => {
  const reply: PoolReply = { id, prepared: prepareFile(name, bytes) };
  try {
    parentPort?.postMessage(reply);
  } catch {
    parentPort?.postMessage({ id, prepared: undefined } satisfies PoolReply);
  }
});

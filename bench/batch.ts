/**
 * The product's batch path over bench units, in this process: each unit's bundle prepared (on
 * the worker pool and this thread when a pool is given, else here) and added, in input order, to the matcher of
 * its policy; verdicts per unit. Workers are the built dist/cli (run `npm run bundle` first).
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { clearFastPathMemos, setFastPath } from '../src/core/crypto/fast-path.js';
import type { LoadedRoot } from '../src/core/crypto/trust.js';
import { attestationsOrInvalid } from '../src/core/input/read-attestations.js';
import type { Policy } from '../src/core/policy/policy.js';
import { AttestationMatcher, type PreparedAttestation } from '../src/core/verify.js';
import { openPreparePool, type PreparePool } from '../src/app/prepare-pool.js';
import { offerWorkerEntry } from '../src/app/worker-entry.js';
import { startClock, type Spent } from './clock.js';
import type { Unit } from './scale.js';

const WINDOW_PER_WORKER = 16;

type Group = { readonly matcher: AttestationMatcher; readonly index: number[] };

export function offerBuiltWorker(root: string): void {
  offerWorkerEntry(join(root, 'dist', 'cli', 'index.js'));
}

function rootKey(root: LoadedRoot): string {
  const json = JSON.stringify(TrustedRoot.toJSON(root.root));
  return createHash('sha256').update(json).digest('hex');
}

/**
 * One pass: `workers` 0 prepares on this thread; else one pool per distinct trusted root
 * (started lazily, closed at the end: its start is in the time).
 */
export async function batchPass(
  units: readonly Unit[],
  workers: number,
): Promise<Spent & { verdicts: boolean[] }> {
  clearFastPathMemos();
  setFastPath(true);
  const stop = startClock();
  const env = { VERIFY_PROVENANCE_WORKERS: String(workers) };
  const pools = new Map<string, { root: LoadedRoot; pool: PreparePool | undefined }>();
  const poolOf = new Map<LoadedRoot, PreparePool | undefined>();
  for (const u of units) {
    if (poolOf.has(u.root)) continue;
    const key = rootKey(u.root);
    let entry = pools.get(key);
    if (entry === undefined) {
      const count = units.length;
      entry = { root: u.root, pool: openPreparePool(count, [u.root], env, false) };
      pools.set(key, entry);
    }
    poolOf.set(u.root, entry.pool);
  }
  const groups = new Map<Policy, Map<LoadedRoot, Group>>();
  const place = units.map((u, i) => {
    const byRoot = groups.get(u.policy) ?? new Map<LoadedRoot, Group>();
    groups.set(u.policy, byRoot);
    let g = byRoot.get(u.root);
    if (g === undefined) {
      const members = units.filter((v) => v.policy === u.policy && v.root === u.root);
      const artifacts = members.map((m) => ({ name: m.id, digests: m.digests }));
      g = { matcher: new AttestationMatcher(u.policy, [u.root], artifacts), index: [] };
      byRoot.set(u.root, g);
    }
    g.index.push(i);
    return g;
  });
  const prepare = (u: Unit): Promise<PreparedAttestation[] | undefined> =>
    poolOf.get(u.root)?.prepare(u.id, u.bytes) ?? Promise.resolve(undefined);
  const window = WINDOW_PER_WORKER * (workers + 1);
  const pending: Promise<PreparedAttestation[] | undefined>[] = [];
  let next = 0;
  for (let i = 0; i < units.length; i++) {
    while (next < units.length && pending.length < window) pending.push(prepare(units[next++]!));
    const u = units[i]!;
    const matcher = place[i]!.matcher;
    const prepared = await pending.shift()!;
    if (prepared !== undefined) for (const p of prepared) matcher.addPrepared(p);
    else for (const c of attestationsOrInvalid(u.id, u.bytes)) matcher.add(c);
  }
  const verdicts: boolean[] = units.map(() => false);
  for (const g of [...groups.values()].flatMap((m) => [...m.values()]))
    g.matcher.results().forEach((r, k) => {
      verdicts[g.index[k]!] = r.result.verdict === 'verified';
    });
  for (const { pool } of pools.values()) if (pool !== undefined) await pool.close();
  return { ...stop(), verdicts };
}

/**
 * Minted inputs for the scaling bench (bench/run.ts section (i)) and the throughput bench: N
 * artifacts, each with its own Sigstore bundle from one throwaway instance (@sigstore/mock), in
 * .cache/bench-scale/. Minting is slow (tens of ms a bundle), so the set is kept and reused; a
 * set too small is minted afresh (one instance, one root for all). Usage:
 * node --import tsx bench/scale-fixtures.ts [COUNT]
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createTestInstance,
  githubClaims,
  sha256Subject,
  slsaV1Statement,
  statementBytes,
} from '../test/support/mint.js';

export const SCALE_DIR = fileURLToPath(new URL('../.cache/bench-scale', import.meta.url));
export const SCALE_ROOT = join(SCALE_DIR, 'trusted_root.json');

export function artifactPath(i: number): string {
  return join(SCALE_DIR, 'artifacts', `app-${String(i).padStart(5, '0')}.tgz`);
}

export function bundlePath(i: number): string {
  return join(SCALE_DIR, 'bundles', `app-${String(i).padStart(5, '0')}.tgz.sigstore.json`);
}

/** How many consecutive artifact/bundle pairs are already minted. */
export function mintedCount(): number {
  if (!existsSync(SCALE_ROOT)) return 0;
  let n = 0;
  while (existsSync(bundlePath(n))) n++;
  return n;
}

/** Mint pairs until `count` exist (all from the instance whose root is SCALE_ROOT). */
export async function mintScale(count: number, log: (line: string) => void): Promise<void> {
  const have = mintedCount();
  if (have >= count) return;
  log(`    minting ${count} artifact/bundle pairs into ${SCALE_DIR} (kept for later runs)`);
  mkdirSync(join(SCALE_DIR, 'artifacts'), { recursive: true });
  mkdirSync(join(SCALE_DIR, 'bundles'), { recursive: true });
  const instance = await createTestInstance();
  try {
    writeFileSync(SCALE_ROOT, JSON.stringify(instance.trustedRoot));
    const claims = githubClaims();
    for (let i = 0; i < count; i++) {
      const bytes = Buffer.from(
        `scale artifact ${i} ${createHash('sha256').update(String(i)).digest('hex')}\n`,
      );
      writeFileSync(artifactPath(i), bytes);
      const statement = slsaV1Statement([sha256Subject(`app-${i}.tgz`, bytes)], claims);
      const bundle = await instance.signDsse(statementBytes(statement), claims);
      writeFileSync(bundlePath(i), JSON.stringify(bundle));
      if ((i + 1) % 500 === 0) log(`    minted ${i + 1}/${count}`);
    }
  } finally {
    instance.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const count = Number(process.argv[2] ?? 10000);
  await mintScale(count, (l) => process.stdout.write(`${l}\n`));
  process.stdout.write(`${mintedCount()} pairs in ${SCALE_DIR}\n`);
}

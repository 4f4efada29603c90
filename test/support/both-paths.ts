// The differential guarantee: the fast path (memos of pure functions of exact bytes, see
// src/core/crypto/fast-path.ts) and the plain @sigstore/verify path must reach the same verdicts
// with the same reason codes. Each helper runs its work both ways and requires equal outcomes.
import { expect } from 'vitest';
import { fastPathEnabled, setFastPath } from '../../src/core/crypto/fast-path.js';

/**
 * Run `work` on the plain path, then twice on the fast path; all must agree. The memos are kept
 * from case to case (as in one process verifying many bundles), so an entry remembered for one
 * bundle that wrongly answers for another shows here.
 */
export function bothPaths<T>(work: () => T, context = ''): T {
  const runs: T[] = [];
  const initial = fastPathEnabled();
  try {
    for (const fast of [false, true, true]) {
      if (fast !== fastPathEnabled()) setFastPath(fast);
      runs.push(work());
    }
  } finally {
    setFastPath(initial);
  }
  return agreed(runs, context);
}

/** {@link bothPaths} for asynchronous work (one run after the other, never interleaved). */
export async function bothPathsAsync<T>(work: () => Promise<T>, context = ''): Promise<T> {
  const runs: T[] = [];
  const initial = fastPathEnabled();
  try {
    for (const fast of [false, true, true]) {
      if (fast !== fastPathEnabled()) setFastPath(fast);
      runs.push(await work());
    }
  } finally {
    setFastPath(initial);
  }
  return agreed(runs, context);
}

function agreed<T>([plain, first, again]: T[], context: string): T {
  expect(first, `fast path differs from plain @sigstore/verify ${context}`).toEqual(plain);
  expect(again, `fast path (again) differs from plain @sigstore/verify ${context}`).toEqual(plain);
  return plain as T;
}

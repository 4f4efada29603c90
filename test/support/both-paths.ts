// The differential guarantee: the fast path (memos of pure functions of exact bytes, see
// src/core/crypto/fast-path.ts) and the plain @sigstore/verify path must reach the same verdicts
// with the same reason codes. Each helper runs its work both ways and requires equal outcomes.
import { expect } from 'vitest';
import { fastPathEnabled, setFastPath } from '../../src/core/crypto/fast-path.js';

/** Run `work` on the plain path, then on the fast path (cold, then warm); all must agree. */
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

function agreed<T>([plain, cold, warm]: T[], context: string): T {
  expect(cold, `fast path (cold) differs from plain @sigstore/verify ${context}`).toEqual(plain);
  expect(warm, `fast path (warm) differs from plain @sigstore/verify ${context}`).toEqual(plain);
  return plain as T;
}

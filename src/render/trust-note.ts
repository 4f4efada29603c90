import type { LoadedRoot } from '../core/crypto/trust.js';

const DAY = 24 * 60 * 60 * 1000;

/** Which trust is in use and how old its newest key is, one line per root. */
export function trustNotes(roots: readonly LoadedRoot[], now: Date): string[] {
  return roots.map((root) => {
    const newest = root.newestKeyStart;
    const age =
      newest === undefined
        ? ''
        : `, newest key from ${newest.toISOString().slice(0, 10)} (${Math.floor((now.getTime() - newest.getTime()) / DAY)} days ago)`;
    return `trust: ${root.label}${age}`;
  });
}

import type { LoadedRoot } from '../core/crypto/trust.js';
import type { CliIo } from './io.js';

const DAY = 24 * 60 * 60 * 1000;

/** Say on stderr which trust is in use and how old the embedded root is. */
export function describeRoots(
  roots: readonly LoadedRoot[],
  io: CliIo,
  now: Date = new Date(),
): void {
  for (const root of roots) {
    const newest = root.newestKeyStart;
    const age =
      newest === undefined
        ? ''
        : `, newest key from ${newest.toISOString().slice(0, 10)} (${Math.floor((now.getTime() - newest.getTime()) / DAY)} days ago)`;
    io.stderr(`trust: ${root.label}${age}\n`);
  }
}

import type { LoadedRoot } from '../core/crypto/trust.js';

const DAY = 24 * 60 * 60 * 1000;

/** An embedded snapshot older than this gets a warning: keys added since are unknown to it. */
export const SNAPSHOT_WARNING_DAYS = 180;

const isoDate = (d: Date): string => d.toISOString().slice(0, 10);
const daysBetween = (from: Date, to: Date): number =>
  Math.floor((to.getTime() - from.getTime()) / DAY);

/**
 * Which trust is in use and how old it is, one line per root: an embedded snapshot by the date
 * it was taken (with a warning past SNAPSHOT_WARNING_DAYS), any other root by its newest key.
 */
export function trustNotes(roots: readonly LoadedRoot[], now: Date): string[] {
  return roots.flatMap((root) => {
    const taken = root.snapshotTaken;
    if (taken !== undefined)
      return [
        `trust: ${root.label}, snapshot of ${isoDate(taken)} (${daysBetween(taken, now)} days ago)`,
        ...snapshotWarning(root, now),
      ];
    const newest = root.newestKeyStart;
    const age =
      newest === undefined
        ? ''
        : `, newest key from ${isoDate(newest)} (${daysBetween(newest, now)} days ago)`;
    return [`trust: ${root.label}${age}`];
  });
}

/** The warning for an embedded snapshot past the threshold, if any. */
export function snapshotWarning(root: LoadedRoot, now: Date): string[] {
  const taken = root.snapshotTaken;
  if (taken === undefined) return [];
  const days = daysBetween(taken, now);
  if (days <= SNAPSHOT_WARNING_DAYS) return [];
  return [
    `warning: ${root.label} is ${days} days old (over ${SNAPSHOT_WARNING_DAYS}): keys added since are unknown to it; refresh online (drop --offline) or pass a current --trusted-root`,
  ];
}

import type { Check } from '../result.js';

/** The start of the message of a lockfile agreement by sha1 alone. */
export const WEAK_AGREEMENT = "the lockfile's sha1 is the registry's";

/** A lockfile agreement by sha1 alone: it passes, with a warning (sha1 does not bind). */
export function isWeak(check: Check): boolean {
  return (
    check.id === 'lockfile-integrity' &&
    check.status === 'pass' &&
    check.message.startsWith(WEAK_AGREEMENT)
  );
}

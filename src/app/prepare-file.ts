import type { LoadedRoot } from '../core/crypto/trust.js';
import { attestationsOrInvalid, mainThreadOnly } from '../core/input/read-attestations.js';
import { prepareAttestation, type PreparedAttestation } from '../core/verify.js';

/**
 * One attestation file read and its attestations prepared, as a pool worker and the main
 * thread's share of a pooled run do it; `undefined` when the file is the main thread's own
 * path's (npm responses, envelopes to look up in Rekor) or cannot be read (that path reports it).
 */
export function prepareFile(
  name: string,
  bytes: Uint8Array,
  roots: readonly LoadedRoot[],
  options: { readonly lookUp: boolean },
): PreparedAttestation[] | undefined {
  try {
    const candidates = attestationsOrInvalid(name, bytes);
    if (candidates.some((c) => mainThreadOnly(c, options))) return undefined;
    return candidates.map((c) => prepareAttestation(c, roots));
  } catch {
    return undefined; // thrown the same way on the main thread's own path, which reports it
  }
}

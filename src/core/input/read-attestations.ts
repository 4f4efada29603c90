import { UsageError, VerifyError } from '../errors.js';
import { isJsonObject, parseStrictJson, type JsonValue } from '../json/strict-json.js';
import { LIMITS } from '../limits.js';

/** One attestation found in an input file, not yet parsed or verified. */
export type AttestationCandidate =
  | {
      readonly origin: string;
      readonly kind: 'bundle' | 'legacy-dsse';
      readonly json: JsonValue;
      /** An entry of a saved npm attestations response (one unit: provenance and publish). */
      readonly npm?: { readonly response: string; readonly publish: boolean };
    }
  | { readonly origin: string; readonly kind: 'invalid'; readonly error: VerifyError };

/** The npm response this candidate is an entry of (its provenance or publish), if any. */
export function npmEntry(
  c: AttestationCandidate,
): { readonly response: string; readonly publish: boolean } | undefined {
  return c.kind === 'bundle' ? c.npm : undefined;
}

/** A legacy envelope the caller looks up in Rekor before verifying it, when it asks one. */
export function needsRekor(
  c: AttestationCandidate,
  { lookUp }: { readonly lookUp: boolean },
): c is AttestationCandidate & { readonly kind: 'legacy-dsse' } {
  return lookUp && c.kind === 'legacy-dsse';
}

/**
 * A candidate that cannot be verified on its own, so only the main thread takes it: an npm
 * response entry (the response is one unit: its provenance counts only when its publish
 * attestation verifies, NpmUnitCollector) or, with a Rekor to ask (`lookUp`), a legacy envelope.
 * A worker of the prepare pool hands a file holding one back; the main thread's steps for them
 * are chosen by {@link npmEntry} and {@link needsRekor}, the two halves of this rule.
 */
export function mainThreadOnly(
  c: AttestationCandidate,
  options: { readonly lookUp: boolean },
): boolean {
  return npmEntry(c) !== undefined || needsRekor(c, options);
}

/** The predicate type of the npm registry's publish attestation. */
export const NPM_PUBLISH_PREDICATE_TYPE =
  'https://github.com/npm/attestation/tree/main/specs/publish/v0.1';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Find the attestations in a file, by content rather than name: one bundle (JSON), JSON Lines
 * of bundles or legacy DSSE envelopes (`.intoto.jsonl`), a saved GitHub attestations API
 * response or a saved npm attestations response. Whitespace-only input yields nothing (the
 * caller reports NO_ATTESTATION); anything unreadable is a typed error.
 */
export function readAttestations(name: string, bytes: Uint8Array): AttestationCandidate[] {
  if (bytes.length > LIMITS.maxInputBytes) {
    throw new VerifyError(
      'LIMIT',
      `${name}: ${bytes.length} bytes (limit ${LIMITS.maxInputBytes})`,
    );
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new VerifyError('MALFORMED', `${name}: not UTF-8 text`);
  }
  if (text.charCodeAt(0) === 0xfeff)
    throw new VerifyError('MALFORMED', `${name}: starts with a byte-order mark`);
  if (text.trim().length === 0) return [];
  let whole: JsonValue | undefined;
  let wholeError: VerifyError | undefined;
  try {
    whole = parseStrictJson(text);
  } catch (err) {
    if (!(err instanceof VerifyError)) throw err;
    wholeError = err;
  }
  const found = whole !== undefined ? classify(name, whole) : readJsonLines(name, text, wholeError);
  if (found.length > LIMITS.maxAttestations) {
    throw new VerifyError(
      'LIMIT',
      `${name}: ${found.length} attestations (limit ${LIMITS.maxAttestations})`,
    );
  }
  return found;
}

/**
 * {@link readAttestations}, where a file that cannot be read as attestations is one failed
 * candidate rather than an error (usage errors and anything unexpected still throw).
 */
export function attestationsOrInvalid(name: string, bytes: Uint8Array): AttestationCandidate[] {
  try {
    return readAttestations(name, bytes);
  } catch (err) {
    if (err instanceof VerifyError && !(err instanceof UsageError))
      return [{ origin: name, kind: 'invalid', error: err }];
    throw err;
  }
}

function readJsonLines(
  name: string,
  text: string,
  wholeError: VerifyError | undefined,
): AttestationCandidate[] {
  const lines = text.split('\n');
  const nonEmpty = lines.filter((l) => l.trim().length > 0);
  if (nonEmpty.length <= 1 && wholeError !== undefined)
    throw new VerifyError(wholeError.code, `${name}: ${wholeError.message}`);
  if (nonEmpty.length > LIMITS.maxAttestations) {
    throw new VerifyError(
      'LIMIT',
      `${name}: ${nonEmpty.length} lines (limit ${LIMITS.maxAttestations})`,
    );
  }
  const found: AttestationCandidate[] = [];
  lines.forEach((line, i) => {
    if (line.trim().length === 0) return;
    const origin = `${name}:${i + 1}`;
    try {
      found.push(...classify(origin, parseStrictJson(line)));
    } catch (err) {
      if (!(err instanceof VerifyError)) throw err;
      found.push({ origin, kind: 'invalid', error: err });
    }
  });
  return found;
}

function classify(origin: string, json: JsonValue): AttestationCandidate[] {
  if (!isJsonObject(json))
    return [
      { origin, kind: 'invalid', error: new VerifyError('MALFORMED', 'expected a JSON object') },
    ];
  if (Array.isArray(json.attestations)) {
    // npm's response lists each entry's predicateType beside its bundle (GitHub's does not).
    const npm = json.attestations.some(
      (item) => isJsonObject(item) && item.predicateType === NPM_PUBLISH_PREDICATE_TYPE,
    );
    return json.attestations.map((item, i): AttestationCandidate => {
      const at = `${origin}#${i + 1}`;
      if (isJsonObject(item) && isJsonObject(item.bundle))
        return {
          origin: at,
          kind: 'bundle',
          json: item.bundle,
          ...(npm
            ? {
                npm: {
                  response: origin,
                  publish: item.predicateType === NPM_PUBLISH_PREDICATE_TYPE,
                },
              }
            : {}),
        };
      if (isJsonObject(item) && typeof item.bundle_url === 'string') {
        return {
          origin: at,
          kind: 'invalid',
          error: new VerifyError(
            'BUNDLE_SHAPE',
            'this API response only links the bundle (bundle_url); fetch it or save a response with inline bundles',
          ),
        };
      }
      return {
        origin: at,
        kind: 'invalid',
        error: new VerifyError('BUNDLE_SHAPE', 'attestation entry has no bundle'),
      };
    });
  }
  if (
    json.mediaType === undefined &&
    typeof json.payloadType === 'string' &&
    Array.isArray(json.signatures)
  ) {
    return [{ origin, kind: 'legacy-dsse', json }];
  }
  return [{ origin, kind: 'bundle', json }];
}

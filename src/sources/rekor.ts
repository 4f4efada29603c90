import { createHash } from 'node:crypto';
import { bundleFromRekorEntry } from '../core/bundle/rekor-entry.js';
import { parseLegacyEnvelope, type LegacyEnvelope } from '../core/bundle/legacy-dsse.js';
import { VerifyError } from '../core/errors.js';
import type { AttestationCandidate } from '../core/input/read-attestations.js';
import { isJsonObject, type JsonValue } from '../core/json/strict-json.js';
import type { HttpClient } from './http.js';
import { jsonBody, unexpectedStatus } from './responses.js';

/** At most this many log entries are tried for one envelope. */
const MAX_ENTRIES = 10;

/**
 * Find a legacy envelope's entries in Rekor (v1 API: the index by the payload's sha256, then
 * each entry) and turn each into a bundle candidate for the core to verify like any other.
 * No entry is a failure (TLOG_THRESHOLD): an envelope that was never logged proves nothing.
 */
export async function lookUpLegacyEnvelope(
  client: HttpClient,
  rekorUrl: string,
  candidate: { readonly origin: string; readonly json: JsonValue },
): Promise<AttestationCandidate[]> {
  // Read once, as the core reads it: one signature, its certificate, the payload decoded.
  let legacy: LegacyEnvelope;
  try {
    legacy = parseLegacyEnvelope(candidate.json);
  } catch (err) {
    if (err instanceof VerifyError) return [invalid(candidate.origin, err)];
    throw err;
  }
  const hash = `sha256:${createHash('sha256').update(legacy.payload).digest('hex')}`;
  const search = await client.request(`${rekorUrl}/api/v1/index/retrieve`, {
    body: JSON.stringify({ hash }),
    anonymous: true,
  });
  if (search.status !== 200) throw unexpectedStatus(search, `Rekor search at ${rekorUrl}`);
  const uuids = jsonBody(search, `Rekor search at ${rekorUrl}`);
  if (
    !Array.isArray(uuids) ||
    !uuids.every((u) => typeof u === 'string' && /^[0-9a-f]{64,80}$/.test(u))
  )
    throw new VerifyError('NETWORK', `Rekor search at ${rekorUrl}: not a list of entry UUIDs`);
  if (uuids.length === 0)
    return [
      invalid(
        candidate.origin,
        new VerifyError(
          'TLOG_THRESHOLD',
          `${rekorUrl} has no entry for this envelope (payload ${hash})`,
          {
            hint: 'an envelope that was never logged cannot be proven; check --rekor-url',
          },
        ),
      ),
    ];
  const found: AttestationCandidate[] = [];
  for (const uuid of (uuids as string[]).slice(0, MAX_ENTRIES)) {
    const origin = `${candidate.origin} (Rekor ${uuid.slice(-12)})`;
    const response = await client.request(`${rekorUrl}/api/v1/log/entries/${uuid}`, {
      anonymous: true,
    });
    if (response.status !== 200) throw unexpectedStatus(response, `Rekor entry ${uuid}`);
    const entries = jsonBody(response, `Rekor entry ${uuid}`);
    const entry = isJsonObject(entries) ? entries[uuid] : undefined;
    try {
      if (entry === undefined)
        throw new VerifyError('NETWORK', `Rekor answered for another entry than ${uuid}`);
      found.push({ origin, kind: 'bundle', json: bundleFromRekorEntry(legacy, entry) });
    } catch (err) {
      if (!(err instanceof VerifyError)) throw err;
      found.push(invalid(origin, err));
    }
  }
  return found;
}

function invalid(origin: string, error: VerifyError): AttestationCandidate {
  return { origin, kind: 'invalid', error };
}

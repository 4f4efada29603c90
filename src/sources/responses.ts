import { VerifyError } from '../core/errors.js';
import { parseStrictJson, type JsonValue } from '../core/json/strict-json.js';
import type { HttpClient, HttpResponse } from './http.js';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * A service's JSON answer. A body that is not JSON is the service failing (a truncated or
 * garbled transfer, a proxy's error page): NETWORK, indeterminate, never a verdict.
 */
export function jsonBody(response: HttpResponse, what: string): JsonValue {
  try {
    return parseStrictJson(utf8.decode(response.body));
  } catch (err) {
    throw new VerifyError(
      'NETWORK',
      `${what}: the response is not valid JSON (${err instanceof Error ? err.message : String(err)})`,
      { hint: 'the service or a proxy answered with something else; try again later' },
    );
  }
}

/** A status that is neither success nor "not found": the answer is unknown (exit 3). */
export function unexpectedStatus(response: HttpResponse, what: string): VerifyError {
  const auth = response.status === 401 || response.status === 403;
  return new VerifyError('NETWORK', `${what}: HTTP ${response.status}`, {
    hint: auth
      ? 'the token was refused or lacks access (attestations: read); anonymous access works only for public repositories'
      : 'the service failed; the result is unknown, not a pass',
  });
}

/** GET a registry or index document, anonymously; 404 is `undefined` (the caller says what was missing). */
export async function fetchJson(
  client: HttpClient,
  url: string,
  what: string,
  accept = 'application/json',
  maxBytes?: number,
): Promise<JsonValue | undefined> {
  const response = await client.request(url, {
    accept,
    anonymous: true,
    ...(maxBytes === undefined ? {} : { maxBytes }),
  });
  if (response.status === 404) return undefined;
  if (response.status !== 200) throw unexpectedStatus(response, what);
  return jsonBody(response, what);
}

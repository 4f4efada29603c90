import { UsageError, VerifyError } from '../core/errors.js';

// URL rules for every network source, apart from the HTTP client itself: a run that never
// goes online checks its settings without loading the client.

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** https anywhere; http only to loopback (local test servers). */
export function checkUrl(url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(`not a URL: ${JSON.stringify(url)}`);
  }
  if (parsed.username !== '' || parsed.password !== '')
    throw new VerifyError('NETWORK', `refusing a URL with credentials: ${parsed.host}`);
  if (parsed.protocol === 'https:') return;
  if (parsed.protocol === 'http:' && LOOPBACK.has(parsed.hostname)) return;
  throw new VerifyError(
    'NETWORK',
    `refusing ${parsed.protocol}//${parsed.host}: only https is allowed`,
  );
}

/**
 * A configured service base (API, registry, index, Rekor, TUF mirror): trailing slashes
 * dropped, then checked as `checkUrl` does; any refusal is a usage error naming the setting.
 */
export function serviceBase(url: string, setting: string): string {
  const base = url.replace(/\/+$/, '');
  try {
    checkUrl(base);
  } catch (err) {
    throw new UsageError(`${setting}: ${err instanceof Error ? err.message : String(err)}`);
  }
  return base;
}

/**
 * A URL that a response gave (a redirect, a `bundle_url`): allowed as `checkUrl` allows, and
 * never a step down from https. Plain http to loopback exists for local tests; a remote
 * service must not be able to point the verifier at the machine's own http services.
 */
export function checkLinked(url: string, from: string): void {
  try {
    checkUrl(url);
  } catch (err) {
    if (err instanceof UsageError)
      throw new VerifyError('NETWORK', `the service linked to ${err.message}`);
    throw err;
  }
  if (new URL(from).protocol === 'https:' && new URL(url).protocol !== 'https:')
    throw new VerifyError(
      'NETWORK',
      `refusing ${new URL(url).origin}: linked from https, not https itself`,
    );
}

import { UsageError, VerifyError } from '../core/errors.js';
import type { AttestationCandidate } from '../core/input/read-attestations.js';
import { isJsonObject, parseStrictJson, type JsonValue } from '../core/json/strict-json.js';
import { LIMITS } from '../core/limits.js';
import { formatRepo } from '../core/github/names.js';
import type { Policy } from '../core/policy/policy.js';
import type { ArtifactSubject } from '../core/verify.js';
import { checkLinked } from './urls.js';
import { type HttpClient } from './http.js';
import { jsonBody, unexpectedStatus } from './responses.js';
import { decodeSnappy } from './snappy.js';

const PER_PAGE = 100;
const MAX_PAGES = Math.ceil(LIMITS.maxAttestations / PER_PAGE) + 1;
const BULK_BATCH = 100;

/** Where to look: a repository, or every repository of an owner (organization or user). */
export type GithubScope =
  | { readonly kind: 'repo'; readonly repo: string }
  | { readonly kind: 'owner'; readonly owner: string };

export function githubScope(policy: Policy): GithubScope {
  if (policy.sourceRepo !== undefined) return { kind: 'repo', repo: formatRepo(policy.sourceRepo) };
  if (policy.owner !== undefined) return { kind: 'owner', owner: policy.owner };
  throw new UsageError('the GitHub attestations API is searched by repository or owner', {
    hint: 'add --repo OWNER/REPO or --owner OWNER',
  });
}

/** The GitHub API's filter for the policy's predicate type, when there is exactly one. */
function predicateFilter(policy: Policy): string | undefined {
  return policy.predicateTypes !== 'any' && policy.predicateTypes.length === 1
    ? policy.predicateTypes[0]
    : undefined;
}

/**
 * The attestations GitHub stores for these artifacts (by sha256), with each `bundle_url`
 * fetched anonymously and Snappy-decoded. Not found and empty both yield no candidates; every
 * other failure is NETWORK. A bundle that cannot be fetched or read becomes one failed
 * candidate, so another attestation may still verify the artifact.
 */
export async function githubAttestations(
  client: HttpClient,
  apiUrl: string,
  policy: Policy,
  artifacts: readonly ArtifactSubject[],
): Promise<AttestationCandidate[]> {
  const scope = githubScope(policy);
  const digests = [...new Set(artifacts.map(sha256Of))];
  const filter = predicateFilter(policy);
  const entries =
    scope.kind === 'owner' && digests.length > 1 && client.hasToken()
      ? await bulkEntries(client, apiUrl, scope.owner, digests, filter)
      : (
          await Promise.all(digests.map((d) => digestEntries(client, apiUrl, scope, d, filter)))
        ).flat();
  if (entries.length > LIMITS.maxAttestations)
    throw new VerifyError(
      'LIMIT',
      `GitHub returned ${entries.length} attestations (limit ${LIMITS.maxAttestations})`,
      { hint: 'narrow the search with --repo or --predicate-type' },
    );
  return Promise.all(entries.map((e) => candidateFrom(client, e, apiUrl)));
}

type Entry = { readonly origin: string; readonly json: JsonValue };

function sha256Of(artifact: ArtifactSubject): string {
  const hex = artifact.digests.sha256;
  if (hex === undefined)
    throw new UsageError(`${artifact.name}: the GitHub attestations API is searched by sha256`, {
      hint: 'give the file, or its sha256:HEX digest',
    });
  return `sha256:${hex}`;
}

async function digestEntries(
  client: HttpClient,
  apiUrl: string,
  scope: GithubScope,
  digest: string,
  filter: string | undefined,
): Promise<Entry[]> {
  const query = `?per_page=${PER_PAGE}${filter === undefined ? '' : `&predicate_type=${encodeURIComponent(filter)}`}`;
  const at = (path: string): string => `${apiUrl}${path}/attestations/${digest}${query}`;
  if (scope.kind === 'repo') {
    const [owner, repo] = scope.repo.split('/') as [string, string];
    const label = `${scope.repo} ${digest}`;
    return (await listPages(client, at(`/repos/${seg(owner)}/${seg(repo)}`), label)) ?? [];
  }
  // An owner is an organization or a user; the API has one endpoint for each.
  const org = await listPages(client, at(`/orgs/${seg(scope.owner)}`), `${scope.owner} ${digest}`);
  if (org !== undefined) return org;
  return (
    (await listPages(client, at(`/users/${seg(scope.owner)}`), `${scope.owner} ${digest}`)) ?? []
  );
}

/** Follow `Link: rel="next"` on the API origin; 404 is "none" (undefined for the first page). */
async function listPages(
  client: HttpClient,
  first: string,
  label: string,
): Promise<Entry[] | undefined> {
  const found: Entry[] = [];
  let url: string | undefined = first;
  for (let page = 1; url !== undefined; page++) {
    if (page > MAX_PAGES)
      throw new VerifyError('LIMIT', `${label}: more than ${MAX_PAGES} pages of attestations`);
    const response = await client.get(url, 'application/vnd.github+json');
    if (response.status === 404) return page === 1 ? undefined : found;
    if (response.status !== 200)
      throw unexpectedStatus(response, `GitHub attestations for ${label}`);
    const body = jsonBody(response, `GitHub attestations for ${label}`);
    const list = isJsonObject(body) ? body.attestations : undefined;
    if (!Array.isArray(list))
      throw new VerifyError('NETWORK', `GitHub attestations for ${label}: no "attestations" list`);
    list.forEach((json, i) =>
      found.push({ origin: `github:${label}#${found.length + i + 1}`, json }),
    );
    url = nextLink(response.headers.get('link'), first);
  }
  return found;
}

/** The `rel="next"` URL of a Link header, only on the same origin as the first page. */
export function nextLink(header: string | null, first: string): string | undefined {
  if (header === null) return undefined;
  for (const part of header.split(',')) {
    const m = /^\s*<([^>]*)>\s*;(.*)$/.exec(part);
    if (m === null || !/(^|;)\s*rel="?next"?\s*(;|$)/.test(m[2] ?? '')) continue;
    const next = new URL(m[1] ?? '', first);
    if (next.origin !== new URL(first).origin)
      throw new VerifyError('NETWORK', `pagination link leaves the API: ${next.origin}`);
    return next.toString();
  }
  return undefined;
}

/**
 * `POST …/attestations/bulk-list`: up to 100 digests per query. Whether the owner is an
 * organization or a user is learnt on the first batch (organization first) and kept.
 */
async function bulkEntries(
  client: HttpClient,
  apiUrl: string,
  owner: string,
  digests: readonly string[],
  filter: string | undefined,
): Promise<Entry[]> {
  const found: Entry[] = [];
  let kinds: readonly ('orgs' | 'users')[] = ['orgs', 'users'];
  for (let at = 0; at < digests.length; at += BULK_BATCH) {
    const body = JSON.stringify({
      subject_digests: digests.slice(at, at + BULK_BATCH),
      ...(filter === undefined ? {} : { predicate_type: filter }),
    });
    for (const kind of kinds) {
      const entries = await bulkPages(client, `${apiUrl}/${kind}/${seg(owner)}`, owner, body);
      if (entries === undefined) continue;
      kinds = [kind];
      found.push(...entries);
      break;
    }
  }
  return found;
}

/** One bulk query, following `page_info.next` cursors; 404 on the first page is `undefined`. */
async function bulkPages(
  client: HttpClient,
  ownerUrl: string,
  owner: string,
  body: string,
): Promise<Entry[] | undefined> {
  const found: Entry[] = [];
  const what = `GitHub bulk attestations for ${owner}`;
  let after: string | undefined;
  for (let page = 1; ; page++) {
    if (page > MAX_PAGES * 10)
      throw new VerifyError('LIMIT', `${owner}: too many pages of attestations`);
    const url = `${ownerUrl}/attestations/bulk-list?per_page=${PER_PAGE}${after === undefined ? '' : `&after=${encodeURIComponent(after)}`}`;
    const response = await client.request(url, { accept: 'application/vnd.github+json', body });
    if (response.status === 404) return page === 1 ? undefined : found;
    if (response.status !== 200) throw unexpectedStatus(response, what);
    const json = jsonBody(response, what);
    const byDigest = isJsonObject(json) ? json.attestations_subject_digests : undefined;
    if (!isJsonObject(byDigest)) throw new VerifyError('NETWORK', `${what}: unexpected shape`);
    for (const [digest, list] of Object.entries(byDigest)) {
      if (list === null) continue;
      if (!Array.isArray(list))
        throw new VerifyError('NETWORK', `GitHub bulk attestations: ${digest} is not a list`);
      list.forEach((entry, i) =>
        found.push({ origin: `github:${owner} ${digest}#${i + 1}`, json: entry }),
      );
    }
    const info = isJsonObject(json) ? json.page_info : undefined;
    if (!isJsonObject(info) || info.has_next !== true || typeof info.next !== 'string')
      return found;
    after = info.next;
  }
}

/** An API entry → a candidate: its inline bundle, else the bundle at `bundle_url`. */
async function candidateFrom(
  client: HttpClient,
  entry: Entry,
  apiUrl: string,
): Promise<AttestationCandidate> {
  const origin = entry.origin;
  const invalid = (error: VerifyError): AttestationCandidate => ({
    origin,
    kind: 'invalid',
    error,
  });
  if (!isJsonObject(entry.json))
    return invalid(new VerifyError('BUNDLE_SHAPE', 'attestation entry is not an object'));
  if (isJsonObject(entry.json.bundle)) return { origin, kind: 'bundle', json: entry.json.bundle };
  const url = entry.json.bundle_url;
  if (typeof url !== 'string')
    return invalid(
      new VerifyError('BUNDLE_SHAPE', 'attestation entry has no bundle or bundle_url'),
    );
  try {
    checkLinked(url, apiUrl);
    return { origin, kind: 'bundle', json: await fetchBundle(client, url) };
  } catch (err) {
    if (err instanceof VerifyError) return invalid(err);
    throw err;
  }
}

/**
 * A `bundle_url` body is the bundle's JSON, Snappy-compressed (as `gh` reads it). The token
 * never goes with it. A body that is already plain JSON is read as is.
 */
export async function fetchBundle(client: HttpClient, url: string): Promise<JsonValue> {
  const response = await client.request(url, { accept: '*/*', anonymous: true });
  if (response.status !== 200) throw unexpectedStatus(response, `bundle at ${new URL(url).host}`);
  const body = response.body;
  let text: Uint8Array;
  try {
    text = decodeSnappy(body, LIMITS.maxInputBytes);
  } catch (err) {
    if (body[0] !== 0x7b) throw err;
    text = body;
  }
  try {
    return parseStrictJson(new TextDecoder('utf-8', { fatal: true }).decode(text));
  } catch (err) {
    throw new VerifyError(
      'MALFORMED',
      `bundle at ${new URL(url).host} is not JSON: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
}

function seg(value: string): string {
  return encodeURIComponent(value);
}

/**
 * The attestations a repository holds for one digest of any algorithm the API takes (a release
 * attestation is found by its tag's `sha1:` git object id), optionally filtered by predicate type.
 */
export async function repoAttestations(
  client: HttpClient,
  apiUrl: string,
  repo: string,
  digest: string,
  predicateType?: string,
): Promise<AttestationCandidate[]> {
  const [owner = '', name = ''] = repo.split('/');
  const query = `?per_page=${PER_PAGE}${predicateType === undefined ? '' : `&predicate_type=${encodeURIComponent(predicateType)}`}`;
  const url = `${apiUrl}/repos/${seg(owner)}/${seg(name)}/attestations/${digest}${query}`;
  const entries = (await listPages(client, url, `${repo} ${digest}`)) ?? [];
  if (entries.length > LIMITS.maxAttestations)
    throw new VerifyError(
      'LIMIT',
      `GitHub returned ${entries.length} attestations (limit ${LIMITS.maxAttestations})`,
    );
  return Promise.all(entries.map((e) => candidateFrom(client, e, apiUrl)));
}

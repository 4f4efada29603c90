import { VerifyError } from '../core/errors.js';
import { isJsonObject } from '../core/json/strict-json.js';
import type { HttpClient } from './http.js';
import { jsonBody, unexpectedStatus } from './responses.js';

/**
 * The git object a release tag names (`GET /repos/OWNER/REPO/git/ref/tags/TAG`, as `gh release
 * verify` resolves it): a sha1 id (40 hex) or, in a SHA-256 repository, a sha256 id (64 hex).
 * A tag that does not exist is NO_ATTESTATION (nothing to verify); anything else unexpected is
 * NETWORK.
 */
export async function fetchTagRef(
  client: HttpClient,
  apiUrl: string,
  repo: string,
  tag: string,
): Promise<{ algorithm: 'sha1' | 'sha256'; hex: string }> {
  const [owner = '', name = ''] = repo.split('/');
  const path = `/repos/${encodeURIComponent(owner)}/${encodeURIComponent(name)}/git/ref/tags/${tag.split('/').map(encodeURIComponent).join('/')}`;
  const what = `GitHub tag ${tag} of ${repo}`;
  const response = await client.get(`${apiUrl}${path}`, 'application/vnd.github+json');
  if (response.status === 404)
    throw new VerifyError('NO_ATTESTATION', `${repo} has no tag ${JSON.stringify(tag)}`, {
      hint: 'check the repository and the exact tag name; a private repository needs a token',
    });
  if (response.status !== 200) throw unexpectedStatus(response, what);
  const body = jsonBody(response, what);
  const object = isJsonObject(body) ? body.object : undefined;
  const sha = isJsonObject(object) ? object.sha : undefined;
  if (typeof sha !== 'string' || !/^([0-9a-f]{40}|[0-9a-f]{64})$/.test(sha))
    throw new VerifyError('NETWORK', `${what}: no object sha in the answer`);
  return { algorithm: sha.length === 40 ? 'sha1' : 'sha256', hex: sha };
}

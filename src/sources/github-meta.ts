import { VerifyError } from '../core/errors.js';
import { isJsonObject } from '../core/json/strict-json.js';
import type { HttpClient } from './http.js';
import { jsonBody, unexpectedStatus } from './responses.js';
import type { TrustRootOptions } from './trust-roots.js';

const GITHUB_COM_API = 'https://api.github.com';

/**
 * A GHE.com tenant signs with its own trust domain, which its API's `/meta` names
 * (`domains.artifact_attestations.trust_domain`, as `gh` reads it); GitHub's TUF repository
 * then serves `<trust domain>.trusted_root.json`. Asked only when trust is refreshed online and
 * the API is not github.com's; anything but a DNS label is refused where the root is fetched.
 */
export async function withGithubTrustDomain(
  trust: TrustRootOptions,
  client: HttpClient,
  apiUrl: string,
): Promise<TrustRootOptions> {
  const online = trust.trustedRootFile === undefined && trust.offline !== true;
  if (!online || apiUrl === GITHUB_COM_API || trust.githubTrustDomain !== undefined) return trust;
  const what = `${apiUrl}/meta (the instance's trust domain)`;
  const response = await client.get(`${apiUrl}/meta`, 'application/vnd.github+json');
  // An API without /meta names no trust domain: GitHub's own (dotcom) then applies.
  if (response.status === 404) return trust;
  if (response.status !== 200) throw unexpectedStatus(response, what);
  const body = jsonBody(response, what);
  const domains = isJsonObject(body) ? body.domains : undefined;
  const section = isJsonObject(domains) ? domains.artifact_attestations : undefined;
  const domain = isJsonObject(section) ? section.trust_domain : undefined;
  if (domain === undefined || domain === null || domain === '') return trust;
  if (typeof domain !== 'string')
    throw new VerifyError('NETWORK', `${what}: trust_domain is not a string`);
  return { ...trust, githubTrustDomain: domain };
}

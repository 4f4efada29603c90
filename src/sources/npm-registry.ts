import { VerifyError } from '../core/errors.js';
import { isJsonObject, type JsonValue } from '../core/json/strict-json.js';
import type { NpmPackage } from '../core/npm/package.js';
import type { HttpClient } from './http.js';
import { jsonBody, unexpectedStatus } from './responses.js';

/** `@scope/name` in a registry path: the slash encoded, as npm does. */
function pathName(name: string): string {
  return name.replace('/', '%2f');
}

/** GET a registry document; 404 is `undefined` (the caller says what was missing). */
async function getJson(
  client: HttpClient,
  url: string,
  what: string,
): Promise<JsonValue | undefined> {
  const response = await client.request(url, { accept: 'application/json', anonymous: true });
  if (response.status === 404) return undefined;
  if (response.status !== 200) throw unexpectedStatus(response, what);
  return jsonBody(response, what);
}

/** The version document (`dist.integrity` is what the attestations must cover). */
export async function fetchVersionManifest(
  client: HttpClient,
  registry: string,
  pkg: NpmPackage,
): Promise<JsonValue | undefined> {
  return getJson(
    client,
    `${registry}/${pathName(pkg.name)}/${encodeURIComponent(pkg.version)}`,
    `npm ${pkg.name}@${pkg.version}`,
  );
}

/** `/-/npm/v1/attestations/NAME@VERSION`: `{attestations: [{predicateType, bundle}]}`. */
export async function fetchNpmAttestations(
  client: HttpClient,
  registry: string,
  pkg: NpmPackage,
): Promise<JsonValue | undefined> {
  return getJson(
    client,
    `${registry}/-/npm/v1/attestations/${pathName(pkg.name)}@${encodeURIComponent(pkg.version)}`,
    `npm attestations for ${pkg.name}@${pkg.version}`,
  );
}

/** `/-/npm/v1/keys`: the registry's signing keys. */
export async function fetchRegistryKeys(client: HttpClient, registry: string): Promise<JsonValue> {
  const keys = await getJson(client, `${registry}/-/npm/v1/keys`, 'npm registry keys');
  if (keys === undefined)
    throw new VerifyError('NETWORK', `${registry} publishes no signing keys (/-/npm/v1/keys)`);
  return keys;
}

export function integrityOf(manifest: JsonValue): unknown {
  return isJsonObject(manifest) && isJsonObject(manifest.dist)
    ? manifest.dist.integrity
    : undefined;
}

import { VerifyError } from '../core/errors.js';
import { isJsonObject, type JsonValue } from '../core/json/strict-json.js';
import type { NpmPackage } from '../core/npm/package.js';
import type { HttpClient } from './http.js';
import { fetchJson } from './responses.js';

/** `@scope/name` in a registry path: the slash encoded, as npm does. */
function pathName(name: string): string {
  return name.replace('/', '%2f');
}

/** The version document (`dist.integrity` is what the attestations must cover). */
export async function fetchVersionManifest(
  client: HttpClient,
  registry: string,
  pkg: NpmPackage,
): Promise<JsonValue | undefined> {
  return fetchJson(
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
  return fetchJson(
    client,
    `${registry}/-/npm/v1/attestations/${pathName(pkg.name)}@${encodeURIComponent(pkg.version)}`,
    `npm attestations for ${pkg.name}@${pkg.version}`,
  );
}

/** `/-/npm/v1/keys`: the registry's signing keys. */
export async function fetchRegistryKeys(client: HttpClient, registry: string): Promise<JsonValue> {
  const keys = await fetchJson(client, `${registry}/-/npm/v1/keys`, 'npm registry keys');
  if (keys === undefined)
    throw new VerifyError('NETWORK', `${registry} publishes no signing keys (/-/npm/v1/keys)`);
  return keys;
}

export function integrityOf(manifest: JsonValue): unknown {
  return isJsonObject(manifest) && isJsonObject(manifest.dist)
    ? manifest.dist.integrity
    : undefined;
}

/** Full packuments can be far larger than an attestation (a package with thousands of versions). */
export const PACKUMENT_MAX_BYTES = 96 * 1024 * 1024;

/**
 * The full packument (`GET /NAME`, `application/json`): every version with `dist` and
 * `_npmUser`, and `time` (the abbreviated document npm installs from has neither).
 */
export async function fetchPackument(
  client: HttpClient,
  registry: string,
  name: string,
): Promise<JsonValue | undefined> {
  return fetchJson(
    client,
    `${registry}/${pathName(name)}`,
    `npm ${name}`,
    'application/json',
    PACKUMENT_MAX_BYTES,
  );
}

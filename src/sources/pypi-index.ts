import type { JsonValue } from '../core/json/strict-json.js';
import type { HttpClient } from './http.js';
import { jsonBody, unexpectedStatus } from './responses.js';

const INTEGRITY_V1 = 'application/vnd.pypi.integrity.v1+json';

async function getJson(
  client: HttpClient,
  url: string,
  accept: string,
  what: string,
): Promise<JsonValue | undefined> {
  const response = await client.request(url, { accept, anonymous: true });
  if (response.status === 404) return undefined;
  if (response.status !== 200) throw unexpectedStatus(response, what);
  return jsonBody(response, what);
}

/** `GET /pypi/PROJECT/VERSION/json`: the release's files (`urls`) and their sha256. */
export function fetchRelease(
  client: HttpClient,
  index: string,
  project: string,
  version: string,
): Promise<JsonValue | undefined> {
  return getJson(
    client,
    `${index}/pypi/${encodeURIComponent(project)}/${encodeURIComponent(version)}/json`,
    'application/json',
    `PyPI ${project} ${version}`,
  );
}

/** PEP 740 integrity API: `GET /integrity/PROJECT/VERSION/FILENAME/provenance`. */
export function fetchProvenance(
  client: HttpClient,
  index: string,
  project: string,
  version: string,
  filename: string,
): Promise<JsonValue | undefined> {
  return getJson(
    client,
    `${index}/integrity/${encodeURIComponent(project)}/${encodeURIComponent(version)}/${encodeURIComponent(filename)}/provenance`,
    INTEGRITY_V1,
    `PyPI provenance for ${filename}`,
  );
}

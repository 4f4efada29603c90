import type { JsonValue } from '../core/json/strict-json.js';
import type { HttpClient } from './http.js';
import { fetchJson } from './responses.js';

const INTEGRITY_V1 = 'application/vnd.pypi.integrity.v1+json';

/** `GET /pypi/PROJECT/VERSION/json`: the release's files (`urls`) and their sha256. */
export function fetchRelease(
  client: HttpClient,
  index: string,
  project: string,
  version: string,
): Promise<JsonValue | undefined> {
  return fetchJson(
    client,
    `${index}/pypi/${encodeURIComponent(project)}/${encodeURIComponent(version)}/json`,
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
  return fetchJson(
    client,
    `${index}/integrity/${encodeURIComponent(project)}/${encodeURIComponent(version)}/${encodeURIComponent(filename)}/provenance`,
    `PyPI provenance for ${filename}`,
    INTEGRITY_V1,
  );
}

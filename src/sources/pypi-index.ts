import type { JsonValue } from '../core/json/strict-json.js';
import { checkLinked } from './urls.js';
import { type HttpClient } from './http.js';
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

const SIMPLE_V1 = 'application/vnd.pypi.simple.v1+json';

/**
 * PEP 691 JSON project page (`GET SIMPLE/NAME/`): every file with its sha256, upload time
 * (PEP 700) and PEP 740 provenance URL. `simple` is an index's simple API base, e.g.
 * `https://pypi.org/simple` (what `PIP_INDEX_URL` names).
 */
export function fetchProjectPage(
  client: HttpClient,
  simple: string,
  name: string,
): Promise<JsonValue | undefined> {
  return fetchJson(client, `${simple}/${encodeURIComponent(name)}/`, `PyPI ${name}`, SIMPLE_V1);
}

/** A file's provenance, at the URL the project page gave (never a step down from its https). */
export function fetchLinkedProvenance(
  client: HttpClient,
  url: string,
  page: string,
  filename: string,
): Promise<JsonValue | undefined> {
  checkLinked(url, page);
  return fetchJson(client, url, `PyPI provenance for ${filename}`, INTEGRITY_V1);
}

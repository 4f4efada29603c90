export const id = 681;
export const ids = [681];
export const modules = {

/***/ 41681:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fetchBundle: () => (/* binding */ fetchBundle),
  githubAttestations: () => (/* binding */ githubAttestations),
  githubScope: () => (/* binding */ githubScope),
  nextLink: () => (/* binding */ nextLink),
  repoAttestations: () => (/* binding */ repoAttestations)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/json/strict-json.ts
var strict_json = __webpack_require__(62208);
// EXTERNAL MODULE: ./src/core/limits.ts
var limits = __webpack_require__(36419);
// EXTERNAL MODULE: ./src/core/github/names.ts
var names = __webpack_require__(9067);
// EXTERNAL MODULE: ./src/sources/urls.ts
var urls = __webpack_require__(26858);
// EXTERNAL MODULE: ./src/sources/responses.ts
var responses = __webpack_require__(46978);
;// CONCATENATED MODULE: ./src/sources/snappy.ts

/**
 * Decode the Snappy block format (what GitHub serves at an attestation's `bundle_url`, and what
 * `gh` decodes with golang/snappy). Strict: the declared length is capped before anything is
 * allocated, every copy must point inside what was already written, and the output must be
 * exactly the declared length. Any violation is MALFORMED.
 */
function decodeSnappy(input, maxOutput) {
    let pos = 0;
    const bad = (why) => {
        throw new errors/* VerifyError */.Gz('MALFORMED', `snappy: ${why}`);
    };
    // Uncompressed length: a little-endian base-128 varint of at most 32 bits.
    let length = 0;
    for (let shift = 0;; shift += 7) {
        if (shift > 28)
            bad('length varint too long');
        const byte = input[pos++];
        if (byte === undefined)
            bad('truncated length');
        length += (byte & 0x7f) * 2 ** shift;
        if ((byte & 0x80) === 0)
            break;
    }
    if (length > 0xffffffff)
        bad('length over 32 bits');
    if (length > maxOutput)
        throw new errors/* VerifyError */.Gz('LIMIT', `snappy: ${length} bytes (limit ${maxOutput})`);
    const out = Buffer.allocUnsafe(length);
    let written = 0;
    const readLE = (n) => {
        if (pos + n > input.length)
            bad('truncated element');
        let v = 0;
        for (let i = 0; i < n; i++)
            v += input[pos + i] * 2 ** (8 * i);
        pos += n;
        return v;
    };
    while (pos < input.length) {
        const tag = input[pos++];
        const kind = tag & 3;
        if (kind === 0) {
            const small = tag >> 2;
            const len = (small < 60 ? small : readLE(small - 59)) + 1;
            if (pos + len > input.length)
                bad('literal runs past the input');
            if (written + len > length)
                bad('output longer than declared');
            out.set(input.subarray(pos, pos + len), written);
            pos += len;
            written += len;
            continue;
        }
        let len;
        let offset;
        if (kind === 1) {
            len = 4 + ((tag >> 2) & 7);
            offset = ((tag >> 5) << 8) | readLE(1);
        }
        else {
            len = 1 + (tag >> 2);
            offset = readLE(kind === 2 ? 2 : 4);
        }
        if (offset === 0 || offset > written)
            bad('copy offset outside the output');
        if (written + len > length)
            bad('output longer than declared');
        // Byte by byte: a copy may overlap what it is writing (run-length encoding).
        for (let i = 0; i < len; i++, written++)
            out[written] = out[written - offset];
    }
    if (written !== length)
        bad(`output is ${written} bytes, declared ${length}`);
    return out;
}
/** Encode as Snappy literals only: valid Snappy, used to build test responses. */
function encodeSnappyLiterals(data) {
    const parts = [];
    const header = [];
    let n = data.length;
    do {
        header.push((n & 0x7f) | (n > 0x7f ? 0x80 : 0));
        n = Math.floor(n / 128);
    } while (n > 0);
    parts.push(Buffer.from(header));
    for (let at = 0; at < data.length; at += 65536) {
        const chunk = data.subarray(at, at + 65536);
        const len = chunk.length - 1;
        parts.push(len < 60 ? Buffer.from([len << 2]) : Buffer.from([61 << 2, len & 0xff, len >> 8]));
        parts.push(Buffer.from(chunk));
    }
    return Buffer.concat(parts);
}

;// CONCATENATED MODULE: ./src/sources/github.ts







const PER_PAGE = 100;
const MAX_PAGES = Math.ceil(limits/* LIMITS */.b.maxAttestations / PER_PAGE) + 1;
const BULK_BATCH = 100;
function githubScope(policy) {
    if (policy.sourceRepo !== undefined)
        return { kind: 'repo', repo: (0,names/* formatRepo */.Kf)(policy.sourceRepo) };
    if (policy.owner !== undefined)
        return { kind: 'owner', owner: policy.owner };
    throw new errors/* UsageError */.eb('the GitHub attestations API is searched by repository or owner', {
        hint: 'add --repo OWNER/REPO or --owner OWNER',
    });
}
/** The GitHub API's filter for the policy's predicate type, when there is exactly one. */
function predicateFilter(policy) {
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
async function githubAttestations(client, apiUrl, policy, artifacts) {
    const scope = githubScope(policy);
    const digests = [...new Set(artifacts.map(sha256Of))];
    const filter = predicateFilter(policy);
    const entries = scope.kind === 'owner' && digests.length > 1 && client.hasToken()
        ? await bulkEntries(client, apiUrl, scope.owner, digests, filter)
        : (await Promise.all(digests.map((d) => digestEntries(client, apiUrl, scope, d, filter)))).flat();
    if (entries.length > limits/* LIMITS */.b.maxAttestations)
        throw new errors/* VerifyError */.Gz('LIMIT', `GitHub returned ${entries.length} attestations (limit ${limits/* LIMITS */.b.maxAttestations})`, { hint: 'narrow the search with --repo or --predicate-type' });
    return Promise.all(entries.map((e) => candidateFrom(client, e, apiUrl)));
}
function sha256Of(artifact) {
    const hex = artifact.digests.sha256;
    if (hex === undefined)
        throw new errors/* UsageError */.eb(`${artifact.name}: the GitHub attestations API is searched by sha256`, {
            hint: 'give the file, or its sha256:HEX digest',
        });
    return `sha256:${hex}`;
}
async function digestEntries(client, apiUrl, scope, digest, filter) {
    const query = `?per_page=${PER_PAGE}${filter === undefined ? '' : `&predicate_type=${encodeURIComponent(filter)}`}`;
    const at = (path) => `${apiUrl}${path}/attestations/${digest}${query}`;
    if (scope.kind === 'repo') {
        const [owner, repo] = scope.repo.split('/');
        const label = `${scope.repo} ${digest}`;
        return (await listPages(client, at(`/repos/${seg(owner)}/${seg(repo)}`), label)) ?? [];
    }
    // An owner is an organization or a user; the API has one endpoint for each.
    const org = await listPages(client, at(`/orgs/${seg(scope.owner)}`), `${scope.owner} ${digest}`);
    if (org !== undefined)
        return org;
    return ((await listPages(client, at(`/users/${seg(scope.owner)}`), `${scope.owner} ${digest}`)) ?? []);
}
/** Follow `Link: rel="next"` on the API origin; 404 is "none" (undefined for the first page). */
async function listPages(client, first, label) {
    const found = [];
    let url = first;
    for (let page = 1; url !== undefined; page++) {
        if (page > MAX_PAGES)
            throw new errors/* VerifyError */.Gz('LIMIT', `${label}: more than ${MAX_PAGES} pages of attestations`);
        const response = await client.get(url, 'application/vnd.github+json');
        if (response.status === 404)
            return page === 1 ? undefined : found;
        if (response.status !== 200)
            throw (0,responses/* unexpectedStatus */.uI)(response, `GitHub attestations for ${label}`);
        const body = (0,responses/* jsonBody */.J9)(response, `GitHub attestations for ${label}`);
        const list = (0,strict_json/* isJsonObject */.O)(body) ? body.attestations : undefined;
        if (!Array.isArray(list))
            throw new errors/* VerifyError */.Gz('NETWORK', `GitHub attestations for ${label}: no "attestations" list`);
        list.forEach((json, i) => found.push({ origin: `github:${label}#${found.length + i + 1}`, json }));
        url = nextLink(response.headers.get('link'), first);
    }
    return found;
}
/** The `rel="next"` URL of a Link header, only on the same origin as the first page. */
function nextLink(header, first) {
    if (header === null)
        return undefined;
    for (const part of header.split(',')) {
        const m = /^\s*<([^>]*)>\s*;(.*)$/.exec(part);
        if (m === null || !/(^|;)\s*rel="?next"?\s*(;|$)/.test(m[2] ?? ''))
            continue;
        const next = new URL(m[1] ?? '', first);
        if (next.origin !== new URL(first).origin)
            throw new errors/* VerifyError */.Gz('NETWORK', `pagination link leaves the API: ${next.origin}`);
        return next.toString();
    }
    return undefined;
}
/**
 * `POST …/attestations/bulk-list`: up to 100 digests per query. Whether the owner is an
 * organization or a user is learnt on the first batch (organization first) and kept.
 */
async function bulkEntries(client, apiUrl, owner, digests, filter) {
    const found = [];
    let kinds = ['orgs', 'users'];
    for (let at = 0; at < digests.length; at += BULK_BATCH) {
        const body = JSON.stringify({
            subject_digests: digests.slice(at, at + BULK_BATCH),
            ...(filter === undefined ? {} : { predicate_type: filter }),
        });
        for (const kind of kinds) {
            const entries = await bulkPages(client, `${apiUrl}/${kind}/${seg(owner)}`, owner, body);
            if (entries === undefined)
                continue;
            kinds = [kind];
            found.push(...entries);
            break;
        }
    }
    return found;
}
/** One bulk query, following `page_info.next` cursors; 404 on the first page is `undefined`. */
async function bulkPages(client, ownerUrl, owner, body) {
    const found = [];
    const what = `GitHub bulk attestations for ${owner}`;
    let after;
    for (let page = 1;; page++) {
        if (page > MAX_PAGES * 10)
            throw new errors/* VerifyError */.Gz('LIMIT', `${owner}: too many pages of attestations`);
        const url = `${ownerUrl}/attestations/bulk-list?per_page=${PER_PAGE}${after === undefined ? '' : `&after=${encodeURIComponent(after)}`}`;
        const response = await client.request(url, { accept: 'application/vnd.github+json', body });
        if (response.status === 404)
            return page === 1 ? undefined : found;
        if (response.status !== 200)
            throw (0,responses/* unexpectedStatus */.uI)(response, what);
        const json = (0,responses/* jsonBody */.J9)(response, what);
        const byDigest = (0,strict_json/* isJsonObject */.O)(json) ? json.attestations_subject_digests : undefined;
        if (!(0,strict_json/* isJsonObject */.O)(byDigest))
            throw new errors/* VerifyError */.Gz('NETWORK', `${what}: unexpected shape`);
        for (const [digest, list] of Object.entries(byDigest)) {
            if (list === null)
                continue;
            if (!Array.isArray(list))
                throw new errors/* VerifyError */.Gz('NETWORK', `GitHub bulk attestations: ${digest} is not a list`);
            list.forEach((entry, i) => found.push({ origin: `github:${owner} ${digest}#${i + 1}`, json: entry }));
        }
        const info = (0,strict_json/* isJsonObject */.O)(json) ? json.page_info : undefined;
        if (!(0,strict_json/* isJsonObject */.O)(info) || info.has_next !== true || typeof info.next !== 'string')
            return found;
        after = info.next;
    }
}
/** An API entry → a candidate: its inline bundle, else the bundle at `bundle_url`. */
async function candidateFrom(client, entry, apiUrl) {
    const origin = entry.origin;
    const invalid = (error) => ({
        origin,
        kind: 'invalid',
        error,
    });
    if (!(0,strict_json/* isJsonObject */.O)(entry.json))
        return invalid(new errors/* VerifyError */.Gz('BUNDLE_SHAPE', 'attestation entry is not an object'));
    if ((0,strict_json/* isJsonObject */.O)(entry.json.bundle))
        return { origin, kind: 'bundle', json: entry.json.bundle };
    const url = entry.json.bundle_url;
    if (typeof url !== 'string')
        return invalid(new errors/* VerifyError */.Gz('BUNDLE_SHAPE', 'attestation entry has no bundle or bundle_url'));
    try {
        (0,urls/* checkLinked */.UO)(url, apiUrl);
        return { origin, kind: 'bundle', json: await fetchBundle(client, url) };
    }
    catch (err) {
        if (err instanceof errors/* VerifyError */.Gz)
            return invalid(err);
        throw err;
    }
}
/**
 * A `bundle_url` body is the bundle's JSON, Snappy-compressed (as `gh` reads it). The token
 * never goes with it. A body that is already plain JSON is read as is.
 */
async function fetchBundle(client, url) {
    const response = await client.request(url, { accept: '*/*', anonymous: true });
    if (response.status !== 200)
        throw (0,responses/* unexpectedStatus */.uI)(response, `bundle at ${new URL(url).host}`);
    const body = response.body;
    let text;
    try {
        text = decodeSnappy(body, limits/* LIMITS */.b.maxInputBytes);
    }
    catch (err) {
        if (body[0] !== 0x7b)
            throw err;
        text = body;
    }
    try {
        return (0,strict_json/* parseStrictJson */.R)(new TextDecoder('utf-8', { fatal: true }).decode(text));
    }
    catch (err) {
        throw new errors/* VerifyError */.Gz('MALFORMED', `bundle at ${new URL(url).host} is not JSON: ${err instanceof Error ? err.message : String(err)}`);
    }
}
function seg(value) {
    return encodeURIComponent(value);
}
/**
 * The attestations a repository holds for one digest of any algorithm the API takes (a release
 * attestation is found by its tag's `sha1:` git object id), optionally filtered by predicate type.
 */
async function repoAttestations(client, apiUrl, repo, digest, predicateType) {
    const [owner = '', name = ''] = repo.split('/');
    const query = `?per_page=${PER_PAGE}${predicateType === undefined ? '' : `&predicate_type=${encodeURIComponent(predicateType)}`}`;
    const url = `${apiUrl}/repos/${seg(owner)}/${seg(name)}/attestations/${digest}${query}`;
    const entries = (await listPages(client, url, `${repo} ${digest}`)) ?? [];
    if (entries.length > limits/* LIMITS */.b.maxAttestations)
        throw new errors/* VerifyError */.Gz('LIMIT', `GitHub returned ${entries.length} attestations (limit ${limits/* LIMITS */.b.maxAttestations})`);
    return Promise.all(entries.map((e) => candidateFrom(client, e, apiUrl)));
}


/***/ }),

/***/ 46978:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J9: () => (/* binding */ jsonBody),
/* harmony export */   uI: () => (/* binding */ unexpectedStatus),
/* harmony export */   x6: () => (/* binding */ fetchJson)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_json_strict_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62208);


const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/**
 * A service's JSON answer. A body that is not JSON is the service failing (a truncated or
 * garbled transfer, a proxy's error page): NETWORK, indeterminate, never a verdict.
 */
function jsonBody(response, what) {
    try {
        return (0,_core_json_strict_json_js__WEBPACK_IMPORTED_MODULE_1__/* .parseStrictJson */ .R)(utf8.decode(response.body));
    }
    catch (err) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('NETWORK', `${what}: the response is not valid JSON (${err instanceof Error ? err.message : String(err)})`, { hint: 'the service or a proxy answered with something else; try again later' });
    }
}
/** A status that is neither success nor "not found": the answer is unknown (exit 3). */
function unexpectedStatus(response, what) {
    const auth = response.status === 401 || response.status === 403;
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('NETWORK', `${what}: HTTP ${response.status}`, {
        hint: auth
            ? 'the token was refused or lacks access (attestations: read); anonymous access works only for public repositories'
            : 'the service failed; the result is unknown, not a pass',
    });
}
/** GET a registry or index document, anonymously; 404 is `undefined` (the caller says what was missing). */
async function fetchJson(client, url, what, accept = 'application/json', maxBytes) {
    const response = await client.request(url, {
        accept,
        anonymous: true,
        ...(maxBytes === undefined ? {} : { maxBytes }),
    });
    if (response.status === 404)
        return undefined;
    if (response.status !== 200)
        throw unexpectedStatus(response, what);
    return jsonBody(response, what);
}


/***/ })

};

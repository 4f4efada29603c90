export const id = 406;
export const ids = [406,890];
export const modules = {

/***/ 3237:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readBundleFile: () => (/* binding */ readBundleFile),
  runVerifyJob: () => (/* binding */ runVerifyJob)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(7406);
// EXTERNAL MODULE: ./src/core/input/read-attestations.ts
var read_attestations = __webpack_require__(8674);
// EXTERNAL MODULE: ./src/core/limits.ts
var limits = __webpack_require__(6457);
// EXTERNAL MODULE: ./src/core/policy/parse-policy.ts + 1 modules
var parse_policy = __webpack_require__(5351);
// EXTERNAL MODULE: ./src/core/report.ts
var report = __webpack_require__(5563);
// EXTERNAL MODULE: ./src/core/verify.ts + 7 modules
var verify = __webpack_require__(181);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: ../main/node_modules/@sigstore/protobuf-specs/dist/index.js
var dist = __webpack_require__(2166);
// EXTERNAL MODULE: ./src/core/crypto/fast-path.ts
var fast_path = __webpack_require__(8649);
// EXTERNAL MODULE: ./src/app/worker-entry.ts
var worker_entry = __webpack_require__(6458);
;// CONCATENATED MODULE: ./src/app/prepare-pool.ts






/**
 * Bundle files from which a pool pays for its start: a worker costs 0.2-0.3 s of CPU to load
 * and warm up, and at best halves ~8 ms per bundle on 2 cores, so from ~75 files; measured on a
 * busy 2-core machine (dist/cli, minted bundles): 32 and 64 files slower, 100 about even.
 */
const POOL_THRESHOLD = 64;
const MAX_WORKERS = 8;
/**
 * A worker's young generation: V8's default (tens of MiB) adds to the peak RSS of a 10,000-file
 * run for no measured speed (per-bundle CPU time the same at 8, 32 and 64).
 */
const YOUNG_MB = 8;
/** A worker with files that has not answered for this long is taken as stuck (retired). */
const STALL_MS = 20_000;
/**
 * Attestation files prepared (parsed, verified, identity and statement read) on worker threads,
 * each file on the least busy worker; the caller awaits them in input order. Workers start on
 * first use, hold the event loop only while they have work, and end with {@link close}. A
 * worker that fails, exits or stops answering (STALL_MS) hands its files back (`undefined`):
 * the main thread reads them itself, so a verdict is never lost or invented, and no run hangs
 * on a worker.
 */
class PreparePool {
    entry;
    setup;
    size;
    slots;
    watchdog;
    nextId = 0;
    constructor(entry, setup, size) {
        this.entry = entry;
        this.setup = setup;
        this.size = size;
    }
    prepare(name, bytes) {
        const slot = this.pick();
        if (slot === undefined)
            return Promise.resolve(undefined);
        const id = this.nextId++;
        return new Promise((resolve) => {
            slot.pending.set(id, resolve);
            if (slot.pending.size === 1) {
                slot.heard = Date.now();
                slot.worker.ref();
            }
            try {
                slot.worker.postMessage({ id, name, bytes });
            }
            catch {
                this.retire(slot);
            }
        });
    }
    async close() {
        const slots = this.slots ?? [];
        this.slots = [];
        clearInterval(this.watchdog);
        await Promise.all(slots.map((s) => s.worker.terminate()));
    }
    pick() {
        if (this.slots === undefined) {
            this.slots = Array.from({ length: this.size }, () => this.start());
            this.watchdog = setInterval(() => this.retireStalled(), 1000).unref();
        }
        let best;
        for (const s of this.slots)
            if (!s.dead && (best === undefined || s.pending.size < best.pending.size))
                best = s;
        return best;
    }
    start() {
        const worker = new external_node_worker_threads_.Worker(this.entry, {
            workerData: this.setup,
            resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB },
        });
        const slot = { worker, pending: new Map(), dead: false, heard: Date.now() };
        worker.unref();
        worker.on('message', ({ id, prepared }) => {
            const resolve = slot.pending.get(id);
            slot.pending.delete(id);
            slot.heard = Date.now();
            if (slot.pending.size === 0)
                worker.unref();
            resolve?.(prepared);
        });
        worker.on('error', () => this.retire(slot));
        worker.on('messageerror', () => this.retire(slot));
        worker.on('exit', () => this.retire(slot));
        return slot;
    }
    retireStalled() {
        const now = Date.now();
        for (const s of this.slots ?? [])
            if (!s.dead && s.pending.size > 0 && now - s.heard > STALL_MS)
                this.retire(s);
    }
    retire(slot) {
        if (!slot.dead)
            void slot.worker.terminate();
        slot.dead = true;
        const waiting = [...slot.pending.values()];
        slot.pending.clear();
        for (const resolve of waiting)
            resolve(undefined);
    }
}
/**
 * A pool for `files` attestation files, or none: below POOL_THRESHOLD, with one core, in a
 * single executable (it cannot start its embedded script as a worker), without an entry that
 * can be started as one (the sources under a test runner), or with VERIFY_PROVENANCE_WORKERS=0.
 * VERIFY_PROVENANCE_WORKERS=N sets the number of workers (default: the cores, up to 8).
 */
async function openPreparePool(files, roots, env, lookUp) {
    const size = poolSize(env.VERIFY_PROVENANCE_WORKERS);
    const entry = (0,worker_entry/* workerEntry */.xA)();
    if (size === 0 || files < POOL_THRESHOLD || entry === undefined || (await inSea()))
        return undefined;
    const setup = {
        role: worker_entry/* PREPARE_WORKER_ROLE */.Gw,
        roots: roots.map((r) => ({
            json: dist.TrustedRoot.toJSON(r.root),
            label: r.label,
            extra: {
                ...(r.snapshotTaken === undefined ? {} : { snapshotTaken: r.snapshotTaken }),
                ...(r.githubInstance === undefined ? {} : { githubInstance: r.githubInstance }),
            },
        })),
        fastPath: (0,fast_path/* fastPathEnabled */.x_)(),
        lookUp,
    };
    return new PreparePool(entry, setup, size);
}
function poolSize(setting) {
    if (setting === undefined || setting === '') {
        const cores = (0,external_node_os_.availableParallelism)();
        return cores < 2 ? 0 : Math.min(cores, MAX_WORKERS);
    }
    if (!/^\d{1,2}$/.test(setting) || Number(setting) > 64)
        throw new errors/* UsageError */.eb(`VERIFY_PROVENANCE_WORKERS=${setting}: give a number of workers, 0 to 64`);
    return Number(setting);
}
async function inSea() {
    try {
        const sea = (await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 6205, 23)));
        return sea.isSea?.() === true;
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./src/sources/artifacts.ts
var sources_artifacts = __webpack_require__(1311);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/sources/files.ts
var files = __webpack_require__(8623);
;// CONCATENATED MODULE: ./src/sources/paths.ts






/**
 * Characters without which tinyglobby sees no pattern (its glob syntax: * ? [ ] { } ( ) ! + @
 * and escapes): a plain path does not load the glob library at all.
 */
const MAY_BE_PATTERN = /[*?[\]{}()!+@\\]/;
/** Files in a directory of attestations that are read as attestations. */
const ATTESTATION_FILE = /\.(json|jsonl|sigstore|slsa)$/i;
/**
 * The files a command line names: a file as given; a quoted glob pattern (`'dist/*.tgz'`,
 * matched here, so Windows shells get globbing too) as the files it matches, sorted; a directory
 * as the files under it (artifacts: every regular file, recursively; bundles: the .json, .jsonl,
 * .sigstore and .slsa files), as the action's globs do. Digests and `-` pass through. A pattern
 * or directory that names nothing is a usage error: a typo never shrinks the set silently.
 */
async function expandPaths(args, kind, onNote = () => undefined) {
    const out = [];
    for (const arg of args) {
        if (arg === files/* STDIN */.TF || (kind === 'artifact' && (0,sources_artifacts/* isDigestLike */.Kr)(arg))) {
            out.push(arg);
            continue;
        }
        // A missing name is reported when the file is read (or matched below, if it is a pattern).
        const info = await (0,promises_.stat)(arg).catch(() => undefined);
        if (info?.isDirectory() === true) {
            const files = (await filesUnder(arg)).filter((f) => kind === 'artifact' || ATTESTATION_FILE.test(f));
            if (files.length === 0)
                throw new errors/* UsageError */.eb(`${kind} directory ${arg} holds no ${kind === 'bundle' ? 'attestation file' : 'regular file'}`, {
                    hint: 'give the files themselves, or a directory that contains them',
                });
            onNote(`${kind} directory ${arg}: ${files.length} file(s) under it`);
            out.push(...files);
        }
        else if (info === undefined && MAY_BE_PATTERN.test(arg)) {
            const files = await matchPattern(arg);
            if (files === undefined)
                out.push(arg);
            else {
                onNote(`${kind} pattern ${arg}: ${files.length} file(s)`);
                out.push(...files);
            }
        }
        else
            out.push(arg);
        if (out.length > limits/* LIMITS */.b.maxArtifacts)
            break;
    }
    return out;
}
/**
 * The files a glob pattern matches, sorted and named as the pattern was (relative to here, or
 * absolute); undefined when tinyglobby sees no pattern in it. Matching nothing is a usage error.
 */
async function matchPattern(arg) {
    const { glob, isDynamicPattern } = await __webpack_require__.e(/* import() */ 310).then(__webpack_require__.bind(__webpack_require__, 2310));
    if (!isDynamicPattern(arg))
        return undefined;
    const files = await glob(arg, {
        onlyFiles: true,
        dot: false,
        expandDirectories: false,
        absolute: (0,external_node_path_.isAbsolute)(arg),
    });
    if (files.length === 0)
        throw new errors/* UsageError */.eb(`${arg} matches no file`, {
            hint: 'check the pattern (quote it so the shell does not expand it first)',
        });
    return files.sort();
}
/** Regular files (and links to them) under a directory, sorted; linked directories are not followed. */
async function filesUnder(dir) {
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
    const out = [];
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
        const path = (0,external_node_path_.join)(dir, e.name);
        if (e.isDirectory())
            out.push(...(await filesUnder(path)));
        else if (e.isFile())
            out.push(path);
        else if (e.isSymbolicLink() && (await (0,promises_.stat)(path).catch(() => undefined))?.isFile())
            out.push(path);
        if (out.length > limits/* LIMITS */.b.maxArtifacts)
            break;
    }
    return out;
}

// EXTERNAL MODULE: ./src/sources/trust-roots.ts
var trust_roots = __webpack_require__(446);
// EXTERNAL MODULE: ./src/core/json/strict-json.ts
var strict_json = __webpack_require__(7914);
// EXTERNAL MODULE: ./src/core/github/names.ts
var names = __webpack_require__(2121);
// EXTERNAL MODULE: ./src/sources/http.ts
var http = __webpack_require__(8838);
// EXTERNAL MODULE: ./src/sources/responses.ts
var responses = __webpack_require__(4452);
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
        (0,http/* checkLinked */.UO)(url, apiUrl);
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
    if (entries.length > LIMITS.maxAttestations)
        throw new VerifyError('LIMIT', `GitHub returned ${entries.length} attestations (limit ${LIMITS.maxAttestations})`);
    return Promise.all(entries.map((e) => candidateFrom(client, e, apiUrl)));
}

;// CONCATENATED MODULE: ./src/sources/github-meta.ts



const GITHUB_COM_API = 'https://api.github.com';
/**
 * A GHE.com tenant signs with its own trust domain, which its API's `/meta` names
 * (`domains.artifact_attestations.trust_domain`, as `gh` reads it); GitHub's TUF repository
 * then serves `<trust domain>.trusted_root.json`. Asked only when trust is refreshed online and
 * the API is not github.com's; anything but a DNS label is refused where the root is fetched.
 */
async function withGithubTrustDomain(trust, client, apiUrl) {
    const online = trust.trustedRootFile === undefined && trust.offline !== true;
    if (!online || apiUrl === GITHUB_COM_API || trust.githubTrustDomain !== undefined)
        return trust;
    const what = `${apiUrl}/meta (the instance's trust domain)`;
    const response = await client.get(`${apiUrl}/meta`, 'application/vnd.github+json');
    // An API without /meta names no trust domain: GitHub's own (dotcom) then applies.
    if (response.status === 404)
        return trust;
    if (response.status !== 200)
        throw (0,responses/* unexpectedStatus */.uI)(response, what);
    const body = (0,responses/* jsonBody */.J9)(response, what);
    const domains = (0,strict_json/* isJsonObject */.O)(body) ? body.domains : undefined;
    const section = (0,strict_json/* isJsonObject */.O)(domains) ? domains.artifact_attestations : undefined;
    const domain = (0,strict_json/* isJsonObject */.O)(section) ? section.trust_domain : undefined;
    if (domain === undefined || domain === null || domain === '')
        return trust;
    if (typeof domain !== 'string')
        throw new errors/* VerifyError */.Gz('NETWORK', `${what}: trust_domain is not a string`);
    return { ...trust, githubTrustDomain: domain };
}

// EXTERNAL MODULE: ./src/sources/embedded/index.ts + 2 modules
var embedded = __webpack_require__(3919);
// EXTERNAL MODULE: ./src/core/npm/publish.ts
var npm_publish = __webpack_require__(6104);
// EXTERNAL MODULE: ./src/core/bundle/parse-bundle.ts + 1 modules
var parse_bundle = __webpack_require__(7269);
// EXTERNAL MODULE: ./src/core/npm/package.ts
var npm_package = __webpack_require__(1307);
// EXTERNAL MODULE: ./src/core/result.ts
var core_result = __webpack_require__(4424);
// EXTERNAL MODULE: ./src/core/statement/statement.ts
var statement = __webpack_require__(6766);
;// CONCATENATED MODULE: ./src/app/npm-unit.ts






/**
 * A saved npm attestations response is one unit, as the `npm` command treats the registry's
 * answer: its provenance counts only when its publish attestation verifies too. Candidates are
 * offered as they are read: publish entries are taken out (they are not provenance) and kept by
 * response; the provenance entries of a response are remembered by their position.
 */
class NpmUnitCollector {
    units = new Map();
    provenance = new Map();
    /** True when the candidate is a publish entry (kept here, not verified as provenance). */
    takesPublish(c) {
        const npm = c.kind === 'bundle' ? c.npm : undefined;
        if (npm === undefined)
            return false;
        const unit = this.units.get(npm.response) ?? { publish: [] };
        this.units.set(npm.response, unit);
        if (!npm.publish)
            return false;
        unit.publish.push(c);
        return true;
    }
    /** Remember a provenance entry of a response by the position it was verified at. */
    provenanceAt(source, c) {
        if (c.kind === 'bundle' && c.npm !== undefined)
            this.provenance.set(source, c);
    }
    isEmpty() {
        return this.units.size === 0;
    }
    /** {@link applyNpmUnits} for one artifact whose attestations came from these positions. */
    apply(artifact, sources, keys, roots) {
        if (this.units.size === 0)
            return artifact;
        const candidates = sources.map((s) => this.provenance.get(s));
        return applyNpmUnits(artifact, candidates, this.units, keys, roots);
    }
}
/**
 * Hold each verified provenance from an npm response to its response's publish attestation:
 * signed by a registry key valid when it signed, over this tarball's sha512, naming the package
 * the provenance names. When it does not verify, the provenance fails with the reason.
 */
function applyNpmUnits(artifact, candidates, units, keys, roots) {
    if (units.size === 0)
        return artifact;
    const extra = [];
    const attestations = artifact.attestations.map((result, i) => {
        const candidate = candidates[i];
        const response = candidate?.kind === 'bundle' ? candidate.npm?.response : undefined;
        const unit = response === undefined ? undefined : units.get(response);
        if (unit === undefined || result.verdict !== 'verified')
            return result;
        const published = publishResults(artifact, candidate, unit.publish, keys, roots);
        extra.push(...published);
        if (published.some((p) => p.verdict === 'verified'))
            return result;
        const why = published.flatMap((p) => p.checks).find((c) => c.status === 'fail');
        const check = (0,core_result/* fail */.fJ)('npm-publish', why?.code ?? 'NO_ATTESTATION', `the response's publish attestation does not verify: ${why?.message ?? 'none'}`, {
            hint: 'a saved npm attestations response is one unit: the registry signs the publish of these exact bytes',
        });
        return { ...result, verdict: 'failed', checks: [...result.checks, check] };
    });
    const all = [...attestations, ...extra];
    return {
        ...artifact,
        attestations: all,
        verdict: (0,verify/* combineVerdicts */.aG)(attestations.map((a) => a.verdict)),
    };
}
function publishResults(artifact, provenance, publish, keys, roots) {
    const origin = provenance?.origin ?? artifact.name;
    const sha512 = artifact.digests.sha512;
    const purl = provenance === undefined ? undefined : subjectName(provenance, sha512);
    const pkg = purl === undefined ? undefined : (0,npm_package/* packageFromPurl */.mD)(purl);
    const refuse = (code, message) => [
        { origin, verdict: 'failed', checks: [(0,core_result/* fail */.fJ)('publish-signature', code, message)], warnings: [] },
    ];
    if (sha512 === undefined)
        return refuse('SUBJECT', "the publish attestation binds the tarball's sha512: give the tarball or sha512:HEX");
    if (pkg === undefined)
        return refuse('SUBJECT', 'the provenance names no pkg:npm/NAME@VERSION subject for this tarball');
    if (publish.length === 0)
        return refuse('NO_ATTESTATION', 'the response holds no publish attestation for this version');
    return publish.flatMap((p) => p.kind === 'bundle'
        ? [(0,npm_publish/* verifyPublishAttestation */.v_)(p.origin, p.json, pkg, sha512, keys, roots)]
        : refuse('NO_ATTESTATION', `${p.origin}: the publish entry is not a bundle`));
}
/** The name of the provenance subject whose sha512 is the tarball's (it verified, so it parses). */
function subjectName(candidate, sha512) {
    if (candidate.kind !== 'bundle')
        return undefined;
    try {
        const dsse = (0,parse_bundle/* parseBundle */.Q)(candidate.json).dsse;
        if (dsse === undefined)
            return undefined;
        const subject = (0,statement/* parseStatement */.B)(dsse.payload).subjects.find((s) => s.digest.sha512?.toLowerCase() === sha512);
        return subject?.name;
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/core/bundle/rekor-entry.ts


const BUNDLE_V03 = 'application/vnd.dev.sigstore.bundle.v0.3+json';
const HEX = /^[0-9a-f]+$/;
/**
 * A bare DSSE envelope (legacy `.intoto.jsonl`, already read by `parseLegacyEnvelope`) and the Rekor v1 log entry found for it
 * (`GET /api/v1/log/entries/UUID`, the value under the UUID) → the Sigstore bundle they make
 * together: the certificate from the envelope, the entry's body, SET and inclusion proof.
 * Nothing here is trusted: @sigstore/verify then checks that the entry's body is this
 * signature, the SET and the proof against the trusted root, and the certificate at the
 * logged time.
 */
function bundleFromRekorEntry(legacy, entry) {
    if (!(0,strict_json/* isJsonObject */.O)(entry))
        throw shape('log entry is not an object');
    const { envelope, signature } = legacy;
    const body = str(entry.body, 'body');
    const kind = kindOf(body);
    const verification = entry.verification;
    if (!(0,strict_json/* isJsonObject */.O)(verification))
        throw shape('log entry has no verification');
    const proof = verification.inclusionProof;
    const tlogEntry = {
        logIndex: String(rekor_entry_int(entry.logIndex, 'logIndex')),
        logId: { keyId: hexToBase64(str(entry.logID, 'logID'), 'logID') },
        kindVersion: kind,
        integratedTime: String(rekor_entry_int(entry.integratedTime, 'integratedTime')),
        inclusionPromise: {
            signedEntryTimestamp: str(verification.signedEntryTimestamp, 'signedEntryTimestamp'),
        },
        canonicalizedBody: body,
    };
    if (proof !== undefined) {
        if (!(0,strict_json/* isJsonObject */.O)(proof))
            throw shape('inclusionProof is not an object');
        const hashes = proof.hashes ?? [];
        if (!Array.isArray(hashes))
            throw shape('inclusionProof.hashes is not a list');
        tlogEntry.inclusionProof = {
            logIndex: String(rekor_entry_int(proof.logIndex, 'inclusionProof.logIndex')),
            rootHash: hexToBase64(str(proof.rootHash, 'rootHash'), 'rootHash'),
            treeSize: String(rekor_entry_int(proof.treeSize, 'treeSize')),
            hashes: hashes.map((h) => hexToBase64(str(h, 'hash'), 'hash')),
            checkpoint: { envelope: str(proof.checkpoint, 'checkpoint') },
        };
    }
    return {
        mediaType: BUNDLE_V03,
        verificationMaterial: {
            certificate: { rawBytes: legacy.leaf.der.toString('base64') },
            tlogEntries: [tlogEntry],
        },
        dsseEnvelope: {
            payload: envelope.payload ?? null,
            payloadType: envelope.payloadType ?? null,
            signatures: [
                {
                    sig: str(signature.sig, 'sig'),
                    ...(typeof signature.keyid === 'string' && signature.keyid !== ''
                        ? { keyid: signature.keyid }
                        : {}),
                },
            ],
        },
    };
}
/** The entry's kind and version, from its canonical body (`{"apiVersion", "kind", ...}`). */
function kindOf(body) {
    let parsed;
    try {
        parsed = JSON.parse(Buffer.from(body, 'base64').toString('utf8'));
    }
    catch {
        throw new errors/* VerifyError */.Gz('MALFORMED', 'log entry body is not base64 JSON');
    }
    if (!(0,strict_json/* isJsonObject */.O)(parsed) ||
        typeof parsed.kind !== 'string' ||
        typeof parsed.apiVersion !== 'string')
        throw shape('log entry body has no kind and apiVersion');
    return { kind: parsed.kind, version: parsed.apiVersion };
}
function shape(message) {
    return new errors/* VerifyError */.Gz('BUNDLE_SHAPE', `Rekor entry: ${message}`);
}
function str(value, name) {
    if (typeof value !== 'string' || value === '')
        throw shape(`${name} is missing`);
    return value;
}
function rekor_entry_int(value, name) {
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0)
        throw shape(`${name} is not a whole number`);
    return value;
}
function hexToBase64(hex, name) {
    if (!HEX.test(hex) || hex.length % 2 !== 0)
        throw shape(`${name} is not lower-case hex`);
    return Buffer.from(hex, 'hex').toString('base64');
}

// EXTERNAL MODULE: ./src/core/bundle/legacy-dsse.ts
var legacy_dsse = __webpack_require__(7281);
;// CONCATENATED MODULE: ./src/sources/rekor.ts






/** At most this many log entries are tried for one envelope. */
const MAX_ENTRIES = 10;
/**
 * Find a legacy envelope's entries in Rekor (v1 API: the index by the payload's sha256, then
 * each entry) and turn each into a bundle candidate for the core to verify like any other.
 * No entry is a failure (TLOG_THRESHOLD): an envelope that was never logged proves nothing.
 */
async function lookUpLegacyEnvelope(client, rekorUrl, candidate) {
    // Read once, as the core reads it: one signature, its certificate, the payload decoded.
    let legacy;
    try {
        legacy = (0,legacy_dsse/* parseLegacyEnvelope */.x)(candidate.json);
    }
    catch (err) {
        if (err instanceof errors/* VerifyError */.Gz)
            return [invalid(candidate.origin, err)];
        throw err;
    }
    const hash = `sha256:${(0,external_node_crypto_.createHash)('sha256').update(legacy.payload).digest('hex')}`;
    const search = await client.request(`${rekorUrl}/api/v1/index/retrieve`, {
        body: JSON.stringify({ hash }),
        anonymous: true,
    });
    if (search.status !== 200)
        throw (0,responses/* unexpectedStatus */.uI)(search, `Rekor search at ${rekorUrl}`);
    const uuids = (0,responses/* jsonBody */.J9)(search, `Rekor search at ${rekorUrl}`);
    if (!Array.isArray(uuids) ||
        !uuids.every((u) => typeof u === 'string' && /^[0-9a-f]{64,80}$/.test(u)))
        throw new errors/* VerifyError */.Gz('NETWORK', `Rekor search at ${rekorUrl}: not a list of entry UUIDs`);
    if (uuids.length === 0)
        return [
            invalid(candidate.origin, new errors/* VerifyError */.Gz('TLOG_THRESHOLD', `${rekorUrl} has no entry for this envelope (payload ${hash})`, {
                hint: 'an envelope that was never logged cannot be proven; check --rekor-url',
            })),
        ];
    const found = [];
    for (const uuid of uuids.slice(0, MAX_ENTRIES)) {
        const origin = `${candidate.origin} (Rekor ${uuid.slice(-12)})`;
        const response = await client.request(`${rekorUrl}/api/v1/log/entries/${uuid}`, {
            anonymous: true,
        });
        if (response.status !== 200)
            throw (0,responses/* unexpectedStatus */.uI)(response, `Rekor entry ${uuid}`);
        const entries = (0,responses/* jsonBody */.J9)(response, `Rekor entry ${uuid}`);
        const entry = (0,strict_json/* isJsonObject */.O)(entries) ? entries[uuid] : undefined;
        try {
            if (entry === undefined)
                throw new errors/* VerifyError */.Gz('NETWORK', `Rekor answered for another entry than ${uuid}`);
            found.push({ origin, kind: 'bundle', json: bundleFromRekorEntry(legacy, entry) });
        }
        catch (err) {
            if (!(err instanceof errors/* VerifyError */.Gz))
                throw err;
            found.push(invalid(origin, err));
        }
    }
    return found;
}
function invalid(origin, error) {
    return { origin, kind: 'invalid', error };
}

// EXTERNAL MODULE: ./src/sources/network.ts + 1 modules
var sources_network = __webpack_require__(6639);
;// CONCATENATED MODULE: ./src/app/verify-job.ts



















/**
 * Run one verification: the same steps, in the same order, for the CLI and the action. The
 * policy is validated before any file is read; nothing to check is a usage error.
 */
async function runVerifyJob(job, ctx) {
    if (job.subjects.length === 0)
        throw new errors/* UsageError */.eb('no artifact to verify', {
            hint: 'give a file, or a digest as sha256:HEX / sha512:HEX',
        });
    if (job.subjects.length > limits/* LIMITS */.b.maxArtifacts)
        throw new errors/* VerifyError */.Gz('LIMIT', `${job.subjects.length} artifacts (limit ${limits/* LIMITS */.b.maxArtifacts})`);
    const fromGithub = job.from === 'github';
    if (fromGithub && job.bundles.length > 0)
        throw new errors/* UsageError */.eb('--bundle and --from github are alternatives');
    const bundleLike = job.subjects.find(sources_artifacts/* looksLikeBundle */.wD);
    if (!fromGithub && job.bundles.length === 0)
        throw new errors/* UsageError */.eb('no attestation given', {
            hint: bundleLike === undefined
                ? 'pass --bundle FILE (JSON, JSON Lines, or a saved attestations API response), or --from github'
                : `${bundleLike} looks like a Sigstore bundle: did you mean --bundle ${bundleLike}?`,
        });
    if (bundleLike !== undefined)
        ctx.onNote?.(`${bundleLike} is verified as an artifact; if it is an attestation, pass it with --bundle`);
    if ([...job.subjects, ...job.bundles].filter((p) => p === files/* STDIN */.TF).length > 1)
        throw new errors/* UsageError */.eb('standard input (-) can be read once: give it as one artifact or one --bundle');
    if (fromGithub && job.trust.offline === true)
        throw new errors/* UsageError */.eb('--offline cannot fetch attestations from GitHub', {
            hint: 'download them first (or use --bundle), then verify offline',
        });
    if (job.trust.trustedRootFile !== undefined && job.trust.offline === true)
        throw new errors/* UsageError */.eb('--trusted-root and --offline are alternatives');
    if (job.rekorUrl !== undefined && job.trust.offline === true)
        throw new errors/* UsageError */.eb('--offline cannot look envelopes up in Rekor (--rekor-url)');
    const policy = (0,parse_policy/* parsePolicy */.ON)(job.policy);
    const network = (0,sources_network/* networkSettings */.eg)(job.network ?? {}, ctx.env ?? {}, ctx.version);
    if (fromGithub) {
        githubScope(policy);
        (0,sources_network/* checkGithubApiUrl */.b1)(network);
    }
    const rekorUrl = rekorFor(job);
    // Local names first (a pattern or directory that names nothing is a usage error), then trust.
    const subjects = await expandPaths(job.subjects, 'artifact', ctx.onNote);
    if (subjects.length > limits/* LIMITS */.b.maxArtifacts)
        throw new errors/* VerifyError */.Gz('LIMIT', `more than ${limits/* LIMITS */.b.maxArtifacts} artifacts`);
    const bundleFiles = await expandPaths(job.bundles, 'bundle', ctx.onNote);
    const trust = fromGithub
        ? await withGithubTrustDomain(job.trust, (0,sources_network/* clientFor */.$V)(network), network.githubApiUrl)
        : job.trust;
    const roots = await (0,trust_roots/* loadTrustRoots */.k0)(trust);
    ctx.onRoots?.(roots);
    const artifacts = [];
    for await (const artifact of readAhead(subjects, sources_artifacts/* resolveSubject */.f9))
        artifacts.push(artifact);
    // Each attestation is verified as it is read and only its results are kept (flat memory).
    const matcher = new verify/* AttestationMatcher */.T7(policy, roots, artifacts);
    const npm = new NpmUnitCollector();
    const take = (candidates) => {
        for (const c of candidates)
            if (!npm.takesPublish(c))
                npm.provenanceAt(matcher.add(c), c);
    };
    const lookUp = async (found) => {
        if (rekorUrl === undefined || !found.some((a) => a.kind === 'legacy-dsse'))
            return found;
        const client = (0,sources_network/* clientFor */.$V)({ ...network, token: undefined });
        const resolved = await Promise.all(found.map((a) => a.kind === 'legacy-dsse' ? lookUpLegacyEnvelope(client, rekorUrl, a) : Promise.resolve([a])));
        return resolved.flat();
    };
    if (fromGithub)
        take(await lookUp(await fromGithubApi(network, policy, artifacts)));
    // Many files: prepared on worker threads, taken here in input order (the same positions).
    const env = ctx.env ?? {};
    const pool = await openPreparePool(bundleFiles.length, roots, env, rekorUrl !== undefined);
    const read = async (file) => {
        const bytes = await (0,files/* readInputFile */.jH)(file);
        const prepared = await pool?.prepare(file, bytes);
        return prepared !== undefined ? { prepared } : { found: (0,read_attestations/* attestationsOrInvalid */.yL)(file, bytes) };
    };
    try {
        for await (const next of readAhead(bundleFiles, read, READ_AHEAD * (pool?.size ?? 1))) {
            if ('found' in next)
                take(await lookUp(next.found));
            else
                for (const p of next.prepared)
                    matcher.addPrepared(p);
        }
    }
    finally {
        await pool?.close();
    }
    // A saved npm attestations response is one unit: its publish attestation must verify too.
    const keys = npm.isEmpty() ? [] : (0,npm_publish/* readTufRegistryKeys */.r0)((0,embedded/* embeddedNpmRegistryKeys */.fM)());
    const results = matcher
        .results()
        .map(({ result, sources }) => npm.apply(result, sources, keys, roots));
    const note = matcher.unmatchedNote();
    return (0,report/* resultFromArtifacts */.Hc)({
        version: ctx.version,
        command: ctx.command,
        policy,
        roots,
        artifacts: results,
        ...(note === undefined ? {} : { warnings: [note] }),
    });
}
/** Files read or hashed ahead of use, while the previous ones are verified (per worker). */
const READ_AHEAD = 8;
/**
 * `read` over `items`, results in order, with up to `window` reads in flight (file I/O
 * overlaps verification). An error surfaces in order, as a sequential loop would raise it.
 */
async function* readAhead(items, read, window = READ_AHEAD) {
    const pending = [];
    let next = 0;
    const fill = () => {
        while (next < items.length && pending.length < window) {
            const started = read(items[next++]);
            started.catch(() => undefined); // awaited below, in order
            pending.push(started);
        }
    };
    fill();
    while (pending.length > 0) {
        const result = await pending.shift();
        fill();
        yield result;
    }
}
function rekorFor(job) {
    const online = job.trust.offline !== true && job.trust.trustedRootFile === undefined;
    const url = job.rekorUrl ?? (online ? sources_network/* DEFAULT_REKOR */.SB : undefined);
    return url === undefined ? undefined : (0,http/* serviceBase */.bR)(url, '--rekor-url');
}
async function fromGithubApi(network, policy, artifacts) {
    const client = (0,sources_network/* clientFor */.$V)(network);
    const found = await (0,sources_network/* retryingNotFound */.Wo)(network, () => githubAttestations(client, network.githubApiUrl, policy, artifacts), (list) => list.length > 0);
    if (found.length === 0) {
        const where = githubScope(policy);
        throw new errors/* VerifyError */.Gz('NO_ATTESTATION', `GitHub has no attestation for ${artifacts.map((a) => a.name).join(', ')} in ${where.kind === 'repo' ? where.repo : `repositories of ${where.owner}`}${policy.predicateTypes === 'any' ? '' : ` with predicate type ${policy.predicateTypes.join(' or ')}`}`, {
            hint: 'check the repository (renamed or transferred?), the predicate type, and that this is the artifact that was attested; a just-published attestation may take a moment: --retry-not-found 30s; a private repository needs a token with attestations: read',
        });
    }
    return found;
}
/** A file that cannot be read as attestations becomes one failed candidate, never a crash. */
async function readBundleFile(file) {
    return (0,read_attestations/* attestationsOrInvalid */.yL)(file, await (0,files/* readInputFile */.jH)(file));
}


/***/ }),

/***/ 8674:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rX: () => (/* binding */ NPM_PUBLISH_PREDICATE_TYPE),
/* harmony export */   yL: () => (/* binding */ attestationsOrInvalid)
/* harmony export */ });
/* unused harmony export readAttestations */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7406);
/* harmony import */ var _json_strict_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7914);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6457);



/** The predicate type of the npm registry's publish attestation. */
const NPM_PUBLISH_PREDICATE_TYPE = 'https://github.com/npm/attestation/tree/main/specs/publish/v0.1';
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/**
 * Find the attestations in a file, by content rather than name: one bundle (JSON), JSON Lines
 * of bundles or legacy DSSE envelopes (`.intoto.jsonl`), a saved GitHub attestations API
 * response or a saved npm attestations response. Whitespace-only input yields nothing (the
 * caller reports NO_ATTESTATION); anything unreadable is a typed error.
 */
function readAttestations(name, bytes) {
    if (bytes.length > _limits_js__WEBPACK_IMPORTED_MODULE_2__/* .LIMITS */ .b.maxInputBytes) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('LIMIT', `${name}: ${bytes.length} bytes (limit ${_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .LIMITS */ .b.maxInputBytes})`);
    }
    let text;
    try {
        text = utf8.decode(bytes);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('MALFORMED', `${name}: not UTF-8 text`);
    }
    if (text.charCodeAt(0) === 0xfeff)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('MALFORMED', `${name}: starts with a byte-order mark`);
    if (text.trim().length === 0)
        return [];
    let whole;
    let wholeError;
    try {
        whole = (0,_json_strict_json_js__WEBPACK_IMPORTED_MODULE_1__/* .parseStrictJson */ .R)(text);
    }
    catch (err) {
        if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz))
            throw err;
        wholeError = err;
    }
    const found = whole !== undefined ? classify(name, whole) : readJsonLines(name, text, wholeError);
    if (found.length > _limits_js__WEBPACK_IMPORTED_MODULE_2__/* .LIMITS */ .b.maxAttestations) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('LIMIT', `${name}: ${found.length} attestations (limit ${_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .LIMITS */ .b.maxAttestations})`);
    }
    return found;
}
/**
 * {@link readAttestations}, where a file that cannot be read as attestations is one failed
 * candidate rather than an error (usage errors and anything unexpected still throw).
 */
function attestationsOrInvalid(name, bytes) {
    try {
        return readAttestations(name, bytes);
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz && !(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb))
            return [{ origin: name, kind: 'invalid', error: err }];
        throw err;
    }
}
function readJsonLines(name, text, wholeError) {
    const lines = text.split('\n');
    const nonEmpty = lines.filter((l) => l.trim().length > 0);
    if (nonEmpty.length <= 1 && wholeError !== undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz(wholeError.code, `${name}: ${wholeError.message}`);
    if (nonEmpty.length > _limits_js__WEBPACK_IMPORTED_MODULE_2__/* .LIMITS */ .b.maxAttestations) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('LIMIT', `${name}: ${nonEmpty.length} lines (limit ${_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .LIMITS */ .b.maxAttestations})`);
    }
    const found = [];
    lines.forEach((line, i) => {
        if (line.trim().length === 0)
            return;
        const origin = `${name}:${i + 1}`;
        try {
            found.push(...classify(origin, (0,_json_strict_json_js__WEBPACK_IMPORTED_MODULE_1__/* .parseStrictJson */ .R)(line)));
        }
        catch (err) {
            if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz))
                throw err;
            found.push({ origin, kind: 'invalid', error: err });
        }
    });
    return found;
}
function classify(origin, json) {
    if (!(0,_json_strict_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isJsonObject */ .O)(json))
        return [
            { origin, kind: 'invalid', error: new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('MALFORMED', 'expected a JSON object') },
        ];
    if (Array.isArray(json.attestations)) {
        // npm's response lists each entry's predicateType beside its bundle (GitHub's does not).
        const npm = json.attestations.some((item) => (0,_json_strict_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isJsonObject */ .O)(item) && item.predicateType === NPM_PUBLISH_PREDICATE_TYPE);
        return json.attestations.map((item, i) => {
            const at = `${origin}#${i + 1}`;
            if ((0,_json_strict_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isJsonObject */ .O)(item) && (0,_json_strict_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isJsonObject */ .O)(item.bundle))
                return {
                    origin: at,
                    kind: 'bundle',
                    json: item.bundle,
                    ...(npm
                        ? {
                            npm: {
                                response: origin,
                                publish: item.predicateType === NPM_PUBLISH_PREDICATE_TYPE,
                            },
                        }
                        : {}),
                };
            if ((0,_json_strict_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isJsonObject */ .O)(item) && typeof item.bundle_url === 'string') {
                return {
                    origin: at,
                    kind: 'invalid',
                    error: new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('BUNDLE_SHAPE', 'this API response only links the bundle (bundle_url); fetch it or save a response with inline bundles'),
                };
            }
            return {
                origin: at,
                kind: 'invalid',
                error: new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('BUNDLE_SHAPE', 'attestation entry has no bundle'),
            };
        });
    }
    if (json.mediaType === undefined &&
        typeof json.payloadType === 'string' &&
        Array.isArray(json.signatures)) {
        return [{ origin, kind: 'legacy-dsse', json }];
    }
    return [{ origin, kind: 'bundle', json }];
}


/***/ }),

/***/ 1307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ko: () => (/* reexport safe */ _input_read_attestations_js__WEBPACK_IMPORTED_MODULE_1__.rX),
/* harmony export */   NP: () => (/* binding */ npmPurl),
/* harmony export */   Sz: () => (/* binding */ sha512FromIntegrity),
/* harmony export */   mD: () => (/* binding */ packageFromPurl),
/* harmony export */   v4: () => (/* binding */ parsePackageSpec)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7406);
/* harmony import */ var _input_read_attestations_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8674);


// npm's rules for new names: lower case, URL-safe, at most 214 characters, optional @scope/.
const NAME = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;
// An exact semantic version (no ranges, no tags): npm attests one published version.
const VERSION = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;
/** `name@version` or `@scope/name@version`, exactly: ranges and dist-tags are refused. */
function parsePackageSpec(spec) {
    const at = spec.lastIndexOf('@');
    const name = at > 0 ? spec.slice(0, at) : spec;
    const version = at > 0 ? spec.slice(at + 1) : '';
    if (!NAME.test(name) || name.length > 214)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${JSON.stringify(spec)}: not an npm package name`);
    if (!VERSION.test(version))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${JSON.stringify(spec)}: give an exact version, NAME@1.2.3`, {
            hint: 'provenance is per published version; ranges and dist-tags are not resolved',
        });
    return { name, version };
}
/** The subject npm attests: `pkg:npm/%40scope/name@version` (purl: `@` encoded). */
function npmPurl(pkg) {
    return `pkg:npm/${pkg.name.replace(/^@/, '%40')}@${pkg.version}`;
}
/** `pkg:npm/%40scope/name@version` → the package, or undefined when it is not exactly that. */
function packageFromPurl(purl) {
    const m = /^pkg:npm\/((?:%40[^/@]+\/)?[^/@]+)@([^@/?#]+)$/.exec(purl);
    if (m === null)
        return undefined;
    const name = (m[1] ?? '').replace(/^%40/, '@');
    const version = m[2] ?? '';
    return NAME.test(name) && VERSION.test(version) ? { name, version } : undefined;
}
/** `dist.integrity` (`sha512-BASE64`) → the hex sha512 the attestations' subject carries. */
function sha512FromIntegrity(integrity, pkg) {
    const sha512 = typeof integrity === 'string'
        ? integrity.split(/\s+/).find((part) => part.startsWith('sha512-'))
        : undefined;
    const bytes = sha512 === undefined ? undefined : Buffer.from(sha512.slice(7), 'base64');
    if (bytes === undefined || bytes.length !== 64 || bytes.toString('base64') !== sha512?.slice(7))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('SUBJECT', `${pkg.name}@${pkg.version}: the registry gives no sha512 integrity for the tarball`);
    return bytes.toString('hex');
}


/***/ }),

/***/ 6104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IM: () => (/* binding */ readRegistryKeys),
/* harmony export */   r0: () => (/* binding */ readTufRegistryKeys),
/* harmony export */   v_: () => (/* binding */ verifyPublishAttestation)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _bundle_parse_bundle_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7269);
/* harmony import */ var _crypto_verify_signature_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2872);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7406);
/* harmony import */ var _json_strict_json_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7914);
/* harmony import */ var _policy_checks_subject_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(536);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4424);
/* harmony import */ var _statement_statement_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6766);
/* harmony import */ var _package_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1307);









/**
 * The registry keys the public-good TUF repository publishes (`registry.npmjs.org/keys.json`,
 * as `npm audit signatures` reads them): the `npm:attestations` keys with their windows.
 */
function readTufRegistryKeys(json) {
    const list = (0,_json_strict_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isJsonObject */ .O)(json) ? json.keys : undefined;
    if (!Array.isArray(list))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .VerifyError */ .Gz('KEY_MATERIAL', 'registry keys: no "keys" list');
    return list.flatMap((k) => {
        if (!(0,_json_strict_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isJsonObject */ .O)(k) || k.keyUsage !== 'npm:attestations' || typeof k.keyId !== 'string')
            return [];
        const pk = (0,_json_strict_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isJsonObject */ .O)(k.publicKey) ? k.publicKey : undefined;
        const valid = (0,_json_strict_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isJsonObject */ .O)(pk?.validFor) ? pk.validFor : undefined;
        if (typeof pk?.rawBytes !== 'string' || pk.keyDetails !== 'PKIX_ECDSA_P256_SHA_256')
            return [];
        const date = (v) => typeof v === 'string' ? new Date(v) : undefined;
        try {
            const key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({
                key: Buffer.from(pk.rawBytes, 'base64'),
                format: 'der',
                type: 'spki',
            });
            return [{ keyid: k.keyId, key, expires: date(valid?.end), notBefore: date(valid?.start) }];
        }
        catch {
            return [];
        }
    });
}
/** `/-/npm/v1/keys` → keys. Entries of another type are ignored; a malformed list throws. */
function readRegistryKeys(json) {
    const list = (0,_json_strict_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isJsonObject */ .O)(json) ? json.keys : undefined;
    if (!Array.isArray(list))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .VerifyError */ .Gz('KEY_MATERIAL', 'registry keys: no "keys" list');
    return list.flatMap((k) => {
        if (!(0,_json_strict_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isJsonObject */ .O)(k) || typeof k.keyid !== 'string' || typeof k.key !== 'string')
            return [];
        if (k.keytype !== 'ecdsa-sha2-nistp256' || k.scheme !== 'ecdsa-sha2-nistp256')
            return [];
        const expires = typeof k.expires === 'string' ? new Date(k.expires) : undefined;
        if (expires !== undefined && Number.isNaN(expires.getTime()))
            return [];
        try {
            const key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({
                key: Buffer.from(k.key, 'base64'),
                format: 'der',
                type: 'spki',
            });
            return [{ keyid: k.keyid, key, expires }];
        }
        catch {
            return [];
        }
    });
}
/**
 * The registry's publish attestation: signed by a registry key valid at the signed time (the
 * key named by the bundle's hint), logged, over this exact package (`pkg:npm/…` with the
 * registry's sha512), with a predicate naming the same package. It proves the registry
 * published these bytes; it says nothing of who built them (that is the provenance).
 */
function verifyPublishAttestation(origin, bundle, pkg, sha512, keys, roots) {
    const checks = [];
    try {
        const parsed = (0,_bundle_parse_bundle_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBundle */ .Q)(bundle);
        const material = parsed.bundle.verificationMaterial.content;
        if (material.$case !== 'publicKey' || parsed.dsse === undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .VerifyError */ .Gz('KEY_MATERIAL', 'the publish attestation must be a DSSE bundle signed by a registry key');
        const hint = material.publicKey.hint;
        const key = keys.find((k) => k.keyid === hint);
        if (key === undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .VerifyError */ .Gz('KEY_MATERIAL', `signed by key ${JSON.stringify(hint)}, which the registry does not list`, {
                hint: 'the registry keys come from /-/npm/v1/keys of the same registry',
            });
        const crypto = (0,_crypto_verify_signature_js__WEBPACK_IMPORTED_MODULE_2__/* .verifyBundleCrypto */ .l)(parsed, roots, {
            publicKey: key.key,
            keyValidAt: (time) => (key.expires === undefined || time < key.expires) &&
                (key.notBefore === undefined || time >= key.notBefore),
        });
        checks.push((0,_result_js__WEBPACK_IMPORTED_MODULE_7__/* .pass */ .IX)('publish-signature', `signed by registry key ${key.keyid}, logged, at a time the key was valid`));
        const statement = (0,_statement_statement_js__WEBPACK_IMPORTED_MODULE_5__/* .parseStatement */ .B)(parsed.dsse.payload);
        if (statement.predicateType !== _package_js__WEBPACK_IMPORTED_MODULE_6__/* .NPM_PUBLISH_PREDICATE */ .Ko)
            checks.push((0,_result_js__WEBPACK_IMPORTED_MODULE_7__/* .fail */ .fJ)('publish-predicate', 'PREDICATE_TYPE', 'not an npm publish attestation', {
                expected: _package_js__WEBPACK_IMPORTED_MODULE_6__/* .NPM_PUBLISH_PREDICATE */ .Ko,
                actual: statement.predicateType,
            }));
        const purl = (0,_package_js__WEBPACK_IMPORTED_MODULE_6__/* .npmPurl */ .NP)(pkg);
        checks.push({ ...(0,_policy_checks_subject_js__WEBPACK_IMPORTED_MODULE_8__/* .checkSubject */ .jj)(statement, { sha512 }, purl), id: 'publish-subject' });
        const predicate = statement.predicate;
        const named = (0,_json_strict_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isJsonObject */ .O)(predicate) && predicate.name === pkg.name && predicate.version === pkg.version;
        checks.push(named
            ? (0,_result_js__WEBPACK_IMPORTED_MODULE_7__/* .pass */ .IX)('publish-package', 'the publish predicate names this package version', `${pkg.name}@${pkg.version}`)
            : (0,_result_js__WEBPACK_IMPORTED_MODULE_7__/* .fail */ .fJ)('publish-package', 'SUBJECT', 'the publish predicate names another package', {
                expected: `${pkg.name}@${pkg.version}`,
                actual: (0,_json_strict_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isJsonObject */ .O)(predicate)
                    ? `${typeof predicate.name === 'string' ? predicate.name : JSON.stringify(predicate.name ?? null)}@${typeof predicate.version === 'string' ? predicate.version : JSON.stringify(predicate.version ?? null)}`
                    : undefined,
            }));
        const failed = checks.some((c) => c.status === 'fail');
        return {
            origin,
            verdict: failed ? 'failed' : 'verified',
            checks,
            predicateType: statement.predicateType,
            ...(0,_crypto_verify_signature_js__WEBPACK_IMPORTED_MODULE_2__/* .evidenceFields */ .V)(crypto),
            warnings: [],
        };
    }
    catch (err) {
        if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .VerifyError */ .Gz))
            throw err;
        checks.push((0,_result_js__WEBPACK_IMPORTED_MODULE_7__/* .fail */ .fJ)('publish-signature', err.code, `publish attestation: ${err.message}`, {
            hint: err.hint,
        }));
        return { origin, verdict: 'failed', checks, warnings: [] };
    }
}


/***/ }),

/***/ 1311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DC: () => (/* binding */ hashFile),
/* harmony export */   Kr: () => (/* binding */ isDigestLike),
/* harmony export */   f9: () => (/* binding */ resolveSubject),
/* harmony export */   wD: () => (/* binding */ looksLikeBundle)
/* harmony export */ });
/* unused harmony export parseDigestArg */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7406);
/* harmony import */ var _core_limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6457);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8623);




/** `ALG:HEX` with any case of the algorithm name (gh, cosign and slsa-verifier write `sha256:`). */
const DIGEST_ARG = /^(sha256|sha384|sha512):([0-9a-f]+)$/i;
/** Subresource Integrity, the lockfile form: `sha512-BASE64`. */
const SRI_ARG = /^(sha256|sha384|sha512)-([A-Za-z0-9+/]+={0,2})$/i;
const BYTES = { sha256: 32, sha384: 48, sha512: 64 };
/** A digest argument read exactly, or undefined when the argument is not written as one. */
function parseDigestArg(arg) {
    const hexForm = DIGEST_ARG.exec(arg);
    if (hexForm !== null) {
        const alg = (hexForm[1] ?? '').toLowerCase();
        const hex = (hexForm[2] ?? '').toLowerCase();
        if (hex.length !== BYTES[alg] * 2)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${arg}: a ${alg} digest has ${BYTES[alg] * 2} hex characters`);
        return { alg, hex };
    }
    const sri = SRI_ARG.exec(arg);
    if (sri !== null) {
        const alg = (sri[1] ?? '').toLowerCase();
        const bytes = Buffer.from(sri[2] ?? '', 'base64');
        if (bytes.length !== BYTES[alg] || bytes.toString('base64') !== sri[2])
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${arg}: not the base64 of a ${BYTES[alg]}-byte ${alg} digest`);
        return { alg, hex: bytes.toString('hex') };
    }
    return undefined;
}
/** Written as a digest (`ALG:HEX` or SRI), whether or not its length is right. */
function isDigestLike(arg) {
    return DIGEST_ARG.test(arg) || SRI_ARG.test(arg);
}
/** A bare 64- or 128-digit hex string is almost surely a digest without its algorithm. */
function bareHexHint(arg) {
    if (!/^[0-9a-fA-F]{64}$|^[0-9a-fA-F]{96}$|^[0-9a-fA-F]{128}$/.test(arg))
        return undefined;
    const alg = arg.length === 64 ? 'sha256' : arg.length === 96 ? 'sha384' : 'sha512';
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${arg.slice(0, 12)}…: no such file; a digest needs its algorithm`, {
        hint: `write ${alg}:${arg.toLowerCase()}`,
    });
}
/** Paths whose name says they are an attestation rather than an artifact. */
function looksLikeBundle(path) {
    return /\.(sigstore(\.json)?|intoto\.jsonl|jsonl)$|attestation.*\.json$/i.test(path);
}
/**
 * A digest (`sha256:HEX`, `SHA512:HEX`, SRI `sha512-BASE64`), `-` for stdin, or a file hashed
 * with SHA-256 and SHA-512 in one streamed pass. Named as given, so `linux/app` and
 * `darwin/app` stay apart.
 */
async function resolveSubject(arg) {
    const digest = parseDigestArg(arg);
    if (digest !== undefined)
        return { name: arg, digests: { [digest.alg]: digest.hex } };
    try {
        return { name: arg === _files_js__WEBPACK_IMPORTED_MODULE_3__/* .STDIN */ .TF ? '(stdin)' : arg, digests: await hashFile(arg) };
    }
    catch (err) {
        if (err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb && /ENOENT/.test(err.message))
            throw bareHexHint(arg) ?? err;
        throw err;
    }
}
/**
 * SHA-256 and SHA-512 of a file in one streamed pass, bounded while reading (a pipe or a device
 * is refused past LIMITS.maxArtifactBytes rather than read forever). A directory is a usage error.
 */
async function hashFile(path) {
    const sha256 = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    const sha512 = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha512');
    for await (const chunk of (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readChunks */ .zO)(path, _core_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .LIMITS */ .b.maxArtifactBytes, {
        directory: 'verify passes a directory as the files under it; here one file is needed',
    })) {
        sha256.update(chunk);
        sha512.update(chunk);
    }
    return { sha256: sha256.digest('hex'), sha512: sha512.digest('hex') };
}


/***/ }),

/***/ 7890:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"https://tuf-repo-cdn.sigstore.dev":{"root.json":"ewogInNpZ25hdHVyZXMiOiBbCiAgewogICAia2V5aWQiOiAiZTcxYTU0ZDU0MzgzNWJhODZhZGFkOTQ2MDM3OWM3NjQxZmI4NzI2ZDE2NGVhNzY2ODAxYTFjNTIyYWJhN2VhMiIsCiAgICJzaWciOiAiMzA0NTAyMjA2NWM2OGYyOGViZTQ0ZDBhNGUwNDdhNmUyODdmOTY2OWM4ZTNiMzFlMDg1MzYzOTZjNjdhMTQ4MzMyNmJlOGM2MDIyMTAwZTc1MjRhODg5ZTQwZGUwZGY4NDIzMWRkNDBlMWZjYzU3ZmJiYmY2MjA1NWMxNzA3NjU2ODMwN2RiYzUwOTA0NiIKICB9LAogIHsKICAgImtleWlkIjogIjIyZjRjYWVjNmQ4ZTZmOTU1NWFmNjZiM2Q0YzNjYjA2YTNiYjIzZmRjN2UzOWM5MTZjNjFmNDYyZTZmNTJiMDYiLAogICAic2lnIjogIjMwNDUwMjIwNmZlZGM0YTM4MmEwYzUxNTVlODEyYzliNzQ2MWZlMzg4ZWY3MDRmZWY5ZTA5M2M1YzIzNmUyMGFiYmY4ZTY2MjAyMjEwMDhiYmVjMzZiNjNiZjliYWViYzAzYTgzYzc3MGNmOTM4N2VmYzkwOTA3ZWI4MzA3MGI3YTg3NTEyOTUxMmQ2ODciCiAgfSwKICB7CiAgICJrZXlpZCI6ICI2MTY0MzgzODEyNWI0NDBiNDBkYjY5NDJmNWNiNWEzMWMwZGMwNDM2ODMxNmViMmFhYTU4Yjk1OTA0YTU4MjIyIiwKICAgInNpZyI6ICIzMDQ1MDIyMDQ2OGY0MjE5ZGI1MWM3ZTgxNWUxZTNkMzNkOTk4Nzg3OGFhMTJhZWFmMzMxNjA0ZDUxODBkZDYwYjE5ZGZiMzUwMjIxMDA5Zjc3OGVmNWU5NjY0N2MwOGJkMjNkNjNmNjljMGNjZTZmYzM1M2Q3NDdiOWQ1MWYzNWRjMGY4Njc4ZGU5ZmVmIgogIH0sCiAgewogICAia2V5aWQiOiAiYTY4N2U1YmY0ZmFiODJiMGVlNThkNDZlMDVjOTUzNTE0NWEyYzlhZmI0NThmNDNkNDJiNDVjYTBmZGNlMmE3MCIsCiAgICJzaWciOiAiMzA0NTAyMjAyOWUyNTE4YTdiY2FjMDVlYzBiMjI3ODA5Y2UwYzk2OTQwNjc0MzQxMmY5MGRjNTI1NTQwMWFmYjEzMzYzZjQ2MDIyMTAwODdhNjQxODIyNDllNDFkZDExZGU5MWM5ZjM4NWEzMzY1OWJkNjAxNDdhOTNkMTNjODZiN2E2NGU0NDdmOTgyNiIKICB9LAogIHsKICAgImtleWlkIjogIjE4M2U2NGYzNzY3MGRjMTNjYTBkMjg5OTVhMzA1M2YzNzQwOTU0ZGRjZTQ0MzIxYTQxZTQ2NTM0Y2Y0NGU2MzIiLAogICAic2lnIjogIjMwNDUwMjIxMDA4MDUxYzQ1NmVkMmJmNDhhYTVmYzU3NDI5MjhhYjA5MDQyNjZjMWQ2YmRkZTVmYzc1YWUyMGYxMmQwOThhOTU1MDIyMDNjYzY4M2JkODY3OTM4MDhlNmM5Zjg5ZTJjYTkzZjgwYjAwYzZlYTY0ODgwYWM0ZTM3ZGI2OWUyZTg2YjI0ZTMiCiAgfQogXSwKICJzaWduZWQiOiB7CiAgIl90eXBlIjogInJvb3QiLAogICJjb25zaXN0ZW50X3NuYXBzaG90IjogdHJ1ZSwKICAiZXhwaXJlcyI6ICIyMDI3LTA0LTIyVDE5OjI3OjMxWiIsCiAgImtleXMiOiB7CiAgICIwYzg3NDMyYzNiZjA5ZmQ5OTE4OWZkYzMyZmE1ZWFlZGY0ZTRhNWZhYzdiYWI3M2ZhMDRhMmUwZmM2NGFmNmY1IjogewogICAgImtleWlkX2hhc2hfYWxnb3JpdGhtcyI6IFsKICAgICAic2hhMjU2IiwKICAgICAic2hhNTEyIgogICAgXSwKICAgICJrZXl0eXBlIjogImVjZHNhIiwKICAgICJrZXl2YWwiOiB7CiAgICAgInB1YmxpYyI6ICItLS0tLUJFR0lOIFBVQkxJQyBLRVktLS0tLVxuTUZrd0V3WUhLb1pJemowQ0FRWUlLb1pJemowREFRY0RRZ0FFV1JpR3I1K2orM0o1U3NIK1p0cjVuRTJIMndPN1xuQlYrbk8zczkzZ0xjYTE4cVRPekhZMW9XeUFHRHlrTVNzR1RVQlN0OUQrQW4wS2ZLc0QybWZTTTQyUT09XG4tLS0tLUVORCBQVUJMSUMgS0VZLS0tLS1cbiIKICAgIH0sCiAgICAic2NoZW1lIjogImVjZHNhLXNoYTItbmlzdHAyNTYiLAogICAgIngtdHVmLW9uLWNpLW9ubGluZS11cmkiOiAiZ2Nwa21zOnByb2plY3RzL3NpZ3N0b3JlLXJvb3Qtc2lnbmluZy9sb2NhdGlvbnMvZ2xvYmFsL2tleVJpbmdzL3Jvb3QvY3J5cHRvS2V5cy90aW1lc3RhbXAvY3J5cHRvS2V5VmVyc2lvbnMvMSIKICAgfSwKICAgIjE4M2U2NGYzNzY3MGRjMTNjYTBkMjg5OTVhMzA1M2YzNzQwOTU0ZGRjZTQ0MzIxYTQxZTQ2NTM0Y2Y0NGU2MzIiOiB7CiAgICAia2V5dHlwZSI6ICJlY2RzYSIsCiAgICAia2V5dmFsIjogewogICAgICJwdWJsaWMiOiAiLS0tLS1CRUdJTiBQVUJMSUMgS0VZLS0tLS1cbk1Ga3dFd1lIS29aSXpqMENBUVlJS29aSXpqMERBUWNEUWdBRU14cFBPSkNJWjVvdEc0MTA2ZkdKc2VFUWkzVjlcbnBrTVlRNHV5VjlUajFNN1dIWEl5TEcramtmdnVHMGdsUTFKWmJSWlpCVjNnQVI0c29qZEdISVNlb3c9PVxuLS0tLS1FTkQgUFVCTElDIEtFWS0tLS0tXG4iCiAgICB9LAogICAgInNjaGVtZSI6ICJlY2RzYS1zaGEyLW5pc3RwMjU2IiwKICAgICJ4LXR1Zi1vbi1jaS1rZXlvd25lciI6ICJAbGFuY2UiCiAgIH0sCiAgICIyMmY0Y2FlYzZkOGU2Zjk1NTVhZjY2YjNkNGMzY2IwNmEzYmIyM2ZkYzdlMzljOTE2YzYxZjQ2MmU2ZjUyYjA2IjogewogICAgImtleWlkX2hhc2hfYWxnb3JpdGhtcyI6IFsKICAgICAic2hhMjU2IiwKICAgICAic2hhNTEyIgogICAgXSwKICAgICJrZXl0eXBlIjogImVjZHNhIiwKICAgICJrZXl2YWwiOiB7CiAgICAgInB1YmxpYyI6ICItLS0tLUJFR0lOIFBVQkxJQyBLRVktLS0tLVxuTUZrd0V3WUhLb1pJemowQ0FRWUlLb1pJemowREFRY0RRZ0FFekJ6Vk9tSENQb2pNVkxTSTM2NFdpaVY4TlByRFxuNklnUnhWbGlza3ovdit5M0pFUjVtY1ZHY09ObGlEY1dNQzVKMmxmSG1qUE5QaGI0SDd4bThMemZTQT09XG4tLS0tLUVORCBQVUJMSUMgS0VZLS0tLS1cbiIKICAgIH0sCiAgICAic2NoZW1lIjogImVjZHNhLXNoYTItbmlzdHAyNTYiLAogICAgIngtdHVmLW9uLWNpLWtleW93bmVyIjogIkBzYW50aWFnb3RvcnJlcyIKICAgfSwKICAgIjYxNjQzODM4MTI1YjQ0MGI0MGRiNjk0MmY1Y2I1YTMxYzBkYzA0MzY4MzE2ZWIyYWFhNThiOTU5MDRhNTgyMjIiOiB7CiAgICAia2V5aWRfaGFzaF9hbGdvcml0aG1zIjogWwogICAgICJzaGEyNTYiLAogICAgICJzaGE1MTIiCiAgICBdLAogICAgImtleXR5cGUiOiAiZWNkc2EiLAogICAgImtleXZhbCI6IHsKICAgICAicHVibGljIjogIi0tLS0tQkVHSU4gUFVCTElDIEtFWS0tLS0tXG5NRmt3RXdZSEtvWkl6ajBDQVFZSUtvWkl6ajBEQVFjRFFnQUVpbmlrU3NBUW1Za05lSDVlWXEvQ25JekxhYWNPXG54bFNhYXdRRE93cUt5L3RDcXhxNXh4UFNKYzIxSzRXSWhzOUd5T2tLZnp1ZVkzR0lMemNNSlo0Y1d3PT1cbi0tLS0tRU5EIFBVQkxJQyBLRVktLS0tLVxuIgogICAgfSwKICAgICJzY2hlbWUiOiAiZWNkc2Etc2hhMi1uaXN0cDI1NiIsCiAgICAieC10dWYtb24tY2kta2V5b3duZXIiOiAiQGJvYmNhbGxhd2F5IgogICB9LAogICAiYTY4N2U1YmY0ZmFiODJiMGVlNThkNDZlMDVjOTUzNTE0NWEyYzlhZmI0NThmNDNkNDJiNDVjYTBmZGNlMmE3MCI6IHsKICAgICJrZXlpZF9oYXNoX2FsZ29yaXRobXMiOiBbCiAgICAgInNoYTI1NiIsCiAgICAgInNoYTUxMiIKICAgIF0sCiAgICAia2V5dHlwZSI6ICJlY2RzYSIsCiAgICAia2V5dmFsIjogewogICAgICJwdWJsaWMiOiAiLS0tLS1CRUdJTiBQVUJMSUMgS0VZLS0tLS1cbk1Ga3dFd1lIS29aSXpqMENBUVlJS29aSXpqMERBUWNEUWdBRTBnaHJoOTJMdzFZcjNpZEdWNVdxQ3RNREI4Q3hcbitEOGhkQzR3MlpMTklwbFZSb1ZHTHNrWWEzZ2hlTXlPamlKOGtQaTE1YVEyLy83UCtvajdVdkpQR3c9PVxuLS0tLS1FTkQgUFVCTElDIEtFWS0tLS0tXG4iCiAgICB9LAogICAgInNjaGVtZSI6ICJlY2RzYS1zaGEyLW5pc3RwMjU2IiwKICAgICJ4LXR1Zi1vbi1jaS1rZXlvd25lciI6ICJAam9zaHVhZ2wiCiAgIH0sCiAgICJlNzFhNTRkNTQzODM1YmE4NmFkYWQ5NDYwMzc5Yzc2NDFmYjg3MjZkMTY0ZWE3NjY4MDFhMWM1MjJhYmE3ZWEyIjogewogICAgImtleWlkX2hhc2hfYWxnb3JpdGhtcyI6IFsKICAgICAic2hhMjU2IiwKICAgICAic2hhNTEyIgogICAgXSwKICAgICJrZXl0eXBlIjogImVjZHNhIiwKICAgICJrZXl2YWwiOiB7CiAgICAgInB1YmxpYyI6ICItLS0tLUJFR0lOIFBVQkxJQyBLRVktLS0tLVxuTUZrd0V3WUhLb1pJemowQ0FRWUlLb1pJemowREFRY0RRZ0FFRVhzejNTWlhGYjhqTVY0Mmo2cEpseWpialI4S1xuTjNCd29jZXhxNkxNSWI1cXNXS09RdkxOMTZOVWVmTGM0SHN3T291bVJzVlZhYWpTcFFTNmZvYmtSdz09XG4tLS0tLUVORCBQVUJMSUMgS0VZLS0tLS1cbiIKICAgIH0sCiAgICAic2NoZW1lIjogImVjZHNhLXNoYTItbmlzdHAyNTYiLAogICAgIngtdHVmLW9uLWNpLWtleW93bmVyIjogIkBtbm02NzgiCiAgIH0KICB9LAogICJyb2xlcyI6IHsKICAgInJvb3QiOiB7CiAgICAia2V5aWRzIjogWwogICAgICJlNzFhNTRkNTQzODM1YmE4NmFkYWQ5NDYwMzc5Yzc2NDFmYjg3MjZkMTY0ZWE3NjY4MDFhMWM1MjJhYmE3ZWEyIiwKICAgICAiMjJmNGNhZWM2ZDhlNmY5NTU1YWY2NmIzZDRjM2NiMDZhM2JiMjNmZGM3ZTM5YzkxNmM2MWY0NjJlNmY1MmIwNiIsCiAgICAgIjYxNjQzODM4MTI1YjQ0MGI0MGRiNjk0MmY1Y2I1YTMxYzBkYzA0MzY4MzE2ZWIyYWFhNThiOTU5MDRhNTgyMjIiLAogICAgICJhNjg3ZTViZjRmYWI4MmIwZWU1OGQ0NmUwNWM5NTM1MTQ1YTJjOWFmYjQ1OGY0M2Q0MmI0NWNhMGZkY2UyYTcwIiwKICAgICAiMTgzZTY0ZjM3NjcwZGMxM2NhMGQyODk5NWEzMDUzZjM3NDA5NTRkZGNlNDQzMjFhNDFlNDY1MzRjZjQ0ZTYzMiIKICAgIF0sCiAgICAidGhyZXNob2xkIjogMwogICB9LAogICAic25hcHNob3QiOiB7CiAgICAia2V5aWRzIjogWwogICAgICIwYzg3NDMyYzNiZjA5ZmQ5OTE4OWZkYzMyZmE1ZWFlZGY0ZTRhNWZhYzdiYWI3M2ZhMDRhMmUwZmM2NGFmNmY1IgogICAgXSwKICAgICJ0aHJlc2hvbGQiOiAxLAogICAgIngtdHVmLW9uLWNpLWV4cGlyeS1wZXJpb2QiOiAzNjUwLAogICAgIngtdHVmLW9uLWNpLXNpZ25pbmctcGVyaW9kIjogMzY1CiAgIH0sCiAgICJ0YXJnZXRzIjogewogICAgImtleWlkcyI6IFsKICAgICAiZTcxYTU0ZDU0MzgzNWJhODZhZGFkOTQ2MDM3OWM3NjQxZmI4NzI2ZDE2NGVhNzY2ODAxYTFjNTIyYWJhN2VhMiIsCiAgICAgIjIyZjRjYWVjNmQ4ZTZmOTU1NWFmNjZiM2Q0YzNjYjA2YTNiYjIzZmRjN2UzOWM5MTZjNjFmNDYyZTZmNTJiMDYiLAogICAgICI2MTY0MzgzODEyNWI0NDBiNDBkYjY5NDJmNWNiNWEzMWMwZGMwNDM2ODMxNmViMmFhYTU4Yjk1OTA0YTU4MjIyIiwKICAgICAiYTY4N2U1YmY0ZmFiODJiMGVlNThkNDZlMDVjOTUzNTE0NWEyYzlhZmI0NThmNDNkNDJiNDVjYTBmZGNlMmE3MCIsCiAgICAgIjE4M2U2NGYzNzY3MGRjMTNjYTBkMjg5OTVhMzA1M2YzNzQwOTU0ZGRjZTQ0MzIxYTQxZTQ2NTM0Y2Y0NGU2MzIiCiAgICBdLAogICAgInRocmVzaG9sZCI6IDMKICAgfSwKICAgInRpbWVzdGFtcCI6IHsKICAgICJrZXlpZHMiOiBbCiAgICAgIjBjODc0MzJjM2JmMDlmZDk5MTg5ZmRjMzJmYTVlYWVkZjRlNGE1ZmFjN2JhYjczZmEwNGEyZTBmYzY0YWY2ZjUiCiAgICBdLAogICAgInRocmVzaG9sZCI6IDEsCiAgICAieC10dWYtb24tY2ktZXhwaXJ5LXBlcmlvZCI6IDcsCiAgICAieC10dWYtb24tY2ktc2lnbmluZy1wZXJpb2QiOiA2CiAgIH0KICB9LAogICJzcGVjX3ZlcnNpb24iOiAiMS4wIiwKICAidmVyc2lvbiI6IDE2LAogICJ4LXR1Zi1vbi1jaS1leHBpcnktcGVyaW9kIjogMTk3LAogICJ4LXR1Zi1vbi1jaS1zaWduaW5nLXBlcmlvZCI6IDQ2CiB9Cn0=","targets":{"trusted_root.json":"ewogICJtZWRpYVR5cGUiOiAiYXBwbGljYXRpb24vdm5kLmRldi5zaWdzdG9yZS50cnVzdGVkcm9vdCtqc29uO3ZlcnNpb249MC4xIiwKICAidGxvZ3MiOiBbCiAgICB7CiAgICAgICJiYXNlVXJsIjogImh0dHBzOi8vcmVrb3Iuc2lnc3RvcmUuZGV2IiwKICAgICAgImhhc2hBbGdvcml0aG0iOiAiU0hBMl8yNTYiLAogICAgICAicHVibGljS2V5IjogewogICAgICAgICJyYXdCeXRlcyI6ICJNRmt3RXdZSEtvWkl6ajBDQVFZSUtvWkl6ajBEQVFjRFFnQUUyRzJZKzJ0YWJkVFY1QmNHaUJJeDBhOWZBRndya0JibUxTR3RrczRMM3FYNnlZWTB6dWZCbmhDOFVyL2l5NTVHaFdQLzlBL2JZMkxoQzMwTTkrUll0dz09IiwKICAgICAgICAia2V5RGV0YWlscyI6ICJQS0lYX0VDRFNBX1AyNTZfU0hBXzI1NiIsCiAgICAgICAgInZhbGlkRm9yIjogewogICAgICAgICAgInN0YXJ0IjogIjIwMjEtMDEtMTJUMTE6NTM6MjdaIgogICAgICAgIH0KICAgICAgfSwKICAgICAgImxvZ0lkIjogewogICAgICAgICJrZXlJZCI6ICJ3Tkk5YXRRR2x6K1ZXZk82TFJ5Z0g0UVVmWS84VzRSRndpVDVpNVdSZ0IwPSIKICAgICAgfQogICAgfSwKICAgIHsKICAgICAgImJhc2VVcmwiOiAiaHR0cHM6Ly9sb2cyMDI1LTEucmVrb3Iuc2lnc3RvcmUuZGV2IiwKICAgICAgImhhc2hBbGdvcml0aG0iOiAiU0hBMl8yNTYiLAogICAgICAicHVibGljS2V5IjogewogICAgICAgICJyYXdCeXRlcyI6ICJNQ293QlFZREsyVndBeUVBdDhybHAxa25Hd2pmYmNYQVlQWUFrbjBYaUx6MXg4TzR0MFlrRWhpZTI0ND0iLAogICAgICAgICJrZXlEZXRhaWxzIjogIlBLSVhfRUQyNTUxOSIsCiAgICAgICAgInZhbGlkRm9yIjogewogICAgICAgICAgInN0YXJ0IjogIjIwMjUtMDktMjNUMDA6MDA6MDBaIgogICAgICAgIH0KICAgICAgfSwKICAgICAgImxvZ0lkIjogewogICAgICAgICJrZXlJZCI6ICJ6eEdaRlZ2ZDBGRW1qUjhXckZ3TWRjQUo5dnRhWS9RWGY0NFkxd1VlUDZBPSIKICAgICAgfQogICAgfQogIF0sCiAgImNlcnRpZmljYXRlQXV0aG9yaXRpZXMiOiBbCiAgICB7CiAgICAgICJzdWJqZWN0IjogewogICAgICAgICJvcmdhbml6YXRpb24iOiAic2lnc3RvcmUuZGV2IiwKICAgICAgICAiY29tbW9uTmFtZSI6ICJzaWdzdG9yZSIKICAgICAgfSwKICAgICAgInVyaSI6ICJodHRwczovL2Z1bGNpby5zaWdzdG9yZS5kZXYiLAogICAgICAiY2VydENoYWluIjogewogICAgICAgICJjZXJ0aWZpY2F0ZXMiOiBbCiAgICAgICAgICB7CiAgICAgICAgICAgICJyYXdCeXRlcyI6ICJNSUlCK0RDQ0FYNmdBd0lCQWdJVE5Wa0Rab0Npb2ZQRHN5N2RmbTZnZUxidWh6QUtCZ2dxaGtqT1BRUURBekFxTVJVd0V3WURWUVFLRXd4emFXZHpkRzl5WlM1a1pYWXhFVEFQQmdOVkJBTVRDSE5wWjNOMGIzSmxNQjRYRFRJeE1ETXdOekF6TWpBeU9Wb1hEVE14TURJeU16QXpNakF5T1Zvd0tqRVZNQk1HQTFVRUNoTU1jMmxuYzNSdmNtVXVaR1YyTVJFd0R3WURWUVFERXdoemFXZHpkRzl5WlRCMk1CQUdCeXFHU000OUFnRUdCU3VCQkFBaUEySUFCTFN5QTdJaTVrK3BOTzhaRVdZMHlsZW1XRG93T2tOYTNrTCtHWkU1WjVHV2VoTDkvQTliUk5BM1JicnNaNWkwSmNhc3RhUkw3U3A1ZnAvakQ1ZHhxYy9VZFRWbmx2UzE2YW4rMllmc3dlL1F1TG9sUlVDcmNPRTIrMmlBNSt0emQ2Tm1NR1F3RGdZRFZSMFBBUUgvQkFRREFnRUdNQklHQTFVZEV3RUIvd1FJTUFZQkFmOENBUUV3SFFZRFZSME9CQllFRk1qRkhRQkJtaVFwTWxFazZ3MnVTdTFLQnRQc01COEdBMVVkSXdRWU1CYUFGTWpGSFFCQm1pUXBNbEVrNncydVN1MUtCdFBzTUFvR0NDcUdTTTQ5QkFNREEyZ0FNR1VDTUg4bGlXSmZNdWk2dlhYQmhqRGdZNE13c2xtTi9USnhWZS84M1dyRm9td21OZjA1NnkxWDQ4RjljNG0zYTNvelhBSXhBS2pSYXk1L2FqL2pzS0tHSWttUWF0akk4dXVwSHIvK0N4RnZhSldtcFlxTmtMREdSVSs5b3J6aDVoSTJScmN1YVE9PSIKICAgICAgICAgIH0KICAgICAgICBdCiAgICAgIH0sCiAgICAgICJ2YWxpZEZvciI6IHsKICAgICAgICAic3RhcnQiOiAiMjAyMS0wMy0wN1QwMzoyMDoyOVoiLAogICAgICAgICJlbmQiOiAiMjAyMi0xMi0zMVQyMzo1OTo1OS45OTlaIgogICAgICB9CiAgICB9LAogICAgewogICAgICAic3ViamVjdCI6IHsKICAgICAgICAib3JnYW5pemF0aW9uIjogInNpZ3N0b3JlLmRldiIsCiAgICAgICAgImNvbW1vbk5hbWUiOiAic2lnc3RvcmUiCiAgICAgIH0sCiAgICAgICJ1cmkiOiAiaHR0cHM6Ly9mdWxjaW8uc2lnc3RvcmUuZGV2IiwKICAgICAgImNlcnRDaGFpbiI6IHsKICAgICAgICAiY2VydGlmaWNhdGVzIjogWwogICAgICAgICAgewogICAgICAgICAgICAicmF3Qnl0ZXMiOiAiTUlJQ0dqQ0NBYUdnQXdJQkFnSVVBTG5WaVZmblUwYnJKYXNtUmtIcm4vVW5mYVF3Q2dZSUtvWkl6ajBFQXdNd0tqRVZNQk1HQTFVRUNoTU1jMmxuYzNSdmNtVXVaR1YyTVJFd0R3WURWUVFERXdoemFXZHpkRzl5WlRBZUZ3MHlNakEwTVRNeU1EQTJNVFZhRncwek1URXdNRFV4TXpVMk5UaGFNRGN4RlRBVEJnTlZCQW9UREhOcFozTjBiM0psTG1SbGRqRWVNQndHQTFVRUF4TVZjMmxuYzNSdmNtVXRhVzUwWlhKdFpXUnBZWFJsTUhZd0VBWUhLb1pJemowQ0FRWUZLNEVFQUNJRFlnQUU4UlZTL3lzSCtOT3Z1RFp5UEladGlsZ1VGOU5sYXJZcEFkOUhQMXZCQkgxVTVDVjc3TFNTN3MwWmlING5FN0h2N3B0UzZMdnZSL1NUazc5OExWZ016TGxKNEhlSWZGM3RIU2FleExjWXBTQVNyMWtTME4vUmdCSnovOWpXQ2lYbm8zc3dlVEFPQmdOVkhROEJBZjhFQkFNQ0FRWXdFd1lEVlIwbEJBd3dDZ1lJS3dZQkJRVUhBd013RWdZRFZSMFRBUUgvQkFnd0JnRUIvd0lCQURBZEJnTlZIUTRFRmdRVTM5UHB6MVlrRVpiNXFOanBLRldpeGk0WVpEOHdId1lEVlIwakJCZ3dGb0FVV01BZVg1RkZwV2FwZXN5UW9aTWkwQ3JGeGZvd0NnWUlLb1pJemowRUF3TURad0F3WkFJd1BDc1FLNERZaVpZRFBJYURpNUhGS25meFh4NkFTU1ZtRVJmc3luWUJpWDJYNlNKUm5aVTg0LzlEWmRuRnZ2eG1BakJPdDZRcEJsYzRKLzBEeHZrVENxcGNsdnppTDZCQ0NQbmpkbElCM1B1M0J4c1BteWdVWTdJaTJ6YmRDZGxpaW93PSIKICAgICAgICAgIH0sCiAgICAgICAgICB7CiAgICAgICAgICAgICJyYXdCeXRlcyI6ICJNSUlCOXpDQ0FYeWdBd0lCQWdJVUFMWk5BUEZkeEhQd2plRGxvRHd5WUNoQU8vNHdDZ1lJS29aSXpqMEVBd013S2pFVk1CTUdBMVVFQ2hNTWMybG5jM1J2Y21VdVpHVjJNUkV3RHdZRFZRUURFd2h6YVdkemRHOXlaVEFlRncweU1URXdNRGN4TXpVMk5UbGFGdzB6TVRFd01EVXhNelUyTlRoYU1Db3hGVEFUQmdOVkJBb1RESE5wWjNOMGIzSmxMbVJsZGpFUk1BOEdBMVVFQXhNSWMybG5jM1J2Y21Vd2RqQVFCZ2NxaGtqT1BRSUJCZ1VyZ1FRQUlnTmlBQVQ3WGVGVDRyYjNQUUd3UzRJYWp0TGszL09sbnBnYW5nYUJjbFlwc1lCcjVpKzR5bkIwN2NlYjNMUDBPSU9aZHhleFg2OWM1aVZ1eUpSUStIejA1eWkrVUYzdUJXQWxIcGlTNXNoMCtIMkdIRTdTWHJrMUVDNW0xVHIxOUw5Z2c5MmpZekJoTUE0R0ExVWREd0VCL3dRRUF3SUJCakFQQmdOVkhSTUJBZjhFQlRBREFRSC9NQjBHQTFVZERnUVdCQlJZd0I1ZmtVV2xacWw2ekpDaGt5TFFLc1hGK2pBZkJnTlZIU01FR0RBV2dCUll3QjVma1VXbFpxbDZ6SkNoa3lMUUtzWEYrakFLQmdncWhrak9QUVFEQXdOcEFEQm1BakVBajFuSGVYWnArMTNOV0JOYStFRHNEUDhHMVdXZzF0Q01XUC9XSFBxcGFWbzBqaHN3ZU5GWmdTczBlRTd3WUk0cUFqRUEyV0I5b3Q5OHNJa29GM3ZaWWRkMy9WdFdCNWI5VE5NZWE3SXgvc3RKNVRmY0xMZUFCTEU0Qk5KT3NRNHZuQkhKIgogICAgICAgICAgfQogICAgICAgIF0KICAgICAgfSwKICAgICAgInZhbGlkRm9yIjogewogICAgICAgICJzdGFydCI6ICIyMDIyLTA0LTEzVDIwOjA2OjE1WiIKICAgICAgfQogICAgfQogIF0sCiAgImN0bG9ncyI6IFsKICAgIHsKICAgICAgImJhc2VVcmwiOiAiaHR0cHM6Ly9jdGZlLnNpZ3N0b3JlLmRldi90ZXN0IiwKICAgICAgImhhc2hBbGdvcml0aG0iOiAiU0hBMl8yNTYiLAogICAgICAicHVibGljS2V5IjogewogICAgICAgICJyYXdCeXRlcyI6ICJNRmt3RXdZSEtvWkl6ajBDQVFZSUtvWkl6ajBEQVFjRFFnQUViZndSK1JKdWRYc2NnUkJScEtYMVhGRHkzUHl1ZER4ei9TZm5SaTFmVDhla3BmQmQyTzF1b3o3anIzWjhuS3p4QTY5RVVRK2VGQ0ZJM3pldWJQV1U3dz09IiwKICAgICAgICAia2V5RGV0YWlscyI6ICJQS0lYX0VDRFNBX1AyNTZfU0hBXzI1NiIsCiAgICAgICAgInZhbGlkRm9yIjogewogICAgICAgICAgInN0YXJ0IjogIjIwMjEtMDMtMTRUMDA6MDA6MDBaIiwKICAgICAgICAgICJlbmQiOiAiMjAyMi0xMC0zMVQyMzo1OTo1OS45OTlaIgogICAgICAgIH0KICAgICAgfSwKICAgICAgImxvZ0lkIjogewogICAgICAgICJrZXlJZCI6ICJDR0NTOENoUy8yaEYwZEZySjRTY1JXY1lyQlk5d3pqU2JlYThJZ1kyYjNJPSIKICAgICAgfQogICAgfSwKICAgIHsKICAgICAgImJhc2VVcmwiOiAiaHR0cHM6Ly9jdGZlLnNpZ3N0b3JlLmRldi8yMDIyIiwKICAgICAgImhhc2hBbGdvcml0aG0iOiAiU0hBMl8yNTYiLAogICAgICAicHVibGljS2V5IjogewogICAgICAgICJyYXdCeXRlcyI6ICJNRmt3RXdZSEtvWkl6ajBDQVFZSUtvWkl6ajBEQVFjRFFnQUVpUFNsRmkwQ21GVGZFakNVcUY5SHVDRWNZWE5LQWFZYWxJSm1CWjh5eWV6UGpUcWh4cktCcE1uYW9jVnRMSkJJMWVNM3VYblF6UUdBSmRKNGdzOUZ5dz09IiwKICAgICAgICAia2V5RGV0YWlscyI6ICJQS0lYX0VDRFNBX1AyNTZfU0hBXzI1NiIsCiAgICAgICAgInZhbGlkRm9yIjogewogICAgICAgICAgInN0YXJ0IjogIjIwMjItMTAtMjBUMDA6MDA6MDBaIgogICAgICAgIH0KICAgICAgfSwKICAgICAgImxvZ0lkIjogewogICAgICAgICJrZXlJZCI6ICIzVDB3YXNiSEVUSmpHUjRjbVdjM0FxSktYcmplUEszL2g0cHlnQzhwN280PSIKICAgICAgfQogICAgfQogIF0sCiAgInRpbWVzdGFtcEF1dGhvcml0aWVzIjogWwogICAgewogICAgICAic3ViamVjdCI6IHsKICAgICAgICAib3JnYW5pemF0aW9uIjogInNpZ3N0b3JlLmRldiIsCiAgICAgICAgImNvbW1vbk5hbWUiOiAic2lnc3RvcmUtdHNhLXNlbGZzaWduZWQiCiAgICAgIH0sCiAgICAgICJ1cmkiOiAiaHR0cHM6Ly90aW1lc3RhbXAuc2lnc3RvcmUuZGV2L2FwaS92MS90aW1lc3RhbXAiLAogICAgICAiY2VydENoYWluIjogewogICAgICAgICJjZXJ0aWZpY2F0ZXMiOiBbCiAgICAgICAgICB7CiAgICAgICAgICAgICJyYXdCeXRlcyI6ICJNSUlDRURDQ0FaYWdBd0lCQWdJVU9oTlVMd3lRWWU2OHdVTXZ5NHFPaXlvaml3d3dDZ1lJS29aSXpqMEVBd013T1RFVk1CTUdBMVVFQ2hNTWMybG5jM1J2Y21VdVpHVjJNU0F3SGdZRFZRUURFeGR6YVdkemRHOXlaUzEwYzJFdGMyVnNabk5wWjI1bFpEQWVGdzB5TlRBME1EZ3dOalU1TkROYUZ3MHpOVEEwTURZd05qVTVORE5hTUM0eEZUQVRCZ05WQkFvVERITnBaM04wYjNKbExtUmxkakVWTUJNR0ExVUVBeE1NYzJsbmMzUnZjbVV0ZEhOaE1IWXdFQVlIS29aSXpqMENBUVlGSzRFRUFDSURZZ0FFNHJhMlo4aEtOaWcyVDlrRmpDQVRvR0czMGpreStXUXYzQnpMK21LdmgxU0tOUi9Vd3V3c2ZOQ2c0c3J5b1lBZDhFNmlzb3ZWQTNNNGFvTmRtOVFEaTUwWjhuVEV5dnFnZkRQdFRJd1hJdGZpVy9BRmYxVjd1d2tia0FvajB4eGNvMm93YURBT0JnTlZIUThCQWY4RUJBTUNCNEF3SFFZRFZSME9CQllFRkluOWVVT0h6OUJsUnNNQ1JzY3NjMXQ5dE9zRE1COEdBMVVkSXdRWU1CYUFGSmpzQWU5L3UxSC8xSlVlYjRxSW1GTUhpYzYvTUJZR0ExVWRKUUVCL3dRTU1Bb0dDQ3NHQVFVRkJ3TUlNQW9HQ0NxR1NNNDlCQU1EQTJnQU1HVUNNRHRwc1YvNkthTzBxeUYvVU1zWDJhU1VYS1FGZG9HVHB0UUdjMGZ0cTFjc3VsSFBHRzZkc215TU5kM0pCK0czRVFJeEFPYWp2QmNqcEptS2I0TnYrMlRhb2o4VWM1K2I2aWg2RlhDQ0tyYVNxdXBlMDd6cXN3TWNYSlRlMWNFeHZIdnZsdz09IgogICAgICAgICAgfSwKICAgICAgICAgIHsKICAgICAgICAgICAgInJhd0J5dGVzIjogIk1JSUI5ekNDQVh5Z0F3SUJBZ0lVVjdmMEdMRE9vRXpJaDhMWFNXODBPSmlVcDE0d0NnWUlLb1pJemowRUF3TXdPVEVWTUJNR0ExVUVDaE1NYzJsbmMzUnZjbVV1WkdWMk1TQXdIZ1lEVlFRREV4ZHphV2R6ZEc5eVpTMTBjMkV0YzJWc1puTnBaMjVsWkRBZUZ3MHlOVEEwTURnd05qVTVORE5hRncwek5UQTBNRFl3TmpVNU5ETmFNRGt4RlRBVEJnTlZCQW9UREhOcFozTjBiM0psTG1SbGRqRWdNQjRHQTFVRUF4TVhjMmxuYzNSdmNtVXRkSE5oTFhObGJHWnphV2R1WldRd2RqQVFCZ2NxaGtqT1BRSUJCZ1VyZ1FRQUlnTmlBQVFVUU50ZlJUL291M1lBVGE2d0Iva0tUZTcwY2ZKd3lSSUJvdk1udDhSY0pwaC9DT0U4MnV5UzZGbXBwTExMMVZCUEdjUGZwUVBZSk5Yeld3aThpY3doS1E2Vy9RZTJoM29lYkJiMkZIcHdOSkRxbytUTWFDL3RkZmt2L0VsSkI3MmpSVEJETUE0R0ExVWREd0VCL3dRRUF3SUJCakFTQmdOVkhSTUJBZjhFQ0RBR0FRSC9BZ0VBTUIwR0ExVWREZ1FXQkJTWTdBSHZmN3RSLzlTVkhtK0tpSmhUQjRuT3Z6QUtCZ2dxaGtqT1BRUURBd05wQURCbUFqRUF3R0VHcmZHWlIxY2VuMVI4L0RUVk1JOTQzTHNzWm1KUnREcC9pN1NmR0htR1JQNmdSYnVqOXZPSzNiNjdaMFFRQWpFQXVUMkg2NzNMUUVhSFRjeVFTWnJrcDRtWDdXd2ttRitzVmJrWVk1bVhOK1JNSDEzS1VFSEhPcUFTYWVtWVdLL0UiCiAgICAgICAgICB9CiAgICAgICAgXQogICAgICB9LAogICAgICAidmFsaWRGb3IiOiB7CiAgICAgICAgInN0YXJ0IjogIjIwMjUtMDctMDRUMDA6MDA6MDBaIgogICAgICB9CiAgICB9CiAgXQp9Cg==","registry.npmjs.org%2Fkeys.json":"ewogICAgImtleXMiOiBbCiAgICAgICAgewogICAgICAgICAgICAia2V5SWQiOiAiU0hBMjU2OmpsM2J3c3d1ODBQampva0NnaDBvMnc1YzJVNExoUUFFNTdnajljejFrekEiLAogICAgICAgICAgICAia2V5VXNhZ2UiOiAibnBtOnNpZ25hdHVyZXMiLAogICAgICAgICAgICAicHVibGljS2V5IjogewogICAgICAgICAgICAgICAgInJhd0J5dGVzIjogIk1Ga3dFd1lIS29aSXpqMENBUVlJS29aSXpqMERBUWNEUWdBRTFPbGIzek1BRkZ4WEtIaUlrUU81Y0ozWWhsNWk2VVBwK0lodXRlQkpidUhjQTVVb2dLbzBFV3RsV3dXNktTYUtvVE5FWUw3SmxDUWlWbmtoQmt0VWdnPT0iLAogICAgICAgICAgICAgICAgImtleURldGFpbHMiOiAiUEtJWF9FQ0RTQV9QMjU2X1NIQV8yNTYiLAogICAgICAgICAgICAgICAgInZhbGlkRm9yIjogewogICAgICAgICAgICAgICAgICAgICJzdGFydCI6ICIxOTk5LTAxLTAxVDAwOjAwOjAwLjAwMFoiLAogICAgICAgICAgICAgICAgICAgICJlbmQiOiAiMjAyNS0wMS0yOVQwMDowMDowMC4wMDBaIgogICAgICAgICAgICAgICAgfQogICAgICAgICAgICB9CiAgICAgICAgfSwKICAgICAgICB7CiAgICAgICAgICAgICJrZXlJZCI6ICJTSEEyNTY6amwzYndzd3U4MFBqam9rQ2doMG8ydzVjMlU0TGhRQUU1N2dqOWN6MWt6QSIsCiAgICAgICAgICAgICJrZXlVc2FnZSI6ICJucG06YXR0ZXN0YXRpb25zIiwKICAgICAgICAgICAgInB1YmxpY0tleSI6IHsKICAgICAgICAgICAgICAgICJyYXdCeXRlcyI6ICJNRmt3RXdZSEtvWkl6ajBDQVFZSUtvWkl6ajBEQVFjRFFnQUUxT2xiM3pNQUZGeFhLSGlJa1FPNWNKM1lobDVpNlVQcCtJaHV0ZUJKYnVIY0E1VW9nS28wRVd0bFd3VzZLU2FLb1RORVlMN0psQ1FpVm5raEJrdFVnZz09IiwKICAgICAgICAgICAgICAgICJrZXlEZXRhaWxzIjogIlBLSVhfRUNEU0FfUDI1Nl9TSEFfMjU2IiwKICAgICAgICAgICAgICAgICJ2YWxpZEZvciI6IHsKICAgICAgICAgICAgICAgICAgICAic3RhcnQiOiAiMjAyMi0xMi0wMVQwMDowMDowMC4wMDBaIiwKICAgICAgICAgICAgICAgICAgICAiZW5kIjogIjIwMjUtMDEtMjlUMDA6MDA6MDAuMDAwWiIKICAgICAgICAgICAgICAgIH0KICAgICAgICAgICAgfQogICAgICAgIH0sCiAgICAgICAgewogICAgICAgICAgICAia2V5SWQiOiAiU0hBMjU2OkRoUTh3UjVBUEJ2RkhMRi8rVGMrQVl2UE9kVHBjSURxT2h4c0JIUndDN1UiLAogICAgICAgICAgICAia2V5VXNhZ2UiOiAibnBtOnNpZ25hdHVyZXMiLAogICAgICAgICAgICAicHVibGljS2V5IjogewogICAgICAgICAgICAgICAgInJhd0J5dGVzIjogIk1Ga3dFd1lIS29aSXpqMENBUVlJS29aSXpqMERBUWNEUWdBRVk2WWE3VysrN2FVUHp2TVRyZXpINlljeDNjK0hPS1lDY05HeWJKWlNDSnEvZmQ3UWE4dXVBS3RkSWtVUXRRaUVLRVJoQW1FNWxNTUpoUDhPa0RPYTJnPT0iLAogICAgICAgICAgICAgICAgImtleURldGFpbHMiOiAiUEtJWF9FQ0RTQV9QMjU2X1NIQV8yNTYiLAogICAgICAgICAgICAgICAgInZhbGlkRm9yIjogewogICAgICAgICAgICAgICAgICAgICJzdGFydCI6ICIyMDI1LTAxLTEzVDAwOjAwOjAwLjAwMFoiCiAgICAgICAgICAgICAgICB9CiAgICAgICAgICAgIH0KICAgICAgICB9LAogICAgICAgIHsKICAgICAgICAgICAgImtleUlkIjogIlNIQTI1NjpEaFE4d1I1QVBCdkZITEYvK1RjK0FZdlBPZFRwY0lEcU9oeHNCSFJ3QzdVIiwKICAgICAgICAgICAgImtleVVzYWdlIjogIm5wbTphdHRlc3RhdGlvbnMiLAogICAgICAgICAgICAicHVibGljS2V5IjogewogICAgICAgICAgICAgICAgInJhd0J5dGVzIjogIk1Ga3dFd1lIS29aSXpqMENBUVlJS29aSXpqMERBUWNEUWdBRVk2WWE3VysrN2FVUHp2TVRyZXpINlljeDNjK0hPS1lDY05HeWJKWlNDSnEvZmQ3UWE4dXVBS3RkSWtVUXRRaUVLRVJoQW1FNWxNTUpoUDhPa0RPYTJnPT0iLAogICAgICAgICAgICAgICAgImtleURldGFpbHMiOiAiUEtJWF9FQ0RTQV9QMjU2X1NIQV8yNTYiLAogICAgICAgICAgICAgICAgInZhbGlkRm9yIjogewogICAgICAgICAgICAgICAgICAgICJzdGFydCI6ICIyMDI1LTAxLTEzVDAwOjAwOjAwLjAwMFoiCiAgICAgICAgICAgICAgICB9CiAgICAgICAgICAgIH0KICAgICAgICB9CiAgICBdCn0K"}}}');

/***/ })

};

export const id = 739;
export const ids = [739];
export const modules = {

/***/ 62390:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ON: () => (/* binding */ parsePolicy)
});

// UNUSED EXPORTS: parseRepo, parseSignerWorkflow

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/github/names.ts
var names = __webpack_require__(9067);
// EXTERNAL MODULE: ./src/core/github/refs.ts
var refs = __webpack_require__(88205);
// EXTERNAL MODULE: ./src/core/provenance/build-types.ts
var build_types = __webpack_require__(37931);
;// CONCATENATED MODULE: ./src/core/policy/policy.ts
const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';

;// CONCATENATED MODULE: ./src/core/policy/parse-policy.ts





/**
 * Validate and normalise a policy. Every value is a literal: nothing is ever used as a regular
 * expression. A policy that names no source identity (repo, owner or exact certificate
 * identity) is refused: "verify the signature only" is not a question this tool answers.
 */
function parsePolicy(input, options = {}) {
    const issuer = nonEmpty(input.certOidcIssuer, '--cert-oidc-issuer') ?? GITHUB_ACTIONS_ISSUER;
    const githubHost = (0,names/* githubHostForIssuer */.u_)(issuer) ?? names/* GITHUB_HOST */.F2;
    const sourceRepo = input.repo === undefined ? undefined : parseRepo(input.repo, '--repo', githubHost);
    const owner = input.owner === undefined ? undefined : parseOwner(input.owner);
    const certIdentity = nonEmpty(input.certIdentity, '--cert-identity');
    if (sourceRepo === undefined && owner === undefined && certIdentity === undefined) {
        throw (0,errors/* policyError */.nq)('the policy names no source identity', 'give --repo OWNER/REPO (or --owner OWNER, or --cert-identity SAN) so a signature from anyone else is rejected');
    }
    if (sourceRepo !== undefined &&
        owner !== undefined &&
        (0,names/* asciiLower */.F)(sourceRepo.owner) !== (0,names/* asciiLower */.F)(owner)) {
        throw (0,errors/* policyError */.nq)(`--owner ${owner} contradicts --repo ${sourceRepo.owner}/${sourceRepo.repo}`);
    }
    return {
        issuer,
        githubHost,
        sourceRepo,
        owner,
        certIdentity,
        signerWorkflow: input.signerWorkflow === undefined
            ? undefined
            : parseSignerWorkflow(input.signerWorkflow, githubHost),
        signerRepo: input.signerRepo === undefined
            ? undefined
            : parseRepo(input.signerRepo, '--signer-repo', githubHost),
        callerWorkflow: input.callerWorkflow === undefined
            ? undefined
            : parseCallerWorkflow(input.callerWorkflow, githubHost),
        refRules: parseRefRules(input),
        sourceDigest: input.sourceDigest === undefined ? undefined : parseCommit(input.sourceDigest),
        builderId: input.builderId === undefined ? undefined : parseBuilderId(input.builderId),
        workflowInputs: (input.workflowInputs ?? []).map(parseInput),
        triggers: input.triggers === undefined || input.triggers.length === 0
            ? undefined
            : input.triggers.map(parseTrigger),
        allowSelfHostedRunners: input.allowSelfHostedRunners ?? false,
        allowUnrecordedRunner: input.allowUnrecordedRunner ?? false,
        repositoryId: input.repoId === undefined ? undefined : parseNumericId(input.repoId, '--repo-id'),
        ownerId: input.ownerId === undefined ? undefined : parseNumericId(input.ownerId, '--owner-id'),
        subjectName: nonEmpty(input.subjectName, '--subject-name'),
        predicateTypes: parsePredicateType(input.predicateType),
        defaultSigner: options.defaultSigner ?? 'repo',
    };
}
/**
 * `owner/repo`, `HOST/owner/repo`, `https://HOST/owner/repo` (HOST: github.com, or the GHE.com
 * tenant of the issuer), with at most one trailing `.git` and one trailing `/`, optionally
 * prefixed `git+`. Anything else is refused.
 */
function parseRepo(value, flag, host = names/* GITHUB_HOST */.F2) {
    let v = value;
    if (v.startsWith('git+'))
        v = v.slice(4);
    if (v.startsWith('https://'))
        v = v.slice('https://'.length);
    else if (v.includes('://'))
        throw (0,errors/* policyError */.nq)(`${flag} ${value}: only https GitHub URLs are accepted`);
    if (v.endsWith('/'))
        v = v.slice(0, -1);
    if (v.endsWith('.git'))
        v = v.slice(0, -4);
    const parts = v.split('/');
    if (parts.length === 3) {
        if ((0,names/* asciiLower */.F)(parts[0] ?? '') !== host)
            throw (0,errors/* policyError */.nq)(`${flag} ${value}: host must be ${host}`);
        parts.shift();
    }
    const [owner, repo] = parts;
    if (parts.length !== 2 ||
        owner === undefined ||
        repo === undefined ||
        !(0,names/* isValidOwner */.yi)(owner) ||
        !(0,names/* isValidRepo */.zd)(repo)) {
        throw (0,errors/* policyError */.nq)(`${flag} ${JSON.stringify(value)} is not OWNER/REPO`, 'for example --repo acme/app');
    }
    return { owner, repo };
}
function parseOwner(value) {
    if (!(0,names/* isValidOwner */.yi)(value))
        throw (0,errors/* policyError */.nq)(`--owner ${JSON.stringify(value)} is not a GitHub owner name`);
    return value;
}
/** `[HOST/]OWNER/REPO/PATH[@REF]`; REF, when given, is a full ref or a commit SHA. */
function parseSignerWorkflow(value, githubHost = names/* GITHUB_HOST */.F2) {
    let v = value.startsWith('https://') ? value.slice('https://'.length) : value;
    const at = v.indexOf('@');
    const ref = at >= 0 ? v.slice(at + 1) : undefined;
    if (at >= 0)
        v = v.slice(0, at);
    const parts = v.split('/');
    let host = names/* GITHUB_HOST */.F2;
    if (parts[0]?.includes('.'))
        host = (0,names/* asciiLower */.F)(parts.shift() ?? '');
    const [owner, repo, ...rest] = parts;
    const path = rest.join('/');
    if (owner === undefined ||
        repo === undefined ||
        !(0,names/* isValidOwner */.yi)(owner) ||
        !(0,names/* isValidRepo */.zd)(repo) ||
        !isSafePath(path)) {
        throw (0,errors/* policyError */.nq)(`--signer-workflow ${JSON.stringify(value)} is not [HOST/]OWNER/REPO/PATH[@REF]`, 'for example --signer-workflow acme/shared/.github/workflows/build.yml@refs/tags/v1.0.0');
    }
    if (host !== githubHost)
        throw (0,errors/* policyError */.nq)(`--signer-workflow host must be ${githubHost}`);
    if (ref !== undefined && !(0,refs/* isFullRefOrSha */.KH)(ref)) {
        throw (0,errors/* policyError */.nq)(`--signer-workflow ref "${ref}" must be a full ref or a commit SHA`, `use @refs/tags/${ref} or @refs/heads/${ref}`);
    }
    return { host, owner, repo, path, ref };
}
/** `.github/workflows/x.yml` (in the source repository) or `OWNER/REPO/PATH[@REF]`. */
function parseCallerWorkflow(value, host) {
    if (value.startsWith('.github/')) {
        if (!isSafePath(value))
            throw (0,errors/* policyError */.nq)(`--caller-workflow ${JSON.stringify(value)} is not a workflow path`);
        return { repo: undefined, path: value, ref: undefined };
    }
    const w = parseSignerWorkflow(value, host);
    return { repo: { owner: w.owner, repo: w.repo }, path: w.path, ref: w.ref };
}
function isSafePath(path) {
    return path.length > 0 && (0,names/* isWorkflowPath */.$u)(path);
}
function parseRefRules(input) {
    const rules = [];
    if (input.sourceRef !== undefined) {
        if (!input.sourceRef.startsWith('refs/')) {
            throw (0,errors/* policyError */.nq)(`--source-ref ${JSON.stringify(input.sourceRef)} is not a full ref`, 'use refs/tags/NAME or refs/heads/NAME, or --source-tag / --source-branch');
        }
        rules.push({ kind: 'ref', ref: input.sourceRef });
    }
    if (input.sourceBranch !== undefined)
        rules.push({ kind: 'branch', name: shortRef(input.sourceBranch, '--source-branch') });
    if (input.sourceTag !== undefined && input.sourceVersionedTag !== undefined) {
        throw (0,errors/* policyError */.nq)('--source-tag and --source-versioned-tag cannot be combined');
    }
    if (input.sourceTag !== undefined)
        rules.push({ kind: 'tag', name: shortRef(input.sourceTag, '--source-tag') });
    if (input.sourceVersionedTag !== undefined) {
        const semver = (0,refs/* parseSemverTag */.k9)(input.sourceVersionedTag);
        if (semver === undefined) {
            throw (0,errors/* policyError */.nq)(`--source-versioned-tag ${JSON.stringify(input.sourceVersionedTag)} is not vMAJOR[.MINOR[.PATCH]]`);
        }
        rules.push({ kind: 'versioned-tag', tag: input.sourceVersionedTag, semver });
    }
    return rules;
}
function shortRef(value, flag) {
    if (value.length === 0 || value.startsWith('refs/') || /\s/.test(value)) {
        throw (0,errors/* policyError */.nq)(`${flag} takes a short name such as main or v1.2.3, got ${JSON.stringify(value)}`);
    }
    return value;
}
function parseCommit(value) {
    if (!/^[0-9a-fA-F]{40}$|^[0-9a-fA-F]{64}$/.test(value)) {
        throw (0,errors/* policyError */.nq)(`--source-digest ${JSON.stringify(value)} is not a full commit SHA`);
    }
    return value.toLowerCase();
}
/** `NAME[@VERSION]`: at most one `@`. */
function parseBuilderId(value) {
    const parts = value.split('@');
    const name = parts[0];
    if (parts.length > 2 || name === undefined || !name.startsWith('https://')) {
        throw (0,errors/* policyError */.nq)(`--builder-id ${JSON.stringify(value)} is not an https URI with an optional @VERSION`);
    }
    return { name, version: parts[1] };
}
function parseInput(value) {
    const eq = value.indexOf('=');
    if (eq <= 0)
        throw (0,errors/* policyError */.nq)(`--workflow-input ${JSON.stringify(value)} is not KEY=VALUE`);
    return [value.slice(0, eq), value.slice(eq + 1)];
}
function parseTrigger(value) {
    if (!/^[a-z_]+$/.test(value))
        throw (0,errors/* policyError */.nq)(`--trigger ${JSON.stringify(value)} is not a GitHub event name`);
    return value;
}
function parseNumericId(value, flag) {
    if (!/^[1-9]\d*$/.test(value))
        throw (0,errors/* policyError */.nq)(`${flag} ${JSON.stringify(value)} is not a numeric id`);
    return value;
}
function parsePredicateType(value) {
    if (value === undefined)
        return build_types/* SLSA_PROVENANCE_TYPES */.Ov;
    if (value === 'any')
        return 'any';
    if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(value))
        throw (0,errors/* policyError */.nq)(`--predicate-type ${JSON.stringify(value)} is not a URI or "any"`);
    return [value];
}
function nonEmpty(value, flag) {
    if (value === undefined)
        return undefined;
    if (value.length === 0)
        throw (0,errors/* policyError */.nq)(`${flag} is empty`);
    return value;
}


/***/ }),

/***/ 6109:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TF: () => (/* binding */ STDIN),
/* harmony export */   jH: () => (/* binding */ readInputFile),
/* harmony export */   zO: () => (/* binding */ readChunks)
/* harmony export */ });
/* unused harmony export writeResultFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _core_limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36419);



const CHUNK = 1 << 20;
/** `node:fs/promises` when needed: it loads a dozen modules a small-file run never uses. */
const promisesApi = () => Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 51455, 23));
/** `-` names standard input, which can be read once. */
const STDIN = '-';
/**
 * Read a whole input file (a bundle, a trusted root, a key), bounded while reading: a pipe, a
 * FIFO, `/dev/stdin`, `-` or a character device is read until the limit and refused past it
 * (`--bundle /dev/zero` is LIMIT at once, memory flat); a regular file over the limit is
 * refused before reading. A directory is a usage error.
 */
async function readInputFile(path, limit = _core_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .LIMITS */ .b.maxInputBytes) {
    const chunks = [];
    let total = 0;
    for await (const chunk of readChunks(path, limit, {
        directory: 'name the file itself (a bundle, JSON Lines or a saved API response)',
    })) {
        chunks.push(chunk);
        total += chunk.length;
    }
    return Buffer.concat(chunks, total);
}
/**
 * The bytes of a file (or of stdin for `-`) in chunks, refusing (LIMIT) as soon as more than
 * `limit` bytes arrive; a regular file larger than the limit is refused before reading.
 */
async function* readChunks(path, limit, options) {
    if (path === STDIN) {
        yield* boundedStream(process.stdin, '(stdin)', limit);
        return;
    }
    const small = readSmallFile(path, limit);
    if (small !== undefined) {
        yield small;
        return;
    }
    const handle = await openInput(path);
    try {
        const stat = await handle.stat();
        if (stat.isDirectory())
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${path} is a directory, not a file`, { hint: options.directory });
        if (stat.isFile() && stat.size > limit)
            throw tooLarge(path, limit);
        const first = stat.isFile() ? stat.size + 1 : CHUNK;
        yield* boundedChunks(handle, path, limit, first, options.transient === true);
    }
    finally {
        await handle.close();
    }
}
/**
 * A regular file under one chunk and within the limit, read whole without the promise API's
 * round trips (a batch reads thousands of few-KiB bundles and artifacts). Opened non-blocking,
 * so a FIFO cannot hold the thread; anything else (a FIFO, a device, a directory, a missing
 * file, a file that grows while read, Windows) is left to the bounded reader, which reports it.
 */
function readSmallFile(path, limit) {
    const nonBlocking = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK;
    if (nonBlocking === undefined)
        return undefined;
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | nonBlocking);
    }
    catch {
        return undefined;
    }
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!stat.isFile() || stat.size >= CHUNK || stat.size > limit)
            return undefined;
        const buffer = Buffer.allocUnsafe(stat.size + 1);
        let total = 0;
        for (let n = -1; n !== 0 && total < buffer.length; total += n)
            n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, total, buffer.length - total, null);
        return total <= stat.size ? buffer.subarray(0, total) : undefined;
    }
    catch {
        return undefined;
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** Open for reading; a missing or unreadable path is the caller's mistake (exit 2). */
async function openInput(path) {
    try {
        return await (await promisesApi()).open(path, 'r');
    }
    catch (err) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`cannot read ${path}: ${err.code ?? String(err)}`);
    }
}
/**
 * Reads of at most CHUNK bytes; the first sized to the file (its size and one byte more, which
 * a file that grew fills), and after a short read a one-byte read to see the end: a bundle of
 * a few KiB costs a few KiB, not a CHUNK (thousands of 1 MiB buffers were most of a batch
 * run's garbage-collection and system time).
 */
async function* boundedChunks(handle, path, limit, firstRead, transient) {
    let total = 0;
    // Transient chunks: the read ahead fills the buffer not handed out; the consumer is done with
    // the other one when it asks for the next chunk.
    const spare = [];
    const read = (want) => {
        const size = Math.min(want, limit + 1 - total);
        const reuse = spare.find((b) => b.length >= size);
        const buffer = reuse === undefined ? Buffer.allocUnsafe(size) : reuse.subarray(0, size);
        const reading = handle.read(buffer, 0, buffer.length, null).then(({ bytesRead }) => ({ buffer, bytesRead }), (err) => {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`cannot read ${path}: ${err.code ?? String(err)}`);
        });
        // Awaited below; until then a failure must not count as unhandled (the consumer may stop).
        reading.catch(() => undefined);
        return reading;
    };
    let next = read(Math.max(1, Math.min(CHUNK, firstRead)));
    for (;;) {
        const { buffer, bytesRead } = await next;
        if (bytesRead === 0)
            return;
        total += bytesRead;
        if (total > limit)
            throw tooLarge(path, limit);
        // The next read runs (on libuv's pool) while the consumer hashes this chunk, as a read
        // stream's read-ahead does; a short read is followed by a one-byte read to see the end.
        next = read(bytesRead < buffer.length ? 1 : CHUNK);
        yield buffer.subarray(0, bytesRead);
        if (transient)
            spare.splice(0, spare.length, buffer);
    }
}
async function* boundedStream(stream, name, limit) {
    let total = 0;
    for await (const chunk of stream) {
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        total += bytes.length;
        if (total > limit) {
            stream.destroy?.();
            throw tooLarge(name, limit);
        }
        yield bytes;
    }
}
function tooLarge(path, limit) {
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .Gz('LIMIT', `${path}: more than ${limit} bytes (limit ${limit})`);
}
/** Write a result file (--output) whole or not at all: a temporary file renamed into place. */
async function writeResultFile(path, text) {
    const temporary = `${path}.${process.pid}.tmp`;
    try {
        const { rename, writeFile } = await promisesApi();
        await writeFile(temporary, text, { mode: 0o644 });
        await rename(temporary, path);
    }
    catch (err) {
        await (await promisesApi()).rm(temporary, { force: true });
        throw new UsageError(`cannot write ${path}: ${err.code ?? String(err)}`);
    }
}


/***/ }),

/***/ 31599:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  aF: () => (/* binding */ DEFAULT_NPM_REGISTRY),
  yO: () => (/* binding */ DEFAULT_PYPI_INDEX),
  SB: () => (/* binding */ DEFAULT_REKOR),
  b1: () => (/* binding */ checkGithubApiUrl),
  eg: () => (/* binding */ networkSettings),
  Wo: () => (/* binding */ retryingNotFound)
});

// UNUSED EXPORTS: DEFAULT_GITHUB_API

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/core/duration.ts

const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
const DURATION = /^(\d{1,9})(ms|s|m|h)$/;
/** `500ms`, `30s`, `2m`, `1h` → milliseconds. A unit is required: `30` is ambiguous. */
function parseDuration(value, name) {
    const m = DURATION.exec(value.trim());
    if (m === null)
        throw new errors/* UsageError */.eb(`${name} must be a duration such as 30s, 2m or 500ms, got ${JSON.stringify(value)}`);
    return Number(m[1]) * UNIT_MS[m[2]];
}

// EXTERNAL MODULE: ./src/sources/urls.ts
var urls = __webpack_require__(26858);
;// CONCATENATED MODULE: ./src/sources/network.ts



const DEFAULT_GITHUB_API = 'https://api.github.com';
const DEFAULT_NPM_REGISTRY = 'https://registry.npmjs.org';
const DEFAULT_PYPI_INDEX = 'https://pypi.org';
const DEFAULT_REKOR = 'https://rekor.sigstore.dev';
/**
 * Settings from what the user gave, then the environment (`GITHUB_API_URL` as Actions sets it,
 * `GH_TOKEN` / `GITHUB_TOKEN`), then defaults: 60 s budget, 20 s per request, 4 at once.
 */
function networkSettings(input, env, version) {
    const budgetMs = input.timeout === undefined ? 60_000 : parseDuration(input.timeout, 'timeout');
    if (budgetMs === 0)
        throw new errors/* UsageError */.eb('timeout must be more than 0');
    const retryNotFoundMs = input.retryNotFound === undefined ? 0 : parseDuration(input.retryNotFound, 'retry-not-found');
    const concurrency = input.concurrency === undefined ? 4 : Number(input.concurrency);
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 32)
        throw new errors/* UsageError */.eb(`concurrency must be a whole number from 1 to 32, got ${input.concurrency}`);
    const githubApiUrl = (input.githubApiUrl ??
        nonEmpty(env.GITHUB_API_URL) ??
        DEFAULT_GITHUB_API).replace(/\/+$/, '');
    return {
        budgetMs: budgetMs + retryNotFoundMs,
        requestTimeoutMs: Math.min(20_000, budgetMs),
        retryNotFoundMs,
        concurrency,
        token: nonEmpty(input.token) ?? nonEmpty(env.GH_TOKEN) ?? nonEmpty(env.GITHUB_TOKEN),
        githubApiUrl,
        userAgent: `verify-provenance/${version}`,
    };
}
/** The GitHub API base, checked only when the GitHub source is used (an odd env var elsewhere is harmless). */
function checkGithubApiUrl(settings) {
    (0,urls/* serviceBase */.bR)(settings.githubApiUrl, 'github-api-url');
}
/** Ask again while `found` says nothing was found, until the not-found window has passed. */
async function retryingNotFound(settings, attempt, found, sleep = (ms) => new Promise((r) => setTimeout(r, ms))) {
    const until = Date.now() + settings.retryNotFoundMs;
    let wait = 1000;
    for (;;) {
        const value = await attempt();
        const left = until - Date.now();
        if (found(value) || left <= 0)
            return value;
        await sleep(Math.min(wait, left));
        wait = Math.min(wait * 2, 10_000);
    }
}
function nonEmpty(value) {
    return value === undefined || value.trim() === '' ? undefined : value.trim();
}


/***/ }),

/***/ 85212:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ loadTrustRoots)
/* harmony export */ });
/* unused harmony export loadRootFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _cache_dir_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(63570);
/* harmony import */ var _core_crypto_trust_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5871);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74296);
/* harmony import */ var _core_json_strict_json_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(62208);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6109);
/* harmony import */ var _urls_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(26858);









/**
 * The embedded roots and TUF seeds, loaded only when used: a `--trusted-root FILE` run does not
 * parse them (about 60 KB of JSON).
 */
const embedded = () => __webpack_require__.e(/* import() */ 71).then(__webpack_require__.bind(__webpack_require__, 99071));
/**
 * Where trust comes from, in order: `--trusted-root FILE` (one root, or JSON Lines of several
 * as `gh attestation trusted-root` prints) with no network; `--offline`, the embedded
 * public-good root and GitHub's embedded snapshot; otherwise a TUF refresh with an on-disk
 * cache, of public-good and of GitHub's instance (unless `--tuf-mirror` names another main
 * instance and GitHub's is not asked for).
 */
async function loadTrustRoots(options) {
    const tuf = [options.tufMirror, options.tufRoot, options.githubTufRoot, options.githubTufMirror];
    if (options.trustedRootFile !== undefined || options.offline === true) {
        if (tuf.some((o) => o !== undefined))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb('the TUF options apply only when the trusted root is refreshed online', {
                hint: 'drop --trusted-root / --offline, or the --tuf-* / --github-tuf-* options',
            });
        if (options.trustedRootFile !== undefined)
            return loadRootFile(options.trustedRootFile);
        const { embeddedPublicGoodRoot, embeddedGithubRoot } = await embedded();
        return [embeddedPublicGoodRoot(), embeddedGithubRoot()];
    }
    const { embeddedGithubTufRoot, GITHUB_TUF_MIRROR, PUBLIC_GOOD_MIRROR } = await embedded();
    const cacheDir = options.cacheDir ?? defaultCacheDir();
    const github = (options.tufMirror === undefined && options.githubByDefault !== false) ||
        options.githubTufRoot !== undefined ||
        options.githubTufMirror !== undefined;
    const githubMirror = options.githubTufMirror ?? GITHUB_TUF_MIRROR;
    // Loaded once, before the refreshes run side by side (under vitest, concurrent first imports
    // of a mocked module can get the real one).
    const { initTUF } = await __webpack_require__.e(/* import() */ 694).then(__webpack_require__.bind(__webpack_require__, 84423));
    return Promise.all([
        fetchTufRoot(initTUF, options.tufMirror ?? PUBLIC_GOOD_MIRROR, options.tufRoot, cacheDir),
        ...(github
            ? [
                fetchTufRoot(initTUF, githubMirror, options.githubTufRoot ??
                    embeddedRootFile(cacheDir, githubMirror, embeddedGithubTufRoot()), cacheDir, githubTarget(options.githubTrustDomain)).then((root) => ({ ...root, githubInstance: true })),
            ]
            : []),
    ]);
}
/** GitHub's TUF repository names a GHE.com tenant's root `<trust domain>.trusted_root.json`. */
function githubTarget(trustDomain) {
    if (trustDomain === undefined || trustDomain === '')
        return 'trusted_root.json';
    if (!/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(trustDomain))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .VerifyError */ .Gz('NETWORK', `the API named trust domain ${JSON.stringify(trustDomain)}, which is not a DNS label`);
    return `${trustDomain}.trusted_root.json`;
}
/** The embedded GitHub TUF root written where the TUF client can read it (once per cache). */
function embeddedRootFile(cacheDir, mirror, root) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(cacheDir, 'bootstrap');
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, `${encodeURIComponent(mirror)}.root.json`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(file, root);
    return file;
}
async function loadRootFile(path) {
    const text = (await (0,_files_js__WEBPACK_IMPORTED_MODULE_7__/* .readInputFile */ .jH)(path)).toString('utf8');
    let docs;
    try {
        docs = [[path, (0,_core_json_strict_json_js__WEBPACK_IMPORTED_MODULE_6__/* .parseStrictJson */ .R)(text)]];
    }
    catch {
        docs = text
            .split('\n')
            .map((line, i) => [`${path}:${i + 1}`, line])
            .filter(([, line]) => line.trim().length > 0)
            .map(([label, line]) => [label, parseRootLine(label, line)]);
    }
    if (docs.length === 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .VerifyError */ .Gz('TRUST_ROOT', `${path} holds no trusted root`);
    return docs.map(([label, json]) => (0,_core_crypto_trust_js__WEBPACK_IMPORTED_MODULE_4__/* .loadTrustedRoot */ .KE)(json, label));
}
function parseRootLine(label, line) {
    try {
        return (0,_core_json_strict_json_js__WEBPACK_IMPORTED_MODULE_6__/* .parseStrictJson */ .R)(line);
    }
    catch (err) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .VerifyError */ .Gz('TRUST_ROOT', `${label} is not a trusted root: ${err instanceof Error ? err.message : String(err)}`);
    }
}
/**
 * A TUF refresh of one repository, with its own cache directory (one per mirror: caches of
 * two repositories must never mix). The bootstrap root is the mirror's seed or `rootFile`.
 */
async function fetchTufRoot(initTUF, mirrorUrl, rootFile, cacheDir, target = 'trusted_root.json') {
    const mirror = (0,_urls_js__WEBPACK_IMPORTED_MODULE_8__/* .serviceBase */ .bR)(mirrorUrl, 'TUF mirror');
    if (rootFile !== undefined)
        await (0,_files_js__WEBPACK_IMPORTED_MODULE_7__/* .readInputFile */ .jH)(rootFile, 1 << 20);
    try {
        const client = await initTUF({
            mirrorURL: mirror,
            cachePath: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(cacheDir, encodeURIComponent(mirror)),
            ...(rootFile === undefined ? {} : { rootPath: rootFile }),
            retry: { retries: 1 },
            timeout: 10_000,
        });
        const json = (0,_core_json_strict_json_js__WEBPACK_IMPORTED_MODULE_6__/* .parseStrictJson */ .R)(await client.getTarget(target));
        const label = `TUF ${mirror}${target === 'trusted_root.json' ? '' : ` (${target})`}`;
        return (0,_core_crypto_trust_js__WEBPACK_IMPORTED_MODULE_4__/* .loadTrustedRoot */ .KE)(json, label);
    }
    catch (err) {
        if (err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .VerifyError */ .Gz)
            throw err;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .VerifyError */ .Gz('TRUST_ROOT_UNAVAILABLE', `could not refresh the trusted root from ${mirror}: ${err instanceof Error ? err.message : String(err)}`, {
            hint: 'use --offline for the embedded roots, or --trusted-root FILE',
        });
    }
}
/** The TUF cache: `tuf` in the user's cache directory for this tool (see `toolCacheDir`). */
function defaultCacheDir() {
    const dir = (0,_cache_dir_js__WEBPACK_IMPORTED_MODULE_3__/* .toolCacheDir */ .e)(process.env, process.platform, node_os__WEBPACK_IMPORTED_MODULE_1__.homedir);
    if (dir === undefined)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb('no cache directory for the TUF metadata: no home directory is known', {
            hint: 'set HOME (or XDG_CACHE_HOME), or verify with --offline or --trusted-root FILE',
        });
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'tuf');
}


/***/ }),

/***/ 26858:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CU: () => (/* binding */ checkUrl),
/* harmony export */   UO: () => (/* binding */ checkLinked),
/* harmony export */   bR: () => (/* binding */ serviceBase)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

// URL rules for every network source, apart from the HTTP client itself: a run that never
// goes online checks its settings without loading the client.
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
/** https anywhere; http only to loopback (local test servers). */
function checkUrl(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`not a URL: ${JSON.stringify(url)}`);
    }
    if (parsed.username !== '' || parsed.password !== '')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('NETWORK', `refusing a URL with credentials: ${parsed.host}`);
    if (parsed.protocol === 'https:')
        return;
    if (parsed.protocol === 'http:' && LOOPBACK.has(parsed.hostname))
        return;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('NETWORK', `refusing ${parsed.protocol}//${parsed.host}: only https is allowed`);
}
/**
 * A configured service base (API, registry, index, Rekor, TUF mirror): trailing slashes
 * dropped, then checked as `checkUrl` does; any refusal is a usage error naming the setting.
 */
function serviceBase(url, setting) {
    const base = url.replace(/\/+$/, '');
    try {
        checkUrl(base);
    }
    catch (err) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${setting}: ${err instanceof Error ? err.message : String(err)}`);
    }
    return base;
}
/**
 * A URL that a response gave (a redirect, a `bundle_url`): allowed as `checkUrl` allows, and
 * never a step down from https. Plain http to loopback exists for local tests; a remote
 * service must not be able to point the verifier at the machine's own http services.
 */
function checkLinked(url, from) {
    try {
        checkUrl(url);
    }
    catch (err) {
        if (err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('NETWORK', `the service linked to ${err.message}`);
        throw err;
    }
    if (new URL(from).protocol === 'https:' && new URL(url).protocol !== 'https:')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('NETWORK', `refusing ${new URL(url).origin}: linked from https, not https itself`);
}


/***/ })

};

export const id = 857;
export const ids = [857];
export const modules = {

/***/ 5857:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readBundleFile: () => (/* binding */ readBundleFile),
  runVerifyJob: () => (/* binding */ runVerifyJob)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/input/read-attestations.ts
var read_attestations = __webpack_require__(60392);
// EXTERNAL MODULE: ./src/core/limits.ts
var limits = __webpack_require__(36419);
// EXTERNAL MODULE: ./src/core/policy/parse-policy.ts + 1 modules
var parse_policy = __webpack_require__(62390);
// EXTERNAL MODULE: ./src/core/report.ts
var report = __webpack_require__(88557);
// EXTERNAL MODULE: ./src/core/verify.ts + 7 modules
var verify = __webpack_require__(91143);
// EXTERNAL MODULE: ./src/app/worker-entry.ts
var worker_entry = __webpack_require__(48748);
// EXTERNAL MODULE: ./src/sources/artifacts.ts
var sources_artifacts = __webpack_require__(65677);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/sources/files.ts
var files = __webpack_require__(6109);
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
        const info = await statOrUndefined(arg);
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
    const { glob, isDynamicPattern } = await __webpack_require__.e(/* import() */ 382).then(__webpack_require__.bind(__webpack_require__, 73382));
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
    const entries = await new Promise((resolve, reject) => (0,external_node_fs_.readdir)(dir, { withFileTypes: true }, (err, found) => (err ? reject(err) : resolve(found))));
    const out = [];
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
        const path = (0,external_node_path_.join)(dir, e.name);
        if (e.isDirectory())
            out.push(...(await filesUnder(path)));
        else if (e.isFile())
            out.push(path);
        else if (e.isSymbolicLink() && (await statOrUndefined(path))?.isFile())
            out.push(path);
        if (out.length > limits/* LIMITS */.b.maxArtifacts)
            break;
    }
    return out;
}
/**
 * `stat`, undefined when it fails. The callback API: `node:fs/promises` loads a dozen modules
 * that a run naming a few files never uses.
 */
function statOrUndefined(path) {
    return new Promise((resolve) => (0,external_node_fs_.stat)(path, (err, info) => resolve(err ? undefined : info)));
}

// EXTERNAL MODULE: ./src/sources/trust-roots.ts
var trust_roots = __webpack_require__(85212);
// EXTERNAL MODULE: ./src/core/npm/publish.ts
var npm_publish = __webpack_require__(99114);
// EXTERNAL MODULE: ./src/core/bundle/parse-bundle.ts + 1 modules
var parse_bundle = __webpack_require__(311);
// EXTERNAL MODULE: ./src/core/npm/package.ts
var npm_package = __webpack_require__(20697);
// EXTERNAL MODULE: ./src/core/result.ts
var core_result = __webpack_require__(39294);
// EXTERNAL MODULE: ./src/core/statement/statement.ts
var statement = __webpack_require__(38124);
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
        const npm = (0,read_attestations/* npmEntry */.cw)(c);
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
        if ((0,read_attestations/* npmEntry */.cw)(c) !== undefined)
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
        const response = candidate === undefined ? undefined : (0,read_attestations/* npmEntry */.cw)(candidate)?.response;
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

// EXTERNAL MODULE: ./src/sources/urls.ts
var urls = __webpack_require__(26858);
// EXTERNAL MODULE: ./src/sources/network.ts + 1 modules
var sources_network = __webpack_require__(31599);
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
    // GitHub, Rekor and the embedded npm keys are loaded only when a run uses them (start-up).
    const github = fromGithub ? await __webpack_require__.e(/* import() */ 681).then(__webpack_require__.bind(__webpack_require__, 41681)) : undefined;
    if (github !== undefined) {
        github.githubScope(policy);
        (0,sources_network/* checkGithubApiUrl */.b1)(network);
    }
    const rekorUrl = rekorFor(job);
    // Local names first (a pattern or directory that names nothing is a usage error), then trust.
    const subjects = await expandPaths(job.subjects, 'artifact', ctx.onNote);
    if (subjects.length > limits/* LIMITS */.b.maxArtifacts)
        throw new errors/* VerifyError */.Gz('LIMIT', `more than ${limits/* LIMITS */.b.maxArtifacts} artifacts`);
    const bundleFiles = await expandPaths(job.bundles, 'bundle', ctx.onNote);
    const trust = fromGithub
        ? await (await __webpack_require__.e(/* import() */ 21).then(__webpack_require__.bind(__webpack_require__, 15021))).withGithubTrustDomain(job.trust, await onlineClient(network), network.githubApiUrl)
        : job.trust;
    const roots = await (0,trust_roots/* loadTrustRoots */.k)(trust);
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
    // Legacy envelopes are looked up in Rekor when there is one: the pool hands them back too.
    const asks = { lookUp: rekorUrl !== undefined };
    const lookUp = async (found) => {
        if (rekorUrl === undefined || !found.some((a) => (0,read_attestations/* needsRekor */.BO)(a, asks)))
            return found;
        const client = await onlineClient({ ...network, token: undefined });
        const { lookUpLegacyEnvelope } = await __webpack_require__.e(/* import() */ 47).then(__webpack_require__.bind(__webpack_require__, 88047));
        const resolved = await Promise.all(found.map((a) => (0,read_attestations/* needsRekor */.BO)(a, asks) ? lookUpLegacyEnvelope(client, rekorUrl, a) : Promise.resolve([a])));
        return resolved.flat();
    };
    if (github !== undefined)
        take(await lookUp(await fromGithubApi(github, network, policy, artifacts)));
    // Many files: prepared on worker threads, taken here in input order (the same positions).
    const env = ctx.env ?? {};
    const pool = (0,worker_entry/* mayPool */.qM)(bundleFiles.length, env)
        ? (await __webpack_require__.e(/* import() */ 619).then(__webpack_require__.bind(__webpack_require__, 57619))).openPreparePool(bundleFiles.length, roots, env, asks.lookUp)
        : undefined;
    const read = async (file) => {
        const bytes = await (0,files/* readInputFile */.jH)(file);
        const prepared = await pool?.prepare(file, bytes);
        return prepared !== undefined ? { prepared } : { found: (0,read_attestations/* attestationsOrInvalid */.yL)(file, bytes) };
    };
    try {
        for await (const next of readAhead(bundleFiles, read, READ_AHEAD * ((pool?.size ?? 0) + 1))) {
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
    const keys = npm.isEmpty()
        ? []
        : (0,npm_publish/* readTufRegistryKeys */.r0)((await __webpack_require__.e(/* import() */ 71).then(__webpack_require__.bind(__webpack_require__, 99071))).embeddedNpmRegistryKeys());
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
/** The HTTP client, loaded only when a run goes online (an offline run never loads it). */
async function onlineClient(network) {
    return (await __webpack_require__.e(/* import() */ 496).then(__webpack_require__.bind(__webpack_require__, 79496))).clientFor(network);
}
function rekorFor(job) {
    const online = job.trust.offline !== true && job.trust.trustedRootFile === undefined;
    const url = job.rekorUrl ?? (online ? sources_network/* DEFAULT_REKOR */.SB : undefined);
    return url === undefined ? undefined : (0,urls/* serviceBase */.bR)(url, '--rekor-url');
}
async function fromGithubApi({ githubAttestations, githubScope }, network, policy, artifacts) {
    const client = await onlineClient(network);
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

/***/ 60392:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ needsRekor),
/* harmony export */   YY: () => (/* binding */ mainThreadOnly),
/* harmony export */   cw: () => (/* binding */ npmEntry),
/* harmony export */   rX: () => (/* binding */ NPM_PUBLISH_PREDICATE_TYPE),
/* harmony export */   yL: () => (/* binding */ attestationsOrInvalid)
/* harmony export */ });
/* unused harmony export readAttestations */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _json_strict_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62208);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36419);



/** The npm response this candidate is an entry of (its provenance or publish), if any. */
function npmEntry(c) {
    return c.kind === 'bundle' ? c.npm : undefined;
}
/** A legacy envelope the caller looks up in Rekor before verifying it, when it asks one. */
function needsRekor(c, { lookUp }) {
    return lookUp && c.kind === 'legacy-dsse';
}
/**
 * A candidate that cannot be verified on its own, so only the main thread takes it: an npm
 * response entry (the response is one unit: its provenance counts only when its publish
 * attestation verifies, NpmUnitCollector) or, with a Rekor to ask (`lookUp`), a legacy envelope.
 * A worker of the prepare pool hands a file holding one back; the main thread's steps for them
 * are chosen by {@link npmEntry} and {@link needsRekor}, the two halves of this rule.
 */
function mainThreadOnly(c, options) {
    return npmEntry(c) !== undefined || needsRekor(c, options);
}
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

/***/ 20697:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ko: () => (/* reexport safe */ _input_read_attestations_js__WEBPACK_IMPORTED_MODULE_1__.rX),
/* harmony export */   NP: () => (/* binding */ npmPurl),
/* harmony export */   Sz: () => (/* binding */ sha512FromIntegrity),
/* harmony export */   mD: () => (/* binding */ packageFromPurl),
/* harmony export */   v4: () => (/* binding */ parsePackageSpec)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _input_read_attestations_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(60392);


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

/***/ 99114:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IM: () => (/* binding */ readRegistryKeys),
/* harmony export */   r0: () => (/* binding */ readTufRegistryKeys),
/* harmony export */   v_: () => (/* binding */ verifyPublishAttestation)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _bundle_parse_bundle_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(311);
/* harmony import */ var _crypto_verify_signature_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14464);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _json_strict_json_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(62208);
/* harmony import */ var _policy_checks_subject_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(69346);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(39294);
/* harmony import */ var _statement_statement_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(38124);
/* harmony import */ var _package_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(20697);









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

/***/ 65677:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DC: () => (/* binding */ hashFile),
/* harmony export */   Kr: () => (/* binding */ isDigestLike),
/* harmony export */   f9: () => (/* binding */ resolveSubject),
/* harmony export */   wD: () => (/* binding */ looksLikeBundle)
/* harmony export */ });
/* unused harmony export parseDigestArg */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _core_limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36419);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6109);




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
        transient: true,
    })) {
        sha256.update(chunk);
        sha512.update(chunk);
    }
    return { sha256: sha256.digest('hex'), sha512: sha512.digest('hex') };
}


/***/ })

};

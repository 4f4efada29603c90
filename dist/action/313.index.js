export const id = 313;
export const ids = [313];
export const modules = {

/***/ 66139:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ prepareFile)
/* harmony export */ });
/* harmony import */ var _core_input_read_attestations_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(60392);
/* harmony import */ var _core_verify_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91143);


/**
 * One attestation file read and its attestations prepared, as a pool worker and the main
 * thread's share of a pooled run do it; `undefined` when the file is the main thread's own
 * path's (npm responses, envelopes to look up in Rekor) or cannot be read (that path reports it).
 */
function prepareFile(name, bytes, roots, options) {
    try {
        const candidates = (0,_core_input_read_attestations_js__WEBPACK_IMPORTED_MODULE_0__/* .attestationsOrInvalid */ .yL)(name, bytes);
        if (candidates.some((c) => (0,_core_input_read_attestations_js__WEBPACK_IMPORTED_MODULE_0__/* .mainThreadOnly */ .YY)(c, options)))
            return undefined;
        return candidates.map((c) => (0,_core_verify_js__WEBPACK_IMPORTED_MODULE_1__/* .prepareAttestation */ .md)(c, roots));
    }
    catch {
        return undefined; // thrown the same way on the main thread's own path, which reports it
    }
}


/***/ }),

/***/ 67139:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_crypto_fast_path_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75519);
/* harmony import */ var _core_crypto_trust_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5871);
/* harmony import */ var _prepare_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(66139);
// A worker of the prepare pool: the trusted roots rebuilt from their JSON once, then each file
// it is sent read and its attestations prepared, exactly as the main thread would.




const setup = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData;
(0,_core_crypto_fast_path_js__WEBPACK_IMPORTED_MODULE_1__.setFastPath)(setup.fastPath);
const roots = setup.roots.map((r) => ({ ...(0,_core_crypto_trust_js__WEBPACK_IMPORTED_MODULE_2__/* .loadTrustedRoot */ .KE)(r.json, r.label), ...r.extra }));
node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort?.on('message', ({ id, name, bytes }) => {
    const reply = { id, prepared: (0,_prepare_file_js__WEBPACK_IMPORTED_MODULE_3__/* .prepareFile */ .q)(name, bytes, roots, setup) };
    try {
        node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort?.postMessage(reply);
    }
    catch {
        node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort?.postMessage({ id, prepared: undefined });
    }
});
// Set up: files sent from now on are prepared at once (until then the main thread takes them).
node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort?.postMessage('ready');


/***/ }),

/***/ 27265:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A0: () => (/* binding */ exitForError),
/* harmony export */   dc: () => (/* binding */ EXIT),
/* harmony export */   ew: () => (/* binding */ isIndeterminate)
/* harmony export */ });
/* unused harmony exports REASON_CODES, isReasonCode */
/**
 * Stable reason codes. They are public API: scripts match on them, so a code is never renamed
 * or reused. Each says which step decided and maps to one exit code class.
 */
const REASON_CODES = {
    // Input and format
    MALFORMED: 'input is not well-formed JSON, base64 or DER',
    LIMIT: 'input exceeds a size or count limit',
    MEDIA_TYPE: 'not a supported Sigstore bundle media type',
    BUNDLE_SHAPE: 'bundle structure is invalid for this use',
    PAYLOAD_TYPE: 'DSSE payload type is not in-toto',
    STATEMENT: 'in-toto statement or predicate is malformed',
    PREDICATE_TYPE: 'predicate type is not the one the policy asks for',
    // Binding of the artifact
    SUBJECT: 'artifact digest is not among the statement subjects',
    DIGEST_ALG: 'no acceptable digest algorithm to compare',
    // Cryptography and trust
    SIGNATURE: 'signature does not verify',
    KEY_MATERIAL: 'unexpected or unknown key material',
    CERT_CHAIN: 'certificate does not chain to a trusted CA',
    CERT_TIME: 'certificate not valid at the signed time',
    SCT: 'certificate transparency proof missing or invalid',
    TRUST_ROOT: 'trusted root is invalid or does not cover this bundle',
    TIMESTAMP: 'no valid signed time',
    TLOG_BINDING: 'transparency-log entry is not bound to this signature',
    TLOG_INCLUSION: 'transparency-log inclusion proof or promise invalid',
    TLOG_THRESHOLD: 'not enough transparency-log entries',
    TLOG_LOOKUP_NEEDED: 'needs a transparency-log lookup to be proven',
    // Identity from the certificate
    ID_ISSUER: 'OIDC issuer mismatch',
    ID_SAN: 'certificate identity (SAN) mismatch',
    ID_REPO: 'source repository mismatch',
    ID_OWNER: 'source repository owner mismatch',
    ID_REPO_ID: 'repository or owner numeric id mismatch',
    ID_SIGNER: 'signer workflow mismatch',
    ID_CALLER: 'caller workflow mismatch',
    ID_REF: 'source ref mismatch',
    ID_COMMIT: 'source commit mismatch',
    ID_BUILDER: 'builder id mismatch or untrusted builder',
    ID_TRIGGER: 'trigger event not allowed',
    ID_RUNNER: 'runner environment not allowed or not recorded',
    ID_INPUTS: 'workflow inputs mismatch',
    ID_SUBJECT_NAME: 'subject name mismatch',
    ID_CONFLICT: 'certificate carries conflicting identity values',
    ID_PUBLISHER: 'the publisher (PyPI Trusted Publisher) is not one the policy pins',
    PROVENANCE_MISMATCH: 'provenance predicate disagrees with the certificate',
    // Dependencies (the deps command)
    LOCKFILE_INTEGRITY: 'the lockfile does not pin the bytes the registry serves',
    TRUST_LEVEL: 'less trust than the policy requires',
    DOWNGRADE: 'less trust than an earlier-published version, or than the pin',
    PIN_MISMATCH: 'built by another identity than the pinned one',
    NOT_PINNED: 'no policy rule or pin names who must build this package',
    NOT_FROM_REGISTRY: 'not from a registry, and the policy refuses that',
    // Run outcome
    NO_ATTESTATION: 'no attestation to check',
    POLICY_INVALID: 'policy is invalid or incomplete',
    USAGE: 'invalid command-line usage',
    TRUST_ROOT_UNAVAILABLE: 'trusted root could not be obtained',
    NETWORK: 'network failure',
    INTERNAL: 'internal error',
};
const EXIT = {
    VERIFIED: 0,
    FAILED: 1,
    USAGE: 2,
    INDETERMINATE: 3,
    INTERNAL: 4,
};
/** Codes whose outcome is "could not decide" (exit 3) rather than "rejected" (exit 1). */
const INDETERMINATE_CODES = new Set([
    'TLOG_LOOKUP_NEEDED',
    'TRUST_ROOT_UNAVAILABLE',
    'NETWORK',
]);
function isIndeterminate(code) {
    return INDETERMINATE_CODES.has(code);
}
function isReasonCode(value) {
    return Object.hasOwn(REASON_CODES, value);
}
/** The exit class of a run that ended in an error with this code. */
function exitForError(code) {
    if (code === 'USAGE' || code === 'POLICY_INVALID')
        return EXIT.USAGE;
    if (code === 'INTERNAL')
        return EXIT.INTERNAL;
    if (isIndeterminate(code))
        return EXIT.INDETERMINATE;
    return EXIT.FAILED;
}


/***/ }),

/***/ 74296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gz: () => (/* binding */ VerifyError),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   nq: () => (/* binding */ policyError)
/* harmony export */ });
/** A typed rejection: every failure the core raises carries a stable reason code. */
class VerifyError extends Error {
    code;
    hint;
    constructor(code, message, options) {
        super(message, options?.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'VerifyError';
        this.code = code;
        this.hint = options?.hint;
    }
}
/** A problem with how the tool was called or with the policy it was given (exit 2). */
class UsageError extends VerifyError {
    constructor(message, options) {
        super(options?.code ?? 'USAGE', message, options);
        this.name = 'UsageError';
    }
}
function policyError(message, hint) {
    return new UsageError(message, {
        code: 'POLICY_INVALID',
        ...(hint === undefined ? {} : { hint }),
    });
}


/***/ }),

/***/ 9067:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $M: () => (/* binding */ parseOwnerUri),
/* harmony export */   $u: () => (/* binding */ isWorkflowPath),
/* harmony export */   BK: () => (/* binding */ parseWorkflowUri),
/* harmony export */   F: () => (/* binding */ asciiLower),
/* harmony export */   F2: () => (/* binding */ GITHUB_HOST),
/* harmony export */   Kf: () => (/* binding */ formatRepo),
/* harmony export */   NP: () => (/* binding */ parseRepoPath),
/* harmony export */   Vp: () => (/* binding */ formatWorkflow),
/* harmony export */   Zj: () => (/* binding */ sameRepo),
/* harmony export */   mp: () => (/* binding */ parseRepoUri),
/* harmony export */   q: () => (/* binding */ sameName),
/* harmony export */   u_: () => (/* binding */ githubHostForIssuer),
/* harmony export */   yi: () => (/* binding */ isValidOwner),
/* harmony export */   zd: () => (/* binding */ isValidRepo)
/* harmony export */ });
/* harmony import */ var _refs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88205);

/**
 * GitHub names. Owners and repositories compare ASCII case-insensitively (as GitHub does);
 * no Unicode folding, so a look-alike such as U+212A KELVIN SIGN never equals `k`.
 * Workflow paths and refs compare exactly.
 */
const GITHUB_HOST = 'github.com';
function asciiLower(value) {
    return value.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32));
}
function sameName(a, b) {
    return asciiLower(a) === asciiLower(b);
}
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const REPO = /^[A-Za-z0-9._-]{1,100}$/;
function isValidOwner(owner) {
    return OWNER.test(owner);
}
function isValidRepo(repo) {
    return REPO.test(repo) && repo !== '.' && repo !== '..';
}
function sameRepo(a, b) {
    return sameName(a.owner, b.owner) && sameName(a.repo, b.repo);
}
function formatRepo(r) {
    return `${r.owner}/${r.repo}`;
}
/**
 * The GitHub host whose Actions tokens an OIDC issuer signs: github.com for
 * `https://token.actions.githubusercontent.com[/SLUG]`, `TENANT.ghe.com` for a GHE.com tenant's
 * `https://token.actions.TENANT.ghe.com[/SLUG]`. Any other issuer is not GitHub Actions.
 */
function githubHostForIssuer(issuer) {
    const m = ISSUER.exec(issuer ?? '');
    if (m === null)
        return undefined;
    return m[1] === 'githubusercontent.com' ? GITHUB_HOST : `${m[1]}`;
}
/**
 * GitHub's issuers: `https://token.actions.githubusercontent.com` or a GHE.com tenant's
 * `https://token.actions.TENANT.ghe.com`, each optionally with an enterprise's customised
 * issuer path (`/ENTERPRISE-SLUG`).
 */
const ISSUER = /^https:\/\/token\.actions\.(githubusercontent\.com|[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.ghe\.com)(?:\/[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?)?$/;
/** Path segments after `https://HOST/`, or undefined when the URI is not on exactly that host. */
function segmentsOn(uri, host) {
    const prefix = `https://${host}/`;
    if (uri === undefined || !uri.startsWith(prefix))
        return undefined;
    return uri.slice(prefix.length).split('/');
}
/**
 * Exactly `https://HOST/OWNER/REPO` (Fulcio 1.12): that host, two valid names, nothing else (no
 * trailing slash, extra segment, port, userinfo, query or fragment; the name grammar excludes
 * them all).
 */
function parseRepoUri(uri, host) {
    const parts = segmentsOn(uri, host);
    if (parts?.length !== 2)
        return undefined;
    const [owner = '', repo = ''] = parts;
    return isValidOwner(owner) && isValidRepo(repo) ? { owner, repo } : undefined;
}
/** Exactly `https://HOST/OWNER` (Fulcio 1.16). */
function parseOwnerUri(uri, host) {
    const parts = segmentsOn(uri, host);
    const owner = parts?.length === 1 ? parts[0] : undefined;
    return owner !== undefined && isValidOwner(owner) ? owner : undefined;
}
/** Exactly `OWNER/REPO` (the deprecated Fulcio 1.5, `GITHUB_REPOSITORY`). */
function parseRepoPath(path) {
    const parts = path?.split('/');
    if (parts?.length !== 2)
        return undefined;
    const [owner = '', repo = ''] = parts;
    return isValidOwner(owner) && isValidRepo(repo) ? { owner, repo } : undefined;
}
const PATH_SEGMENT = /^[A-Za-z0-9._~!$&'()*+,;=:-]+$/;
/**
 * A workflow path inside a repository: non-empty segments, none `.` or `..`, no character that
 * would need escaping (`%`, `?`, `#`, `@`, spaces). A path that fails never names a workflow.
 */
function isWorkflowPath(path) {
    return path.split('/').every((s) => PATH_SEGMENT.test(s) && s !== '.' && s !== '..');
}
/**
 * Exactly `https://HOST/OWNER/REPO/PATH[@REF]` (a SAN, Build Signer URI, Build Config URI or a
 * builder id). The ref starts at the first `@` (paths have none) and is a full git ref or a
 * commit SHA; `refRequired` refuses a URI without one (Fulcio always writes it).
 */
function parseWorkflowUri(uri, host, options = {}) {
    const at = uri?.indexOf('@') ?? -1;
    const ref = at < 0 ? undefined : uri?.slice(at + 1);
    if (ref === undefined ? options.refRequired === true : !(0,_refs_js__WEBPACK_IMPORTED_MODULE_0__/* .isFullRefOrSha */ .KH)(ref))
        return undefined;
    const parts = segmentsOn(at < 0 ? uri : uri?.slice(0, at), host);
    if (parts === undefined || parts.length < 3)
        return undefined;
    const [owner = '', repo = '', ...rest] = parts;
    const path = rest.join('/');
    if (!isValidOwner(owner) || !isValidRepo(repo) || !isWorkflowPath(path))
        return undefined;
    return { host, owner, repo, path, ref };
}
function formatWorkflow(w) {
    return `${w.host}/${w.owner}/${w.repo}/${w.path}${w.ref === undefined ? '' : `@${w.ref}`}`;
}


/***/ }),

/***/ 88205:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KH: () => (/* binding */ isFullRefOrSha),
/* harmony export */   W0: () => (/* binding */ branchOf),
/* harmony export */   _$: () => (/* binding */ isCommitSha),
/* harmony export */   c3: () => (/* binding */ isGitRef),
/* harmony export */   cO: () => (/* binding */ tagOf),
/* harmony export */   jN: () => (/* binding */ matchesVersionedTag),
/* harmony export */   k9: () => (/* binding */ parseSemverTag),
/* harmony export */   mv: () => (/* binding */ isStrictReleaseRef)
/* harmony export */ });
/** Git refs and the semver rules slsa-verifier applies to tags and builder refs. */
const NUM = '(0|[1-9]\\d*)';
/** Dot-separated identifiers, none empty (semver 2.0.0 §9, §10). */
const IDS = '[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*';
const SEMVER_TAG = new RegExp(`^v${NUM}(?:\\.${NUM}(?:\\.${NUM})?)?(?:-(${IDS}))?(?:\\+${IDS})?$`);
/** `v1`, `v1.2`, `v1.2.3`, optional `-prerelease` and ignored `+build`. */
function parseSemverTag(tag) {
    const m = SEMVER_TAG.exec(tag);
    if (!m || m[1] === undefined)
        return undefined;
    return {
        major: Number(m[1]),
        minor: m[2] === undefined ? undefined : Number(m[2]),
        patch: m[3] === undefined ? undefined : Number(m[3]),
        prerelease: m[4],
    };
}
/**
 * slsa-verifier's versioned tag: the built tag (missing parts read as 0) must have the same
 * major, and the same minor and patch where the policy gives them; a prerelease only matches
 * when the policy names the same prerelease.
 */
function matchesVersionedTag(expected, builtTag) {
    const built = parseSemverTag(builtTag);
    if (built === undefined)
        return false;
    if (built.major !== expected.major)
        return false;
    if (expected.minor !== undefined && (built.minor ?? 0) !== expected.minor)
        return false;
    if (expected.patch !== undefined && (built.patch ?? 0) !== expected.patch)
        return false;
    return (built.prerelease ?? '') === (expected.prerelease ?? '');
}
/** A strict builder release ref: `refs/tags/vX.Y.Z`, no prerelease, no build metadata. */
function isStrictReleaseRef(ref) {
    return ref !== undefined && /^refs\/tags\/v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/.test(ref);
}
function branchOf(ref) {
    return ref?.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
}
function tagOf(ref) {
    return ref?.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined;
}
/** A full commit SHA as GitHub writes it: 40 (SHA-1) or 64 (SHA-256) lower-case hex digits. */
function isCommitSha(value) {
    return /^[0-9a-f]{40}$|^[0-9a-f]{64}$/.test(value);
}
/**
 * A full git ref (`refs/...`) that `git check-ref-format` accepts: no empty component, none
 * starting with `.` or ending with `.lock`, no `..`, `@{`, control characters, space,
 * `~ ^ : ? * [ \`, and no trailing `/` or `.`.
 */
function isGitRef(ref) {
    if (!ref.startsWith('refs/') || ref.endsWith('.') || ref.includes('..') || ref.includes('@{'))
        return false;
    // eslint-disable-next-line no-control-regex
    if (/[\x00-\x20\x7f~^:?*[\\]/.test(ref))
        return false;
    return ref.split('/').every((c) => c.length > 0 && !c.startsWith('.') && !c.endsWith('.lock'));
}
function isFullRefOrSha(ref) {
    return isGitRef(ref) || isCommitSha(ref);
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

/***/ 36419:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ LIMITS)
/* harmony export */ });
/** Limits on untrusted input, checked before heavy work (values follow sigstore-go and cosign). */
const LIMITS = {
    /** One bundle, JSONL or API response file, trusted root or key, counted while reading. */
    maxInputBytes: 16 * 1024 * 1024,
    /** One artifact to hash (a pipe or device is cut off here rather than read forever). */
    maxArtifactBytes: 64 * 1024 * 1024 * 1024,
    /** Attestations considered for one artifact. */
    maxAttestations: 100,
    maxTlogEntries: 32,
    maxTimestamps: 32,
    /** Subjects of one statement. */
    maxSubjects: 1024,
    /** Artifacts in one run (and files one pattern or directory expands to). */
    maxArtifacts: 100_000,
    maxDigestsPerSubject: 32,
    maxJsonDepth: 64,
    /** Decoded DSSE payload. */
    maxPayloadBytes: 8 * 1024 * 1024,
};


/***/ }),

/***/ 39294:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IX: () => (/* binding */ pass),
/* harmony export */   Q8: () => (/* binding */ failedCodes),
/* harmony export */   Zr: () => (/* binding */ missingAttestation),
/* harmony export */   fJ: () => (/* binding */ fail),
/* harmony export */   hT: () => (/* binding */ skipped),
/* harmony export */   iq: () => (/* binding */ foundText)
/* harmony export */ });
/**
 * What a renderer shows as found: the value, or `(not recorded)` for a failed comparison whose
 * value the evidence does not carry (the JSON leaves `actual` out then).
 */
function foundText(check) {
    if (check.actual !== undefined)
        return check.actual;
    return check.status === 'fail' && check.expected !== undefined ? '(not recorded)' : undefined;
}
function failedCodes(checks) {
    return checks.flatMap((c) => (c.status === 'fail' && c.code !== undefined ? [c.code] : []));
}
function pass(id, message, expected, actual) {
    return {
        id,
        status: 'pass',
        message,
        ...(expected === undefined ? {} : { expected }),
        ...(actual === undefined ? {} : { actual }),
    };
}
function fail(id, code, message, detail = {}) {
    const check = { id, status: 'fail', code, message };
    if (detail.expected !== undefined)
        check.expected = detail.expected;
    if (detail.actual !== undefined)
        check.actual = detail.actual;
    if (detail.hint !== undefined)
        check.hint = detail.hint;
    return check;
}
function skipped(id, message) {
    return { id, status: 'skipped', message };
}
/** An artifact a source found nothing for: failed, with one NO_ATTESTATION check saying why. */
function missingAttestation(artifact, origin, message, hint) {
    return {
        ...artifact,
        verdict: 'failed',
        attestations: [
            {
                origin,
                verdict: 'failed',
                checks: [fail('bundle', 'NO_ATTESTATION', message, { hint })],
                warnings: [],
            },
        ],
    };
}


/***/ })

};

export const id = 468;
export const ids = [468];
export const modules = {

/***/ 7989:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ decodeStrictBase64)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

const NOT_ALPHABET = /[^A-Za-z0-9+/]/;
/**
 * Decode standard, padded base64 and nothing else (no whitespace, no URL-safe alphabet, no
 * missing padding, no stray bits after the last byte), so the bytes we verify are the only
 * bytes the input can mean. Checked in linear time: a backtracking pattern overflows the stack
 * on a payload of a few megabytes.
 */
function decodeStrictBase64(value, field) {
    if (typeof value !== 'string' || value.length % 4 !== 0)
        throw notBase64(field);
    const pad = value.endsWith('==') ? 2 : value.endsWith('=') ? 1 : 0;
    if (NOT_ALPHABET.test(value.slice(0, value.length - pad)))
        throw notBase64(field);
    const bytes = Buffer.from(value, 'base64');
    if (bytes.toString('base64') !== value)
        throw notBase64(field);
    return bytes;
}
function notBase64(field) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('MALFORMED', `${field} is not standard padded base64`);
}


/***/ }),

/***/ 817:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T4: () => (/* binding */ IN_TOTO_PAYLOAD_TYPE),
/* harmony export */   Uq: () => (/* binding */ bundleVersionOf)
/* harmony export */ });
/* unused harmony export BUNDLE_MEDIA_TYPES */
/** The bundle media types we accept: v0.1, v0.2 and both spellings of v0.3. */
const BUNDLE_MEDIA_TYPES = {
    'application/vnd.dev.sigstore.bundle+json;version=0.1': '0.1',
    'application/vnd.dev.sigstore.bundle+json;version=0.2': '0.2',
    'application/vnd.dev.sigstore.bundle+json;version=0.3': '0.3',
    'application/vnd.dev.sigstore.bundle.v0.3+json': '0.3',
};
function bundleVersionOf(mediaType) {
    if (typeof mediaType !== 'string' || !Object.hasOwn(BUNDLE_MEDIA_TYPES, mediaType))
        return undefined;
    return BUNDLE_MEDIA_TYPES[mediaType];
}
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ parseBundle)
});

// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(1040);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/json/strict-json.ts
var strict_json = __webpack_require__(2208);
// EXTERNAL MODULE: ./src/core/limits.ts
var limits = __webpack_require__(6419);
// EXTERNAL MODULE: ./src/core/x509/leaf.ts
var leaf = __webpack_require__(218);
// EXTERNAL MODULE: ./src/core/bundle/base64.ts
var base64 = __webpack_require__(7989);
;// CONCATENATED MODULE: ./src/core/bundle/known-fields.ts



const CERTIFICATE = { rawBytes: 'bytes' };
const SHAPE = {
    mediaType: 'leaf',
    verificationMaterial: {
        publicKey: { hint: 'leaf' },
        x509CertificateChain: { certificates: { items: CERTIFICATE } },
        certificate: CERTIFICATE,
        tlogEntries: {
            items: {
                logIndex: 'leaf',
                logId: { keyId: 'bytes' },
                kindVersion: { kind: 'leaf', version: 'leaf' },
                integratedTime: 'leaf',
                inclusionPromise: { signedEntryTimestamp: 'bytes' },
                inclusionProof: {
                    logIndex: 'leaf',
                    rootHash: 'bytes',
                    treeSize: 'leaf',
                    hashes: { items: 'bytes' },
                    checkpoint: { envelope: 'leaf' },
                },
                canonicalizedBody: 'bytes',
            },
        },
        timestampVerificationData: { rfc3161Timestamps: { items: { signedTimestamp: 'bytes' } } },
    },
    dsseEnvelope: {
        payload: 'bytes',
        payloadType: 'leaf',
        signatures: { items: { sig: 'bytes', keyid: 'leaf' } },
    },
    messageSignature: { messageDigest: { algorithm: 'leaf', digest: 'bytes' }, signature: 'bytes' },
};
/**
 * Refuse any field a bundle message does not define (as sigstore-go's protojson does, and as
 * the client spec asks: no JSON variants beyond the canonical form). An ignored field would
 * let two different files verify as the same bundle, and hide a parser differential.
 */
function checkKnownFields(json) {
    walk(json, SHAPE, 'bundle');
}
/** A list is written `{ items: … }`; no message has a lone field named `items`. */
function isList(s) {
    return Object.keys(s).length === 1 && 'items' in s;
}
function walk(value, shape, path) {
    if (!(0,strict_json/* isJsonObject */.O)(value))
        return; // wrong types are reported by the bundle parser
    for (const [key, child] of Object.entries(value)) {
        const sub = shape[key];
        if (sub === undefined)
            throw new errors/* VerifyError */.Gz('BUNDLE_SHAPE', `${path} has an unknown field ${JSON.stringify(key)}`);
        if (sub === 'leaf' || child === null)
            continue;
        if (sub === 'bytes') {
            // Bytes fields are standard padded base64, one spelling per value (no stray bits).
            if (typeof child === 'string')
                (0,base64/* decodeStrictBase64 */.L)(child, `${path}.${key}`);
            continue;
        }
        if (isList(sub)) {
            if (!Array.isArray(child))
                continue;
            const items = sub.items;
            child.forEach((item, i) => {
                if (items !== 'bytes')
                    walk(item, items, `${path}.${key}[${i}]`);
                else if (typeof item === 'string')
                    (0,base64/* decodeStrictBase64 */.L)(item, `${path}.${key}[${i}]`);
            });
        }
        else
            walk(child, sub, `${path}.${key}`);
    }
}

// EXTERNAL MODULE: ./src/core/bundle/media-type.ts
var media_type = __webpack_require__(817);
;// CONCATENATED MODULE: ./src/core/bundle/parse-bundle.ts








/**
 * Parse and validate a serialized Sigstore bundle: media type, shape (via @sigstore/bundle),
 * count limits, exactly one DSSE signature, strict base64 of the signed fields, in-toto payload
 * type. Cryptography is not checked here.
 */
function parseBundle(json) {
    if (!(0,strict_json/* isJsonObject */.O)(json))
        throw new errors/* VerifyError */.Gz('MALFORMED', 'bundle is not a JSON object');
    const version = (0,media_type/* bundleVersionOf */.Uq)(json.mediaType);
    if (version === undefined) {
        throw new errors/* VerifyError */.Gz('MEDIA_TYPE', `unsupported bundle media type ${JSON.stringify(json.mediaType ?? null)}`, { hint: 'supported: Sigstore bundle v0.1, v0.2 and v0.3' });
    }
    checkKnownFields(json);
    checkCounts(json);
    const dsse = readDsse(json);
    let bundle;
    try {
        bundle = (0,dist/* bundleFromJSON */.vw)(json);
    }
    catch (err) {
        if (err instanceof dist/* ValidationError */.yI) {
            throw new errors/* VerifyError */.Gz('BUNDLE_SHAPE', `invalid bundle: ${err.message} (${err.fields.join(', ')})`);
        }
        throw new errors/* VerifyError */.Gz('MALFORMED', `invalid bundle: ${String(err)}`);
    }
    return { bundle, version, mediaType: json.mediaType, leaf: readLeaf(bundle), dsse };
}
function checkCounts(json) {
    const material = json.verificationMaterial;
    if (!(0,strict_json/* isJsonObject */.O)(material))
        return; // @sigstore/bundle reports the missing field
    const tlog = material.tlogEntries;
    // @sigstore/bundle skips a known field of the wrong type as if absent: refuse it instead
    // (null is proto3 JSON for "absent", as v0.1 bundles write it).
    if (tlog !== undefined && tlog !== null && !Array.isArray(tlog))
        throw new errors/* VerifyError */.Gz('BUNDLE_SHAPE', 'verificationMaterial.tlogEntries is not a list');
    const tsShape = material.timestampVerificationData;
    if (tsShape !== undefined && tsShape !== null) {
        const list = (0,strict_json/* isJsonObject */.O)(tsShape) ? tsShape.rfc3161Timestamps : 0;
        if (!(0,strict_json/* isJsonObject */.O)(tsShape) || (list !== undefined && list !== null && !Array.isArray(list)))
            throw new errors/* VerifyError */.Gz('BUNDLE_SHAPE', 'verificationMaterial.timestampVerificationData is malformed');
    }
    if (Array.isArray(tlog) && tlog.length > limits/* LIMITS */.b.maxTlogEntries) {
        throw new errors/* VerifyError */.Gz('LIMIT', `${tlog.length} transparency-log entries (limit ${limits/* LIMITS */.b.maxTlogEntries})`);
    }
    if (Array.isArray(tlog))
        tlog.forEach(checkTlogEntry);
    const tsData = material.timestampVerificationData;
    const stamps = (0,strict_json/* isJsonObject */.O)(tsData) ? tsData.rfc3161Timestamps : undefined;
    if (Array.isArray(stamps) && stamps.length > limits/* LIMITS */.b.maxTimestamps) {
        throw new errors/* VerifyError */.Gz('LIMIT', `${stamps.length} timestamps (limit ${limits/* LIMITS */.b.maxTimestamps})`);
    }
}
const UINT = /^(0|[1-9][0-9]{0,18})$/;
/**
 * Log entry numbers are decimal strings (int64 in the proto JSON): anything else is refused
 * here, not left to a later comparison. An inclusion proof must agree with its own checkpoint
 * (tree size and root hash), whichever of the two a verifier happens to read.
 */
function checkTlogEntry(entry, i) {
    if (!(0,strict_json/* isJsonObject */.O)(entry))
        return; // @sigstore/bundle reports the shape
    for (const field of ['logIndex', 'integratedTime']) {
        const value = entry[field];
        if (value !== undefined && (typeof value !== 'string' || !UINT.test(value)))
            throw new errors/* VerifyError */.Gz('MALFORMED', `tlog entry ${i}: ${field} ${JSON.stringify(value)} is not a non-negative integer`);
    }
    const proof = entry.inclusionProof;
    if (!(0,strict_json/* isJsonObject */.O)(proof))
        return;
    for (const field of ['logIndex', 'treeSize']) {
        const value = proof[field];
        if (value !== undefined && (typeof value !== 'string' || !UINT.test(value)))
            throw new errors/* VerifyError */.Gz('MALFORMED', `tlog entry ${i}: inclusionProof.${field} ${JSON.stringify(value)} is not a non-negative integer`);
    }
    const checkpoint = (0,strict_json/* isJsonObject */.O)(proof.checkpoint) ? proof.checkpoint.envelope : undefined;
    if (typeof checkpoint !== 'string')
        return;
    // Checkpoint body: origin, tree size, base64 root hash, then optional lines, a blank line, signatures.
    checkCheckpointSignatures(checkpoint, i);
    const [, size, root] = checkpoint.split('\n');
    const treeSize = proof.treeSize ?? '0';
    if (size !== treeSize || root !== proof.rootHash) {
        throw new errors/* VerifyError */.Gz('TLOG_INCLUSION', `tlog entry ${i}: the inclusion proof (tree size ${JSON.stringify(treeSize)}, root ${JSON.stringify(proof.rootHash)}) disagrees with its checkpoint (tree size ${JSON.stringify(size)}, root ${JSON.stringify(root)})`);
    }
}
const SIGNATURE_LINE = /^\u2014 (\S+) ([A-Za-z0-9+/]+={0,2})$/;
/**
 * The signed note's signature lines must each be well formed, and name each key once: a
 * second, unverifiable line for the log's own key would be ignored by one verifier and fatal
 * to another (a parser differential).
 */
function checkCheckpointSignatures(envelope, i) {
    const blank = envelope.indexOf('\n\n');
    const lines = blank < 0
        ? []
        : envelope
            .slice(blank + 2)
            .split('\n')
            .filter((l) => l !== '');
    const seen = new Set();
    for (const line of lines) {
        const m = SIGNATURE_LINE.exec(line);
        const sig = m?.[2] === undefined ? undefined : Buffer.from(m[2], 'base64');
        const key = m === null || sig === undefined || sig.length < 5
            ? undefined
            : `${m[1]} ${sig.subarray(0, 4).toString('hex')}`;
        if (key === undefined || seen.has(key))
            throw new errors/* VerifyError */.Gz('TLOG_INCLUSION', `tlog entry ${i}: checkpoint signature line ${JSON.stringify(line.slice(0, 80))} is malformed or repeats a key`);
        seen.add(key);
    }
    if (seen.size === 0)
        throw new errors/* VerifyError */.Gz('TLOG_INCLUSION', `tlog entry ${i}: checkpoint carries no signature`);
}
function readDsse(json) {
    const envelope = json.dsseEnvelope;
    if (envelope === undefined)
        return undefined;
    if (!(0,strict_json/* isJsonObject */.O)(envelope))
        throw new errors/* VerifyError */.Gz('BUNDLE_SHAPE', 'dsseEnvelope is not an object');
    const signatures = envelope.signatures;
    if (!Array.isArray(signatures) || signatures.length !== 1) {
        throw new errors/* VerifyError */.Gz('BUNDLE_SHAPE', `DSSE envelope must carry exactly one signature, found ${Array.isArray(signatures) ? signatures.length : 'none'}`);
    }
    const signature = signatures[0];
    if (!(0,strict_json/* isJsonObject */.O)(signature))
        throw new errors/* VerifyError */.Gz('BUNDLE_SHAPE', 'DSSE signature is not an object');
    (0,base64/* decodeStrictBase64 */.L)(signature.sig, 'DSSE signature');
    const payload = (0,base64/* decodeStrictBase64 */.L)(envelope.payload, 'DSSE payload');
    if (payload.length > limits/* LIMITS */.b.maxPayloadBytes) {
        throw new errors/* VerifyError */.Gz('LIMIT', `DSSE payload of ${payload.length} bytes (limit ${limits/* LIMITS */.b.maxPayloadBytes})`);
    }
    const payloadType = envelope.payloadType;
    if (payloadType !== media_type/* IN_TOTO_PAYLOAD_TYPE */.T4) {
        throw new errors/* VerifyError */.Gz('PAYLOAD_TYPE', `DSSE payloadType is ${JSON.stringify(payloadType ?? null)}, expected "${media_type/* IN_TOTO_PAYLOAD_TYPE */.T4}"`);
    }
    return { payloadType, payload };
}
function readLeaf(bundle) {
    const content = bundle.verificationMaterial.content;
    let raw;
    switch (content.$case) {
        case 'certificate':
            raw = content.certificate.rawBytes;
            break;
        case 'x509CertificateChain':
            raw = content.x509CertificateChain.certificates[0]?.rawBytes;
            break;
        case 'publicKey':
            return undefined;
    }
    if (raw === undefined || raw.length === 0) {
        throw new errors/* VerifyError */.Gz('BUNDLE_SHAPE', 'bundle has an empty certificate');
    }
    return (0,leaf/* parseLeafCertificate */.l)(Buffer.from(raw));
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
/* harmony import */ var _refs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8205);

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

/***/ 8205:
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

/***/ 8243:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pn: () => (/* binding */ effectiveCommit),
  PR: () => (/* binding */ effectiveIssuer),
  tn: () => (/* binding */ effectiveRef),
  wO: () => (/* binding */ effectiveTrigger),
  oy: () => (/* binding */ isWorkflowIdentity),
  sU: () => (/* binding */ readCertificateIdentity)
});

// UNUSED EXPORTS: interpretIdentity

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/x509/der.ts
var der = __webpack_require__(7467);
// EXTERNAL MODULE: ./src/core/github/names.ts
var names = __webpack_require__(9067);
// EXTERNAL MODULE: ./src/core/github/refs.ts
var refs = __webpack_require__(8205);
;// CONCATENATED MODULE: ./src/core/identity/github-identity.ts



const F = (n) => `1.3.6.1.4.1.57264.1.${n}`;
function readGithubIdentity(raw, issuer) {
    const host = (0,names/* githubHostForIssuer */.u_)(issuer);
    if (host === undefined)
        return undefined;
    const uriRepo = strict(raw.sourceRepositoryUri, (v) => (0,names/* parseRepoUri */.mp)(v, host), F(12), `https://${host}/OWNER/REPO`);
    const legacyRepo = strict(raw.legacy.repository, names/* parseRepoPath */.NP, F(5), 'OWNER/REPO');
    if (uriRepo !== undefined &&
        legacyRepo !== undefined &&
        (0,names/* formatRepo */.Kf)(uriRepo) !== (0,names/* formatRepo */.Kf)(legacyRepo))
        conflict(`source repository ${F(5)} "${(0,names/* formatRepo */.Kf)(legacyRepo)}" and ${F(12)} "${raw.sourceRepositoryUri ?? ''}" disagree`);
    const sourceRepo = uriRepo ?? legacyRepo;
    const ownerFromUri = strict(raw.sourceRepositoryOwnerUri, (v) => (0,names/* parseOwnerUri */.$M)(v, host), F(16), `https://${host}/OWNER`);
    if (ownerFromUri !== undefined &&
        sourceRepo !== undefined &&
        !(0,names/* sameName */.q)(ownerFromUri, sourceRepo.owner))
        conflict(`owner ${F(16)} "${ownerFromUri}" is not the owner of ${(0,names/* formatRepo */.Kf)(sourceRepo)}`);
    const workflow = `https://${host}/OWNER/REPO/PATH@REF`;
    const sanUri = raw.san?.kind === 'uri' ? raw.san.value : undefined;
    const signer = strict(sanUri, (v) => (0,names/* parseWorkflowUri */.BK)(v, host, { refRequired: true }), 'SAN', workflow);
    strict(raw.buildSignerUri, (v) => (0,names/* parseWorkflowUri */.BK)(v, host, { refRequired: true }), F(9), workflow);
    const caller = strict(raw.buildConfigUri, (v) => (0,names/* parseWorkflowUri */.BK)(v, host, { refRequired: true }), F(18), workflow);
    if (caller !== undefined && sourceRepo !== undefined && !(0,names/* sameRepo */.Zj)(caller, sourceRepo))
        conflict(`caller workflow ${F(18)} is not in the source repository ${(0,names/* formatRepo */.Kf)(sourceRepo)}`);
    for (const [value, oid] of [
        [raw.sourceRepositoryRef, F(14)],
        [raw.legacy.ref, F(6)],
    ])
        strict(value, (v) => ((0,refs/* isGitRef */.c3)(v) ? v : undefined), oid, 'a full git ref');
    for (const [value, oid] of [
        [raw.sourceRepositoryDigest, F(13)],
        [raw.legacy.sha, F(3)],
    ])
        strict(value, (v) => ((0,refs/* isCommitSha */._$)(v) ? v : undefined), oid, 'a lower-case commit SHA');
    for (const [value, oid] of [
        [raw.sourceRepositoryId, F(15)],
        [raw.sourceRepositoryOwnerId, F(17)],
    ])
        strict(value, (v) => (/^[1-9][0-9]*$/.test(v) ? v : undefined), oid, 'a numeric id');
    for (const [value, oid] of [
        [raw.buildTrigger, F(20)],
        [raw.legacy.trigger, F(2)],
    ])
        strict(value, (v) => (/^[a-z_]+$/.test(v) ? v : undefined), oid, 'a GitHub event name');
    const runPrefix = sourceRepo === undefined
        ? undefined
        : `https://${host}/${(0,names/* formatRepo */.Kf)(sourceRepo)}/actions/runs/`;
    strict(raw.runInvocationUri, (v) => runPrefix !== undefined &&
        v.startsWith(runPrefix) &&
        /^[1-9][0-9]*\/attempts\/[1-9][0-9]*$/.test(v.slice(runPrefix.length))
        ? v
        : undefined, F(21), `https://${host}/OWNER/REPO/actions/runs/ID/attempts/N of the source repository`);
    return {
        host,
        sourceRepo,
        owner: ownerFromUri ?? sourceRepo?.owner,
        signer,
        caller,
    };
}
/** Parse a present value or refuse the certificate; an absent value stays absent. */
function strict(value, parse, field, grammar) {
    if (value === undefined)
        return undefined;
    const parsed = parse(value);
    if (parsed === undefined)
        conflict(`${field === 'SAN' ? 'SAN' : `extension ${field}`} ${JSON.stringify(value)} is not ${grammar}`);
    return parsed;
}
function conflict(message) {
    throw new errors/* VerifyError */.Gz('ID_CONFLICT', `certificate ${message}`, {
        hint: 'the certificate does not state one exact GitHub identity; it is not accepted under any policy',
    });
}

;// CONCATENATED MODULE: ./src/core/identity/certificate-identity.ts



const FULCIO = '1.3.6.1.4.1.57264.1';
/** Fulcio v2 extensions (DER UTF8String values), by exact OID. */
const V2_FIELDS = {
    [`${FULCIO}.8`]: 'issuer',
    [`${FULCIO}.9`]: 'buildSignerUri',
    [`${FULCIO}.10`]: 'buildSignerDigest',
    [`${FULCIO}.11`]: 'runnerEnvironment',
    [`${FULCIO}.12`]: 'sourceRepositoryUri',
    [`${FULCIO}.13`]: 'sourceRepositoryDigest',
    [`${FULCIO}.14`]: 'sourceRepositoryRef',
    [`${FULCIO}.15`]: 'sourceRepositoryId',
    [`${FULCIO}.16`]: 'sourceRepositoryOwnerUri',
    [`${FULCIO}.17`]: 'sourceRepositoryOwnerId',
    [`${FULCIO}.18`]: 'buildConfigUri',
    [`${FULCIO}.19`]: 'buildConfigDigest',
    [`${FULCIO}.20`]: 'buildTrigger',
    [`${FULCIO}.21`]: 'runInvocationUri',
    [`${FULCIO}.22`]: 'sourceRepositoryVisibility',
};
/** Deprecated Fulcio extensions (raw UTF-8 values), by exact OID. */
const LEGACY_FIELDS = {
    [`${FULCIO}.1`]: 'issuer',
    [`${FULCIO}.2`]: 'trigger',
    [`${FULCIO}.3`]: 'sha',
    [`${FULCIO}.4`]: 'workflowName',
    [`${FULCIO}.5`]: 'repository',
    [`${FULCIO}.6`]: 'ref',
};
/**
 * Read the identity from a strictly parsed leaf. An extension counts as a Fulcio field only when
 * its OID is exactly that field's (a longer OID such as `…1.12.0` is another extension); every
 * value must be a single, well-formed extension; a duplicated extension, or a deprecated value
 * that disagrees with its v2 counterpart, is a conflict rather than a choice.
 */
function readCertificateIdentity(leaf) {
    const [duplicate] = leaf.duplicates;
    if (duplicate !== undefined)
        throw new errors/* VerifyError */.Gz('ID_CONFLICT', `certificate has extension ${duplicate} more than once`);
    const v2 = {};
    const legacy = {};
    for (const { oid, value } of leaf.extensions) {
        if (Object.hasOwn(V2_FIELDS, oid))
            v2[V2_FIELDS[oid]] = (0,der/* decodeDerUtf8String */.wh)(value, `extension ${oid}`);
        else if (Object.hasOwn(LEGACY_FIELDS, oid))
            legacy[LEGACY_FIELDS[oid]] = (0,der/* decodeUtf8 */._6)(value, `extension ${oid}`);
    }
    const sans = leaf.sans;
    if (sans !== undefined && sans.length !== 1)
        throw new errors/* VerifyError */.Gz('ID_CONFLICT', `certificate SAN has ${sans.length} names; Fulcio issues exactly one`);
    return interpretIdentity({ ...v2, san: sans?.[0], legacy });
}
/** The checks and the strict GitHub reading that turn raw Fulcio fields into an identity. */
function interpretIdentity(raw) {
    checkLegacyAgreement(raw);
    return { ...raw, github: readGithubIdentity(raw, effectiveIssuer(raw)) };
}
/** Deprecated and v2 values describe the same claim; they must not disagree (slsa-verifier). */
function checkLegacyAgreement(id) {
    const pairs = [
        [id.legacy.issuer, id.issuer, 'issuer (1.1 vs 1.8)'],
        [id.legacy.sha, id.sourceRepositoryDigest, 'commit (1.3 vs 1.13)'],
        [id.legacy.ref, id.sourceRepositoryRef, 'ref (1.6 vs 1.14)'],
        [id.legacy.trigger, id.buildTrigger, 'trigger (1.2 vs 1.20)'],
    ];
    for (const [old, current, what] of pairs) {
        if (old !== undefined && current !== undefined && old !== current) {
            throw new errors/* VerifyError */.Gz('ID_CONFLICT', `certificate ${what} disagree: "${old}" vs "${current}"`);
        }
    }
}
/** Effective values: v2 extensions, else the deprecated ones (older certificates). */
function effectiveIssuer(id) {
    return id.issuer ?? id.legacy.issuer;
}
function effectiveRef(id) {
    return id.sourceRepositoryRef ?? id.legacy.ref;
}
function effectiveCommit(id) {
    return id.sourceRepositoryDigest ?? id.legacy.sha;
}
function effectiveTrigger(id) {
    return id.buildTrigger ?? id.legacy.trigger;
}
/** True when the certificate was issued to a CI workflow (it names a signer workflow). */
function isWorkflowIdentity(id) {
    return id.buildSignerUri !== undefined || id.legacy.repository !== undefined;
}


/***/ }),

/***/ 2208:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ isJsonObject),
/* harmony export */   R: () => (/* binding */ parseStrictJson)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6419);


/**
 * JSON.parse with the strictness a verifier needs: duplicate keys (a parser differential:
 * JS keeps the last, other parsers the first), `__proto__` keys and nesting deeper than
 * `maxDepth` are rejected. Syntax is RFC 8259; a leading BOM is rejected.
 */
function parseStrictJson(text, maxDepth = _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b.maxJsonDepth) {
    const parser = new StrictJsonParser(text, maxDepth);
    return parser.parseDocument();
}
const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);
class StrictJsonParser {
    text;
    maxDepth;
    pos = 0;
    constructor(text, maxDepth) {
        this.text = text;
        this.maxDepth = maxDepth;
    }
    parseDocument() {
        this.skipWs();
        const value = this.parseValue(0);
        this.skipWs();
        if (this.pos !== this.text.length)
            this.fail('unexpected data after the JSON value');
        return value;
    }
    parseValue(depth) {
        const c = this.text.charCodeAt(this.pos);
        switch (c) {
            case 0x7b: // {
                return this.parseObject(depth + 1);
            case 0x5b: // [
                return this.parseArray(depth + 1);
            case 0x22: // "
                return this.parseString();
            case 0x74: // t
                return this.parseLiteral('true', true);
            case 0x66: // f
                return this.parseLiteral('false', false);
            case 0x6e: // n
                return this.parseLiteral('null', null);
            default:
                if (c === 0x2d || (c >= 0x30 && c <= 0x39))
                    return this.parseNumber();
                return this.fail(Number.isNaN(c) ? 'unexpected end of input' : 'unexpected character');
        }
    }
    enter(depth) {
        if (depth > this.maxDepth) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('LIMIT', `JSON nesting deeper than ${this.maxDepth} levels`);
        }
    }
    parseObject(depth) {
        this.enter(depth);
        this.pos++;
        const result = {};
        const seen = new Set();
        this.skipWs();
        if (this.text.charCodeAt(this.pos) === 0x7d) {
            this.pos++;
            return result;
        }
        for (;;) {
            this.skipWs();
            if (this.text.charCodeAt(this.pos) !== 0x22)
                this.fail('expected a string key');
            const key = this.parseString();
            if (seen.has(key))
                this.fail(`duplicate key "${truncate(key)}"`);
            if (key === '__proto__')
                this.fail('forbidden key "__proto__"');
            seen.add(key);
            this.skipWs();
            if (this.text.charCodeAt(this.pos) !== 0x3a)
                this.fail('expected ":"');
            this.pos++;
            this.skipWs();
            result[key] = this.parseValue(depth);
            this.skipWs();
            const c = this.text.charCodeAt(this.pos++);
            if (c === 0x7d)
                return result;
            if (c !== 0x2c)
                this.fail('expected "," or "}"', -1);
        }
    }
    parseArray(depth) {
        this.enter(depth);
        this.pos++;
        const result = [];
        this.skipWs();
        if (this.text.charCodeAt(this.pos) === 0x5d) {
            this.pos++;
            return result;
        }
        for (;;) {
            this.skipWs();
            result.push(this.parseValue(depth));
            this.skipWs();
            const c = this.text.charCodeAt(this.pos++);
            if (c === 0x5d)
                return result;
            if (c !== 0x2c)
                this.fail('expected "," or "]"', -1);
        }
    }
    parseString() {
        const start = ++this.pos;
        const text = this.text;
        // Fast path: no escapes.
        for (let i = start; i < text.length; i++) {
            const c = text.charCodeAt(i);
            if (c === 0x22) {
                this.pos = i + 1;
                return text.slice(start, i);
            }
            if (c === 0x5c || c < 0x20)
                break;
        }
        let out = '';
        let chunk = start;
        for (;;) {
            if (this.pos >= text.length)
                this.fail('unterminated string');
            const c = text.charCodeAt(this.pos);
            if (c === 0x22) {
                out += text.slice(chunk, this.pos);
                this.pos++;
                return out;
            }
            if (c < 0x20)
                this.fail('control character in string');
            if (c === 0x5c) {
                out += text.slice(chunk, this.pos);
                out += this.parseEscape();
                chunk = this.pos;
                continue;
            }
            this.pos++;
        }
    }
    parseEscape() {
        const c = this.text[this.pos + 1];
        this.pos += 2;
        switch (c) {
            case '"':
                return '"';
            case '\\':
                return '\\';
            case '/':
                return '/';
            case 'b':
                return '\b';
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'u': {
                const hex = this.text.slice(this.pos, this.pos + 4);
                if (!/^[0-9a-fA-F]{4}$/.test(hex))
                    this.fail('invalid \\u escape');
                this.pos += 4;
                return String.fromCharCode(parseInt(hex, 16));
            }
            case undefined:
            default:
                return this.fail('invalid escape', -2);
        }
    }
    parseNumber() {
        const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(this.text.slice(this.pos, this.pos + 400));
        if (!match)
            return this.fail('invalid number');
        this.pos += match[0].length;
        return Number(match[0]);
    }
    parseLiteral(word, value) {
        if (!this.text.startsWith(word, this.pos))
            this.fail('invalid literal');
        this.pos += word.length;
        return value;
    }
    skipWs() {
        while (WS.has(this.text.charCodeAt(this.pos)))
            this.pos++;
    }
    fail(message, offset = 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('MALFORMED', `invalid JSON at offset ${this.pos + offset}: ${message}`);
    }
}
function truncate(s) {
    return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
function isJsonObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 6419:
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

/***/ 8124:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ parseStatement)
/* harmony export */ });
/* unused harmony export STATEMENT_TYPES */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _json_strict_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2208);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6419);



const STATEMENT_TYPES = [
    'https://in-toto.io/Statement/v1',
    'https://in-toto.io/Statement/v0.1',
];
const KNOWN_KEYS = ['_type', 'subject', 'predicateType', 'predicate'];
/** Spellings other parsers treat as a known field (protojson, case-insensitive decoders). */
const ALIASES = new Set(['predicate_type', 'type']);
/** Fixed-length hex digests, so a malformed value is an error rather than a silent miss. */
const HEX_LENGTHS = {
    sha256: 64,
    sha384: 96,
    sha512: 128,
    sha1: 40,
    md5: 32,
};
/**
 * Parse the signed payload bytes as an in-toto Statement, strictly: duplicate keys, keys that
 * case-collide with or alias a known field, a missing predicate type or malformed subjects are
 * rejected. These are the same bytes the signature covered.
 */
function parseStatement(payload) {
    const json = (0,_json_strict_json_js__WEBPACK_IMPORTED_MODULE_1__/* .parseStrictJson */ .R)(decodeUtf8Payload(payload));
    if (!(0,_json_strict_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isJsonObject */ .O)(json))
        throw statementError('payload is not a JSON object');
    for (const key of Object.keys(json)) {
        const collides = KNOWN_KEYS.some((k) => k !== key && k.toLowerCase() === key.toLowerCase());
        if (collides || ALIASES.has(key))
            throw statementError(`field "${key}" collides with a statement field`);
    }
    const type = json._type;
    if (typeof type !== 'string' || !STATEMENT_TYPES.includes(type)) {
        throw statementError(`_type ${JSON.stringify(type ?? null)} is not an in-toto Statement v1 or v0.1`);
    }
    const predicateType = json.predicateType;
    if (typeof predicateType !== 'string' || predicateType.length === 0) {
        throw statementError('predicateType is missing');
    }
    // `null` is "no predicate", as PyPI's publish attestations write it.
    const predicate = json.predicate === null ? undefined : json.predicate;
    if (predicate !== undefined && !(0,_json_strict_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isJsonObject */ .O)(predicate))
        throw statementError('predicate is not an object');
    return { type, subjects: parseSubjects(json.subject), predicateType, predicate };
}
function parseSubjects(value) {
    if (!Array.isArray(value) || value.length === 0)
        throw statementError('subject must be a non-empty list');
    if (value.length > _limits_js__WEBPACK_IMPORTED_MODULE_2__/* .LIMITS */ .b.maxSubjects) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('LIMIT', `${value.length} subjects (limit ${_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .LIMITS */ .b.maxSubjects})`);
    }
    return value.map((s, i) => {
        if (!(0,_json_strict_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isJsonObject */ .O)(s) || !(0,_json_strict_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isJsonObject */ .O)(s.digest))
            throw statementError(`subject ${i} has no digest`);
        if (s.name !== undefined && typeof s.name !== 'string')
            throw statementError(`subject ${i} name is not a string`);
        const entries = Object.entries(s.digest);
        if (entries.length === 0)
            throw statementError(`subject ${i} digest is empty`);
        if (entries.length > _limits_js__WEBPACK_IMPORTED_MODULE_2__/* .LIMITS */ .b.maxDigestsPerSubject) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('LIMIT', `subject ${i} has ${entries.length} digests (limit ${_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .LIMITS */ .b.maxDigestsPerSubject})`);
        }
        const digest = {};
        for (const [alg, hex] of entries) {
            if (typeof hex !== 'string')
                throw statementError(`subject ${i} digest ${alg} is not a string`);
            const length = HEX_LENGTHS[alg];
            if (length !== undefined) {
                if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== length) {
                    throw statementError(`subject ${i} ${alg} digest is not ${length} hex characters`);
                }
                digest[alg] = hex.toLowerCase();
            }
            else {
                digest[alg] = hex;
            }
        }
        return { name: s.name, digest };
    });
}
function statementError(message) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('STATEMENT', `in-toto statement: ${message}`);
}
const UTF8 = new TextDecoder('utf-8', { fatal: true });
function decodeUtf8Payload(payload) {
    try {
        return UTF8.decode(payload);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('MALFORMED', 'DSSE payload is not valid UTF-8');
    }
}


/***/ }),

/***/ 7467:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dk: () => (/* binding */ TAG),
/* harmony export */   Qm: () => (/* binding */ malformed),
/* harmony export */   Rg: () => (/* binding */ readTrue),
/* harmony export */   Ze: () => (/* binding */ readBitString),
/* harmony export */   _6: () => (/* binding */ decodeUtf8),
/* harmony export */   cI: () => (/* binding */ decodeVisibleAscii),
/* harmony export */   cO: () => (/* binding */ tagOf),
/* harmony export */   fM: () => (/* binding */ readOid),
/* harmony export */   wh: () => (/* binding */ decodeDerUtf8String),
/* harmony export */   yi: () => (/* binding */ expectTag)
/* harmony export */ });
/* unused harmony export decodeOid */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

/** DER tag bytes (class, constructed bit and number in one byte) this reader accepts. */
const TAG = {
    BOOLEAN: 0x01,
    INTEGER: 0x02,
    BIT_STRING: 0x03,
    OCTET_STRING: 0x04,
    OID: 0x06,
    UTF8_STRING: 0x0c,
    SEQUENCE: 0x30,
};
/** The whole tag byte: a constructed OCTET STRING (BER only) is not an OCTET STRING. */
function tagOf(obj) {
    return obj.tag.toDER();
}
function malformed(what, why) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('MALFORMED', `certificate ${what} ${why}`);
}
/** The object, checked to carry exactly this tag byte. */
function expectTag(obj, tag, what) {
    if (obj === undefined)
        throw malformed(what, 'is missing');
    if (tagOf(obj) !== tag)
        throw malformed(what, `has tag 0x${tagOf(obj).toString(16)}, expected 0x${tag.toString(16)}`);
    return obj;
}
/** OIDs longer than this are refused: no certificate field needs one, and arcs stay cheap. */
const MAX_OID_BYTES = 64;
/**
 * Decode the contents of a DER OBJECT IDENTIFIER exactly (X.690 §8.19): at least one byte,
 * every arc minimal (no leading 0x80), the last byte ends an arc. A truncated or padded OID
 * is malformed, never "close enough" to a known one.
 */
function decodeOid(bytes, what) {
    if (bytes.length === 0 || bytes.length > MAX_OID_BYTES)
        throw malformed(what, `has an object identifier of ${bytes.length} bytes`);
    const arcs = [];
    let value = 0n;
    let start = true;
    for (const byte of bytes) {
        if (start && byte === 0x80)
            throw malformed(what, 'has a non-minimal object identifier arc');
        value = (value << 7n) | BigInt(byte & 0x7f);
        start = (byte & 0x80) === 0;
        if (start) {
            arcs.push(value);
            value = 0n;
        }
    }
    if (!start)
        throw malformed(what, 'has a truncated object identifier');
    const [first = 0n, ...rest] = arcs;
    const head = first < 40n ? [0n, first] : first < 80n ? [1n, first - 40n] : [2n, first - 80n];
    return [...head, ...rest].join('.');
}
/** An OID object: tag 0x06, primitive, contents decoded exactly. */
function readOid(obj, what) {
    return decodeOid(expectTag(obj, TAG.OID, what).value, what);
}
/** A DER BOOLEAN that is present must be TRUE (0xff): FALSE is the default and is left out. */
function readTrue(obj, what) {
    expectTag(obj, TAG.BOOLEAN, what);
    if (obj.value.length !== 1 || obj.value[0] !== 0xff)
        throw malformed(what, 'is not DER TRUE (a default FALSE must be omitted)');
    return true;
}
/** A DER BIT STRING: the unused-bit count in 0..7 and those bits zero. Returns the bits, MSB first. */
function readBitString(obj, what) {
    const value = expectTag(obj, TAG.BIT_STRING, what).value;
    const unused = value[0];
    if (unused === undefined || unused > 7 || (value.length === 1 && unused !== 0))
        throw malformed(what, 'is not a DER bit string');
    const last = value[value.length - 1] ?? 0;
    if (value.length > 1 && (last & ((1 << unused) - 1)) !== 0)
        throw malformed(what, 'has non-zero padding bits');
    const bits = [];
    for (let i = 1; i < value.length; i++) {
        const skip = i === value.length - 1 ? unused : 0;
        for (let j = 7; j >= skip; j--)
            bits.push(((value[i] ?? 0) >> j) & 1);
    }
    return bits;
}
const UTF8 = new TextDecoder('utf-8', { fatal: true });
function decodeUtf8(buf, what) {
    try {
        return UTF8.decode(buf);
    }
    catch {
        throw malformed(what, 'is not valid UTF-8');
    }
}
/** IA5String contents as a URI or e-mail name needs them: ASCII, no control characters. */
function decodeVisibleAscii(buf, what) {
    for (const byte of buf)
        if (byte < 0x20 || byte > 0x7e)
            throw malformed(what, 'holds a non-printable or non-ASCII byte');
    return buf.toString('latin1');
}
/**
 * Decode a whole buffer as one DER UTF8String: tag 0x0c, minimal length, no trailing bytes,
 * valid UTF-8. Fulcio writes OIDs 1.3.6.1.4.1.57264.1.8 and later this way; another string
 * type (IA5, Printable, BMP) is not what Fulcio writes and is refused.
 */
function decodeDerUtf8String(buf, what) {
    if (buf[0] !== TAG.UTF8_STRING)
        throw malformed(what, 'is not a DER UTF8String');
    let length = buf[1];
    let offset = 2;
    if (length === undefined)
        throw malformed(what, 'is truncated');
    if (length & 0x80) {
        const octets = length & 0x7f;
        if (octets === 0 || octets > 3)
            throw malformed(what, 'has an invalid length');
        length = 0;
        for (let i = 0; i < octets; i++)
            length = length * 256 + (buf[2 + i] ?? NaN);
        offset += octets;
        if (Number.isNaN(length) || length < 0x80 || buf[2] === 0)
            throw malformed(what, 'has a non-minimal length');
    }
    if (offset + length !== buf.length)
        throw malformed(what, 'has trailing or missing bytes');
    return decodeUtf8(buf.subarray(offset), what);
}


/***/ }),

/***/ 218:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ OID),
/* harmony export */   l: () => (/* binding */ parseLeafCertificate)
/* harmony export */ });
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3917);
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_sigstore_core__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _der_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7467);



const OID = {
    keyUsage: '2.5.29.15',
    subjectAltName: '2.5.29.17',
    basicConstraints: '2.5.29.19',
    extKeyUsage: '2.5.29.37',
    subjectKeyId: '2.5.29.14',
    authorityKeyId: '2.5.29.35',
    sctList: '1.3.6.1.4.1.11129.2.4.2',
    codeSigning: '1.3.6.1.5.5.7.3.3',
    fulcioOtherName: '1.3.6.1.4.1.57264.1.7',
};
/**
 * Critical extensions this verifier processes (RFC 5280 §4.2: any other critical extension
 * makes the certificate unusable, as Go's x509 rules for sigstore-go). Key usage and EKU are
 * checked for code signing, the SAN is the identity, basic constraints are read.
 */
const HANDLED_CRITICAL = new Set([
    OID.keyUsage,
    OID.subjectAltName,
    OID.basicConstraints,
    OID.extKeyUsage,
]);
/**
 * Parse a signing certificate exactly, before anything reads it: the TBS layout of RFC 5280,
 * every extension (OID, DER BOOLEAN critical, OCTET STRING value), and the value grammar of every
 * extension that is later read (key usage, EKU, SAN, basic constraints, key ids, SCT list).
 * Anything else is MALFORMED here, so no later reader (root selection, EKU, identity, SCTs)
 * meets bytes it cannot decode.
 */
function parseLeafCertificate(der, what = 'signing certificate') {
    try {
        return parseLeaf(der);
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .Gz)
            throw err;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .Gz('MALFORMED', `${what} is not valid DER: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
    }
}
function parseLeaf(der) {
    const root = parseDer(der);
    if ((0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .tagOf */ .cO)(root) !== _der_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.SEQUENCE || root.subs.length !== 3)
        throw (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .malformed */ .Qm)('', 'is not a SEQUENCE of tbsCertificate, algorithm and signature');
    const [tbs, algorithm, signature] = root.subs;
    (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .expectTag */ .yi)(tbs, _der_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.SEQUENCE, 'tbsCertificate');
    readAlgorithm(algorithm, 'signatureAlgorithm');
    // RFC 5280 §4.1.1.2: the outer algorithm is the one inside the signed part.
    if (!algorithm.toDER().equals((tbs.subs[2] ?? algorithm).toDER()))
        throw (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .malformed */ .Qm)('signatureAlgorithm', 'differs from the signed tbsCertificate.signature');
    (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .readBitString */ .Ze)(signature, 'signatureValue');
    const extensionList = readTbs(tbs);
    const cert = new _sigstore_core__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(root);
    // Touch every field a verifier reads, so a bad time or name fails here, not later.
    void [cert.notBefore, cert.notAfter, cert.issuer, cert.subject, cert.publicKey];
    if (cert.signatureAlgorithm === undefined)
        throw (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .malformed */ .Qm)('signatureAlgorithm', 'is not an ECDSA or RSA algorithm');
    const extensions = extensionList.map(readExtension);
    const seen = new Set();
    const duplicates = new Set();
    for (const e of extensions) {
        if (seen.has(e.oid))
            duplicates.add(e.oid);
        seen.add(e.oid);
    }
    const first = (oid) => extensions.find((e) => e.oid === oid);
    const leaf = {
        cert,
        der,
        extensions,
        duplicates: [...duplicates],
        unhandledCritical: extensions
            .filter((e) => e.critical && !HANDLED_CRITICAL.has(e.oid))
            .map((e) => e.oid),
        extKeyUsages: mapValue(first(OID.extKeyUsage), readExtKeyUsage),
        keyUsage: mapValue(first(OID.keyUsage), readKeyUsage),
        sans: mapValue(first(OID.subjectAltName), readSans),
    };
    mapValue(first(OID.basicConstraints), readBasicConstraints);
    mapValue(first(OID.subjectKeyId), (v) => (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .expectTag */ .yi)(v, _der_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.OCTET_STRING, 'subject key id'));
    mapValue(first(OID.authorityKeyId), readAuthorityKeyId);
    const sct = first(OID.sctList);
    if (sct !== undefined)
        readSctList(sct.value);
    return leaf;
}
/** TBSCertificate (RFC 5280 §4.1): v3, fixed fields, optional unique ids, one extension list. */
function readTbs(tbs) {
    const [version, serial, signature, issuer, validity, subject, spki, ...rest] = tbs.subs;
    const v = (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .expectTag */ .yi)(version, 0xa0, 'version');
    if (v.subs.length !== 1 || (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .tagOf */ .cO)(v.subs[0]) !== _der_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.INTEGER || v.value.length !== 3)
        throw (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .malformed */ .Qm)('version', 'is not an explicit INTEGER');
    if (v.subs[0].value.toString('hex') !== '02')
        throw (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .malformed */ .Qm)('version', 'is not v3');
    (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .expectTag */ .yi)(serial, _der_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.INTEGER, 'serial number');
    readAlgorithm(signature, 'tbs signature algorithm');
    readName(issuer, 'issuer');
    (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .expectTag */ .yi)(validity, _der_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.SEQUENCE, 'validity');
    if (validity?.subs.length !== 2)
        throw (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .malformed */ .Qm)('validity', 'is not two times');
    readName(subject, 'subject');
    const key = (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .expectTag */ .yi)(spki, _der_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.SEQUENCE, 'subjectPublicKeyInfo');
    if (key.subs.length !== 2)
        throw (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .malformed */ .Qm)('subjectPublicKeyInfo', 'is not algorithm and key');
    readAlgorithm(key.subs[0], 'public key algorithm');
    (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .readBitString */ .Ze)(key.subs[1], 'public key');
    let list;
    let last = 0;
    for (const item of rest) {
        const tag = (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .tagOf */ .cO)(item);
        const order = tag === 0x81 ? 1 : tag === 0x82 ? 2 : tag === 0xa3 ? 3 : 0;
        if (order === 0 || order <= last)
            throw (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .malformed */ .Qm)('tbsCertificate', 'has an unexpected field');
        last = order;
        if (order === 3) {
            if (item.subs.length !== 1)
                throw (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .malformed */ .Qm)('extensions', 'are not one SEQUENCE');
            const seq = (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .expectTag */ .yi)(item.subs[0], _der_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.SEQUENCE, 'extensions');
            if (seq.subs.length === 0)
                throw (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .malformed */ .Qm)('extensions', 'are an empty SEQUENCE');
            list = seq.subs;
        }
    }
    return list ?? [];
}
/** AlgorithmIdentifier ::= SEQUENCE { algorithm OID, parameters ANY OPTIONAL } */
function readAlgorithm(obj, what) {
    const seq = (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .expectTag */ .yi)(obj, _der_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.SEQUENCE, what);
    if (seq.subs.length < 1 || seq.subs.length > 2)
        throw (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .malformed */ .Qm)(what, 'is not an algorithm identifier');
    (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .readOid */ .fM)(seq.subs[0], what);
    const parameters = seq.subs[1];
    if (parameters === undefined)
        return;
    if ((0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .tagOf */ .cO)(parameters) === _der_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.OID)
        (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .readOid */ .fM)(parameters, `${what} parameters`);
    else if ((0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .tagOf */ .cO)(parameters) === 0x05 && parameters.value.length !== 0)
        throw (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .malformed */ .Qm)(what, 'has a NULL with contents');
}
/** Name ::= SEQUENCE OF SET OF SEQUENCE { type OID, value ANY } (RFC 5280 §4.1.2.4) */
function readName(obj, what) {
    for (const rdn of (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .expectTag */ .yi)(obj, _der_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.SEQUENCE, what).subs) {
        if ((0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .tagOf */ .cO)(rdn) !== 0x31 || rdn.subs.length === 0)
            throw (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .malformed */ .Qm)(what, 'has a relative name that is not a non-empty SET');
        for (const attribute of rdn.subs) {
            if ((0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .tagOf */ .cO)(attribute) !== _der_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.SEQUENCE || attribute.subs.length !== 2)
                throw (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .malformed */ .Qm)(what, 'has an attribute that is not a type and a value');
            (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .readOid */ .fM)(attribute.subs[0], `${what} attribute type`);
        }
    }
}
/** Extension ::= SEQUENCE { extnID OID, critical BOOLEAN DEFAULT FALSE, extnValue OCTET STRING } */
function readExtension(ext, index) {
    const what = `extension #${index + 1}`;
    (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .expectTag */ .yi)(ext, _der_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.SEQUENCE, what);
    if (ext.subs.length !== 2 && ext.subs.length !== 3)
        throw (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .malformed */ .Qm)(what, `has ${ext.subs.length} fields`);
    const oid = (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .readOid */ .fM)(ext.subs[0], `${what} OID`);
    const critical = ext.subs.length === 3 && (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .readTrue */ .Rg)(ext.subs[1], `${what} (${oid}) critical flag`);
    const value = (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .expectTag */ .yi)(ext.subs[ext.subs.length - 1], _der_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.OCTET_STRING, `${what} (${oid}) value`);
    return { oid, critical, value: value.value };
}
/** @sigstore/core types its input as an ArrayBuffer-backed Buffer; every Buffer parses the same. */
function parseDer(bytes) {
    return _sigstore_core__WEBPACK_IMPORTED_MODULE_0__.ASN1Obj.parseBuffer(bytes);
}
function mapValue(ext, read) {
    if (ext === undefined)
        return undefined;
    let inner;
    try {
        inner = parseDer(ext.value);
    }
    catch (err) {
        throw (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .malformed */ .Qm)(`extension ${ext.oid}`, `value is not one DER object: ${String(err)}`);
    }
    return read(inner);
}
function readExtKeyUsage(value) {
    const seq = (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .expectTag */ .yi)(value, _der_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.SEQUENCE, 'extended key usage');
    if (seq.subs.length === 0)
        throw (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .malformed */ .Qm)('extended key usage', 'is empty');
    return seq.subs.map((s) => (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .readOid */ .fM)(s, 'extended key usage purpose'));
}
function readKeyUsage(value) {
    const bits = (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .readBitString */ .Ze)(value, 'key usage');
    return { digitalSignature: bits[0] === 1 };
}
function readBasicConstraints(value) {
    const seq = (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .expectTag */ .yi)(value, _der_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.SEQUENCE, 'basic constraints');
    const [first, second, ...extra] = seq.subs;
    if (extra.length > 0)
        throw (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .malformed */ .Qm)('basic constraints', 'has extra fields');
    if (first !== undefined && (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .tagOf */ .cO)(first) === _der_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.BOOLEAN) {
        (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .readTrue */ .Rg)(first, 'basic constraints cA');
        if (second !== undefined)
            (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .expectTag */ .yi)(second, _der_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.INTEGER, 'basic constraints path length');
    }
    else if (first !== undefined) {
        throw (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .malformed */ .Qm)('basic constraints', 'has a path length without cA');
    }
}
function readAuthorityKeyId(value) {
    const seq = (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .expectTag */ .yi)(value, _der_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.SEQUENCE, 'authority key id');
    let last = -1;
    for (const s of seq.subs) {
        const tag = (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .tagOf */ .cO)(s);
        const n = tag === 0x80 ? 0 : tag === 0xa1 ? 1 : tag === 0x82 ? 2 : -1;
        if (n <= last)
            throw (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .malformed */ .Qm)('authority key id', 'has an unexpected field');
        last = n;
    }
}
/** GeneralNames a Fulcio leaf may carry: URI [6], rfc822Name [1], otherName [0] (1.7, UTF8). */
function readSans(value) {
    const seq = (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .expectTag */ .yi)(value, _der_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.SEQUENCE, 'SAN');
    if (seq.subs.length === 0)
        throw (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .malformed */ .Qm)('SAN', 'is empty');
    return seq.subs.map((name) => {
        switch ((0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .tagOf */ .cO)(name)) {
            case 0x86:
                return { kind: 'uri', value: (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeVisibleAscii */ .cI)(name.value, 'SAN URI') };
            case 0x81:
                return { kind: 'email', value: (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeVisibleAscii */ .cI)(name.value, 'SAN email') };
            case 0xa0:
                return { kind: 'otherName', value: readOtherName(name) };
            default:
                throw (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .malformed */ .Qm)('SAN', `holds an unsupported name type (tag 0x${(0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .tagOf */ .cO)(name).toString(16)})`);
        }
    });
}
function readOtherName(name) {
    const [typeId, explicit, ...extra] = name.subs;
    if (extra.length > 0)
        throw (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .malformed */ .Qm)('SAN otherName', 'has extra fields');
    if ((0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .readOid */ .fM)(typeId, 'SAN otherName type') !== OID.fulcioOtherName)
        throw (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .malformed */ .Qm)('SAN otherName', 'is not the Fulcio username name (1.3.6.1.4.1.57264.1.7)');
    const wrapper = (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .expectTag */ .yi)(explicit, 0xa0, 'SAN otherName value');
    if (wrapper.subs.length !== 1)
        throw (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .malformed */ .Qm)('SAN otherName value', 'is not one string');
    const str = (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .expectTag */ .yi)(wrapper.subs[0], _der_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.UTF8_STRING, 'SAN otherName value');
    return (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeVisibleAscii */ .cI)(str.value, 'SAN otherName value');
}
/** RFC 6962 §3.3: an OCTET STRING holding a TLS list of length-prefixed SCTs, all consumed. */
function readSctList(value) {
    let inner;
    try {
        inner = parseDer(value);
    }
    catch (err) {
        throw (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .malformed */ .Qm)('SCT list', `is not one DER object: ${String(err)}`);
    }
    const list = (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .expectTag */ .yi)(inner, _der_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.OCTET_STRING, 'SCT list').value;
    if (list.length < 2 || list.readUInt16BE(0) !== list.length - 2)
        throw (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .malformed */ .Qm)('SCT list', 'length does not match its contents');
    let at = 2;
    while (at < list.length) {
        if (at + 2 > list.length)
            throw (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .malformed */ .Qm)('SCT list', 'is truncated');
        const length = list.readUInt16BE(at);
        if (length === 0 || at + 2 + length > list.length)
            throw (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .malformed */ .Qm)('SCT list', 'has an SCT of a wrong length');
        at += 2 + length;
    }
}


/***/ })

};

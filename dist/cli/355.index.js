export const id = 355;
export const ids = [355,519];
export const modules = {

/***/ 7139:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_crypto_fast_path_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5519);
/* harmony import */ var _core_crypto_trust_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5871);
/* harmony import */ var _prepare_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6139);
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

/***/ 7265:
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

/***/ 5519:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   clearFastPathMemos: () => (/* binding */ clearFastPathMemos),
/* harmony export */   fastPathEnabled: () => (/* binding */ fastPathEnabled),
/* harmony export */   freezeCertificate: () => (/* binding */ freezeCertificate),
/* harmony export */   setFastPath: () => (/* binding */ setFastPath),
/* harmony export */   signatureMemoSize: () => (/* binding */ signatureMemoSize),
/* harmony export */   withParsedCertificate: () => (/* binding */ withParsedCertificate),
/* harmony export */   withoutStackTraces: () => (/* binding */ withoutStackTraces)
/* harmony export */ });
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3917);
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_sigstore_core__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);


/**
 * The fast path: @sigstore/verify does every check it always does, but work that is a pure
 * function of exact bytes is done once per process.
 *
 * - A certificate signature check (`X509Certificate.verify`) is remembered by the exact bytes it
 *   depends on: the signed TBS DER, the signature algorithm and value, and the issuer's
 *   SubjectPublicKeyInfo DER. The same intermediate under the same root is verified once, not
 *   once per bundle and per timestamp.
 * - A frozen ASN.1 object's DER encoding is read off the bytes it was parsed from. The trusted
 *   root's certificates and each bundle's leaf are deep-frozen before @sigstore/verify sees them,
 *   and only after a check that every node's tag, minimal length and children lie exactly over
 *   its own bytes (what the library's re-encoding would produce); a tree that fails the check is
 *   not frozen. A write to a frozen tree throws, and fails the verification closed. Cloning a
 *   frozen certificate copies its bytes and rebuilds the same tree over the copy, without the
 *   library's re-encode and re-parse. Any other object is encoded as the library would, copied
 *   in one piece when it still lies over the bytes it was parsed from (checked on every call).
 *
 * Nothing here decides trust: which CA, which time, which log is still chosen by @sigstore/verify
 * on every bundle, so nothing cached depends on the trusted root in use. The entries read
 * `VERIFY_PROVENANCE_NO_CACHE=1` and call {@link setFastPath}(false): the plain library behaviour.
 */
/** Entries a memo holds before it starts afresh (bounded memory; every entry is recomputable). */
const MEMO_LIMIT = 20_000;
let enabled = true;
const signatureMemo = new Map();
/**
 * Switch the fast path on or off (off: the plain @sigstore/verify path). The memos are kept:
 * every entry is a pure function of exact bytes, so it stays true across the switch.
 */
function setFastPath(on) {
    enabled = on;
}
/** Forget everything remembered (a fresh process's view; the bench measures from here). */
function clearFastPathMemos() {
    signatureMemo.clear();
    keyMemo.clear();
}
function fastPathEnabled() {
    return enabled;
}
/** Entries in the signature memo (for tests and the bench). */
function signatureMemoSize() {
    return signatureMemo.size;
}
/**
 * Make a certificate's ASN.1 tree immutable, when it lies exactly over its own bytes. Only this
 * function freezes ASN.1 objects, so a frozen object's encoding is its span ({@link ownSpan}).
 */
function freezeCertificate(cert) {
    if (enabled && !Object.isFrozen(cert.root) && edited(cert.root) === undefined)
        freezeTree(cert.root);
}
function freezeTree(node) {
    if (Object.isFrozen(node))
        return;
    for (const sub of node.subs)
        freezeTree(sub);
    Object.freeze(node.subs);
    Object.freeze(node.tag);
    Object.freeze(node);
}
/**
 * The node's encoding as the library writes it (tag byte, minimal length, then the children's
 * encodings or the value) when that differs from the bytes around its value; undefined when it
 * is exactly those bytes: the header just before the value, and the children, each exactly
 * their own bytes, one after another over the whole value. A tree parsed by @sigstore/core
 * from DER always lies over its bytes (its parser refuses non-minimal lengths and checks that
 * children fill their parent); an edited part does not, and only that part is built anew.
 * Frozen nodes were checked when they were frozen.
 */
function edited(node) {
    if (Object.isFrozen(node))
        return undefined;
    const value = node.value;
    const subs = node.subs;
    const parts = subs.length > 0 ? subs.map(edited) : [];
    let own = headerPrecedesValue(node);
    let offset = value.byteOffset;
    for (let i = 0; own && i < subs.length; i++) {
        const sub = subs[i];
        own =
            parts[i] === undefined &&
                sub.value.buffer === value.buffer &&
                sub.value.byteOffset - headerLength(sub.value.length) === offset;
        offset = sub.value.byteOffset + sub.value.length;
    }
    if (own && (subs.length === 0 || offset === value.byteOffset + value.length))
        return undefined;
    const body = subs.length > 0 ? Buffer.concat(subs.map((sub, i) => parts[i] ?? ownSpan(sub))) : value;
    return Buffer.concat([Buffer.from([node.tag.toDER() & 0xff]), derLength(body.length), body]);
}
/** Tag byte and minimal length of a value of this many bytes (short form below 128). */
function headerLength(length) {
    let octets = 0;
    for (let rest = length; rest > 0; rest = Math.floor(rest / 256))
        octets++;
    return length < 128 ? 2 : 2 + octets;
}
/** The bytes just before the value are the node's tag byte and minimal length. */
function headerPrecedesValue(node) {
    const value = node.value;
    const size = headerLength(value.length);
    const start = value.byteOffset - size;
    if (start < 0)
        return false;
    const bytes = new Uint8Array(value.buffer, start, size);
    if (bytes[0] !== (node.tag.toDER() & 0xff))
        return false;
    if (size === 2)
        return bytes[1] === value.length;
    if (bytes[1] !== (0x80 | (size - 2)))
        return false;
    let length = 0;
    for (let i = 2; i < size; i++)
        length = length * 256 + bytes[i];
    return length === value.length;
}
/** The bytes a node's header and value lie over (its encoding when frozen, or unedited). */
function ownSpan(node) {
    const value = node.value;
    const size = headerLength(value.length);
    return Buffer.from(value.buffer, value.byteOffset - size, size + value.length);
}
/** A method as the library defined it, to call with an explicit `this`. */
function original(proto, name) {
    return Object.getOwnPropertyDescriptor(proto, name)?.value;
}
const asn1Proto = _sigstore_core__WEBPACK_IMPORTED_MODULE_0__.ASN1Obj.prototype;
const certProto = _sigstore_core__WEBPACK_IMPORTED_MODULE_0__.X509Certificate.prototype;
const plainToDER = original(asn1Proto, 'toDER');
const plainVerify = original(certProto, 'verify');
const plainEquals = original(certProto, 'equals');
const plainClone = original(certProto, 'clone');
/** The encoding of any object, always a new buffer: built where edited, else copied. */
function encodeDer(node) {
    return edited(node) ?? Buffer.from(ownSpan(node));
}
/** A DER length: short form below 128, else 0x80|n and n big-endian bytes (minimal). */
function derLength(length) {
    if (length < 128)
        return Buffer.from([length]);
    const bytes = [];
    for (let rest = length; rest > 0; rest = Math.floor(rest / 256))
        bytes.unshift(rest % 256);
    return Buffer.from([0x80 | bytes.length, ...bytes]);
}
asn1Proto.toDER = function toDER() {
    if (!enabled)
        return plainToDER.call(this);
    // A copy: callers may write into what they are given; the frozen bytes stay as they are.
    return encodeDer(this);
};
/**
 * Run one bundle's verification without capturing stack traces. @sigstore/core parses every
 * OCTET STRING as possible nested DER and swallows the error when it is not, so a bundle throws
 * and drops dozens of errors; capturing their stacks was a tenth of the time per bundle. Typed
 * rejections carry their reason code and message, not a stack; with the fast path off
 * (VERIFY_PROVENANCE_NO_CACHE=1) every error keeps its stack, for debugging an internal error.
 */
function withoutStackTraces(run) {
    if (!enabled)
        return run();
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
        return run();
    }
    finally {
        Error.stackTraceLimit = limit;
    }
}
certProto.equals = function equals(other) {
    if (!enabled || !Object.isFrozen(this.root) || !Object.isFrozen(other.root))
        return plainEquals.call(this, other);
    return ownSpan(this.root).equals(ownSpan(other.root));
};
/**
 * A frozen certificate's clone: a copy of its bytes and the same tree rebuilt over the copy
 * (new, unfrozen nodes), which is what the library's clone parses out of the same bytes.
 */
certProto.clone = function clone() {
    if (!enabled || !Object.isFrozen(this.root))
        return plainClone.call(this);
    const span = ownSpan(this.root);
    const copy = Buffer.from(span);
    const rebuild = (node) => {
        const at = node.value.byteOffset - span.byteOffset;
        const Tag = node.tag.constructor;
        return new _sigstore_core__WEBPACK_IMPORTED_MODULE_0__.ASN1Obj(new Tag(node.tag.toDER()), copy.subarray(at, at + node.value.length), node.subs.map(rebuild));
    };
    return new _sigstore_core__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(rebuild(this.root));
};
/** While set, a parse of exactly these bytes yields this frozen tree (see withParsedCertificate). */
let shared;
const asn1Static = _sigstore_core__WEBPACK_IMPORTED_MODULE_0__.ASN1Obj;
const plainParseBuffer = asn1Static.parseBuffer;
asn1Static.parseBuffer = (buf) => shared !== undefined && buf.equals(shared.der) ? shared.root : plainParseBuffer(buf);
/**
 * Run `work` with the certificate frozen and its tree handed to any parse of exactly its bytes:
 * the library's toSignedEntity parses the leaf this verifier has already parsed strictly. The
 * tree is what a parse of those bytes gives, and frozen, so no one can change it.
 */
function withParsedCertificate(cert, work) {
    if (!enabled || cert === undefined)
        return work();
    freezeCertificate(cert);
    if (!Object.isFrozen(cert.root))
        return work();
    const before = shared;
    shared = { der: ownSpan(cert.root), root: cert.root };
    try {
        return work();
    }
    finally {
        shared = before;
    }
}
/** Public keys by their exact encoding: a KeyObject is immutable, the same bytes the same key. */
const keyMemo = new Map();
const plainCreatePublicKey = _sigstore_core__WEBPACK_IMPORTED_MODULE_0__.crypto.createPublicKey;
_sigstore_core__WEBPACK_IMPORTED_MODULE_0__.crypto.createPublicKey = (key, type = 'spki') => {
    if (!enabled)
        return plainCreatePublicKey(key, type);
    const id = `${type}:${typeof key === 'string' ? `s:${key}` : `b:${key.toString('base64')}`}`;
    let made = keyMemo.get(id);
    if (made === undefined) {
        made =
            (type === 'spki' && typeof key !== 'string' && p256FromPoint(key)) ||
                plainCreatePublicKey(key, type);
        if (keyMemo.size >= MEMO_LIMIT)
            keyMemo.clear();
        keyMemo.set(id, made);
    }
    return made;
};
/** A P-256 SubjectPublicKeyInfo with an uncompressed point: these bytes, then X and Y. */
const P256_SPKI_PREFIX = Buffer.from('3059301306072a8648ce3d020106082a8648ce3d03010703420004', 'hex');
/**
 * The same key built from its coordinates (OpenSSL 3.0's DER decoder, in Node 20, takes about
 * twice as long), when the encoding is exactly the fixed P-256 form; OpenSSL still checks the
 * point is on the curve. Anything else, or a point it refuses, goes to the library's own call,
 * which reports the error as it always does.
 */
function p256FromPoint(spki) {
    if (spki.length !== 91 || !spki.subarray(0, 27).equals(P256_SPKI_PREFIX))
        return undefined;
    const jwk = {
        kty: 'EC',
        crv: 'P-256',
        x: spki.subarray(27, 59).toString('base64url'),
        y: spki.subarray(59, 91).toString('base64url'),
    };
    try {
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createPublicKey)({ key: jwk, format: 'jwk' });
    }
    catch {
        return undefined;
    }
}
certProto.verify = function verify(issuer) {
    if (!enabled)
        return plainVerify.call(this, issuer);
    const key = signatureKey(this, issuer);
    const known = signatureMemo.get(key);
    if (known !== undefined)
        return known;
    const ok = plainVerify.call(this, issuer);
    if (signatureMemo.size >= MEMO_LIMIT)
        signatureMemo.clear();
    signatureMemo.set(key, ok);
    return ok;
};
/**
 * Everything `X509Certificate.verify` reads, length-prefixed, hashed: the issuer's key (or the
 * certificate's own, self-signed), the algorithm, the signature and the signed TBS bytes.
 */
function signatureKey(cert, issuer) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)('sha256');
    const part = (bytes) => {
        const length = Buffer.alloc(4);
        length.writeUInt32BE(bytes.length);
        hash.update(length).update(bytes);
    };
    part((issuer ?? cert).publicKey);
    part(Buffer.from(String(cert.signatureAlgorithm), 'utf8'));
    part(cert.signatureValue);
    part(cert.tbsCertificate.toDER());
    return hash.digest('hex');
}


/***/ }),

/***/ 5871:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KE: () => (/* binding */ loadTrustedRoot),
/* harmony export */   PD: () => (/* binding */ selectRoot)
/* harmony export */ });
/* unused harmony export describeName */
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3917);
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_sigstore_core__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9654);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(_sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _sigstore_verify__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4187);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
/* harmony import */ var _json_strict_json_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2208);
/* harmony import */ var _fast_path_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5519);






const ROOT_MEDIA_TYPE_PREFIX = 'application/vnd.dev.sigstore.trustedroot';
/** Validate and load a trusted_root.json document. Missing validity starts are rejected. */
function loadTrustedRoot(json, label) {
    if (!(0,_json_strict_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isJsonObject */ .O)(json))
        throw rootError(label, 'not a JSON object');
    const mediaType = json.mediaType;
    if (isTufRoot(json))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .VerifyError */ .Gz('TRUST_ROOT', `${label} is a TUF root.json (the key of a TUF repository), not a Sigstore trusted root`, {
            hint: "pass it as --tuf-root FILE with --tuf-mirror URL (or --github-tuf-root for GitHub's instance); --trusted-root takes trusted_root.json, or the output of verify-provenance trusted-root",
        });
    if (typeof mediaType !== 'string' || !mediaType.startsWith(ROOT_MEDIA_TYPE_PREFIX)) {
        throw rootError(label, `unsupported media type ${JSON.stringify(mediaType)}`);
    }
    let root;
    try {
        root = _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_1__.TrustedRoot.fromJSON(json);
    }
    catch (cause) {
        throw rootError(label, `cannot be parsed: ${String(cause)}`);
    }
    const starts = [
        ...root.tlogs.map((t) => t.publicKey?.validFor?.start),
        ...root.ctlogs.map((t) => t.publicKey?.validFor?.start),
        ...root.certificateAuthorities.map((c) => c.validFor?.start),
        ...root.timestampAuthorities.map((c) => c.validFor?.start),
    ];
    if (starts.some((s) => s === undefined)) {
        throw rootError(label, 'an authority has no validFor.start');
    }
    if (root.certificateAuthorities.length === 0 && root.tlogs.length === 0) {
        throw rootError(label, 'has neither certificate authorities nor transparency logs');
    }
    let material;
    let caSubjects;
    try {
        material = (0,_sigstore_verify__WEBPACK_IMPORTED_MODULE_2__/* .toTrustMaterial */ .jO)(root);
        for (const authority of [...material.certificateAuthorities, ...material.timestampAuthorities])
            authority.certChain.forEach(_fast_path_js__WEBPACK_IMPORTED_MODULE_5__.freezeCertificate);
        caSubjects = root.certificateAuthorities.flatMap((ca) => (ca.certChain?.certificates ?? []).map((c) => _sigstore_core__WEBPACK_IMPORTED_MODULE_0__.X509Certificate.parse(Buffer.from(c.rawBytes)).subject));
    }
    catch (cause) {
        throw rootError(label, `has an unreadable key or certificate: ${String(cause)}`);
    }
    const times = starts.filter((s) => s !== undefined).map((s) => s.getTime());
    return {
        label,
        root,
        material,
        caSubjects,
        hasTlogs: root.tlogs.length > 0,
        hasCtlogs: root.ctlogs.length > 0,
        newestKeyStart: times.length > 0 ? new Date(Math.max(...times)) : undefined,
    };
}
/**
 * Pick the root whose CA issued the leaf (gh picks by issuer organisation; the DER name is
 * more precise). Key-signed bundles have no leaf: the first root with a transparency log the
 * bundle names (its entries' log ids, exact bytes), else the first root.
 */
function selectRoot(roots, leaf, logIds = []) {
    const first = roots[0];
    if (first === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .VerifyError */ .Gz('TRUST_ROOT', 'no trusted root was given');
    if (leaf === undefined) {
        const names = (r) => r.root.tlogs.some((t) => {
            const id = t.logId?.keyId;
            return id !== undefined && logIds.some((l) => Buffer.compare(l, id) === 0);
        });
        return roots.find(names) ?? first;
    }
    const issuer = leaf.issuer;
    const match = roots.find((r) => r.caSubjects.some((s) => s.equals(issuer)));
    if (match !== undefined)
        return match;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .VerifyError */ .Gz('CERT_CHAIN', `no trusted root has the CA that issued this certificate (issuer ${describeName(issuer)})`, {
        hint: "pass the matching --trusted-root (for GitHub private repositories: GitHub's root from `gh attestation trusted-root`)",
    });
}
/** `{"signed": {"_type": "root", ...}, "signatures": [...]}`: TUF root metadata. */
function isTufRoot(json) {
    const signed = json.signed;
    return (0,_json_strict_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isJsonObject */ .O)(signed) && signed._type === 'root' && Array.isArray(json.signatures);
}
function rootError(label, why) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .VerifyError */ .Gz('TRUST_ROOT', `trusted root ${label} ${why}`);
}
/**
 * A readable distinguished name (`O=…, CN=…`), for messages only. Takes a DER Name, or its
 * contents as @sigstore/core's `issuer`/`subject` give them; reads every attribute and the
 * string types X.520 allows (UTF8, Printable, IA5, Teletex, Visible, BMP, Universal).
 */
function describeName(der) {
    try {
        const name = _sigstore_core__WEBPACK_IMPORTED_MODULE_0__.ASN1Obj.parseBuffer(Buffer.from(der[0] === 0x30 && fullTlv(der) ? der : sequenceOf(der)));
        const parts = [];
        for (const rdn of name.subs) {
            for (const attr of rdn.subs) {
                const oid = attr.subs[0]?.toOID() ?? '';
                const value = attr.subs[1];
                if (value === undefined)
                    continue;
                parts.push(`${NAME_LABELS[oid] ?? oid}=${decodeString(value.tag.number, value.value)}`);
            }
        }
        return parts.length > 0 ? parts.join(', ') : '(empty name)';
    }
    catch {
        return `(unreadable name ${der.toString('hex').slice(0, 64)})`;
    }
}
function fullTlv(der) {
    const first = der[1] ?? 0;
    const lengthBytes = first < 0x80 ? 0 : first & 0x7f;
    let length = first < 0x80 ? first : 0;
    for (let i = 0; i < lengthBytes; i++)
        length = length * 256 + (der[2 + i] ?? 0);
    return 2 + lengthBytes + length === der.length;
}
function sequenceOf(contents) {
    const n = contents.length;
    const len = n < 0x80 ? [n] : n < 0x100 ? [0x81, n] : [0x82, Math.floor(n / 256), n % 256];
    return Buffer.concat([Buffer.from([0x30, ...len]), contents]);
}
function decodeString(tag, bytes) {
    switch (tag) {
        case 0x0c: // UTF8String
            return bytes.toString('utf8');
        case 0x1e: // BMPString: UTF-16BE
            return Buffer.from(bytes).swap16().toString('utf16le');
        case 0x1c: // UniversalString: UTF-32BE
            return Array.from({ length: Math.floor(bytes.length / 4) }, (_, i) => String.fromCodePoint(bytes.readUInt32BE(i * 4))).join('');
        default: // PrintableString, IA5String, TeletexString, VisibleString, NumericString
            return bytes.toString('latin1');
    }
}
const NAME_LABELS = {
    '2.5.4.3': 'CN',
    '2.5.4.5': 'serialNumber',
    '2.5.4.6': 'C',
    '2.5.4.7': 'L',
    '2.5.4.8': 'ST',
    '2.5.4.10': 'O',
    '2.5.4.11': 'OU',
    '1.2.840.113549.1.9.1': 'emailAddress',
    '0.9.2342.19200300.100.1.25': 'DC',
};


/***/ }),

/***/ 4296:
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


/***/ })

};

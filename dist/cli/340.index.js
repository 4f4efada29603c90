export const id = 340;
export const ids = [340,519];
export const modules = {

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

/***/ 2041:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ messageSignatureContent),
/* harmony export */   g: () => (/* binding */ loadPrehashCurves)
/* harmony export */ });
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9654);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);



const HASHES = {
    [_sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_0__.HashAlgorithm.SHA2_256]: 'sha256',
    [_sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_0__.HashAlgorithm.SHA2_384]: 'sha384',
    [_sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_0__.HashAlgorithm.SHA2_512]: 'sha512',
};
/** @noble/curves, loaded only when a message signature is checked from a digest. */
let CURVES;
/**
 * Load what checking a message signature from a digest needs (ECDSA over a prehash); call it
 * before {@link messageSignatureContent} with a digest. Nothing else pays for loading it.
 */
async function loadPrehashCurves() {
    if (CURVES !== undefined)
        return;
    const { p256, p384, p521 } = await __webpack_require__.e(/* import() */ 260).then(__webpack_require__.bind(__webpack_require__, 3260));
    CURVES = { prime256v1: p256, secp384r1: p384, secp521r1: p521 };
}
/**
 * The signature content @sigstore/verify checks for a message-signature bundle, so that chain,
 * timestamps and the log entry stay its work while the signature is checked here, over the
 * artifact bytes or over their digest (the sigstore-conformance protocol passes `sha256:HEX`).
 *
 * Both forms first require the artifact's digest to be the bundle's `messageDigest`: that is the
 * digest the log entry (hashedrekord) binds to this signature. From bytes, node:crypto verifies
 * (ECDSA over the bundle's hash, or Ed25519 over the bytes themselves); from a digest, ECDSA is
 * verified prehashed with @noble/curves (audited). Ed25519 signs the message itself (RFC 8032),
 * so its signature cannot be checked from a digest: that is refused with the reason.
 */
function messageSignatureContent(signature, input) {
    const algorithm = HASHES[signature.messageDigest?.algorithm ?? _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_0__.HashAlgorithm.SHA2_256];
    const expected = Buffer.from(signature.messageDigest?.digest ?? []);
    if (algorithm === undefined || expected.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .VerifyError */ .Gz('BUNDLE_SHAPE', 'message signature has no messageDigest of a supported algorithm (SHA-256/384/512)');
    const actual = input.kind === 'bytes' ? (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)(algorithm).update(input.bytes).digest() : input.digest;
    if (input.kind === 'digest' && input.algorithm !== algorithm)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`the bundle signs the ${algorithm.toUpperCase()} digest of the artifact; a ${input.algorithm} digest cannot be checked against it`, { hint: `give ${algorithm}:HEX or the file itself` });
    if (!sameBytes(actual, expected))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .VerifyError */ .Gz('SUBJECT', `the artifact's ${algorithm} digest ${actual.toString('hex')} is not the bundle's messageDigest ${expected.toString('hex')}`);
    const sig = Buffer.from(signature.signature);
    const equal = (other) => sameBytes(other, sig);
    return {
        signature: sig,
        compareSignature: equal,
        compareDigest: (digest) => sameBytes(digest, expected),
        compareSignedDigest: (digest) => sameBytes(digest, expected),
        verifySignature: (key) => input.kind === 'bytes'
            ? verifyBytes(key, input.bytes, sig, algorithm)
            : verifyDigest(key, expected, sig),
    };
}
function verifyBytes(key, bytes, sig, algorithm) {
    try {
        const type = key.asymmetricKeyType;
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.verify)(type === 'ed25519' || type === 'ed448' ? null : algorithm, bytes, key, sig);
    }
    catch {
        return false;
    }
}
/** ECDSA over a prehash (DER signature, high S accepted as OpenSSL and Go accept it). */
function verifyDigest(key, digest, sig) {
    const type = key.asymmetricKeyType;
    if (type === 'ed25519' || type === 'ed448')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`this message signature is ${type === 'ed25519' ? 'Ed25519' : 'Ed448'}, which signs the artifact bytes themselves (RFC 8032), so a digest cannot verify it`, { hint: 'give the artifact file instead of its digest' });
    if (CURVES === undefined)
        throw new Error('internal: loadPrehashCurves() must run before a digest is checked');
    const curveName = key.asymmetricKeyDetails?.namedCurve;
    const curve = type === 'ec' && curveName !== undefined && curveName in CURVES
        ? CURVES[curveName]
        : undefined;
    if (curve === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`a ${type ?? 'unknown'}${curveName ? ` ${curveName}` : ''} key cannot be checked from a digest here (ECDSA P-256, P-384 and P-521 can)`, { hint: 'give the artifact file instead of its digest' });
    const point = ecPoint(key);
    try {
        return curve.verify(sig, digest, point, { prehash: false, lowS: false, format: 'der' });
    }
    catch {
        return false;
    }
}
/** The uncompressed point (0x04 || X || Y) of an EC public key, from its JWK. */
function ecPoint(key) {
    const jwk = key.export({ format: 'jwk' });
    const x = Buffer.from(jwk.x ?? '', 'base64url');
    const y = Buffer.from(jwk.y ?? '', 'base64url');
    return Buffer.concat([Buffer.from([4]), x, y]);
}
function sameBytes(a, b) {
    return a.length === b.length && (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.timingSafeEqual)(a, b);
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

/***/ 6463:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  V: () => (/* binding */ evidenceFields),
  l: () => (/* binding */ verifyBundleCrypto)
});

// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var dist = __webpack_require__(4187);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/x509/leaf.ts
var x509_leaf = __webpack_require__(218);
// EXTERNAL MODULE: ./src/core/crypto/fast-path.ts
var fast_path = __webpack_require__(5519);
;// CONCATENATED MODULE: ./src/core/crypto/map-error.ts


/**
 * Translate an @sigstore/verify error into our reason codes, keeping its message. Anything else
 * it throws happened while it read untrusted bytes (an ASN.1 length past the end, a malformed
 * key): that is a rejection of the input (MALFORMED), not a crash.
 */
function mapSigstoreError(err) {
    if (err instanceof errors/* VerifyError */.Gz)
        return err;
    if (err instanceof dist/* VerificationError */.mk || err instanceof dist/* PolicyError */.pn) {
        return new errors/* VerifyError */.Gz(codeFor(err), describe(err), { cause: err });
    }
    if (err instanceof Error)
        return new errors/* VerifyError */.Gz('MALFORMED', `cannot decode: ${err.message}`, { cause: err });
    throw err;
}
function codeFor(err) {
    const message = err.message;
    switch (err.code) {
        case 'TLOG_BODY_ERROR':
            return 'TLOG_BINDING';
        case 'TLOG_INCLUSION_PROOF_ERROR':
        case 'TLOG_INCLUSION_PROMISE_ERROR':
        case 'TLOG_MISSING_INCLUSION_ERROR':
            return 'TLOG_INCLUSION';
        case 'TLOG_ERROR':
            return 'TLOG_THRESHOLD';
        case 'SIGNATURE_ERROR':
            return 'SIGNATURE';
        case 'TIMESTAMP_ERROR':
            return 'TIMESTAMP';
        case 'PUBLIC_KEY_ERROR':
            return 'KEY_MATERIAL';
        case 'CERTIFICATE_ERROR':
            if (/SCT/.test(message))
                return 'SCT';
            if (/expired|not valid/.test(causeMessage(err)))
                return 'CERT_TIME';
            return 'CERT_CHAIN';
        case 'NOT_IMPLEMENTED_ERROR':
            return 'BUNDLE_SHAPE';
        case 'UNTRUSTED_SIGNER_ERROR':
            return 'ID_SAN';
    }
}
function causeMessage(err) {
    const cause = err.cause;
    return `${err.message} ${cause instanceof Error ? cause.message : ''}`;
}
function describe(err) {
    const cause = err.cause;
    const detail = cause instanceof Error && cause.message !== err.message ? `: ${cause.message}` : '';
    return `${err.message}${detail}`;
}

// EXTERNAL MODULE: ./src/core/crypto/message-signature.ts
var message_signature = __webpack_require__(2041);
// EXTERNAL MODULE: ./src/core/crypto/trust.ts
var trust = __webpack_require__(5871);
;// CONCATENATED MODULE: ./src/core/crypto/verify-signature.ts







/**
 * Everything cryptographic, through @sigstore/verify: signed time (TSA token or SET; a bare
 * integratedTime never counts), certificate chain to a CA of the selected root valid at every
 * signed time, SCT, transparency-log inclusion bound to this signature, and the signature.
 * Thresholds follow the root: a root without logs (GitHub's instance) needs a TSA timestamp.
 */
function verifyBundleCrypto(parsed, roots, options = {}) {
    checkKeyMaterial(parsed, options);
    if (parsed.leaf !== undefined)
        checkLeafUsage(parsed.leaf);
    const root = (0,trust/* selectRoot */.PD)(roots, parsed.leaf?.cert, parsed.bundle.verificationMaterial.tlogEntries.flatMap((e) => e.logId?.keyId ?? []));
    const material = withKey(root.material, options.publicKey, options.keyValidAt);
    const verifier = new dist/* Verifier */.BL(material, {
        tlogThreshold: root.hasTlogs ? 1 : 0,
        ctlogThreshold: parsed.leaf !== undefined && root.hasCtlogs ? 1 : 0,
        timestampThreshold: 1,
    });
    let signer;
    let entity;
    try {
        // The leaf is frozen here, and the entity's certificate is that same tree.
        entity = (0,fast_path.withParsedCertificate)(parsed.leaf?.cert, () => signedEntity(parsed, options));
        signer = verifier.verify(entity);
    }
    catch (err) {
        throw mapSigstoreError(err);
    }
    return { rootLabel: root.label, signer, ...summarize(parsed, entity) };
}
/** The entity @sigstore/verify checks; a message signature's content is checked by ours. */
function signedEntity(parsed, options) {
    const content = parsed.bundle.content;
    if (content.$case !== 'messageSignature')
        return (0,dist/* toSignedEntity */.DC)(parsed.bundle);
    const { artifact, artifactDigest } = options;
    if (artifact === undefined && artifactDigest === undefined)
        throw new errors/* VerifyError */.Gz('USAGE', 'a message-signature bundle needs the artifact or its digest');
    return {
        ...(0,dist/* toSignedEntity */.DC)(parsed.bundle, artifact),
        signature: (0,message_signature/* messageSignatureContent */.$)(content.messageSignature, artifact !== undefined
            ? { kind: 'bytes', bytes: artifact }
            : { kind: 'digest', ...artifactDigest }),
    };
}
function checkKeyMaterial(parsed, options) {
    const keyed = parsed.bundle.verificationMaterial.content.$case === 'publicKey';
    if (keyed && options.publicKey === undefined) {
        throw new errors/* VerifyError */.Gz('KEY_MATERIAL', 'bundle is signed with a key, not a Fulcio certificate', {
            hint: 'key-signed bundles need the trusted key: verify-bundle --key PEM',
        });
    }
    if (!keyed && options.publicKey !== undefined) {
        throw new errors/* VerifyError */.Gz('KEY_MATERIAL', 'a key was given but the bundle is certificate-signed');
    }
}
/**
 * What the leaf may be used for, read from the strictly parsed extensions: the codeSigning EKU,
 * digitalSignature when key usage is present, and no critical extension we do not process
 * (RFC 5280 §4.2; Go's x509, which sigstore-go uses, refuses them the same way).
 */
function checkLeafUsage(leaf) {
    const [unhandled] = leaf.unhandledCritical;
    if (unhandled !== undefined)
        throw new errors/* VerifyError */.Gz('CERT_CHAIN', `signing certificate has a critical extension this verifier does not process (${unhandled})`, { hint: 'RFC 5280 requires rejecting a certificate with an unrecognised critical extension' });
    if (!(leaf.extKeyUsages ?? []).includes(x509_leaf/* OID */.V.codeSigning))
        throw new errors/* VerifyError */.Gz('CERT_CHAIN', 'signing certificate is not valid for code signing (no codeSigning EKU)');
    if (leaf.keyUsage !== undefined && !leaf.keyUsage.digitalSignature)
        throw new errors/* VerifyError */.Gz('CERT_CHAIN', 'signing certificate key usage does not include digitalSignature');
}
function withKey(material, key, validAt = () => true) {
    if (key === undefined)
        return material;
    return { ...material, publicKey: () => ({ publicKey: key, validFor: validAt }) };
}
/** The evidence as an attestation result reports it (root, signed times, log entries). */
function evidenceFields(crypto) {
    return {
        trustRoot: crypto.rootLabel,
        signedTimes: crypto.signedTimes.map((t) => ({ source: t.source, time: t.time.toISOString() })),
        logEntries: crypto.logEntries.map((e) => ({
            logIndex: e.logIndex,
            logId: e.logId,
            kind: e.kind,
        })),
    };
}
/**
 * Called only after verification passed, so every time listed here was verified; TSA times are
 * read from the very timestamps @sigstore/verify checked (parsed once, in the bundle's order).
 */
function summarize(parsed, entity) {
    const material = parsed.bundle.verificationMaterial;
    const signedTimes = [];
    const logEntries = material.tlogEntries.map((entry) => {
        const integrated = entry.integratedTime && entry.integratedTime !== '0'
            ? new Date(Number(entry.integratedTime) * 1000)
            : undefined;
        const promise = entry.inclusionPromise !== undefined;
        if (promise && integrated !== undefined)
            signedTimes.push({ source: 'transparency-log', time: integrated });
        return {
            logIndex: entry.logIndex,
            logId: Buffer.from(entry.logId?.keyId ?? []).toString('base64'),
            kind: `${entry.kindVersion?.kind ?? '?'}/${entry.kindVersion?.version ?? '?'}`,
            integratedTime: integrated,
            inclusionProof: entry.inclusionProof !== undefined,
            inclusionPromise: promise,
        };
    });
    for (const ts of entity.timestamps)
        if (ts.$case === 'timestamp-authority')
            signedTimes.push({ source: 'timestamp-authority', time: ts.timestamp.signingTime });
    return { signedTimes, logEntries };
}


/***/ }),

/***/ 9346:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nl: () => (/* binding */ ACCEPTED_ALGORITHMS),
/* harmony export */   Si: () => (/* binding */ checkPredicateType),
/* harmony export */   jj: () => (/* binding */ checkSubject)
/* harmony export */ });
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9294);

/** Algorithms strong enough to bind an artifact (in-toto: ignore the rest; slsa-verifier: >= 256 bits). */
const ACCEPTED_ALGORITHMS = ['sha256', 'sha384', 'sha512'];
function checkPredicateType(policy, statement) {
    const accepted = policy.predicateTypes;
    const expected = accepted === 'any' ? 'any' : accepted.join(' | ');
    if (accepted === 'any' || accepted.includes(statement.predicateType)) {
        return (0,_result_js__WEBPACK_IMPORTED_MODULE_0__/* .pass */ .IX)('predicate-type', 'predicate type accepted', expected, statement.predicateType);
    }
    return (0,_result_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)('predicate-type', 'PREDICATE_TYPE', 'predicate type is not one the policy accepts (compared exactly)', {
        expected,
        actual: statement.predicateType,
        hint: 'pass --predicate-type URI to verify another kind of attestation',
    });
}
/**
 * The artifact must be a subject: every accepted algorithm both sides carry must agree (a
 * subject that contradicts itself is never honest), and at least one must be comparable.
 */
function checkSubject(statement, digests, subjectName) {
    let comparable = false;
    let matched;
    for (const subject of statement.subjects) {
        const shared = ACCEPTED_ALGORITHMS.filter((a) => subject.digest[a] !== undefined && digests[a] !== undefined);
        if (shared.length === 0)
            continue;
        comparable = true;
        if (shared.every((a) => subject.digest[a] === digests[a]) &&
            (subjectName === undefined || subject.name === subjectName)) {
            matched = subject;
            break;
        }
    }
    const mine = Object.entries(digests)
        .map(([a, h]) => `${a}:${h}`)
        .join(', ');
    if (matched !== undefined)
        return (0,_result_js__WEBPACK_IMPORTED_MODULE_0__/* .pass */ .IX)('subject', `artifact is subject ${JSON.stringify(matched.name ?? '')}`, mine, subjectDigests(matched));
    const named = subjectName !== undefined &&
        statement.subjects.some((s) => ACCEPTED_ALGORITHMS.some((a) => s.digest[a] !== undefined && s.digest[a] === digests[a]));
    if (named) {
        return (0,_result_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)('subject', 'ID_SUBJECT_NAME', 'the subject with this digest has another name', {
            expected: subjectName,
            actual: statement.subjects
                .filter((s) => ACCEPTED_ALGORITHMS.some((a) => s.digest[a] !== undefined && s.digest[a] === digests[a]))
                .map((s) => s.name ?? '')
                .join(', '),
        });
    }
    const shown = statement.subjects.slice(0, 5);
    const theirs = shown.map(subjectDigests).join(', ');
    const names = `${statement.subjects.length} subject(s): ${shown.map((s) => JSON.stringify(s.name ?? '')).join(', ')}${statement.subjects.length > shown.length ? ', …' : ''}`;
    if (!comparable) {
        return (0,_result_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)('subject', 'DIGEST_ALG', `no subject carries a digest algorithm that can be compared with the artifact (${names})`, {
            expected: mine,
            actual: theirs,
            hint: 'accepted algorithms: sha256, sha384, sha512; give the artifact file so every algorithm can be computed',
        });
    }
    return (0,_result_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)('subject', 'SUBJECT', `the artifact digest is not among the attestation subjects (${names})`, {
        expected: mine,
        actual: theirs,
        hint: 'this attestation is about other files; check the artifact and the bundle belong together',
    });
}
/** A subject's digests, in full: `ALG:HEX`, comma-separated. */
function subjectDigests(s) {
    return Object.entries(s.digest)
        .map(([a, h]) => `${a}:${h}`)
        .join(', ');
}


/***/ }),

/***/ 9294:
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

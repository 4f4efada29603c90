export const id = 519;
export const ids = [519];
export const modules = {

/***/ 75519:
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
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83917);
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_sigstore_core__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77598);
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


/***/ })

};

export const id = 517;
export const ids = [517,519];
export const modules = {

/***/ 8517:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runTrustedRoot: () => (/* binding */ runTrustedRoot)
});

// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var dist = __webpack_require__(9654);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/render/printable.ts
var printable = __webpack_require__(8359);
// EXTERNAL MODULE: ./src/render/trust-note.ts
var trust_note = __webpack_require__(1547);
;// CONCATENATED MODULE: ./src/render/trust-summary.ts



const day = (d) => d === undefined ? 'open' : d.toISOString().slice(0, 10);
const trust_summary_window = (w) => `${day(w?.start)} → ${day(w?.end)}`;
/**
 * `trusted-root --summary`: each root's authorities and logs with their validity windows, the
 * snapshot date of an embedded root (with a warning when it is old), at a glance.
 */
function renderTrustSummary(roots, now) {
    const out = [];
    for (const loaded of roots) {
        const r = loaded.root;
        out.push(`trusted root: ${(0,printable/* printable */.g)(loaded.label)}`);
        if (loaded.snapshotTaken !== undefined)
            out.push(`  snapshot of ${day(loaded.snapshotTaken)} (embedded; refreshed online by TUF)`);
        else if (loaded.newestKeyStart !== undefined)
            out.push(`  newest key from ${day(loaded.newestKeyStart)}`);
        const section = (title, rows) => {
            out.push(`  ${title}: ${rows.length === 0 ? 'none' : ''}`.trimEnd());
            rows.forEach((row) => out.push(`    ${row}`));
        };
        section('certificate authorities (Fulcio)', r.certificateAuthorities.map((ca) => `${(0,printable/* printable */.g)(subject(ca.subject))}  ${(0,printable/* printable */.g)(ca.uri)}  ${trust_summary_window(ca.validFor)}  (${ca.certChain?.certificates.length ?? 0} certificates)`));
        section('transparency logs (Rekor)', r.tlogs.map((t) => `${(0,printable/* printable */.g)(t.baseUrl)}  ${keyType(t.publicKey?.keyDetails)}  ${trust_summary_window(t.publicKey?.validFor)}`));
        section('certificate transparency logs', r.ctlogs.map((t) => `${(0,printable/* printable */.g)(t.baseUrl)}  ${keyType(t.publicKey?.keyDetails)}  ${trust_summary_window(t.publicKey?.validFor)}`));
        section('timestamp authorities', r.timestampAuthorities.map((tsa) => `${(0,printable/* printable */.g)(subject(tsa.subject))}  ${(0,printable/* printable */.g)(tsa.uri)}  ${trust_summary_window(tsa.validFor)}`));
        out.push(...(0,trust_note/* snapshotWarning */.xv)(loaded, now));
        out.push('');
    }
    return `${out.join('\n')}`;
}
function subject(s) {
    const parts = [s?.organization && `O=${s.organization}`, s?.commonName && `CN=${s.commonName}`];
    return parts.filter(Boolean).join(', ') || '(no subject)';
}
function keyType(details) {
    return details === undefined
        ? 'key type unknown'
        : (dist.PublicKeyDetails[details] ?? String(details));
}

// EXTERNAL MODULE: ./src/sources/trust-roots.ts
var trust_roots = __webpack_require__(5212);
// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(7593);
;// CONCATENATED MODULE: ./src/cli/trusted-root-command.ts





/**
 * `trusted-root`: the trusted roots a verification would use, one JSON document per line (as
 * `gh attestation trusted-root` prints them), for `--trusted-root FILE` in later offline runs;
 * `--summary` shows them for a person (authorities, logs, validity windows, snapshot dates).
 */
async function runTrustedRoot(argv) {
    const { values, positionals } = (0,args/* parse */.qg)(argv, args/* TRUSTED_ROOT_OPTIONS */.qA);
    if (positionals.length > 0)
        throw new errors/* UsageError */.eb('trusted-root takes no arguments');
    const roots = await (0,trust_roots/* loadTrustRoots */.k)((0,args/* trustFromFlags */.aE)(values));
    if (values.summary === true)
        return renderTrustSummary(roots, new Date());
    return roots.map((r) => `${JSON.stringify(dist.TrustedRoot.toJSON(r.root))}\n`).join('');
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

/***/ 8359:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ printableDeep),
/* harmony export */   g: () => (/* binding */ printable)
/* harmony export */ });
/**
 * Untrusted text made safe for a terminal or a CI log: control characters (ANSI escapes, line
 * breaks that could start a `::workflow-command::` line), bidi overrides and zero-width
 * characters are shown as `\u{…}` instead of acting.
 */
function printable(text) {
    return text.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, (ch) => `\\u{${(ch.codePointAt(0) ?? 0).toString(16)}}`);
}
/** Every string inside a JSON-like value made printable (the value is not modified). */
function printableDeep(value) {
    if (typeof value === 'string')
        return printable(value);
    if (Array.isArray(value))
        return value.map((v) => printableDeep(v));
    if (value !== null && typeof value === 'object')
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [printable(k), printableDeep(v)]));
    return value;
}


/***/ }),

/***/ 1547:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eq: () => (/* binding */ trustNotes),
/* harmony export */   xv: () => (/* binding */ snapshotWarning)
/* harmony export */ });
/* unused harmony export SNAPSHOT_WARNING_DAYS */
const DAY = 24 * 60 * 60 * 1000;
/** An embedded snapshot older than this gets a warning: keys added since are unknown to it. */
const SNAPSHOT_WARNING_DAYS = 180;
const isoDate = (d) => d.toISOString().slice(0, 10);
const daysBetween = (from, to) => Math.floor((to.getTime() - from.getTime()) / DAY);
/**
 * Which trust is in use and how old it is, one line per root: an embedded snapshot by the date
 * it was taken (with a warning past SNAPSHOT_WARNING_DAYS), any other root by its newest key.
 */
function trustNotes(roots, now) {
    return roots.flatMap((root) => {
        const taken = root.snapshotTaken;
        if (taken !== undefined)
            return [
                `trust: ${root.label}, snapshot of ${isoDate(taken)} (${daysBetween(taken, now)} days ago)`,
                ...snapshotWarning(root, now),
            ];
        const newest = root.newestKeyStart;
        const age = newest === undefined
            ? ''
            : `, newest key from ${isoDate(newest)} (${daysBetween(newest, now)} days ago)`;
        return [`trust: ${root.label}${age}`];
    });
}
/** The warning for an embedded snapshot past the threshold, if any. */
function snapshotWarning(root, now) {
    const taken = root.snapshotTaken;
    if (taken === undefined)
        return [];
    const days = daysBetween(taken, now);
    if (days <= SNAPSHOT_WARNING_DAYS)
        return [];
    return [
        `warning: ${root.label} is ${days} days old (over ${SNAPSHOT_WARNING_DAYS}): keys added since are unknown to it; refresh online (drop --offline) or pass a current --trusted-root`,
    ];
}


/***/ }),

/***/ 6109:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TF: () => (/* binding */ STDIN),
/* harmony export */   jH: () => (/* binding */ readInputFile),
/* harmony export */   tH: () => (/* binding */ writeResultFile),
/* harmony export */   zO: () => (/* binding */ readChunks)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6419);



const CHUNK = 1 << 20;
/** `node:fs/promises` when needed: it loads a dozen modules a small-file run never uses. */
const promisesApi = () => Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1455, 23));
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
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`cannot write ${path}: ${err.code ?? String(err)}`);
    }
}


/***/ }),

/***/ 5212:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ loadTrustRoots)
/* harmony export */ });
/* unused harmony export loadRootFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _cache_dir_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3570);
/* harmony import */ var _core_crypto_trust_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5871);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4296);
/* harmony import */ var _core_json_strict_json_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2208);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6109);
/* harmony import */ var _urls_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6858);









/**
 * The embedded roots and TUF seeds, loaded only when used: a `--trusted-root FILE` run does not
 * parse them (about 60 KB of JSON).
 */
const embedded = () => __webpack_require__.e(/* import() */ 71).then(__webpack_require__.bind(__webpack_require__, 9071));
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
    const { initTUF } = await __webpack_require__.e(/* import() */ 694).then(__webpack_require__.bind(__webpack_require__, 4423));
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

/***/ 6858:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CU: () => (/* binding */ checkUrl),
/* harmony export */   UO: () => (/* binding */ checkLinked),
/* harmony export */   bR: () => (/* binding */ serviceBase)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

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

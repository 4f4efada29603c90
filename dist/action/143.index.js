export const id = 143;
export const ids = [143,519];
export const modules = {

/***/ 37989:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ decodeStrictBase64)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

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

/***/ 37411:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ parseLegacyEnvelope)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _json_strict_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62208);
/* harmony import */ var _base64_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37989);
/* harmony import */ var _media_type_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(80817);
/* harmony import */ var _x509_leaf_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(40218);





/**
 * A bare DSSE envelope with the certificate beside the signature (slsa-github-generator's
 * `.intoto.jsonl` before it emitted bundles). It carries no log material, so offline it can be
 * read and checked against the policy but never proven.
 */
function parseLegacyEnvelope(json) {
    if (!(0,_json_strict_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isJsonObject */ .O)(json))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('MALFORMED', 'envelope is not a JSON object');
    if (json.payloadType !== _media_type_js__WEBPACK_IMPORTED_MODULE_3__/* .IN_TOTO_PAYLOAD_TYPE */ .T4) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('PAYLOAD_TYPE', `DSSE payloadType is ${JSON.stringify(json.payloadType ?? null)}, expected "${_media_type_js__WEBPACK_IMPORTED_MODULE_3__/* .IN_TOTO_PAYLOAD_TYPE */ .T4}"`);
    }
    const signatures = json.signatures;
    if (!Array.isArray(signatures) || signatures.length !== 1 || !(0,_json_strict_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isJsonObject */ .O)(signatures[0])) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('BUNDLE_SHAPE', 'DSSE envelope must carry exactly one signature');
    }
    const signature = signatures[0];
    (0,_base64_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeStrictBase64 */ .L)(signature.sig, 'DSSE signature');
    const cert = signature.cert;
    if (typeof cert !== 'string' || !cert.includes('BEGIN CERTIFICATE')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('BUNDLE_SHAPE', 'DSSE envelope has no signing certificate: it needs a transparency-log search to be verified');
    }
    return {
        payload: (0,_base64_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeStrictBase64 */ .L)(json.payload, 'DSSE payload'),
        leaf: (0,_x509_leaf_js__WEBPACK_IMPORTED_MODULE_4__/* .parseLeafCertificate */ .l)(decodePemCertificate(cert), 'envelope certificate'),
        envelope: json,
        signature,
    };
}
const PEM = /^-----BEGIN CERTIFICATE-----\r?\n((?:[A-Za-z0-9+/=]{1,76}\r?\n)+)-----END CERTIFICATE-----\r?\n?$/;
/** Exactly one PEM certificate block (RFC 7468 strict form), its base64 canonical. */
function decodePemCertificate(pem) {
    const body = PEM.exec(pem)?.[1];
    if (body === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('MALFORMED', 'envelope certificate is not exactly one PEM certificate');
    return (0,_base64_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeStrictBase64 */ .L)(body.replace(/\r?\n/g, ''), 'envelope certificate');
}


/***/ }),

/***/ 80817:
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
var dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/json/strict-json.ts
var strict_json = __webpack_require__(62208);
// EXTERNAL MODULE: ./src/core/limits.ts
var limits = __webpack_require__(36419);
// EXTERNAL MODULE: ./src/core/x509/leaf.ts
var leaf = __webpack_require__(40218);
// EXTERNAL MODULE: ./src/core/bundle/base64.ts
var base64 = __webpack_require__(37989);
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
var media_type = __webpack_require__(80817);
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


/***/ }),

/***/ 5871:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KE: () => (/* binding */ loadTrustedRoot),
/* harmony export */   PD: () => (/* binding */ selectRoot)
/* harmony export */ });
/* unused harmony export describeName */
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83917);
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_sigstore_core__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19654);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(_sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _sigstore_verify__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54187);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _json_strict_json_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(62208);
/* harmony import */ var _fast_path_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(75519);






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

/***/ 14464:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  V: () => (/* binding */ evidenceFields),
  l: () => (/* binding */ verifyBundleCrypto)
});

// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var dist = __webpack_require__(54187);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/x509/leaf.ts
var x509_leaf = __webpack_require__(40218);
// EXTERNAL MODULE: ./src/core/crypto/fast-path.ts
var fast_path = __webpack_require__(75519);
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

// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var protobuf_specs_dist = __webpack_require__(19654);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/core/crypto/message-signature.ts



const HASHES = {
    [protobuf_specs_dist.HashAlgorithm.SHA2_256]: 'sha256',
    [protobuf_specs_dist.HashAlgorithm.SHA2_384]: 'sha384',
    [protobuf_specs_dist.HashAlgorithm.SHA2_512]: 'sha512',
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
    const { p256, p384, p521 } = await __webpack_require__.e(/* import() */ 260).then(__webpack_require__.bind(__webpack_require__, 13260));
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
    const algorithm = HASHES[signature.messageDigest?.algorithm ?? protobuf_specs_dist.HashAlgorithm.SHA2_256];
    const expected = Buffer.from(signature.messageDigest?.digest ?? []);
    if (algorithm === undefined || expected.length === 0)
        throw new errors/* VerifyError */.Gz('BUNDLE_SHAPE', 'message signature has no messageDigest of a supported algorithm (SHA-256/384/512)');
    const actual = input.kind === 'bytes' ? (0,external_node_crypto_.createHash)(algorithm).update(input.bytes).digest() : input.digest;
    if (input.kind === 'digest' && input.algorithm !== algorithm)
        throw new errors/* UsageError */.eb(`the bundle signs the ${algorithm.toUpperCase()} digest of the artifact; a ${input.algorithm} digest cannot be checked against it`, { hint: `give ${algorithm}:HEX or the file itself` });
    if (!sameBytes(actual, expected))
        throw new errors/* VerifyError */.Gz('SUBJECT', `the artifact's ${algorithm} digest ${actual.toString('hex')} is not the bundle's messageDigest ${expected.toString('hex')}`);
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
        return (0,external_node_crypto_.verify)(type === 'ed25519' || type === 'ed448' ? null : algorithm, bytes, key, sig);
    }
    catch {
        return false;
    }
}
/** ECDSA over a prehash (DER signature, high S accepted as OpenSSL and Go accept it). */
function verifyDigest(key, digest, sig) {
    const type = key.asymmetricKeyType;
    if (type === 'ed25519' || type === 'ed448')
        throw new errors/* UsageError */.eb(`this message signature is ${type === 'ed25519' ? 'Ed25519' : 'Ed448'}, which signs the artifact bytes themselves (RFC 8032), so a digest cannot verify it`, { hint: 'give the artifact file instead of its digest' });
    if (CURVES === undefined)
        throw new Error('internal: loadPrehashCurves() must run before a digest is checked');
    const curveName = key.asymmetricKeyDetails?.namedCurve;
    const curve = type === 'ec' && curveName !== undefined && curveName in CURVES
        ? CURVES[curveName]
        : undefined;
    if (curve === undefined)
        throw new errors/* UsageError */.eb(`a ${type ?? 'unknown'}${curveName ? ` ${curveName}` : ''} key cannot be checked from a digest here (ECDSA P-256, P-384 and P-521 can)`, { hint: 'give the artifact file instead of its digest' });
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
    return a.length === b.length && (0,external_node_crypto_.timingSafeEqual)(a, b);
}

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
        signature: messageSignatureContent(content.messageSignature, artifact !== undefined
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

/***/ 58243:
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
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/x509/der.ts
var der = __webpack_require__(57467);
// EXTERNAL MODULE: ./src/core/github/names.ts
var names = __webpack_require__(9067);
// EXTERNAL MODULE: ./src/core/github/refs.ts
var refs = __webpack_require__(88205);
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

/***/ 62208:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ isJsonObject),
/* harmony export */   R: () => (/* binding */ parseStrictJson)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36419);


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

/***/ 69346:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nl: () => (/* binding */ ACCEPTED_ALGORITHMS),
/* harmony export */   Si: () => (/* binding */ checkPredicateType),
/* harmony export */   jj: () => (/* binding */ checkSubject)
/* harmony export */ });
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39294);

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

/***/ 37931:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hg: () => (/* binding */ DELEGATOR_BUILD_TYPES),
/* harmony export */   Ov: () => (/* binding */ SLSA_PROVENANCE_TYPES),
/* harmony export */   ZX: () => (/* binding */ SLSA_PROVENANCE_V02),
/* harmony export */   e9: () => (/* binding */ GHA_WORKFLOW_BUILD_TYPES),
/* harmony export */   hr: () => (/* binding */ GENERATOR_REPO),
/* harmony export */   ip: () => (/* binding */ NPM_FIRST_BUILD_TYPES),
/* harmony export */   or: () => (/* binding */ NPM_V02_BUILD_TYPES),
/* harmony export */   ow: () => (/* binding */ RUNNER_BUILDER_IDS),
/* harmony export */   rA: () => (/* binding */ GENERATOR_BUILD_TYPES),
/* harmony export */   tx: () => (/* binding */ DELEGATOR_WORKFLOWS),
/* harmony export */   us: () => (/* binding */ SLSA_PROVENANCE_V1),
/* harmony export */   xp: () => (/* binding */ TRUSTED_GENERATOR_WORKFLOWS)
/* harmony export */ });
/** SLSA predicate types and the build types whose claims we can check against a certificate. */
const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
const SLSA_PROVENANCE_V02 = 'https://slsa.dev/provenance/v0.2';
const SLSA_PROVENANCE_TYPES = [SLSA_PROVENANCE_V1, SLSA_PROVENANCE_V02];
/** GitHub Actions workflow build type (actions/attest, npm CLI provenance). */
const GHA_WORKFLOW_BUILD_TYPES = [
    'https://actions.github.io/buildtypes/workflow/v1',
    'https://slsa-framework.github.io/github-actions-buildtypes/workflow/v1',
];
const GENERATOR = 'https://github.com/slsa-framework/slsa-github-generator/';
/** slsa-github-generator build types (generic, go, container, container-based, BYOB delegators). */
const GENERATOR_BUILD_TYPES = [
    `${GENERATOR}generic@v1`,
    `${GENERATOR}go@v1`,
    `${GENERATOR}container@v1`,
    'https://slsa.dev/container-based-build/v0.1?draft',
];
const DELEGATOR_BUILD_TYPES = [
    `${GENERATOR}delegator-generic@v0`,
    `${GENERATOR}delegator-lowperms-generic@v0`,
];
/** npm CLI provenance in SLSA v0.2. */
const NPM_V02_BUILD_TYPES = [
    'https://github.com/npm/cli/gha/v2',
    'https://github.com/npm/cli/gha/v1',
];
/**
 * npm CLI's first provenance format (npm 9.4–9.5, early 2023): `gha@v0`, then `gha@v1`. Its
 * builder id names the npm CLI (`https://github.com/npm/cli@9.5.0`) and its entryPoint is the
 * whole `GITHUB_WORKFLOW_REF` (`OWNER/REPO/PATH@REF`), where later formats give the path.
 */
const NPM_FIRST_BUILD_TYPES = [
    'https://github.com/npm/cli/gha@v0',
    'https://github.com/npm/cli/gha@v1',
];
/** Builder ids that name the runner rather than a workflow (npm CLI provenance, older actions/attest). */
const RUNNER_BUILDER_IDS = [
    'https://github.com/actions/runner/github-hosted',
    'https://github.com/actions/runner/self-hosted',
    'https://github.com/actions/runner',
];
/** slsa-github-generator reusable workflows that slsa-verifier trusts by default. */
const GENERATOR_REPO = { owner: 'slsa-framework', repo: 'slsa-github-generator' };
const TRUSTED_GENERATOR_WORKFLOWS = [
    '.github/workflows/generator_generic_slsa3.yml',
    '.github/workflows/builder_go_slsa3.yml',
    '.github/workflows/builder_container-based_slsa3.yml',
    '.github/workflows/generator_container_slsa3.yml',
    '.github/workflows/delegator_generic_slsa3.yml',
    '.github/workflows/delegator_lowperms-generic_slsa3.yml',
];
const DELEGATOR_WORKFLOWS = [
    '.github/workflows/delegator_generic_slsa3.yml',
    '.github/workflows/delegator_lowperms-generic_slsa3.yml',
];


/***/ }),

/***/ 38124:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ parseStatement)
/* harmony export */ });
/* unused harmony export STATEMENT_TYPES */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _json_strict_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62208);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36419);



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

/***/ 91143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  T7: () => (/* binding */ AttestationMatcher),
  aG: () => (/* binding */ combineVerdicts),
  md: () => (/* binding */ prepareAttestation),
  Fr: () => (/* binding */ verifyArtifacts)
});

// EXTERNAL MODULE: ./src/core/codes.ts
var codes = __webpack_require__(27265);
// EXTERNAL MODULE: ./src/core/bundle/parse-bundle.ts + 1 modules
var parse_bundle = __webpack_require__(311);
// EXTERNAL MODULE: ./src/core/bundle/legacy-dsse.ts
var legacy_dsse = __webpack_require__(37411);
// EXTERNAL MODULE: ./src/core/crypto/verify-signature.ts + 2 modules
var verify_signature = __webpack_require__(14464);
// EXTERNAL MODULE: ./src/core/crypto/fast-path.ts
var fast_path = __webpack_require__(75519);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/identity/certificate-identity.ts + 1 modules
var certificate_identity = __webpack_require__(58243);
// EXTERNAL MODULE: ./src/core/policy/checks/subject.ts
var checks_subject = __webpack_require__(69346);
// EXTERNAL MODULE: ./src/core/github/names.ts
var names = __webpack_require__(9067);
// EXTERNAL MODULE: ./src/core/provenance/build-types.ts
var build_types = __webpack_require__(37931);
// EXTERNAL MODULE: ./src/core/result.ts
var result = __webpack_require__(39294);
;// CONCATENATED MODULE: ./src/core/policy/checks/consistency.ts




/**
 * The predicate is written by the workflow; the certificate by Fulcio from GitHub's token.
 * Wherever both state a fact they must agree, so a forged predicate cannot tell a different story.
 */
function checkConsistency(ctx) {
    const claims = ctx.claims;
    if (claims === undefined)
        return [(0,result/* skipped */.hT)('provenance', 'no SLSA provenance to compare with the certificate')];
    const certFacts = certificateFacts(ctx);
    const checks = [];
    for (const fact of claims.facts) {
        const certValue = certFacts[fact.field];
        if (certValue === undefined)
            continue;
        if (!agrees(fact.field, fact.value, certValue)) {
            checks.push((0,result/* fail */.fJ)('provenance', 'PROVENANCE_MISMATCH', `predicate ${fact.at} disagrees with the certificate ${fact.field} (expected: the certificate's; found: the predicate's)`, {
                expected: certValue,
                actual: fact.value,
                hint: 'the predicate is written by the build; the certificate is authoritative',
            }));
        }
    }
    checks.push(...checkSources(ctx));
    const builder = checkBuilderClaim(ctx);
    if (builder !== undefined)
        checks.push(builder);
    if (checks.length === 0)
        checks.push((0,result/* pass */.IX)('provenance', `predicate agrees with the certificate (${counted(claims.facts.length, 'fact')} and ${counted(claims.sources.length, 'source')} compared)`));
    return checks;
}
function certificateFacts(ctx) {
    const c = ctx.cert;
    const repo = c.github?.sourceRepo;
    return {
        repository: repo && `${c.github?.host ?? ''}/${(0,names/* formatRepo */.Kf)(repo)}`,
        repositoryPath: repo && (0,names/* formatRepo */.Kf)(repo),
        ref: (0,certificate_identity/* effectiveRef */.tn)(c),
        commit: (0,certificate_identity/* effectiveCommit */.pn)(c),
        workflowPath: c.github?.caller?.path,
        trigger: (0,certificate_identity/* effectiveTrigger */.wO)(c),
        repositoryId: c.sourceRepositoryId,
        ownerId: c.sourceRepositoryOwnerId,
        runnerEnvironment: c.runnerEnvironment,
    };
}
function agrees(field, claimed, cert) {
    switch (field) {
        case 'repository':
        case 'repositoryPath': {
            // Hosts compare exactly, owner and repository names ASCII case-insensitively.
            const a = claimed.split('/');
            const b = cert.split('/');
            return (a.length === b.length &&
                a.every((part, i) => i === 0 && field === 'repository' ? part === b[i] : (0,names/* sameName */.q)(part, b[i] ?? '')));
        }
        case 'commit':
            return claimed.toLowerCase() === cert.toLowerCase();
        case 'ref':
        case 'workflowPath':
        case 'trigger':
        case 'repositoryId':
        case 'ownerId':
        case 'runnerEnvironment':
            return claimed === cert;
    }
}
/**
 * Every git source the predicate names is the certificate's source repository (at its ref and
 * commit, where the predicate gives them), or the signer workflow's own repository at the
 * signer's ref and commit (a builder listing its own code, as slsa-github-generator's
 * delegators do). Anything else is a source the certificate does not vouch for.
 */
function checkSources(ctx) {
    const github = ctx.cert.github;
    const sources = ctx.claims?.sources ?? [];
    if (github === undefined)
        return [];
    const repo = github.sourceRepo;
    const signer = github.signer;
    const source = repo && {
        repository: `${github.host}/${(0,names/* formatRepo */.Kf)(repo)}`,
        ref: (0,certificate_identity/* effectiveRef */.tn)(ctx.cert),
        commit: (0,certificate_identity/* effectiveCommit */.pn)(ctx.cert),
    };
    const builder = signer && {
        repository: `${signer.host}/${(0,names/* formatRepo */.Kf)(signer)}`,
        ref: signer.ref,
        commit: ctx.cert.buildSignerDigest,
    };
    return sources.flatMap((claim) => {
        if ([source, builder].some((known) => known !== undefined && sameSource(claim, known)))
            return [];
        // HOST/OWNER/REPO@REF: the certificate's source, or the signer's own code (a reusable workflow).
        const describe = (k) => `${k.repository}${k.ref === undefined ? '' : `@${k.ref}`}`;
        const known = [
            ...new Set([source, builder].flatMap((k) => (k === undefined ? [] : [describe(k)]))),
        ];
        return [
            (0,result/* fail */.fJ)('provenance', 'PROVENANCE_MISMATCH', `predicate ${claim.at} names a source the certificate does not${claim.commit === undefined ? '' : ` (commit ${claim.commit})`}; expected the certificate's source repository or the signer's own`, {
                expected: known.join(' | ') || undefined,
                actual: describe(claim),
                hint: 'every git source in resolvedDependencies / materials must be the repository the certificate names',
            }),
        ];
    });
}
function sameSource(claim, known) {
    return (agrees('repository', claim.repository, known.repository) &&
        (claim.ref === undefined || claim.ref === known.ref) &&
        (claim.commit === undefined ||
            (known.commit !== undefined && claim.commit.toLowerCase() === known.commit.toLowerCase())));
}
/** Generators and in-repo workflows: the predicate builder must be the signer itself. */
function checkBuilderClaim(ctx) {
    const claims = ctx.claims;
    const san = ctx.cert.san?.kind === 'uri' ? ctx.cert.san.value : undefined;
    if (claims === undefined ||
        san === undefined ||
        claims.family === 'delegator' ||
        claims.family === 'npm')
        return undefined;
    if (build_types/* RUNNER_BUILDER_IDS */.ow.includes(claims.builderId)) {
        const runner = claims.builderId.split('/').pop();
        const env = ctx.cert.runnerEnvironment;
        if (env === undefined || runner === 'runner' || runner === env)
            return undefined;
        return (0,result/* fail */.fJ)('provenance', 'PROVENANCE_MISMATCH', 'predicate builder id names another runner than the certificate', { expected: env, actual: claims.builderId });
    }
    if (claims.builderId === san)
        return undefined;
    return (0,result/* fail */.fJ)('provenance', 'PROVENANCE_MISMATCH', 'predicate builder id is not the workflow that signed (the certificate SAN)', {
        expected: san,
        actual: claims.builderId,
    });
}
function counted(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

;// CONCATENATED MODULE: ./src/core/policy/checks/identity.ts



function checkIssuer({ policy, cert }) {
    const actual = (0,certificate_identity/* effectiveIssuer */.PR)(cert);
    if (actual === policy.issuer)
        return (0,result/* pass */.IX)('issuer', 'OIDC issuer matches', policy.issuer, actual);
    const enterprise = actual?.startsWith(`${policy.issuer}/`) === true;
    return (0,result/* fail */.fJ)('issuer', 'ID_ISSUER', 'OIDC issuer (certificate 1.3.6.1.4.1.57264.1.8) differs', {
        expected: policy.issuer,
        actual,
        hint: enterprise
            ? `this looks like a GitHub Enterprise issuer; if you trust it pass --cert-oidc-issuer ${actual}`
            : 'pass --cert-oidc-issuer with the issuer you trust',
    });
}
function checkCertIdentity({ policy, cert }) {
    if (policy.certIdentity === undefined)
        return (0,result/* skipped */.hT)('cert-identity', 'no exact certificate identity asked for');
    const actual = cert.san?.value;
    if (actual === policy.certIdentity)
        return (0,result/* pass */.IX)('cert-identity', 'certificate identity (SAN) matches exactly', policy.certIdentity, actual);
    return (0,result/* fail */.fJ)('cert-identity', 'ID_SAN', `certificate identity (SAN${cert.san === undefined ? '' : `, ${cert.san.kind}`}) differs (compared exactly, no patterns)`, { expected: policy.certIdentity, actual });
}
function checkSourceRepo(ctx) {
    const { policy, cert } = ctx;
    const expected = policy.sourceRepo;
    if (expected === undefined)
        return (0,result/* skipped */.hT)('source-repo', 'no source repository asked for');
    const github = cert.github;
    const actual = github?.host === policy.githubHost ? github.sourceRepo : undefined;
    if (actual !== undefined && (0,names/* sameRepo */.Zj)(actual, expected)) {
        return (0,result/* pass */.IX)('source-repo', 'source repository matches', (0,names/* formatRepo */.Kf)(expected), (0,names/* formatRepo */.Kf)(actual));
    }
    return (0,result/* fail */.fJ)('source-repo', 'ID_REPO', withWhy('source repository (certificate 1.3.6.1.4.1.57264.1.12) differs', ctx), {
        expected: (0,names/* formatRepo */.Kf)(expected),
        // OWNER/REPO when the certificate is GitHub's on the policy's host; the URI as written otherwise.
        actual: actual === undefined
            ? (cert.sourceRepositoryUri ?? cert.legacy.repository)
            : (0,names/* formatRepo */.Kf)(actual),
        hint: 'the certificate names the repository whose workflow run signed; a renamed or transferred repository keeps its id (--repo-id) but not its name',
    });
}
function checkOwner(ctx) {
    const { policy, cert } = ctx;
    const expected = policy.owner ?? policy.sourceRepo?.owner;
    if (expected === undefined)
        return (0,result/* skipped */.hT)('owner', 'no owner asked for');
    const github = cert.github;
    const actual = github?.host === policy.githubHost ? github.owner : undefined;
    if (actual !== undefined && (0,names/* sameName */.q)(actual, expected))
        return (0,result/* pass */.IX)('owner', 'repository owner matches', expected, actual);
    return (0,result/* fail */.fJ)('owner', 'ID_OWNER', withWhy('source repository owner (certificate 1.3.6.1.4.1.57264.1.16) differs', ctx), {
        expected,
        actual: actual ?? cert.sourceRepositoryOwnerUri ?? cert.github?.sourceRepo?.owner,
    });
}
function checkRepositoryIds({ policy, cert }) {
    const checks = [];
    const pairs = [
        ['repository-id', policy.repositoryId, cert.sourceRepositoryId, '1.15'],
        ['owner-id', policy.ownerId, cert.sourceRepositoryOwnerId, '1.17'],
    ];
    for (const [id, expected, actual, oid] of pairs) {
        if (expected === undefined)
            continue;
        checks.push(actual === expected
            ? (0,result/* pass */.IX)(id, `${id} matches`, expected, actual)
            : (0,result/* fail */.fJ)(id, 'ID_REPO_ID', `${id} (certificate 1.3.6.1.4.1.57264.${oid}) differs`, {
                expected,
                actual,
                hint: 'numeric ids survive renames and stop a re-created repository of the same name',
            }));
    }
    return checks;
}
/** The message, with why the certificate has no GitHub identity on the policy's host when so. */
function withWhy(message, { policy, cert }) {
    if (cert.github === undefined)
        return `${message}: not a GitHub Actions certificate (issuer ${(0,certificate_identity/* effectiveIssuer */.PR)(cert) ?? 'not recorded'})`;
    if (cert.github.host !== policy.githubHost)
        return `${message}: a certificate of ${cert.github.host}, not ${policy.githubHost}`;
    return message;
}

// EXTERNAL MODULE: ./src/core/github/refs.ts
var refs = __webpack_require__(88205);
;// CONCATENATED MODULE: ./src/core/policy/checks/workflow.ts




const GENERATOR_WORKFLOW_PREFIX = 'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/';
/** The signer workflow: the certificate SAN (= Build Signer URI, 1.9), read strictly. */
function signerOf(ctx) {
    return onPolicyHost(ctx)?.signer;
}
/** The caller (top-level) workflow: Build Config URI, 1.18, read strictly. */
function callerOf(ctx) {
    return onPolicyHost(ctx)?.caller;
}
function onPolicyHost(ctx) {
    const github = ctx.cert.github;
    return github?.host === ctx.policy.githubHost ? github : undefined;
}
/** A builder id of slsa-github-generator or another github.com builder, read strictly. */
function builderWorkflow(id) {
    return (0,names/* parseWorkflowUri */.BK)(id, names/* GITHUB_HOST */.F2);
}
function isTrustedGenerator(signer) {
    return (signer !== undefined &&
        signer.host === 'github.com' &&
        (0,names/* sameRepo */.Zj)(signer, build_types/* GENERATOR_REPO */.hr) &&
        build_types/* TRUSTED_GENERATOR_WORKFLOWS */.xp.includes(signer.path) &&
        (0,refs/* isStrictReleaseRef */.mv)(signer.ref));
}
function checkSigner(ctx) {
    const { policy, cert } = ctx;
    const signer = signerOf(ctx);
    const checks = [];
    if (cert.buildSignerUri !== undefined && cert.san?.value !== cert.buildSignerUri) {
        checks.push((0,result/* fail */.fJ)('signer-workflow', 'ID_CONFLICT', 'certificate SAN and Build Signer URI (1.9) disagree', { expected: cert.buildSignerUri, actual: cert.san?.value }));
    }
    if (policy.signerWorkflow !== undefined)
        checks.push(matchSignerWorkflow(policy.signerWorkflow, signer, ctx));
    if (policy.signerRepo !== undefined)
        checks.push(matchSignerRepo(policy.signerRepo, signer, ctx));
    const explicit = policy.signerWorkflow ?? policy.signerRepo ?? policy.certIdentity ?? policy.builderId;
    if (explicit === undefined)
        checks.push(defaultSigner(ctx, signer));
    return checks;
}
function matchSignerWorkflow(expected, signer, ctx) {
    const ok = signer !== undefined &&
        signer.host === expected.host &&
        (0,names/* sameRepo */.Zj)(signer, expected) &&
        signer.path === expected.path &&
        (expected.ref === undefined || signer.ref === expected.ref);
    if (ok)
        return (0,result/* pass */.IX)('signer-workflow', 'signer workflow matches', (0,names/* formatWorkflow */.Vp)(expected), (0,names/* formatWorkflow */.Vp)(signer));
    return (0,result/* fail */.fJ)('signer-workflow', 'ID_SIGNER', 'signer workflow (certificate SAN / Build Signer URI) differs', {
        expected: (0,names/* formatWorkflow */.Vp)(expected),
        actual: signer === undefined ? ctx.cert.san?.value : (0,names/* formatWorkflow */.Vp)(signer),
        hint: callerSignerHint(ctx, signer),
    });
}
function matchSignerRepo(expected, signer, ctx) {
    if (signer !== undefined && signer.host === 'github.com' && (0,names/* sameRepo */.Zj)(signer, expected)) {
        return (0,result/* pass */.IX)('signer-repo', 'signer workflow lives in the expected repository', (0,names/* formatRepo */.Kf)(expected), (0,names/* formatWorkflow */.Vp)(signer));
    }
    return (0,result/* fail */.fJ)('signer-repo', 'ID_SIGNER', 'signer workflow is not in the expected repository', {
        expected: (0,names/* formatRepo */.Kf)(expected),
        actual: signer === undefined ? ctx.cert.san?.value : (0,names/* formatWorkflow */.Vp)(signer),
        hint: callerSignerHint(ctx, signer),
    });
}
/** A github.com workflow in the policy's source repository (or, with only --owner, its owner). */
function inSourceScope(workflow, policy) {
    return (workflow !== undefined &&
        workflow.host === 'github.com' &&
        (policy.sourceRepo !== undefined
            ? (0,names/* sameRepo */.Zj)(workflow, policy.sourceRepo)
            : policy.owner !== undefined && (0,names/* sameName */.q)(workflow.owner, policy.owner)));
}
/**
 * With only --repo / --owner: the signer must live in that repository (or owner), as gh
 * requires, or be one of the slsa-github-generator builders at a vX.Y.Z release, which
 * slsa-verifier trusts by default. Any other reusable workflow must be named explicitly.
 */
function defaultSigner(ctx, signer) {
    const { policy } = ctx;
    // The repository (or owner) whose workflows may sign, as OWNER/REPO (or OWNER).
    const expected = policy.sourceRepo !== undefined ? (0,names/* formatRepo */.Kf)(policy.sourceRepo) : (policy.owner ?? '');
    if (inSourceScope(signer, policy))
        return (0,result/* pass */.IX)('signer-workflow', 'signed by a workflow of the source repository', expected, (0,names/* formatWorkflow */.Vp)(signer));
    const caller = callerOf(ctx);
    if (policy.defaultSigner === 'caller' && inSourceScope(caller, policy) && signer !== undefined)
        return (0,result/* pass */.IX)('signer-workflow', `the Trusted Publisher (caller workflow ${(0,names/* formatWorkflow */.Vp)(caller)}) is in the source repository; any workflow it calls may sign`, expected, (0,names/* formatWorkflow */.Vp)(signer));
    if (signer !== undefined && isTrustedGenerator(signer)) {
        const delegated = checkDelegatedBuilder(ctx, signer);
        if (delegated !== undefined)
            return delegated;
        return (0,result/* pass */.IX)('signer-workflow', 'signed by a trusted slsa-github-generator builder at a vX.Y.Z release', `${expected} | ${(0,names/* formatRepo */.Kf)(build_types/* GENERATOR_REPO */.hr)}`, (0,names/* formatWorkflow */.Vp)(signer));
    }
    return (0,result/* fail */.fJ)('signer-workflow', 'ID_SIGNER', `signed by a workflow outside the source repository that the policy does not name (by default a workflow of ${expected} or an slsa-github-generator builder at a vX.Y.Z release may sign)`, {
        expected: `${expected} | ${(0,names/* formatRepo */.Kf)(build_types/* GENERATOR_REPO */.hr)}`,
        actual: signer === undefined ? ctx.cert.san?.value : (0,names/* formatWorkflow */.Vp)(signer),
        hint: callerSignerHint(ctx, signer),
    });
}
/** BYOB: the delegator signs, the predicate names the builder it ran for (slsa-verifier's rule). */
function checkDelegatedBuilder(ctx, signer) {
    if (signer === undefined || !build_types/* DELEGATOR_WORKFLOWS */.tx.includes(signer.path))
        return undefined;
    const inner = ctx.claims?.builderId;
    const parsed = builderWorkflow(inner);
    if (parsed !== undefined &&
        (0,names/* sameRepo */.Zj)(parsed, build_types/* GENERATOR_REPO */.hr) &&
        parsed.path.startsWith('.github/workflows/') &&
        (0,refs/* isStrictReleaseRef */.mv)(parsed.ref))
        return undefined;
    return (0,result/* fail */.fJ)('signer-workflow', 'ID_BUILDER', 'the slsa-github-generator delegator built for a builder outside slsa-github-generator (a workflow of it at a vX.Y.Z release tag)', {
        expected: GENERATOR_WORKFLOW_PREFIX,
        actual: inner,
        hint: `if you trust that builder pass --builder-id ${inner?.split('@')[0] ?? 'URI'}`,
    });
}
/** The reusable-workflow explanation people need: who signed, who called, which flag to add. */
function callerSignerHint(ctx, signer) {
    if (signer === undefined)
        return undefined;
    const caller = callerOf(ctx);
    const reusable = caller !== undefined && (caller.path !== signer.path || !(0,names/* sameRepo */.Zj)(caller, signer));
    const who = `signed by ${reusable ? 'reusable workflow' : 'workflow'} ${(0,names/* formatWorkflow */.Vp)(signer)}`;
    const called = reusable ? `, called from ${(0,names/* formatWorkflow */.Vp)(caller)}` : '';
    return `${who}${called}; if you trust it, add --signer-workflow ${signer.owner}/${signer.repo}/${signer.path} (or --signer-repo ${signer.owner}/${signer.repo})`;
}
function checkCaller(ctx) {
    const expected = ctx.policy.callerWorkflow;
    if (expected === undefined)
        return (0,result/* skipped */.hT)('caller-workflow', 'no caller workflow asked for');
    const caller = callerOf(ctx);
    const want = `${expected.repo === undefined ? '' : `${(0,names/* formatRepo */.Kf)(expected.repo)}/`}${expected.path}${expected.ref === undefined ? '' : `@${expected.ref}`}`;
    if (caller === undefined) {
        return (0,result/* fail */.fJ)('caller-workflow', 'ID_CALLER', 'the certificate does not record the caller workflow (Build Config URI, 1.18)', { expected: want });
    }
    const repoOk = expected.repo === undefined || (0,names/* sameRepo */.Zj)(caller, expected.repo);
    const ok = repoOk &&
        caller.path === expected.path &&
        (expected.ref === undefined || caller.ref === expected.ref);
    if (ok)
        return (0,result/* pass */.IX)('caller-workflow', 'caller workflow matches', want, (0,names/* formatWorkflow */.Vp)(caller));
    return (0,result/* fail */.fJ)('caller-workflow', 'ID_CALLER', 'caller workflow (Build Config URI, 1.18) differs', {
        expected: want,
        actual: (0,names/* formatWorkflow */.Vp)(caller),
        hint: 'the caller is the top-level workflow of the source repository; the signer (SAN) is the reusable workflow it called',
    });
}
function checkBuilder(ctx) {
    const expected = ctx.policy.builderId;
    if (expected === undefined)
        return (0,result/* skipped */.hT)('builder-id', 'no builder id asked for');
    const builder = effectiveBuilder(ctx);
    const want = expected.version === undefined ? expected.name : `${expected.name}@${expected.version}`;
    const nameOk = builder.name === expected.name;
    const versionOk = expected.version === undefined ||
        builder.ref === expected.version ||
        builder.ref === `refs/tags/${expected.version}`;
    const refOk = builder.ref === undefined || (0,refs/* isStrictReleaseRef */.mv)(builder.ref);
    if (nameOk && versionOk && refOk)
        return (0,result/* pass */.IX)('builder-id', 'builder id matches', want, builder.display);
    return (0,result/* fail */.fJ)('builder-id', 'ID_BUILDER', refOk ? 'builder id differs' : 'builder is not at a vX.Y.Z release tag', {
        expected: want,
        actual: builder.display,
        hint: refOk
            ? builder.note
            : 'builders are trusted only at release tags refs/tags/vX.Y.Z, never at a branch or SHA',
    });
}
/**
 * Which builder ran, as slsa-verifier decides it: the signer workflow (certificate) for
 * generators and in-repo workflows; the predicate's builder for BYOB delegators (the delegator
 * signs for it); the runner for npm CLI provenance, read from the certificate.
 */
function effectiveBuilder(ctx) {
    const signer = signerOf(ctx);
    const claimed = ctx.claims?.builderId;
    if (ctx.claims?.family === 'delegator' &&
        signer !== undefined &&
        build_types/* DELEGATOR_WORKFLOWS */.tx.includes(signer.path) &&
        isTrustedGenerator(signer)) {
        const inner = builderWorkflow(claimed);
        if (inner === undefined)
            return {
                name: '',
                ref: undefined,
                display: claimed,
                note: `delegated by ${(0,names/* formatWorkflow */.Vp)(signer)}; the predicate's builder id is ${claimed === undefined ? 'not recorded' : 'not a builder workflow URI'}`,
            };
        return {
            name: `https://${inner.host}/${inner.owner}/${inner.repo}/${inner.path}`,
            ref: inner.ref,
            display: `https://${(0,names/* formatWorkflow */.Vp)(inner)}`,
            note: `delegated by ${(0,names/* formatWorkflow */.Vp)(signer)}`,
        };
    }
    if (claimed !== undefined && build_types/* RUNNER_BUILDER_IDS */.ow.includes(claimed)) {
        const env = ctx.cert.runnerEnvironment;
        const name = env === undefined ? '' : `https://github.com/actions/runner/${env}`;
        return {
            name,
            ref: undefined,
            display: env === undefined ? undefined : name,
            note: `the builder is the runner the certificate records (1.11)${env === undefined ? ', and it records none' : ''}`,
        };
    }
    if (signer === undefined)
        return {
            name: '',
            ref: undefined,
            display: ctx.cert.san?.value,
            note: 'the certificate identity is not a GitHub workflow',
        };
    return {
        name: `https://${signer.host}/${signer.owner}/${signer.repo}/${signer.path}`,
        ref: signer.ref,
        display: `https://${(0,names/* formatWorkflow */.Vp)(signer)}`,
    };
}

;// CONCATENATED MODULE: ./src/core/policy/checks/source.ts




function checkRefs({ policy, cert }) {
    const ref = (0,certificate_identity/* effectiveRef */.tn)(cert);
    return policy.refRules.map((rule) => {
        const [ok, expected] = matchRef(rule, ref);
        const semver = rule.kind === 'versioned-tag' ? ' (a semver-compatible tag)' : '';
        if (ok)
            return (0,result/* pass */.IX)('source-ref', `source ref matches${semver}`, expected, ref);
        const trigger = (0,certificate_identity/* effectiveTrigger */.wO)(cert);
        const message = `source ref (certificate 1.3.6.1.4.1.57264.1.14) differs${semver}`;
        return (0,result/* fail */.fJ)('source-ref', 'ID_REF', message, {
            expected,
            actual: ref,
            hint: refHint(rule, ref, trigger),
        });
    });
}
function matchRef(rule, ref) {
    switch (rule.kind) {
        case 'ref':
            return [ref === rule.ref, rule.ref];
        case 'branch':
            return [(0,refs/* branchOf */.W0)(ref) === rule.name, `refs/heads/${rule.name}`];
        case 'tag':
            return [(0,refs/* tagOf */.cO)(ref) === rule.name, `refs/tags/${rule.name}`];
        case 'versioned-tag': {
            const tag = (0,refs/* tagOf */.cO)(ref);
            return [tag !== undefined && (0,refs/* matchesVersionedTag */.jN)(rule.semver, tag), `refs/tags/${rule.tag}`];
        }
    }
}
function refHint(rule, ref, trigger) {
    if ((rule.kind === 'tag' || rule.kind === 'versioned-tag') && (0,refs/* branchOf */.W0)(ref) !== undefined) {
        return `this was built from a branch${trigger ? ` (${trigger})` : ''}, not a tag; a tag policy only accepts tag builds`;
    }
    if (rule.kind === 'branch' && (0,refs/* tagOf */.cO)(ref) !== undefined) {
        return 'this was built from a tag, so it has no branch; use --source-tag or --source-versioned-tag';
    }
    return undefined;
}
function checkCommit({ policy, cert }) {
    if (policy.sourceDigest === undefined)
        return (0,result/* skipped */.hT)('source-digest', 'no source commit asked for');
    const actual = (0,certificate_identity/* effectiveCommit */.pn)(cert);
    if (actual?.toLowerCase() === policy.sourceDigest)
        return (0,result/* pass */.IX)('source-digest', 'source commit matches', policy.sourceDigest, actual);
    return (0,result/* fail */.fJ)('source-digest', 'ID_COMMIT', 'source commit (certificate 1.3.6.1.4.1.57264.1.13) differs', {
        expected: policy.sourceDigest,
        actual,
    });
}
function checkTrigger({ policy, cert }) {
    if (policy.triggers === undefined)
        return (0,result/* skipped */.hT)('trigger', 'no trigger allowlist given');
    const actual = (0,certificate_identity/* effectiveTrigger */.wO)(cert);
    if (actual !== undefined && policy.triggers.includes(actual))
        return (0,result/* pass */.IX)('trigger', 'trigger event allowed', policy.triggers.join(' | '), actual);
    return (0,result/* fail */.fJ)('trigger', 'ID_TRIGGER', 'trigger event (certificate 1.3.6.1.4.1.57264.1.20) is not allowed', {
        expected: policy.triggers.join(' | '),
        actual,
        hint: actual === 'pull_request_target'
            ? 'pull_request_target runs with the base repository identity on behalf of a pull request'
            : undefined,
    });
}
function checkRunner(ctx) {
    const { policy, cert } = ctx;
    if (!(0,certificate_identity/* isWorkflowIdentity */.oy)(cert))
        return (0,result/* skipped */.hT)('runner', 'not a CI workflow identity: no runner to check');
    const actual = cert.runnerEnvironment;
    if (actual === 'github-hosted')
        return (0,result/* pass */.IX)('runner', 'built on a GitHub-hosted runner', 'github-hosted', actual);
    if (policy.allowSelfHostedRunners) {
        return (0,result/* pass */.IX)('runner', 'any runner allowed (--allow-self-hosted-runners)', 'any', actual);
    }
    if (actual === undefined && isTrustedGenerator(signerOf(ctx))) {
        return (0,result/* pass */.IX)('runner', 'slsa-github-generator builders run their build jobs on GitHub-hosted runners', 'github-hosted');
    }
    if (actual === undefined && policy.allowUnrecordedRunner) {
        return (0,result/* pass */.IX)('runner', 'the certificate does not record its runner (issued before late 2023); accepted (--allow-unrecorded-runner)', 'github-hosted');
    }
    if (actual === undefined) {
        return (0,result/* fail */.fJ)('runner', 'ID_RUNNER', 'the certificate does not record the runner environment (certificates issued before late 2023): the build cannot be shown to have run on a GitHub-hosted runner', {
            expected: 'github-hosted',
            hint: 'pass --allow-unrecorded-runner to accept a certificate that predates the runner field (self-hosted runners stay refused where the field is present)',
        });
    }
    return (0,result/* fail */.fJ)('runner', 'ID_RUNNER', 'runner environment (certificate 1.3.6.1.4.1.57264.1.11) is not GitHub-hosted', {
        expected: 'github-hosted',
        actual,
        hint: "self-hosted runners are outside GitHub's isolation; pass --allow-self-hosted-runners only if you trust them",
    });
}
function checkInputs({ policy, claims }) {
    return policy.workflowInputs.map(([key, expected]) => {
        const value = claims?.inputs?.[key];
        const actual = value === undefined ? undefined : typeof value === 'string' ? value : JSON.stringify(value);
        if (actual === expected)
            return (0,result/* pass */.IX)('workflow-input', `workflow input ${key} matches`, `${key}=${expected}`, `${key}=${actual}`);
        const why = actual !== undefined
            ? 'differs'
            : claims?.inputs === undefined
                ? 'is not recorded: the provenance records no inputs'
                : 'is not recorded';
        return (0,result/* fail */.fJ)('workflow-input', 'ID_INPUTS', `workflow input ${key} ${why}`, {
            expected: `${key}=${expected}`,
            actual: actual === undefined ? undefined : `${key}=${actual}`,
        });
    });
}

;// CONCATENATED MODULE: ./src/core/policy/run-checks.ts




/** Every identity check, in a fixed order; all run so every mismatch is reported at once. */
const CHECKS = [
    checkIssuer,
    checkCertIdentity,
    checkSourceRepo,
    checkOwner,
    checkRepositoryIds,
    checkSigner,
    checkCaller,
    checkBuilder,
    checkRefs,
    checkCommit,
    checkTrigger,
    checkRunner,
    checkInputs,
    checkConsistency,
];
function runPolicyChecks(ctx) {
    return CHECKS.flatMap((check) => check(ctx));
}

// EXTERNAL MODULE: ./src/core/json/strict-json.ts
var strict_json = __webpack_require__(62208);
;// CONCATENATED MODULE: ./src/core/provenance/claims.ts




/** Parse an SLSA v1 or v0.2 predicate of a known build type; anything else is rejected. */
function readProvenance(statement) {
    const p = statement.predicate;
    if (p === undefined)
        throw provError('the predicate is missing');
    if (statement.predicateType === build_types/* SLSA_PROVENANCE_V1 */.us)
        return readV1(p);
    if (statement.predicateType === build_types/* SLSA_PROVENANCE_V02 */.ZX)
        return readV02(p);
    throw provError(`predicate type ${statement.predicateType} is not SLSA provenance`);
}
function readV1(p) {
    const bd = obj(p.buildDefinition, 'buildDefinition');
    const buildType = str(bd.buildType, 'buildDefinition.buildType');
    const builderId = str(obj(obj(p.runDetails, 'runDetails').builder, 'runDetails.builder').id, 'runDetails.builder.id');
    const ext = optObj(bd.externalParameters);
    const facts = [];
    const sources = gitDependencies(bd.resolvedDependencies, 'buildDefinition.resolvedDependencies');
    let family;
    if (build_types/* GHA_WORKFLOW_BUILD_TYPES */.e9.includes(buildType)) {
        family = 'github-workflow';
        const wf = optObj(ext?.workflow);
        const gh = optObj(optObj(bd.internalParameters)?.github);
        push(facts, 'repository', repoFromUri(wf?.repository), 'externalParameters.workflow.repository');
        push(facts, 'workflowPath', wf?.path, 'externalParameters.workflow.path');
        push(facts, 'ref', wf?.ref, 'externalParameters.workflow.ref');
        push(facts, 'trigger', gh?.event_name, 'internalParameters.github.event_name');
        push(facts, 'repositoryId', gh?.repository_id, 'internalParameters.github.repository_id');
        push(facts, 'ownerId', gh?.repository_owner_id, 'internalParameters.github.repository_owner_id');
        push(facts, 'runnerEnvironment', gh?.runner_environment, 'internalParameters.github.runner_environment');
    }
    else if (build_types/* GENERATOR_BUILD_TYPES */.rA.includes(buildType) ||
        build_types/* DELEGATOR_BUILD_TYPES */.Hg.includes(buildType)) {
        family = build_types/* DELEGATOR_BUILD_TYPES */.Hg.includes(buildType) ? 'delegator' : 'generator';
        pushGithubEnv(facts, optObj(bd.internalParameters), 'internalParameters');
    }
    else {
        throw provError(`unknown SLSA v1 build type ${buildType}: its claims cannot be checked against the certificate`);
    }
    return {
        predicateType: build_types/* SLSA_PROVENANCE_V1 */.us,
        buildType,
        family,
        builderId,
        facts,
        sources,
        inputs: inputsOf(ext?.inputs),
    };
}
function readV02(p) {
    const buildType = str(p.buildType, 'buildType');
    const builderId = str(obj(p.builder, 'builder').id, 'builder.id');
    const invocation = obj(p.invocation, 'invocation');
    const source = obj(invocation.configSource, 'invocation.configSource');
    let family;
    const npmFirst = build_types/* NPM_FIRST_BUILD_TYPES */.ip.includes(buildType);
    if (npmFirst || build_types/* NPM_V02_BUILD_TYPES */.or.includes(buildType))
        family = 'npm';
    else if (build_types/* DELEGATOR_BUILD_TYPES */.Hg.includes(buildType))
        family = 'delegator';
    else if (build_types/* GENERATOR_BUILD_TYPES */.rA.includes(buildType))
        family = 'generator';
    else
        throw provError(`unknown SLSA v0.2 build type ${buildType}: its claims cannot be checked against the certificate`);
    const facts = [];
    const uri = str(source.uri, 'invocation.configSource.uri');
    const git = parseGitUri(uri);
    push(facts, 'repository', git.repository, 'invocation.configSource.uri');
    push(facts, 'ref', git.ref, 'invocation.configSource.uri');
    push(facts, 'commit', optObj(source.digest)?.sha1, 'invocation.configSource.digest.sha1');
    if (npmFirst)
        pushWorkflowRef(facts, source.entryPoint, 'invocation.configSource.entryPoint');
    else
        push(facts, 'workflowPath', source.entryPoint, 'invocation.configSource.entryPoint');
    pushGithubEnv(facts, optObj(invocation.environment), 'invocation.environment');
    const sources = gitDependencies(p.materials, 'materials');
    const params = optObj(invocation.parameters);
    return {
        predicateType: build_types/* SLSA_PROVENANCE_V02 */.ZX,
        buildType,
        family,
        builderId,
        facts,
        sources,
        inputs: inputsOf(params?.event_inputs ?? params?.inputs),
    };
}
/** `GITHUB_*` (BYOB, npm) or `github_*` (generator) environment captured in the predicate. */
function pushGithubEnv(facts, env, at) {
    if (env === undefined)
        return;
    const read = (name) => {
        const upper = `GITHUB_${name.toUpperCase()}`;
        const lower = `github_${name}`;
        return env[upper] !== undefined
            ? [env[upper], `${at}.${upper}`]
            : [env[lower], `${at}.${lower}`];
    };
    push(facts, 'trigger', ...read('event_name'));
    push(facts, 'ref', ...read('ref'));
    const [repository, repositoryAt] = read('repository');
    push(facts, 'repositoryPath', repoPathOf(repository), repositoryAt);
    push(facts, 'repositoryId', ...read('repository_id'));
    push(facts, 'ownerId', ...read('repository_owner_id'));
    const [sha, shaAt] = read('sha');
    const [sha1, sha1At] = read('sha1');
    push(facts, 'commit', sha ?? sha1, sha === undefined ? sha1At : shaAt);
    pushWorkflowRef(facts, ...read('workflow_ref'));
}
/** A `GITHUB_WORKFLOW_REF`-shaped value: its repository and workflow path (as written when it does not parse). */
function pushWorkflowRef(facts, workflowRef, at) {
    if (workflowRef === undefined || workflowRef === null || workflowRef === '')
        return;
    if (typeof workflowRef !== 'string')
        throw provError(`${at} is not a string`);
    const wf = parseWorkflowRefEnv(workflowRef);
    push(facts, 'repositoryPath', wf?.repository ?? workflowRef, at);
    push(facts, 'workflowPath', wf?.path ?? workflowRef, at);
}
/** `GITHUB_WORKFLOW_REF`: exactly `OWNER/REPO/PATH@REF`. */
function parseWorkflowRefEnv(value) {
    const at = value.indexOf('@');
    const parts = (at < 0 ? '' : value.slice(0, at)).split('/');
    const [owner = '', repo = '', ...rest] = parts;
    const path = rest.join('/');
    if (!(0,names/* isValidOwner */.yi)(owner) || !(0,names/* isValidRepo */.zd)(repo) || rest.length === 0 || !(0,names/* isWorkflowPath */.$u)(path))
        return undefined;
    return { repository: `${owner}/${repo}`, path };
}
/**
 * Every git source a dependency list names (not only the first: a non-git entry must not hide
 * a later git one). Each must be the certificate's source repository, at its ref and commit.
 */
function gitDependencies(value, at) {
    if (!Array.isArray(value))
        return [];
    const sources = [];
    value.forEach((dep, i) => {
        if (!(0,strict_json/* isJsonObject */.O)(dep) || typeof dep.uri !== 'string' || !/^git[+:]/i.test(dep.uri))
            return;
        const git = parseGitUri(dep.uri);
        const digest = optObj(dep.digest);
        const commit = digest?.gitCommit ?? digest?.sha1;
        if (commit !== undefined && typeof commit !== 'string')
            throw provError(`${at}[${i}].digest is not a string`);
        sources.push({ ...git, commit, at: `${at}[${i}]` });
    });
    return sources;
}
const HOST = /^[a-z0-9](?:[a-z0-9.-]{0,251}[a-z0-9])?$/;
/** `HOST/OWNER/REPO` from exactly `https://HOST/OWNER/REPO`; the value as written otherwise. */
function hostRepo(uri, scheme) {
    if (!uri.startsWith(scheme))
        return undefined;
    const [host = '', owner = '', repo = '', ...extra] = uri.slice(scheme.length).split('/');
    if (extra.length > 0 || !HOST.test(host) || !(0,names/* isValidOwner */.yi)(owner) || !(0,names/* isValidRepo */.zd)(repo))
        return undefined;
    return `${host}/${owner}/${repo}`;
}
/**
 * Exactly `git+https://HOST/OWNER/REPO[@REF]` → `HOST/OWNER/REPO` and the ref. Anything else
 * (another scheme, a port, userinfo, an extra segment, `.git`) is kept as written, so it
 * disagrees with the certificate (PROVENANCE_MISMATCH) rather than being read loosely.
 */
function parseGitUri(uri) {
    const at = uri.indexOf('@');
    const repository = hostRepo(at < 0 ? uri : uri.slice(0, at), 'git+https://');
    if (repository === undefined)
        return { repository: uri, ref: undefined };
    return { repository, ref: at < 0 ? undefined : uri.slice(at + 1) };
}
function repoFromUri(value) {
    if (typeof value !== 'string')
        return value;
    return hostRepo(value, 'https://') ?? value;
}
function repoPathOf(value) {
    if (typeof value !== 'string')
        return value;
    const repo = (0,names/* parseRepoPath */.NP)(value);
    return repo === undefined ? value : (0,names/* formatRepo */.Kf)(repo);
}
function push(facts, field, value, at) {
    if (value === undefined || value === null || value === '')
        return;
    if (typeof value !== 'string' && typeof value !== 'number')
        throw provError(`${at} is not a string`);
    facts.push({ field, value: String(value), at });
}
function inputsOf(value) {
    return (0,strict_json/* isJsonObject */.O)(value) ? value : undefined;
}
function obj(value, at) {
    if (!(0,strict_json/* isJsonObject */.O)(value))
        throw provError(`${at} is missing or not an object`);
    return value;
}
function optObj(value) {
    return (0,strict_json/* isJsonObject */.O)(value) ? value : undefined;
}
function str(value, at) {
    if (typeof value !== 'string' || value.length === 0)
        throw provError(`${at} is missing or not a string`);
    return value;
}
function provError(message) {
    return new errors/* VerifyError */.Gz('STATEMENT', `SLSA provenance: ${message}`);
}

// EXTERNAL MODULE: ./src/core/statement/statement.ts
var statement_statement = __webpack_require__(38124);
;// CONCATENATED MODULE: ./src/core/summary.ts


function summarizeIdentity(c) {
    const gh = c.github;
    const uri = (w) => w && `https://${(0,names/* formatWorkflow */.Vp)(w)}`;
    const entries = [
        ['issuer', (0,certificate_identity/* effectiveIssuer */.PR)(c)],
        ['san', c.san?.value],
        ['host', gh?.host],
        ['repository', gh?.sourceRepo && (0,names/* formatRepo */.Kf)(gh.sourceRepo)],
        [
            'repositoryUri',
            gh === undefined
                ? c.sourceRepositoryUri
                : gh.sourceRepo && `https://${gh.host}/${(0,names/* formatRepo */.Kf)(gh.sourceRepo)}`,
        ],
        ['signerWorkflow', gh?.signer && (0,names/* formatWorkflow */.Vp)(gh.signer)],
        [
            'signerWorkflowUri',
            gh === undefined
                ? (c.buildSignerUri ?? (c.san?.kind === 'uri' ? c.san.value : undefined))
                : uri(gh.signer),
        ],
        ['signerDigest', c.buildSignerDigest],
        ['callerWorkflow', gh?.caller && (0,names/* formatWorkflow */.Vp)(gh.caller)],
        ['callerWorkflowUri', gh === undefined ? c.buildConfigUri : uri(gh.caller)],
        ['sourceRef', (0,certificate_identity/* effectiveRef */.tn)(c)],
        ['sourceDigest', (0,certificate_identity/* effectiveCommit */.pn)(c)],
        ['repositoryId', c.sourceRepositoryId],
        ['ownerId', c.sourceRepositoryOwnerId],
        ['runnerEnvironment', c.runnerEnvironment],
        ['trigger', (0,certificate_identity/* effectiveTrigger */.wO)(c)],
        ['runInvocation', c.runInvocationUri],
        ['visibility', c.sourceRepositoryVisibility],
    ];
    return Object.fromEntries(entries.filter(([, v]) => v !== undefined));
}
/** Weak spots of an accepted policy, said out loud (never a reason to accept). */
function warningsFor(policy, c) {
    const warnings = [];
    if (policy.sourceRepo === undefined && policy.owner === undefined) {
        warnings.push('the policy pins only the certificate identity: any repository that can run that workflow passes; add --repo');
    }
    if (policy.triggers === undefined && (0,certificate_identity/* effectiveTrigger */.wO)(c) === 'pull_request_target') {
        warnings.push('built by a pull_request_target run; pass --trigger to allow only the events you release from');
    }
    if (policy.sourceRepo !== undefined &&
        policy.repositoryId === undefined &&
        c.sourceRepositoryId !== undefined) {
        warnings.push(`pin --repo-id ${c.sourceRepositoryId} to survive a rename or re-creation of ${(0,names/* formatRepo */.Kf)(policy.sourceRepo)}`);
    }
    return warnings;
}

;// CONCATENATED MODULE: ./src/core/verify.ts















/**
 * Verify artifacts against attestations. Each attestation is verified end to end on its own; an
 * artifact passes when one attestation satisfies the whole policy; facts are never combined
 * across attestations. Pure: trust roots and inputs are passed in.
 */
function verifyArtifacts(request) {
    const matcher = new AttestationMatcher(request.policy, request.roots, request.artifacts);
    for (const candidate of request.attestations)
        matcher.add(candidate);
    return matcher.results().map((r) => r.result);
}
/**
 * Attestations, as they are read, matched to the artifacts their subject digests name through an
 * index (never artifact x attestation): each attestation is verified once, evaluated against the
 * artifacts it names, and only its results are kept. An attestation whose subjects cannot be read
 * is listed under every artifact (its failure is artifact-independent). Up to FALLBACK_SHOWN
 * attestations, every one is listed under every artifact (a mismatch explained where it is);
 * beyond, an artifact lists the attestations that name it, or, when none does, the first few
 * and a count of the rest. Verdicts are the same either way: an attestation that names no
 * digest of the artifact fails its subject check.
 */
class AttestationMatcher {
    policy;
    roots;
    artifacts;
    /** `alg:hex` of every accepted digest of every artifact → the artifacts carrying it. */
    index = new Map();
    listed;
    everywhere = [];
    sample = [];
    unmatched = [];
    unmatchedCount = 0;
    routedCount = 0;
    count = 0;
    constructor(policy, roots, artifacts) {
        this.policy = policy;
        this.roots = roots;
        this.artifacts = artifacts;
        this.listed = artifacts.map(() => []);
        artifacts.forEach((artifact, i) => {
            for (const alg of checks_subject/* ACCEPTED_ALGORITHMS */.Nl) {
                const hex = artifact.digests[alg];
                if (hex === undefined)
                    continue;
                const key = `${alg}:${hex}`;
                const list = this.index.get(key);
                if (list === undefined)
                    this.index.set(key, [i]);
                else if (list[list.length - 1] !== i)
                    list.push(i);
            }
        });
    }
    /**
     * Verify one attestation and record its result under the artifacts it names. Returns its
     * position (what `sources` of a result refers to).
     */
    add(candidate) {
        return this.addPrepared(prepareAttestation(candidate, this.roots));
    }
    /**
     * {@link add} for an attestation already prepared (by {@link prepareAttestation} against the
     * same roots, in this process or a worker): the same position, routing and evaluation.
     */
    addPrepared(prepared) {
        const source = this.count++;
        const subjects = prepared.ok ? prepared.statement.subjects : prepared.claimed;
        if (subjects === undefined) {
            this.everywhere.push({ source, result: evaluate(prepared, undefined, this.policy) });
            return source;
        }
        this.routedCount++;
        if (this.sample.length < FALLBACK_SHOWN)
            this.sample.push({ source, prepared });
        const named = this.named(subjects);
        if (named.size === 0) {
            this.unmatchedCount++;
            if (this.unmatched.length < UNMATCHED_SHOWN)
                this.unmatched.push(prepared.origin);
        }
        for (const i of named) {
            const artifact = this.artifacts[i];
            this.listed[i]?.push({ source, result: evaluate(prepared, artifact, this.policy) });
        }
        return source;
    }
    /** Attestations that name none of the artifacts: a warning line, or none. */
    unmatchedNote() {
        if (this.unmatchedCount === 0 || this.routedCount <= FALLBACK_SHOWN)
            return undefined;
        const more = this.unmatchedCount - this.unmatched.length;
        return `${this.unmatchedCount} attestation(s) name none of the artifacts given: ${this.unmatched.join(', ')}${more > 0 ? ` (+${more} more)` : ''}`;
    }
    /** One result per artifact, in the order given; attestations in the order added. */
    results() {
        const few = this.routedCount <= FALLBACK_SHOWN;
        return this.artifacts.map((artifact, i) => {
            let own = this.listed[i] ?? [];
            if (few)
                own = this.everyOne(artifact, own);
            else if (own.length === 0)
                own = this.fallback(artifact);
            const merged = mergeBySource(own, this.everywhere);
            const attestations = merged.map((l) => l.result);
            return {
                result: {
                    name: artifact.name,
                    digests: artifact.digests,
                    verdict: combineVerdicts(attestations.map((a) => a.verdict)),
                    attestations,
                },
                sources: merged.map((l) => l.source),
            };
        });
    }
    /** The artifacts any of these subjects names (by one accepted digest; checkSubject decides). */
    named(subjects) {
        const hits = new Set();
        for (const subject of subjects) {
            for (const alg of checks_subject/* ACCEPTED_ALGORITHMS */.Nl) {
                const hex = subject.digest[alg];
                if (hex === undefined)
                    continue;
                for (const i of this.index.get(`${alg}:${hex}`) ?? [])
                    hits.add(i);
            }
        }
        return hits;
    }
    /** A few attestations: every one is shown under every artifact (reusing those evaluated). */
    everyOne(artifact, own) {
        return this.sample.map(({ source, prepared }) => own.find((l) => l.source === source) ?? {
            source,
            result: evaluate(prepared, artifact, this.policy),
        });
    }
    fallback(artifact) {
        const shown = this.sample.map(({ source, prepared }) => ({
            source,
            result: evaluate(prepared, artifact, this.policy),
        }));
        const rest = this.routedCount - this.sample.length;
        if (rest > 0)
            shown.push({
                source: this.count,
                result: {
                    origin: `${rest} more attestation(s)`,
                    verdict: 'failed',
                    checks: [
                        (0,result/* fail */.fJ)('subject', 'SUBJECT', `none of the other ${rest} attestation(s) names this artifact's digest`, { hint: 'check the artifact and the bundles belong together' }),
                    ],
                    warnings: [],
                },
            });
        return shown;
    }
}
/** Attestations shown against an artifact no attestation names. */
const FALLBACK_SHOWN = 8;
/** Origins named in the note on attestations that name no artifact. */
const UNMATCHED_SHOWN = 10;
function mergeBySource(a, b) {
    if (b.length === 0)
        return [...a];
    const out = [];
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
        const x = a[i];
        const y = b[j];
        if (y === undefined || (x !== undefined && x.source <= y.source)) {
            out.push(x);
            i++;
        }
        else {
            out.push(y);
            j++;
        }
    }
    return out;
}
/** An artifact's verdict from its attestations': one verified is enough; else undecided beats failed. */
function combineVerdicts(verdicts) {
    if (verdicts.includes('verified'))
        return 'verified';
    if (verdicts.includes('indeterminate'))
        return 'indeterminate';
    return 'failed';
}
/**
 * The expensive, artifact-independent step of verifying one attestation: parse the bundle,
 * verify its cryptography against the roots, read the certificate identity and the statement.
 */
function prepareAttestation(candidate, roots) {
    return (0,fast_path.withoutStackTraces)(() => prepare(candidate, roots));
}
function prepare(candidate, roots) {
    const origin = candidate.origin;
    if (candidate.kind === 'invalid')
        return { ok: false, origin, checks: [errorCheck('bundle', candidate.error)] };
    const checks = [];
    let claimedPayload;
    try {
        let leaf;
        let payload;
        let evidence;
        if (candidate.kind === 'legacy-dsse') {
            const envelope = (0,legacy_dsse/* parseLegacyEnvelope */.x)(candidate.json);
            checks.push((0,result/* pass */.IX)('bundle', 'legacy DSSE envelope with certificate'));
            checks.push((0,result/* fail */.fJ)('transparency-log', 'TLOG_LOOKUP_NEEDED', 'this envelope carries no transparency-log entry or timestamp: its signature time and certificate cannot be proven offline', {
                hint: 'look it up in the transparency log: --rekor-url https://rekor.sigstore.dev (the default when online, without --trusted-root or --offline); or ask the builder for a Sigstore bundle (slsa-github-generator >= v2.1.0 writes them)',
            }));
            ({ leaf, payload } = envelope);
        }
        else {
            const parsed = (0,parse_bundle/* parseBundle */.Q)(candidate.json);
            claimedPayload = parsed.dsse?.payload;
            checks.push((0,result/* pass */.IX)('bundle', `Sigstore bundle v${parsed.version}`));
            if (parsed.dsse === undefined) {
                throw new errors/* VerifyError */.Gz('BUNDLE_SHAPE', 'this bundle is a message signature, not an attestation', { hint: 'use verify-bundle for plain signatures' });
            }
            const crypto = (0,verify_signature/* verifyBundleCrypto */.l)(parsed, roots);
            evidence = (0,verify_signature/* evidenceFields */.V)(crypto);
            checks.push((0,result/* pass */.IX)('signature', `signature, certificate chain, timestamps and log entries verified against ${crypto.rootLabel}`));
            if (parsed.leaf === undefined)
                throw new errors/* VerifyError */.Gz('KEY_MATERIAL', 'attestation is key-signed: verify needs a Fulcio certificate');
            leaf = parsed.leaf;
            payload = parsed.dsse.payload;
        }
        let cert;
        try {
            cert = (0,certificate_identity/* readCertificateIdentity */.sU)(leaf);
        }
        catch (err) {
            return {
                ok: false,
                origin,
                checks: [...checks, errorCheck('identity', err)],
                ...claimedSubjects(payload),
            };
        }
        try {
            const statement = (0,statement_statement/* parseStatement */.B)(payload);
            return {
                ok: true,
                origin,
                evidence,
                cert,
                statement,
                early: checks,
            };
        }
        catch (err) {
            return { ok: false, origin, cert, checks: [...checks, errorCheck('statement', err)] };
        }
    }
    catch (err) {
        return {
            ok: false,
            origin,
            checks: [...checks, errorCheck(checks.length === 0 ? 'bundle' : 'signature', err)],
            ...claimedSubjects(claimedPayload),
        };
    }
}
/**
 * The subjects an attestation that failed claims, read only to show the failure under the
 * artifacts it is about; unreadable, it is shown under every artifact.
 */
function claimedSubjects(payload) {
    if (payload === undefined)
        return {};
    try {
        return { claimed: (0,statement_statement/* parseStatement */.B)(payload).subjects };
    }
    catch {
        return {};
    }
}
/** A failed attestation's result is the same whatever the artifact (`undefined` here). */
function evaluate(p, artifact, policy) {
    if (!p.ok || artifact === undefined) {
        if (p.ok)
            throw new Error('internal: a verified attestation needs an artifact');
        return {
            origin: p.origin,
            verdict: verdictOf(p.checks),
            checks: p.checks,
            ...(p.cert === undefined ? {} : { identity: summarizeIdentity(p.cert) }),
            warnings: [],
        };
    }
    const checks = [...p.early];
    checks.push((0,checks_subject/* checkPredicateType */.Si)(policy, p.statement));
    checks.push((0,checks_subject/* checkSubject */.jj)(p.statement, artifact.digests, policy.subjectName));
    let claims;
    if (build_types/* SLSA_PROVENANCE_TYPES */.Ov.includes(p.statement.predicateType)) {
        try {
            claims = readProvenance(p.statement);
        }
        catch (err) {
            checks.push(errorCheck('provenance', err));
        }
    }
    const ctx = { policy, cert: p.cert, statement: p.statement, claims };
    checks.push(...runPolicyChecks(ctx));
    return {
        origin: p.origin,
        verdict: verdictOf(checks),
        checks,
        identity: summarizeIdentity(p.cert),
        predicateType: p.statement.predicateType,
        ...(claims === undefined ? {} : { buildType: claims.buildType, ...builderFields(ctx) }),
        ...p.evidence,
        warnings: warningsFor(policy, p.cert),
    };
}
/**
 * The verified builder (what --builder-id is matched against: from the certificate, or from a
 * trusted delegator), and the predicate's own claim beside it when they differ.
 */
function builderFields(ctx) {
    const builder = effectiveBuilder(ctx);
    const builderId = builder.name === '' ? undefined : builder.display;
    const claimed = ctx.claims?.builderId;
    return {
        ...(builderId === undefined ? {} : { builderId }),
        ...(claimed === undefined || claimed === builderId ? {} : { claimedBuilderId: claimed }),
    };
}
function verdictOf(checks) {
    const failed = checks.filter((c) => c.status === 'fail');
    if (failed.length === 0)
        return 'verified';
    return failed.every((c) => c.code !== undefined && (0,codes/* isIndeterminate */.ew)(c.code))
        ? 'indeterminate'
        : 'failed';
}
/**
 * A failure while reading one attestation is that attestation's rejection, whatever threw: a
 * library meeting hostile bytes it cannot decode must not abort the verdicts of the others.
 */
function errorCheck(id, err) {
    if (err instanceof errors/* VerifyError */.Gz)
        return (0,result/* fail */.fJ)(id, err.code, err.message, { hint: err.hint });
    const what = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    return (0,result/* fail */.fJ)(id, 'MALFORMED', `cannot be read (${what})`);
}


/***/ }),

/***/ 57467:
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
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

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

/***/ 40218:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ OID),
/* harmony export */   l: () => (/* binding */ parseLeafCertificate)
/* harmony export */ });
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83917);
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_sigstore_core__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _der_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57467);



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

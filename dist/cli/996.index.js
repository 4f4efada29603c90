export const id = 996;
export const ids = [996];
export const modules = {

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

/***/ 6463:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  V: () => (/* binding */ evidenceFields),
  l: () => (/* binding */ verifyBundleCrypto)
});

// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var dist = __webpack_require__(3917);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(4187);
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
    if (err instanceof verify_dist/* VerificationError */.mk || err instanceof verify_dist/* PolicyError */.pn) {
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
    const root = (0,trust/* selectRoot */.PD)(roots, parsed.leaf?.cert);
    const material = withKey(root.material, options.publicKey, options.keyValidAt);
    const verifier = new verify_dist/* Verifier */.BL(material, {
        tlogThreshold: root.hasTlogs ? 1 : 0,
        ctlogThreshold: parsed.leaf !== undefined && root.hasCtlogs ? 1 : 0,
        timestampThreshold: 1,
    });
    let signer;
    try {
        const entity = signedEntity(parsed, options);
        if (entity.key.$case === 'certificate')
            (0,fast_path.freezeCertificate)(entity.key.certificate);
        signer = verifier.verify(entity);
    }
    catch (err) {
        throw mapSigstoreError(err);
    }
    return { rootLabel: root.label, signer, ...summarize(parsed) };
}
/** The entity @sigstore/verify checks; a message signature's content is checked by ours. */
function signedEntity(parsed, options) {
    const content = parsed.bundle.content;
    if (content.$case !== 'messageSignature')
        return (0,verify_dist/* toSignedEntity */.DC)(parsed.bundle);
    const { artifact, artifactDigest } = options;
    if (artifact === undefined && artifactDigest === undefined)
        throw new errors/* VerifyError */.Gz('USAGE', 'a message-signature bundle needs the artifact or its digest');
    return {
        ...(0,verify_dist/* toSignedEntity */.DC)(parsed.bundle, artifact),
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
/** Called only after verification passed, so every time listed here was verified. */
function summarize(parsed) {
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
    for (const ts of material.timestampVerificationData?.rfc3161Timestamps ?? []) {
        const parsedTs = dist.RFC3161Timestamp.parse(Buffer.from(ts.signedTimestamp));
        signedTimes.push({ source: 'timestamp-authority', time: parsedTs.signingTime });
    }
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

/***/ 8557:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hc: () => (/* binding */ resultFromArtifacts),
/* harmony export */   R1: () => (/* binding */ trustRootsOf),
/* harmony export */   WG: () => (/* binding */ errorResult),
/* harmony export */   vh: () => (/* binding */ decidedHead)
/* harmony export */ });
/* unused harmony exports SCHEMA_VERSION, exitOfVerdict, describePolicy */
/* harmony import */ var _codes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7265);
/* harmony import */ var _github_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9067);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9294);



const SCHEMA_VERSION = 1;
function resultFromArtifacts(args) {
    const verdict = overall(args.artifacts);
    const codes = new Set();
    for (const a of args.artifacts) {
        if (a.verdict === 'verified')
            continue;
        if (a.attestations.length === 0 || a.attestations.every(hasOtherPredicateType))
            codes.add('NO_ATTESTATION');
        for (const att of a.attestations)
            (0,_result_js__WEBPACK_IMPORTED_MODULE_2__/* .failedCodes */ .Q8)(att.checks).forEach((c) => codes.add(c));
    }
    return {
        ...decidedHead(args.version, args.command, verdict, [...codes]),
        policy: describePolicy(args.policy),
        trustRoots: trustRootsOf(args.roots),
        artifacts: args.artifacts,
        warnings: args.warnings ?? [],
    };
}
/** The fields every decided result starts with: version, tool, command, verdict and its exit code. */
function decidedHead(version, command, verdict, failedChecks) {
    return {
        schemaVersion: SCHEMA_VERSION,
        tool: { name: 'verify-provenance', version },
        command,
        verdict,
        exitCode: exitOfVerdict(verdict),
        failedChecks,
    };
}
/** A run's exit code from its verdict: only a full accept is 0. */
function exitOfVerdict(verdict) {
    return verdict === 'verified'
        ? _codes_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.VERIFIED
        : verdict === 'indeterminate'
            ? _codes_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.INDETERMINATE
            : _codes_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.FAILED;
}
/** The trusted roots a result names. */
function trustRootsOf(roots) {
    return roots.map((r) => ({
        label: r.label,
        ...(r.newestKeyStart === undefined ? {} : { newestKeyStart: r.newestKeyStart.toISOString() }),
    }));
}
/** Attestations exist, but none is of a type the policy asks for: nothing was checked. */
function hasOtherPredicateType(att) {
    return att.checks.some((c) => c.id === 'predicate-type' && c.status === 'fail');
}
/** Zero artifacts is never a pass; an artifact with no attestation fails. */
function overall(artifacts) {
    if (artifacts.length === 0)
        return 'failed';
    if (artifacts.every((a) => a.verdict === 'verified'))
        return 'verified';
    if (artifacts.some((a) => a.verdict === 'failed'))
        return 'failed';
    return 'indeterminate';
}
function errorResult(version, command, code, message, exitCode, hint) {
    return {
        schemaVersion: SCHEMA_VERSION,
        tool: { name: 'verify-provenance', version },
        command,
        verdict: 'error',
        exitCode,
        failedChecks: [code],
        artifacts: [],
        warnings: [],
        error: { code, message, ...(hint === undefined ? {} : { hint }) },
    };
}
/** The normalised policy, with the names the flags use. */
function describePolicy(p) {
    const out = {
        certOidcIssuer: p.issuer,
        repo: p.sourceRepo && (0,_github_names_js__WEBPACK_IMPORTED_MODULE_1__/* .formatRepo */ .Kf)(p.sourceRepo),
        owner: p.owner,
        certIdentity: p.certIdentity,
        signerWorkflow: p.signerWorkflow && (0,_github_names_js__WEBPACK_IMPORTED_MODULE_1__/* .formatWorkflow */ .Vp)(p.signerWorkflow),
        signerRepo: p.signerRepo && (0,_github_names_js__WEBPACK_IMPORTED_MODULE_1__/* .formatRepo */ .Kf)(p.signerRepo),
        callerWorkflow: p.callerWorkflow &&
            `${p.callerWorkflow.repo ? `${(0,_github_names_js__WEBPACK_IMPORTED_MODULE_1__/* .formatRepo */ .Kf)(p.callerWorkflow.repo)}/` : ''}${p.callerWorkflow.path}${p.callerWorkflow.ref ? `@${p.callerWorkflow.ref}` : ''}`,
        sourceRefs: p.refRules.length > 0
            ? p.refRules.map((r) => `${r.kind}:${'ref' in r ? r.ref : 'name' in r ? r.name : r.tag}`)
            : undefined,
        sourceDigest: p.sourceDigest,
        builderId: p.builderId && `${p.builderId.name}${p.builderId.version ? `@${p.builderId.version}` : ''}`,
        workflowInput: p.workflowInputs.length > 0 ? Object.fromEntries(p.workflowInputs) : undefined,
        trigger: p.triggers,
        allowSelfHostedRunners: p.allowSelfHostedRunners,
        allowUnrecordedRunner: p.allowUnrecordedRunner || undefined,
        repoId: p.repositoryId,
        ownerId: p.ownerId,
        subjectName: p.subjectName,
        predicateType: p.predicateTypes === 'any' ? 'any' : p.predicateTypes,
        defaultSigner: p.defaultSigner === 'caller' ? 'caller' : undefined,
    };
    return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined));
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

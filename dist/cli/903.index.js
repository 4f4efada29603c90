export const id = 903;
export const ids = [903];
export const modules = {

/***/ 8456:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.toMessageSignatureBundle = toMessageSignatureBundle;
exports.toDSSEBundle = toDSSEBundle;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const protobuf_specs_1 = __webpack_require__(9654);
const bundle_1 = __webpack_require__(7742);
// Message signature bundle - $case: 'messageSignature'
function toMessageSignatureBundle(options) {
    return {
        mediaType: options.certificateChain
            ? bundle_1.BUNDLE_V02_MEDIA_TYPE
            : bundle_1.BUNDLE_V03_MEDIA_TYPE,
        content: {
            $case: 'messageSignature',
            messageSignature: {
                messageDigest: {
                    algorithm: protobuf_specs_1.HashAlgorithm.SHA2_256,
                    digest: options.digest,
                },
                signature: options.signature,
            },
        },
        verificationMaterial: toVerificationMaterial(options),
    };
}
// DSSE envelope bundle - $case: 'dsseEnvelope'
function toDSSEBundle(options) {
    return {
        mediaType: options.certificateChain
            ? bundle_1.BUNDLE_V02_MEDIA_TYPE
            : bundle_1.BUNDLE_V03_MEDIA_TYPE,
        content: {
            $case: 'dsseEnvelope',
            dsseEnvelope: toEnvelope(options),
        },
        verificationMaterial: toVerificationMaterial(options),
    };
}
function toEnvelope(options) {
    return {
        payloadType: options.artifactType,
        payload: options.artifact,
        signatures: [toSignature(options)],
    };
}
function toSignature(options) {
    return {
        keyid: options.keyHint || '',
        sig: options.signature,
    };
}
// Verification material
function toVerificationMaterial(options) {
    return {
        content: toKeyContent(options),
        tlogEntries: [],
        timestampVerificationData: { rfc3161Timestamps: [] },
    };
}
function toKeyContent(options) {
    if (options.certificate) {
        if (options.certificateChain) {
            return {
                $case: 'x509CertificateChain',
                x509CertificateChain: {
                    certificates: [{ rawBytes: options.certificate }],
                },
            };
        }
        else {
            return {
                $case: 'certificate',
                certificate: { rawBytes: options.certificate },
            };
        }
    }
    else {
        return {
            $case: 'publicKey',
            publicKey: {
                hint: options.keyHint || '',
            },
        };
    }
}


/***/ }),

/***/ 7742:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BUNDLE_V03_MEDIA_TYPE = exports.BUNDLE_V03_LEGACY_MEDIA_TYPE = exports.BUNDLE_V02_MEDIA_TYPE = exports.BUNDLE_V01_MEDIA_TYPE = void 0;
exports.isBundleWithCertificateChain = isBundleWithCertificateChain;
exports.isBundleWithPublicKey = isBundleWithPublicKey;
exports.isBundleWithMessageSignature = isBundleWithMessageSignature;
exports.isBundleWithDsseEnvelope = isBundleWithDsseEnvelope;
exports.BUNDLE_V01_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle+json;version=0.1';
exports.BUNDLE_V02_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle+json;version=0.2';
exports.BUNDLE_V03_LEGACY_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle+json;version=0.3';
exports.BUNDLE_V03_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
// Type guards for bundle variants.
function isBundleWithCertificateChain(b) {
    return b.verificationMaterial.content.$case === 'x509CertificateChain';
}
function isBundleWithPublicKey(b) {
    return b.verificationMaterial.content.$case === 'publicKey';
}
function isBundleWithMessageSignature(b) {
    return b.content.$case === 'messageSignature';
}
function isBundleWithDsseEnvelope(b) {
    return b.content.$case === 'dsseEnvelope';
}


/***/ }),

/***/ 7714:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ValidationError = void 0;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
class ValidationError extends Error {
    fields;
    constructor(message, fields) {
        super(message);
        this.fields = fields;
    }
}
exports.ValidationError = ValidationError;


/***/ }),

/***/ 1040:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
__webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = exports.vw = exports.yI = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = void 0;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
var build_1 = __webpack_require__(8456);
__webpack_unused_export__ = ({ enumerable: true, get: function () { return build_1.toDSSEBundle; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return build_1.toMessageSignatureBundle; } });
var bundle_1 = __webpack_require__(7742);
__webpack_unused_export__ = ({ enumerable: true, get: function () { return bundle_1.BUNDLE_V01_MEDIA_TYPE; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return bundle_1.BUNDLE_V02_MEDIA_TYPE; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return bundle_1.BUNDLE_V03_LEGACY_MEDIA_TYPE; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return bundle_1.BUNDLE_V03_MEDIA_TYPE; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return bundle_1.isBundleWithCertificateChain; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return bundle_1.isBundleWithDsseEnvelope; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return bundle_1.isBundleWithMessageSignature; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return bundle_1.isBundleWithPublicKey; } });
var error_1 = __webpack_require__(7714);
Object.defineProperty(exports, "yI", ({ enumerable: true, get: function () { return error_1.ValidationError; } }));
var serialized_1 = __webpack_require__(3404);
Object.defineProperty(exports, "vw", ({ enumerable: true, get: function () { return serialized_1.bundleFromJSON; } }));
__webpack_unused_export__ = ({ enumerable: true, get: function () { return serialized_1.bundleToJSON; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return serialized_1.envelopeFromJSON; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return serialized_1.envelopeToJSON; } });
var validate_1 = __webpack_require__(9352);
__webpack_unused_export__ = ({ enumerable: true, get: function () { return validate_1.assertBundle; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return validate_1.assertBundleLatest; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return validate_1.assertBundleV01; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return validate_1.assertBundleV02; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return validate_1.isBundleV01; } });


/***/ }),

/***/ 3404:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.envelopeToJSON = exports.envelopeFromJSON = exports.bundleToJSON = exports.bundleFromJSON = void 0;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const protobuf_specs_1 = __webpack_require__(9654);
const bundle_1 = __webpack_require__(7742);
const validate_1 = __webpack_require__(9352);
const bundleFromJSON = (obj) => {
    const bundle = protobuf_specs_1.Bundle.fromJSON(obj);
    switch (bundle.mediaType) {
        case bundle_1.BUNDLE_V01_MEDIA_TYPE:
            (0, validate_1.assertBundleV01)(bundle);
            break;
        case bundle_1.BUNDLE_V02_MEDIA_TYPE:
            (0, validate_1.assertBundleV02)(bundle);
            break;
        default:
            (0, validate_1.assertBundleLatest)(bundle);
            break;
    }
    return bundle;
};
exports.bundleFromJSON = bundleFromJSON;
const bundleToJSON = (bundle) => {
    return protobuf_specs_1.Bundle.toJSON(bundle);
};
exports.bundleToJSON = bundleToJSON;
const envelopeFromJSON = (obj) => {
    return protobuf_specs_1.Envelope.fromJSON(obj);
};
exports.envelopeFromJSON = envelopeFromJSON;
const envelopeToJSON = (envelope) => {
    return protobuf_specs_1.Envelope.toJSON(envelope);
};
exports.envelopeToJSON = envelopeToJSON;


/***/ }),

/***/ 9352:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.assertBundle = assertBundle;
exports.assertBundleV01 = assertBundleV01;
exports.isBundleV01 = isBundleV01;
exports.assertBundleV02 = assertBundleV02;
exports.assertBundleLatest = assertBundleLatest;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const error_1 = __webpack_require__(7714);
// Performs basic validation of a Sigstore bundle to ensure that all required
// fields are populated. This is not a complete validation of the bundle, but
// rather a check that the bundle is in a valid state to be processed by the
// rest of the code.
function assertBundle(b) {
    const invalidValues = validateBundleBase(b);
    if (invalidValues.length > 0) {
        throw new error_1.ValidationError('invalid bundle', invalidValues);
    }
}
// Asserts that the given bundle conforms to the v0.1 bundle format.
function assertBundleV01(b) {
    const invalidValues = [];
    invalidValues.push(...validateBundleBase(b));
    invalidValues.push(...validateInclusionPromise(b));
    if (invalidValues.length > 0) {
        throw new error_1.ValidationError('invalid v0.1 bundle', invalidValues);
    }
}
// Type guard to determine if Bundle is a v0.1 bundle.
function isBundleV01(b) {
    try {
        assertBundleV01(b);
        return true;
    }
    catch (e) {
        return false;
    }
}
// Asserts that the given bundle conforms to the v0.2 bundle format.
function assertBundleV02(b) {
    const invalidValues = [];
    invalidValues.push(...validateBundleBase(b));
    invalidValues.push(...validateInclusionProof(b));
    if (invalidValues.length > 0) {
        throw new error_1.ValidationError('invalid v0.2 bundle', invalidValues);
    }
}
// Asserts that the given bundle conforms to the newest (0.3) bundle format.
function assertBundleLatest(b) {
    const invalidValues = [];
    invalidValues.push(...validateBundleBase(b));
    invalidValues.push(...validateInclusionProof(b));
    invalidValues.push(...validateNoCertificateChain(b));
    if (invalidValues.length > 0) {
        throw new error_1.ValidationError('invalid bundle', invalidValues);
    }
}
function validateBundleBase(b) {
    const invalidValues = [];
    // Media type validation
    if (b.mediaType === undefined ||
        (!b.mediaType.match(/^application\/vnd\.dev\.sigstore\.bundle\+json;version=\d\.\d/) &&
            !b.mediaType.match(/^application\/vnd\.dev\.sigstore\.bundle\.v\d\.\d\+json/))) {
        invalidValues.push('mediaType');
    }
    // Content-related validation
    if (b.content === undefined) {
        invalidValues.push('content');
    }
    else {
        switch (b.content.$case) {
            case 'messageSignature':
                if (b.content.messageSignature.messageDigest === undefined) {
                    invalidValues.push('content.messageSignature.messageDigest');
                }
                else {
                    if (b.content.messageSignature.messageDigest.digest.length === 0) {
                        invalidValues.push('content.messageSignature.messageDigest.digest');
                    }
                }
                if (b.content.messageSignature.signature.length === 0) {
                    invalidValues.push('content.messageSignature.signature');
                }
                break;
            case 'dsseEnvelope':
                if (b.content.dsseEnvelope.payload.length === 0) {
                    invalidValues.push('content.dsseEnvelope.payload');
                }
                if (b.content.dsseEnvelope.signatures.length !== 1) {
                    invalidValues.push('content.dsseEnvelope.signatures');
                }
                else {
                    if (b.content.dsseEnvelope.signatures[0].sig.length === 0) {
                        invalidValues.push('content.dsseEnvelope.signatures[0].sig');
                    }
                }
                break;
        }
    }
    // Verification material-related validation
    if (b.verificationMaterial === undefined) {
        invalidValues.push('verificationMaterial');
    }
    else {
        if (b.verificationMaterial.content === undefined) {
            invalidValues.push('verificationMaterial.content');
        }
        else {
            switch (b.verificationMaterial.content.$case) {
                case 'x509CertificateChain':
                    if (b.verificationMaterial.content.x509CertificateChain.certificates
                        .length === 0) {
                        invalidValues.push('verificationMaterial.content.x509CertificateChain.certificates');
                    }
                    b.verificationMaterial.content.x509CertificateChain.certificates.forEach((cert, i) => {
                        if (cert.rawBytes.length === 0) {
                            invalidValues.push(`verificationMaterial.content.x509CertificateChain.certificates[${i}].rawBytes`);
                        }
                    });
                    break;
                case 'certificate':
                    if (b.verificationMaterial.content.certificate.rawBytes.length === 0) {
                        invalidValues.push('verificationMaterial.content.certificate.rawBytes');
                    }
                    break;
            }
        }
        if (b.verificationMaterial.tlogEntries === undefined) {
            invalidValues.push('verificationMaterial.tlogEntries');
        }
        else {
            if (b.verificationMaterial.tlogEntries.length > 0) {
                b.verificationMaterial.tlogEntries.forEach((entry, i) => {
                    if (entry.logId === undefined) {
                        invalidValues.push(`verificationMaterial.tlogEntries[${i}].logId`);
                    }
                    if (entry.kindVersion === undefined) {
                        invalidValues.push(`verificationMaterial.tlogEntries[${i}].kindVersion`);
                    }
                });
            }
        }
    }
    return invalidValues;
}
// Necessary for V01 bundles
function validateInclusionPromise(b) {
    const invalidValues = [];
    if (b.verificationMaterial &&
        b.verificationMaterial.tlogEntries?.length > 0) {
        b.verificationMaterial.tlogEntries.forEach((entry, i) => {
            if (entry.inclusionPromise === undefined) {
                invalidValues.push(`verificationMaterial.tlogEntries[${i}].inclusionPromise`);
            }
        });
    }
    return invalidValues;
}
// Necessary for V02 and later bundles
function validateInclusionProof(b) {
    const invalidValues = [];
    if (b.verificationMaterial &&
        b.verificationMaterial.tlogEntries?.length > 0) {
        b.verificationMaterial.tlogEntries.forEach((entry, i) => {
            if (entry.inclusionProof === undefined) {
                invalidValues.push(`verificationMaterial.tlogEntries[${i}].inclusionProof`);
            }
            else {
                if (entry.inclusionProof.checkpoint === undefined) {
                    invalidValues.push(`verificationMaterial.tlogEntries[${i}].inclusionProof.checkpoint`);
                }
            }
        });
    }
    return invalidValues;
}
// Necessary for V03 and later bundles
function validateNoCertificateChain(b) {
    const invalidValues = [];
    /* istanbul ignore next */
    if (b.verificationMaterial?.content?.$case === 'x509CertificateChain') {
        invalidValues.push('verificationMaterial.content.$case');
    }
    return invalidValues;
}


/***/ }),

/***/ 9000:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runInspect: () => (/* binding */ runInspect)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var dist = __webpack_require__(3917);
// EXTERNAL MODULE: ./src/core/bundle/legacy-dsse.ts
var legacy_dsse = __webpack_require__(7411);
// EXTERNAL MODULE: ./src/core/bundle/parse-bundle.ts + 1 modules
var parse_bundle = __webpack_require__(311);
// EXTERNAL MODULE: ./src/core/github/names.ts
var names = __webpack_require__(9067);
// EXTERNAL MODULE: ./src/core/github/refs.ts
var refs = __webpack_require__(8205);
// EXTERNAL MODULE: ./src/core/identity/certificate-identity.ts + 1 modules
var certificate_identity = __webpack_require__(8243);
// EXTERNAL MODULE: ./src/core/policy/policy.ts
var policy = __webpack_require__(8590);
// EXTERNAL MODULE: ./src/core/provenance/build-types.ts
var build_types = __webpack_require__(7931);
// EXTERNAL MODULE: ./src/core/provenance/claims.ts
var provenance_claims = __webpack_require__(9798);
// EXTERNAL MODULE: ./src/core/statement/statement.ts
var statement_statement = __webpack_require__(8124);
// EXTERNAL MODULE: ./src/core/summary.ts
var summary = __webpack_require__(1363);
;// CONCATENATED MODULE: ./src/core/inspect.ts












function inspectAttestation(candidate) {
    const out = {
        origin: candidate.origin,
    };
    try {
        if (candidate.kind === 'invalid')
            throw candidate.error;
        let payload;
        let leaf;
        if (candidate.kind === 'legacy-dsse') {
            const env = (0,legacy_dsse/* parseLegacyEnvelope */.x)(candidate.json);
            out.format = 'legacy DSSE envelope (no transparency-log material)';
            leaf = env.leaf;
            payload = env.payload;
        }
        else {
            const parsed = (0,parse_bundle/* parseBundle */.Q)(candidate.json);
            out.format = `Sigstore bundle v${parsed.version} (${parsed.dsse ? 'DSSE' : 'message signature'})`;
            leaf = parsed.leaf;
            const vm = parsed.bundle.verificationMaterial;
            out.logEntries = vm.tlogEntries.map((e) => ({
                logIndex: e.logIndex,
                kind: `${e.kindVersion?.kind ?? '?'}/${e.kindVersion?.version ?? '?'}`,
                ...(e.integratedTime && e.integratedTime !== '0'
                    ? { integratedTime: new Date(Number(e.integratedTime) * 1000).toISOString() }
                    : {}),
                inclusionProof: e.inclusionProof !== undefined,
                inclusionPromise: e.inclusionPromise !== undefined,
            }));
            out.timestamps = (vm.timestampVerificationData?.rfc3161Timestamps ?? []).map((t) => dist.RFC3161Timestamp.parse(Buffer.from(t.signedTimestamp)).signingTime.toISOString());
            payload = parsed.dsse?.payload;
        }
        let cert;
        if (leaf !== undefined) {
            out.certificate = {
                notBefore: leaf.cert.notBefore.toISOString(),
                notAfter: leaf.cert.notAfter.toISOString(),
            };
            cert = (0,certificate_identity/* readCertificateIdentity */.sU)(leaf);
            out.identity = (0,summary/* summarizeIdentity */.i)(cert);
        }
        let predicateType;
        if (payload !== undefined) {
            const statement = (0,statement_statement/* parseStatement */.B)(payload);
            predicateType = statement.predicateType;
            out.statement = {
                type: statement.type,
                predicateType: statement.predicateType,
                subjects: statement.subjects.map((s) => ({ name: s.name, digest: s.digest })),
            };
            if (build_types/* SLSA_PROVENANCE_TYPES */.Ov.includes(statement.predicateType)) {
                try {
                    const claims = (0,provenance_claims/* readProvenance */.C)(statement);
                    out.provenance = {
                        buildType: claims.buildType,
                        builderId: claims.builderId,
                        facts: Object.fromEntries(claims.facts.map((f) => [f.field, f.value])),
                    };
                }
                catch (err) {
                    if (!(err instanceof errors/* VerifyError */.Gz))
                        throw err;
                    out.provenance = { buildType: '?', builderId: '?', facts: { error: err.message } };
                }
            }
        }
        if (cert !== undefined)
            out.suggestedPolicy = suggestPolicy(cert, predicateType);
    }
    catch (err) {
        if (!(err instanceof errors/* VerifyError */.Gz))
            throw err;
        out.error = `[${err.code}] ${err.message}`;
    }
    return out;
}
/**
 * The flags of `verify` that the claimed identity would satisfy: the source repository and its
 * ids, the signer when it is a reusable workflow of another repository, the ref as a tag or
 * branch, the issuer when it is not GitHub's default, and the runner and predicate type when
 * the defaults would refuse them.
 */
function suggestPolicy(cert, predicateType) {
    const flags = [];
    const gh = cert.github;
    const issuer = (0,certificate_identity/* effectiveIssuer */.PR)(cert);
    if (issuer !== undefined && issuer !== policy/* GITHUB_ACTIONS_ISSUER */.q)
        flags.push(`--cert-oidc-issuer ${issuer}`);
    if (gh?.sourceRepo === undefined) {
        if (cert.san !== undefined)
            flags.push(`--cert-identity ${cert.san.value}`);
    }
    else {
        flags.push(`--repo ${(0,names/* formatRepo */.Kf)(gh.sourceRepo)}`);
        if (cert.sourceRepositoryId !== undefined)
            flags.push(`--repo-id ${cert.sourceRepositoryId}`);
        if (cert.sourceRepositoryOwnerId !== undefined)
            flags.push(`--owner-id ${cert.sourceRepositoryOwnerId}`);
        const signer = gh.signer;
        if (signer !== undefined && !(0,names/* sameRepo */.Zj)(signer, gh.sourceRepo))
            flags.push(`--signer-workflow ${(0,names/* formatWorkflow */.Vp)({ ...signer, ref: undefined })}`);
    }
    const ref = (0,certificate_identity/* effectiveRef */.tn)(cert);
    const tag = (0,refs/* tagOf */.cO)(ref);
    const branch = (0,refs/* branchOf */.W0)(ref);
    if (tag !== undefined)
        flags.push(`--source-tag ${tag}`);
    else if (branch !== undefined)
        flags.push(`--source-branch ${branch}`);
    else if (ref !== undefined)
        flags.push(`--source-ref ${ref}`);
    const commit = (0,certificate_identity/* effectiveCommit */.pn)(cert);
    if (commit !== undefined)
        flags.push(`--source-digest ${commit}`);
    if (gh !== undefined && cert.runnerEnvironment !== 'github-hosted')
        flags.push('--allow-self-hosted-runners');
    if (predicateType !== undefined && !build_types/* SLSA_PROVENANCE_TYPES */.Ov.includes(predicateType))
        flags.push(`--predicate-type ${predicateType}`);
    return flags;
}

// EXTERNAL MODULE: ./src/core/input/read-attestations.ts
var read_attestations = __webpack_require__(392);
// EXTERNAL MODULE: ./src/render/printable.ts
var printable = __webpack_require__(8359);
;// CONCATENATED MODULE: ./src/render/inspect.ts

/** A labelled, readable view of what attestations claim. Every line says: UNVERIFIED. */
function renderInspect(files) {
    const lines = [];
    for (const { file, attestations } of files) {
        lines.push(`${file}: ${attestations.length} attestation(s) — UNVERIFIED: shown as claimed, nothing checked`);
        for (const a of attestations)
            lines.push('', ...attestationLines(a));
        lines.push('');
    }
    return `${lines.map(printable/* printable */.g).join('\n')}\n`;
}
function attestationLines(a) {
    const out = [`[${a.origin}] ${a.format ?? ''}`.trimEnd()];
    const row = (label, value, indent = '  ') => {
        if (value !== undefined && value !== '')
            out.push(`${indent}${`${label}:`.padEnd(20)}${value}`);
    };
    if (a.error !== undefined)
        row('cannot be read', a.error);
    const id = a.identity;
    if (id !== undefined) {
        out.push('  certificate (claimed)');
        row('issuer', id.issuer, '    ');
        row('identity (SAN)', id.san, '    ');
        row('signer workflow', id.signerWorkflowUri, '    ');
        row('caller workflow', id.callerWorkflowUri, '    ');
        row('source repository', id.repository ?? id.repositoryUri, '    ');
        row('source ref', id.sourceRef, '    ');
        row('source commit', id.sourceDigest, '    ');
        row('repository ids', id.repositoryId === undefined ? undefined : `${id.repositoryId} (owner ${id.ownerId ?? '?'})`, '    ');
        row('trigger', id.trigger, '    ');
        row('runner', id.runnerEnvironment, '    ');
        row('run', id.runInvocation, '    ');
        if (a.certificate !== undefined)
            row('valid', `${a.certificate.notBefore} .. ${a.certificate.notAfter}`, '    ');
    }
    for (const e of a.logEntries ?? [])
        row('log entry', `${e.logIndex} (${e.kind})${e.integratedTime === undefined ? '' : `, integrated ${e.integratedTime}`}${e.inclusionProof ? ', inclusion proof' : ''}${e.inclusionPromise ? ', promise' : ''}`);
    for (const t of a.timestamps ?? [])
        row('timestamp', t);
    if (a.statement !== undefined) {
        row('statement', `${a.statement.type}, predicate ${a.statement.predicateType}`);
        for (const s of a.statement.subjects)
            row('subject', `${s.name} ${Object.entries(s.digest)
                .map(([alg, hex]) => `${alg}:${hex}`)
                .join(' ')}`);
    }
    if (a.provenance !== undefined) {
        row('build type', a.provenance.buildType);
        row('builder (claimed)', a.provenance.builderId);
    }
    if (a.suggestedPolicy !== undefined && a.suggestedPolicy.length > 0) {
        out.push('  would be accepted by (to be checked against what you expect, not trusted):');
        out.push(`    ${a.suggestedPolicy.join(' ')}`);
    }
    return out;
}

// EXTERNAL MODULE: ./src/sources/files.ts
var sources_files = __webpack_require__(6109);
// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(7593);
;// CONCATENATED MODULE: ./src/cli/inspect-command.ts







/** Show what bundles claim, without judging them. Nothing here is verified. */
async function runInspect(argv) {
    const { values, positionals } = (0,args/* parse */.qg)(argv, args/* INSPECT_OPTIONS */.Q0);
    const format = (0,args/* parseFormat */.Xc)(values.format);
    if (positionals.length === 0)
        throw new errors/* UsageError */.eb('inspect takes one or more bundle files');
    const files = [];
    for (const file of positionals)
        files.push({
            file,
            attestations: (0,read_attestations/* readAttestations */.aF)(file, await (0,sources_files/* readInputFile */.jH)(file)).map(inspectAttestation),
        });
    if (format === 'json')
        return `${JSON.stringify({
            schemaVersion: 1,
            command: 'inspect',
            verified: false,
            // Flat, as before, for one file; every file's attestations in order for several.
            attestations: (0,printable/* printableDeep */.Y)(files.flatMap((f) => f.attestations)),
        }, null, 2)}\n`;
    return renderInspect(files);
}


/***/ }),

/***/ 7411:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ parseLegacyEnvelope)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _json_strict_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2208);
/* harmony import */ var _base64_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7989);
/* harmony import */ var _media_type_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(817);
/* harmony import */ var _x509_leaf_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(218);





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

/***/ 392:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ needsRekor),
/* harmony export */   YY: () => (/* binding */ mainThreadOnly),
/* harmony export */   aF: () => (/* binding */ readAttestations),
/* harmony export */   cw: () => (/* binding */ npmEntry),
/* harmony export */   rX: () => (/* binding */ NPM_PUBLISH_PREDICATE_TYPE),
/* harmony export */   yL: () => (/* binding */ attestationsOrInvalid)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _json_strict_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2208);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6419);



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

/***/ 8590:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ GITHUB_ACTIONS_ISSUER)
/* harmony export */ });
const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';


/***/ }),

/***/ 7931:
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

/***/ 9798:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ readProvenance)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _github_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9067);
/* harmony import */ var _json_strict_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2208);
/* harmony import */ var _build_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7931);




/** Parse an SLSA v1 or v0.2 predicate of a known build type; anything else is rejected. */
function readProvenance(statement) {
    const p = statement.predicate;
    if (p === undefined)
        throw provError('the predicate is missing');
    if (statement.predicateType === _build_types_js__WEBPACK_IMPORTED_MODULE_3__/* .SLSA_PROVENANCE_V1 */ .us)
        return readV1(p);
    if (statement.predicateType === _build_types_js__WEBPACK_IMPORTED_MODULE_3__/* .SLSA_PROVENANCE_V02 */ .ZX)
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
    if (_build_types_js__WEBPACK_IMPORTED_MODULE_3__/* .GHA_WORKFLOW_BUILD_TYPES */ .e9.includes(buildType)) {
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
    else if (_build_types_js__WEBPACK_IMPORTED_MODULE_3__/* .GENERATOR_BUILD_TYPES */ .rA.includes(buildType) ||
        _build_types_js__WEBPACK_IMPORTED_MODULE_3__/* .DELEGATOR_BUILD_TYPES */ .Hg.includes(buildType)) {
        family = _build_types_js__WEBPACK_IMPORTED_MODULE_3__/* .DELEGATOR_BUILD_TYPES */ .Hg.includes(buildType) ? 'delegator' : 'generator';
        pushGithubEnv(facts, optObj(bd.internalParameters), 'internalParameters');
    }
    else {
        throw provError(`unknown SLSA v1 build type ${buildType}: its claims cannot be checked against the certificate`);
    }
    return {
        predicateType: _build_types_js__WEBPACK_IMPORTED_MODULE_3__/* .SLSA_PROVENANCE_V1 */ .us,
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
    const npmFirst = _build_types_js__WEBPACK_IMPORTED_MODULE_3__/* .NPM_FIRST_BUILD_TYPES */ .ip.includes(buildType);
    if (npmFirst || _build_types_js__WEBPACK_IMPORTED_MODULE_3__/* .NPM_V02_BUILD_TYPES */ .or.includes(buildType))
        family = 'npm';
    else if (_build_types_js__WEBPACK_IMPORTED_MODULE_3__/* .DELEGATOR_BUILD_TYPES */ .Hg.includes(buildType))
        family = 'delegator';
    else if (_build_types_js__WEBPACK_IMPORTED_MODULE_3__/* .GENERATOR_BUILD_TYPES */ .rA.includes(buildType))
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
        predicateType: _build_types_js__WEBPACK_IMPORTED_MODULE_3__/* .SLSA_PROVENANCE_V02 */ .ZX,
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
    if (!(0,_github_names_js__WEBPACK_IMPORTED_MODULE_1__/* .isValidOwner */ .yi)(owner) || !(0,_github_names_js__WEBPACK_IMPORTED_MODULE_1__/* .isValidRepo */ .zd)(repo) || rest.length === 0 || !(0,_github_names_js__WEBPACK_IMPORTED_MODULE_1__/* .isWorkflowPath */ .$u)(path))
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
        if (!(0,_json_strict_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isJsonObject */ .O)(dep) || typeof dep.uri !== 'string' || !/^git[+:]/i.test(dep.uri))
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
    if (extra.length > 0 || !HOST.test(host) || !(0,_github_names_js__WEBPACK_IMPORTED_MODULE_1__/* .isValidOwner */ .yi)(owner) || !(0,_github_names_js__WEBPACK_IMPORTED_MODULE_1__/* .isValidRepo */ .zd)(repo))
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
    const repo = (0,_github_names_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRepoPath */ .NP)(value);
    return repo === undefined ? value : (0,_github_names_js__WEBPACK_IMPORTED_MODULE_1__/* .formatRepo */ .Kf)(repo);
}
function push(facts, field, value, at) {
    if (value === undefined || value === null || value === '')
        return;
    if (typeof value !== 'string' && typeof value !== 'number')
        throw provError(`${at} is not a string`);
    facts.push({ field, value: String(value), at });
}
function inputsOf(value) {
    return (0,_json_strict_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isJsonObject */ .O)(value) ? value : undefined;
}
function obj(value, at) {
    if (!(0,_json_strict_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isJsonObject */ .O)(value))
        throw provError(`${at} is missing or not an object`);
    return value;
}
function optObj(value) {
    return (0,_json_strict_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isJsonObject */ .O)(value) ? value : undefined;
}
function str(value, at) {
    if (typeof value !== 'string' || value.length === 0)
        throw provError(`${at} is missing or not a string`);
    return value;
}
function provError(message) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('STATEMENT', `SLSA provenance: ${message}`);
}


/***/ }),

/***/ 1363:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ warningsFor),
/* harmony export */   i: () => (/* binding */ summarizeIdentity)
/* harmony export */ });
/* harmony import */ var _github_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9067);
/* harmony import */ var _identity_certificate_identity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8243);


function summarizeIdentity(c) {
    const gh = c.github;
    const uri = (w) => w && `https://${(0,_github_names_js__WEBPACK_IMPORTED_MODULE_0__/* .formatWorkflow */ .Vp)(w)}`;
    const entries = [
        ['issuer', (0,_identity_certificate_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .effectiveIssuer */ .PR)(c)],
        ['san', c.san?.value],
        ['host', gh?.host],
        ['repository', gh?.sourceRepo && (0,_github_names_js__WEBPACK_IMPORTED_MODULE_0__/* .formatRepo */ .Kf)(gh.sourceRepo)],
        [
            'repositoryUri',
            gh === undefined
                ? c.sourceRepositoryUri
                : gh.sourceRepo && `https://${gh.host}/${(0,_github_names_js__WEBPACK_IMPORTED_MODULE_0__/* .formatRepo */ .Kf)(gh.sourceRepo)}`,
        ],
        ['signerWorkflow', gh?.signer && (0,_github_names_js__WEBPACK_IMPORTED_MODULE_0__/* .formatWorkflow */ .Vp)(gh.signer)],
        [
            'signerWorkflowUri',
            gh === undefined
                ? (c.buildSignerUri ?? (c.san?.kind === 'uri' ? c.san.value : undefined))
                : uri(gh.signer),
        ],
        ['signerDigest', c.buildSignerDigest],
        ['callerWorkflow', gh?.caller && (0,_github_names_js__WEBPACK_IMPORTED_MODULE_0__/* .formatWorkflow */ .Vp)(gh.caller)],
        ['callerWorkflowUri', gh === undefined ? c.buildConfigUri : uri(gh.caller)],
        ['sourceRef', (0,_identity_certificate_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .effectiveRef */ .tn)(c)],
        ['sourceDigest', (0,_identity_certificate_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .effectiveCommit */ .pn)(c)],
        ['repositoryId', c.sourceRepositoryId],
        ['ownerId', c.sourceRepositoryOwnerId],
        ['runnerEnvironment', c.runnerEnvironment],
        ['trigger', (0,_identity_certificate_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .effectiveTrigger */ .wO)(c)],
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
    if (policy.triggers === undefined && (0,_identity_certificate_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .effectiveTrigger */ .wO)(c) === 'pull_request_target') {
        warnings.push('built by a pull_request_target run; pass --trigger to allow only the events you release from');
    }
    if (policy.sourceRepo !== undefined &&
        policy.repositoryId === undefined &&
        c.sourceRepositoryId !== undefined) {
        warnings.push(`pin --repo-id ${c.sourceRepositoryId} to survive a rename or re-creation of ${(0,_github_names_js__WEBPACK_IMPORTED_MODULE_0__/* .formatRepo */ .Kf)(policy.sourceRepo)}`);
    }
    return warnings;
}


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


/***/ })

};

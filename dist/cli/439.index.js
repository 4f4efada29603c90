export const id = 439;
export const ids = [439];
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

/***/ 494:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runVerifyBundle: () => (/* binding */ runVerifyBundle),
/* harmony export */   verifyBundleResult: () => (/* binding */ verifyBundleResult)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_bundle_parse_bundle_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(311);
/* harmony import */ var _core_crypto_verify_signature_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6463);
/* harmony import */ var _core_crypto_message_signature_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2041);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4296);
/* harmony import */ var _core_identity_certificate_identity_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8243);
/* harmony import */ var _core_input_read_attestations_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(392);
/* harmony import */ var _core_policy_checks_subject_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(9346);
/* harmony import */ var _core_statement_statement_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8124);
/* harmony import */ var _sources_artifacts_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5677);
/* harmony import */ var _sources_files_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6109);
/* harmony import */ var _sources_trust_roots_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(5212);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(7593);
/* harmony import */ var _core_codes_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(7265);
/* harmony import */ var _core_report_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(8557);
/* harmony import */ var _core_result_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(9294);
















const MAX_MESSAGE_ARTIFACT = 256 * 1024 * 1024;
/**
 * The sigstore-conformance client protocol: any bundle (DSSE or message signature), exact
 * identity and issuer, or a key. Only the exit code matters to the suite; we still say why.
 */
async function runVerifyBundle(argv) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_11__/* .parse */ .qg)(argv, _args_js__WEBPACK_IMPORTED_MODULE_11__/* .VERIFY_BUNDLE_OPTIONS */ .Su);
    await verifyBundle(values, positionals, { verifying: false });
    return `OK: ${values.bundle ?? ''} verifies ${positionals[0] ?? ''}\n`;
}
/**
 * The same, as a result (`--format json`, `--output FILE`): a verification that fails is a
 * failed (or indeterminate) artifact with the check that refused it; what stops the run before
 * the bundle is verified (usage, trusted root) stays an error.
 */
async function verifyBundleResult(argv, version) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_11__/* .parse */ .qg)(argv, _args_js__WEBPACK_IMPORTED_MODULE_11__/* .VERIFY_BUNDLE_OPTIONS */ .Su);
    (0,_args_js__WEBPACK_IMPORTED_MODULE_11__/* .parseFormat */ .Xc)(values.format);
    const state = { verifying: false };
    let verdict = 'verified';
    let findings;
    try {
        findings = await verifyBundle(values, positionals, state);
    }
    catch (err) {
        // Usage (an unreadable artifact or key file) stays a usage error wherever it is found.
        if (!(err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .VerifyError */ .Gz) || !state.verifying || err.code === 'USAGE')
            throw err;
        verdict = (0,_core_codes_js__WEBPACK_IMPORTED_MODULE_12__/* .isIndeterminate */ .ew)(err.code) ? 'indeterminate' : 'failed';
        findings = {
            checks: [(0,_core_result_js__WEBPACK_IMPORTED_MODULE_14__/* .fail */ .fJ)('bundle', err.code, err.message, { hint: err.hint })],
            digests: {},
        };
    }
    const target = positionals[0] ?? '';
    const digest = (0,_sources_artifacts_js__WEBPACK_IMPORTED_MODULE_8__/* .isDigestLike */ .Kr)(target) ? await (0,_sources_artifacts_js__WEBPACK_IMPORTED_MODULE_8__/* .resolveSubject */ .f9)(target) : undefined;
    return {
        ...(0,_core_report_js__WEBPACK_IMPORTED_MODULE_13__/* .decidedHead */ .vh)(version, 'verify-bundle', verdict, (0,_core_result_js__WEBPACK_IMPORTED_MODULE_14__/* .failedCodes */ .Q8)(findings.checks)),
        artifacts: [
            {
                name: target,
                digests: { ...digest?.digests, ...findings.digests },
                verdict,
                attestations: [
                    { origin: values.bundle ?? '', verdict, checks: findings.checks, warnings: [] },
                ],
            },
        ],
        warnings: [],
    };
}
async function verifyBundle(values, positionals, state) {
    const target = positionals[0];
    if (values.bundle === undefined || target === undefined || positionals.length !== 1) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('verify-bundle needs --bundle FILE and exactly one FILE_OR_DIGEST');
    }
    const keyed = values.key !== undefined;
    const identity = values['cert-identity'];
    const issuer = values['cert-oidc-issuer'];
    if (keyed === (identity !== undefined || issuer !== undefined) ||
        (!keyed && (identity === undefined || issuer === undefined))) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('give either --cert-identity and --cert-oidc-issuer (cosign: --certificate-identity, --certificate-oidc-issuer), or --key');
    }
    if (values.staging === true && values['trusted-root'] === undefined) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .VerifyError */ .Gz('TRUST_ROOT_UNAVAILABLE', 'the staging trusted root is not embedded', {
            hint: 'pass --trusted-root with the staging root',
        });
    }
    const roots = await (0,_sources_trust_roots_js__WEBPACK_IMPORTED_MODULE_10__/* .loadTrustRoots */ .k)({
        trustedRootFile: values['trusted-root'],
        offline: values.offline,
    });
    const candidates = (0,_core_input_read_attestations_js__WEBPACK_IMPORTED_MODULE_6__/* .readAttestations */ .aF)(values.bundle, await (0,_sources_files_js__WEBPACK_IMPORTED_MODULE_9__/* .readInputFile */ .jH)(values.bundle));
    // From here on a refusal is about the bundle, not the run.
    state.verifying = true;
    const checks = [];
    const only = candidates[0];
    if (candidates.length !== 1 || only === undefined)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .VerifyError */ .Gz('NO_ATTESTATION', `expected one bundle in ${values.bundle}, found ${candidates.length}`);
    if (only.kind !== 'bundle')
        throw only.kind === 'invalid'
            ? only.error
            : new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .VerifyError */ .Gz('TLOG_LOOKUP_NEEDED', 'a bare DSSE envelope cannot be verified offline');
    const parsed = (0,_core_bundle_parse_bundle_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBundle */ .Q)(only.json);
    // Read the artifact once: a pipe cannot be read twice. A message signature is checked over
    // the file's bytes, or over the digest given instead (the conformance suite's `sha256:HEX`).
    const byDigest = (0,_sources_artifacts_js__WEBPACK_IMPORTED_MODULE_8__/* .isDigestLike */ .Kr)(target);
    const subject = parsed.dsse === undefined && !byDigest ? undefined : await (0,_sources_artifacts_js__WEBPACK_IMPORTED_MODULE_8__/* .resolveSubject */ .f9)(target);
    const artifact = byDigest || parsed.dsse !== undefined
        ? undefined
        : await (0,_sources_files_js__WEBPACK_IMPORTED_MODULE_9__/* .readInputFile */ .jH)(target, MAX_MESSAGE_ARTIFACT);
    const artifactDigest = parsed.dsse === undefined && subject !== undefined ? digestOf(subject) : undefined;
    const publicKey = values.key === undefined ? undefined : await readKey(values.key);
    if (artifactDigest !== undefined)
        await (0,_core_crypto_message_signature_js__WEBPACK_IMPORTED_MODULE_3__/* .loadPrehashCurves */ .g)();
    const crypto = (0,_core_crypto_verify_signature_js__WEBPACK_IMPORTED_MODULE_2__/* .verifyBundleCrypto */ .l)(parsed, roots, {
        ...(publicKey ? { publicKey } : {}),
        ...(artifact ? { artifact } : {}),
        ...(artifactDigest ? { artifactDigest } : {}),
    });
    checks.push((0,_core_result_js__WEBPACK_IMPORTED_MODULE_14__/* .pass */ .IX)('signature', `signature, certificate or key, and log entries verified against ${crypto.rootLabel}`));
    if (keyed)
        checks.push((0,_core_result_js__WEBPACK_IMPORTED_MODULE_14__/* .pass */ .IX)('key', 'signed by the key given'));
    if (!keyed) {
        if (parsed.leaf === undefined)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .VerifyError */ .Gz('KEY_MATERIAL', 'bundle is key-signed but an identity was asked for');
        const cert = (0,_core_identity_certificate_identity_js__WEBPACK_IMPORTED_MODULE_5__/* .readCertificateIdentity */ .sU)(parsed.leaf);
        if (cert.san?.value !== identity)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .VerifyError */ .Gz('ID_SAN', `certificate identity is ${JSON.stringify(cert.san?.value ?? null)}, expected ${JSON.stringify(identity)}`);
        if ((0,_core_identity_certificate_identity_js__WEBPACK_IMPORTED_MODULE_5__/* .effectiveIssuer */ .PR)(cert) !== issuer)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .VerifyError */ .Gz('ID_ISSUER', `OIDC issuer is ${JSON.stringify((0,_core_identity_certificate_identity_js__WEBPACK_IMPORTED_MODULE_5__/* .effectiveIssuer */ .PR)(cert) ?? null)}, expected ${JSON.stringify(issuer)}`);
        checks.push((0,_core_result_js__WEBPACK_IMPORTED_MODULE_14__/* .pass */ .IX)('cert-identity', 'certificate identity (SAN) matches exactly', identity, cert.san?.value), (0,_core_result_js__WEBPACK_IMPORTED_MODULE_14__/* .pass */ .IX)('issuer', 'OIDC issuer matches', issuer, (0,_core_identity_certificate_identity_js__WEBPACK_IMPORTED_MODULE_5__/* .effectiveIssuer */ .PR)(cert)));
    }
    if (parsed.dsse !== undefined && subject !== undefined) {
        const check = (0,_core_policy_checks_subject_js__WEBPACK_IMPORTED_MODULE_15__/* .checkSubject */ .jj)((0,_core_statement_statement_js__WEBPACK_IMPORTED_MODULE_7__/* .parseStatement */ .B)(parsed.dsse.payload), subject.digests, undefined);
        if (check.status !== 'pass')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .VerifyError */ .Gz(check.code ?? 'SUBJECT', check.message);
        checks.push(check);
    }
    const digests = artifact === undefined
        ? { ...subject?.digests }
        : {
            sha256: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(artifact).digest('hex'),
            sha512: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha512').update(artifact).digest('hex'),
        };
    return { checks, digests };
}
/** The one digest a `sha256:HEX` / `sha512:HEX` argument gives. */
function digestOf(subject) {
    const [entry] = Object.entries(subject.digests);
    if (entry === undefined)
        return undefined;
    return { algorithm: entry[0], digest: Buffer.from(entry[1], 'hex') };
}
async function readKey(path) {
    try {
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)((await (0,_sources_files_js__WEBPACK_IMPORTED_MODULE_9__/* .readInputFile */ .jH)(path, 1 << 20)).toString('utf8'));
    }
    catch (err) {
        if (err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .VerifyError */ .Gz)
            throw err;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`--key ${path} is not a PEM public key`);
    }
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

/***/ 5677:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DC: () => (/* binding */ hashFile),
/* harmony export */   Kr: () => (/* binding */ isDigestLike),
/* harmony export */   f9: () => (/* binding */ resolveSubject),
/* harmony export */   wD: () => (/* binding */ looksLikeBundle)
/* harmony export */ });
/* unused harmony export parseDigestArg */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6419);
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

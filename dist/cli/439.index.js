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
    })) {
        sha256.update(chunk);
        sha512.update(chunk);
    }
    return { sha256: sha256.digest('hex'), sha512: sha512.digest('hex') };
}


/***/ })

};

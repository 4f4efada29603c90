#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 8456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


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
const protobuf_specs_1 = __nccwpck_require__(9654);
const bundle_1 = __nccwpck_require__(7742);
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
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

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
var build_1 = __nccwpck_require__(8456);
__webpack_unused_export__ = ({ enumerable: true, get: function () { return build_1.toDSSEBundle; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return build_1.toMessageSignatureBundle; } });
var bundle_1 = __nccwpck_require__(7742);
__webpack_unused_export__ = ({ enumerable: true, get: function () { return bundle_1.BUNDLE_V01_MEDIA_TYPE; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return bundle_1.BUNDLE_V02_MEDIA_TYPE; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return bundle_1.BUNDLE_V03_LEGACY_MEDIA_TYPE; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return bundle_1.BUNDLE_V03_MEDIA_TYPE; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return bundle_1.isBundleWithCertificateChain; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return bundle_1.isBundleWithDsseEnvelope; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return bundle_1.isBundleWithMessageSignature; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return bundle_1.isBundleWithPublicKey; } });
var error_1 = __nccwpck_require__(7714);
Object.defineProperty(exports, "yI", ({ enumerable: true, get: function () { return error_1.ValidationError; } }));
var serialized_1 = __nccwpck_require__(3404);
Object.defineProperty(exports, "vw", ({ enumerable: true, get: function () { return serialized_1.bundleFromJSON; } }));
__webpack_unused_export__ = ({ enumerable: true, get: function () { return serialized_1.bundleToJSON; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return serialized_1.envelopeFromJSON; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return serialized_1.envelopeToJSON; } });
var validate_1 = __nccwpck_require__(9352);
__webpack_unused_export__ = ({ enumerable: true, get: function () { return validate_1.assertBundle; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return validate_1.assertBundleLatest; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return validate_1.assertBundleV01; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return validate_1.assertBundleV02; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return validate_1.isBundleV01; } });


/***/ }),

/***/ 3404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


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
const protobuf_specs_1 = __nccwpck_require__(9654);
const bundle_1 = __nccwpck_require__(7742);
const validate_1 = __nccwpck_require__(9352);
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
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


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
const error_1 = __nccwpck_require__(7714);
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

/***/ 1121:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ASN1TypeError = exports.ASN1ParseError = void 0;
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
class ASN1ParseError extends Error {
}
exports.ASN1ParseError = ASN1ParseError;
class ASN1TypeError extends Error {
}
exports.ASN1TypeError = ASN1TypeError;


/***/ }),

/***/ 6027:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ASN1Obj = void 0;
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
var obj_1 = __nccwpck_require__(990);
Object.defineProperty(exports, "ASN1Obj", ({ enumerable: true, get: function () { return obj_1.ASN1Obj; } }));


/***/ }),

/***/ 4243:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


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
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.decodeLength = decodeLength;
exports.encodeLength = encodeLength;
const error_1 = __nccwpck_require__(1121);
// Decodes the length of a DER-encoded ANS.1 element from the supplied stream.
// https://learn.microsoft.com/en-us/windows/win32/seccertenroll/about-encoded-length-and-value-bytes
function decodeLength(stream) {
    const buf = stream.getUint8();
    // If the most significant bit is UNSET the length is just the value of the
    // byte.
    if ((buf & 0x80) === 0x00) {
        return buf;
    }
    // Otherwise, the lower 7 bits of the first byte indicate the number of bytes
    // that follow to encode the length.
    const byteCount = buf & 0x7f;
    // Ensure the encoded length can safely fit in a JS number.
    if (byteCount > 6) {
        throw new error_1.ASN1ParseError('length exceeds 6 byte limit');
    }
    // Iterate over the bytes that encode the length.
    let len = 0;
    for (let i = 0; i < byteCount; i++) {
        const byte = stream.getUint8();
        // The first byte of a multi-byte length must not be zero; a leading zero
        // means the length could have been encoded in fewer bytes (non-minimal).
        if (i === 0 && byte === 0x00) {
            throw new error_1.ASN1ParseError('non-minimal length encoding');
        }
        len = len * 256 + byte;
    }
    // This is a valid ASN.1 length encoding, but we don't support it.
    if (len === 0) {
        throw new error_1.ASN1ParseError('indefinite length encoding not supported');
    }
    // Lengths less than 128 must use the short form; rejecting them here ensures
    // the encoding is minimal (strict DER).
    if (len < 128) {
        throw new error_1.ASN1ParseError('non-minimal length encoding');
    }
    return len;
}
// Translates the supplied value to a DER-encoded length.
function encodeLength(len) {
    if (len < 128) {
        return Buffer.from([len]);
    }
    // Bitwise operations on large numbers are not supported in JS, so we need to
    // use BigInts.
    let val = BigInt(len);
    const bytes = [];
    while (val > 0n) {
        bytes.unshift(Number(val & 255n));
        val = val >> 8n;
    }
    return Buffer.from([0x80 | bytes.length, ...bytes]);
}


/***/ }),

/***/ 990:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ASN1Obj = void 0;
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
const stream_1 = __nccwpck_require__(1673);
const error_1 = __nccwpck_require__(1121);
const length_1 = __nccwpck_require__(4243);
const parse_1 = __nccwpck_require__(1044);
const tag_1 = __nccwpck_require__(9343);
class ASN1Obj {
    tag;
    subs;
    value;
    constructor(tag, value, subs) {
        this.tag = tag;
        this.value = value;
        this.subs = subs;
    }
    // Constructs an ASN.1 object from a Buffer of DER-encoded bytes.
    static parseBuffer(buf) {
        const stream = new stream_1.ByteStream(buf);
        const obj = parseStream(stream);
        // Ensure the entire buffer was consumed; trailing data after the top-level
        // object indicates a malformed (or maliciously padded) encoding.
        if (stream.position !== stream.length) {
            throw new error_1.ASN1ParseError('invalid trailing data');
        }
        return obj;
    }
    toDER() {
        const valueStream = new stream_1.ByteStream();
        if (this.subs.length > 0) {
            for (const sub of this.subs) {
                valueStream.appendView(sub.toDER());
            }
        }
        else {
            valueStream.appendView(this.value);
        }
        const value = valueStream.buffer;
        // Concat tag/length/value
        const obj = new stream_1.ByteStream();
        obj.appendChar(this.tag.toDER());
        obj.appendView((0, length_1.encodeLength)(value.length));
        obj.appendView(value);
        return obj.buffer;
    }
    /////////////////////////////////////////////////////////////////////////////
    // Convenience methods for parsing ASN.1 primitives into JS types
    // Returns the ASN.1 object's value as a boolean. Throws an error if the
    // object is not a boolean.
    toBoolean() {
        if (!this.tag.isBoolean()) {
            throw new error_1.ASN1TypeError('not a boolean');
        }
        return (0, parse_1.parseBoolean)(this.value);
    }
    // Returns the ASN.1 object's value as a BigInt. Throws an error if the
    // object is not an integer.
    toInteger() {
        if (!this.tag.isInteger()) {
            throw new error_1.ASN1TypeError('not an integer');
        }
        return (0, parse_1.parseInteger)(this.value);
    }
    // Returns the ASN.1 object's value as an OID string. Throws an error if the
    // object is not an OID.
    toOID() {
        if (!this.tag.isOID()) {
            throw new error_1.ASN1TypeError('not an OID');
        }
        return (0, parse_1.parseOID)(this.value);
    }
    // Returns the ASN.1 object's value as a Date. Throws an error if the object
    // is not either a UTCTime or a GeneralizedTime.
    toDate() {
        switch (true) {
            case this.tag.isUTCTime():
                return (0, parse_1.parseTime)(this.value, true);
            case this.tag.isGeneralizedTime():
                return (0, parse_1.parseTime)(this.value, false);
            default:
                throw new error_1.ASN1TypeError('not a date');
        }
    }
    // Returns the ASN.1 object's value as a number[] where each number is the
    // value of a bit in the bit string. Throws an error if the object is not a
    // bit string.
    toBitString() {
        if (!this.tag.isBitString()) {
            throw new error_1.ASN1TypeError('not a bit string');
        }
        return (0, parse_1.parseBitString)(this.value);
    }
}
exports.ASN1Obj = ASN1Obj;
/////////////////////////////////////////////////////////////////////////////
// Internal stream parsing functions
// Maximum nesting depth for parsed ASN.1 objects. Bounds the mutual recursion
// between parseStream and collectSubs so that deeply nested DER cannot exhaust
// the call stack (denial of service).
const MAX_DEPTH = 100;
function parseStream(stream, depth = 0) {
    if (depth > MAX_DEPTH) {
        throw new error_1.ASN1ParseError('maximum nesting depth exceeded');
    }
    // Parse tag, length, and value from stream
    const tag = new tag_1.ASN1Tag(stream.getUint8());
    const len = (0, length_1.decodeLength)(stream);
    const value = stream.slice(stream.position, len);
    const start = stream.position;
    let subs = [];
    // If the object is constructed, parse its children. Sometimes, children
    // are embedded in OCTESTRING objects, so we need to check those
    // for children as well.
    if (tag.constructed) {
        subs = collectSubs(stream, len, depth);
    }
    else if (tag.isOctetString()) {
        // Attempt to parse children of OCTETSTRING objects. If anything fails,
        // assume the object is not constructed and treat as primitive. This is
        // intentional: it transparently unwraps DER content embedded in an OCTET
        // STRING (e.g. X.509 extnValue, CMS eContent). The error is swallowed
        // because a parse failure simply means the bytes are an opaque primitive
        // value rather than a nested structure.
        try {
            subs = collectSubs(stream, len, depth);
        }
        catch (e) {
            // Fail silently and treat as primitive
        }
    }
    // If there are no children, move stream cursor to the end of the object
    if (subs.length === 0) {
        stream.seek(start + len);
    }
    return new ASN1Obj(tag, value, subs);
}
function collectSubs(stream, len, depth) {
    // Calculate end of object content
    const end = stream.position + len;
    // Make sure there are enough bytes left in the stream. This should never
    // happen, cause it'll get caught when the stream is sliced in parseStream.
    // Leaving as an extra check just in case.
    /* istanbul ignore if */
    if (end > stream.length) {
        throw new error_1.ASN1ParseError('invalid length');
    }
    // Parse all children
    const subs = [];
    while (stream.position < end) {
        subs.push(parseStream(stream, depth + 1));
    }
    // When we're done parsing children, we should be at the end of the object
    if (stream.position !== end) {
        throw new error_1.ASN1ParseError('invalid length');
    }
    return subs;
}


/***/ }),

/***/ 1044:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseInteger = parseInteger;
exports.parseStringASCII = parseStringASCII;
exports.parseTime = parseTime;
exports.parseOID = parseOID;
exports.parseBoolean = parseBoolean;
exports.parseBitString = parseBitString;
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
const error_1 = __nccwpck_require__(1121);
const RE_TIME_SHORT_YEAR = /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\.\d{3})?Z$/;
const RE_TIME_LONG_YEAR = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\.\d{3})?Z$/;
// Parse a BigInt from the DER-encoded buffer
// https://learn.microsoft.com/en-us/windows/win32/seccertenroll/about-integer
function parseInteger(buf) {
    let pos = 0;
    const end = buf.length;
    let val = buf[pos];
    const neg = val > 0x7f;
    // Consume any padding bytes
    const pad = neg ? 0xff : 0x00;
    while (val == pad && ++pos < end) {
        val = buf[pos];
    }
    // Calculate remaining bytes to read
    const len = end - pos;
    if (len === 0)
        return BigInt(neg ? -1 : 0);
    // Handle two's complement for negative numbers
    val = neg ? val - 256 : val;
    // Parse remaining bytes
    let n = BigInt(val);
    for (let i = pos + 1; i < end; ++i) {
        n = n * BigInt(256) + BigInt(buf[i]);
    }
    return n;
}
// Parse an ASCII string from the DER-encoded buffer
// https://learn.microsoft.com/en-us/windows/win32/seccertenroll/about-basic-types#boolean
function parseStringASCII(buf) {
    return buf.toString('ascii');
}
// Parse a Date from the DER-encoded buffer
// https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.5.1
function parseTime(buf, shortYear) {
    const timeStr = parseStringASCII(buf);
    // Parse the time string into matches - captured groups start at index 1
    const m = shortYear
        ? RE_TIME_SHORT_YEAR.exec(timeStr)
        : RE_TIME_LONG_YEAR.exec(timeStr);
    if (!m) {
        throw new Error('invalid time');
    }
    // Translate dates with a 2-digit year to 4 digits per the spec
    if (shortYear) {
        let year = Number(m[1]);
        year += year >= 50 ? 1900 : 2000;
        m[1] = year.toString();
    }
    // Translate to ISO8601 format and parse
    return new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`);
}
// Parse an OID from the DER-encoded buffer
// https://learn.microsoft.com/en-us/windows/win32/seccertenroll/about-object-identifier
function parseOID(buf) {
    let pos = 0;
    const end = buf.length;
    // Consume first byte which encodes the first two OID components
    let n = buf[pos++];
    const first = Math.floor(n / 40);
    const second = n % 40;
    let oid = `${first}.${second}`;
    // Consume remaining bytes. Use a BigInt accumulator so that arcs which
    // exceed 32 bits are not silently truncated (a truncated arc could be made
    // to collide with a trusted OID).
    let val = 0n;
    for (; pos < end; ++pos) {
        n = buf[pos];
        val = (val << 7n) + BigInt(n & 0x7f);
        // If the left-most bit is NOT set, then this is the last byte in the
        // sequence and we can add the value to the OID and reset the accumulator
        if ((n & 0x80) === 0) {
            oid += `.${val}`;
            val = 0n;
        }
    }
    return oid;
}
// Parse a boolean from the DER-encoded buffer
// https://learn.microsoft.com/en-us/windows/win32/seccertenroll/about-basic-types#boolean
function parseBoolean(buf) {
    // DER requires a BOOLEAN to be a single byte that is either 0x00 (false) or
    // 0xff (true). Reject any other (non-canonical) encoding.
    if (buf.length !== 1) {
        throw new error_1.ASN1ParseError('invalid boolean');
    }
    switch (buf[0]) {
        case 0x00:
            return false;
        case 0xff:
            return true;
        default:
            throw new error_1.ASN1ParseError('invalid boolean');
    }
}
// Parse a bit string from the DER-encoded buffer
// https://learn.microsoft.com/en-us/windows/win32/seccertenroll/about-bit-string
function parseBitString(buf) {
    // First byte tell us how many unused bits are in the last byte
    const unused = buf[0];
    // The number of unused bits must be in the range 0-7.
    if (unused > 7) {
        throw new error_1.ASN1ParseError('invalid bit string');
    }
    const start = 1;
    const end = buf.length;
    const bits = [];
    for (let i = start; i < end; ++i) {
        const byte = buf[i];
        // The skip value is only used for the last byte
        const skip = i === end - 1 ? unused : 0;
        // Iterate over each bit in the byte (most significant first)
        for (let j = 7; j >= skip; --j) {
            // Read the bit and add it to the bit string
            bits.push((byte >> j) & 0x01);
        }
    }
    return bits;
}


/***/ }),

/***/ 9343:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ASN1Tag = void 0;
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
const error_1 = __nccwpck_require__(1121);
const UNIVERSAL_TAG = {
    BOOLEAN: 0x01,
    INTEGER: 0x02,
    BIT_STRING: 0x03,
    OCTET_STRING: 0x04,
    OBJECT_IDENTIFIER: 0x06,
    SEQUENCE: 0x10,
    SET: 0x11,
    PRINTABLE_STRING: 0x13,
    UTC_TIME: 0x17,
    GENERALIZED_TIME: 0x18,
};
const TAG_CLASS = {
    UNIVERSAL: 0x00,
    APPLICATION: 0x01,
    CONTEXT_SPECIFIC: 0x02,
    PRIVATE: 0x03,
};
// https://learn.microsoft.com/en-us/windows/win32/seccertenroll/about-encoded-tag-bytes
class ASN1Tag {
    number;
    constructed;
    class;
    constructor(enc) {
        // Bits 0 through 4 are the tag number
        this.number = enc & 0x1f;
        // Bit 5 is the constructed bit
        this.constructed = (enc & 0x20) === 0x20;
        // Bit 6 & 7 are the class
        this.class = enc >> 6;
        if (this.number === 0x1f) {
            throw new error_1.ASN1ParseError('long form tags not supported');
        }
        if (this.class === TAG_CLASS.UNIVERSAL && this.number === 0x00) {
            throw new error_1.ASN1ParseError('unsupported tag 0x00');
        }
    }
    isUniversal() {
        return this.class === TAG_CLASS.UNIVERSAL;
    }
    isContextSpecific(num) {
        const res = this.class === TAG_CLASS.CONTEXT_SPECIFIC;
        return num !== undefined ? res && this.number === num : res;
    }
    isBoolean() {
        return this.isUniversal() && this.number === UNIVERSAL_TAG.BOOLEAN;
    }
    isInteger() {
        return this.isUniversal() && this.number === UNIVERSAL_TAG.INTEGER;
    }
    isBitString() {
        return this.isUniversal() && this.number === UNIVERSAL_TAG.BIT_STRING;
    }
    isOctetString() {
        return this.isUniversal() && this.number === UNIVERSAL_TAG.OCTET_STRING;
    }
    isOID() {
        return (this.isUniversal() && this.number === UNIVERSAL_TAG.OBJECT_IDENTIFIER);
    }
    isUTCTime() {
        return this.isUniversal() && this.number === UNIVERSAL_TAG.UTC_TIME;
    }
    isGeneralizedTime() {
        return this.isUniversal() && this.number === UNIVERSAL_TAG.GENERALIZED_TIME;
    }
    toDER() {
        return this.number | (this.constructed ? 0x20 : 0x00) | (this.class << 6);
    }
}
exports.ASN1Tag = ASN1Tag;


/***/ }),

/***/ 9368:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createPublicKey = createPublicKey;
exports.digest = digest;
exports.verify = verify;
exports.bufferEqual = bufferEqual;
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
const crypto_1 = __importDefault(__nccwpck_require__(6982));
function createPublicKey(key, type = 'spki') {
    if (typeof key === 'string') {
        if (key.startsWith('-----')) {
            return crypto_1.default.createPublicKey(key);
        }
        else {
            return crypto_1.default.createPublicKey({
                key: Buffer.from(key, 'base64'),
                format: 'der',
                type: type,
            });
        }
    }
    else {
        return crypto_1.default.createPublicKey({ key, format: 'der', type: type });
    }
}
function digest(algorithm, ...data) {
    const hash = crypto_1.default.createHash(algorithm);
    for (const d of data) {
        hash.update(d);
    }
    return hash.digest();
}
function verify(data, key, signature, algorithm) {
    // The try/catch is to work around an issue in Node 14.x where verify throws
    // an error in some scenarios if the signature is invalid.
    try {
        return crypto_1.default.verify(algorithm, data, key, signature);
    }
    catch (e) {
        /* istanbul ignore next */
        return false;
    }
}
function bufferEqual(a, b) {
    try {
        return crypto_1.default.timingSafeEqual(a, b);
    }
    catch {
        /* istanbul ignore next */
        return false;
    }
}


/***/ }),

/***/ 9032:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.preAuthEncoding = preAuthEncoding;
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
const PAE_PREFIX = 'DSSEv1';
// DSSE Pre-Authentication Encoding
function preAuthEncoding(payloadType, payload) {
    const typeBytes = Buffer.from(payloadType, 'utf-8');
    return Buffer.concat([
        Buffer.from(`${PAE_PREFIX} ${typeBytes.length} `, 'ascii'),
        typeBytes,
        Buffer.from(` ${payload.length} `, 'ascii'),
        payload,
    ]);
}


/***/ }),

/***/ 2788:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.base64Encode = base64Encode;
exports.base64Decode = base64Decode;
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
const BASE64_ENCODING = 'base64';
const UTF8_ENCODING = 'utf-8';
function base64Encode(str) {
    return Buffer.from(str, UTF8_ENCODING).toString(BASE64_ENCODING);
}
function base64Decode(str) {
    return Buffer.from(str, BASE64_ENCODING).toString(UTF8_ENCODING);
}


/***/ }),

/***/ 3917:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.X509SCTExtension = exports.X509Certificate = exports.EXTENSION_OID_SCT = exports.ByteStream = exports.RFC3161Timestamp = exports.pem = exports.json = exports.encoding = exports.dsse = exports.crypto = exports.ASN1Obj = void 0;
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
var asn1_1 = __nccwpck_require__(6027);
Object.defineProperty(exports, "ASN1Obj", ({ enumerable: true, get: function () { return asn1_1.ASN1Obj; } }));
exports.crypto = __importStar(__nccwpck_require__(9368));
exports.dsse = __importStar(__nccwpck_require__(9032));
exports.encoding = __importStar(__nccwpck_require__(2788));
exports.json = __importStar(__nccwpck_require__(3327));
exports.pem = __importStar(__nccwpck_require__(1055));
var rfc3161_1 = __nccwpck_require__(994);
Object.defineProperty(exports, "RFC3161Timestamp", ({ enumerable: true, get: function () { return rfc3161_1.RFC3161Timestamp; } }));
var stream_1 = __nccwpck_require__(1673);
Object.defineProperty(exports, "ByteStream", ({ enumerable: true, get: function () { return stream_1.ByteStream; } }));
var x509_1 = __nccwpck_require__(9358);
Object.defineProperty(exports, "EXTENSION_OID_SCT", ({ enumerable: true, get: function () { return x509_1.EXTENSION_OID_SCT; } }));
Object.defineProperty(exports, "X509Certificate", ({ enumerable: true, get: function () { return x509_1.X509Certificate; } }));
Object.defineProperty(exports, "X509SCTExtension", ({ enumerable: true, get: function () { return x509_1.X509SCTExtension; } }));


/***/ }),

/***/ 3327:
/***/ ((__unused_webpack_module, exports) => {


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
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.canonicalize = canonicalize;
// JSON canonicalization per https://github.com/cyberphone/json-canonicalization
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function canonicalize(object) {
    let buffer = '';
    if (object === null || typeof object !== 'object' || object.toJSON != null) {
        // Primitives or toJSONable objects
        buffer += JSON.stringify(object);
    }
    else if (Array.isArray(object)) {
        // Array - maintain element order
        buffer += '[';
        let first = true;
        object.forEach((element) => {
            if (!first) {
                buffer += ',';
            }
            first = false;
            // recursive call
            buffer += canonicalize(element);
        });
        buffer += ']';
    }
    else {
        // Object - Sort properties before serializing
        buffer += '{';
        let first = true;
        Object.keys(object)
            .sort()
            .forEach((property) => {
            if (!first) {
                buffer += ',';
            }
            first = false;
            buffer += JSON.stringify(property);
            buffer += ':';
            // recursive call
            buffer += canonicalize(object[property]);
        });
        buffer += '}';
    }
    return buffer;
}


/***/ }),

/***/ 1817:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SHA2_HASH_ALGOS = exports.RSA_SIGNATURE_ALGOS = exports.ECDSA_SIGNATURE_ALGOS = void 0;
exports.ECDSA_SIGNATURE_ALGOS = {
    '1.2.840.10045.4.3.1': 'sha224',
    '1.2.840.10045.4.3.2': 'sha256',
    '1.2.840.10045.4.3.3': 'sha384',
    '1.2.840.10045.4.3.4': 'sha512',
};
exports.RSA_SIGNATURE_ALGOS = {
    '1.2.840.113549.1.1.14': 'sha224',
    '1.2.840.113549.1.1.11': 'sha256',
    '1.2.840.113549.1.1.12': 'sha384',
    '1.2.840.113549.1.1.13': 'sha512',
};
exports.SHA2_HASH_ALGOS = {
    '2.16.840.1.101.3.4.2.1': 'sha256',
    '2.16.840.1.101.3.4.2.2': 'sha384',
    '2.16.840.1.101.3.4.2.3': 'sha512',
};


/***/ }),

/***/ 1055:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.toDER = toDER;
exports.fromDER = fromDER;
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
const PEM_HEADER = /-----BEGIN (.*)-----/;
const PEM_FOOTER = /-----END (.*)-----/;
function toDER(certificate) {
    let der = '';
    certificate.split('\n').forEach((line) => {
        if (line.match(PEM_HEADER) || line.match(PEM_FOOTER)) {
            return;
        }
        der += line;
    });
    return Buffer.from(der, 'base64');
}
// Translates a DER-encoded buffer into a PEM-encoded string. Standard PEM
// encoding dictates that each certificate should have a trailing newline after
// the footer.
function fromDER(certificate, type = 'CERTIFICATE') {
    // Base64-encode the certificate.
    const der = certificate.toString('base64');
    // Split the certificate into lines of 64 characters.
    const lines = der.match(/.{1,64}/g) || '';
    return [`-----BEGIN ${type}-----`, ...lines, `-----END ${type}-----`]
        .join('\n')
        .concat('\n');
}


/***/ }),

/***/ 7512:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RFC3161TimestampVerificationError = void 0;
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
class RFC3161TimestampVerificationError extends Error {
}
exports.RFC3161TimestampVerificationError = RFC3161TimestampVerificationError;


/***/ }),

/***/ 994:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


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
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RFC3161Timestamp = void 0;
var timestamp_1 = __nccwpck_require__(2714);
Object.defineProperty(exports, "RFC3161Timestamp", ({ enumerable: true, get: function () { return timestamp_1.RFC3161Timestamp; } }));


/***/ }),

/***/ 2714:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RFC3161Timestamp = void 0;
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
const asn1_1 = __nccwpck_require__(6027);
const crypto = __importStar(__nccwpck_require__(9368));
const oid_1 = __nccwpck_require__(1817);
const error_1 = __nccwpck_require__(7512);
const tstinfo_1 = __nccwpck_require__(2925);
const OID_PKCS9_CONTENT_TYPE_SIGNED_DATA = '1.2.840.113549.1.7.2';
const OID_PKCS9_CONTENT_TYPE_TSTINFO = '1.2.840.113549.1.9.16.1.4';
const OID_PKCS9_MESSAGE_DIGEST_KEY = '1.2.840.113549.1.9.4';
class RFC3161Timestamp {
    root;
    constructor(asn1) {
        this.root = asn1;
    }
    static parse(der) {
        const asn1 = asn1_1.ASN1Obj.parseBuffer(der);
        return new RFC3161Timestamp(asn1);
    }
    get status() {
        return this.pkiStatusInfoObj.subs[0].toInteger();
    }
    get contentType() {
        return this.contentTypeObj.toOID();
    }
    get eContentType() {
        return this.eContentTypeObj.toOID();
    }
    get signingTime() {
        return this.tstInfo.genTime;
    }
    get signerIssuer() {
        return this.signerSidObj.subs[0].value;
    }
    get signerSerialNumber() {
        return this.signerSidObj.subs[1].value;
    }
    get signerDigestAlgorithm() {
        const oid = this.signerDigestAlgorithmObj.subs[0].toOID();
        return oid_1.SHA2_HASH_ALGOS[oid];
    }
    get signatureAlgorithm() {
        const oid = this.signatureAlgorithmObj.subs[0].toOID();
        return oid_1.ECDSA_SIGNATURE_ALGOS[oid];
    }
    get signatureValue() {
        return this.signatureValueObj.value;
    }
    get tstInfo() {
        // Need to unpack tstInfo from an OCTET STRING
        return new tstinfo_1.TSTInfo(this.eContentObj.subs[0].subs[0]);
    }
    verify(data, publicKey) {
        if (!this.timeStampTokenObj) {
            throw new error_1.RFC3161TimestampVerificationError('timeStampToken is missing');
        }
        // Check for expected ContentInfo content type
        if (this.contentType !== OID_PKCS9_CONTENT_TYPE_SIGNED_DATA) {
            throw new error_1.RFC3161TimestampVerificationError(`incorrect content type: ${this.contentType}`);
        }
        // Check for expected encapsulated content type
        if (this.eContentType !== OID_PKCS9_CONTENT_TYPE_TSTINFO) {
            throw new error_1.RFC3161TimestampVerificationError(`incorrect encapsulated content type: ${this.eContentType}`);
        }
        // Check that the tstInfo references the correct artifact
        this.tstInfo.verify(data);
        // Check that the signed message digest matches the tstInfo
        this.verifyMessageDigest();
        // Check that the signature is valid for the signed attributes
        this.verifySignature(publicKey);
    }
    verifyMessageDigest() {
        // Check that the tstInfo matches the signed data
        const tstInfoDigest = crypto.digest(this.signerDigestAlgorithm, this.tstInfo.raw);
        const expectedDigest = this.messageDigestAttributeObj.subs[1].subs[0].value;
        if (!crypto.bufferEqual(tstInfoDigest, expectedDigest)) {
            throw new error_1.RFC3161TimestampVerificationError('signed data does not match tstInfo');
        }
    }
    verifySignature(key) {
        // Encode the signed attributes for verification
        const signedAttrs = this.signedAttrsObj.toDER();
        signedAttrs[0] = 0x31; // Change context-specific tag to SET
        // Check that the signature is valid for the signed attributes
        const verified = crypto.verify(signedAttrs, key, this.signatureValue, this.signatureAlgorithm);
        if (!verified) {
            throw new error_1.RFC3161TimestampVerificationError('signature verification failed');
        }
    }
    // https://www.rfc-editor.org/rfc/rfc3161#section-2.4.2
    get pkiStatusInfoObj() {
        // pkiStatusInfo is the first element of the timestamp response sequence
        return this.root.subs[0];
    }
    // https://www.rfc-editor.org/rfc/rfc3161#section-2.4.2
    get timeStampTokenObj() {
        // timeStampToken is the first element of the timestamp response sequence
        return this.root.subs[1];
    }
    // https://datatracker.ietf.org/doc/html/rfc5652#section-3
    get contentTypeObj() {
        return this.timeStampTokenObj.subs[0];
    }
    // https://www.rfc-editor.org/rfc/rfc5652#section-3
    get signedDataObj() {
        const obj = this.timeStampTokenObj.subs.find((sub) => sub.tag.isContextSpecific(0x00));
        return obj.subs[0];
    }
    // https://datatracker.ietf.org/doc/html/rfc5652#section-5.1
    get encapContentInfoObj() {
        return this.signedDataObj.subs[2];
    }
    // https://datatracker.ietf.org/doc/html/rfc5652#section-5.1
    get signerInfosObj() {
        // SignerInfos is the last element of the signed data sequence
        const sd = this.signedDataObj;
        return sd.subs[sd.subs.length - 1];
    }
    // https://www.rfc-editor.org/rfc/rfc5652#section-5.1
    get signerInfoObj() {
        // Only supporting one signer
        return this.signerInfosObj.subs[0];
    }
    // https://datatracker.ietf.org/doc/html/rfc5652#section-5.2
    get eContentTypeObj() {
        return this.encapContentInfoObj.subs[0];
    }
    // https://datatracker.ietf.org/doc/html/rfc5652#section-5.2
    get eContentObj() {
        return this.encapContentInfoObj.subs[1];
    }
    // https://datatracker.ietf.org/doc/html/rfc5652#section-5.3
    get signedAttrsObj() {
        const signedAttrs = this.signerInfoObj.subs.find((sub) => sub.tag.isContextSpecific(0x00));
        return signedAttrs;
    }
    // https://datatracker.ietf.org/doc/html/rfc5652#section-5.3
    get messageDigestAttributeObj() {
        const messageDigest = this.signedAttrsObj.subs.find((sub) => sub.subs[0].tag.isOID() &&
            sub.subs[0].toOID() === OID_PKCS9_MESSAGE_DIGEST_KEY);
        return messageDigest;
    }
    // https://datatracker.ietf.org/doc/html/rfc5652#section-5.3
    get signerSidObj() {
        return this.signerInfoObj.subs[1];
    }
    // https://datatracker.ietf.org/doc/html/rfc5652#section-5.3
    get signerDigestAlgorithmObj() {
        // Signature is the 2nd element of the signerInfoObj object
        return this.signerInfoObj.subs[2];
    }
    // https://datatracker.ietf.org/doc/html/rfc5652#section-5.3
    get signatureAlgorithmObj() {
        // Signature is the 4th element of the signerInfoObj object
        return this.signerInfoObj.subs[4];
    }
    // https://datatracker.ietf.org/doc/html/rfc5652#section-5.3
    get signatureValueObj() {
        // Signature is the 6th element of the signerInfoObj object
        return this.signerInfoObj.subs[5];
    }
}
exports.RFC3161Timestamp = RFC3161Timestamp;


/***/ }),

/***/ 2925:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.TSTInfo = void 0;
const crypto = __importStar(__nccwpck_require__(9368));
const oid_1 = __nccwpck_require__(1817);
const error_1 = __nccwpck_require__(7512);
class TSTInfo {
    root;
    constructor(asn1) {
        this.root = asn1;
    }
    get version() {
        return this.root.subs[0].toInteger();
    }
    get genTime() {
        return this.root.subs[4].toDate();
    }
    get messageImprintHashAlgorithm() {
        const oid = this.messageImprintObj.subs[0].subs[0].toOID();
        return oid_1.SHA2_HASH_ALGOS[oid];
    }
    get messageImprintHashedMessage() {
        return this.messageImprintObj.subs[1].value;
    }
    get raw() {
        return this.root.toDER();
    }
    verify(data) {
        const digest = crypto.digest(this.messageImprintHashAlgorithm, data);
        if (!crypto.bufferEqual(digest, this.messageImprintHashedMessage)) {
            throw new error_1.RFC3161TimestampVerificationError('message imprint does not match artifact');
        }
    }
    // https://www.rfc-editor.org/rfc/rfc3161#section-2.4.2
    get messageImprintObj() {
        return this.root.subs[2];
    }
}
exports.TSTInfo = TSTInfo;


/***/ }),

/***/ 1673:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ByteStream = void 0;
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
class StreamError extends Error {
}
class ByteStream {
    static BLOCK_SIZE = 1024;
    buf;
    view;
    start = 0;
    constructor(buffer) {
        if (buffer) {
            this.buf = buffer;
            this.view = Buffer.from(buffer);
        }
        else {
            this.buf = Buffer.alloc(0);
            this.view = Buffer.from(this.buf);
        }
    }
    get buffer() {
        return this.view.subarray(0, this.start);
    }
    get length() {
        return this.view.byteLength;
    }
    get position() {
        return this.start;
    }
    seek(position) {
        this.start = position;
    }
    // Returns a Buffer containing the specified number of bytes starting at the
    // given start position.
    slice(start, len) {
        const end = start + len;
        if (end > this.length) {
            throw new StreamError('request past end of buffer');
        }
        return this.view.subarray(start, end);
    }
    appendChar(char) {
        this.ensureCapacity(1);
        this.view[this.start] = char;
        this.start += 1;
    }
    appendUint16(num) {
        this.ensureCapacity(2);
        const value = new Uint16Array([num]);
        const view = new Uint8Array(value.buffer);
        this.view[this.start] = view[1];
        this.view[this.start + 1] = view[0];
        this.start += 2;
    }
    appendUint24(num) {
        this.ensureCapacity(3);
        const value = new Uint32Array([num]);
        const view = new Uint8Array(value.buffer);
        this.view[this.start] = view[2];
        this.view[this.start + 1] = view[1];
        this.view[this.start + 2] = view[0];
        this.start += 3;
    }
    appendView(view) {
        this.ensureCapacity(view.length);
        this.view.set(view, this.start);
        this.start += view.length;
    }
    getBlock(size) {
        if (size <= 0) {
            return Buffer.alloc(0);
        }
        if (this.start + size > this.view.length) {
            throw new Error('request past end of buffer');
        }
        const result = this.view.subarray(this.start, this.start + size);
        this.start += size;
        return result;
    }
    getUint8() {
        return this.getBlock(1)[0];
    }
    getUint16() {
        const block = this.getBlock(2);
        return (block[0] << 8) | block[1];
    }
    ensureCapacity(size) {
        if (this.start + size > this.view.byteLength) {
            const blockSize = ByteStream.BLOCK_SIZE + (size > ByteStream.BLOCK_SIZE ? size : 0);
            this.realloc(this.view.byteLength + blockSize);
        }
    }
    realloc(size) {
        const newArray = Buffer.alloc(size);
        const newView = Buffer.from(newArray);
        // Copy the old buffer into the new one
        newView.set(this.view);
        this.buf = newArray;
        this.view = newView;
    }
}
exports.ByteStream = ByteStream;


/***/ }),

/***/ 3566:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.X509Certificate = exports.EXTENSION_OID_SCT = void 0;
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
const asn1_1 = __nccwpck_require__(6027);
const crypto = __importStar(__nccwpck_require__(9368));
const oid_1 = __nccwpck_require__(1817);
const pem = __importStar(__nccwpck_require__(1055));
const ext_1 = __nccwpck_require__(6389);
const EXTENSION_OID_SUBJECT_KEY_ID = '2.5.29.14';
const EXTENSION_OID_KEY_USAGE = '2.5.29.15';
const EXTENSION_OID_SUBJECT_ALT_NAME = '2.5.29.17';
const EXTENSION_OID_BASIC_CONSTRAINTS = '2.5.29.19';
const EXTENSION_OID_AUTHORITY_KEY_ID = '2.5.29.35';
exports.EXTENSION_OID_SCT = '1.3.6.1.4.1.11129.2.4.2';
class X509Certificate {
    root;
    constructor(asn1) {
        this.root = asn1;
    }
    static parse(cert) {
        const der = typeof cert === 'string' ? pem.toDER(cert) : cert;
        const asn1 = asn1_1.ASN1Obj.parseBuffer(der);
        return new X509Certificate(asn1);
    }
    get tbsCertificate() {
        return this.tbsCertificateObj;
    }
    get version() {
        // version number is the first element of the version context specific tag
        const ver = this.versionObj.subs[0].toInteger();
        return `v${(ver + BigInt(1)).toString()}`;
    }
    get serialNumber() {
        return this.serialNumberObj.value;
    }
    get notBefore() {
        // notBefore is the first element of the validity sequence
        return this.validityObj.subs[0].toDate();
    }
    get notAfter() {
        // notAfter is the second element of the validity sequence
        return this.validityObj.subs[1].toDate();
    }
    get issuer() {
        return this.issuerObj.value;
    }
    get subject() {
        return this.subjectObj.value;
    }
    get publicKey() {
        return this.subjectPublicKeyInfoObj.toDER();
    }
    get signatureAlgorithm() {
        const oid = this.signatureAlgorithmObj.subs[0].toOID();
        if (oid_1.RSA_SIGNATURE_ALGOS[oid]) {
            return oid_1.RSA_SIGNATURE_ALGOS[oid];
        }
        return oid_1.ECDSA_SIGNATURE_ALGOS[oid];
    }
    get signatureValue() {
        // Signature value is a bit string, so we need to skip the first byte
        return this.signatureValueObj.value.subarray(1);
    }
    get subjectAltName() {
        const ext = this.extSubjectAltName;
        return ext?.uri || /* istanbul ignore next */ ext?.rfc822Name;
    }
    get extensions() {
        // The extension list is the first (and only) element of the extensions
        // context specific tag
        /* istanbul ignore next */
        const extSeq = this.extensionsObj?.subs[0];
        /* istanbul ignore next */
        return extSeq?.subs || [];
    }
    get extKeyUsage() {
        const ext = this.findExtension(EXTENSION_OID_KEY_USAGE);
        return ext ? new ext_1.X509KeyUsageExtension(ext) : undefined;
    }
    get extBasicConstraints() {
        const ext = this.findExtension(EXTENSION_OID_BASIC_CONSTRAINTS);
        return ext ? new ext_1.X509BasicConstraintsExtension(ext) : undefined;
    }
    get extSubjectAltName() {
        const ext = this.findExtension(EXTENSION_OID_SUBJECT_ALT_NAME);
        return ext ? new ext_1.X509SubjectAlternativeNameExtension(ext) : undefined;
    }
    get extAuthorityKeyID() {
        const ext = this.findExtension(EXTENSION_OID_AUTHORITY_KEY_ID);
        return ext ? new ext_1.X509AuthorityKeyIDExtension(ext) : undefined;
    }
    get extSubjectKeyID() {
        const ext = this.findExtension(EXTENSION_OID_SUBJECT_KEY_ID);
        return ext
            ? new ext_1.X509SubjectKeyIDExtension(ext)
            : /* istanbul ignore next */ undefined;
    }
    get extSCT() {
        const ext = this.findExtension(exports.EXTENSION_OID_SCT);
        return ext ? new ext_1.X509SCTExtension(ext) : undefined;
    }
    get isCA() {
        const ca = this.extBasicConstraints?.isCA || false;
        // If the KeyUsage extension is present, keyCertSign must be set
        /* istanbul ignore else */
        if (this.extKeyUsage) {
            return ca && this.extKeyUsage.keyCertSign;
        }
        // TODO: test coverage for this case
        /* istanbul ignore next */
        return ca;
    }
    extension(oid) {
        const ext = this.findExtension(oid);
        return ext ? new ext_1.X509Extension(ext) : undefined;
    }
    verify(issuerCertificate) {
        // Use the issuer's public key if provided, otherwise use the subject's
        const publicKey = issuerCertificate?.publicKey || this.publicKey;
        const key = crypto.createPublicKey(publicKey);
        return crypto.verify(this.tbsCertificate.toDER(), key, this.signatureValue, this.signatureAlgorithm);
    }
    validForDate(date) {
        return this.notBefore <= date && date <= this.notAfter;
    }
    equals(other) {
        return this.root.toDER().equals(other.root.toDER());
    }
    // Creates a copy of the certificate with a new buffer
    clone() {
        const der = this.root.toDER();
        const clone = Buffer.alloc(der.length);
        der.copy(clone);
        return X509Certificate.parse(clone);
    }
    findExtension(oid) {
        // Find the extension with the given OID. The OID will always be the first
        // element of the extension sequence
        return this.extensions.find((ext) => ext.subs[0].toOID() === oid);
    }
    /////////////////////////////////////////////////////////////////////////////
    // The following properties use the documented x509 structure to locate the
    // desired ASN.1 object
    // https://www.rfc-editor.org/rfc/rfc5280#section-4.1
    // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.1.1
    get tbsCertificateObj() {
        // tbsCertificate is the first element of the certificate sequence
        return this.root.subs[0];
    }
    // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.1.2
    get signatureAlgorithmObj() {
        // signatureAlgorithm is the second element of the certificate sequence
        return this.root.subs[1];
    }
    // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.1.3
    get signatureValueObj() {
        // signatureValue is the third element of the certificate sequence
        return this.root.subs[2];
    }
    // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.1
    get versionObj() {
        // version is the first element of the tbsCertificate sequence
        return this.tbsCertificateObj.subs[0];
    }
    // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.2
    get serialNumberObj() {
        // serialNumber is the second element of the tbsCertificate sequence
        return this.tbsCertificateObj.subs[1];
    }
    // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.4
    get issuerObj() {
        // issuer is the fourth element of the tbsCertificate sequence
        return this.tbsCertificateObj.subs[3];
    }
    // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.5
    get validityObj() {
        // version is the fifth element of the tbsCertificate sequence
        return this.tbsCertificateObj.subs[4];
    }
    // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.6
    get subjectObj() {
        // subject is the sixth element of the tbsCertificate sequence
        return this.tbsCertificateObj.subs[5];
    }
    // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.7
    get subjectPublicKeyInfoObj() {
        // subjectPublicKeyInfo is the seventh element of the tbsCertificate sequence
        return this.tbsCertificateObj.subs[6];
    }
    // Extensions can't be located by index because their position varies. Instead,
    // we need to find the extensions context specific tag
    // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.9
    get extensionsObj() {
        return this.tbsCertificateObj.subs.find((sub) => sub.tag.isContextSpecific(0x03));
    }
}
exports.X509Certificate = X509Certificate;


/***/ }),

/***/ 6389:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.X509SCTExtension = exports.X509SubjectKeyIDExtension = exports.X509AuthorityKeyIDExtension = exports.X509SubjectAlternativeNameExtension = exports.X509KeyUsageExtension = exports.X509BasicConstraintsExtension = exports.X509Extension = void 0;
const stream_1 = __nccwpck_require__(1673);
const sct_1 = __nccwpck_require__(6144);
// https://www.rfc-editor.org/rfc/rfc5280#section-4.1
class X509Extension {
    root;
    constructor(asn1) {
        this.root = asn1;
    }
    get oid() {
        return this.root.subs[0].toOID();
    }
    get critical() {
        // The critical field is optional and will be the second element of the
        // extension sequence if present. Default to false if not present.
        return this.root.subs.length === 3 ? this.root.subs[1].toBoolean() : false;
    }
    get value() {
        return this.extnValueObj.value;
    }
    get valueObj() {
        return this.extnValueObj;
    }
    get extnValueObj() {
        // The extnValue field will be the last element of the extension sequence
        return this.root.subs[this.root.subs.length - 1];
    }
}
exports.X509Extension = X509Extension;
// https://www.rfc-editor.org/rfc/rfc5280#section-4.2.1.9
class X509BasicConstraintsExtension extends X509Extension {
    get isCA() {
        return this.sequence.subs[0]?.toBoolean() ?? false;
    }
    get pathLenConstraint() {
        return this.sequence.subs.length > 1
            ? this.sequence.subs[1].toInteger()
            : undefined;
    }
    // The extnValue field contains a single sequence wrapping the isCA and
    // pathLenConstraint.
    get sequence() {
        return this.extnValueObj.subs[0];
    }
}
exports.X509BasicConstraintsExtension = X509BasicConstraintsExtension;
// https://www.rfc-editor.org/rfc/rfc5280#section-4.2.1.3
class X509KeyUsageExtension extends X509Extension {
    get digitalSignature() {
        return this.bitString[0] === 1;
    }
    get keyCertSign() {
        return this.bitString[5] === 1;
    }
    get crlSign() {
        return this.bitString[6] === 1;
    }
    // The extnValue field contains a single bit string which is a bit mask
    // indicating which key usages are enabled.
    get bitString() {
        return this.extnValueObj.subs[0].toBitString();
    }
}
exports.X509KeyUsageExtension = X509KeyUsageExtension;
// https://www.rfc-editor.org/rfc/rfc5280#section-4.2.1.6
class X509SubjectAlternativeNameExtension extends X509Extension {
    get rfc822Name() {
        return this.findGeneralName(0x01)?.value.toString('ascii');
    }
    get uri() {
        return this.findGeneralName(0x06)?.value.toString('ascii');
    }
    // Retrieve the value of an otherName with the given OID.
    otherName(oid) {
        const otherName = this.findGeneralName(0x00);
        if (otherName === undefined) {
            return undefined;
        }
        // The otherName is a sequence containing an OID and a value.
        // Need to check that the OID matches the one we're looking for.
        const otherNameOID = otherName.subs[0].toOID();
        if (otherNameOID !== oid) {
            return undefined;
        }
        // The otherNameValue is a sequence containing the actual value.
        const otherNameValue = otherName.subs[1];
        return otherNameValue.subs[0].value.toString('ascii');
    }
    findGeneralName(tag) {
        return this.generalNames.find((gn) => gn.tag.isContextSpecific(tag));
    }
    // The extnValue field contains a sequence of GeneralNames.
    get generalNames() {
        return this.extnValueObj.subs[0].subs;
    }
}
exports.X509SubjectAlternativeNameExtension = X509SubjectAlternativeNameExtension;
// https://www.rfc-editor.org/rfc/rfc5280#section-4.2.1.1
class X509AuthorityKeyIDExtension extends X509Extension {
    get keyIdentifier() {
        return this.findSequenceMember(0x00)?.value;
    }
    findSequenceMember(tag) {
        return this.sequence.subs.find((el) => el.tag.isContextSpecific(tag));
    }
    // The extnValue field contains a single sequence wrapping the keyIdentifier
    get sequence() {
        return this.extnValueObj.subs[0];
    }
}
exports.X509AuthorityKeyIDExtension = X509AuthorityKeyIDExtension;
// https://www.rfc-editor.org/rfc/rfc5280#section-4.2.1.2
class X509SubjectKeyIDExtension extends X509Extension {
    get keyIdentifier() {
        return this.extnValueObj.subs[0].value;
    }
}
exports.X509SubjectKeyIDExtension = X509SubjectKeyIDExtension;
// https://www.rfc-editor.org/rfc/rfc6962#section-3.3
class X509SCTExtension extends X509Extension {
    constructor(asn1) {
        super(asn1);
    }
    get signedCertificateTimestamps() {
        const buf = this.extnValueObj.subs[0].value;
        const stream = new stream_1.ByteStream(buf);
        // The overall list length is encoded in the first two bytes -- note this
        // is the length of the list in bytes, NOT the number of SCTs in the list
        const end = stream.getUint16() + 2;
        const sctList = [];
        while (stream.position < end) {
            // Read the length of the next SCT
            const sctLength = stream.getUint16();
            // Slice out the bytes for the next SCT and parse it
            const sct = stream.getBlock(sctLength);
            sctList.push(sct_1.SignedCertificateTimestamp.parse(sct));
        }
        if (stream.position !== end) {
            throw new Error('SCT list length does not match actual length');
        }
        return sctList;
    }
}
exports.X509SCTExtension = X509SCTExtension;


/***/ }),

/***/ 9358:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


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
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.X509SCTExtension = exports.X509Certificate = exports.EXTENSION_OID_SCT = void 0;
var cert_1 = __nccwpck_require__(3566);
Object.defineProperty(exports, "EXTENSION_OID_SCT", ({ enumerable: true, get: function () { return cert_1.EXTENSION_OID_SCT; } }));
Object.defineProperty(exports, "X509Certificate", ({ enumerable: true, get: function () { return cert_1.X509Certificate; } }));
var ext_1 = __nccwpck_require__(6389);
Object.defineProperty(exports, "X509SCTExtension", ({ enumerable: true, get: function () { return ext_1.X509SCTExtension; } }));


/***/ }),

/***/ 6144:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SignedCertificateTimestamp = void 0;
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
const crypto = __importStar(__nccwpck_require__(9368));
const stream_1 = __nccwpck_require__(1673);
class SignedCertificateTimestamp {
    version;
    logID;
    timestamp;
    extensions;
    hashAlgorithm;
    signatureAlgorithm;
    signature;
    constructor(options) {
        this.version = options.version;
        this.logID = options.logID;
        this.timestamp = options.timestamp;
        this.extensions = options.extensions;
        this.hashAlgorithm = options.hashAlgorithm;
        this.signatureAlgorithm = options.signatureAlgorithm;
        this.signature = options.signature;
    }
    get datetime() {
        return new Date(Number(this.timestamp.readBigInt64BE()));
    }
    // Returns the hash algorithm used to generate the SCT's signature.
    // https://www.rfc-editor.org/rfc/rfc5246#section-7.4.1.4.1
    get algorithm() {
        switch (this.hashAlgorithm) {
            /* istanbul ignore next */
            case 0:
                return 'none';
            /* istanbul ignore next */
            case 1:
                return 'md5';
            /* istanbul ignore next */
            case 2:
                return 'sha1';
            /* istanbul ignore next */
            case 3:
                return 'sha224';
            case 4:
                return 'sha256';
            /* istanbul ignore next */
            case 5:
                return 'sha384';
            /* istanbul ignore next */
            case 6:
                return 'sha512';
            /* istanbul ignore next */
            default:
                return 'unknown';
        }
    }
    verify(preCert, key) {
        // Assemble the digitally-signed struct (the data over which the signature
        // was generated).
        // https://www.rfc-editor.org/rfc/rfc6962#section-3.2
        const stream = new stream_1.ByteStream();
        stream.appendChar(this.version);
        stream.appendChar(0x00); // SignatureType = certificate_timestamp(0)
        stream.appendView(this.timestamp);
        stream.appendUint16(0x01); // LogEntryType = precert_entry(1)
        stream.appendView(preCert);
        stream.appendUint16(this.extensions.byteLength);
        /* istanbul ignore next - extensions are very uncommon */
        if (this.extensions.byteLength > 0) {
            stream.appendView(this.extensions);
        }
        return crypto.verify(stream.buffer, key, this.signature, this.algorithm);
    }
    // Parses a SignedCertificateTimestamp from a buffer. SCTs are encoded using
    // TLS encoding which means the fields and lengths of most fields are
    // specified as part of the SCT and TLS specs.
    // https://www.rfc-editor.org/rfc/rfc6962#section-3.2
    // https://www.rfc-editor.org/rfc/rfc5246#section-7.4.1.4.1
    static parse(buf) {
        const stream = new stream_1.ByteStream(buf);
        // Version - enum { v1(0), (255) }
        const version = stream.getUint8();
        // Log ID  - struct { opaque key_id[32]; }
        const logID = stream.getBlock(32);
        // Timestamp - uint64
        const timestamp = stream.getBlock(8);
        // Extensions - opaque extensions<0..2^16-1>;
        const extenstionLength = stream.getUint16();
        const extensions = stream.getBlock(extenstionLength);
        // Hash algo - enum { sha256(4), . . . (255) }
        const hashAlgorithm = stream.getUint8();
        // Signature algo - enum { anonymous(0), rsa(1), dsa(2), ecdsa(3), (255) }
        const signatureAlgorithm = stream.getUint8();
        // Signature  - opaque signature<0..2^16-1>;
        const sigLength = stream.getUint16();
        const signature = stream.getBlock(sigLength);
        // Check that we read the entire buffer
        if (stream.position !== buf.length) {
            throw new Error('SCT buffer length mismatch');
        }
        return new SignedCertificateTimestamp({
            version,
            logID,
            timestamp,
            extensions,
            hashAlgorithm,
            signatureAlgorithm,
            signature,
        });
    }
}
exports.SignedCertificateTimestamp = SignedCertificateTimestamp;


/***/ }),

/***/ 7030:
/***/ ((__unused_webpack_module, exports) => {


// Code generated by protoc-gen-ts_proto. DO NOT EDIT.
// versions:
//   protoc-gen-ts_proto  v2.12.0
//   protoc               v7.35.1
// source: envelope.proto
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Signature = exports.Envelope = void 0;
exports.Envelope = {
    fromJSON(object) {
        return {
            payload: isSet(object.payload) ? Buffer.from(bytesFromBase64(object.payload)) : Buffer.alloc(0),
            payloadType: isSet(object.payloadType) ? globalThis.String(object.payloadType) : "",
            signatures: globalThis.Array.isArray(object?.signatures)
                ? object.signatures.map((e) => exports.Signature.fromJSON(e))
                : [],
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.payload.length !== 0) {
            obj.payload = base64FromBytes(message.payload);
        }
        if (message.payloadType !== "") {
            obj.payloadType = message.payloadType;
        }
        if (message.signatures?.length) {
            obj.signatures = message.signatures.map((e) => exports.Signature.toJSON(e));
        }
        return obj;
    },
};
exports.Signature = {
    fromJSON(object) {
        return {
            sig: isSet(object.sig) ? Buffer.from(bytesFromBase64(object.sig)) : Buffer.alloc(0),
            keyid: isSet(object.keyid) ? globalThis.String(object.keyid) : "",
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.sig.length !== 0) {
            obj.sig = base64FromBytes(message.sig);
        }
        if (message.keyid !== "") {
            obj.keyid = message.keyid;
        }
        return obj;
    },
};
function bytesFromBase64(b64) {
    return Uint8Array.from(globalThis.Buffer.from(b64, "base64"));
}
function base64FromBytes(arr) {
    return globalThis.Buffer.from(arr).toString("base64");
}
function isSet(value) {
    return value !== null && value !== undefined;
}


/***/ }),

/***/ 5000:
/***/ ((__unused_webpack_module, exports) => {


// Code generated by protoc-gen-ts_proto. DO NOT EDIT.
// versions:
//   protoc-gen-ts_proto  v2.12.0
//   protoc               v7.35.1
// source: google/protobuf/timestamp.proto
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Timestamp = void 0;
exports.Timestamp = {
    fromJSON(object) {
        return {
            seconds: isSet(object.seconds) ? globalThis.String(object.seconds) : "0",
            nanos: isSet(object.nanos) ? globalThis.Number(object.nanos) : 0,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.seconds !== "0") {
            obj.seconds = message.seconds;
        }
        if (message.nanos !== 0) {
            obj.nanos = Math.round(message.nanos);
        }
        return obj;
    },
};
function isSet(value) {
    return value !== null && value !== undefined;
}


/***/ }),

/***/ 6764:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


// Code generated by protoc-gen-ts_proto. DO NOT EDIT.
// versions:
//   protoc-gen-ts_proto  v2.12.0
//   protoc               v7.35.1
// source: rekor/v2/dsse.proto
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DSSELogEntryV002 = exports.DSSERequestV002 = void 0;
/* eslint-disable */
const envelope_1 = __nccwpck_require__(7030);
const sigstore_common_1 = __nccwpck_require__(5334);
const verifier_1 = __nccwpck_require__(7543);
exports.DSSERequestV002 = {
    fromJSON(object) {
        return {
            envelope: isSet(object.envelope) ? envelope_1.Envelope.fromJSON(object.envelope) : undefined,
            verifiers: globalThis.Array.isArray(object?.verifiers)
                ? object.verifiers.map((e) => verifier_1.Verifier.fromJSON(e))
                : [],
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.envelope !== undefined) {
            obj.envelope = envelope_1.Envelope.toJSON(message.envelope);
        }
        if (message.verifiers?.length) {
            obj.verifiers = message.verifiers.map((e) => verifier_1.Verifier.toJSON(e));
        }
        return obj;
    },
};
exports.DSSELogEntryV002 = {
    fromJSON(object) {
        return {
            payloadHash: isSet(object.payloadHash) ? sigstore_common_1.HashOutput.fromJSON(object.payloadHash) : undefined,
            signatures: globalThis.Array.isArray(object?.signatures)
                ? object.signatures.map((e) => verifier_1.Signature.fromJSON(e))
                : [],
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.payloadHash !== undefined) {
            obj.payloadHash = sigstore_common_1.HashOutput.toJSON(message.payloadHash);
        }
        if (message.signatures?.length) {
            obj.signatures = message.signatures.map((e) => verifier_1.Signature.toJSON(e));
        }
        return obj;
    },
};
function isSet(value) {
    return value !== null && value !== undefined;
}


/***/ }),

/***/ 381:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


// Code generated by protoc-gen-ts_proto. DO NOT EDIT.
// versions:
//   protoc-gen-ts_proto  v2.12.0
//   protoc               v7.35.1
// source: rekor/v2/entry.proto
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CreateEntryRequest = exports.Spec = exports.Entry = void 0;
/* eslint-disable */
const dsse_1 = __nccwpck_require__(6764);
const hashedrekord_1 = __nccwpck_require__(4969);
exports.Entry = {
    fromJSON(object) {
        return {
            kind: isSet(object.kind) ? globalThis.String(object.kind) : "",
            apiVersion: isSet(object.apiVersion) ? globalThis.String(object.apiVersion) : "",
            spec: isSet(object.spec) ? exports.Spec.fromJSON(object.spec) : undefined,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.kind !== "") {
            obj.kind = message.kind;
        }
        if (message.apiVersion !== "") {
            obj.apiVersion = message.apiVersion;
        }
        if (message.spec !== undefined) {
            obj.spec = exports.Spec.toJSON(message.spec);
        }
        return obj;
    },
};
exports.Spec = {
    fromJSON(object) {
        return {
            spec: isSet(object.hashedRekordV002)
                ? { $case: "hashedRekordV002", hashedRekordV002: hashedrekord_1.HashedRekordLogEntryV002.fromJSON(object.hashedRekordV002) }
                : isSet(object.dsseV002)
                    ? { $case: "dsseV002", dsseV002: dsse_1.DSSELogEntryV002.fromJSON(object.dsseV002) }
                    : undefined,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.spec?.$case === "hashedRekordV002") {
            obj.hashedRekordV002 = hashedrekord_1.HashedRekordLogEntryV002.toJSON(message.spec.hashedRekordV002);
        }
        else if (message.spec?.$case === "dsseV002") {
            obj.dsseV002 = dsse_1.DSSELogEntryV002.toJSON(message.spec.dsseV002);
        }
        return obj;
    },
};
exports.CreateEntryRequest = {
    fromJSON(object) {
        return {
            spec: isSet(object.hashedRekordRequestV002)
                ? {
                    $case: "hashedRekordRequestV002",
                    hashedRekordRequestV002: hashedrekord_1.HashedRekordRequestV002.fromJSON(object.hashedRekordRequestV002),
                }
                : isSet(object.dsseRequestV002)
                    ? { $case: "dsseRequestV002", dsseRequestV002: dsse_1.DSSERequestV002.fromJSON(object.dsseRequestV002) }
                    : undefined,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.spec?.$case === "hashedRekordRequestV002") {
            obj.hashedRekordRequestV002 = hashedrekord_1.HashedRekordRequestV002.toJSON(message.spec.hashedRekordRequestV002);
        }
        else if (message.spec?.$case === "dsseRequestV002") {
            obj.dsseRequestV002 = dsse_1.DSSERequestV002.toJSON(message.spec.dsseRequestV002);
        }
        return obj;
    },
};
function isSet(value) {
    return value !== null && value !== undefined;
}


/***/ }),

/***/ 4969:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


// Code generated by protoc-gen-ts_proto. DO NOT EDIT.
// versions:
//   protoc-gen-ts_proto  v2.12.0
//   protoc               v7.35.1
// source: rekor/v2/hashedrekord.proto
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.HashedRekordLogEntryV002 = exports.HashedRekordRequestV002 = void 0;
/* eslint-disable */
const sigstore_common_1 = __nccwpck_require__(5334);
const verifier_1 = __nccwpck_require__(7543);
exports.HashedRekordRequestV002 = {
    fromJSON(object) {
        return {
            digest: isSet(object.digest) ? Buffer.from(bytesFromBase64(object.digest)) : Buffer.alloc(0),
            signature: isSet(object.signature) ? verifier_1.Signature.fromJSON(object.signature) : undefined,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.digest.length !== 0) {
            obj.digest = base64FromBytes(message.digest);
        }
        if (message.signature !== undefined) {
            obj.signature = verifier_1.Signature.toJSON(message.signature);
        }
        return obj;
    },
};
exports.HashedRekordLogEntryV002 = {
    fromJSON(object) {
        return {
            data: isSet(object.data) ? sigstore_common_1.HashOutput.fromJSON(object.data) : undefined,
            signature: isSet(object.signature) ? verifier_1.Signature.fromJSON(object.signature) : undefined,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.data !== undefined) {
            obj.data = sigstore_common_1.HashOutput.toJSON(message.data);
        }
        if (message.signature !== undefined) {
            obj.signature = verifier_1.Signature.toJSON(message.signature);
        }
        return obj;
    },
};
function bytesFromBase64(b64) {
    return Uint8Array.from(globalThis.Buffer.from(b64, "base64"));
}
function base64FromBytes(arr) {
    return globalThis.Buffer.from(arr).toString("base64");
}
function isSet(value) {
    return value !== null && value !== undefined;
}


/***/ }),

/***/ 7543:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


// Code generated by protoc-gen-ts_proto. DO NOT EDIT.
// versions:
//   protoc-gen-ts_proto  v2.12.0
//   protoc               v7.35.1
// source: rekor/v2/verifier.proto
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Signature = exports.Verifier = exports.PublicKey = void 0;
/* eslint-disable */
const sigstore_common_1 = __nccwpck_require__(5334);
exports.PublicKey = {
    fromJSON(object) {
        return { rawBytes: isSet(object.rawBytes) ? Buffer.from(bytesFromBase64(object.rawBytes)) : Buffer.alloc(0) };
    },
    toJSON(message) {
        const obj = {};
        if (message.rawBytes.length !== 0) {
            obj.rawBytes = base64FromBytes(message.rawBytes);
        }
        return obj;
    },
};
exports.Verifier = {
    fromJSON(object) {
        return {
            verifier: isSet(object.publicKey)
                ? { $case: "publicKey", publicKey: exports.PublicKey.fromJSON(object.publicKey) }
                : isSet(object.x509Certificate)
                    ? { $case: "x509Certificate", x509Certificate: sigstore_common_1.X509Certificate.fromJSON(object.x509Certificate) }
                    : undefined,
            keyDetails: isSet(object.keyDetails) ? (0, sigstore_common_1.publicKeyDetailsFromJSON)(object.keyDetails) : 0,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.verifier?.$case === "publicKey") {
            obj.publicKey = exports.PublicKey.toJSON(message.verifier.publicKey);
        }
        else if (message.verifier?.$case === "x509Certificate") {
            obj.x509Certificate = sigstore_common_1.X509Certificate.toJSON(message.verifier.x509Certificate);
        }
        if (message.keyDetails !== 0) {
            obj.keyDetails = (0, sigstore_common_1.publicKeyDetailsToJSON)(message.keyDetails);
        }
        return obj;
    },
};
exports.Signature = {
    fromJSON(object) {
        return {
            content: isSet(object.content) ? Buffer.from(bytesFromBase64(object.content)) : Buffer.alloc(0),
            verifier: isSet(object.verifier) ? exports.Verifier.fromJSON(object.verifier) : undefined,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.content.length !== 0) {
            obj.content = base64FromBytes(message.content);
        }
        if (message.verifier !== undefined) {
            obj.verifier = exports.Verifier.toJSON(message.verifier);
        }
        return obj;
    },
};
function bytesFromBase64(b64) {
    return Uint8Array.from(globalThis.Buffer.from(b64, "base64"));
}
function base64FromBytes(arr) {
    return globalThis.Buffer.from(arr).toString("base64");
}
function isSet(value) {
    return value !== null && value !== undefined;
}


/***/ }),

/***/ 715:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


// Code generated by protoc-gen-ts_proto. DO NOT EDIT.
// versions:
//   protoc-gen-ts_proto  v2.12.0
//   protoc               v7.35.1
// source: sigstore_bundle.proto
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Bundle = exports.VerificationMaterial = exports.TimestampVerificationData = void 0;
/* eslint-disable */
const envelope_1 = __nccwpck_require__(7030);
const sigstore_common_1 = __nccwpck_require__(5334);
const sigstore_rekor_1 = __nccwpck_require__(5204);
exports.TimestampVerificationData = {
    fromJSON(object) {
        return {
            rfc3161Timestamps: globalThis.Array.isArray(object?.rfc3161Timestamps)
                ? object.rfc3161Timestamps.map((e) => sigstore_common_1.RFC3161SignedTimestamp.fromJSON(e))
                : [],
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.rfc3161Timestamps?.length) {
            obj.rfc3161Timestamps = message.rfc3161Timestamps.map((e) => sigstore_common_1.RFC3161SignedTimestamp.toJSON(e));
        }
        return obj;
    },
};
exports.VerificationMaterial = {
    fromJSON(object) {
        return {
            content: isSet(object.publicKey)
                ? { $case: "publicKey", publicKey: sigstore_common_1.PublicKeyIdentifier.fromJSON(object.publicKey) }
                : isSet(object.x509CertificateChain)
                    ? {
                        $case: "x509CertificateChain",
                        x509CertificateChain: sigstore_common_1.X509CertificateChain.fromJSON(object.x509CertificateChain),
                    }
                    : isSet(object.certificate)
                        ? { $case: "certificate", certificate: sigstore_common_1.X509Certificate.fromJSON(object.certificate) }
                        : undefined,
            tlogEntries: globalThis.Array.isArray(object?.tlogEntries)
                ? object.tlogEntries.map((e) => sigstore_rekor_1.TransparencyLogEntry.fromJSON(e))
                : [],
            timestampVerificationData: isSet(object.timestampVerificationData)
                ? exports.TimestampVerificationData.fromJSON(object.timestampVerificationData)
                : undefined,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.content?.$case === "publicKey") {
            obj.publicKey = sigstore_common_1.PublicKeyIdentifier.toJSON(message.content.publicKey);
        }
        else if (message.content?.$case === "x509CertificateChain") {
            obj.x509CertificateChain = sigstore_common_1.X509CertificateChain.toJSON(message.content.x509CertificateChain);
        }
        else if (message.content?.$case === "certificate") {
            obj.certificate = sigstore_common_1.X509Certificate.toJSON(message.content.certificate);
        }
        if (message.tlogEntries?.length) {
            obj.tlogEntries = message.tlogEntries.map((e) => sigstore_rekor_1.TransparencyLogEntry.toJSON(e));
        }
        if (message.timestampVerificationData !== undefined) {
            obj.timestampVerificationData = exports.TimestampVerificationData.toJSON(message.timestampVerificationData);
        }
        return obj;
    },
};
exports.Bundle = {
    fromJSON(object) {
        return {
            mediaType: isSet(object.mediaType) ? globalThis.String(object.mediaType) : "",
            verificationMaterial: isSet(object.verificationMaterial)
                ? exports.VerificationMaterial.fromJSON(object.verificationMaterial)
                : undefined,
            content: isSet(object.messageSignature)
                ? { $case: "messageSignature", messageSignature: sigstore_common_1.MessageSignature.fromJSON(object.messageSignature) }
                : isSet(object.dsseEnvelope)
                    ? { $case: "dsseEnvelope", dsseEnvelope: envelope_1.Envelope.fromJSON(object.dsseEnvelope) }
                    : undefined,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.mediaType !== "") {
            obj.mediaType = message.mediaType;
        }
        if (message.verificationMaterial !== undefined) {
            obj.verificationMaterial = exports.VerificationMaterial.toJSON(message.verificationMaterial);
        }
        if (message.content?.$case === "messageSignature") {
            obj.messageSignature = sigstore_common_1.MessageSignature.toJSON(message.content.messageSignature);
        }
        else if (message.content?.$case === "dsseEnvelope") {
            obj.dsseEnvelope = envelope_1.Envelope.toJSON(message.content.dsseEnvelope);
        }
        return obj;
    },
};
function isSet(value) {
    return value !== null && value !== undefined;
}


/***/ }),

/***/ 5334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


// Code generated by protoc-gen-ts_proto. DO NOT EDIT.
// versions:
//   protoc-gen-ts_proto  v2.12.0
//   protoc               v7.35.1
// source: sigstore_common.proto
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.TimeRange = exports.X509CertificateChain = exports.SubjectAlternativeName = exports.X509Certificate = exports.DistinguishedName = exports.ObjectIdentifierValuePair = exports.ObjectIdentifier = exports.PublicKeyIdentifier = exports.PublicKey = exports.RFC3161SignedTimestamp = exports.LogId = exports.MessageSignature = exports.HashOutput = exports.SubjectAlternativeNameType = exports.PublicKeyDetails = exports.HashAlgorithm = void 0;
exports.hashAlgorithmFromJSON = hashAlgorithmFromJSON;
exports.hashAlgorithmToJSON = hashAlgorithmToJSON;
exports.publicKeyDetailsFromJSON = publicKeyDetailsFromJSON;
exports.publicKeyDetailsToJSON = publicKeyDetailsToJSON;
exports.subjectAlternativeNameTypeFromJSON = subjectAlternativeNameTypeFromJSON;
exports.subjectAlternativeNameTypeToJSON = subjectAlternativeNameTypeToJSON;
/* eslint-disable */
const timestamp_1 = __nccwpck_require__(5000);
/**
 * Only a subset of the secure hash standard algorithms are supported.
 * See <https://nvlpubs.nist.gov/nistpubs/FIPS/NIST.FIPS.180-4.pdf> for more
 * details.
 * UNSPECIFIED SHOULD not be used, primary reason for inclusion is to force
 * any proto JSON serialization to emit the used hash algorithm, as default
 * option is to *omit* the default value of an enum (which is the first
 * value, represented by '0'.
 */
var HashAlgorithm;
(function (HashAlgorithm) {
    HashAlgorithm[HashAlgorithm["HASH_ALGORITHM_UNSPECIFIED"] = 0] = "HASH_ALGORITHM_UNSPECIFIED";
    HashAlgorithm[HashAlgorithm["SHA2_256"] = 1] = "SHA2_256";
    HashAlgorithm[HashAlgorithm["SHA2_384"] = 2] = "SHA2_384";
    HashAlgorithm[HashAlgorithm["SHA2_512"] = 3] = "SHA2_512";
    /**
     * SHA3_256 - Used for LMS
     *
     * @deprecated
     */
    HashAlgorithm[HashAlgorithm["SHA3_256"] = 4] = "SHA3_256";
    /**
     * SHA3_384 - Used for LMS
     *
     * @deprecated
     */
    HashAlgorithm[HashAlgorithm["SHA3_384"] = 5] = "SHA3_384";
})(HashAlgorithm || (exports.HashAlgorithm = HashAlgorithm = {}));
function hashAlgorithmFromJSON(object) {
    switch (object) {
        case 0:
        case "HASH_ALGORITHM_UNSPECIFIED":
            return HashAlgorithm.HASH_ALGORITHM_UNSPECIFIED;
        case 1:
        case "SHA2_256":
            return HashAlgorithm.SHA2_256;
        case 2:
        case "SHA2_384":
            return HashAlgorithm.SHA2_384;
        case 3:
        case "SHA2_512":
            return HashAlgorithm.SHA2_512;
        case 4:
        case "SHA3_256":
            return HashAlgorithm.SHA3_256;
        case 5:
        case "SHA3_384":
            return HashAlgorithm.SHA3_384;
        default:
            throw new globalThis.Error("Unrecognized enum value " + object + " for enum HashAlgorithm");
    }
}
function hashAlgorithmToJSON(object) {
    switch (object) {
        case HashAlgorithm.HASH_ALGORITHM_UNSPECIFIED:
            return "HASH_ALGORITHM_UNSPECIFIED";
        case HashAlgorithm.SHA2_256:
            return "SHA2_256";
        case HashAlgorithm.SHA2_384:
            return "SHA2_384";
        case HashAlgorithm.SHA2_512:
            return "SHA2_512";
        case HashAlgorithm.SHA3_256:
            return "SHA3_256";
        case HashAlgorithm.SHA3_384:
            return "SHA3_384";
        default:
            throw new globalThis.Error("Unrecognized enum value " + object + " for enum HashAlgorithm");
    }
}
/**
 * Details of a specific public key, capturing the the key encoding method,
 * and signature algorithm.
 *
 * PublicKeyDetails captures the public key/hash algorithm combinations
 * recommended in the Sigstore ecosystem.
 *
 * This is modelled as a linear set as we want to provide a small number of
 * opinionated options instead of allowing every possible permutation.
 *
 * Any changes to this enum MUST be reflected in the algorithm registry.
 *
 * See: <https://github.com/sigstore/architecture-docs/blob/main/algorithm-registry.md>
 *
 * To avoid the possibility of contradicting formats such as PKCS1 with
 * ED25519 the valid permutations are listed as a linear set instead of a
 * cartesian set (i.e one combined variable instead of two, one for encoding
 * and one for the signature algorithm).
 */
var PublicKeyDetails;
(function (PublicKeyDetails) {
    PublicKeyDetails[PublicKeyDetails["PUBLIC_KEY_DETAILS_UNSPECIFIED"] = 0] = "PUBLIC_KEY_DETAILS_UNSPECIFIED";
    /**
     * PKCS1_RSA_PKCS1V5 - RSA
     *
     * @deprecated
     */
    PublicKeyDetails[PublicKeyDetails["PKCS1_RSA_PKCS1V5"] = 1] = "PKCS1_RSA_PKCS1V5";
    /**
     * PKCS1_RSA_PSS - See RFC8017
     *
     * @deprecated
     */
    PublicKeyDetails[PublicKeyDetails["PKCS1_RSA_PSS"] = 2] = "PKCS1_RSA_PSS";
    /** @deprecated */
    PublicKeyDetails[PublicKeyDetails["PKIX_RSA_PKCS1V5"] = 3] = "PKIX_RSA_PKCS1V5";
    /** @deprecated */
    PublicKeyDetails[PublicKeyDetails["PKIX_RSA_PSS"] = 4] = "PKIX_RSA_PSS";
    /** PKIX_RSA_PKCS1V15_2048_SHA256 - RSA public key in PKIX format, PKCS#1v1.5 signature */
    PublicKeyDetails[PublicKeyDetails["PKIX_RSA_PKCS1V15_2048_SHA256"] = 9] = "PKIX_RSA_PKCS1V15_2048_SHA256";
    PublicKeyDetails[PublicKeyDetails["PKIX_RSA_PKCS1V15_3072_SHA256"] = 10] = "PKIX_RSA_PKCS1V15_3072_SHA256";
    PublicKeyDetails[PublicKeyDetails["PKIX_RSA_PKCS1V15_4096_SHA256"] = 11] = "PKIX_RSA_PKCS1V15_4096_SHA256";
    /** PKIX_RSA_PSS_2048_SHA256 - RSA public key in PKIX format, RSASSA-PSS signature */
    PublicKeyDetails[PublicKeyDetails["PKIX_RSA_PSS_2048_SHA256"] = 16] = "PKIX_RSA_PSS_2048_SHA256";
    PublicKeyDetails[PublicKeyDetails["PKIX_RSA_PSS_3072_SHA256"] = 17] = "PKIX_RSA_PSS_3072_SHA256";
    PublicKeyDetails[PublicKeyDetails["PKIX_RSA_PSS_4096_SHA256"] = 18] = "PKIX_RSA_PSS_4096_SHA256";
    /**
     * PKIX_ECDSA_P256_HMAC_SHA_256 - ECDSA
     *
     * @deprecated
     */
    PublicKeyDetails[PublicKeyDetails["PKIX_ECDSA_P256_HMAC_SHA_256"] = 6] = "PKIX_ECDSA_P256_HMAC_SHA_256";
    /** PKIX_ECDSA_P256_SHA_256 - See NIST FIPS 186-4 */
    PublicKeyDetails[PublicKeyDetails["PKIX_ECDSA_P256_SHA_256"] = 5] = "PKIX_ECDSA_P256_SHA_256";
    PublicKeyDetails[PublicKeyDetails["PKIX_ECDSA_P384_SHA_384"] = 12] = "PKIX_ECDSA_P384_SHA_384";
    PublicKeyDetails[PublicKeyDetails["PKIX_ECDSA_P521_SHA_512"] = 13] = "PKIX_ECDSA_P521_SHA_512";
    /** PKIX_ED25519 - Ed 25519 */
    PublicKeyDetails[PublicKeyDetails["PKIX_ED25519"] = 7] = "PKIX_ED25519";
    PublicKeyDetails[PublicKeyDetails["PKIX_ED25519_PH"] = 8] = "PKIX_ED25519_PH";
    /**
     * PKIX_ECDSA_P384_SHA_256 - These algorithms are deprecated and should not be used, but they
     * were/are being used by most Sigstore clients implementations.
     *
     * @deprecated
     */
    PublicKeyDetails[PublicKeyDetails["PKIX_ECDSA_P384_SHA_256"] = 19] = "PKIX_ECDSA_P384_SHA_256";
    /** @deprecated */
    PublicKeyDetails[PublicKeyDetails["PKIX_ECDSA_P521_SHA_256"] = 20] = "PKIX_ECDSA_P521_SHA_256";
    /**
     * LMS_SHA256 - LMS and LM-OTS
     *
     * These algorithms are deprecated and should not be used.
     * There are no plans to support SLH-DSA at this time.
     *
     * USER WARNING: LMS and LM-OTS are both stateful signature schemes.
     * Using them correctly requires discretion and careful consideration
     * to ensure that individual secret keys are not used more than once.
     * In addition, LM-OTS is a single-use scheme, meaning that it
     * MUST NOT be used for more than one signature per LM-OTS key.
     * If you cannot maintain these invariants, you MUST NOT use these
     * schemes.
     *
     * @deprecated
     */
    PublicKeyDetails[PublicKeyDetails["LMS_SHA256"] = 14] = "LMS_SHA256";
    /** @deprecated */
    PublicKeyDetails[PublicKeyDetails["LMOTS_SHA256"] = 15] = "LMOTS_SHA256";
    /**
     * ML_DSA_44 - ML-DSA
     *
     * These ML_DSA_44, ML_DSA_65 and ML-DSA_87 algorithms are the pure variants
     * that take data to sign rather than the prehash variants (HashML-DSA), which
     * take digests. While considered quantum-resistant, their usage
     * involves tradeoffs in that signatures and keys are much larger, and
     * this makes deployments more costly.
     *
     * USER WARNING: ML_DSA_44, ML_DSA_65 and ML_DSA_87 are experimental algorithms.
     * In the future they MAY be used by private Sigstore deployments, but
     * they are not yet fully functional. This warning will be removed when
     * these algorithms are widely supported by Sigstore clients and servers,
     * but care should still be taken for production environments.
     *
     * See NIST FIPS 204, RFC 9881 for algorithm identifiers
     */
    PublicKeyDetails[PublicKeyDetails["ML_DSA_44"] = 23] = "ML_DSA_44";
    PublicKeyDetails[PublicKeyDetails["ML_DSA_65"] = 21] = "ML_DSA_65";
    PublicKeyDetails[PublicKeyDetails["ML_DSA_87"] = 22] = "ML_DSA_87";
})(PublicKeyDetails || (exports.PublicKeyDetails = PublicKeyDetails = {}));
function publicKeyDetailsFromJSON(object) {
    switch (object) {
        case 0:
        case "PUBLIC_KEY_DETAILS_UNSPECIFIED":
            return PublicKeyDetails.PUBLIC_KEY_DETAILS_UNSPECIFIED;
        case 1:
        case "PKCS1_RSA_PKCS1V5":
            return PublicKeyDetails.PKCS1_RSA_PKCS1V5;
        case 2:
        case "PKCS1_RSA_PSS":
            return PublicKeyDetails.PKCS1_RSA_PSS;
        case 3:
        case "PKIX_RSA_PKCS1V5":
            return PublicKeyDetails.PKIX_RSA_PKCS1V5;
        case 4:
        case "PKIX_RSA_PSS":
            return PublicKeyDetails.PKIX_RSA_PSS;
        case 9:
        case "PKIX_RSA_PKCS1V15_2048_SHA256":
            return PublicKeyDetails.PKIX_RSA_PKCS1V15_2048_SHA256;
        case 10:
        case "PKIX_RSA_PKCS1V15_3072_SHA256":
            return PublicKeyDetails.PKIX_RSA_PKCS1V15_3072_SHA256;
        case 11:
        case "PKIX_RSA_PKCS1V15_4096_SHA256":
            return PublicKeyDetails.PKIX_RSA_PKCS1V15_4096_SHA256;
        case 16:
        case "PKIX_RSA_PSS_2048_SHA256":
            return PublicKeyDetails.PKIX_RSA_PSS_2048_SHA256;
        case 17:
        case "PKIX_RSA_PSS_3072_SHA256":
            return PublicKeyDetails.PKIX_RSA_PSS_3072_SHA256;
        case 18:
        case "PKIX_RSA_PSS_4096_SHA256":
            return PublicKeyDetails.PKIX_RSA_PSS_4096_SHA256;
        case 6:
        case "PKIX_ECDSA_P256_HMAC_SHA_256":
            return PublicKeyDetails.PKIX_ECDSA_P256_HMAC_SHA_256;
        case 5:
        case "PKIX_ECDSA_P256_SHA_256":
            return PublicKeyDetails.PKIX_ECDSA_P256_SHA_256;
        case 12:
        case "PKIX_ECDSA_P384_SHA_384":
            return PublicKeyDetails.PKIX_ECDSA_P384_SHA_384;
        case 13:
        case "PKIX_ECDSA_P521_SHA_512":
            return PublicKeyDetails.PKIX_ECDSA_P521_SHA_512;
        case 7:
        case "PKIX_ED25519":
            return PublicKeyDetails.PKIX_ED25519;
        case 8:
        case "PKIX_ED25519_PH":
            return PublicKeyDetails.PKIX_ED25519_PH;
        case 19:
        case "PKIX_ECDSA_P384_SHA_256":
            return PublicKeyDetails.PKIX_ECDSA_P384_SHA_256;
        case 20:
        case "PKIX_ECDSA_P521_SHA_256":
            return PublicKeyDetails.PKIX_ECDSA_P521_SHA_256;
        case 14:
        case "LMS_SHA256":
            return PublicKeyDetails.LMS_SHA256;
        case 15:
        case "LMOTS_SHA256":
            return PublicKeyDetails.LMOTS_SHA256;
        case 23:
        case "ML_DSA_44":
            return PublicKeyDetails.ML_DSA_44;
        case 21:
        case "ML_DSA_65":
            return PublicKeyDetails.ML_DSA_65;
        case 22:
        case "ML_DSA_87":
            return PublicKeyDetails.ML_DSA_87;
        default:
            throw new globalThis.Error("Unrecognized enum value " + object + " for enum PublicKeyDetails");
    }
}
function publicKeyDetailsToJSON(object) {
    switch (object) {
        case PublicKeyDetails.PUBLIC_KEY_DETAILS_UNSPECIFIED:
            return "PUBLIC_KEY_DETAILS_UNSPECIFIED";
        case PublicKeyDetails.PKCS1_RSA_PKCS1V5:
            return "PKCS1_RSA_PKCS1V5";
        case PublicKeyDetails.PKCS1_RSA_PSS:
            return "PKCS1_RSA_PSS";
        case PublicKeyDetails.PKIX_RSA_PKCS1V5:
            return "PKIX_RSA_PKCS1V5";
        case PublicKeyDetails.PKIX_RSA_PSS:
            return "PKIX_RSA_PSS";
        case PublicKeyDetails.PKIX_RSA_PKCS1V15_2048_SHA256:
            return "PKIX_RSA_PKCS1V15_2048_SHA256";
        case PublicKeyDetails.PKIX_RSA_PKCS1V15_3072_SHA256:
            return "PKIX_RSA_PKCS1V15_3072_SHA256";
        case PublicKeyDetails.PKIX_RSA_PKCS1V15_4096_SHA256:
            return "PKIX_RSA_PKCS1V15_4096_SHA256";
        case PublicKeyDetails.PKIX_RSA_PSS_2048_SHA256:
            return "PKIX_RSA_PSS_2048_SHA256";
        case PublicKeyDetails.PKIX_RSA_PSS_3072_SHA256:
            return "PKIX_RSA_PSS_3072_SHA256";
        case PublicKeyDetails.PKIX_RSA_PSS_4096_SHA256:
            return "PKIX_RSA_PSS_4096_SHA256";
        case PublicKeyDetails.PKIX_ECDSA_P256_HMAC_SHA_256:
            return "PKIX_ECDSA_P256_HMAC_SHA_256";
        case PublicKeyDetails.PKIX_ECDSA_P256_SHA_256:
            return "PKIX_ECDSA_P256_SHA_256";
        case PublicKeyDetails.PKIX_ECDSA_P384_SHA_384:
            return "PKIX_ECDSA_P384_SHA_384";
        case PublicKeyDetails.PKIX_ECDSA_P521_SHA_512:
            return "PKIX_ECDSA_P521_SHA_512";
        case PublicKeyDetails.PKIX_ED25519:
            return "PKIX_ED25519";
        case PublicKeyDetails.PKIX_ED25519_PH:
            return "PKIX_ED25519_PH";
        case PublicKeyDetails.PKIX_ECDSA_P384_SHA_256:
            return "PKIX_ECDSA_P384_SHA_256";
        case PublicKeyDetails.PKIX_ECDSA_P521_SHA_256:
            return "PKIX_ECDSA_P521_SHA_256";
        case PublicKeyDetails.LMS_SHA256:
            return "LMS_SHA256";
        case PublicKeyDetails.LMOTS_SHA256:
            return "LMOTS_SHA256";
        case PublicKeyDetails.ML_DSA_44:
            return "ML_DSA_44";
        case PublicKeyDetails.ML_DSA_65:
            return "ML_DSA_65";
        case PublicKeyDetails.ML_DSA_87:
            return "ML_DSA_87";
        default:
            throw new globalThis.Error("Unrecognized enum value " + object + " for enum PublicKeyDetails");
    }
}
var SubjectAlternativeNameType;
(function (SubjectAlternativeNameType) {
    SubjectAlternativeNameType[SubjectAlternativeNameType["SUBJECT_ALTERNATIVE_NAME_TYPE_UNSPECIFIED"] = 0] = "SUBJECT_ALTERNATIVE_NAME_TYPE_UNSPECIFIED";
    SubjectAlternativeNameType[SubjectAlternativeNameType["EMAIL"] = 1] = "EMAIL";
    SubjectAlternativeNameType[SubjectAlternativeNameType["URI"] = 2] = "URI";
    /**
     * OTHER_NAME - OID 1.3.6.1.4.1.57264.1.7
     * See https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md#1361415726417--othername-san
     * for more details.
     */
    SubjectAlternativeNameType[SubjectAlternativeNameType["OTHER_NAME"] = 3] = "OTHER_NAME";
})(SubjectAlternativeNameType || (exports.SubjectAlternativeNameType = SubjectAlternativeNameType = {}));
function subjectAlternativeNameTypeFromJSON(object) {
    switch (object) {
        case 0:
        case "SUBJECT_ALTERNATIVE_NAME_TYPE_UNSPECIFIED":
            return SubjectAlternativeNameType.SUBJECT_ALTERNATIVE_NAME_TYPE_UNSPECIFIED;
        case 1:
        case "EMAIL":
            return SubjectAlternativeNameType.EMAIL;
        case 2:
        case "URI":
            return SubjectAlternativeNameType.URI;
        case 3:
        case "OTHER_NAME":
            return SubjectAlternativeNameType.OTHER_NAME;
        default:
            throw new globalThis.Error("Unrecognized enum value " + object + " for enum SubjectAlternativeNameType");
    }
}
function subjectAlternativeNameTypeToJSON(object) {
    switch (object) {
        case SubjectAlternativeNameType.SUBJECT_ALTERNATIVE_NAME_TYPE_UNSPECIFIED:
            return "SUBJECT_ALTERNATIVE_NAME_TYPE_UNSPECIFIED";
        case SubjectAlternativeNameType.EMAIL:
            return "EMAIL";
        case SubjectAlternativeNameType.URI:
            return "URI";
        case SubjectAlternativeNameType.OTHER_NAME:
            return "OTHER_NAME";
        default:
            throw new globalThis.Error("Unrecognized enum value " + object + " for enum SubjectAlternativeNameType");
    }
}
exports.HashOutput = {
    fromJSON(object) {
        return {
            algorithm: isSet(object.algorithm) ? hashAlgorithmFromJSON(object.algorithm) : 0,
            digest: isSet(object.digest) ? Buffer.from(bytesFromBase64(object.digest)) : Buffer.alloc(0),
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.algorithm !== 0) {
            obj.algorithm = hashAlgorithmToJSON(message.algorithm);
        }
        if (message.digest.length !== 0) {
            obj.digest = base64FromBytes(message.digest);
        }
        return obj;
    },
};
exports.MessageSignature = {
    fromJSON(object) {
        return {
            messageDigest: isSet(object.messageDigest) ? exports.HashOutput.fromJSON(object.messageDigest) : undefined,
            signature: isSet(object.signature) ? Buffer.from(bytesFromBase64(object.signature)) : Buffer.alloc(0),
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.messageDigest !== undefined) {
            obj.messageDigest = exports.HashOutput.toJSON(message.messageDigest);
        }
        if (message.signature.length !== 0) {
            obj.signature = base64FromBytes(message.signature);
        }
        return obj;
    },
};
exports.LogId = {
    fromJSON(object) {
        return { keyId: isSet(object.keyId) ? Buffer.from(bytesFromBase64(object.keyId)) : Buffer.alloc(0) };
    },
    toJSON(message) {
        const obj = {};
        if (message.keyId.length !== 0) {
            obj.keyId = base64FromBytes(message.keyId);
        }
        return obj;
    },
};
exports.RFC3161SignedTimestamp = {
    fromJSON(object) {
        return {
            signedTimestamp: isSet(object.signedTimestamp)
                ? Buffer.from(bytesFromBase64(object.signedTimestamp))
                : Buffer.alloc(0),
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.signedTimestamp.length !== 0) {
            obj.signedTimestamp = base64FromBytes(message.signedTimestamp);
        }
        return obj;
    },
};
exports.PublicKey = {
    fromJSON(object) {
        return {
            rawBytes: isSet(object.rawBytes) ? Buffer.from(bytesFromBase64(object.rawBytes)) : undefined,
            keyDetails: isSet(object.keyDetails) ? publicKeyDetailsFromJSON(object.keyDetails) : 0,
            validFor: isSet(object.validFor) ? exports.TimeRange.fromJSON(object.validFor) : undefined,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.rawBytes !== undefined) {
            obj.rawBytes = base64FromBytes(message.rawBytes);
        }
        if (message.keyDetails !== 0) {
            obj.keyDetails = publicKeyDetailsToJSON(message.keyDetails);
        }
        if (message.validFor !== undefined) {
            obj.validFor = exports.TimeRange.toJSON(message.validFor);
        }
        return obj;
    },
};
exports.PublicKeyIdentifier = {
    fromJSON(object) {
        return { hint: isSet(object.hint) ? globalThis.String(object.hint) : "" };
    },
    toJSON(message) {
        const obj = {};
        if (message.hint !== "") {
            obj.hint = message.hint;
        }
        return obj;
    },
};
exports.ObjectIdentifier = {
    fromJSON(object) {
        return { id: globalThis.Array.isArray(object?.id) ? object.id.map((e) => globalThis.Number(e)) : [] };
    },
    toJSON(message) {
        const obj = {};
        if (message.id?.length) {
            obj.id = message.id.map((e) => Math.round(e));
        }
        return obj;
    },
};
exports.ObjectIdentifierValuePair = {
    fromJSON(object) {
        return {
            oid: isSet(object.oid) ? exports.ObjectIdentifier.fromJSON(object.oid) : undefined,
            value: isSet(object.value) ? Buffer.from(bytesFromBase64(object.value)) : Buffer.alloc(0),
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.oid !== undefined) {
            obj.oid = exports.ObjectIdentifier.toJSON(message.oid);
        }
        if (message.value.length !== 0) {
            obj.value = base64FromBytes(message.value);
        }
        return obj;
    },
};
exports.DistinguishedName = {
    fromJSON(object) {
        return {
            organization: isSet(object.organization) ? globalThis.String(object.organization) : "",
            commonName: isSet(object.commonName) ? globalThis.String(object.commonName) : "",
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.organization !== "") {
            obj.organization = message.organization;
        }
        if (message.commonName !== "") {
            obj.commonName = message.commonName;
        }
        return obj;
    },
};
exports.X509Certificate = {
    fromJSON(object) {
        return { rawBytes: isSet(object.rawBytes) ? Buffer.from(bytesFromBase64(object.rawBytes)) : Buffer.alloc(0) };
    },
    toJSON(message) {
        const obj = {};
        if (message.rawBytes.length !== 0) {
            obj.rawBytes = base64FromBytes(message.rawBytes);
        }
        return obj;
    },
};
exports.SubjectAlternativeName = {
    fromJSON(object) {
        return {
            type: isSet(object.type) ? subjectAlternativeNameTypeFromJSON(object.type) : 0,
            identity: isSet(object.regexp)
                ? { $case: "regexp", regexp: globalThis.String(object.regexp) }
                : isSet(object.value)
                    ? { $case: "value", value: globalThis.String(object.value) }
                    : undefined,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.type !== 0) {
            obj.type = subjectAlternativeNameTypeToJSON(message.type);
        }
        if (message.identity?.$case === "regexp") {
            obj.regexp = message.identity.regexp;
        }
        else if (message.identity?.$case === "value") {
            obj.value = message.identity.value;
        }
        return obj;
    },
};
exports.X509CertificateChain = {
    fromJSON(object) {
        return {
            certificates: globalThis.Array.isArray(object?.certificates)
                ? object.certificates.map((e) => exports.X509Certificate.fromJSON(e))
                : [],
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.certificates?.length) {
            obj.certificates = message.certificates.map((e) => exports.X509Certificate.toJSON(e));
        }
        return obj;
    },
};
exports.TimeRange = {
    fromJSON(object) {
        return {
            start: isSet(object.start) ? fromJsonTimestamp(object.start) : undefined,
            end: isSet(object.end) ? fromJsonTimestamp(object.end) : undefined,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.start !== undefined) {
            obj.start = message.start.toISOString();
        }
        if (message.end !== undefined) {
            obj.end = message.end.toISOString();
        }
        return obj;
    },
};
function bytesFromBase64(b64) {
    return Uint8Array.from(globalThis.Buffer.from(b64, "base64"));
}
function base64FromBytes(arr) {
    return globalThis.Buffer.from(arr).toString("base64");
}
function fromTimestamp(t) {
    let millis = (globalThis.Number(t.seconds) || 0) * 1_000;
    millis += (t.nanos || 0) / 1_000_000;
    return new globalThis.Date(millis);
}
function fromJsonTimestamp(o) {
    if (o instanceof globalThis.Date) {
        return o;
    }
    else if (typeof o === "string") {
        return new globalThis.Date(o);
    }
    else {
        return fromTimestamp(timestamp_1.Timestamp.fromJSON(o));
    }
}
function isSet(value) {
    return value !== null && value !== undefined;
}


/***/ }),

/***/ 5204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


// Code generated by protoc-gen-ts_proto. DO NOT EDIT.
// versions:
//   protoc-gen-ts_proto  v2.12.0
//   protoc               v7.35.1
// source: sigstore_rekor.proto
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.TransparencyLogEntry = exports.InclusionPromise = exports.InclusionProof = exports.Checkpoint = exports.KindVersion = void 0;
/* eslint-disable */
const sigstore_common_1 = __nccwpck_require__(5334);
exports.KindVersion = {
    fromJSON(object) {
        return {
            kind: isSet(object.kind) ? globalThis.String(object.kind) : "",
            version: isSet(object.version) ? globalThis.String(object.version) : "",
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.kind !== "") {
            obj.kind = message.kind;
        }
        if (message.version !== "") {
            obj.version = message.version;
        }
        return obj;
    },
};
exports.Checkpoint = {
    fromJSON(object) {
        return { envelope: isSet(object.envelope) ? globalThis.String(object.envelope) : "" };
    },
    toJSON(message) {
        const obj = {};
        if (message.envelope !== "") {
            obj.envelope = message.envelope;
        }
        return obj;
    },
};
exports.InclusionProof = {
    fromJSON(object) {
        return {
            logIndex: isSet(object.logIndex) ? globalThis.String(object.logIndex) : "0",
            rootHash: isSet(object.rootHash) ? Buffer.from(bytesFromBase64(object.rootHash)) : Buffer.alloc(0),
            treeSize: isSet(object.treeSize) ? globalThis.String(object.treeSize) : "0",
            hashes: globalThis.Array.isArray(object?.hashes)
                ? object.hashes.map((e) => Buffer.from(bytesFromBase64(e)))
                : [],
            checkpoint: isSet(object.checkpoint) ? exports.Checkpoint.fromJSON(object.checkpoint) : undefined,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.logIndex !== "0") {
            obj.logIndex = message.logIndex;
        }
        if (message.rootHash.length !== 0) {
            obj.rootHash = base64FromBytes(message.rootHash);
        }
        if (message.treeSize !== "0") {
            obj.treeSize = message.treeSize;
        }
        if (message.hashes?.length) {
            obj.hashes = message.hashes.map((e) => base64FromBytes(e));
        }
        if (message.checkpoint !== undefined) {
            obj.checkpoint = exports.Checkpoint.toJSON(message.checkpoint);
        }
        return obj;
    },
};
exports.InclusionPromise = {
    fromJSON(object) {
        return {
            signedEntryTimestamp: isSet(object.signedEntryTimestamp)
                ? Buffer.from(bytesFromBase64(object.signedEntryTimestamp))
                : Buffer.alloc(0),
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.signedEntryTimestamp.length !== 0) {
            obj.signedEntryTimestamp = base64FromBytes(message.signedEntryTimestamp);
        }
        return obj;
    },
};
exports.TransparencyLogEntry = {
    fromJSON(object) {
        return {
            logIndex: isSet(object.logIndex) ? globalThis.String(object.logIndex) : "0",
            logId: isSet(object.logId) ? sigstore_common_1.LogId.fromJSON(object.logId) : undefined,
            kindVersion: isSet(object.kindVersion) ? exports.KindVersion.fromJSON(object.kindVersion) : undefined,
            integratedTime: isSet(object.integratedTime) ? globalThis.String(object.integratedTime) : "0",
            inclusionPromise: isSet(object.inclusionPromise) ? exports.InclusionPromise.fromJSON(object.inclusionPromise) : undefined,
            inclusionProof: isSet(object.inclusionProof) ? exports.InclusionProof.fromJSON(object.inclusionProof) : undefined,
            canonicalizedBody: isSet(object.canonicalizedBody)
                ? Buffer.from(bytesFromBase64(object.canonicalizedBody))
                : Buffer.alloc(0),
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.logIndex !== "0") {
            obj.logIndex = message.logIndex;
        }
        if (message.logId !== undefined) {
            obj.logId = sigstore_common_1.LogId.toJSON(message.logId);
        }
        if (message.kindVersion !== undefined) {
            obj.kindVersion = exports.KindVersion.toJSON(message.kindVersion);
        }
        if (message.integratedTime !== "0") {
            obj.integratedTime = message.integratedTime;
        }
        if (message.inclusionPromise !== undefined) {
            obj.inclusionPromise = exports.InclusionPromise.toJSON(message.inclusionPromise);
        }
        if (message.inclusionProof !== undefined) {
            obj.inclusionProof = exports.InclusionProof.toJSON(message.inclusionProof);
        }
        if (message.canonicalizedBody.length !== 0) {
            obj.canonicalizedBody = base64FromBytes(message.canonicalizedBody);
        }
        return obj;
    },
};
function bytesFromBase64(b64) {
    return Uint8Array.from(globalThis.Buffer.from(b64, "base64"));
}
function base64FromBytes(arr) {
    return globalThis.Buffer.from(arr).toString("base64");
}
function isSet(value) {
    return value !== null && value !== undefined;
}


/***/ }),

/***/ 1997:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


// Code generated by protoc-gen-ts_proto. DO NOT EDIT.
// versions:
//   protoc-gen-ts_proto  v2.12.0
//   protoc               v7.35.1
// source: sigstore_trustroot.proto
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ClientTrustConfig = exports.ServiceConfiguration = exports.Service = exports.SigningConfig = exports.TrustedRoot = exports.CertificateAuthority = exports.TransparencyLogInstance = exports.ServiceSelector = void 0;
exports.serviceSelectorFromJSON = serviceSelectorFromJSON;
exports.serviceSelectorToJSON = serviceSelectorToJSON;
/* eslint-disable */
const sigstore_common_1 = __nccwpck_require__(5334);
/**
 * ServiceSelector specifies how a client SHOULD select a set of
 * Services to connect to. A client SHOULD throw an error if
 * the value is SERVICE_SELECTOR_UNDEFINED.
 */
var ServiceSelector;
(function (ServiceSelector) {
    ServiceSelector[ServiceSelector["SERVICE_SELECTOR_UNDEFINED"] = 0] = "SERVICE_SELECTOR_UNDEFINED";
    /**
     * ALL - Clients SHOULD select all Services based on supported API version
     * and validity window.
     */
    ServiceSelector[ServiceSelector["ALL"] = 1] = "ALL";
    /**
     * ANY - Clients SHOULD select one Service based on supported API version
     * and validity window. It is up to the client implementation to
     * decide how to select the Service, e.g. random or round-robin.
     */
    ServiceSelector[ServiceSelector["ANY"] = 2] = "ANY";
    /**
     * EXACT - Clients SHOULD select a specific number of Services based on
     * supported API version and validity window, using the provided
     * `count`. It is up to the client implementation to decide how to
     * select the Service, e.g. random or round-robin.
     */
    ServiceSelector[ServiceSelector["EXACT"] = 3] = "EXACT";
})(ServiceSelector || (exports.ServiceSelector = ServiceSelector = {}));
function serviceSelectorFromJSON(object) {
    switch (object) {
        case 0:
        case "SERVICE_SELECTOR_UNDEFINED":
            return ServiceSelector.SERVICE_SELECTOR_UNDEFINED;
        case 1:
        case "ALL":
            return ServiceSelector.ALL;
        case 2:
        case "ANY":
            return ServiceSelector.ANY;
        case 3:
        case "EXACT":
            return ServiceSelector.EXACT;
        default:
            throw new globalThis.Error("Unrecognized enum value " + object + " for enum ServiceSelector");
    }
}
function serviceSelectorToJSON(object) {
    switch (object) {
        case ServiceSelector.SERVICE_SELECTOR_UNDEFINED:
            return "SERVICE_SELECTOR_UNDEFINED";
        case ServiceSelector.ALL:
            return "ALL";
        case ServiceSelector.ANY:
            return "ANY";
        case ServiceSelector.EXACT:
            return "EXACT";
        default:
            throw new globalThis.Error("Unrecognized enum value " + object + " for enum ServiceSelector");
    }
}
exports.TransparencyLogInstance = {
    fromJSON(object) {
        return {
            baseUrl: isSet(object.baseUrl) ? globalThis.String(object.baseUrl) : "",
            hashAlgorithm: isSet(object.hashAlgorithm) ? (0, sigstore_common_1.hashAlgorithmFromJSON)(object.hashAlgorithm) : 0,
            publicKey: isSet(object.publicKey) ? sigstore_common_1.PublicKey.fromJSON(object.publicKey) : undefined,
            logId: isSet(object.logId) ? sigstore_common_1.LogId.fromJSON(object.logId) : undefined,
            checkpointKeyId: isSet(object.checkpointKeyId) ? sigstore_common_1.LogId.fromJSON(object.checkpointKeyId) : undefined,
            operator: isSet(object.operator) ? globalThis.String(object.operator) : "",
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.baseUrl !== "") {
            obj.baseUrl = message.baseUrl;
        }
        if (message.hashAlgorithm !== 0) {
            obj.hashAlgorithm = (0, sigstore_common_1.hashAlgorithmToJSON)(message.hashAlgorithm);
        }
        if (message.publicKey !== undefined) {
            obj.publicKey = sigstore_common_1.PublicKey.toJSON(message.publicKey);
        }
        if (message.logId !== undefined) {
            obj.logId = sigstore_common_1.LogId.toJSON(message.logId);
        }
        if (message.checkpointKeyId !== undefined) {
            obj.checkpointKeyId = sigstore_common_1.LogId.toJSON(message.checkpointKeyId);
        }
        if (message.operator !== "") {
            obj.operator = message.operator;
        }
        return obj;
    },
};
exports.CertificateAuthority = {
    fromJSON(object) {
        return {
            subject: isSet(object.subject) ? sigstore_common_1.DistinguishedName.fromJSON(object.subject) : undefined,
            uri: isSet(object.uri) ? globalThis.String(object.uri) : "",
            certChain: isSet(object.certChain) ? sigstore_common_1.X509CertificateChain.fromJSON(object.certChain) : undefined,
            validFor: isSet(object.validFor) ? sigstore_common_1.TimeRange.fromJSON(object.validFor) : undefined,
            operator: isSet(object.operator) ? globalThis.String(object.operator) : "",
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.subject !== undefined) {
            obj.subject = sigstore_common_1.DistinguishedName.toJSON(message.subject);
        }
        if (message.uri !== "") {
            obj.uri = message.uri;
        }
        if (message.certChain !== undefined) {
            obj.certChain = sigstore_common_1.X509CertificateChain.toJSON(message.certChain);
        }
        if (message.validFor !== undefined) {
            obj.validFor = sigstore_common_1.TimeRange.toJSON(message.validFor);
        }
        if (message.operator !== "") {
            obj.operator = message.operator;
        }
        return obj;
    },
};
exports.TrustedRoot = {
    fromJSON(object) {
        return {
            mediaType: isSet(object.mediaType) ? globalThis.String(object.mediaType) : "",
            tlogs: globalThis.Array.isArray(object?.tlogs)
                ? object.tlogs.map((e) => exports.TransparencyLogInstance.fromJSON(e))
                : [],
            certificateAuthorities: globalThis.Array.isArray(object?.certificateAuthorities)
                ? object.certificateAuthorities.map((e) => exports.CertificateAuthority.fromJSON(e))
                : [],
            ctlogs: globalThis.Array.isArray(object?.ctlogs)
                ? object.ctlogs.map((e) => exports.TransparencyLogInstance.fromJSON(e))
                : [],
            timestampAuthorities: globalThis.Array.isArray(object?.timestampAuthorities)
                ? object.timestampAuthorities.map((e) => exports.CertificateAuthority.fromJSON(e))
                : [],
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.mediaType !== "") {
            obj.mediaType = message.mediaType;
        }
        if (message.tlogs?.length) {
            obj.tlogs = message.tlogs.map((e) => exports.TransparencyLogInstance.toJSON(e));
        }
        if (message.certificateAuthorities?.length) {
            obj.certificateAuthorities = message.certificateAuthorities.map((e) => exports.CertificateAuthority.toJSON(e));
        }
        if (message.ctlogs?.length) {
            obj.ctlogs = message.ctlogs.map((e) => exports.TransparencyLogInstance.toJSON(e));
        }
        if (message.timestampAuthorities?.length) {
            obj.timestampAuthorities = message.timestampAuthorities.map((e) => exports.CertificateAuthority.toJSON(e));
        }
        return obj;
    },
};
exports.SigningConfig = {
    fromJSON(object) {
        return {
            mediaType: isSet(object.mediaType) ? globalThis.String(object.mediaType) : "",
            caUrls: globalThis.Array.isArray(object?.caUrls) ? object.caUrls.map((e) => exports.Service.fromJSON(e)) : [],
            oidcUrls: globalThis.Array.isArray(object?.oidcUrls) ? object.oidcUrls.map((e) => exports.Service.fromJSON(e)) : [],
            rekorTlogUrls: globalThis.Array.isArray(object?.rekorTlogUrls)
                ? object.rekorTlogUrls.map((e) => exports.Service.fromJSON(e))
                : [],
            rekorTlogConfig: isSet(object.rekorTlogConfig)
                ? exports.ServiceConfiguration.fromJSON(object.rekorTlogConfig)
                : undefined,
            tsaUrls: globalThis.Array.isArray(object?.tsaUrls) ? object.tsaUrls.map((e) => exports.Service.fromJSON(e)) : [],
            tsaConfig: isSet(object.tsaConfig) ? exports.ServiceConfiguration.fromJSON(object.tsaConfig) : undefined,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.mediaType !== "") {
            obj.mediaType = message.mediaType;
        }
        if (message.caUrls?.length) {
            obj.caUrls = message.caUrls.map((e) => exports.Service.toJSON(e));
        }
        if (message.oidcUrls?.length) {
            obj.oidcUrls = message.oidcUrls.map((e) => exports.Service.toJSON(e));
        }
        if (message.rekorTlogUrls?.length) {
            obj.rekorTlogUrls = message.rekorTlogUrls.map((e) => exports.Service.toJSON(e));
        }
        if (message.rekorTlogConfig !== undefined) {
            obj.rekorTlogConfig = exports.ServiceConfiguration.toJSON(message.rekorTlogConfig);
        }
        if (message.tsaUrls?.length) {
            obj.tsaUrls = message.tsaUrls.map((e) => exports.Service.toJSON(e));
        }
        if (message.tsaConfig !== undefined) {
            obj.tsaConfig = exports.ServiceConfiguration.toJSON(message.tsaConfig);
        }
        return obj;
    },
};
exports.Service = {
    fromJSON(object) {
        return {
            url: isSet(object.url) ? globalThis.String(object.url) : "",
            majorApiVersion: isSet(object.majorApiVersion) ? globalThis.Number(object.majorApiVersion) : 0,
            validFor: isSet(object.validFor) ? sigstore_common_1.TimeRange.fromJSON(object.validFor) : undefined,
            operator: isSet(object.operator) ? globalThis.String(object.operator) : "",
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.url !== "") {
            obj.url = message.url;
        }
        if (message.majorApiVersion !== 0) {
            obj.majorApiVersion = Math.round(message.majorApiVersion);
        }
        if (message.validFor !== undefined) {
            obj.validFor = sigstore_common_1.TimeRange.toJSON(message.validFor);
        }
        if (message.operator !== "") {
            obj.operator = message.operator;
        }
        return obj;
    },
};
exports.ServiceConfiguration = {
    fromJSON(object) {
        return {
            selector: isSet(object.selector) ? serviceSelectorFromJSON(object.selector) : 0,
            count: isSet(object.count) ? globalThis.Number(object.count) : 0,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.selector !== 0) {
            obj.selector = serviceSelectorToJSON(message.selector);
        }
        if (message.count !== 0) {
            obj.count = Math.round(message.count);
        }
        return obj;
    },
};
exports.ClientTrustConfig = {
    fromJSON(object) {
        return {
            mediaType: isSet(object.mediaType) ? globalThis.String(object.mediaType) : "",
            trustedRoot: isSet(object.trustedRoot) ? exports.TrustedRoot.fromJSON(object.trustedRoot) : undefined,
            signingConfig: isSet(object.signingConfig) ? exports.SigningConfig.fromJSON(object.signingConfig) : undefined,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.mediaType !== "") {
            obj.mediaType = message.mediaType;
        }
        if (message.trustedRoot !== undefined) {
            obj.trustedRoot = exports.TrustedRoot.toJSON(message.trustedRoot);
        }
        if (message.signingConfig !== undefined) {
            obj.signingConfig = exports.SigningConfig.toJSON(message.signingConfig);
        }
        return obj;
    },
};
function isSet(value) {
    return value !== null && value !== undefined;
}


/***/ }),

/***/ 9732:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


// Code generated by protoc-gen-ts_proto. DO NOT EDIT.
// versions:
//   protoc-gen-ts_proto  v2.12.0
//   protoc               v7.35.1
// source: sigstore_verification.proto
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Input = exports.Artifact = exports.ArtifactVerificationOptions_ObserverTimestampOptions = exports.ArtifactVerificationOptions_TlogIntegratedTimestampOptions = exports.ArtifactVerificationOptions_TimestampAuthorityOptions = exports.ArtifactVerificationOptions_CtlogOptions = exports.ArtifactVerificationOptions_TlogOptions = exports.ArtifactVerificationOptions = exports.PublicKeyIdentities = exports.CertificateIdentities = exports.CertificateIdentity = void 0;
/* eslint-disable */
const sigstore_bundle_1 = __nccwpck_require__(715);
const sigstore_common_1 = __nccwpck_require__(5334);
const sigstore_trustroot_1 = __nccwpck_require__(1997);
exports.CertificateIdentity = {
    fromJSON(object) {
        return {
            issuer: isSet(object.issuer) ? globalThis.String(object.issuer) : "",
            san: isSet(object.san) ? sigstore_common_1.SubjectAlternativeName.fromJSON(object.san) : undefined,
            oids: globalThis.Array.isArray(object?.oids)
                ? object.oids.map((e) => sigstore_common_1.ObjectIdentifierValuePair.fromJSON(e))
                : [],
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.issuer !== "") {
            obj.issuer = message.issuer;
        }
        if (message.san !== undefined) {
            obj.san = sigstore_common_1.SubjectAlternativeName.toJSON(message.san);
        }
        if (message.oids?.length) {
            obj.oids = message.oids.map((e) => sigstore_common_1.ObjectIdentifierValuePair.toJSON(e));
        }
        return obj;
    },
};
exports.CertificateIdentities = {
    fromJSON(object) {
        return {
            identities: globalThis.Array.isArray(object?.identities)
                ? object.identities.map((e) => exports.CertificateIdentity.fromJSON(e))
                : [],
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.identities?.length) {
            obj.identities = message.identities.map((e) => exports.CertificateIdentity.toJSON(e));
        }
        return obj;
    },
};
exports.PublicKeyIdentities = {
    fromJSON(object) {
        return {
            publicKeys: globalThis.Array.isArray(object?.publicKeys)
                ? object.publicKeys.map((e) => sigstore_common_1.PublicKey.fromJSON(e))
                : [],
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.publicKeys?.length) {
            obj.publicKeys = message.publicKeys.map((e) => sigstore_common_1.PublicKey.toJSON(e));
        }
        return obj;
    },
};
exports.ArtifactVerificationOptions = {
    fromJSON(object) {
        return {
            signers: isSet(object.certificateIdentities)
                ? {
                    $case: "certificateIdentities",
                    certificateIdentities: exports.CertificateIdentities.fromJSON(object.certificateIdentities),
                }
                : isSet(object.publicKeys)
                    ? { $case: "publicKeys", publicKeys: exports.PublicKeyIdentities.fromJSON(object.publicKeys) }
                    : undefined,
            tlogOptions: isSet(object.tlogOptions)
                ? exports.ArtifactVerificationOptions_TlogOptions.fromJSON(object.tlogOptions)
                : undefined,
            ctlogOptions: isSet(object.ctlogOptions)
                ? exports.ArtifactVerificationOptions_CtlogOptions.fromJSON(object.ctlogOptions)
                : undefined,
            tsaOptions: isSet(object.tsaOptions)
                ? exports.ArtifactVerificationOptions_TimestampAuthorityOptions.fromJSON(object.tsaOptions)
                : undefined,
            integratedTsOptions: isSet(object.integratedTsOptions)
                ? exports.ArtifactVerificationOptions_TlogIntegratedTimestampOptions.fromJSON(object.integratedTsOptions)
                : undefined,
            observerOptions: isSet(object.observerOptions)
                ? exports.ArtifactVerificationOptions_ObserverTimestampOptions.fromJSON(object.observerOptions)
                : undefined,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.signers?.$case === "certificateIdentities") {
            obj.certificateIdentities = exports.CertificateIdentities.toJSON(message.signers.certificateIdentities);
        }
        else if (message.signers?.$case === "publicKeys") {
            obj.publicKeys = exports.PublicKeyIdentities.toJSON(message.signers.publicKeys);
        }
        if (message.tlogOptions !== undefined) {
            obj.tlogOptions = exports.ArtifactVerificationOptions_TlogOptions.toJSON(message.tlogOptions);
        }
        if (message.ctlogOptions !== undefined) {
            obj.ctlogOptions = exports.ArtifactVerificationOptions_CtlogOptions.toJSON(message.ctlogOptions);
        }
        if (message.tsaOptions !== undefined) {
            obj.tsaOptions = exports.ArtifactVerificationOptions_TimestampAuthorityOptions.toJSON(message.tsaOptions);
        }
        if (message.integratedTsOptions !== undefined) {
            obj.integratedTsOptions = exports.ArtifactVerificationOptions_TlogIntegratedTimestampOptions.toJSON(message.integratedTsOptions);
        }
        if (message.observerOptions !== undefined) {
            obj.observerOptions = exports.ArtifactVerificationOptions_ObserverTimestampOptions.toJSON(message.observerOptions);
        }
        return obj;
    },
};
exports.ArtifactVerificationOptions_TlogOptions = {
    fromJSON(object) {
        return {
            threshold: isSet(object.threshold) ? globalThis.Number(object.threshold) : 0,
            performOnlineVerification: isSet(object.performOnlineVerification)
                ? globalThis.Boolean(object.performOnlineVerification)
                : false,
            disable: isSet(object.disable) ? globalThis.Boolean(object.disable) : false,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.threshold !== 0) {
            obj.threshold = Math.round(message.threshold);
        }
        if (message.performOnlineVerification !== false) {
            obj.performOnlineVerification = message.performOnlineVerification;
        }
        if (message.disable !== false) {
            obj.disable = message.disable;
        }
        return obj;
    },
};
exports.ArtifactVerificationOptions_CtlogOptions = {
    fromJSON(object) {
        return {
            threshold: isSet(object.threshold) ? globalThis.Number(object.threshold) : 0,
            disable: isSet(object.disable) ? globalThis.Boolean(object.disable) : false,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.threshold !== 0) {
            obj.threshold = Math.round(message.threshold);
        }
        if (message.disable !== false) {
            obj.disable = message.disable;
        }
        return obj;
    },
};
exports.ArtifactVerificationOptions_TimestampAuthorityOptions = {
    fromJSON(object) {
        return {
            threshold: isSet(object.threshold) ? globalThis.Number(object.threshold) : 0,
            disable: isSet(object.disable) ? globalThis.Boolean(object.disable) : false,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.threshold !== 0) {
            obj.threshold = Math.round(message.threshold);
        }
        if (message.disable !== false) {
            obj.disable = message.disable;
        }
        return obj;
    },
};
exports.ArtifactVerificationOptions_TlogIntegratedTimestampOptions = {
    fromJSON(object) {
        return {
            threshold: isSet(object.threshold) ? globalThis.Number(object.threshold) : 0,
            disable: isSet(object.disable) ? globalThis.Boolean(object.disable) : false,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.threshold !== 0) {
            obj.threshold = Math.round(message.threshold);
        }
        if (message.disable !== false) {
            obj.disable = message.disable;
        }
        return obj;
    },
};
exports.ArtifactVerificationOptions_ObserverTimestampOptions = {
    fromJSON(object) {
        return {
            threshold: isSet(object.threshold) ? globalThis.Number(object.threshold) : 0,
            disable: isSet(object.disable) ? globalThis.Boolean(object.disable) : false,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.threshold !== 0) {
            obj.threshold = Math.round(message.threshold);
        }
        if (message.disable !== false) {
            obj.disable = message.disable;
        }
        return obj;
    },
};
exports.Artifact = {
    fromJSON(object) {
        return {
            data: isSet(object.artifactUri)
                ? { $case: "artifactUri", artifactUri: globalThis.String(object.artifactUri) }
                : isSet(object.artifact)
                    ? { $case: "artifact", artifact: Buffer.from(bytesFromBase64(object.artifact)) }
                    : isSet(object.artifactDigest)
                        ? { $case: "artifactDigest", artifactDigest: sigstore_common_1.HashOutput.fromJSON(object.artifactDigest) }
                        : undefined,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.data?.$case === "artifactUri") {
            obj.artifactUri = message.data.artifactUri;
        }
        else if (message.data?.$case === "artifact") {
            obj.artifact = base64FromBytes(message.data.artifact);
        }
        else if (message.data?.$case === "artifactDigest") {
            obj.artifactDigest = sigstore_common_1.HashOutput.toJSON(message.data.artifactDigest);
        }
        return obj;
    },
};
exports.Input = {
    fromJSON(object) {
        return {
            artifactTrustRoot: isSet(object.artifactTrustRoot) ? sigstore_trustroot_1.TrustedRoot.fromJSON(object.artifactTrustRoot) : undefined,
            artifactVerificationOptions: isSet(object.artifactVerificationOptions)
                ? exports.ArtifactVerificationOptions.fromJSON(object.artifactVerificationOptions)
                : undefined,
            bundle: isSet(object.bundle) ? sigstore_bundle_1.Bundle.fromJSON(object.bundle) : undefined,
            artifact: isSet(object.artifact) ? exports.Artifact.fromJSON(object.artifact) : undefined,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.artifactTrustRoot !== undefined) {
            obj.artifactTrustRoot = sigstore_trustroot_1.TrustedRoot.toJSON(message.artifactTrustRoot);
        }
        if (message.artifactVerificationOptions !== undefined) {
            obj.artifactVerificationOptions = exports.ArtifactVerificationOptions.toJSON(message.artifactVerificationOptions);
        }
        if (message.bundle !== undefined) {
            obj.bundle = sigstore_bundle_1.Bundle.toJSON(message.bundle);
        }
        if (message.artifact !== undefined) {
            obj.artifact = exports.Artifact.toJSON(message.artifact);
        }
        return obj;
    },
};
function bytesFromBase64(b64) {
    return Uint8Array.from(globalThis.Buffer.from(b64, "base64"));
}
function base64FromBytes(arr) {
    return globalThis.Buffer.from(arr).toString("base64");
}
function isSet(value) {
    return value !== null && value !== undefined;
}


/***/ }),

/***/ 9654:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
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
__exportStar(__nccwpck_require__(7030), exports);
__exportStar(__nccwpck_require__(715), exports);
__exportStar(__nccwpck_require__(5334), exports);
__exportStar(__nccwpck_require__(5204), exports);
__exportStar(__nccwpck_require__(1997), exports);
__exportStar(__nccwpck_require__(9732), exports);


/***/ }),

/***/ 3835:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
/*
Copyright 2025 The Sigstore Authors.

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
__exportStar(__nccwpck_require__(6764), exports);
__exportStar(__nccwpck_require__(381), exports);
__exportStar(__nccwpck_require__(4969), exports);
__exportStar(__nccwpck_require__(7543), exports);


/***/ }),

/***/ 2635:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DSSESignatureContent = void 0;
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
const core_1 = __nccwpck_require__(3917);
class DSSESignatureContent {
    env;
    constructor(env) {
        this.env = env;
    }
    compareDigest(digest) {
        return core_1.crypto.bufferEqual(digest, core_1.crypto.digest('sha256', this.env.payload));
    }
    // For a DSSE envelope the signature is computed over the pre-authentication
    // encoding (PAE), so the digest of the signed bytes is the digest of the PAE.
    // This is what a Rekor v2 hashedrekord entry records for a DSSE envelope.
    compareSignedDigest(digest) {
        return core_1.crypto.bufferEqual(digest, core_1.crypto.digest('sha256', this.preAuthEncoding));
    }
    compareSignature(signature) {
        return core_1.crypto.bufferEqual(signature, this.signature);
    }
    verifySignature(key) {
        return core_1.crypto.verify(this.preAuthEncoding, key, this.signature);
    }
    get signature() {
        return this.env.signatures.length > 0
            ? this.env.signatures[0].sig
            : Buffer.from('');
    }
    // DSSE Pre-Authentication Encoding
    get preAuthEncoding() {
        return core_1.dsse.preAuthEncoding(this.env.payloadType, this.env.payload);
    }
}
exports.DSSESignatureContent = DSSESignatureContent;


/***/ }),

/***/ 2544:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.toSignedEntity = toSignedEntity;
exports.signatureContent = signatureContent;
const core_1 = __nccwpck_require__(3917);
const dsse_1 = __nccwpck_require__(2635);
const message_1 = __nccwpck_require__(6531);
function toSignedEntity(bundle, artifact) {
    const { tlogEntries, timestampVerificationData } = bundle.verificationMaterial;
    const timestamps = [];
    for (const entry of tlogEntries) {
        if (entry.integratedTime && entry.integratedTime !== '0') {
            timestamps.push({
                $case: 'transparency-log',
                tlogEntry: entry,
            });
        }
    }
    for (const ts of timestampVerificationData?.rfc3161Timestamps ?? []) {
        timestamps.push({
            $case: 'timestamp-authority',
            timestamp: core_1.RFC3161Timestamp.parse(Buffer.from(ts.signedTimestamp)),
        });
    }
    return {
        signature: signatureContent(bundle, artifact),
        key: key(bundle),
        tlogEntries,
        timestamps,
    };
}
function signatureContent(bundle, artifact) {
    switch (bundle.content.$case) {
        case 'dsseEnvelope':
            return new dsse_1.DSSESignatureContent(bundle.content.dsseEnvelope);
        case 'messageSignature':
            return new message_1.MessageSignatureContent(bundle.content.messageSignature, artifact);
    }
}
function key(bundle) {
    switch (bundle.verificationMaterial.content.$case) {
        case 'publicKey':
            return {
                $case: 'public-key',
                hint: bundle.verificationMaterial.content.publicKey.hint,
            };
        case 'x509CertificateChain':
            return {
                $case: 'certificate',
                certificate: core_1.X509Certificate.parse(Buffer.from(bundle.verificationMaterial.content.x509CertificateChain
                    .certificates[0].rawBytes)),
            };
        case 'certificate':
            return {
                $case: 'certificate',
                certificate: core_1.X509Certificate.parse(Buffer.from(bundle.verificationMaterial.content.certificate.rawBytes)),
            };
    }
}


/***/ }),

/***/ 6531:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MessageSignatureContent = void 0;
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
const core_1 = __nccwpck_require__(3917);
const protobuf_specs_1 = __nccwpck_require__(9654);
// Map from the Sigstore protobuf HashAlgorithm enum to
// the string values used by the Node.js crypto module.
const HASH_ALGORITHM_MAP = {
    [protobuf_specs_1.HashAlgorithm.HASH_ALGORITHM_UNSPECIFIED]: 'sha256',
    [protobuf_specs_1.HashAlgorithm.SHA2_256]: 'sha256',
    [protobuf_specs_1.HashAlgorithm.SHA2_384]: 'sha384',
    [protobuf_specs_1.HashAlgorithm.SHA2_512]: 'sha512',
    [protobuf_specs_1.HashAlgorithm.SHA3_256]: 'sha3-256',
    [protobuf_specs_1.HashAlgorithm.SHA3_384]: 'sha3-384',
};
class MessageSignatureContent {
    signature;
    messageDigest;
    artifact;
    hashAlgorithm;
    constructor(messageSignature, artifact) {
        this.signature = messageSignature.signature;
        this.messageDigest = messageSignature.messageDigest.digest;
        this.artifact = artifact;
        this.hashAlgorithm =
            HASH_ALGORITHM_MAP[messageSignature.messageDigest.algorithm] ??
                /* istanbul ignore next */ 'sha256';
    }
    compareSignature(signature) {
        return core_1.crypto.bufferEqual(signature, this.signature);
    }
    compareDigest(digest) {
        return core_1.crypto.bufferEqual(digest, this.messageDigest);
    }
    // For a message signature the signature is computed over the artifact, so the
    // digest of the signed bytes is the artifact's message digest.
    compareSignedDigest(digest) {
        return this.compareDigest(digest);
    }
    verifySignature(key) {
        return core_1.crypto.verify(this.artifact, key, this.signature, this.hashAlgorithm);
    }
}
exports.MessageSignatureContent = MessageSignatureContent;


/***/ }),

/***/ 6849:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PolicyError = exports.VerificationError = void 0;
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
class BaseError extends Error {
    code;
    cause; /* eslint-disable-line @typescript-eslint/no-explicit-any */
    constructor({ code, message, cause, }) {
        super(message);
        this.code = code;
        this.cause = cause;
        this.name = this.constructor.name;
    }
}
class VerificationError extends BaseError {
}
exports.VerificationError = VerificationError;
class PolicyError extends BaseError {
}
exports.PolicyError = PolicyError;


/***/ }),

/***/ 4187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
exports.BL = exports.jO = exports.mk = exports.pn = exports.DC = void 0;
/* istanbul ignore file */
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
var bundle_1 = __nccwpck_require__(2544);
Object.defineProperty(exports, "DC", ({ enumerable: true, get: function () { return bundle_1.toSignedEntity; } }));
var error_1 = __nccwpck_require__(6849);
Object.defineProperty(exports, "pn", ({ enumerable: true, get: function () { return error_1.PolicyError; } }));
Object.defineProperty(exports, "mk", ({ enumerable: true, get: function () { return error_1.VerificationError; } }));
var trust_1 = __nccwpck_require__(7822);
Object.defineProperty(exports, "jO", ({ enumerable: true, get: function () { return trust_1.toTrustMaterial; } }));
var verifier_1 = __nccwpck_require__(4433);
Object.defineProperty(exports, "BL", ({ enumerable: true, get: function () { return verifier_1.Verifier; } }));


/***/ }),

/***/ 8412:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CertificateChainVerifier = void 0;
exports.verifyCertificateChain = verifyCertificateChain;
const error_1 = __nccwpck_require__(6849);
const trust_1 = __nccwpck_require__(7822);
function verifyCertificateChain(timestamp, leaf, certificateAuthorities) {
    // Filter list of trusted CAs to those which are valid for the given
    // timestamp
    const cas = (0, trust_1.filterCertAuthorities)(certificateAuthorities, timestamp);
    /* eslint-disable-next-line @typescript-eslint/no-explicit-any */
    let error;
    for (const ca of cas) {
        try {
            const verifier = new CertificateChainVerifier({
                trustedCerts: ca.certChain,
                untrustedCert: leaf,
                timestamp,
            });
            return verifier.verify();
        }
        catch (err) {
            error = err;
        }
    }
    // If we failed to verify the certificate chain for all of the trusted
    // CAs, throw the last error we encountered.
    throw new error_1.VerificationError({
        code: 'CERTIFICATE_ERROR',
        message: 'Failed to verify certificate chain',
        cause: error,
    });
}
class CertificateChainVerifier {
    untrustedCert;
    trustedCerts;
    localCerts;
    timestamp;
    constructor(opts) {
        this.untrustedCert = opts.untrustedCert;
        this.trustedCerts = opts.trustedCerts;
        this.localCerts = dedupeCertificates([
            ...opts.trustedCerts,
            opts.untrustedCert,
        ]);
        this.timestamp = opts.timestamp;
    }
    verify() {
        // Construct certificate path from leaf to root
        const certificatePath = this.sort();
        // Perform validation checks on each certificate in the path
        this.checkPath(certificatePath);
        const validForDate = certificatePath.every((cert) => cert.validForDate(this.timestamp));
        if (!validForDate) {
            throw new error_1.VerificationError({
                code: 'CERTIFICATE_ERROR',
                message: 'certificate is not valid or expired at the specified date',
            });
        }
        // Return verified certificate path
        return certificatePath;
    }
    sort() {
        const leafCert = this.untrustedCert;
        // Construct all possible paths from the leaf
        let paths = this.buildPaths(leafCert);
        // Filter for paths which contain a trusted certificate
        paths = paths.filter((path) => path.some((cert) => this.trustedCerts.includes(cert)));
        if (paths.length === 0) {
            throw new error_1.VerificationError({
                code: 'CERTIFICATE_ERROR',
                message: 'no trusted certificate path found',
            });
        }
        // Find the shortest of possible paths
        /* istanbul ignore next */
        const path = paths.reduce((prev, curr) => prev.length < curr.length ? prev : curr);
        // Construct chain from shortest path
        // Removes the last certificate in the path, which will be a second copy
        // of the root certificate given that the root is self-signed.
        return [leafCert, ...path].slice(0, -1);
    }
    // Recursively build all possible paths from the leaf to the root
    buildPaths(certificate) {
        const paths = [];
        const issuers = this.findIssuer(certificate);
        if (issuers.length === 0) {
            throw new error_1.VerificationError({
                code: 'CERTIFICATE_ERROR',
                message: 'no valid certificate path found',
            });
        }
        for (let i = 0; i < issuers.length; i++) {
            const issuer = issuers[i];
            // Base case - issuer is self
            if (issuer.equals(certificate)) {
                paths.push([certificate]);
                continue;
            }
            // Recursively build path for the issuer
            const subPaths = this.buildPaths(issuer);
            // Construct paths by appending the issuer to each subpath
            for (let j = 0; j < subPaths.length; j++) {
                paths.push([issuer, ...subPaths[j]]);
            }
        }
        return paths;
    }
    // Return all possible issuers for the given certificate
    findIssuer(certificate) {
        let issuers = [];
        let keyIdentifier;
        // Exit early if the certificate is self-signed
        if (certificate.subject.equals(certificate.issuer)) {
            if (certificate.verify()) {
                return [certificate];
            }
        }
        // If the certificate has an authority key identifier, use that
        // to find the issuer
        if (certificate.extAuthorityKeyID) {
            keyIdentifier = certificate.extAuthorityKeyID.keyIdentifier;
            // TODO: Add support for authorityCertIssuer/authorityCertSerialNumber
            // though Fulcio doesn't appear to use these
        }
        // Find possible issuers by comparing the authorityKeyID/subjectKeyID
        // or issuer/subject. Potential issuers are added to the result array.
        this.localCerts.forEach((possibleIssuer) => {
            if (keyIdentifier) {
                /* istanbul ignore else */
                if (possibleIssuer.extSubjectKeyID) {
                    if (possibleIssuer.extSubjectKeyID.keyIdentifier.equals(keyIdentifier)) {
                        issuers.push(possibleIssuer);
                    }
                    return;
                }
            }
            // Fallback to comparing certificate issuer and subject if
            // subjectKey/authorityKey extensions are not present
            if (possibleIssuer.subject.equals(certificate.issuer)) {
                issuers.push(possibleIssuer);
            }
        });
        // Remove any issuers which fail to verify the certificate
        issuers = issuers.filter((issuer) => {
            try {
                return certificate.verify(issuer);
            }
            catch (ex) {
                /* istanbul ignore next - should never error */
                return false;
            }
        });
        return issuers;
    }
    checkPath(path) {
        /* istanbul ignore if */
        if (path.length < 1) {
            throw new error_1.VerificationError({
                code: 'CERTIFICATE_ERROR',
                message: 'certificate chain must contain at least one certificate',
            });
        }
        // Ensure that all certificates beyond the leaf are CAs
        const validCAs = path.slice(1).every((cert) => cert.isCA);
        if (!validCAs) {
            throw new error_1.VerificationError({
                code: 'CERTIFICATE_ERROR',
                message: 'intermediate certificate is not a CA',
            });
        }
        // Certificate's issuer must match the subject of the next certificate
        // in the chain
        for (let i = path.length - 2; i >= 0; i--) {
            /* istanbul ignore if */
            if (!path[i].issuer.equals(path[i + 1].subject)) {
                throw new error_1.VerificationError({
                    code: 'CERTIFICATE_ERROR',
                    message: 'incorrect certificate name chaining',
                });
            }
        }
        // Check pathlength constraints
        for (let i = 0; i < path.length; i++) {
            const cert = path[i];
            // If the certificate is a CA, check the path length
            if (cert.extBasicConstraints?.isCA) {
                const pathLength = cert.extBasicConstraints.pathLenConstraint;
                // The path length, if set, indicates how many intermediate
                // certificates (NOT including the leaf) are allowed to follow. The
                // pathLength constraint of any intermediate CA certificate MUST be
                // greater than or equal to it's own depth in the chain (with an
                // adjustment for the leaf certificate)
                if (pathLength !== undefined && pathLength < i - 1) {
                    throw new error_1.VerificationError({
                        code: 'CERTIFICATE_ERROR',
                        message: 'path length constraint exceeded',
                    });
                }
            }
        }
    }
}
exports.CertificateChainVerifier = CertificateChainVerifier;
// Remove duplicate certificates from the array
function dedupeCertificates(certs) {
    for (let i = 0; i < certs.length; i++) {
        for (let j = i + 1; j < certs.length; j++) {
            if (certs[i].equals(certs[j])) {
                certs.splice(j, 1);
                j--;
            }
        }
    }
    return certs;
}


/***/ }),

/***/ 3771:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.verifyPublicKey = verifyPublicKey;
exports.verifyCertificate = verifyCertificate;
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
const core_1 = __nccwpck_require__(3917);
const error_1 = __nccwpck_require__(6849);
const certificate_1 = __nccwpck_require__(8412);
const sct_1 = __nccwpck_require__(1633);
const OID_FULCIO_ISSUER_V1 = '1.3.6.1.4.1.57264.1.1';
const OID_FULCIO_ISSUER_V2 = '1.3.6.1.4.1.57264.1.8';
function verifyPublicKey(hint, timestamps, trustMaterial) {
    const key = trustMaterial.publicKey(hint);
    timestamps.forEach((timestamp) => {
        if (!key.validFor(timestamp)) {
            throw new error_1.VerificationError({
                code: 'PUBLIC_KEY_ERROR',
                message: `Public key is not valid for timestamp: ${timestamp.toISOString()}`,
            });
        }
    });
    return { key: key.publicKey };
}
function verifyCertificate(leaf, timestamps, trustMaterial) {
    // Check that leaf certificate chains to a trusted CA
    let path = [];
    timestamps.forEach((timestamp) => {
        path = (0, certificate_1.verifyCertificateChain)(timestamp, leaf, trustMaterial.certificateAuthorities);
    });
    return {
        scts: (0, sct_1.verifySCTs)(path[0], path[1], trustMaterial.ctlogs),
        signer: getSigner(path[0]),
    };
}
function getSigner(cert) {
    let issuer;
    const issuerExtension = cert.extension(OID_FULCIO_ISSUER_V2);
    /* istanbul ignore next */
    if (issuerExtension) {
        issuer = issuerExtension.valueObj.subs?.[0]?.value.toString('ascii');
    }
    else {
        issuer = cert.extension(OID_FULCIO_ISSUER_V1)?.value.toString('ascii');
    }
    const oids = cert.extensions.map((ext) => {
        const oid = ext.subs[0].toOID();
        return {
            oid: { id: oid.split('.').map(Number) },
            value: ext.subs[ext.subs.length - 1].value,
        };
    });
    const identity = {
        extensions: { issuer },
        subjectAlternativeName: cert.subjectAltName,
        oids,
    };
    return {
        key: core_1.crypto.createPublicKey(cert.publicKey),
        identity,
    };
}


/***/ }),

/***/ 1633:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.verifySCTs = verifySCTs;
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
const core_1 = __nccwpck_require__(3917);
const error_1 = __nccwpck_require__(6849);
const trust_1 = __nccwpck_require__(7822);
function verifySCTs(cert, issuer, ctlogs) {
    let extSCT;
    // Verifying the SCT requires that we remove the SCT extension and
    // re-encode the TBS structure to DER -- this value is part of the data
    // over which the signature is calculated. Since this is a destructive action
    // we create a copy of the certificate so we can remove the SCT extension
    // without affecting the original certificate.
    const clone = cert.clone();
    // Intentionally not using the findExtension method here because we want to
    // remove the the SCT extension from the certificate before calculating the
    // PreCert structure
    for (let i = 0; i < clone.extensions.length; i++) {
        const ext = clone.extensions[i];
        if (ext.subs[0].toOID() === core_1.EXTENSION_OID_SCT) {
            extSCT = new core_1.X509SCTExtension(ext);
            // Remove the extension from the certificate
            clone.extensions.splice(i, 1);
            break;
        }
    }
    // No SCT extension found to verify
    if (!extSCT) {
        return [];
    }
    // Found an SCT extension but it has no SCTs
    /* istanbul ignore if -- too difficult to fabricate test case for this */
    if (extSCT.signedCertificateTimestamps.length === 0) {
        return [];
    }
    // Construct the PreCert structure
    // https://www.rfc-editor.org/rfc/rfc6962#section-3.2
    const preCert = new core_1.ByteStream();
    // Calculate hash of the issuer's public key
    const issuerId = core_1.crypto.digest('sha256', issuer.publicKey);
    preCert.appendView(issuerId);
    // Re-encodes the certificate to DER after removing the SCT extension
    const tbs = clone.tbsCertificate.toDER();
    preCert.appendUint24(tbs.length);
    preCert.appendView(tbs);
    // Calculate and return the verification results for each SCT
    return extSCT.signedCertificateTimestamps.map((sct) => {
        // Find the ctlog instance that corresponds to the SCT's logID
        const validCTLogs = (0, trust_1.filterTLogAuthorities)(ctlogs, {
            logID: sct.logID,
            targetDate: sct.datetime,
        });
        // See if the SCT is valid for any of the CT logs
        const verified = validCTLogs.some((log) => sct.verify(preCert.buffer, log.publicKey));
        if (!verified) {
            throw new error_1.VerificationError({
                code: 'CERTIFICATE_ERROR',
                message: 'SCT verification failed',
            });
        }
        return sct.logID;
    });
}


/***/ }),

/***/ 8037:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.verifySubjectAlternativeName = verifySubjectAlternativeName;
exports.verifyExtensions = verifyExtensions;
exports.verifyOIDs = verifyOIDs;
const error_1 = __nccwpck_require__(6849);
// Verifies that the signer's SAN matches the policy identity. The
// policyIdentity is treated as a JavaScript regular expression pattern and
// tested against the full signerIdentity string. For exact matching, use
// anchored patterns (e.g. '^user@example\\.com$').
function verifySubjectAlternativeName(policyIdentity, signerIdentity) {
    if (signerIdentity === undefined || !signerIdentity.match(policyIdentity)) {
        throw new error_1.PolicyError({
            code: 'UNTRUSTED_SIGNER_ERROR',
            message: `certificate identity error - expected ${policyIdentity}, got ${signerIdentity}`,
        });
    }
}
function verifyExtensions(policyExtensions, signerExtensions = {}) {
    let key;
    for (key in policyExtensions) {
        if (signerExtensions[key] !== policyExtensions[key]) {
            throw new error_1.PolicyError({
                code: 'UNTRUSTED_SIGNER_ERROR',
                message: `invalid certificate extension - expected ${key}=${policyExtensions[key]}, got ${key}=${signerExtensions[key]}`,
            });
        }
    }
}
function verifyOIDs(policyOIDs, signerOIDs = []) {
    for (const policyOID of policyOIDs) {
        const match = signerOIDs.find((signerOID) => oidEquals(policyOID.oid?.id, signerOID.oid?.id) &&
            policyOID.value.equals(signerOID.value));
        if (!match) {
            const oid = policyOID.oid?.id.join('.') ?? '<unknown>';
            throw new error_1.PolicyError({
                code: 'UNTRUSTED_SIGNER_ERROR',
                message: `invalid certificate extension - missing OID ${oid}`,
            });
        }
    }
}
function oidEquals(a, b) {
    if (a === undefined || b === undefined) {
        return false;
    }
    return a.length === b.length && a.every((v, i) => v === b[i]);
}


/***/ }),

/***/ 7968:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getTSATimestamp = getTSATimestamp;
exports.getTLogTimestamp = getTLogTimestamp;
const tsa_1 = __nccwpck_require__(4472);
function getTSATimestamp(timestamp, data, timestampAuthorities) {
    (0, tsa_1.verifyRFC3161Timestamp)(timestamp, data, timestampAuthorities);
    return {
        type: 'timestamp-authority',
        logID: timestamp.signerSerialNumber,
        timestamp: timestamp.signingTime,
    };
}
function getTLogTimestamp(entry) {
    // Only entries with an inclusion promise provide a verifiable timestamp
    if (!entry.inclusionPromise) {
        return undefined;
    }
    return {
        type: 'transparency-log',
        logID: entry.logId.keyId,
        timestamp: new Date(Number(entry.integratedTime) * 1000),
    };
}


/***/ }),

/***/ 4472:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.verifyRFC3161Timestamp = verifyRFC3161Timestamp;
const core_1 = __nccwpck_require__(3917);
const error_1 = __nccwpck_require__(6849);
const certificate_1 = __nccwpck_require__(8412);
const trust_1 = __nccwpck_require__(7822);
function verifyRFC3161Timestamp(timestamp, data, timestampAuthorities) {
    const signingTime = timestamp.signingTime;
    // Filter for CAs which were valid at the time of signing
    timestampAuthorities = (0, trust_1.filterCertAuthorities)(timestampAuthorities, signingTime);
    // Filter for CAs which match serial and issuer embedded in the timestamp
    timestampAuthorities = filterCAsBySerialAndIssuer(timestampAuthorities, {
        serialNumber: timestamp.signerSerialNumber,
        issuer: timestamp.signerIssuer,
    });
    // Check that we can verify the timestamp with AT LEAST ONE of the remaining
    // CAs
    const verified = timestampAuthorities.some((ca) => {
        try {
            verifyTimestampForCA(timestamp, data, ca);
            return true;
        }
        catch (e) {
            return false;
        }
    });
    if (!verified) {
        throw new error_1.VerificationError({
            code: 'TIMESTAMP_ERROR',
            message: 'timestamp could not be verified',
        });
    }
}
function verifyTimestampForCA(timestamp, data, ca) {
    const [leaf, ...cas] = ca.certChain;
    const signingKey = core_1.crypto.createPublicKey(leaf.publicKey);
    const signingTime = timestamp.signingTime;
    // Verify the certificate chain for the provided CA
    try {
        new certificate_1.CertificateChainVerifier({
            untrustedCert: leaf,
            trustedCerts: cas,
            timestamp: signingTime,
        }).verify();
    }
    catch (e) {
        throw new error_1.VerificationError({
            code: 'TIMESTAMP_ERROR',
            message: 'invalid certificate chain',
        });
    }
    // Check that the signing certificate's key can be used to verify the
    // timestamp signature.
    timestamp.verify(data, signingKey);
}
// Filters the list of CAs to those which have a leaf signing certificate which
// matches the given serial number and issuer.
function filterCAsBySerialAndIssuer(timestampAuthorities, criteria) {
    return timestampAuthorities.filter((ca) => ca.certChain.length > 0 &&
        core_1.crypto.bufferEqual(ca.certChain[0].serialNumber, criteria.serialNumber) &&
        core_1.crypto.bufferEqual(ca.certChain[0].issuer, criteria.issuer));
}


/***/ }),

/***/ 9266:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LogCheckpoint = void 0;
exports.verifyCheckpoint = verifyCheckpoint;
/*
Copyright 2025 The Sigstore Authors.

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
const core_1 = __nccwpck_require__(3917);
const error_1 = __nccwpck_require__(6849);
// Separator between the note and the signatures in a checkpoint
const CHECKPOINT_SEPARATOR = '\n\n';
// Checkpoint signatures are of the following form:
// "– <identity> <key_hint+signature_bytes>\n"
// where:
// - the prefix is an emdash (U+2014).
// - <identity> gives a human-readable representation of the signing ID.
// - <key_hint+signature_bytes> is the first 4 bytes of the SHA256 hash of the
//   associated public key followed by the signature bytes.
const SIGNATURE_REGEX = /\u2014 (\S+) (\S+)\n/g;
// Verifies the checkpoint value in the given tlog entry. There are two steps
// to the verification:
// 1. Verify that all signatures in the checkpoint can be verified against a
//    trusted public key
// 2. Verify that the root hash in the checkpoint matches the root hash in the
//    inclusion proof
// See: https://github.com/transparency-dev/formats/blob/main/log/README.md
function verifyCheckpoint(entry, tlogs) {
    const inclusionProof = entry.inclusionProof;
    const signedNote = SignedNote.fromString(inclusionProof.checkpoint.envelope);
    const checkpoint = LogCheckpoint.fromString(signedNote.note);
    // Verify that the signatures in the checkpoint are all valid
    if (!verifySignedNote(signedNote, tlogs)) {
        throw new error_1.VerificationError({
            code: 'TLOG_INCLUSION_PROOF_ERROR',
            message: 'invalid checkpoint signature',
        });
    }
    return checkpoint;
}
// Verifies the signatures in the SignedNote. For each signature, the
// corresponding transparency log is looked up by the key hint and the
// signature is verified against the public key in the transparency log.
// Throws an error if any of the signatures are invalid.
function verifySignedNote(signedNote, tlogs) {
    const data = Buffer.from(signedNote.note, 'utf-8');
    return signedNote.signatures.some((signature) => {
        // Find the transparency log instance with the matching key hint
        const tlog = tlogs.find((tlog) => core_1.crypto.bufferEqual(tlog.logID.subarray(0, 4), signature.keyHint) &&
            // Match the signature name to the base URL of the tlog. The name is
            // attacker-controlled, so it MUST be compared as a literal substring
            // and never coerced into a RegExp (as String.prototype.match would).
            tlog.baseURL.includes(signature.name));
        if (!tlog) {
            return false;
        }
        return core_1.crypto.verify(data, tlog.publicKey, signature.signature);
    });
}
// SignedNote represents a signed note from a transparency log checkpoint. Consists
// of a body (or note) and one more signatures calculated over the body. See
// https://github.com/transparency-dev/formats/blob/main/log/README.md#signed-envelope
class SignedNote {
    note;
    signatures;
    constructor(note, signatures) {
        this.note = note;
        this.signatures = signatures;
    }
    // Deserialize a SignedNote from a string
    static fromString(envelope) {
        if (!envelope.includes(CHECKPOINT_SEPARATOR)) {
            throw new error_1.VerificationError({
                code: 'TLOG_INCLUSION_PROOF_ERROR',
                message: 'missing checkpoint separator',
            });
        }
        // Split the note into the header and the data portions at the separator
        const split = envelope.indexOf(CHECKPOINT_SEPARATOR);
        const header = envelope.slice(0, split + 1);
        const data = envelope.slice(split + CHECKPOINT_SEPARATOR.length);
        // Find all the signature lines in the data portion
        const matches = data.matchAll(SIGNATURE_REGEX);
        // Parse each of the matched signature lines into the name and signature.
        // The first four bytes of the signature are the key hint (should match the
        // first four bytes of the log ID), and the rest is the signature itself.
        const signatures = Array.from(matches, (match) => {
            const [, name, signature] = match;
            const sigBytes = Buffer.from(signature, 'base64');
            if (sigBytes.length < 5) {
                throw new error_1.VerificationError({
                    code: 'TLOG_INCLUSION_PROOF_ERROR',
                    message: 'malformed checkpoint signature',
                });
            }
            return {
                name,
                keyHint: sigBytes.subarray(0, 4),
                signature: sigBytes.subarray(4),
            };
        });
        if (signatures.length === 0) {
            throw new error_1.VerificationError({
                code: 'TLOG_INCLUSION_PROOF_ERROR',
                message: 'no signatures found in checkpoint',
            });
        }
        return new SignedNote(header, signatures);
    }
}
// LogCheckpoint represents a transparency log checkpoint. Consists of the
// following:
//  - origin: the name of the transparency log
//  - logSize: the size of the log at the time of the checkpoint
//  - logHash: the root hash of the log at the time of the checkpoint
//  - rest: the rest of the checkpoint body, which is a list of log entries
// See:
// https://github.com/transparency-dev/formats/blob/main/log/README.md#checkpoint-body
class LogCheckpoint {
    origin;
    logSize;
    logHash;
    rest;
    constructor(origin, logSize, logHash, rest) {
        this.origin = origin;
        this.logSize = logSize;
        this.logHash = logHash;
        this.rest = rest;
    }
    static fromString(note) {
        const lines = note.trimEnd().split('\n');
        if (lines.length < 3) {
            throw new error_1.VerificationError({
                code: 'TLOG_INCLUSION_PROOF_ERROR',
                message: 'too few lines in checkpoint header',
            });
        }
        const origin = lines[0];
        // logSize is attacker-controlled and parsed before any signature is
        // verified, so guard against BigInt() throwing an uncaught SyntaxError on
        // malformed input.
        let logSize;
        try {
            logSize = BigInt(lines[1]);
        }
        catch {
            throw new error_1.VerificationError({
                code: 'TLOG_INCLUSION_PROOF_ERROR',
                message: 'invalid checkpoint log size',
            });
        }
        const rootHash = Buffer.from(lines[2], 'base64');
        const rest = lines.slice(3);
        return new LogCheckpoint(origin, logSize, rootHash, rest);
    }
}
exports.LogCheckpoint = LogCheckpoint;


/***/ }),

/***/ 7005:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DSSE_API_VERSION_V1 = void 0;
exports.verifyDSSETLogBody = verifyDSSETLogBody;
exports.verifyDSSETLogBodyV2 = verifyDSSETLogBodyV2;
/*
Copyright 2025 The Sigstore Authors.

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
const error_1 = __nccwpck_require__(6849);
exports.DSSE_API_VERSION_V1 = '0.0.1';
// Compare the given dsse tlog entry to the given bundle
function verifyDSSETLogBody(tlogEntry, content) {
    switch (tlogEntry.apiVersion) {
        case exports.DSSE_API_VERSION_V1:
            return verifyDSSE001TLogBody(tlogEntry, content);
        default:
            throw new error_1.VerificationError({
                code: 'TLOG_BODY_ERROR',
                message: `unsupported dsse version: ${tlogEntry.apiVersion}`,
            });
    }
}
// Compare the given dsse tlog entry to the given bundle. This function is
// specifically for Rekor V2 entries.
function verifyDSSETLogBodyV2(tlogEntry, content) {
    const spec = tlogEntry.spec?.spec;
    if (!spec) {
        throw new error_1.VerificationError({
            code: 'TLOG_BODY_ERROR',
            message: `missing dsse spec`,
        });
    }
    switch (spec.$case) {
        case 'dsseV002':
            return verifyDSSE002TLogBody(spec.dsseV002, content);
        default:
            throw new error_1.VerificationError({
                code: 'TLOG_BODY_ERROR',
                message: `unsupported version: ${spec.$case}`,
            });
    }
}
// Compare the given dsse v0.0.1 tlog entry to the given DSSE envelope.
function verifyDSSE001TLogBody(tlogEntry, content) {
    // Ensure the bundle's DSSE only contains a single signature
    if (tlogEntry.spec.signatures?.length !== 1) {
        throw new error_1.VerificationError({
            code: 'TLOG_BODY_ERROR',
            message: 'signature count mismatch',
        });
    }
    const tlogSig = tlogEntry.spec.signatures[0].signature;
    // Ensure that the signature in the bundle's DSSE matches tlog entry
    if (!content.compareSignature(Buffer.from(tlogSig, 'base64')))
        throw new error_1.VerificationError({
            code: 'TLOG_BODY_ERROR',
            message: 'tlog entry signature mismatch',
        });
    // Ensure the digest of the bundle's DSSE payload matches the digest in the
    // tlog entry
    const tlogHash = tlogEntry.spec.payloadHash?.value || '';
    if (!content.compareDigest(Buffer.from(tlogHash, 'hex'))) {
        throw new error_1.VerificationError({
            code: 'TLOG_BODY_ERROR',
            message: 'DSSE payload hash mismatch',
        });
    }
}
// Compare the given dsse v0.0.2 tlog entry to the given DSSE envelope.
function verifyDSSE002TLogBody(spec, content) {
    // Ensure the bundle's DSSE only contains a single signature
    if (spec.signatures?.length !== 1) {
        throw new error_1.VerificationError({
            code: 'TLOG_BODY_ERROR',
            message: 'signature count mismatch',
        });
    }
    const tlogSig = spec.signatures[0].content;
    // Ensure that the signature in the bundle's DSSE matches tlog entry
    if (!content.compareSignature(tlogSig))
        throw new error_1.VerificationError({
            code: 'TLOG_BODY_ERROR',
            message: 'tlog entry signature mismatch',
        });
    // Ensure the digest of the bundle's DSSE payload matches the digest in the
    // tlog entry
    const tlogHash = spec.payloadHash?.digest || Buffer.from('');
    if (!content.compareDigest(tlogHash)) {
        throw new error_1.VerificationError({
            code: 'TLOG_BODY_ERROR',
            message: 'DSSE payload hash mismatch',
        });
    }
}


/***/ }),

/***/ 1484:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.HASHEDREKORD_API_VERSION_V1 = void 0;
exports.verifyHashedRekordTLogBody = verifyHashedRekordTLogBody;
exports.verifyHashedRekordTLogBodyV2 = verifyHashedRekordTLogBodyV2;
/*
Copyright 2025 The Sigstore Authors.

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
const error_1 = __nccwpck_require__(6849);
exports.HASHEDREKORD_API_VERSION_V1 = '0.0.1';
// Compare the given hashedrekord tlog entry to the given bundle
function verifyHashedRekordTLogBody(tlogEntry, content) {
    switch (tlogEntry.apiVersion) {
        case exports.HASHEDREKORD_API_VERSION_V1:
            return verifyHashedrekord001TLogBody(tlogEntry, content);
        default:
            throw new error_1.VerificationError({
                code: 'TLOG_BODY_ERROR',
                message: `unsupported hashedrekord version: ${tlogEntry.apiVersion}`,
            });
    }
}
// Compare the given hashedrekor tlog entry to the given bundle. This function is
// specifically for Rekor V2 entries.
function verifyHashedRekordTLogBodyV2(tlogEntry, content) {
    const spec = tlogEntry.spec?.spec;
    if (!spec) {
        throw new error_1.VerificationError({
            code: 'TLOG_BODY_ERROR',
            message: `missing dsse spec`,
        });
    }
    switch (spec.$case) {
        case 'hashedRekordV002':
            return verifyHashedrekord002TLogBody(spec.hashedRekordV002, content);
        default:
            throw new error_1.VerificationError({
                code: 'TLOG_BODY_ERROR',
                message: `unsupported version: ${spec.$case}`,
            });
    }
}
// Compare the given hashedrekord v0.0.1 tlog entry to the given message
// signature
function verifyHashedrekord001TLogBody(tlogEntry, content) {
    // Ensure that the bundles message signature matches the tlog entry
    const tlogSig = tlogEntry.spec.signature.content || '';
    if (!content.compareSignature(Buffer.from(tlogSig, 'base64'))) {
        throw new error_1.VerificationError({
            code: 'TLOG_BODY_ERROR',
            message: 'signature mismatch',
        });
    }
    // Ensure that the bundle's signed digest matches the tlog entry
    const tlogDigest = tlogEntry.spec.data.hash?.value || '';
    if (!content.compareSignedDigest(Buffer.from(tlogDigest, 'hex'))) {
        throw new error_1.VerificationError({
            code: 'TLOG_BODY_ERROR',
            message: 'digest mismatch',
        });
    }
}
// Compare the given hashedrekord v0.0.2 tlog entry to the given message
// signature
function verifyHashedrekord002TLogBody(spec, content) {
    // Ensure that the bundles message signature matches the tlog entry
    const tlogSig = spec.signature?.content || Buffer.from('');
    if (!content.compareSignature(tlogSig)) {
        throw new error_1.VerificationError({
            code: 'TLOG_BODY_ERROR',
            message: 'signature mismatch',
        });
    }
    // Ensure that the bundle's signed digest matches the tlog entry
    const tlogHash = spec.data?.digest || Buffer.from('');
    if (!content.compareSignedDigest(tlogHash)) {
        throw new error_1.VerificationError({
            code: 'TLOG_BODY_ERROR',
            message: 'digest mismatch',
        });
    }
}


/***/ }),

/***/ 8218:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.verifyTLogBody = verifyTLogBody;
exports.verifyTLogInclusion = verifyTLogInclusion;
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
const v2_1 = __nccwpck_require__(3835);
const error_1 = __nccwpck_require__(6849);
const dsse_1 = __nccwpck_require__(7005);
const hashedrekord_1 = __nccwpck_require__(1484);
const intoto_1 = __nccwpck_require__(7703);
const checkpoint_1 = __nccwpck_require__(9266);
const merkle_1 = __nccwpck_require__(7046);
const set_1 = __nccwpck_require__(333);
// Verifies that the given tlog entry matches the supplied signature content.
function verifyTLogBody(entry, sigContent) {
    const { kind, version } = entry.kindVersion;
    // The canonicalized body is attacker-controlled; parse defensively so
    // malformed JSON yields a VerificationError rather than an uncaught
    // SyntaxError.
    let body;
    try {
        body = JSON.parse(entry.canonicalizedBody.toString('utf8'));
    }
    catch {
        throw new error_1.VerificationError({
            code: 'TLOG_BODY_ERROR',
            message: 'invalid canonicalized body',
        });
    }
    // validate body
    if (kind !== body.kind || version !== body.apiVersion) {
        throw new error_1.VerificationError({
            code: 'TLOG_BODY_ERROR',
            message: `kind/version mismatch - expected: ${kind}/${version}, received: ${body.kind}/${body.apiVersion}`,
        });
    }
    switch (kind) {
        case 'dsse':
            // Rekor V1 and V2 use incompatible types so we need to branch here based on version
            if (version == dsse_1.DSSE_API_VERSION_V1) {
                return (0, dsse_1.verifyDSSETLogBody)(body, sigContent);
            }
            else {
                const entryRekorV2 = v2_1.Entry.fromJSON(body);
                return (0, dsse_1.verifyDSSETLogBodyV2)(entryRekorV2, sigContent);
            }
        case 'intoto':
            return (0, intoto_1.verifyIntotoTLogBody)(body, sigContent);
        case 'hashedrekord':
            // Rekor V1 and V2 use incompatible types so we need to branch here based on version
            if (version == hashedrekord_1.HASHEDREKORD_API_VERSION_V1) {
                return (0, hashedrekord_1.verifyHashedRekordTLogBody)(body, sigContent);
            }
            else {
                const entryRekorV2 = v2_1.Entry.fromJSON(body);
                return (0, hashedrekord_1.verifyHashedRekordTLogBodyV2)(entryRekorV2, sigContent);
            }
        /* istanbul ignore next */
        default:
            throw new error_1.VerificationError({
                code: 'TLOG_BODY_ERROR',
                message: `unsupported kind: ${kind}`,
            });
    }
}
function verifyTLogInclusion(entry, tlogAuthorities) {
    let inclusionVerified = false;
    if (isTLogEntryWithInclusionPromise(entry)) {
        (0, set_1.verifyTLogSET)(entry, tlogAuthorities);
        inclusionVerified = true;
    }
    if (isTLogEntryWithInclusionProof(entry)) {
        // Bind the claimed log ID to the authority that verifies the checkpoint.
        const matchingAuthorities = tlogAuthorities.filter((tlog) => tlog.logID.equals(entry.logId.keyId));
        const checkpoint = (0, checkpoint_1.verifyCheckpoint)(entry, matchingAuthorities);
        (0, merkle_1.verifyMerkleInclusion)(entry, checkpoint);
        inclusionVerified = true;
    }
    if (!inclusionVerified) {
        throw new error_1.VerificationError({
            code: 'TLOG_MISSING_INCLUSION_ERROR',
            message: 'inclusion could not be verified',
        });
    }
    return;
}
function isTLogEntryWithInclusionPromise(entry) {
    return entry.inclusionPromise !== undefined;
}
function isTLogEntryWithInclusionProof(entry) {
    return entry.inclusionProof !== undefined;
}


/***/ }),

/***/ 7703:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.verifyIntotoTLogBody = verifyIntotoTLogBody;
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
const error_1 = __nccwpck_require__(6849);
// Compare the given intoto tlog entry to the given bundle
function verifyIntotoTLogBody(tlogEntry, content) {
    switch (tlogEntry.apiVersion) {
        case '0.0.2':
            return verifyIntoto002TLogBody(tlogEntry, content);
        default:
            throw new error_1.VerificationError({
                code: 'TLOG_BODY_ERROR',
                message: `unsupported intoto version: ${tlogEntry.apiVersion}`,
            });
    }
}
// Compare the given intoto v0.0.2 tlog entry to the given DSSE envelope.
function verifyIntoto002TLogBody(tlogEntry, content) {
    // Ensure the bundle's DSSE contains a single signature
    if (tlogEntry.spec.content.envelope.signatures?.length !== 1) {
        throw new error_1.VerificationError({
            code: 'TLOG_BODY_ERROR',
            message: 'signature count mismatch',
        });
    }
    // Signature is double-base64-encoded in the tlog entry
    const tlogSig = base64Decode(tlogEntry.spec.content.envelope.signatures[0].sig);
    // Ensure that the signature in the bundle's DSSE matches tlog entry
    if (!content.compareSignature(Buffer.from(tlogSig, 'base64'))) {
        throw new error_1.VerificationError({
            code: 'TLOG_BODY_ERROR',
            message: 'tlog entry signature mismatch',
        });
    }
    // Ensure the digest of the bundle's DSSE payload matches the digest in the
    // tlog entry
    const tlogHash = tlogEntry.spec.content.payloadHash?.value || '';
    if (!content.compareDigest(Buffer.from(tlogHash, 'hex'))) {
        throw new error_1.VerificationError({
            code: 'TLOG_BODY_ERROR',
            message: 'DSSE payload hash mismatch',
        });
    }
}
function base64Decode(str) {
    return Buffer.from(str, 'base64').toString('utf-8');
}


/***/ }),

/***/ 7046:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.verifyMerkleInclusion = verifyMerkleInclusion;
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
const core_1 = __nccwpck_require__(3917);
const error_1 = __nccwpck_require__(6849);
const RFC6962_LEAF_HASH_PREFIX = Buffer.from([0x00]);
const RFC6962_NODE_HASH_PREFIX = Buffer.from([0x01]);
function verifyMerkleInclusion(entry, checkpoint) {
    const inclusionProof = entry.inclusionProof;
    // logIndex is attacker-controlled; parse defensively so malformed input
    // yields a VerificationError rather than an uncaught SyntaxError.
    let logIndex;
    try {
        logIndex = BigInt(inclusionProof.logIndex);
    }
    catch {
        throw new error_1.VerificationError({
            code: 'TLOG_INCLUSION_PROOF_ERROR',
            message: 'invalid inclusion proof log index',
        });
    }
    const treeSize = BigInt(checkpoint.logSize);
    if (logIndex < 0n || logIndex >= treeSize) {
        throw new error_1.VerificationError({
            code: 'TLOG_INCLUSION_PROOF_ERROR',
            message: `invalid index: ${logIndex}`,
        });
    }
    // Figure out which subset of hashes corresponds to the inner and border
    // nodes
    const { inner, border } = decompInclProof(logIndex, treeSize);
    if (inclusionProof.hashes.length !== inner + border) {
        throw new error_1.VerificationError({
            code: 'TLOG_INCLUSION_PROOF_ERROR',
            message: 'invalid hash count',
        });
    }
    const innerHashes = inclusionProof.hashes.slice(0, inner);
    const borderHashes = inclusionProof.hashes.slice(inner);
    // The entry's hash is the leaf hash
    const leafHash = hashLeaf(entry.canonicalizedBody);
    // Chain the hashes belonging to the inner and border portions
    const calculatedHash = chainBorderRight(chainInner(leafHash, innerHashes, logIndex), borderHashes);
    // Calculated hash should match the root hash in the inclusion proof
    if (!core_1.crypto.bufferEqual(calculatedHash, checkpoint.logHash)) {
        throw new error_1.VerificationError({
            code: 'TLOG_INCLUSION_PROOF_ERROR',
            message: 'calculated root hash does not match inclusion proof',
        });
    }
}
// Breaks down inclusion proof for a leaf at the specified index in a tree of
// the specified size. The split point is where paths to the index leaf and
// the (size - 1) leaf diverge. Returns lengths of the bottom and upper proof
// parts.
function decompInclProof(index, size) {
    const inner = innerProofSize(index, size);
    const border = onesCount(index >> BigInt(inner));
    return { inner, border };
}
// Computes a subtree hash for a node on or below the tree's right border.
// Assumes the provided proof hashes are ordered from lower to higher levels
// and seed is the initial hash of the node specified by the index.
function chainInner(seed, hashes, index) {
    return hashes.reduce((acc, h, i) => {
        if ((index >> BigInt(i)) & BigInt(1)) {
            return hashChildren(h, acc);
        }
        else {
            return hashChildren(acc, h);
        }
    }, seed);
}
// Computes a subtree hash for nodes along the tree's right border.
function chainBorderRight(seed, hashes) {
    return hashes.reduce((acc, h) => hashChildren(h, acc), seed);
}
function innerProofSize(index, size) {
    return bitLength(index ^ (size - BigInt(1)));
}
// Counts the number of ones in the binary representation of the given number.
// https://en.wikipedia.org/wiki/Hamming_weight
function onesCount(num) {
    return num.toString(2).split('1').length - 1;
}
// Returns the number of bits necessary to represent an integer in binary.
function bitLength(n) {
    if (n === 0n) {
        return 0;
    }
    return n.toString(2).length;
}
// Hashing logic according to RFC6962.
// https://datatracker.ietf.org/doc/html/rfc6962#section-2
function hashChildren(left, right) {
    return core_1.crypto.digest('sha256', RFC6962_NODE_HASH_PREFIX, left, right);
}
function hashLeaf(leaf) {
    return core_1.crypto.digest('sha256', RFC6962_LEAF_HASH_PREFIX, leaf);
}


/***/ }),

/***/ 333:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.verifyTLogSET = verifyTLogSET;
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
const core_1 = __nccwpck_require__(3917);
const error_1 = __nccwpck_require__(6849);
const trust_1 = __nccwpck_require__(7822);
// Verifies the SET for the given entry against the list of trusted
// transparency logs. Returns true if the SET can be verified against at least
// one of the trusted logs; otherwise, returns false.
function verifyTLogSET(entry, tlogs) {
    // Filter the list of tlog instances to only those which might be able to
    // verify the SET
    const validTLogs = (0, trust_1.filterTLogAuthorities)(tlogs, {
        logID: entry.logId.keyId,
        targetDate: new Date(Number(entry.integratedTime) * 1000),
    });
    // Check to see if we can verify the SET against any of the valid tlogs
    const verified = validTLogs.some((tlog) => {
        // Re-create the original Rekor verification payload
        const payload = toVerificationPayload(entry);
        // Canonicalize the payload and turn into a buffer for verification
        const data = Buffer.from(core_1.json.canonicalize(payload), 'utf8');
        // Extract the SET from the tlog entry
        const signature = entry.inclusionPromise.signedEntryTimestamp;
        return core_1.crypto.verify(data, tlog.publicKey, signature);
    });
    if (!verified) {
        throw new error_1.VerificationError({
            code: 'TLOG_INCLUSION_PROMISE_ERROR',
            message: 'inclusion promise could not be verified',
        });
    }
}
// Returns a properly formatted "VerificationPayload" for one of the
// transaction log entires in the given bundle which can be used for SET
// verification.
function toVerificationPayload(entry) {
    const { integratedTime, logIndex, logId, canonicalizedBody } = entry;
    return {
        body: canonicalizedBody.toString('base64'),
        integratedTime: Number(integratedTime),
        logIndex: Number(logIndex),
        logID: logId.keyId.toString('hex'),
    };
}


/***/ }),

/***/ 9738:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.filterCertAuthorities = filterCertAuthorities;
exports.filterTLogAuthorities = filterTLogAuthorities;
function filterCertAuthorities(certAuthorities, timestamp) {
    return certAuthorities.filter((ca) => {
        return ca.validFor.start <= timestamp && ca.validFor.end >= timestamp;
    });
}
// Filter the list of tlog instances to only those which match the given log
// ID and have public keys which are valid for the given integrated time.
function filterTLogAuthorities(tlogAuthorities, criteria) {
    return tlogAuthorities.filter((tlog) => {
        // If we're filtering by log ID and the log IDs don't match, we can't use
        // this tlog
        if (criteria.logID && !tlog.logID.equals(criteria.logID)) {
            return false;
        }
        // Check that the integrated time is within the validFor range
        return (tlog.validFor.start <= criteria.targetDate &&
            criteria.targetDate <= tlog.validFor.end);
    });
}


/***/ }),

/***/ 7822:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.filterTLogAuthorities = exports.filterCertAuthorities = void 0;
exports.toTrustMaterial = toTrustMaterial;
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
const core_1 = __nccwpck_require__(3917);
const protobuf_specs_1 = __nccwpck_require__(9654);
const error_1 = __nccwpck_require__(6849);
const BEGINNING_OF_TIME = new Date(0);
const END_OF_TIME = new Date(8640000000000000);
var filter_1 = __nccwpck_require__(9738);
Object.defineProperty(exports, "filterCertAuthorities", ({ enumerable: true, get: function () { return filter_1.filterCertAuthorities; } }));
Object.defineProperty(exports, "filterTLogAuthorities", ({ enumerable: true, get: function () { return filter_1.filterTLogAuthorities; } }));
function toTrustMaterial(root, keys) {
    const keyFinder = typeof keys === 'function' ? keys : keyLocator(keys);
    return {
        certificateAuthorities: root.certificateAuthorities.map(createCertAuthority),
        timestampAuthorities: root.timestampAuthorities.map(createCertAuthority),
        tlogs: root.tlogs.map(createTLogAuthority),
        ctlogs: root.ctlogs.map(createTLogAuthority),
        publicKey: keyFinder,
    };
}
function createTLogAuthority(tlogInstance) {
    const keyDetails = tlogInstance.publicKey.keyDetails;
    const keyType = keyDetails === protobuf_specs_1.PublicKeyDetails.PKCS1_RSA_PKCS1V5 ||
        keyDetails === protobuf_specs_1.PublicKeyDetails.PKIX_RSA_PKCS1V5 ||
        keyDetails === protobuf_specs_1.PublicKeyDetails.PKIX_RSA_PKCS1V15_2048_SHA256 ||
        keyDetails === protobuf_specs_1.PublicKeyDetails.PKIX_RSA_PKCS1V15_3072_SHA256 ||
        keyDetails === protobuf_specs_1.PublicKeyDetails.PKIX_RSA_PKCS1V15_4096_SHA256
        ? 'pkcs1'
        : 'spki';
    /* istanbul ignore next */
    return {
        baseURL: tlogInstance.baseUrl,
        logID: tlogInstance.checkpointKeyId
            ? tlogInstance.checkpointKeyId.keyId
            : tlogInstance.logId.keyId,
        publicKey: core_1.crypto.createPublicKey(tlogInstance.publicKey.rawBytes, keyType),
        validFor: {
            start: tlogInstance.publicKey.validFor?.start || BEGINNING_OF_TIME,
            end: tlogInstance.publicKey.validFor?.end || END_OF_TIME,
        },
    };
}
function createCertAuthority(ca) {
    /* istanbul ignore next */
    return {
        certChain: ca.certChain.certificates.map((cert) => {
            return core_1.X509Certificate.parse(Buffer.from(cert.rawBytes));
        }),
        validFor: {
            start: ca.validFor?.start || BEGINNING_OF_TIME,
            end: ca.validFor?.end || END_OF_TIME,
        },
    };
}
function keyLocator(keys) {
    return (hint) => {
        const key = (keys || {})[hint];
        if (!key) {
            throw new error_1.VerificationError({
                code: 'PUBLIC_KEY_ERROR',
                message: `key not found: ${hint}`,
            });
        }
        return {
            publicKey: core_1.crypto.createPublicKey(key.rawBytes),
            validFor: (date) => {
                /* istanbul ignore next */
                return ((key.validFor?.start || BEGINNING_OF_TIME) <= date &&
                    (key.validFor?.end || END_OF_TIME) >= date);
            },
        };
    };
}


/***/ }),

/***/ 4433:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Verifier = void 0;
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
const util_1 = __nccwpck_require__(9023);
const error_1 = __nccwpck_require__(6849);
const key_1 = __nccwpck_require__(3771);
const policy_1 = __nccwpck_require__(8037);
const timestamp_1 = __nccwpck_require__(7968);
const tlog_1 = __nccwpck_require__(8218);
class Verifier {
    trustMaterial;
    options;
    constructor(trustMaterial, options = {}) {
        this.trustMaterial = trustMaterial;
        this.options = {
            ctlogThreshold: options.ctlogThreshold ?? 1,
            tlogThreshold: options.tlogThreshold ?? 1,
            timestampThreshold: options.timestampThreshold ?? options.tsaThreshold ?? 1,
            tsaThreshold: 0,
        };
    }
    verify(entity, policy) {
        const timestamps = this.verifyTimestamps(entity);
        const signer = this.verifySigningKey(entity, timestamps);
        this.verifyTLogs(entity);
        this.verifySignature(entity, signer);
        if (policy) {
            this.verifyPolicy(policy, signer.identity || {});
        }
        return signer;
    }
    // Checks that all of the timestamps in the entity are valid and returns them
    verifyTimestamps(entity) {
        const timestamps = [];
        for (const timestamp of entity.timestamps) {
            switch (timestamp.$case) {
                case 'timestamp-authority':
                    timestamps.push((0, timestamp_1.getTSATimestamp)(timestamp.timestamp, entity.signature.signature, this.trustMaterial.timestampAuthorities));
                    break;
                case 'transparency-log': {
                    const result = (0, timestamp_1.getTLogTimestamp)(timestamp.tlogEntry);
                    if (result) {
                        timestamps.push(result);
                    }
                    break;
                }
            }
        }
        // Check for duplicate timestamps
        if (containsDupes(timestamps)) {
            throw new error_1.VerificationError({
                code: 'TIMESTAMP_ERROR',
                message: 'duplicate timestamp',
            });
        }
        if (timestamps.length < this.options.timestampThreshold) {
            throw new error_1.VerificationError({
                code: 'TIMESTAMP_ERROR',
                message: `expected ${this.options.timestampThreshold} timestamps, got ${timestamps.length}`,
            });
        }
        return timestamps.map((t) => t.timestamp);
    }
    // Checks that the signing key is valid for all of the the supplied timestamps
    // and returns the signer.
    verifySigningKey({ key }, timestamps) {
        switch (key.$case) {
            case 'public-key': {
                return (0, key_1.verifyPublicKey)(key.hint, timestamps, this.trustMaterial);
            }
            case 'certificate': {
                const result = (0, key_1.verifyCertificate)(key.certificate, timestamps, this.trustMaterial);
                /* istanbul ignore next - no fixture */
                if (containsDupes(result.scts)) {
                    throw new error_1.VerificationError({
                        code: 'CERTIFICATE_ERROR',
                        message: 'duplicate SCT',
                    });
                }
                if (result.scts.length < this.options.ctlogThreshold) {
                    throw new error_1.VerificationError({
                        code: 'CERTIFICATE_ERROR',
                        message: `expected ${this.options.ctlogThreshold} SCTs, got ${result.scts.length}`,
                    });
                }
                return result.signer;
            }
        }
    }
    // Checks that the tlog entries are valid for the supplied content
    verifyTLogs({ signature: content, tlogEntries }) {
        const entryIDs = [];
        tlogEntries.forEach((entry) => {
            (0, tlog_1.verifyTLogInclusion)(entry, this.trustMaterial.tlogs);
            (0, tlog_1.verifyTLogBody)(entry, content);
            entryIDs.push({
                logID: entry.logId.keyId,
                body: entry.canonicalizedBody,
            });
        });
        // Check for duplicate entries so that repeated copies of a single entry
        // cannot be counted more than once toward the threshold. Inclusion
        // verification authenticates the log ID and body, but a proof does not
        // authenticate the top-level log index.
        if (containsDupes(entryIDs)) {
            throw new error_1.VerificationError({
                code: 'TLOG_ERROR',
                message: 'duplicate tlog entry',
            });
        }
        if (entryIDs.length < this.options.tlogThreshold) {
            throw new error_1.VerificationError({
                code: 'TLOG_ERROR',
                message: `expected ${this.options.tlogThreshold} tlog entries, got ${entryIDs.length}`,
            });
        }
    }
    // Checks that the signature is valid for the supplied content
    verifySignature(entity, signer) {
        if (!entity.signature.verifySignature(signer.key)) {
            throw new error_1.VerificationError({
                code: 'SIGNATURE_ERROR',
                message: 'signature verification failed',
            });
        }
    }
    verifyPolicy(policy, identity) {
        // Check the subject alternative name of the signer matches the policy
        /* istanbul ignore else */
        if (policy.subjectAlternativeName) {
            (0, policy_1.verifySubjectAlternativeName)(policy.subjectAlternativeName, identity.subjectAlternativeName);
        }
        // Check that the extensions of the signer match the policy
        /* istanbul ignore else */
        if (policy.extensions) {
            (0, policy_1.verifyExtensions)(policy.extensions, identity.extensions);
        }
        // Check that the OIDs of the signer match the policy
        /* istanbul ignore if */
        if (policy.oids) {
            (0, policy_1.verifyOIDs)(policy.oids, identity.oids);
        }
    }
}
exports.Verifier = Verifier;
// Checks for duplicate items in the array. Objects are compared using
// deep equality.
function containsDupes(arr) {
    for (let i = 0; i < arr.length; i++) {
        for (let j = i + 1; j < arr.length; j++) {
            if ((0, util_1.isDeepStrictEqual)(arr[i], arr[j])) {
                return true;
            }
        }
    }
    return false;
}


/***/ }),

/***/ 8524:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Nz: () => (/* binding */ attestationEntries),
/* harmony export */   "in": () => (/* binding */ runNpmJob),
/* harmony export */   tj: () => (/* binding */ checkNpmAttestations)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);
/* harmony import */ var _core_json_strict_json_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2208);
/* harmony import */ var _core_limits_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6419);
/* harmony import */ var _core_npm_package_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(697);
/* harmony import */ var _core_npm_publish_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(9114);
/* harmony import */ var _core_policy_parse_policy_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(2390);
/* harmony import */ var _core_report_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(8557);
/* harmony import */ var _core_result_js__WEBPACK_IMPORTED_MODULE_12__ = __nccwpck_require__(9294);
/* harmony import */ var _core_verify_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(8767);
/* harmony import */ var _sources_http_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(9496);
/* harmony import */ var _sources_network_js__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(1599);
/* harmony import */ var _sources_npm_registry_js__WEBPACK_IMPORTED_MODULE_10__ = __nccwpck_require__(5459);
/* harmony import */ var _sources_trust_roots_js__WEBPACK_IMPORTED_MODULE_11__ = __nccwpck_require__(5212);













/**
 * An npm package version, with nothing but its name: the registry's sha512 (`dist.integrity`)
 * is the artifact, the SLSA provenance must satisfy the policy for subject `pkg:npm/…`, and
 * the registry's publish attestation must verify with a registry key valid when it signed.
 */
async function runNpmJob(job, ctx) {
    if (job.packages.length === 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('no package to verify', {
            hint: 'give NAME@VERSION, e.g. sigstore@3.0.0',
        });
    if (job.packages.length > _core_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .LIMITS */ .b.maxSubjects)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('LIMIT', `${job.packages.length} packages (limit ${_core_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .LIMITS */ .b.maxSubjects})`);
    if (job.policy.subjectName !== undefined)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('--subject-name is set by the npm command (pkg:npm/NAME@VERSION)');
    const packages = job.packages.map(_core_npm_package_js__WEBPACK_IMPORTED_MODULE_3__/* .parsePackageSpec */ .v4);
    const policy = (0,_core_policy_parse_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .parsePolicy */ .ON)(job.policy);
    const registry = (0,_sources_http_js__WEBPACK_IMPORTED_MODULE_8__/* .serviceBase */ .bR)(job.registry ?? _sources_network_js__WEBPACK_IMPORTED_MODULE_9__/* .DEFAULT_NPM_REGISTRY */ .aF, '--registry');
    const settings = (0,_sources_network_js__WEBPACK_IMPORTED_MODULE_9__/* .networkSettings */ .eg)(job.network ?? {}, ctx.env ?? {}, ctx.version);
    // The GitHub token has no business at a registry.
    const client = (0,_sources_network_js__WEBPACK_IMPORTED_MODULE_9__/* .clientFor */ .$V)({ ...settings, token: undefined });
    const roots = await (0,_sources_trust_roots_js__WEBPACK_IMPORTED_MODULE_11__/* .loadTrustRoots */ .k0)(job.trust);
    ctx.onRoots?.(roots);
    const keys = (0,_core_npm_publish_js__WEBPACK_IMPORTED_MODULE_4__/* .readRegistryKeys */ .I)(await (0,_sources_npm_registry_js__WEBPACK_IMPORTED_MODULE_10__/* .fetchRegistryKeys */ .us)(client, registry));
    const artifacts = await Promise.all(packages.map((pkg) => verifyPackage(pkg, { client, settings, registry, keys, roots, policyInput: job.policy })));
    return (0,_core_report_js__WEBPACK_IMPORTED_MODULE_6__/* .resultFromArtifacts */ .Hc)({ version: ctx.version, command: 'npm', policy, roots, artifacts });
}
async function verifyPackage(pkg, ctx) {
    const manifest = await (0,_sources_npm_registry_js__WEBPACK_IMPORTED_MODULE_10__/* .fetchVersionManifest */ .sZ)(ctx.client, ctx.registry, pkg);
    if (manifest === undefined)
        return missingFor(pkg, `${ctx.registry} has no ${pkg.name}@${pkg.version}`, 'check the name and the exact version');
    const sha512 = (0,_core_npm_package_js__WEBPACK_IMPORTED_MODULE_3__/* .sha512FromIntegrity */ .Sz)((0,_sources_npm_registry_js__WEBPACK_IMPORTED_MODULE_10__/* .integrityOf */ .Ll)(manifest), pkg);
    // A just-published version's attestations may lag: --retry-not-found asks again.
    const response = await (0,_sources_network_js__WEBPACK_IMPORTED_MODULE_9__/* .retryingNotFound */ .Wo)(ctx.settings, () => (0,_sources_npm_registry_js__WEBPACK_IMPORTED_MODULE_10__/* .fetchNpmAttestations */ .p9)(ctx.client, ctx.registry, pkg), (r) => r !== undefined);
    return checkNpmAttestations(pkg, sha512, attestationEntries(response, pkg), ctx);
}
/** The list in an attestations response (none when the registry has none: 404). */
function attestationEntries(response, pkg) {
    if (response === undefined)
        return [];
    if ((0,_core_json_strict_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isJsonObject */ .O)(response) && Array.isArray(response.attestations))
        return response.attestations;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('NETWORK', `npm attestations for ${pkg.name}@${pkg.version}: no "attestations" list`);
}
function missingFor(pkg, message, hint) {
    return (0,_core_result_js__WEBPACK_IMPORTED_MODULE_12__/* .missingAttestation */ .Zr)({ name: (0,_core_npm_package_js__WEBPACK_IMPORTED_MODULE_3__/* .npmPurl */ .NP)(pkg), digests: {} }, `npm:${pkg.name}@${pkg.version}`, message, hint);
}
/**
 * The registry's attestations of one version, already fetched: the SLSA provenance under the
 * policy (subject `pkg:npm/…` with the registry's sha512) and the publish attestation under
 * the registry's keys. The deps command calls this with what it fetched itself.
 */
function checkNpmAttestations(pkg, sha512, entries, ctx) {
    const purl = (0,_core_npm_package_js__WEBPACK_IMPORTED_MODULE_3__/* .npmPurl */ .NP)(pkg);
    if (entries.length === 0)
        return missingFor(pkg, `${pkg.name}@${pkg.version} has no attestations on ${ctx.registry}`, 'it was published without provenance (npm publish --provenance, or trusted publishing)');
    if (entries.length > _core_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .LIMITS */ .b.maxAttestations)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('LIMIT', `${entries.length} attestations (limit ${_core_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .LIMITS */ .b.maxAttestations})`);
    const origin = (i) => `npm:${pkg.name}@${pkg.version}#${i + 1}`;
    const publish = [];
    const provenance = [];
    entries.forEach((entry, i) => {
        if (!(0,_core_json_strict_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isJsonObject */ .O)(entry) || !(0,_core_json_strict_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isJsonObject */ .O)(entry.bundle))
            provenance.push({
                origin: origin(i),
                kind: 'invalid',
                error: new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('BUNDLE_SHAPE', 'attestation entry has no bundle'),
            });
        else if (entry.predicateType === _core_npm_package_js__WEBPACK_IMPORTED_MODULE_3__/* .NPM_PUBLISH_PREDICATE */ .Ko)
            publish.push([origin(i), entry.bundle]);
        else
            provenance.push({ origin: origin(i), kind: 'bundle', json: entry.bundle });
    });
    if (provenance.length === 0)
        return missingFor(pkg, `${pkg.name}@${pkg.version} has only the registry's publish attestation, no provenance`, 'provenance says who built it; publish with npm publish --provenance or trusted publishing');
    const policy = (0,_core_policy_parse_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .parsePolicy */ .ON)({ ...ctx.policyInput, subjectName: purl });
    const [checked] = (0,_core_verify_js__WEBPACK_IMPORTED_MODULE_7__/* .verifyArtifacts */ .F)({
        policy,
        roots: ctx.roots,
        artifacts: [{ name: purl, digests: { sha512 } }],
        attestations: provenance,
    });
    const published = publish.map(([o, bundle]) => (0,_core_npm_publish_js__WEBPACK_IMPORTED_MODULE_4__/* .verifyPublishAttestation */ .v)(o, bundle, pkg, sha512, ctx.keys, ctx.roots));
    const publishResults = published.length > 0
        ? published
        : [
            {
                origin: `npm:${pkg.name}@${pkg.version}`,
                verdict: 'failed',
                checks: [
                    (0,_core_result_js__WEBPACK_IMPORTED_MODULE_12__/* .fail */ .fJ)('publish-signature', 'NO_ATTESTATION', 'the registry gives no publish attestation for this version', {
                        hint: 'a registry that attests provenance also signs the publish; without it the tarball digest is unproven',
                    }),
                ],
                warnings: [],
            },
        ];
    const publishOk = publishResults.some((r) => r.verdict === 'verified');
    const provenanceVerdict = checked?.verdict ?? 'failed';
    return {
        name: purl,
        digests: { sha512 },
        verdict: publishOk ? provenanceVerdict : 'failed',
        attestations: [...(checked?.attestations ?? []), ...publishResults],
    };
}


/***/ }),

/***/ 8645:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ checkPypiProvenance),
/* harmony export */   f: () => (/* binding */ runPypiJob)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4296);
/* harmony import */ var _core_json_strict_json_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2208);
/* harmony import */ var _core_limits_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6419);
/* harmony import */ var _core_policy_parse_policy_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(2390);
/* harmony import */ var _core_pypi_provenance_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(8025);
/* harmony import */ var _core_report_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(8557);
/* harmony import */ var _core_result_js__WEBPACK_IMPORTED_MODULE_13__ = __nccwpck_require__(9294);
/* harmony import */ var _core_verify_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(8767);
/* harmony import */ var _sources_artifacts_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(3357);
/* harmony import */ var _sources_http_js__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(9496);
/* harmony import */ var _sources_network_js__WEBPACK_IMPORTED_MODULE_10__ = __nccwpck_require__(1599);
/* harmony import */ var _sources_pypi_index_js__WEBPACK_IMPORTED_MODULE_11__ = __nccwpck_require__(1737);
/* harmony import */ var _sources_trust_roots_js__WEBPACK_IMPORTED_MODULE_12__ = __nccwpck_require__(5212);














const PROJECT = /^([A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9._-]*[A-Za-z0-9])$/;
const VERSION = /^[A-Za-z0-9][A-Za-z0-9.+!_-]*$/;
/**
 * A PyPI release file, with nothing but its project and version: PEP 740 provenance from the
 * integrity API, each attestation turned into its Sigstore bundle, the policy checked with
 * the Trusted Publisher rule (the caller workflow is the publisher), and PyPI's publisher
 * record checked against the certificate.
 */
async function runPypiJob(job, ctx) {
    if (!PROJECT.test(job.project))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${JSON.stringify(job.project)} is not a PyPI project name`);
    if (!VERSION.test(job.version) || job.version.length > 128)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${JSON.stringify(job.version)} is not a release version`);
    if (job.policy.subjectName !== undefined)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('--subject-name is set by the pypi command (the file name)');
    const policyInput = { predicateType: _core_pypi_provenance_js__WEBPACK_IMPORTED_MODULE_5__/* .PYPI_PUBLISH_PREDICATE */ .tP, ...job.policy };
    const policy = (0,_core_policy_parse_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .parsePolicy */ .ON)(policyInput, { defaultSigner: 'caller' });
    const index = (0,_sources_http_js__WEBPACK_IMPORTED_MODULE_9__/* .serviceBase */ .bR)(job.index ?? _sources_network_js__WEBPACK_IMPORTED_MODULE_10__/* .DEFAULT_PYPI_INDEX */ .yO, '--index');
    const settings = (0,_sources_network_js__WEBPACK_IMPORTED_MODULE_10__/* .networkSettings */ .eg)(job.network ?? {}, ctx.env ?? {}, ctx.version);
    const client = (0,_sources_network_js__WEBPACK_IMPORTED_MODULE_10__/* .clientFor */ .$V)({ ...settings, token: undefined });
    const roots = await (0,_sources_trust_roots_js__WEBPACK_IMPORTED_MODULE_12__/* .loadTrustRoots */ .k0)(job.trust);
    ctx.onRoots?.(roots);
    const files = job.file !== undefined
        ? [{ name: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(job.file), digests: await (0,_sources_artifacts_js__WEBPACK_IMPORTED_MODULE_8__/* .hashFile */ .DC)(job.file) }]
        : await releaseFiles(client, index, job.project, job.version);
    const artifacts = await Promise.all(files.map((file) => verifyFile(file, { client, settings, index, job, roots, policyInput })));
    return (0,_core_report_js__WEBPACK_IMPORTED_MODULE_6__/* .resultFromArtifacts */ .Hc)({ version: ctx.version, command: 'pypi', policy, roots, artifacts });
}
async function releaseFiles(client, index, project, version) {
    const release = await (0,_sources_pypi_index_js__WEBPACK_IMPORTED_MODULE_11__/* .fetchRelease */ .uY)(client, index, project, version);
    const urls = (0,_core_json_strict_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isJsonObject */ .O)(release) ? release.urls : undefined;
    if (release !== undefined && !Array.isArray(urls))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .Gz('NETWORK', `PyPI ${project} ${version}: no "urls" list`);
    const files = (Array.isArray(urls) ? urls : []).flatMap((u) => {
        const digests = (0,_core_json_strict_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isJsonObject */ .O)(u) ? u.digests : undefined;
        const sha256 = (0,_core_json_strict_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isJsonObject */ .O)(digests) ? digests.sha256 : undefined;
        if (!(0,_core_json_strict_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isJsonObject */ .O)(u) ||
            typeof u.filename !== 'string' ||
            typeof sha256 !== 'string' ||
            !/^[0-9a-f]{64}$/.test(sha256))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .Gz('NETWORK', `PyPI ${project} ${version}: a file without a name or sha256`);
        return [{ name: u.filename, digests: { sha256 } }];
    });
    if (files.length === 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .Gz('NO_ATTESTATION', `${index} has no files for ${project} ${version}`, {
            hint: 'check the project name and the exact version',
        });
    if (files.length > _core_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .LIMITS */ .b.maxSubjects)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .Gz('LIMIT', `${files.length} files (limit ${_core_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .LIMITS */ .b.maxSubjects})`);
    return files;
}
async function verifyFile(file, ctx) {
    const { project, version } = ctx.job;
    const origin = `pypi:${file.name}`;
    // A just-uploaded file's provenance may lag: --retry-not-found asks again.
    const provenance = await (0,_sources_network_js__WEBPACK_IMPORTED_MODULE_10__/* .retryingNotFound */ .Wo)(ctx.settings, () => (0,_sources_pypi_index_js__WEBPACK_IMPORTED_MODULE_11__/* .fetchProvenance */ .im)(ctx.client, ctx.index, project, version, file.name), (p) => p !== undefined);
    if (provenance === undefined)
        return (0,_core_result_js__WEBPACK_IMPORTED_MODULE_13__/* .missingAttestation */ .Zr)(file, origin, `${ctx.index} has no provenance for ${file.name}`, 'it was uploaded without attestations (pypa/gh-action-pypi-publish attests by default with Trusted Publishing), or the name or version is wrong');
    return checkPypiProvenance(file, provenance, ctx.roots, ctx.policyInput);
}
/**
 * One file's PEP 740 provenance, already fetched: each attestation as its bundle, the policy
 * with the Trusted Publisher rule (subject: the file name and digest), and PyPI's publisher
 * record against the certificate. The deps command calls this with what it fetched itself.
 */
function checkPypiProvenance(file, provenance, roots, policyInput) {
    const found = (0,_core_pypi_provenance_js__WEBPACK_IMPORTED_MODULE_5__/* .readPypiProvenance */ .OH)(`pypi:${file.name}`, provenance);
    const policy = (0,_core_policy_parse_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .parsePolicy */ .ON)({ ...policyInput, subjectName: file.name }, { defaultSigner: 'caller' });
    const [checked] = (0,_core_verify_js__WEBPACK_IMPORTED_MODULE_7__/* .verifyArtifacts */ .F)({
        policy,
        roots,
        artifacts: [file],
        attestations: found.map((f) => f.candidate),
    });
    const publishers = new Map(found.map((f) => [f.candidate.origin, f.publisher]));
    const attestations = (checked?.attestations ?? []).map((a) => withPublisher(a, publishers.get(a.origin)));
    return {
        ...file,
        verdict: (0,_core_verify_js__WEBPACK_IMPORTED_MODULE_7__/* .combineVerdicts */ .a)(attestations.map((a) => a.verdict)),
        attestations,
    };
}
/** Add the Trusted Publisher checks to an attestation that was read (certificate known). */
function withPublisher(result, publisher) {
    if (publisher === undefined || result.identity === undefined)
        return result;
    const checks = (0,_core_pypi_provenance_js__WEBPACK_IMPORTED_MODULE_5__/* .checkPublisher */ .bp)(publisher, result);
    const failed = checks.some((c) => c.status === 'fail');
    return {
        ...result,
        checks: [...result.checks, ...checks],
        verdict: failed ? 'failed' : result.verdict,
    };
}


/***/ }),

/***/ 6890:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  GF: () => (/* binding */ DEPS_OPTIONS),
  Q0: () => (/* binding */ INSPECT_OPTIONS),
  vA: () => (/* binding */ NPM_OPTIONS),
  _w: () => (/* binding */ PYPI_OPTIONS),
  Qb: () => (/* binding */ TRUST_OPTIONS),
  Su: () => (/* binding */ VERIFY_BUNDLE_OPTIONS),
  nn: () => (/* binding */ VERIFY_OPTIONS),
  eb: () => (/* binding */ networkInputFromFlags),
  qg: () => (/* binding */ parse),
  Xc: () => (/* binding */ parseFormat),
  uK: () => (/* binding */ parseFrom),
  ED: () => (/* binding */ policyInputFromFlags),
  sB: () => (/* binding */ refuseFlags),
  U5: () => (/* binding */ requestedFormat),
  aE: () => (/* binding */ trustFromFlags)
});

// UNUSED EXPORTS: NETWORK_OPTIONS

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
// EXTERNAL MODULE: ./src/core/policy/fields.ts
var fields = __nccwpck_require__(3509);
;// CONCATENATED MODULE: ./src/cli/args.ts



/** Where trust comes from; shared by every command that verifies. */
const TRUST_OPTIONS = {
    'trusted-root': { type: 'string' },
    offline: { type: 'boolean' },
    'tuf-mirror': { type: 'string' },
    'tuf-root': { type: 'string' },
    'github-tuf-root': { type: 'string' },
    'github-tuf-mirror': { type: 'string' },
};
/** Trust flags → the trust-root options. */
function trustFromFlags(values) {
    return {
        trustedRootFile: values['trusted-root'],
        offline: values.offline,
        tufMirror: values['tuf-mirror'],
        tufRoot: values['tuf-root'],
        githubTufRoot: values['github-tuf-root'],
        githubTufMirror: values['github-tuf-mirror'],
    };
}
/** Network flags, shared by every command that fetches. Names match the action inputs. */
const NETWORK_OPTIONS = {
    timeout: { type: 'string' },
    'retry-not-found': { type: 'string' },
    concurrency: { type: 'string' },
    token: { type: 'string' },
    'github-api-url': { type: 'string' },
    'rekor-url': { type: 'string' },
};
/** Network flags → the shared network input. */
function networkInputFromFlags(values) {
    return {
        timeout: values.timeout,
        retryNotFound: values['retry-not-found'],
        concurrency: values.concurrency,
        token: values.token,
        githubApiUrl: values['github-api-url'],
    };
}
function parseFrom(value) {
    if (value === undefined || value === 'file' || value === 'github')
        return value;
    throw new errors/* UsageError */.eb(`--from must be file or github, got ${JSON.stringify(value)}`);
}
/** Flags of `verify`. Names match the action inputs and the Policy fields. */
const VERIFY_OPTIONS = {
    bundle: { type: 'string', multiple: true },
    repo: { type: 'string' },
    owner: { type: 'string' },
    'cert-identity': { type: 'string' },
    'signer-workflow': { type: 'string' },
    'signer-repo': { type: 'string' },
    'caller-workflow': { type: 'string' },
    'source-ref': { type: 'string' },
    'source-branch': { type: 'string' },
    'source-tag': { type: 'string' },
    'source-versioned-tag': { type: 'string' },
    'source-digest': { type: 'string' },
    'builder-id': { type: 'string' },
    'workflow-input': { type: 'string', multiple: true },
    trigger: { type: 'string', multiple: true },
    'cert-oidc-issuer': { type: 'string' },
    'predicate-type': { type: 'string' },
    'allow-self-hosted-runners': { type: 'boolean' },
    'repo-id': { type: 'string' },
    'owner-id': { type: 'string' },
    'subject-name': { type: 'string' },
    ...TRUST_OPTIONS,
    format: { type: 'string' },
    ...NETWORK_OPTIONS,
    from: { type: 'string' },
};
/** `npm`: the policy, trust and network flags of `verify`, and `--registry`. */
const NPM_OPTIONS = {
    ...VERIFY_OPTIONS,
    registry: { type: 'string' },
};
/** `pypi`: the policy, trust and network flags of `verify`, and `--index`. */
const PYPI_OPTIONS = {
    ...VERIFY_OPTIONS,
    index: { type: 'string' },
};
/**
 * `deps`: lockfiles, the policy and pin files, the base, registries, the cache; trust flags and
 * the network flags that apply to registries (no GitHub token or API, no Rekor).
 */
const DEPS_OPTIONS = {
    policy: { type: 'string' },
    pins: { type: 'string' },
    'update-pins': { type: 'boolean' },
    base: { type: 'string' },
    'base-ref': { type: 'string' },
    registry: { type: 'string' },
    index: { type: 'string' },
    'cache-dir': { type: 'string' },
    'no-cache': { type: 'boolean' },
    ...TRUST_OPTIONS,
    timeout: { type: 'string' },
    'retry-not-found': { type: 'string' },
    concurrency: { type: 'string' },
    format: { type: 'string' },
};
const VERIFY_BUNDLE_OPTIONS = {
    bundle: { type: 'string' },
    'certificate-identity': { type: 'string' },
    'certificate-oidc-issuer': { type: 'string' },
    key: { type: 'string' },
    'trusted-root': { type: 'string' },
    staging: { type: 'boolean' },
    offline: { type: 'boolean' },
};
const INSPECT_OPTIONS = {
    format: { type: 'string' },
};
function parse(args, options) {
    try {
        return (0,external_node_util_namespaceObject.parseArgs)({ args, options, allowPositionals: true, strict: true });
    }
    catch (err) {
        throw new errors/* UsageError */.eb(err instanceof Error ? err.message.replace(/\. To specify.*$/s, '') : String(err), { hint: 'run verify-provenance --help' });
    }
}
/** `verify` flags → the policy input, through the one field table the action uses too. */
function policyInputFromFlags(v) {
    const values = v;
    return (0,fields/* policyInputFrom */.P)((field) => values[field.flag]);
}
const FORMAT_OPTIONS = {
    verify: VERIFY_OPTIONS,
    npm: NPM_OPTIONS,
    pypi: PYPI_OPTIONS,
    deps: DEPS_OPTIONS,
    inspect: INSPECT_OPTIONS,
};
/** Flags of `verify` that a package command sets itself. */
function refuseFlags(values, command, flags) {
    for (const flag of flags)
        if (values[flag] !== undefined)
            throw new errors/* UsageError */.eb(`--${flag} does not apply to ${command}: it finds the attestations itself`);
}
function parseFormat(value) {
    if (value === undefined || value === 'text' || value === 'json')
        return value ?? 'text';
    throw new errors/* UsageError */.eb(`--format must be text or json, got ${JSON.stringify(value)}`);
}
/**
 * The `--format` a command line asks for, read leniently (with the command's own option table,
 * so option values are never mistaken for flags) so that even a usage error is reported in it.
 */
function requestedFormat(command, args) {
    const options = FORMAT_OPTIONS[command ?? ''];
    if (options === undefined)
        return undefined;
    const { values } = (0,external_node_util_namespaceObject.parseArgs)({ args, options, allowPositionals: true, strict: false });
    const format = values.format;
    return typeof format === 'string' ? format : undefined;
}


/***/ }),

/***/ 810:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  R: () => (/* binding */ jobContext)
});

;// CONCATENATED MODULE: ./src/render/trust-note.ts
const DAY = 24 * 60 * 60 * 1000;
/** Which trust is in use and how old its newest key is, one line per root. */
function trustNotes(roots, now) {
    return roots.map((root) => {
        const newest = root.newestKeyStart;
        const age = newest === undefined
            ? ''
            : `, newest key from ${newest.toISOString().slice(0, 10)} (${Math.floor((now.getTime() - newest.getTime()) / DAY)} days ago)`;
        return `trust: ${root.label}${age}`;
    });
}

;// CONCATENATED MODULE: ./src/cli/io.ts

/** What every verifying command tells the shared job: version, command, env, trust notes on stderr. */
function jobContext(io, version, command) {
    return {
        version,
        command,
        env: io.env,
        onRoots: (roots) => trustNotes(roots, new Date()).forEach((line) => io.stderr(`${line}\n`)),
    };
}


/***/ }),

/***/ 7989:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ decodeStrictBase64)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);

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

/***/ 7411:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ parseLegacyEnvelope)
/* harmony export */ });
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3917);
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(_sigstore_core__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4296);
/* harmony import */ var _json_strict_json_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2208);
/* harmony import */ var _base64_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7989);
/* harmony import */ var _media_type_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(817);





/**
 * A bare DSSE envelope with the certificate beside the signature (slsa-github-generator's
 * `.intoto.jsonl` before it emitted bundles). It carries no log material, so offline it can be
 * read and checked against the policy but never proven.
 */
function parseLegacyEnvelope(json) {
    if (!(0,_json_strict_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isJsonObject */ .O)(json))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .Gz('MALFORMED', 'envelope is not a JSON object');
    if (json.payloadType !== _media_type_js__WEBPACK_IMPORTED_MODULE_4__/* .IN_TOTO_PAYLOAD_TYPE */ .T4) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .Gz('PAYLOAD_TYPE', `DSSE payloadType is ${JSON.stringify(json.payloadType ?? null)}, expected "${_media_type_js__WEBPACK_IMPORTED_MODULE_4__/* .IN_TOTO_PAYLOAD_TYPE */ .T4}"`);
    }
    const signatures = json.signatures;
    if (!Array.isArray(signatures) || signatures.length !== 1 || !(0,_json_strict_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isJsonObject */ .O)(signatures[0])) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .Gz('BUNDLE_SHAPE', 'DSSE envelope must carry exactly one signature');
    }
    const signature = signatures[0];
    (0,_base64_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeStrictBase64 */ .L)(signature.sig, 'DSSE signature');
    const cert = signature.cert;
    if (typeof cert !== 'string' || !cert.includes('BEGIN CERTIFICATE')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .Gz('BUNDLE_SHAPE', 'DSSE envelope has no signing certificate: it needs a transparency-log search to be verified');
    }
    let leaf;
    try {
        leaf = _sigstore_core__WEBPACK_IMPORTED_MODULE_0__.X509Certificate.parse(cert);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .Gz('MALFORMED', `envelope certificate is not valid PEM/DER: ${String(err)}`);
    }
    return {
        payload: (0,_base64_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeStrictBase64 */ .L)(json.payload, 'DSSE payload'),
        leaf,
        envelope: json,
        signature,
    };
}


/***/ }),

/***/ 817:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ parseBundle)
});

// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __nccwpck_require__(1040);
// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var core_dist = __nccwpck_require__(3917);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
// EXTERNAL MODULE: ./src/core/json/strict-json.ts
var strict_json = __nccwpck_require__(2208);
// EXTERNAL MODULE: ./src/core/limits.ts
var limits = __nccwpck_require__(6419);
// EXTERNAL MODULE: ./src/core/bundle/base64.ts
var base64 = __nccwpck_require__(7989);
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
var media_type = __nccwpck_require__(817);
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
    try {
        return core_dist.X509Certificate.parse(Buffer.from(raw));
    }
    catch (err) {
        throw new errors/* VerifyError */.Gz('MALFORMED', `signing certificate is not valid DER: ${String(err)}`);
    }
}


/***/ }),

/***/ 7265:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/***/ 5871:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   KE: () => (/* binding */ loadTrustedRoot),
/* harmony export */   PD: () => (/* binding */ selectRoot)
/* harmony export */ });
/* unused harmony export describeName */
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3917);
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(_sigstore_core__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9654);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(_sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _sigstore_verify__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4187);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4296);
/* harmony import */ var _json_strict_json_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(2208);





const ROOT_MEDIA_TYPE_PREFIX = 'application/vnd.dev.sigstore.trustedroot';
/** Validate and load a trusted_root.json document. Missing validity starts are rejected. */
function loadTrustedRoot(json, label) {
    if (!(0,_json_strict_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isJsonObject */ .O)(json))
        throw rootError(label, 'not a JSON object');
    const mediaType = json.mediaType;
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
 * more precise). Key-signed bundles have no leaf and use the first root.
 */
function selectRoot(roots, leaf) {
    const first = roots[0];
    if (first === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .VerifyError */ .Gz('TRUST_ROOT', 'no trusted root was given');
    if (leaf === undefined)
        return first;
    const issuer = leaf.issuer;
    const match = roots.find((r) => r.caSubjects.some((s) => s.equals(issuer)));
    if (match !== undefined)
        return match;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .VerifyError */ .Gz('CERT_CHAIN', `no trusted root has the CA that issued this certificate (issuer ${describeName(issuer)})`, {
        hint: "pass the matching --trusted-root (for GitHub private repositories: GitHub's root from `gh attestation trusted-root`)",
    });
}
function rootError(label, why) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .VerifyError */ .Gz('TRUST_ROOT', `trusted root ${label} ${why}`);
}
/** Printable organisation / common name from a DER Name, for messages only. */
function describeName(der) {
    try {
        const parts = [];
        for (const rdn of _sigstore_core__WEBPACK_IMPORTED_MODULE_0__.ASN1Obj.parseBuffer(Buffer.from(der)).subs) {
            for (const attr of rdn.subs) {
                const label = NAME_LABELS[attr.subs[0]?.toOID() ?? ''];
                const value = attr.subs[1]?.value.toString('utf8');
                if (label !== undefined && value !== undefined)
                    parts.push(`${label}=${value}`);
            }
        }
        return parts.length > 0 ? parts.join(', ') : '(unnamed)';
    }
    catch {
        return '(unreadable name)';
    }
}
const NAME_LABELS = { '2.5.4.10': 'O', '2.5.4.3': 'CN' };


/***/ }),

/***/ 6463:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  V: () => (/* binding */ evidenceFields),
  l: () => (/* binding */ verifyBundleCrypto)
});

// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var dist = __nccwpck_require__(3917);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __nccwpck_require__(4187);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
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

// EXTERNAL MODULE: ./src/core/crypto/trust.ts
var trust = __nccwpck_require__(5871);
;// CONCATENATED MODULE: ./src/core/crypto/verify-signature.ts





const CODE_SIGNING_EKU = '1.3.6.1.5.5.7.3.3';
/**
 * Everything cryptographic, through @sigstore/verify: signed time (TSA token or SET; a bare
 * integratedTime never counts), certificate chain to a CA of the selected root valid at every
 * signed time, SCT, transparency-log inclusion bound to this signature, and the signature.
 * Thresholds follow the root: a root without logs (GitHub's instance) needs a TSA timestamp.
 */
function verifyBundleCrypto(parsed, roots, options = {}) {
    checkKeyMaterial(parsed, options);
    if (parsed.bundle.content.$case === 'messageSignature' && options.artifact === undefined) {
        throw new errors/* VerifyError */.Gz('USAGE', 'a message-signature bundle can only be checked against the artifact file', {
            hint: 'pass the file itself rather than its digest',
        });
    }
    if (parsed.leaf !== undefined)
        checkCodeSigning(parsed.leaf);
    const root = (0,trust/* selectRoot */.PD)(roots, parsed.leaf);
    const material = withKey(root.material, options.publicKey, options.keyValidAt);
    const verifier = new verify_dist/* Verifier */.BL(material, {
        tlogThreshold: root.hasTlogs ? 1 : 0,
        ctlogThreshold: parsed.leaf !== undefined && root.hasCtlogs ? 1 : 0,
        timestampThreshold: 1,
    });
    let signer;
    try {
        signer = verifier.verify((0,verify_dist/* toSignedEntity */.DC)(parsed.bundle, options.artifact));
    }
    catch (err) {
        throw mapSigstoreError(err);
    }
    return { rootLabel: root.label, signer, ...summarize(parsed) };
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
function checkCodeSigning(leaf) {
    const eku = leaf.extension('2.5.29.37');
    const usages = eku?.valueObj.subs[0]?.subs.map((s) => s.toOID()) ?? [];
    if (!usages.includes(CODE_SIGNING_EKU)) {
        throw new errors/* VerifyError */.Gz('CERT_CHAIN', 'signing certificate is not valid for code signing (no codeSigning EKU)');
    }
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

/***/ 2696:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ isWeak),
/* harmony export */   o: () => (/* binding */ WEAK_AGREEMENT)
/* harmony export */ });
/** The start of the message of a lockfile agreement by sha1 alone. */
const WEAK_AGREEMENT = "the lockfile's sha1 is the registry's";
/** A lockfile agreement by sha1 alone: it passes, with a warning (sha1 does not bind). */
function isWeak(check) {
    return (check.id === 'lockfile-integrity' &&
        check.status === 'pass' &&
        check.message.startsWith(WEAK_AGREEMENT));
}


/***/ }),

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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


/***/ }),

/***/ 9067:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BK: () => (/* binding */ parseWorkflowUri),
/* harmony export */   F: () => (/* binding */ asciiLower),
/* harmony export */   F2: () => (/* binding */ GITHUB_HOST),
/* harmony export */   Kf: () => (/* binding */ formatRepo),
/* harmony export */   Vp: () => (/* binding */ formatWorkflow),
/* harmony export */   Zj: () => (/* binding */ sameRepo),
/* harmony export */   mp: () => (/* binding */ parseRepoUri),
/* harmony export */   q: () => (/* binding */ sameName),
/* harmony export */   yi: () => (/* binding */ isValidOwner),
/* harmony export */   zd: () => (/* binding */ isValidRepo)
/* harmony export */ });
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
/** `https://HOST/OWNER/REPO` (as in Fulcio 1.12) → parts; anything else → undefined. */
function parseRepoUri(uri) {
    if (uri === undefined)
        return undefined;
    const m = /^https:\/\/([^/@:]+)\/([^/]+)\/([^/]+)$/.exec(uri);
    if (!m || m[1] === undefined || m[2] === undefined || m[3] === undefined)
        return undefined;
    return { host: asciiLower(m[1]), owner: m[2], repo: m[3] };
}
/**
 * `https://HOST/OWNER/REPO/PATH@REF` (a SAN, Build Signer URI or Build Config URI). The ref
 * starts at the first `@` after the path: refs may contain `@`, workflow paths do not.
 */
function parseWorkflowUri(uri) {
    if (uri === undefined)
        return undefined;
    const m = /^https:\/\/([^/@:]+)\/([^/@]+)\/([^/@]+)\/([^@]+?)(?:@(.+))?$/.exec(uri);
    if (!m || m[1] === undefined || m[2] === undefined || m[3] === undefined || m[4] === undefined)
        return undefined;
    return { host: asciiLower(m[1]), owner: m[2], repo: m[3], path: m[4], ref: m[5] };
}
function formatWorkflow(w) {
    return `${w.host}/${w.owner}/${w.repo}/${w.path}${w.ref === undefined ? '' : `@${w.ref}`}`;
}


/***/ }),

/***/ 8205:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   KH: () => (/* binding */ isFullRefOrSha),
/* harmony export */   W0: () => (/* binding */ branchOf),
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
function isFullRefOrSha(ref) {
    return /^refs\/[^\s]+$/.test(ref) || /^[0-9a-f]{40}$|^[0-9a-f]{64}$/.test(ref);
}


/***/ }),

/***/ 3756:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $J: () => (/* binding */ effectiveRepoPath),
/* harmony export */   PR: () => (/* binding */ effectiveIssuer),
/* harmony export */   oy: () => (/* binding */ isWorkflowIdentity),
/* harmony export */   pn: () => (/* binding */ effectiveCommit),
/* harmony export */   sU: () => (/* binding */ readCertificateIdentity),
/* harmony export */   tn: () => (/* binding */ effectiveRef),
/* harmony export */   wO: () => (/* binding */ effectiveTrigger)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);
/* harmony import */ var _der_string_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6655);


const FULCIO = '1.3.6.1.4.1.57264.1.';
const SAN_OID = '2.5.29.17';
const OTHERNAME_SAN_OID = `${FULCIO}7`;
/** Fulcio v2 extensions (DER UTF8String values), by OID suffix. */
const V2_FIELDS = {
    8: 'issuer',
    9: 'buildSignerUri',
    10: 'buildSignerDigest',
    11: 'runnerEnvironment',
    12: 'sourceRepositoryUri',
    13: 'sourceRepositoryDigest',
    14: 'sourceRepositoryRef',
    15: 'sourceRepositoryId',
    16: 'sourceRepositoryOwnerUri',
    17: 'sourceRepositoryOwnerId',
    18: 'buildConfigUri',
    19: 'buildConfigDigest',
    20: 'buildTrigger',
    21: 'runInvocationUri',
    22: 'sourceRepositoryVisibility',
};
/** Deprecated Fulcio extensions (raw string values), by OID suffix. */
const LEGACY_FIELDS = {
    1: 'issuer',
    2: 'trigger',
    3: 'sha',
    4: 'workflowName',
    5: 'repository',
    6: 'ref',
};
/**
 * Read the identity from the leaf with our own DER-aware code: every value must be a single,
 * well-formed extension; a duplicated extension, or a deprecated value that disagrees with its
 * v2 counterpart, is a conflict rather than a choice.
 */
function readCertificateIdentity(cert) {
    try {
        return readIdentity(cert);
    }
    catch (err) {
        // @sigstore/core decodes lazily: a malformed extension or SAN surfaces here as a plain
        // Error. The certificate is untrusted input (a legacy envelope's is not yet verified).
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz)
            throw err;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('MALFORMED', `certificate cannot be decoded: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
    }
}
function readIdentity(cert) {
    const seen = new Set();
    const v2 = {};
    const legacy = {};
    for (const ext of cert.extensions) {
        const oid = ext.subs[0]?.toOID() ?? '';
        if (seen.has(oid))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('ID_CONFLICT', `certificate has extension ${oid} more than once`);
        seen.add(oid);
        if (!oid.startsWith(FULCIO))
            continue;
        const suffix = Number(oid.slice(FULCIO.length));
        const raw = extnValue(ext.subs);
        if (suffix in V2_FIELDS) {
            v2[V2_FIELDS[suffix]] = (0,_der_string_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeDerUtf8String */ .w)(raw, `extension ${oid}`);
        }
        else if (suffix in LEGACY_FIELDS) {
            legacy[LEGACY_FIELDS[suffix]] = (0,_der_string_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeUtf8 */ ._)(raw, `extension ${oid}`);
        }
    }
    const identity = { ...v2, san: readSan(cert), legacy };
    checkLegacyAgreement(identity);
    return identity;
}
function extnValue(subs) {
    const last = subs[subs.length - 1];
    if (last === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('MALFORMED', 'certificate extension has no value');
    return last.value;
}
function readSan(cert) {
    const ext = cert.extSubjectAltName;
    if (ext === undefined)
        return undefined;
    const names = ext.valueObj.subs[0]?.subs ?? [];
    if (names.length !== 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('ID_CONFLICT', `certificate SAN has ${names.length} names; Fulcio issues exactly one`);
    }
    const name = names[0];
    if (name === undefined)
        return undefined;
    if (name.tag.isContextSpecific(0x06))
        return { kind: 'uri', value: (0,_der_string_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeUtf8 */ ._)(name.value, 'SAN URI') };
    if (name.tag.isContextSpecific(0x01))
        return { kind: 'email', value: (0,_der_string_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeUtf8 */ ._)(name.value, 'SAN email') };
    if (name.tag.isContextSpecific(0x00)) {
        const value = ext.otherName(OTHERNAME_SAN_OID);
        if (value !== undefined)
            return { kind: 'otherName', value };
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('MALFORMED', `certificate ${SAN_OID} holds an unsupported name type`);
}
/** Deprecated and v2 values describe the same claim; they must not disagree (slsa-verifier). */
function checkLegacyAgreement(id) {
    const pairs = [
        [id.legacy.issuer, id.issuer, 'issuer (1.1 vs 1.8)'],
        [id.legacy.sha, id.sourceRepositoryDigest, 'commit (1.3 vs 1.13)'],
        [id.legacy.ref, id.sourceRepositoryRef, 'ref (1.6 vs 1.14)'],
        [id.legacy.trigger, id.buildTrigger, 'trigger (1.2 vs 1.20)'],
    ];
    const repoPath = id.sourceRepositoryUri?.replace(/^https:\/\/[^/]+\//, '');
    pairs.push([id.legacy.repository, repoPath, 'repository (1.5 vs 1.12)']);
    for (const [old, current, what] of pairs) {
        if (old !== undefined && current !== undefined && old !== current) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('ID_CONFLICT', `certificate ${what} disagree: "${old}" vs "${current}"`);
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
/** `owner/repo` of the source repository as the certificate states it. */
function effectiveRepoPath(id) {
    return id.sourceRepositoryUri?.replace(/^https:\/\/[^/]+\//, '') ?? id.legacy.repository;
}
/** True when the certificate was issued to a CI workflow (it names a signer workflow). */
function isWorkflowIdentity(id) {
    return id.buildSignerUri !== undefined || id.legacy.repository !== undefined;
}


/***/ }),

/***/ 6655:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ decodeUtf8),
/* harmony export */   w: () => (/* binding */ decodeDerUtf8String)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);

const UTF8_STRING = 0x0c;
const decoder = new TextDecoder('utf-8', { fatal: true });
/**
 * Decode a whole buffer as one DER UTF8String: tag 0x0c, minimal length, no trailing bytes,
 * valid UTF-8. Fulcio writes OIDs 1.3.6.1.4.1.57264.1.8 and later this way.
 */
function decodeDerUtf8String(buf, what) {
    if (buf[0] !== UTF8_STRING)
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
function decodeUtf8(buf, what) {
    try {
        return decoder.decode(buf);
    }
    catch {
        throw malformed(what, 'is not valid UTF-8');
    }
}
function malformed(what, why) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('MALFORMED', `certificate ${what} ${why}`);
}


/***/ }),

/***/ 2208:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ isJsonObject),
/* harmony export */   R: () => (/* binding */ parseStrictJson)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6419);


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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ LIMITS)
/* harmony export */ });
/** Limits on untrusted input, checked before heavy work (values follow sigstore-go and cosign). */
const LIMITS = {
    /** One bundle, JSONL or API response file. */
    maxInputBytes: 16 * 1024 * 1024,
    /** Attestations considered for one artifact. */
    maxAttestations: 100,
    maxTlogEntries: 32,
    maxTimestamps: 32,
    maxSubjects: 1024,
    maxDigestsPerSubject: 32,
    maxJsonDepth: 64,
    /** Decoded DSSE payload. */
    maxPayloadBytes: 8 * 1024 * 1024,
};


/***/ }),

/***/ 697:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ko: () => (/* binding */ NPM_PUBLISH_PREDICATE),
/* harmony export */   NP: () => (/* binding */ npmPurl),
/* harmony export */   Sz: () => (/* binding */ sha512FromIntegrity),
/* harmony export */   v4: () => (/* binding */ parsePackageSpec)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);

const NPM_PUBLISH_PREDICATE = 'https://github.com/npm/attestation/tree/main/specs/publish/v0.1';
// npm's rules for new names: lower case, URL-safe, at most 214 characters, optional @scope/.
const NAME = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;
// An exact semantic version (no ranges, no tags): npm attests one published version.
const VERSION = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;
/** `name@version` or `@scope/name@version`, exactly: ranges and dist-tags are refused. */
function parsePackageSpec(spec) {
    const at = spec.lastIndexOf('@');
    const name = at > 0 ? spec.slice(0, at) : spec;
    const version = at > 0 ? spec.slice(at + 1) : '';
    if (!NAME.test(name) || name.length > 214)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${JSON.stringify(spec)}: not an npm package name`);
    if (!VERSION.test(version))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${JSON.stringify(spec)}: give an exact version, NAME@1.2.3`, {
            hint: 'provenance is per published version; ranges and dist-tags are not resolved',
        });
    return { name, version };
}
/** The subject npm attests: `pkg:npm/%40scope/name@version` (purl: `@` encoded). */
function npmPurl(pkg) {
    return `pkg:npm/${pkg.name.replace(/^@/, '%40')}@${pkg.version}`;
}
/** `dist.integrity` (`sha512-BASE64`) → the hex sha512 the attestations' subject carries. */
function sha512FromIntegrity(integrity, pkg) {
    const sha512 = typeof integrity === 'string'
        ? integrity.split(/\s+/).find((part) => part.startsWith('sha512-'))
        : undefined;
    const bytes = sha512 === undefined ? undefined : Buffer.from(sha512.slice(7), 'base64');
    if (bytes === undefined || bytes.length !== 64 || bytes.toString('base64') !== sha512?.slice(7))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('SUBJECT', `${pkg.name}@${pkg.version}: the registry gives no sha512 integrity for the tarball`);
    return bytes.toString('hex');
}


/***/ }),

/***/ 9114:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ readRegistryKeys),
/* harmony export */   v: () => (/* binding */ verifyPublishAttestation)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _bundle_parse_bundle_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(311);
/* harmony import */ var _crypto_verify_signature_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6463);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4296);
/* harmony import */ var _json_strict_json_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(2208);
/* harmony import */ var _policy_checks_subject_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(9346);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(9294);
/* harmony import */ var _statement_statement_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(8124);
/* harmony import */ var _package_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(697);









/** `/-/npm/v1/keys` → keys. Entries of another type are ignored; a malformed list throws. */
function readRegistryKeys(json) {
    const list = (0,_json_strict_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isJsonObject */ .O)(json) ? json.keys : undefined;
    if (!Array.isArray(list))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .VerifyError */ .Gz('KEY_MATERIAL', 'registry keys: no "keys" list');
    return list.flatMap((k) => {
        if (!(0,_json_strict_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isJsonObject */ .O)(k) || typeof k.keyid !== 'string' || typeof k.key !== 'string')
            return [];
        if (k.keytype !== 'ecdsa-sha2-nistp256' || k.scheme !== 'ecdsa-sha2-nistp256')
            return [];
        const expires = typeof k.expires === 'string' ? new Date(k.expires) : undefined;
        if (expires !== undefined && Number.isNaN(expires.getTime()))
            return [];
        try {
            const key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({
                key: Buffer.from(k.key, 'base64'),
                format: 'der',
                type: 'spki',
            });
            return [{ keyid: k.keyid, key, expires }];
        }
        catch {
            return [];
        }
    });
}
/**
 * The registry's publish attestation: signed by a registry key valid at the signed time (the
 * key named by the bundle's hint), logged, over this exact package (`pkg:npm/…` with the
 * registry's sha512), with a predicate naming the same package. It proves the registry
 * published these bytes; it says nothing of who built them (that is the provenance).
 */
function verifyPublishAttestation(origin, bundle, pkg, sha512, keys, roots) {
    const checks = [];
    try {
        const parsed = (0,_bundle_parse_bundle_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBundle */ .Q)(bundle);
        const material = parsed.bundle.verificationMaterial.content;
        if (material.$case !== 'publicKey' || parsed.dsse === undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .VerifyError */ .Gz('KEY_MATERIAL', 'the publish attestation must be a DSSE bundle signed by a registry key');
        const hint = material.publicKey.hint;
        const key = keys.find((k) => k.keyid === hint);
        if (key === undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .VerifyError */ .Gz('KEY_MATERIAL', `signed by key ${JSON.stringify(hint)}, which the registry does not list`, {
                hint: 'the registry keys come from /-/npm/v1/keys of the same registry',
            });
        const crypto = (0,_crypto_verify_signature_js__WEBPACK_IMPORTED_MODULE_2__/* .verifyBundleCrypto */ .l)(parsed, roots, {
            publicKey: key.key,
            keyValidAt: (time) => key.expires === undefined || time < key.expires,
        });
        checks.push((0,_result_js__WEBPACK_IMPORTED_MODULE_7__/* .pass */ .IX)('publish-signature', `signed by registry key ${key.keyid}, logged, at a time the key was valid`));
        const statement = (0,_statement_statement_js__WEBPACK_IMPORTED_MODULE_5__/* .parseStatement */ .B)(parsed.dsse.payload);
        if (statement.predicateType !== _package_js__WEBPACK_IMPORTED_MODULE_6__/* .NPM_PUBLISH_PREDICATE */ .Ko)
            checks.push((0,_result_js__WEBPACK_IMPORTED_MODULE_7__/* .fail */ .fJ)('publish-predicate', 'PREDICATE_TYPE', 'not an npm publish attestation', {
                expected: _package_js__WEBPACK_IMPORTED_MODULE_6__/* .NPM_PUBLISH_PREDICATE */ .Ko,
                actual: statement.predicateType,
            }));
        const purl = (0,_package_js__WEBPACK_IMPORTED_MODULE_6__/* .npmPurl */ .NP)(pkg);
        checks.push({ ...(0,_policy_checks_subject_js__WEBPACK_IMPORTED_MODULE_8__/* .checkSubject */ .jj)(statement, { sha512 }, purl), id: 'publish-subject' });
        const predicate = statement.predicate;
        const named = (0,_json_strict_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isJsonObject */ .O)(predicate) && predicate.name === pkg.name && predicate.version === pkg.version;
        checks.push(named
            ? (0,_result_js__WEBPACK_IMPORTED_MODULE_7__/* .pass */ .IX)('publish-package', 'the publish predicate names this package version', `${pkg.name}@${pkg.version}`)
            : (0,_result_js__WEBPACK_IMPORTED_MODULE_7__/* .fail */ .fJ)('publish-package', 'SUBJECT', 'the publish predicate names another package', {
                expected: `${pkg.name}@${pkg.version}`,
                actual: (0,_json_strict_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isJsonObject */ .O)(predicate)
                    ? `${JSON.stringify(predicate.name ?? null)}@${JSON.stringify(predicate.version ?? null)}`
                    : 'no predicate',
            }));
        const failed = checks.some((c) => c.status === 'fail');
        return {
            origin,
            verdict: failed ? 'failed' : 'verified',
            checks,
            predicateType: statement.predicateType,
            ...(0,_crypto_verify_signature_js__WEBPACK_IMPORTED_MODULE_2__/* .evidenceFields */ .V)(crypto),
            warnings: [],
        };
    }
    catch (err) {
        if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .VerifyError */ .Gz))
            throw err;
        checks.push((0,_result_js__WEBPACK_IMPORTED_MODULE_7__/* .fail */ .fJ)('publish-signature', err.code, `publish attestation: ${err.message}`, {
            hint: err.hint,
        }));
        return { origin, verdict: 'failed', checks, warnings: [] };
    }
}


/***/ }),

/***/ 9346:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Si: () => (/* binding */ checkPredicateType),
/* harmony export */   jj: () => (/* binding */ checkSubject)
/* harmony export */ });
/* unused harmony export ACCEPTED_ALGORITHMS */
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9294);

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
        return (0,_result_js__WEBPACK_IMPORTED_MODULE_0__/* .pass */ .IX)('subject', `artifact is subject ${JSON.stringify(matched.name ?? '')}`, mine, matched.name);
    const named = subjectName !== undefined &&
        statement.subjects.some((s) => ACCEPTED_ALGORITHMS.some((a) => s.digest[a] !== undefined && s.digest[a] === digests[a]));
    if (named) {
        return (0,_result_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)('subject', 'ID_SUBJECT_NAME', 'the subject with this digest has another name', {
            expected: subjectName,
            actual: statement.subjects.map((s) => s.name ?? '(unnamed)').join(', '),
        });
    }
    const theirs = statement.subjects.slice(0, 5).map(describeSubject).join('; ');
    if (!comparable) {
        return (0,_result_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)('subject', 'DIGEST_ALG', 'no subject carries a digest algorithm that can be compared with the artifact', {
            expected: mine,
            actual: theirs,
            hint: 'accepted algorithms: sha256, sha384, sha512; give the artifact file so every algorithm can be computed',
        });
    }
    return (0,_result_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)('subject', 'SUBJECT', 'the artifact digest is not among the attestation subjects', {
        expected: mine,
        actual: `${theirs}${statement.subjects.length > 5 ? ` (+${statement.subjects.length - 5} more)` : ''}`,
        hint: 'this attestation is about other files; check the artifact and the bundle belong together',
    });
}
function describeSubject(s) {
    const d = Object.entries(s.digest)
        .map(([a, h]) => `${a}:${h.length > 16 ? `${h.slice(0, 16)}…` : h}`)
        .join(',');
    return `${s.name ?? '(unnamed)'} ${d}`;
}


/***/ }),

/***/ 3509:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ policyInputFrom),
/* harmony export */   l: () => (/* binding */ POLICY_FIELDS)
/* harmony export */ });
/**
 * The one mapping from flags and action inputs to the policy. Names are the same everywhere;
 * the only difference is number: a repeatable flag (`--trigger`) is a plural, multi-line
 * input (`triggers`).
 */
const POLICY_FIELDS = [
    { key: 'repo', flag: 'repo', input: 'repo', kind: 'string' },
    { key: 'owner', flag: 'owner', input: 'owner', kind: 'string' },
    { key: 'certIdentity', flag: 'cert-identity', input: 'cert-identity', kind: 'string' },
    { key: 'signerWorkflow', flag: 'signer-workflow', input: 'signer-workflow', kind: 'string' },
    { key: 'signerRepo', flag: 'signer-repo', input: 'signer-repo', kind: 'string' },
    { key: 'callerWorkflow', flag: 'caller-workflow', input: 'caller-workflow', kind: 'string' },
    { key: 'sourceRef', flag: 'source-ref', input: 'source-ref', kind: 'string' },
    { key: 'sourceBranch', flag: 'source-branch', input: 'source-branch', kind: 'string' },
    { key: 'sourceTag', flag: 'source-tag', input: 'source-tag', kind: 'string' },
    {
        key: 'sourceVersionedTag',
        flag: 'source-versioned-tag',
        input: 'source-versioned-tag',
        kind: 'string',
    },
    { key: 'sourceDigest', flag: 'source-digest', input: 'source-digest', kind: 'string' },
    { key: 'builderId', flag: 'builder-id', input: 'builder-id', kind: 'string' },
    { key: 'workflowInputs', flag: 'workflow-input', input: 'workflow-inputs', kind: 'list' },
    { key: 'triggers', flag: 'trigger', input: 'triggers', kind: 'list' },
    { key: 'certOidcIssuer', flag: 'cert-oidc-issuer', input: 'cert-oidc-issuer', kind: 'string' },
    { key: 'predicateType', flag: 'predicate-type', input: 'predicate-type', kind: 'string' },
    {
        key: 'allowSelfHostedRunners',
        flag: 'allow-self-hosted-runners',
        input: 'allow-self-hosted-runners',
        kind: 'boolean',
    },
    { key: 'repoId', flag: 'repo-id', input: 'repo-id', kind: 'string' },
    { key: 'ownerId', flag: 'owner-id', input: 'owner-id', kind: 'string' },
    { key: 'subjectName', flag: 'subject-name', input: 'subject-name', kind: 'string' },
];
/** Build a PolicyInput from values read by field (flag values or parsed action inputs). */
function policyInputFrom(read) {
    const input = {};
    for (const field of POLICY_FIELDS) {
        const value = read(field);
        if (value !== undefined)
            input[field.key] = value;
    }
    return input;
}


/***/ }),

/***/ 2390:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ON: () => (/* binding */ parsePolicy)
});

// UNUSED EXPORTS: parseRepo, parseSignerWorkflow

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
// EXTERNAL MODULE: ./src/core/github/names.ts
var names = __nccwpck_require__(9067);
// EXTERNAL MODULE: ./src/core/github/refs.ts
var refs = __nccwpck_require__(8205);
// EXTERNAL MODULE: ./src/core/provenance/build-types.ts
var build_types = __nccwpck_require__(7931);
;// CONCATENATED MODULE: ./src/core/policy/policy.ts
const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';

;// CONCATENATED MODULE: ./src/core/policy/parse-policy.ts





/**
 * Validate and normalise a policy. Every value is a literal: nothing is ever used as a regular
 * expression. A policy that names no source identity (repo, owner or exact certificate
 * identity) is refused: "verify the signature only" is not a question this tool answers.
 */
function parsePolicy(input, options = {}) {
    const sourceRepo = input.repo === undefined ? undefined : parseRepo(input.repo, '--repo');
    const owner = input.owner === undefined ? undefined : parseOwner(input.owner);
    const certIdentity = nonEmpty(input.certIdentity, '--cert-identity');
    if (sourceRepo === undefined && owner === undefined && certIdentity === undefined) {
        throw (0,errors/* policyError */.nq)('the policy names no source identity', 'give --repo OWNER/REPO (or --owner OWNER, or --cert-identity SAN) so a signature from anyone else is rejected');
    }
    if (sourceRepo !== undefined &&
        owner !== undefined &&
        (0,names/* asciiLower */.F)(sourceRepo.owner) !== (0,names/* asciiLower */.F)(owner)) {
        throw (0,errors/* policyError */.nq)(`--owner ${owner} contradicts --repo ${sourceRepo.owner}/${sourceRepo.repo}`);
    }
    return {
        issuer: nonEmpty(input.certOidcIssuer, '--cert-oidc-issuer') ?? GITHUB_ACTIONS_ISSUER,
        sourceRepo,
        owner,
        certIdentity,
        signerWorkflow: input.signerWorkflow === undefined ? undefined : parseSignerWorkflow(input.signerWorkflow),
        signerRepo: input.signerRepo === undefined ? undefined : parseRepo(input.signerRepo, '--signer-repo'),
        callerWorkflow: input.callerWorkflow === undefined ? undefined : parseCallerWorkflow(input.callerWorkflow),
        refRules: parseRefRules(input),
        sourceDigest: input.sourceDigest === undefined ? undefined : parseCommit(input.sourceDigest),
        builderId: input.builderId === undefined ? undefined : parseBuilderId(input.builderId),
        workflowInputs: (input.workflowInputs ?? []).map(parseInput),
        triggers: input.triggers === undefined || input.triggers.length === 0
            ? undefined
            : input.triggers.map(parseTrigger),
        allowSelfHostedRunners: input.allowSelfHostedRunners ?? false,
        repositoryId: input.repoId === undefined ? undefined : parseNumericId(input.repoId, '--repo-id'),
        ownerId: input.ownerId === undefined ? undefined : parseNumericId(input.ownerId, '--owner-id'),
        subjectName: nonEmpty(input.subjectName, '--subject-name'),
        predicateTypes: parsePredicateType(input.predicateType),
        defaultSigner: options.defaultSigner ?? 'repo',
    };
}
/**
 * `owner/repo`, `github.com/owner/repo`, `https://github.com/owner/repo`, with at most one
 * trailing `.git` and one trailing `/`, optionally prefixed `git+`. Anything else is refused.
 */
function parseRepo(value, flag) {
    let v = value;
    if (v.startsWith('git+'))
        v = v.slice(4);
    if (v.startsWith('https://'))
        v = v.slice('https://'.length);
    else if (v.includes('://'))
        throw (0,errors/* policyError */.nq)(`${flag} ${value}: only https GitHub URLs are accepted`);
    if (v.endsWith('/'))
        v = v.slice(0, -1);
    if (v.endsWith('.git'))
        v = v.slice(0, -4);
    const parts = v.split('/');
    if (parts.length === 3) {
        if ((0,names/* asciiLower */.F)(parts[0] ?? '') !== names/* GITHUB_HOST */.F2)
            throw (0,errors/* policyError */.nq)(`${flag} ${value}: host must be ${names/* GITHUB_HOST */.F2}`);
        parts.shift();
    }
    const [owner, repo] = parts;
    if (parts.length !== 2 ||
        owner === undefined ||
        repo === undefined ||
        !(0,names/* isValidOwner */.yi)(owner) ||
        !(0,names/* isValidRepo */.zd)(repo)) {
        throw (0,errors/* policyError */.nq)(`${flag} ${JSON.stringify(value)} is not OWNER/REPO`, 'for example --repo acme/app');
    }
    return { owner, repo };
}
function parseOwner(value) {
    if (!(0,names/* isValidOwner */.yi)(value))
        throw (0,errors/* policyError */.nq)(`--owner ${JSON.stringify(value)} is not a GitHub owner name`);
    return value;
}
/** `[HOST/]OWNER/REPO/PATH[@REF]`; REF, when given, is a full ref or a commit SHA. */
function parseSignerWorkflow(value) {
    let v = value.startsWith('https://') ? value.slice('https://'.length) : value;
    const at = v.indexOf('@');
    const ref = at >= 0 ? v.slice(at + 1) : undefined;
    if (at >= 0)
        v = v.slice(0, at);
    const parts = v.split('/');
    let host = names/* GITHUB_HOST */.F2;
    if (parts[0]?.includes('.'))
        host = (0,names/* asciiLower */.F)(parts.shift() ?? '');
    const [owner, repo, ...rest] = parts;
    const path = rest.join('/');
    if (owner === undefined ||
        repo === undefined ||
        !(0,names/* isValidOwner */.yi)(owner) ||
        !(0,names/* isValidRepo */.zd)(repo) ||
        !isSafePath(path)) {
        throw (0,errors/* policyError */.nq)(`--signer-workflow ${JSON.stringify(value)} is not [HOST/]OWNER/REPO/PATH[@REF]`, 'for example --signer-workflow acme/shared/.github/workflows/build.yml@refs/tags/v1.0.0');
    }
    if (host !== names/* GITHUB_HOST */.F2)
        throw (0,errors/* policyError */.nq)(`--signer-workflow host must be ${names/* GITHUB_HOST */.F2}`);
    if (ref !== undefined && !(0,refs/* isFullRefOrSha */.KH)(ref)) {
        throw (0,errors/* policyError */.nq)(`--signer-workflow ref "${ref}" must be a full ref or a commit SHA`, `use @refs/tags/${ref} or @refs/heads/${ref}`);
    }
    return { host, owner, repo, path, ref };
}
/** `.github/workflows/x.yml` (in the source repository) or `OWNER/REPO/PATH[@REF]`. */
function parseCallerWorkflow(value) {
    if (value.startsWith('.github/')) {
        if (!isSafePath(value))
            throw (0,errors/* policyError */.nq)(`--caller-workflow ${JSON.stringify(value)} is not a workflow path`);
        return { repo: undefined, path: value, ref: undefined };
    }
    const w = parseSignerWorkflow(value);
    return { repo: { owner: w.owner, repo: w.repo }, path: w.path, ref: w.ref };
}
function isSafePath(path) {
    return (path.length > 0 &&
        path.split('/').every((s) => s.length > 0 && s !== '.' && s !== '..') &&
        !/[\s@]/.test(path));
}
function parseRefRules(input) {
    const rules = [];
    if (input.sourceRef !== undefined) {
        if (!input.sourceRef.startsWith('refs/')) {
            throw (0,errors/* policyError */.nq)(`--source-ref ${JSON.stringify(input.sourceRef)} is not a full ref`, 'use refs/tags/NAME or refs/heads/NAME, or --source-tag / --source-branch');
        }
        rules.push({ kind: 'ref', ref: input.sourceRef });
    }
    if (input.sourceBranch !== undefined)
        rules.push({ kind: 'branch', name: shortRef(input.sourceBranch, '--source-branch') });
    if (input.sourceTag !== undefined && input.sourceVersionedTag !== undefined) {
        throw (0,errors/* policyError */.nq)('--source-tag and --source-versioned-tag cannot be combined');
    }
    if (input.sourceTag !== undefined)
        rules.push({ kind: 'tag', name: shortRef(input.sourceTag, '--source-tag') });
    if (input.sourceVersionedTag !== undefined) {
        const semver = (0,refs/* parseSemverTag */.k9)(input.sourceVersionedTag);
        if (semver === undefined) {
            throw (0,errors/* policyError */.nq)(`--source-versioned-tag ${JSON.stringify(input.sourceVersionedTag)} is not vMAJOR[.MINOR[.PATCH]]`);
        }
        rules.push({ kind: 'versioned-tag', tag: input.sourceVersionedTag, semver });
    }
    return rules;
}
function shortRef(value, flag) {
    if (value.length === 0 || value.startsWith('refs/') || /\s/.test(value)) {
        throw (0,errors/* policyError */.nq)(`${flag} takes a short name such as main or v1.2.3, got ${JSON.stringify(value)}`);
    }
    return value;
}
function parseCommit(value) {
    if (!/^[0-9a-fA-F]{40}$|^[0-9a-fA-F]{64}$/.test(value)) {
        throw (0,errors/* policyError */.nq)(`--source-digest ${JSON.stringify(value)} is not a full commit SHA`);
    }
    return value.toLowerCase();
}
/** `NAME[@VERSION]`: at most one `@`. */
function parseBuilderId(value) {
    const parts = value.split('@');
    const name = parts[0];
    if (parts.length > 2 || name === undefined || !name.startsWith('https://')) {
        throw (0,errors/* policyError */.nq)(`--builder-id ${JSON.stringify(value)} is not an https URI with an optional @VERSION`);
    }
    return { name, version: parts[1] };
}
function parseInput(value) {
    const eq = value.indexOf('=');
    if (eq <= 0)
        throw (0,errors/* policyError */.nq)(`--workflow-input ${JSON.stringify(value)} is not KEY=VALUE`);
    return [value.slice(0, eq), value.slice(eq + 1)];
}
function parseTrigger(value) {
    if (!/^[a-z_]+$/.test(value))
        throw (0,errors/* policyError */.nq)(`--trigger ${JSON.stringify(value)} is not a GitHub event name`);
    return value;
}
function parseNumericId(value, flag) {
    if (!/^[1-9]\d*$/.test(value))
        throw (0,errors/* policyError */.nq)(`${flag} ${JSON.stringify(value)} is not a numeric id`);
    return value;
}
function parsePredicateType(value) {
    if (value === undefined)
        return build_types/* SLSA_PROVENANCE_TYPES */.Ov;
    if (value === 'any')
        return 'any';
    if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(value))
        throw (0,errors/* policyError */.nq)(`--predicate-type ${JSON.stringify(value)} is not a URI or "any"`);
    return [value];
}
function nonEmpty(value, flag) {
    if (value === undefined)
        return undefined;
    if (value.length === 0)
        throw (0,errors/* policyError */.nq)(`${flag} is empty`);
    return value;
}


/***/ }),

/***/ 7931:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hg: () => (/* binding */ DELEGATOR_BUILD_TYPES),
/* harmony export */   Ov: () => (/* binding */ SLSA_PROVENANCE_TYPES),
/* harmony export */   ZX: () => (/* binding */ SLSA_PROVENANCE_V02),
/* harmony export */   e9: () => (/* binding */ GHA_WORKFLOW_BUILD_TYPES),
/* harmony export */   hr: () => (/* binding */ GENERATOR_REPO),
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ readProvenance)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);
/* harmony import */ var _json_strict_json_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2208);
/* harmony import */ var _build_types_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7931);



/** Parse an SLSA v1 or v0.2 predicate of a known build type; anything else is rejected. */
function readProvenance(statement) {
    const p = statement.predicate;
    if (p === undefined)
        throw provError('the predicate is missing');
    if (statement.predicateType === _build_types_js__WEBPACK_IMPORTED_MODULE_2__/* .SLSA_PROVENANCE_V1 */ .us)
        return readV1(p);
    if (statement.predicateType === _build_types_js__WEBPACK_IMPORTED_MODULE_2__/* .SLSA_PROVENANCE_V02 */ .ZX)
        return readV02(p);
    throw provError(`predicate type ${statement.predicateType} is not SLSA provenance`);
}
function readV1(p) {
    const bd = obj(p.buildDefinition, 'buildDefinition');
    const buildType = str(bd.buildType, 'buildDefinition.buildType');
    const builderId = str(obj(obj(p.runDetails, 'runDetails').builder, 'runDetails.builder').id, 'runDetails.builder.id');
    const ext = optObj(bd.externalParameters);
    const dep = firstDependency(bd.resolvedDependencies, 'buildDefinition.resolvedDependencies');
    const facts = [...dep];
    let family;
    if (_build_types_js__WEBPACK_IMPORTED_MODULE_2__/* .GHA_WORKFLOW_BUILD_TYPES */ .e9.includes(buildType)) {
        family = 'github-workflow';
        const wf = optObj(ext?.workflow);
        const gh = optObj(optObj(bd.internalParameters)?.github);
        push(facts, 'repository', repoFromUri(wf?.repository), 'externalParameters.workflow.repository');
        push(facts, 'ref', wf?.ref, 'externalParameters.workflow.ref');
        push(facts, 'workflowPath', wf?.path, 'externalParameters.workflow.path');
        push(facts, 'trigger', gh?.event_name, 'internalParameters.github.event_name');
        push(facts, 'repositoryId', gh?.repository_id, 'internalParameters.github.repository_id');
        push(facts, 'ownerId', gh?.repository_owner_id, 'internalParameters.github.repository_owner_id');
        push(facts, 'runnerEnvironment', gh?.runner_environment, 'internalParameters.github.runner_environment');
    }
    else if (_build_types_js__WEBPACK_IMPORTED_MODULE_2__/* .GENERATOR_BUILD_TYPES */ .rA.includes(buildType) ||
        _build_types_js__WEBPACK_IMPORTED_MODULE_2__/* .DELEGATOR_BUILD_TYPES */ .Hg.includes(buildType)) {
        family = _build_types_js__WEBPACK_IMPORTED_MODULE_2__/* .DELEGATOR_BUILD_TYPES */ .Hg.includes(buildType) ? 'delegator' : 'generator';
        pushGithubEnv(facts, optObj(bd.internalParameters), 'internalParameters');
    }
    else {
        throw provError(`unknown SLSA v1 build type ${buildType}: its claims cannot be checked against the certificate`);
    }
    return {
        predicateType: _build_types_js__WEBPACK_IMPORTED_MODULE_2__/* .SLSA_PROVENANCE_V1 */ .us,
        buildType,
        family,
        builderId,
        facts,
        inputs: inputsOf(ext?.inputs),
    };
}
function readV02(p) {
    const buildType = str(p.buildType, 'buildType');
    const builderId = str(obj(p.builder, 'builder').id, 'builder.id');
    const invocation = obj(p.invocation, 'invocation');
    const source = obj(invocation.configSource, 'invocation.configSource');
    let family;
    if (_build_types_js__WEBPACK_IMPORTED_MODULE_2__/* .NPM_V02_BUILD_TYPES */ .or.includes(buildType))
        family = 'npm';
    else if (_build_types_js__WEBPACK_IMPORTED_MODULE_2__/* .DELEGATOR_BUILD_TYPES */ .Hg.includes(buildType))
        family = 'delegator';
    else if (_build_types_js__WEBPACK_IMPORTED_MODULE_2__/* .GENERATOR_BUILD_TYPES */ .rA.includes(buildType))
        family = 'generator';
    else
        throw provError(`unknown SLSA v0.2 build type ${buildType}: its claims cannot be checked against the certificate`);
    const facts = [];
    const uri = str(source.uri, 'invocation.configSource.uri');
    const git = parseGitUri(uri, 'invocation.configSource.uri');
    push(facts, 'repository', git.repository, 'invocation.configSource.uri');
    push(facts, 'ref', git.ref, 'invocation.configSource.uri');
    push(facts, 'commit', optObj(source.digest)?.sha1, 'invocation.configSource.digest.sha1');
    push(facts, 'workflowPath', source.entryPoint, 'invocation.configSource.entryPoint');
    pushGithubEnv(facts, optObj(invocation.environment), 'invocation.environment');
    facts.push(...firstDependency(p.materials, 'materials'));
    const params = optObj(invocation.parameters);
    return {
        predicateType: _build_types_js__WEBPACK_IMPORTED_MODULE_2__/* .SLSA_PROVENANCE_V02 */ .ZX,
        buildType,
        family,
        builderId,
        facts,
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
    push(facts, 'repository', ...read('repository'));
    push(facts, 'repositoryId', ...read('repository_id'));
    push(facts, 'ownerId', ...read('repository_owner_id'));
    const [sha, shaAt] = read('sha');
    const [sha1, sha1At] = read('sha1');
    push(facts, 'commit', sha ?? sha1, sha === undefined ? sha1At : shaAt);
    const [workflowRef, wfAt] = read('workflow_ref');
    if (typeof workflowRef === 'string') {
        push(facts, 'workflowPath', /^[^/]+\/[^/]+\/([^@]+)@/.exec(workflowRef)?.[1], wfAt);
    }
}
function firstDependency(value, at) {
    if (!Array.isArray(value) || value.length === 0)
        return [];
    const dep = value[0];
    if (!(0,_json_strict_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isJsonObject */ .O)(dep) || typeof dep.uri !== 'string' || !dep.uri.startsWith('git+'))
        return [];
    const git = parseGitUri(dep.uri, `${at}[0].uri`);
    const facts = [];
    push(facts, 'repository', git.repository, `${at}[0].uri`);
    push(facts, 'ref', git.ref, `${at}[0].uri`);
    const digest = optObj(dep.digest);
    push(facts, 'commit', digest?.gitCommit ?? digest?.sha1, `${at}[0].digest`);
    return facts;
}
/** `git+https://HOST/OWNER/REPO[.git]@REF` → `OWNER/REPO` and the ref. */
function parseGitUri(uri, at) {
    const m = /^git\+https:\/\/[^/@]+\/([^/@]+\/[^/@]+?)(?:\.git)?(?:@(.+))?$/.exec(uri);
    if (!m || m[1] === undefined)
        throw provError(`${at} is not a git+https repository URI: ${uri}`);
    return { repository: m[1], ref: m[2] };
}
function repoFromUri(value) {
    if (typeof value !== 'string')
        return undefined;
    return /^https:\/\/[^/@]+\/([^/@]+\/[^/@]+)$/.exec(value)?.[1] ?? value;
}
function push(facts, field, value, at) {
    if (value === undefined || value === null || value === '')
        return;
    if (typeof value !== 'string' && typeof value !== 'number')
        throw provError(`${at} is not a string`);
    facts.push({ field, value: String(value), at });
}
function inputsOf(value) {
    return (0,_json_strict_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isJsonObject */ .O)(value) ? value : undefined;
}
function obj(value, at) {
    if (!(0,_json_strict_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isJsonObject */ .O)(value))
        throw provError(`${at} is missing or not an object`);
    return value;
}
function optObj(value) {
    return (0,_json_strict_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isJsonObject */ .O)(value) ? value : undefined;
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

/***/ 8025:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   OH: () => (/* binding */ readPypiProvenance),
/* harmony export */   bp: () => (/* binding */ checkPublisher),
/* harmony export */   tP: () => (/* binding */ PYPI_PUBLISH_PREDICATE)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);
/* harmony import */ var _github_names_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(9067);
/* harmony import */ var _json_strict_json_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2208);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6419);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9294);





const PYPI_PUBLISH_PREDICATE = 'https://docs.pypi.org/attestations/publish/v1';
const BUNDLE_V03 = 'application/vnd.dev.sigstore.bundle.v0.3+json';
const IN_TOTO = 'application/vnd.in-toto+json';
/**
 * A PEP 740 provenance object (`{version: 1, attestation_bundles: [{publisher, attestations}]}`)
 * → candidates. Each attestation becomes the Sigstore bundle v0.3 it stands for (certificate,
 * its one log entry, DSSE over the statement), as pypi-attestations converts it; anything
 * not of that exact shape is a failed candidate, never skipped.
 */
function readPypiProvenance(origin, json) {
    if (!(0,_json_strict_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isJsonObject */ .O)(json) || json.version !== 1 || !Array.isArray(json.attestation_bundles))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('MALFORMED', `${origin}: not a PEP 740 provenance object (version 1)`);
    const found = [];
    json.attestation_bundles.forEach((group, g) => {
        const publisher = readPublisher((0,_json_strict_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isJsonObject */ .O)(group) ? group.publisher : undefined);
        const list = (0,_json_strict_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isJsonObject */ .O)(group) ? group.attestations : undefined;
        if (!Array.isArray(list)) {
            found.push({
                publisher,
                candidate: invalid(`${origin}#${g + 1}`, 'attestation bundle has no attestations list'),
            });
            return;
        }
        list.forEach((attestation, i) => {
            const at = `${origin}#${g + 1}.${i + 1}`;
            try {
                found.push({
                    publisher,
                    candidate: { origin: at, kind: 'bundle', json: bundleOf(attestation) },
                });
            }
            catch (err) {
                if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz))
                    throw err;
                found.push({ publisher, candidate: { origin: at, kind: 'invalid', error: err } });
            }
        });
    });
    if (found.length > _limits_js__WEBPACK_IMPORTED_MODULE_2__/* .LIMITS */ .b.maxAttestations)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('LIMIT', `${origin}: ${found.length} attestations (limit ${_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .LIMITS */ .b.maxAttestations})`);
    return found;
}
function invalid(origin, message) {
    return { origin, kind: 'invalid', error: new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('BUNDLE_SHAPE', message) };
}
function only(obj, keys, what) {
    const extra = Object.keys(obj).filter((k) => !keys.includes(k));
    if (extra.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('BUNDLE_SHAPE', `${what}: unknown field ${JSON.stringify(extra[0])}`);
}
function bundleOf(attestation) {
    if (!(0,_json_strict_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isJsonObject */ .O)(attestation) || attestation.version !== 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('BUNDLE_SHAPE', 'PEP 740 attestation must be an object with version 1');
    only(attestation, ['version', 'verification_material', 'envelope'], 'attestation');
    const material = attestation.verification_material;
    const envelope = attestation.envelope;
    if (!(0,_json_strict_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isJsonObject */ .O)(material) || !(0,_json_strict_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isJsonObject */ .O)(envelope))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('BUNDLE_SHAPE', 'attestation needs verification_material and envelope');
    only(material, ['certificate', 'transparency_entries'], 'verification_material');
    only(envelope, ['statement', 'signature'], 'envelope');
    const entries = material.transparency_entries;
    if (typeof material.certificate !== 'string' || !Array.isArray(entries) || entries.length !== 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('BUNDLE_SHAPE', 'verification_material needs a certificate and exactly one transparency entry');
    if (typeof envelope.statement !== 'string' || typeof envelope.signature !== 'string')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('BUNDLE_SHAPE', 'envelope needs statement and signature (base64)');
    return {
        mediaType: BUNDLE_V03,
        verificationMaterial: { certificate: { rawBytes: material.certificate }, tlogEntries: entries },
        dsseEnvelope: {
            payload: envelope.statement,
            payloadType: IN_TOTO,
            signatures: [{ sig: envelope.signature }],
        },
    };
}
function readPublisher(json) {
    const str = (v) => typeof v === 'string' ? v : undefined;
    if (!(0,_json_strict_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isJsonObject */ .O)(json))
        return { kind: '(none)', repository: undefined, workflow: undefined, environment: undefined };
    return {
        kind: str(json.kind) ?? '(none)',
        repository: str(json.repository),
        workflow: str(json.workflow),
        environment: str(json.environment),
    };
}
/**
 * PyPI's Trusted Publisher record must agree with the certificate: the same source repository
 * and, as the caller (top-level) workflow, the publisher's workflow file. The record is PyPI's
 * claim; the certificate stays the identity.
 */
function checkPublisher(publisher, result) {
    if (publisher.kind !== 'GitHub')
        return [
            (0,_result_js__WEBPACK_IMPORTED_MODULE_3__/* .fail */ .fJ)('publisher', 'ID_ISSUER', `Trusted Publisher kind ${JSON.stringify(publisher.kind)} is not supported`, {
                expected: 'GitHub',
                actual: publisher.kind,
            }),
        ];
    const checks = [];
    const certRepo = (0,_github_names_js__WEBPACK_IMPORTED_MODULE_4__/* .parseRepoUri */ .mp)(result.identity?.sourceRepository);
    const [owner, repo] = (publisher.repository ?? '').split('/');
    const sameRepository = certRepo !== undefined &&
        owner !== undefined &&
        repo !== undefined &&
        (0,_github_names_js__WEBPACK_IMPORTED_MODULE_4__/* .sameRepo */ .Zj)(certRepo, { owner, repo });
    checks.push(sameRepository
        ? (0,_result_js__WEBPACK_IMPORTED_MODULE_3__/* .pass */ .IX)('publisher-repo', 'Trusted Publisher repository matches the certificate', publisher.repository, result.identity?.sourceRepository)
        : (0,_result_js__WEBPACK_IMPORTED_MODULE_3__/* .fail */ .fJ)('publisher-repo', 'ID_REPO', 'PyPI names another repository as the Trusted Publisher than the certificate', {
            expected: publisher.repository ?? '(none)',
            actual: certRepo === undefined ? '(none)' : (0,_github_names_js__WEBPACK_IMPORTED_MODULE_4__/* .formatRepo */ .Kf)(certRepo),
        }));
    const caller = (0,_github_names_js__WEBPACK_IMPORTED_MODULE_4__/* .parseWorkflowUri */ .BK)(result.identity?.callerWorkflow);
    const want = `.github/workflows/${publisher.workflow ?? ''}`;
    checks.push(publisher.workflow !== undefined && caller?.path === want
        ? (0,_result_js__WEBPACK_IMPORTED_MODULE_3__/* .pass */ .IX)('publisher-workflow', 'Trusted Publisher workflow is the caller workflow', want, result.identity?.callerWorkflow)
        : (0,_result_js__WEBPACK_IMPORTED_MODULE_3__/* .fail */ .fJ)('publisher-workflow', 'ID_CALLER', "PyPI's Trusted Publisher workflow is not the certificate's caller workflow", {
            expected: want,
            actual: result.identity?.callerWorkflow ?? '(none)',
            hint: 'the publisher is the top-level workflow; a reusable workflow it calls signs, and that is fine',
        }));
    return checks;
}


/***/ }),

/***/ 8557:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hc: () => (/* binding */ resultFromArtifacts),
/* harmony export */   R1: () => (/* binding */ trustRootsOf),
/* harmony export */   WG: () => (/* binding */ errorResult),
/* harmony export */   f$: () => (/* binding */ SCHEMA_VERSION),
/* harmony export */   lm: () => (/* binding */ exitOfVerdict)
/* harmony export */ });
/* unused harmony export describePolicy */
/* harmony import */ var _codes_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7265);
/* harmony import */ var _github_names_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9067);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9294);



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
            (0,_result_js__WEBPACK_IMPORTED_MODULE_1__/* .failedCodes */ .Q8)(att.checks).forEach((c) => codes.add(c));
    }
    return {
        schemaVersion: SCHEMA_VERSION,
        tool: { name: 'verify-provenance', version: args.version },
        command: args.command,
        verdict,
        exitCode: exitOfVerdict(verdict),
        failedChecks: [...codes],
        policy: describePolicy(args.policy),
        trustRoots: trustRootsOf(args.roots),
        artifacts: args.artifacts,
        warnings: args.warnings ?? [],
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
        repo: p.sourceRepo && (0,_github_names_js__WEBPACK_IMPORTED_MODULE_2__/* .formatRepo */ .Kf)(p.sourceRepo),
        owner: p.owner,
        certIdentity: p.certIdentity,
        signerWorkflow: p.signerWorkflow && (0,_github_names_js__WEBPACK_IMPORTED_MODULE_2__/* .formatWorkflow */ .Vp)(p.signerWorkflow),
        signerRepo: p.signerRepo && (0,_github_names_js__WEBPACK_IMPORTED_MODULE_2__/* .formatRepo */ .Kf)(p.signerRepo),
        callerWorkflow: p.callerWorkflow &&
            `${p.callerWorkflow.repo ? `${(0,_github_names_js__WEBPACK_IMPORTED_MODULE_2__/* .formatRepo */ .Kf)(p.callerWorkflow.repo)}/` : ''}${p.callerWorkflow.path}${p.callerWorkflow.ref ? `@${p.callerWorkflow.ref}` : ''}`,
        sourceRefs: p.refRules.length > 0
            ? p.refRules.map((r) => `${r.kind}:${'ref' in r ? r.ref : 'name' in r ? r.name : r.tag}`)
            : undefined,
        sourceDigest: p.sourceDigest,
        builderId: p.builderId && `${p.builderId.name}${p.builderId.version ? `@${p.builderId.version}` : ''}`,
        workflowInputs: p.workflowInputs.length > 0 ? Object.fromEntries(p.workflowInputs) : undefined,
        triggers: p.triggers,
        allowSelfHostedRunners: p.allowSelfHostedRunners,
        repoId: p.repositoryId,
        ownerId: p.ownerId,
        subjectName: p.subjectName,
        predicateType: p.predicateTypes === 'any' ? 'any' : p.predicateTypes,
        defaultSigner: p.defaultSigner === 'caller' ? 'caller (Trusted Publisher)' : undefined,
    };
    return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined));
}


/***/ }),

/***/ 9294:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   IX: () => (/* binding */ pass),
/* harmony export */   Q8: () => (/* binding */ failedCodes),
/* harmony export */   Zr: () => (/* binding */ missingAttestation),
/* harmony export */   fJ: () => (/* binding */ fail),
/* harmony export */   hT: () => (/* binding */ skipped)
/* harmony export */ });
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

/***/ 8124:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ parseStatement)
/* harmony export */ });
/* unused harmony export STATEMENT_TYPES */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);
/* harmony import */ var _json_strict_json_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2208);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6419);
/* harmony import */ var _identity_der_string_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6655);




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
    const json = (0,_json_strict_json_js__WEBPACK_IMPORTED_MODULE_1__/* .parseStrictJson */ .R)((0,_identity_der_string_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeUtf8 */ ._)(payload, 'payload'));
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


/***/ }),

/***/ 1363:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ warningsFor),
/* harmony export */   i: () => (/* binding */ summarizeIdentity)
/* harmony export */ });
/* harmony import */ var _github_names_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9067);
/* harmony import */ var _identity_certificate_identity_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3756);


function summarizeIdentity(c) {
    const entries = [
        ['issuer', (0,_identity_certificate_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .effectiveIssuer */ .PR)(c)],
        ['san', c.san?.value],
        ['signerWorkflow', c.buildSignerUri ?? (c.san?.kind === 'uri' ? c.san.value : undefined)],
        ['signerDigest', c.buildSignerDigest],
        ['callerWorkflow', c.buildConfigUri],
        [
            'sourceRepository',
            c.sourceRepositoryUri ??
                (c.legacy.repository === undefined
                    ? undefined
                    : `https://github.com/${c.legacy.repository}`),
        ],
        ['sourceRef', (0,_identity_certificate_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .effectiveRef */ .tn)(c)],
        ['sourceDigest', (0,_identity_certificate_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .effectiveCommit */ .pn)(c)],
        ['repositoryId', c.sourceRepositoryId],
        ['ownerId', c.sourceRepositoryOwnerId],
        ['runnerEnvironment', c.runnerEnvironment],
        ['trigger', (0,_identity_certificate_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .effectiveTrigger */ .wO)(c)],
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
    if (policy.triggers === undefined && (0,_identity_certificate_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .effectiveTrigger */ .wO)(c) === 'pull_request_target') {
        warnings.push('built by a pull_request_target run; pass --trigger to allow only the events you release from');
    }
    if (policy.sourceRepo !== undefined &&
        policy.repositoryId === undefined &&
        c.sourceRepositoryId !== undefined) {
        warnings.push(`pin --repo-id ${c.sourceRepositoryId} to survive a rename or re-creation of ${(0,_github_names_js__WEBPACK_IMPORTED_MODULE_1__/* .formatRepo */ .Kf)(policy.sourceRepo)}`);
    }
    return warnings;
}


/***/ }),

/***/ 8767:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ combineVerdicts),
  F: () => (/* binding */ verifyArtifacts)
});

// EXTERNAL MODULE: ./src/core/codes.ts
var codes = __nccwpck_require__(7265);
// EXTERNAL MODULE: ./src/core/bundle/parse-bundle.ts + 1 modules
var parse_bundle = __nccwpck_require__(311);
// EXTERNAL MODULE: ./src/core/bundle/legacy-dsse.ts
var legacy_dsse = __nccwpck_require__(7411);
// EXTERNAL MODULE: ./src/core/crypto/verify-signature.ts + 1 modules
var verify_signature = __nccwpck_require__(6463);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
// EXTERNAL MODULE: ./src/core/identity/certificate-identity.ts
var certificate_identity = __nccwpck_require__(3756);
// EXTERNAL MODULE: ./src/core/policy/checks/subject.ts
var subject = __nccwpck_require__(9346);
// EXTERNAL MODULE: ./src/core/github/names.ts
var names = __nccwpck_require__(9067);
// EXTERNAL MODULE: ./src/core/provenance/build-types.ts
var build_types = __nccwpck_require__(7931);
// EXTERNAL MODULE: ./src/core/result.ts
var result = __nccwpck_require__(9294);
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
            checks.push((0,result/* fail */.fJ)('provenance', 'PROVENANCE_MISMATCH', `predicate ${fact.at} disagrees with the certificate ${fact.field}`, {
                expected: `${certValue} (certificate)`,
                actual: `${fact.value} (predicate)`,
                hint: 'the predicate is written by the build; the certificate is authoritative',
            }));
        }
    }
    const builder = checkBuilderClaim(ctx);
    if (builder !== undefined)
        checks.push(builder);
    if (checks.length === 0)
        checks.push((0,result/* pass */.IX)('provenance', `predicate agrees with the certificate (${claims.facts.length} facts compared)`));
    return checks;
}
function certificateFacts(ctx) {
    const c = ctx.cert;
    return {
        repository: (0,certificate_identity/* effectiveRepoPath */.$J)(c),
        ref: (0,certificate_identity/* effectiveRef */.tn)(c),
        commit: (0,certificate_identity/* effectiveCommit */.pn)(c),
        workflowPath: (0,names/* parseWorkflowUri */.BK)(c.buildConfigUri)?.path,
        trigger: (0,certificate_identity/* effectiveTrigger */.wO)(c),
        repositoryId: c.sourceRepositoryId,
        ownerId: c.sourceRepositoryOwnerId,
        runnerEnvironment: c.runnerEnvironment,
    };
}
function agrees(field, claimed, cert) {
    switch (field) {
        case 'repository': {
            const [a1, a2] = claimed.split('/');
            const [b1, b2] = cert.split('/');
            return (a1 !== undefined &&
                a2 !== undefined &&
                b1 !== undefined &&
                b2 !== undefined &&
                (0,names/* sameName */.q)(a1, b1) &&
                (0,names/* sameName */.q)(a2, b2));
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
    return (0,result/* fail */.fJ)('provenance', 'PROVENANCE_MISMATCH', 'predicate builder id is not the workflow that signed', {
        expected: `${san} (certificate SAN)`,
        actual: `${claims.builderId} (predicate)`,
    });
}

;// CONCATENATED MODULE: ./src/core/policy/checks/identity.ts



function checkIssuer({ policy, cert }) {
    const actual = (0,certificate_identity/* effectiveIssuer */.PR)(cert);
    if (actual === policy.issuer)
        return (0,result/* pass */.IX)('issuer', 'OIDC issuer matches', policy.issuer, actual);
    const enterprise = actual?.startsWith(`${policy.issuer}/`) === true;
    return (0,result/* fail */.fJ)('issuer', 'ID_ISSUER', 'OIDC issuer (certificate 1.3.6.1.4.1.57264.1.8) differs', {
        expected: policy.issuer,
        actual: actual ?? '(none)',
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
    return (0,result/* fail */.fJ)('cert-identity', 'ID_SAN', 'certificate identity (SAN) differs (compared exactly, no patterns)', {
        expected: policy.certIdentity,
        actual: actual === undefined ? '(none)' : `${actual} (${cert.san?.kind ?? '?'})`,
    });
}
function checkSourceRepo({ policy, cert }) {
    const expected = policy.sourceRepo;
    if (expected === undefined)
        return (0,result/* skipped */.hT)('source-repo', 'no source repository asked for');
    const uri = (0,names/* parseRepoUri */.mp)(cert.sourceRepositoryUri);
    const path = (0,certificate_identity/* effectiveRepoPath */.$J)(cert);
    const [owner, repo] = (path ?? '').split('/');
    const actual = uri ??
        (owner !== undefined && repo !== undefined ? { host: 'github.com', owner, repo } : undefined);
    if (actual !== undefined && actual.host === 'github.com' && (0,names/* sameRepo */.Zj)(actual, expected)) {
        return (0,result/* pass */.IX)('source-repo', 'source repository matches', (0,names/* formatRepo */.Kf)(expected), (0,names/* formatRepo */.Kf)(actual));
    }
    return (0,result/* fail */.fJ)('source-repo', 'ID_REPO', 'source repository (certificate 1.3.6.1.4.1.57264.1.12) differs', {
        expected: (0,names/* formatRepo */.Kf)(expected),
        actual: cert.sourceRepositoryUri ?? path ?? '(not recorded)',
        hint: 'the certificate names the repository whose workflow run signed; a renamed or transferred repository keeps its id (--repo-id) but not its name',
    });
}
function checkOwner({ policy, cert }) {
    const expected = policy.owner ?? policy.sourceRepo?.owner;
    if (expected === undefined)
        return (0,result/* skipped */.hT)('owner', 'no owner asked for');
    const fromUri = /^https:\/\/github\.com\/([^/]+)$/.exec(cert.sourceRepositoryOwnerUri ?? '')?.[1];
    const actual = fromUri ?? (0,certificate_identity/* effectiveRepoPath */.$J)(cert)?.split('/')[0];
    if (actual !== undefined && (0,names/* sameName */.q)(actual, expected))
        return (0,result/* pass */.IX)('owner', 'repository owner matches', expected, actual);
    return (0,result/* fail */.fJ)('owner', 'ID_OWNER', 'source repository owner (certificate 1.3.6.1.4.1.57264.1.16) differs', {
        expected,
        actual: cert.sourceRepositoryOwnerUri ?? actual ?? '(not recorded)',
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
                actual: actual ?? '(not recorded)',
                hint: 'numeric ids survive renames and stop a re-created repository of the same name',
            }));
    }
    return checks;
}

// EXTERNAL MODULE: ./src/core/github/refs.ts
var refs = __nccwpck_require__(8205);
;// CONCATENATED MODULE: ./src/core/policy/checks/workflow.ts




const GENERATOR_WORKFLOW_PREFIX = 'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/';
/** The signer workflow: the certificate SAN (= Build Signer URI, 1.9). */
function signerOf(ctx) {
    return ctx.cert.san?.kind === 'uri' ? (0,names/* parseWorkflowUri */.BK)(ctx.cert.san.value) : undefined;
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
        actual: signer === undefined ? (ctx.cert.san?.value ?? '(none)') : (0,names/* formatWorkflow */.Vp)(signer),
        hint: callerSignerHint(ctx, signer),
    });
}
function matchSignerRepo(expected, signer, ctx) {
    if (signer !== undefined && signer.host === 'github.com' && (0,names/* sameRepo */.Zj)(signer, expected)) {
        return (0,result/* pass */.IX)('signer-repo', 'signer workflow lives in the expected repository', (0,names/* formatRepo */.Kf)(expected), (0,names/* formatWorkflow */.Vp)(signer));
    }
    return (0,result/* fail */.fJ)('signer-repo', 'ID_SIGNER', 'signer workflow is not in the expected repository', {
        expected: (0,names/* formatRepo */.Kf)(expected),
        actual: signer === undefined ? (ctx.cert.san?.value ?? '(none)') : (0,names/* formatWorkflow */.Vp)(signer),
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
    const expected = policy.sourceRepo !== undefined
        ? `a workflow in ${(0,names/* formatRepo */.Kf)(policy.sourceRepo)}`
        : `a workflow of ${policy.owner ?? '?'}`;
    if (inSourceScope(signer, policy))
        return (0,result/* pass */.IX)('signer-workflow', 'signed by a workflow of the source repository', expected, (0,names/* formatWorkflow */.Vp)(signer));
    const caller = (0,names/* parseWorkflowUri */.BK)(ctx.cert.buildConfigUri);
    if (policy.defaultSigner === 'caller' && inSourceScope(caller, policy) && signer !== undefined)
        return (0,result/* pass */.IX)('signer-workflow', `the Trusted Publisher (caller workflow ${(0,names/* formatWorkflow */.Vp)(caller)}) is in the source repository; any workflow it calls may sign`, `a caller workflow in ${policy.sourceRepo === undefined ? (policy.owner ?? '?') : (0,names/* formatRepo */.Kf)(policy.sourceRepo)}`, (0,names/* formatWorkflow */.Vp)(signer));
    if (signer !== undefined && isTrustedGenerator(signer)) {
        const delegated = checkDelegatedBuilder(ctx, signer);
        if (delegated !== undefined)
            return delegated;
        return (0,result/* pass */.IX)('signer-workflow', 'signed by a trusted slsa-github-generator builder', `${expected}, or an slsa-github-generator builder at vX.Y.Z`, (0,names/* formatWorkflow */.Vp)(signer));
    }
    return (0,result/* fail */.fJ)('signer-workflow', 'ID_SIGNER', 'signed by a workflow outside the source repository that the policy does not name', {
        expected: `${expected}, or an slsa-github-generator builder at vX.Y.Z`,
        actual: signer === undefined ? (ctx.cert.san?.value ?? '(none)') : (0,names/* formatWorkflow */.Vp)(signer),
        hint: callerSignerHint(ctx, signer),
    });
}
/** BYOB: the delegator signs, the predicate names the builder it ran for (slsa-verifier's rule). */
function checkDelegatedBuilder(ctx, signer) {
    if (signer === undefined || !build_types/* DELEGATOR_WORKFLOWS */.tx.includes(signer.path))
        return undefined;
    const inner = ctx.claims?.builderId;
    const parsed = (0,names/* parseWorkflowUri */.BK)(inner);
    if (inner !== undefined &&
        inner.startsWith(GENERATOR_WORKFLOW_PREFIX) &&
        (0,refs/* isStrictReleaseRef */.mv)(parsed?.ref))
        return undefined;
    return (0,result/* fail */.fJ)('signer-workflow', 'ID_BUILDER', 'the slsa-github-generator delegator built for a builder outside slsa-github-generator', {
        expected: `${GENERATOR_WORKFLOW_PREFIX}…@refs/tags/vX.Y.Z`,
        actual: inner ?? '(no provenance builder id)',
        hint: `if you trust that builder pass --builder-id ${inner?.split('@')[0] ?? 'URI'}`,
    });
}
/** The reusable-workflow explanation people need: who signed, who called, which flag to add. */
function callerSignerHint(ctx, signer) {
    if (signer === undefined)
        return undefined;
    const caller = (0,names/* parseWorkflowUri */.BK)(ctx.cert.buildConfigUri);
    const reusable = caller !== undefined && (caller.path !== signer.path || !(0,names/* sameRepo */.Zj)(caller, signer));
    const who = `signed by ${reusable ? 'reusable workflow' : 'workflow'} ${(0,names/* formatWorkflow */.Vp)(signer)}`;
    const called = reusable ? `, called from ${(0,names/* formatWorkflow */.Vp)(caller)}` : '';
    return `${who}${called}; if you trust it, add --signer-workflow ${signer.owner}/${signer.repo}/${signer.path} (or --signer-repo ${signer.owner}/${signer.repo})`;
}
function checkCaller(ctx) {
    const expected = ctx.policy.callerWorkflow;
    if (expected === undefined)
        return (0,result/* skipped */.hT)('caller-workflow', 'no caller workflow asked for');
    const caller = (0,names/* parseWorkflowUri */.BK)(ctx.cert.buildConfigUri);
    const want = `${expected.repo === undefined ? '' : `${(0,names/* formatRepo */.Kf)(expected.repo)}/`}${expected.path}${expected.ref === undefined ? '' : `@${expected.ref}`}`;
    if (caller === undefined) {
        return (0,result/* fail */.fJ)('caller-workflow', 'ID_CALLER', 'the certificate does not record the caller workflow (Build Config URI, 1.18)', { expected: want, actual: '(not recorded)' });
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
        const inner = (0,names/* parseWorkflowUri */.BK)(claimed);
        const name = inner === undefined
            ? (claimed ?? '')
            : `https://${inner.host}/${inner.owner}/${inner.repo}/${inner.path}`;
        return {
            name,
            ref: inner?.ref,
            display: claimed ?? '(none)',
            note: `delegated by ${(0,names/* formatWorkflow */.Vp)(signer)}`,
        };
    }
    if (claimed !== undefined && build_types/* RUNNER_BUILDER_IDS */.ow.includes(claimed)) {
        const env = ctx.cert.runnerEnvironment;
        const name = env === undefined ? claimed : `https://github.com/actions/runner/${env}`;
        return {
            name,
            ref: undefined,
            display: name,
            note: 'npm CLI provenance: the builder is the runner the certificate records',
        };
    }
    if (signer === undefined)
        return {
            name: ctx.cert.san?.value ?? '',
            ref: undefined,
            display: ctx.cert.san?.value ?? '(none)',
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
        if (ok)
            return (0,result/* pass */.IX)('source-ref', 'source ref matches', expected, ref);
        const trigger = (0,certificate_identity/* effectiveTrigger */.wO)(cert);
        return (0,result/* fail */.fJ)('source-ref', 'ID_REF', 'source ref (certificate 1.3.6.1.4.1.57264.1.14) differs', {
            expected,
            actual: ref ?? '(not recorded)',
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
            return [
                tag !== undefined && (0,refs/* matchesVersionedTag */.jN)(rule.semver, tag),
                `refs/tags/${rule.tag} (semver-compatible)`,
            ];
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
        actual: actual ?? '(not recorded)',
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
        actual: actual ?? '(not recorded)',
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
        return (0,result/* pass */.IX)('runner', 'any runner allowed (--allow-self-hosted-runners)', 'any', actual ?? '(not recorded)');
    }
    if (actual === undefined && isTrustedGenerator(signerOf(ctx))) {
        return (0,result/* pass */.IX)('runner', 'slsa-github-generator builders run their build jobs on GitHub-hosted runners', 'github-hosted', '(not recorded; trusted builder)');
    }
    if (actual === undefined) {
        return (0,result/* fail */.fJ)('runner', 'ID_RUNNER', 'the certificate does not record the runner environment (certificates issued before late 2023): the build cannot be shown to have run on a GitHub-hosted runner', {
            expected: 'github-hosted',
            actual: '(not recorded)',
            hint: 'pass --allow-self-hosted-runners to accept an unproven runner',
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
            return (0,result/* pass */.IX)('workflow-input', `workflow input ${key} matches`, expected, actual);
        return (0,result/* fail */.fJ)('workflow-input', 'ID_INPUTS', `workflow input ${key} differs`, {
            expected: `${key}=${expected}`,
            actual: actual === undefined
                ? claims?.inputs === undefined
                    ? '(provenance records no inputs)'
                    : `(no input ${key})`
                : `${key}=${actual}`,
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

// EXTERNAL MODULE: ./src/core/provenance/claims.ts
var provenance_claims = __nccwpck_require__(9798);
// EXTERNAL MODULE: ./src/core/statement/statement.ts
var statement_statement = __nccwpck_require__(8124);
// EXTERNAL MODULE: ./src/core/summary.ts
var summary = __nccwpck_require__(1363);
;// CONCATENATED MODULE: ./src/core/verify.ts













/**
 * Verify every artifact against every attestation. Each attestation is verified end to end on
 * its own; an artifact passes when one attestation satisfies the whole policy; facts are never
 * combined across attestations. Pure: trust roots and inputs are passed in.
 */
function verifyArtifacts(request) {
    const prepared = request.attestations.map((c) => prepare(c, request.roots));
    return request.artifacts.map((artifact) => verifyArtifact(artifact, prepared, request.policy));
}
function verifyArtifact(artifact, prepared, policy) {
    const attestations = prepared.map((p) => evaluate(p, artifact, policy));
    return {
        name: artifact.name,
        digests: artifact.digests,
        verdict: combineVerdicts(attestations.map((a) => a.verdict)),
        attestations,
    };
}
/** An artifact's verdict from its attestations': one verified is enough; else undecided beats failed. */
function combineVerdicts(verdicts) {
    if (verdicts.includes('verified'))
        return 'verified';
    if (verdicts.includes('indeterminate'))
        return 'indeterminate';
    return 'failed';
}
function prepare(candidate, roots) {
    const origin = candidate.origin;
    if (candidate.kind === 'invalid')
        return { ok: false, origin, checks: [errorCheck('bundle', candidate.error)] };
    const checks = [];
    try {
        let leaf;
        let payload;
        let crypto;
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
            checks.push((0,result/* pass */.IX)('bundle', `Sigstore bundle v${parsed.version}`));
            if (parsed.dsse === undefined) {
                throw new errors/* VerifyError */.Gz('BUNDLE_SHAPE', 'this bundle is a message signature, not an attestation', { hint: 'use verify-bundle for plain signatures' });
            }
            crypto = (0,verify_signature/* verifyBundleCrypto */.l)(parsed, roots);
            checks.push((0,result/* pass */.IX)('signature', `signature, certificate chain, timestamps and log entries verified against ${crypto.rootLabel}`));
            if (parsed.leaf === undefined)
                throw new errors/* VerifyError */.Gz('KEY_MATERIAL', 'attestation is key-signed: verify needs a Fulcio certificate');
            leaf = parsed.leaf;
            payload = parsed.dsse.payload;
        }
        const cert = (0,certificate_identity/* readCertificateIdentity */.sU)(leaf);
        try {
            const statement = (0,statement_statement/* parseStatement */.B)(payload);
            return {
                ok: true,
                origin,
                proven: crypto !== undefined,
                crypto,
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
        };
    }
}
function evaluate(p, artifact, policy) {
    if (!p.ok) {
        return {
            origin: p.origin,
            verdict: verdictOf(p.checks),
            checks: p.checks,
            ...(p.cert === undefined ? {} : { identity: (0,summary/* summarizeIdentity */.i)(p.cert) }),
            warnings: [],
        };
    }
    const checks = [...p.early];
    checks.push((0,subject/* checkPredicateType */.Si)(policy, p.statement));
    checks.push((0,subject/* checkSubject */.jj)(p.statement, artifact.digests, policy.subjectName));
    let claims;
    if (build_types/* SLSA_PROVENANCE_TYPES */.Ov.includes(p.statement.predicateType)) {
        try {
            claims = (0,provenance_claims/* readProvenance */.C)(p.statement);
        }
        catch (err) {
            checks.push(errorCheck('provenance', err));
        }
    }
    checks.push(...runPolicyChecks({ policy, cert: p.cert, statement: p.statement, claims }));
    return {
        origin: p.origin,
        verdict: verdictOf(checks),
        checks,
        identity: (0,summary/* summarizeIdentity */.i)(p.cert),
        predicateType: p.statement.predicateType,
        ...(claims === undefined ? {} : { buildType: claims.buildType, builderId: claims.builderId }),
        ...(p.crypto === undefined ? {} : (0,verify_signature/* evidenceFields */.V)(p.crypto)),
        warnings: (0,summary/* warningsFor */.d)(policy, p.cert),
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
function errorCheck(id, err) {
    if (err instanceof errors/* VerifyError */.Gz)
        return (0,result/* fail */.fJ)(id, err.code, err.message, { hint: err.hint });
    throw err;
}


/***/ }),

/***/ 3357:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  DC: () => (/* binding */ hashFile),
  dN: () => (/* binding */ isDigestArg),
  f9: () => (/* binding */ resolveSubject)
});

// UNUSED EXPORTS: VerifyError

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
;// CONCATENATED MODULE: ./src/sources/artifacts.ts




const DIGEST_ARG = /^(sha256|sha512):([0-9a-fA-F]+)$/;
const HEX_LENGTH = { sha256: 64, sha512: 128 };
/** `sha256:HEX` / `sha512:HEX`, or a file hashed with both algorithms in one streamed pass. */
async function resolveSubject(arg) {
    const m = DIGEST_ARG.exec(arg);
    if (m) {
        const alg = m[1];
        const hex = (m[2] ?? '').toLowerCase();
        if (hex.length !== HEX_LENGTH[alg])
            throw new errors/* UsageError */.eb(`${arg}: a ${alg} digest has ${HEX_LENGTH[alg]} hex characters`);
        return { name: arg, digests: { [alg]: hex } };
    }
    return { name: (0,external_node_path_.basename)(arg), digests: await hashFile(arg) };
}
async function hashFile(path) {
    const sha256 = (0,external_node_crypto_.createHash)('sha256');
    const sha512 = (0,external_node_crypto_.createHash)('sha512');
    try {
        for await (const chunk of (0,external_node_fs_namespaceObject.createReadStream)(path, { highWaterMark: 1 << 20 })) {
            sha256.update(chunk);
            sha512.update(chunk);
        }
    }
    catch (err) {
        throw new errors/* UsageError */.eb(`cannot read artifact ${path}: ${err.code ?? String(err)}`);
    }
    return { sha256: sha256.digest('hex'), sha512: sha512.digest('hex') };
}
function isDigestArg(arg) {
    return DIGEST_ARG.test(arg);
}



/***/ }),

/***/ 6109:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ readInputFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4296);
/* harmony import */ var _core_limits_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6419);



/** Read a whole input file, refusing anything over the limit before reading it. */
async function readInputFile(path, limit = _core_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .LIMITS */ .b.maxInputBytes) {
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, 'r');
    }
    catch (err) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`cannot read ${path}: ${err.code ?? String(err)}`);
    }
    try {
        const { size } = await handle.stat();
        if (size > limit)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .Gz('LIMIT', `${path}: ${size} bytes (limit ${limit})`);
        return await handle.readFile();
    }
    finally {
        await handle.close();
    }
}


/***/ }),

/***/ 9496:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Qq: () => (/* binding */ HttpClient),
/* harmony export */   UO: () => (/* binding */ checkLinked),
/* harmony export */   bR: () => (/* binding */ serviceBase)
/* harmony export */ });
/* unused harmony export checkUrl */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
/**
 * GET with the network rules of a verifier: https only (plain http to loopback, for tests),
 * a token only for the configured API origin (never for redirects elsewhere, bundle hosts,
 * registries or mirrors), a size cap on every body, retries only for what may succeed later
 * (connection errors, timeouts, 5xx, 429 and rate-limit 403) within the run's budget, and a
 * typed NETWORK error when that fails: indeterminate (exit 3), never a pass.
 */
class HttpClient {
    options;
    fetch;
    sleep;
    now;
    random;
    deadline;
    active = 0;
    waiting = [];
    constructor(options) {
        this.options = options;
        this.fetch = options.fetchImpl ?? fetch;
        this.sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
        this.now = options.now ?? Date.now;
        this.random = options.random ?? Math.random;
        this.deadline = this.now() + options.budgetMs;
        if (options.apiOrigin !== undefined)
            checkUrl(options.apiOrigin);
    }
    hasToken() {
        return this.options.token !== undefined;
    }
    /** GET a URL; returns the final response (any status) once it is not worth retrying. */
    async get(url, accept = 'application/json') {
        return this.request(url, { accept });
    }
    /**
     * One request with the rules above. `anonymous` never sends the token, even to the API
     * origin (bundle_url downloads). A POST (a read-only query such as GitHub's bulk-list) is
     * retried like a GET but never redirected.
     */
    async request(url, init) {
        await this.acquire();
        try {
            return await this.withRetries(url, init);
        }
        finally {
            this.release();
        }
    }
    async withRetries(url, init) {
        let lastProblem = '';
        for (let attempt = 1; attempt <= this.options.maxAttempts; attempt++) {
            let wait;
            try {
                const response = await this.follow(url, init);
                const retryAfter = retryDelay(response, this.now());
                if (retryAfter === undefined)
                    return response;
                lastProblem = `HTTP ${response.status}`;
                wait = retryAfter === 0 ? this.backoff(attempt) : retryAfter;
            }
            catch (err) {
                if (err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz)
                    throw err;
                lastProblem = describe(err);
                wait = this.backoff(attempt);
            }
            if (attempt === this.options.maxAttempts)
                break;
            if (this.now() + wait > this.deadline)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('NETWORK', `${origin(url)}: ${lastProblem}; waiting ${Math.ceil(wait / 1000)} s more would pass the time budget`, {
                    hint: 'raise --timeout, or try again later',
                });
            await this.sleep(wait);
        }
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('NETWORK', `${origin(url)}: ${lastProblem} after ${this.options.maxAttempts} attempt(s)`, {
            hint: 'the service is unreachable or failing; the result is unknown, not a pass',
        });
    }
    /** Full jitter exponential backoff: random in [0, 500 ms × 2^(attempt-1)], at most 8 s. */
    backoff(attempt) {
        return Math.floor(this.random() * Math.min(8000, 500 * 2 ** (attempt - 1)));
    }
    /** One attempt, following redirects by hand so each hop is checked. */
    async follow(start, init) {
        let url = start;
        for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
            checkUrl(url);
            const headers = {
                accept: init.accept ?? 'application/json',
                'user-agent': this.options.userAgent,
            };
            if (init.body !== undefined)
                headers['content-type'] = 'application/json';
            if (this.options.token !== undefined &&
                init.anonymous !== true &&
                origin(url) === this.options.apiOrigin)
                headers.authorization = `Bearer ${this.options.token}`;
            else {
                const scoped = this.options.scopedTokens?.find((t) => url.startsWith(t.prefix));
                if (scoped !== undefined)
                    headers.authorization = `Bearer ${scoped.token}`;
            }
            const remaining = this.deadline - this.now();
            if (remaining <= 0)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('NETWORK', `${origin(url)}: the time budget is spent`);
            const signal = AbortSignal.timeout(Math.min(this.options.requestTimeoutMs, remaining));
            const response = await this.fetch(url, {
                method: init.body === undefined ? 'GET' : 'POST',
                headers,
                redirect: 'manual',
                signal,
                ...(init.body === undefined ? {} : { body: init.body }),
            });
            if (REDIRECTS.has(response.status)) {
                if (init.body !== undefined) {
                    await response.body?.cancel();
                    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('NETWORK', `${origin(url)}: a query was redirected`);
                }
                const location = response.headers.get('location');
                await response.body?.cancel();
                if (location === null)
                    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('NETWORK', `${origin(url)}: redirect without a location`);
                const next = new URL(location, url).toString();
                checkLinked(next, url);
                url = next;
                continue;
            }
            const body = await readCapped(response, init.maxBytes ?? this.options.maxBytes, url);
            return { url, status: response.status, headers: response.headers, body };
        }
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('NETWORK', `${origin(start)}: more than ${MAX_REDIRECTS} redirects`);
    }
    async acquire() {
        if (this.active < this.options.concurrency) {
            this.active++;
            return;
        }
        await new Promise((resolve) => this.waiting.push(resolve));
        this.active++;
    }
    release() {
        this.active--;
        this.waiting.shift()?.();
    }
}
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
function origin(url) {
    try {
        return new URL(url).origin;
    }
    catch {
        return url;
    }
}
/**
 * undefined: final. A number: retry after that many ms (0 = use backoff). Retryable: 5xx, 429,
 * and 403 when it is a rate limit (`x-ratelimit-remaining: 0` or a `retry-after`).
 */
function retryDelay(r, now) {
    const rateLimited = r.status === 403 &&
        (r.headers.get('x-ratelimit-remaining') === '0' || r.headers.has('retry-after'));
    if (!(r.status >= 500 || r.status === 429 || rateLimited))
        return undefined;
    const after = r.headers.get('retry-after');
    if (after !== null) {
        const seconds = /^\d+$/.test(after.trim()) ? Number(after) * 1000 : Date.parse(after) - now;
        if (Number.isFinite(seconds))
            return Math.max(1, seconds);
    }
    const reset = r.headers.get('x-ratelimit-reset');
    if (r.headers.get('x-ratelimit-remaining') === '0' && reset !== null && /^\d+$/.test(reset))
        return Math.max(1, Number(reset) * 1000 - now);
    return 0;
}
/** Read a body, refusing it as soon as it is larger than the cap (declared or actual). */
async function readCapped(response, max, url) {
    const declared = Number(response.headers.get('content-length') ?? '0');
    if (declared > max) {
        await response.body?.cancel();
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('LIMIT', `${origin(url)}: response of ${declared} bytes (limit ${max})`);
    }
    const reader = response.body?.getReader();
    if (reader === undefined)
        return Buffer.alloc(0);
    const chunks = [];
    let size = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        size += value.byteLength;
        if (size > max) {
            await reader.cancel();
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('LIMIT', `${origin(url)}: response larger than ${max} bytes`);
        }
        chunks.push(value);
    }
    return Buffer.concat(chunks);
}
function describe(err) {
    if (err instanceof Error) {
        if (err.name === 'TimeoutError' || err.name === 'AbortError')
            return 'timed out';
        const cause = err.cause instanceof Error
            ? `: ${err.cause.code ?? err.cause.message}`
            : '';
        return `${err.message}${cause}`;
    }
    return String(err);
}


/***/ }),

/***/ 1599:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  aF: () => (/* binding */ DEFAULT_NPM_REGISTRY),
  yO: () => (/* binding */ DEFAULT_PYPI_INDEX),
  SB: () => (/* binding */ DEFAULT_REKOR),
  b1: () => (/* binding */ checkGithubApiUrl),
  $V: () => (/* binding */ clientFor),
  eg: () => (/* binding */ networkSettings),
  Wo: () => (/* binding */ retryingNotFound)
});

// UNUSED EXPORTS: DEFAULT_GITHUB_API

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
;// CONCATENATED MODULE: ./src/core/duration.ts

const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
const DURATION = /^(\d{1,9})(ms|s|m|h)$/;
/** `500ms`, `30s`, `2m`, `1h` → milliseconds. A unit is required: `30` is ambiguous. */
function parseDuration(value, name) {
    const m = DURATION.exec(value.trim());
    if (m === null)
        throw new errors/* UsageError */.eb(`${name} must be a duration such as 30s, 2m or 500ms, got ${JSON.stringify(value)}`);
    return Number(m[1]) * UNIT_MS[m[2]];
}

// EXTERNAL MODULE: ./src/core/limits.ts
var limits = __nccwpck_require__(6419);
// EXTERNAL MODULE: ./src/sources/http.ts
var http = __nccwpck_require__(9496);
;// CONCATENATED MODULE: ./src/sources/network.ts




const DEFAULT_GITHUB_API = 'https://api.github.com';
const DEFAULT_NPM_REGISTRY = 'https://registry.npmjs.org';
const DEFAULT_PYPI_INDEX = 'https://pypi.org';
const DEFAULT_REKOR = 'https://rekor.sigstore.dev';
/**
 * Settings from what the user gave, then the environment (`GITHUB_API_URL` as Actions sets it,
 * `GH_TOKEN` / `GITHUB_TOKEN`), then defaults: 60 s budget, 20 s per request, 4 at once.
 */
function networkSettings(input, env, version) {
    const budgetMs = input.timeout === undefined ? 60_000 : parseDuration(input.timeout, 'timeout');
    if (budgetMs === 0)
        throw new errors/* UsageError */.eb('timeout must be more than 0');
    const retryNotFoundMs = input.retryNotFound === undefined ? 0 : parseDuration(input.retryNotFound, 'retry-not-found');
    const concurrency = input.concurrency === undefined ? 4 : Number(input.concurrency);
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 32)
        throw new errors/* UsageError */.eb(`concurrency must be a whole number from 1 to 32, got ${input.concurrency}`);
    const githubApiUrl = (input.githubApiUrl ??
        nonEmpty(env.GITHUB_API_URL) ??
        DEFAULT_GITHUB_API).replace(/\/+$/, '');
    return {
        budgetMs: budgetMs + retryNotFoundMs,
        requestTimeoutMs: Math.min(20_000, budgetMs),
        retryNotFoundMs,
        concurrency,
        token: nonEmpty(input.token) ?? nonEmpty(env.GH_TOKEN) ?? nonEmpty(env.GITHUB_TOKEN),
        githubApiUrl,
        userAgent: `verify-provenance/${version}`,
    };
}
/** The GitHub API base, checked only when the GitHub source is used (an odd env var elsewhere is harmless). */
function checkGithubApiUrl(settings) {
    (0,http/* serviceBase */.bR)(settings.githubApiUrl, 'github-api-url');
}
/** One client per run: one budget, one concurrency limit, the token bound to the API origin. */
function clientFor(settings, fetchImpl, scopedTokens) {
    return new http/* HttpClient */.Qq({
        ...(scopedTokens === undefined ? {} : { scopedTokens }),
        requestTimeoutMs: settings.requestTimeoutMs,
        budgetMs: settings.budgetMs,
        maxAttempts: 4,
        maxBytes: limits/* LIMITS */.b.maxInputBytes,
        ...(settings.token === undefined
            ? {}
            : { apiOrigin: originOf(settings.githubApiUrl), token: settings.token }),
        userAgent: settings.userAgent,
        concurrency: settings.concurrency,
        ...(fetchImpl === undefined ? {} : { fetchImpl }),
    });
}
/** Ask again while `found` says nothing was found, until the not-found window has passed. */
async function retryingNotFound(settings, attempt, found, sleep = (ms) => new Promise((r) => setTimeout(r, ms))) {
    const until = Date.now() + settings.retryNotFoundMs;
    let wait = 1000;
    for (;;) {
        const value = await attempt();
        const left = until - Date.now();
        if (found(value) || left <= 0)
            return value;
        await sleep(Math.min(wait, left));
        wait = Math.min(wait * 2, 10_000);
    }
}
function originOf(url) {
    try {
        return new URL(url).origin;
    }
    catch {
        throw new errors/* UsageError */.eb(`github-api-url: not a URL: ${JSON.stringify(url)}`);
    }
}
function nonEmpty(value) {
    return value === undefined || value.trim() === '' ? undefined : value.trim();
}


/***/ }),

/***/ 5459:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ll: () => (/* binding */ integrityOf),
/* harmony export */   XN: () => (/* binding */ fetchPackument),
/* harmony export */   p9: () => (/* binding */ fetchNpmAttestations),
/* harmony export */   sZ: () => (/* binding */ fetchVersionManifest),
/* harmony export */   us: () => (/* binding */ fetchRegistryKeys)
/* harmony export */ });
/* unused harmony export PACKUMENT_MAX_BYTES */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);
/* harmony import */ var _core_json_strict_json_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2208);
/* harmony import */ var _responses_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6978);



/** `@scope/name` in a registry path: the slash encoded, as npm does. */
function pathName(name) {
    return name.replace('/', '%2f');
}
/** The version document (`dist.integrity` is what the attestations must cover). */
async function fetchVersionManifest(client, registry, pkg) {
    return (0,_responses_js__WEBPACK_IMPORTED_MODULE_2__/* .fetchJson */ .x6)(client, `${registry}/${pathName(pkg.name)}/${encodeURIComponent(pkg.version)}`, `npm ${pkg.name}@${pkg.version}`);
}
/** `/-/npm/v1/attestations/NAME@VERSION`: `{attestations: [{predicateType, bundle}]}`. */
async function fetchNpmAttestations(client, registry, pkg) {
    return (0,_responses_js__WEBPACK_IMPORTED_MODULE_2__/* .fetchJson */ .x6)(client, `${registry}/-/npm/v1/attestations/${pathName(pkg.name)}@${encodeURIComponent(pkg.version)}`, `npm attestations for ${pkg.name}@${pkg.version}`);
}
/** `/-/npm/v1/keys`: the registry's signing keys. */
async function fetchRegistryKeys(client, registry) {
    const keys = await (0,_responses_js__WEBPACK_IMPORTED_MODULE_2__/* .fetchJson */ .x6)(client, `${registry}/-/npm/v1/keys`, 'npm registry keys');
    if (keys === undefined)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('NETWORK', `${registry} publishes no signing keys (/-/npm/v1/keys)`);
    return keys;
}
function integrityOf(manifest) {
    return (0,_core_json_strict_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isJsonObject */ .O)(manifest) && (0,_core_json_strict_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isJsonObject */ .O)(manifest.dist)
        ? manifest.dist.integrity
        : undefined;
}
/** Full packuments can be far larger than an attestation (a package with thousands of versions). */
const PACKUMENT_MAX_BYTES = 96 * 1024 * 1024;
/**
 * The full packument (`GET /NAME`, `application/json`): every version with `dist` and
 * `_npmUser`, and `time` (the abbreviated document npm installs from has neither).
 */
async function fetchPackument(client, registry, name) {
    return (0,_responses_js__WEBPACK_IMPORTED_MODULE_2__/* .fetchJson */ .x6)(client, `${registry}/${pathName(name)}`, `npm ${name}`, 'application/json', PACKUMENT_MAX_BYTES);
}


/***/ }),

/***/ 1737:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D2: () => (/* binding */ fetchProjectPage),
/* harmony export */   im: () => (/* binding */ fetchProvenance),
/* harmony export */   nL: () => (/* binding */ fetchLinkedProvenance),
/* harmony export */   uY: () => (/* binding */ fetchRelease)
/* harmony export */ });
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9496);
/* harmony import */ var _responses_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6978);


const INTEGRITY_V1 = 'application/vnd.pypi.integrity.v1+json';
/** `GET /pypi/PROJECT/VERSION/json`: the release's files (`urls`) and their sha256. */
function fetchRelease(client, index, project, version) {
    return (0,_responses_js__WEBPACK_IMPORTED_MODULE_1__/* .fetchJson */ .x6)(client, `${index}/pypi/${encodeURIComponent(project)}/${encodeURIComponent(version)}/json`, `PyPI ${project} ${version}`);
}
/** PEP 740 integrity API: `GET /integrity/PROJECT/VERSION/FILENAME/provenance`. */
function fetchProvenance(client, index, project, version, filename) {
    return (0,_responses_js__WEBPACK_IMPORTED_MODULE_1__/* .fetchJson */ .x6)(client, `${index}/integrity/${encodeURIComponent(project)}/${encodeURIComponent(version)}/${encodeURIComponent(filename)}/provenance`, `PyPI provenance for ${filename}`, INTEGRITY_V1);
}
const SIMPLE_V1 = 'application/vnd.pypi.simple.v1+json';
/**
 * PEP 691 JSON project page (`GET SIMPLE/NAME/`): every file with its sha256, upload time
 * (PEP 700) and PEP 740 provenance URL. `simple` is an index's simple API base, e.g.
 * `https://pypi.org/simple` (what `PIP_INDEX_URL` names).
 */
function fetchProjectPage(client, simple, name) {
    return (0,_responses_js__WEBPACK_IMPORTED_MODULE_1__/* .fetchJson */ .x6)(client, `${simple}/${encodeURIComponent(name)}/`, `PyPI ${name}`, SIMPLE_V1);
}
/** A file's provenance, at the URL the project page gave (never a step down from its https). */
function fetchLinkedProvenance(client, url, page, filename) {
    (0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .checkLinked */ .UO)(url, page);
    return (0,_responses_js__WEBPACK_IMPORTED_MODULE_1__/* .fetchJson */ .x6)(client, url, `PyPI provenance for ${filename}`, INTEGRITY_V1);
}


/***/ }),

/***/ 6978:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   J9: () => (/* binding */ jsonBody),
/* harmony export */   uI: () => (/* binding */ unexpectedStatus),
/* harmony export */   x6: () => (/* binding */ fetchJson)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);
/* harmony import */ var _core_json_strict_json_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2208);


const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/**
 * A service's JSON answer. A body that is not JSON is the service failing (a truncated or
 * garbled transfer, a proxy's error page): NETWORK, indeterminate, never a verdict.
 */
function jsonBody(response, what) {
    try {
        return (0,_core_json_strict_json_js__WEBPACK_IMPORTED_MODULE_1__/* .parseStrictJson */ .R)(utf8.decode(response.body));
    }
    catch (err) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('NETWORK', `${what}: the response is not valid JSON (${err instanceof Error ? err.message : String(err)})`, { hint: 'the service or a proxy answered with something else; try again later' });
    }
}
/** A status that is neither success nor "not found": the answer is unknown (exit 3). */
function unexpectedStatus(response, what) {
    const auth = response.status === 401 || response.status === 403;
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('NETWORK', `${what}: HTTP ${response.status}`, {
        hint: auth
            ? 'the token was refused or lacks access (attestations: read); anonymous access works only for public repositories'
            : 'the service failed; the result is unknown, not a pass',
    });
}
/** GET a registry or index document, anonymously; 404 is `undefined` (the caller says what was missing). */
async function fetchJson(client, url, what, accept = 'application/json', maxBytes) {
    const response = await client.request(url, {
        accept,
        anonymous: true,
        ...(maxBytes === undefined ? {} : { maxBytes }),
    });
    if (response.status === 404)
        return undefined;
    if (response.status !== 200)
        throw unexpectedStatus(response, what);
    return jsonBody(response, what);
}


/***/ }),

/***/ 5212:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   k0: () => (/* binding */ loadTrustRoots)
/* harmony export */ });
/* unused harmony exports GITHUB_TUF_MIRROR, loadRootFile, embeddedPublicGoodRoot */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _sigstore_tuf_seeds_json__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8032);
/* harmony import */ var _core_crypto_trust_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5871);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(4296);
/* harmony import */ var _core_json_strict_json_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(2208);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(6109);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(9496);








const PUBLIC_GOOD_MIRROR = 'https://tuf-repo-cdn.sigstore.dev';
const GITHUB_TUF_MIRROR = 'https://tuf-repo.github.com';
/**
 * Where trust comes from, in order: `--trusted-root FILE` (one root, or JSON Lines of several
 * as `gh attestation trusted-root` prints) with no network; `--offline`, the public-good root
 * embedded from @sigstore/tuf's seeds; otherwise a TUF refresh with an on-disk cache.
 */
async function loadTrustRoots(options) {
    const tuf = [options.tufMirror, options.tufRoot, options.githubTufRoot, options.githubTufMirror];
    if (options.trustedRootFile !== undefined || options.offline === true) {
        if (tuf.some((o) => o !== undefined))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('the TUF options apply only when the trusted root is refreshed online', {
                hint: 'drop --trusted-root / --offline, or the --tuf-* / --github-tuf-* options',
            });
        if (options.trustedRootFile !== undefined)
            return loadRootFile(options.trustedRootFile);
        return [embeddedPublicGoodRoot()];
    }
    if (options.githubTufMirror !== undefined && options.githubTufRoot === undefined)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('--github-tuf-mirror needs --github-tuf-root (its TUF root.json)');
    const cacheDir = options.cacheDir ?? defaultCacheDir();
    const roots = [
        await fetchTufRoot(options.tufMirror ?? PUBLIC_GOOD_MIRROR, options.tufRoot, cacheDir),
    ];
    if (options.githubTufRoot !== undefined)
        roots.push(await fetchTufRoot(options.githubTufMirror ?? GITHUB_TUF_MIRROR, options.githubTufRoot, cacheDir));
    return roots;
}
async function loadRootFile(path) {
    const text = (await (0,_files_js__WEBPACK_IMPORTED_MODULE_6__/* .readInputFile */ .j)(path)).toString('utf8');
    let docs;
    try {
        docs = [[path, (0,_core_json_strict_json_js__WEBPACK_IMPORTED_MODULE_5__/* .parseStrictJson */ .R)(text)]];
    }
    catch {
        docs = text
            .split('\n')
            .map((line, i) => [`${path}:${i + 1}`, line])
            .filter(([, line]) => line.trim().length > 0)
            .map(([label, line]) => [label, parseRootLine(label, line)]);
    }
    if (docs.length === 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .VerifyError */ .Gz('TRUST_ROOT', `${path} holds no trusted root`);
    return docs.map(([label, json]) => (0,_core_crypto_trust_js__WEBPACK_IMPORTED_MODULE_3__/* .loadTrustedRoot */ .KE)(json, label));
}
function parseRootLine(label, line) {
    try {
        return (0,_core_json_strict_json_js__WEBPACK_IMPORTED_MODULE_5__/* .parseStrictJson */ .R)(line);
    }
    catch (err) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .VerifyError */ .Gz('TRUST_ROOT', `${label} is not a trusted root: ${err instanceof Error ? err.message : String(err)}`);
    }
}
/** The public-good trusted root shipped inside @sigstore/tuf (no network). */
function embeddedPublicGoodRoot() {
    const target = _sigstore_tuf_seeds_json__WEBPACK_IMPORTED_MODULE_2__[PUBLIC_GOOD_MIRROR].targets['trusted_root.json'];
    const json = (0,_core_json_strict_json_js__WEBPACK_IMPORTED_MODULE_5__/* .parseStrictJson */ .R)(Buffer.from(target, 'base64').toString('utf8'));
    return (0,_core_crypto_trust_js__WEBPACK_IMPORTED_MODULE_3__/* .loadTrustedRoot */ .KE)(json, 'embedded public-good root (@sigstore/tuf seeds)');
}
/**
 * A TUF refresh of one repository, with its own cache directory (one per mirror: caches of
 * two repositories must never mix). The bootstrap root is the mirror's seed or `rootFile`.
 */
async function fetchTufRoot(mirrorUrl, rootFile, cacheDir) {
    const mirror = (0,_http_js__WEBPACK_IMPORTED_MODULE_7__/* .serviceBase */ .bR)(mirrorUrl, 'TUF mirror');
    if (rootFile !== undefined)
        await (0,_files_js__WEBPACK_IMPORTED_MODULE_6__/* .readInputFile */ .j)(rootFile, 1 << 20);
    try {
        const { getTrustedRoot } = await __nccwpck_require__.e(/* import() */ 694).then(__nccwpck_require__.bind(__nccwpck_require__, 4423));
        const root = await getTrustedRoot({
            mirrorURL: mirror,
            cachePath: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(cacheDir, encodeURIComponent(mirror)),
            ...(rootFile === undefined ? {} : { rootPath: rootFile }),
            retry: { retries: 1 },
            timeout: 10_000,
        });
        const { TrustedRoot } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 9654, 23));
        return (0,_core_crypto_trust_js__WEBPACK_IMPORTED_MODULE_3__/* .loadTrustedRoot */ .KE)(TrustedRoot.toJSON(root), `TUF ${mirror}`);
    }
    catch (err) {
        if (err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .VerifyError */ .Gz)
            throw err;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .VerifyError */ .Gz('TRUST_ROOT_UNAVAILABLE', `could not refresh the trusted root from ${mirror}: ${err instanceof Error ? err.message : String(err)}`, {
            hint: 'use --offline for the embedded public-good root, or --trusted-root FILE',
        });
    }
}
function defaultCacheDir() {
    const base = process.env.XDG_CACHE_HOME ?? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_0__.homedir)(), '.cache');
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(base, 'verify-provenance', 'tuf');
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 1943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 8032:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"https://tuf-repo-cdn.sigstore.dev":{"root.json":"ewogInNpZ25hdHVyZXMiOiBbCiAgewogICAia2V5aWQiOiAiZTcxYTU0ZDU0MzgzNWJhODZhZGFkOTQ2MDM3OWM3NjQxZmI4NzI2ZDE2NGVhNzY2ODAxYTFjNTIyYWJhN2VhMiIsCiAgICJzaWciOiAiMzA0NTAyMjA2NWM2OGYyOGViZTQ0ZDBhNGUwNDdhNmUyODdmOTY2OWM4ZTNiMzFlMDg1MzYzOTZjNjdhMTQ4MzMyNmJlOGM2MDIyMTAwZTc1MjRhODg5ZTQwZGUwZGY4NDIzMWRkNDBlMWZjYzU3ZmJiYmY2MjA1NWMxNzA3NjU2ODMwN2RiYzUwOTA0NiIKICB9LAogIHsKICAgImtleWlkIjogIjIyZjRjYWVjNmQ4ZTZmOTU1NWFmNjZiM2Q0YzNjYjA2YTNiYjIzZmRjN2UzOWM5MTZjNjFmNDYyZTZmNTJiMDYiLAogICAic2lnIjogIjMwNDUwMjIwNmZlZGM0YTM4MmEwYzUxNTVlODEyYzliNzQ2MWZlMzg4ZWY3MDRmZWY5ZTA5M2M1YzIzNmUyMGFiYmY4ZTY2MjAyMjEwMDhiYmVjMzZiNjNiZjliYWViYzAzYTgzYzc3MGNmOTM4N2VmYzkwOTA3ZWI4MzA3MGI3YTg3NTEyOTUxMmQ2ODciCiAgfSwKICB7CiAgICJrZXlpZCI6ICI2MTY0MzgzODEyNWI0NDBiNDBkYjY5NDJmNWNiNWEzMWMwZGMwNDM2ODMxNmViMmFhYTU4Yjk1OTA0YTU4MjIyIiwKICAgInNpZyI6ICIzMDQ1MDIyMDQ2OGY0MjE5ZGI1MWM3ZTgxNWUxZTNkMzNkOTk4Nzg3OGFhMTJhZWFmMzMxNjA0ZDUxODBkZDYwYjE5ZGZiMzUwMjIxMDA5Zjc3OGVmNWU5NjY0N2MwOGJkMjNkNjNmNjljMGNjZTZmYzM1M2Q3NDdiOWQ1MWYzNWRjMGY4Njc4ZGU5ZmVmIgogIH0sCiAgewogICAia2V5aWQiOiAiYTY4N2U1YmY0ZmFiODJiMGVlNThkNDZlMDVjOTUzNTE0NWEyYzlhZmI0NThmNDNkNDJiNDVjYTBmZGNlMmE3MCIsCiAgICJzaWciOiAiMzA0NTAyMjAyOWUyNTE4YTdiY2FjMDVlYzBiMjI3ODA5Y2UwYzk2OTQwNjc0MzQxMmY5MGRjNTI1NTQwMWFmYjEzMzYzZjQ2MDIyMTAwODdhNjQxODIyNDllNDFkZDExZGU5MWM5ZjM4NWEzMzY1OWJkNjAxNDdhOTNkMTNjODZiN2E2NGU0NDdmOTgyNiIKICB9LAogIHsKICAgImtleWlkIjogIjE4M2U2NGYzNzY3MGRjMTNjYTBkMjg5OTVhMzA1M2YzNzQwOTU0ZGRjZTQ0MzIxYTQxZTQ2NTM0Y2Y0NGU2MzIiLAogICAic2lnIjogIjMwNDUwMjIxMDA4MDUxYzQ1NmVkMmJmNDhhYTVmYzU3NDI5MjhhYjA5MDQyNjZjMWQ2YmRkZTVmYzc1YWUyMGYxMmQwOThhOTU1MDIyMDNjYzY4M2JkODY3OTM4MDhlNmM5Zjg5ZTJjYTkzZjgwYjAwYzZlYTY0ODgwYWM0ZTM3ZGI2OWUyZTg2YjI0ZTMiCiAgfQogXSwKICJzaWduZWQiOiB7CiAgIl90eXBlIjogInJvb3QiLAogICJjb25zaXN0ZW50X3NuYXBzaG90IjogdHJ1ZSwKICAiZXhwaXJlcyI6ICIyMDI3LTA0LTIyVDE5OjI3OjMxWiIsCiAgImtleXMiOiB7CiAgICIwYzg3NDMyYzNiZjA5ZmQ5OTE4OWZkYzMyZmE1ZWFlZGY0ZTRhNWZhYzdiYWI3M2ZhMDRhMmUwZmM2NGFmNmY1IjogewogICAgImtleWlkX2hhc2hfYWxnb3JpdGhtcyI6IFsKICAgICAic2hhMjU2IiwKICAgICAic2hhNTEyIgogICAgXSwKICAgICJrZXl0eXBlIjogImVjZHNhIiwKICAgICJrZXl2YWwiOiB7CiAgICAgInB1YmxpYyI6ICItLS0tLUJFR0lOIFBVQkxJQyBLRVktLS0tLVxuTUZrd0V3WUhLb1pJemowQ0FRWUlLb1pJemowREFRY0RRZ0FFV1JpR3I1K2orM0o1U3NIK1p0cjVuRTJIMndPN1xuQlYrbk8zczkzZ0xjYTE4cVRPekhZMW9XeUFHRHlrTVNzR1RVQlN0OUQrQW4wS2ZLc0QybWZTTTQyUT09XG4tLS0tLUVORCBQVUJMSUMgS0VZLS0tLS1cbiIKICAgIH0sCiAgICAic2NoZW1lIjogImVjZHNhLXNoYTItbmlzdHAyNTYiLAogICAgIngtdHVmLW9uLWNpLW9ubGluZS11cmkiOiAiZ2Nwa21zOnByb2plY3RzL3NpZ3N0b3JlLXJvb3Qtc2lnbmluZy9sb2NhdGlvbnMvZ2xvYmFsL2tleVJpbmdzL3Jvb3QvY3J5cHRvS2V5cy90aW1lc3RhbXAvY3J5cHRvS2V5VmVyc2lvbnMvMSIKICAgfSwKICAgIjE4M2U2NGYzNzY3MGRjMTNjYTBkMjg5OTVhMzA1M2YzNzQwOTU0ZGRjZTQ0MzIxYTQxZTQ2NTM0Y2Y0NGU2MzIiOiB7CiAgICAia2V5dHlwZSI6ICJlY2RzYSIsCiAgICAia2V5dmFsIjogewogICAgICJwdWJsaWMiOiAiLS0tLS1CRUdJTiBQVUJMSUMgS0VZLS0tLS1cbk1Ga3dFd1lIS29aSXpqMENBUVlJS29aSXpqMERBUWNEUWdBRU14cFBPSkNJWjVvdEc0MTA2ZkdKc2VFUWkzVjlcbnBrTVlRNHV5VjlUajFNN1dIWEl5TEcramtmdnVHMGdsUTFKWmJSWlpCVjNnQVI0c29qZEdISVNlb3c9PVxuLS0tLS1FTkQgUFVCTElDIEtFWS0tLS0tXG4iCiAgICB9LAogICAgInNjaGVtZSI6ICJlY2RzYS1zaGEyLW5pc3RwMjU2IiwKICAgICJ4LXR1Zi1vbi1jaS1rZXlvd25lciI6ICJAbGFuY2UiCiAgIH0sCiAgICIyMmY0Y2FlYzZkOGU2Zjk1NTVhZjY2YjNkNGMzY2IwNmEzYmIyM2ZkYzdlMzljOTE2YzYxZjQ2MmU2ZjUyYjA2IjogewogICAgImtleWlkX2hhc2hfYWxnb3JpdGhtcyI6IFsKICAgICAic2hhMjU2IiwKICAgICAic2hhNTEyIgogICAgXSwKICAgICJrZXl0eXBlIjogImVjZHNhIiwKICAgICJrZXl2YWwiOiB7CiAgICAgInB1YmxpYyI6ICItLS0tLUJFR0lOIFBVQkxJQyBLRVktLS0tLVxuTUZrd0V3WUhLb1pJemowQ0FRWUlLb1pJemowREFRY0RRZ0FFekJ6Vk9tSENQb2pNVkxTSTM2NFdpaVY4TlByRFxuNklnUnhWbGlza3ovdit5M0pFUjVtY1ZHY09ObGlEY1dNQzVKMmxmSG1qUE5QaGI0SDd4bThMemZTQT09XG4tLS0tLUVORCBQVUJMSUMgS0VZLS0tLS1cbiIKICAgIH0sCiAgICAic2NoZW1lIjogImVjZHNhLXNoYTItbmlzdHAyNTYiLAogICAgIngtdHVmLW9uLWNpLWtleW93bmVyIjogIkBzYW50aWFnb3RvcnJlcyIKICAgfSwKICAgIjYxNjQzODM4MTI1YjQ0MGI0MGRiNjk0MmY1Y2I1YTMxYzBkYzA0MzY4MzE2ZWIyYWFhNThiOTU5MDRhNTgyMjIiOiB7CiAgICAia2V5aWRfaGFzaF9hbGdvcml0aG1zIjogWwogICAgICJzaGEyNTYiLAogICAgICJzaGE1MTIiCiAgICBdLAogICAgImtleXR5cGUiOiAiZWNkc2EiLAogICAgImtleXZhbCI6IHsKICAgICAicHVibGljIjogIi0tLS0tQkVHSU4gUFVCTElDIEtFWS0tLS0tXG5NRmt3RXdZSEtvWkl6ajBDQVFZSUtvWkl6ajBEQVFjRFFnQUVpbmlrU3NBUW1Za05lSDVlWXEvQ25JekxhYWNPXG54bFNhYXdRRE93cUt5L3RDcXhxNXh4UFNKYzIxSzRXSWhzOUd5T2tLZnp1ZVkzR0lMemNNSlo0Y1d3PT1cbi0tLS0tRU5EIFBVQkxJQyBLRVktLS0tLVxuIgogICAgfSwKICAgICJzY2hlbWUiOiAiZWNkc2Etc2hhMi1uaXN0cDI1NiIsCiAgICAieC10dWYtb24tY2kta2V5b3duZXIiOiAiQGJvYmNhbGxhd2F5IgogICB9LAogICAiYTY4N2U1YmY0ZmFiODJiMGVlNThkNDZlMDVjOTUzNTE0NWEyYzlhZmI0NThmNDNkNDJiNDVjYTBmZGNlMmE3MCI6IHsKICAgICJrZXlpZF9oYXNoX2FsZ29yaXRobXMiOiBbCiAgICAgInNoYTI1NiIsCiAgICAgInNoYTUxMiIKICAgIF0sCiAgICAia2V5dHlwZSI6ICJlY2RzYSIsCiAgICAia2V5dmFsIjogewogICAgICJwdWJsaWMiOiAiLS0tLS1CRUdJTiBQVUJMSUMgS0VZLS0tLS1cbk1Ga3dFd1lIS29aSXpqMENBUVlJS29aSXpqMERBUWNEUWdBRTBnaHJoOTJMdzFZcjNpZEdWNVdxQ3RNREI4Q3hcbitEOGhkQzR3MlpMTklwbFZSb1ZHTHNrWWEzZ2hlTXlPamlKOGtQaTE1YVEyLy83UCtvajdVdkpQR3c9PVxuLS0tLS1FTkQgUFVCTElDIEtFWS0tLS0tXG4iCiAgICB9LAogICAgInNjaGVtZSI6ICJlY2RzYS1zaGEyLW5pc3RwMjU2IiwKICAgICJ4LXR1Zi1vbi1jaS1rZXlvd25lciI6ICJAam9zaHVhZ2wiCiAgIH0sCiAgICJlNzFhNTRkNTQzODM1YmE4NmFkYWQ5NDYwMzc5Yzc2NDFmYjg3MjZkMTY0ZWE3NjY4MDFhMWM1MjJhYmE3ZWEyIjogewogICAgImtleWlkX2hhc2hfYWxnb3JpdGhtcyI6IFsKICAgICAic2hhMjU2IiwKICAgICAic2hhNTEyIgogICAgXSwKICAgICJrZXl0eXBlIjogImVjZHNhIiwKICAgICJrZXl2YWwiOiB7CiAgICAgInB1YmxpYyI6ICItLS0tLUJFR0lOIFBVQkxJQyBLRVktLS0tLVxuTUZrd0V3WUhLb1pJemowQ0FRWUlLb1pJemowREFRY0RRZ0FFRVhzejNTWlhGYjhqTVY0Mmo2cEpseWpialI4S1xuTjNCd29jZXhxNkxNSWI1cXNXS09RdkxOMTZOVWVmTGM0SHN3T291bVJzVlZhYWpTcFFTNmZvYmtSdz09XG4tLS0tLUVORCBQVUJMSUMgS0VZLS0tLS1cbiIKICAgIH0sCiAgICAic2NoZW1lIjogImVjZHNhLXNoYTItbmlzdHAyNTYiLAogICAgIngtdHVmLW9uLWNpLWtleW93bmVyIjogIkBtbm02NzgiCiAgIH0KICB9LAogICJyb2xlcyI6IHsKICAgInJvb3QiOiB7CiAgICAia2V5aWRzIjogWwogICAgICJlNzFhNTRkNTQzODM1YmE4NmFkYWQ5NDYwMzc5Yzc2NDFmYjg3MjZkMTY0ZWE3NjY4MDFhMWM1MjJhYmE3ZWEyIiwKICAgICAiMjJmNGNhZWM2ZDhlNmY5NTU1YWY2NmIzZDRjM2NiMDZhM2JiMjNmZGM3ZTM5YzkxNmM2MWY0NjJlNmY1MmIwNiIsCiAgICAgIjYxNjQzODM4MTI1YjQ0MGI0MGRiNjk0MmY1Y2I1YTMxYzBkYzA0MzY4MzE2ZWIyYWFhNThiOTU5MDRhNTgyMjIiLAogICAgICJhNjg3ZTViZjRmYWI4MmIwZWU1OGQ0NmUwNWM5NTM1MTQ1YTJjOWFmYjQ1OGY0M2Q0MmI0NWNhMGZkY2UyYTcwIiwKICAgICAiMTgzZTY0ZjM3NjcwZGMxM2NhMGQyODk5NWEzMDUzZjM3NDA5NTRkZGNlNDQzMjFhNDFlNDY1MzRjZjQ0ZTYzMiIKICAgIF0sCiAgICAidGhyZXNob2xkIjogMwogICB9LAogICAic25hcHNob3QiOiB7CiAgICAia2V5aWRzIjogWwogICAgICIwYzg3NDMyYzNiZjA5ZmQ5OTE4OWZkYzMyZmE1ZWFlZGY0ZTRhNWZhYzdiYWI3M2ZhMDRhMmUwZmM2NGFmNmY1IgogICAgXSwKICAgICJ0aHJlc2hvbGQiOiAxLAogICAgIngtdHVmLW9uLWNpLWV4cGlyeS1wZXJpb2QiOiAzNjUwLAogICAgIngtdHVmLW9uLWNpLXNpZ25pbmctcGVyaW9kIjogMzY1CiAgIH0sCiAgICJ0YXJnZXRzIjogewogICAgImtleWlkcyI6IFsKICAgICAiZTcxYTU0ZDU0MzgzNWJhODZhZGFkOTQ2MDM3OWM3NjQxZmI4NzI2ZDE2NGVhNzY2ODAxYTFjNTIyYWJhN2VhMiIsCiAgICAgIjIyZjRjYWVjNmQ4ZTZmOTU1NWFmNjZiM2Q0YzNjYjA2YTNiYjIzZmRjN2UzOWM5MTZjNjFmNDYyZTZmNTJiMDYiLAogICAgICI2MTY0MzgzODEyNWI0NDBiNDBkYjY5NDJmNWNiNWEzMWMwZGMwNDM2ODMxNmViMmFhYTU4Yjk1OTA0YTU4MjIyIiwKICAgICAiYTY4N2U1YmY0ZmFiODJiMGVlNThkNDZlMDVjOTUzNTE0NWEyYzlhZmI0NThmNDNkNDJiNDVjYTBmZGNlMmE3MCIsCiAgICAgIjE4M2U2NGYzNzY3MGRjMTNjYTBkMjg5OTVhMzA1M2YzNzQwOTU0ZGRjZTQ0MzIxYTQxZTQ2NTM0Y2Y0NGU2MzIiCiAgICBdLAogICAgInRocmVzaG9sZCI6IDMKICAgfSwKICAgInRpbWVzdGFtcCI6IHsKICAgICJrZXlpZHMiOiBbCiAgICAgIjBjODc0MzJjM2JmMDlmZDk5MTg5ZmRjMzJmYTVlYWVkZjRlNGE1ZmFjN2JhYjczZmEwNGEyZTBmYzY0YWY2ZjUiCiAgICBdLAogICAgInRocmVzaG9sZCI6IDEsCiAgICAieC10dWYtb24tY2ktZXhwaXJ5LXBlcmlvZCI6IDcsCiAgICAieC10dWYtb24tY2ktc2lnbmluZy1wZXJpb2QiOiA2CiAgIH0KICB9LAogICJzcGVjX3ZlcnNpb24iOiAiMS4wIiwKICAidmVyc2lvbiI6IDE2LAogICJ4LXR1Zi1vbi1jaS1leHBpcnktcGVyaW9kIjogMTk3LAogICJ4LXR1Zi1vbi1jaS1zaWduaW5nLXBlcmlvZCI6IDQ2CiB9Cn0=","targets":{"trusted_root.json":"ewogICJtZWRpYVR5cGUiOiAiYXBwbGljYXRpb24vdm5kLmRldi5zaWdzdG9yZS50cnVzdGVkcm9vdCtqc29uO3ZlcnNpb249MC4xIiwKICAidGxvZ3MiOiBbCiAgICB7CiAgICAgICJiYXNlVXJsIjogImh0dHBzOi8vcmVrb3Iuc2lnc3RvcmUuZGV2IiwKICAgICAgImhhc2hBbGdvcml0aG0iOiAiU0hBMl8yNTYiLAogICAgICAicHVibGljS2V5IjogewogICAgICAgICJyYXdCeXRlcyI6ICJNRmt3RXdZSEtvWkl6ajBDQVFZSUtvWkl6ajBEQVFjRFFnQUUyRzJZKzJ0YWJkVFY1QmNHaUJJeDBhOWZBRndya0JibUxTR3RrczRMM3FYNnlZWTB6dWZCbmhDOFVyL2l5NTVHaFdQLzlBL2JZMkxoQzMwTTkrUll0dz09IiwKICAgICAgICAia2V5RGV0YWlscyI6ICJQS0lYX0VDRFNBX1AyNTZfU0hBXzI1NiIsCiAgICAgICAgInZhbGlkRm9yIjogewogICAgICAgICAgInN0YXJ0IjogIjIwMjEtMDEtMTJUMTE6NTM6MjdaIgogICAgICAgIH0KICAgICAgfSwKICAgICAgImxvZ0lkIjogewogICAgICAgICJrZXlJZCI6ICJ3Tkk5YXRRR2x6K1ZXZk82TFJ5Z0g0UVVmWS84VzRSRndpVDVpNVdSZ0IwPSIKICAgICAgfQogICAgfSwKICAgIHsKICAgICAgImJhc2VVcmwiOiAiaHR0cHM6Ly9sb2cyMDI1LTEucmVrb3Iuc2lnc3RvcmUuZGV2IiwKICAgICAgImhhc2hBbGdvcml0aG0iOiAiU0hBMl8yNTYiLAogICAgICAicHVibGljS2V5IjogewogICAgICAgICJyYXdCeXRlcyI6ICJNQ293QlFZREsyVndBeUVBdDhybHAxa25Hd2pmYmNYQVlQWUFrbjBYaUx6MXg4TzR0MFlrRWhpZTI0ND0iLAogICAgICAgICJrZXlEZXRhaWxzIjogIlBLSVhfRUQyNTUxOSIsCiAgICAgICAgInZhbGlkRm9yIjogewogICAgICAgICAgInN0YXJ0IjogIjIwMjUtMDktMjNUMDA6MDA6MDBaIgogICAgICAgIH0KICAgICAgfSwKICAgICAgImxvZ0lkIjogewogICAgICAgICJrZXlJZCI6ICJ6eEdaRlZ2ZDBGRW1qUjhXckZ3TWRjQUo5dnRhWS9RWGY0NFkxd1VlUDZBPSIKICAgICAgfQogICAgfQogIF0sCiAgImNlcnRpZmljYXRlQXV0aG9yaXRpZXMiOiBbCiAgICB7CiAgICAgICJzdWJqZWN0IjogewogICAgICAgICJvcmdhbml6YXRpb24iOiAic2lnc3RvcmUuZGV2IiwKICAgICAgICAiY29tbW9uTmFtZSI6ICJzaWdzdG9yZSIKICAgICAgfSwKICAgICAgInVyaSI6ICJodHRwczovL2Z1bGNpby5zaWdzdG9yZS5kZXYiLAogICAgICAiY2VydENoYWluIjogewogICAgICAgICJjZXJ0aWZpY2F0ZXMiOiBbCiAgICAgICAgICB7CiAgICAgICAgICAgICJyYXdCeXRlcyI6ICJNSUlCK0RDQ0FYNmdBd0lCQWdJVE5Wa0Rab0Npb2ZQRHN5N2RmbTZnZUxidWh6QUtCZ2dxaGtqT1BRUURBekFxTVJVd0V3WURWUVFLRXd4emFXZHpkRzl5WlM1a1pYWXhFVEFQQmdOVkJBTVRDSE5wWjNOMGIzSmxNQjRYRFRJeE1ETXdOekF6TWpBeU9Wb1hEVE14TURJeU16QXpNakF5T1Zvd0tqRVZNQk1HQTFVRUNoTU1jMmxuYzNSdmNtVXVaR1YyTVJFd0R3WURWUVFERXdoemFXZHpkRzl5WlRCMk1CQUdCeXFHU000OUFnRUdCU3VCQkFBaUEySUFCTFN5QTdJaTVrK3BOTzhaRVdZMHlsZW1XRG93T2tOYTNrTCtHWkU1WjVHV2VoTDkvQTliUk5BM1JicnNaNWkwSmNhc3RhUkw3U3A1ZnAvakQ1ZHhxYy9VZFRWbmx2UzE2YW4rMllmc3dlL1F1TG9sUlVDcmNPRTIrMmlBNSt0emQ2Tm1NR1F3RGdZRFZSMFBBUUgvQkFRREFnRUdNQklHQTFVZEV3RUIvd1FJTUFZQkFmOENBUUV3SFFZRFZSME9CQllFRk1qRkhRQkJtaVFwTWxFazZ3MnVTdTFLQnRQc01COEdBMVVkSXdRWU1CYUFGTWpGSFFCQm1pUXBNbEVrNncydVN1MUtCdFBzTUFvR0NDcUdTTTQ5QkFNREEyZ0FNR1VDTUg4bGlXSmZNdWk2dlhYQmhqRGdZNE13c2xtTi9USnhWZS84M1dyRm9td21OZjA1NnkxWDQ4RjljNG0zYTNvelhBSXhBS2pSYXk1L2FqL2pzS0tHSWttUWF0akk4dXVwSHIvK0N4RnZhSldtcFlxTmtMREdSVSs5b3J6aDVoSTJScmN1YVE9PSIKICAgICAgICAgIH0KICAgICAgICBdCiAgICAgIH0sCiAgICAgICJ2YWxpZEZvciI6IHsKICAgICAgICAic3RhcnQiOiAiMjAyMS0wMy0wN1QwMzoyMDoyOVoiLAogICAgICAgICJlbmQiOiAiMjAyMi0xMi0zMVQyMzo1OTo1OS45OTlaIgogICAgICB9CiAgICB9LAogICAgewogICAgICAic3ViamVjdCI6IHsKICAgICAgICAib3JnYW5pemF0aW9uIjogInNpZ3N0b3JlLmRldiIsCiAgICAgICAgImNvbW1vbk5hbWUiOiAic2lnc3RvcmUiCiAgICAgIH0sCiAgICAgICJ1cmkiOiAiaHR0cHM6Ly9mdWxjaW8uc2lnc3RvcmUuZGV2IiwKICAgICAgImNlcnRDaGFpbiI6IHsKICAgICAgICAiY2VydGlmaWNhdGVzIjogWwogICAgICAgICAgewogICAgICAgICAgICAicmF3Qnl0ZXMiOiAiTUlJQ0dqQ0NBYUdnQXdJQkFnSVVBTG5WaVZmblUwYnJKYXNtUmtIcm4vVW5mYVF3Q2dZSUtvWkl6ajBFQXdNd0tqRVZNQk1HQTFVRUNoTU1jMmxuYzNSdmNtVXVaR1YyTVJFd0R3WURWUVFERXdoemFXZHpkRzl5WlRBZUZ3MHlNakEwTVRNeU1EQTJNVFZhRncwek1URXdNRFV4TXpVMk5UaGFNRGN4RlRBVEJnTlZCQW9UREhOcFozTjBiM0psTG1SbGRqRWVNQndHQTFVRUF4TVZjMmxuYzNSdmNtVXRhVzUwWlhKdFpXUnBZWFJsTUhZd0VBWUhLb1pJemowQ0FRWUZLNEVFQUNJRFlnQUU4UlZTL3lzSCtOT3Z1RFp5UEladGlsZ1VGOU5sYXJZcEFkOUhQMXZCQkgxVTVDVjc3TFNTN3MwWmlING5FN0h2N3B0UzZMdnZSL1NUazc5OExWZ016TGxKNEhlSWZGM3RIU2FleExjWXBTQVNyMWtTME4vUmdCSnovOWpXQ2lYbm8zc3dlVEFPQmdOVkhROEJBZjhFQkFNQ0FRWXdFd1lEVlIwbEJBd3dDZ1lJS3dZQkJRVUhBd013RWdZRFZSMFRBUUgvQkFnd0JnRUIvd0lCQURBZEJnTlZIUTRFRmdRVTM5UHB6MVlrRVpiNXFOanBLRldpeGk0WVpEOHdId1lEVlIwakJCZ3dGb0FVV01BZVg1RkZwV2FwZXN5UW9aTWkwQ3JGeGZvd0NnWUlLb1pJemowRUF3TURad0F3WkFJd1BDc1FLNERZaVpZRFBJYURpNUhGS25meFh4NkFTU1ZtRVJmc3luWUJpWDJYNlNKUm5aVTg0LzlEWmRuRnZ2eG1BakJPdDZRcEJsYzRKLzBEeHZrVENxcGNsdnppTDZCQ0NQbmpkbElCM1B1M0J4c1BteWdVWTdJaTJ6YmRDZGxpaW93PSIKICAgICAgICAgIH0sCiAgICAgICAgICB7CiAgICAgICAgICAgICJyYXdCeXRlcyI6ICJNSUlCOXpDQ0FYeWdBd0lCQWdJVUFMWk5BUEZkeEhQd2plRGxvRHd5WUNoQU8vNHdDZ1lJS29aSXpqMEVBd013S2pFVk1CTUdBMVVFQ2hNTWMybG5jM1J2Y21VdVpHVjJNUkV3RHdZRFZRUURFd2h6YVdkemRHOXlaVEFlRncweU1URXdNRGN4TXpVMk5UbGFGdzB6TVRFd01EVXhNelUyTlRoYU1Db3hGVEFUQmdOVkJBb1RESE5wWjNOMGIzSmxMbVJsZGpFUk1BOEdBMVVFQXhNSWMybG5jM1J2Y21Vd2RqQVFCZ2NxaGtqT1BRSUJCZ1VyZ1FRQUlnTmlBQVQ3WGVGVDRyYjNQUUd3UzRJYWp0TGszL09sbnBnYW5nYUJjbFlwc1lCcjVpKzR5bkIwN2NlYjNMUDBPSU9aZHhleFg2OWM1aVZ1eUpSUStIejA1eWkrVUYzdUJXQWxIcGlTNXNoMCtIMkdIRTdTWHJrMUVDNW0xVHIxOUw5Z2c5MmpZekJoTUE0R0ExVWREd0VCL3dRRUF3SUJCakFQQmdOVkhSTUJBZjhFQlRBREFRSC9NQjBHQTFVZERnUVdCQlJZd0I1ZmtVV2xacWw2ekpDaGt5TFFLc1hGK2pBZkJnTlZIU01FR0RBV2dCUll3QjVma1VXbFpxbDZ6SkNoa3lMUUtzWEYrakFLQmdncWhrak9QUVFEQXdOcEFEQm1BakVBajFuSGVYWnArMTNOV0JOYStFRHNEUDhHMVdXZzF0Q01XUC9XSFBxcGFWbzBqaHN3ZU5GWmdTczBlRTd3WUk0cUFqRUEyV0I5b3Q5OHNJa29GM3ZaWWRkMy9WdFdCNWI5VE5NZWE3SXgvc3RKNVRmY0xMZUFCTEU0Qk5KT3NRNHZuQkhKIgogICAgICAgICAgfQogICAgICAgIF0KICAgICAgfSwKICAgICAgInZhbGlkRm9yIjogewogICAgICAgICJzdGFydCI6ICIyMDIyLTA0LTEzVDIwOjA2OjE1WiIKICAgICAgfQogICAgfQogIF0sCiAgImN0bG9ncyI6IFsKICAgIHsKICAgICAgImJhc2VVcmwiOiAiaHR0cHM6Ly9jdGZlLnNpZ3N0b3JlLmRldi90ZXN0IiwKICAgICAgImhhc2hBbGdvcml0aG0iOiAiU0hBMl8yNTYiLAogICAgICAicHVibGljS2V5IjogewogICAgICAgICJyYXdCeXRlcyI6ICJNRmt3RXdZSEtvWkl6ajBDQVFZSUtvWkl6ajBEQVFjRFFnQUViZndSK1JKdWRYc2NnUkJScEtYMVhGRHkzUHl1ZER4ei9TZm5SaTFmVDhla3BmQmQyTzF1b3o3anIzWjhuS3p4QTY5RVVRK2VGQ0ZJM3pldWJQV1U3dz09IiwKICAgICAgICAia2V5RGV0YWlscyI6ICJQS0lYX0VDRFNBX1AyNTZfU0hBXzI1NiIsCiAgICAgICAgInZhbGlkRm9yIjogewogICAgICAgICAgInN0YXJ0IjogIjIwMjEtMDMtMTRUMDA6MDA6MDBaIiwKICAgICAgICAgICJlbmQiOiAiMjAyMi0xMC0zMVQyMzo1OTo1OS45OTlaIgogICAgICAgIH0KICAgICAgfSwKICAgICAgImxvZ0lkIjogewogICAgICAgICJrZXlJZCI6ICJDR0NTOENoUy8yaEYwZEZySjRTY1JXY1lyQlk5d3pqU2JlYThJZ1kyYjNJPSIKICAgICAgfQogICAgfSwKICAgIHsKICAgICAgImJhc2VVcmwiOiAiaHR0cHM6Ly9jdGZlLnNpZ3N0b3JlLmRldi8yMDIyIiwKICAgICAgImhhc2hBbGdvcml0aG0iOiAiU0hBMl8yNTYiLAogICAgICAicHVibGljS2V5IjogewogICAgICAgICJyYXdCeXRlcyI6ICJNRmt3RXdZSEtvWkl6ajBDQVFZSUtvWkl6ajBEQVFjRFFnQUVpUFNsRmkwQ21GVGZFakNVcUY5SHVDRWNZWE5LQWFZYWxJSm1CWjh5eWV6UGpUcWh4cktCcE1uYW9jVnRMSkJJMWVNM3VYblF6UUdBSmRKNGdzOUZ5dz09IiwKICAgICAgICAia2V5RGV0YWlscyI6ICJQS0lYX0VDRFNBX1AyNTZfU0hBXzI1NiIsCiAgICAgICAgInZhbGlkRm9yIjogewogICAgICAgICAgInN0YXJ0IjogIjIwMjItMTAtMjBUMDA6MDA6MDBaIgogICAgICAgIH0KICAgICAgfSwKICAgICAgImxvZ0lkIjogewogICAgICAgICJrZXlJZCI6ICIzVDB3YXNiSEVUSmpHUjRjbVdjM0FxSktYcmplUEszL2g0cHlnQzhwN280PSIKICAgICAgfQogICAgfQogIF0sCiAgInRpbWVzdGFtcEF1dGhvcml0aWVzIjogWwogICAgewogICAgICAic3ViamVjdCI6IHsKICAgICAgICAib3JnYW5pemF0aW9uIjogInNpZ3N0b3JlLmRldiIsCiAgICAgICAgImNvbW1vbk5hbWUiOiAic2lnc3RvcmUtdHNhLXNlbGZzaWduZWQiCiAgICAgIH0sCiAgICAgICJ1cmkiOiAiaHR0cHM6Ly90aW1lc3RhbXAuc2lnc3RvcmUuZGV2L2FwaS92MS90aW1lc3RhbXAiLAogICAgICAiY2VydENoYWluIjogewogICAgICAgICJjZXJ0aWZpY2F0ZXMiOiBbCiAgICAgICAgICB7CiAgICAgICAgICAgICJyYXdCeXRlcyI6ICJNSUlDRURDQ0FaYWdBd0lCQWdJVU9oTlVMd3lRWWU2OHdVTXZ5NHFPaXlvaml3d3dDZ1lJS29aSXpqMEVBd013T1RFVk1CTUdBMVVFQ2hNTWMybG5jM1J2Y21VdVpHVjJNU0F3SGdZRFZRUURFeGR6YVdkemRHOXlaUzEwYzJFdGMyVnNabk5wWjI1bFpEQWVGdzB5TlRBME1EZ3dOalU1TkROYUZ3MHpOVEEwTURZd05qVTVORE5hTUM0eEZUQVRCZ05WQkFvVERITnBaM04wYjNKbExtUmxkakVWTUJNR0ExVUVBeE1NYzJsbmMzUnZjbVV0ZEhOaE1IWXdFQVlIS29aSXpqMENBUVlGSzRFRUFDSURZZ0FFNHJhMlo4aEtOaWcyVDlrRmpDQVRvR0czMGpreStXUXYzQnpMK21LdmgxU0tOUi9Vd3V3c2ZOQ2c0c3J5b1lBZDhFNmlzb3ZWQTNNNGFvTmRtOVFEaTUwWjhuVEV5dnFnZkRQdFRJd1hJdGZpVy9BRmYxVjd1d2tia0FvajB4eGNvMm93YURBT0JnTlZIUThCQWY4RUJBTUNCNEF3SFFZRFZSME9CQllFRkluOWVVT0h6OUJsUnNNQ1JzY3NjMXQ5dE9zRE1COEdBMVVkSXdRWU1CYUFGSmpzQWU5L3UxSC8xSlVlYjRxSW1GTUhpYzYvTUJZR0ExVWRKUUVCL3dRTU1Bb0dDQ3NHQVFVRkJ3TUlNQW9HQ0NxR1NNNDlCQU1EQTJnQU1HVUNNRHRwc1YvNkthTzBxeUYvVU1zWDJhU1VYS1FGZG9HVHB0UUdjMGZ0cTFjc3VsSFBHRzZkc215TU5kM0pCK0czRVFJeEFPYWp2QmNqcEptS2I0TnYrMlRhb2o4VWM1K2I2aWg2RlhDQ0tyYVNxdXBlMDd6cXN3TWNYSlRlMWNFeHZIdnZsdz09IgogICAgICAgICAgfSwKICAgICAgICAgIHsKICAgICAgICAgICAgInJhd0J5dGVzIjogIk1JSUI5ekNDQVh5Z0F3SUJBZ0lVVjdmMEdMRE9vRXpJaDhMWFNXODBPSmlVcDE0d0NnWUlLb1pJemowRUF3TXdPVEVWTUJNR0ExVUVDaE1NYzJsbmMzUnZjbVV1WkdWMk1TQXdIZ1lEVlFRREV4ZHphV2R6ZEc5eVpTMTBjMkV0YzJWc1puTnBaMjVsWkRBZUZ3MHlOVEEwTURnd05qVTVORE5hRncwek5UQTBNRFl3TmpVNU5ETmFNRGt4RlRBVEJnTlZCQW9UREhOcFozTjBiM0psTG1SbGRqRWdNQjRHQTFVRUF4TVhjMmxuYzNSdmNtVXRkSE5oTFhObGJHWnphV2R1WldRd2RqQVFCZ2NxaGtqT1BRSUJCZ1VyZ1FRQUlnTmlBQVFVUU50ZlJUL291M1lBVGE2d0Iva0tUZTcwY2ZKd3lSSUJvdk1udDhSY0pwaC9DT0U4MnV5UzZGbXBwTExMMVZCUEdjUGZwUVBZSk5Yeld3aThpY3doS1E2Vy9RZTJoM29lYkJiMkZIcHdOSkRxbytUTWFDL3RkZmt2L0VsSkI3MmpSVEJETUE0R0ExVWREd0VCL3dRRUF3SUJCakFTQmdOVkhSTUJBZjhFQ0RBR0FRSC9BZ0VBTUIwR0ExVWREZ1FXQkJTWTdBSHZmN3RSLzlTVkhtK0tpSmhUQjRuT3Z6QUtCZ2dxaGtqT1BRUURBd05wQURCbUFqRUF3R0VHcmZHWlIxY2VuMVI4L0RUVk1JOTQzTHNzWm1KUnREcC9pN1NmR0htR1JQNmdSYnVqOXZPSzNiNjdaMFFRQWpFQXVUMkg2NzNMUUVhSFRjeVFTWnJrcDRtWDdXd2ttRitzVmJrWVk1bVhOK1JNSDEzS1VFSEhPcUFTYWVtWVdLL0UiCiAgICAgICAgICB9CiAgICAgICAgXQogICAgICB9LAogICAgICAidmFsaWRGb3IiOiB7CiAgICAgICAgInN0YXJ0IjogIjIwMjUtMDctMDRUMDA6MDA6MDBaIgogICAgICB9CiAgICB9CiAgXQp9Cg==","registry.npmjs.org%2Fkeys.json":"ewogICAgImtleXMiOiBbCiAgICAgICAgewogICAgICAgICAgICAia2V5SWQiOiAiU0hBMjU2OmpsM2J3c3d1ODBQampva0NnaDBvMnc1YzJVNExoUUFFNTdnajljejFrekEiLAogICAgICAgICAgICAia2V5VXNhZ2UiOiAibnBtOnNpZ25hdHVyZXMiLAogICAgICAgICAgICAicHVibGljS2V5IjogewogICAgICAgICAgICAgICAgInJhd0J5dGVzIjogIk1Ga3dFd1lIS29aSXpqMENBUVlJS29aSXpqMERBUWNEUWdBRTFPbGIzek1BRkZ4WEtIaUlrUU81Y0ozWWhsNWk2VVBwK0lodXRlQkpidUhjQTVVb2dLbzBFV3RsV3dXNktTYUtvVE5FWUw3SmxDUWlWbmtoQmt0VWdnPT0iLAogICAgICAgICAgICAgICAgImtleURldGFpbHMiOiAiUEtJWF9FQ0RTQV9QMjU2X1NIQV8yNTYiLAogICAgICAgICAgICAgICAgInZhbGlkRm9yIjogewogICAgICAgICAgICAgICAgICAgICJzdGFydCI6ICIxOTk5LTAxLTAxVDAwOjAwOjAwLjAwMFoiLAogICAgICAgICAgICAgICAgICAgICJlbmQiOiAiMjAyNS0wMS0yOVQwMDowMDowMC4wMDBaIgogICAgICAgICAgICAgICAgfQogICAgICAgICAgICB9CiAgICAgICAgfSwKICAgICAgICB7CiAgICAgICAgICAgICJrZXlJZCI6ICJTSEEyNTY6amwzYndzd3U4MFBqam9rQ2doMG8ydzVjMlU0TGhRQUU1N2dqOWN6MWt6QSIsCiAgICAgICAgICAgICJrZXlVc2FnZSI6ICJucG06YXR0ZXN0YXRpb25zIiwKICAgICAgICAgICAgInB1YmxpY0tleSI6IHsKICAgICAgICAgICAgICAgICJyYXdCeXRlcyI6ICJNRmt3RXdZSEtvWkl6ajBDQVFZSUtvWkl6ajBEQVFjRFFnQUUxT2xiM3pNQUZGeFhLSGlJa1FPNWNKM1lobDVpNlVQcCtJaHV0ZUJKYnVIY0E1VW9nS28wRVd0bFd3VzZLU2FLb1RORVlMN0psQ1FpVm5raEJrdFVnZz09IiwKICAgICAgICAgICAgICAgICJrZXlEZXRhaWxzIjogIlBLSVhfRUNEU0FfUDI1Nl9TSEFfMjU2IiwKICAgICAgICAgICAgICAgICJ2YWxpZEZvciI6IHsKICAgICAgICAgICAgICAgICAgICAic3RhcnQiOiAiMjAyMi0xMi0wMVQwMDowMDowMC4wMDBaIiwKICAgICAgICAgICAgICAgICAgICAiZW5kIjogIjIwMjUtMDEtMjlUMDA6MDA6MDAuMDAwWiIKICAgICAgICAgICAgICAgIH0KICAgICAgICAgICAgfQogICAgICAgIH0sCiAgICAgICAgewogICAgICAgICAgICAia2V5SWQiOiAiU0hBMjU2OkRoUTh3UjVBUEJ2RkhMRi8rVGMrQVl2UE9kVHBjSURxT2h4c0JIUndDN1UiLAogICAgICAgICAgICAia2V5VXNhZ2UiOiAibnBtOnNpZ25hdHVyZXMiLAogICAgICAgICAgICAicHVibGljS2V5IjogewogICAgICAgICAgICAgICAgInJhd0J5dGVzIjogIk1Ga3dFd1lIS29aSXpqMENBUVlJS29aSXpqMERBUWNEUWdBRVk2WWE3VysrN2FVUHp2TVRyZXpINlljeDNjK0hPS1lDY05HeWJKWlNDSnEvZmQ3UWE4dXVBS3RkSWtVUXRRaUVLRVJoQW1FNWxNTUpoUDhPa0RPYTJnPT0iLAogICAgICAgICAgICAgICAgImtleURldGFpbHMiOiAiUEtJWF9FQ0RTQV9QMjU2X1NIQV8yNTYiLAogICAgICAgICAgICAgICAgInZhbGlkRm9yIjogewogICAgICAgICAgICAgICAgICAgICJzdGFydCI6ICIyMDI1LTAxLTEzVDAwOjAwOjAwLjAwMFoiCiAgICAgICAgICAgICAgICB9CiAgICAgICAgICAgIH0KICAgICAgICB9LAogICAgICAgIHsKICAgICAgICAgICAgImtleUlkIjogIlNIQTI1NjpEaFE4d1I1QVBCdkZITEYvK1RjK0FZdlBPZFRwY0lEcU9oeHNCSFJ3QzdVIiwKICAgICAgICAgICAgImtleVVzYWdlIjogIm5wbTphdHRlc3RhdGlvbnMiLAogICAgICAgICAgICAicHVibGljS2V5IjogewogICAgICAgICAgICAgICAgInJhd0J5dGVzIjogIk1Ga3dFd1lIS29aSXpqMENBUVlJS29aSXpqMERBUWNEUWdBRVk2WWE3VysrN2FVUHp2TVRyZXpINlljeDNjK0hPS1lDY05HeWJKWlNDSnEvZmQ3UWE4dXVBS3RkSWtVUXRRaUVLRVJoQW1FNWxNTUpoUDhPa0RPYTJnPT0iLAogICAgICAgICAgICAgICAgImtleURldGFpbHMiOiAiUEtJWF9FQ0RTQV9QMjU2X1NIQV8yNTYiLAogICAgICAgICAgICAgICAgInZhbGlkRm9yIjogewogICAgICAgICAgICAgICAgICAgICJzdGFydCI6ICIyMDI1LTAxLTEzVDAwOjAwOjAwLjAwMFoiCiAgICAgICAgICAgICAgICB9CiAgICAgICAgICAgIH0KICAgICAgICB9CiAgICBdCn0K"}}}');

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: ./src/core/codes.ts
var codes = __nccwpck_require__(7265);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
// EXTERNAL MODULE: ./src/core/report.ts
var report = __nccwpck_require__(8557);
;// CONCATENATED MODULE: ./src/render/json.ts
function renderJson(result) {
    return `${JSON.stringify(result, null, 2)}\n`;
}

// EXTERNAL MODULE: ./src/core/deps/weak.ts
var weak = __nccwpck_require__(2696);
;// CONCATENATED MODULE: ./src/render/printable.ts
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

;// CONCATENATED MODULE: ./src/render/deps-text.ts


/** How each outcome reads, in the order failures come first. */
const OUTCOME_ORDER = [
    'failed',
    'indeterminate',
    'warned',
    'excepted',
    'not-from-registry',
    'verified',
];
const WORD = {
    failed: 'FAIL',
    indeterminate: 'INDETERMINATE',
    warned: 'WARN',
    excepted: 'EXCEPTED',
    'not-from-registry': 'LISTED',
    verified: 'PASS',
};
const OUTCOME_LABEL = {
    verified: 'verified',
    failed: 'failed',
    indeterminate: 'indeterminate',
    warned: 'warned',
    excepted: 'excepted',
    'not-from-registry': 'not from a registry',
};
/** The package's name as people write it: `name@version`, `pypi:name@version`. */
function packageLabel(a) {
    const p = a.package;
    if (p === undefined)
        return a.name;
    return `${p.ecosystem === 'pypi' ? 'pypi:' : ''}${p.name}${p.version === undefined ? '' : `@${p.version}`}`;
}
/** Where it is declared: the first line, and how many more. */
function whereOf(a) {
    const locations = a.package?.locations ?? [];
    const first = locations[0];
    if (first === undefined)
        return '';
    return `${first.file}:${first.line}${locations.length > 1 ? ` (+${locations.length - 1} more)` : ''}`;
}
/** The checks that explain a package's outcome: its own failing checks, then its attestations'. */
function reasons(a) {
    const own = (a.package?.checks ?? []).filter((c) => c.status === 'fail' || (0,weak/* isWeak */.F)(c));
    const attested = a.verdict === 'verified'
        ? []
        : a.attestations.flatMap((t) => t.checks.filter((c) => c.status === 'fail'));
    const seen = new Set();
    return [...own, ...attested].filter((c) => {
        const key = `${c.code ?? ''}\u0000${c.message}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
/** The counts line: `deps: 120 packages: 100 verified, 2 failed, …`. */
function countsLine(result) {
    const deps = result.deps;
    if (deps === undefined)
        return '';
    const total = Object.values(deps.counts).reduce((a, b) => a + b, 0);
    const parts = OUTCOME_ORDER.slice()
        .reverse()
        .filter((o) => deps.counts[o] > 0)
        .map((o) => `${deps.counts[o]} ${OUTCOME_LABEL[o]}`);
    const extra = [
        deps.unchanged === undefined ? undefined : `${deps.unchanged} unchanged since the base`,
        deps.cache === undefined || deps.cache.hits === 0
            ? undefined
            : `${deps.cache.hits} from the cache`,
    ].filter((s) => s !== undefined);
    return `deps: ${total} package(s)${parts.length > 0 ? `: ${parts.join(', ')}` : ''}${extra.length > 0 ? `; ${extra.join('; ')}` : ''}`;
}
/**
 * The deps report for a terminal: one line per package that failed, was undecided, warned or
 * excepted (failures with expected, found and fix under them), notes, then a counts line and
 * the verdict. Passing and listed packages are counted, not printed; `--format json` has all.
 */
function renderDepsText(untrusted, c) {
    const result = printableDeep(untrusted);
    const lines = [];
    const shown = result.artifacts
        .filter((a) => a.package !== undefined && !['verified', 'not-from-registry'].includes(a.package.outcome))
        .sort((x, y) => OUTCOME_ORDER.indexOf(x.package?.outcome ?? 'failed') -
        OUTCOME_ORDER.indexOf(y.package?.outcome ?? 'failed'));
    for (const a of shown) {
        const outcome = a.package?.outcome ?? 'failed';
        const color = outcome === 'failed' ? c.red : c.yellow;
        const why = reasons(a);
        const exception = a.package?.checks.find((k) => k.id === 'exception' && k.status === 'pass');
        const first = outcome === 'excepted' ? exception : why[0];
        const text = first === undefined
            ? ''
            : `${first.code === undefined ? '' : `[${first.code}] `}${first.message}`;
        lines.push(`${color(WORD[outcome])} ${packageLabel(a)} (${whereOf(a)}): ${text}`);
        if (outcome !== 'failed' && outcome !== 'indeterminate')
            continue;
        for (const check of why) {
            if (check !== first)
                lines.push(`    [${check.code ?? '?'}] ${check.message}`);
            if (check.expected !== undefined)
                lines.push(`      expected: ${check.expected}`);
            if (check.actual !== undefined)
                lines.push(`      found:    ${check.actual}`);
            if (check.hint !== undefined)
                lines.push(`      fix:      ${check.hint}`);
        }
    }
    for (const note of result.deps?.notes ?? [])
        lines.push(c.yellow(`note: ${note}`));
    const pins = result.deps?.pins;
    if (pins !== undefined)
        lines.push(pins.written
            ? `pins: wrote ${pins.file} (${pins.added.length} added, ${pins.changed.length} changed, ${pins.removed.length} removed)${pins.changed.length > 0 ? `; changed: ${pins.changed.join(', ')}` : ''}`
            : `pins: ${pins.file} is up to date`);
    for (const w of result.warnings)
        lines.push(c.yellow(`warning: ${w}`));
    if (lines.length > 0)
        lines.push('');
    lines.push(countsLine(result));
    const codes = result.failedChecks.join(', ');
    lines.push(result.verdict === 'verified'
        ? c.green('VERIFIED: every package meets the policy')
        : result.verdict === 'indeterminate'
            ? c.yellow(`INDETERMINATE: ${codes}`)
            : c.red(`FAILED: ${codes || 'nothing to verify'}`));
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/render/text.ts


const SYMBOL = { pass: '✓', fail: '✗', skipped: '·' };
/**
 * Human report: one block per artifact, each attestation's checks, failures with the fix.
 * Every string from the input is made printable first: no escape sequence or line break acts.
 */
function renderText(untrusted, style = { color: false }) {
    const c = colors(style.color);
    if (untrusted.deps !== undefined && untrusted.error === undefined)
        return renderDepsText(untrusted, c);
    const result = printableDeep(untrusted);
    const lines = [];
    if (result.error !== undefined) {
        lines.push(c.red(`error [${result.error.code}]: ${result.error.message}`));
        if (result.error.hint)
            lines.push(`  hint: ${result.error.hint}`);
        return `${lines.join('\n')}\n`;
    }
    for (const artifact of result.artifacts) {
        lines.push(`${verdictWord(artifact.verdict, c)} ${artifact.name}`);
        if (artifact.attestations.length === 0) {
            lines.push(`  ${c.red(SYMBOL.fail)} [NO_ATTESTATION] no attestation was found for this artifact`);
        }
        const shown = pickShown(artifact.attestations, artifact.verdict);
        for (const att of shown)
            lines.push(...renderAttestation(att, c));
        if (shown.length < artifact.attestations.length) {
            lines.push(`  (${artifact.attestations.length - shown.length} other attestation(s) not shown; --format json lists all)`);
        }
    }
    for (const w of new Set([
        ...result.warnings,
        ...result.artifacts.flatMap((a) => a.attestations.flatMap((t) => (t.verdict === 'verified' ? t.warnings : []))),
    ])) {
        lines.push(c.yellow(`warning: ${w}`));
    }
    lines.push('');
    lines.push(summaryLine(result, c));
    return `${lines.join('\n')}\n`;
}
/** A verified artifact shows the attestation that verified it; otherwise all of them. */
function pickShown(atts, verdict) {
    if (verdict !== 'verified')
        return atts;
    const winner = atts.find((a) => a.verdict === 'verified');
    return winner === undefined ? atts : [winner];
}
function renderAttestation(att, c) {
    const lines = [`  attestation ${att.origin}: ${att.verdict}`];
    const id = att.identity;
    if (id?.signerWorkflow ?? id?.san)
        lines.push(`    signer:  ${id?.signerWorkflow ?? id?.san ?? ''}`);
    if (id?.callerWorkflow)
        lines.push(`    caller:  ${id.callerWorkflow}`);
    if (id?.sourceRepository)
        lines.push(`    source:  ${id.sourceRepository} ${id.sourceRef ?? ''} ${id.sourceDigest ?? ''}`.trimEnd());
    if (id?.runInvocation)
        lines.push(`    run:     ${id.runInvocation}`);
    if (att.signedTimes && att.signedTimes.length > 0)
        lines.push(`    signed:  ${att.signedTimes.map((t) => `${t.time} (${t.source})`).join(', ')}`);
    for (const check of att.checks)
        lines.push(...renderCheck(check, c));
    return lines;
}
function renderCheck(check, c) {
    if (check.status === 'skipped')
        return [];
    if (check.status === 'pass')
        return [`    ${c.green(SYMBOL.pass)} ${check.id}: ${check.message}`];
    const lines = [`    ${c.red(SYMBOL.fail)} ${check.id} [${check.code ?? '?'}]: ${check.message}`];
    if (check.expected !== undefined)
        lines.push(`        expected: ${check.expected}`);
    if (check.actual !== undefined)
        lines.push(`        found:    ${check.actual}`);
    if (check.hint !== undefined)
        lines.push(`        fix:      ${check.hint}`);
    return lines;
}
function summaryLine(result, c) {
    const n = result.artifacts.length;
    const ok = result.artifacts.filter((a) => a.verdict === 'verified').length;
    switch (result.verdict) {
        case 'verified':
            return c.green(`VERIFIED: ${ok}/${n} artifact(s)`);
        case 'indeterminate':
            return c.yellow(`INDETERMINATE: ${ok}/${n} verified; ${result.failedChecks.join(', ')}`);
        case 'failed':
        case 'error':
            return c.red(`FAILED: ${ok}/${n} verified; ${result.failedChecks.join(', ') || 'nothing to verify'}`);
    }
}
function verdictWord(verdict, c) {
    if (verdict === 'verified')
        return c.green('PASS');
    if (verdict === 'indeterminate')
        return c.yellow('INDETERMINATE');
    return c.red('FAIL');
}
function colors(on) {
    const wrap = (code) => (s) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);
    return { red: wrap(31), green: wrap(32), yellow: wrap(33) };
}

// EXTERNAL MODULE: ./src/cli/args.ts + 1 modules
var args = __nccwpck_require__(6890);
;// CONCATENATED MODULE: ./src/cli/help.ts
const HELP = `verify-provenance: check that an artifact was built from the repository and workflow you expect.

Usage:
  verify-provenance verify <ARTIFACT|sha256:HEX|sha512:HEX>... (--bundle FILE... | --from github)
      (--repo OWNER/REPO | --owner OWNER | --cert-identity SAN) [policy flags] [trust flags] [network flags]
  verify-provenance npm NAME@VERSION... (--repo OWNER/REPO | ...) [--registry URL] [policy, trust, network flags]
  verify-provenance pypi PROJECT VERSION [FILE] (--repo OWNER/REPO | ...) [--index URL] [policy, trust, network flags]
  verify-provenance deps [LOCKFILE...] [--policy FILE] [--pins FILE [--update-pins]] [--base LOCKFILE | --base-ref REF]
      [--registry URL] [--index URL] [--cache-dir DIR | --no-cache] [trust flags] [--timeout, --retry-not-found, --concurrency]
  verify-provenance trusted-root [trust flags]     print the trusted roots in use (JSON Lines)
  verify-provenance verify-bundle [--staging] --bundle FILE
      (--certificate-identity SAN --certificate-oidc-issuer URL | --key PEM) [--trusted-root FILE] FILE_OR_DIGEST
  verify-provenance inspect BUNDLE [--format text|json]

Sources of attestations:
  --bundle FILE                  a bundle, JSON Lines, or a saved GitHub / npm attestations response;
                                 legacy .intoto.jsonl envelopes are looked up in Rekor when online
  --from github                  the GitHub attestations API, by the artifacts' sha256, for --repo or --owner
  npm NAME@VERSION               the registry's attestations; the artifact is the version's dist.integrity
  pypi PROJECT VERSION [FILE]    PEP 740 provenance; every file of the release, or FILE

Dependencies (deps): every registry package in the lockfiles (package-lock.json, npm-shrinkwrap.json,
pnpm-lock.yaml, yarn.lock, bun.lock, requirements.txt, uv.lock, poetry.lock, pylock.toml; none given:
those in the current directory) must match the registry's integrity, carry provenance that verifies
for the identity its policy rule or pin names, and not show less trust than earlier versions.
  --policy FILE                  YAML/JSON policy (schemas/deps-policy.schema.json): defaults, rules per package, exceptions
  --pins FILE [--update-pins]    identities pinned on first use (JSON); --update-pins records what verifies now
  --base LOCKFILE | --base-ref REF   check only entries added or changed since (REF: read with git show)
  --registry URL | --index URL   npm registry (default: .npmrc, then registry.npmjs.org); PyPI (PIP_INDEX_URL, UV_INDEX_URL)
  --cache-dir DIR | --no-cache   verified results (default $XDG_CACHE_HOME/verify-provenance)

Policy flags (all exact; nothing is a regular expression):
  --repo OWNER/REPO              source repository (ASCII case-insensitive)
  --owner OWNER                  source repository owner
  --cert-identity SAN            exact certificate identity
  --signer-workflow [HOST/]OWNER/REPO/PATH[@REF]   workflow that signed (reusable workflows)
  --signer-repo OWNER/REPO       any workflow of this repository may sign
  --caller-workflow PATH         top-level workflow (.github/workflows/x.yml or OWNER/REPO/PATH[@REF])
  --source-ref REF               full ref, e.g. refs/tags/v1.2.3
  --source-branch B | --source-tag T | --source-versioned-tag vX[.Y[.Z]]
  --source-digest SHA            source commit
  --builder-id ID[@VERSION]      builder (slsa-github-generator, BYOB, npm runner)
  --workflow-input K=V           repeatable
  --trigger EVENT                repeatable allowlist (push, release, workflow_dispatch, ...)
  --cert-oidc-issuer URL         default https://token.actions.githubusercontent.com
  --predicate-type URI|any       default SLSA provenance v1 or v0.2 (pypi: its publish attestation)
  --allow-self-hosted-runners    accept builds on self-hosted or unrecorded runners
  --repo-id N | --owner-id N     numeric ids (survive renames)
  --subject-name NAME            the matching subject must carry this name

Trust flags:
  --trusted-root FILE            trusted_root.json, or JSON Lines of several (verify-provenance trusted-root)
  --offline                      embedded public-good root, no network
  --tuf-mirror URL [--tuf-root FILE]   TUF repository to refresh from (default public-good)
  --github-tuf-root FILE [--github-tuf-mirror URL]   also GitHub's instance (private repositories)

Network flags:
  --timeout DURATION             budget for all network work, e.g. 30s (default 60s)
  --retry-not-found DURATION     keep asking while nothing is found (a just-published attestation)
  --concurrency N                requests at once (default 4)
  --token TOKEN                  GitHub API token (default $GH_TOKEN or $GITHUB_TOKEN; sent only to the API)
  --github-api-url URL           default $GITHUB_API_URL or https://api.github.com
  --rekor-url URL                Rekor for legacy envelopes (default public-good when online)

Output: --format text|json. Exit codes: 0 verified, 1 verification failed, 2 usage or policy
error, 3 indeterminate (trust root, network, transparency-log lookup needed), 4 internal error.
`;

// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var dist = __nccwpck_require__(3917);
// EXTERNAL MODULE: ./src/core/bundle/legacy-dsse.ts
var legacy_dsse = __nccwpck_require__(7411);
// EXTERNAL MODULE: ./src/core/bundle/parse-bundle.ts + 1 modules
var parse_bundle = __nccwpck_require__(311);
// EXTERNAL MODULE: ./src/core/identity/certificate-identity.ts
var certificate_identity = __nccwpck_require__(3756);
// EXTERNAL MODULE: ./src/core/json/strict-json.ts
var strict_json = __nccwpck_require__(2208);
// EXTERNAL MODULE: ./src/core/limits.ts
var limits = __nccwpck_require__(6419);
;// CONCATENATED MODULE: ./src/core/input/read-attestations.ts



const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/**
 * Find the attestations in a file, by content rather than name: one bundle (JSON), JSON Lines
 * of bundles or legacy DSSE envelopes (`.intoto.jsonl`), a saved GitHub attestations API
 * response or a saved npm attestations response. Whitespace-only input yields nothing (the
 * caller reports NO_ATTESTATION); anything unreadable is a typed error.
 */
function readAttestations(name, bytes) {
    if (bytes.length > limits/* LIMITS */.b.maxInputBytes) {
        throw new errors/* VerifyError */.Gz('LIMIT', `${name}: ${bytes.length} bytes (limit ${limits/* LIMITS */.b.maxInputBytes})`);
    }
    let text;
    try {
        text = utf8.decode(bytes);
    }
    catch {
        throw new errors/* VerifyError */.Gz('MALFORMED', `${name}: not UTF-8 text`);
    }
    if (text.charCodeAt(0) === 0xfeff)
        throw new errors/* VerifyError */.Gz('MALFORMED', `${name}: starts with a byte-order mark`);
    if (text.trim().length === 0)
        return [];
    let whole;
    let wholeError;
    try {
        whole = (0,strict_json/* parseStrictJson */.R)(text);
    }
    catch (err) {
        if (!(err instanceof errors/* VerifyError */.Gz))
            throw err;
        wholeError = err;
    }
    const found = whole !== undefined ? classify(name, whole) : readJsonLines(name, text, wholeError);
    if (found.length > limits/* LIMITS */.b.maxAttestations) {
        throw new errors/* VerifyError */.Gz('LIMIT', `${name}: ${found.length} attestations (limit ${limits/* LIMITS */.b.maxAttestations})`);
    }
    return found;
}
function readJsonLines(name, text, wholeError) {
    const lines = text.split('\n');
    const nonEmpty = lines.filter((l) => l.trim().length > 0);
    if (nonEmpty.length <= 1 && wholeError !== undefined)
        throw new errors/* VerifyError */.Gz(wholeError.code, `${name}: ${wholeError.message}`);
    if (nonEmpty.length > limits/* LIMITS */.b.maxAttestations) {
        throw new errors/* VerifyError */.Gz('LIMIT', `${name}: ${nonEmpty.length} lines (limit ${limits/* LIMITS */.b.maxAttestations})`);
    }
    const found = [];
    lines.forEach((line, i) => {
        if (line.trim().length === 0)
            return;
        const origin = `${name}:${i + 1}`;
        try {
            found.push(...classify(origin, (0,strict_json/* parseStrictJson */.R)(line)));
        }
        catch (err) {
            if (!(err instanceof errors/* VerifyError */.Gz))
                throw err;
            found.push({ origin, kind: 'invalid', error: err });
        }
    });
    return found;
}
function classify(origin, json) {
    if (!(0,strict_json/* isJsonObject */.O)(json))
        return [
            { origin, kind: 'invalid', error: new errors/* VerifyError */.Gz('MALFORMED', 'expected a JSON object') },
        ];
    if (Array.isArray(json.attestations)) {
        return json.attestations.map((item, i) => {
            const at = `${origin}#${i + 1}`;
            if ((0,strict_json/* isJsonObject */.O)(item) && (0,strict_json/* isJsonObject */.O)(item.bundle))
                return { origin: at, kind: 'bundle', json: item.bundle };
            if ((0,strict_json/* isJsonObject */.O)(item) && typeof item.bundle_url === 'string') {
                return {
                    origin: at,
                    kind: 'invalid',
                    error: new errors/* VerifyError */.Gz('BUNDLE_SHAPE', 'this API response only links the bundle (bundle_url); fetch it or save a response with inline bundles'),
                };
            }
            return {
                origin: at,
                kind: 'invalid',
                error: new errors/* VerifyError */.Gz('BUNDLE_SHAPE', 'attestation entry has no bundle'),
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

// EXTERNAL MODULE: ./src/core/provenance/claims.ts
var provenance_claims = __nccwpck_require__(9798);
// EXTERNAL MODULE: ./src/core/statement/statement.ts
var statement_statement = __nccwpck_require__(8124);
// EXTERNAL MODULE: ./src/core/summary.ts
var summary = __nccwpck_require__(1363);
// EXTERNAL MODULE: ./src/sources/files.ts
var files = __nccwpck_require__(6109);
;// CONCATENATED MODULE: ./src/cli/inspect-command.ts













/** Show what a bundle claims, without judging it. Nothing here is verified. */
async function runInspect(argv) {
    const { values, positionals } = (0,args/* parse */.qg)(argv, args/* INSPECT_OPTIONS */.Q0);
    const format = (0,args/* parseFormat */.Xc)(values.format);
    const file = positionals[0];
    if (file === undefined || positionals.length !== 1)
        throw new errors/* UsageError */.eb('inspect takes exactly one bundle file');
    const attestations = readAttestations(file, await (0,files/* readInputFile */.j)(file)).map(describe);
    if (format === 'json')
        return `${JSON.stringify({ schemaVersion: 1, command: 'inspect', verified: false, attestations }, null, 2)}\n`;
    const lines = [
        `${file}: ${attestations.length} attestation(s) — UNVERIFIED: shown as claimed, nothing checked`,
    ];
    for (const a of attestations) {
        lines.push('', printable(`[${String(a.origin)}]`));
        for (const [k, v] of Object.entries(a))
            if (k !== 'origin')
                lines.push(printable(`  ${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`));
    }
    return `${lines.join('\n')}\n`;
}
function describe(candidate) {
    const out = { origin: candidate.origin };
    try {
        if (candidate.kind === 'invalid')
            throw candidate.error;
        let payload;
        if (candidate.kind === 'legacy-dsse') {
            const env = (0,legacy_dsse/* parseLegacyEnvelope */.x)(candidate.json);
            out.format = 'legacy DSSE envelope (no transparency-log material)';
            out.identity = (0,summary/* summarizeIdentity */.i)((0,certificate_identity/* readCertificateIdentity */.sU)(env.leaf));
            payload = env.payload;
        }
        else {
            const parsed = (0,parse_bundle/* parseBundle */.Q)(candidate.json);
            out.format = `Sigstore bundle v${parsed.version} (${parsed.dsse ? 'DSSE' : 'message signature'})`;
            if (parsed.leaf) {
                out.identity = (0,summary/* summarizeIdentity */.i)((0,certificate_identity/* readCertificateIdentity */.sU)(parsed.leaf));
                out.certificateValidity = `${parsed.leaf.notBefore.toISOString()} .. ${parsed.leaf.notAfter.toISOString()}`;
            }
            const vm = parsed.bundle.verificationMaterial;
            out.logEntries = vm.tlogEntries.map((e) => ({
                logIndex: e.logIndex,
                kind: `${e.kindVersion?.kind ?? '?'}/${e.kindVersion?.version ?? '?'}`,
                integratedTime: e.integratedTime,
                inclusionProof: e.inclusionProof !== undefined,
                inclusionPromise: e.inclusionPromise !== undefined,
            }));
            out.timestamps = (vm.timestampVerificationData?.rfc3161Timestamps ?? []).map((t) => dist.RFC3161Timestamp.parse(Buffer.from(t.signedTimestamp)).signingTime.toISOString());
            payload = parsed.dsse?.payload;
        }
        if (payload !== undefined) {
            const statement = (0,statement_statement/* parseStatement */.B)(payload);
            out.statement = statement.type;
            out.predicateType = statement.predicateType;
            out.subjects = statement.subjects.map((s) => ({ name: s.name, digest: s.digest }));
            try {
                const claims = (0,provenance_claims/* readProvenance */.C)(statement);
                out.provenance = {
                    buildType: claims.buildType,
                    builderId: claims.builderId,
                    facts: Object.fromEntries(claims.facts.map((f) => [f.field, f.value])),
                    inputs: claims.inputs,
                };
            }
            catch {
                // not SLSA provenance of a known build type: nothing more to show
            }
        }
    }
    catch (err) {
        if (!(err instanceof errors/* VerifyError */.Gz))
            throw err;
        out.error = `[${err.code}] ${err.message}`;
    }
    return out;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: ./src/core/crypto/verify-signature.ts + 1 modules
var verify_signature = __nccwpck_require__(6463);
// EXTERNAL MODULE: ./src/core/policy/checks/subject.ts
var checks_subject = __nccwpck_require__(9346);
// EXTERNAL MODULE: ./src/sources/artifacts.ts + 1 modules
var sources_artifacts = __nccwpck_require__(3357);
// EXTERNAL MODULE: ./src/sources/trust-roots.ts
var trust_roots = __nccwpck_require__(5212);
;// CONCATENATED MODULE: ./src/cli/verify-bundle-command.ts












const MAX_MESSAGE_ARTIFACT = 256 * 1024 * 1024;
/**
 * The sigstore-conformance client protocol: any bundle (DSSE or message signature), exact
 * identity and issuer, or a key. Only the exit code matters to the suite; we still say why.
 */
async function runVerifyBundle(argv) {
    const { values, positionals } = (0,args/* parse */.qg)(argv, args/* VERIFY_BUNDLE_OPTIONS */.Su);
    const target = positionals[0];
    if (values.bundle === undefined || target === undefined || positionals.length !== 1) {
        throw new errors/* UsageError */.eb('verify-bundle needs --bundle FILE and exactly one FILE_OR_DIGEST');
    }
    const keyed = values.key !== undefined;
    const identity = values['certificate-identity'];
    const issuer = values['certificate-oidc-issuer'];
    if (keyed === (identity !== undefined || issuer !== undefined) ||
        (!keyed && (identity === undefined || issuer === undefined))) {
        throw new errors/* UsageError */.eb('give either --certificate-identity and --certificate-oidc-issuer, or --key');
    }
    if (values.staging === true && values['trusted-root'] === undefined) {
        throw new errors/* VerifyError */.Gz('TRUST_ROOT_UNAVAILABLE', 'the staging trusted root is not embedded', {
            hint: 'pass --trusted-root with the staging root',
        });
    }
    const roots = await (0,trust_roots/* loadTrustRoots */.k0)({
        trustedRootFile: values['trusted-root'],
        offline: values.offline,
    });
    const candidates = readAttestations(values.bundle, await (0,files/* readInputFile */.j)(values.bundle));
    const only = candidates[0];
    if (candidates.length !== 1 || only === undefined)
        throw new errors/* VerifyError */.Gz('NO_ATTESTATION', `expected one bundle in ${values.bundle}, found ${candidates.length}`);
    if (only.kind !== 'bundle')
        throw only.kind === 'invalid'
            ? only.error
            : new errors/* VerifyError */.Gz('TLOG_LOOKUP_NEEDED', 'a bare DSSE envelope cannot be verified offline');
    const parsed = (0,parse_bundle/* parseBundle */.Q)(only.json);
    const subject = await (0,sources_artifacts/* resolveSubject */.f9)(target);
    const artifact = (0,sources_artifacts/* isDigestArg */.dN)(target) || parsed.dsse !== undefined
        ? undefined
        : await (0,files/* readInputFile */.j)(target, MAX_MESSAGE_ARTIFACT);
    const publicKey = values.key === undefined ? undefined : await readKey(values.key);
    (0,verify_signature/* verifyBundleCrypto */.l)(parsed, roots, {
        ...(publicKey ? { publicKey } : {}),
        ...(artifact ? { artifact } : {}),
    });
    if (!keyed) {
        if (parsed.leaf === undefined)
            throw new errors/* VerifyError */.Gz('KEY_MATERIAL', 'bundle is key-signed but an identity was asked for');
        const cert = (0,certificate_identity/* readCertificateIdentity */.sU)(parsed.leaf);
        if (cert.san?.value !== identity)
            throw new errors/* VerifyError */.Gz('ID_SAN', `certificate identity is ${JSON.stringify(cert.san?.value ?? null)}, expected ${JSON.stringify(identity)}`);
        if ((0,certificate_identity/* effectiveIssuer */.PR)(cert) !== issuer)
            throw new errors/* VerifyError */.Gz('ID_ISSUER', `OIDC issuer is ${JSON.stringify((0,certificate_identity/* effectiveIssuer */.PR)(cert) ?? null)}, expected ${JSON.stringify(issuer)}`);
    }
    if (parsed.dsse !== undefined) {
        const check = (0,checks_subject/* checkSubject */.jj)((0,statement_statement/* parseStatement */.B)(parsed.dsse.payload), subject.digests, undefined);
        if (check.status !== 'pass')
            throw new errors/* VerifyError */.Gz(check.code ?? 'SUBJECT', check.message);
    }
    return `OK: ${values.bundle} verifies ${target}\n`;
}
async function readKey(path) {
    try {
        return (0,external_node_crypto_.createPublicKey)((await (0,files/* readInputFile */.j)(path, 1 << 20)).toString('utf8'));
    }
    catch (err) {
        if (err instanceof errors/* VerifyError */.Gz)
            throw err;
        throw new errors/* UsageError */.eb(`--key ${path} is not a PEM public key`);
    }
}

// EXTERNAL MODULE: ./src/core/policy/parse-policy.ts + 1 modules
var parse_policy = __nccwpck_require__(2390);
// EXTERNAL MODULE: ./src/core/verify.ts + 5 modules
var verify = __nccwpck_require__(8767);
// EXTERNAL MODULE: ./src/core/github/names.ts
var names = __nccwpck_require__(9067);
// EXTERNAL MODULE: ./src/sources/http.ts
var http = __nccwpck_require__(9496);
// EXTERNAL MODULE: ./src/sources/responses.ts
var responses = __nccwpck_require__(6978);
;// CONCATENATED MODULE: ./src/sources/snappy.ts

/**
 * Decode the Snappy block format (what GitHub serves at an attestation's `bundle_url`, and what
 * `gh` decodes with golang/snappy). Strict: the declared length is capped before anything is
 * allocated, every copy must point inside what was already written, and the output must be
 * exactly the declared length. Any violation is MALFORMED.
 */
function decodeSnappy(input, maxOutput) {
    let pos = 0;
    const bad = (why) => {
        throw new errors/* VerifyError */.Gz('MALFORMED', `snappy: ${why}`);
    };
    // Uncompressed length: a little-endian base-128 varint of at most 32 bits.
    let length = 0;
    for (let shift = 0;; shift += 7) {
        if (shift > 28)
            bad('length varint too long');
        const byte = input[pos++];
        if (byte === undefined)
            bad('truncated length');
        length += (byte & 0x7f) * 2 ** shift;
        if ((byte & 0x80) === 0)
            break;
    }
    if (length > 0xffffffff)
        bad('length over 32 bits');
    if (length > maxOutput)
        throw new errors/* VerifyError */.Gz('LIMIT', `snappy: ${length} bytes (limit ${maxOutput})`);
    const out = Buffer.allocUnsafe(length);
    let written = 0;
    const readLE = (n) => {
        if (pos + n > input.length)
            bad('truncated element');
        let v = 0;
        for (let i = 0; i < n; i++)
            v += input[pos + i] * 2 ** (8 * i);
        pos += n;
        return v;
    };
    while (pos < input.length) {
        const tag = input[pos++];
        const kind = tag & 3;
        if (kind === 0) {
            const small = tag >> 2;
            const len = (small < 60 ? small : readLE(small - 59)) + 1;
            if (pos + len > input.length)
                bad('literal runs past the input');
            if (written + len > length)
                bad('output longer than declared');
            out.set(input.subarray(pos, pos + len), written);
            pos += len;
            written += len;
            continue;
        }
        let len;
        let offset;
        if (kind === 1) {
            len = 4 + ((tag >> 2) & 7);
            offset = ((tag >> 5) << 8) | readLE(1);
        }
        else {
            len = 1 + (tag >> 2);
            offset = readLE(kind === 2 ? 2 : 4);
        }
        if (offset === 0 || offset > written)
            bad('copy offset outside the output');
        if (written + len > length)
            bad('output longer than declared');
        // Byte by byte: a copy may overlap what it is writing (run-length encoding).
        for (let i = 0; i < len; i++, written++)
            out[written] = out[written - offset];
    }
    if (written !== length)
        bad(`output is ${written} bytes, declared ${length}`);
    return out;
}
/** Encode as Snappy literals only: valid Snappy, used to build test responses. */
function encodeSnappyLiterals(data) {
    const parts = [];
    const header = [];
    let n = data.length;
    do {
        header.push((n & 0x7f) | (n > 0x7f ? 0x80 : 0));
        n = Math.floor(n / 128);
    } while (n > 0);
    parts.push(Buffer.from(header));
    for (let at = 0; at < data.length; at += 65536) {
        const chunk = data.subarray(at, at + 65536);
        const len = chunk.length - 1;
        parts.push(len < 60 ? Buffer.from([len << 2]) : Buffer.from([61 << 2, len & 0xff, len >> 8]));
        parts.push(Buffer.from(chunk));
    }
    return Buffer.concat(parts);
}

;// CONCATENATED MODULE: ./src/sources/github.ts







const PER_PAGE = 100;
const MAX_PAGES = Math.ceil(limits/* LIMITS */.b.maxAttestations / PER_PAGE) + 1;
const BULK_BATCH = 100;
function githubScope(policy) {
    if (policy.sourceRepo !== undefined)
        return { kind: 'repo', repo: (0,names/* formatRepo */.Kf)(policy.sourceRepo) };
    if (policy.owner !== undefined)
        return { kind: 'owner', owner: policy.owner };
    throw new errors/* UsageError */.eb('the GitHub attestations API is searched by repository or owner', {
        hint: 'add --repo OWNER/REPO or --owner OWNER',
    });
}
/** The GitHub API's filter for the policy's predicate type, when there is exactly one. */
function predicateFilter(policy) {
    return policy.predicateTypes !== 'any' && policy.predicateTypes.length === 1
        ? policy.predicateTypes[0]
        : undefined;
}
/**
 * The attestations GitHub stores for these artifacts (by sha256), with each `bundle_url`
 * fetched anonymously and Snappy-decoded. Not found and empty both yield no candidates; every
 * other failure is NETWORK. A bundle that cannot be fetched or read becomes one failed
 * candidate, so another attestation may still verify the artifact.
 */
async function githubAttestations(client, apiUrl, policy, artifacts) {
    const scope = githubScope(policy);
    const digests = [...new Set(artifacts.map(sha256Of))];
    const filter = predicateFilter(policy);
    const entries = scope.kind === 'owner' && digests.length > 1 && client.hasToken()
        ? await bulkEntries(client, apiUrl, scope.owner, digests, filter)
        : (await Promise.all(digests.map((d) => digestEntries(client, apiUrl, scope, d, filter)))).flat();
    if (entries.length > limits/* LIMITS */.b.maxAttestations)
        throw new errors/* VerifyError */.Gz('LIMIT', `GitHub returned ${entries.length} attestations (limit ${limits/* LIMITS */.b.maxAttestations})`, { hint: 'narrow the search with --repo or --predicate-type' });
    return Promise.all(entries.map((e) => candidateFrom(client, e, apiUrl)));
}
function sha256Of(artifact) {
    const hex = artifact.digests.sha256;
    if (hex === undefined)
        throw new errors/* UsageError */.eb(`${artifact.name}: the GitHub attestations API is searched by sha256`, {
            hint: 'give the file, or its sha256:HEX digest',
        });
    return `sha256:${hex}`;
}
async function digestEntries(client, apiUrl, scope, digest, filter) {
    const query = `?per_page=${PER_PAGE}${filter === undefined ? '' : `&predicate_type=${encodeURIComponent(filter)}`}`;
    const at = (path) => `${apiUrl}${path}/attestations/${digest}${query}`;
    if (scope.kind === 'repo') {
        const [owner, repo] = scope.repo.split('/');
        const label = `${scope.repo} ${digest}`;
        return (await listPages(client, at(`/repos/${seg(owner)}/${seg(repo)}`), label)) ?? [];
    }
    // An owner is an organization or a user; the API has one endpoint for each.
    const org = await listPages(client, at(`/orgs/${seg(scope.owner)}`), `${scope.owner} ${digest}`);
    if (org !== undefined)
        return org;
    return ((await listPages(client, at(`/users/${seg(scope.owner)}`), `${scope.owner} ${digest}`)) ?? []);
}
/** Follow `Link: rel="next"` on the API origin; 404 is "none" (undefined for the first page). */
async function listPages(client, first, label) {
    const found = [];
    let url = first;
    for (let page = 1; url !== undefined; page++) {
        if (page > MAX_PAGES)
            throw new errors/* VerifyError */.Gz('LIMIT', `${label}: more than ${MAX_PAGES} pages of attestations`);
        const response = await client.get(url, 'application/vnd.github+json');
        if (response.status === 404)
            return page === 1 ? undefined : found;
        if (response.status !== 200)
            throw (0,responses/* unexpectedStatus */.uI)(response, `GitHub attestations for ${label}`);
        const body = (0,responses/* jsonBody */.J9)(response, `GitHub attestations for ${label}`);
        const list = (0,strict_json/* isJsonObject */.O)(body) ? body.attestations : undefined;
        if (!Array.isArray(list))
            throw new errors/* VerifyError */.Gz('NETWORK', `GitHub attestations for ${label}: no "attestations" list`);
        list.forEach((json, i) => found.push({ origin: `github:${label}#${found.length + i + 1}`, json }));
        url = nextLink(response.headers.get('link'), first);
    }
    return found;
}
/** The `rel="next"` URL of a Link header, only on the same origin as the first page. */
function nextLink(header, first) {
    if (header === null)
        return undefined;
    for (const part of header.split(',')) {
        const m = /^\s*<([^>]*)>\s*;(.*)$/.exec(part);
        if (m === null || !/(^|;)\s*rel="?next"?\s*(;|$)/.test(m[2] ?? ''))
            continue;
        const next = new URL(m[1] ?? '', first);
        if (next.origin !== new URL(first).origin)
            throw new errors/* VerifyError */.Gz('NETWORK', `pagination link leaves the API: ${next.origin}`);
        return next.toString();
    }
    return undefined;
}
/**
 * `POST …/attestations/bulk-list`: up to 100 digests per query. Whether the owner is an
 * organization or a user is learnt on the first batch (organization first) and kept.
 */
async function bulkEntries(client, apiUrl, owner, digests, filter) {
    const found = [];
    let kinds = ['orgs', 'users'];
    for (let at = 0; at < digests.length; at += BULK_BATCH) {
        const body = JSON.stringify({
            subject_digests: digests.slice(at, at + BULK_BATCH),
            ...(filter === undefined ? {} : { predicate_type: filter }),
        });
        for (const kind of kinds) {
            const entries = await bulkPages(client, `${apiUrl}/${kind}/${seg(owner)}`, owner, body);
            if (entries === undefined)
                continue;
            kinds = [kind];
            found.push(...entries);
            break;
        }
    }
    return found;
}
/** One bulk query, following `page_info.next` cursors; 404 on the first page is `undefined`. */
async function bulkPages(client, ownerUrl, owner, body) {
    const found = [];
    const what = `GitHub bulk attestations for ${owner}`;
    let after;
    for (let page = 1;; page++) {
        if (page > MAX_PAGES * 10)
            throw new errors/* VerifyError */.Gz('LIMIT', `${owner}: too many pages of attestations`);
        const url = `${ownerUrl}/attestations/bulk-list?per_page=${PER_PAGE}${after === undefined ? '' : `&after=${encodeURIComponent(after)}`}`;
        const response = await client.request(url, { accept: 'application/vnd.github+json', body });
        if (response.status === 404)
            return page === 1 ? undefined : found;
        if (response.status !== 200)
            throw (0,responses/* unexpectedStatus */.uI)(response, what);
        const json = (0,responses/* jsonBody */.J9)(response, what);
        const byDigest = (0,strict_json/* isJsonObject */.O)(json) ? json.attestations_subject_digests : undefined;
        if (!(0,strict_json/* isJsonObject */.O)(byDigest))
            throw new errors/* VerifyError */.Gz('NETWORK', `${what}: unexpected shape`);
        for (const [digest, list] of Object.entries(byDigest)) {
            if (list === null)
                continue;
            if (!Array.isArray(list))
                throw new errors/* VerifyError */.Gz('NETWORK', `GitHub bulk attestations: ${digest} is not a list`);
            list.forEach((entry, i) => found.push({ origin: `github:${owner} ${digest}#${i + 1}`, json: entry }));
        }
        const info = (0,strict_json/* isJsonObject */.O)(json) ? json.page_info : undefined;
        if (!(0,strict_json/* isJsonObject */.O)(info) || info.has_next !== true || typeof info.next !== 'string')
            return found;
        after = info.next;
    }
}
/** An API entry → a candidate: its inline bundle, else the bundle at `bundle_url`. */
async function candidateFrom(client, entry, apiUrl) {
    const origin = entry.origin;
    const invalid = (error) => ({
        origin,
        kind: 'invalid',
        error,
    });
    if (!(0,strict_json/* isJsonObject */.O)(entry.json))
        return invalid(new errors/* VerifyError */.Gz('BUNDLE_SHAPE', 'attestation entry is not an object'));
    if ((0,strict_json/* isJsonObject */.O)(entry.json.bundle))
        return { origin, kind: 'bundle', json: entry.json.bundle };
    const url = entry.json.bundle_url;
    if (typeof url !== 'string')
        return invalid(new errors/* VerifyError */.Gz('BUNDLE_SHAPE', 'attestation entry has no bundle or bundle_url'));
    try {
        (0,http/* checkLinked */.UO)(url, apiUrl);
        return { origin, kind: 'bundle', json: await fetchBundle(client, url) };
    }
    catch (err) {
        if (err instanceof errors/* VerifyError */.Gz)
            return invalid(err);
        throw err;
    }
}
/**
 * A `bundle_url` body is the bundle's JSON, Snappy-compressed (as `gh` reads it). The token
 * never goes with it. A body that is already plain JSON is read as is.
 */
async function fetchBundle(client, url) {
    const response = await client.request(url, { accept: '*/*', anonymous: true });
    if (response.status !== 200)
        throw (0,responses/* unexpectedStatus */.uI)(response, `bundle at ${new URL(url).host}`);
    const body = response.body;
    let text;
    try {
        text = decodeSnappy(body, limits/* LIMITS */.b.maxInputBytes);
    }
    catch (err) {
        if (body[0] !== 0x7b)
            throw err;
        text = body;
    }
    try {
        return (0,strict_json/* parseStrictJson */.R)(new TextDecoder('utf-8', { fatal: true }).decode(text));
    }
    catch (err) {
        throw new errors/* VerifyError */.Gz('MALFORMED', `bundle at ${new URL(url).host} is not JSON: ${err instanceof Error ? err.message : String(err)}`);
    }
}
function seg(value) {
    return encodeURIComponent(value);
}

;// CONCATENATED MODULE: ./src/core/bundle/rekor-entry.ts


const BUNDLE_V03 = 'application/vnd.dev.sigstore.bundle.v0.3+json';
const HEX = /^[0-9a-f]+$/;
/**
 * A bare DSSE envelope (legacy `.intoto.jsonl`, already read by `parseLegacyEnvelope`) and the Rekor v1 log entry found for it
 * (`GET /api/v1/log/entries/UUID`, the value under the UUID) → the Sigstore bundle they make
 * together: the certificate from the envelope, the entry's body, SET and inclusion proof.
 * Nothing here is trusted: @sigstore/verify then checks that the entry's body is this
 * signature, the SET and the proof against the trusted root, and the certificate at the
 * logged time.
 */
function bundleFromRekorEntry(legacy, entry) {
    if (!(0,strict_json/* isJsonObject */.O)(entry))
        throw shape('log entry is not an object');
    const { envelope, signature } = legacy;
    const body = str(entry.body, 'body');
    const kind = kindOf(body);
    const verification = entry.verification;
    if (!(0,strict_json/* isJsonObject */.O)(verification))
        throw shape('log entry has no verification');
    const proof = verification.inclusionProof;
    const tlogEntry = {
        logIndex: String(rekor_entry_int(entry.logIndex, 'logIndex')),
        logId: { keyId: hexToBase64(str(entry.logID, 'logID'), 'logID') },
        kindVersion: kind,
        integratedTime: String(rekor_entry_int(entry.integratedTime, 'integratedTime')),
        inclusionPromise: {
            signedEntryTimestamp: str(verification.signedEntryTimestamp, 'signedEntryTimestamp'),
        },
        canonicalizedBody: body,
    };
    if (proof !== undefined) {
        if (!(0,strict_json/* isJsonObject */.O)(proof))
            throw shape('inclusionProof is not an object');
        const hashes = proof.hashes ?? [];
        if (!Array.isArray(hashes))
            throw shape('inclusionProof.hashes is not a list');
        tlogEntry.inclusionProof = {
            logIndex: String(rekor_entry_int(proof.logIndex, 'inclusionProof.logIndex')),
            rootHash: hexToBase64(str(proof.rootHash, 'rootHash'), 'rootHash'),
            treeSize: String(rekor_entry_int(proof.treeSize, 'treeSize')),
            hashes: hashes.map((h) => hexToBase64(str(h, 'hash'), 'hash')),
            checkpoint: { envelope: str(proof.checkpoint, 'checkpoint') },
        };
    }
    return {
        mediaType: BUNDLE_V03,
        verificationMaterial: {
            certificate: { rawBytes: legacy.leaf.root.toDER().toString('base64') },
            tlogEntries: [tlogEntry],
        },
        dsseEnvelope: {
            payload: envelope.payload ?? null,
            payloadType: envelope.payloadType ?? null,
            signatures: [
                {
                    sig: str(signature.sig, 'sig'),
                    ...(typeof signature.keyid === 'string' && signature.keyid !== ''
                        ? { keyid: signature.keyid }
                        : {}),
                },
            ],
        },
    };
}
/** The entry's kind and version, from its canonical body (`{"apiVersion", "kind", ...}`). */
function kindOf(body) {
    let parsed;
    try {
        parsed = JSON.parse(Buffer.from(body, 'base64').toString('utf8'));
    }
    catch {
        throw new errors/* VerifyError */.Gz('MALFORMED', 'log entry body is not base64 JSON');
    }
    if (!(0,strict_json/* isJsonObject */.O)(parsed) ||
        typeof parsed.kind !== 'string' ||
        typeof parsed.apiVersion !== 'string')
        throw shape('log entry body has no kind and apiVersion');
    return { kind: parsed.kind, version: parsed.apiVersion };
}
function shape(message) {
    return new errors/* VerifyError */.Gz('BUNDLE_SHAPE', `Rekor entry: ${message}`);
}
function str(value, name) {
    if (typeof value !== 'string' || value === '')
        throw shape(`${name} is missing`);
    return value;
}
function rekor_entry_int(value, name) {
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0)
        throw shape(`${name} is not a whole number`);
    return value;
}
function hexToBase64(hex, name) {
    if (!HEX.test(hex) || hex.length % 2 !== 0)
        throw shape(`${name} is not lower-case hex`);
    return Buffer.from(hex, 'hex').toString('base64');
}

;// CONCATENATED MODULE: ./src/sources/rekor.ts






/** At most this many log entries are tried for one envelope. */
const MAX_ENTRIES = 10;
/**
 * Find a legacy envelope's entries in Rekor (v1 API: the index by the payload's sha256, then
 * each entry) and turn each into a bundle candidate for the core to verify like any other.
 * No entry is a failure (TLOG_THRESHOLD): an envelope that was never logged proves nothing.
 */
async function lookUpLegacyEnvelope(client, rekorUrl, candidate) {
    // Read once, as the core reads it: one signature, its certificate, the payload decoded.
    let legacy;
    try {
        legacy = (0,legacy_dsse/* parseLegacyEnvelope */.x)(candidate.json);
    }
    catch (err) {
        if (err instanceof errors/* VerifyError */.Gz)
            return [invalid(candidate.origin, err)];
        throw err;
    }
    const hash = `sha256:${(0,external_node_crypto_.createHash)('sha256').update(legacy.payload).digest('hex')}`;
    const search = await client.request(`${rekorUrl}/api/v1/index/retrieve`, {
        body: JSON.stringify({ hash }),
        anonymous: true,
    });
    if (search.status !== 200)
        throw (0,responses/* unexpectedStatus */.uI)(search, `Rekor search at ${rekorUrl}`);
    const uuids = (0,responses/* jsonBody */.J9)(search, `Rekor search at ${rekorUrl}`);
    if (!Array.isArray(uuids) ||
        !uuids.every((u) => typeof u === 'string' && /^[0-9a-f]{64,80}$/.test(u)))
        throw new errors/* VerifyError */.Gz('NETWORK', `Rekor search at ${rekorUrl}: not a list of entry UUIDs`);
    if (uuids.length === 0)
        return [
            invalid(candidate.origin, new errors/* VerifyError */.Gz('TLOG_THRESHOLD', `${rekorUrl} has no entry for this envelope (payload ${hash})`, {
                hint: 'an envelope that was never logged cannot be proven; check --rekor-url',
            })),
        ];
    const found = [];
    for (const uuid of uuids.slice(0, MAX_ENTRIES)) {
        const origin = `${candidate.origin} (Rekor ${uuid.slice(-12)})`;
        const response = await client.request(`${rekorUrl}/api/v1/log/entries/${uuid}`, {
            anonymous: true,
        });
        if (response.status !== 200)
            throw (0,responses/* unexpectedStatus */.uI)(response, `Rekor entry ${uuid}`);
        const entries = (0,responses/* jsonBody */.J9)(response, `Rekor entry ${uuid}`);
        const entry = (0,strict_json/* isJsonObject */.O)(entries) ? entries[uuid] : undefined;
        try {
            if (entry === undefined)
                throw new errors/* VerifyError */.Gz('NETWORK', `Rekor answered for another entry than ${uuid}`);
            found.push({ origin, kind: 'bundle', json: bundleFromRekorEntry(legacy, entry) });
        }
        catch (err) {
            if (!(err instanceof errors/* VerifyError */.Gz))
                throw err;
            found.push(invalid(origin, err));
        }
    }
    return found;
}
function invalid(origin, error) {
    return { origin, kind: 'invalid', error };
}

// EXTERNAL MODULE: ./src/sources/network.ts + 1 modules
var sources_network = __nccwpck_require__(1599);
;// CONCATENATED MODULE: ./src/app/verify-job.ts













/**
 * Run one verification: the same steps, in the same order, for the CLI and the action. The
 * policy is validated before any file is read; nothing to check is a usage error.
 */
async function runVerifyJob(job, ctx) {
    if (job.subjects.length === 0)
        throw new errors/* UsageError */.eb('no artifact to verify', {
            hint: 'give a file, or a digest as sha256:HEX / sha512:HEX',
        });
    if (job.subjects.length > limits/* LIMITS */.b.maxSubjects)
        throw new errors/* VerifyError */.Gz('LIMIT', `${job.subjects.length} artifacts (limit ${limits/* LIMITS */.b.maxSubjects})`);
    const fromGithub = job.from === 'github';
    if (fromGithub && job.bundles.length > 0)
        throw new errors/* UsageError */.eb('--bundle and --from github are alternatives');
    if (!fromGithub && job.bundles.length === 0)
        throw new errors/* UsageError */.eb('no attestation given', {
            hint: 'pass --bundle FILE (JSON, JSON Lines, or a saved attestations API response), or --from github',
        });
    if (fromGithub && job.trust.offline === true)
        throw new errors/* UsageError */.eb('--offline cannot fetch attestations from GitHub', {
            hint: 'download them first (or use --bundle), then verify offline',
        });
    if (job.trust.trustedRootFile !== undefined && job.trust.offline === true)
        throw new errors/* UsageError */.eb('--trusted-root and --offline are alternatives');
    if (job.rekorUrl !== undefined && job.trust.offline === true)
        throw new errors/* UsageError */.eb('--offline cannot look envelopes up in Rekor (--rekor-url)');
    const policy = (0,parse_policy/* parsePolicy */.ON)(job.policy);
    const network = (0,sources_network/* networkSettings */.eg)(job.network ?? {}, ctx.env ?? {}, ctx.version);
    if (fromGithub) {
        githubScope(policy);
        (0,sources_network/* checkGithubApiUrl */.b1)(network);
    }
    const rekorUrl = rekorFor(job);
    const roots = await (0,trust_roots/* loadTrustRoots */.k0)(job.trust);
    ctx.onRoots?.(roots);
    const artifacts = [];
    for (const subject of job.subjects)
        artifacts.push(await (0,sources_artifacts/* resolveSubject */.f9)(subject));
    const attestations = [];
    if (fromGithub)
        attestations.push(...(await fromGithubApi(network, policy, artifacts)));
    for (const file of job.bundles)
        attestations.push(...(await readBundleFile(file)));
    if (rekorUrl !== undefined && attestations.some((a) => a.kind === 'legacy-dsse')) {
        const client = (0,sources_network/* clientFor */.$V)({ ...network, token: undefined });
        const resolved = await Promise.all(attestations.map((a) => a.kind === 'legacy-dsse' ? lookUpLegacyEnvelope(client, rekorUrl, a) : Promise.resolve([a])));
        attestations.splice(0, attestations.length, ...resolved.flat());
    }
    const results = (0,verify/* verifyArtifacts */.F)({ policy, roots, artifacts, attestations });
    return (0,report/* resultFromArtifacts */.Hc)({
        version: ctx.version,
        command: ctx.command,
        policy,
        roots,
        artifacts: results,
    });
}
function rekorFor(job) {
    const online = job.trust.offline !== true && job.trust.trustedRootFile === undefined;
    const url = job.rekorUrl ?? (online ? sources_network/* DEFAULT_REKOR */.SB : undefined);
    return url === undefined ? undefined : (0,http/* serviceBase */.bR)(url, '--rekor-url');
}
async function fromGithubApi(network, policy, artifacts) {
    const client = (0,sources_network/* clientFor */.$V)(network);
    const found = await (0,sources_network/* retryingNotFound */.Wo)(network, () => githubAttestations(client, network.githubApiUrl, policy, artifacts), (list) => list.length > 0);
    if (found.length === 0) {
        const where = githubScope(policy);
        throw new errors/* VerifyError */.Gz('NO_ATTESTATION', `GitHub has no attestation for ${artifacts.map((a) => a.name).join(', ')} in ${where.kind === 'repo' ? where.repo : `repositories of ${where.owner}`}${policy.predicateTypes === 'any' ? '' : ` with predicate type ${policy.predicateTypes.join(' or ')}`}`, {
            hint: 'check the repository (renamed or transferred?), the predicate type, and that this is the artifact that was attested; a just-published attestation may take a moment: --retry-not-found 30s; a private repository needs a token with attestations: read',
        });
    }
    return found;
}
/** A file that cannot be read as attestations becomes one failed candidate, never a crash. */
async function readBundleFile(file) {
    const bytes = await (0,files/* readInputFile */.j)(file);
    try {
        return readAttestations(file, bytes);
    }
    catch (err) {
        if (err instanceof errors/* VerifyError */.Gz && !(err instanceof errors/* UsageError */.eb))
            return [{ origin: file, kind: 'invalid', error: err }];
        throw err;
    }
}

// EXTERNAL MODULE: ./src/cli/io.ts + 1 modules
var cli_io = __nccwpck_require__(810);
;// CONCATENATED MODULE: ./src/cli/verify-command.ts



/** `verify`: flags → the shared job (the action builds the same job from its inputs). */
async function runVerify(argv, io, version) {
    const { values, positionals } = (0,args/* parse */.qg)(argv, args/* VERIFY_OPTIONS */.nn);
    return runVerifyJob({
        subjects: positionals,
        bundles: values.bundle ?? [],
        from: (0,args/* parseFrom */.uK)(values.from),
        network: (0,args/* networkInputFromFlags */.eb)(values),
        rekorUrl: values['rekor-url'],
        policy: (0,args/* policyInputFromFlags */.ED)(values),
        trust: (0,args/* trustFromFlags */.aE)(values),
    }, (0,cli_io/* jobContext */.R)(io, version, 'verify'));
}

// EXTERNAL MODULE: ./src/app/npm-job.ts
var npm_job = __nccwpck_require__(8524);
;// CONCATENATED MODULE: ./src/cli/npm-command.ts



/** `npm NAME@VERSION…`: the registry is the source; the policy is the one `verify` takes. */
async function runNpm(argv, io, version) {
    const { values, positionals } = (0,args/* parse */.qg)(argv, args/* NPM_OPTIONS */.vA);
    (0,args/* refuseFlags */.sB)(values, 'npm', ['bundle', 'from', 'subject-name']);
    return (0,npm_job/* runNpmJob */["in"])({
        packages: positionals,
        registry: values.registry,
        policy: (0,args/* policyInputFromFlags */.ED)(values),
        trust: (0,args/* trustFromFlags */.aE)(values),
        network: (0,args/* networkInputFromFlags */.eb)(values),
    }, (0,cli_io/* jobContext */.R)(io, version, 'npm'));
}

// EXTERNAL MODULE: ./src/app/pypi-job.ts
var pypi_job = __nccwpck_require__(8645);
;// CONCATENATED MODULE: ./src/cli/pypi-command.ts




/** `pypi PROJECT VERSION [FILE]`: PEP 740 provenance from the index; the policy `verify` takes. */
async function runPypi(argv, io, version) {
    const { values, positionals } = (0,args/* parse */.qg)(argv, args/* PYPI_OPTIONS */._w);
    (0,args/* refuseFlags */.sB)(values, 'pypi', ['bundle', 'from', 'subject-name']);
    const [project, release, file, ...rest] = positionals;
    if (project === undefined || release === undefined || rest.length > 0)
        throw new errors/* UsageError */.eb('pypi takes PROJECT VERSION [FILE]');
    return (0,pypi_job/* runPypiJob */.f)({
        project,
        version: release,
        file,
        index: values.index,
        policy: (0,args/* policyInputFromFlags */.ED)(values),
        trust: (0,args/* trustFromFlags */.aE)(values),
        network: (0,args/* networkInputFromFlags */.eb)(values),
    }, (0,cli_io/* jobContext */.R)(io, version, 'pypi'));
}

// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var protobuf_specs_dist = __nccwpck_require__(9654);
;// CONCATENATED MODULE: ./src/cli/trusted-root-command.ts




/**
 * `trusted-root`: the trusted roots a verification would use, one JSON document per line (as
 * `gh attestation trusted-root` prints them), for `--trusted-root FILE` in later offline runs.
 */
async function runTrustedRoot(argv) {
    const { values, positionals } = (0,args/* parse */.qg)(argv, args/* TRUST_OPTIONS */.Qb);
    if (positionals.length > 0)
        throw new errors/* UsageError */.eb('trusted-root takes no arguments');
    const roots = await (0,trust_roots/* loadTrustRoots */.k0)((0,args/* trustFromFlags */.aE)(values));
    return roots.map((r) => `${JSON.stringify(protobuf_specs_dist.TrustedRoot.toJSON(r.root))}\n`).join('');
}

;// CONCATENATED MODULE: ./src/cli/main.ts













const VERSION = '0.1.0';
/** Run one command; always returns an exit code, never throws for an expected failure. */
async function main(argv, io) {
    const [command, ...rest] = argv;
    const format = (0,args/* requestedFormat */.U5)(command, rest);
    try {
        switch (command) {
            case 'verify': {
                const checked = (0,args/* parseFormat */.Xc)(format);
                return emit(await runVerify(rest, io, VERSION), checked, io);
            }
            case 'npm': {
                const checked = (0,args/* parseFormat */.Xc)(format);
                return emit(await runNpm(rest, io, VERSION), checked, io);
            }
            case 'pypi': {
                const checked = (0,args/* parseFormat */.Xc)(format);
                return emit(await runPypi(rest, io, VERSION), checked, io);
            }
            case 'deps': {
                const checked = (0,args/* parseFormat */.Xc)(format);
                // Loaded only for deps: its lockfile, YAML, TOML and schema parsers cost every other command nothing.
                const { runDeps } = await Promise.all(/* import() */[__nccwpck_require__.e(643), __nccwpck_require__.e(261)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1261));
                return emit(await runDeps(rest, io, VERSION), checked, io);
            }
            case 'trusted-root':
                io.stdout(await runTrustedRoot(rest));
                return codes/* EXIT */.dc.VERIFIED;
            case 'verify-bundle':
                io.stdout(await runVerifyBundle(rest));
                return codes/* EXIT */.dc.VERIFIED;
            case 'inspect':
                io.stdout(await runInspect(rest));
                return codes/* EXIT */.dc.VERIFIED;
            case '--version':
            case 'version':
                io.stdout(`${VERSION}\n`);
                return codes/* EXIT */.dc.VERIFIED;
            case undefined:
            case 'help':
            case '--help':
            case '-h':
                io.stdout(HELP);
                return command === undefined ? codes/* EXIT */.dc.USAGE : codes/* EXIT */.dc.VERIFIED;
            default:
                throw new errors/* UsageError */.eb(`unknown command ${JSON.stringify(command)}`, {
                    hint: 'commands: verify, npm, pypi, deps, trusted-root, verify-bundle, inspect',
                });
        }
    }
    catch (err) {
        if (!(err instanceof errors/* VerifyError */.Gz))
            throw err;
        const exit = (0,codes/* exitForError */.A0)(err.code);
        const result = (0,report/* errorResult */.WG)(VERSION, command ?? '', err.code, err.message, exit, err.hint);
        if (format === 'json')
            io.stdout(renderJson(result));
        else
            io.stderr(renderText(result, { color: io.isTTY && io.env.NO_COLOR === undefined }));
        return exit;
    }
}
function emit(result, format, io) {
    io.stdout(format === 'json'
        ? renderJson(result)
        : renderText(result, { color: io.isTTY && io.env.NO_COLOR === undefined }));
    return result.exitCode;
}

;// CONCATENATED MODULE: ./src/cli/index.ts


/** Entry: any unexpected exception is exit 4, never 0. */
main(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    env: process.env,
    isTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
}).then((code) => {
    process.exitCode = code;
}, (err) => {
    process.stderr.write(`internal error [INTERNAL]: ${err instanceof Error ? err.message : String(err)}\n`);
    if (process.env.VERIFY_PROVENANCE_DEBUG && err instanceof Error)
        process.stderr.write(`${err.stack ?? ''}\n`);
    process.exitCode = codes/* EXIT */.dc.INTERNAL;
});


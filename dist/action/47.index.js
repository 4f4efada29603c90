export const id = 47;
export const ids = [47];
export const modules = {

/***/ 88047:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lookUpLegacyEnvelope: () => (/* binding */ lookUpLegacyEnvelope)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/json/strict-json.ts
var strict_json = __webpack_require__(62208);
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
            certificate: { rawBytes: legacy.leaf.der.toString('base64') },
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

// EXTERNAL MODULE: ./src/core/bundle/legacy-dsse.ts
var legacy_dsse = __webpack_require__(37411);
// EXTERNAL MODULE: ./src/sources/responses.ts
var responses = __webpack_require__(46978);
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


/***/ }),

/***/ 46978:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J9: () => (/* binding */ jsonBody),
/* harmony export */   uI: () => (/* binding */ unexpectedStatus),
/* harmony export */   x6: () => (/* binding */ fetchJson)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_json_strict_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62208);


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


/***/ })

};

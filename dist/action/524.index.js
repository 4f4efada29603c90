export const id = 524;
export const ids = [524,496];
export const modules = {

/***/ 88524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   attestationEntries: () => (/* binding */ attestationEntries),
/* harmony export */   checkNpmAttestations: () => (/* binding */ checkNpmAttestations),
/* harmony export */   runNpmJob: () => (/* binding */ runNpmJob)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_json_strict_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62208);
/* harmony import */ var _core_limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36419);
/* harmony import */ var _core_npm_package_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(20697);
/* harmony import */ var _core_npm_publish_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(99114);
/* harmony import */ var _core_policy_parse_policy_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(62390);
/* harmony import */ var _core_report_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(88557);
/* harmony import */ var _core_result_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(39294);
/* harmony import */ var _core_verify_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(91143);
/* harmony import */ var _sources_urls_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(26858);
/* harmony import */ var _sources_network_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(31599);
/* harmony import */ var _sources_http_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(79496);
/* harmony import */ var _sources_npm_registry_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(25459);
/* harmony import */ var _sources_trust_roots_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(85212);














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
    const registry = (0,_sources_urls_js__WEBPACK_IMPORTED_MODULE_8__/* .serviceBase */ .bR)(job.registry ?? _sources_network_js__WEBPACK_IMPORTED_MODULE_9__/* .DEFAULT_NPM_REGISTRY */ .aF, '--registry');
    const settings = (0,_sources_network_js__WEBPACK_IMPORTED_MODULE_9__/* .networkSettings */ .eg)(job.network ?? {}, ctx.env ?? {}, ctx.version);
    // The GitHub token has no business at a registry.
    const client = (0,_sources_http_js__WEBPACK_IMPORTED_MODULE_10__.clientFor)({ ...settings, token: undefined });
    const roots = await (0,_sources_trust_roots_js__WEBPACK_IMPORTED_MODULE_12__/* .loadTrustRoots */ .k)({ ...job.trust, githubByDefault: false });
    ctx.onRoots?.(roots);
    const keys = (0,_core_npm_publish_js__WEBPACK_IMPORTED_MODULE_4__/* .readRegistryKeys */ .IM)(await (0,_sources_npm_registry_js__WEBPACK_IMPORTED_MODULE_11__/* .fetchRegistryKeys */ .us)(client, registry));
    const artifacts = await Promise.all(packages.map((pkg) => verifyPackage(pkg, { client, settings, registry, keys, roots, policyInput: job.policy })));
    return (0,_core_report_js__WEBPACK_IMPORTED_MODULE_6__/* .resultFromArtifacts */ .Hc)({ version: ctx.version, command: 'npm', policy, roots, artifacts });
}
async function verifyPackage(pkg, ctx) {
    const manifest = await (0,_sources_npm_registry_js__WEBPACK_IMPORTED_MODULE_11__/* .fetchVersionManifest */ .sZ)(ctx.client, ctx.registry, pkg);
    if (manifest === undefined)
        return missingFor(pkg, `${ctx.registry} has no ${pkg.name}@${pkg.version}`, 'check the name and the exact version');
    const sha512 = (0,_core_npm_package_js__WEBPACK_IMPORTED_MODULE_3__/* .sha512FromIntegrity */ .Sz)((0,_sources_npm_registry_js__WEBPACK_IMPORTED_MODULE_11__/* .integrityOf */ .Ll)(manifest), pkg);
    // A just-published version's attestations may lag: --retry-not-found asks again.
    const response = await (0,_sources_network_js__WEBPACK_IMPORTED_MODULE_9__/* .retryingNotFound */ .Wo)(ctx.settings, () => (0,_sources_npm_registry_js__WEBPACK_IMPORTED_MODULE_11__/* .fetchNpmAttestations */ .p9)(ctx.client, ctx.registry, pkg), (r) => r !== undefined);
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
    return (0,_core_result_js__WEBPACK_IMPORTED_MODULE_13__/* .missingAttestation */ .Zr)({ name: (0,_core_npm_package_js__WEBPACK_IMPORTED_MODULE_3__/* .npmPurl */ .NP)(pkg), digests: {} }, `npm:${pkg.name}@${pkg.version}`, message, hint);
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
    const [checked] = (0,_core_verify_js__WEBPACK_IMPORTED_MODULE_7__/* .verifyArtifacts */ .Fr)({
        policy,
        roots: ctx.roots,
        artifacts: [{ name: purl, digests: { sha512 } }],
        attestations: provenance,
    });
    const published = publish.map(([o, bundle]) => (0,_core_npm_publish_js__WEBPACK_IMPORTED_MODULE_4__/* .verifyPublishAttestation */ .v_)(o, bundle, pkg, sha512, ctx.keys, ctx.roots));
    const publishResults = published.length > 0
        ? published
        : [
            {
                origin: `npm:${pkg.name}@${pkg.version}`,
                verdict: 'failed',
                checks: [
                    (0,_core_result_js__WEBPACK_IMPORTED_MODULE_13__/* .fail */ .fJ)('publish-signature', 'NO_ATTESTATION', 'the registry gives no publish attestation for this version', {
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

/***/ 60392:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ needsRekor),
/* harmony export */   YY: () => (/* binding */ mainThreadOnly),
/* harmony export */   cw: () => (/* binding */ npmEntry),
/* harmony export */   rX: () => (/* binding */ NPM_PUBLISH_PREDICATE_TYPE),
/* harmony export */   yL: () => (/* binding */ attestationsOrInvalid)
/* harmony export */ });
/* unused harmony export readAttestations */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _json_strict_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62208);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36419);



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

/***/ 20697:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ko: () => (/* reexport safe */ _input_read_attestations_js__WEBPACK_IMPORTED_MODULE_1__.rX),
/* harmony export */   NP: () => (/* binding */ npmPurl),
/* harmony export */   Sz: () => (/* binding */ sha512FromIntegrity),
/* harmony export */   mD: () => (/* binding */ packageFromPurl),
/* harmony export */   v4: () => (/* binding */ parsePackageSpec)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _input_read_attestations_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(60392);


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
/** `pkg:npm/%40scope/name@version` → the package, or undefined when it is not exactly that. */
function packageFromPurl(purl) {
    const m = /^pkg:npm\/((?:%40[^/@]+\/)?[^/@]+)@([^@/?#]+)$/.exec(purl);
    if (m === null)
        return undefined;
    const name = (m[1] ?? '').replace(/^%40/, '@');
    const version = m[2] ?? '';
    return NAME.test(name) && VERSION.test(version) ? { name, version } : undefined;
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

/***/ 99114:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IM: () => (/* binding */ readRegistryKeys),
/* harmony export */   r0: () => (/* binding */ readTufRegistryKeys),
/* harmony export */   v_: () => (/* binding */ verifyPublishAttestation)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _bundle_parse_bundle_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(311);
/* harmony import */ var _crypto_verify_signature_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14464);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _json_strict_json_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(62208);
/* harmony import */ var _policy_checks_subject_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(69346);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(39294);
/* harmony import */ var _statement_statement_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(38124);
/* harmony import */ var _package_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(20697);









/**
 * The registry keys the public-good TUF repository publishes (`registry.npmjs.org/keys.json`,
 * as `npm audit signatures` reads them): the `npm:attestations` keys with their windows.
 */
function readTufRegistryKeys(json) {
    const list = (0,_json_strict_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isJsonObject */ .O)(json) ? json.keys : undefined;
    if (!Array.isArray(list))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .VerifyError */ .Gz('KEY_MATERIAL', 'registry keys: no "keys" list');
    return list.flatMap((k) => {
        if (!(0,_json_strict_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isJsonObject */ .O)(k) || k.keyUsage !== 'npm:attestations' || typeof k.keyId !== 'string')
            return [];
        const pk = (0,_json_strict_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isJsonObject */ .O)(k.publicKey) ? k.publicKey : undefined;
        const valid = (0,_json_strict_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isJsonObject */ .O)(pk?.validFor) ? pk.validFor : undefined;
        if (typeof pk?.rawBytes !== 'string' || pk.keyDetails !== 'PKIX_ECDSA_P256_SHA_256')
            return [];
        const date = (v) => typeof v === 'string' ? new Date(v) : undefined;
        try {
            const key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({
                key: Buffer.from(pk.rawBytes, 'base64'),
                format: 'der',
                type: 'spki',
            });
            return [{ keyid: k.keyId, key, expires: date(valid?.end), notBefore: date(valid?.start) }];
        }
        catch {
            return [];
        }
    });
}
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
            keyValidAt: (time) => (key.expires === undefined || time < key.expires) &&
                (key.notBefore === undefined || time >= key.notBefore),
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
                    ? `${typeof predicate.name === 'string' ? predicate.name : JSON.stringify(predicate.name ?? null)}@${typeof predicate.version === 'string' ? predicate.version : JSON.stringify(predicate.version ?? null)}`
                    : undefined,
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

/***/ 79496:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HttpClient: () => (/* binding */ HttpClient),
/* harmony export */   clientFor: () => (/* binding */ clientFor)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36419);
/* harmony import */ var _urls_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26858);



const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;
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
            (0,_urls_js__WEBPACK_IMPORTED_MODULE_2__/* .checkUrl */ .CU)(options.apiOrigin);
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
            (0,_urls_js__WEBPACK_IMPORTED_MODULE_2__/* .checkUrl */ .CU)(url);
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
                (0,_urls_js__WEBPACK_IMPORTED_MODULE_2__/* .checkLinked */ .UO)(next, url);
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
/** One client per run: one budget, one concurrency limit, the token bound to the API origin. */
function clientFor(settings, fetchImpl, scopedTokens) {
    return new HttpClient({
        ...(scopedTokens === undefined ? {} : { scopedTokens }),
        requestTimeoutMs: settings.requestTimeoutMs,
        budgetMs: settings.budgetMs,
        maxAttempts: 4,
        maxBytes: _core_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b.maxInputBytes,
        ...(settings.token === undefined
            ? {}
            : { apiOrigin: originOf(settings.githubApiUrl), token: settings.token }),
        userAgent: settings.userAgent,
        concurrency: settings.concurrency,
        ...(fetchImpl === undefined ? {} : { fetchImpl }),
    });
}
function originOf(url) {
    try {
        return new URL(url).origin;
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`github-api-url: not a URL: ${JSON.stringify(url)}`);
    }
}


/***/ }),

/***/ 25459:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ll: () => (/* binding */ integrityOf),
/* harmony export */   XN: () => (/* binding */ fetchPackument),
/* harmony export */   p9: () => (/* binding */ fetchNpmAttestations),
/* harmony export */   sZ: () => (/* binding */ fetchVersionManifest),
/* harmony export */   us: () => (/* binding */ fetchRegistryKeys)
/* harmony export */ });
/* unused harmony export PACKUMENT_MAX_BYTES */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_json_strict_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62208);
/* harmony import */ var _responses_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46978);



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

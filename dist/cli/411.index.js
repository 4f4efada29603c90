export const id = 411;
export const ids = [411];
export const modules = {

/***/ 9166:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ jobContext)
/* harmony export */ });
/* harmony import */ var _render_trust_note_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1493);

/** What every verifying command tells the shared job: version, command, env, trust notes on stderr. */
function jobContext(io, version, command) {
    return {
        version,
        command,
        env: io.env,
        onRoots: (roots) => (0,_render_trust_note_js__WEBPACK_IMPORTED_MODULE_0__/* .trustNotes */ .Eq)(roots, new Date()).forEach((line) => io.stderr(`${line}\n`)),
        onNote: (line) => io.stderr(`${line}\n`),
    };
}


/***/ }),

/***/ 8674:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aF: () => (/* binding */ readAttestations),
/* harmony export */   rX: () => (/* binding */ NPM_PUBLISH_PREDICATE_TYPE),
/* harmony export */   yL: () => (/* binding */ attestationsOrInvalid)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7406);
/* harmony import */ var _json_strict_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7914);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6457);



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

/***/ 1307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ko: () => (/* reexport safe */ _input_read_attestations_js__WEBPACK_IMPORTED_MODULE_1__.rX),
/* harmony export */   NP: () => (/* binding */ npmPurl),
/* harmony export */   Sz: () => (/* binding */ sha512FromIntegrity),
/* harmony export */   mD: () => (/* binding */ packageFromPurl),
/* harmony export */   v4: () => (/* binding */ parsePackageSpec)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7406);
/* harmony import */ var _input_read_attestations_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8674);


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

/***/ 6104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IM: () => (/* binding */ readRegistryKeys),
/* harmony export */   r0: () => (/* binding */ readTufRegistryKeys),
/* harmony export */   v_: () => (/* binding */ verifyPublishAttestation)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _bundle_parse_bundle_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7269);
/* harmony import */ var _crypto_verify_signature_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7791);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7406);
/* harmony import */ var _json_strict_json_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7914);
/* harmony import */ var _policy_checks_subject_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(536);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4424);
/* harmony import */ var _statement_statement_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6766);
/* harmony import */ var _package_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1307);









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

/***/ 4742:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ON: () => (/* binding */ parsePolicy)
/* harmony export */ });
/* unused harmony exports parseRepo, parseSignerWorkflow */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7406);
/* harmony import */ var _github_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2121);
/* harmony import */ var _github_refs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2651);
/* harmony import */ var _provenance_build_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6953);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8896);





/**
 * Validate and normalise a policy. Every value is a literal: nothing is ever used as a regular
 * expression. A policy that names no source identity (repo, owner or exact certificate
 * identity) is refused: "verify the signature only" is not a question this tool answers.
 */
function parsePolicy(input, options = {}) {
    const issuer = nonEmpty(input.certOidcIssuer, '--cert-oidc-issuer') ?? _policy_js__WEBPACK_IMPORTED_MODULE_4__/* .GITHUB_ACTIONS_ISSUER */ .q;
    const githubHost = (0,_github_names_js__WEBPACK_IMPORTED_MODULE_1__/* .githubHostForIssuer */ .u_)(issuer) ?? _github_names_js__WEBPACK_IMPORTED_MODULE_1__/* .GITHUB_HOST */ .F2;
    const sourceRepo = input.repo === undefined ? undefined : parseRepo(input.repo, '--repo', githubHost);
    const owner = input.owner === undefined ? undefined : parseOwner(input.owner);
    const certIdentity = nonEmpty(input.certIdentity, '--cert-identity');
    if (sourceRepo === undefined && owner === undefined && certIdentity === undefined) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .policyError */ .nq)('the policy names no source identity', 'give --repo OWNER/REPO (or --owner OWNER, or --cert-identity SAN) so a signature from anyone else is rejected');
    }
    if (sourceRepo !== undefined &&
        owner !== undefined &&
        (0,_github_names_js__WEBPACK_IMPORTED_MODULE_1__/* .asciiLower */ .F)(sourceRepo.owner) !== (0,_github_names_js__WEBPACK_IMPORTED_MODULE_1__/* .asciiLower */ .F)(owner)) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .policyError */ .nq)(`--owner ${owner} contradicts --repo ${sourceRepo.owner}/${sourceRepo.repo}`);
    }
    return {
        issuer,
        githubHost,
        sourceRepo,
        owner,
        certIdentity,
        signerWorkflow: input.signerWorkflow === undefined
            ? undefined
            : parseSignerWorkflow(input.signerWorkflow, githubHost),
        signerRepo: input.signerRepo === undefined
            ? undefined
            : parseRepo(input.signerRepo, '--signer-repo', githubHost),
        callerWorkflow: input.callerWorkflow === undefined
            ? undefined
            : parseCallerWorkflow(input.callerWorkflow, githubHost),
        refRules: parseRefRules(input),
        sourceDigest: input.sourceDigest === undefined ? undefined : parseCommit(input.sourceDigest),
        builderId: input.builderId === undefined ? undefined : parseBuilderId(input.builderId),
        workflowInputs: (input.workflowInputs ?? []).map(parseInput),
        triggers: input.triggers === undefined || input.triggers.length === 0
            ? undefined
            : input.triggers.map(parseTrigger),
        allowSelfHostedRunners: input.allowSelfHostedRunners ?? false,
        allowUnrecordedRunner: input.allowUnrecordedRunner ?? false,
        repositoryId: input.repoId === undefined ? undefined : parseNumericId(input.repoId, '--repo-id'),
        ownerId: input.ownerId === undefined ? undefined : parseNumericId(input.ownerId, '--owner-id'),
        subjectName: nonEmpty(input.subjectName, '--subject-name'),
        predicateTypes: parsePredicateType(input.predicateType),
        defaultSigner: options.defaultSigner ?? 'repo',
    };
}
/**
 * `owner/repo`, `HOST/owner/repo`, `https://HOST/owner/repo` (HOST: github.com, or the GHE.com
 * tenant of the issuer), with at most one trailing `.git` and one trailing `/`, optionally
 * prefixed `git+`. Anything else is refused.
 */
function parseRepo(value, flag, host = _github_names_js__WEBPACK_IMPORTED_MODULE_1__/* .GITHUB_HOST */ .F2) {
    let v = value;
    if (v.startsWith('git+'))
        v = v.slice(4);
    if (v.startsWith('https://'))
        v = v.slice('https://'.length);
    else if (v.includes('://'))
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .policyError */ .nq)(`${flag} ${value}: only https GitHub URLs are accepted`);
    if (v.endsWith('/'))
        v = v.slice(0, -1);
    if (v.endsWith('.git'))
        v = v.slice(0, -4);
    const parts = v.split('/');
    if (parts.length === 3) {
        if ((0,_github_names_js__WEBPACK_IMPORTED_MODULE_1__/* .asciiLower */ .F)(parts[0] ?? '') !== host)
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .policyError */ .nq)(`${flag} ${value}: host must be ${host}`);
        parts.shift();
    }
    const [owner, repo] = parts;
    if (parts.length !== 2 ||
        owner === undefined ||
        repo === undefined ||
        !(0,_github_names_js__WEBPACK_IMPORTED_MODULE_1__/* .isValidOwner */ .yi)(owner) ||
        !(0,_github_names_js__WEBPACK_IMPORTED_MODULE_1__/* .isValidRepo */ .zd)(repo)) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .policyError */ .nq)(`${flag} ${JSON.stringify(value)} is not OWNER/REPO`, 'for example --repo acme/app');
    }
    return { owner, repo };
}
function parseOwner(value) {
    if (!(0,_github_names_js__WEBPACK_IMPORTED_MODULE_1__/* .isValidOwner */ .yi)(value))
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .policyError */ .nq)(`--owner ${JSON.stringify(value)} is not a GitHub owner name`);
    return value;
}
/** `[HOST/]OWNER/REPO/PATH[@REF]`; REF, when given, is a full ref or a commit SHA. */
function parseSignerWorkflow(value, githubHost = _github_names_js__WEBPACK_IMPORTED_MODULE_1__/* .GITHUB_HOST */ .F2) {
    let v = value.startsWith('https://') ? value.slice('https://'.length) : value;
    const at = v.indexOf('@');
    const ref = at >= 0 ? v.slice(at + 1) : undefined;
    if (at >= 0)
        v = v.slice(0, at);
    const parts = v.split('/');
    let host = _github_names_js__WEBPACK_IMPORTED_MODULE_1__/* .GITHUB_HOST */ .F2;
    if (parts[0]?.includes('.'))
        host = (0,_github_names_js__WEBPACK_IMPORTED_MODULE_1__/* .asciiLower */ .F)(parts.shift() ?? '');
    const [owner, repo, ...rest] = parts;
    const path = rest.join('/');
    if (owner === undefined ||
        repo === undefined ||
        !(0,_github_names_js__WEBPACK_IMPORTED_MODULE_1__/* .isValidOwner */ .yi)(owner) ||
        !(0,_github_names_js__WEBPACK_IMPORTED_MODULE_1__/* .isValidRepo */ .zd)(repo) ||
        !isSafePath(path)) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .policyError */ .nq)(`--signer-workflow ${JSON.stringify(value)} is not [HOST/]OWNER/REPO/PATH[@REF]`, 'for example --signer-workflow acme/shared/.github/workflows/build.yml@refs/tags/v1.0.0');
    }
    if (host !== githubHost)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .policyError */ .nq)(`--signer-workflow host must be ${githubHost}`);
    if (ref !== undefined && !(0,_github_refs_js__WEBPACK_IMPORTED_MODULE_2__/* .isFullRefOrSha */ .KH)(ref)) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .policyError */ .nq)(`--signer-workflow ref "${ref}" must be a full ref or a commit SHA`, `use @refs/tags/${ref} or @refs/heads/${ref}`);
    }
    return { host, owner, repo, path, ref };
}
/** `.github/workflows/x.yml` (in the source repository) or `OWNER/REPO/PATH[@REF]`. */
function parseCallerWorkflow(value, host) {
    if (value.startsWith('.github/')) {
        if (!isSafePath(value))
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .policyError */ .nq)(`--caller-workflow ${JSON.stringify(value)} is not a workflow path`);
        return { repo: undefined, path: value, ref: undefined };
    }
    const w = parseSignerWorkflow(value, host);
    return { repo: { owner: w.owner, repo: w.repo }, path: w.path, ref: w.ref };
}
function isSafePath(path) {
    return path.length > 0 && (0,_github_names_js__WEBPACK_IMPORTED_MODULE_1__/* .isWorkflowPath */ .$u)(path);
}
function parseRefRules(input) {
    const rules = [];
    if (input.sourceRef !== undefined) {
        if (!input.sourceRef.startsWith('refs/')) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .policyError */ .nq)(`--source-ref ${JSON.stringify(input.sourceRef)} is not a full ref`, 'use refs/tags/NAME or refs/heads/NAME, or --source-tag / --source-branch');
        }
        rules.push({ kind: 'ref', ref: input.sourceRef });
    }
    if (input.sourceBranch !== undefined)
        rules.push({ kind: 'branch', name: shortRef(input.sourceBranch, '--source-branch') });
    if (input.sourceTag !== undefined && input.sourceVersionedTag !== undefined) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .policyError */ .nq)('--source-tag and --source-versioned-tag cannot be combined');
    }
    if (input.sourceTag !== undefined)
        rules.push({ kind: 'tag', name: shortRef(input.sourceTag, '--source-tag') });
    if (input.sourceVersionedTag !== undefined) {
        const semver = (0,_github_refs_js__WEBPACK_IMPORTED_MODULE_2__/* .parseSemverTag */ .k9)(input.sourceVersionedTag);
        if (semver === undefined) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .policyError */ .nq)(`--source-versioned-tag ${JSON.stringify(input.sourceVersionedTag)} is not vMAJOR[.MINOR[.PATCH]]`);
        }
        rules.push({ kind: 'versioned-tag', tag: input.sourceVersionedTag, semver });
    }
    return rules;
}
function shortRef(value, flag) {
    if (value.length === 0 || value.startsWith('refs/') || /\s/.test(value)) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .policyError */ .nq)(`${flag} takes a short name such as main or v1.2.3, got ${JSON.stringify(value)}`);
    }
    return value;
}
function parseCommit(value) {
    if (!/^[0-9a-fA-F]{40}$|^[0-9a-fA-F]{64}$/.test(value)) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .policyError */ .nq)(`--source-digest ${JSON.stringify(value)} is not a full commit SHA`);
    }
    return value.toLowerCase();
}
/** `NAME[@VERSION]`: at most one `@`. */
function parseBuilderId(value) {
    const parts = value.split('@');
    const name = parts[0];
    if (parts.length > 2 || name === undefined || !name.startsWith('https://')) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .policyError */ .nq)(`--builder-id ${JSON.stringify(value)} is not an https URI with an optional @VERSION`);
    }
    return { name, version: parts[1] };
}
function parseInput(value) {
    const eq = value.indexOf('=');
    if (eq <= 0)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .policyError */ .nq)(`--workflow-input ${JSON.stringify(value)} is not KEY=VALUE`);
    return [value.slice(0, eq), value.slice(eq + 1)];
}
function parseTrigger(value) {
    if (!/^[a-z_]+$/.test(value))
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .policyError */ .nq)(`--trigger ${JSON.stringify(value)} is not a GitHub event name`);
    return value;
}
function parseNumericId(value, flag) {
    if (!/^[1-9]\d*$/.test(value))
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .policyError */ .nq)(`${flag} ${JSON.stringify(value)} is not a numeric id`);
    return value;
}
function parsePredicateType(value) {
    if (value === undefined)
        return _provenance_build_types_js__WEBPACK_IMPORTED_MODULE_3__/* .SLSA_PROVENANCE_TYPES */ .Ov;
    if (value === 'any')
        return 'any';
    if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(value))
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .policyError */ .nq)(`--predicate-type ${JSON.stringify(value)} is not a URI or "any"`);
    return [value];
}
function nonEmpty(value, flag) {
    if (value === undefined)
        return undefined;
    if (value.length === 0)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .policyError */ .nq)(`${flag} is empty`);
    return value;
}


/***/ }),

/***/ 8896:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ GITHUB_ACTIONS_ISSUER)
/* harmony export */ });
const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';


/***/ }),

/***/ 1493:
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

/***/ 6639:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
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
var errors = __webpack_require__(7406);
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
var limits = __webpack_require__(6457);
// EXTERNAL MODULE: ./src/sources/http.ts
var http = __webpack_require__(8838);
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

/***/ 4452:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J9: () => (/* binding */ jsonBody),
/* harmony export */   uI: () => (/* binding */ unexpectedStatus),
/* harmony export */   x6: () => (/* binding */ fetchJson)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7406);
/* harmony import */ var _core_json_strict_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7914);


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

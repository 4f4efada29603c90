export const id = 645;
export const ids = [645,496];
export const modules = {

/***/ 8645:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkPypiProvenance: () => (/* binding */ checkPypiProvenance),
/* harmony export */   runPypiJob: () => (/* binding */ runPypiJob)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _core_json_strict_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62208);
/* harmony import */ var _core_limits_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(36419);
/* harmony import */ var _core_policy_parse_policy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(62390);
/* harmony import */ var _core_pypi_provenance_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(98025);
/* harmony import */ var _core_report_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(88557);
/* harmony import */ var _core_result_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(39294);
/* harmony import */ var _core_verify_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(91143);
/* harmony import */ var _sources_artifacts_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(65677);
/* harmony import */ var _sources_urls_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(26858);
/* harmony import */ var _sources_network_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(31599);
/* harmony import */ var _sources_http_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(79496);
/* harmony import */ var _sources_pypi_index_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(81737);
/* harmony import */ var _sources_trust_roots_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(85212);















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
    const index = (0,_sources_urls_js__WEBPACK_IMPORTED_MODULE_9__/* .serviceBase */ .bR)(job.index ?? _sources_network_js__WEBPACK_IMPORTED_MODULE_10__/* .DEFAULT_PYPI_INDEX */ .yO, '--index');
    const settings = (0,_sources_network_js__WEBPACK_IMPORTED_MODULE_10__/* .networkSettings */ .eg)(job.network ?? {}, ctx.env ?? {}, ctx.version);
    const client = (0,_sources_http_js__WEBPACK_IMPORTED_MODULE_11__.clientFor)({ ...settings, token: undefined });
    const roots = await (0,_sources_trust_roots_js__WEBPACK_IMPORTED_MODULE_13__/* .loadTrustRoots */ .k)({ ...job.trust, githubByDefault: false });
    ctx.onRoots?.(roots);
    const files = job.file !== undefined
        ? [{ name: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(job.file), digests: await (0,_sources_artifacts_js__WEBPACK_IMPORTED_MODULE_8__/* .hashFile */ .DC)(job.file) }]
        : await releaseFiles(client, index, job.project, job.version);
    const artifacts = await Promise.all(files.map((file) => verifyFile(file, { client, settings, index, job, roots, policyInput })));
    return (0,_core_report_js__WEBPACK_IMPORTED_MODULE_6__/* .resultFromArtifacts */ .Hc)({ version: ctx.version, command: 'pypi', policy, roots, artifacts });
}
async function releaseFiles(client, index, project, version) {
    const release = await (0,_sources_pypi_index_js__WEBPACK_IMPORTED_MODULE_12__/* .fetchRelease */ .uY)(client, index, project, version);
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
    const provenance = await (0,_sources_network_js__WEBPACK_IMPORTED_MODULE_10__/* .retryingNotFound */ .Wo)(ctx.settings, () => (0,_sources_pypi_index_js__WEBPACK_IMPORTED_MODULE_12__/* .fetchProvenance */ .im)(ctx.client, ctx.index, project, version, file.name), (p) => p !== undefined);
    if (provenance === undefined)
        return (0,_core_result_js__WEBPACK_IMPORTED_MODULE_14__/* .missingAttestation */ .Zr)(file, origin, `${ctx.index} has no provenance for ${file.name}`, 'it was uploaded without attestations (pypa/gh-action-pypi-publish attests by default with Trusted Publishing), or the name or version is wrong');
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
    const [checked] = (0,_core_verify_js__WEBPACK_IMPORTED_MODULE_7__/* .verifyArtifacts */ .Fr)({
        policy,
        roots,
        artifacts: [file],
        attestations: found.map((f) => f.candidate),
    });
    const publishers = new Map(found.map((f) => [f.candidate.origin, f.publisher]));
    const pinned = policyInput.certIdentity !== undefined && policyInput.certOidcIssuer !== undefined;
    const attestations = (checked?.attestations ?? []).map((a) => withPublisher(a, publishers.get(a.origin), pinned));
    return {
        ...file,
        verdict: (0,_core_verify_js__WEBPACK_IMPORTED_MODULE_7__/* .combineVerdicts */ .aG)(attestations.map((a) => a.verdict)),
        attestations,
    };
}
/** Add the Trusted Publisher checks to an attestation that was read (certificate known). */
function withPublisher(result, publisher, pinned) {
    if (publisher === undefined || result.identity === undefined)
        return result;
    const checks = (0,_core_pypi_provenance_js__WEBPACK_IMPORTED_MODULE_5__/* .checkPublisher */ .bp)(publisher, result, pinned);
    const failed = checks.some((c) => c.status === 'fail');
    // A publisher the policy cannot check is the first thing to say (it explains the rest).
    const first = publisher.kind !== 'GitHub';
    return {
        ...result,
        checks: first ? [...checks, ...result.checks] : [...result.checks, ...checks],
        verdict: failed ? 'failed' : result.verdict,
    };
}


/***/ }),

/***/ 98025:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OH: () => (/* binding */ readPypiProvenance),
/* harmony export */   bp: () => (/* binding */ checkPublisher),
/* harmony export */   tP: () => (/* binding */ PYPI_PUBLISH_PREDICATE)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _github_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9067);
/* harmony import */ var _json_strict_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62208);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(36419);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(39294);





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
    if (!(0,_json_strict_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isJsonObject */ .O)(json) || json.version !== 1 || !Array.isArray(json.attestation_bundles))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('MALFORMED', `${origin}: not a PEP 740 provenance object (version 1)`);
    const found = [];
    json.attestation_bundles.forEach((group, g) => {
        const publisher = readPublisher((0,_json_strict_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isJsonObject */ .O)(group) ? group.publisher : undefined);
        const list = (0,_json_strict_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isJsonObject */ .O)(group) ? group.attestations : undefined;
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
    if (found.length > _limits_js__WEBPACK_IMPORTED_MODULE_3__/* .LIMITS */ .b.maxAttestations)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('LIMIT', `${origin}: ${found.length} attestations (limit ${_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .LIMITS */ .b.maxAttestations})`);
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
    if (!(0,_json_strict_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isJsonObject */ .O)(attestation) || attestation.version !== 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('BUNDLE_SHAPE', 'PEP 740 attestation must be an object with version 1');
    only(attestation, ['version', 'verification_material', 'envelope'], 'attestation');
    const material = attestation.verification_material;
    const envelope = attestation.envelope;
    if (!(0,_json_strict_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isJsonObject */ .O)(material) || !(0,_json_strict_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isJsonObject */ .O)(envelope))
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
    if (!(0,_json_strict_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isJsonObject */ .O)(json))
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
function checkPublisher(publisher, result, 
/** The policy pins the certificate identity and issuer exactly (--cert-identity, --cert-oidc-issuer). */
identityPinned = false) {
    if (publisher.kind !== 'GitHub') {
        // GitLab, Google, ActiveState: their certificates carry no GitHub workflow identity, so the
        // repository rules cannot apply; an exactly pinned identity and issuer decide instead.
        if (identityPinned)
            return [
                (0,_result_js__WEBPACK_IMPORTED_MODULE_4__/* .pass */ .IX)('publisher', `PyPI's Trusted Publisher is ${publisher.kind}: the certificate identity and issuer are pinned exactly (--cert-identity, --cert-oidc-issuer); PyPI's record is its claim and is not compared`, undefined, publisher.kind),
            ];
        return [
            (0,_result_js__WEBPACK_IMPORTED_MODULE_4__/* .fail */ .fJ)('publisher', 'ID_PUBLISHER', `PyPI's Trusted Publisher is ${JSON.stringify(publisher.kind)}, not GitHub: --repo and --owner check GitHub workflow identities only (another publisher needs an identity pinned with --cert-identity and --cert-oidc-issuer)`, {
                expected: 'GitHub',
                actual: publisher.kind,
                hint: "pin this publisher's identity exactly: --cert-identity SAN --cert-oidc-issuer ISSUER (GitLab: https://gitlab.com; Google: https://accounts.google.com)",
            }),
        ];
    }
    const checks = [];
    const host = result.identity?.host;
    const certRepo = (0,_github_names_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRepoPath */ .NP)(result.identity?.repository);
    const publisherRepo = (0,_github_names_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRepoPath */ .NP)(publisher.repository);
    const sameRepository = certRepo !== undefined && publisherRepo !== undefined && (0,_github_names_js__WEBPACK_IMPORTED_MODULE_1__/* .sameRepo */ .Zj)(certRepo, publisherRepo);
    checks.push(sameRepository
        ? (0,_result_js__WEBPACK_IMPORTED_MODULE_4__/* .pass */ .IX)('publisher-repo', 'Trusted Publisher repository matches the certificate', publisher.repository, certRepo && (0,_github_names_js__WEBPACK_IMPORTED_MODULE_1__/* .formatRepo */ .Kf)(certRepo))
        : (0,_result_js__WEBPACK_IMPORTED_MODULE_4__/* .fail */ .fJ)('publisher-repo', 'ID_REPO', 'PyPI names another repository as the Trusted Publisher than the certificate', {
            expected: publisher.repository,
            actual: certRepo && (0,_github_names_js__WEBPACK_IMPORTED_MODULE_1__/* .formatRepo */ .Kf)(certRepo),
        }));
    const caller = host === undefined ? undefined : (0,_github_names_js__WEBPACK_IMPORTED_MODULE_1__/* .parseWorkflowUri */ .BK)(result.identity?.callerWorkflowUri, host);
    const want = `.github/workflows/${publisher.workflow ?? ''}`;
    checks.push(publisher.workflow !== undefined && caller?.path === want
        ? (0,_result_js__WEBPACK_IMPORTED_MODULE_4__/* .pass */ .IX)('publisher-workflow', 'Trusted Publisher workflow is the caller workflow', want, caller?.path)
        : (0,_result_js__WEBPACK_IMPORTED_MODULE_4__/* .fail */ .fJ)('publisher-workflow', 'ID_CALLER', "PyPI's Trusted Publisher workflow is not the certificate's caller workflow", {
            expected: want,
            actual: caller === undefined ? result.identity?.callerWorkflowUri : caller.path,
            hint: 'the publisher is the top-level workflow; a reusable workflow it calls signs, and that is fine',
        }));
    return checks;
}


/***/ }),

/***/ 65677:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DC: () => (/* binding */ hashFile),
/* harmony export */   Kr: () => (/* binding */ isDigestLike),
/* harmony export */   f9: () => (/* binding */ resolveSubject),
/* harmony export */   wD: () => (/* binding */ looksLikeBundle)
/* harmony export */ });
/* unused harmony export parseDigestArg */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _core_limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36419);
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

/***/ 81737:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D2: () => (/* binding */ fetchProjectPage),
/* harmony export */   im: () => (/* binding */ fetchProvenance),
/* harmony export */   nL: () => (/* binding */ fetchLinkedProvenance),
/* harmony export */   uY: () => (/* binding */ fetchRelease)
/* harmony export */ });
/* harmony import */ var _urls_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26858);
/* harmony import */ var _responses_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46978);


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
    (0,_urls_js__WEBPACK_IMPORTED_MODULE_0__/* .checkLinked */ .UO)(url, page);
    return (0,_responses_js__WEBPACK_IMPORTED_MODULE_1__/* .fetchJson */ .x6)(client, url, `PyPI provenance for ${filename}`, INTEGRITY_V1);
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

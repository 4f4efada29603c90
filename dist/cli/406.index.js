export const id = 406;
export const ids = [406];
export const modules = {

/***/ 5299:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ checkPypiProvenance),
/* harmony export */   f: () => (/* binding */ runPypiJob)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7406);
/* harmony import */ var _core_json_strict_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7914);
/* harmony import */ var _core_limits_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6457);
/* harmony import */ var _core_policy_parse_policy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4742);
/* harmony import */ var _core_pypi_provenance_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6115);
/* harmony import */ var _core_report_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5563);
/* harmony import */ var _core_result_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(4424);
/* harmony import */ var _core_verify_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7397);
/* harmony import */ var _sources_artifacts_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1311);
/* harmony import */ var _sources_http_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8838);
/* harmony import */ var _sources_network_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(6639);
/* harmony import */ var _sources_pypi_index_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(4411);
/* harmony import */ var _sources_trust_roots_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(446);














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
    const roots = await (0,_sources_trust_roots_js__WEBPACK_IMPORTED_MODULE_12__/* .loadTrustRoots */ .k0)({ ...job.trust, githubByDefault: false });
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

/***/ 4406:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPypi: () => (/* binding */ runPypi)
/* harmony export */ });
/* harmony import */ var _app_pypi_job_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5299);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7406);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7155);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9166);




/** `pypi PROJECT VERSION [FILE]`: PEP 740 provenance from the index; the policy `verify` takes. */
async function runPypi(argv, io, version) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(argv, _args_js__WEBPACK_IMPORTED_MODULE_2__/* .PYPI_OPTIONS */ ._w);
    (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .refuseFlags */ .sB)(values, 'pypi', ['bundle', 'from', 'subject-name']);
    const [project, release, file, ...rest] = positionals;
    if (project === undefined || release === undefined || rest.length > 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('pypi takes PROJECT VERSION [FILE]');
    return (0,_app_pypi_job_js__WEBPACK_IMPORTED_MODULE_0__/* .runPypiJob */ .f)({
        project,
        version: release,
        file,
        index: values.index,
        policy: (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .policyInputFromFlags */ .ED)(values),
        trust: (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .trustFromFlags */ .aE)(values),
        network: (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .networkInputFromFlags */ .eb)(values),
    }, (0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .jobContext */ .R)(io, version, 'pypi'));
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

/***/ 6115:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OH: () => (/* binding */ readPypiProvenance),
/* harmony export */   bp: () => (/* binding */ checkPublisher),
/* harmony export */   tP: () => (/* binding */ PYPI_PUBLISH_PREDICATE)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7406);
/* harmony import */ var _github_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2121);
/* harmony import */ var _json_strict_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7914);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6457);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4424);





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

/***/ 1311:
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
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7406);
/* harmony import */ var _core_limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6457);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8623);




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

/***/ 4411:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D2: () => (/* binding */ fetchProjectPage),
/* harmony export */   im: () => (/* binding */ fetchProvenance),
/* harmony export */   nL: () => (/* binding */ fetchLinkedProvenance),
/* harmony export */   uY: () => (/* binding */ fetchRelease)
/* harmony export */ });
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8838);
/* harmony import */ var _responses_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4452);


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

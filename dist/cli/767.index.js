export const id = 767;
export const ids = [767];
export const modules = {

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

/***/ 8767:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  T7: () => (/* binding */ AttestationMatcher),
  aG: () => (/* binding */ combineVerdicts),
  md: () => (/* binding */ prepareAttestation),
  Fr: () => (/* binding */ verifyArtifacts)
});

// EXTERNAL MODULE: ./src/core/codes.ts
var codes = __webpack_require__(7265);
// EXTERNAL MODULE: ./src/core/bundle/parse-bundle.ts + 1 modules
var parse_bundle = __webpack_require__(311);
// EXTERNAL MODULE: ./src/core/bundle/legacy-dsse.ts
var legacy_dsse = __webpack_require__(7411);
// EXTERNAL MODULE: ./src/core/crypto/verify-signature.ts + 1 modules
var verify_signature = __webpack_require__(6463);
// EXTERNAL MODULE: ./src/core/crypto/fast-path.ts
var fast_path = __webpack_require__(5519);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/identity/certificate-identity.ts + 1 modules
var certificate_identity = __webpack_require__(8243);
// EXTERNAL MODULE: ./src/core/policy/checks/subject.ts
var checks_subject = __webpack_require__(9346);
// EXTERNAL MODULE: ./src/core/github/names.ts
var names = __webpack_require__(9067);
// EXTERNAL MODULE: ./src/core/provenance/build-types.ts
var build_types = __webpack_require__(7931);
// EXTERNAL MODULE: ./src/core/result.ts
var result = __webpack_require__(9294);
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
            checks.push((0,result/* fail */.fJ)('provenance', 'PROVENANCE_MISMATCH', `predicate ${fact.at} disagrees with the certificate ${fact.field} (expected: the certificate's; found: the predicate's)`, {
                expected: certValue,
                actual: fact.value,
                hint: 'the predicate is written by the build; the certificate is authoritative',
            }));
        }
    }
    checks.push(...checkSources(ctx));
    const builder = checkBuilderClaim(ctx);
    if (builder !== undefined)
        checks.push(builder);
    if (checks.length === 0)
        checks.push((0,result/* pass */.IX)('provenance', `predicate agrees with the certificate (${counted(claims.facts.length, 'fact')} and ${counted(claims.sources.length, 'source')} compared)`));
    return checks;
}
function certificateFacts(ctx) {
    const c = ctx.cert;
    const repo = c.github?.sourceRepo;
    return {
        repository: repo && `${c.github?.host ?? ''}/${(0,names/* formatRepo */.Kf)(repo)}`,
        repositoryPath: repo && (0,names/* formatRepo */.Kf)(repo),
        ref: (0,certificate_identity/* effectiveRef */.tn)(c),
        commit: (0,certificate_identity/* effectiveCommit */.pn)(c),
        workflowPath: c.github?.caller?.path,
        trigger: (0,certificate_identity/* effectiveTrigger */.wO)(c),
        repositoryId: c.sourceRepositoryId,
        ownerId: c.sourceRepositoryOwnerId,
        runnerEnvironment: c.runnerEnvironment,
    };
}
function agrees(field, claimed, cert) {
    switch (field) {
        case 'repository':
        case 'repositoryPath': {
            // Hosts compare exactly, owner and repository names ASCII case-insensitively.
            const a = claimed.split('/');
            const b = cert.split('/');
            return (a.length === b.length &&
                a.every((part, i) => i === 0 && field === 'repository' ? part === b[i] : (0,names/* sameName */.q)(part, b[i] ?? '')));
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
/**
 * Every git source the predicate names is the certificate's source repository (at its ref and
 * commit, where the predicate gives them), or the signer workflow's own repository at the
 * signer's ref and commit (a builder listing its own code, as slsa-github-generator's
 * delegators do). Anything else is a source the certificate does not vouch for.
 */
function checkSources(ctx) {
    const github = ctx.cert.github;
    const sources = ctx.claims?.sources ?? [];
    if (github === undefined)
        return [];
    const repo = github.sourceRepo;
    const signer = github.signer;
    const source = repo && {
        repository: `${github.host}/${(0,names/* formatRepo */.Kf)(repo)}`,
        ref: (0,certificate_identity/* effectiveRef */.tn)(ctx.cert),
        commit: (0,certificate_identity/* effectiveCommit */.pn)(ctx.cert),
    };
    const builder = signer && {
        repository: `${signer.host}/${(0,names/* formatRepo */.Kf)(signer)}`,
        ref: signer.ref,
        commit: ctx.cert.buildSignerDigest,
    };
    return sources.flatMap((claim) => {
        if ([source, builder].some((known) => known !== undefined && sameSource(claim, known)))
            return [];
        // HOST/OWNER/REPO@REF: the certificate's source, or the signer's own code (a reusable workflow).
        const describe = (k) => `${k.repository}${k.ref === undefined ? '' : `@${k.ref}`}`;
        const known = [
            ...new Set([source, builder].flatMap((k) => (k === undefined ? [] : [describe(k)]))),
        ];
        return [
            (0,result/* fail */.fJ)('provenance', 'PROVENANCE_MISMATCH', `predicate ${claim.at} names a source the certificate does not${claim.commit === undefined ? '' : ` (commit ${claim.commit})`}; expected the certificate's source repository or the signer's own`, {
                expected: known.join(' | ') || undefined,
                actual: describe(claim),
                hint: 'every git source in resolvedDependencies / materials must be the repository the certificate names',
            }),
        ];
    });
}
function sameSource(claim, known) {
    return (agrees('repository', claim.repository, known.repository) &&
        (claim.ref === undefined || claim.ref === known.ref) &&
        (claim.commit === undefined ||
            (known.commit !== undefined && claim.commit.toLowerCase() === known.commit.toLowerCase())));
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
    return (0,result/* fail */.fJ)('provenance', 'PROVENANCE_MISMATCH', 'predicate builder id is not the workflow that signed (the certificate SAN)', {
        expected: san,
        actual: claims.builderId,
    });
}
function counted(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

;// CONCATENATED MODULE: ./src/core/policy/checks/identity.ts



function checkIssuer({ policy, cert }) {
    const actual = (0,certificate_identity/* effectiveIssuer */.PR)(cert);
    if (actual === policy.issuer)
        return (0,result/* pass */.IX)('issuer', 'OIDC issuer matches', policy.issuer, actual);
    const enterprise = actual?.startsWith(`${policy.issuer}/`) === true;
    return (0,result/* fail */.fJ)('issuer', 'ID_ISSUER', 'OIDC issuer (certificate 1.3.6.1.4.1.57264.1.8) differs', {
        expected: policy.issuer,
        actual,
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
    return (0,result/* fail */.fJ)('cert-identity', 'ID_SAN', `certificate identity (SAN${cert.san === undefined ? '' : `, ${cert.san.kind}`}) differs (compared exactly, no patterns)`, { expected: policy.certIdentity, actual });
}
function checkSourceRepo(ctx) {
    const { policy, cert } = ctx;
    const expected = policy.sourceRepo;
    if (expected === undefined)
        return (0,result/* skipped */.hT)('source-repo', 'no source repository asked for');
    const github = cert.github;
    const actual = github?.host === policy.githubHost ? github.sourceRepo : undefined;
    if (actual !== undefined && (0,names/* sameRepo */.Zj)(actual, expected)) {
        return (0,result/* pass */.IX)('source-repo', 'source repository matches', (0,names/* formatRepo */.Kf)(expected), (0,names/* formatRepo */.Kf)(actual));
    }
    return (0,result/* fail */.fJ)('source-repo', 'ID_REPO', withWhy('source repository (certificate 1.3.6.1.4.1.57264.1.12) differs', ctx), {
        expected: (0,names/* formatRepo */.Kf)(expected),
        // OWNER/REPO when the certificate is GitHub's on the policy's host; the URI as written otherwise.
        actual: actual === undefined
            ? (cert.sourceRepositoryUri ?? cert.legacy.repository)
            : (0,names/* formatRepo */.Kf)(actual),
        hint: 'the certificate names the repository whose workflow run signed; a renamed or transferred repository keeps its id (--repo-id) but not its name',
    });
}
function checkOwner(ctx) {
    const { policy, cert } = ctx;
    const expected = policy.owner ?? policy.sourceRepo?.owner;
    if (expected === undefined)
        return (0,result/* skipped */.hT)('owner', 'no owner asked for');
    const github = cert.github;
    const actual = github?.host === policy.githubHost ? github.owner : undefined;
    if (actual !== undefined && (0,names/* sameName */.q)(actual, expected))
        return (0,result/* pass */.IX)('owner', 'repository owner matches', expected, actual);
    return (0,result/* fail */.fJ)('owner', 'ID_OWNER', withWhy('source repository owner (certificate 1.3.6.1.4.1.57264.1.16) differs', ctx), {
        expected,
        actual: actual ?? cert.sourceRepositoryOwnerUri ?? cert.github?.sourceRepo?.owner,
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
                actual,
                hint: 'numeric ids survive renames and stop a re-created repository of the same name',
            }));
    }
    return checks;
}
/** The message, with why the certificate has no GitHub identity on the policy's host when so. */
function withWhy(message, { policy, cert }) {
    if (cert.github === undefined)
        return `${message}: not a GitHub Actions certificate (issuer ${(0,certificate_identity/* effectiveIssuer */.PR)(cert) ?? 'not recorded'})`;
    if (cert.github.host !== policy.githubHost)
        return `${message}: a certificate of ${cert.github.host}, not ${policy.githubHost}`;
    return message;
}

// EXTERNAL MODULE: ./src/core/github/refs.ts
var refs = __webpack_require__(8205);
;// CONCATENATED MODULE: ./src/core/policy/checks/workflow.ts




const GENERATOR_WORKFLOW_PREFIX = 'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/';
/** The signer workflow: the certificate SAN (= Build Signer URI, 1.9), read strictly. */
function signerOf(ctx) {
    return onPolicyHost(ctx)?.signer;
}
/** The caller (top-level) workflow: Build Config URI, 1.18, read strictly. */
function callerOf(ctx) {
    return onPolicyHost(ctx)?.caller;
}
function onPolicyHost(ctx) {
    const github = ctx.cert.github;
    return github?.host === ctx.policy.githubHost ? github : undefined;
}
/** A builder id of slsa-github-generator or another github.com builder, read strictly. */
function builderWorkflow(id) {
    return (0,names/* parseWorkflowUri */.BK)(id, names/* GITHUB_HOST */.F2);
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
        actual: signer === undefined ? ctx.cert.san?.value : (0,names/* formatWorkflow */.Vp)(signer),
        hint: callerSignerHint(ctx, signer),
    });
}
function matchSignerRepo(expected, signer, ctx) {
    if (signer !== undefined && signer.host === 'github.com' && (0,names/* sameRepo */.Zj)(signer, expected)) {
        return (0,result/* pass */.IX)('signer-repo', 'signer workflow lives in the expected repository', (0,names/* formatRepo */.Kf)(expected), (0,names/* formatWorkflow */.Vp)(signer));
    }
    return (0,result/* fail */.fJ)('signer-repo', 'ID_SIGNER', 'signer workflow is not in the expected repository', {
        expected: (0,names/* formatRepo */.Kf)(expected),
        actual: signer === undefined ? ctx.cert.san?.value : (0,names/* formatWorkflow */.Vp)(signer),
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
    // The repository (or owner) whose workflows may sign, as OWNER/REPO (or OWNER).
    const expected = policy.sourceRepo !== undefined ? (0,names/* formatRepo */.Kf)(policy.sourceRepo) : (policy.owner ?? '');
    if (inSourceScope(signer, policy))
        return (0,result/* pass */.IX)('signer-workflow', 'signed by a workflow of the source repository', expected, (0,names/* formatWorkflow */.Vp)(signer));
    const caller = callerOf(ctx);
    if (policy.defaultSigner === 'caller' && inSourceScope(caller, policy) && signer !== undefined)
        return (0,result/* pass */.IX)('signer-workflow', `the Trusted Publisher (caller workflow ${(0,names/* formatWorkflow */.Vp)(caller)}) is in the source repository; any workflow it calls may sign`, expected, (0,names/* formatWorkflow */.Vp)(signer));
    if (signer !== undefined && isTrustedGenerator(signer)) {
        const delegated = checkDelegatedBuilder(ctx, signer);
        if (delegated !== undefined)
            return delegated;
        return (0,result/* pass */.IX)('signer-workflow', 'signed by a trusted slsa-github-generator builder at a vX.Y.Z release', `${expected} | ${(0,names/* formatRepo */.Kf)(build_types/* GENERATOR_REPO */.hr)}`, (0,names/* formatWorkflow */.Vp)(signer));
    }
    return (0,result/* fail */.fJ)('signer-workflow', 'ID_SIGNER', `signed by a workflow outside the source repository that the policy does not name (by default a workflow of ${expected} or an slsa-github-generator builder at a vX.Y.Z release may sign)`, {
        expected: `${expected} | ${(0,names/* formatRepo */.Kf)(build_types/* GENERATOR_REPO */.hr)}`,
        actual: signer === undefined ? ctx.cert.san?.value : (0,names/* formatWorkflow */.Vp)(signer),
        hint: callerSignerHint(ctx, signer),
    });
}
/** BYOB: the delegator signs, the predicate names the builder it ran for (slsa-verifier's rule). */
function checkDelegatedBuilder(ctx, signer) {
    if (signer === undefined || !build_types/* DELEGATOR_WORKFLOWS */.tx.includes(signer.path))
        return undefined;
    const inner = ctx.claims?.builderId;
    const parsed = builderWorkflow(inner);
    if (parsed !== undefined &&
        (0,names/* sameRepo */.Zj)(parsed, build_types/* GENERATOR_REPO */.hr) &&
        parsed.path.startsWith('.github/workflows/') &&
        (0,refs/* isStrictReleaseRef */.mv)(parsed.ref))
        return undefined;
    return (0,result/* fail */.fJ)('signer-workflow', 'ID_BUILDER', 'the slsa-github-generator delegator built for a builder outside slsa-github-generator (a workflow of it at a vX.Y.Z release tag)', {
        expected: GENERATOR_WORKFLOW_PREFIX,
        actual: inner,
        hint: `if you trust that builder pass --builder-id ${inner?.split('@')[0] ?? 'URI'}`,
    });
}
/** The reusable-workflow explanation people need: who signed, who called, which flag to add. */
function callerSignerHint(ctx, signer) {
    if (signer === undefined)
        return undefined;
    const caller = callerOf(ctx);
    const reusable = caller !== undefined && (caller.path !== signer.path || !(0,names/* sameRepo */.Zj)(caller, signer));
    const who = `signed by ${reusable ? 'reusable workflow' : 'workflow'} ${(0,names/* formatWorkflow */.Vp)(signer)}`;
    const called = reusable ? `, called from ${(0,names/* formatWorkflow */.Vp)(caller)}` : '';
    return `${who}${called}; if you trust it, add --signer-workflow ${signer.owner}/${signer.repo}/${signer.path} (or --signer-repo ${signer.owner}/${signer.repo})`;
}
function checkCaller(ctx) {
    const expected = ctx.policy.callerWorkflow;
    if (expected === undefined)
        return (0,result/* skipped */.hT)('caller-workflow', 'no caller workflow asked for');
    const caller = callerOf(ctx);
    const want = `${expected.repo === undefined ? '' : `${(0,names/* formatRepo */.Kf)(expected.repo)}/`}${expected.path}${expected.ref === undefined ? '' : `@${expected.ref}`}`;
    if (caller === undefined) {
        return (0,result/* fail */.fJ)('caller-workflow', 'ID_CALLER', 'the certificate does not record the caller workflow (Build Config URI, 1.18)', { expected: want });
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
        const inner = builderWorkflow(claimed);
        if (inner === undefined)
            return {
                name: '',
                ref: undefined,
                display: claimed,
                note: `delegated by ${(0,names/* formatWorkflow */.Vp)(signer)}; the predicate's builder id is ${claimed === undefined ? 'not recorded' : 'not a builder workflow URI'}`,
            };
        return {
            name: `https://${inner.host}/${inner.owner}/${inner.repo}/${inner.path}`,
            ref: inner.ref,
            display: `https://${(0,names/* formatWorkflow */.Vp)(inner)}`,
            note: `delegated by ${(0,names/* formatWorkflow */.Vp)(signer)}`,
        };
    }
    if (claimed !== undefined && build_types/* RUNNER_BUILDER_IDS */.ow.includes(claimed)) {
        const env = ctx.cert.runnerEnvironment;
        const name = env === undefined ? '' : `https://github.com/actions/runner/${env}`;
        return {
            name,
            ref: undefined,
            display: env === undefined ? undefined : name,
            note: `the builder is the runner the certificate records (1.11)${env === undefined ? ', and it records none' : ''}`,
        };
    }
    if (signer === undefined)
        return {
            name: '',
            ref: undefined,
            display: ctx.cert.san?.value,
            note: 'the certificate identity is not a GitHub workflow',
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
        const semver = rule.kind === 'versioned-tag' ? ' (a semver-compatible tag)' : '';
        if (ok)
            return (0,result/* pass */.IX)('source-ref', `source ref matches${semver}`, expected, ref);
        const trigger = (0,certificate_identity/* effectiveTrigger */.wO)(cert);
        const message = `source ref (certificate 1.3.6.1.4.1.57264.1.14) differs${semver}`;
        return (0,result/* fail */.fJ)('source-ref', 'ID_REF', message, {
            expected,
            actual: ref,
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
            return [tag !== undefined && (0,refs/* matchesVersionedTag */.jN)(rule.semver, tag), `refs/tags/${rule.tag}`];
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
        actual,
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
        actual,
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
        return (0,result/* pass */.IX)('runner', 'any runner allowed (--allow-self-hosted-runners)', 'any', actual);
    }
    if (actual === undefined && isTrustedGenerator(signerOf(ctx))) {
        return (0,result/* pass */.IX)('runner', 'slsa-github-generator builders run their build jobs on GitHub-hosted runners', 'github-hosted');
    }
    if (actual === undefined && policy.allowUnrecordedRunner) {
        return (0,result/* pass */.IX)('runner', 'the certificate does not record its runner (issued before late 2023); accepted (--allow-unrecorded-runner)', 'github-hosted');
    }
    if (actual === undefined) {
        return (0,result/* fail */.fJ)('runner', 'ID_RUNNER', 'the certificate does not record the runner environment (certificates issued before late 2023): the build cannot be shown to have run on a GitHub-hosted runner', {
            expected: 'github-hosted',
            hint: 'pass --allow-unrecorded-runner to accept a certificate that predates the runner field (self-hosted runners stay refused where the field is present)',
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
            return (0,result/* pass */.IX)('workflow-input', `workflow input ${key} matches`, `${key}=${expected}`, `${key}=${actual}`);
        const why = actual !== undefined
            ? 'differs'
            : claims?.inputs === undefined
                ? 'is not recorded: the provenance records no inputs'
                : 'is not recorded';
        return (0,result/* fail */.fJ)('workflow-input', 'ID_INPUTS', `workflow input ${key} ${why}`, {
            expected: `${key}=${expected}`,
            actual: actual === undefined ? undefined : `${key}=${actual}`,
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
var provenance_claims = __webpack_require__(9798);
// EXTERNAL MODULE: ./src/core/statement/statement.ts
var statement_statement = __webpack_require__(8124);
// EXTERNAL MODULE: ./src/core/summary.ts
var summary = __webpack_require__(1363);
;// CONCATENATED MODULE: ./src/core/verify.ts















/**
 * Verify artifacts against attestations. Each attestation is verified end to end on its own; an
 * artifact passes when one attestation satisfies the whole policy; facts are never combined
 * across attestations. Pure: trust roots and inputs are passed in.
 */
function verifyArtifacts(request) {
    const matcher = new AttestationMatcher(request.policy, request.roots, request.artifacts);
    for (const candidate of request.attestations)
        matcher.add(candidate);
    return matcher.results().map((r) => r.result);
}
/**
 * Attestations, as they are read, matched to the artifacts their subject digests name through an
 * index (never artifact x attestation): each attestation is verified once, evaluated against the
 * artifacts it names, and only its results are kept. An attestation whose subjects cannot be read
 * is listed under every artifact (its failure is artifact-independent). Up to FALLBACK_SHOWN
 * attestations, every one is listed under every artifact (a mismatch explained where it is);
 * beyond, an artifact lists the attestations that name it, or, when none does, the first few
 * and a count of the rest. Verdicts are the same either way: an attestation that names no
 * digest of the artifact fails its subject check.
 */
class AttestationMatcher {
    policy;
    roots;
    artifacts;
    /** `alg:hex` of every accepted digest of every artifact → the artifacts carrying it. */
    index = new Map();
    listed;
    everywhere = [];
    sample = [];
    unmatched = [];
    unmatchedCount = 0;
    routedCount = 0;
    count = 0;
    constructor(policy, roots, artifacts) {
        this.policy = policy;
        this.roots = roots;
        this.artifacts = artifacts;
        this.listed = artifacts.map(() => []);
        artifacts.forEach((artifact, i) => {
            for (const alg of checks_subject/* ACCEPTED_ALGORITHMS */.Nl) {
                const hex = artifact.digests[alg];
                if (hex === undefined)
                    continue;
                const key = `${alg}:${hex}`;
                const list = this.index.get(key);
                if (list === undefined)
                    this.index.set(key, [i]);
                else if (list[list.length - 1] !== i)
                    list.push(i);
            }
        });
    }
    /**
     * Verify one attestation and record its result under the artifacts it names. Returns its
     * position (what `sources` of a result refers to).
     */
    add(candidate) {
        return this.addPrepared(prepareAttestation(candidate, this.roots));
    }
    /**
     * {@link add} for an attestation already prepared (by {@link prepareAttestation} against the
     * same roots, in this process or a worker): the same position, routing and evaluation.
     */
    addPrepared(prepared) {
        const source = this.count++;
        const subjects = prepared.ok ? prepared.statement.subjects : prepared.claimed;
        if (subjects === undefined) {
            this.everywhere.push({ source, result: evaluate(prepared, undefined, this.policy) });
            return source;
        }
        this.routedCount++;
        if (this.sample.length < FALLBACK_SHOWN)
            this.sample.push({ source, prepared });
        const named = this.named(subjects);
        if (named.size === 0) {
            this.unmatchedCount++;
            if (this.unmatched.length < UNMATCHED_SHOWN)
                this.unmatched.push(prepared.origin);
        }
        for (const i of named) {
            const artifact = this.artifacts[i];
            this.listed[i]?.push({ source, result: evaluate(prepared, artifact, this.policy) });
        }
        return source;
    }
    /** Attestations that name none of the artifacts: a warning line, or none. */
    unmatchedNote() {
        if (this.unmatchedCount === 0 || this.routedCount <= FALLBACK_SHOWN)
            return undefined;
        const more = this.unmatchedCount - this.unmatched.length;
        return `${this.unmatchedCount} attestation(s) name none of the artifacts given: ${this.unmatched.join(', ')}${more > 0 ? ` (+${more} more)` : ''}`;
    }
    /** One result per artifact, in the order given; attestations in the order added. */
    results() {
        const few = this.routedCount <= FALLBACK_SHOWN;
        return this.artifacts.map((artifact, i) => {
            let own = this.listed[i] ?? [];
            if (few)
                own = this.everyOne(artifact, own);
            else if (own.length === 0)
                own = this.fallback(artifact);
            const merged = mergeBySource(own, this.everywhere);
            const attestations = merged.map((l) => l.result);
            return {
                result: {
                    name: artifact.name,
                    digests: artifact.digests,
                    verdict: combineVerdicts(attestations.map((a) => a.verdict)),
                    attestations,
                },
                sources: merged.map((l) => l.source),
            };
        });
    }
    /** The artifacts any of these subjects names (by one accepted digest; checkSubject decides). */
    named(subjects) {
        const hits = new Set();
        for (const subject of subjects) {
            for (const alg of checks_subject/* ACCEPTED_ALGORITHMS */.Nl) {
                const hex = subject.digest[alg];
                if (hex === undefined)
                    continue;
                for (const i of this.index.get(`${alg}:${hex}`) ?? [])
                    hits.add(i);
            }
        }
        return hits;
    }
    /** A few attestations: every one is shown under every artifact (reusing those evaluated). */
    everyOne(artifact, own) {
        return this.sample.map(({ source, prepared }) => own.find((l) => l.source === source) ?? {
            source,
            result: evaluate(prepared, artifact, this.policy),
        });
    }
    fallback(artifact) {
        const shown = this.sample.map(({ source, prepared }) => ({
            source,
            result: evaluate(prepared, artifact, this.policy),
        }));
        const rest = this.routedCount - this.sample.length;
        if (rest > 0)
            shown.push({
                source: this.count,
                result: {
                    origin: `${rest} more attestation(s)`,
                    verdict: 'failed',
                    checks: [
                        (0,result/* fail */.fJ)('subject', 'SUBJECT', `none of the other ${rest} attestation(s) names this artifact's digest`, { hint: 'check the artifact and the bundles belong together' }),
                    ],
                    warnings: [],
                },
            });
        return shown;
    }
}
/** Attestations shown against an artifact no attestation names. */
const FALLBACK_SHOWN = 8;
/** Origins named in the note on attestations that name no artifact. */
const UNMATCHED_SHOWN = 10;
function mergeBySource(a, b) {
    if (b.length === 0)
        return [...a];
    const out = [];
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
        const x = a[i];
        const y = b[j];
        if (y === undefined || (x !== undefined && x.source <= y.source)) {
            out.push(x);
            i++;
        }
        else {
            out.push(y);
            j++;
        }
    }
    return out;
}
/** An artifact's verdict from its attestations': one verified is enough; else undecided beats failed. */
function combineVerdicts(verdicts) {
    if (verdicts.includes('verified'))
        return 'verified';
    if (verdicts.includes('indeterminate'))
        return 'indeterminate';
    return 'failed';
}
/**
 * The expensive, artifact-independent step of verifying one attestation: parse the bundle,
 * verify its cryptography against the roots, read the certificate identity and the statement.
 */
function prepareAttestation(candidate, roots) {
    return (0,fast_path.withoutStackTraces)(() => prepare(candidate, roots));
}
function prepare(candidate, roots) {
    const origin = candidate.origin;
    if (candidate.kind === 'invalid')
        return { ok: false, origin, checks: [errorCheck('bundle', candidate.error)] };
    const checks = [];
    let claimedPayload;
    try {
        let leaf;
        let payload;
        let evidence;
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
            claimedPayload = parsed.dsse?.payload;
            checks.push((0,result/* pass */.IX)('bundle', `Sigstore bundle v${parsed.version}`));
            if (parsed.dsse === undefined) {
                throw new errors/* VerifyError */.Gz('BUNDLE_SHAPE', 'this bundle is a message signature, not an attestation', { hint: 'use verify-bundle for plain signatures' });
            }
            const crypto = (0,verify_signature/* verifyBundleCrypto */.l)(parsed, roots);
            evidence = (0,verify_signature/* evidenceFields */.V)(crypto);
            checks.push((0,result/* pass */.IX)('signature', `signature, certificate chain, timestamps and log entries verified against ${crypto.rootLabel}`));
            if (parsed.leaf === undefined)
                throw new errors/* VerifyError */.Gz('KEY_MATERIAL', 'attestation is key-signed: verify needs a Fulcio certificate');
            leaf = parsed.leaf;
            payload = parsed.dsse.payload;
        }
        let cert;
        try {
            cert = (0,certificate_identity/* readCertificateIdentity */.sU)(leaf);
        }
        catch (err) {
            return {
                ok: false,
                origin,
                checks: [...checks, errorCheck('identity', err)],
                ...claimedSubjects(payload),
            };
        }
        try {
            const statement = (0,statement_statement/* parseStatement */.B)(payload);
            return {
                ok: true,
                origin,
                evidence,
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
            ...claimedSubjects(claimedPayload),
        };
    }
}
/**
 * The subjects an attestation that failed claims, read only to show the failure under the
 * artifacts it is about; unreadable, it is shown under every artifact.
 */
function claimedSubjects(payload) {
    if (payload === undefined)
        return {};
    try {
        return { claimed: (0,statement_statement/* parseStatement */.B)(payload).subjects };
    }
    catch {
        return {};
    }
}
/** A failed attestation's result is the same whatever the artifact (`undefined` here). */
function evaluate(p, artifact, policy) {
    if (!p.ok || artifact === undefined) {
        if (p.ok)
            throw new Error('internal: a verified attestation needs an artifact');
        return {
            origin: p.origin,
            verdict: verdictOf(p.checks),
            checks: p.checks,
            ...(p.cert === undefined ? {} : { identity: (0,summary/* summarizeIdentity */.i)(p.cert) }),
            warnings: [],
        };
    }
    const checks = [...p.early];
    checks.push((0,checks_subject/* checkPredicateType */.Si)(policy, p.statement));
    checks.push((0,checks_subject/* checkSubject */.jj)(p.statement, artifact.digests, policy.subjectName));
    let claims;
    if (build_types/* SLSA_PROVENANCE_TYPES */.Ov.includes(p.statement.predicateType)) {
        try {
            claims = (0,provenance_claims/* readProvenance */.C)(p.statement);
        }
        catch (err) {
            checks.push(errorCheck('provenance', err));
        }
    }
    const ctx = { policy, cert: p.cert, statement: p.statement, claims };
    checks.push(...runPolicyChecks(ctx));
    return {
        origin: p.origin,
        verdict: verdictOf(checks),
        checks,
        identity: (0,summary/* summarizeIdentity */.i)(p.cert),
        predicateType: p.statement.predicateType,
        ...(claims === undefined ? {} : { buildType: claims.buildType, ...builderFields(ctx) }),
        ...p.evidence,
        warnings: (0,summary/* warningsFor */.d)(policy, p.cert),
    };
}
/**
 * The verified builder (what --builder-id is matched against: from the certificate, or from a
 * trusted delegator), and the predicate's own claim beside it when they differ.
 */
function builderFields(ctx) {
    const builder = effectiveBuilder(ctx);
    const builderId = builder.name === '' ? undefined : builder.display;
    const claimed = ctx.claims?.builderId;
    return {
        ...(builderId === undefined ? {} : { builderId }),
        ...(claimed === undefined || claimed === builderId ? {} : { claimedBuilderId: claimed }),
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
/**
 * A failure while reading one attestation is that attestation's rejection, whatever threw: a
 * library meeting hostile bytes it cannot decode must not abort the verdicts of the others.
 */
function errorCheck(id, err) {
    if (err instanceof errors/* VerifyError */.Gz)
        return (0,result/* fail */.fJ)(id, err.code, err.message, { hint: err.hint });
    const what = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    return (0,result/* fail */.fJ)(id, 'MALFORMED', `cannot be read (${what})`);
}


/***/ })

};

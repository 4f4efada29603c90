export const id = 140;
export const ids = [140,681,21,496];
export const modules = {

/***/ 3140:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runRelease: () => (/* binding */ runRelease)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/github/names.ts
var names = __webpack_require__(9067);
// EXTERNAL MODULE: ./src/core/limits.ts
var limits = __webpack_require__(6419);
// EXTERNAL MODULE: ./src/core/policy/parse-policy.ts
var parse_policy = __webpack_require__(2548);
// EXTERNAL MODULE: ./src/core/bundle/parse-bundle.ts + 1 modules
var parse_bundle = __webpack_require__(311);
// EXTERNAL MODULE: ./src/core/crypto/verify-signature.ts + 1 modules
var verify_signature = __webpack_require__(6463);
// EXTERNAL MODULE: ./src/core/identity/certificate-identity.ts + 1 modules
var certificate_identity = __webpack_require__(8243);
// EXTERNAL MODULE: ./src/core/result.ts
var result = __webpack_require__(9294);
// EXTERNAL MODULE: ./src/core/statement/statement.ts
var statement_statement = __webpack_require__(8124);
;// CONCATENATED MODULE: ./src/core/release/release-attestation.ts







/** The predicate of GitHub's immutable-release attestation (`gh release verify`). */
const RELEASE_PREDICATE_TYPE = 'https://in-toto.io/attestation/release/v0.1';
/** The certificate identity GitHub signs releases with: no workflow, the releases domain. */
function releaseSigner(trustDomain) {
    return `https://${trustDomain}.releases.github.com`;
}
/**
 * GitHub's release attestation, as `gh release verify` checks it and more exactly: a DSSE
 * bundle verified against the trusted roots given (GitHub's instance: Fulcio and a TSA), signed
 * by GitHub itself (SAN exactly `https://<trust domain>.releases.github.com`, not a workflow),
 * with the release predicate naming this repository and exactly this tag, and a subject whose
 * digest is the tag's git object. The other subjects are the release's assets (name, sha256).
 */
function verifyReleaseAttestation(candidate, roots, expected) {
    const origin = candidate.origin;
    const checks = [];
    try {
        if (candidate.kind === 'invalid')
            throw candidate.error;
        if (candidate.kind !== 'bundle')
            throw new errors/* VerifyError */.Gz('BUNDLE_SHAPE', 'a release attestation is a Sigstore bundle');
        const parsed = (0,parse_bundle/* parseBundle */.Q)(candidate.json);
        if (parsed.dsse === undefined || parsed.leaf === undefined)
            throw new errors/* VerifyError */.Gz('BUNDLE_SHAPE', 'a release attestation is a DSSE bundle with a certificate');
        const crypto = (0,verify_signature/* verifyBundleCrypto */.l)(parsed, roots);
        checks.push((0,result/* pass */.IX)('signature', `verified against ${crypto.rootLabel}`));
        const san = (0,certificate_identity/* readCertificateIdentity */.sU)(parsed.leaf).san;
        const signer = releaseSigner(expected.trustDomain);
        checks.push(san?.kind === 'uri' && san.value === signer
            ? (0,result/* pass */.IX)('release-signer', 'signed by GitHub for releases', signer, san.value)
            : (0,result/* fail */.fJ)('release-signer', 'ID_SAN', `not signed by GitHub for releases${san !== undefined && san.kind !== 'uri' ? ` (the SAN is a ${san.kind})` : ''}`, {
                expected: signer,
                actual: san?.value,
                hint: 'release attestations are signed by GitHub itself, never by a workflow',
            }));
        const statement = (0,statement_statement/* parseStatement */.B)(parsed.dsse.payload);
        checks.push(...predicateChecks(statement.predicateType, statement.predicate, expected));
        const refSubject = statement.subjects.find((s) => s.digest[expected.ref.algorithm]?.toLowerCase() === expected.ref.hex);
        checks.push(refSubject !== undefined
            ? (0,result/* pass */.IX)('release-ref', `the attestation covers tag ${expected.tag}'s git object`, `${expected.ref.algorithm}:${expected.ref.hex}`)
            : (0,result/* fail */.fJ)('release-ref', 'SUBJECT', `the attestation does not cover tag ${expected.tag}'s git object`, {
                expected: `${expected.ref.algorithm}:${expected.ref.hex}`,
                actual: statement.subjects.map(describeSubject).join(', ') || undefined,
                hint: 'the tag may have been moved after the release was published',
            }));
        const failed = checks.some((c) => c.status === 'fail');
        return {
            result: {
                origin,
                verdict: failed ? 'failed' : 'verified',
                checks,
                predicateType: statement.predicateType,
                ...(0,verify_signature/* evidenceFields */.V)(crypto),
                warnings: [],
            },
            assets: failed ? [] : assetsOf(statement.subjects, refSubject),
        };
    }
    catch (err) {
        if (!(err instanceof errors/* VerifyError */.Gz))
            throw err;
        checks.push((0,result/* fail */.fJ)(checks.length === 0 ? 'signature' : 'release', err.code, err.message, {
            hint: err.hint,
        }));
        return { result: { origin, verdict: 'failed', checks, warnings: [] }, assets: [] };
    }
}
function predicateChecks(predicateType, predicate, expected) {
    if (predicateType !== RELEASE_PREDICATE_TYPE)
        return [
            (0,result/* fail */.fJ)('predicate-type', 'PREDICATE_TYPE', 'not a GitHub release attestation', {
                expected: RELEASE_PREDICATE_TYPE,
                actual: predicateType,
            }),
        ];
    const text = (key) => typeof predicate?.[key] === 'string' ? predicate[key] : undefined;
    const want = `${expected.owner}/${expected.repo}`;
    const repository = text('repository');
    const [owner = '', repo = '', ...extra] = (repository ?? '').split('/');
    const sameRepository = extra.length === 0 && (0,names/* sameName */.q)(owner, expected.owner) && (0,names/* sameName */.q)(repo, expected.repo);
    const tag = text('tag');
    return [
        (0,result/* pass */.IX)('predicate-type', 'GitHub release attestation', RELEASE_PREDICATE_TYPE),
        sameRepository
            ? (0,result/* pass */.IX)('release-repo', 'the release is of this repository', want, repository)
            : (0,result/* fail */.fJ)('release-repo', 'ID_REPO', 'the release attestation names another repository', {
                expected: want,
                actual: repository,
            }),
        tag === expected.tag
            ? (0,result/* pass */.IX)('release-tag', 'the release is of this tag', expected.tag, tag)
            : (0,result/* fail */.fJ)('release-tag', 'ID_REF', 'the release attestation names another tag', {
                expected: expected.tag,
                actual: tag,
            }),
    ];
}
function assetsOf(subjects, ref) {
    return subjects.flatMap((s) => {
        const sha256 = s.digest.sha256?.toLowerCase();
        return s === ref || sha256 === undefined ? [] : [{ name: s.name, sha256 }];
    });
}
/** A subject's digests, in full: `ALG:HEX`, comma-separated. */
function describeSubject(s) {
    return Object.entries(s.digest)
        .map(([alg, hex]) => `${alg}:${hex}`)
        .join(', ');
}
/** Whether an asset digest is listed by a verified release attestation: the membership check. */
function assetMembership(release, sha256, tag) {
    const origin = release?.result.origin ?? `release ${tag}`;
    const listed = release?.assets.find((a) => a.sha256 === sha256);
    const check = release?.result.verdict !== 'verified'
        ? (0,result/* fail */.fJ)('release-asset', 'NO_ATTESTATION', `release ${tag} has no verified release attestation`)
        : listed !== undefined
            ? (0,result/* pass */.IX)('release-asset', `asset ${JSON.stringify(listed.name ?? '')} of release ${tag}`, `sha256:${sha256}`, `sha256:${listed.sha256}`)
            : (0,result/* fail */.fJ)('release-asset', 'SUBJECT', `not an asset of release ${tag} (${release.assets.length} asset(s): ${release.assets.map((a) => JSON.stringify(a.name ?? '')).join(', ')})`, {
                expected: release.assets.map((a) => `sha256:${a.sha256}`).join(' | ') || undefined,
                actual: `sha256:${sha256}`,
            });
    return {
        origin,
        verdict: check.status === 'pass' ? 'verified' : 'failed',
        checks: [check],
        warnings: [],
    };
}

// EXTERNAL MODULE: ./src/core/report.ts
var report = __webpack_require__(8557);
// EXTERNAL MODULE: ./src/core/verify.ts + 5 modules
var verify = __webpack_require__(8767);
// EXTERNAL MODULE: ./src/sources/artifacts.ts
var artifacts = __webpack_require__(5677);
// EXTERNAL MODULE: ./src/sources/paths.ts
var paths = __webpack_require__(5858);
// EXTERNAL MODULE: ./src/sources/github.ts + 1 modules
var github = __webpack_require__(1681);
// EXTERNAL MODULE: ./src/sources/github-meta.ts
var github_meta = __webpack_require__(5021);
// EXTERNAL MODULE: ./src/core/json/strict-json.ts
var strict_json = __webpack_require__(2208);
// EXTERNAL MODULE: ./src/sources/responses.ts
var responses = __webpack_require__(6978);
;// CONCATENATED MODULE: ./src/sources/github-release.ts



/**
 * The git object a release tag names (`GET /repos/OWNER/REPO/git/ref/tags/TAG`, as `gh release
 * verify` resolves it): a sha1 id (40 hex) or, in a SHA-256 repository, a sha256 id (64 hex).
 * A tag that does not exist is NO_ATTESTATION (nothing to verify); anything else unexpected is
 * NETWORK.
 */
async function fetchTagRef(client, apiUrl, repo, tag) {
    const [owner = '', name = ''] = repo.split('/');
    const path = `/repos/${encodeURIComponent(owner)}/${encodeURIComponent(name)}/git/ref/tags/${tag.split('/').map(encodeURIComponent).join('/')}`;
    const what = `GitHub tag ${tag} of ${repo}`;
    const response = await client.get(`${apiUrl}${path}`, 'application/vnd.github+json');
    if (response.status === 404)
        throw new errors/* VerifyError */.Gz('NO_ATTESTATION', `${repo} has no tag ${JSON.stringify(tag)}`, {
            hint: 'check the repository and the exact tag name; a private repository needs a token',
        });
    if (response.status !== 200)
        throw (0,responses/* unexpectedStatus */.uI)(response, what);
    const body = (0,responses/* jsonBody */.J9)(response, what);
    const object = (0,strict_json/* isJsonObject */.O)(body) ? body.object : undefined;
    const sha = (0,strict_json/* isJsonObject */.O)(object) ? object.sha : undefined;
    if (typeof sha !== 'string' || !/^([0-9a-f]{40}|[0-9a-f]{64})$/.test(sha))
        throw new errors/* VerifyError */.Gz('NETWORK', `${what}: no object sha in the answer`);
    return { algorithm: sha.length === 40 ? 'sha1' : 'sha256', hex: sha };
}

// EXTERNAL MODULE: ./src/sources/network.ts + 1 modules
var sources_network = __webpack_require__(1599);
// EXTERNAL MODULE: ./src/sources/http.ts
var http = __webpack_require__(9496);
// EXTERNAL MODULE: ./src/sources/trust-roots.ts
var trust_roots = __webpack_require__(5212);
// EXTERNAL MODULE: ./src/app/verify-job.ts + 1 modules
var verify_job = __webpack_require__(2338);
;// CONCATENATED MODULE: ./src/app/release-job.ts

















/**
 * A GitHub immutable release in one verdict: GitHub's own release attestation (signed by
 * GitHub, not a workflow) for the tag's git object, each asset listed in it, and each asset's
 * build provenance under the policy (by default: built from the release's repository).
 */
async function runReleaseJob(job, ctx) {
    const repo = (0,names/* parseRepoPath */.NP)(job.repo);
    if (repo === undefined)
        throw new errors/* UsageError */.eb(`${JSON.stringify(job.repo)} is not OWNER/REPO`, {
            hint: 'verify-provenance release OWNER/REPO TAG [ASSET...]',
        });
    if (job.tag === '' || /[\p{Cc}\s]/u.test(job.tag) || job.tag.startsWith('refs/'))
        throw new errors/* UsageError */.eb(`${JSON.stringify(job.tag)} is not a tag name`, {
            hint: 'give the tag as the release shows it, e.g. v1.2.3',
        });
    if (job.trust.offline === true)
        throw new errors/* UsageError */.eb('--offline cannot ask GitHub for the tag and its release attestation');
    if (job.assets.length > limits/* LIMITS */.b.maxSubjects)
        throw new errors/* VerifyError */.Gz('LIMIT', `${job.assets.length} assets (limit ${limits/* LIMITS */.b.maxSubjects})`);
    const repoName = (0,names/* formatRepo */.Kf)(repo);
    const scoped = job.policy.repo !== undefined ||
        job.policy.owner !== undefined ||
        job.policy.certIdentity !== undefined;
    const policy = (0,parse_policy/* parsePolicy */.ON)(scoped ? job.policy : { ...job.policy, repo: repoName });
    const network = (0,sources_network/* networkSettings */.eg)(job.network ?? {}, ctx.env ?? {}, ctx.version);
    (0,sources_network/* checkGithubApiUrl */.b1)(network);
    const client = (0,http.clientFor)(network);
    const trust = await (0,github_meta.withGithubTrustDomain)(job.trust, client, network.githubApiUrl);
    const roots = await (0,trust_roots/* loadTrustRoots */.k)(trust);
    ctx.onRoots?.(roots);
    const release = await checkRelease(job, repoName, trust, roots, {
        client,
        api: network.githubApiUrl,
    });
    const assets = [];
    if (job.assets.length > 0)
        for (const arg of await (0,paths/* expandPaths */.p)(job.assets, 'artifact', ctx.onNote))
            assets.push(await (0,artifacts/* resolveSubject */.f9)(arg));
    else
        for (const a of release.verified?.assets ?? [])
            assets.push({ name: a.name ?? `sha256:${a.sha256}`, digests: { sha256: a.sha256 } });
    const provenance = [];
    if (job.bundles.length > 0)
        for (const file of await (0,paths/* expandPaths */.p)(job.bundles, 'bundle', ctx.onNote))
            provenance.push(...(await (0,verify_job/* readBundleFile */.z)(file)));
    else if (assets.length > 0)
        provenance.push(...(await (0,github.githubAttestations)(client, network.githubApiUrl, policy, assets)));
    const built = (0,verify/* verifyArtifacts */.Fr)({ policy, roots, artifacts: assets, attestations: provenance });
    const checkedAssets = built.map((asset) => {
        const sha256 = asset.digests.sha256;
        if (sha256 === undefined)
            throw new errors/* UsageError */.eb(`${asset.name}: release assets are listed by sha256`, {
                hint: 'give the file, or its sha256:HEX digest',
            });
        const member = assetMembership(release.verified, sha256, job.tag);
        return {
            ...asset,
            verdict: both(member.verdict, asset.verdict),
            attestations: [member, ...asset.attestations],
        };
    });
    return (0,report/* resultFromArtifacts */.Hc)({
        version: ctx.version,
        command: 'release',
        policy,
        roots,
        artifacts: [release.artifact, ...checkedAssets],
    });
}
/** An asset passes only when it is in the verified release and its provenance verified. */
function both(member, provenance) {
    if (member !== 'verified')
        return 'failed';
    return provenance;
}
async function checkRelease(job, repo, trust, roots, net) {
    // Release attestations are GitHub's own: only its instance's roots may vouch for them,
    // unless the user chose the trusted roots (--trusted-root).
    const releaseRoots = trust.trustedRootFile !== undefined ? roots : roots.filter((r) => r.githubInstance === true);
    if (releaseRoots.length === 0)
        throw new errors/* VerifyError */.Gz('TRUST_ROOT', "no trusted root of GitHub's own instance is in use", {
            hint: "release attestations are signed by GitHub's instance: drop --tuf-mirror, or add --github-tuf-root",
        });
    const ref = await fetchTagRef(net.client, net.api, repo, job.tag);
    const name = `pkg:github/${repo}@${job.tag}`;
    const digest = `${ref.algorithm}:${ref.hex}`;
    const candidates = await (0,github.repoAttestations)(net.client, net.api, repo, digest, 'release');
    const expected = {
        owner: repo.split('/')[0] ?? '',
        repo: repo.split('/')[1] ?? '',
        tag: job.tag,
        ref,
        trustDomain: trust.githubTrustDomain || 'dotcom',
    };
    const findings = candidates.map((c) => verifyReleaseAttestation(c, releaseRoots, expected));
    const verified = findings.filter((f) => f.result.verdict === 'verified');
    const agreeing = verified.every((f) => JSON.stringify(f.assets) === JSON.stringify(verified[0]?.assets));
    const attestations = findings.map((f) => agreeing || f.result.verdict !== 'verified'
        ? f.result
        : {
            ...f.result,
            verdict: 'failed',
            checks: [
                ...f.result.checks,
                (0,result/* fail */.fJ)('release', 'BUNDLE_SHAPE', `several release attestations for ${job.tag} list different assets`),
            ],
        });
    if (findings.length === 0)
        attestations.push({
            origin: `github:${repo} ${digest}`,
            verdict: 'failed',
            checks: [
                (0,result/* fail */.fJ)('release', 'NO_ATTESTATION', `GitHub has no release attestation for ${repo} ${job.tag}`, {
                    hint: 'GitHub attests releases that are immutable (a repository setting); older or mutable releases have none',
                }),
            ],
            warnings: [],
        });
    const ok = agreeing && verified.length > 0;
    return {
        artifact: {
            name,
            digests: { [ref.algorithm]: ref.hex },
            verdict: ok ? 'verified' : 'failed',
            attestations,
        },
        verified: ok ? verified[0] : undefined,
    };
}

// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
;// CONCATENATED MODULE: ./src/cli/release-command.ts




/**
 * `release OWNER/REPO TAG [ASSET...]`: GitHub's release attestation for the tag, each asset in
 * it, and each asset's build provenance (from the GitHub API, or `--bundle` files) under the
 * policy flags of `verify` (the source repository defaults to OWNER/REPO).
 */
async function runRelease(argv, io, version) {
    const { values, positionals } = (0,args/* parse */.qg)(argv, args/* VERIFY_OPTIONS */.nn);
    (0,args/* refuseFlags */.sB)(values, 'release', ['from', 'rekor-url']);
    const [repo, tag, ...assets] = positionals;
    if (repo === undefined || tag === undefined)
        throw new errors/* UsageError */.eb('release needs OWNER/REPO and TAG', {
            hint: 'verify-provenance release OWNER/REPO TAG [ASSET...]',
        });
    return runReleaseJob({
        repo,
        tag,
        assets,
        bundles: values.bundle ?? [],
        policy: (0,args/* policyInputFromFlags */.ED)(values),
        network: (0,args/* networkInputFromFlags */.eb)(values),
        trust: (0,args/* trustFromFlags */.aE)(values),
    }, (0,cli_io/* jobContext */.R)(io, version, 'release'));
}


/***/ }),

/***/ 5021:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   withGithubTrustDomain: () => (/* binding */ withGithubTrustDomain)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_json_strict_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2208);
/* harmony import */ var _responses_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6978);



const GITHUB_COM_API = 'https://api.github.com';
/**
 * A GHE.com tenant signs with its own trust domain, which its API's `/meta` names
 * (`domains.artifact_attestations.trust_domain`, as `gh` reads it); GitHub's TUF repository
 * then serves `<trust domain>.trusted_root.json`. Asked only when trust is refreshed online and
 * the API is not github.com's; anything but a DNS label is refused where the root is fetched.
 */
async function withGithubTrustDomain(trust, client, apiUrl) {
    const online = trust.trustedRootFile === undefined && trust.offline !== true;
    if (!online || apiUrl === GITHUB_COM_API || trust.githubTrustDomain !== undefined)
        return trust;
    const what = `${apiUrl}/meta (the instance's trust domain)`;
    const response = await client.get(`${apiUrl}/meta`, 'application/vnd.github+json');
    // An API without /meta names no trust domain: GitHub's own (dotcom) then applies.
    if (response.status === 404)
        return trust;
    if (response.status !== 200)
        throw (0,_responses_js__WEBPACK_IMPORTED_MODULE_2__/* .unexpectedStatus */ .uI)(response, what);
    const body = (0,_responses_js__WEBPACK_IMPORTED_MODULE_2__/* .jsonBody */ .J9)(response, what);
    const domains = (0,_core_json_strict_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isJsonObject */ .O)(body) ? body.domains : undefined;
    const section = (0,_core_json_strict_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isJsonObject */ .O)(domains) ? domains.artifact_attestations : undefined;
    const domain = (0,_core_json_strict_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isJsonObject */ .O)(section) ? section.trust_domain : undefined;
    if (domain === undefined || domain === null || domain === '')
        return trust;
    if (typeof domain !== 'string')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('NETWORK', `${what}: trust_domain is not a string`);
    return { ...trust, githubTrustDomain: domain };
}


/***/ }),

/***/ 1681:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fetchBundle: () => (/* binding */ fetchBundle),
  githubAttestations: () => (/* binding */ githubAttestations),
  githubScope: () => (/* binding */ githubScope),
  nextLink: () => (/* binding */ nextLink),
  repoAttestations: () => (/* binding */ repoAttestations)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/json/strict-json.ts
var strict_json = __webpack_require__(2208);
// EXTERNAL MODULE: ./src/core/limits.ts
var limits = __webpack_require__(6419);
// EXTERNAL MODULE: ./src/core/github/names.ts
var names = __webpack_require__(9067);
// EXTERNAL MODULE: ./src/sources/urls.ts
var urls = __webpack_require__(6858);
// EXTERNAL MODULE: ./src/sources/responses.ts
var responses = __webpack_require__(6978);
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
        (0,urls/* checkLinked */.UO)(url, apiUrl);
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
/**
 * The attestations a repository holds for one digest of any algorithm the API takes (a release
 * attestation is found by its tag's `sha1:` git object id), optionally filtered by predicate type.
 */
async function repoAttestations(client, apiUrl, repo, digest, predicateType) {
    const [owner = '', name = ''] = repo.split('/');
    const query = `?per_page=${PER_PAGE}${predicateType === undefined ? '' : `&predicate_type=${encodeURIComponent(predicateType)}`}`;
    const url = `${apiUrl}/repos/${seg(owner)}/${seg(name)}/attestations/${digest}${query}`;
    const entries = (await listPages(client, url, `${repo} ${digest}`)) ?? [];
    if (entries.length > limits/* LIMITS */.b.maxAttestations)
        throw new errors/* VerifyError */.Gz('LIMIT', `GitHub returned ${entries.length} attestations (limit ${limits/* LIMITS */.b.maxAttestations})`);
    return Promise.all(entries.map((e) => candidateFrom(client, e, apiUrl)));
}


/***/ }),

/***/ 9496:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HttpClient: () => (/* binding */ HttpClient),
/* harmony export */   clientFor: () => (/* binding */ clientFor)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6419);
/* harmony import */ var _urls_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6858);



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

/***/ 6978:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J9: () => (/* binding */ jsonBody),
/* harmony export */   uI: () => (/* binding */ unexpectedStatus),
/* harmony export */   x6: () => (/* binding */ fetchJson)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_json_strict_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2208);


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

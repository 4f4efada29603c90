export const id = 857;
export const ids = [857];
export const modules = {

/***/ 4857:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runRelease: () => (/* binding */ runRelease)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(7406);
// EXTERNAL MODULE: ./src/core/github/names.ts
var names = __webpack_require__(2121);
// EXTERNAL MODULE: ./src/core/limits.ts
var limits = __webpack_require__(6457);
// EXTERNAL MODULE: ./src/core/policy/parse-policy.ts
var parse_policy = __webpack_require__(4742);
// EXTERNAL MODULE: ./src/core/bundle/parse-bundle.ts + 1 modules
var parse_bundle = __webpack_require__(7269);
// EXTERNAL MODULE: ./src/core/crypto/verify-signature.ts + 1 modules
var verify_signature = __webpack_require__(7791);
// EXTERNAL MODULE: ./src/core/identity/certificate-identity.ts + 1 modules
var certificate_identity = __webpack_require__(9653);
// EXTERNAL MODULE: ./src/core/result.ts
var result = __webpack_require__(4424);
// EXTERNAL MODULE: ./src/core/statement/statement.ts
var statement_statement = __webpack_require__(6766);
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
var report = __webpack_require__(5563);
// EXTERNAL MODULE: ./src/core/verify.ts + 5 modules
var verify = __webpack_require__(7397);
// EXTERNAL MODULE: ./src/sources/artifacts.ts
var artifacts = __webpack_require__(1311);
// EXTERNAL MODULE: ./src/sources/paths.ts
var paths = __webpack_require__(1992);
// EXTERNAL MODULE: ./src/sources/github.ts + 1 modules
var github = __webpack_require__(9586);
// EXTERNAL MODULE: ./src/sources/github-meta.ts
var github_meta = __webpack_require__(7623);
// EXTERNAL MODULE: ./src/core/json/strict-json.ts
var strict_json = __webpack_require__(7914);
// EXTERNAL MODULE: ./src/sources/responses.ts
var responses = __webpack_require__(4452);
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
var sources_network = __webpack_require__(6639);
// EXTERNAL MODULE: ./src/sources/trust-roots.ts
var trust_roots = __webpack_require__(446);
// EXTERNAL MODULE: ./src/app/verify-job.ts + 4 modules
var verify_job = __webpack_require__(2456);
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
    const client = (0,sources_network/* clientFor */.$V)(network);
    const trust = await (0,github_meta/* withGithubTrustDomain */.u)(job.trust, client, network.githubApiUrl);
    const roots = await (0,trust_roots/* loadTrustRoots */.k0)(trust);
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
        provenance.push(...(await (0,github/* githubAttestations */.XB)(client, network.githubApiUrl, policy, assets)));
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
    const candidates = await (0,github/* repoAttestations */.QK)(net.client, net.api, repo, digest, 'release');
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
var args = __webpack_require__(7155);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(9166);
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


/***/ })

};

export const id = 969;
export const ids = [969];
export const modules = {

/***/ 8322:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nz: () => (/* binding */ attestationEntries),
/* harmony export */   "in": () => (/* binding */ runNpmJob),
/* harmony export */   tj: () => (/* binding */ checkNpmAttestations)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7406);
/* harmony import */ var _core_json_strict_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7914);
/* harmony import */ var _core_limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6457);
/* harmony import */ var _core_npm_package_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1307);
/* harmony import */ var _core_npm_publish_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6104);
/* harmony import */ var _core_policy_parse_policy_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4742);
/* harmony import */ var _core_report_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5563);
/* harmony import */ var _core_result_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(4424);
/* harmony import */ var _core_verify_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7397);
/* harmony import */ var _sources_http_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8838);
/* harmony import */ var _sources_network_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6639);
/* harmony import */ var _sources_npm_registry_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(2037);
/* harmony import */ var _sources_trust_roots_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(446);













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
    const roots = await (0,_sources_trust_roots_js__WEBPACK_IMPORTED_MODULE_11__/* .loadTrustRoots */ .k0)({ ...job.trust, githubByDefault: false });
    ctx.onRoots?.(roots);
    const keys = (0,_core_npm_publish_js__WEBPACK_IMPORTED_MODULE_4__/* .readRegistryKeys */ .IM)(await (0,_sources_npm_registry_js__WEBPACK_IMPORTED_MODULE_10__/* .fetchRegistryKeys */ .us)(client, registry));
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

/***/ 7969:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runNpm: () => (/* binding */ runNpm)
/* harmony export */ });
/* harmony import */ var _app_npm_job_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8322);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7155);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9166);



/**
 * `npm NAME@VERSION…`: the registry is the source; the policy is the one `verify` takes. The
 * registry is `--registry`, else npm's own setting (`npm_config_registry`, as `npx` passes it,
 * or `.npmrc`), as `deps` reads it.
 */
async function runNpm(argv, io, version) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(argv, _args_js__WEBPACK_IMPORTED_MODULE_1__/* .NPM_OPTIONS */ .vA);
    (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .refuseFlags */ .sB)(values, 'npm', ['bundle', 'from', 'subject-name']);
    return (0,_app_npm_job_js__WEBPACK_IMPORTED_MODULE_0__/* .runNpmJob */ ["in"])({
        packages: positionals,
        registry: values.registry ?? (await npmConfigRegistry(io.env)),
        policy: (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .policyInputFromFlags */ .ED)(values),
        trust: (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .trustFromFlags */ .aE)(values),
        network: (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .networkInputFromFlags */ .eb)(values),
    }, (0,_io_js__WEBPACK_IMPORTED_MODULE_2__/* .jobContext */ .R)(io, version, 'npm'));
}
/** npm's configured registry, read only when `--registry` is not given (its INI reader is lazy). */
async function npmConfigRegistry(env) {
    const { readNpmrc } = await __webpack_require__.e(/* import() */ 626).then(__webpack_require__.bind(__webpack_require__, 6626));
    return (await readNpmrc(process.cwd(), env)).registry;
}


/***/ }),

/***/ 2037:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ll: () => (/* binding */ integrityOf),
/* harmony export */   XN: () => (/* binding */ fetchPackument),
/* harmony export */   p9: () => (/* binding */ fetchNpmAttestations),
/* harmony export */   sZ: () => (/* binding */ fetchVersionManifest),
/* harmony export */   us: () => (/* binding */ fetchRegistryKeys)
/* harmony export */ });
/* unused harmony export PACKUMENT_MAX_BYTES */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7406);
/* harmony import */ var _core_json_strict_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7914);
/* harmony import */ var _responses_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4452);



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


/***/ })

};

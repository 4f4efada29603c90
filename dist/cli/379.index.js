export const id = 379;
export const ids = [379];
export const modules = {

/***/ 7593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ED: () => (/* binding */ policyInputFromFlags),
/* harmony export */   GF: () => (/* binding */ DEPS_OPTIONS),
/* harmony export */   Q0: () => (/* binding */ INSPECT_OPTIONS),
/* harmony export */   Qb: () => (/* binding */ TRUST_OPTIONS),
/* harmony export */   Su: () => (/* binding */ VERIFY_BUNDLE_OPTIONS),
/* harmony export */   Xc: () => (/* binding */ parseFormat),
/* harmony export */   _w: () => (/* binding */ PYPI_OPTIONS),
/* harmony export */   aE: () => (/* binding */ trustFromFlags),
/* harmony export */   dP: () => (/* binding */ COMMAND_OPTIONS),
/* harmony export */   eb: () => (/* binding */ networkInputFromFlags),
/* harmony export */   nn: () => (/* binding */ VERIFY_OPTIONS),
/* harmony export */   qA: () => (/* binding */ TRUSTED_ROOT_OPTIONS),
/* harmony export */   qg: () => (/* binding */ parse),
/* harmony export */   sB: () => (/* binding */ refuseFlags),
/* harmony export */   uK: () => (/* binding */ parseFrom),
/* harmony export */   ub: () => (/* binding */ requestedOutput),
/* harmony export */   vA: () => (/* binding */ NPM_OPTIONS)
/* harmony export */ });
/* unused harmony exports NETWORK_OPTIONS, OUTPUT_OPTIONS */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_policy_fields_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3509);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5377);




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
    'github-token': { type: 'string' },
    'github-api-url': { type: 'string' },
    'rekor-url': { type: 'string' },
};
/** How the result is shown: every command that verifies takes these. */
const OUTPUT_OPTIONS = {
    format: { type: 'string' },
    output: { type: 'string' },
    quiet: { type: 'boolean', short: 'q' },
    verbose: { type: 'boolean', short: 'v' },
};
/** Network flags → the shared network input. */
function networkInputFromFlags(values) {
    return {
        timeout: values.timeout,
        retryNotFound: values['retry-not-found'],
        concurrency: values.concurrency,
        token: values['github-token'],
        githubApiUrl: values['github-api-url'],
    };
}
function parseFrom(value) {
    if (value === undefined || value === 'file' || value === 'github')
        return value;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`--from must be file or github, got ${JSON.stringify(value)}`);
}
/** Flags of `verify`. Names match the action inputs and the Policy fields. */
const VERIFY_OPTIONS = {
    bundle: { type: 'string', multiple: true, short: 'b' },
    repo: { type: 'string', short: 'R' },
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
    'allow-unrecorded-runner': { type: 'boolean' },
    'deny-self-hosted-runners': { type: 'boolean' },
    'repo-id': { type: 'string' },
    'owner-id': { type: 'string' },
    'subject-name': { type: 'string' },
    ...TRUST_OPTIONS,
    ...OUTPUT_OPTIONS,
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
    ...OUTPUT_OPTIONS,
};
/** The sigstore-conformance client protocol's flags (cosign's names are accepted as aliases). */
const VERIFY_BUNDLE_OPTIONS = {
    bundle: { type: 'string', short: 'b' },
    'cert-identity': { type: 'string' },
    'cert-oidc-issuer': { type: 'string' },
    key: { type: 'string' },
    'trusted-root': { type: 'string' },
    staging: { type: 'boolean' },
    offline: { type: 'boolean' },
    format: { type: 'string' },
    output: { type: 'string' },
};
const INSPECT_OPTIONS = {
    format: { type: 'string' },
};
const TRUSTED_ROOT_OPTIONS = {
    ...TRUST_OPTIONS,
    summary: { type: 'boolean' },
};
/** Every command's flags, for help, the reference and "a flag of another command". */
const COMMAND_OPTIONS = {
    verify: VERIFY_OPTIONS,
    npm: NPM_OPTIONS,
    pypi: PYPI_OPTIONS,
    deps: DEPS_OPTIONS,
    release: VERIFY_OPTIONS,
    'trusted-root': TRUSTED_ROOT_OPTIONS,
    'verify-bundle': VERIFY_BUNDLE_OPTIONS,
    inspect: INSPECT_OPTIONS,
};
function parse(args, options) {
    let parsed;
    const canonical = (0,_flags_js__WEBPACK_IMPORTED_MODULE_3__/* .canonicalArgs */ .MD)(args, (name) => options[name]?.type === 'string');
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args: canonical,
            options,
            allowPositionals: true,
            strict: true,
            tokens: true,
        });
    }
    catch (err) {
        const message = err instanceof Error ? err.message.replace(/\. To specify.*$/s, '') : String(err);
        const flag = /^Unknown option '([^']+)'/.exec(message)?.[1];
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(message, {
            hint: flag === undefined
                ? 'run verify-provenance COMMAND --help'
                : (0,_flags_js__WEBPACK_IMPORTED_MODULE_3__/* .unknownFlagHint */ .iD)(flag, Object.keys(options), (name) => Object.entries(COMMAND_OPTIONS)
                    .filter(([, o]) => o !== options && o[name] !== undefined)
                    .map(([command]) => command)),
        });
    }
    refuseRepeats(parsed.tokens, options);
    return parsed;
}
/**
 * A flag that takes one value, given twice, is a usage error: "the last one wins" would let a
 * second `--repo` (from a wrapper script, an environment, a copy-paste) silently replace the
 * first. Flags meant to repeat (`--bundle`, `--trigger`, `--workflow-input`) keep repeating.
 */
function refuseRepeats(tokens, options) {
    const seen = new Set();
    for (const token of tokens) {
        if (token.kind !== 'option' || token.name === undefined)
            continue;
        const option = options[token.name];
        if (option === undefined || option.type !== 'string' || option.multiple === true)
            continue;
        if (seen.has(token.name)) {
            const repeatable = Object.entries(options)
                .filter(([, o]) => o.multiple === true)
                .map(([name]) => `--${name}`);
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`--${token.name} was given more than once`, {
                hint: `give --${token.name} once${repeatable.length > 0 ? `; flags that repeat: ${repeatable.join(', ')}` : ''}`,
            });
        }
        seen.add(token.name);
    }
}
/** `verify` flags → the policy input, through the one field table the action uses too. */
function policyInputFromFlags(v) {
    const values = v;
    // gh's --deny-self-hosted-runners is our default: accepted, and never with its opposite.
    if (v['deny-self-hosted-runners'] === true && v['allow-self-hosted-runners'] === true)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('--deny-self-hosted-runners and --allow-self-hosted-runners contradict');
    return (0,_core_policy_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .policyInputFrom */ .P)((field) => values[field.flag]);
}
/** Flags of `verify` that a package command sets itself. */
function refuseFlags(values, command, flags) {
    for (const flag of flags)
        if (values[flag] !== undefined)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`--${flag} does not apply to ${command}: it finds the attestations itself`);
}
function parseFormat(value) {
    if (value === undefined || value === 'text' || value === 'json')
        return value ?? 'text';
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`--format must be text or json, got ${JSON.stringify(value)}`);
}
/**
 * How a command line asks for its output (and whether it asks for help), read leniently with the
 * command's own option table (so option values are never mistaken for flags), so that even a
 * usage error is reported in the format asked for.
 */
function requestedOutput(command, args) {
    // An unknown command still answers in the format asked for (a script reading JSON gets JSON).
    const options = COMMAND_OPTIONS[command ?? ''] ?? OUTPUT_OPTIONS;
    const withHelp = { ...options, help: { type: 'boolean', short: 'h' } };
    const { values } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
        args: (0,_flags_js__WEBPACK_IMPORTED_MODULE_3__/* .canonicalArgs */ .MD)(args, (name) => options[name]?.type === 'string'),
        options: withHelp,
        allowPositionals: true,
        strict: false,
    });
    const str = (v) => (typeof v === 'string' ? v : undefined);
    return {
        format: str(values.format),
        output: str(values.output),
        quiet: values.quiet === true,
        verbose: values.verbose === true,
        help: values.help === true,
    };
}


/***/ }),

/***/ 5377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J9: () => (/* binding */ FLAG_HELP),
/* harmony export */   MD: () => (/* binding */ canonicalArgs),
/* harmony export */   iD: () => (/* binding */ unknownFlagHint),
/* harmony export */   kB: () => (/* binding */ LONG_ALIASES),
/* harmony export */   pA: () => (/* binding */ nearest)
/* harmony export */ });
/* unused harmony export FOREIGN_FLAGS */
/**
 * Every flag's one-line help, the spellings people bring from other verifiers, and "did you
 * mean". One place, so the help text, the generated reference (docs/cli.md) and the parser
 * cannot disagree.
 */
const FLAG_HELP = {
    // Sources
    bundle: {
        arg: 'FILE|DIR|GLOB',
        text: 'attestations: bundles, JSON Lines, saved GitHub/npm API responses, legacy .intoto.jsonl; repeatable; a directory or a quoted glob means the files in it',
    },
    from: {
        arg: 'github',
        text: 'fetch the attestations from the GitHub API, by the artifacts’ sha256',
    },
    registry: { arg: 'URL', text: 'npm registry (default: .npmrc, then https://registry.npmjs.org)' },
    index: {
        arg: 'URL',
        text: 'PyPI index (default https://pypi.org; deps reads $PIP_INDEX_URL, $UV_DEFAULT_INDEX, $UV_INDEX_URL first)',
    },
    // Policy
    repo: {
        arg: 'OWNER/REPO',
        text: 'source repository (ASCII case-insensitive); also github.com/O/R and https URLs',
    },
    owner: { arg: 'OWNER', text: 'source repository owner' },
    'cert-identity': { arg: 'SAN', text: 'exact certificate identity (no patterns)' },
    'signer-workflow': {
        arg: '[HOST/]OWNER/REPO/PATH[@REF]',
        text: 'the workflow that signed: name it to trust a reusable workflow of another repository',
    },
    'signer-repo': { arg: 'OWNER/REPO', text: 'any workflow of this repository may sign' },
    'caller-workflow': {
        arg: 'PATH|OWNER/REPO/PATH[@REF]',
        text: 'the top-level workflow that ran (e.g. .github/workflows/release.yml)',
    },
    'source-ref': { arg: 'REF', text: 'full source ref, e.g. refs/tags/v1.2.3' },
    'source-branch': { arg: 'BRANCH', text: 'built from this branch' },
    'source-tag': { arg: 'TAG', text: 'built from this tag' },
    'source-versioned-tag': {
        arg: 'vX[.Y[.Z]]',
        text: 'built from a semver tag compatible with this one',
    },
    'source-digest': { arg: 'SHA', text: 'built from this commit' },
    'builder-id': {
        arg: 'URI[@VERSION]',
        text: 'builder (slsa-github-generator, BYOB, npm runner); trusted only at vX.Y.Z',
    },
    'workflow-input': {
        arg: 'KEY=VALUE',
        text: 'a workflow input the provenance must record; repeatable',
    },
    trigger: {
        arg: 'EVENT',
        text: 'allowed trigger event (push, release, workflow_dispatch, ...); repeatable',
    },
    'cert-oidc-issuer': {
        arg: 'URL',
        text: 'OIDC issuer (default https://token.actions.githubusercontent.com)',
    },
    'predicate-type': { arg: 'URI|any', text: 'predicate type (default SLSA provenance v1 or v0.2)' },
    'allow-self-hosted-runners': { text: 'accept builds on self-hosted or unrecorded runners' },
    'allow-unrecorded-runner': {
        text: 'accept certificates that do not record the runner (issued before late 2023)',
    },
    'deny-self-hosted-runners': {
        text: 'the default, accepted as gh spells it: self-hosted runners are refused',
    },
    'repo-id': {
        arg: 'N',
        text: 'numeric repository id (survives renames, stops re-created namesakes)',
    },
    'owner-id': { arg: 'N', text: 'numeric owner id' },
    'subject-name': { arg: 'NAME', text: 'the matching subject must carry this name' },
    // Trust
    'trusted-root': {
        arg: 'FILE',
        text: 'trusted_root.json, or JSON Lines of several (from `trusted-root`)',
    },
    offline: { text: 'embedded roots (public-good and GitHub’s), no network' },
    'tuf-mirror': {
        arg: 'URL',
        text: 'TUF repository to refresh the main root from (default public-good)',
    },
    'tuf-root': { arg: 'FILE', text: 'bootstrap root.json for --tuf-mirror' },
    'github-tuf-root': {
        arg: 'FILE',
        text: 'bootstrap root.json for GitHub’s instance (default: the one gh embeds)',
    },
    'github-tuf-mirror': {
        arg: 'URL',
        text: 'TUF repository of GitHub’s instance (default https://tuf-repo.github.com)',
    },
    summary: { text: 'a person’s view: authorities, logs, validity windows, snapshot dates' },
    // Network
    timeout: { arg: 'DURATION', text: 'budget for all network work, e.g. 30s (default 60s)' },
    'retry-not-found': {
        arg: 'DURATION',
        text: 'keep asking while nothing is found (just published)',
    },
    concurrency: { arg: 'N', text: 'requests at once (default 4; deps 16)' },
    'github-token': {
        arg: 'TOKEN',
        text: 'GitHub API token (default $GH_TOKEN, $GITHUB_TOKEN); sent only to the API',
    },
    'github-api-url': {
        arg: 'URL',
        text: 'GitHub API (default $GITHUB_API_URL or https://api.github.com)',
    },
    'rekor-url': { arg: 'URL', text: 'Rekor for legacy envelopes (default public-good when online)' },
    // deps
    policy: {
        arg: 'FILE',
        text: 'YAML/JSON policy: defaults, a rule per package, exceptions (schemas/deps-policy.schema.json)',
    },
    pins: { arg: 'FILE', text: 'identities pinned on first use (JSON)' },
    'update-pins': { text: 'record in --pins what verifies now' },
    base: { arg: 'LOCKFILE', text: 'check only entries added or changed since this lockfile' },
    'base-ref': { arg: 'REF', text: 'as --base, the lockfile read at this git ref (git show)' },
    'cache-dir': {
        arg: 'DIR',
        text: 'verified results cache (default $XDG_CACHE_HOME/verify-provenance)',
    },
    'no-cache': { text: 'neither read nor write the cache' },
    // verify-bundle
    key: { arg: 'PEM', text: 'the public key of a key-signed bundle' },
    staging: { text: 'Sigstore staging (needs --trusted-root)' },
    // Output
    format: { arg: 'text|json', text: 'output format (default text)' },
    output: { arg: 'FILE', text: 'also write the JSON result to FILE (the terminal keeps --format)' },
    quiet: { text: 'print only the verdict line and what failed' },
    verbose: { text: 'every check of every artifact, passes included' },
    help: { text: 'this help' },
};
/** Spellings with exactly the same meaning as one of ours, from the tools people come from. */
const LONG_ALIASES = {
    'certificate-identity': { to: 'cert-identity', from: 'cosign' },
    'certificate-oidc-issuer': { to: 'cert-oidc-issuer', from: 'cosign' },
    'custom-trusted-root': { to: 'trusted-root', from: 'gh attestation' },
    'source-uri': { to: 'repo', from: 'slsa-verifier' },
    'provenance-path': { to: 'bundle', from: 'slsa-verifier' },
    'build-workflow-input': { to: 'workflow-input', from: 'slsa-verifier' },
    token: { to: 'github-token', from: 'earlier versions' },
};
/** Flags of other tools we refuse, and why: the hint says what to do instead. */
const FOREIGN_FLAGS = {
    'certificate-identity-regexp': 'regular expressions are refused: an unanchored or loose pattern is how verifiers have been bypassed; give the exact --cert-identity, or --repo / --owner / --signer-repo',
    'certificate-oidc-issuer-regexp': 'regular expressions are refused; give the exact --cert-oidc-issuer',
    'cert-identity-regex': 'regular expressions are refused: an unanchored or loose pattern is how verifiers have been bypassed; give the exact --cert-identity, or --repo / --owner / --signer-repo',
    'bundle-from-oci': 'OCI registries are not a source yet: fetch the attestation (gh attestation download, oras) and pass --bundle, or use --from github',
    jq: '--format json prints the whole result (on failure too); pipe it to jq',
    template: '--format json prints the whole result; format it with jq',
    'print-provenance': '`inspect --format json FILE` prints the statement and provenance; `--format json` prints what was verified',
    'no-public-good': 'give --trusted-root with only the roots you trust',
    hostname: 'use --github-api-url https://api.HOST',
    'digest-alg': 'no flag is needed: files are hashed with SHA-256 and SHA-512 at once',
    'signer-digest': 'pin the signer workflow at a commit: --signer-workflow OWNER/REPO/PATH@SHA',
};
/**
 * Rewrite the long aliases of a command line to our spelling. Values are never touched: the
 * argument after a flag that takes one is copied as it is, and nothing after `--` is read.
 */
function canonicalArgs(args, takesValue) {
    const out = [];
    for (let i = 0; i < args.length; i++) {
        const arg = args[i] ?? '';
        if (arg === '--') {
            out.push(...args.slice(i));
            break;
        }
        if (!arg.startsWith('--')) {
            out.push(arg);
            continue;
        }
        const eq = arg.indexOf('=');
        const name = arg.slice(2, eq < 0 ? undefined : eq);
        const canonical = LONG_ALIASES[name]?.to ?? name;
        out.push(`--${canonical}${eq < 0 ? '' : arg.slice(eq)}`);
        if (eq < 0 && takesValue(canonical) && i + 1 < args.length)
            out.push(args[++i] ?? '');
    }
    return out;
}
/** The hint for an unknown flag: why a foreign flag is refused, or the nearest of ours. */
function unknownFlagHint(flag, known, otherCommands) {
    const name = flag.replace(/^-+/, '').split('=')[0] ?? '';
    const foreign = FOREIGN_FLAGS[name];
    if (foreign !== undefined)
        return foreign;
    const elsewhere = otherCommands(name);
    if (elsewhere.length > 0)
        return `--${name} is a flag of ${elsewhere.join(', ')}`;
    const near = nearest(name, known);
    return near === undefined
        ? 'run verify-provenance COMMAND --help for the flags'
        : `did you mean --${near}?`;
}
/** The closest name within a small edit distance (for typos), if one is close enough. */
function nearest(name, names) {
    let best;
    let bestDistance = Math.max(2, Math.floor(name.length / 4)) + 1;
    for (const candidate of names) {
        const d = editDistance(name, candidate);
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    return best;
}
/** Optimal string alignment distance (a transposition counts as one edit). */
function editDistance(a, b) {
    const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (__, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++) {
            const row = d[i];
            const up = d[i - 1];
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            row[j] = Math.min((up[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (up[j - 1] ?? 0) + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                row[j] = Math.min(row[j] ?? 0, (d[i - 2][j - 2] ?? 0) + 1);
        }
    return d[a.length][b.length] ?? 0;
}


/***/ }),

/***/ 3379:
/***/ ((__unused_webpack_module, __unused_webpack___webpack_exports__, __webpack_require__) => {


// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/core/codes.ts
var codes = __webpack_require__(7265);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/flags.ts
var flags = __webpack_require__(5377);
;// CONCATENATED MODULE: ./src/cli/help.ts


const POLICY = [
    'repo',
    'owner',
    'cert-identity',
    'signer-workflow',
    'signer-repo',
    'caller-workflow',
    'source-ref',
    'source-branch',
    'source-tag',
    'source-versioned-tag',
    'source-digest',
    'builder-id',
    'workflow-input',
    'trigger',
    'cert-oidc-issuer',
    'predicate-type',
    'allow-self-hosted-runners',
    'allow-unrecorded-runner',
    'deny-self-hosted-runners',
    'repo-id',
    'owner-id',
    'subject-name',
];
const TRUST = Object.keys(args/* TRUST_OPTIONS */.Qb);
const NETWORK = [
    'timeout',
    'retry-not-found',
    'concurrency',
    'github-token',
    'github-api-url',
    'rekor-url',
];
const OUTPUT = ['format', 'output', 'quiet', 'verbose'];
const COMMAND_DOCS = {
    verify: {
        brief: "an artifact's attestations against the repository and workflow you expect",
        usage: [
            'verify-provenance verify ARTIFACT... (--bundle FILE... | --from github) (--repo OWNER/REPO | --owner OWNER | --cert-identity SAN) [flags]',
        ],
        summary: 'Check that each artifact (a file, a directory of files, - for stdin, or a digest: sha256:HEX, sha512:HEX, SRI sha512-BASE64) was built from the repository and workflow the policy names. An artifact passes when one attestation satisfies the whole policy on its own; every artifact must pass.',
        groups: [
            { title: 'Sources', flags: ['bundle', 'from'] },
            { title: 'Policy (exact values; nothing is a pattern)', flags: POLICY },
            { title: 'Trust', flags: TRUST },
            { title: 'Network', flags: NETWORK },
            { title: 'Output', flags: OUTPUT },
        ],
        examples: [
            'verify-provenance verify app.tgz --bundle app.tgz.sigstore.json --repo acme/app',
            'verify-provenance verify dist/ --from github --repo acme/app --source-versioned-tag v1',
            "verify-provenance verify 'linux/*' --bundle 'attestations/*.jsonl' --repo acme/app --signer-workflow acme/shared/.github/workflows/build.yml",
            'verify-provenance verify sha256:HEX --bundle att.jsonl --repo acme/app --offline --format json',
        ],
    },
    npm: {
        brief: 'npm packages by name: provenance and the registry\u2019s publish attestation',
        usage: ['verify-provenance npm NAME@VERSION... (--repo OWNER/REPO | --owner OWNER) [flags]'],
        summary: "Verify npm packages from the registry alone: the version's dist.integrity is the artifact, its SLSA provenance is checked under the policy, and the registry's publish attestation must verify too.",
        groups: [
            { title: 'Source', flags: ['registry'] },
            { title: 'Policy', flags: POLICY.filter((f) => f !== 'subject-name') },
            { title: 'Trust', flags: TRUST },
            { title: 'Network', flags: NETWORK },
            { title: 'Output', flags: OUTPUT },
        ],
        examples: [
            'verify-provenance npm sigstore@3.0.0 --repo sigstore/sigstore-js',
            'verify-provenance npm @acme/lib@1.2.3 --owner acme --format json',
        ],
    },
    pypi: {
        brief: "a PyPI release's PEP 740 provenance and its Trusted Publisher",
        usage: [
            'verify-provenance pypi PROJECT VERSION [FILE] (--repo OWNER/REPO | --owner OWNER) [flags]',
        ],
        summary: "Verify a PyPI release's PEP 740 provenance, for every file of the release or for FILE; the Trusted Publisher (the caller workflow) must be in the source repository.",
        groups: [
            { title: 'Source', flags: ['index'] },
            { title: 'Policy', flags: POLICY.filter((f) => f !== 'subject-name') },
            { title: 'Trust', flags: TRUST },
            { title: 'Network', flags: NETWORK },
            { title: 'Output', flags: OUTPUT },
        ],
        examples: ['verify-provenance pypi sampleproject 4.0.0 --repo pypa/sampleproject'],
    },
    deps: {
        brief: 'every package of your lockfiles: provenance, pins, no downgrade',
        usage: [
            'verify-provenance deps [LOCKFILE...] [--policy FILE] [--pins FILE [--update-pins]] [--base LOCKFILE | --base-ref REF] [flags]',
        ],
        summary: 'Gate a dependency install: every registry package in the lockfiles (package-lock.json, npm-shrinkwrap.json, pnpm-lock.yaml, yarn.lock, bun.lock, requirements.txt, uv.lock, poetry.lock, pylock.toml; none given: those in this directory) must match the registry, carry provenance that verifies for the identity its rule or pin names, and not show less trust than earlier versions.',
        groups: [
            {
                title: 'Policy and pins',
                flags: ['policy', 'pins', 'update-pins', 'base', 'base-ref'],
            },
            { title: 'Sources', flags: ['registry', 'index', 'cache-dir', 'no-cache'] },
            { title: 'Trust', flags: TRUST },
            { title: 'Network', flags: ['timeout', 'retry-not-found', 'concurrency'] },
            { title: 'Output', flags: OUTPUT },
        ],
        examples: [
            'verify-provenance deps --policy provenance-policy.yml --pins provenance-pins.json --update-pins',
            'verify-provenance deps package-lock.json --policy provenance-policy.yml --pins provenance-pins.json --base-ref origin/main',
        ],
    },
    release: {
        brief: "a GitHub immutable release: GitHub's attestation and each asset's provenance",
        usage: ['verify-provenance release OWNER/REPO TAG [ASSET...] [--bundle FILE...] [flags]'],
        summary: "Check a GitHub immutable release: GitHub's own release attestation (signed by GitHub, not a workflow) names this tag and each asset, and each asset's build provenance satisfies the policy (repository default OWNER/REPO). One verdict for all.",
        groups: [
            { title: 'Sources', flags: ['bundle'] },
            { title: 'Policy', flags: POLICY },
            { title: 'Trust', flags: TRUST },
            { title: 'Network', flags: NETWORK.filter((f) => f !== 'rekor-url') },
            { title: 'Output', flags: OUTPUT },
        ],
        examples: ['verify-provenance release acme/app v1.2.3 app-1.2.3.tgz'],
    },
    'trusted-root': {
        brief: 'the trusted roots in use (JSON Lines, or --summary for a person)',
        usage: ['verify-provenance trusted-root [--summary] [trust flags]'],
        summary: 'Print the trusted roots a verification would use, one JSON document per line (the format of gh attestation trusted-root), for --trusted-root FILE in later offline runs; --summary shows them for a person.',
        groups: [{ title: 'Trust', flags: [...TRUST, 'summary'] }],
        examples: [
            'verify-provenance trusted-root > trusted_root.jsonl',
            'verify-provenance trusted-root --offline --summary',
        ],
    },
    'verify-bundle': {
        brief: 'any Sigstore bundle against an exact identity or a key (conformance)',
        usage: [
            'verify-provenance verify-bundle --bundle FILE (--cert-identity SAN --cert-oidc-issuer URL | --key PEM) [--trusted-root FILE] [--format text|json] [--output FILE] FILE_OR_DIGEST',
        ],
        summary: 'Verify any Sigstore bundle (DSSE or message signature) against an exact identity and issuer, or a key: the sigstore-conformance client protocol. A message signature verifies from the file or its sha256: digest.',
        groups: [
            {
                title: 'Flags',
                flags: [
                    'bundle',
                    'cert-identity',
                    'cert-oidc-issuer',
                    'key',
                    'trusted-root',
                    'staging',
                    'offline',
                ],
            },
            { title: 'Output', flags: ['format', 'output'] },
        ],
        examples: [
            'verify-provenance verify-bundle --bundle a.sigstore.json --cert-identity https://github.com/acme/app/.github/workflows/release.yml@refs/tags/v1 --cert-oidc-issuer https://token.actions.githubusercontent.com a.txt',
        ],
    },
    inspect: {
        brief: 'what bundles claim, unverified, and the flags that would accept them',
        usage: ['verify-provenance inspect BUNDLE... [--format text|json]'],
        summary: 'Show what bundles claim (certificate identity, statement, provenance, log entries, timestamps as ISO dates) and the policy flags that would accept them. Nothing is verified: every line says so.',
        groups: [{ title: 'Output', flags: ['format'] }],
        examples: ['verify-provenance inspect app.tgz.sigstore.json'],
    },
};
const COMMANDS = Object.keys(COMMAND_DOCS);
function flagLine(name) {
    const help = flags/* FLAG_HELP */.J9[name];
    const short = Object.entries(args/* COMMAND_OPTIONS */.dP).find(([, o]) => o[name]?.short !== undefined)?.[1][name]?.short;
    const aliases = Object.entries(flags/* LONG_ALIASES */.kB)
        .filter(([alias, a]) => a.to === name && alias !== name)
        .map(([alias, a]) => `--${alias} (${a.from})`);
    const left = `${short === undefined ? '' : `-${short}, `}--${name}${help?.arg === undefined ? '' : ` ${help.arg}`}`;
    const text = `${help?.text ?? ''}${aliases.length > 0 ? `; also ${aliases.join(', ')}` : ''}`;
    const body = wrap(text, 36).trimStart();
    return left.length < 34 ? `  ${left.padEnd(34)}${body}` : `  ${left}\n${wrap(text, 36)}`;
}
/** The help of one command. */
function commandHelp(command) {
    const doc = COMMAND_DOCS[command];
    if (doc === undefined)
        return undefined;
    const lines = ['Usage:', ...doc.usage.map((u) => `  ${u}`), '', wrap(doc.summary, 0), ''];
    for (const group of doc.groups) {
        lines.push(`${group.title}:`, ...group.flags.map(flagLine), '');
    }
    lines.push('Examples:', ...doc.examples.map((e) => `  ${e}`), '', EXIT_LINE);
    return `${lines.join('\n')}\n`;
}
const EXIT_LINE = 'Exit codes: 0 verified, 1 verification failed, 2 usage or policy error, 3 indeterminate (trust root, network, transparency-log lookup needed), 4 internal error.';
/** The overview: what the tool is and its commands. */
function generalHelp() {
    const width = Math.max(...COMMANDS.map((c) => c.length)) + 2;
    return [
        'verify-provenance: check that an artifact was built from the repository and workflow you expect.',
        '',
        'Usage: verify-provenance COMMAND [ARGS] [FLAGS]        verify-provenance COMMAND --help',
        '',
        'Commands:',
        ...COMMANDS.map((c) => `  ${c.padEnd(width)}${COMMAND_DOCS[c]?.brief ?? ''}`),
        '',
        'Quick start (the shipped demo, offline):',
        '  verify-provenance verify fixtures/demo/hello-1.0.0.tar.gz --bundle fixtures/demo/hello-1.0.0.tar.gz.sigstore.json \\',
        '    --repo acme/hello --trusted-root fixtures/trusted_root.json',
        '',
        '-V, --version prints the version. ' + EXIT_LINE,
        '',
    ].join('\n');
}
function wrap(text, indent) {
    const words = text.split(' ');
    const lines = [];
    let line = '';
    for (const w of words) {
        if (line.length + w.length + 1 > 96 - indent && line !== '') {
            lines.push(line);
            line = w;
        }
        else
            line = line === '' ? w : `${line} ${w}`;
    }
    if (line !== '')
        lines.push(line);
    return lines.map((l) => `${' '.repeat(indent)}${l}`).join('\n');
}

// EXTERNAL MODULE: external "node:sea"
var external_node_sea_ = __webpack_require__(8586);
;// CONCATENATED MODULE: ./src/cli/version.ts

/**
 * What `--version` prints: the tool's version, and for a single executable (Node SEA) also the
 * Node runtime built into it, since that runtime ships (and is patched) with the binary.
 */
function versionLine(version) {
    return (0,external_node_sea_.isSea)() ? `${version} (node ${process.version}, single executable)` : version;
}

;// CONCATENATED MODULE: ./src/cli/main.ts






const VERSION = '0.1.0';
/**
 * Commands that end in a VerificationResult, rendered by `emit`. Each is loaded only when asked
 * for (start-up pays for one command's code, not all: deps brings lockfile, YAML, TOML and
 * schema parsers; npm, pypi and release their registries).
 */
const VERIFYING = {
    verify: async () => (await Promise.all(/* import() */[__webpack_require__.e(917), __webpack_require__.e(654), __webpack_require__.e(187), __webpack_require__.e(468), __webpack_require__.e(340), __webpack_require__.e(767), __webpack_require__.e(376), __webpack_require__.e(431), __webpack_require__.e(989)]).then(__webpack_require__.bind(__webpack_require__, 3989))).runVerify,
    npm: async () => (await Promise.all(/* import() */[__webpack_require__.e(917), __webpack_require__.e(654), __webpack_require__.e(187), __webpack_require__.e(468), __webpack_require__.e(340), __webpack_require__.e(767), __webpack_require__.e(376), __webpack_require__.e(524), __webpack_require__.e(270)]).then(__webpack_require__.bind(__webpack_require__, 4135))).runNpm,
    pypi: async () => (await Promise.all(/* import() */[__webpack_require__.e(917), __webpack_require__.e(654), __webpack_require__.e(187), __webpack_require__.e(468), __webpack_require__.e(340), __webpack_require__.e(767), __webpack_require__.e(376), __webpack_require__.e(887)]).then(__webpack_require__.bind(__webpack_require__, 5428))).runPypi,
    release: async () => (await Promise.all(/* import() */[__webpack_require__.e(917), __webpack_require__.e(654), __webpack_require__.e(187), __webpack_require__.e(468), __webpack_require__.e(340), __webpack_require__.e(767), __webpack_require__.e(376), __webpack_require__.e(431), __webpack_require__.e(140)]).then(__webpack_require__.bind(__webpack_require__, 3140))).runRelease,
    deps: async () => (await Promise.all(/* import() */[__webpack_require__.e(917), __webpack_require__.e(654), __webpack_require__.e(187), __webpack_require__.e(200), __webpack_require__.e(468), __webpack_require__.e(340), __webpack_require__.e(767), __webpack_require__.e(376), __webpack_require__.e(524), __webpack_require__.e(769)]).then(__webpack_require__.bind(__webpack_require__, 769))).runDeps,
};
/** Rendering and --output: loaded with a command's result, not for --version or --help. */
const output = () => __webpack_require__.e(/* import() */ 36).then(__webpack_require__.bind(__webpack_require__, 2036));
/**
 * Run one command; always returns an exit code, never throws for an expected failure. Only what
 * the command needs is loaded: `--version` and `--help` load no cryptography and no verifier.
 */
async function main(argv, io) {
    if (io.env.VERIFY_PROVENANCE_NO_CACHE === '1')
        (await Promise.all(/* import() */[__webpack_require__.e(917), __webpack_require__.e(519)]).then(__webpack_require__.bind(__webpack_require__, 5519))).setFastPath(false);
    const [command, ...rest] = argv;
    const out = (0,args/* requestedOutput */.ub)(command, rest);
    try {
        if (command !== undefined && COMMANDS.includes(command) && out.help) {
            io.stdout(commandHelp(command) ?? generalHelp());
            return codes/* EXIT */.dc.VERIFIED;
        }
        const verifying = VERIFYING[command ?? ''];
        if (verifying !== undefined) {
            const format = (0,args/* parseFormat */.Xc)(out.format);
            const [run, { emit }] = await Promise.all([verifying(), output()]);
            return emit(await run(rest, io, VERSION), format, out, io);
        }
        switch (command) {
            case 'trusted-root':
                io.stdout(await (await Promise.all(/* import() */[__webpack_require__.e(917), __webpack_require__.e(654), __webpack_require__.e(187), __webpack_require__.e(517)]).then(__webpack_require__.bind(__webpack_require__, 8517))).runTrustedRoot(rest));
                return codes/* EXIT */.dc.VERIFIED;
            case 'verify-bundle':
                {
                    // The conformance protocol reads only the exit code; a result when one is asked for.
                    const { runVerifyBundle, verifyBundleResult } = await Promise.all(/* import() */[__webpack_require__.e(917), __webpack_require__.e(654), __webpack_require__.e(187), __webpack_require__.e(468), __webpack_require__.e(340), __webpack_require__.e(439)]).then(__webpack_require__.bind(__webpack_require__, 494));
                    if (out.format !== undefined || out.output !== undefined) {
                        const { emit } = await output();
                        return emit(await verifyBundleResult(rest, VERSION), (0,args/* parseFormat */.Xc)(out.format), out, io);
                    }
                    io.stdout(await runVerifyBundle(rest));
                }
                return codes/* EXIT */.dc.VERIFIED;
            case 'inspect':
                io.stdout(await (await Promise.all(/* import() */[__webpack_require__.e(917), __webpack_require__.e(654), __webpack_require__.e(468), __webpack_require__.e(903)]).then(__webpack_require__.bind(__webpack_require__, 9000))).runInspect(rest));
                return codes/* EXIT */.dc.VERIFIED;
            case '--version':
            case '-V':
            case 'version':
                io.stdout(`${versionLine(VERSION)}\n`);
                return codes/* EXIT */.dc.VERIFIED;
            case 'help':
            case '--help':
            case '-h':
                io.stdout(rest[0] === undefined ? generalHelp() : (commandHelp(rest[0]) ?? generalHelp()));
                return codes/* EXIT */.dc.VERIFIED;
            case undefined:
                // Nothing asked: the overview, on stderr, and a usage exit (a script must not read a pass).
                io.stderr(generalHelp());
                return codes/* EXIT */.dc.USAGE;
            default: {
                const near = (0,flags/* nearest */.pA)(command, COMMANDS);
                throw new errors/* UsageError */.eb(`unknown command ${JSON.stringify(command)}`, {
                    hint: near === undefined
                        ? `commands: ${COMMANDS.join(', ')}`
                        : `did you mean ${near}? (commands: ${COMMANDS.join(', ')})`,
                });
            }
        }
    }
    catch (err) {
        if (!(err instanceof errors/* VerifyError */.Gz))
            throw err;
        return (await output()).emitError(err, VERSION, command ?? '', out, io);
    }
}

;// CONCATENATED MODULE: ./src/cli/run.ts



/**
 * Writes to file descriptor 1 or 2 directly. `process.stdout` and `process.stderr` load
 * Node's stream and socket modules, about 5 ms of a short run. When a direct write fails
 * (a non-blocking pipe is full, the reader has gone), the rest goes to the stream. So does
 * everything after it, and the stream reports the failure as it always did.
 */
function directWriter(fd) {
    let stream;
    return (text) => {
        if (stream !== undefined) {
            stream.write(text);
            return;
        }
        const bytes = Buffer.from(text);
        let written = 0;
        try {
            while (written < bytes.length)
                written += (0,external_node_fs_.writeSync)(fd, bytes, written);
        }
        catch {
            stream = fd === 1 ? process.stdout : process.stderr;
            stream.write(bytes.subarray(written));
        }
    };
}
/** A terminal? A file, pipe or socket is known without loading `node:tty` (its streams). */
async function isTerminal(fd) {
    try {
        if (!(0,external_node_fs_.fstatSync)(fd).isCharacterDevice())
            return false;
    }
    catch {
        return false;
    }
    return (await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7066, 23))).isatty(fd);
}
/** Entry: any unexpected exception is exit 4, never 0. */
async function run() {
    return main(process.argv.slice(2), {
        stdout: directWriter(1),
        stderr: directWriter(2),
        env: process.env,
        isTTY: await isTerminal(1),
        stderrIsTTY: await isTerminal(2),
    });
}
run().then((code) => {
    process.exitCode = code;
}, (err) => {
    process.stderr.write(`internal error [INTERNAL]: ${err instanceof Error ? err.message : String(err)}\n`);
    if (process.env.VERIFY_PROVENANCE_DEBUG && err instanceof Error)
        process.stderr.write(`${err.stack ?? ''}\n`);
    process.exitCode = codes/* EXIT */.dc.INTERNAL;
});


/***/ }),

/***/ 7265:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
    ID_PUBLISHER: 'the publisher (PyPI Trusted Publisher) is not one the policy pins',
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

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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

/***/ 3509:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ policyInputFrom),
/* harmony export */   l: () => (/* binding */ POLICY_FIELDS)
/* harmony export */ });
/**
 * The one mapping from flags and action inputs to the policy: one spelling everywhere (flag,
 * input, and the JSON result's policy field in camelCase). A repeatable flag (`--trigger`) is a
 * multi-line input (`trigger`).
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
    { key: 'workflowInputs', flag: 'workflow-input', input: 'workflow-input', kind: 'list' },
    { key: 'triggers', flag: 'trigger', input: 'trigger', kind: 'list' },
    { key: 'certOidcIssuer', flag: 'cert-oidc-issuer', input: 'cert-oidc-issuer', kind: 'string' },
    { key: 'predicateType', flag: 'predicate-type', input: 'predicate-type', kind: 'string' },
    {
        key: 'allowSelfHostedRunners',
        flag: 'allow-self-hosted-runners',
        input: 'allow-self-hosted-runners',
        kind: 'boolean',
    },
    {
        key: 'allowUnrecordedRunner',
        flag: 'allow-unrecorded-runner',
        input: 'allow-unrecorded-runner',
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


/***/ })

};

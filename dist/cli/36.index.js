export const id = 36;
export const ids = [36];
export const modules = {

/***/ 2036:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  emit: () => (/* binding */ emit),
  emitError: () => (/* binding */ emitError)
});

// EXTERNAL MODULE: ./src/core/codes.ts
var codes = __webpack_require__(7265);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/report.ts
var report = __webpack_require__(8557);
;// CONCATENATED MODULE: ./src/render/json.ts
function renderJson(result) {
    return `${JSON.stringify(result, null, 2)}\n`;
}

// EXTERNAL MODULE: ./src/core/result.ts
var core_result = __webpack_require__(9294);
// EXTERNAL MODULE: ./src/core/deps/weak.ts
var weak = __webpack_require__(2696);
// EXTERNAL MODULE: ./src/render/printable.ts
var printable = __webpack_require__(8359);
;// CONCATENATED MODULE: ./src/render/deps-text.ts



/** How each outcome reads, in the order failures come first. */
const OUTCOME_ORDER = [
    'failed',
    'indeterminate',
    'warned',
    'excepted',
    'not-from-registry',
    'verified',
];
const WORD = {
    failed: 'FAIL',
    indeterminate: 'INDETERMINATE',
    warned: 'WARN',
    excepted: 'EXCEPTED',
    'not-from-registry': 'LISTED',
    verified: 'PASS',
};
const OUTCOME_LABEL = {
    verified: 'verified',
    failed: 'failed',
    indeterminate: 'indeterminate',
    warned: 'warned',
    excepted: 'excepted',
    'not-from-registry': 'not from a registry',
};
/** The package's name as people write it: `name@version`, `pypi:name@version`. */
function packageLabel(a) {
    const p = a.package;
    if (p === undefined)
        return a.name;
    return `${p.ecosystem === 'pypi' ? 'pypi:' : ''}${p.name}${p.version === undefined ? '' : `@${p.version}`}`;
}
/** Where it is declared: the first line, and how many more. */
function whereOf(a) {
    const locations = a.package?.locations ?? [];
    const first = locations[0];
    if (first === undefined)
        return '';
    return `${first.file}:${first.line}${locations.length > 1 ? ` (+${locations.length - 1} more)` : ''}`;
}
/** The checks that explain a package's outcome: its own failing checks, then its attestations'. */
function reasons(a) {
    const own = (a.package?.checks ?? []).filter((c) => c.status === 'fail' || (0,weak/* isWeak */.F)(c));
    const attested = a.verdict === 'verified'
        ? []
        : a.attestations.flatMap((t) => t.checks.filter((c) => c.status === 'fail'));
    const seen = new Set();
    return [...own, ...attested].filter((c) => {
        const key = `${c.code ?? ''}\u0000${c.message}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
/** The counts line: `deps: 120 packages: 100 verified, 2 failed, …`. */
function countsLine(result) {
    const deps = result.deps;
    if (deps === undefined)
        return '';
    const total = Object.values(deps.counts).reduce((a, b) => a + b, 0);
    const parts = OUTCOME_ORDER.slice()
        .reverse()
        .filter((o) => deps.counts[o] > 0)
        .map((o) => `${deps.counts[o]} ${OUTCOME_LABEL[o]}`);
    const extra = [
        deps.unchanged === undefined ? undefined : `${deps.unchanged} unchanged since the base`,
        deps.cache === undefined || deps.cache.hits === 0
            ? undefined
            : `${deps.cache.hits} from the cache`,
    ].filter((s) => s !== undefined);
    return `deps: ${total} package(s)${parts.length > 0 ? `: ${parts.join(', ')}` : ''}${extra.length > 0 ? `; ${extra.join('; ')}` : ''}`;
}
/**
 * The deps report for a terminal: one line per package that failed, was undecided, warned or
 * excepted (failures with expected, found and fix under them), notes, then a counts line and
 * the verdict. Passing and listed packages are counted, not printed; `--format json` has all.
 */
function renderDepsText(untrusted, c) {
    const result = (0,printable/* printableDeep */.Y)(untrusted);
    const lines = [];
    const shown = result.artifacts
        .filter((a) => a.package !== undefined && !['verified', 'not-from-registry'].includes(a.package.outcome))
        .sort((x, y) => OUTCOME_ORDER.indexOf(x.package?.outcome ?? 'failed') -
        OUTCOME_ORDER.indexOf(y.package?.outcome ?? 'failed'));
    for (const a of shown) {
        const outcome = a.package?.outcome ?? 'failed';
        const color = outcome === 'failed' ? c.red : c.yellow;
        const why = reasons(a);
        const exception = a.package?.checks.find((k) => k.id === 'exception' && k.status === 'pass');
        const first = outcome === 'excepted' ? exception : why[0];
        const text = first === undefined
            ? ''
            : `${first.code === undefined ? '' : `[${first.code}] `}${first.message}`;
        lines.push(`${color(WORD[outcome])} ${packageLabel(a)} (${whereOf(a)}): ${text}`);
        if (outcome !== 'failed' && outcome !== 'indeterminate')
            continue;
        for (const check of why) {
            if (check !== first)
                lines.push(`    [${check.code ?? '?'}] ${check.message}`);
            if (check.expected !== undefined)
                lines.push(`      expected: ${check.expected}`);
            const found = (0,core_result/* foundText */.iq)(check);
            if (found !== undefined)
                lines.push(`      found:    ${found}`);
            if (check.hint !== undefined)
                lines.push(`      fix:      ${check.hint}`);
        }
    }
    for (const note of result.deps?.notes ?? [])
        lines.push(c.yellow(`note: ${note}`));
    const pins = result.deps?.pins;
    if (pins !== undefined)
        lines.push(pins.written
            ? `pins: wrote ${pins.file} (${pins.added.length} added, ${pins.changed.length} changed, ${pins.removed.length} removed)${pins.changed.length > 0 ? `; changed: ${pins.changed.join(', ')}` : ''}`
            : `pins: ${pins.file} is up to date`);
    for (const w of result.warnings)
        lines.push(c.yellow(`warning: ${w}`));
    if (lines.length > 0)
        lines.push('');
    lines.push(countsLine(result));
    const codes = result.failedChecks.join(', ');
    lines.push(result.verdict === 'verified'
        ? c.green('VERIFIED: every package meets the policy')
        : result.verdict === 'indeterminate'
            ? c.yellow(`INDETERMINATE: ${codes}`)
            : c.red(`FAILED: ${codes || 'nothing to verify'}`));
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/render/text.ts



const SYMBOL = { pass: '✓', fail: '✗', skipped: '·' };
/** Names listed again at the end, at most: the JSON result has them all. */
const MAX_LISTED = 50;
/**
 * Human report. Every string from the input is made printable first: no escape sequence or line
 * break acts.
 */
function renderText(untrusted, style = { color: false }) {
    const c = colors(style.color);
    if (untrusted.deps !== undefined && untrusted.error === undefined)
        return renderDepsText(untrusted, c);
    const result = (0,printable/* printableDeep */.Y)(untrusted);
    const lines = [];
    if (result.error !== undefined) {
        lines.push(c.red(`error [${result.error.code}]: ${result.error.message}`));
        if (result.error.hint)
            lines.push(`  hint: ${result.error.hint}`);
        return `${lines.join('\n')}\n`;
    }
    const detail = style.detail ?? 'auto';
    const many = result.artifacts.length > 1;
    const notVerified = result.artifacts.filter((a) => a.verdict !== 'verified');
    if (detail !== 'quiet')
        lines.push(...artifactLines(result.artifacts, c, detail, many));
    if (detail !== 'quiet')
        for (const w of new Set([
            ...result.warnings,
            ...result.artifacts.flatMap((a) => a.attestations.flatMap((t) => (t.verdict === 'verified' ? t.warnings : []))),
        ])) {
            lines.push(c.yellow(`warning: ${w}`));
        }
    if (lines.length > 0)
        lines.push('');
    if (many && notVerified.length > 0) {
        lines.push(`not verified (${notVerified.length}):`);
        for (const a of notVerified.slice(0, MAX_LISTED))
            lines.push(`  ${verdictWord(a.verdict, c)} ${a.name}  ${codesOf(a).join(', ')}`);
        if (notVerified.length > MAX_LISTED)
            lines.push(`  … and ${notVerified.length - MAX_LISTED} more (--format json or --output FILE lists all)`);
    }
    lines.push(summaryLine(result, c));
    return `${lines.join('\n')}\n`;
}
/**
 * Artifacts as the report shows them, without the verdict line: every check with `verbose`;
 * with `auto` and `many`, one line per passing artifact and only the failing checks of others.
 */
function renderArtifactsText(untrusted, style = { color: false }) {
    const artifacts = printableDeep(untrusted);
    const detail = style.detail ?? 'auto';
    return `${artifactLines(artifacts, colors(style.color), detail, artifacts.length > 1).join('\n')}\n`;
}
function artifactLines(artifacts, c, detail, many) {
    const lines = [];
    for (const artifact of artifacts) {
        if (detail === 'auto' && many && artifact.verdict === 'verified') {
            lines.push(oneLine(artifact, c));
            continue;
        }
        lines.push(`${verdictWord(artifact.verdict, c)} ${artifact.name}`);
        if (artifact.attestations.length === 0) {
            lines.push(`  ${c.red(SYMBOL.fail)} [NO_ATTESTATION] no attestation was found for this artifact`);
        }
        const shown = pickShown(artifact.attestations, artifact.verdict);
        const compact = detail === 'auto' && many;
        for (const att of shown)
            lines.push(...renderAttestation(att, c, compact));
        if (shown.length < artifact.attestations.length) {
            lines.push(`  (${artifact.attestations.length - shown.length} other attestation(s) not shown; --format json lists all)`);
        }
    }
    return lines;
}
/** A passing artifact among many: its name and who built it, on one line. */
function oneLine(artifact, c) {
    const winner = artifact.attestations.find((a) => a.verdict === 'verified');
    const id = winner?.identity;
    const by = id?.repository === undefined
        ? (id?.san ?? '')
        : `${id.repository}${id.sourceRef === undefined ? '' : ` ${id.sourceRef}`}`;
    return `${verdictWord(artifact.verdict, c)} ${artifact.name}${by === '' ? '' : `  (${by})`}`;
}
function codesOf(artifact) {
    return [
        ...new Set(artifact.attestations.flatMap((a) => a.checks.flatMap((ch) => (ch.status === 'fail' && ch.code !== undefined ? [ch.code] : [])))),
    ];
}
/** A verified artifact shows the attestation that verified it; otherwise all of them. */
function pickShown(atts, verdict) {
    if (verdict !== 'verified')
        return atts;
    const winner = atts.find((a) => a.verdict === 'verified');
    return winner === undefined ? atts : [winner];
}
function renderAttestation(att, c, compact = false) {
    const lines = [`  attestation ${att.origin}: ${att.verdict}`];
    const id = att.identity;
    if (id?.signerWorkflowUri ?? id?.san)
        lines.push(`    signer:  ${id?.signerWorkflowUri ?? id?.san ?? ''}`);
    if (id?.callerWorkflowUri)
        lines.push(`    caller:  ${id.callerWorkflowUri}`);
    if (id?.repositoryUri)
        lines.push(`    source:  ${id.repositoryUri} ${id.sourceRef ?? ''} ${id.sourceDigest ?? ''}`.trimEnd());
    if (id?.runInvocation)
        lines.push(`    run:     ${id.runInvocation}`);
    if (att.signedTimes && att.signedTimes.length > 0)
        lines.push(`    signed:  ${att.signedTimes.map((t) => `${t.time} (${t.source})`).join(', ')}`);
    for (const check of att.checks)
        if (!compact || check.status === 'fail')
            lines.push(...renderCheck(check, c));
    return lines;
}
function renderCheck(check, c) {
    if (check.status === 'skipped')
        return [];
    if (check.status === 'pass')
        return [`    ${c.green(SYMBOL.pass)} ${check.id}: ${check.message}`];
    const lines = [`    ${c.red(SYMBOL.fail)} ${check.id} [${check.code ?? '?'}]: ${check.message}`];
    if (check.expected !== undefined)
        lines.push(`        expected: ${check.expected}`);
    const found = (0,core_result/* foundText */.iq)(check);
    if (found !== undefined)
        lines.push(`        found:    ${found}`);
    if (check.hint !== undefined)
        lines.push(`        fix:      ${check.hint}`);
    return lines;
}
function summaryLine(result, c) {
    const n = result.artifacts.length;
    const ok = result.artifacts.filter((a) => a.verdict === 'verified').length;
    switch (result.verdict) {
        case 'verified':
            return c.green(`VERIFIED: ${ok}/${n} artifact(s)`);
        case 'indeterminate':
            return c.yellow(`INDETERMINATE: ${ok}/${n} verified; ${result.failedChecks.join(', ')}`);
        case 'failed':
        case 'error':
            return c.red(`FAILED: ${ok}/${n} verified; ${result.failedChecks.join(', ') || 'nothing to verify'}`);
    }
}
function verdictWord(verdict, c) {
    if (verdict === 'verified')
        return c.green('PASS');
    if (verdict === 'indeterminate')
        return c.yellow('INDETERMINATE');
    return c.red('FAIL');
}
function colors(on) {
    const wrap = (code) => (s) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);
    return { red: wrap(31), green: wrap(32), yellow: wrap(33) };
}

// EXTERNAL MODULE: ./src/sources/files.ts
var files = __webpack_require__(6109);
;// CONCATENATED MODULE: ./src/cli/emit.ts






/** The result in the format asked for, also written as JSON to --output FILE. */
async function emit(result, format, out, io) {
    if (out.quiet && out.verbose)
        throw new errors/* UsageError */.eb('--quiet and --verbose contradict');
    const detail = out.quiet ? 'quiet' : out.verbose ? 'verbose' : 'auto';
    if (out.output !== undefined)
        await (0,files/* writeResultFile */.tH)(out.output, renderJson(result));
    io.stdout(format === 'json' ? renderJson(result) : renderText(result, { color: colorOn(io), detail }));
    return result.exitCode;
}
/** An expected failure as a result: JSON on stdout when asked for, else text on stderr. */
async function emitError(err, version, command, out, io) {
    const exit = (0,codes/* exitForError */.A0)(err.code);
    const result = (0,report/* errorResult */.WG)(version, command, err.code, err.message, exit, err.hint);
    if (out.format === 'json')
        io.stdout(renderJson(result));
    else
        io.stderr(renderText(result, { color: colorOn(io) }));
    if (out.output !== undefined)
        await (0,files/* writeResultFile */.tH)(out.output, renderJson(result));
    return exit;
}
function colorOn(io) {
    return io.isTTY && io.env.NO_COLOR === undefined;
}


/***/ }),

/***/ 2696:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ isWeak),
/* harmony export */   o: () => (/* binding */ WEAK_AGREEMENT)
/* harmony export */ });
/** The start of the message of a lockfile agreement by sha1 alone. */
const WEAK_AGREEMENT = "the lockfile's sha1 is the registry's";
/** A lockfile agreement by sha1 alone: it passes, with a warning (sha1 does not bind). */
function isWeak(check) {
    return (check.id === 'lockfile-integrity' &&
        check.status === 'pass' &&
        check.message.startsWith(WEAK_AGREEMENT));
}


/***/ }),

/***/ 9067:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $M: () => (/* binding */ parseOwnerUri),
/* harmony export */   $u: () => (/* binding */ isWorkflowPath),
/* harmony export */   BK: () => (/* binding */ parseWorkflowUri),
/* harmony export */   F: () => (/* binding */ asciiLower),
/* harmony export */   F2: () => (/* binding */ GITHUB_HOST),
/* harmony export */   Kf: () => (/* binding */ formatRepo),
/* harmony export */   NP: () => (/* binding */ parseRepoPath),
/* harmony export */   Vp: () => (/* binding */ formatWorkflow),
/* harmony export */   Zj: () => (/* binding */ sameRepo),
/* harmony export */   mp: () => (/* binding */ parseRepoUri),
/* harmony export */   q: () => (/* binding */ sameName),
/* harmony export */   u_: () => (/* binding */ githubHostForIssuer),
/* harmony export */   yi: () => (/* binding */ isValidOwner),
/* harmony export */   zd: () => (/* binding */ isValidRepo)
/* harmony export */ });
/* harmony import */ var _refs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8205);

/**
 * GitHub names. Owners and repositories compare ASCII case-insensitively (as GitHub does);
 * no Unicode folding, so a look-alike such as U+212A KELVIN SIGN never equals `k`.
 * Workflow paths and refs compare exactly.
 */
const GITHUB_HOST = 'github.com';
function asciiLower(value) {
    return value.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32));
}
function sameName(a, b) {
    return asciiLower(a) === asciiLower(b);
}
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const REPO = /^[A-Za-z0-9._-]{1,100}$/;
function isValidOwner(owner) {
    return OWNER.test(owner);
}
function isValidRepo(repo) {
    return REPO.test(repo) && repo !== '.' && repo !== '..';
}
function sameRepo(a, b) {
    return sameName(a.owner, b.owner) && sameName(a.repo, b.repo);
}
function formatRepo(r) {
    return `${r.owner}/${r.repo}`;
}
/**
 * The GitHub host whose Actions tokens an OIDC issuer signs: github.com for
 * `https://token.actions.githubusercontent.com[/SLUG]`, `TENANT.ghe.com` for a GHE.com tenant's
 * `https://token.actions.TENANT.ghe.com[/SLUG]`. Any other issuer is not GitHub Actions.
 */
function githubHostForIssuer(issuer) {
    const m = ISSUER.exec(issuer ?? '');
    if (m === null)
        return undefined;
    return m[1] === 'githubusercontent.com' ? GITHUB_HOST : `${m[1]}`;
}
/**
 * GitHub's issuers: `https://token.actions.githubusercontent.com` or a GHE.com tenant's
 * `https://token.actions.TENANT.ghe.com`, each optionally with an enterprise's customised
 * issuer path (`/ENTERPRISE-SLUG`).
 */
const ISSUER = /^https:\/\/token\.actions\.(githubusercontent\.com|[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.ghe\.com)(?:\/[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?)?$/;
/** Path segments after `https://HOST/`, or undefined when the URI is not on exactly that host. */
function segmentsOn(uri, host) {
    const prefix = `https://${host}/`;
    if (uri === undefined || !uri.startsWith(prefix))
        return undefined;
    return uri.slice(prefix.length).split('/');
}
/**
 * Exactly `https://HOST/OWNER/REPO` (Fulcio 1.12): that host, two valid names, nothing else (no
 * trailing slash, extra segment, port, userinfo, query or fragment; the name grammar excludes
 * them all).
 */
function parseRepoUri(uri, host) {
    const parts = segmentsOn(uri, host);
    if (parts?.length !== 2)
        return undefined;
    const [owner = '', repo = ''] = parts;
    return isValidOwner(owner) && isValidRepo(repo) ? { owner, repo } : undefined;
}
/** Exactly `https://HOST/OWNER` (Fulcio 1.16). */
function parseOwnerUri(uri, host) {
    const parts = segmentsOn(uri, host);
    const owner = parts?.length === 1 ? parts[0] : undefined;
    return owner !== undefined && isValidOwner(owner) ? owner : undefined;
}
/** Exactly `OWNER/REPO` (the deprecated Fulcio 1.5, `GITHUB_REPOSITORY`). */
function parseRepoPath(path) {
    const parts = path?.split('/');
    if (parts?.length !== 2)
        return undefined;
    const [owner = '', repo = ''] = parts;
    return isValidOwner(owner) && isValidRepo(repo) ? { owner, repo } : undefined;
}
const PATH_SEGMENT = /^[A-Za-z0-9._~!$&'()*+,;=:-]+$/;
/**
 * A workflow path inside a repository: non-empty segments, none `.` or `..`, no character that
 * would need escaping (`%`, `?`, `#`, `@`, spaces). A path that fails never names a workflow.
 */
function isWorkflowPath(path) {
    return path.split('/').every((s) => PATH_SEGMENT.test(s) && s !== '.' && s !== '..');
}
/**
 * Exactly `https://HOST/OWNER/REPO/PATH[@REF]` (a SAN, Build Signer URI, Build Config URI or a
 * builder id). The ref starts at the first `@` (paths have none) and is a full git ref or a
 * commit SHA; `refRequired` refuses a URI without one (Fulcio always writes it).
 */
function parseWorkflowUri(uri, host, options = {}) {
    const at = uri?.indexOf('@') ?? -1;
    const ref = at < 0 ? undefined : uri?.slice(at + 1);
    if (ref === undefined ? options.refRequired === true : !(0,_refs_js__WEBPACK_IMPORTED_MODULE_0__/* .isFullRefOrSha */ .KH)(ref))
        return undefined;
    const parts = segmentsOn(at < 0 ? uri : uri?.slice(0, at), host);
    if (parts === undefined || parts.length < 3)
        return undefined;
    const [owner = '', repo = '', ...rest] = parts;
    const path = rest.join('/');
    if (!isValidOwner(owner) || !isValidRepo(repo) || !isWorkflowPath(path))
        return undefined;
    return { host, owner, repo, path, ref };
}
function formatWorkflow(w) {
    return `${w.host}/${w.owner}/${w.repo}/${w.path}${w.ref === undefined ? '' : `@${w.ref}`}`;
}


/***/ }),

/***/ 8205:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KH: () => (/* binding */ isFullRefOrSha),
/* harmony export */   W0: () => (/* binding */ branchOf),
/* harmony export */   _$: () => (/* binding */ isCommitSha),
/* harmony export */   c3: () => (/* binding */ isGitRef),
/* harmony export */   cO: () => (/* binding */ tagOf),
/* harmony export */   jN: () => (/* binding */ matchesVersionedTag),
/* harmony export */   k9: () => (/* binding */ parseSemverTag),
/* harmony export */   mv: () => (/* binding */ isStrictReleaseRef)
/* harmony export */ });
/** Git refs and the semver rules slsa-verifier applies to tags and builder refs. */
const NUM = '(0|[1-9]\\d*)';
/** Dot-separated identifiers, none empty (semver 2.0.0 §9, §10). */
const IDS = '[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*';
const SEMVER_TAG = new RegExp(`^v${NUM}(?:\\.${NUM}(?:\\.${NUM})?)?(?:-(${IDS}))?(?:\\+${IDS})?$`);
/** `v1`, `v1.2`, `v1.2.3`, optional `-prerelease` and ignored `+build`. */
function parseSemverTag(tag) {
    const m = SEMVER_TAG.exec(tag);
    if (!m || m[1] === undefined)
        return undefined;
    return {
        major: Number(m[1]),
        minor: m[2] === undefined ? undefined : Number(m[2]),
        patch: m[3] === undefined ? undefined : Number(m[3]),
        prerelease: m[4],
    };
}
/**
 * slsa-verifier's versioned tag: the built tag (missing parts read as 0) must have the same
 * major, and the same minor and patch where the policy gives them; a prerelease only matches
 * when the policy names the same prerelease.
 */
function matchesVersionedTag(expected, builtTag) {
    const built = parseSemverTag(builtTag);
    if (built === undefined)
        return false;
    if (built.major !== expected.major)
        return false;
    if (expected.minor !== undefined && (built.minor ?? 0) !== expected.minor)
        return false;
    if (expected.patch !== undefined && (built.patch ?? 0) !== expected.patch)
        return false;
    return (built.prerelease ?? '') === (expected.prerelease ?? '');
}
/** A strict builder release ref: `refs/tags/vX.Y.Z`, no prerelease, no build metadata. */
function isStrictReleaseRef(ref) {
    return ref !== undefined && /^refs\/tags\/v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/.test(ref);
}
function branchOf(ref) {
    return ref?.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
}
function tagOf(ref) {
    return ref?.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined;
}
/** A full commit SHA as GitHub writes it: 40 (SHA-1) or 64 (SHA-256) lower-case hex digits. */
function isCommitSha(value) {
    return /^[0-9a-f]{40}$|^[0-9a-f]{64}$/.test(value);
}
/**
 * A full git ref (`refs/...`) that `git check-ref-format` accepts: no empty component, none
 * starting with `.` or ending with `.lock`, no `..`, `@{`, control characters, space,
 * `~ ^ : ? * [ \`, and no trailing `/` or `.`.
 */
function isGitRef(ref) {
    if (!ref.startsWith('refs/') || ref.endsWith('.') || ref.includes('..') || ref.includes('@{'))
        return false;
    // eslint-disable-next-line no-control-regex
    if (/[\x00-\x20\x7f~^:?*[\\]/.test(ref))
        return false;
    return ref.split('/').every((c) => c.length > 0 && !c.startsWith('.') && !c.endsWith('.lock'));
}
function isFullRefOrSha(ref) {
    return isGitRef(ref) || isCommitSha(ref);
}


/***/ }),

/***/ 6419:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ LIMITS)
/* harmony export */ });
/** Limits on untrusted input, checked before heavy work (values follow sigstore-go and cosign). */
const LIMITS = {
    /** One bundle, JSONL or API response file, trusted root or key, counted while reading. */
    maxInputBytes: 16 * 1024 * 1024,
    /** One artifact to hash (a pipe or device is cut off here rather than read forever). */
    maxArtifactBytes: 64 * 1024 * 1024 * 1024,
    /** Attestations considered for one artifact. */
    maxAttestations: 100,
    maxTlogEntries: 32,
    maxTimestamps: 32,
    /** Subjects of one statement. */
    maxSubjects: 1024,
    /** Artifacts in one run (and files one pattern or directory expands to). */
    maxArtifacts: 100_000,
    maxDigestsPerSubject: 32,
    maxJsonDepth: 64,
    /** Decoded DSSE payload. */
    maxPayloadBytes: 8 * 1024 * 1024,
};


/***/ }),

/***/ 8557:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hc: () => (/* binding */ resultFromArtifacts),
/* harmony export */   R1: () => (/* binding */ trustRootsOf),
/* harmony export */   WG: () => (/* binding */ errorResult),
/* harmony export */   vh: () => (/* binding */ decidedHead)
/* harmony export */ });
/* unused harmony exports SCHEMA_VERSION, exitOfVerdict, describePolicy */
/* harmony import */ var _codes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7265);
/* harmony import */ var _github_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9067);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9294);



const SCHEMA_VERSION = 1;
function resultFromArtifacts(args) {
    const verdict = overall(args.artifacts);
    const codes = new Set();
    for (const a of args.artifacts) {
        if (a.verdict === 'verified')
            continue;
        if (a.attestations.length === 0 || a.attestations.every(hasOtherPredicateType))
            codes.add('NO_ATTESTATION');
        for (const att of a.attestations)
            (0,_result_js__WEBPACK_IMPORTED_MODULE_2__/* .failedCodes */ .Q8)(att.checks).forEach((c) => codes.add(c));
    }
    return {
        ...decidedHead(args.version, args.command, verdict, [...codes]),
        policy: describePolicy(args.policy),
        trustRoots: trustRootsOf(args.roots),
        artifacts: args.artifacts,
        warnings: args.warnings ?? [],
    };
}
/** The fields every decided result starts with: version, tool, command, verdict and its exit code. */
function decidedHead(version, command, verdict, failedChecks) {
    return {
        schemaVersion: SCHEMA_VERSION,
        tool: { name: 'verify-provenance', version },
        command,
        verdict,
        exitCode: exitOfVerdict(verdict),
        failedChecks,
    };
}
/** A run's exit code from its verdict: only a full accept is 0. */
function exitOfVerdict(verdict) {
    return verdict === 'verified'
        ? _codes_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.VERIFIED
        : verdict === 'indeterminate'
            ? _codes_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.INDETERMINATE
            : _codes_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.FAILED;
}
/** The trusted roots a result names. */
function trustRootsOf(roots) {
    return roots.map((r) => ({
        label: r.label,
        ...(r.newestKeyStart === undefined ? {} : { newestKeyStart: r.newestKeyStart.toISOString() }),
    }));
}
/** Attestations exist, but none is of a type the policy asks for: nothing was checked. */
function hasOtherPredicateType(att) {
    return att.checks.some((c) => c.id === 'predicate-type' && c.status === 'fail');
}
/** Zero artifacts is never a pass; an artifact with no attestation fails. */
function overall(artifacts) {
    if (artifacts.length === 0)
        return 'failed';
    if (artifacts.every((a) => a.verdict === 'verified'))
        return 'verified';
    if (artifacts.some((a) => a.verdict === 'failed'))
        return 'failed';
    return 'indeterminate';
}
function errorResult(version, command, code, message, exitCode, hint) {
    return {
        schemaVersion: SCHEMA_VERSION,
        tool: { name: 'verify-provenance', version },
        command,
        verdict: 'error',
        exitCode,
        failedChecks: [code],
        artifacts: [],
        warnings: [],
        error: { code, message, ...(hint === undefined ? {} : { hint }) },
    };
}
/** The normalised policy, with the names the flags use. */
function describePolicy(p) {
    const out = {
        certOidcIssuer: p.issuer,
        repo: p.sourceRepo && (0,_github_names_js__WEBPACK_IMPORTED_MODULE_1__/* .formatRepo */ .Kf)(p.sourceRepo),
        owner: p.owner,
        certIdentity: p.certIdentity,
        signerWorkflow: p.signerWorkflow && (0,_github_names_js__WEBPACK_IMPORTED_MODULE_1__/* .formatWorkflow */ .Vp)(p.signerWorkflow),
        signerRepo: p.signerRepo && (0,_github_names_js__WEBPACK_IMPORTED_MODULE_1__/* .formatRepo */ .Kf)(p.signerRepo),
        callerWorkflow: p.callerWorkflow &&
            `${p.callerWorkflow.repo ? `${(0,_github_names_js__WEBPACK_IMPORTED_MODULE_1__/* .formatRepo */ .Kf)(p.callerWorkflow.repo)}/` : ''}${p.callerWorkflow.path}${p.callerWorkflow.ref ? `@${p.callerWorkflow.ref}` : ''}`,
        sourceRefs: p.refRules.length > 0
            ? p.refRules.map((r) => `${r.kind}:${'ref' in r ? r.ref : 'name' in r ? r.name : r.tag}`)
            : undefined,
        sourceDigest: p.sourceDigest,
        builderId: p.builderId && `${p.builderId.name}${p.builderId.version ? `@${p.builderId.version}` : ''}`,
        workflowInput: p.workflowInputs.length > 0 ? Object.fromEntries(p.workflowInputs) : undefined,
        trigger: p.triggers,
        allowSelfHostedRunners: p.allowSelfHostedRunners,
        allowUnrecordedRunner: p.allowUnrecordedRunner || undefined,
        repoId: p.repositoryId,
        ownerId: p.ownerId,
        subjectName: p.subjectName,
        predicateType: p.predicateTypes === 'any' ? 'any' : p.predicateTypes,
        defaultSigner: p.defaultSigner === 'caller' ? 'caller' : undefined,
    };
    return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined));
}


/***/ }),

/***/ 9294:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IX: () => (/* binding */ pass),
/* harmony export */   Q8: () => (/* binding */ failedCodes),
/* harmony export */   Zr: () => (/* binding */ missingAttestation),
/* harmony export */   fJ: () => (/* binding */ fail),
/* harmony export */   hT: () => (/* binding */ skipped),
/* harmony export */   iq: () => (/* binding */ foundText)
/* harmony export */ });
/**
 * What a renderer shows as found: the value, or `(not recorded)` for a failed comparison whose
 * value the evidence does not carry (the JSON leaves `actual` out then).
 */
function foundText(check) {
    if (check.actual !== undefined)
        return check.actual;
    return check.status === 'fail' && check.expected !== undefined ? '(not recorded)' : undefined;
}
function failedCodes(checks) {
    return checks.flatMap((c) => (c.status === 'fail' && c.code !== undefined ? [c.code] : []));
}
function pass(id, message, expected, actual) {
    return {
        id,
        status: 'pass',
        message,
        ...(expected === undefined ? {} : { expected }),
        ...(actual === undefined ? {} : { actual }),
    };
}
function fail(id, code, message, detail = {}) {
    const check = { id, status: 'fail', code, message };
    if (detail.expected !== undefined)
        check.expected = detail.expected;
    if (detail.actual !== undefined)
        check.actual = detail.actual;
    if (detail.hint !== undefined)
        check.hint = detail.hint;
    return check;
}
function skipped(id, message) {
    return { id, status: 'skipped', message };
}
/** An artifact a source found nothing for: failed, with one NO_ATTESTATION check saying why. */
function missingAttestation(artifact, origin, message, hint) {
    return {
        ...artifact,
        verdict: 'failed',
        attestations: [
            {
                origin,
                verdict: 'failed',
                checks: [fail('bundle', 'NO_ATTESTATION', message, { hint })],
                warnings: [],
            },
        ],
    };
}


/***/ }),

/***/ 8359:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ printableDeep),
/* harmony export */   g: () => (/* binding */ printable)
/* harmony export */ });
/**
 * Untrusted text made safe for a terminal or a CI log: control characters (ANSI escapes, line
 * breaks that could start a `::workflow-command::` line), bidi overrides and zero-width
 * characters are shown as `\u{…}` instead of acting.
 */
function printable(text) {
    return text.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, (ch) => `\\u{${(ch.codePointAt(0) ?? 0).toString(16)}}`);
}
/** Every string inside a JSON-like value made printable (the value is not modified). */
function printableDeep(value) {
    if (typeof value === 'string')
        return printable(value);
    if (Array.isArray(value))
        return value.map((v) => printableDeep(v));
    if (value !== null && typeof value === 'object')
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [printable(k), printableDeep(v)]));
    return value;
}


/***/ }),

/***/ 6109:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TF: () => (/* binding */ STDIN),
/* harmony export */   jH: () => (/* binding */ readInputFile),
/* harmony export */   tH: () => (/* binding */ writeResultFile),
/* harmony export */   zO: () => (/* binding */ readChunks)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6419);



const CHUNK = 1 << 20;
/** `node:fs/promises` when needed: it loads a dozen modules a small-file run never uses. */
const promisesApi = () => Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1455, 23));
/** `-` names standard input, which can be read once. */
const STDIN = '-';
/**
 * Read a whole input file (a bundle, a trusted root, a key), bounded while reading: a pipe, a
 * FIFO, `/dev/stdin`, `-` or a character device is read until the limit and refused past it
 * (`--bundle /dev/zero` is LIMIT at once, memory flat); a regular file over the limit is
 * refused before reading. A directory is a usage error.
 */
async function readInputFile(path, limit = _core_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .LIMITS */ .b.maxInputBytes) {
    const chunks = [];
    let total = 0;
    for await (const chunk of readChunks(path, limit, {
        directory: 'name the file itself (a bundle, JSON Lines or a saved API response)',
    })) {
        chunks.push(chunk);
        total += chunk.length;
    }
    return Buffer.concat(chunks, total);
}
/**
 * The bytes of a file (or of stdin for `-`) in chunks, refusing (LIMIT) as soon as more than
 * `limit` bytes arrive; a regular file larger than the limit is refused before reading.
 */
async function* readChunks(path, limit, options) {
    if (path === STDIN) {
        yield* boundedStream(process.stdin, '(stdin)', limit);
        return;
    }
    const small = readSmallFile(path, limit);
    if (small !== undefined) {
        yield small;
        return;
    }
    const handle = await openInput(path);
    try {
        const stat = await handle.stat();
        if (stat.isDirectory())
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${path} is a directory, not a file`, { hint: options.directory });
        if (stat.isFile() && stat.size > limit)
            throw tooLarge(path, limit);
        const first = stat.isFile() ? stat.size + 1 : CHUNK;
        yield* boundedChunks(handle, path, limit, first, options.transient === true);
    }
    finally {
        await handle.close();
    }
}
/**
 * A regular file under one chunk and within the limit, read whole without the promise API's
 * round trips (a batch reads thousands of few-KiB bundles and artifacts). Opened non-blocking,
 * so a FIFO cannot hold the thread; anything else (a FIFO, a device, a directory, a missing
 * file, a file that grows while read, Windows) is left to the bounded reader, which reports it.
 */
function readSmallFile(path, limit) {
    const nonBlocking = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK;
    if (nonBlocking === undefined)
        return undefined;
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | nonBlocking);
    }
    catch {
        return undefined;
    }
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!stat.isFile() || stat.size >= CHUNK || stat.size > limit)
            return undefined;
        const buffer = Buffer.allocUnsafe(stat.size + 1);
        let total = 0;
        for (let n = -1; n !== 0 && total < buffer.length; total += n)
            n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, total, buffer.length - total, null);
        return total <= stat.size ? buffer.subarray(0, total) : undefined;
    }
    catch {
        return undefined;
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** Open for reading; a missing or unreadable path is the caller's mistake (exit 2). */
async function openInput(path) {
    try {
        return await (await promisesApi()).open(path, 'r');
    }
    catch (err) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`cannot read ${path}: ${err.code ?? String(err)}`);
    }
}
/**
 * Reads of at most CHUNK bytes; the first sized to the file (its size and one byte more, which
 * a file that grew fills), and after a short read a one-byte read to see the end: a bundle of
 * a few KiB costs a few KiB, not a CHUNK (thousands of 1 MiB buffers were most of a batch
 * run's garbage-collection and system time).
 */
async function* boundedChunks(handle, path, limit, firstRead, transient) {
    let total = 0;
    // Transient chunks: the read ahead fills the buffer not handed out; the consumer is done with
    // the other one when it asks for the next chunk.
    const spare = [];
    const read = (want) => {
        const size = Math.min(want, limit + 1 - total);
        const reuse = spare.find((b) => b.length >= size);
        const buffer = reuse === undefined ? Buffer.allocUnsafe(size) : reuse.subarray(0, size);
        const reading = handle.read(buffer, 0, buffer.length, null).then(({ bytesRead }) => ({ buffer, bytesRead }), (err) => {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`cannot read ${path}: ${err.code ?? String(err)}`);
        });
        // Awaited below; until then a failure must not count as unhandled (the consumer may stop).
        reading.catch(() => undefined);
        return reading;
    };
    let next = read(Math.max(1, Math.min(CHUNK, firstRead)));
    for (;;) {
        const { buffer, bytesRead } = await next;
        if (bytesRead === 0)
            return;
        total += bytesRead;
        if (total > limit)
            throw tooLarge(path, limit);
        // The next read runs (on libuv's pool) while the consumer hashes this chunk, as a read
        // stream's read-ahead does; a short read is followed by a one-byte read to see the end.
        next = read(bytesRead < buffer.length ? 1 : CHUNK);
        yield buffer.subarray(0, bytesRead);
        if (transient)
            spare.splice(0, spare.length, buffer);
    }
}
async function* boundedStream(stream, name, limit) {
    let total = 0;
    for await (const chunk of stream) {
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        total += bytes.length;
        if (total > limit) {
            stream.destroy?.();
            throw tooLarge(name, limit);
        }
        yield bytes;
    }
}
function tooLarge(path, limit) {
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .Gz('LIMIT', `${path}: more than ${limit} bytes (limit ${limit})`);
}
/** Write a result file (--output) whole or not at all: a temporary file renamed into place. */
async function writeResultFile(path, text) {
    const temporary = `${path}.${process.pid}.tmp`;
    try {
        const { rename, writeFile } = await promisesApi();
        await writeFile(temporary, text, { mode: 0o644 });
        await rename(temporary, path);
    }
    catch (err) {
        await (await promisesApi()).rm(temporary, { force: true });
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`cannot write ${path}: ${err.code ?? String(err)}`);
    }
}


/***/ })

};

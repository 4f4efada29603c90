export const id = 28;
export const ids = [28];
export const modules = {

/***/ 86028:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  failHard: () => (/* binding */ failHard),
  run: () => (/* binding */ run)
});

// UNUSED EXPORTS: VERSION

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/action/runner.ts




/**
 * The runner protocol the action speaks, byte for byte as `@actions/core` 3.0.1 writes it
 * (lib/core.js, command.js, file-command.js, summary.js). Our own because `@actions/core`
 * loads its OIDC client (`@actions/http-client`, undici: about 1 MB of code) on import, which
 * was most of the action's start-up; the action uses none of it. Only what the action calls
 * is here.
 */
/** `INPUT_<NAME>` (spaces to underscores, upper case; hyphens stay), untrimmed; `''` when unset. */
function getInput(name) {
    return process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
}
/** `name<<DELIMITER\nvalue\nDELIMITER` appended to `GITHUB_OUTPUT`; `::set-output` without it. */
function setOutput(name, value) {
    const filePath = process.env.GITHUB_OUTPUT || '';
    if (filePath) {
        issueFileCommand('OUTPUT', keyValueMessage(name, value));
        return;
    }
    process.stdout.write(external_node_os_.EOL);
    issueCommand('set-output', { name }, value);
}
/**
 * The heredoc the runner reads: a fresh random delimiter each time; a name or value holding it
 * (which could end the value early and smuggle in another output) is refused.
 */
function keyValueMessage(key, value, uuid = (0,external_node_crypto_.randomUUID)()) {
    const delimiter = `ghadelimiter_${uuid}`;
    if (key.includes(delimiter))
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    if (value.includes(delimiter))
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    return `${key}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}`;
}
function issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath)
        throw new Error(`Unable to find environment variable for file command ${command}`);
    if (!(0,external_node_fs_.existsSync)(filePath))
        throw new Error(`Missing file at path: ${filePath}`);
    (0,external_node_fs_.appendFileSync)(filePath, `${message}${external_node_os_.EOL}`, { encoding: 'utf8' });
}
/** `::error title=T,file=F,line=N::message`: an annotation on the run and in the log. */
function annotate(level, message, properties = {}) {
    issueCommand(level, commandProperties(properties), message);
}
const error = (message, properties) => annotate('error', message, properties);
const warning = (message, properties) => annotate('warning', message, properties);
/** Fails the step (exit code 1 when the process ends) with an error annotation. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
function info(message) {
    process.stdout.write(message + external_node_os_.EOL);
}
/** Folds the log lines that follow, up to {@link endGroup}. */
function startGroup(name) {
    issueCommand('group', {}, name);
}
function endGroup() {
    issueCommand('endgroup', {}, '');
}
/**
 * Appends Markdown to the step summary (`GITHUB_STEP_SUMMARY`), which must exist and be
 * readable and writable, as `core.summary.addRaw(text).write()`.
 */
async function appendSummary(text) {
    const filePath = process.env.GITHUB_STEP_SUMMARY;
    if (!filePath)
        throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
    try {
        await (0,promises_.access)(filePath, promises_.constants.R_OK | promises_.constants.W_OK);
    }
    catch {
        throw new Error(`Unable to access summary file: '${filePath}'. Check if the file has correct read/write permissions.`);
    }
    await (0,promises_.appendFile)(filePath, text, { encoding: 'utf8' });
}
/** The runner's names for annotation properties; none at all when none is given. */
function commandProperties(p) {
    if (Object.keys(p).length === 0)
        return {};
    return {
        title: p.title,
        file: p.file,
        line: p.startLine,
        endLine: p.endLine,
        col: p.startColumn,
        endColumn: p.endColumn,
    };
}
/**
 * `::command key=value,key=value::message` on stdout. Properties with an empty value (or 0)
 * are left out, as the toolkit does, which leaves `::command ::message` when none has one.
 */
function commandLine(command, properties, message) {
    let line = `::${command}`;
    const keys = Object.keys(properties);
    if (keys.length > 0) {
        line += ' ';
        let first = true;
        for (const key of keys) {
            const value = properties[key];
            if (!value)
                continue;
            // As the toolkit's toCommandValue: a number as JSON.
            const text = typeof value === 'string' ? value : JSON.stringify(value);
            line += `${first ? '' : ','}${key}=${escapeProperty(text)}`;
            first = false;
        }
    }
    return `${line}::${escapeData(message)}`;
}
function issueCommand(command, properties, message) {
    process.stdout.write(commandLine(command, properties, message) + external_node_os_.EOL);
}
/** A message cannot end its line early: `%`, CR and LF are %-escaped. */
function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** A property value also cannot end the key (`:`) or start another (`,`). */
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

// EXTERNAL MODULE: ./src/core/codes.ts
var codes = __webpack_require__(27265);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/report.ts
var report = __webpack_require__(88557);
// EXTERNAL MODULE: ./src/core/result.ts
var core_result = __webpack_require__(39294);
;// CONCATENATED MODULE: ./src/render/annotations.ts

/** GitHub shows at most 10 error annotations per step. */
const MAX_ANNOTATIONS = 10;
/**
 * One annotation per distinct failure of each artifact: the reason code, the field, expected and found, and the
 * fix. Only failed artifacts are annotated; a verified artifact's rejected alternatives are not.
 */
function failureAnnotations(result) {
    const notes = new Map();
    if (result.error !== undefined) {
        const { code, message, hint } = result.error;
        notes.set(code, { title: `verify-provenance: ${code}`, message: withHint(message, hint) });
    }
    for (const artifact of result.artifacts) {
        if (artifact.verdict === 'verified')
            continue;
        if (artifact.attestations.length === 0)
            notes.set(`NO_ATTESTATION ${artifact.name}`, {
                title: `verify-provenance: NO_ATTESTATION (${artifact.name})`,
                message: `no attestation was given for ${artifact.name}`,
            });
        for (const att of artifact.attestations) {
            for (const check of att.checks) {
                if (check.status !== 'fail')
                    continue;
                const parts = [check.message];
                if (check.expected !== undefined)
                    parts.push(`expected: ${check.expected}`);
                const found = (0,core_result/* foundText */.iq)(check);
                if (found !== undefined)
                    parts.push(`found: ${found}`);
                const message = withHint(parts.join('; '), check.hint);
                const key = `${artifact.name}\u0000${check.code ?? ''}\u0000${message}`;
                if (!notes.has(key))
                    notes.set(key, {
                        title: `verify-provenance: ${check.code ?? 'FAIL'} ${check.id} (${artifact.name})`,
                        message,
                    });
            }
        }
    }
    const all = [...notes.values()];
    if (all.length <= MAX_ANNOTATIONS)
        return all;
    const kept = all.slice(0, MAX_ANNOTATIONS - 1);
    kept.push({
        title: 'verify-provenance: more failures',
        message: `${all.length - kept.length} more failure(s); see the step summary or the JSON result`,
    });
    return kept;
}
function withHint(message, hint) {
    return hint === undefined ? message : `${message}. Fix: ${hint}`;
}

;// CONCATENATED MODULE: ./src/render/json.ts
function renderJson(result) {
    return `${JSON.stringify(result, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/render/markdown.ts
/**
 * Markdown for untrusted text. Everything a bundle carries may be hostile: it is escaped so it
 * renders as the literal text it is, never as a link, image, HTML, heading or table cell break.
 */
const MAX_CELL = 400;
function mdText(value, max = MAX_CELL) {
    const cut = value.length > max
        ? `${Array.from(value.slice(0, max + 1))
            .slice(0, max)
            .join('')}…`
        : value;
    return cut
        .replace(HIDDEN, (ch) => (/[\t\n\r]/.test(ch) ? ' ' : `U+${hex(ch)}`))
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`*_{}[\]()#+!|~:]/g, (c) => `\\${c}`)
        .replace(/\s+/g, ' ');
}
/** Text in a monospace span; the content is escaped the same way. */
function mdCode(value, max = MAX_CELL) {
    return `<code>${mdText(value, max)}</code>`;
}
const SAFE_URL = /^https:\/\/[A-Za-z0-9.-]+(?::[0-9]{1,5})?(?:\/[A-Za-z0-9._~%/=?-]*)?$/;
/** A link only for a plain https URL; anything else is shown as text. */
function mdLink(text, url) {
    if (url === undefined || url.length > 2000 || !SAFE_URL.test(url))
        return mdText(text);
    return `[${mdText(text)}](${url})`;
}
function mdTable(header, rows) {
    return [
        `| ${header.join(' | ')} |`,
        `| ${header.map(() => '---').join(' | ')} |`,
        ...rows.map((r) => `| ${r.join(' | ')} |`),
    ];
}
/** Control, format (bidi overrides, zero-width) and line/paragraph separator characters. */
const HIDDEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
function hex(ch) {
    return (ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
}

;// CONCATENATED MODULE: ./src/render/step-summary.ts


/** Public-good Rekor (v1): its entries can be looked up on search.sigstore.dev. */
const SEARCHABLE_LOGS = {
    'wNI9atQGlz+VWfO6LRygH4QUfY/8W4RFwiT5i5WRgB0=': 'https://search.sigstore.dev/?logIndex=',
};
const MAX_ATTESTATIONS_SHOWN = 10;
/** GitHub refuses step summaries over 1 MiB; stay well under it. */
const MAX_BYTES = 512 * 1024;
const ICON = { verified: '✅', failed: '❌', indeterminate: '⚠️', error: '❌' };
const CHECK_ICON = { pass: '✅', fail: '❌', skipped: '➖' };
/** Bytes the lines take in the summary (each ends with a new line). */
function bytesOf(lines) {
    return lines.reduce((n, l) => n + Buffer.byteLength(l) + 1, 0);
}
/**
 * Room left in the summary. Failures are placed first, passing detail last, so the cap only
 * ever cuts what passed; `reserve` keeps room for what must still follow.
 */
class Budget {
    left;
    constructor(left) {
        this.left = left;
    }
    fits(lines, reserve = 0) {
        return bytesOf(lines) + reserve <= this.left;
    }
    take(out, lines) {
        this.left -= bytesOf(lines);
        out.push(...lines);
    }
    /** The lines of each item while they fit (room kept for the note a cut adds); how many. */
    takeWhileFits(out, items, lines) {
        let shown = 0;
        for (const item of items) {
            const block = lines(item);
            if (!this.fits(block, NOTE_ROOM))
                break;
            this.take(out, block);
            shown++;
        }
        return shown;
    }
}
/** Room kept for the "N more not shown" lines a cut adds. */
const NOTE_ROOM = 512;
/**
 * Failing items in detail while the compact lines of every later failure still fit; then the
 * rest compactly, one line each; then, only if even those overflow, how many more. No failure
 * is ever left unnamed while room remains, and passing detail never displaces one.
 */
function failuresWithin(budget, 
/** The detailed lines of item i (made only when there may be room for them). */
detail, compact, what, 
/** Bytes that must stay free for what follows (later failures named compactly). */
reserveAfter = 0) {
    const out = [];
    // suffix[i]: bytes of the compact lines of items i.. (what naming them all would take).
    const suffix = new Array(compact.length + 1).fill(0);
    for (let i = compact.length - 1; i >= 0; i--)
        suffix[i] = (suffix[i + 1] ?? 0) + Buffer.byteLength(compact[i] ?? '') + 1;
    let i = 0;
    for (; i < compact.length; i++) {
        const block = detail(i);
        // Room for naming every later failure, the line that introduces them, and a final note.
        if (!budget.fits(block, (suffix[i + 1] ?? 0) + 2 * NOTE_ROOM + reserveAfter))
            break;
        budget.take(out, block);
    }
    if (i === compact.length)
        return out;
    budget.take(out, [
        '',
        `**${compact.length - i} more ${what}**, without details (the summary is capped at ${MAX_BYTES} bytes; the JSON result has everything):`,
        '',
    ]);
    for (let j = i; j < compact.length; j++) {
        const line = compact[j] ?? '';
        if (!budget.fits([line], NOTE_ROOM + reserveAfter)) {
            budget.take(out, [
                '',
                `_… and ${compact.length - j} more ${what} not named here: the JSON result lists them._`,
            ]);
            return [...out, ''];
        }
        budget.take(out, [line]);
    }
    return [...out, ''];
}
/**
 * The GitHub step summary: the verdict, then failing artifacts (detailed, and never cut off by
 * the size cap: see failuresWithin), then passing ones (one row each when there are several;
 * cut first), then the policy, warnings and the result path.
 */
function renderStepSummary(result, resultPath) {
    const head = [`## ${ICON[result.verdict]} verify-provenance: ${headline(result)}`, ''];
    if (result.error !== undefined) {
        head.push(`**${mdText(result.error.code)}**: ${mdText(result.error.message)}`, '');
        if (result.error.hint !== undefined)
            head.push(`Fix: ${mdText(result.error.hint)}`, '');
    }
    const tail = [];
    if (result.policy !== undefined) {
        const rows = Object.entries(result.policy).map(([k, v]) => [
            mdText(k),
            mdCode(typeof v === 'string' ? v : JSON.stringify(v)),
        ]);
        tail.push('<details><summary>Policy</summary>', '', ...mdTable(['field', 'value'], rows));
        tail.push('', '</details>', '');
    }
    const warnings = new Set([
        ...result.warnings,
        ...result.artifacts.flatMap((a) => a.attestations.flatMap((t) => (t.verdict === 'verified' ? t.warnings : []))),
    ]);
    for (const w of warnings)
        tail.push(`> [!WARNING]`, `> ${mdText(w)}`, '');
    if (resultPath !== undefined)
        tail.push(`Full result (JSON): ${mdCode(resultPath)}`, '');
    const budget = new Budget(MAX_BYTES - bytesOf(head) - bytesOf(tail) - NOTE_ROOM);
    const body = [];
    const failing = result.artifacts.filter((a) => a.verdict !== 'verified');
    const passing = result.artifacts.filter((a) => a.verdict === 'verified');
    const many = result.artifacts.length > 1;
    if (failing.length > 0) {
        if (many)
            budget.take(body, [`### ${ICON.failed} Not verified (${failing.length})`, '']);
        body.push(...failuresWithin(budget, (i) => renderArtifact(failing[i], many ? '####' : '###'), failing.map(compactFailure), 'failing artifact(s)'));
    }
    if (passing.length > 0 && !many) {
        const block = renderArtifact(passing[0], '###');
        if (budget.fits(block))
            budget.take(body, block);
        else
            budget.take(body, [`_The verified artifact's details are in the JSON result._`, '']);
    }
    else if (passing.length > 0) {
        budget.take(body, [
            `<details><summary>${ICON.verified} Verified (${passing.length})</summary>`,
            '',
        ]);
        budget.take(body, mdTable(['artifact', 'source repository', 'source ref', 'signer workflow'], []));
        const shown = budget.takeWhileFits(body, passing, (a) => [passingRow(a)]);
        body.push('');
        if (shown < passing.length)
            body.push(`_${passing.length - shown} more verified artifact(s) not shown: the summary is capped at ${MAX_BYTES} bytes; the JSON result has everything._`, '');
        body.push('</details>', '');
    }
    return capped(`${[...head, ...body, ...tail].join('\n')}\n`);
}
/** A failing artifact in one line: its name and why. */
function compactFailure(a) {
    const codes = [...new Set(a.attestations.flatMap((t) => (0,core_result/* failedCodes */.Q8)(t.checks)))];
    if (a.attestations.length === 0)
        codes.push('NO_ATTESTATION');
    return `- ${ICON[a.verdict]} ${mdText(a.name, 200)}: ${mdText(codes.join(', ') || a.verdict)}`;
}
/** A verified artifact among several: one row, who built it. */
function passingRow(a) {
    const id = a.attestations.find((t) => t.verdict === 'verified')?.identity;
    const cell = (v) => (v === undefined ? '' : mdCode(v, 200));
    return `| ${mdText(a.name, 200)} | ${cell(id?.repository ?? id?.repositoryUri)} | ${cell(id?.sourceRef)} | ${cell(id?.signerWorkflow ?? id?.san)} |`;
}
function headline(result) {
    const n = result.artifacts.length;
    const ok = result.artifacts.filter((a) => a.verdict === 'verified').length;
    if (result.verdict === 'verified')
        return `verified ${ok}/${n} artifact(s)`;
    if (result.verdict === 'error')
        return `not verified (${mdText(result.error?.code ?? 'error')})`;
    const codes = result.failedChecks.length > 0 ? result.failedChecks.join(', ') : 'nothing to verify';
    return `${result.verdict === 'indeterminate' ? 'indeterminate' : 'not verified'}: ${ok}/${n} verified (${mdText(codes)})`;
}
function renderArtifact(artifact, level) {
    const lines = [`${level} ${ICON[artifact.verdict]} ${mdText(artifact.name)}`, ''];
    const digests = Object.entries(artifact.digests).map(([alg, hex]) => `${alg}:${hex}`);
    if (digests.length > 0)
        lines.push(digests.map((d) => mdCode(d)).join('<br>'), '');
    if (artifact.attestations.length === 0) {
        lines.push('❌ **NO\\_ATTESTATION**: no attestation was given for this artifact.', '');
        return lines;
    }
    const winner = artifact.attestations.find((a) => a.verdict === 'verified');
    const shown = winner !== undefined ? [winner] : artifact.attestations.slice(0, MAX_ATTESTATIONS_SHOWN);
    for (const att of shown)
        lines.push(...renderAttestation(att, level === '###' ? '####' : '#####'));
    const hidden = artifact.attestations.length - shown.length;
    if (hidden > 0)
        lines.push(`_${hidden} other attestation(s) not shown; the JSON result lists all._`, '');
    return lines;
}
function renderAttestation(att, level) {
    const lines = [`${level} Attestation ${mdCode(att.origin)}: ${att.verdict}`, ''];
    const identity = identityRows(att);
    if (identity.length > 0)
        lines.push(...mdTable(['signed by', ''], identity), '');
    const checks = att.checks.filter((c) => c.status !== 'skipped').map(checkRow);
    lines.push(...mdTable(['', 'check', 'expected', 'found', 'fix'], checks), '');
    return lines;
}
function identityRows(att) {
    const id = att.identity ?? {};
    const rows = [
        ['signer workflow', id.signerWorkflowUri ?? id.san],
        ['caller workflow', id.callerWorkflowUri],
        ['source repository', id.repositoryUri],
        ['source ref', id.sourceRef],
        ['source commit', id.sourceDigest],
        ['trigger', id.trigger],
        ['runner', id.runnerEnvironment],
        ['builder', att.builderId],
        ['predicate type', att.predicateType],
        ['issuer', id.issuer],
    ];
    const out = rows.flatMap(([k, v]) => (v === undefined ? [] : [[k, mdCode(v)]]));
    if (id.runInvocation !== undefined)
        out.push(['workflow run', mdLink(id.runInvocation, id.runInvocation)]);
    for (const entry of att.logEntries ?? []) {
        const search = SEARCHABLE_LOGS[entry.logId];
        const text = `log index ${entry.logIndex}`;
        out.push([
            `log entry (${mdText(entry.kind)})`,
            search !== undefined && /^[0-9]+$/.test(entry.logIndex)
                ? mdLink(text, `${search}${entry.logIndex}`)
                : mdText(text),
        ]);
    }
    for (const t of att.signedTimes ?? [])
        out.push([`signed at (${mdText(t.source)})`, mdCode(t.time)]);
    if (att.trustRoot !== undefined)
        out.push(['trust root', mdText(att.trustRoot)]);
    return out;
}
function checkRow(check) {
    const name = check.status === 'fail'
        ? `**${mdText(check.code ?? 'FAIL')}** ${mdText(check.id)}: ${mdText(check.message)}`
        : `${mdText(check.id)}: ${mdText(check.message)}`;
    return [
        CHECK_ICON[check.status],
        name,
        check.expected === undefined ? '' : mdCode(check.expected),
        (0,core_result/* foundText */.iq)(check) === undefined ? '' : mdCode((0,core_result/* foundText */.iq)(check) ?? ''),
        check.hint === undefined ? '' : mdText(check.hint),
    ];
}
/** Cut a summary at the size GitHub accepts, saying so. */
function capped(markdown) {
    if (Buffer.byteLength(markdown) <= MAX_BYTES)
        return markdown;
    const cut = Buffer.from(markdown)
        .subarray(0, MAX_BYTES)
        .toString('utf8')
        .replace(/\n[^\n]*$/, '');
    return `${cut}\n\n_Summary truncated at ${MAX_BYTES} bytes; the JSON result has everything._\n`;
}

;// CONCATENATED MODULE: ./src/render/printable.ts
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

// EXTERNAL MODULE: ./src/core/deps/weak.ts
var weak = __webpack_require__(2696);
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
    const result = printableDeep(untrusted);
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
    const result = printableDeep(untrusted);
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
            lines.push(...text_renderAttestation(att, c, compact));
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
function text_renderAttestation(att, c, compact = false) {
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

;// CONCATENATED MODULE: ./src/render/trust-note.ts
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

// EXTERNAL MODULE: ./src/core/limits.ts
var limits = __webpack_require__(36419);
;// CONCATENATED MODULE: ./src/action/globs.ts




/**
 * Expand paths and globs (as `actions/attest-build-provenance` does, with `@actions/glob`) to
 * regular files. `!pattern` excludes. Every other pattern must match at least one file: a
 * typo must not shrink the set of artifacts silently.
 */
async function expandPatterns(input, patterns) {
    const excludes = patterns.filter((p) => p.startsWith('!'));
    const includes = patterns.filter((p) => !p.startsWith('!'));
    if (includes.length === 0)
        throw new errors/* UsageError */.eb(`${input} has only exclusions`);
    const files = [];
    for (const pattern of includes) {
        const quick = excludes.length === 0
            ? ((await literalFile(pattern)) ?? (await starInName(pattern)))
            : undefined;
        if (quick !== undefined && files.length + quick.length > limits/* LIMITS */.b.maxArtifacts)
            throw tooMany(input);
        files.push(...(quick ?? (await globFiles(input, pattern, excludes, files.length))));
    }
    return files;
}
/**
 * A pattern that is a plain path to a regular file matches just that file, as `@actions/glob`
 * finds it (the absolute path, symbolic links followed but not resolved), without loading the
 * glob library. Anything else (a wildcard, an escape, `~`, a `.`/`..` segment, a directory, a
 * missing file, an error) returns undefined and goes to `@actions/glob`, so its answers and
 * its errors stay exactly its own.
 */
async function literalFile(pattern) {
    const p = pattern.trim();
    if (!isPlainPath(p))
        return undefined;
    const path = (0,external_node_path_.resolve)(p);
    try {
        return (await (0,promises_.stat)(path)).isFile() ? [path] : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * `DIR/NAME` where DIR is a plain path and NAME has `*` (and no other pattern character): the
 * regular files in DIR whose names match, as `@actions/glob` finds them (`*` also matches a
 * leading dot; broken links are skipped), without loading the glob library. When a match is a
 * directory (whose files `@actions/glob` would add), nothing matches, or anything fails, it
 * returns undefined and the pattern goes to `@actions/glob`.
 */
async function starInName(pattern) {
    const p = pattern.trim();
    const cut = p.lastIndexOf(external_node_path_.sep);
    const dir = cut < 0 ? '.' : p.slice(0, cut);
    const name = p.slice(cut + 1);
    const rest = name.replace(/\*/g, '');
    if (!name.includes('*') || name.includes('**') || (rest !== '' && !isPlainPath(rest)))
        return undefined;
    if (!isPlainPath(dir))
        return undefined;
    const matches = new RegExp(`^${name.split('*').map(escapeRegExp).join('[^/]*')}$`);
    const base = (0,external_node_path_.resolve)(dir);
    const files = [];
    try {
        for (const entry of await (0,promises_.readdir)(base)) {
            if (!matches.test(entry))
                continue;
            const path = (0,external_node_path_.join)(base, entry);
            const stats = await (0,promises_.stat)(path).catch((err) => {
                if (err.code === 'ENOENT')
                    return undefined; // a broken link
                throw err;
            });
            if (stats?.isDirectory())
                return undefined;
            if (stats?.isFile())
                files.push(path);
        }
    }
    catch {
        return undefined;
    }
    return files.length === 0 ? undefined : files.sort();
}
/**
 * No character that `@actions/glob` reads as a pattern (wildcard, set, escape, brace, group,
 * negation, comment), no leading `~`, no `.`/`..` or empty segment past the first, no trailing
 * separator; POSIX only.
 */
function isPlainPath(p) {
    if (process.platform === 'win32')
        return false;
    if (p === '' || /[*?[\]\\{}()!#]/.test(p) || p.startsWith('~') || p.endsWith(external_node_path_.sep))
        return false;
    return !p.split(external_node_path_.sep).some((s, i) => s === '..' || (s === '.' && i > 0) || (s === '' && i > 0));
}
const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** One include pattern through `@actions/glob` (loaded only when a pattern needs it). */
async function globFiles(input, pattern, excludes, already) {
    const glob = await __webpack_require__.e(/* import() */ 799).then(__webpack_require__.bind(__webpack_require__, 28799));
    const globber = await glob.create([pattern, ...excludes].join('\n'), {
        matchDirectories: false,
        followSymbolicLinks: true,
        omitBrokenSymbolicLinks: true,
    });
    const matched = [];
    for await (const file of globber.globGenerator()) {
        if ((await (0,promises_.stat)(file)).isFile())
            matched.push(file);
        if (already + matched.length > limits/* LIMITS */.b.maxArtifacts)
            throw tooMany(input);
    }
    if (matched.length === 0)
        throw new errors/* UsageError */.eb(`${input}: ${JSON.stringify(pattern)} matches no file`, {
            hint: 'paths and globs are relative to the working directory (GITHUB_WORKSPACE); check the name and that the file was downloaded or built before this step',
        });
    return matched.sort();
}
const tooMany = (input) => new errors/* VerifyError */.Gz('LIMIT', `${input} matches more than ${limits/* LIMITS */.b.maxArtifacts} files`);

// EXTERNAL MODULE: ./src/core/policy/fields.ts
var fields = __webpack_require__(13509);
;// CONCATENATED MODULE: ./src/action/inputs.ts



const SUBJECT_INPUTS = ['subject-path', 'subject-digest', 'bundle-path'];
const TRUST_INPUTS = [
    'trusted-root',
    'offline',
    'tuf-mirror',
    'tuf-root',
    'github-tuf-root',
    'github-tuf-mirror',
];
const NETWORK_INPUTS = [
    'github-token',
    'github-api-url',
    'timeout',
    'retry-not-found',
    'concurrency',
    'rekor-url',
];
const PACKAGE_INPUTS = [
    'npm-packages',
    'registry',
    'pypi-project',
    'pypi-version',
    'index',
];
/** The deps job: lockfiles, the policy and pin files, the base, the cache. */
const DEPS_INPUTS = ['lockfile', 'policy', 'pins', 'base-ref', 'cache-dir'];
const BEHAVIOUR_INPUTS = ['fail-on-error', 'summary'];
/** Every input the action reads; `action.yml` declares exactly these (a test holds them equal). */
const ACTION_INPUTS = [
    ...SUBJECT_INPUTS,
    ...fields/* POLICY_FIELDS */.l.map((f) => f.input),
    ...TRUST_INPUTS,
    ...NETWORK_INPUTS,
    ...PACKAGE_INPUTS,
    ...DEPS_INPUTS,
    ...BEHAVIOUR_INPUTS,
];
/** Behaviour inputs first, so an invalid policy still honours `fail-on-error` and `summary`. */
function readBehaviour(read) {
    return {
        failOnError: readBoolean(read, 'fail-on-error') ?? true,
        summary: readBoolean(read, 'summary') ?? true,
    };
}
/**
 * `npm-packages` → the npm command's job; `pypi-project` (+ `pypi-version`, and optionally one
 * `subject-path` file) → the pypi command's; otherwise the verify job. Mixing them is a usage
 * error: each source finds its own attestations.
 */
async function readWork(read, expand) {
    const lockfiles = readList(read, 'lockfile');
    if (lockfiles.length > 0)
        return { kind: 'deps', job: await readDepsJob(read, expand, lockfiles) };
    const stray = ['policy', 'pins', 'base-ref', 'cache-dir'].find((n) => readString(read, n) !== undefined);
    if (stray !== undefined)
        throw new errors/* UsageError */.eb(`input ${stray} applies only with lockfile`);
    const packages = readList(read, 'npm-packages');
    const project = readString(read, 'pypi-project');
    if (packages.length === 0 && project === undefined)
        return { kind: 'verify', job: await readJob(read, expand) };
    const policy = (0,fields/* policyInputFrom */.P)((field) => readPolicyField(read, field));
    const trust = readTrust(read);
    const network = readNetwork(read);
    const rest = [
        'bundle-path',
        'subject-digest',
        ...(project === undefined ? ['subject-path'] : []),
    ];
    const clash = [
        ...rest,
        ...(packages.length > 0 && project !== undefined ? ['pypi-project'] : []),
    ].find((name) => readString(read, name) !== undefined);
    if (clash !== undefined)
        throw new errors/* UsageError */.eb(`input ${clash} does not apply with ${packages.length > 0 ? 'npm-packages' : 'pypi-project'}`, {
            hint: 'npm-packages and pypi-project find their own attestations',
        });
    if (packages.length > 0)
        return {
            kind: 'npm',
            job: { packages, registry: readString(read, 'registry'), policy, trust, network },
        };
    const version = readString(read, 'pypi-version');
    if (version === undefined)
        throw new errors/* UsageError */.eb('pypi-project needs pypi-version');
    const paths = readList(read, 'subject-path');
    const files = paths.length === 0 ? [] : await expand('subject-path', paths);
    if (files.length > 1)
        throw new errors/* UsageError */.eb('with pypi-project, subject-path names at most one file');
    return {
        kind: 'pypi',
        job: {
            project: project ?? '',
            version,
            file: files[0],
            index: readString(read, 'index'),
            policy,
            trust,
            network,
        },
    };
}
/** Inputs that the deps job does not take: artifacts, the other sources, a single policy. */
const NOT_WITH_LOCKFILE = [
    'subject-path',
    'subject-digest',
    'bundle-path',
    'npm-packages',
    'pypi-project',
    'pypi-version',
    'rekor-url',
    ...fields/* POLICY_FIELDS */.l.map((f) => f.input),
];
/** Inputs with a default in action.yml: set only when they differ from it. */
const INPUT_DEFAULTS = {
    'cert-oidc-issuer': 'https://token.actions.githubusercontent.com',
    'allow-self-hosted-runners': 'false',
};
/**
 * `lockfile` → the deps job the CLI's `deps` builds. The identity policy comes from the `policy`
 * file (rules per package), never from the single-policy inputs: giving one is a usage error.
 */
async function readDepsJob(read, expand, patterns) {
    const clash = NOT_WITH_LOCKFILE.find((name) => {
        const value = readString(read, name);
        return value !== undefined && value !== INPUT_DEFAULTS[name];
    });
    if (clash !== undefined)
        throw new errors/* UsageError */.eb(`input ${clash} does not apply with lockfile`, {
            hint: "name each package's repository in the policy file (packages: {NAME: {repo: OWNER/REPO}})",
        });
    const network = readNetwork(read);
    return {
        // Paths as the repository names them (the runner starts in the workspace): reports,
        // annotations and the re-pin command read as they would on a developer's machine.
        lockfiles: [...new Set(await expand('lockfile', patterns))].map((p) => {
            const rel = (0,external_node_path_.relative)(process.cwd(), p);
            return rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel) ? p : rel;
        }),
        cwd: process.env.GITHUB_WORKSPACE ?? process.cwd(),
        policyFile: readString(read, 'policy'),
        pinsFile: readString(read, 'pins'),
        baseRef: readString(read, 'base-ref'),
        registry: readString(read, 'registry'),
        index: readString(read, 'index'),
        cacheDir: readString(read, 'cache-dir'),
        trust: readTrust(read),
        network: {
            timeout: network.timeout,
            retryNotFound: network.retryNotFound,
            concurrency: network.concurrency,
        },
    };
}
function readTrust(read) {
    return {
        trustedRootFile: readString(read, 'trusted-root'),
        offline: readBoolean(read, 'offline'),
        tufMirror: readString(read, 'tuf-mirror'),
        tufRoot: readString(read, 'tuf-root'),
        githubTufRoot: readString(read, 'github-tuf-root'),
        githubTufMirror: readString(read, 'github-tuf-mirror'),
    };
}
function readNetwork(read) {
    return {
        token: readString(read, 'github-token'),
        githubApiUrl: readString(read, 'github-api-url'),
        timeout: readString(read, 'timeout'),
        retryNotFound: readString(read, 'retry-not-found'),
        concurrency: readString(read, 'concurrency'),
    };
}
/** Inputs → the same job the CLI builds from its flags. Values are data: no shell, no eval. */
async function readJob(read, expand) {
    const policy = (0,fields/* policyInputFrom */.P)((field) => readPolicyField(read, field));
    const paths = readList(read, 'subject-path');
    const digests = readList(read, 'subject-digest');
    if (paths.length === 0 && digests.length === 0)
        throw new errors/* UsageError */.eb('no artifact to verify', {
            hint: 'set subject-path (files or globs) or subject-digest (sha256:HEX)',
        });
    for (const d of digests)
        if (!/^sha(256|512):/.test(d))
            throw new errors/* UsageError */.eb(`subject-digest ${JSON.stringify(d)} is not sha256:HEX or sha512:HEX`);
    // No bundle-path: the attestations come from the GitHub API, as gh attestation verify does.
    const bundlePatterns = readList(read, 'bundle-path');
    const files = paths.length === 0 ? [] : await expand('subject-path', paths);
    const bundles = bundlePatterns.length === 0 ? [] : await expand('bundle-path', bundlePatterns);
    return {
        subjects: [...new Set(files), ...new Set(digests)],
        bundles: [...new Set(bundles)],
        from: bundlePatterns.length === 0 ? 'github' : 'file',
        rekorUrl: readString(read, 'rekor-url'),
        network: readNetwork(read),
        policy,
        trust: readTrust(read),
    };
}
function readPolicyField(read, field) {
    switch (field.kind) {
        case 'string':
            return readString(read, field.input);
        case 'boolean':
            return readBoolean(read, field.input);
        case 'list': {
            const values = readList(read, field.input);
            return values.length === 0 ? undefined : values;
        }
    }
}
function readString(read, name) {
    const value = read(name).trim();
    return value === '' ? undefined : value;
}
/**
 * One value per line; lists of names (not `workflow-input`, whose values may hold commas)
 * also split on commas. Blank lines are ignored.
 */
function readList(read, name) {
    const separator = name === 'workflow-input' ? /\r?\n/ : /\r?\n|,/;
    return read(name)
        .split(separator)
        .map((s) => s.trim())
        .filter((s) => s !== '');
}
/** YAML 1.2 core-schema booleans, as `core.getBooleanInput`; anything else is a usage error. */
function readBoolean(read, name) {
    const value = read(name).trim();
    if (value === '')
        return undefined;
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw new errors/* UsageError */.eb(`input ${name} must be true or false, got ${JSON.stringify(value)}`);
}

;// CONCATENATED MODULE: ./src/render/deps-annotations.ts


/**
 * One annotation per lockfile line of every package that failed or could not be decided
 * (error) or only warned (warning): the reason code, what was expected and found, and the fix,
 * on the line that declares the entry. `relative` turns a path into the repository's.
 */
function depsAnnotations(result, relative) {
    const out = [];
    for (const a of result.artifacts) {
        const outcome = a.package?.outcome;
        if (outcome !== 'failed' && outcome !== 'indeterminate' && outcome !== 'warned')
            continue;
        const why = reasons(a);
        const first = why[0];
        const parts = why.map((c) => [
            `${c.code === undefined ? '' : `[${c.code}] `}${c.message}`,
            c.expected === undefined ? undefined : `expected: ${c.expected}`,
            (0,core_result/* foundText */.iq)(c) === undefined ? undefined : `found: ${(0,core_result/* foundText */.iq)(c)}`,
            c.hint === undefined ? undefined : `fix: ${c.hint}`,
        ]
            .filter((p) => p !== undefined)
            .join('; '));
        for (const loc of a.package?.locations ?? [])
            out.push({
                level: outcome === 'warned' ? 'warning' : 'error',
                title: `verify-provenance deps: ${first?.code ?? outcome} ${packageLabel(a)}`,
                message: parts.join('\n'),
                file: relative(loc.file),
                line: loc.line,
            });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/render/deps-summary.ts




const deps_summary_ICON = { verified: '✅', failed: '❌', indeterminate: '⚠️', error: '❌' };
/** Must be seen: never cut by the size cap (named compactly when details do not fit). */
const MUST_SHOW = [
    ['failed', 'Failures'],
    ['indeterminate', 'Undecided (a service failed)'],
];
/** Shown while room remains, after every failure. */
const MAY_CUT = [
    ['warned', 'Warnings'],
    ['excepted', 'Exceptions applied'],
];
const REASON_HEADER = ['package', 'lockfile', 'check', 'expected', 'found', 'fix'];
/**
 * The deps step summary: the verdict and counts, then failures and undecided packages first,
 * with every lockfile line, check, expected, found and fix; the size cap never hides one (the
 * rest are named one per line when details do not fit). Warned and excepted packages follow,
 * then verified and listed packages in collapsed tables, cut first; notes last.
 */
function renderDepsSummary(result, resultPath) {
    const deps = result.deps;
    const head = [
        `## ${deps_summary_ICON[result.verdict]} verify-provenance deps: ${mdText(countsLine(result).replace(/^deps: /, ''))}`,
        '',
    ];
    if (deps !== undefined) {
        const rows = OUTCOME_ORDER.filter((o) => deps.counts[o] > 0).map((o) => [
            OUTCOME_LABEL[o],
            String(deps.counts[o]),
        ]);
        if (rows.length > 0)
            head.push(...mdTable(['outcome', 'packages'], rows), '');
    }
    const tail = [];
    for (const note of deps?.notes ?? [])
        tail.push(`> [!NOTE]`, `> ${mdText(note)}`, '');
    if (deps?.pins !== undefined && deps.pins.written)
        tail.push(`Pins written to ${mdCode(deps.pins.file)}: ${deps.pins.added.length} added, ${deps.pins.changed.length} changed, ${deps.pins.removed.length} removed.`, '');
    if (resultPath !== undefined)
        tail.push(`Full result (JSON): ${mdCode(resultPath)}`, '');
    const by = (o) => result.artifacts.filter((a) => a.package?.outcome === o);
    const budget = new Budget(MAX_BYTES - bytesOf(head) - bytesOf(tail) - NOTE_ROOM);
    const body = [];
    const mustShow = MUST_SHOW.map(([outcome, title]) => ({ outcome, title, list: by(outcome) }));
    // What naming every failure of the later must-show sections takes: kept free meanwhile.
    const compactBytes = mustShow.map(({ list, title }) => list.length === 0
        ? 0
        : bytesOf([...sectionHead(title, list.length), '', ...list.map(compactPackage)]) + NOTE_ROOM);
    mustShow.forEach(({ outcome, title, list }, k) => {
        if (list.length === 0)
            return;
        const later = compactBytes.slice(k + 1).reduce((a, b) => a + b, 0);
        budget.take(body, sectionHead(title, list.length));
        body.push(...failuresWithin(budget, (i) => reasonRows(list[i], outcome), list.map(compactPackage), `${OUTCOME_LABEL[outcome]} package(s)`, later));
        budget.take(body, ['']);
    });
    for (const [outcome, title] of MAY_CUT) {
        const list = by(outcome);
        if (list.length === 0)
            continue;
        budget.take(body, sectionHead(title, list.length));
        const shown = budget.takeWhileFits(body, list, (a) => reasonRows(a, outcome));
        body.push('');
        if (shown < list.length)
            body.push(notShown(list.length - shown, OUTCOME_LABEL[outcome]), '');
    }
    const verified = by('verified');
    if (verified.length > 0) {
        body.push(`<details><summary>Verified (${verified.length})</summary>`, '');
        budget.take(body, mdTable(['package', 'trust', 'source repository', 'expected identity from', 'cached'], []));
        const shown = budget.takeWhileFits(body, verified, (a) => {
            const id = a.attestations.find((t) => t.verdict === 'verified' && t.identity !== undefined)?.identity;
            const repo = id?.repository ?? id?.repositoryUri;
            return [
                row([
                    mdText(packageLabel(a)),
                    mdText(a.package?.trustLevel ?? ''),
                    repo === undefined ? '' : mdCode(repo),
                    mdText(a.package?.identityFrom ?? ''),
                    a.package?.cached === true ? 'yes' : '',
                ]),
            ];
        });
        body.push('');
        if (shown < verified.length)
            body.push(notShown(verified.length - shown, 'verified'), '');
        body.push('</details>', '');
    }
    const listed = by('not-from-registry');
    if (listed.length > 0) {
        body.push(`<details><summary>Not from a registry (${listed.length})</summary>`, '');
        budget.take(body, mdTable(['package', 'kind', 'lockfile'], []));
        const shown = budget.takeWhileFits(body, listed, (a) => [
            row([
                mdText(packageLabel(a)),
                mdText(a.package?.source ?? ''),
                mdCode(`${a.package?.locations[0]?.file ?? ''}:${a.package?.locations[0]?.line ?? ''}`),
            ]),
        ]);
        body.push('');
        if (shown < listed.length)
            body.push(notShown(listed.length - shown, 'listed'), '');
        body.push('</details>', '');
    }
    return capped(`${[...head, ...body, ...tail].join('\n')}\n`);
}
function sectionHead(title, n) {
    return [`### ${title} (${n})`, '', ...mdTable(REASON_HEADER, [])];
}
function row(cells) {
    return `| ${cells.join(' | ')} |`;
}
function notShown(n, what) {
    return `_${n} more ${what} package(s) not shown: the summary is capped at ${MAX_BYTES} bytes; the JSON result has everything._`;
}
/** A package that did not pass, in one line: its name, where, and why. */
function compactPackage(a) {
    const codes = [...new Set(reasons(a).flatMap((c) => (c.code === undefined ? [] : [c.code])))];
    const where = a.package?.locations[0];
    return `- ${mdText(packageLabel(a), 200)}${where === undefined ? '' : ` (${mdCode(`${where.file}:${where.line}`, 200)})`}: ${mdText(codes.join(', ') || (a.package?.outcome ?? a.verdict))}`;
}
/** A package's table rows: each check that explains its outcome, with expected, found and fix. */
function reasonRows(a, outcome) {
    const why = outcome === 'excepted'
        ? (a.package?.checks ?? []).filter((c) => c.id === 'exception')
        : reasons(a);
    const where = (a.package?.locations ?? []).map((l) => mdCode(`${l.file}:${l.line}`)).join('<br>');
    // A package is never left out for want of a check to show: its outcome stands in.
    if (why.length === 0)
        return [row([mdText(packageLabel(a)), where, mdText(outcome), '', '', ''])];
    return why.map((c, i) => row([
        i === 0 ? mdText(packageLabel(a)) : '',
        i === 0 ? where : '',
        `${c.code === undefined ? '' : `**${mdText(c.code)}** `}${mdText(c.message)}`,
        c.expected === undefined ? '' : mdCode(c.expected),
        (0,core_result/* foundText */.iq)(c) === undefined ? '' : mdCode((0,core_result/* foundText */.iq)(c) ?? ''),
        c.hint === undefined ? '' : mdText(c.hint),
    ]));
}

// EXTERNAL MODULE: ./src/core/github/names.ts
var names = __webpack_require__(9067);
;// CONCATENATED MODULE: ./src/action/outputs.ts

const ACTION_OUTPUTS = (/* unused pure expression or super */ null && ([
    'verified',
    'result-path',
    'failed-checks',
    'source-repo',
    'source-ref',
    'source-digest',
    'signer-workflow',
    'builder-id',
]));
/**
 * Outputs of one run. Every name is always written, so no stale or missing value can read as
 * a pass: `verified` is `true` only for a full accept, and the identity outputs are set only
 * then (from the attestation that verified each artifact; distinct values comma-separated),
 * and only from a GitHub identity parsed to its grammar (never a raw or predicate value).
 * They may still hold characters a shell treats specially (a branch name): pass them to
 * scripts through `env:`, never inline in `run:`.
 */
function actionOutputs(result, resultPath) {
    const accepted = result !== undefined && result.verdict === 'verified' && result.exitCode === 0;
    // A lockfile's hundreds of packages have no one identity: those outputs stay empty for deps.
    const winners = accepted && result.deps === undefined
        ? result.artifacts.flatMap((a) => a.attestations
            .filter((t) => t.verdict === 'verified' && t.identity?.host !== undefined)
            .slice(0, 1))
        : [];
    const distinct = (pick) => [...new Set(winners.map(pick).filter((v) => v !== undefined && v !== ''))].join(',');
    return {
        verified: accepted ? 'true' : 'false',
        'result-path': resultPath,
        'failed-checks': result === undefined ? 'INTERNAL' : result.failedChecks.join(','),
        'source-repo': distinct((a) => a.identity?.repository),
        'source-ref': distinct((a) => a.identity?.sourceRef),
        'source-digest': distinct((a) => a.identity?.sourceDigest),
        'signer-workflow': distinct((a) => {
            const host = a.identity?.host;
            const parsed = host === undefined
                ? undefined
                : (0,names/* parseWorkflowUri */.BK)(a.identity?.signerWorkflowUri, host, { refRequired: true });
            return parsed && (0,names/* formatWorkflow */.Vp)(parsed);
        }),
        'builder-id': distinct((a) => a.builderId),
    };
}

;// CONCATENATED MODULE: ./src/action/wording.ts


const INPUT_OF_FLAG = new Map([
    ...fields/* POLICY_FIELDS */.l.map((f) => [f.flag, f.input]),
    ...TRUST_INPUTS.map((name) => [name, name]),
    ...NETWORK_INPUTS.map((name) => [name === 'github-token' ? 'token' : name, name]),
    ['bundle', 'bundle-path'],
    ['registry', 'registry'],
    ['index', 'index'],
]);
/**
 * Messages and hints name CLI flags; in the action, say the input: `--repo acme/app` →
 * `repo: acme/app` when a value follows (a token with `/ . = : @`, a digit or a capital),
 * else `input repo`.
 */
function inputNamesFor(text) {
    return text.replace(/--([a-z][a-z-]*)( (?=[^\s-]*[/.=:@0-9A-Z]))?/g, (whole, flag, space) => {
        const input = INPUT_OF_FLAG.get(flag);
        if (input === undefined)
            return whole;
        return space === undefined ? `input ${input}` : `${input}: `;
    });
}
/** The result with every message and hint worded for action users (the verdict is untouched). */
function wordedForAction(result) {
    const reword = (o) => ({
        ...o,
        ...(o.message === undefined ? {} : { message: inputNamesFor(o.message) }),
        ...(o.hint === undefined ? {} : { hint: inputNamesFor(o.hint) }),
    });
    return {
        ...result,
        ...(result.error === undefined ? {} : { error: reword(result.error) }),
        warnings: result.warnings.map(inputNamesFor),
        artifacts: result.artifacts.map((a) => ({
            ...a,
            attestations: a.attestations.map((t) => ({
                ...t,
                checks: t.checks.map(reword),
                warnings: t.warnings.map(inputNamesFor),
            })),
        })),
    };
}

;// CONCATENATED MODULE: ./src/action/main.ts



















const VERSION = '0.1.0';
const readInput = getInput;
/**
 * The action: inputs → the shared job → the same result the CLI renders, then the outputs,
 * the step summary and annotations. Every path ends by writing all outputs once; `verified`
 * is `true` only after a full accept. A non-accept fails the step unless `fail-on-error` is
 * false; an unexpected exception always fails it.
 */
async function run() {
    // The fast path's module (with @sigstore/core) is loaded with the job, not before.
    if (process.env.VERIFY_PROVENANCE_NO_CACHE === '1')
        (await Promise.all(/* import() */[__webpack_require__.e(917), __webpack_require__.e(519)]).then(__webpack_require__.bind(__webpack_require__, 75519))).setFastPath(false);
    let behaviour = { failOnError: true, summary: true };
    let verified;
    // The log in sections: trust roots and the policy folded, passing artifacts folded,
    // failures outside every group so they are seen without a click.
    startGroup('verify-provenance: inputs and trust roots');
    try {
        behaviour = readBehaviour(readInput);
        const work = await readWork(readInput, expandPatterns);
        const ctx = {
            version: VERSION,
            command: 'action',
            env: process.env,
            onRoots: (roots) => trustNotes(roots, new Date()).forEach((line) => info(line)),
        };
        verified =
            // Each kind of job is loaded only when asked for: a step pays for its own code.
            work.kind === 'npm'
                ? await (await Promise.all(/* import() */[__webpack_require__.e(917), __webpack_require__.e(168), __webpack_require__.e(143), __webpack_require__.e(739), __webpack_require__.e(524)]).then(__webpack_require__.bind(__webpack_require__, 88524))).runNpmJob(work.job, ctx)
                : work.kind === 'pypi'
                    ? await (await Promise.all(/* import() */[__webpack_require__.e(917), __webpack_require__.e(168), __webpack_require__.e(143), __webpack_require__.e(739), __webpack_require__.e(645)]).then(__webpack_require__.bind(__webpack_require__, 8645))).runPypiJob(work.job, ctx)
                    : work.kind === 'deps'
                        ? await (await Promise.all(/* import() */[__webpack_require__.e(917), __webpack_require__.e(168), __webpack_require__.e(643), __webpack_require__.e(143), __webpack_require__.e(739), __webpack_require__.e(524), __webpack_require__.e(118)]).then(__webpack_require__.bind(__webpack_require__, 2118))).runDepsJob(work.job, ctx)
                        : await (await Promise.all(/* import() */[__webpack_require__.e(917), __webpack_require__.e(168), __webpack_require__.e(143), __webpack_require__.e(739), __webpack_require__.e(857)]).then(__webpack_require__.bind(__webpack_require__, 5857))).runVerifyJob(work.job, ctx);
    }
    catch (err) {
        if (!(err instanceof errors/* VerifyError */.Gz))
            throw err;
        verified = (0,report/* errorResult */.WG)(VERSION, 'action', err.code, err.message, (0,codes/* exitForError */.A0)(err.code), err.hint);
    }
    finally {
        endGroup();
    }
    const result = wordedForAction(verified);
    const resultPath = await writeResult(result);
    logResult(result, resultPath);
    if (behaviour.summary)
        await writeSummary(result, resultPath);
    const annotate = behaviour.failOnError ? error : warning;
    if (result.deps !== undefined && result.error === undefined) {
        // Every lockfile line that fails is annotated where it is.
        const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
        for (const note of depsAnnotations(result, (file) => (0,external_node_path_.relative)(workspace, (0,external_node_path_.resolve)(file))))
            (note.level === 'warning' ? warning : annotate)(note.message, {
                title: note.title,
                file: note.file,
                startLine: note.line,
            });
    }
    else
        for (const note of failureAnnotations(result))
            annotate(note.message, { title: note.title });
    const outputs = actionOutputs(result, resultPath);
    for (const [name, value] of Object.entries(outputs))
        setOutput(name, value);
    if (outputs.verified === 'true')
        return;
    const why = `not verified: ${result.failedChecks.join(', ') || result.verdict}`;
    if (behaviour.failOnError)
        setFailed(why);
    else
        warning(`${why} (fail-on-error is false: the step passes, outputs say verified=false)`);
}
/**
 * Fail the step, whatever happened: outputs say unverified, the summary says why (best effort:
 * the summary may be what failed), and the exception is reported.
 */
async function failHard(err) {
    const message = `internal error [INTERNAL]: ${err instanceof Error ? err.message : String(err)}`;
    try {
        for (const [name, value] of Object.entries(actionOutputs(undefined, '')))
            setOutput(name, value);
        const result = (0,report/* errorResult */.WG)(VERSION, 'action', 'INTERNAL', message, (0,codes/* exitForError */.A0)('INTERNAL'));
        await writeSummary(result, undefined);
    }
    catch {
        // Already failing; setFailed below still runs.
    }
    finally {
        setFailed(message);
    }
}
/**
 * The result in the log: the policy and the passing artifacts each in a `::group::` (folded),
 * then every failing artifact in full outside any group, then the verdict.
 */
function logResult(result, resultPath) {
    if (result.error !== undefined || result.deps !== undefined) {
        info(renderText(result));
        info(`result (JSON): ${resultPath}`);
        return;
    }
    if (result.policy !== undefined) {
        startGroup('Policy');
        for (const [key, value] of Object.entries(result.policy))
            info(printable(`  ${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`));
        endGroup();
    }
    const passing = result.artifacts.filter((a) => a.verdict === 'verified');
    const failing = result.artifacts.filter((a) => a.verdict !== 'verified');
    if (passing.length > 0) {
        startGroup(`Verified (${passing.length} of ${result.artifacts.length})`);
        info(renderArtifactsText(passing, { color: false, detail: 'verbose' }));
        endGroup();
    }
    if (failing.length > 0)
        info(renderArtifactsText(failing, { color: false, detail: 'verbose' }));
    const warnings = new Set([
        ...result.warnings,
        ...passing.flatMap((a) => a.attestations.flatMap((t) => (t.verdict === 'verified' ? t.warnings : []))),
    ]);
    for (const w of warnings)
        info(printable(`warning: ${w}`));
    info(renderText(result, { color: false, detail: 'quiet' }));
    info(`result (JSON): ${resultPath}`);
}
async function writeResult(result) {
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'verify-provenance-'));
    const path = (0,external_node_path_.join)(dir, 'result.json');
    await (0,promises_.writeFile)(path, renderJson(result), { mode: 0o600 });
    return path;
}
async function writeSummary(result, resultPath) {
    if (!process.env.GITHUB_STEP_SUMMARY) {
        info('no GITHUB_STEP_SUMMARY file: step summary skipped');
        return;
    }
    await appendSummary(result.deps !== undefined && result.error === undefined
        ? renderDepsSummary(result, resultPath)
        : renderStepSummary(result, resultPath));
}


/***/ }),

/***/ 27265:
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

/***/ 74296:
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
/* harmony import */ var _refs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88205);

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

/***/ 88205:
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

/***/ 36419:
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

/***/ 13509:
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


/***/ }),

/***/ 88557:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hc: () => (/* binding */ resultFromArtifacts),
/* harmony export */   R1: () => (/* binding */ trustRootsOf),
/* harmony export */   WG: () => (/* binding */ errorResult),
/* harmony export */   vh: () => (/* binding */ decidedHead)
/* harmony export */ });
/* unused harmony exports SCHEMA_VERSION, exitOfVerdict, describePolicy */
/* harmony import */ var _codes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27265);
/* harmony import */ var _github_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9067);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(39294);



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

/***/ 39294:
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


/***/ })

};

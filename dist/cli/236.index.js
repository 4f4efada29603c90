export const id = 236;
export const ids = [236];
export const modules = {

/***/ 8517:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runTrustedRoot: () => (/* binding */ runTrustedRoot)
});

// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var dist = __webpack_require__(9654);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/render/printable.ts
var printable = __webpack_require__(8359);
// EXTERNAL MODULE: ./src/render/trust-note.ts
var trust_note = __webpack_require__(1547);
;// CONCATENATED MODULE: ./src/render/trust-summary.ts



const day = (d) => d === undefined ? 'open' : d.toISOString().slice(0, 10);
const trust_summary_window = (w) => `${day(w?.start)} → ${day(w?.end)}`;
/**
 * `trusted-root --summary`: each root's authorities and logs with their validity windows, the
 * snapshot date of an embedded root (with a warning when it is old), at a glance.
 */
function renderTrustSummary(roots, now) {
    const out = [];
    for (const loaded of roots) {
        const r = loaded.root;
        out.push(`trusted root: ${(0,printable/* printable */.g)(loaded.label)}`);
        if (loaded.snapshotTaken !== undefined)
            out.push(`  snapshot of ${day(loaded.snapshotTaken)} (embedded; refreshed online by TUF)`);
        else if (loaded.newestKeyStart !== undefined)
            out.push(`  newest key from ${day(loaded.newestKeyStart)}`);
        const section = (title, rows) => {
            out.push(`  ${title}: ${rows.length === 0 ? 'none' : ''}`.trimEnd());
            rows.forEach((row) => out.push(`    ${row}`));
        };
        section('certificate authorities (Fulcio)', r.certificateAuthorities.map((ca) => `${(0,printable/* printable */.g)(subject(ca.subject))}  ${(0,printable/* printable */.g)(ca.uri)}  ${trust_summary_window(ca.validFor)}  (${ca.certChain?.certificates.length ?? 0} certificates)`));
        section('transparency logs (Rekor)', r.tlogs.map((t) => `${(0,printable/* printable */.g)(t.baseUrl)}  ${keyType(t.publicKey?.keyDetails)}  ${trust_summary_window(t.publicKey?.validFor)}`));
        section('certificate transparency logs', r.ctlogs.map((t) => `${(0,printable/* printable */.g)(t.baseUrl)}  ${keyType(t.publicKey?.keyDetails)}  ${trust_summary_window(t.publicKey?.validFor)}`));
        section('timestamp authorities', r.timestampAuthorities.map((tsa) => `${(0,printable/* printable */.g)(subject(tsa.subject))}  ${(0,printable/* printable */.g)(tsa.uri)}  ${trust_summary_window(tsa.validFor)}`));
        out.push(...(0,trust_note/* snapshotWarning */.xv)(loaded, now));
        out.push('');
    }
    return `${out.join('\n')}`;
}
function subject(s) {
    const parts = [s?.organization && `O=${s.organization}`, s?.commonName && `CN=${s.commonName}`];
    return parts.filter(Boolean).join(', ') || '(no subject)';
}
function keyType(details) {
    return details === undefined
        ? 'key type unknown'
        : (dist.PublicKeyDetails[details] ?? String(details));
}

// EXTERNAL MODULE: ./src/sources/trust-roots.ts
var trust_roots = __webpack_require__(5212);
// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(7593);
;// CONCATENATED MODULE: ./src/cli/trusted-root-command.ts





/**
 * `trusted-root`: the trusted roots a verification would use, one JSON document per line (as
 * `gh attestation trusted-root` prints them), for `--trusted-root FILE` in later offline runs;
 * `--summary` shows them for a person (authorities, logs, validity windows, snapshot dates).
 */
async function runTrustedRoot(argv) {
    const { values, positionals } = (0,args/* parse */.qg)(argv, args/* TRUSTED_ROOT_OPTIONS */.qA);
    if (positionals.length > 0)
        throw new errors/* UsageError */.eb('trusted-root takes no arguments');
    const roots = await (0,trust_roots/* loadTrustRoots */.k)((0,args/* trustFromFlags */.aE)(values));
    if (values.summary === true)
        return renderTrustSummary(roots, new Date());
    return roots.map((r) => `${JSON.stringify(dist.TrustedRoot.toJSON(r.root))}\n`).join('');
}


/***/ }),

/***/ 2208:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ isJsonObject),
/* harmony export */   R: () => (/* binding */ parseStrictJson)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6419);


/**
 * JSON.parse with the strictness a verifier needs: duplicate keys (a parser differential:
 * JS keeps the last, other parsers the first), `__proto__` keys and nesting deeper than
 * `maxDepth` are rejected. Syntax is RFC 8259; a leading BOM is rejected.
 */
function parseStrictJson(text, maxDepth = _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b.maxJsonDepth) {
    const parser = new StrictJsonParser(text, maxDepth);
    return parser.parseDocument();
}
const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);
class StrictJsonParser {
    text;
    maxDepth;
    pos = 0;
    constructor(text, maxDepth) {
        this.text = text;
        this.maxDepth = maxDepth;
    }
    parseDocument() {
        this.skipWs();
        const value = this.parseValue(0);
        this.skipWs();
        if (this.pos !== this.text.length)
            this.fail('unexpected data after the JSON value');
        return value;
    }
    parseValue(depth) {
        const c = this.text.charCodeAt(this.pos);
        switch (c) {
            case 0x7b: // {
                return this.parseObject(depth + 1);
            case 0x5b: // [
                return this.parseArray(depth + 1);
            case 0x22: // "
                return this.parseString();
            case 0x74: // t
                return this.parseLiteral('true', true);
            case 0x66: // f
                return this.parseLiteral('false', false);
            case 0x6e: // n
                return this.parseLiteral('null', null);
            default:
                if (c === 0x2d || (c >= 0x30 && c <= 0x39))
                    return this.parseNumber();
                return this.fail(Number.isNaN(c) ? 'unexpected end of input' : 'unexpected character');
        }
    }
    enter(depth) {
        if (depth > this.maxDepth) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('LIMIT', `JSON nesting deeper than ${this.maxDepth} levels`);
        }
    }
    parseObject(depth) {
        this.enter(depth);
        this.pos++;
        const result = {};
        const seen = new Set();
        this.skipWs();
        if (this.text.charCodeAt(this.pos) === 0x7d) {
            this.pos++;
            return result;
        }
        for (;;) {
            this.skipWs();
            if (this.text.charCodeAt(this.pos) !== 0x22)
                this.fail('expected a string key');
            const key = this.parseString();
            if (seen.has(key))
                this.fail(`duplicate key "${truncate(key)}"`);
            if (key === '__proto__')
                this.fail('forbidden key "__proto__"');
            seen.add(key);
            this.skipWs();
            if (this.text.charCodeAt(this.pos) !== 0x3a)
                this.fail('expected ":"');
            this.pos++;
            this.skipWs();
            result[key] = this.parseValue(depth);
            this.skipWs();
            const c = this.text.charCodeAt(this.pos++);
            if (c === 0x7d)
                return result;
            if (c !== 0x2c)
                this.fail('expected "," or "}"', -1);
        }
    }
    parseArray(depth) {
        this.enter(depth);
        this.pos++;
        const result = [];
        this.skipWs();
        if (this.text.charCodeAt(this.pos) === 0x5d) {
            this.pos++;
            return result;
        }
        for (;;) {
            this.skipWs();
            result.push(this.parseValue(depth));
            this.skipWs();
            const c = this.text.charCodeAt(this.pos++);
            if (c === 0x5d)
                return result;
            if (c !== 0x2c)
                this.fail('expected "," or "]"', -1);
        }
    }
    parseString() {
        const start = ++this.pos;
        const text = this.text;
        // Fast path: no escapes.
        for (let i = start; i < text.length; i++) {
            const c = text.charCodeAt(i);
            if (c === 0x22) {
                this.pos = i + 1;
                return text.slice(start, i);
            }
            if (c === 0x5c || c < 0x20)
                break;
        }
        let out = '';
        let chunk = start;
        for (;;) {
            if (this.pos >= text.length)
                this.fail('unterminated string');
            const c = text.charCodeAt(this.pos);
            if (c === 0x22) {
                out += text.slice(chunk, this.pos);
                this.pos++;
                return out;
            }
            if (c < 0x20)
                this.fail('control character in string');
            if (c === 0x5c) {
                out += text.slice(chunk, this.pos);
                out += this.parseEscape();
                chunk = this.pos;
                continue;
            }
            this.pos++;
        }
    }
    parseEscape() {
        const c = this.text[this.pos + 1];
        this.pos += 2;
        switch (c) {
            case '"':
                return '"';
            case '\\':
                return '\\';
            case '/':
                return '/';
            case 'b':
                return '\b';
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'u': {
                const hex = this.text.slice(this.pos, this.pos + 4);
                if (!/^[0-9a-fA-F]{4}$/.test(hex))
                    this.fail('invalid \\u escape');
                this.pos += 4;
                return String.fromCharCode(parseInt(hex, 16));
            }
            case undefined:
            default:
                return this.fail('invalid escape', -2);
        }
    }
    parseNumber() {
        const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(this.text.slice(this.pos, this.pos + 400));
        if (!match)
            return this.fail('invalid number');
        this.pos += match[0].length;
        return Number(match[0]);
    }
    parseLiteral(word, value) {
        if (!this.text.startsWith(word, this.pos))
            this.fail('invalid literal');
        this.pos += word.length;
        return value;
    }
    skipWs() {
        while (WS.has(this.text.charCodeAt(this.pos)))
            this.pos++;
    }
    fail(message, offset = 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .Gz('MALFORMED', `invalid JSON at offset ${this.pos + offset}: ${message}`);
    }
}
function truncate(s) {
    return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
function isJsonObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
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

/***/ 1547:
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


/***/ })

};

export const id = 104;
export const ids = [104];
export const modules = {

/***/ 2104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runTrustedRoot: () => (/* binding */ runTrustedRoot)
});

// EXTERNAL MODULE: ../main/node_modules/@sigstore/protobuf-specs/dist/index.js
var dist = __webpack_require__(2166);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(7406);
// EXTERNAL MODULE: ./src/render/printable.ts
var printable = __webpack_require__(1841);
// EXTERNAL MODULE: ./src/render/trust-note.ts
var trust_note = __webpack_require__(1493);
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
var trust_roots = __webpack_require__(446);
// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(7155);
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
    const roots = await (0,trust_roots/* loadTrustRoots */.k0)((0,args/* trustFromFlags */.aE)(values));
    if (values.summary === true)
        return renderTrustSummary(roots, new Date());
    return roots.map((r) => `${JSON.stringify(dist.TrustedRoot.toJSON(r.root))}\n`).join('');
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


/***/ })

};

export const id = 118;
export const ids = [118];
export const modules = {

/***/ 2118:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDepsJob: () => (/* binding */ runDepsJob)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var dist = __webpack_require__(19654);
// EXTERNAL MODULE: ./src/core/result.ts
var result = __webpack_require__(39294);
// EXTERNAL MODULE: ./src/core/deps/weak.ts
var weak = __webpack_require__(2696);
// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/github/names.ts
var names = __webpack_require__(9067);
// EXTERNAL MODULE: ./src/core/json/strict-json.ts
var strict_json = __webpack_require__(62208);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(42463);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./schemas/deps-policy.schema.json
const deps_policy_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"urn:verify-provenance:deps-policy:1","title":"verify-provenance deps policy","description":"Which identity must have built each dependency, how much trust each version must show, and the reviewed exceptions. Keys inside a package rule are the CLI policy flag names.","type":"object","additionalProperties":false,"required":["version"],"properties":{"version":{"const":1},"defaults":{"$ref":"#/definitions/levels"},"packages":{"description":"Rules by package: an exact name, @scope/* for a whole scope, pypi:NAME for a PyPI project (npm:NAME also accepted).","type":"object","propertyNames":{"pattern":"^(npm:|pypi:)?(@[a-z0-9][a-z0-9._~-]*/(\\\\*|[A-Za-z0-9][A-Za-z0-9._~-]*)|[A-Za-z0-9][A-Za-z0-9._~-]*)$"},"additionalProperties":{"$ref":"#/definitions/rule"}},"exceptions":{"type":"array","items":{"$ref":"#/definitions/exception"}}},"definitions":{"levels":{"type":"object","additionalProperties":false,"properties":{"require":{"description":"The least trust a version must show: provenance (verified SLSA provenance), trusted-publisher (also published by a trusted publisher), or none.","enum":["provenance","trusted-publisher","none"]},"missing":{"description":"What a version with no attestation at all does when require is not none: fail, or warn and pass.","enum":["fail","warn"]},"no-downgrade":{"description":"Fail a version with less trust than an earlier-published version of the same package (or than its pin).","type":"boolean"},"not-from-registry":{"description":"Workspace, file:, link:, git and tarball-URL entries: list them (default), warn, or fail.","enum":["list","warn","fail"]}}},"rule":{"type":"object","additionalProperties":false,"properties":{"repo":{"type":"string","minLength":1},"owner":{"type":"string","minLength":1},"cert-identity":{"type":"string","minLength":1},"signer-workflow":{"type":"string","minLength":1},"signer-repo":{"type":"string","minLength":1},"caller-workflow":{"type":"string","minLength":1},"source-ref":{"type":"string","minLength":1},"source-branch":{"type":"string","minLength":1},"source-tag":{"type":"string","minLength":1},"source-versioned-tag":{"type":"string","minLength":1},"source-digest":{"type":"string","minLength":1},"builder-id":{"type":"string","minLength":1},"workflow-input":{"type":"array","items":{"type":"string","minLength":1},"minItems":1},"trigger":{"type":"array","items":{"type":"string","minLength":1},"minItems":1},"cert-oidc-issuer":{"type":"string","minLength":1},"predicate-type":{"type":"string","minLength":1},"allow-self-hosted-runners":{"type":"boolean"},"allow-unrecorded-runner":{"type":"boolean"},"repo-id":{"type":["string","integer"],"pattern":"^[0-9]+$","minimum":0},"owner-id":{"type":["string","integer"],"pattern":"^[0-9]+$","minimum":0},"require":{"$ref":"#/definitions/levels/properties/require"},"missing":{"$ref":"#/definitions/levels/properties/missing"},"no-downgrade":{"$ref":"#/definitions/levels/properties/no-downgrade"},"not-from-registry":{"$ref":"#/definitions/levels/properties/not-from-registry"}}},"exception":{"type":"object","additionalProperties":false,"required":["package","reason"],"properties":{"package":{"description":"NAME or NAME@VERSION (pypi:NAME[@VERSION] for PyPI).","type":"string","pattern":"^(npm:|pypi:)?(@[a-z0-9][a-z0-9._~-]*/(\\\\*|[A-Za-z0-9][A-Za-z0-9._~-]*)|[A-Za-z0-9][A-Za-z0-9._~-]*)(@[A-Za-z0-9][A-Za-z0-9.+!_-]*)?$"},"reason":{"type":"string","minLength":1,"pattern":"\\\\S"},"until":{"description":"YYYY-MM-DD: the last day the exception applies.","type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}}}}}');
// EXTERNAL MODULE: ./src/core/policy/fields.ts
var fields = __webpack_require__(13509);
;// CONCATENATED MODULE: ./src/core/deps/entries.ts

/**
 * How a lockfile entry is fetched. Only `registry` entries have provenance to verify; the rest
 * are listed as "not from a registry" and handled by the policy.
 */
const SOURCE_KINDS = (/* unused pure expression or super */ null && ([
    'registry',
    'workspace',
    'file',
    'link',
    'directory',
    'git',
    'tarball',
    'patch',
]));
/** A malformed lockfile: the whole file is refused, with the line that is wrong. */
function lockfileError(file, line, message) {
    return new core_errors/* VerifyError */.Gz('MALFORMED', `${file}${line === undefined ? '' : `:${line}`}: ${message}`, {
        hint: 'regenerate the lockfile with its package manager, or check the path',
    });
}
/** PEP 503: lower case, runs of `-`, `_` and `.` become one `-`. */
function normalizePypiName(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}
const STANDARD_B64 = /^[A-Za-z0-9+/]*={0,2}$/;
/**
 * Subresource Integrity (`sha512-BASE64 sha1-BASE64`) → hex digests. Canonical base64 only;
 * anything else is a problem of the entry, never silently dropped.
 */
function hashesFromSri(integrity) {
    const hashes = [];
    for (const part of integrity.trim().split(/\s+/)) {
        const dash = part.indexOf('-');
        const algorithm = part.slice(0, dash).toLowerCase();
        const b64 = part.slice(dash + 1).replace(/\?.*$/, '');
        const size = { sha1: 20, sha256: 32, sha384: 48, sha512: 64 }[algorithm];
        const bytes = STANDARD_B64.test(b64) ? Buffer.from(b64, 'base64') : undefined;
        if (dash <= 0 ||
            size === undefined ||
            bytes?.length !== size ||
            bytes.toString('base64') !== b64)
            return `integrity ${JSON.stringify(part.slice(0, 80))} is not SRI sha1/sha256/sha384/sha512`;
        hashes.push({ algorithm, hex: bytes.toString('hex') });
    }
    return hashes.length > 0 ? hashes : 'empty integrity';
}
/** `sha256:HEX` (uv, poetry, pip's `--hash`) → a hash; undefined when not of that form. */
function hashFromPrefixed(value, file) {
    const m = /^(sha256|sha384|sha512):([0-9a-fA-F]+)$/.exec(value.trim());
    const lengths = { sha256: 64, sha384: 96, sha512: 128 };
    if (m === null || m[2]?.length !== lengths[m[1] ?? ''])
        return undefined;
    return {
        algorithm: m[1] ?? '',
        hex: (m[2] ?? '').toLowerCase(),
        ...(file === undefined ? {} : { file }),
    };
}
/** An exact semantic version as npm publishes them (no ranges, tags or URLs). */
const NPM_VERSION = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;
/** `name@rest` or `@scope/name@rest`: the `@` that separates is never the first character. */
function splitNameAt(spec) {
    const at = spec.indexOf('@', 1);
    if (at <= 0)
        return undefined;
    return [spec.slice(0, at), spec.slice(at + 1)];
}
/** The last path segment of a URL or path (a file name), without a query or fragment. */
function fileNameOf(url) {
    const path = url.replace(/[?#].*$/, '');
    return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
}
/**
 * Does this tarball URL have the shape of a registry download of exactly this package version
 * (`…/NAME/-/BASENAME-VERSION.tgz`, or GitHub Packages' `…/download/NAME/VERSION/…`)? Any other
 * URL is a tarball dependency, not from a registry.
 */
function isRegistryTarball(url, name, version) {
    let path;
    try {
        const u = new URL(url);
        if (u.protocol !== 'https:' && u.protocol !== 'http:')
            return false;
        path = decodeURIComponent(u.pathname);
    }
    catch {
        return false;
    }
    const base = name.slice(name.lastIndexOf('/') + 1);
    return (path.endsWith(`/${name}/-/${base}-${version}.tgz`) ||
        path.endsWith(`/${name.replace('/', '%2f')}/-/${base}-${version}.tgz`) ||
        path.includes(`/download/${name}/${version}/`));
}
/** How a dependency spec or resolved location that is not a registry version is fetched. */
function nonRegistryKind(spec) {
    if (/^workspace:/.test(spec))
        return 'workspace';
    if (/^link:|^portal:/.test(spec))
        return 'link';
    if (/^file:|^\.{0,2}\/|^exec:/.test(spec))
        return 'file';
    if (/^patch:/.test(spec))
        return 'patch';
    if (/^(git\+|git:|github:|gitlab:|bitbucket:|gist:)/.test(spec))
        return 'git';
    if (/^https?:\/\//.test(spec))
        return /\.git(#|$)|#commit=|^https:\/\/codeload\.github\.com\//.test(spec) ? 'git' : 'tarball';
    if (/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+(#.*)?$/.test(spec))
        return 'git';
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/deps/policy-file.ts







const TRUST_LEVELS = ['none', 'provenance', 'trusted-publisher'];
function levelRank(level) {
    return TRUST_LEVELS.indexOf(level);
}
const DEFAULT_REQUIREMENTS = {
    require: 'provenance',
    missing: 'fail',
    noDowngrade: true,
    notFromRegistry: 'list',
};
const EMPTY_POLICY = {
    file: undefined,
    defaults: DEFAULT_REQUIREMENTS,
    rules: [],
    exceptions: [],
};
const REQUIREMENT_KEYS = {
    require: 'require',
    missing: 'missing',
    'no-downgrade': 'noDowngrade',
    'not-from-registry': 'notFromRegistry',
};
let validator;
/**
 * A policy file (YAML or JSON: JSON is read as the YAML it also is), validated against the
 * shipped JSON Schema with Ajv. Every error names the file and line; an unknown key is an
 * error, never ignored.
 */
function parsePolicyFile(file, text) {
    const lines = new yaml_dist/* LineCounter */.HN();
    const doc = (0,yaml_dist/* parseDocument */.Tp)(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
    const first = doc.errors[0];
    if (first !== undefined)
        throw (0,core_errors/* policyError */.nq)(`${file}:${lines.linePos(first.pos[0]).line}: not valid YAML or JSON (${first.code})`);
    const value = doc.toJS({ maxAliasCount: 0 });
    validator ??= new ajv.Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(deps_policy_schema_namespaceObject);
    if (!validator(value)) {
        const errors = (validator.errors ?? [])
            .filter((e) => e.propertyName === undefined)
            .map((e) => describeError(file, e, doc, lines));
        throw (0,core_errors/* policyError */.nq)(errors.join('; '), 'the policy file format: schemas/deps-policy.schema.json');
    }
    const body = value;
    const lineOf = (path) => nodeLine(doc, path, lines);
    const rules = Object.entries(body.packages ?? {}).map(([pattern, rule]) => {
        const { ecosystem, name } = splitEcosystem(pattern);
        const scope = name.endsWith('/*');
        const policy = {};
        const requirements = {};
        for (const [key, v] of Object.entries(rule)) {
            const field = fields/* POLICY_FIELDS */.l.find((f) => f.flag === key);
            if (field !== undefined)
                policy[field.key] = typeof v === 'number' ? String(v) : v;
            else
                requirements[REQUIREMENT_KEYS[key] ?? key] = v;
        }
        return {
            pattern,
            ecosystem,
            name: scope ? name.slice(0, -1) : name,
            scope,
            policy: policy,
            requirements: requirements,
            line: lineOf(['packages', pattern]),
        };
    });
    const exceptions = (body.exceptions ?? []).map((e, i) => {
        const { ecosystem, name: spec } = splitEcosystem(e.package);
        const at = spec.indexOf('@', 1);
        return {
            package: e.package,
            ecosystem,
            name: ecosystem === 'pypi'
                ? normalizePypiName(at > 0 ? spec.slice(0, at) : spec)
                : at > 0
                    ? spec.slice(0, at)
                    : spec,
            version: at > 0 ? spec.slice(at + 1) : undefined,
            reason: e.reason,
            until: e.until,
            line: lineOf(['exceptions', i]),
        };
    });
    for (const e of exceptions)
        if (e.until !== undefined && Number.isNaN(Date.parse(`${e.until}T00:00:00Z`)))
            throw (0,core_errors/* policyError */.nq)(`${file}:${e.line}: until ${e.until} is not a date`);
    const defaults = { ...DEFAULT_REQUIREMENTS };
    for (const [k, v] of Object.entries(body.defaults ?? {}))
        defaults[REQUIREMENT_KEYS[k] ?? k] = v;
    return { file, defaults: defaults, rules, exceptions };
}
function splitEcosystem(spec) {
    if (spec.startsWith('pypi:'))
        return { ecosystem: 'pypi', name: normalizePypiName(spec.slice(5)) };
    return { ecosystem: 'npm', name: spec.startsWith('npm:') ? spec.slice(4) : spec };
}
/** The rule for a package: its exact name first, then its scope's `@scope/*`. */
function ruleFor(policy, ecosystem, name) {
    const rules = policy.rules.filter((r) => r.ecosystem === ecosystem);
    return (rules.find((r) => !r.scope && r.name === name) ??
        rules.find((r) => r.scope && name.startsWith(r.name)));
}
/** The requirements for a package: defaults, overridden by its rule. */
function requirementsFor(policy, rule) {
    return { ...policy.defaults, ...(rule?.requirements ?? {}) };
}
/** Exceptions naming this package (version-exact ones, and name-only ones for every version). */
function exceptionsFor(policy, ecosystem, name, version) {
    return policy.exceptions.filter((e) => e.ecosystem === ecosystem &&
        e.name === name &&
        (e.version === undefined || e.version === version));
}
/** Expired once the `until` day (UTC) has passed. */
function isExpired(exception, now) {
    if (exception.until === undefined)
        return false;
    return now.getTime() >= Date.parse(`${exception.until}T00:00:00Z`) + 86_400_000;
}
/** A stable digest of what decides a package's verdict (the cache keys on it). */
function digestOf(value) {
    return (0,external_node_crypto_.createHash)('sha256').update(canonicalJson(value)).digest('hex');
}
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    if (value !== null && typeof value === 'object')
        return `{${Object.keys(value)
            .sort()
            .filter((k) => value[k] !== undefined)
            .map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`)
            .join(',')}}`;
    return JSON.stringify(value);
}
function describeError(file, e, doc, lines) {
    const path = e.instancePath
        .split('/')
        .slice(1)
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    const extra = e.keyword === 'additionalProperties'
        ? String(e.params.additionalProperty)
        : e.keyword === 'propertyNames'
            ? String(e.params.propertyName)
            : undefined;
    const where = extra === undefined ? path : [...path, extra];
    const line = nodeLine(doc, where, lines, extra !== undefined);
    const at = (extra === undefined ? where : path).join('.') || 'the document';
    const what = e.keyword === 'propertyNames'
        ? `${JSON.stringify(extra)} is not a package name, @scope/* or pypi:NAME`
        : extra !== undefined
            ? `unknown key ${JSON.stringify(extra)}${path[0] === 'packages' && path.length === 2 ? ' (package rules take the policy flag names, e.g. repo, owner, signer-workflow)' : ''}`
            : e.keyword === 'enum'
                ? `${e.message ?? 'invalid'}: ${e.params.allowedValues.map(String).join(', ')}`
                : e.keyword === 'const'
                    ? `must be ${JSON.stringify(e.params.allowedValue)}`
                    : (e.message ?? 'invalid');
    return `${file}:${line}: ${at}: ${what}`;
}
/** The line of the node at a path (of its key, when `key` is set or the node is a map entry). */
function nodeLine(doc, path, lines, key = true) {
    let node = doc.contents;
    let keyNode;
    for (const seg of path) {
        if ((0,yaml_dist/* isMap */.jh)(node)) {
            const pair = node.items.find((p) => (0,yaml_dist/* isPair */.tO)(p) && (0,yaml_dist/* isScalar */.jn)(p.key) && String(p.key.value) === String(seg));
            if (pair === undefined)
                break;
            keyNode = pair.key;
            node = pair.value;
        }
        else if (node !== null && typeof node === 'object' && 'items' in node) {
            const item = node.items[Number(seg)];
            if (item === undefined)
                break;
            keyNode = undefined;
            node = item;
        }
        else
            break;
    }
    const target = (key ? keyNode : undefined) ?? node;
    const offset = target?.range?.[0] ?? 0;
    return lines.linePos(offset).line;
}

;// CONCATENATED MODULE: ./src/core/deps/pins.ts




const PIN_FIELDS = ['repo', 'repo-id', 'owner-id', 'signer-workflow', 'trust'];
function pinKey(ecosystem, name) {
    return ecosystem === 'pypi' ? `pypi:${name}` : name;
}
/** A pin file: strict JSON (`{"version": 1, "packages": {...}}`); anything unexpected is refused. */
function parsePins(file, text) {
    let json;
    try {
        json = (0,strict_json/* parseStrictJson */.R)(text);
    }
    catch (err) {
        throw (0,core_errors/* policyError */.nq)(`${file}: not a pin file (${err instanceof Error ? err.message : String(err)})`);
    }
    if (!(0,strict_json/* isJsonObject */.O)(json) || json.version !== 1 || !(0,strict_json/* isJsonObject */.O)(json.packages))
        throw (0,core_errors/* policyError */.nq)(`${file}: not a pin file ({"version": 1, "packages": {...}})`);
    const pins = new Map();
    for (const [key, value] of Object.entries(json.packages)) {
        if (!(0,strict_json/* isJsonObject */.O)(value))
            throw (0,core_errors/* policyError */.nq)(`${file}: pin ${key} is not an object`);
        const extra = Object.keys(value).find((k) => !PIN_FIELDS.includes(k));
        if (extra !== undefined)
            throw (0,core_errors/* policyError */.nq)(`${file}: pin ${key} has an unknown field ${JSON.stringify(extra)}`);
        const trust = value.trust;
        if (typeof trust !== 'string' || !TRUST_LEVELS.includes(trust))
            throw (0,core_errors/* policyError */.nq)(`${file}: pin ${key}: trust must be ${TRUST_LEVELS.join(', ')}`);
        const pin = { trust };
        for (const field of PIN_FIELDS) {
            const v = value[field];
            if (v === undefined || field === 'trust')
                continue;
            if (typeof v !== 'string' || v === '')
                throw (0,core_errors/* policyError */.nq)(`${file}: pin ${key}: ${field} must be a string`);
            if ((field === 'repo-id' || field === 'owner-id') && !/^[0-9]+$/.test(v))
                throw (0,core_errors/* policyError */.nq)(`${file}: pin ${key}: ${field} must be a number in a string`);
            pin[field] = v;
        }
        pins.set(key, pin);
    }
    return pins;
}
/**
 * The pin file's text: keys sorted, one field per line in a fixed order, a final newline, so a
 * change shows in a review as the lines of the packages that changed.
 */
function serializePins(pins) {
    const packages = {};
    for (const key of [...pins.keys()].sort()) {
        const pin = pins.get(key);
        const out = {};
        for (const field of PIN_FIELDS)
            if (pin[field] !== undefined)
                out[field] = pin[field];
        packages[key] = out;
    }
    return `${JSON.stringify({ version: 1, packages }, null, 2)}\n`;
}
/** The pin for what a verified attestation's certificate says, at this trust level. */
function pinFrom(identity, trust) {
    if (identity === undefined || trust === 'none')
        return { trust };
    // Only values parsed to their grammar from the certificate: `repository` is OWNER/REPO.
    const repo = (0,names/* parseRepoPath */.NP)(identity.repository);
    const signer = identity.host === undefined
        ? undefined
        : (0,names/* parseWorkflowUri */.BK)(identity.signerWorkflowUri, identity.host, { refRequired: true });
    return {
        ...(repo === undefined ? {} : { repo: (0,names/* formatRepo */.Kf)(repo) }),
        ...(identity.repositoryId === undefined ? {} : { 'repo-id': identity.repositoryId }),
        ...(identity.ownerId === undefined ? {} : { 'owner-id': identity.ownerId }),
        ...(signer === undefined ? {} : { 'signer-workflow': `${(0,names/* formatRepo */.Kf)(signer)}/${signer.path}` }),
        trust,
    };
}
/** Fields where what was found differs from the pin (owners and repositories compare ASCII case-insensitively). */
function pinDifferences(pin, found) {
    const out = [];
    for (const field of ['repo', 'repo-id', 'owner-id', 'signer-workflow']) {
        const a = pin[field];
        if (a === undefined)
            continue;
        const b = found[field];
        const same = b !== undefined &&
            (field === 'repo-id' || field === 'owner-id'
                ? a === b
                : field === 'repo'
                    ? (0,names/* asciiLower */.F)(a) === (0,names/* asciiLower */.F)(b)
                    : sameWorkflowPath(a, b));
        if (!same)
            out.push({ field, pinned: a, found: b ?? '(none)' });
    }
    return out;
}
/** `owner/repo/path`: owner and repository ASCII case-insensitive, the path exact. */
function sameWorkflowPath(a, b) {
    const split = (s) => {
        const parts = s.split('/');
        return [(0,names/* asciiLower */.F)(parts.slice(0, 2).join('/')), parts.slice(2).join('/')];
    };
    const [ra, pa] = split(a);
    const [rb, pb] = split(b);
    return ra === rb && pa === pb;
}
/** A pin as a value: its fields as the pin file names them, `KEY=VALUE`, comma-separated. */
function describePin(pin) {
    return PIN_FIELDS.flatMap((field) => pin[field] === undefined ? [] : [`${field}=${pin[field]}`]).join(', ');
}

;// CONCATENATED MODULE: ./src/core/deps/decide.ts




/**
 * What the policy makes of one package version, from facts gathered elsewhere (pure). An
 * attestation that fails to verify, a lockfile that disagrees with the registry, or a changed
 * pinned identity always fail; a missing attestation, too little trust or a downgrade fail
 * unless a valid exception covers them (a missing attestation may also only warn).
 */
function decide(input) {
    const checks = [];
    const failed = (outcome = 'failed') => ({ outcome, checks });
    if (input.source !== 'registry') {
        const where = input.requirements.notFromRegistry;
        const message = `${input.label} is a ${input.source} dependency, not from a registry: nothing to verify`;
        if (where === 'fail') {
            checks.push((0,result/* fail */.fJ)('source', 'NOT_FROM_REGISTRY', message, {
                hint: 'the policy says not-from-registry: fail; publish it to a registry, or allow it in its package rule',
            }));
            return failed();
        }
        checks.push((0,result/* skipped */.hT)('source', message));
        return { outcome: where === 'warn' ? 'warned' : 'not-from-registry', checks };
    }
    for (const problem of input.problems)
        checks.push((0,result/* fail */.fJ)('lockfile', 'LOCKFILE_INTEGRITY', `the lockfile entry: ${problem}`, {
            hint: 'regenerate the lockfile so it pins one version and the hash of its bytes',
        }));
    if (input.problems.length > 0)
        return failed();
    if (input.fetchProblem !== undefined) {
        checks.push(input.fetchProblem);
        return failed(input.fetchProblem.code === 'NETWORK' ? 'indeterminate' : 'failed');
    }
    if (input.integrity !== undefined) {
        checks.push(input.integrity);
        if (input.integrity.status === 'fail')
            return failed();
    }
    const verification = input.verification;
    let level = 'none';
    let identity;
    if (input.identity !== undefined && 'missing' in input.identity) {
        checks.push((0,result/* fail */.fJ)('expected-identity', 'NOT_PINNED', input.identity.missing, {
            hint: `name its repository in the policy file (packages: {${JSON.stringify(input.label.replace(/@[^@]*$/, ''))}: {repo: OWNER/REPO}}), or record what it is now: ${input.repin}`,
        }));
        return failed();
    }
    if (input.identity !== undefined)
        checks.push((0,result/* pass */.IX)('expected-identity', `the expected identity comes from ${IDENTITY_FROM[input.identity.from]}`));
    if (verification !== undefined) {
        if (verification.verdict === 'indeterminate')
            return failed('indeterminate');
        const failures = verification.attestations.flatMap((a) => a.checks.filter((c) => c.status === 'fail').map((c) => c.code));
        if (verification.verdict === 'verified') {
            level = input.trustedPublisher ? 'trusted-publisher' : 'provenance';
            identity = verification.attestations.find((a) => a.verdict === 'verified' && a.identity !== undefined)?.identity;
        }
        else if (!failures.every((c) => c === 'NO_ATTESTATION'))
            return failed();
    }
    const excusable = [];
    const required = input.requirements.require;
    if (levelRank(level) < levelRank(required))
        excusable.push(level === 'none'
            ? (0,result/* fail */.fJ)('trust-level', 'NO_ATTESTATION', `${input.label} has no provenance`, {
                expected: required,
                actual: 'none',
                hint: 'ask upstream to publish with provenance (npm publish --provenance, trusted publishing), or add an exception with a reason',
            })
            : (0,result/* fail */.fJ)('trust-level', 'TRUST_LEVEL', `${input.label} has ${level}, the policy requires ${required}`, {
                expected: required,
                actual: level,
            }));
    else
        checks.push((0,result/* pass */.IX)('trust-level', `${input.label} has ${level}`, required, level));
    const bar = input.bar;
    if (input.requirements.noDowngrade &&
        bar !== undefined &&
        levelRank(level) < levelRank(bar.level))
        excusable.push((0,result/* fail */.fJ)('no-downgrade', 'DOWNGRADE', `${input.label} has ${level}, but ${bar.version}${bar.published === undefined ? '' : ` (published ${bar.published})`}, published before it, had ${bar.level}`, {
            expected: bar.level,
            actual: level,
            hint: 'a version with less trust than its predecessors is how a hijacked account shows; check with upstream before accepting it with an exception',
        }));
    const pin = input.updatingPins ? undefined : input.pin;
    if (pin !== undefined && levelRank(level) < levelRank(pin.trust))
        excusable.push((0,result/* fail */.fJ)('pin', 'DOWNGRADE', `${input.label} has ${level}, less than the ${pin.trust} it was pinned with`, {
            expected: pin.trust,
            actual: level,
            hint: `check with upstream; to accept it: ${input.repin}`,
        }));
    if (pin !== undefined && level !== 'none') {
        const found = pinFrom(identity, level);
        const diff = pinDifferences(pin, found);
        if (diff.length > 0) {
            checks.push((0,result/* fail */.fJ)('pin', 'PIN_MISMATCH', `${input.label} was built by another identity than the pinned one (${diff.map((d) => `${d.field}: pinned ${d.pinned}, now ${d.found}`).join('; ')})`, {
                expected: describePin(pin),
                actual: describePin(found),
                hint: `a new repository (or one deleted and re-created) is how a takeover shows: check it; to accept the new identity: ${input.repin}`,
            }));
            return { outcome: 'failed', checks, trustLevel: level };
        }
        checks.push((0,result/* pass */.IX)('pin', `as pinned: ${describePin(pin)}`));
    }
    if (excusable.length === 0)
        return {
            // Bytes pinned by sha1 alone are a warning: nothing stronger may exist for old packages.
            outcome: input.integrity !== undefined && (0,weak/* isWeak */.F)(input.integrity) ? 'warned' : 'verified',
            checks,
            trustLevel: level,
            ...(identity === undefined ? {} : { identity }),
        };
    checks.push(...excusable);
    const valid = input.exceptions.find((e) => !isExpired(e, input.now));
    const done = (outcome) => ({
        outcome,
        checks,
        trustLevel: level,
        ...(identity === undefined ? {} : { identity }),
    });
    if (valid !== undefined) {
        checks.push((0,result/* pass */.IX)('exception', `excepted: ${valid.reason}${valid.until === undefined ? '' : ` (until ${valid.until})`}`, undefined, valid.package));
        return done('excepted');
    }
    const expired = input.exceptions[0];
    if (expired !== undefined)
        checks.push((0,result/* fail */.fJ)('exception', excusable[0]?.code ?? 'NO_ATTESTATION', `the exception for ${expired.package} expired after ${expired.until ?? ''} (${expired.reason})`, {
            hint: 'review it again: renew its until date, or remove the exception',
        }));
    const onlyMissing = excusable.every((c) => c.code === 'NO_ATTESTATION');
    if (onlyMissing && expired === undefined && input.requirements.missing === 'warn')
        return done('warned');
    return done('failed');
}
const IDENTITY_FROM = {
    policy: 'the policy file',
    pin: 'the pin file',
    'first-use': 'this first use (--update-pins)',
};
/** npm: the lockfile's SRI digests against the registry's `dist.integrity` (and `dist.shasum`). */
function compareNpmIntegrity(locked, hashNote, registry) {
    if (locked.length === 0 && hashNote !== undefined)
        return (0,result/* skipped */.hT)('lockfile-integrity', hashNote);
    const common = locked.filter((l) => registry.some((r) => r.algorithm === l.algorithm));
    // Digests as everywhere in the result: ALG:HEX in full, comma-separated.
    const show = (hashes) => hashes.map((h) => `${h.algorithm}:${h.hex}`).join(', ');
    if (common.length === 0)
        return (0,result/* fail */.fJ)('lockfile-integrity', 'LOCKFILE_INTEGRITY', 'the lockfile and the registry share no digest algorithm', {
            expected: show(registry),
            actual: show(locked),
            hint: 'regenerate the lockfile with a current package manager (it records sha512)',
        });
    const differs = common.find((l) => registry.find((r) => r.algorithm === l.algorithm)?.hex !== l.hex);
    if (differs !== undefined)
        return (0,result/* fail */.fJ)('lockfile-integrity', 'LOCKFILE_INTEGRITY', "the lockfile's integrity differs from the registry's: the lockfile pins other bytes", {
            expected: show(registry.filter((r) => r.algorithm === differs.algorithm)),
            actual: show([differs]),
            hint: 'someone changed the lockfile or the registry; find out which before installing',
        });
    const strong = common.some((h) => h.algorithm !== 'sha1');
    return (0,result/* pass */.IX)('lockfile-integrity', strong
        ? "the lockfile's integrity is the registry's"
        : `${weak/* WEAK_AGREEMENT */.o} (sha1 only, which does not bind: regenerate the lockfile to record sha512)`, show(registry), show(common));
}
/** PyPI: every locked hash must be a file of this version on the index; those files are the ones to verify. */
function matchPypiFiles(locked, version, files) {
    const matched = [];
    const listed = files.filter((f) => f.version !== undefined && sameVersion(f.version, version));
    for (const hash of locked) {
        const file = hash.algorithm === 'sha256' ? files.find((f) => f.sha256 === hash.hex) : undefined;
        if (file === undefined ||
            file.version === undefined ||
            !sameVersion(file.version, version) ||
            (hash.file !== undefined && hash.file !== file.filename))
            return {
                check: (0,result/* fail */.fJ)('lockfile-integrity', 'LOCKFILE_INTEGRITY', `the lockfile pins ${hash.file ?? 'a file'} that the index does not list for version ${version} (${listed.length === 0 ? 'it lists no file of that version' : `it lists ${listed.map((f) => f.filename).join(', ')}`})`, {
                    expected: listed.map((f) => `sha256:${f.sha256}`).join(' | ') || undefined,
                    actual: `${hash.algorithm}:${hash.hex}`,
                    hint: 'someone changed the lockfile or the index; find out which before installing',
                }),
                files: [],
            };
        if (!matched.includes(file))
            matched.push(file);
    }
    return {
        check: (0,result/* pass */.IX)('lockfile-integrity', `every locked hash is a file of ${version} on the index (${matched.length} file(s))`),
        files: matched,
    };
}
/** PEP 440 versions compare after normalisation; here, case and a leading `v` aside, exactly. */
function sameVersion(a, b) {
    const n = (v) => v.toLowerCase().replace(/^v/, '');
    return n(a) === n(b);
}

// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(99547);
;// CONCATENATED MODULE: ./src/core/deps/lockfiles/json-tree.ts


/** Offsets → 1-based line numbers, by binary search over the line starts. */
class LineIndex {
    starts = [0];
    constructor(text) {
        for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
            this.starts.push(i + 1);
    }
    line(offset) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if ((this.starts[mid] ?? 0) <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    }
}
/**
 * Parse a JSON lockfile keeping positions (jsonc-parser's syntax tree). `jsonc` allows comments
 * and trailing commas (bun.lock); otherwise the text must be plain JSON as npm writes it.
 * Duplicate keys anywhere are refused: readers disagree on which one counts.
 */
function parseJsonTree(file, text, jsonc) {
    const errors = [];
    const lines = new LineIndex(text);
    const root = (0,main.parseTree)(text, errors, {
        allowTrailingComma: jsonc,
        disallowComments: !jsonc,
        allowEmptyContent: false,
    });
    const first = errors[0];
    if (first !== undefined || root === undefined)
        throw lockfileError(file, first === undefined ? undefined : lines.line(first.offset), `not valid ${jsonc ? 'JSONC' : 'JSON'}${first === undefined ? '' : ` (${(0,main.printParseErrorCode)(first.error)})`}`);
    refuseDuplicates(file, root, lines);
    return { root, lines };
}
function refuseDuplicates(file, node, lines) {
    const stack = [node];
    while (stack.length > 0) {
        const n = stack.pop();
        if (n.type === 'object') {
            const seen = new Set();
            for (const prop of n.children ?? []) {
                const key = prop.children?.[0];
                const k = String(key?.value);
                if (seen.has(k) || k === '__proto__')
                    throw lockfileError(file, lines.line(key?.offset ?? 0), `key ${JSON.stringify(k)} appears twice`);
                seen.add(k);
            }
        }
        for (const child of n.children ?? [])
            stack.push(child);
    }
}
/** The properties of an object node: key, value node and the key's line. */
function members(node, lines) {
    if (node?.type !== 'object')
        return [];
    return (node.children ?? []).flatMap((prop) => {
        const [key, value] = prop.children ?? [];
        return key === undefined || value === undefined
            ? []
            : [{ key: String(key.value), value, line: lines.line(key.offset) }];
    });
}
/** The value node of a property, or undefined. */
function member(node, key) {
    if (node?.type !== 'object')
        return undefined;
    for (const prop of node.children ?? []) {
        const [k, v] = prop.children ?? [];
        if (k?.value === key)
            return v;
    }
    return undefined;
}
/** A string property's value, or undefined when absent or not a string. */
function stringAt(node, key) {
    const v = member(node, key);
    return v?.type === 'string' && typeof v.value === 'string' ? v.value : undefined;
}
function booleanAt(node, key) {
    return member(node, key)?.value === true;
}

;// CONCATENATED MODULE: ./src/core/deps/lockfiles/bun-lock.ts



/**
 * `bun.lock` (text lockfile, versions 0 and 1): JSON with trailing commas, read with
 * jsonc-parser (the parser VS Code uses for JSONC). `packages` is keyed by install path
 * (`parent/child` when nested); each value is `[ "name@version", registry, meta, integrity ]`
 * for registry packages and `[ "name@workspace:…" | "name@file:…" | "name@github:…", … ]` otherwise.
 */
function parseBunLock(file, text) {
    const { root, lines } = parseJsonTree(file, text, true);
    const version = member(root, 'lockfileVersion')?.value;
    if (version !== 0 && version !== 1)
        throw lockfileError(file, 1, `bun lockfileVersion ${JSON.stringify(version ?? null)} is not 0 or 1`);
    const entries = members(member(root, 'packages'), lines).map(({ key, value, line }) => {
        const tuple = (0,main.getNodeValue)(value);
        const id = Array.isArray(tuple) && typeof tuple[0] === 'string' ? tuple[0] : undefined;
        const split = id === undefined ? undefined : splitNameAt(id);
        if (split === undefined)
            throw lockfileError(file, line, `package ${JSON.stringify(key)} has no NAME@VERSION`);
        const [name, rest] = split;
        const alias = aliasOf(key, name);
        const base = {
            ecosystem: 'npm',
            name,
            ...(alias === undefined ? {} : { alias }),
            file,
            line,
        };
        if (!NPM_VERSION.test(rest))
            return {
                ...base,
                version: undefined,
                source: nonRegistryKind(rest) ?? 'file',
                hashes: [],
                resolved: rest,
            };
        const integrity = Array.isArray(tuple) && typeof tuple[3] === 'string' ? tuple[3] : undefined;
        const registryUrl = Array.isArray(tuple) && typeof tuple[1] === 'string' && tuple[1] !== ''
            ? tuple[1]
            : undefined;
        const hashes = integrity === undefined ? 'no integrity is locked' : hashesFromSri(integrity);
        return {
            ...base,
            version: rest,
            source: 'registry',
            hashes: typeof hashes === 'string' ? [] : hashes,
            ...(registryUrl === undefined ? {} : { resolved: registryUrl }),
            ...(typeof hashes === 'string' ? { problem: hashes } : {}),
        };
    });
    return { path: file, format: `bun.lock v${version}`, ecosystem: 'npm', entries, notes: [] };
}
/** The installed name is the key's last package segment (`a/@s/b` → `@s/b`); an alias when it differs. */
function aliasOf(key, name) {
    const parts = key.split('/');
    const last = parts.at(-1) ?? key;
    const installed = parts.length >= 2 && parts.at(-2)?.startsWith('@') === true ? `${parts.at(-2)}/${last}` : last;
    return installed === name ? undefined : installed;
}

;// CONCATENATED MODULE: ./src/core/deps/lockfiles/npm-lock.ts


/**
 * `package-lock.json` / `npm-shrinkwrap.json`, lockfile versions 1, 2 and 3. Versions 2 and 3
 * are read from `packages` (as npm does); version 1 from the nested `dependencies` tree.
 */
function parseNpmLock(file, text) {
    const { root, lines } = parseJsonTree(file, text, false);
    const version = member(root, 'lockfileVersion')?.value;
    if (version !== 1 && version !== 2 && version !== 3)
        throw lockfileError(file, 1, `lockfileVersion ${JSON.stringify(version ?? null)} is not 1, 2 or 3`);
    const packages = member(root, 'packages');
    const entries = version === 1 || packages === undefined
        ? v1Entries(file, member(root, 'dependencies'), lines)
        : packagesEntries(file, packages, lines);
    return {
        path: file,
        format: `${basename(file)} v${version}`,
        ecosystem: 'npm',
        entries,
        notes: [],
    };
}
function basename(file) {
    return file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
}
/** v2/v3: `packages` keyed by install path (`node_modules/a/node_modules/@s/b`). */
function packagesEntries(file, packages, lines) {
    const all = members(packages, lines);
    const folders = new Set(all.map((m) => m.key));
    return all.flatMap(({ key, value, line }) => {
        if (key === '')
            return [];
        const at = key.lastIndexOf('node_modules/');
        const base = { ecosystem: 'npm', file, line };
        const declared = stringAt(value, 'name');
        const resolved = stringAt(value, 'resolved');
        if (at < 0) {
            // A folder of its own: a workspace member inside the project, or a link target outside it.
            const name = declared ?? key.slice(key.lastIndexOf('/') + 1);
            const source = key.startsWith('../') || key.startsWith('/') ? 'link' : 'workspace';
            return [
                { ...base, name, version: stringAt(value, 'version'), source, hashes: [], resolved: key },
            ];
        }
        const installed = key.slice(at + 'node_modules/'.length);
        const name = declared ?? installed;
        const alias = name === installed ? {} : { alias: installed };
        if (booleanAt(value, 'link')) {
            // The folder it links to has an entry of its own (above); list a link only once.
            const target = resolved ?? '';
            if (folders.has(target))
                return [];
            return [
                {
                    ...base,
                    name,
                    ...alias,
                    version: undefined,
                    source: 'link',
                    hashes: [],
                    resolved: target,
                },
            ];
        }
        // Bundled dependencies arrive inside their parent's tarball, covered by its integrity.
        if (booleanAt(value, 'inBundle'))
            return [];
        return [
            registryOrOther(base, name, alias, stringAt(value, 'version'), resolved, stringAt(value, 'integrity')),
        ];
    });
}
/** v1: `dependencies` nested by install tree, each with `version` (semver, `npm:`, URL, path). */
function v1Entries(file, deps, lines) {
    const out = [];
    const walk = (node) => {
        for (const { key, value, line } of members(node, lines)) {
            if (value.type !== 'object')
                throw lockfileError(file, line, `dependency ${JSON.stringify(key)} is not an object`);
            walk(member(value, 'dependencies'));
            if (booleanAt(value, 'bundled'))
                continue;
            const base = { ecosystem: 'npm', file, line };
            let version = stringAt(value, 'version') ?? '';
            let name = key;
            if (version.startsWith('npm:')) {
                const real = splitNameAt(version.slice(4));
                if (real === undefined)
                    throw lockfileError(file, line, `alias ${JSON.stringify(version)} names no version`);
                [name, version] = real;
            }
            const alias = name === key ? {} : { alias: key };
            const kind = NPM_VERSION.test(version) ? undefined : nonRegistryKind(version);
            if (kind !== undefined) {
                out.push({
                    ...base,
                    name,
                    ...alias,
                    version: undefined,
                    source: kind,
                    hashes: [],
                    resolved: version,
                });
                continue;
            }
            out.push(registryOrOther(base, name, alias, version, stringAt(value, 'resolved'), stringAt(value, 'integrity')));
        }
    };
    walk(deps);
    return out;
}
/** An entry that names a version: from the registry when its tarball URL says so. */
function registryOrOther(base, name, alias, version, resolved, integrity) {
    const other = resolved === undefined ? undefined : nonRegistryKind(resolved);
    const registry = version !== undefined &&
        NPM_VERSION.test(version) &&
        (resolved === undefined || (other === 'tarball' && isRegistryTarball(resolved, name, version)));
    const hashes = integrity === undefined ? 'no integrity is locked' : hashesFromSri(integrity);
    const withResolved = resolved === undefined ? {} : { resolved };
    if (!registry)
        return {
            ...base,
            name,
            ...alias,
            version,
            source: other ?? 'tarball',
            hashes: typeof hashes === 'string' ? [] : hashes,
            ...withResolved,
        };
    return {
        ...base,
        name,
        ...alias,
        version,
        source: 'registry',
        hashes: typeof hashes === 'string' ? [] : hashes,
        ...withResolved,
        ...(typeof hashes === 'string' ? { problem: hashes } : {}),
    };
}

;// CONCATENATED MODULE: ./src/core/deps/lockfiles/yaml-tree.ts


/**
 * Parse YAML keeping positions. Every scalar stays a string (the failsafe schema: `1.10` is not
 * the number 1.1), keys must be unique, and any error is refused with its line.
 */
function parseYamlTree(file, text) {
    const lines = new yaml_dist/* LineCounter */.HN();
    const doc = (0,yaml_dist/* parseDocument */.Tp)(text, {
        lineCounter: lines,
        uniqueKeys: true,
        schema: 'failsafe',
        prettyErrors: false,
    });
    const first = doc.errors[0];
    if (first !== undefined)
        throw lockfileError(file, lines.linePos(first.pos[0]).line, `not valid YAML (${first.code})`);
    return { doc, lines };
}
/** The entries of a mapping: key text, the plain JS value, and the key's line. */
function mapEntries(node, tree) {
    if (!(0,yaml_dist/* isMap */.jh)(node))
        return [];
    return node.items.flatMap((pair) => {
        const key = pair.key;
        if (!(0,yaml_dist/* isScalar */.jn)(key))
            return [];
        const value = (0,yaml_dist/* isMap */.jh)(pair.value) || !(0,yaml_dist/* isScalar */.jn)(pair.value) ? pair.value : pair.value.value;
        return [{ key: String(key.value), value, line: tree.lines.linePos(key.range?.[0] ?? 0).line }];
    });
}
/** A node's plain JS value (maps to objects, scalars to strings). */
function plain(node) {
    if (node !== null && typeof node === 'object' && 'toJSON' in node)
        return node.toJSON();
    return node;
}
function str(obj, key) {
    if (obj === null || typeof obj !== 'object')
        return undefined;
    const v = obj[key];
    return typeof v === 'string' ? v : undefined;
}

;// CONCATENATED MODULE: ./src/core/deps/lockfiles/pnpm-lock.ts



const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies'];
/**
 * `pnpm-lock.yaml`, lockfile versions 6 to 9 (pnpm 8 to 10). `packages` is keyed by the real
 * package (`/name@1.0.0(peer@2)` in 6 and 7, `name@1.0.0` in 9), so aliases are resolved
 * already; importers' `link:` dependencies are workspace or local links.
 */
function parsePnpmLock(file, text) {
    const tree = parseYamlTree(file, text);
    const declared = tree.doc.get('lockfileVersion');
    const version = typeof declared === 'string' ? declared : '';
    const major = Number(/^(\d+)\./.exec(version)?.[1] ?? NaN);
    if (!(major >= 6 && major <= 9))
        throw lockfileError(file, 1, `pnpm lockfileVersion ${JSON.stringify(version)} is not supported (6.0 to 9.0: pnpm 8 and later)`);
    const entries = [];
    for (const { key, value, line } of mapEntries(tree.doc.get('packages'), tree))
        entries.push(packageEntry(file, key, plain(value), line));
    entries.push(...linkEntries(file, tree));
    return { path: file, format: `pnpm-lock.yaml ${version}`, ecosystem: 'npm', entries, notes: [] };
}
function packageEntry(file, key, value, line) {
    // `/name@1.0.0(peer@1)(other@2)` → `name@1.0.0`; older non-registry keys carry name/version fields.
    const bare = key.replace(/^\//, '').replace(/\(.*$/, '');
    const split = splitNameAt(bare);
    const name = str(value, 'name') ?? split?.[0];
    const keyVersion = split?.[1];
    const version = str(value, 'version') ?? keyVersion;
    if (name === undefined)
        throw lockfileError(file, line, `package key ${JSON.stringify(key)} names no package`);
    const resolution = value?.resolution;
    const base = { ecosystem: 'npm', name, file, line };
    const type = str(resolution, 'type');
    const tarball = str(resolution, 'tarball');
    const integrity = str(resolution, 'integrity');
    let source;
    if (type === 'git')
        source = 'git';
    else if (type === 'directory')
        source = 'directory';
    else if (tarball?.startsWith('file:') === true)
        source = 'file';
    else if (keyVersion !== undefined && !NPM_VERSION.test(keyVersion))
        source = nonRegistryKind(keyVersion) ?? 'tarball';
    else if (split === undefined)
        source = nonRegistryKind(tarball ?? '') ?? 'tarball';
    const resolved = tarball ?? str(resolution, 'repo') ?? str(resolution, 'directory');
    const withResolved = resolved === undefined ? {} : { resolved };
    if (source !== undefined)
        return {
            ...base,
            version: NPM_VERSION.test(version ?? '') ? version : undefined,
            source,
            hashes: [],
            ...withResolved,
        };
    const hashes = integrity === undefined ? 'no integrity is locked' : hashesFromSri(integrity);
    return {
        ...base,
        version,
        source: 'registry',
        hashes: typeof hashes === 'string' ? [] : hashes,
        ...withResolved,
        ...(typeof hashes === 'string' ? { problem: hashes } : {}),
    };
}
/** Importers' (or a v6 single project's) dependencies on `link:` paths. */
function linkEntries(file, tree) {
    const importers = tree.doc.get('importers');
    const projects = (0,yaml_dist/* isMap */.jh)(importers)
        ? mapEntries(importers, tree).map((i) => ({ at: i.key, node: i.value }))
        : [{ at: '.', node: tree.doc.contents }];
    const members = new Set(projects.map((p) => p.at));
    const out = [];
    for (const { at, node } of projects) {
        if (!(0,yaml_dist/* isMap */.jh)(node))
            continue;
        for (const field of DEPENDENCY_FIELDS)
            for (const dep of mapEntries(node.get(field), tree)) {
                const value = plain(dep.value);
                const version = typeof value === 'string' ? value : str(value, 'version');
                if (version?.startsWith('link:') !== true)
                    continue;
                const target = joinPath(at, version.slice('link:'.length));
                out.push({
                    ecosystem: 'npm',
                    name: dep.key,
                    version: undefined,
                    source: members.has(target) ? 'workspace' : 'link',
                    hashes: [],
                    resolved: target,
                    file,
                    line: dep.line,
                });
            }
    }
    return out;
}
/** `packages/app` + `../util` → `packages/util` (POSIX, as pnpm writes them). */
function joinPath(from, rel) {
    const parts = from === '.' ? [] : from.split('/');
    for (const seg of rel.split('/')) {
        if (seg === '..' && parts.length > 0 && parts.at(-1) !== '..')
            parts.pop();
        else if (seg !== '.' && seg !== '')
            parts.push(seg);
    }
    return parts.length === 0 ? '.' : parts.join('/');
}

// EXTERNAL MODULE: ./node_modules/toml-eslint-parser/lib/index.mjs + 3 modules
var lib = __webpack_require__(55614);
;// CONCATENATED MODULE: ./src/core/deps/lockfiles/toml-tree.ts


/**
 * Parse a TOML lockfile with toml-eslint-parser (TOML 1.0, with positions), so every
 * `[[package]]` entry knows the line of its header. Repeated keys are a parse error in TOML.
 */
function parseTomlDoc(file, text) {
    let ast;
    try {
        ast = (0,lib/* parseTOML */.MD)(text);
    }
    catch (err) {
        if (err instanceof lib/* ParseError */.mB)
            throw lockfileError(file, err.lineNumber, `not valid TOML (${err.message})`);
        throw err;
    }
    const value = (0,lib/* getStaticTOMLValue */.AY)(ast);
    const lines = new Map();
    for (const node of ast.body[0]?.body ?? []) {
        if (node.type === 'TOMLTable' && node.kind === 'array' && node.resolvedKey.length === 2)
            lines.set(`${String(node.resolvedKey[0])}\u0000${String(node.resolvedKey[1])}`, node.loc.start.line);
        if (node.type === 'TOMLKeyValue' && node.key.keys.length === 1) {
            const k = node.key.keys[0];
            const name = k?.type === 'TOMLBare' ? k.name : k?.value;
            if (node.value.type === 'TOMLArray')
                node.value.elements.forEach((el, i) => lines.set(`${String(name)}\u0000${i}`, el.loc.start.line));
        }
    }
    return { value, tableLine: (name, index) => lines.get(`${name}\u0000${index}`) ?? 1 };
}
function isTable(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
function tstr(obj, key) {
    if (!isTable(obj))
        return undefined;
    const v = obj[key];
    return typeof v === 'string' ? v : undefined;
}

;// CONCATENATED MODULE: ./src/core/deps/lockfiles/python-locks.ts


const REGISTRY_NOTE = { ecosystem: 'pypi' };
/** A registry entry with the files the lockfile pins; no pinned file is a problem. */
function registryEntry(file, line, name, version, hashes, index, bad) {
    const problem = bad ??
        (version === undefined
            ? 'no version'
            : hashes.length === 0
                ? 'no file hash is locked'
                : undefined);
    return {
        ...REGISTRY_NOTE,
        name: normalizePypiName(name),
        version,
        source: 'registry',
        hashes,
        ...(index === undefined ? {} : { index }),
        file,
        line,
        ...(problem === undefined ? {} : { problem }),
    };
}
function otherEntry(file, line, name, version, source, resolved) {
    return {
        ...REGISTRY_NOTE,
        name: normalizePypiName(name),
        version,
        source,
        hashes: [],
        ...(resolved === undefined ? {} : { resolved }),
        file,
        line,
    };
}
/** Each `[[KEY]]` table with its header line, name and version (a nameless one is refused). */
function packageTables(file, doc, key) {
    const v = doc.value[key];
    return (Array.isArray(v) ? v : []).map((pkg, i) => {
        const line = doc.tableLine(key, i);
        const name = tstr(pkg, 'name');
        if (name === undefined || !isTable(pkg))
            throw lockfileError(file, line, 'package without a name');
        return { pkg, line, name, version: tstr(pkg, 'version') };
    });
}
/** The hashes of a package's files; one that is not a sha256 is the entry's problem. */
function fileHashes(files, hashOf, describe) {
    const hashes = [];
    let bad;
    for (const f of files) {
        const hash = hashOf(f);
        if (hash === undefined)
            bad = describe(f);
        else
            hashes.push(hash);
    }
    return { hashes, bad };
}
/** `sha256:HEX` hashes in `hash` fields (uv, poetry), each with its file's name. */
function prefixedHashes(files, nameOf) {
    return fileHashes(files, (f) => hashFromPrefixed(tstr(f, 'hash') ?? '', nameOf(f)), (f) => `a file hash ${JSON.stringify(tstr(f, 'hash') ?? null)} is not sha256:HEX`);
}
/** `uv.lock` (version 1): `[[package]]` with `source = { registry | git | url | path | directory | editable | virtual }`. */
function parseUvLock(file, text) {
    const doc = parseTomlDoc(file, text);
    if (doc.value.version !== 1)
        throw lockfileError(file, 1, `uv.lock version ${JSON.stringify(doc.value.version ?? null)} is not 1`);
    const entries = packageTables(file, doc, 'package').map(({ pkg, line, name, version }) => {
        const registry = tstr(pkg.source, 'registry');
        if (registry === undefined) {
            const [kind, where] = uvSource(pkg.source);
            return otherEntry(file, line, name, version, kind, where);
        }
        const files = [
            ...(isTable(pkg.sdist) ? [pkg.sdist] : []),
            ...(Array.isArray(pkg.wheels) ? pkg.wheels : []),
        ];
        const { hashes, bad } = prefixedHashes(files, (f) => {
            const url = tstr(f, 'url');
            return url === undefined ? undefined : fileNameOf(url);
        });
        return registryEntry(file, line, name, version, hashes, registry, bad);
    });
    return { path: file, format: 'uv.lock v1', ecosystem: 'pypi', entries, notes: [] };
}
function uvSource(source) {
    if (tstr(source, 'git') !== undefined)
        return ['git', tstr(source, 'git')];
    if (tstr(source, 'url') !== undefined)
        return ['tarball', tstr(source, 'url')];
    if (tstr(source, 'editable') !== undefined || tstr(source, 'virtual') !== undefined)
        return ['workspace', tstr(source, 'editable') ?? tstr(source, 'virtual')];
    if (tstr(source, 'directory') !== undefined)
        return ['directory', tstr(source, 'directory')];
    if (tstr(source, 'path') !== undefined)
        return ['file', tstr(source, 'path')];
    return ['file', undefined];
}
const POETRY_SOURCES = {
    git: 'git',
    url: 'tarball',
    directory: 'directory',
    file: 'file',
};
/** `poetry.lock` (lock-version 1.1 to 2.x): `[[package]]` with `files`, or `[metadata.files]` in 1.1. */
function parsePoetryLock(file, text) {
    const doc = parseTomlDoc(file, text);
    const metadata = isTable(doc.value.metadata) ? doc.value.metadata : {};
    const lockVersion = tstr(metadata, 'lock-version') ?? '?';
    const oldFiles = isTable(metadata.files) ? metadata.files : {};
    const entries = packageTables(file, doc, 'package').map(({ pkg, line, name, version }) => {
        const type = tstr(pkg.source, 'type');
        if (type !== undefined && type !== 'legacy')
            return otherEntry(file, line, name, version, POETRY_SOURCES[type] ?? 'file', tstr(pkg.source, 'url'));
        const list = Array.isArray(pkg.files) ? pkg.files : oldFiles[name];
        const { hashes, bad } = prefixedHashes(Array.isArray(list) ? list : [], (f) => tstr(f, 'file'));
        const index = type === 'legacy' ? tstr(pkg.source, 'url') : undefined;
        return registryEntry(file, line, name, version, hashes, index, bad);
    });
    return {
        path: file,
        format: `poetry.lock ${lockVersion}`,
        ecosystem: 'pypi',
        entries,
        notes: [],
    };
}
/** `pylock.toml` (PEP 751, lock-version 1.0): `[[packages]]` with `wheels`, `sdist`, `vcs`, `directory`, `archive`. */
function parsePylock(file, text) {
    const doc = parseTomlDoc(file, text);
    const lockVersion = tstr(doc.value, 'lock-version');
    if (lockVersion === undefined || !/^1\.\d+$/.test(lockVersion))
        throw lockfileError(file, 1, `lock-version ${JSON.stringify(lockVersion ?? null)} is not 1.x`);
    const entries = packageTables(file, doc, 'packages').map(({ pkg, line, name, version }) => {
        if (isTable(pkg.vcs))
            return otherEntry(file, line, name, version, 'git', tstr(pkg.vcs, 'url'));
        if (isTable(pkg.directory))
            return otherEntry(file, line, name, version, 'directory', tstr(pkg.directory, 'path'));
        if (isTable(pkg.archive)) {
            const url = tstr(pkg.archive, 'url');
            return otherEntry(file, line, name, version, url === undefined ? 'file' : 'tarball', url ?? tstr(pkg.archive, 'path'));
        }
        const files = [
            ...(isTable(pkg.sdist) ? [pkg.sdist] : []),
            ...(Array.isArray(pkg.wheels) ? pkg.wheels : []),
        ];
        const fileName = (f) => tstr(f, 'name') ?? fileNameOf(tstr(f, 'url') ?? tstr(f, 'path') ?? '');
        const { hashes, bad } = fileHashes(files, (f) => {
            const sha256 = isTable(f) ? tstr(f.hashes, 'sha256') : undefined;
            return sha256 === undefined ? undefined : hashFromPrefixed(`sha256:${sha256}`, fileName(f));
        }, (f) => `file ${JSON.stringify(fileName(f))} has no sha256 hash`);
        return registryEntry(file, line, name, version, hashes, tstr(pkg, 'index'), bad);
    });
    return {
        path: file,
        format: `pylock.toml ${lockVersion}`,
        ecosystem: 'pypi',
        entries,
        notes: [],
    };
}
/**
 * `requirements.txt` as pip-compile writes it for `--require-hashes`: `name==version` with
 * `--hash=sha256:…` options, `\` continuations, comments and environment markers. pip's format
 * has no maintained JavaScript parser that keeps `--hash` options (pip-requirements-js drops
 * them), so this small line reader follows pip's documented rules. Anything that does not pin
 * one version is a problem of its entry; `-r`/`-c` includes are listed, not followed.
 */
function parseRequirements(file, text) {
    const entries = [];
    const notes = [];
    for (const { line, text: logical } of logicalLines(text)) {
        const body = logical.replace(/(^|\s)#.*$/, '').trim();
        if (body === '')
            continue;
        const include = /^(-r|--requirement|-c|--constraint)(?:\s+|=)(\S+)/.exec(body);
        if (include !== null) {
            notes.push(`${file}:${line}: ${include[2] ?? ''} is not followed; give it as a lockfile of its own`);
            continue;
        }
        const editable = /^(-e|--editable)(?:\s+|=)(\S+)/.exec(body);
        if (editable !== null) {
            const target = editable[2] ?? '';
            const egg = /#egg=([A-Za-z0-9._-]+)/.exec(target)?.[1] ?? fileNameOf(target);
            entries.push(otherEntry(file, line, egg, undefined, /^(git|hg|svn|bzr)\+/.test(target) ? 'git' : 'directory', target));
            continue;
        }
        if (body.startsWith('-'))
            continue; // global options: --index-url, --find-links, --require-hashes, ...
        const [spec, options] = splitOptions(body);
        const hashes = [];
        let bad;
        for (const opt of options) {
            const m = /^--hash(?:=|\s+)(\S+)$/.exec(opt);
            if (m === null)
                continue;
            const hash = hashFromPrefixed(m[1] ?? '');
            if (hash === undefined)
                bad = `--hash ${JSON.stringify(m[1])} is not sha256/384/512:HEX`;
            else
                hashes.push(hash);
        }
        const requirement = spec.replace(/;.*$/, '').trim();
        const url = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*@\s*(\S+)$/.exec(requirement);
        if (url !== null) {
            const target = url[2] ?? '';
            entries.push(otherEntry(file, line, url[1] ?? '', undefined, /^(git|hg|svn|bzr)\+/.test(target) ? 'git' : /^file:/.test(target) ? 'file' : 'tarball', target));
            continue;
        }
        if (/^(\.{0,2}\/|[a-z]+:\/\/)/i.test(requirement)) {
            entries.push(otherEntry(file, line, fileNameOf(requirement), undefined, /^https?:/.test(requirement) ? 'tarball' : 'file', requirement));
            continue;
        }
        const pinned = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*===?\s*([A-Za-z0-9][A-Za-z0-9.+!_-]*)$/.exec(requirement);
        if (pinned === null) {
            const name = /^[A-Za-z0-9][A-Za-z0-9._-]*/.exec(requirement)?.[0] ?? requirement;
            entries.push(registryEntry(file, line, name, undefined, hashes, undefined, `${JSON.stringify(requirement)} does not pin one version (NAME==VERSION)`));
            continue;
        }
        entries.push(registryEntry(file, line, pinned[1] ?? '', pinned[2], hashes, undefined, bad));
    }
    return { path: file, format: 'requirements.txt', ecosystem: 'pypi', entries, notes };
}
/** Join `\`-continued lines; each logical line keeps the number of its first physical line. */
function logicalLines(text) {
    const out = [];
    let current;
    text.split(/\r?\n/).forEach((raw, i) => {
        const continued = /\\$/.test(raw);
        const part = continued ? raw.slice(0, -1) : raw;
        if (current === undefined)
            current = { line: i + 1, text: part };
        else
            current.text += ` ${part}`;
        if (!continued) {
            out.push(current);
            current = undefined;
        }
    });
    if (current !== undefined)
        out.push(current);
    return out;
}
/** The requirement, then its per-requirement options (`--hash=…`). */
function splitOptions(body) {
    const at = body.search(/\s--[a-z]/);
    if (at < 0)
        return [body, []];
    const options = body
        .slice(at)
        .trim()
        .split(/\s+(?=--)/)
        .map((o) => o.trim());
    return [body.slice(0, at), options];
}

// EXTERNAL MODULE: ./node_modules/@yarnpkg/parsers/lib/index.js
var parsers_lib = __webpack_require__(67823);
;// CONCATENATED MODULE: ./src/core/deps/lockfiles/yarn-lock.ts


/**
 * `yarn.lock`, classic (v1) and berry (v2 and later), read by yarn's own parser
 * (`@yarnpkg/parsers`). That parser forgets lines and lets a repeated key win silently, so the
 * top-level keys are also located by line here, and a descriptor listed twice is refused.
 */
function parseYarnLock(file, text) {
    let parsed;
    try {
        parsed = (0,parsers_lib/* parseSyml */["do"])(text);
    }
    catch (err) {
        const line = /line (\d+)|\((\d+):\d+\)/.exec(err instanceof Error ? err.message : '');
        throw lockfileError(file, line ? Number(line[1] ?? line[2]) : undefined, 'not a valid yarn.lock');
    }
    const keys = keyLines(file, text);
    const berry = isObject(parsed.__metadata);
    const entries = [];
    for (const { descriptors, line } of keys) {
        if (descriptors[0] === '__metadata')
            continue;
        const fields = parsed[berry ? descriptors.join(', ') : (descriptors[0] ?? '')];
        if (!isObject(fields))
            throw lockfileError(file, line, 'entry not found by the parser');
        entries.push(berry
            ? berryEntry(file, line, descriptors, fields)
            : classicEntry(file, line, descriptors, fields));
    }
    const parsedCount = Object.keys(parsed).filter((k) => k !== '__metadata').length;
    const scanned = berry ? entries.length : keys.reduce((n, k) => n + k.descriptors.length, 0);
    if (parsedCount !== scanned)
        throw lockfileError(file, undefined, `${parsedCount} entries parsed but ${scanned} key lines found`);
    const metadata = berry ? parsed.__metadata : {};
    const format = berry
        ? `yarn.lock (berry, v${typeof metadata.version === 'string' ? metadata.version : '?'})`
        : 'yarn.lock (classic v1)';
    return { path: file, format, ecosystem: 'npm', entries, notes: [] };
}
function isObject(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
/** Top-level keys (`"a@^1", a@^2:` in classic, `"a@npm:^1, a@npm:^2":` in berry) and their lines. */
function keyLines(file, text) {
    const out = [];
    const seen = new Set();
    text.split(/\r?\n/).forEach((raw, i) => {
        if (raw === '' || /^[\s#]/.test(raw))
            return;
        const m = /^(.*?):\s*$/.exec(raw);
        if (m === null)
            throw lockfileError(file, i + 1, 'a top-level line that is not an entry key');
        const descriptors = splitKey(m[1] ?? '')
            .flatMap((item) => item.split(/,\s*/))
            .map((d) => d.trim())
            .filter((d) => d !== '');
        for (const d of descriptors) {
            if (seen.has(d))
                throw lockfileError(file, i + 1, `${JSON.stringify(d)} is listed twice`);
            seen.add(d);
        }
        out.push({ descriptors, line: i + 1 });
    });
    return out;
}
/** `"a", b, "c"` → items; quoted items are JSON strings. */
function splitKey(key) {
    const items = [];
    let rest = key.trim();
    while (rest !== '') {
        if (rest.startsWith('"')) {
            const end = /^"(?:[^"\\]|\\.)*"/.exec(rest);
            if (end === null)
                return [key];
            items.push(JSON.parse(end[0]));
            rest = rest.slice(end[0].length).replace(/^\s*,\s*/, '');
        }
        else {
            const comma = rest.indexOf(',');
            items.push(comma < 0 ? rest : rest.slice(0, comma));
            rest = comma < 0 ? '' : rest.slice(comma + 1).trim();
        }
    }
    return items;
}
/** Classic: `version`, `resolved` (tarball URL `#sha1`), `integrity` (SRI, yarn >= 1.10). */
function classicEntry(file, line, descriptors, fields) {
    const first = splitNameAt(descriptors[0] ?? '');
    if (first === undefined)
        throw lockfileError(file, line, `${JSON.stringify(descriptors[0])} is not NAME@RANGE`);
    const [installed, range] = first;
    let name = installed;
    if (range.startsWith('npm:'))
        name = splitNameAt(range.slice(4))?.[0] ?? range.slice(4);
    const version = typeof fields.version === 'string' ? fields.version : undefined;
    const resolved = typeof fields.resolved === 'string' ? fields.resolved : undefined;
    const integrity = typeof fields.integrity === 'string' ? fields.integrity : undefined;
    const base = {
        ecosystem: 'npm',
        name,
        ...(name === installed ? {} : { alias: installed }),
        file,
        line,
        ...(resolved === undefined ? {} : { resolved }),
    };
    const rangeKind = range.startsWith('npm:') ? undefined : nonRegistryKind(range);
    const registry = rangeKind === undefined &&
        version !== undefined &&
        NPM_VERSION.test(version) &&
        resolved !== undefined &&
        isRegistryTarball(resolved, name, version);
    if (!registry)
        return {
            ...base,
            version,
            source: rangeKind ?? (resolved === undefined ? 'file' : (nonRegistryKind(resolved) ?? 'tarball')),
            hashes: [],
        };
    let hashes;
    if (integrity !== undefined)
        hashes = hashesFromSri(integrity);
    else {
        const sha1 = /#([0-9a-f]{40})$/.exec(resolved ?? '')?.[1];
        hashes = sha1 === undefined ? 'no integrity is locked' : [{ algorithm: 'sha1', hex: sha1 }];
    }
    return {
        ...base,
        version,
        source: 'registry',
        hashes: typeof hashes === 'string' ? [] : hashes,
        ...(typeof hashes === 'string' ? { problem: hashes } : {}),
    };
}
/** Berry: `resolution: "name@npm:1.2.3"` (the real package, aliases resolved) and `checksum`. */
function berryEntry(file, line, descriptors, fields) {
    const resolution = typeof fields.resolution === 'string' ? fields.resolution : '';
    const split = splitNameAt(resolution);
    if (split === undefined)
        throw lockfileError(file, line, `resolution ${JSON.stringify(resolution)} is not NAME@REFERENCE`);
    const [name, reference] = split;
    const installed = splitNameAt(descriptors[0] ?? '')?.[0] ?? name;
    const base = {
        ecosystem: 'npm',
        name,
        ...(installed === name ? {} : { alias: installed }),
        resolved: resolution,
        file,
        line,
    };
    if (reference.startsWith('npm:')) {
        const version = reference.slice(4).replace(/::.*$/, '');
        return {
            ...base,
            version,
            source: 'registry',
            hashes: [],
            hashNote: "yarn berry locks the checksum of its own archive, not of the registry's tarball: the registry's integrity is what is verified",
            ...(NPM_VERSION.test(version)
                ? {}
                : { problem: `version ${JSON.stringify(version)} is not exact` }),
        };
    }
    return { ...base, version: undefined, source: nonRegistryKind(reference) ?? 'file', hashes: [] };
}

;// CONCATENATED MODULE: ./src/core/deps/lockfiles/index.ts






/** Lockfile names, as their tools write them, and the parser for each. */
const BY_NAME = [
    [/^(package-lock|npm-shrinkwrap)\.json$/, parseNpmLock],
    [/^pnpm-lock\.ya?ml$/, parsePnpmLock],
    [/^yarn\.lock$/, parseYarnLock],
    [/^bun\.lock$/, parseBunLock],
    [/^uv\.lock$/, parseUvLock],
    [/^poetry\.lock$/, parsePoetryLock],
    [/^pylock(\.[^./\\]+)?\.toml$/, parsePylock],
    [/^requirements.*\.txt$|\.txt$/, parseRequirements],
];
/** The file names looked for when no lockfile is given. */
const DEFAULT_LOCKFILES = [
    'package-lock.json',
    'npm-shrinkwrap.json',
    'pnpm-lock.yaml',
    'yarn.lock',
    'bun.lock',
    'uv.lock',
    'poetry.lock',
    'pylock.toml',
    'requirements.txt',
];
function baseName(path) {
    return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}
/** Is this a lockfile name the deps command reads? */
function isLockfileName(path) {
    return BY_NAME.some(([re]) => re.test(baseName(path)));
}
/** Parse a lockfile by its name; a name of no known kind is a usage error. */
function parseLockfile(path, text) {
    const parser = BY_NAME.find(([re]) => re.test(baseName(path)))?.[1];
    if (parser === undefined)
        throw new core_errors/* UsageError */.eb(`${path}: not a lockfile name this command reads`, {
            hint: `name it as its tool does: ${DEFAULT_LOCKFILES.join(', ')}, pylock.NAME.toml or requirements*.txt`,
        });
    return parser(path, text.replace(/^\uFEFF/, ''));
}

// EXTERNAL MODULE: ./src/core/policy/parse-policy.ts + 1 modules
var parse_policy = __webpack_require__(62390);
// EXTERNAL MODULE: ./src/core/report.ts
var report = __webpack_require__(88557);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/sources/cache-dir.ts
var cache_dir = __webpack_require__(63570);
;// CONCATENATED MODULE: ./src/sources/deps-cache.ts







/**
 * The user's cache directory for this tool (see `toolCacheDir`), or undefined when there is no
 * home directory to trust: results are then not cached.
 */
function defaultCacheDir(env, platform = process.platform) {
    return (0,cache_dir/* toolCacheDir */.e)(env, platform, external_node_os_.homedir);
}
/**
 * Verified results on disk, keyed by the digest of their whole key. Only verified results are
 * kept: a failure may come from what a registry served (not part of the key), so it is always
 * checked again. An entry is used only if it parses, carries exactly the key asked for, and has
 * the shape of a verified result; anything else is ignored (and later overwritten), never
 * trusted. Files are written to a temporary name and renamed, so a reader never sees half.
 */
class VerificationCache {
    dir;
    hits = 0;
    stored = 0;
    constructor(dir) {
        this.dir = dir;
    }
    path(key) {
        const digest = (0,external_node_crypto_.createHash)('sha256').update(canonicalJson(key)).digest('hex');
        return (0,external_node_path_.join)(this.dir ?? '', 'deps-v1', digest.slice(0, 2), `${digest}.json`);
    }
    async get(key) {
        if (this.dir === undefined)
            return undefined;
        let text;
        try {
            text = await (0,promises_.readFile)(this.path(key), 'utf8');
        }
        catch {
            return undefined;
        }
        let entry;
        try {
            entry = (0,strict_json/* parseStrictJson */.R)(text);
        }
        catch {
            return undefined;
        }
        if (!(0,strict_json/* isJsonObject */.O)(entry) || canonicalJson(entry.key) !== canonicalJson(key))
            return undefined;
        const result = entry.result;
        if (!isVerifiedResult(result))
            return undefined;
        this.hits++;
        return result;
    }
    async put(key, result) {
        if (this.dir === undefined || result.verdict !== 'verified')
            return;
        const path = this.path(key);
        const tmp = `${path}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`;
        try {
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true, mode: 0o700 });
            await (0,promises_.writeFile)(tmp, JSON.stringify({ key, result }), { mode: 0o600 });
            await (0,promises_.rename)(tmp, path);
            this.stored++;
        }
        catch {
            // A cache that cannot be written only costs time next run.
            await (0,promises_.rm)(tmp, { force: true });
        }
    }
}
/** The shape of a verified artifact result: a name, a verified verdict, verified attestations with checks. */
function isVerifiedResult(v) {
    if (!(0,strict_json/* isJsonObject */.O)(v) || typeof v.name !== 'string' || v.verdict !== 'verified')
        return false;
    if (!(0,strict_json/* isJsonObject */.O)(v.digests) || !Array.isArray(v.attestations) || v.attestations.length === 0)
        return false;
    return (v.attestations.every((a) => (0,strict_json/* isJsonObject */.O)(a) &&
        typeof a.origin === 'string' &&
        typeof a.verdict === 'string' &&
        Array.isArray(a.checks) &&
        a.checks.every((c) => (0,strict_json/* isJsonObject */.O)(c) && typeof c.id === 'string' && typeof c.status === 'string')) && v.attestations.some((a) => (0,strict_json/* isJsonObject */.O)(a) && a.verdict === 'verified'));
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./src/core/limits.ts
var limits = __webpack_require__(36419);
;// CONCATENATED MODULE: ./src/sources/git-base.ts




/**
 * A file as it is at a git ref (`git show REF:./FILE`, run in the file's directory so the path
 * is relative to it): the base of a pull request. `undefined` when the file did not exist
 * there (every entry is then new). The ref is data, never an option.
 */
function readAtRef(ref, path) {
    if (ref === '' || ref.startsWith('-') || /[\s:]/.test(ref))
        throw new core_errors/* UsageError */.eb(`base-ref ${JSON.stringify(ref)} is not a git ref`);
    return new Promise((resolve, reject) => {
        (0,external_node_child_process_.execFile)('git', ['show', `${ref}:./${(0,external_node_path_.basename)(path)}`, '--'], { cwd: (0,external_node_path_.dirname)(path), maxBuffer: limits/* LIMITS */.b.maxInputBytes * 4, encoding: 'utf8' }, (err, stdout, stderr) => {
            if (err === null)
                return resolve(stdout);
            if (/exists on disk, but not in|does not exist in|path .* does not exist/i.test(stderr))
                return resolve(undefined);
            reject(new core_errors/* UsageError */.eb(`git show ${ref}:${path}: ${stderr.trim().split('\n')[0] ?? err.message}`, {
                hint: 'fetch the base first (actions/checkout with fetch-depth: 0, or git fetch origin BASE)',
            }));
        });
    });
}

// EXTERNAL MODULE: ./src/sources/urls.ts
var urls = __webpack_require__(26858);
// EXTERNAL MODULE: ./src/sources/files.ts
var files = __webpack_require__(6109);
;// CONCATENATED MODULE: ./src/sources/lockfile-files.ts






/** Lockfiles of large monorepos exceed the 16 MiB cap of a bundle; this is theirs. */
const LOCKFILE_MAX_BYTES = 64 * 1024 * 1024;
const utf8 = new TextDecoder('utf-8', { fatal: true });
/** A lockfile, policy or pin file as text (UTF-8, bounded before reading). */
async function readTextFile(path, limit = LOCKFILE_MAX_BYTES) {
    const bytes = await (0,files/* readInputFile */.jH)(path, limit);
    try {
        return utf8.decode(bytes);
    }
    catch {
        throw new core_errors/* VerifyError */.Gz('MALFORMED', `${path}: not UTF-8 text`);
    }
}
/** The lockfiles in a directory, by the names their tools give them. */
async function findLockfiles(dir) {
    const found = [];
    for (const name of DEFAULT_LOCKFILES) {
        const path = (0,external_node_path_.join)(dir, name);
        try {
            await (0,promises_.access)(path);
            found.push(path);
        }
        catch {
            // not there
        }
    }
    return found;
}
async function exists(path) {
    try {
        await (0,promises_.access)(path);
        return true;
    }
    catch {
        return false;
    }
}
/** Write a file whole or not at all: a temporary file beside it, then a rename. */
async function writeAtomically(path, text) {
    const tmp = `${path}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`;
    try {
        await (0,promises_.writeFile)(tmp, text, { mode: 0o644 });
        await (0,promises_.rename)(tmp, path);
    }
    finally {
        await (0,promises_.rm)(tmp, { force: true });
    }
}

// EXTERNAL MODULE: ./src/sources/network.ts + 1 modules
var network = __webpack_require__(31599);
// EXTERNAL MODULE: ./src/sources/http.ts
var http = __webpack_require__(79496);
// EXTERNAL MODULE: ./node_modules/ini/lib/ini.js
var ini = __webpack_require__(15756);
;// CONCATENATED MODULE: ./src/sources/npmrc.ts





/**
 * Read `.npmrc` as npm does, with npm's own INI reader (`ini`): the project's (next to the
 * lockfile), then the user's (`$NPM_CONFIG_USERCONFIG` or `~/.npmrc`); the project's wins.
 * `${VAR}` is expanded from the environment; a token is sent only to its own registry path.
 */
async function readNpmrc(projectDir, env) {
    const user = env.NPM_CONFIG_USERCONFIG ?? env.npm_config_userconfig ?? (0,external_node_path_.join)(env.HOME ?? (0,external_node_os_.homedir)(), '.npmrc');
    const files = [];
    const merged = {};
    for (const file of [user, (0,external_node_path_.join)(projectDir, '.npmrc')]) {
        let text;
        try {
            text = await (0,promises_.readFile)(file, 'utf8');
        }
        catch {
            continue;
        }
        files.push(file);
        for (const [key, value] of Object.entries((0,ini.parse)(text)))
            if (typeof value === 'string')
                merged[key] = expand(value, env);
    }
    const registryOf = (value, setting) => (0,urls/* serviceBase */.bR)(value, setting);
    const scopes = new Map();
    const tokens = [];
    for (const [key, value] of Object.entries(merged)) {
        const scope = /^(@[^:]+):registry$/.exec(key)?.[1];
        if (scope !== undefined)
            scopes.set(scope, registryOf(value, `.npmrc ${key}`));
        const auth = /^\/\/(.+?)\/?:_authToken$/.exec(key)?.[1];
        if (auth !== undefined && value !== '')
            for (const scheme of ['https:', 'http:'])
                tokens.push({ prefix: `${scheme}//${auth}/`, token: value });
    }
    const registry = env.npm_config_registry ?? env.NPM_CONFIG_REGISTRY ?? merged.registry;
    return {
        registry: registry === undefined ? undefined : registryOf(registry, '.npmrc registry'),
        scopes,
        tokens: tokens.sort((a, b) => b.prefix.length - a.prefix.length),
        files,
    };
}
/** npm's `${VAR}` expansion (an unset variable stays as written, as npm leaves it). */
function expand(value, env) {
    return value.replace(/(\\*)\$\{([^}]+)\}/g, (whole, slashes, name) => slashes.length % 2 === 1
        ? whole.slice(1)
        : `${slashes}${env[name] ?? whole.slice(slashes.length)}`);
}
/** The registry for a package: its scope's, else the default. */
function registryFor(name, settings, fallback) {
    const scope = name.startsWith('@') ? name.slice(0, name.indexOf('/')) : undefined;
    return (scope === undefined ? undefined : settings.scopes.get(scope)) ?? fallback;
}

// EXTERNAL MODULE: ./src/sources/trust-roots.ts
var trust_roots = __webpack_require__(85212);
;// CONCATENATED MODULE: ./src/app/deps-context.ts



function labelOf(t) {
    return `${t.ecosystem === 'pypi' ? 'pypi:' : ''}${t.name}${t.version === undefined ? '' : `@${t.version}`}`;
}
/** A per-run memo of promises: concurrent asks for the same key share one fetch. */
function memo() {
    const seen = new Map();
    return (key, fetch) => {
        let p = seen.get(key);
        if (p === undefined) {
            p = fetch();
            seen.set(key, p);
        }
        return p;
    };
}
function planIdentity(label, rule, pin, updatePins) {
    const input = rule?.policy ?? {};
    if (input.repo !== undefined || input.owner !== undefined || input.certIdentity !== undefined)
        return { from: 'policy', input };
    if (!updatePins && pin?.repo !== undefined)
        return { from: 'pin', input: { ...input, repo: pin.repo } };
    if (updatePins)
        return { from: 'first-use', input };
    return {
        missing: pin === undefined
            ? `no policy rule or pin names who builds ${label}`
            : `${label} is pinned without provenance, and now has attestations: its identity is not pinned yet`,
    };
}
/** First use: the one repository the certificates name becomes the policy. */
function firstUse(plan, label, repos) {
    if (!('from' in plan) || plan.from !== 'first-use')
        return plan;
    if (repos.length === 1)
        return { from: 'first-use', input: { ...plan.input, repo: repos[0] } };
    return {
        missing: repos.length === 0
            ? `no attestation of ${label} names a source repository`
            : `the attestations of ${label} name several repositories (${repos.join(', ')}): name the right one in the policy file`,
    };
}
function cacheKey(run, t, registry, integrity, input) {
    return {
        tool: run.tool,
        ecosystem: t.ecosystem,
        registry,
        name: t.name,
        version: t.version ?? '',
        integrity: [...integrity].sort(),
        trustedRoots: run.rootsDigest,
        policy: digestOf({ ecosystem: t.ecosystem, input }),
    };
}
/**
 * A source's failure for one package becomes its check (NETWORK: indeterminate); a usage or
 * policy error stops the run.
 */
function problemOf(err) {
    if (err instanceof core_errors/* UsageError */.eb || !(err instanceof core_errors/* VerifyError */.Gz))
        throw err;
    return (0,result/* fail */.fJ)('registry', err.code, err.message, { hint: err.hint });
}

// EXTERNAL MODULE: ./src/core/bundle/parse-bundle.ts + 1 modules
var parse_bundle = __webpack_require__(311);
// EXTERNAL MODULE: ./src/core/identity/certificate-identity.ts + 1 modules
var certificate_identity = __webpack_require__(58243);
;// CONCATENATED MODULE: ./src/core/deps/first-use.ts



/**
 * The source repositories the certificates of these bundles name, before anything is verified.
 * Used only on first use (`--update-pins` with no rule or pin): the repository found becomes
 * the policy the same bundles are then verified under, so nothing is accepted on its word.
 * Bundles that cannot be read name nothing here (their verification fails on its own).
 */
function claimedRepositories(bundles) {
    const repos = new Map();
    for (const json of bundles) {
        try {
            const leaf = (0,parse_bundle/* parseBundle */.Q)(json).leaf;
            if (leaf === undefined)
                continue;
            // The strict GitHub reading of the certificate (issue 10): no loose URI parsing here.
            const repo = (0,certificate_identity/* readCertificateIdentity */.sU)(leaf).github?.sourceRepo;
            if (repo !== undefined && !repos.has((0,names/* asciiLower */.F)((0,names/* formatRepo */.Kf)(repo))))
                repos.set((0,names/* asciiLower */.F)((0,names/* formatRepo */.Kf)(repo)), (0,names/* formatRepo */.Kf)(repo));
        }
        catch {
            // Unreadable: its own verification reports why.
        }
    }
    return [...repos.values()].sort();
}

;// CONCATENATED MODULE: ./src/core/deps/registry-facts.ts



/**
 * A full npm packument → per-version facts: `dist.integrity` and `dist.shasum`, `time[version]`,
 * `dist.attestations.provenance` (provenance) and `_npmUser.trustedPublisher` (trusted
 * publishing). Only these are kept, so a large packument is not held.
 */
function npmVersionFacts(packument) {
    const out = new Map();
    if (!(0,strict_json/* isJsonObject */.O)(packument) || !(0,strict_json/* isJsonObject */.O)(packument.versions))
        return out;
    const time = (0,strict_json/* isJsonObject */.O)(packument.time) ? packument.time : {};
    for (const [version, doc] of Object.entries(packument.versions)) {
        if (!(0,strict_json/* isJsonObject */.O)(doc))
            continue;
        const dist = (0,strict_json/* isJsonObject */.O)(doc.dist) ? doc.dist : {};
        const attestations = (0,strict_json/* isJsonObject */.O)(dist.attestations) ? dist.attestations : undefined;
        const user = (0,strict_json/* isJsonObject */.O)(doc._npmUser) ? doc._npmUser : {};
        const trustedPublisher = (0,strict_json/* isJsonObject */.O)(user.trustedPublisher);
        const provenance = attestations !== undefined && (0,strict_json/* isJsonObject */.O)(attestations.provenance);
        const sri = typeof dist.integrity === 'string' ? hashesFromSri(dist.integrity) : [];
        const hashes = typeof sri === 'string' ? [] : [...sri];
        if (typeof dist.shasum === 'string' &&
            /^[0-9a-f]{40}$/.test(dist.shasum) &&
            !hashes.some((h) => h.algorithm === 'sha1'))
            hashes.push({ algorithm: 'sha1', hex: dist.shasum });
        const published = time[version];
        out.set(version, {
            version,
            published: typeof published === 'string' ? published : undefined,
            claimed: trustedPublisher ? 'trusted-publisher' : provenance ? 'provenance' : 'none',
            hashes,
            hasAttestations: attestations !== undefined,
            trustedPublisher,
        });
    }
    return out;
}
/**
 * A PEP 691 project page (`/simple/NAME/`, JSON) → its files (sha256, version, upload time, the
 * PEP 740 provenance URL) and per-version facts: a version's time is its first upload, and it
 * claims a trusted publisher when one of its files has provenance (PEP 740 attestations come
 * only from Trusted Publishing).
 */
function pypiProjectFacts(page, name) {
    const files = [];
    const list = (0,strict_json/* isJsonObject */.O)(page) && Array.isArray(page.files) ? page.files : [];
    const known = (0,strict_json/* isJsonObject */.O)(page) && Array.isArray(page.versions)
        ? page.versions.filter((v) => typeof v === 'string')
        : [];
    for (const f of list) {
        if (!(0,strict_json/* isJsonObject */.O)(f) || typeof f.filename !== 'string')
            continue;
        const hashes = (0,strict_json/* isJsonObject */.O)(f.hashes) ? f.hashes : {};
        const sha256 = typeof hashes.sha256 === 'string' && /^[0-9a-f]{64}$/.test(hashes.sha256)
            ? hashes.sha256
            : undefined;
        if (sha256 === undefined)
            continue;
        files.push({
            filename: f.filename,
            sha256,
            version: versionOfFile(f.filename, name, known),
            uploaded: typeof f['upload-time'] === 'string' ? f['upload-time'] : undefined,
            provenance: typeof f.provenance === 'string' ? f.provenance : undefined,
        });
    }
    const versions = new Map();
    for (const file of files) {
        if (file.version === undefined)
            continue;
        const prev = versions.get(file.version);
        const published = [prev?.published, file.uploaded]
            .filter((t) => t !== undefined && timeOf(t) !== undefined)
            .sort((a, b) => (timeOf(a) ?? 0) - (timeOf(b) ?? 0))[0];
        const attested = (prev?.hasAttestations ?? false) || file.provenance !== undefined;
        versions.set(file.version, {
            version: file.version,
            published,
            claimed: attested ? 'trusted-publisher' : 'none',
            hashes: [
                ...(prev?.hashes ?? []),
                { algorithm: 'sha256', hex: file.sha256, file: file.filename },
            ],
            hasAttestations: attested,
            trustedPublisher: attested,
        });
    }
    return { files, versions };
}
/**
 * The version in a distribution's file name: a wheel's second field
 * (`name-1.0-py3-none-any.whl`), an sdist's part after the name (`name-1.0.tar.gz`), checked
 * against the project's listed versions when it lists them.
 */
function versionOfFile(filename, name, known) {
    let version;
    if (filename.endsWith('.whl'))
        version = filename.split('-')[1];
    else {
        const stem = filename.replace(/\.(tar\.gz|tar\.bz2|tar\.xz|zip|tgz|egg)$/, '');
        const prefix = stem.slice(0, name.length + 1);
        if (normalizePypiName(prefix.slice(0, -1)) === normalizePypiName(name) && /[-_]$/.test(prefix))
            version = stem.slice(name.length + 1);
        else
            version = stem.slice(stem.lastIndexOf('-') + 1);
    }
    if (version === undefined || version === '')
        return undefined;
    if (known.length === 0)
        return version;
    return known.find((k) => k.toLowerCase() === version.toLowerCase()) ?? undefined;
}
/**
 * The no-downgrade bar: the most trust any version published before this one claimed, and the
 * latest such version (ordered by publication time, not by version number, as pnpm does).
 */
function trustBar(versions, version) {
    const self = timeOf(versions.get(version)?.published);
    if (self === undefined)
        return undefined;
    let bar;
    for (const v of versions.values()) {
        const at = timeOf(v.published);
        if (at === undefined || at >= self || v.claimed === 'none')
            continue;
        if (bar === undefined ||
            levelRank(v.claimed) > levelRank(bar.claimed) ||
            (v.claimed === bar.claimed && at > (timeOf(bar.published) ?? 0)))
            bar = v;
    }
    return bar === undefined
        ? undefined
        : { level: bar.claimed, version: bar.version, published: bar.published };
}
function timeOf(iso) {
    const t = iso === undefined ? NaN : Date.parse(iso);
    return Number.isNaN(t) ? undefined : t;
}

// EXTERNAL MODULE: ./src/core/npm/package.ts
var npm_package = __webpack_require__(20697);
// EXTERNAL MODULE: ./src/core/npm/publish.ts
var publish = __webpack_require__(99114);
// EXTERNAL MODULE: ./src/sources/npm-registry.ts
var npm_registry = __webpack_require__(25459);
// EXTERNAL MODULE: ./src/app/npm-job.ts
var npm_job = __webpack_require__(88524);
;// CONCATENATED MODULE: ./src/app/deps-npm.ts











/**
 * One npm package version: the registry's packument (one per package for the run) gives its
 * integrity, trust claims and the earlier versions; when it has attestations they are fetched
 * (unless a verified result is cached) and checked by the npm command's own checks.
 */
async function gatherNpm(t, run, plan) {
    const registry = run.npmRegistry(t.name);
    const label = labelOf(t);
    const versions = await run.once(`npm ${registry} ${t.name}`, async () => {
        const packument = await (0,npm_registry/* fetchPackument */.XN)(run.client, registry, t.name);
        return packument === undefined ? undefined : npmVersionFacts(packument);
    });
    const facts = versions?.get(t.version ?? '');
    if (versions === undefined || facts === undefined)
        return {
            fetchProblem: (0,result/* fail */.fJ)('registry', 'LOCKFILE_INTEGRITY', `${registry} has no ${versions === undefined ? `package ${t.name}` : label}`, {
                hint: 'the lockfile names what the registry does not serve: check the registry (.npmrc, --registry) and the lockfile',
            }),
            trustedPublisher: false,
            digests: {},
        };
    const entry = t.entries[0];
    const integrity = compareNpmIntegrity(entry?.hashes ?? [], entry?.hashNote, facts.hashes);
    const sha512 = facts.hashes.find((h) => h.algorithm === 'sha512')?.hex;
    const base = {
        integrity,
        trustedPublisher: facts.trustedPublisher,
        bar: trustBar(versions, facts.version),
        digests: sha512 === undefined ? {} : { sha512 },
    };
    if (integrity.status === 'fail' || !facts.hasAttestations)
        return base;
    if ('missing' in plan)
        return { ...base, identity: plan };
    if (sha512 === undefined)
        return {
            ...base,
            fetchProblem: (0,result/* fail */.fJ)('registry', 'SUBJECT', `${registry} gives no sha512 integrity for ${label}`),
        };
    const pkg = { name: t.name, version: facts.version };
    if (plan.from !== 'first-use') {
        const cached = await run.cache.get(cacheKey(run, t, registry, [`sha512:${sha512}`], plan.input));
        if (cached !== undefined)
            return { ...base, identity: { from: plan.from }, verification: cached, cached: true };
    }
    const response = await (0,network/* retryingNotFound */.Wo)(run.settings, () => (0,npm_registry/* fetchNpmAttestations */.p9)(run.client, registry, pkg), (r) => r !== undefined);
    const entries = (0,npm_job.attestationEntries)(response, pkg);
    const provenance = entries.flatMap((e) => (0,strict_json/* isJsonObject */.O)(e) && e.predicateType !== npm_package/* NPM_PUBLISH_PREDICATE */.Ko && (0,strict_json/* isJsonObject */.O)(e.bundle)
        ? [e.bundle]
        : []);
    const decided = firstUse(plan, label, claimedRepositories(provenance));
    if ('missing' in decided)
        return { ...base, identity: decided };
    const keys = await run.once(`npm-keys ${registry}`, async () => (0,publish/* readRegistryKeys */.IM)(await (0,npm_registry/* fetchRegistryKeys */.us)(run.client, registry)));
    const verification = (0,npm_job.checkNpmAttestations)(pkg, sha512, entries, {
        registry,
        keys,
        roots: run.roots,
        policyInput: decided.input,
    });
    await run.cache.put(cacheKey(run, t, registry, [`sha512:${sha512}`], decided.input), verification);
    return { ...base, identity: { from: decided.from }, verification };
}

// EXTERNAL MODULE: ./src/core/pypi/provenance.ts
var pypi_provenance = __webpack_require__(98025);
// EXTERNAL MODULE: ./src/sources/pypi-index.ts
var pypi_index = __webpack_require__(81737);
// EXTERNAL MODULE: ./src/app/pypi-job.ts
var pypi_job = __webpack_require__(8645);
;// CONCATENATED MODULE: ./src/app/deps-pypi.ts









/**
 * One PyPI release: the project's PEP 691 page (one per project for the run) gives every file's
 * sha256, upload time and PEP 740 provenance URL. Every file the lockfile pins must be a file
 * of this version; each such file's provenance is checked by the pypi command's own checks.
 */
async function gatherPypi(t, run, plan) {
    const label = labelOf(t);
    const pageUrl = `${run.simple}/${encodeURIComponent(t.name)}/`;
    const project = await run.once(`pypi ${run.simple} ${t.name}`, async () => {
        const page = await (0,pypi_index/* fetchProjectPage */.D2)(run.client, run.simple, t.name);
        return page === undefined ? undefined : pypiProjectFacts(page, t.name);
    });
    const version = t.version ?? '';
    if (project === undefined)
        return {
            fetchProblem: (0,result/* fail */.fJ)('registry', 'LOCKFILE_INTEGRITY', `${run.simple} has no project ${t.name}`, {
                hint: 'the lockfile names what the index does not serve: check the index (--index, PIP_INDEX_URL, UV_INDEX_URL)',
            }),
            trustedPublisher: true,
            digests: {},
        };
    const { check, files } = matchPypiFiles(t.entries[0]?.hashes ?? [], version, project.files);
    const base = {
        integrity: check,
        trustedPublisher: true,
        bar: trustBar(project.versions, version),
        digests: files.length === 1 && files[0] !== undefined ? { sha256: files[0].sha256 } : {},
    };
    if (check.status === 'fail' || !files.some((f) => f.provenance !== undefined))
        return base;
    if ('missing' in plan)
        return { ...base, identity: plan };
    const integrity = files.map((f) => `sha256:${f.sha256}`);
    if (plan.from !== 'first-use') {
        const cached = await run.cache.get(cacheKey(run, t, run.simple, integrity, plan.input));
        if (cached !== undefined)
            return { ...base, identity: { from: plan.from }, verification: cached, cached: true };
    }
    const provenance = await Promise.all(files.map((f) => f.provenance === undefined
        ? Promise.resolve(undefined)
        : (0,network/* retryingNotFound */.Wo)(run.settings, () => (0,pypi_index/* fetchLinkedProvenance */.nL)(run.client, f.provenance ?? '', pageUrl, f.filename), (p) => p !== undefined)));
    const bundles = provenance.flatMap((p, i) => p === undefined ? [] : readableBundles(`pypi:${files[i]?.filename ?? ''}`, p));
    const decided = firstUse(plan, label, claimedRepositories(bundles));
    if ('missing' in decided)
        return { ...base, identity: decided };
    const input = { predicateType: pypi_provenance/* PYPI_PUBLISH_PREDICATE */.tP, ...decided.input };
    const results = files.map((f, i) => checkFile(f, provenance[i], run, input));
    const verification = {
        name: `pkg:pypi/${t.name}@${version}`,
        digests: base.digests,
        verdict: results.every((r) => r.verdict === 'verified')
            ? 'verified'
            : results.some((r) => r.verdict === 'indeterminate')
                ? 'indeterminate'
                : 'failed',
        attestations: results.flatMap((r) => r.attestations),
    };
    await run.cache.put(cacheKey(run, t, run.simple, integrity, decided.input), verification);
    return { ...base, identity: { from: decided.from }, verification };
}
function checkFile(file, provenance, run, input) {
    const subject = { name: file.filename, digests: { sha256: file.sha256 } };
    if (provenance === undefined)
        return (0,result/* missingAttestation */.Zr)(subject, `pypi:${file.filename}`, `${file.filename} has no provenance on the index`, 'every file the lockfile pins needs provenance; upload them all with Trusted Publishing');
    return (0,pypi_job.checkPypiProvenance)(subject, provenance, run.roots, input);
}
/** The bundles in a provenance object that can be read (first use only looks at their certificates). */
function readableBundles(origin, provenance) {
    try {
        return (0,pypi_provenance/* readPypiProvenance */.OH)(origin, provenance).flatMap((c) => c.candidate.kind === 'bundle' ? [c.candidate.json] : []);
    }
    catch {
        return [];
    }
}

;// CONCATENATED MODULE: ./src/app/deps-job.ts






















const OUTCOMES = [
    'verified',
    'failed',
    'indeterminate',
    'warned',
    'excepted',
    'not-from-registry',
];
/**
 * Gate a dependency install: every registry package in the lockfiles must be the bytes the
 * registry serves, carry attestations that verify through the core for the identity the policy
 * (or the pin file) names, and not show less trust than its earlier versions or its pin.
 * Packages are fetched concurrently, one packument or project page each; verified results are
 * cached on disk under everything they depend on.
 */
async function runDepsJob(job, ctx) {
    const now = ctx.now ?? new Date();
    const env = ctx.env ?? {};
    if (job.baseFile !== undefined && job.baseRef !== undefined)
        throw new core_errors/* UsageError */.eb('--base and --base-ref are alternatives');
    if (job.updatePins === true && job.pinsFile === undefined)
        throw new core_errors/* UsageError */.eb('--update-pins needs --pins FILE (the file to write)');
    if (job.trust.trustedRootFile !== undefined && job.trust.offline === true)
        throw new core_errors/* UsageError */.eb('--trusted-root and --offline are alternatives');
    const policy = job.policyFile === undefined
        ? EMPTY_POLICY
        : checkRules(parsePolicyFile(job.policyFile, await readTextFile(job.policyFile, 1 << 20)));
    const pins = await readPinFile(job);
    const paths = job.lockfiles.length > 0 ? job.lockfiles : await findLockfiles(job.cwd);
    if (paths.length === 0)
        throw new core_errors/* UsageError */.eb(`no lockfile in ${job.cwd}`, {
            hint: 'give LOCKFILE… (package-lock.json, pnpm-lock.yaml, yarn.lock, bun.lock, uv.lock, poetry.lock, pylock.toml, requirements.txt)',
        });
    if (job.baseFile !== undefined && paths.length !== 1)
        throw new core_errors/* UsageError */.eb('--base compares one lockfile; give exactly one (or use --base-ref)');
    const lockfiles = [];
    for (const path of paths)
        lockfiles.push(parseLockfile(path, await readTextFile(path)));
    const base = await baseFingerprints(job, lockfiles);
    const entries = lockfiles.flatMap((l) => l.entries);
    const changed = base === undefined ? entries : entries.filter((e) => !base.has(fingerprint(e)));
    const targets = groupTargets(changed);
    const registryTargets = targets.filter((t) => t.source === 'registry');
    const settings = (0,network/* networkSettings */.eg)({ ...job.network, concurrency: job.network?.concurrency ?? '16' }, env, ctx.version);
    const npmDir = (0,external_node_path_.dirname)(lockfiles.find((l) => l.ecosystem === 'npm')?.path ?? `${job.cwd}/x`);
    const npmrc = await readNpmrc(npmDir, env);
    const defaultRegistry = (0,urls/* serviceBase */.bR)(job.registry ?? npmrc.registry ?? network/* DEFAULT_NPM_REGISTRY */.aF, '--registry');
    const simple = (0,urls/* serviceBase */.bR)(job.index !== undefined
        ? `${job.index.replace(/\/+$/, '')}/simple`
        : (nonEmpty(env.PIP_INDEX_URL) ??
            nonEmpty(env.UV_DEFAULT_INDEX) ??
            nonEmpty(env.UV_INDEX_URL) ??
            `${network/* DEFAULT_PYPI_INDEX */.yO}/simple`), job.index !== undefined ? '--index' : 'PIP_INDEX_URL');
    const roots = registryTargets.length > 0 ? await (0,trust_roots/* loadTrustRoots */.k)(job.trust) : [];
    if (roots.length > 0)
        ctx.onRoots?.(roots);
    const cache = new VerificationCache(job.noCache === true ? undefined : (job.cacheDir ?? defaultCacheDir(env)));
    const run = {
        tool: ctx.version,
        client: (0,http.clientFor)({ ...settings, token: undefined }, undefined, npmrc.tokens),
        settings,
        roots,
        rootsDigest: (0,external_node_crypto_.createHash)('sha256')
            .update(canonicalJson(roots.map((r) => dist.TrustedRoot.toJSON(r.root))))
            .digest('hex'),
        policy,
        pins,
        updatePins: job.updatePins === true,
        cache,
        npmRegistry: (name) => registryFor(name, npmrc, defaultRegistry),
        simple,
        once: memo(),
    };
    // The command that re-pins, for the fix of a changed identity (the lockfiles as given).
    const repin = `verify-provenance deps ${paths.join(' ')}${job.policyFile === undefined ? '' : ` --policy ${job.policyFile}`} --pins ${job.pinsFile ?? 'PINS.json'} --update-pins`;
    let done = 0;
    const results = await Promise.all(targets.map(async (t) => {
        const result = await checkTarget(t, run, now, repin);
        ctx.onProgress?.(++done, targets.length);
        return result;
    }));
    const notes = [
        ...lockfiles.flatMap((l) => l.notes),
        ...indexNotes(entries, simple),
        ...exceptionNotes(policy, results, now, base === undefined),
    ];
    const pinReport = job.updatePins === true
        ? await updatePins(job, pins, results, lockfiles, base === undefined)
        : undefined;
    const counts = Object.fromEntries(OUTCOMES.map((o) => [o, 0]));
    for (const r of results)
        counts[r.artifact.package?.outcome ?? 'failed']++;
    const summary = {
        counts,
        ...(base === undefined ? {} : { unchanged: entries.length - changed.length }),
        lockfiles: lockfiles.map((l) => ({
            path: l.path,
            format: l.format,
            entries: l.entries.length,
        })),
        ...(job.policyFile === undefined ? {} : { policyFile: job.policyFile }),
        ...(pinReport === undefined ? {} : { pins: pinReport }),
        ...(cache.dir === undefined
            ? {}
            : { cache: { dir: cache.dir, hits: cache.hits, stored: cache.stored } }),
        notes,
    };
    return depsResult(ctx.version, results.map((r) => r.artifact), roots, summary, base !== undefined);
}
async function checkTarget(t, run, now, repin) {
    const label = labelOf(t);
    const rule = ruleFor(run.policy, t.ecosystem, t.name);
    const key = pinKey(t.ecosystem, t.name);
    const pin = run.pins.get(key);
    const problems = t.entries.flatMap((e) => (e.problem === undefined ? [] : [e.problem]));
    let gathered = { trustedPublisher: false, digests: {} };
    if (t.source === 'registry' && problems.length === 0) {
        const plan = planIdentity(label, rule, pin, run.updatePins);
        try {
            gathered = await (t.ecosystem === 'npm' ? gatherNpm(t, run, plan) : gatherPypi(t, run, plan));
        }
        catch (err) {
            gathered = { fetchProblem: problemOf(err), trustedPublisher: false, digests: {} };
        }
    }
    const decision = decide({
        label,
        source: t.source,
        problems,
        requirements: requirementsFor(run.policy, rule),
        exceptions: exceptionsFor(run.policy, t.ecosystem, t.name, t.version),
        now,
        ...(gathered.fetchProblem === undefined ? {} : { fetchProblem: gathered.fetchProblem }),
        ...(gathered.integrity === undefined ? {} : { integrity: gathered.integrity }),
        ...(gathered.identity === undefined ? {} : { identity: gathered.identity }),
        ...(gathered.verification === undefined ? {} : { verification: gathered.verification }),
        trustedPublisher: gathered.trustedPublisher,
        ...(gathered.bar === undefined ? {} : { bar: gathered.bar }),
        ...(pin === undefined ? {} : { pin }),
        updatingPins: run.updatePins,
        repin,
    });
    const report = {
        ecosystem: t.ecosystem,
        name: t.name,
        ...(t.version === undefined ? {} : { version: t.version }),
        source: t.source,
        outcome: decision.outcome,
        ...(decision.trustLevel === undefined ? {} : { trustLevel: decision.trustLevel }),
        ...(gathered.identity !== undefined && 'from' in gathered.identity
            ? { identityFrom: gathered.identity.from }
            : {}),
        locations: t.entries.map((e) => ({
            file: e.file,
            line: e.line,
            ...(e.alias === undefined ? {} : { alias: e.alias }),
        })),
        checks: decision.checks,
        ...(gathered.cached === true ? { cached: true } : {}),
    };
    const verified = gathered.verification?.verdict;
    const artifact = {
        name: `pkg:${t.ecosystem}/${t.name.replace(/^@/, '%40')}${t.version === undefined ? '' : `@${t.version}`}`,
        digests: gathered.digests,
        verdict: decision.outcome === 'indeterminate'
            ? 'indeterminate'
            : verified === 'verified' && decision.outcome !== 'failed'
                ? 'verified'
                : 'failed',
        attestations: gathered.verification?.attestations ?? [],
        package: report,
    };
    const pinned = t.source === 'registry' &&
        ['verified', 'warned', 'excepted'].includes(decision.outcome) &&
        decision.trustLevel !== undefined
        ? pinFrom(decision.identity, decision.trustLevel)
        : undefined;
    return { target: t, artifact, ...(pinned === undefined ? {} : { pin: pinned }) };
}
/** Rules that name an identity must be valid policies (checked once, with the rule's line). */
function checkRules(policy) {
    for (const rule of policy.rules) {
        const p = rule.policy;
        if (p.repo === undefined && p.owner === undefined && p.certIdentity === undefined)
            continue;
        try {
            (0,parse_policy/* parsePolicy */.ON)(p);
        }
        catch (err) {
            // The policy file's keys are the flag names without their dashes.
            const keys = (text) => text.replace(/--([a-z][a-z-]*)/g, '$1');
            if (err instanceof core_errors/* VerifyError */.Gz)
                throw (0,core_errors/* policyError */.nq)(`${policy.file ?? 'policy'}:${rule.line}: packages.${rule.pattern}: ${keys(err.message)}`, err.hint === undefined ? undefined : keys(err.hint));
            throw err;
        }
    }
    return policy;
}
async function readPinFile(job) {
    if (job.pinsFile === undefined)
        return new Map();
    if (!(await exists(job.pinsFile))) {
        if (job.updatePins === true)
            return new Map();
        throw new core_errors/* UsageError */.eb(`no pin file ${job.pinsFile}`, {
            hint: 'create it: verify-provenance deps --pins FILE --update-pins, then commit it',
        });
    }
    return new Map(parsePins(job.pinsFile, await readTextFile(job.pinsFile, 16 << 20)));
}
/** Entries of the base lockfiles, to check only what was added or changed since. */
async function baseFingerprints(job, lockfiles) {
    if (job.baseFile === undefined && job.baseRef === undefined)
        return undefined;
    const set = new Set();
    for (const lockfile of lockfiles) {
        const text = job.baseFile !== undefined
            ? await readTextFile(job.baseFile)
            : await readAtRef(job.baseRef ?? '', lockfile.path);
        if (text === undefined)
            continue;
        let base;
        try {
            base = parseLockfile(lockfile.path, text);
        }
        catch (err) {
            if (err instanceof core_errors/* VerifyError */.Gz)
                throw new core_errors/* VerifyError */.Gz(err.code, `the base of ${lockfile.path} (${job.baseFile ?? job.baseRef ?? ''}): ${err.message}`);
            throw err;
        }
        for (const e of base.entries)
            set.add(fingerprint(e));
    }
    return set;
}
/** What makes an entry the same as before: what is installed and from where, not its line. */
function fingerprint(e) {
    return [
        e.ecosystem,
        e.name,
        e.version ?? '',
        e.source,
        e.hashes
            .map((h) => `${h.algorithm}:${h.hex}`)
            .sort()
            .join(' '),
        e.source === 'registry' ? '' : (e.resolved ?? ''),
    ].join('\u0000');
}
/** Lockfile entries → one target per package version (every line that declares it kept). */
function groupTargets(entries) {
    const groups = new Map();
    for (const e of entries) {
        const key = `${fingerprint(e)}\u0000${e.problem ?? ''}`;
        const list = groups.get(key);
        if (list === undefined)
            groups.set(key, [e]);
        else
            list.push(e);
    }
    return [...groups.values()].map((list) => {
        const first = list[0];
        return {
            ecosystem: first.ecosystem,
            name: first.name,
            version: first.version,
            source: first.source,
            entries: list,
        };
    });
}
function indexNotes(entries, simple) {
    const norm = (u) => u.replace(/\/+$/, '');
    const other = new Set(entries.flatMap((e) => e.index !== undefined && norm(e.index) !== norm(simple) ? [norm(e.index)] : []));
    return [...other].map((index) => `the lockfile names the index ${index}; packages were checked against ${simple} (set PIP_INDEX_URL or --index to check against it)`);
}
function exceptionNotes(policy, results, now, whole) {
    const notes = [];
    for (const e of policy.exceptions) {
        const where = `${policy.file ?? 'policy'}:${e.line}`;
        if (isExpired(e, now))
            notes.push(`${where}: the exception for ${e.package} expired after ${e.until ?? ''}`);
        else if (whole &&
            !results.some((r) => r.target.ecosystem === e.ecosystem &&
                r.target.name === e.name &&
                (e.version === undefined || e.version === r.target.version)))
            notes.push(`${where}: the exception for ${e.package} matches nothing in the lockfiles`);
    }
    return notes;
}
/** Write the pins of everything that passed; keep the others' pins; drop pins of packages gone (whole runs only). */
async function updatePins(job, old, results, lockfiles, whole) {
    const next = new Map(old);
    const added = [];
    const changed = [];
    const removed = [];
    if (whole) {
        // Only pins of the ecosystems read this run: a uv.lock run keeps the npm packages' pins.
        const ecosystems = new Set(lockfiles.map((l) => l.ecosystem));
        const present = new Set(lockfiles.flatMap((l) => l.entries.filter((e) => e.source === 'registry').map((e) => pinKey(e.ecosystem, e.name))));
        for (const key of old.keys())
            if (ecosystems.has(key.startsWith('pypi:') ? 'pypi' : 'npm') && !present.has(key)) {
                next.delete(key);
                removed.push(key);
            }
    }
    for (const r of results) {
        if (r.pin === undefined)
            continue;
        const key = pinKey(r.target.ecosystem, r.target.name);
        const before = next.get(key);
        if (before === undefined)
            added.push(key);
        else if (canonicalJson(before) !== canonicalJson(r.pin))
            changed.push(key);
        next.set(key, r.pin);
    }
    const text = serializePins(next);
    const file = job.pinsFile ?? '';
    const written = !(await exists(file)) || (await readTextFile(file, 16 << 20)) !== text;
    if (written)
        await writeAtomically(file, text);
    return {
        file,
        written,
        added: added.sort(),
        changed: [...new Set(changed)].sort(),
        removed: removed.sort(),
    };
}
function depsResult(version, artifacts, roots, deps, withBase) {
    const failing = artifacts.filter((a) => a.package?.outcome === 'failed' || a.package?.outcome === 'indeterminate');
    const codes = new Set(failing.flatMap((a) => [
        ...(0,result/* failedCodes */.Q8)(a.package?.checks ?? []),
        ...(a.verdict === 'verified' ? [] : a.attestations.flatMap((t) => (0,result/* failedCodes */.Q8)(t.checks))),
    ]));
    const empty = artifacts.length === 0 && !withBase;
    if (empty)
        codes.add('NO_ATTESTATION');
    const verdict = empty || deps.counts.failed > 0
        ? 'failed'
        : deps.counts.indeterminate > 0
            ? 'indeterminate'
            : 'verified';
    return {
        ...(0,report/* decidedHead */.vh)(version, 'deps', verdict, [...codes]),
        trustRoots: (0,report/* trustRootsOf */.R1)(roots),
        artifacts,
        warnings: empty ? ['the lockfiles list no package'] : [],
        deps,
    };
}
function nonEmpty(v) {
    return v === undefined || v.trim() === '' ? undefined : v.trim();
}


/***/ }),

/***/ 8645:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkPypiProvenance: () => (/* binding */ checkPypiProvenance),
/* harmony export */   runPypiJob: () => (/* binding */ runPypiJob)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _core_json_strict_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62208);
/* harmony import */ var _core_limits_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(36419);
/* harmony import */ var _core_policy_parse_policy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(62390);
/* harmony import */ var _core_pypi_provenance_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(98025);
/* harmony import */ var _core_report_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(88557);
/* harmony import */ var _core_result_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(39294);
/* harmony import */ var _core_verify_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(91143);
/* harmony import */ var _sources_artifacts_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(65677);
/* harmony import */ var _sources_urls_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(26858);
/* harmony import */ var _sources_network_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(31599);
/* harmony import */ var _sources_http_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(79496);
/* harmony import */ var _sources_pypi_index_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(81737);
/* harmony import */ var _sources_trust_roots_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(85212);















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
    const index = (0,_sources_urls_js__WEBPACK_IMPORTED_MODULE_9__/* .serviceBase */ .bR)(job.index ?? _sources_network_js__WEBPACK_IMPORTED_MODULE_10__/* .DEFAULT_PYPI_INDEX */ .yO, '--index');
    const settings = (0,_sources_network_js__WEBPACK_IMPORTED_MODULE_10__/* .networkSettings */ .eg)(job.network ?? {}, ctx.env ?? {}, ctx.version);
    const client = (0,_sources_http_js__WEBPACK_IMPORTED_MODULE_11__.clientFor)({ ...settings, token: undefined });
    const roots = await (0,_sources_trust_roots_js__WEBPACK_IMPORTED_MODULE_13__/* .loadTrustRoots */ .k)({ ...job.trust, githubByDefault: false });
    ctx.onRoots?.(roots);
    const files = job.file !== undefined
        ? [{ name: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(job.file), digests: await (0,_sources_artifacts_js__WEBPACK_IMPORTED_MODULE_8__/* .hashFile */ .DC)(job.file) }]
        : await releaseFiles(client, index, job.project, job.version);
    const artifacts = await Promise.all(files.map((file) => verifyFile(file, { client, settings, index, job, roots, policyInput })));
    return (0,_core_report_js__WEBPACK_IMPORTED_MODULE_6__/* .resultFromArtifacts */ .Hc)({ version: ctx.version, command: 'pypi', policy, roots, artifacts });
}
async function releaseFiles(client, index, project, version) {
    const release = await (0,_sources_pypi_index_js__WEBPACK_IMPORTED_MODULE_12__/* .fetchRelease */ .uY)(client, index, project, version);
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
    const provenance = await (0,_sources_network_js__WEBPACK_IMPORTED_MODULE_10__/* .retryingNotFound */ .Wo)(ctx.settings, () => (0,_sources_pypi_index_js__WEBPACK_IMPORTED_MODULE_12__/* .fetchProvenance */ .im)(ctx.client, ctx.index, project, version, file.name), (p) => p !== undefined);
    if (provenance === undefined)
        return (0,_core_result_js__WEBPACK_IMPORTED_MODULE_14__/* .missingAttestation */ .Zr)(file, origin, `${ctx.index} has no provenance for ${file.name}`, 'it was uploaded without attestations (pypa/gh-action-pypi-publish attests by default with Trusted Publishing), or the name or version is wrong');
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

/***/ 98025:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OH: () => (/* binding */ readPypiProvenance),
/* harmony export */   bp: () => (/* binding */ checkPublisher),
/* harmony export */   tP: () => (/* binding */ PYPI_PUBLISH_PREDICATE)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _github_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9067);
/* harmony import */ var _json_strict_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62208);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(36419);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(39294);





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

/***/ 65677:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DC: () => (/* binding */ hashFile),
/* harmony export */   Kr: () => (/* binding */ isDigestLike),
/* harmony export */   f9: () => (/* binding */ resolveSubject),
/* harmony export */   wD: () => (/* binding */ looksLikeBundle)
/* harmony export */ });
/* unused harmony export parseDigestArg */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _core_limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36419);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6109);




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
        transient: true,
    })) {
        sha256.update(chunk);
        sha512.update(chunk);
    }
    return { sha256: sha256.digest('hex'), sha512: sha512.digest('hex') };
}


/***/ }),

/***/ 81737:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D2: () => (/* binding */ fetchProjectPage),
/* harmony export */   im: () => (/* binding */ fetchProvenance),
/* harmony export */   nL: () => (/* binding */ fetchLinkedProvenance),
/* harmony export */   uY: () => (/* binding */ fetchRelease)
/* harmony export */ });
/* harmony import */ var _urls_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26858);
/* harmony import */ var _responses_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46978);


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
    (0,_urls_js__WEBPACK_IMPORTED_MODULE_0__/* .checkLinked */ .UO)(url, page);
    return (0,_responses_js__WEBPACK_IMPORTED_MODULE_1__/* .fetchJson */ .x6)(client, url, `PyPI provenance for ${filename}`, INTEGRITY_V1);
}


/***/ })

};

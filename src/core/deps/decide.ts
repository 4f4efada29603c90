import {
  fail,
  pass,
  skipped,
  type ArtifactResult,
  type Check,
  type IdentitySummary,
  type PackageOutcome,
} from '../result.js';
import type { LockHash, SourceKind } from './entries.js';
import { isWeak, WEAK_AGREEMENT } from './weak.js';
import { describePin, pinDifferences, pinFrom, type Pin } from './pins.js';
import {
  isExpired,
  levelRank,
  type PolicyException,
  type Requirements,
  type TrustLevel,
} from './policy-file.js';

/** The earlier version that sets the no-downgrade bar. */
export type TrustBar = {
  readonly level: TrustLevel;
  readonly version: string;
  readonly published?: string;
};

export type DecideInput = {
  readonly label: string;
  readonly source: SourceKind;
  /** Problems of the lockfile entries themselves (not pinned, malformed hash). */
  readonly problems: readonly string[];
  readonly requirements: Requirements;
  readonly exceptions: readonly PolicyException[];
  readonly now: Date;
  /** The registry does not have this version, or failed to answer. */
  readonly fetchProblem?: Check;
  /** The lockfile's hashes against the registry's. */
  readonly integrity?: Check;
  /** Where the expected identity comes from, or why there is none. */
  readonly identity?:
    { readonly from: 'policy' | 'pin' | 'first-use' } | { readonly missing: string };
  /** The attestations, checked through the core under the policy. */
  readonly verification?: ArtifactResult;
  /** Verified provenance counts as a trusted publisher (PyPI; npm when the registry says so). */
  readonly trustedPublisher: boolean;
  readonly bar?: TrustBar;
  readonly pin?: Pin;
  readonly updatingPins: boolean;
  /** The command that re-pins, for the fix of a changed identity. */
  readonly repin: string;
};

export type Decision = {
  readonly outcome: PackageOutcome;
  readonly checks: readonly Check[];
  readonly trustLevel?: TrustLevel;
  /** The identity of the attestation that verified, for the pin. */
  readonly identity?: IdentitySummary;
};

/**
 * What the policy makes of one package version, from facts gathered elsewhere (pure). An
 * attestation that fails to verify, a lockfile that disagrees with the registry, or a changed
 * pinned identity always fail; a missing attestation, too little trust or a downgrade fail
 * unless a valid exception covers them (a missing attestation may also only warn).
 */
export function decide(input: DecideInput): Decision {
  const checks: Check[] = [];
  const failed = (outcome: PackageOutcome = 'failed'): Decision => ({ outcome, checks });
  if (input.source !== 'registry') {
    const where = input.requirements.notFromRegistry;
    const message = `${input.label} is a ${input.source} dependency, not from a registry: nothing to verify`;
    if (where === 'fail') {
      checks.push(
        fail('source', 'NOT_FROM_REGISTRY', message, {
          hint: 'the policy says not-from-registry: fail; publish it to a registry, or allow it in its package rule',
        }),
      );
      return failed();
    }
    checks.push(skipped('source', message));
    return { outcome: where === 'warn' ? 'warned' : 'not-from-registry', checks };
  }
  for (const problem of input.problems)
    checks.push(
      fail('lockfile', 'LOCKFILE_INTEGRITY', `the lockfile entry: ${problem}`, {
        hint: 'regenerate the lockfile so it pins one version and the hash of its bytes',
      }),
    );
  if (input.problems.length > 0) return failed();
  if (input.fetchProblem !== undefined) {
    checks.push(input.fetchProblem);
    return failed(input.fetchProblem.code === 'NETWORK' ? 'indeterminate' : 'failed');
  }
  if (input.integrity !== undefined) {
    checks.push(input.integrity);
    if (input.integrity.status === 'fail') return failed();
  }
  const verification = input.verification;
  let level: TrustLevel = 'none';
  let identity: IdentitySummary | undefined;
  if (input.identity !== undefined && 'missing' in input.identity) {
    checks.push(
      fail('expected-identity', 'NOT_PINNED', input.identity.missing, {
        hint: `name its repository in the policy file (packages: {${JSON.stringify(input.label.replace(/@[^@]*$/, ''))}: {repo: OWNER/REPO}}), or record what it is now: ${input.repin}`,
      }),
    );
    return failed();
  }
  if (input.identity !== undefined)
    checks.push(
      pass(
        'expected-identity',
        `the expected identity comes from ${IDENTITY_FROM[input.identity.from]}`,
      ),
    );
  if (verification !== undefined) {
    if (verification.verdict === 'indeterminate') return failed('indeterminate');
    const failures = verification.attestations.flatMap((a) =>
      a.checks.filter((c) => c.status === 'fail').map((c) => c.code),
    );
    if (verification.verdict === 'verified') {
      level = input.trustedPublisher ? 'trusted-publisher' : 'provenance';
      identity = verification.attestations.find(
        (a) => a.verdict === 'verified' && a.identity !== undefined,
      )?.identity;
    } else if (!failures.every((c) => c === 'NO_ATTESTATION')) return failed();
  }
  const excusable: Check[] = [];
  const required = input.requirements.require;
  if (levelRank(level) < levelRank(required))
    excusable.push(
      level === 'none'
        ? fail('trust-level', 'NO_ATTESTATION', `${input.label} has no provenance`, {
            expected: required,
            actual: 'none',
            hint: 'ask upstream to publish with provenance (npm publish --provenance, trusted publishing), or add an exception with a reason',
          })
        : fail(
            'trust-level',
            'TRUST_LEVEL',
            `${input.label} has ${level}, the policy requires ${required}`,
            {
              expected: required,
              actual: level,
            },
          ),
    );
  else checks.push(pass('trust-level', `${input.label} has ${level}`, required, level));
  const bar = input.bar;
  if (
    input.requirements.noDowngrade &&
    bar !== undefined &&
    levelRank(level) < levelRank(bar.level)
  )
    excusable.push(
      fail(
        'no-downgrade',
        'DOWNGRADE',
        `${input.label} has ${level}, but ${bar.version}${bar.published === undefined ? '' : ` (published ${bar.published})`}, published before it, had ${bar.level}`,
        {
          expected: bar.level,
          actual: level,
          hint: 'a version with less trust than its predecessors is how a hijacked account shows; check with upstream before accepting it with an exception',
        },
      ),
    );
  const pin = input.updatingPins ? undefined : input.pin;
  if (pin !== undefined && levelRank(level) < levelRank(pin.trust))
    excusable.push(
      fail(
        'pin',
        'DOWNGRADE',
        `${input.label} has ${level}, less than the ${pin.trust} it was pinned with`,
        {
          expected: pin.trust,
          actual: level,
          hint: `check with upstream; to accept it: ${input.repin}`,
        },
      ),
    );
  if (pin !== undefined && level !== 'none') {
    const found = pinFrom(identity, level);
    const diff = pinDifferences(pin, found);
    if (diff.length > 0) {
      checks.push(
        fail(
          'pin',
          'PIN_MISMATCH',
          `${input.label} was built by another identity than the pinned one (${diff.map((d) => `${d.field}: pinned ${d.pinned}, now ${d.found}`).join('; ')})`,
          {
            expected: describePin(pin),
            actual: describePin(found),
            hint: `a new repository (or one deleted and re-created) is how a takeover shows: check it; to accept the new identity: ${input.repin}`,
          },
        ),
      );
      return { outcome: 'failed', checks, trustLevel: level };
    }
    checks.push(pass('pin', `as pinned: ${describePin(pin)}`));
  }
  if (excusable.length === 0)
    return {
      // Bytes pinned by sha1 alone are a warning: nothing stronger may exist for old packages.
      outcome: input.integrity !== undefined && isWeak(input.integrity) ? 'warned' : 'verified',
      checks,
      trustLevel: level,
      ...(identity === undefined ? {} : { identity }),
    };
  checks.push(...excusable);
  const valid = input.exceptions.find((e) => !isExpired(e, input.now));
  const done = (outcome: PackageOutcome): Decision => ({
    outcome,
    checks,
    trustLevel: level,
    ...(identity === undefined ? {} : { identity }),
  });
  if (valid !== undefined) {
    checks.push(
      pass(
        'exception',
        `excepted: ${valid.reason}${valid.until === undefined ? '' : ` (until ${valid.until})`}`,
        undefined,
        valid.package,
      ),
    );
    return done('excepted');
  }
  const expired = input.exceptions[0];
  if (expired !== undefined)
    checks.push(
      fail(
        'exception',
        excusable[0]?.code ?? 'NO_ATTESTATION',
        `the exception for ${expired.package} expired after ${expired.until ?? ''} (${expired.reason})`,
        {
          hint: 'review it again: renew its until date, or remove the exception',
        },
      ),
    );
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
export function compareNpmIntegrity(
  locked: readonly LockHash[],
  hashNote: string | undefined,
  registry: readonly LockHash[],
): Check {
  if (locked.length === 0 && hashNote !== undefined) return skipped('lockfile-integrity', hashNote);
  const common = locked.filter((l) => registry.some((r) => r.algorithm === l.algorithm));
  // Digests as everywhere in the result: ALG:HEX in full, comma-separated.
  const show = (hashes: readonly LockHash[]): string =>
    hashes.map((h) => `${h.algorithm}:${h.hex}`).join(', ');
  if (common.length === 0)
    return fail(
      'lockfile-integrity',
      'LOCKFILE_INTEGRITY',
      'the lockfile and the registry share no digest algorithm',
      {
        expected: show(registry),
        actual: show(locked),
        hint: 'regenerate the lockfile with a current package manager (it records sha512)',
      },
    );
  const differs = common.find(
    (l) => registry.find((r) => r.algorithm === l.algorithm)?.hex !== l.hex,
  );
  if (differs !== undefined)
    return fail(
      'lockfile-integrity',
      'LOCKFILE_INTEGRITY',
      "the lockfile's integrity differs from the registry's: the lockfile pins other bytes",
      {
        expected: show(registry.filter((r) => r.algorithm === differs.algorithm)),
        actual: show([differs]),
        hint: 'someone changed the lockfile or the registry; find out which before installing',
      },
    );
  const strong = common.some((h) => h.algorithm !== 'sha1');
  return pass(
    'lockfile-integrity',
    strong
      ? "the lockfile's integrity is the registry's"
      : `${WEAK_AGREEMENT} (sha1 only, which does not bind: regenerate the lockfile to record sha512)`,
    show(registry),
    show(common),
  );
}

/** A file of a PyPI release as the index lists it. */
export type IndexFile = {
  readonly filename: string;
  readonly sha256: string;
  readonly version: string | undefined;
  readonly uploaded: string | undefined;
  readonly provenance: string | undefined;
};

/** PyPI: every locked hash must be a file of this version on the index; those files are the ones to verify. */
export function matchPypiFiles(
  locked: readonly LockHash[],
  version: string,
  files: readonly IndexFile[],
): { check: Check; files: IndexFile[] } {
  const matched: IndexFile[] = [];
  const listed = files.filter((f) => f.version !== undefined && sameVersion(f.version, version));
  for (const hash of locked) {
    const file = hash.algorithm === 'sha256' ? files.find((f) => f.sha256 === hash.hex) : undefined;
    if (
      file === undefined ||
      file.version === undefined ||
      !sameVersion(file.version, version) ||
      (hash.file !== undefined && hash.file !== file.filename)
    )
      return {
        check: fail(
          'lockfile-integrity',
          'LOCKFILE_INTEGRITY',
          `the lockfile pins ${hash.file ?? 'a file'} that the index does not list for version ${version} (${listed.length === 0 ? 'it lists no file of that version' : `it lists ${listed.map((f) => f.filename).join(', ')}`})`,
          {
            expected: listed.map((f) => `sha256:${f.sha256}`).join(' | ') || undefined,
            actual: `${hash.algorithm}:${hash.hex}`,
            hint: 'someone changed the lockfile or the index; find out which before installing',
          },
        ),
        files: [],
      };
    if (!matched.includes(file)) matched.push(file);
  }
  return {
    check: pass(
      'lockfile-integrity',
      `every locked hash is a file of ${version} on the index (${matched.length} file(s))`,
    ),
    files: matched,
  };
}

/** PEP 440 versions compare after normalisation; here, case and a leading `v` aside, exactly. */
function sameVersion(a: string, b: string): boolean {
  const n = (v: string): string => v.toLowerCase().replace(/^v/, '');
  return n(a) === n(b);
}

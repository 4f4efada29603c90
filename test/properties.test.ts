// Property tests (fast-check) for every matcher and normaliser: a literal matches only itself,
// regex metacharacters are inert, and no Unicode look-alike folds into an ASCII name.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VerifyError } from '../src/core/errors.js';
import {
  asciiLower,
  formatWorkflow,
  parseRepoUri,
  parseWorkflowUri,
  sameName,
} from '../src/core/github/names.js';
import {
  isStrictReleaseRef,
  matchesVersionedTag,
  parseSemverTag,
} from '../src/core/github/refs.js';
import {
  interpretIdentity,
  type CertificateIdentity,
  type RawIdentity,
} from '../src/core/identity/certificate-identity.js';
import { parsePolicy } from '../src/core/policy/parse-policy.js';
import type { PolicyInput } from '../src/core/policy/policy.js';
import { checkOwner, checkSourceRepo } from '../src/core/policy/checks/identity.js';
import { checkCommit, checkRefs } from '../src/core/policy/checks/source.js';
import { checkBuilder, checkSigner } from '../src/core/policy/checks/workflow.js';
import { checkSubject } from '../src/core/policy/checks/subject.js';
import type { Check } from '../src/core/result.js';

const RUNS = { numRuns: 2000 };

/** Name characters, regex metacharacters, and Unicode look-alikes of ASCII letters. */
const LOOKALIKES = [
  '\u212A',
  '\u0131',
  '\u017F',
  '\u0430',
  '\u0435',
  '\u043E',
  '\uFF41',
  '\u0261',
  'ſ',
  'ı',
];
const META = ['.', '*', '+', '?', '^', '$', '(', ')', '[', ']', '{', '}', '|', '\\'];
const nameChar = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.constantFrom(
      ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.',
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom(...META) },
  { weight: 1, arbitrary: fc.constantFrom(...LOOKALIKES) },
);
const name = fc.array(nameChar, { minLength: 1, maxLength: 12 }).map((cs) => cs.join(''));
/** A name and a near variant of it: the same, re-cased, one character changed, or extended. */
const namePair = name.chain((a) =>
  fc.tuple(
    fc.constant(a),
    fc.oneof(
      fc.constant(a),
      fc.constant(a.toUpperCase()),
      fc.constant(asciiUpper(a)),
      name,
      fc.constant(`${a}x`),
      fc.constant(a.slice(1)),
      fc.constant(a.replace(/k/gi, '\u212A')),
      fc.constant(a.replace(/./, '.')),
    ),
  ),
);

/**
 * A valid policy name and a hostile certificate-side variant: re-cased, one character off,
 * extended, a metacharacter in place of a letter, or a Unicode look-alike.
 */
const policyName = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9-]{0,10}$/);
const hostilePair = policyName.chain((a) =>
  fc.tuple(
    fc.constant(a),
    fc.oneof(
      fc.constant(a),
      fc.constant(asciiUpper(a)),
      fc.constant(a.toLowerCase()),
      name,
      fc.constant(`${a}-evil`),
      fc.constant(a.slice(0, -1)),
      fc.constant(`${a.slice(0, -1)}.`),
      fc.constant(a.replace(/[kK]/g, '\u212A').replace(/[aA]/g, '\u0430')),
      fc.constant(`${a.slice(0, 1)}\uFF41${a.slice(1)}`),
    ),
  ),
);

function asciiUpper(s: string): string {
  return s.replace(/[a-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 32));
}

const status = (c: Check | Check[]): string[] => (Array.isArray(c) ? c : [c]).map((x) => x.status);
const passed = (c: Check | Check[]): boolean =>
  status(c).every((s) => s === 'pass') && status(c).length > 0;

function policyOrUndefined(input: PolicyInput): ReturnType<typeof parsePolicy> | undefined {
  try {
    return parsePolicy(input);
  } catch (err) {
    expect(err).toBeInstanceOf(VerifyError);
    expect((err as VerifyError).code).toBe('POLICY_INVALID');
    return undefined;
  }
}

/**
 * A certificate identity from raw Fulcio fields (GitHub's issuer unless given), read as the
 * verifier reads it; one the strict reader refuses (ID_CONFLICT) has no GitHub identity, so no
 * check can match it.
 */
function cert(fields: Partial<RawIdentity>): CertificateIdentity {
  const raw: RawIdentity = {
    issuer: 'https://token.actions.githubusercontent.com',
    san: undefined,
    legacy: {},
    ...fields,
  };
  try {
    return interpretIdentity(raw);
  } catch (err) {
    expect((err as VerifyError).code).toBe('ID_CONFLICT');
    return { ...raw, github: undefined };
  }
}

const ctx = (policy: ReturnType<typeof parsePolicy>, c: CertificateIdentity) => ({
  policy,
  cert: c,
  statement: undefined,
  claims: undefined,
});

describe('names', () => {
  it('sameName is exactly ASCII-case-insensitive equality', () => {
    fc.assert(
      fc.property(namePair, ([a, b]) => {
        expect(sameName(a, b)).toBe(asciiLower(a) === asciiLower(b));
      }),
      RUNS,
    );
  });

  it('no Unicode look-alike ever equals an ASCII letter', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LOOKALIKES),
        fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzAZKIS'),
        (u, a) => {
          expect(sameName(u, a)).toBe(false);
          expect(asciiLower(u)).toBe(u);
        },
      ),
    );
  });

  it('a workflow URI round-trips; the ref starts at the first @ after the path', () => {
    const ownerName = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9-]{0,9}$/);
    const segment = fc.stringMatching(/^[A-Za-z0-9_-][A-Za-z0-9._-]{0,9}$/);
    const refPart = fc.stringMatching(/^[A-Za-z0-9@_-]{1,8}$/).filter((p) => p !== '@');
    const ref = fc
      .tuple(fc.constantFrom('heads', 'tags'), fc.array(refPart, { minLength: 1, maxLength: 3 }))
      .map(([kind, parts]) => `refs/${kind}/${parts.join('/')}`);
    fc.assert(
      fc.property(ownerName, segment, segment, ref, (owner, repo, file, r) => {
        const uri = `https://github.com/${owner}/${repo}/.github/workflows/${file}.yml@${r}`;
        const parsed = parseWorkflowUri(uri, 'github.com');
        expect(parsed).toMatchObject({
          owner,
          repo,
          path: `.github/workflows/${file}.yml`,
          ref: r,
        });
        if (parsed) expect(formatWorkflow(parsed)).toBe(uri.replace('https://', ''));
      }),
      RUNS,
    );
  });
});

describe('workflow URIs with dot or empty segments', () => {
  it('never name a workflow, wherever the segment is', () => {
    const bad = fc.constantFrom('.', '..', '', '%2e%2e', 'a b');
    fc.assert(
      fc.property(bad, fc.integer({ min: 0, max: 2 }), (segment, at) => {
        const parts = ['.github', 'workflows', 'release.yml'];
        parts.splice(at, 0, segment);
        const uri = `https://github.com/acme/app/${parts.join('/')}@refs/tags/v1`;
        expect(parseWorkflowUri(uri, 'github.com')).toBeUndefined();
      }),
      RUNS,
    );
  });
});

describe('policy literals against certificate values', () => {
  it('--repo matches only the same owner/repo (ASCII case-insensitive), never a look-alike or pattern', () => {
    let reached = 0;
    fc.assert(
      fc.property(hostilePair, hostilePair, ([o1, o2], [r1, r2]) => {
        const policy = policyOrUndefined({ repo: `${o1}/${r1}` });
        if (policy === undefined) return;
        reached++; // refused at load: metacharacters and look-alikes are not names
        const check = checkSourceRepo(
          ctx(policy, cert({ sourceRepositoryUri: `https://github.com/${o2}/${r2}` })),
        );
        expect(passed(check)).toBe(
          asciiLower(o1) === asciiLower(o2) && asciiLower(r1) === asciiLower(r2),
        );
      }),
      RUNS,
    );
    // Most generated values are names: the match itself is what is tested, not only the refusal.
    expect(reached).toBeGreaterThan(RUNS.numRuns / 4);
  });

  it('--owner matches only the same owner', () => {
    let reached = 0;
    fc.assert(
      fc.property(hostilePair, ([o1, o2]) => {
        const policy = policyOrUndefined({ owner: o1 });
        if (policy === undefined) return;
        reached++;
        const c = cert({
          sourceRepositoryOwnerUri: `https://github.com/${o2}`,
          sourceRepositoryUri: `https://github.com/${o2}/x`,
        });
        expect(passed(checkOwner(ctx(policy, c)))).toBe(asciiLower(o1) === asciiLower(o2));
      }),
      RUNS,
    );
    // Most generated values are names: the match itself is what is tested, not only the refusal.
    expect(reached).toBeGreaterThan(RUNS.numRuns / 4);
  });

  it('--signer-workflow matches only the exact workflow path (and the repo, case-insensitively)', () => {
    const file = namePair.map(
      ([a, b]) => [`.github/workflows/${a}.yml`, `.github/workflows/${b}.yml`] as const,
    );
    let reached = 0;
    fc.assert(
      fc.property(file, ([p1, p2]) => {
        const policy = policyOrUndefined({ repo: 'acme/app', signerWorkflow: `acme/app/${p1}` });
        if (policy === undefined) return;
        reached++;
        const uri = `https://github.com/acme/app/${p2}@refs/tags/v1.2.3`;
        const checks = checkSigner(
          ctx(policy, cert({ san: { kind: 'uri', value: uri }, buildSignerUri: uri })),
        );
        expect(passed(checks)).toBe(p1 === p2);
      }),
      RUNS,
    );
    // Most generated values are names: the match itself is what is tested, not only the refusal.
    expect(reached).toBeGreaterThan(RUNS.numRuns / 4);
  });

  it('--builder-id matches only the exact builder workflow, at a vX.Y.Z tag, and the version asked for', () => {
    const version = fc.constantFrom('v1.2.3', 'v1.2.4', 'v10.0.0', 'v1.2.3-rc.1', 'main');
    let reached = 0;
    fc.assert(
      fc.property(hostilePair, version, version, fc.boolean(), ([a, b], v1, v2, pinVersion) => {
        const builder = `https://github.com/acme/builder/.github/workflows/${a}.yml`;
        const policy = policyOrUndefined({
          repo: 'acme/app',
          builderId: pinVersion ? `${builder}@${v1}` : builder,
        });
        if (policy === undefined) return;
        reached++;
        const ref = v2 === 'main' ? 'refs/heads/main' : `refs/tags/${v2}`;
        const uri = `https://github.com/acme/builder/.github/workflows/${b}.yml@${ref}`;
        const ok = checkBuilder(
          ctx(policy, cert({ san: { kind: 'uri', value: uri }, buildSignerUri: uri })),
        );
        const strictTag = /^v\d+\.\d+\.\d+$/.test(v2);
        expect(passed(ok)).toBe(a === b && strictTag && (!pinVersion || v1 === v2));
      }),
      RUNS,
    );
    expect(reached).toBeGreaterThan(RUNS.numRuns / 4);
  });

  it('--source-tag and --source-branch match only refs/tags/T and refs/heads/B exactly', () => {
    let reached = 0;
    fc.assert(
      fc.property(
        namePair,
        fc.constantFrom('tags', 'heads'),
        fc.constantFrom('tag', 'branch'),
        ([a, b], kind, rule) => {
          const policy = policyOrUndefined(
            rule === 'tag'
              ? { repo: 'acme/app', sourceTag: a }
              : { repo: 'acme/app', sourceBranch: a },
          );
          if (policy === undefined) return;
          reached++;
          const checks = checkRefs(ctx(policy, cert({ sourceRepositoryRef: `refs/${kind}/${b}` })));
          const wanted = rule === 'tag' ? 'tags' : 'heads';
          expect(passed(checks)).toBe(kind === wanted && a === b);
        },
      ),
      RUNS,
    );
    // Most generated values are names: the match itself is what is tested, not only the refusal.
    expect(reached).toBeGreaterThan(RUNS.numRuns / 4);
  });

  it('--source-digest matches only the same commit (hex case-insensitive)', () => {
    const hex40 = fc.stringMatching(/^[0-9a-f]{40}$/);
    fc.assert(
      fc.property(
        hex40,
        fc.oneof(
          hex40,
          hex40.map((h) => h),
        ),
        fc.boolean(),
        (a, b, upper) => {
          const same = fc.sample(fc.boolean(), 1)[0] === true;
          const actual = same ? a : b;
          const policy = parsePolicy({
            repo: 'acme/app',
            sourceDigest: upper ? a.toUpperCase() : a,
          });
          expect(passed(checkCommit(ctx(policy, cert({ sourceRepositoryDigest: actual }))))).toBe(
            a === actual,
          );
        },
      ),
      RUNS,
    );
  });

  it('policy repo values that are not GitHub names are refused at load (POLICY_INVALID), never matched', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (s) => {
        const policy = policyOrUndefined({ repo: s });
        if (policy?.sourceRepo === undefined) return;
        const { owner, repo } = policy.sourceRepo;
        expect(owner).toMatch(/^[A-Za-z0-9-]+$/);
        expect(repo).toMatch(/^[A-Za-z0-9._-]+$/);
      }),
      RUNS,
    );
  });
});

describe('refs and semver tags', () => {
  const num = fc.integer({ min: 0, max: 30 });
  it('versioned tag vX[.Y[.Z]] matches the same major and the given minor/patch, never a prerelease', () => {
    fc.assert(
      fc.property(
        num,
        fc.option(num, { nil: undefined }),
        num,
        num,
        num,
        fc.boolean(),
        (maj, min, bMaj, bMin, bPatch, pre) => {
          const expected = parseSemverTag(min === undefined ? `v${maj}` : `v${maj}.${min}`);
          if (expected === undefined) throw new Error('bad generator');
          const built = `v${bMaj}.${bMin}.${bPatch}${pre ? '-rc.1' : ''}`;
          expect(matchesVersionedTag(expected, built)).toBe(
            !pre && bMaj === maj && (min === undefined || bMin === min),
          );
        },
      ),
      RUNS,
    );
  });

  it('look-alike tags never parse as semver: v1-evil, v01, v1.2.3.4, V1, ｖ1', () => {
    for (const t of ['v1-evil.', 'v01', 'v1.2.3.4', 'V1', '\uFF561', 'v1 ', ' v1', 'v', 'v1..2'])
      expect(parseSemverTag(t), t).toBeUndefined();
  });

  it('a builder release ref is exactly refs/tags/vX.Y.Z', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 25 }), (s) => {
        expect(isStrictReleaseRef(s)).toBe(
          /^refs\/tags\/v(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$/.test(s),
        );
      }),
      RUNS,
    );
  });
});

describe('digests', () => {
  const hex64 = fc.stringMatching(/^[0-9a-f]{64}$/);
  it('an artifact is a subject only when every shared accepted digest agrees', () => {
    fc.assert(
      fc.property(hex64, hex64, fc.boolean(), (mine, other, sameSubject) => {
        const subject = sameSubject ? mine : other;
        const statement = {
          type: 't',
          predicateType: 'p',
          predicate: undefined,
          subjects: [{ name: 'a', digest: { sha256: subject } }],
        };
        expect(passed(checkSubject(statement, { sha256: mine }, undefined))).toBe(subject === mine);
      }),
      RUNS,
    );
  });

  it('weak algorithms never bind, whatever their value', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('sha1', 'md5', 'SHA256', 'sha-256', 'gitCommit'),
        hex64,
        (alg, h) => {
          const statement = {
            type: 't',
            predicateType: 'p',
            predicate: undefined,
            subjects: [{ name: 'a', digest: { [alg]: h } }],
          };
          expect(passed(checkSubject(statement, { sha256: h }, undefined))).toBe(false);
        },
      ),
    );
  });
});

describe('repository URIs', () => {
  it('parseRepoUri accepts exactly https://HOST/OWNER/REPO and reads it back unchanged', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        const r = parseRepoUri(`https://github.com/${s}`, 'github.com');
        if (r === undefined) return;
        expect(`${r.owner}/${r.repo}`).toBe(s);
      }),
      RUNS,
    );
  });

  it('refuses every decoration of a valid repository URI (issue 10 class 2)', () => {
    const validName = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9-]{0,9}$/);
    const decorate = fc.constantFrom(
      (o: string, r: string) => `https://github.com/${o}/${r}/`,
      (o: string, r: string) => `https://github.com/${o}/${r}/x`,
      (o: string, r: string) => `https://github.com/${o}/./${r}`,
      (o: string, r: string) => `https://github.com/${o}/../${o}/${r}`,
      (o: string, r: string) => `https://github.com:443/${o}/${r}`,
      (o: string, r: string) => `https://user@github.com/${o}/${r}`,
      (o: string, r: string) => `https://github.com/${o}/${r}?x=1`,
      (o: string, r: string) => `https://github.com/${o}/${r}#f`,
      (o: string, r: string) => `https://GitHub.com/${o}/${r}`,
      (o: string, r: string) => `https://github.com.evil.com/${o}/${r}`,
      (o: string, r: string) => `https://evil.com/${o}/${r}`,
      (o: string, r: string) => `http://github.com/${o}/${r}`,
      (o: string, r: string) => `https://github.com/${o}/${r}.git/`,
      (o: string, r: string) => `https://github.com//${o}/${r}`,
    );
    fc.assert(
      fc.property(validName, validName, decorate, (o, r, d) => {
        expect(parseRepoUri(`https://github.com/${o}/${r}`, 'github.com')).toEqual({
          owner: o,
          repo: r,
        });
        expect(parseRepoUri(d(o, r), 'github.com')).toBeUndefined();
      }),
      RUNS,
    );
  });
});

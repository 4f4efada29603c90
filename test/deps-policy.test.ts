// The deps policy file: its JSON Schema names exactly the CLI's policy flags, every error points
// at a line, unknown keys are errors; rules, exceptions and pins behave as documented.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  exceptionsFor,
  isExpired,
  parsePolicyFile,
  ruleFor,
} from '../src/core/deps/policy-file.js';
import { parsePins, pinDifferences, serializePins } from '../src/core/deps/pins.js';
import { POLICY_FIELDS } from '../src/core/policy/fields.js';
import { POLICY } from './support/deps-world.js';
import { REPO_ROOT } from './support/verify-helpers.js';

const schema = JSON.parse(
  readFileSync(join(REPO_ROOT, 'schemas', 'deps-policy.schema.json'), 'utf8'),
) as {
  definitions: {
    rule: { properties: Record<string, unknown> };
    levels: { properties: Record<string, unknown> };
  };
};

function error(text: string): string {
  try {
    parsePolicyFile('policy.yml', text);
  } catch (err) {
    return (err as Error).message;
  }
  return 'accepted';
}

describe('the policy file', () => {
  it('package rules take exactly the policy flags (not --subject-name, set per package) and the requirement keys', () => {
    expect(Object.keys(schema.definitions.rule.properties).sort()).toEqual(
      [
        ...POLICY_FIELDS.filter((f) => f.flag !== 'subject-name').map((f) => f.flag),
        ...Object.keys(schema.definitions.levels.properties),
      ].sort(),
    );
  });

  it('reads the issue example: defaults, rules by exact name, scope and pypi:, exceptions', () => {
    const policy = parsePolicyFile('policy.yml', POLICY);
    expect(policy.defaults).toEqual({
      require: 'provenance',
      missing: 'fail',
      noDowngrade: true,
      notFromRegistry: 'list',
    });
    expect(ruleFor(policy, 'npm', 'sigstore')?.policy).toEqual({ repo: 'sigstore/sigstore-js' });
    expect(ruleFor(policy, 'npm', '@sigstore/core')).toMatchObject({
      pattern: '@sigstore/*',
      line: 8,
    });
    expect(ruleFor(policy, 'npm', '@sigstorex/core')).toBeUndefined();
    expect(ruleFor(policy, 'pypi', 'requests')?.policy).toEqual({ repo: 'psf/requests' });
    expect(ruleFor(policy, 'npm', 'requests')).toBeUndefined();
    expect(exceptionsFor(policy, 'pypi', 'six', '1.16.0')).toHaveLength(1);
    expect(exceptionsFor(policy, 'npm', 'left-pad', '1.2.0')).toHaveLength(0);
    // JSON is read as the YAML it also is.
    expect(
      parsePolicyFile('p.json', '{"version": 1, "packages": {"a": {"repo": "o/a", "repo-id": 5}}}')
        .rules[0]?.policy,
    ).toEqual({
      repo: 'o/a',
      repoId: '5',
    });
  });

  it('every error names its line; unknown keys, a missing reason, bad values are errors', () => {
    expect(error(POLICY.replace('sigstore: { repo:', 'sigstore: { repos:'))).toMatch(
      /^policy\.yml:7: packages\.sigstore: unknown key "repos" \(package rules take the policy flag names/,
    );
    expect(error(POLICY.replace('    reason: upstream publishes no provenance\n', ''))).toMatch(
      /^policy\.yml:11: exceptions\.0: must have required property 'reason'/,
    );
    expect(error(POLICY.replace('require: provenance', 'require: maybe'))).toMatch(
      /^policy\.yml:3: defaults\.require: .*provenance, trusted-publisher, none/,
    );
    expect(error(POLICY.replace('version: 1', 'version: 2'))).toMatch(
      /^policy\.yml:1: version: must be 1/,
    );
    expect(error(POLICY.replace('  sigstore:', '  "Bad Name!":'))).toMatch(
      /^policy\.yml:7: packages: "Bad Name!" is not a package name/,
    );
    expect(error(POLICY.replace('until: 2999-12-31', 'until: soon'))).toMatch(
      /^policy\.yml:13: exceptions\.0\.until: must match pattern/,
    );
    expect(
      error(
        POLICY.replace(
          '  sigstore: { repo: sigstore/sigstore-js }',
          '  sigstore: { subject-name: x, repo: a/b }',
        ),
      ),
    ).toMatch(/unknown key "subject-name"/);
    expect(error(`${POLICY}extra: 1\n`)).toMatch(
      /^policy\.yml:\d+: the document: unknown key "extra"/,
    );
    expect(error('version: 1\nversion: 1\n')).toMatch(
      /^policy\.yml:2: not valid YAML or JSON \(DUPLICATE_KEY\)/,
    );
  });

  it('an exception applies through its until day (UTC) and not after', () => {
    const [e] = parsePolicyFile('p.yml', POLICY).exceptions;
    const until = { ...e!, until: '2027-01-31' };
    expect(isExpired(until, new Date('2027-01-31T23:59:59Z'))).toBe(false);
    expect(isExpired(until, new Date('2027-02-01T00:00:00Z'))).toBe(true);
    expect(isExpired({ ...until, until: undefined }, new Date('2999-01-01'))).toBe(false);
  });
});

describe('the pin file', () => {
  const text = serializePins(
    new Map([
      ['zod', { trust: 'none' as const }],
      [
        'pypi:requests',
        {
          repo: 'psf/requests',
          'repo-id': '1362490',
          'owner-id': '1525981',
          'signer-workflow': 'psf/requests/.github/workflows/publish.yml',
          trust: 'trusted-publisher' as const,
        },
      ],
    ]),
  );

  it('is sorted JSON with one field per line, read back exactly; anything unexpected is refused', () => {
    expect(text.split('\n').slice(0, 4)).toEqual([
      '{',
      '  "version": 1,',
      '  "packages": {',
      '    "pypi:requests": {',
    ]);
    expect(serializePins(parsePins('pins.json', text))).toBe(text);
    expect(() =>
      parsePins('pins.json', text.replace('"trust": "none"', '"trust": "some"')),
    ).toThrow(/trust must be/);
    expect(() =>
      parsePins('pins.json', text.replace('"repo-id": "1362490"', '"repo-id": "x"')),
    ).toThrow(/repo-id must be a number/);
    expect(() =>
      parsePins('pins.json', text.replace('"trust": "none"', '"trust": "none", "note": "x"')),
    ).toThrow(/unknown field "note"/);
  });

  it('compares owners and repositories ASCII case-insensitively, ids and workflow paths exactly', () => {
    const pin = parsePins('pins.json', text).get('pypi:requests')!;
    expect(
      pinDifferences(pin, {
        ...pin,
        repo: 'PSF/Requests',
        'signer-workflow': 'PSF/requests/.github/workflows/publish.yml',
      }),
    ).toEqual([]);
    expect(pinDifferences(pin, { ...pin, 'repo-id': '9' })).toEqual([
      { field: 'repo-id', pinned: '1362490', found: '9' },
    ]);
    expect(
      pinDifferences(pin, {
        ...pin,
        'signer-workflow': 'psf/requests/.github/workflows/Publish.yml',
      }),
    ).toHaveLength(1);
  });
});

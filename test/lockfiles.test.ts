// Every lockfile format the deps command reads, on real-shaped files (fixtures/lockfiles, see
// its README): each entry's kind (registry, alias, workspace, file:, link:, git, tarball URL),
// the real package behind an alias, its pinned hashes, and the line that declares it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LockEntry } from '../src/core/deps/entries.js';
import { parseLockfile } from '../src/core/deps/lockfiles/index.js';
import { REPO_ROOT } from './support/verify-helpers.js';

const DIR = join(REPO_ROOT, 'fixtures', 'lockfiles');

function parse(rel: string) {
  return parseLockfile(rel, readFileSync(join(DIR, rel), 'utf8'));
}

/** `LINE KIND NAME@VERSION [as ALIAS] [HASHES]` per entry, in file order. */
function rows(entries: readonly LockEntry[]): string[] {
  return [...entries]
    .sort((a, b) => a.line - b.line)
    .map(
      (e) =>
        `${e.line} ${e.source} ${e.name}@${e.version ?? '-'}${e.alias === undefined ? '' : ` as ${e.alias}`}${
          e.hashes.length === 0 ? '' : ` ${e.hashes.map((h) => h.algorithm).join(',')}`
        }`,
    );
}

const NPM_V23 = [
  '24 link linked@0.0.1',
  '32 registry @sigstore/core@2.0.0 sha512',
  '41 git debug@4.3.4',
  '49 tarball is-even@1.0.0 sha512',
  '55 registry left-pad@1.3.0 sha512',
  '66 registry ms@2.1.3 sha512',
  '72 registry sigstore@3.0.0 sha512',
  '84 registry string-width@4.2.3 as string-width-cjs sha512',
  '94 file vendored@1.0.0 sha512',
  '100 workspace @acme/app@0.1.0',
];

const EXPECTED: Record<string, { format: string; rows: string[] }> = {
  'npm-v1/package-lock.json': {
    format: 'package-lock.json v1',
    rows: [
      '7 registry @sigstore/core@2.0.0 sha512',
      '12 git debug@-',
      '19 tarball is-even@-',
      '23 registry left-pad@1.3.0 sha512',
      '28 file linked@-',
      '31 registry ms@2.1.3 sha512',
      '36 registry sigstore@3.0.0 sha512',
      '44 registry string-width@4.2.3 as string-width-cjs sha512',
      '49 file vendored@-',
    ],
  },
  'npm-v2/package-lock.json': { format: 'package-lock.json v2', rows: NPM_V23 },
  'npm-v3/package-lock.json': { format: 'package-lock.json v3', rows: NPM_V23 },
  'shrinkwrap-v3/npm-shrinkwrap.json': {
    format: 'npm-shrinkwrap.json v3',
    rows: [
      '19 git debug@4.3.4',
      '27 registry ms@2.1.3 sha512',
      '33 registry sigstore@3.0.0 sha512',
      '42 registry @sigstore/core@2.0.0 sha512',
    ],
  },
  'pnpm-v6/pnpm-lock.yaml': {
    format: 'pnpm-lock.yaml 6.0',
    rows: [
      '20 link linked@-',
      '35 registry @sigstore/core@2.0.0 sha512',
      '40 registry left-pad@1.3.0 sha512',
      '45 registry ms@2.1.3 sha512',
      '49 registry sigstore@3.0.0 sha512',
      '56 registry string-width@4.2.3 sha512',
      '61 tarball is-even@1.0.0',
      '67 directory local-lib@0.1.0',
      '73 git debug@4.3.4',
    ],
  },
  'pnpm-v9/pnpm-lock.yaml': {
    format: 'pnpm-lock.yaml 9.0',
    rows: [
      '23 link linked@-',
      '38 workspace @acme/util@-',
      '49 registry @sigstore/core@2.0.0 sha512',
      '53 git debug@4.3.4',
      '58 tarball is-even@1.0.0',
      '62 registry left-pad@1.3.0 sha512',
      '66 directory local-lib@-',
      '69 registry ms@2.1.3 sha512',
      '72 registry sigstore@3.0.0 sha512',
      '76 registry string-width@4.2.3 sha512',
    ],
  },
  'yarn-classic/yarn.lock': {
    format: 'yarn.lock (classic v1)',
    rows: [
      '5 registry @sigstore/core@2.0.0 sha512',
      '10 git debug@4.3.4',
      '16 tarball is-even@1.0.0',
      '20 registry left-pad@1.3.0 sha512',
      '25 file local-lib@0.1.0',
      '28 registry ms@2.1.3 sha512',
      '33 registry sigstore@3.0.0 sha512',
      '40 registry string-width@4.2.3 as string-width-cjs sha512',
    ],
  },
  'yarn-berry/yarn.lock': {
    format: 'yarn.lock (berry, v8)',
    rows: [
      '8 workspace @acme/app@-',
      '16 registry @sigstore/core@2.0.0',
      '23 workspace acme-monorepo@-',
      '38 git debug@-',
      '47 tarball is-even@-',
      '54 registry left-pad@1.3.0',
      '61 link linked@-',
      '67 file local-lib@-',
      '74 registry ms@2.1.3',
      '81 registry sigstore@3.0.0',
      '90 registry string-width@4.2.3 as string-width-cjs',
    ],
  },
  'bun/bun.lock': {
    format: 'bun.lock v1',
    rows: [
      '26 workspace @acme/app@-',
      '28 registry @sigstore/core@2.0.0 sha512',
      '30 git debug@-',
      '32 tarball is-even@-',
      '34 registry left-pad@1.3.0 sha512',
      '36 link linked@-',
      '38 file local-lib@-',
      '40 registry ms@2.1.3 sha512',
      '42 registry sigstore@3.0.0 sha512',
      '44 registry string-width@4.2.3 as string-width-cjs sha512',
    ],
  },
  'requirements/requirements.txt': {
    format: 'requirements.txt',
    rows: [
      '9 registry requests@2.32.3 sha256,sha256',
      '13 registry sampleproject@4.0.0 sha256,sha256',
      '17 registry six@1.16.0 sha256,sha256',
      '21 git flask@-',
      '23 tarball foo@-',
      '26 directory acme-tools@-',
    ],
  },
  'uv/uv.lock': {
    format: 'uv.lock v1',
    rows: [
      '5 workspace acme-app@0.1.0',
      '17 workspace acme-tools@0.2.0',
      '22 git flask@3.0.0',
      '27 tarball foo@1.0',
      '33 registry requests@2.32.3 sha256,sha256',
      '42 registry sampleproject@4.0.0 sha256,sha256',
      '54 registry six@1.16.0 sha256,sha256',
    ],
  },
  'poetry/poetry.lock': {
    format: 'poetry.lock 2.1',
    rows: [
      '3 directory acme-tools@0.2.0',
      '17 git flask@3.0.0',
      '33 tarball foo@1.0',
      '48 registry requests@2.32.3 sha256,sha256',
      '60 registry sampleproject@4.0.0 sha256,sha256',
      '75 registry six@1.16.0 sha256,sha256',
    ],
  },
  'pylock/pylock.toml': {
    format: 'pylock.toml 1.0',
    rows: [
      '6 directory acme-tools@0.2.0',
      '14 git flask@3.0.0',
      '24 tarball foo@1.0',
      '32 registry requests@2.32.3 sha256,sha256',
      '51 registry sampleproject@4.0.0 sha256',
      '61 registry six@1.16.0 sha256',
    ],
  },
};

describe('lockfile formats (real-shaped fixtures)', () => {
  it.each(Object.entries(EXPECTED))('%s', (rel, expected) => {
    const lockfile = parse(rel);
    expect(lockfile.format).toBe(expected.format);
    expect(rows(lockfile.entries)).toEqual(expected.rows);
    for (const e of lockfile.entries) {
      expect(e.problem, `${e.name}: ${e.problem}`).toBeUndefined();
      // The line really declares the entry: its text names the package (or the path it links).
      const text = readFileSync(join(DIR, rel), 'utf8').split('\n')[e.line - 1] ?? '';
      const named = [e.name, e.alias, e.resolved].filter((v): v is string => v !== undefined);
      // TOML lockfiles declare an entry with its `[[package]]` header, which names nothing.
      const header = /^(uv|poetry|pylock)\//.test(rel);
      const shown = header || named.some((n) => text.includes(n.slice(n.lastIndexOf('/') + 1)));
      expect(shown, `${rel}:${e.line} ${JSON.stringify(text)} for ${e.name}`).toBe(true);
    }
  });

  it('every registry entry pins its bytes: npm SRI hex digests, PyPI sha256 per named file', () => {
    const v3 = parse('npm-v3/package-lock.json').entries.find((e) => e.name === 'sigstore');
    expect(v3?.hashes).toEqual([
      {
        algorithm: 'sha512',
        hex: Buffer.from(
          'qcie2YHiiSgmDhkFwDTMgr5i3bSTtzcJYQB1VE9Y3B3zpFP4PJa0Xw0f5/4pwoZPzhC8RezBO5/RxfvPv+4m1A==',
          'base64',
        ).toString('hex'),
      },
    ]);
    const uv = parse('uv/uv.lock').entries.find((e) => e.name === 'requests');
    expect(uv?.hashes.map((h) => h.file)).toEqual([
      'requests-2.32.3.tar.gz',
      'requests-2.32.3-py3-none-any.whl',
    ]);
    expect(uv?.index).toBe('https://pypi.org/simple');
    // yarn berry's checksum is of its own zip archive: never compared, and said so.
    const berry = parse('yarn-berry/yarn.lock').entries.find((e) => e.name === 'sigstore');
    expect(berry?.hashes).toEqual([]);
    expect(berry?.hashNote).toMatch(/own archive/);
  });
});

describe('lockfiles that are wrong are refused with the line, or their entry fails', () => {
  const refused = (name: string, text: string): string => {
    try {
      parseLockfile(name, text);
    } catch (err) {
      return (err as Error).message;
    }
    return 'accepted';
  };
  const v3 = readFileSync(join(DIR, 'npm-v3/package-lock.json'), 'utf8');

  it('JSON: a repeated key, a comment, a trailing comma, an unknown lockfileVersion', () => {
    expect(
      refused(
        'package-lock.json',
        v3.replace('"node_modules/ms": {', '"node_modules/sigstore": {'),
      ),
    ).toMatch(/^package-lock\.json:72: key "node_modules\/sigstore" appears twice/);
    expect(
      refused('package-lock.json', v3.replace('"requires": true,', '"requires": true, // x')),
    ).toMatch(/^package-lock\.json:5: not valid JSON/);
    expect(refused('package-lock.json', '{"lockfileVersion": 3, "packages": {},}')).toMatch(
      /not valid JSON/,
    );
    expect(refused('package-lock.json', '{"lockfileVersion": 4}')).toMatch(
      /lockfileVersion 4 is not 1, 2 or 3/,
    );
    // bun.lock is JSONC: trailing commas are its format, but a repeated key is still refused.
    expect(
      refused(
        'bun.lock',
        '{"lockfileVersion": 1, "packages": {"a": ["a@1.0.0", "", {}, "sha512-x"], "a": []},}',
      ),
    ).toMatch(/appears twice/);
  });

  it('YAML and TOML errors, unsupported versions, a yarn descriptor listed twice', () => {
    expect(refused('pnpm-lock.yaml', 'lockfileVersion: 5.4\npackages: {}\n')).toMatch(
      /5\.4.*not supported/,
    );
    expect(
      refused(
        'pnpm-lock.yaml',
        "lockfileVersion: '9.0'\npackages:\n  a@1.0.0: {}\n  a@1.0.0: {}\n",
      ),
    ).toMatch(/^pnpm-lock\.yaml:4: not valid YAML \(DUPLICATE_KEY\)/);
    expect(refused('uv.lock', 'version = 1\n\n[[package]]\nname = "a"\nname = "b"\n')).toMatch(
      /^uv\.lock:5: not valid TOML/,
    );
    expect(refused('pylock.toml', 'lock-version = "2.0"\n')).toMatch(
      /lock-version "2\.0" is not 1\.x/,
    );
    const yarn = readFileSync(join(DIR, 'yarn-classic/yarn.lock'), 'utf8');
    expect(refused('yarn.lock', `${yarn}\nleft-pad@^1.3.0:\n  version "1.3.0"\n`)).toMatch(
      /^yarn\.lock:45: "left-pad@\^1\.3\.0" is listed twice/,
    );
    expect(refused('Gemfile.lock', '')).toMatch(/not a lockfile name/);
  });

  it('entries that do not lock one version and its bytes fail on their own line', () => {
    const reqs = parseLockfile(
      'requirements.txt',
      '-r base.txt\nflask>=2\nsix==1.16.0\nidna==3.7 --hash=md5:abc\n',
    );
    expect(reqs.notes).toEqual([
      'requirements.txt:1: base.txt is not followed; give it as a lockfile of its own',
    ]);
    expect(reqs.entries.map((e) => [e.line, e.problem])).toEqual([
      [2, '"flask>=2" does not pin one version (NAME==VERSION)'],
      [3, 'no file hash is locked'],
      [4, '--hash "md5:abc" is not sha256/384/512:HEX'],
    ]);
    const badSri = parseLockfile(
      'package-lock.json',
      v3.replace('"integrity": "sha512-XmwsgNSwz', '"integrity": "sha512-!XmwsgNSwz'),
    ).entries.find((e) => e.name === 'left-pad');
    expect(badSri?.problem).toMatch(/not SRI/);
    const noIntegrity = parseLockfile(
      'package-lock.json',
      '{"lockfileVersion": 3, "packages": {"node_modules/a": {"version": "1.0.0", "resolved": "https://registry.npmjs.org/a/-/a-1.0.0.tgz"}}}',
    ).entries[0];
    expect(noIntegrity).toMatchObject({
      source: 'registry',
      problem: 'no integrity is locked',
      line: 1,
    });
  });
});

// Issue 13 through the built CLI: help on every command, versions, "did you mean", the flag
// spellings people bring from gh / slsa-verifier / cosign, artifact and bundle forms, and output
// that stays readable with many artifacts.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../src/cli/help.js';
import { REPO_ROOT } from './support/verify-helpers.js';

const CLI = join(REPO_ROOT, 'dist', 'cli', 'index.js');
const FX = (rel: string): string => join(REPO_ROOT, 'fixtures', rel);
const ROOT = FX('trusted_root.json');
const APP = FX('artifacts/app-1.2.3.tgz');
const TAG = FX('bundles/in-repo-tag.sigstore.json');
const MULTI = FX('bundles/multi-subject.sigstore.json');
const SAN = 'https://github.com/acme/app/.github/workflows/release.yml@refs/tags/v1.2.3';
const ISSUER = 'https://token.actions.githubusercontent.com';

type Run = { code: number; stdout: string; stderr: string };

function cli(...args: string[]): Promise<Run> {
  return new Promise((resolve, reject) =>
    execFile(
      process.execPath,
      [CLI, ...args],
      { cwd: REPO_ROOT, env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 },
      (err, stdout, stderr) => {
        if (err !== null && typeof err.code !== 'number')
          reject(new Error(err.message, { cause: err }));
        else resolve({ code: err === null ? 0 : Number(err.code), stdout, stderr });
      },
    ),
  );
}

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'vp-ux-'));
});

describe('help and versions', () => {
  it.each(COMMANDS)('%s --help and -h print its usage, flags and examples (exit 0)', async (c) => {
    for (const flag of ['--help', '-h']) {
      const r = await cli(c, flag);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain(`verify-provenance ${c}`);
      expect(r.stdout).toContain('Examples:');
    }
  });

  it('help COMMAND, --help and help anywhere on a command line', async () => {
    expect((await cli('help', 'npm')).stdout).toContain('verify-provenance npm NAME@VERSION');
    expect((await cli('verify', '--repo', 'acme/app', '--help')).stdout).toContain('Policy');
    const general = await cli('--help');
    expect(general.code).toBe(0);
    for (const c of COMMANDS) expect(general.stdout).toContain(`  ${c} `);
  });

  it('no arguments: the overview on stderr, exit 2', async () => {
    const r = await cli();
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Commands:');
  });

  it('--version, -V and version', async () => {
    for (const v of ['--version', '-V', 'version'])
      expect((await cli(v)).stdout).toMatch(/^0\.1\.0/);
  });
});

describe('did you mean', () => {
  it('a typo of a flag or a command', async () => {
    const flag = await cli('verify', APP, '--bundle', TAG, '--repo-idd', '1', '--format', 'json');
    expect(flag.code).toBe(2);
    expect(flag.stdout).toContain('did you mean --repo-id?');
    expect((await cli('verfy')).stderr).toContain('did you mean verify?');
  });

  it.each([
    ['--certificate-identity-regexp', 'regular expressions are refused'],
    ['--cert-identity-regex', 'regular expressions are refused'],
    ['--bundle-from-oci', 'OCI registries are not a source yet'],
    ['--jq', 'pipe it to jq'],
    ['--print-provenance', 'inspect --format json'],
    ['--registry', 'is a flag of npm, deps'],
  ])('%s explains itself', async (flag, hint) => {
    const r = await cli(
      'verify',
      APP,
      '--bundle',
      TAG,
      '--repo',
      'acme/app',
      flag,
      'x',
      '--format',
      'json',
    );
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(hint);
  });
});

describe('the spellings of gh, slsa-verifier and cosign', () => {
  const verifies = async (...args: string[]): Promise<void> => {
    const r = await cli('verify', APP, '--trusted-root', ROOT, ...args);
    expect(r.code, r.stdout + r.stderr).toBe(0);
  };

  it('gh: -R, -b, --custom-trusted-root, --deny-self-hosted-runners', async () => {
    await verifies('-b', TAG, '-R', 'acme/app', '--deny-self-hosted-runners');
    const r = await cli('verify', APP, '-b', TAG, '-R', 'acme/app', '--custom-trusted-root', ROOT);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const both = await cli(
      'verify',
      APP,
      '-b',
      TAG,
      '-R',
      'acme/app',
      '--trusted-root',
      ROOT,
      '--deny-self-hosted-runners',
      '--allow-self-hosted-runners',
    );
    expect(both.code).toBe(2);
  });

  it('slsa-verifier: --source-uri github.com/O/R, --provenance-path, --build-workflow-input', async () => {
    await verifies('--provenance-path', TAG, '--source-uri', 'github.com/acme/app');
    const r = await cli(
      'verify',
      APP,
      '--trusted-root',
      ROOT,
      '--provenance-path',
      TAG,
      '--source-uri',
      'github.com/acme/app',
      '--build-workflow-input',
      'x=1',
      '--format',
      'json',
    );
    expect(r.stdout).toContain('ID_INPUTS');
  });

  it('cosign: --certificate-identity and --certificate-oidc-issuer, in verify and verify-bundle', async () => {
    await verifies(
      '--bundle',
      TAG,
      '--certificate-identity',
      SAN,
      '--certificate-oidc-issuer',
      ISSUER,
    );
    for (const names of [
      ['--cert-identity', '--cert-oidc-issuer'],
      ['--certificate-identity', '--certificate-oidc-issuer'],
    ]) {
      const r = await cli(
        'verify-bundle',
        '--bundle',
        TAG,
        names[0] ?? '',
        SAN,
        names[1] ?? '',
        ISSUER,
        '--trusted-root',
        ROOT,
        APP,
      );
      expect(r.code, r.stdout + r.stderr).toBe(0);
    }
  });

  it('an alias is never rewritten inside a value', async () => {
    const r = await cli(
      'verify',
      APP,
      '--bundle',
      TAG,
      '--trusted-root',
      ROOT,
      '--repo',
      'acme/app',
      '--subject-name=--source-uri',
      '--format',
      'json',
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('ID_SUBJECT_NAME');
    expect(r.stdout).toContain('--source-uri');
  });
});

describe('artifact and bundle forms', () => {
  it('digests in every spelling; a bare hex digest gets the spelled-out hint', async () => {
    const digest = (alg: string): Buffer => createHash(alg).update(readFileSync(APP)).digest();
    const sha256 = digest('sha256').toString('hex');
    const sha512 = digest('sha512').toString('base64');
    for (const form of [`sha256:${sha256}`, `SHA256:${sha256.toUpperCase()}`])
      expect(
        (await cli('verify', form, '--bundle', TAG, '--repo', 'acme/app', '--trusted-root', ROOT))
          .code,
      ).toBe(0);
    // SRI (the lockfile form) is read; this bundle records only sha256, so nothing compares.
    const sri = await cli(
      'verify',
      `sha512-${sha512}`,
      '--bundle',
      TAG,
      '--repo',
      'acme/app',
      '--trusted-root',
      ROOT,
      '--format',
      'json',
    );
    expect(sri.stdout).toContain('DIGEST_ALG');
    const bare = await cli(
      'verify',
      sha256,
      '--bundle',
      TAG,
      '--repo',
      'acme/app',
      '--trusted-root',
      ROOT,
    );
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain(`write sha256:${sha256}`);
  });

  it('an artifact that is a bundle: did you mean --bundle?', async () => {
    const r = await cli('verify', TAG, '--repo', 'acme/app');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`did you mean --bundle ${TAG}?`);
  });

  it('quoted globs and directories for artifacts and bundles; artifacts named by the path given', async () => {
    const dir = join(tmp, 'forms');
    for (const os of ['linux', 'darwin']) {
      mkdirSync(join(dir, os), { recursive: true });
      copyFileSync(FX(`artifacts/app-${os}`), join(dir, os, 'app'));
    }
    mkdirSync(join(dir, 'atts'));
    copyFileSync(MULTI, join(dir, 'atts', 'multi.sigstore.json'));
    const r = await cli(
      'verify',
      join(dir, '*/app'),
      '--bundle',
      join(dir, 'atts'),
      '--repo',
      'acme/app',
      '--trusted-root',
      ROOT,
      '--format',
      'json',
    );
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const names = (JSON.parse(r.stdout) as { artifacts: { name: string }[] }).artifacts.map(
      (a) => a.name,
    );
    expect(names).toEqual([join(dir, 'darwin/app'), join(dir, 'linux/app')]);
    const none = await cli(
      'verify',
      join(dir, '*.nothing'),
      '--bundle',
      MULTI,
      '--repo',
      'acme/app',
    );
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('matches no file');
  });
});

describe('output at scale', () => {
  const many = [
    FX('artifacts/app-linux'),
    FX('artifacts/app-darwin'),
    FX('artifacts/app-windows'),
    FX('artifacts/not-attested.bin'),
  ];

  it('one line per passing artifact, details only for the failure, failures again at the end', async () => {
    const r = await cli(
      'verify',
      ...many,
      '--bundle',
      MULTI,
      '--repo',
      'acme/app',
      '--trusted-root',
      ROOT,
    );
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines.filter((l) => l.startsWith('PASS '))).toHaveLength(3);
    expect(lines.find((l) => l.startsWith('PASS '))).toMatch(/\(acme\/app refs\/tags\/v1\.2\.3\)$/);
    expect(r.stdout).not.toContain('✓ issuer'); // passes are not itemised among many
    expect(r.stdout).toContain('✗ subject [SUBJECT]');
    expect(r.stdout).toMatch(/not verified \(1\):\n {2}FAIL \S*not-attested\.bin {2}SUBJECT/);
  });

  it('--quiet: the verdict and what failed; --verbose: every check', async () => {
    const quiet = await cli(
      'verify',
      ...many,
      '--bundle',
      MULTI,
      '--repo',
      'acme/app',
      '--trusted-root',
      ROOT,
      '-q',
    );
    expect(quiet.stdout.trim().split('\n')).toEqual([
      'not verified (1):',
      expect.stringMatching(/^ {2}FAIL \S*not-attested\.bin {2}SUBJECT$/),
      'FAILED: 3/4 verified; SUBJECT',
    ]);
    const verbose = await cli(
      'verify',
      ...many,
      '--bundle',
      MULTI,
      '--repo',
      'acme/app',
      '--trusted-root',
      ROOT,
      '--verbose',
    );
    expect(verbose.stdout.match(/✓ issuer/g)?.length).toBe(4);
  });

  it('--output FILE writes the JSON result while the terminal shows text', async () => {
    const out = join(tmp, 'result.json');
    const r = await cli(
      'verify',
      APP,
      '--bundle',
      TAG,
      '--repo',
      'acme/app',
      '--trusted-root',
      ROOT,
      '--output',
      out,
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('VERIFIED: 1/1');
    const json = JSON.parse(readFileSync(out, 'utf8')) as {
      verdict: string;
      schemaVersion: number;
    };
    expect(json).toMatchObject({ verdict: 'verified', schemaVersion: 1 });
  });
});

// The npm package as published: `npm pack`, then installed from that tarball into an empty
// prefix with an empty cache and --offline (so no registry and no runtime dependency can be
// needed), and run from there.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERSION } from '../src/cli/main.js';
import { REPO_ROOT } from './support/verify-helpers.js';

type Manifest = {
  name: string;
  version: string;
  bin: Record<string, string>;
  scripts?: Record<string, string>;
  dependencies?: object;
  optionalDependencies?: object;
  peerDependencies?: object;
  bundleDependencies?: object;
  repository?: { type: string; url: string };
  engines?: { node?: string };
};
type Packed = { filename: string; files: { path: string }[] };

const WINDOWS = process.platform === 'win32';
const NPM = WINDOWS ? 'npm.cmd' : 'npm';
const tmp = mkdtempSync(join(tmpdir(), 'vp-pack-'));
const prefix = join(tmp, 'prefix');
// The machine's Node first on PATH: the installed bin runs under `#!/usr/bin/env node`.
const env = {
  ...process.env,
  PATH: [dirname(process.execPath), process.env.PATH ?? ''].join(delimiter),
  npm_config_cache: join(tmp, 'cache'),
  npm_config_update_notifier: 'false',
};
let packed: Packed;
let manifest: Manifest;

beforeAll(() => {
  const out = execFileSync(NPM, ['pack', '--json', '--ignore-scripts', '--pack-destination', tmp], {
    cwd: REPO_ROOT,
    env,
    encoding: 'utf8',
    shell: WINDOWS,
  });
  packed = (JSON.parse(out) as Packed[])[0] as Packed;
  execFileSync('tar', ['-xzf', join(tmp, packed.filename), '-C', tmp]);
  manifest = JSON.parse(readFileSync(join(tmp, 'package', 'package.json'), 'utf8')) as Manifest;
}, 120_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the packed npm package', () => {
  it('holds only what the CLI needs: dist/cli, the schemas, the manifest and the README', () => {
    const files = packed.files.map((f) => f.path).sort();
    for (const f of files)
      expect(f).toMatch(
        /^(dist\/cli\/[^/]+|schemas\/[^/]+\.schema\.json|package\.json|README\.md|LICENSE)$/,
      );
    expect(files).toContain('dist/cli/index.js');
    expect(files).toContain('dist/cli/package.json'); // "type": "module" for the bundle
    expect(files).toContain('dist/cli/licenses.txt');
  });

  it('has no runtime dependencies and runs no script when installed or packed', () => {
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(manifest.optionalDependencies ?? {}).toEqual({});
    expect(manifest.peerDependencies ?? {}).toEqual({});
    expect(manifest.bundleDependencies ?? {}).toEqual({});
    const lifecycle = ['preinstall', 'install', 'postinstall', 'prepare', 'prepack', 'postpack'];
    for (const name of lifecycle) expect(manifest.scripts?.[name], name).toBeUndefined();
  });

  it('names its repository (npm provenance requires it) and the Node it supports', () => {
    expect(manifest.repository).toEqual({
      type: 'git',
      url: expect.stringMatching(/^git\+https:\/\/github\.com\/[\w.-]+\/verify-provenance\.git$/),
    });
    expect(manifest.engines?.node).toMatch(/^>=\d+\.\d+/);
    expect(manifest.version).toBe(VERSION);
    expect(manifest.bin).toEqual({ 'verify-provenance': 'dist/cli/index.js' });
  });

  describe('installed from the tarball into an empty prefix, offline', () => {
    const bin = (): string =>
      join(prefix, ...(WINDOWS ? ['verify-provenance.cmd'] : ['bin', 'verify-provenance']));
    const DEMO = [
      'verify',
      'fixtures/demo/hello-1.0.0.tar.gz',
      '--bundle',
      'fixtures/demo/hello-1.0.0.tar.gz.sigstore.json',
      '--repo',
      'acme/hello',
    ];
    const run = (args: string[]) =>
      spawnSync(bin(), args, { cwd: REPO_ROOT, env, encoding: 'utf8', shell: WINDOWS });

    beforeAll(() => {
      execFileSync(
        NPM,
        [
          'install',
          '--global',
          '--prefix',
          prefix,
          '--offline',
          '--no-audit',
          '--no-fund',
          join(tmp, packed.filename),
        ],
        { env, encoding: 'utf8', shell: WINDOWS },
      );
    }, 120_000);

    it('installs nothing but itself', () => {
      const installed = join(
        prefix,
        ...(WINDOWS ? [] : ['lib']),
        'node_modules',
        'verify-provenance',
      );
      expect(readdirSync(join(installed, '..'))).toEqual(['verify-provenance']);
      expect(existsSync(join(installed, 'node_modules'))).toBe(false);
    });

    it('runs: --version, and the README demo verified with the fixture root', () => {
      const version = run(['--version']);
      expect(version.stdout).toBe(`${VERSION}\n`);
      const demo = run([...DEMO, '--trusted-root', 'fixtures/trusted_root.json']);
      expect(demo.status, demo.stderr).toBe(0);
      expect(demo.stdout).toContain('VERIFIED: 1/1 artifact(s)');
    });

    it('decides offline with the embedded public-good root (its TUF seed is bundled)', () => {
      const r = run(['inspect', 'fixtures/demo/hello-1.0.0.tar.gz.sigstore.json']);
      expect(r.status).toBe(0);
      const offline = run([...DEMO, '--offline']);
      // The demo is signed by the fixture CA, which the public-good root does not trust.
      expect(offline.status).toBe(1);
      expect(offline.stderr).toMatch(/trust: embedded public-good root/);
    });
  });
});

// The npm package as published: `npm pack`, then installed from that tarball into an empty
// prefix with an empty cache and --offline (so no registry and no runtime dependency can be
// needed), and run from there.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
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

/** Whether a version satisfies an `engines.node` range (^, ~, >=, >, <=, <, =, *; AND by space). */
function satisfies(version: string, range: string): boolean {
  const v = version.split('.').map(Number);
  const cmp = (a: number[], b: number[]) =>
    (a[0] ?? 0) - (b[0] ?? 0) || (a[1] ?? 0) - (b[1] ?? 0) || (a[2] ?? 0) - (b[2] ?? 0);
  const one = (comparator: string): boolean => {
    if (comparator === '*' || comparator === 'x') return true;
    const m = /^(\^|~|>=|>|<=|<|=)?(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(comparator);
    if (m === null) throw new Error(`engines range not understood: ${range}`);
    const at = [Number(m[2]), Number(m[3] ?? 0), Number(m[4] ?? 0)];
    const c = cmp(v, at);
    switch (m[1]) {
      case '^':
        return c >= 0 && v[0] === at[0];
      case '~':
        return c >= 0 && v[0] === at[0] && v[1] === at[1];
      case '>=':
        return c >= 0;
      case '>':
        return c > 0;
      case '<=':
        return c <= 0;
      case '<':
        return c < 0;
      case '=':
      case undefined:
        return c === 0;
      default:
        throw new Error(`engines range not understood: ${range}`);
    }
  };
  return range.split('||').some((part) =>
    part
      .trim()
      .replace(/(>=|<=|>|<|=)\s+/g, '$1')
      .split(/\s+/)
      .filter((c) => c !== '')
      .every(one),
  );
}

/** The packages src/ imports and everything they depend on: what ncc bundles into dist/cli. */
function bundledPackages(): Map<string, { version: string; engines?: { node?: string } }> {
  const roots = new Set<string>();
  const walk = (dir: string): void => {
    for (const f of readdirSync(dir)) {
      const path = join(dir, f);
      if (statSync(path).isDirectory()) walk(path);
      else if (f.endsWith('.ts'))
        for (const m of readFileSync(path, 'utf8').matchAll(
          /(?:from |import\()'((?:@[\w.-]+\/)?[\w.-]+)[^':]*'/g,
        ))
          roots.add(m[1] ?? '');
    }
  };
  walk(join(REPO_ROOT, 'src'));
  const seen = new Map<string, { version: string; engines?: { node?: string } }>();
  const visit = (name: string): void => {
    const file = join(REPO_ROOT, 'node_modules', name, 'package.json');
    if (seen.has(name) || !existsSync(file)) return;
    const pkg = JSON.parse(readFileSync(file, 'utf8')) as {
      version: string;
      engines?: { node?: string };
      dependencies?: Record<string, string>;
    };
    seen.set(name, pkg);
    Object.keys(pkg.dependencies ?? {}).forEach(visit);
  };
  roots.forEach(visit);
  return seen;
}

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

  it('the README names every bundled dependency whose engines exclude our minimum Node', () => {
    const minimum = /^>=(\d+\.\d+(?:\.\d+)?)$/.exec(manifest.engines?.node ?? '')?.[1] ?? '';
    const full = minimum.split('.').length === 2 ? `${minimum}.0` : minimum;
    expect(satisfies('20.19.0', '^20.17.0 || >=22.9.0')).toBe(true); // the check itself
    expect(satisfies('20.19.0', '^22.22.2 || >=26.0.0')).toBe(false);
    const bundled = bundledPackages();
    expect(bundled.has('@sigstore/verify')).toBe(true);
    const narrower = [...bundled]
      .filter(([, pkg]) => pkg.engines?.node !== undefined && !satisfies(full, pkg.engines.node))
      .map(([name, pkg]) => `\`${name}\` ${pkg.version.split('.')[0]}`);
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8').replace(/\s+/g, ' ');
    const note = readme.slice(
      readme.indexOf('**Node versions**'),
      readme.indexOf('## Quick start'),
    );
    for (const dep of narrower) expect(note, `README Node note: ${dep}`).toContain(dep);
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

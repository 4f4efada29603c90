import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { toolCacheDir } from '../src/sources/cache-dir.js';
import { chunkScript } from '../src/sources/chunk-loader.js';
import { userCacheDir } from '../src/sources/compile-cache.js';
import { defaultCacheDir } from '../src/sources/deps-cache.js';
import { NODE24, REPO } from './support/action-runner.js';

describe('one cache directory for the tool: compile cache, TUF metadata, verified results', () => {
  const lookUp = (): string => '/home/from-passwd';
  it('is the platform per-user cache directory, then verify-provenance', () => {
    expect(toolCacheDir({ XDG_CACHE_HOME: '/x', HOME: '/h' }, 'linux', lookUp)).toBe(
      '/x/verify-provenance',
    );
    expect(toolCacheDir({ HOME: '/h' }, 'linux', lookUp)).toBe('/h/.cache/verify-provenance');
    expect(toolCacheDir({ HOME: '/Users/u', XDG_CACHE_HOME: '/x' }, 'darwin', lookUp)).toBe(
      '/Users/u/Library/Caches/verify-provenance',
    );
    expect(toolCacheDir({ LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local' }, 'win32')).toBe(
      'C:\\Users\\u\\AppData\\Local\\verify-provenance',
    );
  });
  it('never a relative directory: a relative or empty XDG_CACHE_HOME or HOME is passed over', () => {
    for (const xdg of ['', 'rel/dir', '.'])
      expect(toolCacheDir({ XDG_CACHE_HOME: xdg, HOME: '/h' }, 'linux', lookUp)).toBe(
        '/h/.cache/verify-provenance',
      );
    expect(toolCacheDir({ HOME: 'relative' }, 'linux', lookUp)).toBe(
      '/home/from-passwd/.cache/verify-provenance',
    );
    expect(toolCacheDir({ HOME: '' }, 'linux', () => 'also/relative')).toBeUndefined();
    expect(
      toolCacheDir({}, 'linux', () => {
        throw new Error('no passwd entry');
      }),
    ).toBeUndefined();
    // Without a lookup (the compile cache at start-up) only the environment counts.
    expect(toolCacheDir({}, 'linux')).toBeUndefined();
  });
  it('verified results are cached there, or not at all', () => {
    expect(defaultCacheDir({ HOME: '/h', XDG_CACHE_HOME: 'rel' }, 'linux')).toBe(
      '/h/.cache/verify-provenance',
    );
  });
});

describe('compile cache directory (never the shared temporary directory)', () => {
  it('is the platform per-user cache directory', () => {
    expect(userCacheDir({ XDG_CACHE_HOME: '/home/u/.xdg' }, 'linux')).toBe(
      '/home/u/.xdg/verify-provenance/compile-cache',
    );
    expect(userCacheDir({ LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local' }, 'win32')).toMatch(
      /verify-provenance[\\/]compile-cache$/,
    );
    expect(userCacheDir({ HOME: '/Users/u' }, 'darwin')).toMatch(
      /Library\/Caches\/verify-provenance\/compile-cache$/,
    );
  });

  it('ignores a relative or empty XDG_CACHE_HOME (as the XDG spec says) and a missing LOCALAPPDATA', () => {
    expect(userCacheDir({ XDG_CACHE_HOME: 'rel/dir', HOME: '/home/u' }, 'linux')).toBe(
      '/home/u/.cache/verify-provenance/compile-cache',
    );
    expect(userCacheDir({ XDG_CACHE_HOME: '', HOME: '/home/u' }, 'linux')).toMatch(
      /\.cache\/verify-provenance/,
    );
    // No HOME: no cache (never a lookup in the user database, never the temporary directory).
    expect(userCacheDir({}, 'linux')).toBeUndefined();
    expect(userCacheDir({ HOME: 'relative' }, 'darwin')).toBeUndefined();
    expect(userCacheDir({}, 'win32')).toBeUndefined();
  });

  const home = mkdtempSync(join(tmpdir(), 'vp-cc-home-'));
  const tmp = mkdtempSync(join(tmpdir(), 'vp-cc-tmp-'));
  afterAll(() => {
    rmSync(home, { recursive: true, force: true });
    rmSync(tmp, { recursive: true, force: true });
  });

  const run = (env: Record<string, string>): void => {
    const clean = { ...process.env };
    delete clean.NODE_COMPILE_CACHE;
    delete clean.NODE_DISABLE_COMPILE_CACHE;
    delete clean.XDG_CACHE_HOME;
    execFileSync(NODE24, [join(REPO, 'dist/cli/index.js'), '--version'], {
      env: { ...clean, HOME: home, TMPDIR: tmp, ...env },
      stdio: 'pipe',
    });
  };

  it.skipIf(!existsSync(NODE24))(
    'the built CLI on Node 24 writes it under HOME, not TMPDIR',
    () => {
      run({});
      const dir = join(home, '.cache', 'verify-provenance', 'compile-cache');
      expect(existsSync(dir) && readdirSync(dir).length > 0).toBe(true);
      expect(existsSync(join(tmp, 'node-compile-cache'))).toBe(false);
    },
  );

  it.skipIf(!existsSync(NODE24))('NODE_DISABLE_COMPILE_CACHE=1 writes none', () => {
    const other = mkdtempSync(join(tmpdir(), 'vp-cc-home2-'));
    try {
      run({ HOME: other, NODE_DISABLE_COMPILE_CACHE: '1' });
      expect(existsSync(join(other, '.cache'))).toBe(false);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});

describe('the chunk loader keeps what a run compiled (src/sources/chunk-loader.ts)', () => {
  it('reads a chunk as a script with the same lines, or declines', () => {
    const chunk =
      'export const id = 7;\nexport const ids = [7,9];\nexport const modules = {\n1: (m) => m,\n};\n';
    const script = chunkScript(chunk);
    // Same lines (stack traces): only a closing line is added at the end.
    expect(script?.split('\n').indexOf('1: (m) => m,')).toBe(
      chunk.split('\n').indexOf('1: (m) => m,'),
    );
    const exports: Record<string, unknown> = {};
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    (new Function(`return ${script ?? ''}`)() as (e: object) => void)(exports);
    expect(exports.ids).toEqual([7, 9]);
    expect(chunkScript('export default 1;\n')).toBeUndefined();
  });

  it('the built CLI keeps code under HOME and gives the same result from it', () => {
    const other = mkdtempSync(join(tmpdir(), 'vp-cc-home3-'));
    try {
      const demo = (): string =>
        execFileSync(
          process.execPath,
          [
            join(REPO, 'dist/cli/index.js'),
            'verify',
            join(REPO, 'fixtures/demo/hello-1.0.0.tar.gz'),
            '--bundle',
            join(REPO, 'fixtures/demo/hello-1.0.0.tar.gz.sigstore.json'),
            '--repo',
            'acme/hello',
            '--trusted-root',
            join(REPO, 'fixtures/trusted_root.json'),
            '--format',
            'json',
          ],
          { env: { ...process.env, HOME: other, XDG_CACHE_HOME: '' }, encoding: 'utf8' },
        );
      const first = demo();
      const dir = join(other, '.cache', 'verify-provenance', 'code-cache');
      const kept = readdirSync(join(dir, readdirSync(dir)[0] ?? ''));
      expect(kept.filter((f) => f.endsWith('.code')).length).toBeGreaterThan(3);
      expect(demo()).toBe(first);
      expect(JSON.parse(first)).toMatchObject({ verdict: 'verified' });
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});

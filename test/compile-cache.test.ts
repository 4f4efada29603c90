import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { toolCacheDir } from '../src/sources/cache-dir.js';
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

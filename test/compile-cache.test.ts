import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { userCacheDir } from '../src/sources/compile-cache.js';
import { NODE24, REPO } from './support/action-runner.js';

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

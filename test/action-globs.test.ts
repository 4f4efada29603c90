// A plain path is matched without loading @actions/glob (start-up); its answer must be the one
// @actions/glob gives, and everything else must still go to @actions/glob.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as glob from '@actions/glob';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { expandPatterns, literalFile, starInName } from '../src/action/globs.js';
import { LIMITS } from '../src/core/limits.js';

/** The expansion as it was before the fast path: every pattern through @actions/glob. */
async function throughGlob(pattern: string): Promise<string[]> {
  const globber = await glob.create(pattern, {
    matchDirectories: false,
    followSymbolicLinks: true,
    omitBrokenSymbolicLinks: true,
  });
  const files: string[] = [];
  for await (const file of globber.globGenerator())
    if ((await stat(file)).isFile()) files.push(file);
  return files.sort();
}

const outcome = (p: Promise<string[]>): Promise<string[] | string> =>
  p.then(
    (files) => files,
    (err: unknown) => `rejected: ${err instanceof Error ? err.message : String(err)}`,
  );

describe('literal paths: the file @actions/glob finds, without @actions/glob', () => {
  const home = process.cwd();
  const dir = mkdtempSync(join(tmpdir(), 'vp-literal-'));
  const NAMES = ['a.tgz', 'with space.tgz', 'ünïcødé 🚀.whl', 'pkg+build@1.0.tgz', 'q\'uote".tgz'];
  beforeAll(() => {
    mkdirSync(join(dir, 'sub', 'deep'), { recursive: true });
    for (const n of NAMES) writeFileSync(join(dir, n), n);
    writeFileSync(join(dir, '#hash.tgz'), 'h');
    writeFileSync(join(dir, '[x].tgz'), 'bracket');
    writeFileSync(join(dir, 'x.tgz'), 'x');
    writeFileSync(join(dir, 'sub', 'deep', 'd.tgz'), 'd');
    writeFileSync(join(dir, 'sub', 'deep', '.hidden.tgz'), 'h');
    writeFileSync(join(dir, 'sub', 'deep', 'e.txt'), 'e');
    symlinkSync(join(dir, 'missing'), join(dir, 'sub', 'deep', 'broken.tgz'));
    symlinkSync(join(dir, 'a.tgz'), join(dir, 'link.tgz'));
    symlinkSync(join(dir, 'missing'), join(dir, 'broken.tgz'));
    symlinkSync(join(dir, 'sub'), join(dir, 'sublink'));
    process.chdir(dir);
  });
  afterAll(() => process.chdir(home));

  const FAST = [
    ...NAMES,
    ...NAMES.map((n) => join(dir, n)),
    ...NAMES.map((n) => `./${n}`),
    '  a.tgz  ',
    'link.tgz',
    'sub/deep/d.tgz',
    'sublink/deep/d.tgz',
  ];
  const TO_GLOB = [
    '*.tgz',
    '[x].tgz',
    '#hash.tgz',
    '~/a.tgz',
    'sub',
    'sub/',
    'sublink',
    'broken.tgz',
    'missing.tgz',
    'a.tgz/x',
    'sub//deep/d.tgz',
    'sub/./deep/d.tgz',
    'sub/../a.tgz',
    'a\\.tgz',
    'sub/deep/d.{tgz,zip}',
    '.',
  ];

  it('a plain path to a regular file takes the fast path, with @actions/glob’s answer', async () => {
    for (const pattern of FAST) {
      const fast = await literalFile(pattern);
      expect(fast, pattern).toBeDefined();
      expect(fast, pattern).toEqual(await throughGlob(pattern));
      expect(await expandPatterns('subject-path', [pattern]), pattern).toEqual(fast);
    }
  });

  it('anything else goes to @actions/glob: the same files, or the same error', async () => {
    for (const pattern of TO_GLOB) {
      expect(await literalFile(pattern), pattern).toBeUndefined();
      const expected = await outcome(throughGlob(pattern));
      const ours = await outcome(expandPatterns('subject-path', [pattern]));
      if (Array.isArray(expected) && expected.length > 0) expect(ours, pattern).toEqual(expected);
      else if (Array.isArray(expected)) expect(ours, pattern).toMatch(/matches no file/);
      else expect(ours, pattern).toBe(expected);
    }
  });

  const STAR_FAST = [
    '*.tgz',
    './*.tgz',
    `${dir}/*.tgz`,
    '*.whl',
    'a*',
    '*a*',
    'sub/deep/*',
    'sub/deep/*.tgz',
    'sub/deep/.*',
    'sublink/deep/*.t*',
    'pkg+build@*.tgz',
  ];
  const STAR_TO_GLOB = [
    '*',
    's*',
    'sub/*',
    '**/*.tgz',
    'sub/**',
    '*.nope',
    'nope/*.tgz',
    '*.tg?',
    '[a]*.tgz',
    '~/*.tgz',
    '/*.nope',
    'sub/../*.tgz',
    'sub//deep/*.tgz',
    'a.tgz/*',
    '\\*.tgz',
  ];

  it('a * in the last segment of a plain directory: the files @actions/glob finds', async () => {
    for (const pattern of STAR_FAST) {
      const fast = await starInName(pattern);
      expect(fast, pattern).toBeDefined();
      expect(fast, pattern).toEqual(await throughGlob(pattern));
      expect(await expandPatterns('subject-path', [pattern]), pattern).toEqual(fast);
    }
    expect(await starInName('sub/deep/*')).toEqual(
      ['.hidden.tgz', 'd.tgz', 'e.txt'].map((n) => join(dir, 'sub', 'deep', n)),
    );
  });

  it('a directory among the matches, other wildcards, or no match: @actions/glob decides', async () => {
    for (const pattern of STAR_TO_GLOB) {
      expect(await starInName(pattern), pattern).toBeUndefined();
      const expected = await outcome(throughGlob(pattern));
      const ours = await outcome(expandPatterns('subject-path', [pattern]));
      if (Array.isArray(expected) && expected.length > 0) expect(ours, pattern).toEqual(expected);
      else if (Array.isArray(expected)) expect(ours, pattern).toMatch(/matches no file/);
      else expect(ours, pattern).toBe(expected);
    }
  });

  it('with an exclusion every pattern goes to @actions/glob (the file may be excluded)', async () => {
    await expect(expandPatterns('subject-path', ['a.tgz', '!*.tgz'])).rejects.toThrow(
      /matches no file/,
    );
    expect(await expandPatterns('subject-path', ['a.tgz', '!x.tgz'])).toEqual([join(dir, 'a.tgz')]);
  });

  it('plain paths count toward the artifact limit', async () => {
    vi.resetModules();
    vi.doMock('../src/core/limits.js', () => ({ LIMITS: { ...LIMITS, maxArtifacts: 3 } }));
    const limited = (await import('../src/action/globs.js')).expandPatterns;
    expect(await limited('subject-path', ['a.tgz', 'x.tgz', 'link.tgz'])).toHaveLength(3);
    await expect(limited('subject-path', ['a.tgz', 'x.tgz', 'link.tgz', 'a.tgz'])).rejects.toThrow(
      'subject-path matches more than 3 files',
    );
    vi.doUnmock('../src/core/limits.js');
  });
});

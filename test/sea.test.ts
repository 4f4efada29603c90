// The single executable (`npm run sea`): reproducible from the tree, and the binary under test is
// the one this tree builds (so the end-to-end suites never pass on a stale binary).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SEA_CLI, SEA_PATH } from './support/cli-targets.js';
import { REPO_ROOT } from './support/verify-helpers.js';

const SCRIPT = join(REPO_ROOT, 'scripts', 'sea.mjs');
const BUILT_BLOB = join(REPO_ROOT, 'build', 'sea', 'sea-prep.blob');
const tmp = mkdtempSync(join(tmpdir(), 'vp-sea-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function blobOnly(out: string, ...extra: string[]): ReturnType<typeof spawnSync> {
  return spawnSync(process.execPath, [SCRIPT, '--blob-only', '--out', out, ...extra], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
}

describe('npm run sea', () => {
  it('builds the same blob twice from the same tree (no code cache, no snapshot, no paths)', () => {
    const [a, b] = [join(tmp, 'a'), join(tmp, 'b')];
    expect(blobOnly(a).status).toBe(0);
    expect(blobOnly(b).status).toBe(0);
    const blob = readFileSync(join(a, 'sea-prep.blob'));
    expect(blob.equals(readFileSync(join(b, 'sea-prep.blob')))).toBe(true);
    // The config names files relative to the output directory: no build path enters the blob.
    expect(blob.includes(Buffer.from(tmp))).toBe(false);
    const config = JSON.parse(readFileSync(join(a, 'sea-config.json'), 'utf8')) as object;
    expect(config).toMatchObject({
      useCodeCache: false,
      useSnapshot: false,
      disableExperimentalSEAWarning: true,
      execArgvExtension: 'none',
    });
  });

  it('--runtime-matches: accepts only a runtime with exactly the given bytes', () => {
    const other = join(tmp, 'other-node');
    writeFileSync(other, 'not the pinned runtime');
    const r = blobOnly(join(tmp, 'c'), '--runtime-matches', other);
    expect(r.status).toBe(1);
    expect(String(r.stderr)).toContain('differs from');
    const bin = (
      JSON.parse(readFileSync(join(REPO_ROOT, 'node_modules/node/package.json'), 'utf8')) as {
        bin: { node: string };
      }
    ).bin.node;
    const same = blobOnly(
      join(tmp, 'd'),
      '--runtime-matches',
      join(REPO_ROOT, 'node_modules/node', bin),
    );
    expect(same.status).toBe(0);
  });

  it.skipIf(SEA_CLI.missing !== undefined)(
    `the binary under test carries the blob this tree builds (${SEA_CLI.missing ?? SEA_PATH})`,
    () => {
      const out = join(tmp, 'fresh');
      expect(blobOnly(out).status).toBe(0);
      const fresh = readFileSync(join(out, 'sea-prep.blob'));
      const stale = 'the single executable was built from other sources: run `npm run sea` again';
      if (existsSync(BUILT_BLOB)) expect(fresh.equals(readFileSync(BUILT_BLOB)), stale).toBe(true);
      expect(readFileSync(SEA_PATH).includes(fresh), stale).toBe(true);
      const version = execFileSync(SEA_PATH, ['--version'], { encoding: 'utf8' });
      expect(version).toMatch(/ \(node v24\.\d+\.\d+, single executable\)\n$/);
    },
  );
});

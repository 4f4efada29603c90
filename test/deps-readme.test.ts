// The README's recipe for gating dependencies, followed step by step against the local registry:
// write the policy from the README, run its --update-pins command (built CLI), commit both files
// with its git command, then gate two pull requests with the action inputs of its workflow.
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from './support/action-runner.js';
import type { DepsRegistry } from './support/deps-registry.js';
import { fixtureWorld } from './support/deps-world.js';
import { createTestInstance, type TestInstance } from './support/mint.js';
import { REPO_ROOT } from './support/verify-helpers.js';

const README = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
const recipe = README.slice(
  README.indexOf('<!-- deps-recipe:start -->'),
  README.indexOf('<!-- deps-recipe:end -->'),
);
const blocks = [...recipe.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((m) => ({
  lang: m[1],
  text: m[2] ?? '',
}));

let instance: TestInstance;
let world: DepsRegistry;
let work: string;
let root: string;

beforeAll(async () => {
  instance = await createTestInstance();
  world = await fixtureWorld(instance);
  work = mkdtempSync(join(tmpdir(), 'vp-readme-'));
  root = join(mkdtempSync(join(tmpdir(), 'vp-readme-root-')), 'trusted_root.json');
  writeFileSync(root, JSON.stringify(instance.trustedRoot));
}, 120_000);
afterAll(async () => {
  instance.close();
  await world.close();
});

const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=dev', '-c', 'user.email=dev@example.com', ...args], {
    cwd: work,
    encoding: 'utf8',
  }).trim();

/** The README's command, run by the built CLI in the project (plus the local registry and root). */
function runReadmeCommand(command: string): Promise<{ code: number; stdout: string }> {
  const argv = command.trim().split(/\s+/);
  expect(argv.slice(0, 3)).toEqual(['npx', 'verify-provenance', 'deps']);
  return new Promise((resolve) =>
    execFile(
      process.execPath,
      [
        join(REPO_ROOT, 'dist', 'cli', 'index.js'),
        ...argv.slice(2),
        '--registry',
        world.registry,
        '--trusted-root',
        root,
      ],
      { cwd: work, env: { PATH: process.env.PATH ?? '', HOME: work } },
      (err, stdout) => resolve({ code: err === null ? 0 : Number(err.code), stdout }),
    ),
  );
}

/** A lockfile without `ms` (the first pull request adds it). */
function lockWithoutMs(): string {
  const lock = JSON.parse(
    readFileSync(join(REPO_ROOT, 'fixtures/lockfiles/npm-v3/package-lock.json'), 'utf8'),
  ) as {
    packages: Record<string, unknown>;
  };
  delete lock.packages['node_modules/ms'];
  return `${JSON.stringify(lock, null, 2)}\n`;
}

describe('README: gate dependency installs, from nothing to a gated pull request', () => {
  it('has the four steps: a policy, the --update-pins command, the commit, the workflow', () => {
    expect(blocks.map((b) => b.lang)).toEqual(['yaml', 'sh', 'sh', 'yaml']);
  });

  it('follows them', async () => {
    // 1. The policy, as written (an `until` already past on the day the test runs is moved on:
    // the README's date is an example, the flow is what is tested).
    const policy = (blocks[0]?.text ?? '').replace(
      /until: (\d{4}-\d{2}-\d{2})/,
      (whole, day: string) => (Date.parse(day) > Date.now() ? whole : 'until: 2999-12-31'),
    );
    writeFileSync(join(work, 'deps-policy.yml'), policy);
    writeFileSync(join(work, 'package-lock.json'), lockWithoutMs());
    // 2. Pin what verifies today.
    const pinned = await runReadmeCommand(blocks[1]?.text ?? '');
    expect(pinned.code, pinned.stdout).toBe(0);
    expect(pinned.stdout).toMatch(/pins: wrote deps-pins\.json \(4 added/);
    const pins = JSON.parse(readFileSync(join(work, 'deps-pins.json'), 'utf8')) as {
      packages: Record<string, { repo?: string }>;
    };
    expect(pins.packages['string-width']?.repo).toBe('sindresorhus/string-width');
    // 3. Commit both files (and the lockfile they describe).
    git('init', '-q', '-b', 'main');
    git('add', 'package-lock.json');
    execFileSync('sh', ['-c', (blocks[2]?.text ?? '').trim()], {
      cwd: work,
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'dev',
        GIT_AUTHOR_EMAIL: 'dev@example.com',
        GIT_COMMITTER_NAME: 'dev',
        GIT_COMMITTER_EMAIL: 'dev@example.com',
      },
    });
    const base = git('rev-parse', 'HEAD');
    expect(git('show', '--name-only', '--format=', 'HEAD').split('\n').sort()).toEqual([
      'deps-pins.json',
      'deps-policy.yml',
      'package-lock.json',
    ]);
    // 4. The workflow's action step, its inputs as written (base-ref: the pull request's base).
    const workflow = parse(blocks[3]?.text ?? '') as {
      jobs: { deps: { steps: { uses: string; with?: Record<string, string> }[] } };
    };
    const step = workflow.jobs.deps.steps.find((s) => s.uses.includes('verify-provenance'));
    const inputs = Object.fromEntries(
      Object.entries(step?.with ?? {}).map(([k, v]) => [
        k,
        v.replace('${{ github.event.pull_request.base.sha }}', base),
      ]),
    );
    expect(Object.keys(inputs)).toEqual(['lockfile', 'policy', 'pins', 'base-ref']);
    const gate = () =>
      runAction({ ...inputs, registry: world.registry, 'trusted-root': root }, { cwd: work });

    // A pull request that adds a dependency, with its pin (the author ran step 2 again): passes,
    // and only the added entry is checked.
    git('checkout', '-q', '-b', 'add-ms');
    writeFileSync(
      join(work, 'package-lock.json'),
      readFileSync(join(REPO_ROOT, 'fixtures/lockfiles/npm-v3/package-lock.json'), 'utf8'),
    );
    expect((await runReadmeCommand(blocks[1]?.text ?? '')).code).toBe(0);
    git('commit', '-qam', 'Add ms');
    const ok = await gate();
    expect(ok.code, ok.stdout.slice(-1500)).toBe(0);
    expect(ok.outputs.verified).toBe('true');
    expect(ok.stdout).toMatch(/deps: 1 package\(s\): 1 verified; 9 unchanged since the base/);

    // A pull request whose lockfile points a dependency at other bytes: fails, on that line.
    git('checkout', '-q', 'main');
    git('checkout', '-q', '-b', 'swap-bytes');
    const lock = readFileSync(join(work, 'package-lock.json'), 'utf8');
    writeFileSync(
      join(work, 'package-lock.json'),
      lock.replace(
        'sha512-/dQlFPliLSC8MssjPgyqdOS8C992lNa2zdyrTJO2pZ8VGy98ktW7eAcqkmb1K88Vj6FL+ddnz40TcxyBxbhIFA==',
        `sha512-${Buffer.alloc(64, 1).toString('base64')}`,
      ),
    );
    git('commit', '-qam', 'Bump string-width');
    const bad = await gate();
    expect(bad.code).toBe(1);
    expect(bad.outputs['failed-checks']).toBe('LOCKFILE_INTEGRITY');
    expect(bad.stdout).toMatch(
      /^::error title=verify-provenance deps%3A LOCKFILE_INTEGRITY string-width@4\.2\.3,file=package-lock\.json,line=\d+::/m,
    );
  });
});

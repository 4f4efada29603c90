// End to end: the BUILT action (dist/action/index.js) under Node 24, as GitHub runs it.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { node24Version, REPO, runAction, type ActionRun } from './support/action-runner.js';

const FX = (rel: string): string => join('fixtures', rel);
const TRUST = { 'trusted-root': FX('trusted_root.json') };
const APP = { 'subject-path': FX('artifacts/app-1.2.3.tgz'), ...TRUST, repo: 'acme/app' };
const bundle = (name: string): { 'bundle-path': string } => ({
  'bundle-path': FX(`bundles/${name}.sigstore.json`),
});
const SHARED_SIGNER = 'acme/shared-workflows/.github/workflows/build.yml@refs/tags/v1.0.0';

/** The invariants of every run: each output written exactly once; verified=true only on exit 0. */
function expectWellFormed(r: ActionRun): void {
  const names = r.outputWrites.map(([name]) => name);
  expect(names.sort()).toEqual(
    [
      'builder-id',
      'failed-checks',
      'result-path',
      'signer-workflow',
      'source-digest',
      'source-ref',
      'source-repo',
      'verified',
    ].sort(),
  );
  if (r.outputs.verified === 'true') expect(r.code).toBe(0);
  expect(['true', 'false']).toContain(r.outputs.verified);
}

function expectRejected(r: ActionRun, code: string): void {
  expectWellFormed(r);
  expect(r.code, r.stdout).toBe(1);
  expect(r.outputs.verified).toBe('false');
  expect(r.outputs['failed-checks']?.split(',')).toContain(code);
  for (const name of [
    'source-repo',
    'source-ref',
    'source-digest',
    'signer-workflow',
    'builder-id',
  ])
    expect(r.outputs[name], name).toBe('');
  expect(
    r.annotations.some((a) => a.level === 'error' && a.title.includes(code)),
    r.stdout,
  ).toBe(true);
  expect(r.stdout).toMatch(/^::error::not verified: /m);
}

describe('the built action under Node 24', () => {
  it('runs on Node 24 from the npm registry, not the system Node', () => {
    expect(node24Version()).toMatch(/^v24\./);
    // ...which stays out of PATH: npm scripts and the other tests run on the machine's Node.
    expect(existsSync(join(REPO, 'node_modules', '.bin', 'node'))).toBe(false);
  });

  it('the README demo: verified, with outputs, summary and result file', async () => {
    const r = await runAction({
      'subject-path': FX('demo/hello-*.tar.gz'),
      'bundle-path': FX('demo/*.sigstore.json'),
      repo: 'acme/hello',
      ...TRUST,
    });
    expectWellFormed(r);
    expect(r.code, r.stdout).toBe(0);
    expect(r.outputs).toMatchObject({
      verified: 'true',
      'failed-checks': '',
      'source-repo': 'acme/hello',
      'source-ref': 'refs/tags/v1.0.0',
      'signer-workflow': 'github.com/acme/hello/.github/workflows/release.yml@refs/tags/v1.0.0',
      'builder-id': 'https://github.com/acme/hello/.github/workflows/release.yml@refs/tags/v1.0.0',
    });
    expect(r.outputs['source-digest']).toMatch(/^[0-9a-f]{40}$/);
    expect(r.outputs['result-path']?.startsWith(r.runnerTemp)).toBe(true);
    const result = JSON.parse(
      (await import('node:fs')).readFileSync(r.outputs['result-path'] ?? '', 'utf8'),
    ) as { schemaVersion: number; verdict: string; exitCode: number };
    expect(result).toMatchObject({ schemaVersion: 1, verdict: 'verified', exitCode: 0 });
    expect(r.summary).toMatch(/^## ✅ verify-provenance: verified 1\/1 artifact/);
    expect(r.summary).toContain('| source ref | <code>refs/tags/v1.0.0</code> |');
    expect(r.summary).toMatch(
      /\| workflow run \| \[.*\]\(https:\/\/github\.com\/acme\/hello\/actions\/runs\//,
    );
    expect(r.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(r.stdout).toContain('VERIFIED: 1/1 artifact(s)');
  });

  it('a reusable workflow without signer-workflow: ID_SIGNER, and the fix names the input', async () => {
    const r = await runAction({ ...APP, ...bundle('reusable-workflow') });
    expectRejected(r, 'ID_SIGNER');
    const note = r.annotations.find((a) => a.title.includes('ID_SIGNER'));
    expect(note?.message).toContain(
      `signer-workflow: acme/shared-workflows/.github/workflows/build.yml`,
    );
    expect(r.summary).toContain('**ID\\_SIGNER**');
  });

  it('the same, naming the reusable workflow: verified, signer-workflow output is the signer', async () => {
    const r = await runAction({
      ...APP,
      ...bundle('reusable-workflow'),
      'signer-workflow': SHARED_SIGNER,
    });
    expect(r.code, r.stdout).toBe(0);
    expect(r.outputs['signer-workflow']).toBe(`github.com/${SHARED_SIGNER}`);
  });

  it('self-hosted runner: ID_RUNNER; allowed with allow-self-hosted-runners', async () => {
    expectRejected(await runAction({ ...APP, ...bundle('self-hosted') }), 'ID_RUNNER');
    const allowed = await runAction({
      ...APP,
      ...bundle('self-hosted'),
      'allow-self-hosted-runners': 'true',
    });
    expect(allowed.code, allowed.stdout).toBe(0);
  });

  it('wrong repository: ID_REPO with expected and found in the annotation', async () => {
    const r = await runAction({ ...APP, ...bundle('in-repo-tag'), repo: 'acme/app2' });
    expectRejected(r, 'ID_REPO');
    expect(r.annotations.find((a) => a.title.includes('ID_REPO'))?.message).toMatch(
      /expected: acme\/app2; found: acme\/app\./,
    );
  });

  it('workflow-input and trigger (multi-line inputs) reach the policy', async () => {
    const base = { ...APP, ...bundle('in-repo-branch-dispatch'), 'source-branch': 'main' };
    const ok = await runAction({
      ...base,
      trigger: 'push\nworkflow_dispatch',
      'workflow-input': 'release_version=1.2.3\ndry_run=false',
    });
    expect(ok.code, ok.stdout).toBe(0);
    expectRejected(await runAction({ ...base, trigger: 'push, release' }), 'ID_TRIGGER');
    expectRejected(await runAction({ ...base, 'workflow-input': 'dry_run=true' }), 'ID_INPUTS');
  });

  it('several artifacts from globs, with an exclusion', async () => {
    const r = await runAction({
      ...TRUST,
      repo: 'acme/app',
      'subject-path': `${FX('artifacts/app-*')}\n!${FX('artifacts/app-1.2.3.tgz')}`,
      ...bundle('multi-subject'),
    });
    expect(r.code, r.stdout).toBe(0);
    // Several passing artifacts: one row each, collapsed.
    expect(r.summary).toContain('<details><summary>✅ Verified (3)</summary>');
    expect(
      r.summary.match(
        /^\| \S*artifacts\/app-(linux|darwin|windows) \| <code>acme\/app<\/code> \|/gm,
      ),
    ).toHaveLength(3);
  });

  it('one artifact not attested among several fails the whole step', async () => {
    const r = await runAction({
      ...TRUST,
      repo: 'acme/app',
      'subject-path': `${FX('artifacts/app-linux')}, ${FX('artifacts/not-attested.bin')}`,
      ...bundle('multi-subject'),
    });
    expectRejected(r, 'SUBJECT');
    // Named by the path given (issue 13), not the basename.
    expect(r.summary).toMatch(/### ❌ \S*artifacts\/not-attested\.bin/);
  });

  it('subject-digest, JSON Lines and a saved API response', async () => {
    const digest = (await import('node:crypto'))
      .createHash('sha256')
      .update((await import('node:fs')).readFileSync(join(REPO, FX('artifacts/app-1.2.3.tgz'))))
      .digest('hex');
    const byDigest = await runAction({
      ...TRUST,
      repo: 'acme/app',
      'subject-digest': `sha256:${digest}`,
      ...bundle('in-repo-tag'),
    });
    expect(byDigest.code, byDigest.stdout).toBe(0);
    const jsonl = await runAction({ ...APP, 'bundle-path': FX('bundles/multi.jsonl') });
    expect(jsonl.code, jsonl.stdout).toBe(0);
    const api = await runAction({ ...APP, 'bundle-path': FX('bundles/github-api-response.json') });
    expect(api.code, api.stdout).toBe(0);
  });

  it('fail-on-error: false — the step passes, every output still says unverified', async () => {
    const r = await runAction({ ...APP, ...bundle('self-hosted'), 'fail-on-error': 'false' });
    expectWellFormed(r);
    expect(r.code).toBe(0);
    expect(r.outputs.verified).toBe('false');
    expect(r.outputs['failed-checks']).toBe('ID_RUNNER');
    expect(r.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(r.annotations.some((a) => a.level === 'warning' && a.title.includes('ID_RUNNER'))).toBe(
      true,
    );
  });

  it('summary: false writes no step summary; a missing GITHUB_STEP_SUMMARY is not an error', async () => {
    const off = await runAction({ ...APP, ...bundle('in-repo-tag'), summary: 'false' });
    expect(off.code).toBe(0);
    expect(off.summary).toBe('');
    const none = await runAction({ ...APP, ...bundle('in-repo-tag') }, { noSummaryFile: true });
    expect(none.code, none.stdout).toBe(0);
    expect(none.outputs.verified).toBe('true');
  });
});

describe('every error path fails closed', () => {
  it.each([
    [
      'no bundle-path (GitHub API) with a plain-http API URL',
      'USAGE',
      { ...APP, 'github-api-url': 'http://example.com' },
      /only https is allowed/,
    ],
    [
      'no bundle-path (GitHub API) with offline',
      'USAGE',
      { ...APP, offline: 'true', 'trusted-root': '' },
      /cannot fetch attestations from GitHub/,
    ],
    [
      'no artifact',
      'USAGE',
      { ...TRUST, repo: 'acme/app', ...bundle('in-repo-tag') },
      /no artifact/,
    ],
    [
      'a glob that matches nothing',
      'USAGE',
      { ...APP, ...bundle('in-repo-tag'), 'subject-path': 'dist/*.nope' },
      /matches no file/,
    ],
    [
      'a bundle path that does not exist',
      'USAGE',
      { ...APP, 'bundle-path': 'nope.json' },
      /matches no file/,
    ],
    [
      'no repo, owner or cert-identity',
      'POLICY_INVALID',
      { ...APP, repo: '', ...bundle('in-repo-tag') },
      /repo: OWNER\/REPO/,
    ],
    [
      'a non-boolean boolean',
      'USAGE',
      { ...APP, ...bundle('in-repo-tag'), offline: 'yes' },
      /offline must be true or false/,
    ],
    [
      'trusted-root and offline together',
      'USAGE',
      { ...APP, ...bundle('in-repo-tag'), offline: 'true' },
      /alternatives/,
    ],
    [
      'a bad subject-digest',
      'USAGE',
      { ...TRUST, repo: 'acme/app', 'subject-digest': 'sha256:abc', ...bundle('in-repo-tag') },
      /64 hex/,
    ],
    [
      'an unreadable trusted root',
      'USAGE',
      { ...APP, ...bundle('in-repo-tag'), 'trusted-root': 'nope.json' },
      /cannot read/,
    ],
  ] as const)('%s → %s', async (_name, code, inputs, message) => {
    const r = await runAction(inputs);
    expectWellFormed(r);
    expect(r.code, r.stdout).toBe(1);
    expect(r.outputs.verified).toBe('false');
    expect(r.outputs['failed-checks']).toBe(code);
    expect(r.summary).toContain(`**${code.replace(/_/g, '\\_')}**`);
    expect(
      r.annotations.find((a) => a.level === 'error' && a.title === `verify-provenance: ${code}`)
        ?.message,
    ).toMatch(message);
  });

  it('a policy error with fail-on-error: false passes the step but says unverified', async () => {
    const r = await runAction({
      ...APP,
      repo: 'not a repo',
      ...bundle('in-repo-tag'),
      'fail-on-error': 'false',
    });
    expectWellFormed(r);
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ verified: 'false', 'failed-checks': 'POLICY_INVALID' });
  });

  it('an invalid fail-on-error fails the step (the default holds)', async () => {
    const r = await runAction({ ...APP, ...bundle('in-repo-tag'), 'fail-on-error': 'maybe' });
    expect(r.code).toBe(1);
    expect(r.outputs.verified).toBe('false');
  });

  it('an unexpected exception fails the step even with fail-on-error: false', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vp-preload-'));
    const preload = join(dir, 'break-hash.mjs');
    writeFileSync(
      preload,
      [
        "import crypto from 'node:crypto';",
        "import { syncBuiltinESMExports } from 'node:module';",
        "crypto.createHash = () => { throw new TypeError('hash exploded'); };",
        'syncBuiltinESMExports();',
      ].join('\n'),
    );
    const r = await runAction(
      { ...APP, ...bundle('in-repo-tag'), 'fail-on-error': 'false' },
      { nodeOptions: `--import ${preload}` },
    );
    expectWellFormed(r);
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ verified: 'false', 'failed-checks': 'INTERNAL' });
    expect(r.stdout).toContain('::error::internal error [INTERNAL]: hash exploded');
    expect(r.summary).toContain('**INTERNAL**: internal error \\[INTERNAL\\]\\: hash exploded');
  });

  it('a step summary that cannot be written fails the step, outputs unverified', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vp-summary-'));
    const r = await runAction({ ...APP, ...bundle('in-repo-tag') }, { summaryPath: dir });
    expectWellFormed(r);
    expect(r.code).toBe(1);
    expect(r.outputs.verified).toBe('false');
  });
});

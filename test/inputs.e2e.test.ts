// Issue 10 classes 7, 9 and 10 through the built CLI and the built action: verified facts only in
// outputs (the predicate's builder id is a claim), every read of untrusted input bounded while
// reading (devices, pipes, FIFOs), directories, and single-value flags given once.
import { execFile, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionInputs, runAction } from './support/action-runner.js';
import {
  buildSignerUri,
  createTestInstance,
  githubClaims,
  sha256Subject,
  statementBytes,
  workflowPath,
  type TestInstance,
} from './support/mint.js';
import { REPO_ROOT } from './support/verify-helpers.js';

const CLI = join(REPO_ROOT, 'dist', 'cli', 'index.js');
const FX = (rel: string): string => join(REPO_ROOT, 'fixtures', rel);
const ROOT_FILE = FX('trusted_root.json');
const DEMO = FX('demo/hello-1.0.0.tar.gz');
const DEMO_BUNDLE = FX('demo/hello-1.0.0.tar.gz.sigstore.json');
const DEMO_POLICY = ['--repo', 'acme/hello', '--trusted-root', ROOT_FILE];

type Run = { code: number; stdout: string; stderr: string };

function cli(args: string[], stdin?: Buffer): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, NO_COLOR: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, stdout, stderr });
    });
    child.stdin.on('error', () => undefined); // the CLI may stop reading early (LIMIT)
    if (stdin !== undefined) child.stdin.end(stdin);
    else child.stdin.end();
  });
}

const codes = (r: Run): string[] =>
  (JSON.parse(r.stdout) as { failedChecks: string[] }).failedChecks;

let tmp: string;
let instance: TestInstance;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'vp-inputs-'));
  instance = await createTestInstance();
}, 60_000);
afterAll(() => instance.close());

describe('bounded reads of untrusted input (class 9)', () => {
  it('--bundle /dev/zero is LIMIT, not a hang', async () => {
    const r = await cli([
      'verify',
      DEMO,
      '--bundle',
      '/dev/zero',
      ...DEMO_POLICY,
      '--format',
      'json',
    ]);
    expect(r.code, r.stderr).toBe(1);
    expect(codes(r)).toContain('LIMIT');
  });

  it('--trusted-root /dev/zero is LIMIT', async () => {
    const r = await cli([
      'verify',
      DEMO,
      '--bundle',
      DEMO_BUNDLE,
      '--repo',
      'acme/hello',
      '--trusted-root',
      '/dev/zero',
      '--format',
      'json',
    ]);
    expect(r.code, r.stderr).toBe(1);
    expect(codes(r)).toContain('LIMIT');
  });

  it('a bundle from a pipe (/dev/stdin) verifies; an endless pipe is LIMIT', async () => {
    const ok = await piped(`cat "${DEMO_BUNDLE}"`, [
      'verify',
      DEMO,
      '--bundle',
      '/dev/stdin',
      ...DEMO_POLICY,
    ]);
    expect(ok.code, ok.stderr + ok.stdout).toBe(0);
    const endless = await piped('yes', [
      'verify',
      DEMO,
      '--bundle',
      '/dev/stdin',
      ...DEMO_POLICY,
      '--format',
      'json',
    ]);
    expect(endless.code, endless.stderr).toBe(1);
    expect(codes(endless)).toContain('LIMIT');
  });

  it('a bundle from a FIFO verifies', async () => {
    const fifo = join(tmp, 'bundle.fifo');
    await sh('mkfifo', [fifo]);
    const writer = sh('sh', ['-c', `cat "${DEMO_BUNDLE}" > "${fifo}"`]);
    const r = await cli(['verify', DEMO, '--bundle', fifo, ...DEMO_POLICY]);
    await writer;
    expect(r.code, r.stderr + r.stdout).toBe(0);
  });

  it('an artifact from a pipe is hashed as streamed', async () => {
    const r = await piped(`cat "${DEMO}"`, [
      'verify',
      '/dev/stdin',
      '--bundle',
      DEMO_BUNDLE,
      ...DEMO_POLICY,
    ]);
    expect(r.code, r.stderr + r.stdout).toBe(0);
  });

  it('a directory given as --bundle means the attestation files in it (issue 13), never EISDIR', async () => {
    const ok = await cli(['verify', DEMO, '--bundle', FX('demo'), ...DEMO_POLICY]);
    expect(ok.code, ok.stderr + ok.stdout).toBe(0);
    expect(ok.stderr).toContain(`bundle directory ${FX('demo')}: 1 file(s)`);
    const none = join(tmp, 'no-attestations');
    mkdirSync(none);
    writeFileSync(join(none, 'README.txt'), 'nothing here');
    const r = await cli(['verify', DEMO, '--bundle', none, ...DEMO_POLICY, '--format', 'json']);
    expect(r.code, r.stdout).toBe(2);
    expect(r.stdout).toContain('holds no attestation file');
  });

  it('a directory given as the artifact means the files under it, and says so', async () => {
    const dir = join(tmp, 'release');
    mkdirSync(join(dir, 'nested'), { recursive: true });
    copyFileSync(DEMO, join(dir, 'nested', 'hello-1.0.0.tar.gz'));
    const r = await cli(['verify', dir, '--bundle', DEMO_BUNDLE, ...DEMO_POLICY]);
    expect(r.code, r.stderr + r.stdout).toBe(0);
    expect(r.stderr).toContain(`artifact directory ${dir}: 1 file(s)`);
    const empty = join(tmp, 'empty');
    mkdirSync(empty);
    expect((await cli(['verify', empty, '--bundle', DEMO_BUNDLE, ...DEMO_POLICY])).code).toBe(2);
  });
});

describe('single-value flags are given once (class 10)', () => {
  it.each([
    [['--repo', 'acme/hello', '--repo', 'evil/hello']],
    [['--repo', 'acme/hello', '--source-tag', 'v1', '--source-tag', 'v2']],
    [['--repo=acme/hello', '--trusted-root', ROOT_FILE, '--trusted-root', ROOT_FILE]],
  ])('%j is a usage error', async (flags) => {
    const r = await cli(['verify', DEMO, '--bundle', DEMO_BUNDLE, ...flags, '--format', 'json']);
    expect(r.code, r.stdout).toBe(2);
    expect(r.stdout).toContain('was given more than once');
  });

  it('repeatable flags still repeat', async () => {
    const r = await cli([
      'verify',
      DEMO,
      '--bundle',
      DEMO_BUNDLE,
      '--bundle',
      DEMO_BUNDLE,
      ...DEMO_POLICY,
      '--trigger',
      'push',
      '--trigger',
      'release',
    ]);
    expect(r.code, r.stderr + r.stdout).toBe(0);
  });
});

describe('verified facts only in outputs (class 7)', () => {
  const ARTIFACT = Buffer.from('npm package tarball\n');
  let bundlePath: string;
  let artifactPath: string;

  beforeAll(async () => {
    const claims = githubClaims();
    const repoUrl = `https://github.com/${claims.repository}`;
    const source = { uri: `git+${repoUrl}@${claims.ref}`, digest: { sha1: claims.sha } };
    // npm CLI provenance v0.2: builder.id is whatever the workflow wrote.
    const statement = {
      _type: 'https://in-toto.io/Statement/v0.1',
      subject: [sha256Subject('pkg:npm/app@1.2.3', ARTIFACT)],
      predicateType: 'https://slsa.dev/provenance/v0.2',
      predicate: {
        buildType: 'https://github.com/npm/cli/gha/v2',
        builder: { id: 'https://github.com/actions/runner' },
        invocation: {
          configSource: { ...source, entryPoint: workflowPath(claims.workflowRef) },
          parameters: {},
          environment: {
            GITHUB_EVENT_NAME: claims.eventName,
            GITHUB_REF: claims.ref,
            GITHUB_REPOSITORY: claims.repository,
            GITHUB_SHA: claims.sha,
          },
        },
        materials: [source],
      },
    };
    const bundle = await instance.signDsse(statementBytes(statement), claims);
    bundlePath = join(tmp, 'npm.sigstore.json');
    artifactPath = join(tmp, 'app-1.2.3.tgz');
    writeFileSync(bundlePath, JSON.stringify(bundle));
    writeFileSync(artifactPath, ARTIFACT);
    writeFileSync(join(tmp, 'root.json'), JSON.stringify(instance.trustedRoot));
    expect(buildSignerUri(claims)).toContain('release.yml');
  });

  it('JSON reports the certificate-derived builder and the predicate claim apart', async () => {
    const r = await cli([
      'verify',
      artifactPath,
      '--bundle',
      bundlePath,
      '--repo',
      'acme/app',
      '--trusted-root',
      join(tmp, 'root.json'),
      '--format',
      'json',
    ]);
    expect(r.code, r.stdout).toBe(0);
    const att = (
      JSON.parse(r.stdout) as { artifacts: { attestations: Record<string, unknown>[] }[] }
    ).artifacts[0]?.attestations[0];
    expect(att?.builderId).toBe('https://github.com/actions/runner/github-hosted');
    expect(att?.claimedBuilderId).toBe('https://github.com/actions/runner');
  });

  it('the action outputs only parsed, verified values', async () => {
    const r = await runAction(
      actionInputs({
        subjects: [artifactPath],
        bundles: [bundlePath],
        policy: (flag) => (flag === 'repo' ? 'acme/app' : undefined),
        trustedRoot: join(tmp, 'root.json'),
      }),
    );
    expect(r.outputs.verified, r.stdout).toBe('true');
    expect(r.outputs['builder-id']).toBe('https://github.com/actions/runner/github-hosted');
    expect(r.outputs['source-repo']).toBe('acme/app');
    expect(r.outputs['source-ref']).toBe('refs/tags/v1.2.3');
    expect(r.outputs['signer-workflow']).toBe(
      'github.com/acme/app/.github/workflows/release.yml@refs/tags/v1.2.3',
    );
  });
});

/** `producer | verify-provenance ARGS` through a real shell pipe (Node's own stdio is a socket). */
function piped(producer: string, args: string[]): Promise<Run> {
  const quoted = args.map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ');
  return new Promise((resolve, reject) =>
    execFile(
      'sh',
      ['-c', `${producer} | "${process.execPath}" "${CLI}" ${quoted}`],
      { cwd: REPO_ROOT, env: { ...process.env, NO_COLOR: '1' }, timeout: 30_000 },
      (err, stdout, stderr) => {
        if (err !== null && typeof err.code !== 'number')
          reject(new Error(err.message, { cause: err }));
        else resolve({ code: err === null ? 0 : Number(err.code), stdout, stderr });
      },
    ),
  );
}

function sh(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) =>
    execFile(cmd, args, (err) =>
      err === null ? resolve() : reject(new Error(err.message, { cause: err })),
    ),
  );
}

// End to end: the BUILT CLI run as a child process against the fixtures, in both shipped forms:
// dist/cli/index.js under Node, and the single executable when `npm run sea` has built it.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, VERSION } from '../src/cli/main.js';
import { EXIT } from '../src/core/codes.js';
import { CLI_TARGETS, DIST_CLI, runCli, type CliTarget } from './support/cli-targets.js';

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'cli', 'index.js');
const FX = (rel: string): string => join(ROOT, 'fixtures', rel);

const TRUSTED_ROOT = FX('trusted_root.json');
const PINNED_NODE = (
  JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    devDependencies: { node: string };
  }
).devDependencies.node;
const DEMO = FX('demo/hello-1.0.0.tar.gz');
const DEMO_BUNDLE = FX('demo/hello-1.0.0.tar.gz.sigstore.json');
const APP = FX('artifacts/app-1.2.3.tgz');
const TAG_BUNDLE = FX('bundles/in-repo-tag.sigstore.json');
const SAN = 'https://github.com/acme/app/.github/workflows/release.yml@refs/tags/v1.2.3';
const ISSUER = 'https://token.actions.githubusercontent.com';

type Run = { code: number; stdout: string; stderr: string };

let tmp: string;
/** The form under test; set by each target's describe block (the tests run one after another). */
let target: CliTarget = DIST_CLI;

function run(args: string[], nodeArgs: string[] = []): Promise<Run> {
  // Never touch the user's cache; never colour.
  const env = { ...process.env, XDG_CACHE_HOME: join(tmp, 'cache'), NO_COLOR: '1' };
  return runCli(target, args, { nodeArgs, env });
}

type JsonResult = {
  schemaVersion: number;
  verdict: string;
  exitCode: number;
  failedChecks: string[];
  artifacts: { verdict: string }[];
  error?: { code: string };
};

function json(r: Run): JsonResult {
  return JSON.parse(r.stdout) as JsonResult;
}

const verify = (...args: string[]): string[] => ['verify', ...args];
const withRoot = ['--trusted-root', TRUSTED_ROOT];

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'vp-e2e-'));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe.each(CLI_TARGETS)('built CLI: $name', (form) => {
  if (form.missing !== undefined) return void it.skip(form.missing, () => undefined);
  beforeAll(() => {
    target = form;
  });

  it('--version: the version, and for the single executable the Node it carries', async () => {
    const r = await run(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      form.sea ? `${VERSION} (node v${PINNED_NODE}, single executable)\n` : `${VERSION}\n`,
    );
  });

  it.skipIf(form.sea)('has the node shebang on its first line', () => {
    const first = readFileSync(CLI, 'utf8').split('\n')[0];
    expect(first).toBe('#!/usr/bin/env node');
  });

  it('exit 0: the README demo', async () => {
    const r = await run(verify(DEMO, '--bundle', DEMO_BUNDLE, '--repo', 'acme/hello', ...withRoot));
    expect(r.code, r.stderr + r.stdout).toBe(0);
  });

  it('--format json: schemaVersion 1, verified', async () => {
    const r = await run(
      verify(
        DEMO,
        '--bundle',
        DEMO_BUNDLE,
        '--repo',
        'acme/hello',
        ...withRoot,
        '--format',
        'json',
      ),
    );
    expect(r.code).toBe(0);
    const out = json(r);
    expect(out.schemaVersion).toBe(1);
    expect(out.verdict).toBe('verified');
    expect(out.exitCode).toBe(0);
    expect(out.failedChecks).toEqual([]);
    expect(out.artifacts.map((a) => a.verdict)).toEqual(['verified']);
  });

  it('--format=json spelling works too', async () => {
    const r = await run(
      verify(DEMO, '--bundle', DEMO_BUNDLE, '--repo', 'acme/hello', ...withRoot, '--format=json'),
    );
    expect(json(r).verdict).toBe('verified');
  });

  it('exit 1 with ID_SIGNER: reusable workflow with --repo only', async () => {
    const r = await run(
      verify(
        APP,
        '--bundle',
        FX('bundles/reusable-workflow.sigstore.json'),
        '--repo',
        'acme/app',
        ...withRoot,
        '--format',
        'json',
      ),
    );
    expect(r.code).toBe(1);
    expect(json(r).verdict).toBe('failed');
    expect(json(r).failedChecks).toEqual(['ID_SIGNER']);
  });

  it('exit 0: reusable workflow with --signer-repo', async () => {
    const r = await run(
      verify(
        APP,
        '--bundle',
        FX('bundles/reusable-workflow.sigstore.json'),
        '--repo',
        'acme/app',
        '--signer-repo',
        'acme/shared-workflows',
        ...withRoot,
      ),
    );
    expect(r.code, r.stderr + r.stdout).toBe(0);
  });

  it('exit 1 with the failing artifact named: multi-subject plus an unattested file', async () => {
    const r = await run(
      verify(
        FX('artifacts/app-linux'),
        FX('artifacts/not-attested.bin'),
        '--bundle',
        FX('bundles/multi-subject.sigstore.json'),
        '--repo',
        'acme/app',
        ...withRoot,
        '--format',
        'json',
      ),
    );
    expect(r.code).toBe(1);
    expect(json(r).artifacts.map((a) => a.verdict)).toEqual(['verified', 'failed']);
    expect(json(r).failedChecks).toEqual(['SUBJECT']);
  });

  describe('exit 2: usage', () => {
    it('no artifact', async () => {
      const r = await run(verify('--bundle', TAG_BUNDLE, '--repo', 'acme/app', ...withRoot));
      expect(r.code).toBe(2);
    });

    it('no --bundle', async () => {
      const r = await run(verify(APP, '--repo', 'acme/app', ...withRoot, '--format', 'json'));
      expect(r.code).toBe(2);
      expect(json(r).error?.code).toBe('USAGE');
    });

    it('a policy with no --repo / --owner / --cert-identity', async () => {
      const r = await run(verify(APP, '--bundle', TAG_BUNDLE, ...withRoot, '--format', 'json'));
      expect(r.code).toBe(2);
      expect(json(r).failedChecks).toEqual(['POLICY_INVALID']);
    });

    it('an unknown flag', async () => {
      const r = await run(verify(APP, '--bundle', TAG_BUNDLE, '--repo', 'acme/app', '--nope'));
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('USAGE');
    });

    it('an unknown command', async () => {
      const r = await run(['frobnicate']);
      expect(r.code).toBe(2);
      // Asked for JSON, it answers in JSON (stdout), as the known commands do.
      const asJson = await run(['frobnicate', '--format', 'json']);
      expect(asJson.code).toBe(2);
      expect(JSON.parse(asJson.stdout)).toMatchObject({
        verdict: 'error',
        exitCode: 2,
        error: { code: 'USAGE', message: 'unknown command "frobnicate"' },
      });
    });

    it('--trusted-root and --offline together', async () => {
      const r = await run(
        verify(APP, '--bundle', TAG_BUNDLE, '--repo', 'acme/app', ...withRoot, '--offline'),
      );
      expect(r.code).toBe(2);
    });
  });

  it('exit 3: TUF refresh from an unreachable mirror is TRUST_ROOT_UNAVAILABLE', async () => {
    const r = await run(
      verify(
        APP,
        '--bundle',
        TAG_BUNDLE,
        '--repo',
        'acme/app',
        '--tuf-mirror',
        'http://127.0.0.1:9',
        '--format',
        'json',
      ),
    );
    expect(r.code).toBe(3);
    expect(json(r).failedChecks).toEqual(['TRUST_ROOT_UNAVAILABLE']);
  });

  it('exit 1 NO_ATTESTATION: an empty bundle file', async () => {
    const empty = join(tmp, 'empty.sigstore.json');
    writeFileSync(empty, '');
    const r = await run(
      verify(APP, '--bundle', empty, '--repo', 'acme/app', ...withRoot, '--format', 'json'),
    );
    expect(r.code).toBe(1);
    expect(json(r).verdict).toBe('failed');
    expect(json(r).failedChecks).toEqual(['NO_ATTESTATION']);
  });

  it('exit 1 MALFORMED: garbage bytes', async () => {
    const garbage = join(tmp, 'garbage.sigstore.json');
    writeFileSync(garbage, Buffer.from('\x01\x02garbage{{{ not json'));
    const r = await run(
      verify(APP, '--bundle', garbage, '--repo', 'acme/app', ...withRoot, '--format', 'json'),
    );
    expect(r.code).toBe(1);
    expect(json(r).failedChecks).toEqual(['MALFORMED']);
  });

  it('--offline names the embedded roots and their snapshot dates on stderr', async () => {
    const r = await run(verify(APP, '--bundle', TAG_BUNDLE, '--repo', 'acme/app', '--offline'));
    // The fixtures are not signed by the public-good instance.
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /trust: embedded public-good root .*snapshot of \d{4}-\d{2}-\d{2} \(\d+ days ago\)/,
    );
  });

  describe('inspect', () => {
    it('text output says UNVERIFIED', async () => {
      const r = await run(['inspect', TAG_BUNDLE]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('UNVERIFIED');
    });

    it('JSON output has verified:false', async () => {
      const r = await run(['inspect', TAG_BUNDLE, '--format', 'json']);
      expect(r.code).toBe(0);
      const out = JSON.parse(r.stdout) as { verified: boolean; attestations: unknown[] };
      expect(out.verified).toBe(false);
      expect(out.attestations).toHaveLength(1);
    });
  });

  describe('verify-bundle (message signature)', () => {
    const MSG = FX('bundles/message-signature.sigstore.json');
    const verifyBundle = (identity: string, artifact: string) =>
      run([
        'verify-bundle',
        '--bundle',
        MSG,
        '--certificate-identity',
        identity,
        '--certificate-oidc-issuer',
        ISSUER,
        ...withRoot,
        artifact,
      ]);

    it('exit 0 with the right identity and issuer', async () => {
      const r = await verifyBundle(SAN, APP);
      expect(r.code, r.stderr).toBe(0);
    });

    it('exit 1 with the wrong identity', async () => {
      const r = await verifyBundle(SAN.replace('v1.2.3', 'v1.2.4'), APP);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('ID_SAN');
    });

    it('exit 1 with another artifact', async () => {
      const r = await verifyBundle(SAN, FX('artifacts/not-attested.bin'));
      expect(r.code).toBe(1);
    });
  });

  it.skipIf(form.sea)('exit 4: an unexpected exception is INTERNAL, never 0', async () => {
    // Preload: writing to stdout throws a plain Error inside main(), which is not a VerifyError.
    // The CLI writes to the descriptor first and to the stream when that fails: both throw.
    const preload = join(tmp, 'break-stdout.mjs');
    writeFileSync(
      preload,
      [
        "import fs from 'node:fs';",
        "const boom = () => { throw new Error('stdout exploded'); };",
        'process.stdout.write = boom;',
        'const writeSync = fs.writeSync;',
        'fs.writeSync = (fd, ...rest) => (fd === 1 ? boom() : writeSync(fd, ...rest));',
        '',
      ].join('\n'),
    );
    const r = await run(['--version'], ['--import', preload]);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('internal error [INTERNAL]: stdout exploded');
  });

  it.runIf(form.sea)('takes no code from NODE_OPTIONS or --node-options', async () => {
    // A project's NODE_OPTIONS (a Yarn PnP hook, a --require) must not run inside the verifier,
    // and a file named "--node-options=..." expanded by a glob must stay a plain argument.
    const marker = join(tmp, 'preloaded');
    const preload = join(tmp, 'preload.cjs');
    writeFileSync(preload, `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran');\n`);
    const env = { ...process.env, NODE_OPTIONS: `--require=${preload}` };
    const viaEnv = await runCli(form, ['--version'], { env });
    expect(viaEnv.code).toBe(0);
    const viaArg = await runCli(form, [`--node-options=--require=${preload}`, '--version']);
    expect(viaArg.code).toBe(2);
    expect(viaArg.stderr).toContain('unknown command "--node-options=');
    expect(existsSync(marker)).toBe(false);
  });
});

describe('main() (source)', () => {
  it('a usage error found while parsing the flags is still reported in --format json', async () => {
    let out = '';
    const io = {
      stdout: (t: string) => void (out += t),
      stderr: () => undefined,
      env: {},
      isTTY: false,
    };
    expect(await main(['verify', 'a.tgz', '--bogus', '--format', 'json'], io)).toBe(EXIT.USAGE);
    expect(JSON.parse(out)).toMatchObject({ verdict: 'error', error: { code: 'USAGE' } });
    // A flag value that merely looks like "--format json" does not switch the format.
    out = '';
    let err = '';
    const io2 = { ...io, stderr: (t: string) => void (err += t) };
    expect(await main(['verify', '--bogus', '--source-ref', '--format json'], io2)).toBe(
      EXIT.USAGE,
    );
    expect(out).toBe('');
    expect(err).toContain('error [USAGE]');
  });

  it('rethrows a non-VerifyError instead of mapping it to an exit code', async () => {
    const io = {
      stdout: () => {
        throw new TypeError('boom');
      },
      stderr: () => undefined,
      env: {},
      isTTY: false,
    };
    await expect(main(['--version'], io)).rejects.toThrow(TypeError);
  });

  it('maps a usage error to exit 2', async () => {
    const err: string[] = [];
    const io = {
      stdout: () => undefined,
      stderr: (t: string) => void err.push(t),
      env: {},
      isTTY: false,
    };
    expect(await main(['nope'], io)).toBe(EXIT.USAGE);
    expect(err.join('')).toContain('USAGE');
  });
});

// A run with a bundle and a trusted root (or --offline) makes no network connection at all:
// every socket, TLS and DNS entry point is replaced by one that records the attempt and fails.
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NODE24, REPO } from './support/action-runner.js';
import { SEA_CLI, SEA_PATH } from './support/cli-targets.js';

const CLI = join(REPO, 'dist', 'cli', 'index.js');
const ACTION = join(REPO, 'dist', 'action', 'index.js');

function trap(dir: string): { preload: string; log: string } {
  const log = join(dir, 'connections.log');
  const preload = join(dir, 'no-network.mjs');
  writeFileSync(
    preload,
    `import net from 'node:net';
import tls from 'node:tls';
import dns from 'node:dns';
import { appendFileSync } from 'node:fs';
const record = (what) => (...args) => {
  appendFileSync(${JSON.stringify(log)}, what + ' ' + JSON.stringify(args[0] ?? null) + '\\n');
  throw new Error('network disabled by test: ' + what);
};
net.Socket.prototype.connect = record('net.Socket.connect');
net.connect = net.createConnection = record('net.connect');
tls.connect = record('tls.connect');
dns.lookup = record('dns.lookup');
dns.promises.lookup = record('dns.promises.lookup');
globalThis.fetch = record('fetch');
`,
  );
  return { preload, log };
}

function run(
  node: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile(
      node,
      args,
      { cwd: REPO, env: { PATH: process.env.PATH ?? '', ...env } },
      (err, stdout, stderr) =>
        resolve({ code: err === null ? 0 : Number(err.code), out: `${stdout}${stderr}` }),
    );
  });
}

const DEMO = [
  'fixtures/demo/hello-1.0.0.tar.gz',
  '--bundle',
  'fixtures/demo/hello-1.0.0.tar.gz.sigstore.json',
  '--repo',
  'acme/hello',
];

describe('offline runs make zero network connections', () => {
  it('the trap itself works: a run that needs the network is caught', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vp-offline-'));
    const { preload, log } = trap(dir);
    // Without a trusted root, the CLI refreshes the public-good root through TUF: the attempt
    // is recorded and the run is exit 3 (indeterminate).
    const r = await run(process.execPath, ['--import', preload, CLI, 'verify', ...DEMO], {
      XDG_CACHE_HOME: join(dir, 'cache'),
    });
    expect(r.code, r.out).toBe(3);
    expect(existsSync(log) ? readFileSync(log, 'utf8') : '').not.toBe('');
  });

  it('CLI with --trusted-root: verified, no connection', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vp-offline-'));
    const { preload, log } = trap(dir);
    const r = await run(
      process.execPath,
      ['--import', preload, CLI, 'verify', ...DEMO, '--trusted-root', 'fixtures/trusted_root.json'],
      {},
    );
    expect(r.code, r.out).toBe(0);
    expect(existsSync(log)).toBe(false);
  });

  it('CLI with --offline (embedded public-good root): a decision, no connection', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vp-offline-'));
    const { preload, log } = trap(dir);
    const r = await run(
      process.execPath,
      ['--import', preload, CLI, 'verify', ...DEMO, '--offline'],
      {},
    );
    // The demo is signed by the fixture CA, so the public-good root rejects it: exit 1, offline.
    expect(r.code, r.out).toBe(1);
    expect(existsSync(log)).toBe(false);
  });

  it('the action with trusted-root (Node 24): verified, no connection', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vp-offline-'));
    const { preload, log } = trap(dir);
    writeFileSync(join(dir, 'out'), '');
    writeFileSync(join(dir, 'summary'), '');
    const r = await run(NODE24, ['--import', preload, ACTION], {
      'INPUT_SUBJECT-PATH': 'fixtures/demo/hello-1.0.0.tar.gz',
      'INPUT_BUNDLE-PATH': 'fixtures/demo/hello-1.0.0.tar.gz.sigstore.json',
      INPUT_REPO: 'acme/hello',
      'INPUT_TRUSTED-ROOT': 'fixtures/trusted_root.json',
      GITHUB_OUTPUT: join(dir, 'out'),
      GITHUB_STEP_SUMMARY: join(dir, 'summary'),
      RUNNER_TEMP: dir,
    });
    expect(r.code, r.out).toBe(0);
    expect(readFileSync(join(dir, 'out'), 'utf8')).toMatch(/^verified<<.*\ntrue\n/m);
    expect(existsSync(log)).toBe(false);
  });
});

/** strace works here (installed, and ptrace allowed): the syscall-level trap for the binary. */
function straceWorks(): boolean {
  return spawnSync('strace', ['-o', '/dev/null', 'true']).status === 0;
}

// The single executable takes no preload (it ignores NODE_OPTIONS by design), so its trap is the
// kernel's: every connect() it makes, whatever the code path, is recorded by strace.
describe.skipIf(SEA_CLI.missing !== undefined || !straceWorks())(
  `the single executable makes zero connections too (${SEA_CLI.missing ?? 'strace: connect() calls'})`,
  () => {
    function connects(args: string[]): { code: number; calls: string } {
      const dir = mkdtempSync(join(tmpdir(), 'vp-offline-'));
      const log = join(dir, 'strace.log');
      const r = spawnSync(
        'strace',
        ['-f', '-qq', '-e', 'trace=connect', '-o', log, SEA_PATH, ...args],
        { cwd: REPO, env: { PATH: process.env.PATH ?? '', XDG_CACHE_HOME: join(dir, 'cache') } },
      );
      return { code: r.status ?? -1, calls: existsSync(log) ? readFileSync(log, 'utf8') : '' };
    }

    it('the trap works: a lookup from a loopback API is seen connecting', async () => {
      // A port that was just free: the connection is refused, and the attempt is recorded.
      const server = createServer().listen(0, '127.0.0.1');
      await once(server, 'listening');
      const { port } = server.address() as AddressInfo;
      server.close();
      const r = connects([
        'verify',
        'fixtures/demo/hello-1.0.0.tar.gz',
        '--repo',
        'acme/hello',
        '--trusted-root',
        'fixtures/trusted_root.json',
        ...['--from', 'github', '--github-api-url', `http://127.0.0.1:${port}`, '--timeout', '2s'],
      ]);
      expect(r.code).toBe(3);
      expect(r.calls).toContain(`sin_port=htons(${port})`);
    });

    it('--trusted-root: verified, no connect()', () => {
      const r = connects(['verify', ...DEMO, '--trusted-root', 'fixtures/trusted_root.json']);
      expect(r.code).toBe(0);
      expect(r.calls).toBe('');
    });

    it('--offline (the embedded public-good root): a decision, no connect()', () => {
      const r = connects(['verify', ...DEMO, '--offline']);
      expect(r.code).toBe(1);
      expect(r.calls).toBe('');
    });
  },
);

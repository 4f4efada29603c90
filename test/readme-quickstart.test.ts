// The README's quick start, followed as written: its commands are taken from README.md and run
// by the built CLI (`npx verify-provenance` is the installed bin, dist/cli/index.js), every
// argument verbatim. They name a real public package, sigstore@2.3.1; no test touches the
// internet, so the npm registry is a local server on 127.0.0.1 answering with what the real
// registry answered for that version (saved in ../shared/corpus, read in place): the attestations
// response byte for byte, the version's dist.integrity computed from the real tarball, and the
// registry key list with the real key (SHA256:jl3bw…, expiring 2025-01-29 as npm publishes it).
// The CLI is pointed at it the way npm points a command it runs: npm_config_registry, the
// variable `npx` sets from the user's npm configuration. Trust is the embedded root
// (`--offline`, written in the README), so no TUF mirror is asked either.
// The fresh-clone block (the shipped demo) is run as written too.
import { execFile } from 'node:child_process';
import { createHash, createPublicKey } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliInProcess } from './support/cli-in-process.js';
import { CORPUS_DIR } from './support/corpus.js';
import { sendJson, startLocalServer, type LocalServer } from './support/local-server.js';
import { REPO_ROOT } from './support/verify-helpers.js';

const README = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
const CASE = join(CORPUS_DIR, 'slsa-verifier', 'npm-sigstore-2.3.1-slsa-v1-pass');
const CLI = join(REPO_ROOT, 'dist', 'cli', 'index.js');

/** The ```sh blocks between two markers, or of a section, as commands with their comments. */
type Step = { command: string; comment: string };
function steps(text: string): Step[] {
  const out: Step[] = [];
  for (const block of text.matchAll(/```sh\n([\s\S]*?)```/g)) {
    let comment = '';
    for (const raw of (block[1] ?? '').replace(/\\\n\s*/g, ' ').split('\n')) {
      const line = raw.trim();
      if (line === '') continue;
      if (line.startsWith('#')) comment += `${line.replace(/^#\s*/, '')} `;
      else {
        out.push({ command: line, comment: comment.trim() });
        comment = '';
      }
    }
  }
  return out;
}
const between = (start: string, end: string): string =>
  README.slice(README.indexOf(start), README.indexOf(end));
const quick = between('<!-- quick-start:start', '<!-- quick-start:end -->');
const freshClone = between('## Set up and run (fresh clone)', '\n## Recipes');

/** A README command, run as written by the built CLI; only the program name is replaced. */
function run(
  command: string,
  env: Record<string, string>,
  cwd = REPO_ROOT,
): Promise<{ code: number; stdout: string; stderr: string }> {
  // Arguments are split on spaces: refuse anything a shell would read differently.
  expect(command, 'no quoting, globbing or expansion').not.toMatch(/["'`$*?;&|<>()]/);
  const argv = command.split(/\s+/);
  const program = argv.splice(0, 2).join(' ');
  expect(['npx verify-provenance', 'node dist/cli/index.js']).toContain(program);
  return new Promise((resolve) =>
    execFile(process.execPath, [CLI, ...argv], { cwd, env }, (err, o, e) =>
      resolve({ code: err === null ? 0 : Number(err.code), stdout: o, stderr: e }),
    ),
  );
}

describe.skipIf(!existsSync(CASE))('README quick start, as written', () => {
  let registry: LocalServer;
  let home: string;

  beforeAll(async () => {
    const tarball = readFileSync(join(CASE, 'provenance-npm-test-cli-v1-prega.tgz'));
    const attestations = readFileSync(join(CASE, 'provenance-npm-test-cli-v1-prega.tgz.json'));
    const key = createPublicKey(readFileSync(join(CASE, 'npm_publish_key.pub')))
      .export({ format: 'der', type: 'spki' })
      .toString('base64');
    registry = await startLocalServer((req, res) => {
      if (req.url === '/sigstore/2.3.1')
        return sendJson(res, 200, {
          name: 'sigstore',
          version: '2.3.1',
          dist: {
            integrity: `sha512-${createHash('sha512').update(tarball).digest('base64')}`,
            tarball: 'https://registry.npmjs.org/sigstore/-/sigstore-2.3.1.tgz',
          },
        });
      if (req.url === '/-/npm/v1/attestations/sigstore@2.3.1') {
        res.writeHead(200, { 'content-type': 'application/json' });
        return res.end(attestations);
      }
      if (req.url === '/-/npm/v1/keys')
        return sendJson(res, 200, {
          keys: [
            {
              expires: '2025-01-29T00:00:00.000Z',
              keyid: 'SHA256:jl3bwswu80PjjokCgh0o2w5c2U4LhQAE57gj9cz1kzA',
              keytype: 'ecdsa-sha2-nistp256',
              scheme: 'ecdsa-sha2-nistp256',
              key,
            },
          ],
        });
      return sendJson(res, 404, { error: 'Not found' });
    });
    home = mkdtempSync(join(tmpdir(), 'vp-quickstart-'));
  });
  afterAll(() => registry.close());

  const env = () => ({
    PATH: process.env.PATH ?? '',
    HOME: home,
    XDG_CACHE_HOME: join(home, 'cache'),
    npm_config_registry: registry.base,
  });

  it('is npm commands on a real package, each saying what it should end in', () => {
    const s = steps(quick);
    expect(s.length).toBeGreaterThanOrEqual(3);
    for (const step of s) {
      expect(step.command).toMatch(/^npx verify-provenance npm sigstore@2\.3\.1 /);
      expect(step.comment).toMatch(/\(exit \d(: [A-Z_, ]+)?/);
    }
  });

  it('runs every command to the exit and reason codes its comment states', async () => {
    for (const step of steps(quick)) {
      const before = registry.seen.length;
      const r = await run(step.command, env(), home);
      const said = /\(exit (\d)(?:: ([A-Z_, ]+?))?\)/.exec(step.comment);
      expect(r.code, `${step.command}\n${r.stdout}${r.stderr}`).toBe(Number(said?.[1]));
      if (said?.[1] === '0') expect(r.stdout).toMatch(/^VERIFIED: 1\/1 artifact\(s\)$/m);
      else {
        const codes = (said?.[2] ?? '').split(/,\s*/);
        expect(r.stdout).toMatch(new RegExp(`^FAILED: 0/1 verified; ${codes.join(', ')}$`, 'm'));
      }
      // Decided from the registry's answers (version, attestations, keys), nothing else.
      const asked = registry.seen.slice(before).map((s) => s.url);
      expect(new Set(asked)).toEqual(
        new Set(['/sigstore/2.3.1', '/-/npm/v1/attestations/sigstore@2.3.1', '/-/npm/v1/keys']),
      );
      expect(r.stderr).toMatch(/trust: embedded public-good root/);
    }
  });

  it('the output shown is what the last command prints', async () => {
    const shown = /```text\n([\s\S]*?)```/.exec(quick)?.[1] ?? '';
    expect(shown).not.toBe('');
    const last = steps(quick).at(-1);
    const r = await run(last?.command ?? '', env(), home);
    const printed = r.stdout.split('\n');
    for (const line of shown.split('\n').filter((l) => l.trim() !== ''))
      expect(printed, 'the README shows this line').toContain(line);
  });

  it('the npm command finds the registry as npm does: --registry, npm_config_registry, .npmrc', async () => {
    const argv = ['npm', 'sigstore@2.3.1', '--repo', 'sigstore/sigstore-js', '--offline'];
    const dead = 'http://127.0.0.1:9';
    const ok = (r: { code: number; stdout: string }): void => {
      expect(r.code, r.stdout).toBe(0);
    };
    ok(
      await runCliInProcess([...argv, '--registry', registry.base], { npm_config_registry: dead }),
    );
    ok(await runCliInProcess(argv, { npm_config_registry: registry.base, HOME: home }));
    const user = mkdtempSync(join(tmpdir(), 'vp-npmrc-'));
    writeFileSync(join(user, '.npmrc'), `registry=${registry.base}/\n`);
    ok(await runCliInProcess(argv, { HOME: user }));
    // npm's variable wins over the file, as in npm: a dead one is a network failure, never a pass.
    const down = await runCliInProcess([...argv, '--timeout', '2s'], {
      HOME: user,
      npm_config_registry: dead,
    });
    expect(down.code).toBe(3);
  });

  it('a registry that serves other bytes fails the same command (the test can fail)', async () => {
    const honest = registry.route;
    registry.route = (req, res) => {
      if (req.url === '/sigstore/2.3.1')
        return sendJson(res, 200, {
          name: 'sigstore',
          version: '2.3.1',
          dist: { integrity: `sha512-${Buffer.alloc(64, 7).toString('base64')}` },
        });
      honest(req, res);
    };
    try {
      const first = steps(quick)[0];
      const r = await run(first?.command ?? '', env(), home);
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/SUBJECT/);
    } finally {
      registry.route = honest;
    }
  });
});

describe('README fresh clone: the two commands', () => {
  it('runs the main job on the shipped demo, as written, and names npm test', async () => {
    const s = steps(freshClone).map((x) => x.command);
    expect(s).toEqual([
      'npm ci',
      expect.stringMatching(/^node dist\/cli\/index\.js verify /),
      'npm test',
    ]);
    const r = await run(s[1] ?? '', { PATH: process.env.PATH ?? '', HOME: tmpdir() });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^VERIFIED: 1\/1 artifact\(s\)$/m);
  });
});

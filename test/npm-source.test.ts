// `verify-provenance npm NAME@VERSION` against a local registry on 127.0.0.1 speaking npm's
// protocol (version document, /-/npm/v1/attestations, /-/npm/v1/keys), built from the real
// npm cases of the shared corpus: provenance, the registry's publish attestation and its key.
import { createHash, createPublicKey } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from './support/action-runner.js';
import { readCorpus, type CorpusCase } from './support/corpus.js';
import { invocation } from './support/corpus-invocation.js';
import { runCliInProcess } from './support/cli-in-process.js';
import { sendJson, startLocalServer, type LocalServer } from './support/local-server.js';
import { assertValidResult } from './support/result-schema.js';

const NPM_KEYID = 'SHA256:jl3bwswu80PjjokCgh0o2w5c2U4LhQAE57gj9cz1kzA';
const cases = readCorpus().filter((c) => c.id.includes('/npm-'));

/** What one case's registry serves. */
type Registry = {
  response: unknown;
  integrity: string;
  keys: unknown;
  status?: Partial<Record<'manifest' | 'attestations' | 'keys', number>>;
  /** Answer 404 to this many attestation requests first (not yet replicated). */
  lagging?: number;
};

function registryFor(c: CorpusCase): Registry {
  const responseFile = readdirSync(c.dir).find((f) => f.endsWith('.tgz.json'));
  const tgz = readFileSync(join(c.dir, c.artifact));
  const der = createPublicKey(readFileSync(join(c.dir, 'npm_publish_key.pub'))).export({
    format: 'der',
    type: 'spki',
  });
  return {
    response: JSON.parse(readFileSync(join(c.dir, responseFile ?? 'missing'), 'utf8')),
    integrity: `sha512-${createHash('sha512').update(tgz).digest('base64')}`,
    keys: {
      keys: [
        {
          expires: null,
          keyid: NPM_KEYID,
          keytype: 'ecdsa-sha2-nistp256',
          scheme: 'ecdsa-sha2-nistp256',
          key: der.toString('base64'),
        },
      ],
    },
  };
}

/** The package the registry really published, from its publish attestation. */
function publishedPackage(registry: Registry): { name: string; version: string } {
  const list = (
    registry.response as {
      attestations: { predicateType: string; bundle: { dsseEnvelope: { payload: string } } }[];
    }
  ).attestations;
  const publish = list.find((a) => a.predicateType.includes('npm/attestation'));
  const statement = JSON.parse(
    Buffer.from(publish?.bundle.dsseEnvelope.payload ?? '', 'base64').toString(),
  ) as {
    predicate: { name: string; version: string };
  };
  return statement.predicate;
}

let server: LocalServer;
const registries = new Map<string, Registry>();
beforeAll(async () => {
  // /r/KEY/... is one registry; whatever name is asked, it answers with its own documents (as
  // a lying registry would), so the verifier must notice a wrong name or version itself.
  server = await startLocalServer((req, res) => {
    const m = /^\/r\/([^/]+)(\/.*)$/.exec(req.url ?? '');
    const reg = m === null ? undefined : registries.get(m[1] ?? '');
    const path = m?.[2] ?? '';
    if (reg === undefined) return sendJson(res, 404, { error: 'not found' });
    const kind =
      path === '/-/npm/v1/keys'
        ? 'keys'
        : path.startsWith('/-/npm/v1/attestations/')
          ? 'attestations'
          : 'manifest';
    if (kind === 'attestations' && (reg.lagging ?? 0) > 0) {
      reg.lagging = (reg.lagging ?? 0) - 1;
      return sendJson(res, 404, { error: 'not found' });
    }
    const status = reg.status?.[kind] ?? 200;
    if (status !== 200) return sendJson(res, status, { error: 'nope' });
    if (kind === 'keys') return sendJson(res, 200, reg.keys);
    if (kind === 'attestations') return sendJson(res, 200, reg.response);
    return sendJson(res, 200, {
      name: 'x',
      version: 'y',
      dist: { integrity: reg.integrity, tarball: `${server.base}/t.tgz` },
    });
  });
});
afterAll(() => server.close());

function serve(key: string, registry: Registry): string {
  registries.set(key, registry);
  return `${server.base}/r/${key}`;
}

/** The upstream policy as flags of `npm`, for the package it names (or the real one). */
function npmArgs(c: CorpusCase, registry: Registry, url: string): string[] {
  const flags = invocation(c).argv;
  const kept: string[] = [];
  for (let i = 2; i < flags.length; i += 2) {
    const flag = flags[i] ?? '';
    if (['--bundle', '--subject-name', '--format'].includes(flag)) continue;
    kept.push(flag, flags[i + 1] ?? '');
  }
  const policy = Object.fromEntries(
    c.policy.split(';').map((p) => p.trim().split('=') as [string, string]),
  );
  const real = publishedPackage(registry);
  const spec = `${policy.package_name ?? real.name}@${policy.package_version ?? real.version}`;
  return ['npm', spec, '--registry', url, ...kept, '--format', 'json'];
}

async function outcome(argv: string[]) {
  const run = await runCliInProcess(argv);
  const json = JSON.parse(run.stdout) as { failedChecks: string[] };
  assertValidResult(json, argv.join(' '));
  return { code: run.code, failed: json.failedChecks, stdout: run.stdout };
}

describe.skipIf(cases.length === 0)('npm registry source: the corpus npm cases', () => {
  it('has the npm cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(12);
  });

  it.each(cases.map((c, i) => [c.id, c, i] as const))('%s', async (_id, c, i) => {
    const registry = registryFor(c);
    const argv = npmArgs(c, registry, serve(`case${i}`, registry));
    const { code, stdout } = await outcome(argv);
    expect(code, `${argv.join(' ')}\n${stdout.slice(0, 3000)}`).toBe(c.expected === 'pass' ? 0 : 1);
  });

  const base = cases.find((c) => c.id.endsWith('npm-gundam-visor-slsa-v1-pass'));
  const policy = ['--repo', 'ramonpetgrave64/gundam-visor'];
  const fault = async (registry: Registry, spec = 'gundam-visor@1.0.1') =>
    outcome([
      'npm',
      spec,
      '--registry',
      serve(`fault${registries.size}`, registry),
      ...policy,
      '--trusted-root',
      join(base?.dir ?? '', 'trusted_root.json'),
      '--format',
      'json',
      '--timeout',
      '3s',
    ]);

  it('the tampered publish attestation fails the package (SIGNATURE), though the provenance is intact', async () => {
    const c = cases.find((x) => x.id.endsWith('tampered-publish-fail'));
    const registry = registryFor(c ?? (base as CorpusCase));
    const { code, stdout } = await fault(registry);
    expect(code).toBe(1);
    const json = JSON.parse(stdout) as {
      artifacts: {
        attestations: {
          predicateType?: string;
          verdict: string;
          checks: { id: string; status: string }[];
        }[];
      }[];
    };
    const atts = json.artifacts[0]?.attestations ?? [];
    expect(atts.find((a) => a.predicateType === 'https://slsa.dev/provenance/v1')?.verdict).toBe(
      'verified',
    );
    expect(atts.find((a) => a.checks.some((k) => k.id === 'publish-signature'))?.verdict).toBe(
      'failed',
    );
  });

  it('a registry key that expired before the publish signed nothing: fails', async () => {
    const registry = registryFor(base as CorpusCase);
    const keys = registry.keys as { keys: { expires: string | null }[] };
    (keys.keys[0] as { expires: string | null }).expires = '2024-01-01T00:00:00.000Z';
    expect((await fault(registry)).code).toBe(1);
    (keys.keys[0] as { expires: string | null }).expires = '2030-01-01T00:00:00.000Z';
    expect((await fault(registry)).code).toBe(0);
  });

  it('a publish attestation signed by a key the registry does not list: KEY_MATERIAL', async () => {
    const registry = registryFor(base as CorpusCase);
    (registry.keys as { keys: { keyid: string }[] }).keys[0]!.keyid = 'SHA256:other';
    expect(await fault(registry)).toMatchObject({ code: 1, failed: ['KEY_MATERIAL'] });
  });

  it('an integrity the attestations do not cover: SUBJECT', async () => {
    const registry = {
      ...registryFor(base as CorpusCase),
      integrity: `sha512-${createHash('sha512').update('other').digest('base64')}`,
    };
    const { code, failed } = await fault(registry);
    expect(code).toBe(1);
    expect(failed).toContain('SUBJECT');
  });

  it('a wrong version is caught by the subject name, whatever the registry answers', async () => {
    const { code, failed } = await fault(registryFor(base as CorpusCase), 'gundam-visor@1.0.2');
    expect(code).toBe(1);
    expect(failed).toContain('SUBJECT');
  });

  it('no such version, or no attestations: NO_ATTESTATION (exit 1)', async () => {
    for (const which of ['manifest', 'attestations'] as const) {
      const registry = { ...registryFor(base as CorpusCase), status: { [which]: 404 } };
      expect(await fault(registry)).toMatchObject({ code: 1, failed: ['NO_ATTESTATION'] });
    }
  });

  it('--retry-not-found waits for attestations that are not there yet', async () => {
    const registry = { ...registryFor(base as CorpusCase), lagging: 1 };
    expect((await fault(registry)).code).toBe(1);
    const later = { ...registryFor(base as CorpusCase), lagging: 1 };
    const url = serve(`lag${registries.size}`, later);
    const run = await outcome([
      'npm',
      'gundam-visor@1.0.1',
      '--registry',
      url,
      ...policy,
      '--trusted-root',
      join(base?.dir ?? '', 'trusted_root.json'),
      '--format',
      'json',
      '--retry-not-found',
      '5s',
    ]);
    expect(run.code).toBe(0);
  });

  it('a failing registry is NETWORK (exit 3)', async () => {
    const registry = { ...registryFor(base as CorpusCase), status: { keys: 503 } };
    expect(await fault(registry)).toMatchObject({ code: 3, failed: ['NETWORK'] });
  });

  it('the built action verifies npm-packages (and fails the tampered publish)', async () => {
    const inputs = (c: CorpusCase, key: string) => ({
      'npm-packages': 'gundam-visor@1.0.1',
      registry: serve(key, registryFor(c)),
      repo: 'ramonpetgrave64/gundam-visor',
      'trusted-root': join(c.dir, 'trusted_root.json'),
    });
    const ok = await runAction(inputs(base as CorpusCase, 'action-ok'));
    expect(ok.code).toBe(0);
    expect(ok.outputs.verified).toBe('true');
    const tampered = cases.find((x) => x.id.endsWith('tampered-publish-fail')) as CorpusCase;
    const bad = await runAction(inputs(tampered, 'action-bad'));
    expect(bad.code).toBe(1);
    expect(bad.outputs.verified).toBe('false');
    const mixed = await runAction({
      ...inputs(base as CorpusCase, 'action-mixed'),
      'bundle-path': 'x.json',
    });
    expect(mixed.outputs['failed-checks']).toBe('USAGE');
  });

  it('ranges, tags and --bundle are usage errors', async () => {
    for (const argv of [
      ['npm', 'gundam-visor@^1.0.0', '--repo', 'a/b'],
      ['npm', 'gundam-visor@latest', '--repo', 'a/b'],
      ['npm', 'gundam-visor@1.0.1', '--repo', 'a/b', '--bundle', 'x'],
    ])
      expect((await runCliInProcess([...argv, '--offline'])).code).toBe(2);
  });
});

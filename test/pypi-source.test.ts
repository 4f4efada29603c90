// `verify-provenance pypi PROJECT VERSION [FILE]` against a local index on 127.0.0.1 speaking
// PyPI's JSON API and the PEP 740 integrity API. The attestations are minted here with a
// throwaway Sigstore instance and written as PyPI serves them (certificate, one transparency
// entry, envelope statement + signature), so the conversion back to a bundle is exercised.
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from './support/action-runner.js';
import { runCliInProcess } from './support/cli-in-process.js';
import { sendJson, startLocalServer, type LocalServer } from './support/local-server.js';
import {
  createTestInstance,
  githubClaims,
  inTotoStatement,
  sha256Subject,
  statementBytes,
  type TestInstance,
} from './support/mint.js';
import { asPep740, PYPI_PUBLISH, type Pep740 } from './support/pypi.js';
import { assertValidResult } from './support/result-schema.js';

const PUBLISH = PYPI_PUBLISH;
const WHEEL = 'acme_app-1.2.3-py3-none-any.whl';
const SDIST = 'acme_app-1.2.3.tar.gz';
const BYTES: Record<string, Buffer> = {
  [WHEEL]: Buffer.from('wheel bytes\n'),
  [SDIST]: Buffer.from('sdist bytes\n'),
};

const PUBLISHER = {
  kind: 'GitHub',
  repository: 'acme/app',
  workflow: 'release.yml',
  environment: 'pypi',
};

let instance: TestInstance;
let server: LocalServer;
let rootFile: string;
let dir: string;
const provenance: Record<string, Pep740> = {};
/** Per-test changes to what the index serves. */
let status: Partial<Record<'release' | 'provenance', number>> = {};
/** Answer 404 to this many provenance requests first (not yet available). */
let lagging = 0;

beforeAll(async () => {
  instance = await createTestInstance();
  dir = mkdtempSync(join(tmpdir(), 'vp-pypi-'));
  rootFile = join(dir, 'trusted_root.json');
  writeFileSync(rootFile, JSON.stringify(instance.trustedRoot));
  const sign = async (file: string, claims: ReturnType<typeof githubClaims>) =>
    asPep740(
      await instance.signDsse(
        statementBytes({
          ...inTotoStatement([sha256Subject(file, BYTES[file] as Buffer)], PUBLISH, {}),
          predicate: null,
        }),
        claims,
      ),
    );
  // The wheel: signed by the publisher workflow itself. The sdist: by a reusable workflow it calls.
  provenance[WHEEL] = {
    version: 1,
    attestation_bundles: [
      { publisher: PUBLISHER, attestations: [await sign(WHEEL, githubClaims())] },
    ],
  };
  provenance[SDIST] = {
    version: 1,
    attestation_bundles: [
      {
        publisher: PUBLISHER,
        attestations: [
          await sign(
            SDIST,
            githubClaims({
              jobWorkflowRef: 'acme/shared-workflows/.github/workflows/pypi.yml@refs/tags/v1.0.0',
            }),
          ),
        ],
      },
    ],
  };
  server = await startLocalServer((req, res) => {
    const url = req.url ?? '';
    if (url === '/pypi/acme-app/1.2.3/json') {
      if (status.release !== undefined) return sendJson(res, status.release, {});
      return sendJson(res, 200, {
        info: { name: 'acme-app', version: '1.2.3' },
        urls: Object.entries(BYTES).map(([filename, bytes]) => ({
          filename,
          digests: { sha256: createHash('sha256').update(bytes).digest('hex') },
        })),
      });
    }
    const m = /^\/integrity\/acme-app\/1\.2\.3\/([^/]+)\/provenance$/.exec(url);
    const body = m === null ? undefined : provenance[decodeURIComponent(m[1] ?? '')];
    if (status.provenance !== undefined) return sendJson(res, status.provenance, {});
    if (m !== null && lagging > 0) {
      lagging--;
      return sendJson(res, 404, { message: 'not found' });
    }
    if (body === undefined) return sendJson(res, 404, { message: 'not found' });
    return sendJson(res, 200, body, { 'content-type': 'application/vnd.pypi.integrity.v1+json' });
  });
}, 60_000);
afterAll(async () => {
  instance.close();
  await server.close();
});

function pypi(extra: string[], file?: string) {
  return runCliInProcess([
    'pypi',
    'acme-app',
    '1.2.3',
    ...(file === undefined ? [] : [file]),
    '--index',
    server.base,
    '--trusted-root',
    rootFile,
    '--format',
    'json',
    '--timeout',
    '3s',
    ...extra,
  ]);
}

async function outcome(extra: string[], file?: string) {
  const run = await pypi(extra, file);
  const json = JSON.parse(run.stdout) as {
    failedChecks: string[];
    artifacts: { name: string; verdict: string }[];
  };
  assertValidResult(json, extra.join(' '));
  return {
    code: run.code,
    failed: json.failedChecks,
    verdicts: Object.fromEntries(json.artifacts.map((a) => [a.name, a.verdict])),
  };
}

/** Serve a changed copy of one file's provenance for the duration of `body`. */
async function withProvenance<T>(
  file: string,
  change: (p: Pep740) => void,
  body: () => Promise<T>,
): Promise<T> {
  const saved = provenance[file] as Pep740;
  const copy = JSON.parse(JSON.stringify(saved)) as Pep740;
  change(copy);
  provenance[file] = copy;
  try {
    return await body();
  } finally {
    provenance[file] = saved;
  }
}

describe('PyPI integrity API (PEP 740)', () => {
  it('every file of the release verifies, including one signed by a reusable workflow the publisher calls', async () => {
    expect(await outcome(['--repo', 'acme/app'])).toEqual({
      code: 0,
      failed: [],
      verdicts: { [WHEEL]: 'verified', [SDIST]: 'verified' },
    });
    expect(server.seen.map((s) => s.url)).toEqual(
      expect.arrayContaining([
        '/pypi/acme-app/1.2.3/json',
        `/integrity/acme-app/1.2.3/${WHEEL}/provenance`,
      ]),
    );
  });

  it('a local file is verified by its own digest; another file with the same name fails (SUBJECT)', async () => {
    const good = join(dir, WHEEL);
    writeFileSync(good, BYTES[WHEEL] as Buffer);
    expect((await outcome(['--repo', 'acme/app'], good)).code).toBe(0);
    const evilDir = mkdtempSync(join(tmpdir(), 'vp-pypi-evil-'));
    const evil = join(evilDir, WHEEL);
    writeFileSync(evil, 'tampered');
    expect(await outcome(['--repo', 'acme/app'], evil)).toMatchObject({
      code: 1,
      failed: ['SUBJECT'],
    });
  });

  it('the policy still decides: another repository, or a signer the policy names, fails', async () => {
    expect((await outcome(['--repo', 'evil/app'])).failed).toContain('ID_REPO');
    const signer = await outcome([
      '--repo',
      'acme/app',
      '--signer-workflow',
      'acme/app/.github/workflows/release.yml',
    ]);
    expect(signer.code).toBe(1);
    expect(signer.verdicts).toEqual({ [WHEEL]: 'verified', [SDIST]: 'failed' });
    expect(signer.failed).toContain('ID_SIGNER');
  });

  it("PyPI's publisher record must agree with the certificate (workflow = caller, repository)", async () => {
    const workflow = await withProvenance(
      SDIST,
      (p) => void (p.attestation_bundles[0]!.publisher.workflow = 'other.yml'),
      () => outcome(['--repo', 'acme/app']),
    );
    expect(workflow).toMatchObject({ code: 1, failed: ['ID_CALLER'] });
    const repo = await withProvenance(
      WHEEL,
      (p) => void (p.attestation_bundles[0]!.publisher.repository = 'acme/other'),
      () => outcome(['--repo', 'acme/app']),
    );
    expect(repo).toMatchObject({ code: 1, failed: ['ID_REPO'] });
    const kind = await withProvenance(
      WHEEL,
      (p) => void (p.attestation_bundles[0]!.publisher.kind = 'GitLab'),
      () => outcome(['--repo', 'acme/app']),
    );
    expect(kind).toMatchObject({ code: 1, failed: ['ID_PUBLISHER'] });
  });

  it('attestation objects of another shape are refused (BUNDLE_SHAPE), never skipped', async () => {
    const changes: ((p: Pep740) => void)[] = [
      (p) => void (p.attestation_bundles[0]!.attestations[0]!.extra = 1),
      (p) => {
        const vm = p.attestation_bundles[0]!.attestations[0]!.verification_material as {
          transparency_entries: unknown[];
        };
        vm.transparency_entries = [...vm.transparency_entries, ...vm.transparency_entries];
      },
      (p) => void (p.attestation_bundles[0]!.attestations[0]!.version = 2),
    ];
    for (const change of changes)
      expect(
        await withProvenance(WHEEL, change, () => outcome(['--repo', 'acme/app'])),
      ).toMatchObject({
        code: 1,
        failed: ['BUNDLE_SHAPE'],
      });
  });

  it('a tampered statement fails the signature', async () => {
    const forged = Buffer.from(
      JSON.stringify({
        _type: 'https://in-toto.io/Statement/v1',
        subject: [sha256Subject(WHEEL, Buffer.from('evil'))],
        predicateType: PUBLISH,
        predicate: null,
      }),
    ).toString('base64');
    const run = await withProvenance(
      WHEEL,
      (p) =>
        void ((
          p.attestation_bundles[0]!.attestations[0]!.envelope as { statement: string }
        ).statement = forged),
      () => outcome(['--repo', 'acme/app']),
    );
    expect(run.code).toBe(1);
    expect(run.verdicts[WHEEL]).toBe('failed');
  });

  it('no provenance, or no such release: NO_ATTESTATION (exit 1); a failing index: NETWORK (exit 3)', async () => {
    status = { provenance: 404 };
    expect(await outcome(['--repo', 'acme/app'])).toMatchObject({
      code: 1,
      failed: ['NO_ATTESTATION'],
    });
    status = { release: 404 };
    expect(await outcome(['--repo', 'acme/app'])).toMatchObject({
      code: 1,
      failed: ['NO_ATTESTATION'],
    });
    status = { release: 503 };
    expect(await outcome(['--repo', 'acme/app'])).toMatchObject({ code: 3, failed: ['NETWORK'] });
    status = {};
  });

  it('the built action verifies pypi-project/pypi-version, and one subject-path file', async () => {
    const inputs = {
      'pypi-project': 'acme-app',
      'pypi-version': '1.2.3',
      index: server.base,
      repo: 'acme/app',
      'trusted-root': rootFile,
    };
    const all = await runAction(inputs);
    expect(all.code).toBe(0);
    expect(all.outputs.verified).toBe('true');
    const evilDir = mkdtempSync(join(tmpdir(), 'vp-pypi-action-'));
    writeFileSync(join(evilDir, WHEEL), 'tampered');
    const one = await runAction({ ...inputs, 'subject-path': join(evilDir, WHEEL) });
    expect(one.code).toBe(1);
    expect(one.outputs['failed-checks']).toBe('SUBJECT');
  });

  it('--retry-not-found waits for provenance that is not there yet', async () => {
    lagging = 1;
    expect((await outcome(['--repo', 'acme/app', '--concurrency', '1'])).code).toBe(1);
    lagging = 1;
    expect((await outcome(['--repo', 'acme/app', '--retry-not-found', '5s'])).code).toBe(0);
    lagging = 0;
  });

  it('bad project names and versions are usage errors before any request', async () => {
    server.seen.length = 0;
    for (const argv of [
      ['pypi', '../x', '1.0'],
      ['pypi', 'x', '1.0/../../'],
      ['pypi', 'x'],
    ])
      expect((await runCliInProcess([...argv, '--repo', 'a/b', '--offline'])).code).toBe(2);
    expect(server.seen).toHaveLength(0);
  });
});

// Every evidence kind: npm's first provenance format (gha@v0 / gha@v1), a saved npm
// attestations response as one unit (its publish attestation must verify), PyPI publishers
// other than GitHub, and certificates that predate the runner field (--allow-unrecorded-runner).
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from './support/action-runner.js';
import { readCorpus } from './support/corpus.js';
import { runCliInProcess } from './support/cli-in-process.js';
import { sendJson, startLocalServer, type LocalServer } from './support/local-server.js';
import {
  createTestInstance,
  githubClaims,
  inTotoStatement,
  sha256Subject,
  slsaV1Statement,
  statementBytes,
  type TestInstance,
  type WorkflowClaims,
} from './support/mint.js';
import { asPep740, PYPI_PUBLISH } from './support/pypi.js';
import { REPO_ROOT } from './support/verify-helpers.js';

const run = promisify(execFile);
const CLI = join(REPO_ROOT, 'dist', 'cli', 'index.js');

type Run = { code: number; stdout: string; stderr: string };
async function cli(argv: string[]): Promise<Run> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...argv]);
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}
const failed = (r: Run): string[] =>
  (JSON.parse(r.stdout) as { failedChecks: string[] }).failedChecks;

let instance: TestInstance;
let dir: string;
let root: string;
const write = (name: string, value: unknown): string => {
  const path = join(dir, name);
  writeFileSync(
    path,
    typeof value === 'string' || Buffer.isBuffer(value) ? value : JSON.stringify(value),
  );
  return path;
};

beforeAll(async () => {
  instance = await createTestInstance();
  dir = mkdtempSync(join(tmpdir(), 'vp-evidence-'));
  root = write('root.json', instance.trustedRoot);
}, 60_000);
afterAll(() => instance.close());

describe("npm's first provenance format (npm 9.4-9.5, early 2023: gha@v0, gha@v1)", () => {
  const TARBALL = Buffer.from('npm tarball, first format\n');
  const claims = githubClaims({
    ref: 'refs/tags/v1.0.0',
    workflowRef: 'acme/app/.github/workflows/npm.yml@refs/tags/v1.0.0',
  });
  /** The shape npm 9.5 wrote: builder = the npm CLI, entryPoint = the whole GITHUB_WORKFLOW_REF. */
  const statement = (buildType: string, entryPoint = claims.workflowRef) => ({
    _type: 'https://in-toto.io/Statement/v0.1',
    subject: [sha256Subject('pkg:npm/app@1.0.0', TARBALL)],
    predicateType: 'https://slsa.dev/provenance/v0.2',
    predicate: {
      buildType,
      builder: { id: 'https://github.com/npm/cli@9.5.1' },
      invocation: {
        configSource: {
          uri: `git+https://github.com/${claims.repository}@${claims.ref}`,
          digest: { sha1: claims.sha },
          entryPoint,
        },
        parameters: {},
        environment: {
          GITHUB_EVENT_NAME: claims.eventName,
          GITHUB_REF: claims.ref,
          GITHUB_REPOSITORY: claims.repository,
          GITHUB_REPOSITORY_ID: claims.repositoryId,
          GITHUB_REPOSITORY_OWNER_ID: claims.repositoryOwnerId,
          GITHUB_RUN_ATTEMPT: claims.runAttempt,
          GITHUB_RUN_ID: claims.runId,
          GITHUB_SHA: claims.sha,
          GITHUB_WORKFLOW_REF: claims.workflowRef,
          GITHUB_WORKFLOW_SHA: claims.workflowSha,
        },
      },
      metadata: {
        buildInvocationId: `${claims.runId}-${claims.runAttempt}`,
        completeness: { parameters: false, environment: false, materials: false },
        reproducible: false,
      },
      materials: [
        { uri: `git+https://github.com/${claims.repository}`, digest: { sha1: claims.sha } },
      ],
    },
  });
  const verify = async (buildType: string, entryPoint?: string): Promise<Run> => {
    const bundle = await instance.signDsse(
      statementBytes(statement(buildType, entryPoint)),
      claims,
    );
    const file = write(
      `npm-${buildType.split('@').pop() ?? 'x'}-${entryPoint === undefined ? 'ok' : 'forged'}.json`,
      bundle,
    );
    return cli([
      'verify',
      write('app-1.0.0.tgz', TARBALL),
      '--bundle',
      file,
      '--repo',
      'acme/app',
      '--trusted-root',
      root,
      '--format',
      'json',
    ]);
  };

  it.each(['https://github.com/npm/cli/gha@v0', 'https://github.com/npm/cli/gha@v1'])(
    '%s verifies (built CLI)',
    async (buildType) => {
      const r = await verify(buildType);
      expect(r.code, r.stdout).toBe(0);
    },
  );

  it('its entryPoint must name the certificate workflow (repository and path)', async () => {
    const r = await verify(
      'https://github.com/npm/cli/gha@v1',
      'evil/app/.github/workflows/npm.yml@refs/tags/v1.0.0',
    );
    expect(r.code).toBe(1);
    expect(failed(r)).toEqual(['PROVENANCE_MISMATCH']);
    const path = await verify(
      'https://github.com/npm/cli/gha@v1',
      'acme/app/.github/workflows/other.yml@refs/tags/v1.0.0',
    );
    expect(failed(path)).toEqual(['PROVENANCE_MISMATCH']);
  });

  it('an unknown npm build type is still refused (STATEMENT)', async () => {
    const r = await verify('https://github.com/npm/cli/gha@v9');
    expect(failed(r)).toEqual(['STATEMENT']);
  });
});

describe('a saved npm attestations response is one unit', () => {
  const corpus = readCorpus().filter((c) => c.id.startsWith('slsa-verifier/npm-'));
  const responses = corpus.flatMap((c) => {
    const response = readdirSync(c.dir).find((f) => f.endsWith('.tgz.json'));
    const tarball = join(c.dir, c.artifact);
    if (response === undefined || !existsSync(tarball)) return [];
    const repo = /source_uri=github\.com\/([^;\s]+)/.exec(c.policy)?.[1];
    return repo === undefined
      ? []
      : [{ id: c.id, expected: c.expected, dir: c.dir, response, tarball, repo }];
  });
  const cases = responses.filter((c) =>
    /slsa-v1-pass|slsa-v0\.2-pass|tampered-publish|tampered-provenance/.test(c.id),
  );

  // A key-signed bundle (the registry's publish attestation) has no certificate to pick a
  // root by: it is checked against the root holding the log its entry names, wherever that
  // root stands in the list (it used to be the first root only: a false failure).
  const passing = cases.filter((c) => c.expected === 'pass');
  it.skipIf(passing.length === 0).each(passing.map((c) => [c.id, c] as const))(
    "%s: passes with GitHub's root listed before the public-good one",
    async (_id, c) => {
      const roots = join(mkdtempSync(join(tmpdir(), 'vp-roots-')), 'trusted_root.jsonl');
      const line = (file: string): string => JSON.stringify(JSON.parse(readFileSync(file, 'utf8')));
      writeFileSync(
        roots,
        `${line(join(REPO_ROOT, '..', 'shared', 'trust', 'github-trusted-root.json'))}\n${line(join(c.dir, 'trusted_root.json'))}\n`,
      );
      const r = await cli([
        'verify',
        c.tarball,
        '--bundle',
        join(c.dir, c.response),
        '--repo',
        c.repo.replace(/S$/, ''),
        '--trusted-root',
        roots,
        '--format',
        'json',
      ]);
      expect(r.code, r.stdout.slice(0, 3000)).toBe(0);
    },
  );

  it.skipIf(cases.length === 0).each(cases.map((c) => [c.id, c] as const))(
    '%s: the response (provenance + publish) agrees with upstream (built CLI)',
    async (_id, c) => {
      const r = await cli([
        'verify',
        c.tarball,
        '--bundle',
        join(c.dir, c.response),
        '--repo',
        c.repo.replace(/S$/, ''),
        '--trusted-root',
        join(c.dir, 'trusted_root.json'),
        '--format',
        'json',
      ]);
      expect(r.code, r.stdout.slice(0, 3000)).toBe(c.expected === 'pass' ? 0 : 1);
      const json = JSON.parse(r.stdout) as {
        artifacts: { attestations: { checks: { id: string; status: string }[] }[] }[];
      };
      const checks = json.artifacts[0]?.attestations.flatMap((a) => a.checks) ?? [];
      if (c.id.includes('tampered-publish'))
        expect(checks.find((k) => k.id === 'npm-publish')?.status).toBe('fail');
      if (c.expected === 'pass')
        expect(checks.filter((k) => k.id === 'publish-signature').map((k) => k.status)).toContain(
          'pass',
        );
    },
  );

  it('a response whose publish attestation is not the registry key is refused; without the response wrapper the provenance alone is checked', async () => {
    const TARBALL = Buffer.from('tarball\n');
    const sha512 = createHash('sha512').update(TARBALL).digest('hex');
    const claims = githubClaims();
    const provenance = await instance.signDsse(
      statementBytes(slsaV1Statement([{ name: 'pkg:npm/app@1.2.3', digest: { sha512 } }], claims)),
      claims,
    );
    // A publish attestation signed by someone's certificate, not by the registry's key.
    const publish = await instance.signDsse(
      statementBytes(
        inTotoStatement(
          [{ name: 'pkg:npm/app@1.2.3', digest: { sha512 } }],
          'https://github.com/npm/attestation/tree/main/specs/publish/v0.1',
          { name: 'app', version: '1.2.3', registry: 'https://registry.npmjs.org' },
        ),
      ),
      claims,
    );
    const response = {
      attestations: [
        { predicateType: 'https://slsa.dev/provenance/v1', bundle: provenance },
        {
          predicateType: 'https://github.com/npm/attestation/tree/main/specs/publish/v0.1',
          bundle: publish,
        },
      ],
    };
    const tgz = write('app-1.2.3.tgz', TARBALL);
    const unit = await cli([
      'verify',
      tgz,
      '--bundle',
      write('response.json', response),
      '--repo',
      'acme/app',
      '--trusted-root',
      root,
      '--format',
      'json',
    ]);
    expect(unit.code, unit.stdout.slice(0, 2000)).toBe(1);
    expect(failed(unit)).toContain('KEY_MATERIAL');
    const alone = await cli([
      'verify',
      tgz,
      '--bundle',
      write('provenance.json', provenance),
      '--repo',
      'acme/app',
      '--trusted-root',
      root,
      '--format',
      'json',
    ]);
    expect(alone.code, alone.stdout.slice(0, 2000)).toBe(0);
    // Without the publish entry at all: the unit has none to verify.
    const noPublish = {
      attestations: [
        response.attestations[0],
        {
          predicateType: 'https://github.com/npm/attestation/tree/main/specs/publish/v0.1',
          bundle: { mediaType: 'x' },
        },
      ],
    };
    const none = await cli([
      'verify',
      tgz,
      '--bundle',
      write('nopublish.json', noPublish),
      '--repo',
      'acme/app',
      '--trusted-root',
      root,
      '--format',
      'json',
    ]);
    expect(none.code).toBe(1);
  });
});

describe('PyPI publishers other than GitHub', () => {
  const FILE = 'acme_app-1.2.3-py3-none-any.whl';
  const BYTES = Buffer.from('gitlab-built wheel\n');
  const SAN = 'https://gitlab.com/acme/app//.gitlab-ci.yml@refs/heads/main';
  let index: LocalServer;
  beforeAll(async () => {
    // A GitLab CI identity: SAN and issuer only (no GitHub workflow extensions).
    const gitlab = { issuer: 'https://gitlab.com', san: SAN } as unknown as WorkflowClaims;
    const bundle = await instance.signDsse(
      statementBytes({
        ...inTotoStatement([sha256Subject(FILE, BYTES)], PYPI_PUBLISH, {}),
        predicate: null,
      }),
      gitlab,
    );
    const provenance = {
      version: 1,
      attestation_bundles: [
        {
          publisher: {
            kind: 'GitLab',
            repository: 'acme/app',
            workflow_filepath: '.gitlab-ci.yml',
            environment: '',
          },
          attestations: [asPep740(bundle)],
        },
      ],
    };
    index = await startLocalServer((req, res) => {
      if (req.url === `/integrity/acme-app/1.2.3/${FILE}/provenance`)
        return sendJson(res, 200, provenance, {
          'content-type': 'application/vnd.pypi.integrity.v1+json',
        });
      sendJson(res, 404, {});
    });
    writeFileSync(join(dir, FILE), BYTES);
  }, 60_000);
  afterAll(() => index.close());
  const pypi = (extra: string[]) =>
    runCliInProcess([
      'pypi',
      'acme-app',
      '1.2.3',
      join(dir, FILE),
      '--index',
      index.base,
      '--trusted-root',
      root,
      '--format',
      'json',
      ...extra,
    ]);

  it('verify with an exactly pinned --cert-identity and --cert-oidc-issuer', async () => {
    const r = await pypi(['--cert-identity', SAN, '--cert-oidc-issuer', 'https://gitlab.com']);
    expect(r.code, r.stdout.slice(0, 3000)).toBe(0);
    expect(r.stdout).toContain("PyPI's Trusted Publisher is GitLab");
  });

  it('a GitHub policy refuses it with the real reason first (ID_PUBLISHER), not a bare issuer mismatch', async () => {
    const r = await pypi(['--repo', 'acme/app']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as {
      failedChecks: string[];
      artifacts: {
        attestations: { checks: { status: string; code?: string; message: string }[] }[];
      }[];
    };
    const first = json.artifacts[0]?.attestations[0]?.checks.find((c) => c.status === 'fail');
    expect(first?.code).toBe('ID_PUBLISHER');
    expect(first?.message).toContain('"GitLab", not GitHub');
    expect(json.failedChecks).toContain('ID_PUBLISHER');
  });

  it('a wrong pinned identity still fails (ID_SAN)', async () => {
    const r = await pypi([
      '--cert-identity',
      'https://gitlab.com/acme/other//.gitlab-ci.yml@refs/heads/main',
      '--cert-oidc-issuer',
      'https://gitlab.com',
    ]);
    expect(r.code).toBe(1);
    expect(failed(r)).toContain('ID_SAN');
  });
});

describe('certificates without a runner field (1.11): --allow-unrecorded-runner', () => {
  const ARTIFACT = Buffer.from('built before late 2023\n');
  let unrecorded: string;
  let selfHosted: string;
  let artifact: string;
  beforeAll(async () => {
    artifact = write('old.tgz', ARTIFACT);
    const sign = async (claims: WorkflowClaims, name: string) =>
      write(
        name,
        await instance.signDsse(
          statementBytes(slsaV1Statement([sha256Subject('old.tgz', ARTIFACT)], claims)),
          claims,
        ),
      );
    unrecorded = await sign(githubClaims({ runnerEnvironment: undefined }), 'unrecorded.json');
    selfHosted = await sign(githubClaims({ runnerEnvironment: 'self-hosted' }), 'self-hosted.json');
  }, 60_000);
  const verify = (bundle: string, extra: string[] = []) =>
    cli([
      'verify',
      artifact,
      '--bundle',
      bundle,
      '--repo',
      'acme/app',
      '--trusted-root',
      root,
      '--format',
      'json',
      ...extra,
    ]);

  it('is refused by default, with a hint that names the flag', async () => {
    const r = await verify(unrecorded);
    expect(failed(r)).toEqual(['ID_RUNNER']);
    expect(r.stdout).toContain('--allow-unrecorded-runner');
  });

  it('the flag accepts exactly that; a recorded self-hosted runner stays refused', async () => {
    expect((await verify(unrecorded, ['--allow-unrecorded-runner'])).code).toBe(0);
    const self = await verify(selfHosted, ['--allow-unrecorded-runner']);
    expect(failed(self)).toEqual(['ID_RUNNER']);
  });

  it('the action has the input (built action)', async () => {
    const inputs = {
      'subject-path': artifact,
      'bundle-path': unrecorded,
      repo: 'acme/app',
      'trusted-root': root,
    };
    const refused = await runAction(inputs);
    expect(refused.outputs['verified']).toBe('false');
    const accepted = await runAction({ ...inputs, 'allow-unrecorded-runner': 'true' });
    expect(accepted.outputs['verified'], accepted.stdout).toBe('true');
  });
});

// The result's JSON Schema (schemas/verification-result.v1.schema.json): strict, versioned,
// shipped; real outputs of the BUILT CLI and the BUILT action validate against it for verified,
// failed, indeterminate and error runs, and facts come in one format. (release, npm, pypi and
// deps results are validated in their own suites through the same helper.)
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REASON_CODES } from '../src/core/codes.js';
import { runAction } from './support/action-runner.js';
import { DIST_CLI, runCli } from './support/cli-targets.js';
import {
  assertValidResult,
  oneFormatViolations,
  RESULT_SCHEMA,
  RESULT_SCHEMA_PATH,
  resultSchemaErrors,
} from './support/result-schema.js';
import { REPO_ROOT } from './support/verify-helpers.js';

const FX = (rel: string): string => join('fixtures', rel);
const ROOT = ['--trusted-root', FX('trusted_root.json')];
const APP = FX('artifacts/app-1.2.3.tgz');
const bundle = (name: string): string[] => ['--bundle', FX(`bundles/${name}.sigstore.json`)];

type Doc = {
  schemaVersion: number;
  verdict: string;
  exitCode: number;
  failedChecks: string[];
  artifacts: {
    attestations: {
      checks: { id: string; status: string; expected?: string; actual?: string }[];
      identity?: Record<string, string>;
    }[];
  }[];
};

async function cliJson(args: string[]): Promise<{ code: number; doc: Doc }> {
  const r = await runCli(DIST_CLI, [...args, '--format', 'json']);
  const doc = JSON.parse(r.stdout) as Doc;
  assertValidResult(doc, args.join(' '));
  expect(doc.exitCode, r.stderr).toBe(r.code);
  return { code: r.code, doc };
}

/** `verify` of the fixture artifact with one fixture bundle and `--repo acme/app`. */
function verifyApp(name: string): Promise<{ code: number; doc: Doc }> {
  return cliJson(['verify', APP, ...bundle(name), '--repo', 'acme/app', ...ROOT]);
}

/**
 * The fixture's DSSE envelope as a legacy .intoto.jsonl line (certificate beside the signature,
 * no log entry): only a transparency-log lookup could decide it.
 */
function legacyEnvelope(): string {
  const b = JSON.parse(readFileSync(FX('bundles/in-repo-tag.sigstore.json'), 'utf8')) as {
    verificationMaterial: { certificate?: { rawBytes: string } };
    dsseEnvelope: { payload: string; payloadType: string; signatures: { sig: string }[] };
  };
  const der = b.verificationMaterial.certificate?.rawBytes ?? '';
  const pem = `-----BEGIN CERTIFICATE-----\n${der.match(/.{1,64}/g)?.join('\n') ?? ''}\n-----END CERTIFICATE-----\n`;
  const env = b.dsseEnvelope;
  const file = join(mkdtempSync(join(tmpdir(), 'vp-legacy-')), 'att.intoto.jsonl');
  writeFileSync(
    file,
    `${JSON.stringify({ ...env, signatures: [{ keyid: '', sig: env.signatures[0]?.sig ?? '', cert: pem }] })}\n`,
  );
  return file;
}

function check(doc: Doc, id: string): Doc['artifacts'][0]['attestations'][0]['checks'][0] {
  const found = doc.artifacts
    .flatMap((a) => a.attestations.flatMap((t) => t.checks))
    .find((c) => c.id === id && c.status !== 'skipped');
  if (found === undefined) throw new Error(`no ${id} check`);
  return found;
}

describe('the schema itself', () => {
  it('is shipped (package.json files), versioned, and compiles with strict Ajv', () => {
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
      files: string[];
    };
    expect(pkg.files).toContain('schemas');
    expect(RESULT_SCHEMA_PATH).toMatch(/verification-result\.v1\.schema\.json$/);
    expect(RESULT_SCHEMA.$id).toBe('urn:verify-provenance:verification-result:1');
    expect(resultSchemaErrors({})).not.toEqual([]);
  });

  it('its reason-code enum is exactly the code list of src/core/codes.ts', () => {
    expect([...RESULT_SCHEMA.definitions.reasonCode.enum].sort()).toEqual(
      Object.keys(REASON_CODES).sort(),
    );
  });

  it('documents every verdict value', () => {
    const schema = JSON.parse(readFileSync(RESULT_SCHEMA_PATH, 'utf8')) as {
      properties: { verdict: { oneOf: { const: string; description: string }[] } };
    };
    const verdicts = schema.properties.verdict.oneOf;
    expect(verdicts.map((v) => v.const).sort()).toEqual(
      ['error', 'failed', 'indeterminate', 'verified'].sort(),
    );
    for (const v of verdicts) expect(v.description.length, v.const).toBeGreaterThan(40);
    const doc = readFileSync(join(REPO_ROOT, 'docs', 'result.md'), 'utf8');
    for (const v of verdicts) expect(doc).toContain(`\`${v.const}\``);
  });

  it('refuses what it should: an unknown field, a renamed one, a verdict that contradicts its exit code', async () => {
    const { doc } = await verifyApp('in-repo-tag');
    const identity = doc.artifacts[0]?.attestations[0]?.identity ?? {};
    expect(resultSchemaErrors({ ...doc, extra: 1 })).not.toEqual([]);
    const renamed = structuredClone(doc);
    const att = renamed.artifacts[0]?.attestations[0];
    if (att !== undefined)
      att.identity = { ...identity, sourceRepository: 'https://github.com/acme/app' };
    expect(resultSchemaErrors(renamed)).not.toEqual([]);
    expect(resultSchemaErrors({ ...doc, exitCode: 1 })).not.toEqual([]);
    expect(resultSchemaErrors({ ...doc, verdict: 'passed' })).not.toEqual([]);
    expect(resultSchemaErrors({ ...doc, failedChecks: ['NOT_A_CODE'] })).not.toEqual([]);
  });

  it('the format rules catch prose, placeholders, cut digests and URIs where OWNER/REPO belongs', () => {
    const withCheck = (c: Record<string, string>) => ({
      artifacts: [{ attestations: [{ checks: [{ id: 'x', status: 'fail', ...c }] }] }],
    });
    expect(oneFormatViolations(withCheck({ actual: '(not recorded)' }))).toHaveLength(1);
    expect(
      oneFormatViolations(withCheck({ expected: 'github.com/a/b (certificate)' })),
    ).toHaveLength(1);
    expect(oneFormatViolations(withCheck({ actual: `sha256:${'ab'.repeat(8)}…` }))).not.toEqual([]);
    expect(oneFormatViolations(withCheck({ actual: 'sha512-XmwsgNSwz+sl1KBIP6AM' }))).toHaveLength(
      1,
    );
    expect(oneFormatViolations({ identity: { repository: 'https://github.com/a/b' } })).not.toEqual(
      [],
    );
    expect(oneFormatViolations(withCheck({ actual: `sha256:${'ab'.repeat(32)}` }))).toEqual([]);
  });
});

describe('the built CLI: every kind of run validates', () => {
  it('verified', async () => {
    const { code, doc } = await verifyApp('in-repo-tag');
    expect(code).toBe(0);
    expect(doc.verdict).toBe('verified');
    const identity = doc.artifacts[0]?.attestations[0]?.identity;
    // Repository as OWNER/REPO plus its URI; workflows as HOST/OWNER/REPO/PATH@REF plus URIs.
    expect(identity).toMatchObject({
      repository: 'acme/app',
      repositoryUri: 'https://github.com/acme/app',
      signerWorkflow: 'github.com/acme/app/.github/workflows/release.yml@refs/tags/v1.2.3',
      signerWorkflowUri:
        'https://github.com/acme/app/.github/workflows/release.yml@refs/tags/v1.2.3',
    });
    // The subject check compares digests with digests, in full (this subject carries sha256).
    expect(check(doc, 'subject')).toMatchObject({
      expected: expect.stringMatching(/^sha256:[0-9a-f]{64}, sha512:[0-9a-f]{128}$/),
      actual: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
    });
  });

  it('failed: every identity field off, values in the format the policy uses', async () => {
    const { code, doc } = await cliJson([
      'verify',
      APP,
      ...bundle('in-repo-tag'),
      '--repo',
      'acme/other',
      '--source-versioned-tag',
      'v9',
      '--trigger',
      'release',
      '--workflow-input',
      'x=1',
      '--source-digest',
      '0'.repeat(40),
      '--caller-workflow',
      '.github/workflows/other.yml',
      '--repo-id',
      '5',
      ...ROOT,
    ]);
    expect(code).toBe(1);
    expect(doc.verdict).toBe('failed');
    // The same repository reads the same whether the check passes or fails: OWNER/REPO.
    expect(check(doc, 'source-repo')).toMatchObject({ expected: 'acme/other', actual: 'acme/app' });
    expect(check(doc, 'signer-workflow').expected).toBe(
      'acme/other | slsa-framework/slsa-github-generator',
    );
    expect(check(doc, 'source-ref')).toMatchObject({
      expected: 'refs/tags/v9',
      actual: 'refs/tags/v1.2.3',
    });
    // Not recorded: no placeholder, the field is absent.
    expect(check(doc, 'workflow-input')).toMatchObject({ expected: 'x=1' });
    expect(check(doc, 'workflow-input').actual).toBeUndefined();
  });

  it('failed: the predicate against the certificate, values without annotations', async () => {
    const { doc } = await verifyApp('predicate-mismatch');
    expect(doc.failedChecks).toEqual(['PROVENANCE_MISMATCH']);
    const mismatches = doc.artifacts[0]?.attestations[0]?.checks.filter((c) => c.status === 'fail');
    expect(mismatches?.map((c) => [c.expected, c.actual])).toEqual([
      ['github.com/acme/app', 'github.com/acme/other'],
      ['github.com/acme/app@refs/tags/v1.2.3', 'github.com/acme/other@refs/tags/v1.2.3'],
    ]);
  });

  it('failed: several artifacts, one with no attestation, one not a subject (digests in full)', async () => {
    const { doc } = await cliJson([
      'verify',
      FX('artifacts/not-attested.bin'),
      FX('artifacts/app-linux'),
      ...bundle('in-repo-tag'),
      '--repo',
      'acme/app',
      ...ROOT,
    ]);
    expect(doc.verdict).toBe('failed');
    expect(doc.failedChecks).toContain('SUBJECT');
    expect(check(doc, 'subject').actual).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('failed: other evidence kinds (self-hosted, generator, SBOM, message signature, no runner)', async () => {
    for (const name of [
      'self-hosted',
      'slsa-v02-generator',
      'sbom-predicate',
      'message-signature',
      'no-runner-env',
      'reusable-workflow',
      'pull-request-target',
    ]) {
      const { doc } = await verifyApp(name);
      expect(['verified', 'failed'], name).toContain(doc.verdict);
    }
  });

  it('indeterminate: a legacy envelope with no log entry needs a lookup', async () => {
    const { code, doc } = await cliJson([
      'verify',
      APP,
      '--bundle',
      legacyEnvelope(),
      '--repo',
      'acme/app',
      ...ROOT,
    ]);
    expect([code, doc.verdict, doc.failedChecks]).toEqual([
      3,
      'indeterminate',
      ['TLOG_LOOKUP_NEEDED'],
    ]);
  });

  it('error, exit 3: the trusted root cannot be fetched', async () => {
    const { code, doc } = await cliJson([
      'verify',
      APP,
      ...bundle('in-repo-tag'),
      '--repo',
      'acme/app',
      '--tuf-mirror',
      'http://127.0.0.1:9',
    ]);
    expect(code).toBe(3);
    expect(doc.failedChecks).toEqual(['TRUST_ROOT_UNAVAILABLE']);
  });

  it('error: usage, an unknown flag, a missing file; and --output FILE writes the same document', async () => {
    const usage = await cliJson(['verify', APP, ...bundle('in-repo-tag'), ...ROOT]);
    expect(usage.doc.verdict).toBe('error');
    const flag = await cliJson(['verify', APP, '--bogus', ...bundle('in-repo-tag'), ...ROOT]);
    expect(flag.code).toBe(2);
    const missing = await cliJson([
      'verify',
      APP,
      '--bundle',
      'nope.json',
      '--repo',
      'acme/app',
      ...ROOT,
    ]);
    expect(missing.doc.verdict).toBe('error');
    const out = join(mkdtempSync(join(tmpdir(), 'vp-schema-')), 'result.json');
    const r = await runCli(DIST_CLI, [
      'verify',
      APP,
      ...bundle('self-hosted'),
      '--repo',
      'acme/app',
      ...ROOT,
      '--output',
      out,
    ]);
    expect(r.code).toBe(1);
    assertValidResult(JSON.parse(readFileSync(out, 'utf8')), '--output');
  });
});

describe('the built CLI: verify-bundle (the conformance protocol) gives a result when asked', () => {
  const SAN = 'https://github.com/acme/app/.github/workflows/release.yml@refs/tags/v1.2.3';
  const vb = (bundleName: string, target: string, san = SAN): string[] => [
    'verify-bundle',
    ...bundle(bundleName),
    '--cert-identity',
    san,
    '--cert-oidc-issuer',
    'https://token.actions.githubusercontent.com',
    ...ROOT,
    target,
  ];

  it('verified (a message signature, a DSSE bundle), with the checks that passed and the digests', async () => {
    const message = await cliJson(vb('message-signature', APP));
    expect([message.code, message.doc.verdict]).toEqual([0, 'verified']);
    expect(message.doc.artifacts[0]?.attestations[0]?.checks.map((c) => c.id)).toEqual([
      'signature',
      'cert-identity',
      'issuer',
    ]);
    const dsse = await cliJson(vb('in-repo-tag', APP));
    expect(check(dsse.doc, 'subject').status).toBe('pass');
    // Without --format the protocol's one line stays as it was.
    const plain = await runCli(DIST_CLI, vb('in-repo-tag', APP));
    expect([plain.code, plain.stdout]).toEqual([
      0,
      `OK: ${FX('bundles/in-repo-tag.sigstore.json')} verifies ${APP}\n`,
    ]);
  });

  it('failed: another artifact, another digest, another identity; error: a missing file', async () => {
    const other = await cliJson(vb('message-signature', FX('artifacts/app-linux')));
    expect([other.code, other.doc.verdict]).toEqual([1, 'failed']);
    const digest = await cliJson(vb('in-repo-tag', `sha256:${'0'.repeat(64)}`));
    expect([digest.doc.verdict, digest.doc.failedChecks]).toEqual(['failed', ['SUBJECT']]);
    const identity = await cliJson(vb('in-repo-tag', APP, `${SAN}x`));
    expect(identity.doc.failedChecks).toEqual(['ID_SAN']);
    const missing = await cliJson(vb('in-repo-tag', 'nope.bin'));
    expect([missing.code, missing.doc.verdict]).toEqual([2, 'error']);
  });
});

describe('the built action: its result file validates', () => {
  const read = (path: string | undefined): Doc => {
    const doc = JSON.parse(readFileSync(path ?? '', 'utf8')) as Doc;
    assertValidResult(doc, path);
    return doc;
  };

  it('verified, failed, error and indeterminate runs', async () => {
    const inputs = { 'subject-path': APP, 'trusted-root': FX('trusted_root.json') };
    const ok = await runAction({
      ...inputs,
      'bundle-path': FX('bundles/in-repo-tag.sigstore.json'),
      repo: 'acme/app',
    });
    expect(ok.code, ok.stdout).toBe(0);
    expect(read(ok.outputs['result-path']).verdict).toBe('verified');
    const failed = await runAction({
      ...inputs,
      'bundle-path': FX('bundles/in-repo-tag.sigstore.json'),
      repo: 'acme/other',
    });
    expect(failed.code).toBe(1);
    const doc = read(failed.outputs['result-path']);
    expect(doc.verdict).toBe('failed');
    expect(check(doc, 'source-repo')).toMatchObject({ expected: 'acme/other', actual: 'acme/app' });
    const error = await runAction({
      ...inputs,
      'bundle-path': FX('bundles/in-repo-tag.sigstore.json'),
    });
    expect(error.code).toBe(1);
    expect(read(error.outputs['result-path']).verdict).toBe('error');
    const unavailable = await runAction({
      'subject-path': APP,
      'bundle-path': FX('bundles/in-repo-tag.sigstore.json'),
      repo: 'acme/app',
      'tuf-mirror': 'http://127.0.0.1:9',
    });
    expect(unavailable.code).toBe(1);
    const stopped = read(unavailable.outputs['result-path']);
    expect([stopped.verdict, stopped.exitCode]).toEqual(['error', 3]);
    const undecided = await runAction({
      ...inputs,
      'bundle-path': legacyEnvelope(),
      repo: 'acme/app',
    });
    expect(undecided.code).toBe(1);
    const undecidedDoc = read(undecided.outputs['result-path']);
    expect([undecidedDoc.verdict, undecidedDoc.exitCode, undecidedDoc.failedChecks]).toEqual([
      'indeterminate',
      3,
      ['TLOG_LOOKUP_NEEDED'],
    ]);
  });
});

// One row per reason code the core can reach: each asserts the verdict and the exact codes.
// Committed fixtures where they fit; freshly minted (validly signed, semantically wrong)
// bundles where a test needs one.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReasonCode } from '../src/core/codes.js';
import { loadTrustedRoot, type LoadedRoot } from '../src/core/crypto/trust.js';
import { UsageError, VerifyError } from '../src/core/errors.js';
import { readAttestations } from '../src/core/input/read-attestations.js';
import type { JsonValue } from '../src/core/json/strict-json.js';
import { parsePolicy } from '../src/core/policy/parse-policy.js';
import type { PolicyInput } from '../src/core/policy/policy.js';
import { resultFromArtifacts } from '../src/core/report.js';
import { embeddedPublicGoodRoot } from '../src/sources/embedded/index.js';
import {
  createTestInstance,
  githubClaims,
  inTotoStatement,
  sha256Subject,
  slsaV02GeneratorStatement,
  slsaV1Statement,
  statementBytes,
  SLSA_V02,
  SLSA_V1,
  type SerializedBundle,
  type Subject,
  type TestInstance,
  type WorkflowClaims,
} from './support/mint.js';
import {
  expectVerdict,
  failedCodesOf,
  fixtureBytes,
  fixtureJson,
  fixtureRoot,
  verifyAll,
  verifyWith,
  type ArtifactInput,
  type BundleInput,
} from './support/verify-helpers.js';

const TAG = 'bundles/in-repo-tag.sigstore.json';
const APP = 'artifacts/app-1.2.3.tgz';
const ACME_APP: PolicyInput = { repo: 'acme/app' };

type Expect = 'verified' | { fails: ReasonCode[] };

type FixtureRow = {
  name: string;
  bundle: BundleInput;
  artifact?: ArtifactInput;
  policy: PolicyInput;
  expect: Expect;
};

/** Bundles re-serialised with one change, verified against the committed root. */
function tampered(rel: string, edit: (b: SerializedBundle) => void): BundleInput {
  const bundle = fixtureJson<SerializedBundle>(rel);
  edit(bundle);
  return { json: bundle, name: `${rel} (tampered)` };
}

describe('fixture rows', () => {
  const rows: FixtureRow[] = [
    {
      name: 'control: in-repo-tag for acme/app',
      bundle: TAG,
      policy: ACME_APP,
      expect: 'verified',
    },
    {
      name: 'SUBJECT: an artifact the bundle does not name',
      bundle: TAG,
      artifact: 'artifacts/not-attested.bin',
      policy: ACME_APP,
      expect: { fails: ['SUBJECT'] },
    },
    {
      name: 'PREDICATE_TYPE: an SBOM is not provenance',
      bundle: 'bundles/sbom-predicate.sigstore.json',
      policy: ACME_APP,
      expect: { fails: ['PREDICATE_TYPE'] },
    },
    {
      name: 'PREDICATE_TYPE: the SBOM passes when asked for by exact URI',
      bundle: 'bundles/sbom-predicate.sigstore.json',
      policy: { ...ACME_APP, predicateType: 'https://spdx.dev/Document' },
      expect: 'verified',
    },
    {
      name: 'MEDIA_TYPE: application/json',
      bundle: tampered(TAG, (b) => {
        b.mediaType = 'application/json';
      }),
      policy: ACME_APP,
      expect: { fails: ['MEDIA_TYPE'] },
    },
    {
      name: 'MEDIA_TYPE: v0.4 does not exist',
      bundle: tampered(TAG, (b) => {
        b.mediaType = 'application/vnd.dev.sigstore.bundle.v0.4+json';
      }),
      policy: ACME_APP,
      expect: { fails: ['MEDIA_TYPE'] },
    },
    {
      name: 'BUNDLE_SHAPE: two DSSE signatures',
      bundle: tampered(TAG, (b) => {
        const sigs = b.dsseEnvelope?.signatures;
        const first = sigs?.[0];
        if (sigs === undefined || first === undefined) throw new Error('no signature');
        sigs.push({ ...first });
      }),
      policy: ACME_APP,
      expect: { fails: ['BUNDLE_SHAPE'] },
    },
    {
      name: 'BUNDLE_SHAPE: a message signature is not an attestation',
      bundle: 'bundles/message-signature.sigstore.json',
      policy: ACME_APP,
      expect: { fails: ['BUNDLE_SHAPE'] },
    },
    {
      name: 'TLOG_INCLUSION: an extra inclusion proof hash',
      bundle: tampered(TAG, (b) => {
        const proof = b.verificationMaterial.tlogEntries[0]?.inclusionProof;
        if (proof === undefined) throw new Error('no inclusion proof');
        // treeSize 1: the proof must hold no hash (JSON leaves the empty list out).
        proof.hashes = [
          ...((proof.hashes as string[] | undefined) ?? []),
          Buffer.alloc(32, 7).toString('base64'),
        ];
      }),
      policy: ACME_APP,
      expect: { fails: ['TLOG_INCLUSION'] },
    },
    {
      name: 'TLOG_INCLUSION: a forged inclusion promise (SET)',
      bundle: tampered(TAG, (b) => {
        const promise = b.verificationMaterial.tlogEntries[0]?.inclusionPromise;
        if (promise === undefined) throw new Error('no inclusion promise');
        promise.signedEntryTimestamp = Buffer.alloc(70, 1).toString('base64');
      }),
      policy: ACME_APP,
      expect: { fails: ['TLOG_INCLUSION'] },
    },
    {
      name: 'TLOG_THRESHOLD: the log entry removed',
      bundle: tampered(TAG, (b) => {
        b.verificationMaterial.tlogEntries = [];
      }),
      policy: ACME_APP,
      expect: { fails: ['TLOG_THRESHOLD'] },
    },
    {
      name: 'BUNDLE_SHAPE: a v0.3 log entry without its inclusion proof',
      bundle: tampered(TAG, (b) => {
        const entry = b.verificationMaterial.tlogEntries[0];
        if (entry === undefined) throw new Error('no entry');
        delete (entry as { inclusionProof?: unknown }).inclusionProof;
      }),
      policy: ACME_APP,
      expect: { fails: ['BUNDLE_SHAPE'] },
    },
    {
      name: 'the SET alone is a signed time: no RFC 3161 timestamp still verifies',
      bundle: tampered(TAG, (b) => {
        delete b.verificationMaterial.timestampVerificationData;
      }),
      policy: ACME_APP,
      expect: 'verified',
    },
    {
      name: 'TLOG_INCLUSION: checkpoint signature changed',
      bundle: tampered(TAG, (b) => {
        const proof = b.verificationMaterial.tlogEntries[0]?.inclusionProof;
        if (proof?.checkpoint === undefined) throw new Error('no checkpoint');
        const env = proof.checkpoint.envelope;
        // The signature line ends "<keyhint+sig base64>\n": change one base64 char of it.
        const i = env.length - 10;
        proof.checkpoint.envelope =
          env.slice(0, i) + (env[i] === 'A' ? 'B' : 'A') + env.slice(i + 1);
      }),
      policy: ACME_APP,
      expect: { fails: ['TLOG_INCLUSION'] },
    },
    {
      name: 'ID_ISSUER: another OIDC issuer',
      bundle: TAG,
      policy: { ...ACME_APP, certOidcIssuer: 'https://accounts.google.com' },
      expect: { fails: ['ID_ISSUER'] },
    },
    {
      name: 'ID_SAN: another certificate identity',
      bundle: TAG,
      policy: {
        certIdentity: 'https://github.com/acme/app/.github/workflows/release.yml@refs/tags/v1.2.4',
      },
      expect: { fails: ['ID_SAN'] },
    },
    {
      name: 'ID_SAN: the exact certificate identity passes',
      bundle: TAG,
      policy: {
        certIdentity: 'https://github.com/acme/app/.github/workflows/release.yml@refs/tags/v1.2.3',
      },
      expect: 'verified',
    },
    {
      name: 'ID_REPO: another owner in the repo name also fails the owner',
      bundle: TAG,
      policy: { repo: 'acme-evil/app' },
      expect: { fails: ['ID_OWNER', 'ID_REPO', 'ID_SIGNER'] },
    },
    ...['acme/app-evil', 'acme/ap', 'acme/app.evil', 'acme/APP-'].map((repo): FixtureRow => ({
      name: `ID_REPO: look-alike ${repo}`,
      bundle: TAG,
      policy: { repo },
      // The default signer rule (a workflow of the named repo) fails with it.
      expect: { fails: ['ID_REPO', 'ID_SIGNER'] },
    })),
    {
      name: 'ID_REPO: https URL form with .git names the same repo',
      bundle: TAG,
      policy: { repo: 'https://github.com/acme/app.git' },
      expect: 'verified',
    },
    {
      name: 'ID_OWNER: another owner',
      bundle: TAG,
      policy: { owner: 'other' },
      expect: { fails: ['ID_OWNER', 'ID_SIGNER'] },
    },
    {
      name: 'ID_OWNER: owner acme passes',
      bundle: TAG,
      policy: { owner: 'acme' },
      expect: 'verified',
    },
    {
      name: 'ID_REPO_ID: repository id 999',
      bundle: TAG,
      policy: { ...ACME_APP, repoId: '999' },
      expect: { fails: ['ID_REPO_ID'] },
    },
    {
      name: 'ID_REPO_ID: owner id 999',
      bundle: TAG,
      policy: { ...ACME_APP, ownerId: '999' },
      expect: { fails: ['ID_REPO_ID'] },
    },
    {
      name: 'ID_REPO_ID: ids 111/222 pass',
      bundle: TAG,
      policy: { ...ACME_APP, repoId: '111', ownerId: '222' },
      expect: 'verified',
    },
    {
      name: 'ID_SIGNER: a reusable workflow needs an explicit signer',
      bundle: 'bundles/reusable-workflow.sigstore.json',
      policy: ACME_APP,
      expect: { fails: ['ID_SIGNER'] },
    },
    {
      name: 'ID_SIGNER: signerWorkflow names the reusable workflow',
      bundle: 'bundles/reusable-workflow.sigstore.json',
      policy: {
        ...ACME_APP,
        signerWorkflow: 'acme/shared-workflows/.github/workflows/build.yml',
      },
      expect: 'verified',
    },
    {
      name: 'ID_SIGNER: signerWorkflow with its exact ref',
      bundle: 'bundles/reusable-workflow.sigstore.json',
      policy: {
        ...ACME_APP,
        signerWorkflow: 'acme/shared-workflows/.github/workflows/build.yml@refs/tags/v1.0.0',
      },
      expect: 'verified',
    },
    {
      name: 'ID_SIGNER: signerRepo names the reusable workflow repo',
      bundle: 'bundles/reusable-workflow.sigstore.json',
      policy: { ...ACME_APP, signerRepo: 'acme/shared-workflows' },
      expect: 'verified',
    },
    {
      name: 'ID_SIGNER: signerRepo look-alike',
      bundle: 'bundles/reusable-workflow.sigstore.json',
      policy: { ...ACME_APP, signerRepo: 'acme/shared-workflows-evil' },
      expect: { fails: ['ID_SIGNER'] },
    },
    {
      name: 'ID_SIGNER: signerWorkflow path suffix',
      bundle: 'bundles/reusable-workflow.sigstore.json',
      policy: {
        ...ACME_APP,
        signerWorkflow: 'acme/shared-workflows/.github/workflows/build.yml.evil.yml',
      },
      expect: { fails: ['ID_SIGNER'] },
    },
    {
      name: 'ID_SIGNER: signerWorkflow at another ref',
      bundle: 'bundles/reusable-workflow.sigstore.json',
      policy: {
        ...ACME_APP,
        signerWorkflow: 'acme/shared-workflows/.github/workflows/build.yml@refs/tags/v9.9.9',
      },
      expect: { fails: ['ID_SIGNER'] },
    },
    {
      name: 'ID_SIGNER: an in-repo build pinned to another signer workflow',
      bundle: TAG,
      policy: { ...ACME_APP, signerWorkflow: 'acme/app/.github/workflows/other.yml' },
      expect: { fails: ['ID_SIGNER'] },
    },
    {
      name: 'ID_CALLER: another caller workflow',
      bundle: 'bundles/reusable-workflow.sigstore.json',
      policy: {
        ...ACME_APP,
        signerRepo: 'acme/shared-workflows',
        callerWorkflow: '.github/workflows/other.yml',
      },
      expect: { fails: ['ID_CALLER'] },
    },
    {
      name: 'ID_CALLER: the right caller workflow',
      bundle: 'bundles/reusable-workflow.sigstore.json',
      policy: {
        ...ACME_APP,
        signerRepo: 'acme/shared-workflows',
        callerWorkflow: '.github/workflows/release.yml',
      },
      expect: 'verified',
    },
    {
      name: 'ID_REF: sourceTag v1.2.4',
      bundle: TAG,
      policy: { ...ACME_APP, sourceTag: 'v1.2.4' },
      expect: { fails: ['ID_REF'] },
    },
    {
      name: 'ID_REF: sourceBranch main on a tag build',
      bundle: TAG,
      policy: { ...ACME_APP, sourceBranch: 'main' },
      expect: { fails: ['ID_REF'] },
    },
    {
      name: 'ID_REF: sourceTag v1.2.3 passes',
      bundle: TAG,
      policy: { ...ACME_APP, sourceTag: 'v1.2.3' },
      expect: 'verified',
    },
    {
      name: 'ID_REF: versioned tag v1 passes',
      bundle: TAG,
      policy: { ...ACME_APP, sourceVersionedTag: 'v1' },
      expect: 'verified',
    },
    {
      name: 'ID_REF: versioned tag v1.2 passes',
      bundle: TAG,
      policy: { ...ACME_APP, sourceVersionedTag: 'v1.2' },
      expect: 'verified',
    },
    {
      name: 'ID_REF: versioned tag v2 fails',
      bundle: TAG,
      policy: { ...ACME_APP, sourceVersionedTag: 'v2' },
      expect: { fails: ['ID_REF'] },
    },
    {
      name: 'ID_REF: versioned tag v1.3 fails',
      bundle: TAG,
      policy: { ...ACME_APP, sourceVersionedTag: 'v1.3' },
      expect: { fails: ['ID_REF'] },
    },
    {
      name: 'ID_REF: sourceRef refs/tags/v1.2.3 passes',
      bundle: TAG,
      policy: { ...ACME_APP, sourceRef: 'refs/tags/v1.2.3' },
      expect: 'verified',
    },
    {
      name: 'ID_REF: sourceRef refs/heads/v1.2.3 fails',
      bundle: TAG,
      policy: { ...ACME_APP, sourceRef: 'refs/heads/v1.2.3' },
      expect: { fails: ['ID_REF'] },
    },
    {
      name: 'ID_REF: sourceBranch main passes on a branch build',
      bundle: 'bundles/in-repo-branch-dispatch.sigstore.json',
      policy: { ...ACME_APP, sourceBranch: 'main' },
      expect: 'verified',
    },
    {
      name: 'ID_COMMIT: another commit',
      bundle: TAG,
      policy: { ...ACME_APP, sourceDigest: 'f18034b940c54ae8540332d9945331b52ca73bcb' },
      expect: { fails: ['ID_COMMIT'] },
    },
    {
      name: 'ID_COMMIT: the commit passes, upper case too',
      bundle: TAG,
      policy: { ...ACME_APP, sourceDigest: '7D3C1F0A9E8B6D5C4B3A2F1E0D9C8B7A6F5E4D3C' },
      expect: 'verified',
    },
    {
      name: 'ID_BUILDER: slsa-github-generator generic passes with its builder id',
      bundle: 'bundles/slsa-v02-generator.sigstore.json',
      policy: {
        ...ACME_APP,
        builderId:
          'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml',
      },
      expect: 'verified',
    },
    {
      name: 'ID_BUILDER: slsa-github-generator passes by default (trusted generator at a release tag)',
      bundle: 'bundles/slsa-v02-generator.sigstore.json',
      policy: ACME_APP,
      expect: 'verified',
    },
    {
      name: 'ID_BUILDER: another generator workflow',
      bundle: 'bundles/slsa-v02-generator.sigstore.json',
      policy: {
        ...ACME_APP,
        builderId:
          'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/not-trusted.yml',
      },
      expect: { fails: ['ID_BUILDER'] },
    },
    {
      name: 'ID_BUILDER: builder id at another version',
      bundle: 'bundles/slsa-v02-generator.sigstore.json',
      policy: {
        ...ACME_APP,
        builderId:
          'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@refs/tags/v2.0.0',
      },
      expect: { fails: ['ID_BUILDER'] },
    },
    {
      name: 'ID_TRIGGER: pull_request_target is not push',
      bundle: 'bundles/pull-request-target.sigstore.json',
      policy: { ...ACME_APP, triggers: ['push'] },
      expect: { fails: ['ID_TRIGGER'] },
    },
    {
      name: 'ID_TRIGGER: push allowed for a push build',
      bundle: TAG,
      policy: { ...ACME_APP, triggers: ['push', 'release'] },
      expect: 'verified',
    },
    {
      name: 'ID_RUNNER: self-hosted runner refused by default',
      bundle: 'bundles/self-hosted.sigstore.json',
      policy: ACME_APP,
      expect: { fails: ['ID_RUNNER'] },
    },
    {
      name: 'ID_RUNNER: no runner environment recorded',
      bundle: 'bundles/no-runner-env.sigstore.json',
      policy: ACME_APP,
      expect: { fails: ['ID_RUNNER'] },
    },
    {
      name: 'ID_RUNNER: self-hosted allowed',
      bundle: 'bundles/self-hosted.sigstore.json',
      policy: { ...ACME_APP, allowSelfHostedRunners: true },
      expect: 'verified',
    },
    {
      name: 'ID_RUNNER: unrecorded runner allowed',
      bundle: 'bundles/no-runner-env.sigstore.json',
      policy: { ...ACME_APP, allowSelfHostedRunners: true },
      expect: 'verified',
    },
    {
      name: 'ID_INPUTS: wrong workflow input value',
      bundle: 'bundles/in-repo-branch-dispatch.sigstore.json',
      policy: { ...ACME_APP, workflowInputs: ['release_version=9'] },
      expect: { fails: ['ID_INPUTS'] },
    },
    {
      name: 'ID_INPUTS: input that was not given',
      bundle: 'bundles/in-repo-branch-dispatch.sigstore.json',
      policy: { ...ACME_APP, workflowInputs: ['nope=1'] },
      expect: { fails: ['ID_INPUTS'] },
    },
    {
      name: 'ID_INPUTS: the right inputs pass',
      bundle: 'bundles/in-repo-branch-dispatch.sigstore.json',
      policy: { ...ACME_APP, workflowInputs: ['release_version=1.2.3', 'dry_run=false'] },
      expect: 'verified',
    },
    {
      name: 'ID_SUBJECT_NAME: another subject name',
      bundle: TAG,
      policy: { ...ACME_APP, subjectName: 'app-9.9.9.tgz' },
      expect: { fails: ['ID_SUBJECT_NAME'] },
    },
    {
      name: 'ID_SUBJECT_NAME: the subject name passes',
      bundle: TAG,
      policy: { ...ACME_APP, subjectName: 'app-1.2.3.tgz' },
      expect: 'verified',
    },
    {
      name: 'PROVENANCE_MISMATCH: predicate names another repository and commit',
      bundle: 'bundles/predicate-mismatch.sigstore.json',
      policy: ACME_APP,
      expect: { fails: ['PROVENANCE_MISMATCH'] },
    },
    {
      name: 'ID_REPO: owner and repo names compare case-insensitively, like GitHub',
      bundle: TAG,
      policy: { repo: 'ACME/APP' },
      expect: 'verified',
    },
    {
      name: 'ID_CALLER: workflow paths compare case-sensitively',
      bundle: TAG,
      policy: { ...ACME_APP, callerWorkflow: '.github/workflows/RELEASE.yml' },
      expect: { fails: ['ID_CALLER'] },
    },
    {
      name: 'ID_REF: a branch rule never matches a tag of the same name',
      bundle: TAG,
      policy: { ...ACME_APP, sourceBranch: 'v1.2.3' },
      expect: { fails: ['ID_REF'] },
    },
    {
      name: 'KEY_MATERIAL: certificate swapped for a public-key hint',
      bundle: tampered(TAG, (b) => {
        const vm = b.verificationMaterial as Record<string, unknown>;
        delete vm.certificate;
        vm.publicKey = { hint: 'abc' };
      }),
      policy: ACME_APP,
      expect: { fails: ['KEY_MATERIAL'] },
    },
    {
      name: 'MALFORMED: certificate bytes that are not DER',
      bundle: tampered(TAG, (b) => {
        b.verificationMaterial.certificate = { rawBytes: Buffer.from('nope').toString('base64') };
      }),
      policy: ACME_APP,
      expect: { fails: ['MALFORMED'] },
    },
    {
      name: 'BUNDLE_SHAPE: a v0.3 bundle carrying a certificate chain',
      bundle: tampered(TAG, (b) => {
        const vm = b.verificationMaterial as Record<string, unknown>;
        vm.x509CertificateChain = { certificates: [vm.certificate] };
        delete vm.certificate;
      }),
      policy: ACME_APP,
      expect: { fails: ['BUNDLE_SHAPE'] },
    },
    {
      name: 'inputs: a saved GitHub attestations API response',
      bundle: 'bundles/github-api-response.json',
      policy: ACME_APP,
      expect: 'verified',
    },
    {
      name: 'inputs: a saved npm attestations response',
      bundle: 'bundles/npm-attestations.json',
      policy: ACME_APP,
      expect: 'verified',
    },
    {
      name: 'multi-attestation: multi.jsonl (self-hosted fails, in-repo-tag passes)',
      bundle: 'bundles/multi.jsonl',
      policy: ACME_APP,
      expect: 'verified',
    },
  ];

  it.each(rows)('$name', ({ bundle, artifact, policy, expect: expected }) => {
    expectVerdict(verifyWith({ bundles: [bundle], artifact: artifact ?? APP, policy }), expected);
  });

  it('SUBJECT: an artifact given by digest only', () => {
    const sha256 = createHash('sha256').update('nothing').digest('hex');
    expectVerdict(verifyWith({ bundles: [TAG], artifact: { sha256 }, policy: ACME_APP }), {
      fails: ['SUBJECT'],
    });
  });

  it('DIGEST_ALG: no digest of the artifact at all', () => {
    expectVerdict(verifyWith({ bundles: [TAG], artifact: {}, policy: ACME_APP }), {
      fails: ['DIGEST_ALG'],
    });
  });

  it('multi.jsonl: each line is its own attestation with its own origin and verdict', () => {
    const result = verifyWith({
      bundles: ['bundles/multi.jsonl'],
      artifact: APP,
      policy: ACME_APP,
    });
    expect(result.attestations.map((a) => [a.origin, a.verdict])).toEqual([
      ['bundles/multi.jsonl:1', 'failed'],
      ['bundles/multi.jsonl:2', 'verified'],
    ]);
    expect(failedCodesOf(result)).toEqual(['ID_RUNNER']);
  });

  it('SIGNATURE: one payload byte flipped (the first crypto check to fire is asserted exactly)', () => {
    const bundle = tampered(TAG, (b) => {
      const env = b.dsseEnvelope;
      if (env === undefined) throw new Error('not DSSE');
      const payload = Buffer.from(env.payload, 'base64');
      payload[20] = (payload[20] ?? 0) ^ 0x01;
      env.payload = payload.toString('base64');
    });
    const result = verifyWith({ bundles: [bundle], artifact: APP, policy: ACME_APP });
    expect(result.verdict).toBe('failed');
    // The intoto/0.0.2 log entry records the payload hash, so either check may fire first.
    expect(['SIGNATURE', 'TLOG_BINDING']).toContain(failedCodesOf(result)[0]);
    expect(failedCodesOf(result)).toEqual(['TLOG_BINDING']);
  });

  it('TIMESTAMP: the DSSE signature bytes changed (the TSA token covers them, checked first)', () => {
    const bundle = tampered(TAG, (b) => {
      const sig = b.dsseEnvelope?.signatures[0];
      if (sig === undefined) throw new Error('no signature');
      const raw = Buffer.from(sig.sig, 'base64');
      raw[raw.length - 1] = (raw[raw.length - 1] ?? 0) ^ 0x01;
      sig.sig = raw.toString('base64');
    });
    expectVerdict(verifyWith({ bundles: [bundle], artifact: APP, policy: ACME_APP }), {
      fails: ['TIMESTAMP'],
    });
  });

  it('CERT_CHAIN: a fixture checked against the embedded public-good root', () => {
    expectVerdict(
      verifyWith({
        bundles: [TAG],
        artifact: APP,
        policy: ACME_APP,
        roots: [embeddedPublicGoodRoot()],
      }),
      { fails: ['CERT_CHAIN'] },
    );
  });
});

describe('NO_ATTESTATION', () => {
  it('an artifact with no candidates fails, and the report says NO_ATTESTATION', () => {
    const policy = parsePolicy(ACME_APP);
    const roots = [fixtureRoot()];
    const artifacts = verifyAll({ bundles: [], artifacts: [APP], policy: ACME_APP });
    expect(artifacts[0]?.attestations).toEqual([]);
    expect(artifacts[0]?.verdict).toBe('failed');
    const report = resultFromArtifacts({
      version: 'test',
      command: 'verify',
      policy,
      roots,
      artifacts,
    });
    expect(report.verdict).toBe('failed');
    expect(report.exitCode).toBe(1);
    expect(report.failedChecks).toEqual(['NO_ATTESTATION']);
  });

  it('a whitespace-only file yields no candidates', () => {
    expect(readAttestations('empty.json', Buffer.from(' \n\t\r\n'))).toEqual([]);
    const result = verifyWith({
      bundles: [Buffer.from('\n\n  ')],
      artifact: APP,
      policy: ACME_APP,
    });
    expect(result.verdict).toBe('failed');
    expect(result.attestations).toHaveLength(0);
  });

  it('zero artifacts is never a pass', () => {
    const report = resultFromArtifacts({
      version: 'test',
      command: 'verify',
      policy: parsePolicy(ACME_APP),
      roots: [],
      artifacts: [],
    });
    expect(report.verdict).toBe('failed');
  });
});

describe('input errors', () => {
  it('MALFORMED: garbage bytes', () => {
    expect(() => readAttestations('x', Buffer.from('garbage {'))).toThrow(
      expect.objectContaining({ code: 'MALFORMED' }),
    );
  });

  it('MALFORMED: not UTF-8', () => {
    expect(() => readAttestations('x', Buffer.from([0xff, 0xfe, 0x00]))).toThrow(
      expect.objectContaining({ code: 'MALFORMED' }),
    );
  });

  it('MALFORMED: one bad JSONL line becomes an invalid candidate, the others still count', () => {
    const good = fixtureBytes(TAG).toString('utf8').replace(/\n/g, '');
    const found = readAttestations('x.jsonl', Buffer.from(`${good}\n{oops\n${good}\n`));
    expect(found.map((c) => c.kind)).toEqual(['bundle', 'invalid', 'bundle']);
    const bad = found[1];
    expect(bad?.kind === 'invalid' ? bad.error.code : undefined).toBe('MALFORMED');
  });

  it('LIMIT: 101 JSON Lines', () => {
    const line = JSON.stringify({ mediaType: 'x' });
    const text = Array.from({ length: 101 }, () => line).join('\n');
    expect(() => readAttestations('many.jsonl', Buffer.from(text))).toThrow(
      expect.objectContaining({ code: 'LIMIT' }),
    );
  });

  it('LIMIT: 100 JSON Lines are accepted', () => {
    const line = JSON.stringify({ mediaType: 'x' });
    const text = Array.from({ length: 100 }, () => line).join('\n');
    expect(readAttestations('many.jsonl', Buffer.from(text))).toHaveLength(100);
  });

  it('LIMIT: an API response with 101 attestations', () => {
    const bundle = fixtureJson(TAG);
    const json = { attestations: Array.from({ length: 101 }, () => ({ bundle })) };
    expect(() => readAttestations('api.json', Buffer.from(JSON.stringify(json)))).toThrow(
      expect.objectContaining({ code: 'LIMIT' }),
    );
  });

  it('BUNDLE_SHAPE: an API response that only links its bundle', () => {
    const json = { attestations: [{ bundle_url: 'https://example.com/b' }] };
    const [only] = readAttestations('api.json', Buffer.from(JSON.stringify(json)));
    expect(only?.kind === 'invalid' ? only.error.code : undefined).toBe('BUNDLE_SHAPE');
    expectVerdict(verifyWith({ bundles: [{ json }], artifact: APP, policy: ACME_APP }), {
      fails: ['BUNDLE_SHAPE'],
    });
  });
});

describe('trusted root', () => {
  const rootJson = (): Record<string, unknown> & { tlogs: { publicKey: { validFor: object } }[] } =>
    fixtureJson('trusted_root.json');

  it('TRUST_ROOT: a tlog key with no validFor.start', () => {
    const json = rootJson();
    const tlog = json.tlogs[0];
    if (tlog === undefined) throw new Error('no tlog');
    tlog.publicKey.validFor = {};
    expect(() => loadTrustedRoot(json as JsonValue, 'broken')).toThrow(
      expect.objectContaining({ name: 'VerifyError', code: 'TRUST_ROOT' }),
    );
  });

  it('TRUST_ROOT: a wrong media type', () => {
    const json = { ...rootJson(), mediaType: 'application/json' };
    expect(() => loadTrustedRoot(json as JsonValue, 'broken')).toThrow(
      expect.objectContaining({ code: 'TRUST_ROOT' }),
    );
  });

  it('TRUST_ROOT: verifying with no root at all', () => {
    expectVerdict(verifyWith({ bundles: [TAG], artifact: APP, policy: ACME_APP, roots: [] }), {
      fails: ['TRUST_ROOT'],
    });
  });

  it('the committed root loads', () => {
    const root: LoadedRoot = fixtureRoot();
    expect(root.hasTlogs).toBe(true);
    expect(root.newestKeyStart).toBeInstanceOf(Date);
  });
});

describe('POLICY_INVALID', () => {
  const bad: [string, PolicyInput][] = [
    ['no source identity', {}],
    ['a look-alike host', { repo: 'https://github.com.evil.io/acme/app' }],
    ['a non-GitHub host', { repo: 'gitlab.com/acme/app' }],
    ['http scheme', { repo: 'http://github.com/acme/app' }],
    ['three path parts', { repo: 'acme/app/extra' }],
    ['an empty repo', { repo: '' }],
    ['owner contradicting repo', { repo: 'acme/app', owner: 'other' }],
    [
      'a signer workflow with a short ref',
      { ...ACME_APP, signerWorkflow: 'acme/shared/.github/workflows/b.yml@v1' },
    ],
    ['a signer workflow path with ..', { ...ACME_APP, signerWorkflow: 'acme/shared/../x.yml' }],
    ['a full ref given as source tag', { ...ACME_APP, sourceTag: 'refs/tags/v1' }],
    ['a short source ref', { ...ACME_APP, sourceRef: 'v1.2.3' }],
    ['tag and versioned tag together', { ...ACME_APP, sourceTag: 'v1', sourceVersionedTag: 'v1' }],
    ['a versioned tag that is not semver', { ...ACME_APP, sourceVersionedTag: 'latest' }],
    ['a short commit', { ...ACME_APP, sourceDigest: '7d3c1f0' }],
    ['a builder id that is not https', { ...ACME_APP, builderId: 'github.com/x' }],
    ['a builder id with two @', { ...ACME_APP, builderId: 'https://x@1@2' }],
    ['a workflow input without =', { ...ACME_APP, workflowInputs: ['release_version'] }],
    ['a trigger with capitals', { ...ACME_APP, triggers: ['Push'] }],
    ['a non-numeric repo id', { ...ACME_APP, repoId: '0x10' }],
    ['an empty issuer', { ...ACME_APP, certOidcIssuer: '' }],
    ['a predicate type that is not a URI', { ...ACME_APP, predicateType: 'slsa' }],
  ];

  it.each(bad)('%s', (_name, input) => {
    let thrown: unknown;
    try {
      parsePolicy(input);
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(UsageError);
    expect((thrown as VerifyError).code).toBe('POLICY_INVALID');
  });

  it('accepts the documented repo spellings', () => {
    for (const repo of [
      'acme/app',
      'github.com/acme/app',
      'https://github.com/acme/app',
      'https://github.com/acme/app/',
      'git+https://github.com/acme/app.git',
    ]) {
      expect(parsePolicy({ repo }).sourceRepo).toEqual({ owner: 'acme', repo: 'app' });
    }
  });
});

describe('multi-artifact', () => {
  const MULTI = 'bundles/multi-subject.sigstore.json';
  const ARTS = ['artifacts/app-linux', 'artifacts/app-darwin', 'artifacts/app-windows'];

  it('every subject of a multi-subject statement verifies', () => {
    const results = verifyAll({ bundles: [MULTI], artifacts: ARTS, policy: ACME_APP });
    expect(results.map((r) => r.verdict)).toEqual(['verified', 'verified', 'verified']);
  });

  it('an extra artifact that is not a subject fails alone', () => {
    const results = verifyAll({
      bundles: [MULTI],
      artifacts: [...ARTS, 'artifacts/not-attested.bin'],
      policy: ACME_APP,
    });
    expect(results.map((r) => r.verdict)).toEqual(['verified', 'verified', 'verified', 'failed']);
    const last = results[3];
    if (last === undefined) throw new Error('missing result');
    expectVerdict(last, { fails: ['SUBJECT'] });
  });
});

describe('minted (re-signed) bundles', () => {
  let instance: TestInstance;
  let mintedRoot: LoadedRoot;
  const artifact = Buffer.from('minted artifact bytes\n');
  const subject = (): Subject => sha256Subject('app-1.2.3.tgz', artifact);

  beforeAll(async () => {
    instance = await createTestInstance();
    mintedRoot = loadTrustedRoot(instance.trustedRoot as unknown as JsonValue, 'minted');
  });
  afterAll(() => instance.close());

  async function mint(
    payload: Buffer | object,
    claims: WorkflowClaims = githubClaims(),
    payloadType?: string,
  ): Promise<BundleInput> {
    const bytes = Buffer.isBuffer(payload) ? payload : statementBytes(payload);
    const json = await instance.signDsse(
      bytes,
      claims,
      payloadType === undefined ? {} : { payloadType },
    );
    return { json, name: 'minted' };
  }

  function check(
    bundles: BundleInput[],
    policy: PolicyInput = ACME_APP,
    art: ArtifactInput = artifact,
  ) {
    return verifyWith({ bundles, artifact: art, policy, roots: [mintedRoot] });
  }

  it('control: a minted SLSA v1 statement verifies', async () => {
    const claims = githubClaims();
    expectVerdict(check([await mint(slsaV1Statement([subject()], claims), claims)]), 'verified');
  });

  it('DIGEST_ALG: the only subject digest is sha1', async () => {
    const claims = githubClaims();
    const sha1 = createHash('sha1').update(artifact).digest('hex');
    const statement = slsaV1Statement([{ name: 'app', digest: { sha1 } }], claims);
    expectVerdict(check([await mint(statement, claims)]), { fails: ['DIGEST_ALG'] });
  });

  it('SUBJECT: sha256 agrees but sha512 contradicts', async () => {
    const claims = githubClaims();
    const s = subject();
    const statement = slsaV1Statement(
      [{ name: s.name, digest: { ...s.digest, sha512: 'ab'.repeat(64) } }],
      claims,
    );
    expectVerdict(check([await mint(statement, claims)]), { fails: ['SUBJECT'] });
  });

  it('PREDICATE_TYPE: a v0.2 statement when v1 is asked for', async () => {
    const claims = githubClaims({
      jobWorkflowRef:
        'slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@refs/tags/v2.1.0',
    });
    const statement = slsaV02GeneratorStatement([subject()], claims);
    const bundle = await mint(statement, claims);
    expectVerdict(check([bundle]), 'verified');
    expectVerdict(check([bundle], { ...ACME_APP, predicateType: SLSA_V1 }), {
      fails: ['PREDICATE_TYPE'],
    });
    expectVerdict(check([bundle], { ...ACME_APP, predicateType: SLSA_V02 }), 'verified');
  });

  const statementRows: [string, () => Buffer][] = [
    ['payload not JSON', () => Buffer.from('not-json')],
    ['payload {}', () => Buffer.from('{}')],
    [
      'statement without predicateType',
      () => {
        const s: Record<string, unknown> = { ...slsaV1Statement([subject()], githubClaims()) };
        delete s.predicateType;
        return statementBytes(s);
      },
    ],
    [
      'predicate_type alias key',
      () => {
        const s = slsaV1Statement([subject()], githubClaims());
        return statementBytes({ ...s, predicate_type: 'https://spdx.dev/Document' });
      },
    ],
    [
      'predicateType case collision key',
      () => {
        const s = slsaV1Statement([subject()], githubClaims());
        return statementBytes({ ...s, PredicateType: 'https://spdx.dev/Document' });
      },
    ],
    [
      'an empty subject list',
      () => statementBytes({ ...slsaV1Statement([subject()], githubClaims()), subject: [] }),
    ],
    [
      'a sha256 digest of the wrong length',
      () =>
        statementBytes(
          slsaV1Statement([{ name: 'a', digest: { sha256: 'abcd' } }], githubClaims()),
        ),
    ],
    [
      'an unknown _type',
      () =>
        statementBytes({
          ...slsaV1Statement([subject()], githubClaims()),
          _type: 'https://in-toto.io/Statement/v9',
        }),
    ],
  ];

  it.each(statementRows)('STATEMENT: %s', async (_name, make) => {
    const result = check([await mint(make())]);
    expect(result.verdict).toBe('failed');
    expect(failedCodesOf(result)).toEqual(
      _name === 'payload not JSON' ? ['MALFORMED'] : ['STATEMENT'],
    );
  });

  it('STATEMENT: a duplicate "subject" key in the raw JSON text', async () => {
    const s = slsaV1Statement([subject()], githubClaims());
    const text = JSON.stringify(s).replace(
      /^\{/,
      `{"subject":${JSON.stringify([sha256Subject('x', Buffer.from('other'))])},`,
    );
    expect(text.match(/"subject":/g)).toHaveLength(2);
    const result = check([await mint(Buffer.from(text))]);
    expect(result.verdict).toBe('failed');
    // The strict JSON parser refuses duplicate keys before the statement is read.
    expect(failedCodesOf(result)).toEqual(['MALFORMED']);
  });

  it('STATEMENT: v1 predicateType with a v0.2-shaped predicate', async () => {
    const claims = githubClaims();
    const v02 = slsaV02GeneratorStatement([subject()], claims);
    const statement = inTotoStatement([subject()], SLSA_V1, v02.predicate);
    const result = check([await mint(statement, claims)]);
    expect(result.verdict).toBe('failed');
    expect(failedCodesOf(result)).toEqual(['STATEMENT']);
  });

  it('PAYLOAD_TYPE: application/json', async () => {
    const claims = githubClaims();
    const bundle = await mint(slsaV1Statement([subject()], claims), claims, 'application/json');
    expectVerdict(check([bundle]), { fails: ['PAYLOAD_TYPE'] });
  });

  it('ID_CONFLICT: SAN disagrees with the Build Signer URI (1.9)', async () => {
    const claims = githubClaims({
      san: 'https://github.com/acme/app/.github/workflows/other.yml@refs/tags/v1.2.3',
    });
    const bundle = await mint(slsaV1Statement([subject()], claims), claims);
    const result = check([bundle]);
    expect(result.verdict).toBe('failed');
    expect(failedCodesOf(result)).toContain('ID_CONFLICT');
  });

  it('LIMIT: a statement with 1025 subjects', async () => {
    const claims = githubClaims();
    const many = Array.from({ length: 1025 }, (_, i) =>
      sha256Subject(`f${i}`, Buffer.from(String(i))),
    );
    const bundle = await mint(slsaV1Statement(many, claims), claims);
    expectVerdict(check([bundle]), { fails: ['LIMIT'] });
  });

  it('no mixing: identity from one attestation, subject from another never verifies', async () => {
    const right = githubClaims();
    const wrong = githubClaims({
      repository: 'evil/app',
      repositoryOwner: 'evil',
      repositoryId: '666',
      repositoryOwnerId: '667',
      workflowRef: 'evil/app/.github/workflows/release.yml@refs/tags/v1.2.3',
    });
    const other = sha256Subject('other.tgz', Buffer.from('not the artifact'));
    const rightIdentityWrongSubject = await mint(slsaV1Statement([other], right), right);
    const wrongIdentityRightSubject = await mint(slsaV1Statement([subject()], wrong), wrong);
    const result = check([rightIdentityWrongSubject, wrongIdentityRightSubject]);
    expect(result.verdict).toBe('failed');
    expect(result.attestations.map((a) => a.verdict)).toEqual(['failed', 'failed']);
    const [first, second] = result.attestations;
    expect(failedCodesOf({ ...result, attestations: first ? [first] : [] })).toEqual(['SUBJECT']);
    expect(failedCodesOf({ ...result, attestations: second ? [second] : [] })).toContain('ID_REPO');
  });

  it('TIMESTAMP: a minted bundle against the committed fixture root (same CA name, other keys)', async () => {
    const claims = githubClaims();
    const bundle = await mint(slsaV1Statement([subject()], claims), claims);
    // selectRoot matches by CA subject name (both mock CAs share it); the TSA token is the
    // first thing @sigstore/verify checks, and its authority is unknown to this root.
    expectVerdict(
      verifyWith({ bundles: [bundle], artifact, policy: ACME_APP, roots: [fixtureRoot()] }),
      { fails: ['TIMESTAMP'] },
    );
  });

  it('SIGNATURE: payload changed, checked against a root without logs (TSA only)', async () => {
    const claims = githubClaims();
    const minted = await instance.signDsse(
      statementBytes(slsaV1Statement([subject()], claims)),
      claims,
    );
    const env = minted.dsseEnvelope;
    if (env === undefined) throw new Error('not DSSE');
    const payload = Buffer.from(env.payload, 'base64');
    payload[20] = (payload[20] ?? 0) ^ 0x01;
    env.payload = payload.toString('base64');
    // With no log in the root (like GitHub's own instance) the log entry is not required;
    // dropping it leaves the TSA token (over the unchanged signature) and the signature itself.
    minted.verificationMaterial.tlogEntries = [];
    const noLogs = loadTrustedRoot(
      { ...instance.trustedRoot, tlogs: [] } as unknown as JsonValue,
      'minted, no tlogs',
    );
    expectVerdict(
      verifyWith({ bundles: [{ json: minted }], artifact, policy: ACME_APP, roots: [noLogs] }),
      { fails: ['SIGNATURE'] },
    );
    // The same bundle against the full root needs its log entry.
    expectVerdict(check([{ json: minted }]), { fails: ['TLOG_THRESHOLD'] });
  });
});

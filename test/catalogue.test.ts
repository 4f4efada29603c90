// The adversarial catalogue (../shared/research/security-catalogue.md, sections A–F; section H,
// issue 10, is test/hardening.test.ts): every
// case, by its ID, through the core, the built CLI and the built action. Bundles that must be
// validly signed but semantically wrong are minted with a throwaway CA, log and TSA, so each
// case reaches the check it is about. Where our reason code differs from the catalogue's, the
// case says why (`deviation`).
import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SerializedBundle } from '@sigstore/bundle';
import { REASON_CODES, type ReasonCode } from '../src/core/codes.js';
import {
  ALL_ENTRIES,
  runEntry,
  writeScenario,
  type Entry,
  type Outcome,
  type PolicyFlags,
  type Scenario,
} from './support/catalogue-runner.js';
import {
  createTestInstance,
  githubClaims,
  inTotoStatement,
  sha256Subject,
  slsaV02GeneratorStatement,
  slsaV1Statement,
  statementBytes,
  SLSA_V1,
  type Subject,
  type TestInstance,
  type TrustedRootJSON,
  type WorkflowClaims,
} from './support/mint.js';

const ARTIFACT = { name: 'app-1.2.3.tgz', bytes: Buffer.from('the catalogue artifact X\n') };
const SUBJECT = sha256Subject(ARTIFACT.name, ARTIFACT.bytes);
const POLICY: PolicyFlags = { repo: 'acme/app' };

type Expected =
  | 'accept'
  | {
      readonly codes: readonly ReasonCode[];
      readonly exit?: 1 | 2 | 3;
      readonly deviation?: string;
    };

type Case = {
  readonly id: string;
  readonly title: string;
  readonly build: (m: Minter) => Promise<Partial<Scenario> & Pick<Scenario, 'bundles'>>;
  readonly expect: Expected;
  readonly entries?: readonly Entry[];
};

/** What a case may use to make its scenario. */
type Minter = {
  readonly root: TrustedRootJSON;
  readonly other: TestInstance;
  sign(
    statement: object | Buffer,
    claims?: WorkflowClaims,
    payloadType?: string,
  ): Promise<SerializedBundle>;
  golden(claims?: WorkflowClaims, subjects?: Subject[]): Promise<SerializedBundle>;
  message(bytes: Buffer, claims?: WorkflowClaims): Promise<SerializedBundle>;
};

const json = (name: string, value: unknown): { name: string; bytes: Buffer } => ({
  name,
  bytes: Buffer.from(JSON.stringify(value)),
});
const raw = (name: string, bytes: Buffer | string): { name: string; bytes: Buffer } => ({
  name,
  bytes: Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes),
});
const bundleFile = (b: SerializedBundle, name = 'att.sigstore.json') => json(name, b);
const clone = <T>(v: T): T => structuredClone(v);
const tlog0 = (b: SerializedBundle) => {
  const e = b.verificationMaterial.tlogEntries[0];
  if (e === undefined) throw new Error('no tlog entry');
  return e;
};
const v1 = (
  subjects: Subject[] = [SUBJECT],
  claims = githubClaims(),
  patch?: Record<string, unknown>,
) => slsaV1Statement(subjects, claims, patch);
const flip = (b64: string, at = 10): string => {
  const bytes = Buffer.from(b64, 'base64');
  bytes[at] = (bytes[at] ?? 0) ^ 0x01;
  return bytes.toString('base64');
};

const EVIL = githubClaims({
  repository: 'evil/app',
  repositoryOwner: 'evil',
  repositoryId: '666',
  repositoryOwnerId: '667',
  workflowRef: 'evil/app/.github/workflows/release.yml@refs/tags/v1.2.3',
});

const CASES: Case[] = [
  // ---------------------------------------------------------------- A. binding and statements
  {
    id: 'A01',
    title: 'golden bundle, artifact X, default policy',
    build: async (m) => ({ bundles: [bundleFile(await m.golden())] }),
    expect: 'accept',
  },
  {
    id: 'A02',
    title: 'artifact with one flipped bit',
    build: async (m) => {
      const bytes = Buffer.from(ARTIFACT.bytes);
      bytes[0] = (bytes[0] ?? 0) ^ 0x01;
      return {
        artifacts: [{ name: ARTIFACT.name, bytes }],
        bundles: [bundleFile(await m.golden())],
      };
    },
    expect: { codes: ['SUBJECT'] },
  },
  {
    id: 'A03',
    title: 'three subjects, only the second is X (re-signed)',
    build: async (m) => ({
      bundles: [
        bundleFile(
          await m.golden(githubClaims(), [
            sha256Subject('a', Buffer.from('a')),
            SUBJECT,
            sha256Subject('c', Buffer.from('c')),
          ]),
        ),
      ],
    }),
    expect: 'accept',
  },
  {
    id: 'A04',
    title:
      'npm subject name pkg:npm/%40attacker/malicious with the right digest, policy names @acme/app (re-signed)',
    build: async (m) => ({
      bundles: [
        bundleFile(
          await m.golden(githubClaims(), [
            { name: 'pkg:npm/%40attacker/malicious@1.0.5', digest: SUBJECT.digest },
          ]),
        ),
      ],
      policy: { ...POLICY, 'subject-name': 'pkg:npm/%40acme/app@1.0.5' },
    }),
    expect: {
      codes: ['ID_SUBJECT_NAME'],
      deviation:
        'the digest binds (SUBJECT passes); the name check has its own code, ID_SUBJECT_NAME',
    },
  },
  {
    id: 'A05',
    title: 'only a sha1 (or md5) digest, of the right value (re-signed)',
    build: async (m) => ({
      bundles: [
        bundleFile(
          await m.golden(githubClaims(), [
            {
              name: ARTIFACT.name,
              digest: { sha1: createHash('sha1').update(ARTIFACT.bytes).digest('hex') },
            },
          ]),
          'sha1.json',
        ),
        bundleFile(
          await m.golden(githubClaims(), [
            {
              name: ARTIFACT.name,
              digest: { md5: createHash('md5').update(ARTIFACT.bytes).digest('hex') },
            },
          ]),
          'md5.json',
        ),
      ],
    }),
    expect: { codes: ['DIGEST_ALG'] },
  },
  {
    id: 'A06',
    title: 'subject {sha256: wrong, sha512: right} (re-signed)',
    build: async (m) => ({
      bundles: [
        bundleFile(
          await m.golden(githubClaims(), [
            {
              name: ARTIFACT.name,
              digest: {
                sha256: 'ab'.repeat(32),
                sha512: createHash('sha512').update(ARTIFACT.bytes).digest('hex'),
              },
            },
          ]),
        ),
      ],
    }),
    expect: { codes: ['SUBJECT'] },
  },
  {
    id: 'A07',
    title: 'subject digest in upper-case hex (re-signed)',
    build: async (m) => ({
      bundles: [
        bundleFile(
          await m.golden(githubClaims(), [
            {
              name: ARTIFACT.name,
              digest: { sha256: (SUBJECT.digest.sha256 ?? '').toUpperCase() },
            },
          ]),
        ),
      ],
    }),
    expect: 'accept',
  },
  ...(
    [
      ['sha256: prefix', (h: string) => `sha256:${h}`],
      ['surrounding space', (h: string) => ` ${h}`],
      ['wrong length', (h: string) => h.slice(2)],
      ['non-hex', (h: string) => `${h.slice(0, 62)}zz`],
    ] as const
  ).map(([what, edit], i): Case => ({
    id: `A08.${i + 1}`,
    title: `subject digest with ${what} (re-signed)`,
    build: async (m) => ({
      bundles: [
        bundleFile(
          await m.golden(githubClaims(), [
            { name: ARTIFACT.name, digest: { sha256: edit(SUBJECT.digest.sha256 ?? '') } },
          ]),
        ),
      ],
    }),
    expect: { codes: ['STATEMENT'] },
  })),
  {
    id: 'A09',
    title: 'payloadType application/json over a statement (re-signed)',
    build: async (m) => ({
      bundles: [bundleFile(await m.sign(v1(), githubClaims(), 'application/json'))],
    }),
    expect: { codes: ['PAYLOAD_TYPE'] },
  },
  {
    id: 'A10.1',
    title: 'payload that is not JSON (re-signed)',
    build: async (m) => ({ bundles: [bundleFile(await m.sign(Buffer.from('not-json')))] }),
    expect: {
      codes: ['MALFORMED'],
      deviation: 'the strict JSON reader rejects the payload before it is read as a statement',
    },
  },
  {
    id: 'A10.2',
    title: 'payload {} (re-signed)',
    build: async (m) => ({ bundles: [bundleFile(await m.sign({}))] }),
    expect: { codes: ['STATEMENT'] },
  },
  {
    id: 'A10.3',
    title: 'statement without predicateType (re-signed)',
    build: async (m) => {
      const s: Record<string, unknown> = { ...v1() };
      delete s.predicateType;
      return { bundles: [bundleFile(await m.sign(s))] };
    },
    expect: { codes: ['STATEMENT'] },
  },
  {
    id: 'A10.4',
    title: 'predicate.runDetails.builder is an array (re-signed)',
    build: async (m) => ({
      bundles: [
        bundleFile(
          await m.sign(
            v1([SUBJECT], githubClaims(), { predicate: { runDetails: { builder: [] } } }),
          ),
        ),
      ],
    }),
    expect: { codes: ['STATEMENT'] },
  },
  {
    id: 'A11',
    title: 'SLSA v0.2 predicate under a v1-only policy (re-signed)',
    build: async (m) => {
      const claims = githubClaims({
        jobWorkflowRef:
          'slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@refs/tags/v2.1.0',
      });
      return {
        bundles: [bundleFile(await m.sign(slsaV02GeneratorStatement([SUBJECT], claims), claims))],
        policy: { ...POLICY, 'predicate-type': SLSA_V1 },
      };
    },
    expect: { codes: ['PREDICATE_TYPE'] },
  },
  {
    id: 'A12',
    title: 'v1 predicateType with a v0.2-shaped predicate (re-signed)',
    build: async (m) => {
      const claims = githubClaims();
      return {
        bundles: [
          bundleFile(
            await m.sign(
              inTotoStatement(
                [SUBJECT],
                SLSA_V1,
                slsaV02GeneratorStatement([SUBJECT], claims).predicate,
              ),
            ),
          ),
        ],
      };
    },
    expect: { codes: ['STATEMENT'] },
  },
  ...[
    'https://slsa.dev/provenance/v1 ',
    'https://SLSA.dev/provenance/v1',
    'https://slsa.dev/provenance/v1-evil',
  ].map((type, i): Case => ({
    id: `A13.${i + 1}`,
    title: `predicateType ${JSON.stringify(type)} (re-signed)`,
    build: async (m) => ({ bundles: [bundleFile(await m.sign({ ...v1(), predicateType: type }))] }),
    expect: { codes: ['PREDICATE_TYPE'] },
  })),
  {
    id: 'A14.1',
    title: '_type https://in-toto.io/Statement/v2 (re-signed)',
    build: async (m) => ({
      bundles: [bundleFile(await m.sign({ ...v1(), _type: 'https://in-toto.io/Statement/v2' }))],
    }),
    expect: { codes: ['STATEMENT'] },
  },
  {
    id: 'A14.2',
    title: '_type missing (re-signed)',
    build: async (m) => {
      const s: Record<string, unknown> = { ...v1() };
      delete s._type;
      return { bundles: [bundleFile(await m.sign(s))] };
    },
    expect: { codes: ['STATEMENT'] },
  },
  {
    id: 'A15.1',
    title: 'duplicate "subject" key, benign first, evil last (re-signed)',
    build: async (m) => {
      const text = JSON.stringify(v1([sha256Subject('other', Buffer.from('other'))])).replace(
        /^\{/,
        `{"subject":${JSON.stringify([SUBJECT])},`,
      );
      return { bundles: [bundleFile(await m.sign(Buffer.from(text)))] };
    },
    expect: {
      codes: ['MALFORMED'],
      deviation:
        'duplicate keys are refused by the strict JSON reader, before the statement is read',
    },
  },
  {
    id: 'A15.2',
    title: 'duplicate "predicateType" key (re-signed)',
    build: async (m) => {
      const text = JSON.stringify(v1()).replace(
        /^\{/,
        '{"predicateType":"https://spdx.dev/Document",',
      );
      return { bundles: [bundleFile(await m.sign(Buffer.from(text)))] };
    },
    expect: { codes: ['MALFORMED'], deviation: 'as A15.1' },
  },
  ...(
    [
      ['Subject beside subject', { Subject: [sha256Subject('x', Buffer.from('x'))] }],
      ['proto spelling predicate_type', { predicate_type: 'https://spdx.dev/Document' }],
      ['proto spelling type', { type: 'https://in-toto.io/Statement/v1' }],
    ] as const
  ).map(([what, extra], i): Case => ({
    id: `A16.${i + 1}`,
    title: `${what} (re-signed)`,
    build: async (m) => ({ bundles: [bundleFile(await m.sign({ ...v1(), ...extra }))] }),
    expect: { codes: ['STATEMENT'] },
  })),
  {
    id: 'A17',
    title: '__proto__ key inside the predicate (re-signed); nothing is polluted',
    build: async (m) => {
      const text = JSON.stringify(v1()).replace(
        '"predicate":{',
        '"predicate":{"__proto__":{"polluted":"yes"},',
      );
      return { bundles: [bundleFile(await m.sign(Buffer.from(text)))] };
    },
    expect: {
      codes: ['MALFORMED'],
      deviation: 'the strict JSON reader refuses __proto__ keys outright',
    },
  },
  {
    id: 'A18.1',
    title: 'DSSE envelope with no signature',
    build: async (m) => {
      const b = await m.golden();
      if (b.dsseEnvelope) b.dsseEnvelope.signatures = [];
      return { bundles: [bundleFile(b)] };
    },
    expect: { codes: ['BUNDLE_SHAPE'] },
  },
  {
    id: 'A18.2',
    title: 'DSSE envelope with two signatures (valid + junk, junk + valid)',
    build: async (m) => {
      const a = await m.golden();
      const b = clone(a);
      const sig = a.dsseEnvelope?.signatures[0];
      if (!sig || !a.dsseEnvelope || !b.dsseEnvelope) throw new Error('no DSSE');
      a.dsseEnvelope.signatures = [sig, { sig: flip(sig.sig), keyid: '' }];
      b.dsseEnvelope.signatures = [{ sig: flip(sig.sig), keyid: '' }, sig];
      return { bundles: [bundleFile(a, 'valid-junk.json'), bundleFile(b, 'junk-valid.json')] };
    },
    expect: { codes: ['BUNDLE_SHAPE'] },
  },
  {
    id: 'A19',
    title: 'message signature where a provenance attestation is required',
    build: async (m) => ({ bundles: [bundleFile(await m.message(ARTIFACT.bytes))] }),
    expect: { codes: ['BUNDLE_SHAPE'] },
  },

  // ---------------------------------------------------------------- B. signature, keys, certificates, time
  {
    id: 'B01',
    title: 'payload edited after signing (not re-signed)',
    build: async (m) => {
      const b = await m.golden();
      if (b.dsseEnvelope) b.dsseEnvelope.payload = flip(b.dsseEnvelope.payload, 40);
      return { bundles: [bundleFile(b)] };
    },
    expect: {
      codes: ['TLOG_BINDING'],
      deviation:
        '@sigstore/verify compares the log entry body with the envelope before the signature: the edit is caught there first',
    },
  },
  {
    id: 'B02',
    title:
      'signature over the raw payload instead of the DSSE PAE (root without logs, so only the signature decides)',
    build: async (m) => {
      const statement = statementBytes(v1());
      const msg = await m.message(statement);
      const sig = msg.messageSignature?.signature;
      if (sig === undefined) throw new Error('no message signature');
      const b = {
        mediaType: msg.mediaType,
        verificationMaterial: { ...msg.verificationMaterial, tlogEntries: [] },
        dsseEnvelope: {
          payload: statement.toString('base64'),
          payloadType: 'application/vnd.in-toto+json',
          signatures: [{ sig, keyid: '' }],
        },
      };
      return { bundles: [json('att.json', b)], root: { ...m.root, tlogs: [] } };
    },
    expect: { codes: ['SIGNATURE'] },
  },
  {
    id: 'B03',
    title: 'keyless policy, bundle carries a public-key hint instead of a certificate',
    build: async (m) => {
      const b = await m.golden();
      const vm = b.verificationMaterial as Record<string, unknown>;
      delete vm.certificate;
      vm.publicKey = { hint: 'attacker-key' };
      return { bundles: [bundleFile(b)] };
    },
    expect: { codes: ['KEY_MATERIAL'] },
  },
  {
    id: 'B04',
    title: 'certificate from another instance (look-alike CA not in the trusted root)',
    build: async (m) => {
      const claims = githubClaims();
      const b = await m.other.signDsse(statementBytes(v1()), claims);
      return { bundles: [bundleFile(b)] };
    },
    expect: {
      codes: ['TIMESTAMP'],
      deviation:
        'both mock CAs share a name; the first step to fail is the TSA token, signed by a TSA this root does not know (a real look-alike CA has another name and fails CERT_CHAIN, as the corpus shows)',
    },
  },
  {
    id: 'B05',
    title: 'v0.3 bundle carrying a certificate chain (with the root) instead of the leaf',
    build: async (m) => {
      const b = await m.golden();
      const leaf = b.verificationMaterial.certificate?.rawBytes ?? '';
      const rootCert = m.root.certificateAuthorities[0]?.certChain.certificates[0]?.rawBytes ?? '';
      const vm = b.verificationMaterial as Record<string, unknown>;
      delete vm.certificate;
      vm.x509CertificateChain = { certificates: [{ rawBytes: leaf }, { rawBytes: rootCert }] };
      return { bundles: [bundleFile(b)] };
    },
    expect: {
      codes: ['BUNDLE_SHAPE'],
      deviation:
        'v0.3 bundles must carry a single certificate; a chain is refused by shape, before any chain is trusted',
    },
  },
  {
    id: 'B06',
    title:
      'CA whose validity ended before the signed time (the mock CA has no intermediate: the CA itself expires)',
    build: async (m) => {
      const root = clone(m.root);
      const ca = root.certificateAuthorities[0];
      if (ca) ca.validFor = { start: ca.validFor.start, end: ca.validFor.start };
      return { bundles: [bundleFile(await m.golden())], root };
    },
    expect: { codes: ['CERT_CHAIN'] },
  },
  {
    id: 'B07',
    title: 'TSA signed time outside the leaf validity window',
    build: async () => {
      const late = await createTestInstance({ tsaOffsetMs: 30 * 60_000 });
      try {
        const b = await late.signDsse(statementBytes(v1()), githubClaims());
        b.verificationMaterial.tlogEntries = [];
        return { bundles: [bundleFile(b)], root: { ...late.trustedRoot, tlogs: [] } };
      } finally {
        late.close();
      }
    },
    expect: { codes: ['CERT_TIME'] },
  },
  {
    id: 'B08',
    title:
      'golden verified after the leaf expired (signed time inside its window): never wall-clock now',
    build: async (m) => ({ bundles: [bundleFile(await m.golden())] }),
    // The leaf lives 10 minutes; the check below proves it has expired by the time the CLI
    // and the action run, and the verdict is still accept.
    expect: 'accept',
  },
  {
    id: 'B09',
    title: 'inclusion proof only (no SET), integratedTime edited, no TSA timestamp',
    build: async (m) => {
      const b = await m.golden();
      const e = tlog0(b) as Record<string, unknown>;
      delete e.inclusionPromise;
      e.integratedTime = String(Number(e.integratedTime) - 5);
      b.verificationMaterial.timestampVerificationData = { rfc3161Timestamps: [] };
      return { bundles: [bundleFile(b)] };
    },
    expect: { codes: ['TIMESTAMP'] },
  },
  {
    id: 'B10',
    title: 'SCT from a CT log absent from the trusted root',
    build: async (m) => ({
      bundles: [bundleFile(await m.golden())],
      root: { ...m.root, ctlogs: m.other.trustedRoot.ctlogs },
    }),
    expect: { codes: ['SCT'] },
  },
  {
    id: 'B11',
    title:
      'trusted-root TSA key whose validFor ended before the signed time (transparency log removed)',
    build: async (m) => {
      const b = await m.golden();
      b.verificationMaterial.tlogEntries = [];
      const root = clone({ ...m.root, tlogs: [] });
      const tsa = root.timestampAuthorities[0];
      if (tsa) tsa.validFor = { start: tsa.validFor.start, end: tsa.validFor.start };
      return { bundles: [bundleFile(b)], root };
    },
    expect: { codes: ['TIMESTAMP'] },
  },
  {
    id: 'B12',
    title: 'signed time exactly at the TSA validFor.end (closed interval)',
    build: async (m) => {
      const b = await m.golden();
      b.verificationMaterial.tlogEntries = [];
      const root = clone({ ...m.root, tlogs: [] });
      const { RFC3161Timestamp } = await import('@sigstore/core');
      const ts =
        b.verificationMaterial.timestampVerificationData?.rfc3161Timestamps[0]?.signedTimestamp ??
        '';
      const at = RFC3161Timestamp.parse(Buffer.from(ts, 'base64')).signingTime.toISOString();
      const tsa = root.timestampAuthorities[0];
      if (tsa) tsa.validFor = { start: tsa.validFor.start, end: at };
      return { bundles: [bundleFile(b)], root };
    },
    expect: 'accept',
  },
  {
    id: 'B13',
    title: 'trusted-root tlog without validFor.start',
    build: async (m) => {
      const root = clone(m.root) as unknown as {
        tlogs: { publicKey: { validFor: Record<string, string> } }[];
      };
      for (const t of root.tlogs) t.publicKey.validFor = {};
      return { bundles: [bundleFile(await m.golden())], root };
    },
    expect: { codes: ['TRUST_ROOT'], exit: 1 },
  },
  {
    id: 'B14',
    title: 'certificate with two instances of 1.12 (benign + evil), validly issued',
    build: async (m) => ({
      bundles: [
        bundleFile(
          await m.sign(
            v1(),
            githubClaims({
              extraExtensions: [
                { oid: '1.3.6.1.4.1.57264.1.12', value: 'https://github.com/evil/app' },
              ],
            }),
          ),
        ),
      ],
    }),
    expect: { codes: ['ID_CONFLICT'] },
  },
  {
    id: 'B15',
    title: 'deprecated 1.5 (repository) says evil/app, 1.12 says acme/app',
    build: async (m) => {
      // The mock Fulcio writes no legacy 1.5; add one that disagrees with 1.12.
      const claims = githubClaims({
        extraExtensions: [{ oid: '1.3.6.1.4.1.57264.1.5', value: 'evil/app', legacy: true }],
      });
      return { bundles: [bundleFile(await m.sign(v1(), claims))] };
    },
    expect: { codes: ['ID_CONFLICT'] },
  },

  // ---------------------------------------------------------------- C. transparency log
  {
    id: 'C01',
    title: 'tlog entry lifted from another bundle (for another artifact)',
    build: async (m) => {
      const b = await m.golden();
      const other = await m.golden(githubClaims(), [sha256Subject('other', Buffer.from('other'))]);
      b.verificationMaterial.tlogEntries = other.verificationMaterial.tlogEntries;
      return { bundles: [bundleFile(b)] };
    },
    expect: { codes: ['TLOG_BINDING'] },
  },
  {
    id: 'C02',
    title: 'entry for this signature but another certificate (same key, other identity)',
    build: async (m) => {
      const b = await m.golden();
      const other = await m.golden(githubClaims({ runId: '1' }));
      b.verificationMaterial.certificate = other.verificationMaterial.certificate;
      return { bundles: [bundleFile(b)] };
    },
    expect: {
      codes: ['SIGNATURE'],
      deviation:
        'the mock signer takes a fresh key for every signing, so the swapped certificate cannot verify the signature: SIGNATURE is the first check to fail',
    },
  },
  {
    id: 'C03',
    title: 'same payload, another valid signature than the one logged',
    build: async (m) => {
      const b = await m.golden();
      const again = await m.golden();
      if (b.dsseEnvelope && again.dsseEnvelope)
        b.dsseEnvelope.signatures = again.dsseEnvelope.signatures;
      return { bundles: [bundleFile(b)] };
    },
    expect: {
      codes: ['TIMESTAMP'],
      deviation:
        'the RFC 3161 token covers the logged signature and is checked first, so the swapped signature fails as TIMESTAMP',
    },
  },
  {
    id: 'C04',
    title: 'kindVersion says hashedrekord, body is intoto',
    build: async (m) => {
      const b = await m.golden();
      tlog0(b).kindVersion = { kind: 'hashedrekord', version: '0.0.1' };
      return { bundles: [bundleFile(b)] };
    },
    expect: { codes: ['TLOG_BINDING'] },
  },
  {
    id: 'C05',
    title: 'no tlog entry at all',
    build: async (m) => {
      const b = await m.golden();
      b.verificationMaterial.tlogEntries = [];
      return { bundles: [bundleFile(b)] };
    },
    expect: { codes: ['TLOG_THRESHOLD'] },
  },
  {
    id: 'C06.1',
    title: 'inclusion proof root hash bit-flip',
    build: async (m) => {
      const b = await m.golden();
      const proof = tlog0(b).inclusionProof;
      if (proof) proof.rootHash = flip(proof.rootHash, 3);
      return { bundles: [bundleFile(b)] };
    },
    expect: { codes: ['TLOG_INCLUSION'] },
  },
  {
    id: 'C06.2',
    title: 'checkpoint with a bad signature',
    build: async (m) => {
      const b = await m.golden();
      const proof = tlog0(b).inclusionProof;
      if (proof)
        proof.checkpoint.envelope = proof.checkpoint.envelope.replace(
          /— (\S+) (\S+)\n$/,
          (_w, name: string, sig: string) => `— ${name} ${flip(sig, 8)}\n`,
        );
      return { bundles: [bundleFile(b)] };
    },
    expect: { codes: ['TLOG_INCLUSION'] },
  },
  {
    id: 'C07',
    title: 'SET signature invalid',
    build: async (m) => {
      const b = await m.golden();
      const e = tlog0(b);
      if (e.inclusionPromise)
        e.inclusionPromise.signedEntryTimestamp = flip(e.inclusionPromise.signedEntryTimestamp, 12);
      return { bundles: [bundleFile(b)] };
    },
    expect: { codes: ['TLOG_INCLUSION'] },
  },
  {
    id: 'C08',
    title: 'the same entry twice does not count as two logs',
    build: async (m) => {
      const b = await m.golden();
      b.verificationMaterial.tlogEntries = [tlog0(b), clone(tlog0(b))];
      return { bundles: [bundleFile(b)] };
    },
    expect: {
      codes: ['TIMESTAMP'],
      deviation:
        "our threshold is one log, so the catalogue's threshold-2 case does not arise; @sigstore/verify refuses a repeated entry outright (reported as a timestamp failure), stricter than counting it once",
    },
  },
  {
    id: 'C09',
    title: 'negative and non-numeric logIndex',
    build: async (m) => {
      const a = await m.golden();
      tlog0(a).logIndex = '-1';
      const b = await m.golden();
      tlog0(b).logIndex = '12a';
      return { bundles: [bundleFile(a, 'negative.json'), bundleFile(b, 'non-numeric.json')] };
    },
    expect: { codes: ['MALFORMED'] },
  },
  {
    id: 'C10',
    title: 'no log, and a TSA timestamp from a TSA the root does not list',
    build: async (m) => {
      const b = await m.golden();
      b.verificationMaterial.tlogEntries = [];
      return {
        bundles: [bundleFile(b)],
        root: {
          ...m.root,
          tlogs: [],
          timestampAuthorities: m.other.trustedRoot.timestampAuthorities,
        },
      };
    },
    expect: { codes: ['TIMESTAMP'] },
  },

  // ---------------------------------------------------------------- D. identity policy
  {
    id: 'D01',
    title: 'policy acme/app, certificate acme/app-evil',
    build: async (m) => ({
      bundles: [
        bundleFile(
          await m.golden(
            githubClaims({
              repository: 'acme/app-evil',
              workflowRef: 'acme/app-evil/.github/workflows/release.yml@refs/tags/v1.2.3',
            }),
          ),
        ),
      ],
    }),
    expect: { codes: ['ID_REPO'] },
  },
  {
    id: 'D02',
    title: 'SAN https://github.com/evil/x/.github/workflows/acme/app/release.yml@refs/tags/v1.2.3',
    build: async (m) => ({
      bundles: [
        bundleFile(
          await m.golden(
            githubClaims({
              jobWorkflowRef: 'evil/x/.github/workflows/acme/app/release.yml@refs/tags/v1.2.3',
            }),
          ),
        ),
      ],
      policy: { ...POLICY, 'signer-workflow': 'acme/app/.github/workflows/release.yml' },
    }),
    expect: { codes: ['ID_SIGNER'] },
  },
  ...['releaseXyml', 'release.yml-evil.yml', 'release.yml.bak'].map((file, i): Case => ({
    id: `D03.${i + 1}`,
    title: `expected release.yml, certificate ${file}`,
    build: async (m) => ({
      bundles: [
        bundleFile(
          await m.golden(
            githubClaims({ workflowRef: `acme/app/.github/workflows/${file}@refs/tags/v1.2.3` }),
          ),
        ),
      ],
      policy: { ...POLICY, 'signer-workflow': 'acme/app/.github/workflows/release.yml' },
    }),
    expect: { codes: ['ID_SIGNER'] },
  })),
  {
    id: 'D04',
    title: 'policy Acme/App, certificate acme/app (ASCII case-insensitive)',
    build: async (m) => ({ bundles: [bundleFile(await m.golden())], policy: { repo: 'Acme/App' } }),
    expect: 'accept',
  },
  {
    id: 'D05',
    title: 'certificate owner spelled with U+212A KELVIN SIGN (policy acme/kit)',
    build: async (m) => ({
      bundles: [
        bundleFile(
          await m.golden(
            githubClaims({
              repository: 'acme/\u212Ait',
              workflowRef: 'acme/\u212Ait/.github/workflows/release.yml@refs/tags/v1.2.3',
            }),
          ),
        ),
      ],
      policy: { repo: 'acme/kit' },
    }),
    expect: {
      codes: ['ID_CONFLICT'],
      deviation:
        'a repository name outside GitHub grammar is refused when the certificate is read (issue 10: exact identity parsing), before any policy comparison',
    },
  },
  ...[
    'github.com/acme/app',
    'https://github.com/acme/app/',
    'https://github.com/acme/app.git',
    'git+https://github.com/acme/app',
  ].map((repo, i): Case => ({
    id: `D06.${i + 1}`,
    title: `policy given as ${repo}`,
    build: async (m) => ({ bundles: [bundleFile(await m.golden())], policy: { repo } }),
    expect: 'accept',
  })),
  ...[
    'https://github.com.evil.io/acme/app',
    'https://u@github.com/acme/app',
    'http://github.com/acme/app',
    'acme%2Fapp',
    'acme/app/extra',
  ].map((repo, i): Case => ({
    id: `D07.${i + 1}`,
    title: `policy repo ${repo} is invalid`,
    build: async (m) => ({ bundles: [bundleFile(await m.golden())], policy: { repo } }),
    expect: { codes: ['POLICY_INVALID'], exit: 2 },
  })),
  ...[
    'https://token.actions.githubusercontent.com.evil.io',
    'https://token.actions.githubusercontent.com/enterprise-slug',
  ].map((issuer, i): Case => ({
    id: `D08.${i + 1}`,
    title: `certificate issuer ${issuer}`,
    build: async (m) => ({ bundles: [bundleFile(await m.golden(githubClaims({ issuer })))] }),
    expect: { codes: ['ID_ISSUER'] },
  })),
  {
    id: 'D09.1',
    title: 'signer pinned to a shared builder; attestation from evil/app calling it',
    build: async (m) => ({
      bundles: [
        bundleFile(
          await m.golden(
            githubClaims({
              ...EVIL,
              jobWorkflowRef: 'org/builder/.github/workflows/build.yml@refs/tags/v1.2.3',
            }),
          ),
        ),
      ],
      policy: {
        repo: 'acme/app',
        'signer-workflow': 'org/builder/.github/workflows/build.yml@refs/tags/v1.2.3',
      },
    }),
    expect: { codes: ['ID_REPO'] },
  },
  {
    id: 'D09.2',
    title: 'a policy naming only the signer workflow (no source repository)',
    build: async (m) => ({
      bundles: [bundleFile(await m.golden())],
      policy: { 'signer-workflow': 'org/builder/.github/workflows/build.yml' },
    }),
    expect: { codes: ['POLICY_INVALID'], exit: 2 },
  },
  {
    id: 'D10.1',
    title: 'reusable workflow; policy expects the caller as signer',
    build: async (m) => ({
      bundles: [
        bundleFile(
          await m.golden(
            githubClaims({
              jobWorkflowRef: 'acme/shared/.github/workflows/build.yml@refs/tags/v1.0.0',
            }),
          ),
        ),
      ],
      policy: { ...POLICY, 'signer-workflow': 'acme/app/.github/workflows/release.yml' },
    }),
    expect: { codes: ['ID_SIGNER'] },
  },
  {
    id: 'D10.2',
    title: 'reusable workflow; policy names signer and caller',
    build: async (m) => ({
      bundles: [
        bundleFile(
          await m.golden(
            githubClaims({
              jobWorkflowRef: 'acme/shared/.github/workflows/build.yml@refs/tags/v1.0.0',
            }),
          ),
        ),
      ],
      policy: {
        ...POLICY,
        'signer-workflow': 'acme/shared/.github/workflows/build.yml',
        'caller-workflow': '.github/workflows/release.yml',
      },
    }),
    expect: 'accept',
  },
  {
    id: 'D11',
    title: 'signer pinned to release.yml; certificate ci.yml on a PR branch',
    build: async (m) => ({
      bundles: [
        bundleFile(
          await m.golden(
            githubClaims({
              ref: 'refs/heads/pr-branch',
              workflowRef: 'acme/app/.github/workflows/ci.yml@refs/heads/pr-branch',
            }),
          ),
        ),
      ],
      policy: { ...POLICY, 'signer-workflow': 'acme/app/.github/workflows/release.yml' },
    }),
    expect: { codes: ['ID_SIGNER'] },
  },
  {
    id: 'D12',
    title: 'policy tag v1.2.3; certificate ref refs/heads/v1.2.3',
    build: async (m) => ({
      bundles: [
        bundleFile(
          await m.golden(
            githubClaims({
              ref: 'refs/heads/v1.2.3',
              workflowRef: 'acme/app/.github/workflows/release.yml@refs/heads/v1.2.3',
            }),
          ),
        ),
      ],
      policy: { ...POLICY, 'source-tag': 'v1.2.3' },
    }),
    expect: { codes: ['ID_REF'] },
  },
  ...(
    [
      ['source-tag v1 vs refs/tags/v1.2.3', 'refs/tags/v1.2.3', { 'source-tag': 'v1' }, false],
      ['versioned v1 accepts v1.2.3', 'refs/tags/v1.2.3', { 'source-versioned-tag': 'v1' }, true],
      [
        'versioned v1 rejects v10.0.0',
        'refs/tags/v10.0.0',
        { 'source-versioned-tag': 'v1' },
        false,
      ],
      [
        'versioned v1 rejects v1-evil',
        'refs/tags/v1-evil',
        { 'source-versioned-tag': 'v1' },
        false,
      ],
      [
        'versioned v1 rejects v1.2.3-rc.1',
        'refs/tags/v1.2.3-rc.1',
        { 'source-versioned-tag': 'v1' },
        false,
      ],
    ] as const
  ).map(([what, ref, policy, ok], i): Case => ({
    id: `D13.${i + 1}`,
    title: what,
    build: async (m) => ({
      bundles: [
        bundleFile(
          await m.golden(
            githubClaims({ ref, workflowRef: `acme/app/.github/workflows/release.yml@${ref}` }),
          ),
        ),
      ],
      policy: { ...POLICY, ...policy },
    }),
    expect: ok ? 'accept' : { codes: ['ID_REF'] },
  })),
  {
    id: 'D14',
    title: 'SAN …/release.yml@refs/heads/x@refs/tags/v1.2.3 (a branch named x@refs/tags/v1.2.3)',
    build: async (m) => ({
      bundles: [
        bundleFile(
          await m.golden(
            githubClaims({
              ref: 'refs/heads/x@refs/tags/v1.2.3',
              workflowRef: 'acme/app/.github/workflows/release.yml@refs/heads/x@refs/tags/v1.2.3',
            }),
          ),
        ),
      ],
      policy: { ...POLICY, 'source-tag': 'v1.2.3' },
    }),
    expect: { codes: ['ID_REF'] },
  },
  {
    id: 'D15',
    title: 'pull_request_target on refs/heads/main; triggers push, release',
    build: async (m) => ({
      bundles: [
        bundleFile(
          await m.golden(
            githubClaims({
              eventName: 'pull_request_target',
              ref: 'refs/heads/main',
              workflowRef: 'acme/app/.github/workflows/release.yml@refs/heads/main',
            }),
          ),
        ),
      ],
      policy: { ...POLICY, trigger: ['push', 'release'] },
    }),
    expect: { codes: ['ID_TRIGGER'] },
  },
  {
    id: 'D16.1',
    title: 'workflow_dispatch on refs/heads/feature with a tags-only policy',
    build: async (m) => ({
      bundles: [
        bundleFile(
          await m.golden(
            githubClaims({
              eventName: 'workflow_dispatch',
              ref: 'refs/heads/feature',
              workflowRef: 'acme/app/.github/workflows/release.yml@refs/heads/feature',
            }),
          ),
        ),
      ],
      policy: { ...POLICY, 'source-versioned-tag': 'v1' },
    }),
    expect: { codes: ['ID_REF'] },
  },
  {
    id: 'D16.2',
    title: 'dispatch allowed, but the recorded inputs differ from the required ones (re-signed)',
    build: async (m) => {
      const claims = githubClaims({ eventName: 'workflow_dispatch' });
      const statement = v1([SUBJECT], claims, {
        predicate: { buildDefinition: { externalParameters: { inputs: { dry_run: 'true' } } } },
      });
      return {
        bundles: [bundleFile(await m.sign(statement, claims))],
        policy: { ...POLICY, 'workflow-input': ['dry_run=false'] },
      };
    },
    expect: {
      codes: ['ID_INPUTS'],
      deviation:
        'inputs have their own code; PROVENANCE_MISMATCH is kept for predicate facts that contradict the certificate',
    },
  },
  {
    id: 'D17.1',
    title: 'self-hosted runner, default policy',
    build: async (m) => ({
      bundles: [bundleFile(await m.golden(githubClaims({ runnerEnvironment: 'self-hosted' })))],
    }),
    expect: { codes: ['ID_RUNNER'] },
  },
  {
    id: 'D17.2',
    title: 'runner environment not recorded, default policy',
    build: async (m) => ({
      bundles: [bundleFile(await m.golden(githubClaims({ runnerEnvironment: undefined })))],
    }),
    expect: { codes: ['ID_RUNNER'] },
  },
  {
    id: 'D18.1',
    title: 'repository id differs from the pin',
    build: async (m) => ({
      bundles: [bundleFile(await m.golden(githubClaims({ repositoryId: '999' })))],
      policy: { ...POLICY, 'repo-id': '111' },
    }),
    expect: { codes: ['ID_REPO_ID'] },
  },
  {
    id: 'D18.2',
    title: 'ids pinned but absent from the certificate',
    build: async (m) => ({
      bundles: [
        bundleFile(
          await m.golden(githubClaims({ repositoryId: undefined, repositoryOwnerId: undefined })),
        ),
      ],
      policy: { ...POLICY, 'repo-id': '111', 'owner-id': '222' },
    }),
    expect: { codes: ['ID_REPO_ID'] },
  },
  {
    id: 'D19',
    title: 'predicate says acme/app, certificate says evil/app (signed by the evil identity)',
    build: async (m) => ({
      bundles: [bundleFile(await m.sign(v1([SUBJECT], githubClaims()), EVIL))],
    }),
    expect: { codes: ['ID_REPO', 'PROVENANCE_MISMATCH'] },
  },
  {
    id: 'D20',
    title: 'no repo, owner or identity: a signature-only request',
    build: async (m) => ({ bundles: [bundleFile(await m.golden())], policy: {} }),
    expect: { codes: ['POLICY_INVALID'], exit: 2 },
  },

  // ---------------------------------------------------------------- E. retrieval and aggregation (offline parts)
  ...(
    [
      ['an empty bundle file', ''],
      ['{"attestations":[]}', '{"attestations":[]}'],
      ['whitespace only', ' \n\t\n'],
      ['JSON Lines of blank lines', '\n\n\n'],
    ] as const
  ).map(([what, text], i): Case => ({
    id: `E01.${i + 1}`,
    title: what,
    build: () => Promise.resolve({ bundles: [raw('att.jsonl', text)] }),
    expect: { codes: ['NO_ATTESTATION'] },
  })),
  {
    id: 'E02',
    title: 'only attestations of another predicate type',
    build: async (m) => ({
      bundles: [
        bundleFile(
          await m.sign(
            inTotoStatement([SUBJECT], 'https://spdx.dev/Document', { spdxVersion: 'SPDX-2.3' }),
          ),
        ),
      ],
    }),
    expect: { codes: ['NO_ATTESTATION', 'PREDICATE_TYPE'] },
  },
  {
    id: 'E03',
    title: 'two attestations: the first fails identity, the second is valid',
    build: async (m) => ({
      bundles: [bundleFile(await m.golden(EVIL), '1.json'), bundleFile(await m.golden(), '2.json')],
    }),
    expect: 'accept',
  },
  {
    id: 'E04',
    title: 'one attestation has the identity, another the subject: none has both',
    build: async (m) => ({
      bundles: [
        bundleFile(
          await m.golden(githubClaims(), [sha256Subject('other', Buffer.from('other'))]),
          'identity.json',
        ),
        bundleFile(await m.golden(EVIL), 'subject.json'),
      ],
    }),
    expect: { codes: ['SUBJECT', 'ID_REPO'] },
  },
  {
    id: 'E05',
    title: 'no artifact at all',
    build: async (m) => ({ artifacts: [], bundles: [bundleFile(await m.golden())] }),
    expect: { codes: ['USAGE'], exit: 2 },
  },
  {
    id: 'E06',
    title: 'three artifacts, the second tampered',
    build: async (m) => {
      const names = ['a.bin', 'b.bin', 'c.bin'];
      const artifacts = names.map((name) => ({ name, bytes: Buffer.from(`artifact ${name}`) }));
      const b = await m.golden(
        githubClaims(),
        artifacts.map((a) => sha256Subject(a.name, a.bytes)),
      );
      const tampered = artifacts.map((a, i) =>
        i === 1 ? { ...a, bytes: Buffer.from('tampered') } : a,
      );
      return { artifacts: tampered, bundles: [bundleFile(b)] };
    },
    expect: { codes: ['SUBJECT'] },
  },

  // ---------------------------------------------------------------- F. malformed and hostile input
  ...(
    [
      ['truncated JSON', '{"mediaType":"application/vnd.dev.sigstore.bundle.v0.3+json","verif'],
      [
        'a UTF-8 BOM before the JSON',
        '\uFEFF{"mediaType":"application/vnd.dev.sigstore.bundle.v0.3+json"}',
      ],
      ['UTF-16', Buffer.from('{"mediaType":"x"}', 'utf16le')],
      ['NUL bytes', Buffer.from([0, 0, 0, 0])],
      ['random binary', Buffer.from(Array.from({ length: 64 }, (_, i) => (i * 37 + 11) % 256))],
      ['an HTML error page', '<!DOCTYPE html><html><body>502 Bad Gateway</body></html>'],
    ] as const
  ).map(([what, bytes], i): Case => ({
    id: `F01.${i + 1}`,
    title: what,
    build: () => Promise.resolve({ bundles: [raw('att.json', bytes)] }),
    expect: { codes: ['MALFORMED'] },
  })),
  ...(
    [
      undefined,
      'application/json',
      'application/vnd.dev.sigstore.bundle.v0.4+json',
      'application/vnd.dev.sigstore.bundle+json;version=garbage',
    ] as const
  ).map((mediaType, i): Case => ({
    id: `F02.${i + 1}`,
    title: `mediaType ${String(mediaType)}`,
    build: async (m) => {
      const b = (await m.golden()) as Record<string, unknown>;
      if (mediaType === undefined) delete b.mediaType;
      else b.mediaType = mediaType;
      return { bundles: [json('att.json', b)] };
    },
    expect: { codes: ['MEDIA_TYPE'] },
  })),
  {
    id: 'F03.1',
    title: 'no verificationMaterial',
    build: async (m) => {
      const b = (await m.golden()) as Record<string, unknown>;
      delete b.verificationMaterial;
      return { bundles: [json('att.json', b)] };
    },
    expect: { codes: ['BUNDLE_SHAPE'] },
  },
  {
    id: 'F03.2',
    title: 'no content (neither DSSE nor message signature)',
    build: async (m) => {
      const b = (await m.golden()) as Record<string, unknown>;
      delete b.dsseEnvelope;
      return { bundles: [json('att.json', b)] };
    },
    expect: { codes: ['BUNDLE_SHAPE'] },
  },
  {
    id: 'F03.3',
    title: 'an empty certificate chain (v0.2)',
    build: async (m) => {
      const b = (await m.golden()) as Record<string, any>;
      b.mediaType = 'application/vnd.dev.sigstore.bundle+json;version=0.2';
      delete b.verificationMaterial.certificate;
      b.verificationMaterial.x509CertificateChain = { certificates: [] };
      return { bundles: [json('att.json', b)] };
    },
    expect: { codes: ['BUNDLE_SHAPE'] },
  },
  {
    id: 'F03.4',
    title: 'signature that is not base64',
    build: async (m) => {
      const b = await m.golden();
      const sig = b.dsseEnvelope?.signatures[0];
      if (sig) sig.sig = '***not base64***';
      return { bundles: [bundleFile(b)] };
    },
    expect: { codes: ['MALFORMED'] },
  },
  {
    id: 'F04.1',
    title: 'a bundle file one byte over 16 MiB',
    build: () =>
      Promise.resolve({ bundles: [raw('big.json', Buffer.alloc(16 * 1024 * 1024 + 1, 0x20))] }),
    expect: { codes: ['LIMIT'] },
  },
  {
    id: 'F04.2',
    title: '33 tlog entries',
    build: async (m) => {
      const b = await m.golden();
      b.verificationMaterial.tlogEntries = Array.from({ length: 33 }, () => clone(tlog0(b)));
      return { bundles: [bundleFile(b)] };
    },
    expect: { codes: ['LIMIT'] },
  },
  {
    id: 'F04.3',
    title: '33 RFC 3161 timestamps',
    build: async (m) => {
      const b = await m.golden();
      const ts = b.verificationMaterial.timestampVerificationData?.rfc3161Timestamps[0];
      if (ts === undefined) throw new Error('no timestamp');
      b.verificationMaterial.timestampVerificationData = {
        rfc3161Timestamps: Array.from({ length: 33 }, () => ts),
      };
      return { bundles: [bundleFile(b)] };
    },
    expect: { codes: ['LIMIT'] },
  },
  {
    id: 'F04.4',
    title: '1025 subjects (re-signed)',
    build: async (m) => ({
      bundles: [
        bundleFile(
          await m.golden(githubClaims(), [
            SUBJECT,
            ...Array.from({ length: 1024 }, (_, i) =>
              sha256Subject(`f${i}`, Buffer.from(String(i))),
            ),
          ]),
        ),
      ],
    }),
    expect: { codes: ['LIMIT'] },
  },
  {
    id: 'F04.5',
    title: '33 digests in one subject (re-signed)',
    build: async (m) => {
      const digest: Record<string, string> = { ...SUBJECT.digest };
      for (let i = 0; i < 32; i++) digest[`alg${i}`] = 'ab'.repeat(32);
      return {
        bundles: [bundleFile(await m.golden(githubClaims(), [{ name: ARTIFACT.name, digest }]))],
      };
    },
    expect: { codes: ['LIMIT'] },
  },
  {
    id: 'F04.6',
    title: '101 attestations in one JSON Lines file',
    build: async (m) => {
      const line = JSON.stringify(await m.golden());
      return {
        bundles: [raw('many.jsonl', `${Array.from({ length: 101 }, () => line).join('\n')}\n`)],
      };
    },
    expect: { codes: ['LIMIT'] },
  },
  {
    id: 'F05.1',
    title: '100,000-deep nested arrays in the predicate (re-signed)',
    build: async (m) => {
      const text = JSON.stringify(v1()).replace(
        '"predicate":{',
        `"predicate":{"deep":${'['.repeat(100_000)}${']'.repeat(100_000)},`,
      );
      return { bundles: [bundleFile(await m.sign(Buffer.from(text)))] };
    },
    expect: { codes: ['LIMIT'] },
  },
  {
    id: 'F05.2',
    title: 'a 10 MB string in the predicate (re-signed)',
    build: async (m) => ({
      bundles: [
        bundleFile(
          await m.sign(
            v1([SUBJECT], githubClaims(), { predicate: { junk: 'x'.repeat(10 * 1024 * 1024) } }),
          ),
        ),
      ],
    }),
    expect: { codes: ['LIMIT'] },
  },
  ...(
    [
      ['whitespace inside the payload base64', (p: string) => `${p.slice(0, 20)}\n${p.slice(20)}`],
      ['the URL-safe alphabet', (p: string) => p.replace(/\+/g, '-').replace(/\//g, '_')],
      ['missing padding', (p: string) => p.replace(/=+$/, '')],
    ] as const
  ).map(([what, edit], i): Case => ({
    id: `F06.${i + 1}`,
    title: `payload with ${what}`,
    build: async (m) => {
      // A payload whose base64 has '+', '/' and padding, so each edit really changes it.
      const b = await m.sign(Buffer.from(`${JSON.stringify(v1())}\n~~?>>`));
      if (b.dsseEnvelope) b.dsseEnvelope.payload = edit(b.dsseEnvelope.payload);
      return { bundles: [bundleFile(b)] };
    },
    expect: { codes: ['MALFORMED'] },
  })),
  // ---------------------------------------------------------------- X. beyond the catalogue: every other reason code
  {
    id: 'X01',
    title:
      'legacy envelope (certificate beside the signature, no log entry): indeterminate, exit 3',
    build: async (m) => {
      const b = await m.golden();
      const der = b.verificationMaterial.certificate?.rawBytes ?? '';
      const pem = `-----BEGIN CERTIFICATE-----\n${der.match(/.{1,64}/g)?.join('\n') ?? ''}\n-----END CERTIFICATE-----\n`;
      const env = b.dsseEnvelope;
      if (env === undefined) throw new Error('no DSSE');
      return {
        bundles: [
          raw(
            'att.intoto.jsonl',
            `${JSON.stringify({ ...env, signatures: [{ keyid: '', sig: env.signatures[0]?.sig ?? '', cert: pem }] })}\n`,
          ),
        ],
      };
    },
    expect: { codes: ['TLOG_LOOKUP_NEEDED'], exit: 3 },
  },
  {
    id: 'X02',
    title: 'cert-identity names another workflow',
    build: async (m) => ({
      bundles: [bundleFile(await m.golden())],
      policy: {
        'cert-identity': 'https://github.com/acme/app/.github/workflows/other.yml@refs/tags/v1.2.3',
      },
    }),
    expect: { codes: ['ID_SAN'] },
  },
  {
    id: 'X03',
    title: 'owner policy, certificate from another owner',
    build: async (m) => ({
      bundles: [bundleFile(await m.golden(EVIL))],
      policy: { owner: 'acme' },
    }),
    expect: { codes: ['ID_OWNER'] },
  },
  {
    id: 'X04',
    title: 'caller workflow other than the one that ran',
    build: async (m) => ({
      bundles: [bundleFile(await m.golden())],
      policy: { ...POLICY, 'caller-workflow': '.github/workflows/ci.yml' },
    }),
    expect: { codes: ['ID_CALLER'] },
  },
  {
    id: 'X05',
    title: 'source commit other than the one built',
    build: async (m) => ({
      bundles: [bundleFile(await m.golden())],
      policy: { ...POLICY, 'source-digest': 'f'.repeat(40) },
    }),
    expect: { codes: ['ID_COMMIT'] },
  },
  {
    id: 'X06',
    title: 'builder id other than the signer',
    build: async (m) => ({
      bundles: [bundleFile(await m.golden())],
      policy: {
        ...POLICY,
        'builder-id': 'https://github.com/acme/app/.github/workflows/other.yml',
      },
    }),
    expect: { codes: ['ID_BUILDER'] },
  },
];

/**
 * Catalogue cases tested elsewhere, or not yet applicable, each with where and why. Together with
 * CASES they cover every ID of sections A–F.
 */
const ELSEWHERE: Record<string, string> = {
  A20: 'message signature whose digest is not the artifact: test/cli.e2e.test.ts, verify-bundle "exit 1 with another artifact" (the action and verify take attestations, and refuse message signatures as A19)',
  E07: 'forced internal exception: test/cli.e2e.test.ts "exit 4" (preload) and test/action.e2e.test.ts "an unexpected exception fails the step"',
  E08: 'API 5xx, timeouts, DNS: test/github-source.test.ts "5xx then success", "keeps failing", "never answers", "a name that does not resolve" (NETWORK, exit 3; the built CLI and action too); test/http.test.ts for the retry arithmetic',
  E09: 'rate limits: test/github-source.test.ts "429 with retry-after", "a rate limit past the budget" (NETWORK, exit 3); test/http.test.ts for x-ratelimit-reset',
  E10: 'test/github-source.test.ts "bundle_url bodies ... without the token", "a redirect to another host keeps the token at home", "a redirect to plain http is refused", "an oversized body" (LIMIT)',
  E11: 'soft-fail still says unverified: test/action.e2e.test.ts "fail-on-error: false"',
};

/** Reason codes that no adversarial case here reaches, with where they are reached. */
const CODES_ELSEWHERE: Record<string, string> = {
  TRUST_ROOT_UNAVAILABLE: 'test/cli.e2e.test.ts "exit 3: TUF refresh from an unreachable mirror"',
  NETWORK:
    'the network sources: test/github-source.test.ts, npm-source, pypi-source, rekor-source (E08-E10)',
  INTERNAL: 'E07 (see ELSEWHERE)',
  ID_PUBLISHER:
    'PyPI publishers other than GitHub: test/evidence-kinds.test.ts "a GitHub policy refuses it with the real reason first"',
  LOCKFILE_INTEGRITY: 'test/deps.test.ts (the deps command against a local registry and index)',
  TRUST_LEVEL: 'test/deps.test.ts',
  DOWNGRADE: 'test/deps.test.ts',
  PIN_MISMATCH: 'test/deps.test.ts',
  NOT_PINNED: 'test/deps.test.ts',
  NOT_FROM_REGISTRY: 'test/deps.test.ts',
};

let instance: TestInstance;
let other: TestInstance;
let work: string;
const scenarios = new Map<string, Scenario>();

beforeAll(async () => {
  instance = await createTestInstance();
  other = await createTestInstance();
  work = mkdtempSync(join(tmpdir(), 'vp-catalogue-'));
  const m: Minter = {
    root: instance.trustedRoot,
    other,
    sign: (statement, claims = githubClaims(), payloadType) =>
      instance.signDsse(
        Buffer.isBuffer(statement) ? statement : statementBytes(statement),
        claims,
        payloadType === undefined ? {} : { payloadType },
      ),
    golden: (claims = githubClaims(), subjects = [SUBJECT]) =>
      instance.signDsse(statementBytes(slsaV1Statement(subjects, claims)), claims),
    message: (bytes, claims = githubClaims()) => instance.signMessage(bytes, claims),
  };
  for (const c of CASES) {
    const built = await c.build(m);
    scenarios.set(c.id, {
      artifacts: built.artifacts ?? [ARTIFACT],
      bundles: built.bundles,
      policy: built.policy ?? POLICY,
      root: built.root ?? instance.trustedRoot,
      ...(built.digests === undefined ? {} : { digests: built.digests }),
    });
  }
}, 120_000);

afterAll(() => {
  instance.close();
  other.close();
});

function check(entry: Entry, outcome: Outcome, expected: Expected): void {
  const context = `${entry}: exit ${outcome.exit}, codes ${outcome.codes.join(',')}\n${outcome.detail}`;
  if (expected === 'accept') {
    expect(outcome.exit, context).toBe(0);
    expect(outcome.codes, context).toEqual([]);
    return;
  }
  for (const code of expected.codes) expect(outcome.codes, context).toContain(code);
  // The action has two exits: pass or fail. The core and the CLI say which kind of failure.
  expect(outcome.exit, context).toBe(entry === 'action' ? 1 : (expected.exit ?? 1));
}

describe('security catalogue A–F through the core, the built CLI and the built action', () => {
  it('has every case of the catalogue sections A–F that can be checked offline', () => {
    const ids = new Set(CASES.map((c) => c.id.split('.')[0]));
    const wanted = [
      ...Array.from({ length: 19 }, (_, i) => `A${String(i + 1).padStart(2, '0')}`),
      ...Array.from({ length: 15 }, (_, i) => `B${String(i + 1).padStart(2, '0')}`),
      ...Array.from({ length: 10 }, (_, i) => `C${String(i + 1).padStart(2, '0')}`),
      ...Array.from({ length: 20 }, (_, i) => `D${String(i + 1).padStart(2, '0')}`),
      ...['E01', 'E02', 'E03', 'E04', 'E05', 'E06'],
      ...Array.from({ length: 6 }, (_, i) => `F0${i + 1}`),
    ];
    wanted.push('A20', 'E07', 'E08', 'E09', 'E10', 'E11');
    expect(wanted.filter((id) => !ids.has(id) && ELSEWHERE[id] === undefined)).toEqual([]);
    expect(new Set(CASES.map((c) => c.id)).size).toBe(CASES.length);
  });

  it('every reason code is reached by an adversarial case (or said where it is)', () => {
    const reached = new Set(CASES.flatMap((c) => (c.expect === 'accept' ? [] : c.expect.codes)));
    const missing = Object.keys(REASON_CODES).filter(
      (code) => !reached.has(code as ReasonCode) && CODES_ELSEWHERE[code] === undefined,
    );
    expect(missing).toEqual([]);
  });

  it.concurrent.each(CASES.map((c) => [c.id, c.title, c] as const))(
    '%s %s',
    async (id, _title, c) => {
      const scenario = scenarios.get(id);
      if (scenario === undefined) throw new Error(`${id} was not built`);
      const files = writeScenario(join(work, id), scenario);
      const entries = c.entries ?? ALL_ENTRIES;
      const outcomes = await Promise.all(entries.map((e) => runEntry(e, scenario, files)));
      entries.forEach((entry, i) => check(entry, outcomes[i] as Outcome, c.expect));
    },
  );
});

// Issue 10, "fail closed, all the way down": each class of the issue as catalogue cases (H01-H08),
// minted by a throwaway CA whose certificates are rewritten byte for byte (exact OIDs, strings,
// critical flags, malformed DER) and re-signed, verified through a custom trusted root as a
// private Sigstore instance would be, through the core, the built CLI and the built action.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SerializedBundle } from '@sigstore/bundle';
import type { ReasonCode } from '../src/core/codes.js';
import {
  ALL_ENTRIES,
  runEntry,
  writeScenario,
  type Outcome,
  type PolicyFlags,
  type Scenario,
} from './support/catalogue-runner.js';
import {
  bmp,
  extension,
  extensionOid,
  ia5,
  oidContents,
  printable,
  tlv,
  utf8,
  type Node,
} from './support/der.js';
import {
  createTestInstance,
  githubClaims,
  sha256Subject,
  slsaV02GeneratorStatement,
  slsaV1Statement,
  statementBytes,
  type Patch,
  type TestInstance,
  type WorkflowClaims,
} from './support/mint.js';

const ARTIFACT = { name: 'app-1.2.3.tgz', bytes: Buffer.from('the hardening artifact\n') };
const SUBJECT = sha256Subject(ARTIFACT.name, ARTIFACT.bytes);
const POLICY: PolicyFlags = { repo: 'acme/app' };
const F = (n: number | string): string => `1.3.6.1.4.1.57264.1.${n}`;

type Transform = (extensions: Node[]) => Node[];
const set =
  (oid: string, value: Buffer, critical?: boolean): Transform =>
  (exts) =>
    exts.map((e) => (extensionOid(e) === oid ? extension(oid, value, critical) : e));
const add =
  (...nodes: Node[]): Transform =>
  (exts) => [...exts, ...nodes];
const drop =
  (...oids: string[]): Transform =>
  (exts) =>
    exts.filter((e) => !oids.includes(extensionOid(e)));
const replace =
  (oid: string, node: Node): Transform =>
  (exts) =>
    exts.map((e) => (extensionOid(e) === oid ? node : e));
const all =
  (...fns: Transform[]): Transform =>
  (exts) =>
    fns.reduce((acc, f) => f(acc), exts);

type Expected = 'accept' | { readonly codes: readonly ReasonCode[] };

type Case = {
  readonly id: string;
  readonly title: string;
  readonly transform?: Transform;
  readonly claims?: Partial<WorkflowClaims>;
  /** A patch of the SLSA v1 statement, or a whole statement. */
  readonly statement?: Patch | ((claims: WorkflowClaims) => object);
  readonly policy?: PolicyFlags;
  readonly expect: Expected;
};

const GENERATOR =
  'slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@refs/tags/v2.1.0';
const DELEGATOR =
  'slsa-framework/slsa-github-generator/.github/workflows/delegator_generic_slsa3.yml@refs/tags/v2.1.0';
const REF = 'refs/tags/v1.2.3';
const deps = (...uris: string[]): Patch => ({
  predicate: {
    buildDefinition: {
      resolvedDependencies: uris.map((uri) => ({ uri, digest: { gitCommit: githubClaims().sha } })),
    },
  },
});

const CASES: Case[] = [
  // 1. Extension OIDs match exactly: a longer OID is another extension, never the field.
  {
    id: 'H01.1',
    title: '1.12.0 names evil/app beside the real 1.12 (policy evil/app)',
    transform: add(extension(F('12.0'), utf8('https://github.com/evil/app'))),
    policy: { repo: 'evil/app' },
    expect: { codes: ['ID_REPO'] },
  },
  {
    id: 'H01.2',
    title:
      'the same certificate read for what it is (policy acme/app): the unknown extension is ignored',
    transform: add(extension(F('12.0'), utf8('https://github.com/evil/app'))),
    expect: 'accept',
  },
  {
    id: 'H01.3',
    title: '1.8.0 claims GitHub as issuer for a certificate of another issuer',
    claims: { issuer: 'https://token.actions.evil.example' },
    transform: add(extension(F('8.0'), utf8('https://token.actions.githubusercontent.com'))),
    expect: { codes: ['ID_ISSUER'] },
  },
  {
    id: 'H01.4',
    title: '1.14.1 claims the tag the policy wants',
    transform: add(extension(F('14.1'), utf8('refs/tags/v9.9.9'))),
    policy: { ...POLICY, 'source-tag': 'v9.9.9' },
    expect: { codes: ['ID_REF'] },
  },
  {
    id: 'H01.5',
    title: '1.11.0 claims a GitHub-hosted runner for a self-hosted build',
    claims: { runnerEnvironment: 'self-hosted' },
    transform: add(extension(F('11.0'), utf8('github-hosted'))),
    expect: { codes: ['ID_RUNNER'] },
  },
  {
    id: 'H01.6',
    title: 'only 1.5.0 (deprecated repository, extended) names the repository',
    transform: all(
      drop(F(12), F(5), F(16), F(18), F(21)),
      add(extension(F('5.0'), Buffer.from('acme/app'))),
    ),
    expect: { codes: ['ID_REPO'] },
  },
  {
    id: 'H01.7',
    title: '1.12 with a BER-only (padded) OID encoding',
    transform: replace(
      F(12),
      extension({ tag: 0x06, value: oidContents(F(12), 8) }, utf8('https://github.com/acme/app')),
    ),
    expect: { codes: ['MALFORMED'] },
  },
  {
    id: 'H01.8',
    title: 'an extension OID whose last arc is truncated (reads as 1.12 when the tail is dropped)',
    transform: add(
      extension(
        { tag: 0x06, value: Buffer.concat([oidContents(F(12)), Buffer.from([0x81])]) },
        utf8('https://github.com/evil/app'),
      ),
    ),
    policy: { repo: 'evil/app' },
    expect: { codes: ['MALFORMED'] },
  },
  // 2. Source repository (1.12) and deprecated repository (1.5) exactly, or the attestation fails.
  ...[
    'https://github.com/acme/app/',
    'https://github.com/acme/app/extra',
    'https://github.com/acme/./app',
    'https://github.com/acme/../acme/app',
    'https://user@github.com/acme/app',
    'https://github.com:443/acme/app',
    'https://github.com/acme/app?x=1',
    'https://github.com/acme/app#readme',
    'https://gitlab.com/acme/app',
    'http://github.com/acme/app',
    'https://GitHub.com/acme/app',
    'https://github.com/acme/app.git/',
  ].map((uri, i): Case => ({
    id: `H02.${i + 1}`,
    title: `1.12 is ${uri}`,
    transform: set(F(12), utf8(uri)),
    expect: { codes: ['ID_CONFLICT'] },
  })),
  ...['acme/app/x', 'github.com/acme/app', 'acme/../app', 'acme'].map((repo, i): Case => ({
    id: `H02.${i + 13}`,
    title: `deprecated 1.5 is ${repo} (no 1.12)`,
    transform: all(drop(F(12)), set(F(5), Buffer.from(repo))),
    expect: { codes: ['ID_CONFLICT'] },
  })),
  // 3. Owner URI (1.16) exactly; with --owner, a repository on another host fails.
  ...[
    'https://github.com/acme/',
    'https://evil.com/acme',
    'https://github.com/acme/app',
    'https://github.com/evil',
  ].map((uri, i): Case => ({
    id: `H03.${i + 1}`,
    title: `1.16 is ${uri} (policy --owner acme)`,
    transform: set(F(16), utf8(uri)),
    policy: { owner: 'acme' },
    expect: { codes: ['ID_CONFLICT'] },
  })),
  {
    id: 'H03.5',
    title: '1.12 on another host, policy --owner acme',
    transform: set(F(12), utf8('https://evil.com/acme/app')),
    policy: { owner: 'acme' },
    expect: { codes: ['ID_CONFLICT'] },
  },
  // 4. Unhandled critical extensions fail (RFC 5280 §4.2).
  {
    id: 'H04.1',
    title: 'a private extension marked critical',
    transform: add(extension('1.3.6.1.4.1.99999.1', utf8('x'), true)),
    expect: { codes: ['CERT_CHAIN'] },
  },
  {
    id: 'H04.2',
    title: 'the Fulcio source repository extension marked critical',
    transform: set(F(12), utf8('https://github.com/acme/app'), true),
    expect: { codes: ['CERT_CHAIN'] },
  },
  {
    id: 'H04.3',
    title: 'name constraints marked critical',
    transform: add(extension('2.5.29.30', tlv(0x30, Buffer.alloc(0)), true)),
    expect: { codes: ['CERT_CHAIN'] },
  },
  {
    id: 'H04.4',
    title: 'the same private extension, not critical: ignored',
    transform: add(extension('1.3.6.1.4.1.99999.1', utf8('x'))),
    expect: 'accept',
  },
  // 5. Workflow and builder paths with dot or empty segments name no workflow.
  {
    id: 'H05.1',
    title: 'signer (SAN and 1.9) with a .. segment',
    claims: { jobWorkflowRef: `acme/app/.github/workflows/../workflows/release.yml@${REF}` },
    expect: { codes: ['ID_CONFLICT'] },
  },
  {
    id: 'H05.2',
    title: 'caller 1.18 with a . segment',
    transform: set(
      F(18),
      utf8(`https://github.com/acme/app/./.github/workflows/release.yml@${REF}`),
    ),
    expect: { codes: ['ID_CONFLICT'] },
  },
  {
    id: 'H05.3',
    title: 'signer with an empty segment',
    claims: { jobWorkflowRef: `acme/app/.github//workflows/release.yml@${REF}` },
    expect: { codes: ['ID_CONFLICT'] },
  },
  {
    id: 'H05.4',
    title: 'BYOB: the trusted delegator vouches for a builder path that climbs out with ..',
    claims: { jobWorkflowRef: DELEGATOR },
    statement: {
      predicate: {
        buildDefinition: {
          buildType: 'https://github.com/slsa-framework/slsa-github-generator/delegator-generic@v0',
          internalParameters: {},
        },
        runDetails: {
          builder: {
            id: 'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/../../../evil/builder/.github/workflows/b.yml@refs/tags/v1.0.0',
          },
        },
      },
    },
    expect: { codes: ['ID_BUILDER'] },
  },
  {
    id: 'H05.5',
    title: 'predicate workflow path with a .. segment',
    statement: {
      predicate: {
        buildDefinition: {
          externalParameters: {
            workflow: { path: '.github/workflows/../workflows/release.yml' },
          },
        },
      },
    },
    expect: { codes: ['PROVENANCE_MISMATCH'] },
  },
  // 6. The predicate agrees with the certificate on every source it names, host included.
  {
    id: 'H06.1',
    title: 'a non-git first dependency hides a git dependency on evil/app',
    statement: deps('https://example.com/tool.tgz', `git+https://github.com/evil/app@${REF}`),
    expect: { codes: ['PROVENANCE_MISMATCH'] },
  },
  {
    id: 'H06.2',
    title: 'a second git dependency on another host',
    statement: deps(
      `git+https://github.com/acme/app@${REF}`,
      `git+https://evil.com/acme/app@${REF}`,
    ),
    expect: { codes: ['PROVENANCE_MISMATCH'] },
  },
  ...[
    `git+https://github.com/acme/app/extra@${REF}`,
    `git+https://github.com:443/acme/app@${REF}`,
    `git+https://evil.com/acme/app@${REF}`,
    `git+http://github.com/acme/app@${REF}`,
    `GIT+https://github.com/acme/app@${REF}`,
  ].map((uri, i): Case => ({
    id: `H06.${i + 3}`,
    title: `the only dependency is ${uri}`,
    statement: deps(uri),
    expect: { codes: ['PROVENANCE_MISMATCH'] },
  })),
  ...['https://github.com/acme/app/x', 'https://evil.com/acme/app', 'acme/app'].map(
    (repo, i): Case => ({
      id: `H06.${i + 8}`,
      title: `externalParameters.workflow.repository is ${repo}`,
      statement: {
        predicate: { buildDefinition: { externalParameters: { workflow: { repository: repo } } } },
      },
      expect: { codes: ['PROVENANCE_MISMATCH'] },
    }),
  ),
  {
    id: 'H06.11',
    title: 'v0.2: configSource.uri on another host',
    claims: { jobWorkflowRef: GENERATOR },
    statement: (claims) =>
      slsaV02GeneratorStatement([SUBJECT], claims, {
        predicate: {
          invocation: { configSource: { uri: `git+https://evil.com/acme/app@${REF}` } },
        },
      }),
    expect: { codes: ['PROVENANCE_MISMATCH'] },
  },
  {
    id: 'H06.12',
    title: 'v0.2: a second material on evil/app',
    claims: { jobWorkflowRef: GENERATOR },
    statement: (claims) =>
      slsaV02GeneratorStatement([SUBJECT], claims, {
        predicate: {
          materials: [
            { uri: `git+https://github.com/acme/app@${REF}`, digest: { sha1: claims.sha } },
            { uri: `git+https://github.com/evil/app@${REF}`, digest: { sha1: claims.sha } },
          ],
        },
      }),
    expect: { codes: ['PROVENANCE_MISMATCH'] },
  },
  {
    id: 'H06.13',
    title:
      "v0.2: the generator's own code at its release tag beside the source (as real delegators list it)",
    claims: { jobWorkflowRef: GENERATOR },
    statement: (claims) =>
      slsaV02GeneratorStatement([SUBJECT], claims, {
        predicate: {
          materials: [
            { uri: `git+https://github.com/acme/app@${REF}`, digest: { sha1: claims.sha } },
            { uri: 'git+https://github.com/slsa-framework/slsa-github-generator@refs/tags/v2.1.0' },
          ],
        },
      }),
    expect: 'accept',
  },
  {
    id: 'H06.14',
    title: "v0.2: the generator's repository at another ref than the one that signed",
    claims: { jobWorkflowRef: GENERATOR },
    statement: (claims) =>
      slsaV02GeneratorStatement([SUBJECT], claims, {
        predicate: {
          materials: [
            { uri: `git+https://github.com/acme/app@${REF}`, digest: { sha1: claims.sha } },
            { uri: 'git+https://github.com/slsa-framework/slsa-github-generator@refs/heads/main' },
          ],
        },
      }),
    expect: { codes: ['PROVENANCE_MISMATCH'] },
  },
  // 8. Corrupted DER anywhere in the certificate is MALFORMED.
  {
    id: 'H08.1',
    title: 'an extension "OID" that is an OCTET STRING',
    transform: add(
      extension({ tag: 0x04, value: oidContents(F(12)) }, utf8('https://github.com/evil/app')),
    ),
    expect: { codes: ['MALFORMED'] },
  },
  {
    id: 'H08.2',
    title: 'an EKU purpose with the wrong tag',
    transform: set('2.5.29.37', tlv(0x30, tlv(0x04, oidContents('1.3.6.1.5.5.7.3.3')))),
    expect: { codes: ['MALFORMED'] },
  },
  {
    id: 'H08.3',
    title: 'key usage with the wrong tag',
    transform: set('2.5.29.15', tlv(0x04, Buffer.from([0x07, 0x80])), true),
    expect: { codes: ['MALFORMED'] },
  },
  {
    id: 'H08.4',
    title: 'a SAN holding a DNS name',
    transform: set('2.5.29.17', tlv(0x30, tlv(0x82, Buffer.from('github.com'))), true),
    expect: { codes: ['MALFORMED'] },
  },
  {
    id: 'H08.5',
    title: 'a SAN URI with a constructed tag (BER only)',
    transform: set(
      '2.5.29.17',
      tlv(
        0x30,
        tlv(
          0xa6,
          tlv(
            0x16,
            Buffer.from(`https://github.com/acme/app/.github/workflows/release.yml@${REF}`),
          ),
        ),
      ),
      true,
    ),
    expect: { codes: ['MALFORMED'] },
  },
  {
    id: 'H08.6',
    title: 'a SAN with two URIs',
    transform: set(
      '2.5.29.17',
      tlv(
        0x30,
        Buffer.concat([
          tlv(
            0x86,
            Buffer.from(`https://github.com/acme/app/.github/workflows/release.yml@${REF}`),
          ),
          tlv(
            0x86,
            Buffer.from(`https://github.com/evil/app/.github/workflows/release.yml@${REF}`),
          ),
        ]),
      ),
      true,
    ),
    expect: { codes: ['ID_CONFLICT'] },
  },
  ...(
    [
      ['IA5String', ia5('https://github.com/acme/app')],
      ['PrintableString', printable('acme')],
      ['BMPString', bmp('https://github.com/acme/app')],
    ] as const
  ).map(([kind, value], i): Case => ({
    id: `H08.${i + 7}`,
    title: `1.12 as a ${kind}`,
    transform: set(F(12), value),
    expect: { codes: ['MALFORMED'] },
  })),
  {
    id: 'H08.10',
    title: 'a critical flag explicitly FALSE (DER omits the default)',
    transform: replace(
      F(12),
      extension(F(12), utf8('https://github.com/acme/app'), { tag: 0x01, value: Buffer.from([0]) }),
    ),
    expect: { codes: ['MALFORMED'] },
  },
  {
    id: 'H08.11',
    title: 'a critical flag 0x01 (BER TRUE)',
    transform: replace(
      '2.5.29.37',
      extension('2.5.29.37', tlv(0x30, tlv(0x06, oidContents('1.3.6.1.5.5.7.3.3'))), {
        tag: 0x01,
        value: Buffer.from([1]),
      }),
    ),
    expect: { codes: ['MALFORMED'] },
  },
  {
    id: 'H08.12',
    title: 'an SCT list whose length lies',
    transform: add(
      extension('1.3.6.1.4.1.11129.2.4.2', tlv(0x04, Buffer.from([0x00, 0x30, 0x00, 0x01, 0x00]))),
    ),
    expect: { codes: ['MALFORMED'] },
  },
  {
    id: 'H08.13',
    title: 'an extension value that is not an OCTET STRING',
    transform: replace(
      F(12),
      extension(F(12), utf8('https://github.com/acme/app'), undefined, 0x0c),
    ),
    expect: { codes: ['MALFORMED'] },
  },
  {
    id: 'H08.14',
    title: 'an extension with a fourth field',
    transform: add({
      tag: 0x30,
      children: [
        ...(extension(F(99), utf8('x')).children ?? []),
        { tag: 0x05, value: Buffer.alloc(0) },
      ],
    }),
    expect: { codes: ['MALFORMED'] },
  },
];

let instance: TestInstance;
let work: string;
const scenarios = new Map<string, Scenario>();
const goodBundles = new Map<string, SerializedBundle>();

async function mint(c: Case): Promise<SerializedBundle> {
  // Every certificate here is rewritten (an unchanged one too), so all carry no SCT and verify
  // against the same root without CT logs.
  const claims = githubClaims({ ...(c.claims ?? {}), certTransform: c.transform ?? ((e) => e) });
  const statement =
    typeof c.statement === 'function'
      ? c.statement(claims)
      : slsaV1Statement([SUBJECT], claims, c.statement);
  return instance.signDsse(statementBytes(statement), claims);
}

beforeAll(async () => {
  instance = await createTestInstance();
  work = mkdtempSync(join(tmpdir(), 'vp-hardening-'));
  for (const c of CASES) {
    const bundle = await mint(c);
    scenarios.set(c.id, {
      artifacts: [ARTIFACT],
      bundles: [{ name: 'att.sigstore.json', bytes: Buffer.from(JSON.stringify(bundle)) }],
      policy: c.policy ?? POLICY,
      root: instance.trustedRootWithoutCt,
    });
    if (c.expect === 'accept') goodBundles.set(c.id, bundle);
  }
}, 180_000);

afterAll(() => instance.close());

function check(entry: string, outcome: Outcome, expected: Expected): void {
  const context = `${entry}: exit ${outcome.exit}, codes ${outcome.codes.join(',')}\n${outcome.detail}`;
  if (expected === 'accept') {
    expect(outcome.exit, context).toBe(0);
    expect(outcome.codes, context).toEqual([]);
    return;
  }
  for (const code of expected.codes) expect(outcome.codes, context).toContain(code);
  expect(outcome.exit, context).toBe(1);
}

describe('issue 10 classes through the core, the built CLI and the built action', () => {
  it('ids are unique', () => {
    expect(new Set(CASES.map((c) => c.id)).size).toBe(CASES.length);
  });

  it.concurrent.each(CASES.map((c) => [c.id, c.title, c] as const))('%s %s', async (id, _t, c) => {
    const scenario = scenarios.get(id);
    if (scenario === undefined) throw new Error(`${id} was not built`);
    const files = writeScenario(join(work, id), scenario);
    const outcomes = await Promise.all(ALL_ENTRIES.map((e) => runEntry(e, scenario, files)));
    ALL_ENTRIES.forEach((entry, i) => check(entry, outcomes[i] as Outcome, c.expect));
  });

  it('one corrupted certificate in a JSON Lines file does not hide the verdict of the others', async () => {
    const bad = JSON.stringify(await mint(CASES.find((c) => c.id === 'H08.2') as Case));
    const good = JSON.stringify(goodBundles.get('H01.2'));
    for (const [i, lines] of [
      [bad, good],
      [good, bad],
    ].entries()) {
      const scenario: Scenario = {
        artifacts: [ARTIFACT],
        bundles: [{ name: 'att.jsonl', bytes: Buffer.from(`${lines.join('\n')}\n`) }],
        policy: POLICY,
        root: instance.trustedRootWithoutCt,
      };
      const files = writeScenario(join(work, `jsonl-${i}`), scenario);
      const outcomes = await Promise.all(ALL_ENTRIES.map((e) => runEntry(e, scenario, files)));
      ALL_ENTRIES.forEach((entry, j) => check(entry, outcomes[j] as Outcome, 'accept'));
    }
  });
});

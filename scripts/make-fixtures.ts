// Mint the committed test fixtures with ONE throwaway CA / CT log / Rekor log / TSA.
// Usage: npm run fixtures. Regenerating replaces every generated file (new keys, new times).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import {
  GENERATOR_GENERIC_REF,
  IN_TOTO_PAYLOAD_TYPE,
  createTestInstance,
  fakeSha,
  githubClaims,
  inTotoStatement,
  sha256Subject,
  signerUri,
  sigstoreVerify,
  slsaV02GeneratorStatement,
  slsaV1Statement,
  statementBytes,
  type SerializedBundle,
  type Statement,
  type Subject,
  type WorkflowClaims,
} from '../test/support/mint.js';

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const SBOM_TYPE = 'https://spdx.dev/Document';
const COMMIT_B = fakeSha('acme/other predicate commit');

/** Deterministic, recognisable artifact bytes: a text line, then a sha256 counter stream. */
function artifactBytes(name: string, size = 320): Buffer {
  const head = Buffer.from(`verify-provenance test artifact ${name}\n`);
  const blocks: Buffer[] = [head];
  for (let i = 0; Buffer.concat(blocks).length < size; i++) {
    blocks.push(createHash('sha256').update(`${name}#${i}`).digest());
  }
  return Buffer.concat(blocks).subarray(0, size);
}

/** A one-file ustar archive, gzipped: a real, deterministic .tar.gz. */
function tarGz(path: string, content: string, mtime: number): Buffer {
  const body = Buffer.from(content);
  const header = Buffer.alloc(512);
  const put = (offset: number, length: number, value: string): void => {
    header.write(value.slice(0, length), offset, 'ascii');
  };
  const octal = (value: number, length: number): string =>
    value.toString(8).padStart(length - 1, '0');
  put(0, 100, path);
  put(100, 8, octal(0o644, 8));
  put(108, 8, octal(0, 8));
  put(116, 8, octal(0, 8));
  put(124, 12, octal(body.length, 12));
  put(136, 12, octal(mtime, 12));
  put(148, 8, '        ');
  put(156, 1, '0');
  put(257, 8, 'ustar\u000000');
  put(265, 32, 'root');
  put(297, 32, 'root');
  const checksum = header.reduce((sum, byte) => sum + byte, 0);
  put(148, 8, `${octal(checksum, 7)}\u0000 `);
  const padding = Buffer.alloc((512 - (body.length % 512)) % 512);
  return gzipSync(Buffer.concat([header, body, padding, Buffer.alloc(1024)]), { level: 9 });
}

const ARTIFACTS: Record<string, Buffer> = {
  'app-1.2.3.tgz': artifactBytes('app-1.2.3.tgz'),
  'app-linux': artifactBytes('app-linux', 400),
  'app-darwin': artifactBytes('app-darwin', 400),
  'app-windows': artifactBytes('app-windows', 400),
  'not-attested.bin': artifactBytes('not-attested.bin', 256),
};
const DEMO_NAME = 'hello-1.0.0.tar.gz';
const DEMO = tarGz(
  'hello-1.0.0/README',
  'hello 1.0.0\nA tiny release for the README demo.\n',
  1767225600,
);

interface FixtureSpec {
  name: string;
  /** Output file, relative to fixtures/. */
  file: string;
  /** Artifact paths relative to fixtures/, subjects in this order. */
  artifacts: string[];
  claims: WorkflowClaims;
  note: string;
  /** Statement to sign as DSSE; absent for a messageSignature bundle. */
  statement?: (subjects: Subject[], claims: WorkflowClaims) => Statement;
}

const app = ['artifacts/app-1.2.3.tgz'];
const onMain = {
  ref: 'refs/heads/main',
  sha: fakeSha('acme/app main'),
  workflowRef: 'acme/app/.github/workflows/release.yml@refs/heads/main',
  workflowSha: fakeSha('acme/app main'),
};
const bundle = (name: string): string => `bundles/${name}.sigstore.json`;

const SPECS: FixtureSpec[] = [
  {
    name: 'in-repo-tag',
    file: bundle('in-repo-tag'),
    artifacts: app,
    claims: githubClaims(),
    note: 'The baseline: acme/app release.yml on refs/tags/v1.2.3, push, github-hosted, SLSA v1.',
    statement: slsaV1Statement,
  },
  {
    name: 'in-repo-branch-dispatch',
    file: bundle('in-repo-branch-dispatch'),
    artifacts: app,
    claims: githubClaims({ ...onMain, eventName: 'workflow_dispatch' }),
    note: 'release.yml on refs/heads/main via workflow_dispatch; inputs in externalParameters.inputs.',
    statement: (subjects, claims) =>
      slsaV1Statement(subjects, claims, {
        predicate: {
          buildDefinition: {
            externalParameters: { inputs: { release_version: '1.2.3', dry_run: 'false' } },
          },
        },
      }),
  },
  {
    name: 'reusable-workflow',
    file: bundle('reusable-workflow'),
    artifacts: app,
    claims: githubClaims({
      jobWorkflowRef: 'acme/shared-workflows/.github/workflows/build.yml@refs/tags/v1.0.0',
    }),
    note: 'Caller acme/app release.yml@refs/tags/v1.2.3 (1.18); signer acme/shared-workflows build.yml@refs/tags/v1.0.0 (SAN, 1.9, builder.id).',
    statement: slsaV1Statement,
  },
  {
    name: 'self-hosted',
    file: bundle('self-hosted'),
    artifacts: app,
    claims: githubClaims({ runnerEnvironment: 'self-hosted' }),
    note: 'Like in-repo-tag but built on a self-hosted runner (1.11 = self-hosted).',
    statement: slsaV1Statement,
  },
  {
    name: 'pull-request-target',
    file: bundle('pull-request-target'),
    artifacts: app,
    claims: githubClaims({ ...onMain, eventName: 'pull_request_target' }),
    note: 'release.yml on refs/heads/main triggered by pull_request_target (1.20).',
    statement: slsaV1Statement,
  },
  {
    name: 'no-runner-env',
    file: bundle('no-runner-env'),
    artifacts: app,
    claims: githubClaims({ runnerEnvironment: undefined }),
    note: 'Older-style certificate: no runner environment extension (1.11) and no runner_environment in the predicate.',
    statement: slsaV1Statement,
  },
  {
    name: 'slsa-v02-generator',
    file: bundle('slsa-v02-generator'),
    artifacts: app,
    claims: githubClaims({ jobWorkflowRef: GENERATOR_GENERIC_REF }),
    note: 'slsa-github-generator generic v2.1.0 (SAN/1.9) called by acme/app release.yml on the tag; SLSA v0.2 predicate, Statement v0.1.',
    statement: slsaV02GeneratorStatement,
  },
  {
    name: 'multi-subject',
    file: bundle('multi-subject'),
    artifacts: ['artifacts/app-linux', 'artifacts/app-darwin', 'artifacts/app-windows'],
    claims: githubClaims(),
    note: 'One SLSA v1 statement over three subjects.',
    statement: slsaV1Statement,
  },
  {
    name: 'predicate-mismatch',
    file: bundle('predicate-mismatch'),
    artifacts: app,
    claims: githubClaims(),
    note: `Valid signature and certificate (acme/app, commit ${githubClaims().sha}, refs/tags/v1.2.3) but the predicate claims repository https://github.com/acme/other and commit ${COMMIT_B}.`,
    statement: (subjects, claims) =>
      slsaV1Statement(subjects, claims, {
        predicate: {
          buildDefinition: {
            externalParameters: { workflow: { repository: 'https://github.com/acme/other' } },
            resolvedDependencies: [
              {
                uri: `git+https://github.com/acme/other@${claims.ref}`,
                digest: { gitCommit: COMMIT_B },
              },
            ],
          },
        },
      }),
  },
  {
    name: 'sbom-predicate',
    file: bundle('sbom-predicate'),
    artifacts: app,
    claims: githubClaims(),
    note: 'Validly signed by the in-repo-tag identity, but predicateType https://spdx.dev/Document (an SBOM, not provenance).',
    statement: (subjects) =>
      inTotoStatement(subjects, SBOM_TYPE, {
        spdxVersion: 'SPDX-2.3',
        dataLicense: 'CC0-1.0',
        SPDXID: 'SPDXRef-DOCUMENT',
        name: 'app-1.2.3',
        documentNamespace: 'https://example.invalid/spdx/app-1.2.3',
        creationInfo: {
          created: '2026-01-01T00:00:00Z',
          creators: ['Tool: verify-provenance-fixtures'],
        },
        packages: [{ SPDXID: 'SPDXRef-Package-app', name: 'app', versionInfo: '1.2.3' }],
      }),
  },
  {
    name: 'message-signature',
    file: bundle('message-signature'),
    artifacts: app,
    claims: githubClaims(),
    note: 'A messageSignature bundle (hashedrekord) over app-1.2.3.tgz: no statement, no provenance.',
  },
  {
    name: 'demo-hello',
    file: `demo/${DEMO_NAME}.sigstore.json`,
    artifacts: [`demo/${DEMO_NAME}`],
    claims: githubClaims({
      repository: 'acme/hello',
      repositoryId: '9001',
      repositoryOwnerId: '9002',
      ref: 'refs/tags/v1.0.0',
      sha: fakeSha('acme/hello v1.0.0'),
      workflowRef: 'acme/hello/.github/workflows/release.yml@refs/tags/v1.0.0',
      workflowSha: fakeSha('acme/hello v1.0.0'),
      runId: '1234567890',
    }),
    note: 'The README demo: acme/hello release.yml on refs/tags/v1.0.0, SLSA v1.',
    statement: slsaV1Statement,
  },
];

function writeJson(rel: string, value: unknown): void {
  write(rel, `${JSON.stringify(value, null, 2)}\n`);
}
function write(rel: string, data: string | Buffer): void {
  const path = join(FIXTURES, rel);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, data);
}
function readJson(rel: string): unknown {
  return JSON.parse(readFileSync(join(FIXTURES, rel), 'utf8')) as unknown;
}

/** Fail loudly unless the written bundle verifies against the written trusted root. */
function checkWritten(spec: FixtureSpec, statement: Statement | undefined): void {
  const root = readJson('trusted_root.json');
  const written = readJson(spec.file);
  const artifact = spec.statement
    ? undefined
    : readFileSync(join(FIXTURES, spec.artifacts[0] ?? ''));
  try {
    sigstoreVerify(written, root, { artifact });
    sigstoreVerify(written, root, { artifact, timestampThreshold: 2 });
  } catch (err) {
    throw new Error(`fixture ${spec.file} does not verify with @sigstore/verify`, { cause: err });
  }
  const digests = new Set(statement?.subject.map((s) => s.digest['sha256']));
  for (const rel of statement ? spec.artifacts : []) {
    const digest = createHash('sha256')
      .update(readFileSync(join(FIXTURES, rel)))
      .digest('hex');
    if (!digests.has(digest)) throw new Error(`fixture ${spec.file}: ${rel} is not a subject`);
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  for (const owned of [
    'bundles',
    'artifacts',
    'demo',
    'trusted_root.json',
    'index.json',
    'README.md',
  ]) {
    rmSync(join(FIXTURES, owned), { recursive: true, force: true });
  }
  for (const [name, data] of Object.entries(ARTIFACTS)) write(`artifacts/${name}`, data);
  write(`demo/${DEMO_NAME}`, DEMO);

  const instance = await createTestInstance();
  const minted = new Map<string, SerializedBundle>();
  const index: Record<string, object> = {};
  try {
    writeJson('trusted_root.json', instance.trustedRoot);
    for (const spec of SPECS) {
      const contents = spec.artifacts.map((rel) => readFileSync(join(FIXTURES, rel)));
      const subjects = spec.artifacts.map((rel, i) =>
        sha256Subject(rel.split('/').pop() ?? rel, contents[i] ?? Buffer.alloc(0)),
      );
      const statement = spec.statement?.(subjects, spec.claims);
      const signed = statement
        ? await instance.signDsse(statementBytes(statement), spec.claims)
        : await instance.signMessage(contents[0] ?? Buffer.alloc(0), spec.claims);
      writeJson(spec.file, signed);
      checkWritten(spec, statement);
      minted.set(spec.name, signed);
      index[spec.name] = {
        file: spec.file,
        artifacts: spec.artifacts,
        kind: statement ? 'dsse' : 'messageSignature',
        payloadType: statement ? IN_TOTO_PAYLOAD_TYPE : null,
        predicateType: statement?.predicateType ?? null,
        san: signerUri(spec.claims),
        claims: spec.claims,
        note: spec.note,
      };
    }
  } finally {
    instance.close();
  }
  writeContainers(minted);
  checkContainers();
  writeJson('index.json', {
    generatedBy: 'npm run fixtures (scripts/make-fixtures.ts)',
    trustedRoot: 'trusted_root.json',
    bundles: index,
    containers: CONTAINERS,
  });
  write('README.md', readme());
  const ms = performance.now() - started;
  console.log(`wrote ${SPECS.length} verified bundles to ${FIXTURES} in ${ms.toFixed(0)} ms`);
}

const CONTAINERS = {
  'multi.jsonl': {
    file: 'bundles/multi.jsonl',
    contains: ['self-hosted', 'in-repo-tag'],
    note: 'JSON Lines, one bundle per line: self-hosted first, then in-repo-tag.',
  },
  'github-api-response': {
    file: 'bundles/github-api-response.json',
    contains: ['in-repo-tag'],
    note: 'Shape of GET /repos/{owner}/{repo}/attestations/{digest}.',
  },
  'npm-attestations': {
    file: 'bundles/npm-attestations.json',
    contains: ['in-repo-tag'],
    note: 'Shape of the npm registry attestations endpoint.',
  },
};

function writeContainers(minted: Map<string, SerializedBundle>): void {
  const get = (name: string): SerializedBundle => {
    const found = minted.get(name);
    if (!found) throw new Error(`no minted bundle ${name}`);
    return found;
  };
  const lines = CONTAINERS['multi.jsonl'].contains.map((name) => JSON.stringify(get(name)));
  write(CONTAINERS['multi.jsonl'].file, `${lines.join('\n')}\n`);
  writeJson(CONTAINERS['github-api-response'].file, {
    attestations: [{ bundle: get('in-repo-tag'), repository_id: 111, bundle_url: null }],
  });
  writeJson(CONTAINERS['npm-attestations'].file, {
    attestations: [{ predicateType: 'https://slsa.dev/provenance/v1', bundle: get('in-repo-tag') }],
  });
}

/** Every bundle inside the container files verifies too (they are copies, but check anyway). */
function checkContainers(): void {
  const root = readJson('trusted_root.json');
  const jsonl = readFileSync(join(FIXTURES, CONTAINERS['multi.jsonl'].file), 'utf8');
  const inside: unknown[] = jsonl
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as unknown);
  for (const name of ['github-api-response', 'npm-attestations'] as const) {
    const wrapper = readJson(CONTAINERS[name].file) as { attestations: { bundle: unknown }[] };
    inside.push(...wrapper.attestations.map((a) => a.bundle));
  }
  for (const [i, candidate] of inside.entries()) {
    try {
      sigstoreVerify(candidate, root);
    } catch (err) {
      throw new Error(`container bundle #${i} does not verify`, { cause: err });
    }
  }
}

function readme(): string {
  const rows = SPECS.map((spec) => {
    const c = spec.claims;
    const identity = [
      `SAN \`${signerUri(c)}\``,
      `caller \`${c.workflowRef}\``,
      `${c.eventName}, ${c.runnerEnvironment ?? 'no runner env'}`,
    ].join('; ');
    return `| \`${spec.file}\` | ${spec.artifacts.map((a) => `\`${a}\``).join(', ')} | ${identity} | ${spec.note} |`;
  });
  return `# Test fixtures

Everything here is minted by \`npm run fixtures\` (\`scripts/make-fixtures.ts\`) with a
**throwaway** Fulcio CA, CT log, Rekor log and TSA from \`@sigstore/mock\`, created fresh on each
run and never published. Nothing here verifies against the real Sigstore public-good root, and
nothing real verifies against \`trusted_root.json\`.

Regenerating replaces every file listed below with new keys and new timestamps. The committed
files are the reference: tests read them as they are, so regenerate only on purpose, and commit
the whole directory at once. \`index.json\` is the machine-readable version of this page
(claims used, artifacts, predicate type, note for each bundle).

Every bundle is a v0.3 bundle with one leaf certificate (embedded SCT), one intoto/0.0.2
transparency-log entry (hashedrekord for the message signature) carrying both a SET and an
inclusion proof, and one RFC 3161 timestamp. The script verifies each written bundle against
the written \`trusted_root.json\` with \`@sigstore/verify\` and stops if one fails.

Unless a row says otherwise the identity is: issuer \`https://token.actions.githubusercontent.com\`,
repository \`acme/app\` (id 111, owner \`acme\` id 222), ref \`refs/tags/v1.2.3\`, trigger \`push\`,
\`github-hosted\` runner, visibility \`public\`.

## Files

- \`trusted_root.json\`: the trusted root of the throwaway instance
  (\`application/vnd.dev.sigstore.trustedroot+json;version=0.1\`).
- \`artifacts/\`: small deterministic artifact files (a text line, then a sha256 stream).
  \`not-attested.bin\` is in no bundle.
- \`demo/${DEMO_NAME}\`: a real one-file .tar.gz for the README walkthrough, and its bundle.
- \`bundles/multi.jsonl\`: JSON Lines, the \`self-hosted\` bundle first, then \`in-repo-tag\`.
- \`bundles/github-api-response.json\`: \`{"attestations":[{"bundle":…,"repository_id":111,"bundle_url":null}]}\` around \`in-repo-tag\`.
- \`bundles/npm-attestations.json\`: \`{"attestations":[{"predicateType":"https://slsa.dev/provenance/v1","bundle":…}]}\` around \`in-repo-tag\`.

## Bundles

| file | artifacts | identity | note |
|---|---|---|---|
${rows.join('\n')}
`;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});

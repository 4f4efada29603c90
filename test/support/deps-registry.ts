// A local npm registry and PyPI index on 127.0.0.1 for the deps command, speaking the real
// protocols: full packuments (versions, time, dist.integrity/shasum, dist.attestations,
// _npmUser.trustedPublisher), /-/npm/v1/attestations/NAME@VERSION and /-/npm/v1/keys; PEP 691
// project pages (hashes, upload-time, provenance URLs) and the PEP 740 integrity API. Provenance
// and the registry's publish attestations are minted by a throwaway Sigstore instance.
import { createHash, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { sendJson, startLocalServer, type LocalServer } from './local-server.js';
import {
  githubClaims,
  inTotoStatement,
  slsaV1Statement,
  statementBytes,
  type SerializedBundle,
  type TestInstance,
  type WorkflowClaims,
} from './mint.js';

export const NPM_PUBLISH = 'https://github.com/npm/attestation/tree/main/specs/publish/v0.1';
export const PYPI_PUBLISH = 'https://docs.pypi.org/attestations/publish/v1';
const REGISTRY_KEYID = 'SHA256:local-registry-key';

/** `sha512("npm:NAME@VERSION")`: the digests the lockfile fixtures pin. */
export function npmIntegrity(name: string, version: string): string {
  return `sha512-${createHash('sha512').update(`npm:${name}@${version}`).digest('base64')}`;
}

/** `sha256("pypi:FILENAME")`. */
export function pypiSha256(filename: string): string {
  return createHash('sha256').update(`pypi:${filename}`).digest('hex');
}

export type NpmVersion = {
  readonly version: string;
  published: string;
  integrity: string;
  /** Minted attestations served at /-/npm/v1/attestations (none: no dist.attestations). */
  attestations?: { predicateType: string; bundle: unknown }[];
  trustedPublisher?: boolean;
  /** Claims dist.attestations without serving any (an earlier version's metadata only). */
  claimsProvenance?: boolean;
};

export type PypiFile = {
  readonly filename: string;
  readonly version: string;
  sha256: string;
  uploaded: string;
  provenance?: unknown;
};

/** Claims of a release built by REPO's release.yml (ids derived from the name). */
export function releaseClaims(
  repo: string,
  overrides: Partial<WorkflowClaims> = {},
): WorkflowClaims {
  const [owner] = repo.split('/');
  const id = (s: string): string =>
    String(parseInt(createHash('sha1').update(s).digest('hex').slice(0, 7), 16));
  return githubClaims({
    repository: repo,
    repositoryId: id(repo),
    repositoryOwner: owner ?? '',
    repositoryOwnerId: id(owner ?? ''),
    ref: 'refs/tags/v1.0.0',
    workflowRef: `${repo}/.github/workflows/release.yml@refs/tags/v1.0.0`,
    ...overrides,
  });
}

export class DepsRegistry {
  readonly npm = new Map<string, NpmVersion[]>();
  readonly pypi = new Map<string, PypiFile[]>();
  readonly registryKey: KeyObject;
  /** Answer this status to every request whose path matches (a failing registry). */
  fault: { path: RegExp; status: number } | undefined;
  /** Added to every answer (the benchmark's slow registry). */
  delayMs = 0;
  /** Serve this as /-/npm/v1/keys instead of the minting key (a real registry's key). */
  keysDocument: unknown;
  private server!: LocalServer;

  /** Without an instance nothing can be minted (a world restored from minted files). */
  constructor(
    private readonly instance: TestInstance | undefined,
    registryKey?: KeyObject,
  ) {
    this.registryKey = registryKey ?? generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
  }

  private get minter(): TestInstance {
    if (this.instance === undefined)
      throw new Error('this registry was built without a minting instance');
    return this.instance;
  }

  async start(): Promise<this> {
    this.server = await startLocalServer((req, res) => {
      const answer = (): void => this.route(req.url ?? '', res);
      if (this.delayMs > 0) setTimeout(answer, this.delayMs);
      else answer();
    });
    return this;
  }

  close(): Promise<void> {
    return this.server.close();
  }

  get base(): string {
    return this.server.base;
  }
  /** The npm registry URL (`--registry`). */
  get registry(): string {
    return `${this.server.base}/npm`;
  }
  /** The PyPI index base (`--index`; the simple API is under /simple). */
  get index(): string {
    return `${this.server.base}/pypi`;
  }
  /** Every request so far, with its authorization header. */
  get log(): readonly { url: string; authorization: string | undefined }[] {
    return this.server.seen;
  }
  /** Every request path so far. */
  get seen(): string[] {
    return this.server.seen.map((s) => s.url);
  }
  resetSeen(): void {
    this.server.seen.length = 0;
  }

  /** A provenance attestation and the registry's publish attestation for NAME@VERSION. */
  async mintNpm(
    name: string,
    version: string,
    integrity: string,
    claims: WorkflowClaims,
  ): Promise<NpmVersion['attestations']> {
    const purl = `pkg:npm/${name.replace(/^@/, '%40')}@${version}`;
    const sha512 = Buffer.from(integrity.slice('sha512-'.length), 'base64').toString('hex');
    const subject = [{ name: purl, digest: { sha512 } }];
    const provenance = await this.minter.signDsse(
      statementBytes(
        slsaV1Statement(subject, claims, {
          predicate: {
            runDetails: { builder: { id: 'https://github.com/actions/runner/github-hosted' } },
          },
        }),
      ),
      claims,
    );
    return [
      { predicateType: 'https://slsa.dev/provenance/v1', bundle: provenance },
      { predicateType: NPM_PUBLISH, bundle: await this.mintPublish(name, version, subject) },
    ];
  }

  mintPublish(name: string, version: string, subject: unknown[]): Promise<SerializedBundle> {
    return this.minter.signDsseWithKey(
      statementBytes({
        ...inTotoStatement(subject as never, NPM_PUBLISH, {}),
        predicate: { name, version, registry: 'https://registry.npmjs.org' },
      }),
      this.registryKey,
      REGISTRY_KEYID,
    );
  }

  /** PEP 740 provenance for one file, as PyPI serves it. */
  async mintPypi(filename: string, sha256: string, claims: WorkflowClaims): Promise<unknown> {
    const bundle = await this.minter.signDsse(
      statementBytes({
        ...inTotoStatement([{ name: filename, digest: { sha256 } }], PYPI_PUBLISH, {}),
        predicate: null,
      }),
      claims,
    );
    const vm = bundle.verificationMaterial as unknown as {
      certificate: { rawBytes: string };
      tlogEntries: unknown[];
    };
    const env = bundle.dsseEnvelope as unknown as {
      payload: string;
      signatures: { sig: string }[];
    };
    return {
      version: 1,
      attestation_bundles: [
        {
          publisher: {
            kind: 'GitHub',
            repository: claims.repository,
            workflow: 'release.yml',
            environment: 'pypi',
          },
          attestations: [
            {
              version: 1,
              verification_material: {
                certificate: vm.certificate.rawBytes,
                transparency_entries: vm.tlogEntries,
              },
              envelope: { statement: env.payload, signature: env.signatures[0]?.sig },
            },
          ],
        },
      ],
    };
  }

  addNpm(name: string, v: NpmVersion): void {
    const list = this.npm.get(name) ?? [];
    list.push(v);
    this.npm.set(name, list);
  }

  addPypi(project: string, f: PypiFile): void {
    const list = this.pypi.get(project) ?? [];
    list.push(f);
    this.pypi.set(project, list);
  }

  private route(url: string, res: ServerResponse): void {
    const path = url.replace(/\?.*$/, '');
    if (this.fault !== undefined && this.fault.path.test(path))
      return sendJson(res, this.fault.status, { error: 'fault' });
    if (path === '/npm/-/npm/v1/keys') {
      if (this.keysDocument !== undefined) return sendJson(res, 200, this.keysDocument);
      const der = this.registryKeyDer();
      return sendJson(res, 200, {
        keys: [
          {
            expires: null,
            keyid: REGISTRY_KEYID,
            keytype: 'ecdsa-sha2-nistp256',
            scheme: 'ecdsa-sha2-nistp256',
            key: der,
          },
        ],
      });
    }
    const att = /^\/npm\/-\/npm\/v1\/attestations\/(.+)@([^@]+)$/.exec(path);
    if (att !== null) {
      const v = this.npm
        .get(decodeURIComponent(att[1] ?? ''))
        ?.find((x) => x.version === decodeURIComponent(att[2] ?? ''));
      if (v?.attestations === undefined) return sendJson(res, 404, { error: 'not found' });
      return sendJson(res, 200, { attestations: v.attestations });
    }
    const pkg = /^\/npm\/(.+)$/.exec(path);
    if (pkg !== null) {
      const name = decodeURIComponent(pkg[1] ?? '');
      const versions = this.npm.get(name);
      if (versions !== undefined) return sendJson(res, 200, this.packument(name, versions));
      // GET /NAME/VERSION: one version's document (what `verify-provenance npm` asks for).
      const slash = name.lastIndexOf('/');
      const owner = this.npm.get(name.slice(0, slash));
      const doc = (
        this.packument(name.slice(0, slash), owner ?? []) as { versions: Record<string, unknown> }
      ).versions[name.slice(slash + 1)];
      if (owner === undefined || doc === undefined)
        return sendJson(res, 404, { error: 'not found' });
      return sendJson(res, 200, doc);
    }
    const page = /^\/pypi\/simple\/([^/]+)\/$/.exec(path);
    if (page !== null) {
      const project = decodeURIComponent(page[1] ?? '');
      const files = this.pypi.get(project);
      if (files === undefined) return sendJson(res, 404, { message: 'not found' });
      res.setHeader('content-type', 'application/vnd.pypi.simple.v1+json');
      return sendJson(res, 200, {
        meta: { 'api-version': '1.4' },
        name: project,
        versions: [...new Set(files.map((f) => f.version))],
        files: files.map((f) => ({
          filename: f.filename,
          url: `${this.base}/files/${f.filename}`,
          hashes: { sha256: f.sha256 },
          'upload-time': f.uploaded,
          yanked: false,
          provenance:
            f.provenance === undefined
              ? null
              : `${this.index}/integrity/${project}/${f.version}/${f.filename}/provenance`,
        })),
      });
    }
    const prov = /^\/pypi\/integrity\/([^/]+)\/([^/]+)\/([^/]+)\/provenance$/.exec(path);
    if (prov !== null) {
      const file = this.pypi
        .get(decodeURIComponent(prov[1] ?? ''))
        ?.find((f) => f.filename === decodeURIComponent(prov[3] ?? ''));
      if (file?.provenance === undefined) return sendJson(res, 404, { message: 'not found' });
      return sendJson(res, 200, file.provenance, {
        'content-type': 'application/vnd.pypi.integrity.v1+json',
      });
    }
    return sendJson(res, 404, { error: 'not found' });
  }

  private registryKeyDer(): string {
    return createPublicKey(this.registryKey)
      .export({ format: 'der', type: 'spki' })
      .toString('base64');
  }

  private packument(name: string, versions: NpmVersion[]): unknown {
    const time: Record<string, string> = {
      created: versions[0]?.published ?? '',
      modified: versions.at(-1)?.published ?? '',
    };
    const docs: Record<string, unknown> = {};
    for (const v of versions) {
      time[v.version] = v.published;
      const hex = Buffer.from(v.integrity.slice('sha512-'.length), 'base64');
      docs[v.version] = {
        name,
        version: v.version,
        dist: {
          integrity: v.integrity,
          shasum: createHash('sha1').update(hex).digest('hex'),
          tarball: `${this.registry}/${name}/-/${name.slice(name.lastIndexOf('/') + 1)}-${v.version}.tgz`,
          ...(v.attestations !== undefined || v.claimsProvenance === true
            ? {
                attestations: {
                  url: `${this.registry}/-/npm/v1/attestations/${name}@${v.version}`,
                  provenance: { predicateType: 'https://slsa.dev/provenance/v1' },
                },
              }
            : {}),
        },
        _npmUser: {
          name: 'publisher',
          email: 'publisher@example.com',
          ...(v.trustedPublisher === true
            ? { trustedPublisher: { id: 'github', oidcConfigId: 'oidc:0001' } }
            : {}),
        },
      };
    }
    const latest = versions.at(-1)?.version ?? '';
    return { _id: name, name, 'dist-tags': { latest }, versions: docs, time };
  }
}

// Mint real, verifiable Sigstore bundles offline: one throwaway Fulcio CA + CT log, Rekor log
// and TSA from @sigstore/mock, reached by @sigstore/sign through nock interceptors.
// See /work/shared/research/sigstore-js-notes.md section 4 for the recipe and its traps.
import {
  createHash,
  createPublicKey,
  generateKeyPairSync,
  sign as signBytes,
  type KeyObject,
} from 'node:crypto';
import { bundleFromJSON, bundleToJSON, type SerializedBundle } from '@sigstore/bundle';
import {
  fulcioHandler,
  initializeCA,
  initializeCTLog,
  initializeTLog,
  initializeTSA,
  rekorHandler,
  tsaHandler,
} from '@sigstore/mock';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import {
  DSSEBundleBuilder,
  FulcioSigner,
  MessageSignatureBundleBuilder,
  RekorWitness,
  TSAWitness,
  type BundleBuilder,
  type Signer,
} from '@sigstore/sign';
import {
  Verifier,
  toSignedEntity,
  toTrustMaterial,
  type Signer as VerifiedSigner,
} from '@sigstore/verify';
import nock from 'nock';
import { unsignedJwt, type WorkflowClaims } from './claims.js';
import { rewriteExtensions, rewriteSubjectKey } from './der.js';
import { IN_TOTO_PAYLOAD_TYPE } from './statements.js';

export * from './claims.js';
export * from './statements.js';
export type { SerializedBundle };

export const TRUSTED_ROOT_MEDIA_TYPE = 'application/vnd.dev.sigstore.trustedroot+json;version=0.1';

interface ValidFor {
  start: string;
  end?: string;
}
interface TlogJSON {
  baseUrl: string;
  hashAlgorithm: 'SHA2_256';
  publicKey: { rawBytes: string; keyDetails: 'PKIX_ECDSA_P256_SHA_256'; validFor: ValidFor };
  logId: { keyId: string };
}
interface AuthorityJSON {
  subject: { organization: string; commonName: string };
  uri: string;
  certChain: { certificates: { rawBytes: string }[] };
  validFor: ValidFor;
}
/** A trusted root as found in a trusted_root.json file. */
export interface TrustedRootJSON {
  mediaType: string;
  tlogs: TlogJSON[];
  certificateAuthorities: AuthorityJSON[];
  ctlogs: TlogJSON[];
  timestampAuthorities: AuthorityJSON[];
}

export interface SignDsseOptions {
  /** DSSE payloadType; defaults to application/vnd.in-toto+json. */
  payloadType?: string;
}

export type SigningKeyType = 'P-256' | 'P-384' | 'Ed25519';

/**
 * A key holder for @sigstore/sign whose proof of possession (the first signature, sent to
 * Fulcio) uses a P-256 key the mock CA accepts, and whose signatures over data use a key of the
 * asked type; the CA wrapper then certifies that key instead (see `subjectKey`).
 */
function keyHolderFor(keyType: SigningKeyType): {
  key: KeyObject;
  holder: {
    sign(
      data: Buffer,
    ): Promise<{ signature: Buffer; key: { $case: 'publicKey'; publicKey: string } }>;
  };
} {
  const proxy = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const real =
    keyType === 'Ed25519'
      ? generateKeyPairSync('ed25519')
      : generateKeyPairSync('ec', { namedCurve: keyType });
  let calls = 0;
  const pem = (k: KeyObject): string => k.export({ format: 'pem', type: 'spki' }).toString();
  return {
    key: real.publicKey,
    holder: {
      sign: (data) => {
        const first = calls++ === 0;
        const pair = first ? proxy : real;
        const alg = !first && keyType === 'Ed25519' ? null : 'sha256';
        return Promise.resolve({
          signature: signBytes(alg, data, pair.privateKey),
          key: { $case: 'publicKey', publicKey: pem(pair.publicKey) },
        });
      },
    },
  };
}

export interface TestInstance {
  trustedRoot: TrustedRootJSON;
  /** The same root without CT logs: for certificates rewritten by `certTransform` (no SCT). */
  trustedRootWithoutCt: TrustedRootJSON;
  /** DSSE bundle over arbitrary payload bytes (need not be JSON). */
  signDsse(
    payload: Buffer,
    claims: WorkflowClaims,
    opts?: SignDsseOptions,
  ): Promise<SerializedBundle>;
  /**
   * messageSignature bundle over the artifact bytes (SHA-256 messageDigest, as @sigstore/sign
   * writes it). Keys other than P-256 are certified by rewriting the issued certificate's key,
   * which drops its SCT: verify those against `trustedRootWithoutCt`.
   */
  signMessage(
    artifact: Buffer,
    claims: WorkflowClaims,
    opts?: { keyType?: SigningKeyType },
  ): Promise<SerializedBundle>;
  /**
   * DSSE bundle signed by a plain key (no certificate; the bundle names it by `hint`), logged in
   * this instance's Rekor and timestamped: the shape of the npm registry's publish attestation.
   */
  signDsseWithKey(payload: Buffer, key: KeyObject, hint: string): Promise<SerializedBundle>;
  /** Removes this instance's interceptors; the last close re-enables the network. */
  close(): void;
}

type Interceptor = ReturnType<nock.Scope['post']>;

let instanceCounter = 0;
let openInstances = 0;

const toBuffer = (bytes: ArrayBufferView): Buffer =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
const b64 = (bytes: ArrayBufferView): string => toBuffer(bytes).toString('base64');
const wholeSecond = (ms: number): Date => new Date(Math.floor(ms / 1000) * 1000);
const isoSeconds = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * One key pair, CA, CT log, transparency log and TSA, with a matching trusted root.
 * Each instance in a process gets its own host names, so several can be open at once.
 */
export type TestInstanceOptions = {
  /** Shift the TSA's clock: a signed time outside the leaf's validity, for negative tests. */
  readonly tsaOffsetMs?: number;
};

export async function createTestInstance(options: TestInstanceOptions = {}): Promise<TestInstance> {
  const tsaOffset = options.tsaOffsetMs ?? 0;
  const n = ++instanceCounter;
  const suffix = n === 1 ? '' : `-${n}`;
  const urls = {
    fulcio: `https://fulcio${suffix}.sigstore.mock`,
    rekor: `https://rekor${suffix}.sigstore.mock`,
    tsa: `https://timestamp${suffix}.sigstore.mock`,
    ctlog: `https://ctfe${suffix}.sigstore.mock`,
  };
  const keyPair: { publicKey: KeyObject; privateKey: KeyObject } = generateKeyPairSync('ec', {
    namedCurve: 'P-256',
  });
  const validFrom = { start: isoSeconds(wholeSecond(Date.now() - 60_000)) };
  // Trap: pkijs drops trailing zeros of the genTime fraction and @sigstore/core wants exactly
  // three digits, so the TSA clock must be a whole second. It must also not precede the leaf's
  // notBefore, so it is moved to "now + 2 s" (never backwards) before every signing.
  const tsaClock = wholeSecond(Date.now() + 2000 + tsaOffset);

  const ctlog = await initializeCTLog(keyPair);
  const baseCa = await initializeCA(keyPair, ctlog);
  // The claims of the signing in progress may ask for extra certificate extensions, or for the
  // issued certificate to be rewritten and re-signed.
  let extraExtensions: WorkflowClaims['extraExtensions'] = undefined;
  let certTransform: WorkflowClaims['certTransform'] = undefined;
  let subjectKey: KeyObject | undefined = undefined;
  const ca: typeof baseCa = {
    rootCertificate: baseCa.rootCertificate,
    issueCertificate: async (request) => {
      const der = await baseCa.issueCertificate({
        ...request,
        extensions: [...(request.extensions ?? []), ...(extraExtensions ?? [])],
      });
      const keyed =
        subjectKey === undefined
          ? toBuffer(der)
          : rewriteSubjectKey(
              toBuffer(der),
              keyPair.privateKey,
              subjectKey.export({ format: 'der', type: 'spki' }),
            );
      if (certTransform === undefined) return new Uint8Array(keyed);
      const rewritten = rewriteExtensions(keyed, keyPair.privateKey, certTransform);
      return new Uint8Array(rewritten);
    },
  };
  const tlog = await initializeTLog(urls.rekor, keyPair);
  const tsa = await initializeTSA(keyPair, tsaClock);

  const trustedRoot: TrustedRootJSON = {
    mediaType: TRUSTED_ROOT_MEDIA_TYPE,
    tlogs: [
      logJSON(
        urls.rekor,
        tlog.publicKey,
        createHash('sha256').update(tlog.publicKey).digest(),
        validFrom,
      ),
    ],
    certificateAuthorities: [
      authorityJSON('sigstore', urls.fulcio, [ca.rootCertificate], validFrom),
    ],
    ctlogs: [logJSON(urls.ctlog, ctlog.publicKey, ctlog.logID, validFrom)],
    timestampAuthorities: [
      authorityJSON('tsa', urls.tsa, [tsa.intCertificate, tsa.rootCertificate], validFrom),
    ],
  };

  if (!nock.isActive()) nock.activate();
  nock.disableNetConnect();
  const interceptors: Interceptor[] = [];
  for (const [url, handler] of [
    [urls.fulcio, fulcioHandler(ca)],
    [urls.rekor, rekorHandler(tlog)],
    [urls.tsa, tsaHandler(tsa)],
  ] as const) {
    const interceptor = nock(url).persist().post(handler.path);
    interceptor.reply(async (_uri, body) => {
      const request = typeof body === 'string' ? body : JSON.stringify(body);
      const { statusCode, response, contentType } = await handler.fn(request);
      const payload = typeof response === 'string' ? response : toBuffer(response);
      return [statusCode, payload, { 'Content-Type': contentType ?? 'text/plain' }];
    });
    interceptors.push(interceptor);
  }
  openInstances++;
  let closed = false;

  const sign = async (
    makeBuilder: (signer: FulcioSigner, witnesses: [RekorWitness, TSAWitness]) => BundleBuilder,
    data: Buffer,
    claims: WorkflowClaims,
    type?: string,
    keyType: SigningKeyType = 'P-256',
  ): Promise<SerializedBundle> => {
    if (closed) throw new Error('test instance is closed');
    const held = keyType === 'P-256' ? undefined : keyHolderFor(keyType);
    subjectKey = held?.key;
    const next = wholeSecond(Date.now() + 2000 + tsaOffset).getTime();
    if (next > tsaClock.getTime()) tsaClock.setTime(next);
    extraExtensions = claims.extraExtensions;
    certTransform = claims.certTransform;
    const signer = new FulcioSigner({
      fulcioBaseURL: urls.fulcio,
      identityProvider: { getToken: () => Promise.resolve(unsignedJwt(claims)) },
      ...(held === undefined ? {} : { keyHolder: held.holder }),
    });
    // Trap: entryType 'dsse' fails verification ("signature count mismatch") because the mock
    // Rekor stores the proposed entry verbatim; intoto/0.0.2 entries verify.
    const witnesses: [RekorWitness, TSAWitness] = [
      new RekorWitness({ rekorBaseURL: urls.rekor, entryType: 'intoto' }),
      new TSAWitness({ tsaBaseURL: urls.tsa }),
    ];
    const bundle = await makeBuilder(signer, witnesses).create(
      type === undefined ? { data } : { data, type },
    );
    return bundleToJSON(bundle);
  };

  return {
    trustedRoot,
    trustedRootWithoutCt: { ...trustedRoot, ctlogs: [] },
    signDsse: (payload, claims, opts = {}) =>
      sign(
        (signer, witnesses) => new DSSEBundleBuilder({ signer, witnesses }),
        payload,
        claims,
        opts.payloadType ?? IN_TOTO_PAYLOAD_TYPE,
      ),
    signMessage: (artifact, claims, opts = {}) =>
      sign(
        (signer, witnesses) => new MessageSignatureBundleBuilder({ signer, witnesses }),
        artifact,
        claims,
        undefined,
        opts.keyType,
      ),
    signDsseWithKey: (payload, key, hint) =>
      sign(
        (_fulcio, witnesses) => new DSSEBundleBuilder({ signer: keySigner(key, hint), witnesses }),
        payload,
        DEFAULTS_FOR_KEY_SIGNING,
        IN_TOTO_PAYLOAD_TYPE,
      ),
    close: () => {
      if (closed) return;
      closed = true;
      for (const interceptor of interceptors) nock.removeInterceptor(interceptor);
      if (--openInstances === 0) nock.enableNetConnect();
    },
  };
}

/** Claims that are never used: a key-signed bundle asks Fulcio for nothing. */
const DEFAULTS_FOR_KEY_SIGNING: WorkflowClaims = {
  issuer: 'https://token.actions.githubusercontent.com',
  repository: 'unused/unused',
  repositoryOwner: 'unused',
  ref: 'refs/heads/unused',
  sha: '0000000000000000000000000000000000000000',
  workflowRef: 'unused/unused/.github/workflows/unused.yml@refs/heads/unused',
  eventName: 'push',
};

/** A @sigstore/sign signer for a plain ECDSA key, named by `hint` in the bundle. */
function keySigner(key: KeyObject, hint: string): Signer {
  const publicKey = createPublicKey(key).export({ format: 'pem', type: 'spki' }).toString();
  return {
    sign: (data: Buffer) =>
      Promise.resolve({
        signature: signBytes('sha256', data, key),
        key: { $case: 'publicKey', publicKey, hint },
      }),
  };
}

function logJSON(
  baseUrl: string,
  spki: Buffer,
  logId: ArrayBufferView,
  validFor: ValidFor,
): TlogJSON {
  return {
    baseUrl,
    hashAlgorithm: 'SHA2_256',
    publicKey: { rawBytes: b64(spki), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor },
    logId: { keyId: b64(logId) },
  };
}

function authorityJSON(
  commonName: string,
  uri: string,
  chain: ArrayBufferView[],
  validFor: ValidFor,
): AuthorityJSON {
  return {
    subject: { organization: 'sigstore.mock', commonName },
    uri,
    certChain: { certificates: chain.map((cert) => ({ rawBytes: b64(cert) })) },
    validFor,
  };
}

export interface SigstoreVerifyOptions {
  /** Required for messageSignature bundles. */
  artifact?: Buffer;
  tlogThreshold?: number;
  ctlogThreshold?: number;
  timestampThreshold?: number;
}

/**
 * Cryptographic verification with @sigstore/verify only (no identity policy, no statement
 * checks). Throws VerificationError on failure; returns the signer identity.
 */
export function sigstoreVerify(
  bundle: unknown,
  trustedRoot: unknown,
  opts: SigstoreVerifyOptions = {},
): VerifiedSigner {
  const entity = toSignedEntity(bundleFromJSON(bundle), opts.artifact);
  const trust = toTrustMaterial(TrustedRoot.fromJSON(trustedRoot));
  const verifier = new Verifier(trust, {
    tlogThreshold: opts.tlogThreshold ?? 1,
    ctlogThreshold: opts.ctlogThreshold ?? 1,
    timestampThreshold: opts.timestampThreshold ?? 1,
  });
  return verifier.verify(entity);
}

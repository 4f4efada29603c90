import { createHash, createPublicKey, type KeyObject } from 'node:crypto';
import { parseBundle } from '../core/bundle/parse-bundle.js';
import { verifyBundleCrypto } from '../core/crypto/verify-signature.js';
import { loadPrehashCurves } from '../core/crypto/message-signature.js';
import { UsageError, VerifyError } from '../core/errors.js';
import { effectiveIssuer, readCertificateIdentity } from '../core/identity/certificate-identity.js';
import { readAttestations } from '../core/input/read-attestations.js';
import { checkSubject } from '../core/policy/checks/subject.js';
import { parseStatement } from '../core/statement/statement.js';
import type { ArtifactSubject } from '../core/verify.js';
import { isDigestLike, resolveSubject } from '../sources/artifacts.js';
import { readInputFile } from '../sources/files.js';
import { loadTrustRoots } from '../sources/trust-roots.js';
import { parse, parseFormat, VERIFY_BUNDLE_OPTIONS } from './args.js';
import { isIndeterminate } from '../core/codes.js';
import { decidedHead, type VerificationResult } from '../core/report.js';
import { fail, failedCodes, pass, type Check, type Verdict } from '../core/result.js';

const MAX_MESSAGE_ARTIFACT = 256 * 1024 * 1024;

type Values = ReturnType<typeof parse<typeof VERIFY_BUNDLE_OPTIONS>>['values'];

/** What a verified bundle showed: the checks that passed, and the artifact's digests. */
type BundleFindings = { readonly checks: Check[]; readonly digests: Record<string, string> };

/**
 * The sigstore-conformance client protocol: any bundle (DSSE or message signature), exact
 * identity and issuer, or a key. Only the exit code matters to the suite; we still say why.
 */
export async function runVerifyBundle(argv: string[]): Promise<string> {
  const { values, positionals } = parse(argv, VERIFY_BUNDLE_OPTIONS);
  await verifyBundle(values, positionals, { verifying: false });
  return `OK: ${values.bundle ?? ''} verifies ${positionals[0] ?? ''}\n`;
}

/**
 * The same, as a result (`--format json`, `--output FILE`): a verification that fails is a
 * failed (or indeterminate) artifact with the check that refused it; what stops the run before
 * the bundle is verified (usage, trusted root) stays an error.
 */
export async function verifyBundleResult(
  argv: string[],
  version: string,
): Promise<VerificationResult> {
  const { values, positionals } = parse(argv, VERIFY_BUNDLE_OPTIONS);
  parseFormat(values.format);
  const state = { verifying: false };
  let verdict: Verdict = 'verified';
  let findings: BundleFindings;
  try {
    findings = await verifyBundle(values, positionals, state);
  } catch (err) {
    // Usage (an unreadable artifact or key file) stays a usage error wherever it is found.
    if (!(err instanceof VerifyError) || !state.verifying || err.code === 'USAGE') throw err;
    verdict = isIndeterminate(err.code) ? 'indeterminate' : 'failed';
    findings = {
      checks: [fail('bundle', err.code, err.message, { hint: err.hint })],
      digests: {},
    };
  }
  const target = positionals[0] ?? '';
  const digest = isDigestLike(target) ? await resolveSubject(target) : undefined;
  return {
    ...decidedHead(version, 'verify-bundle', verdict, failedCodes(findings.checks)),
    artifacts: [
      {
        name: target,
        digests: { ...digest?.digests, ...findings.digests },
        verdict,
        attestations: [
          { origin: values.bundle ?? '', verdict, checks: findings.checks, warnings: [] },
        ],
      },
    ],
    warnings: [],
  };
}

async function verifyBundle(
  values: Values,
  positionals: string[],
  state: { verifying: boolean },
): Promise<BundleFindings> {
  const target = positionals[0];
  if (values.bundle === undefined || target === undefined || positionals.length !== 1) {
    throw new UsageError('verify-bundle needs --bundle FILE and exactly one FILE_OR_DIGEST');
  }
  const keyed = values.key !== undefined;
  const identity = values['cert-identity'];
  const issuer = values['cert-oidc-issuer'];
  if (
    keyed === (identity !== undefined || issuer !== undefined) ||
    (!keyed && (identity === undefined || issuer === undefined))
  ) {
    throw new UsageError(
      'give either --cert-identity and --cert-oidc-issuer (cosign: --certificate-identity, --certificate-oidc-issuer), or --key',
    );
  }
  if (values.staging === true && values['trusted-root'] === undefined) {
    throw new VerifyError('TRUST_ROOT_UNAVAILABLE', 'the staging trusted root is not embedded', {
      hint: 'pass --trusted-root with the staging root',
    });
  }
  const roots = await loadTrustRoots({
    trustedRootFile: values['trusted-root'],
    offline: values.offline,
  });
  const candidates = readAttestations(values.bundle, await readInputFile(values.bundle));
  // From here on a refusal is about the bundle, not the run.
  state.verifying = true;
  const checks: Check[] = [];
  const only = candidates[0];
  if (candidates.length !== 1 || only === undefined)
    throw new VerifyError(
      'NO_ATTESTATION',
      `expected one bundle in ${values.bundle}, found ${candidates.length}`,
    );
  if (only.kind !== 'bundle')
    throw only.kind === 'invalid'
      ? only.error
      : new VerifyError('TLOG_LOOKUP_NEEDED', 'a bare DSSE envelope cannot be verified offline');
  const parsed = parseBundle(only.json);
  // Read the artifact once: a pipe cannot be read twice. A message signature is checked over
  // the file's bytes, or over the digest given instead (the conformance suite's `sha256:HEX`).
  const byDigest = isDigestLike(target);
  const subject = parsed.dsse === undefined && !byDigest ? undefined : await resolveSubject(target);
  const artifact =
    byDigest || parsed.dsse !== undefined
      ? undefined
      : await readInputFile(target, MAX_MESSAGE_ARTIFACT);
  const artifactDigest =
    parsed.dsse === undefined && subject !== undefined ? digestOf(subject) : undefined;
  const publicKey = values.key === undefined ? undefined : await readKey(values.key);
  if (artifactDigest !== undefined) await loadPrehashCurves();
  const crypto = verifyBundleCrypto(parsed, roots, {
    ...(publicKey ? { publicKey } : {}),
    ...(artifact ? { artifact } : {}),
    ...(artifactDigest ? { artifactDigest } : {}),
  });
  checks.push(
    pass(
      'signature',
      `signature, certificate or key, and log entries verified against ${crypto.rootLabel}`,
    ),
  );
  if (keyed) checks.push(pass('key', 'signed by the key given'));
  if (!keyed) {
    if (parsed.leaf === undefined)
      throw new VerifyError('KEY_MATERIAL', 'bundle is key-signed but an identity was asked for');
    const cert = readCertificateIdentity(parsed.leaf);
    if (cert.san?.value !== identity)
      throw new VerifyError(
        'ID_SAN',
        `certificate identity is ${JSON.stringify(cert.san?.value ?? null)}, expected ${JSON.stringify(identity)}`,
      );
    if (effectiveIssuer(cert) !== issuer)
      throw new VerifyError(
        'ID_ISSUER',
        `OIDC issuer is ${JSON.stringify(effectiveIssuer(cert) ?? null)}, expected ${JSON.stringify(issuer)}`,
      );
    checks.push(
      pass(
        'cert-identity',
        'certificate identity (SAN) matches exactly',
        identity,
        cert.san?.value,
      ),
      pass('issuer', 'OIDC issuer matches', issuer, effectiveIssuer(cert)),
    );
  }
  if (parsed.dsse !== undefined && subject !== undefined) {
    const check = checkSubject(parseStatement(parsed.dsse.payload), subject.digests, undefined);
    if (check.status !== 'pass') throw new VerifyError(check.code ?? 'SUBJECT', check.message);
    checks.push(check);
  }
  const digests: Record<string, string> =
    artifact === undefined
      ? { ...subject?.digests }
      : {
          sha256: createHash('sha256').update(artifact).digest('hex'),
          sha512: createHash('sha512').update(artifact).digest('hex'),
        };
  return { checks, digests };
}

/** The one digest a `sha256:HEX` / `sha512:HEX` argument gives. */
function digestOf(subject: ArtifactSubject): { algorithm: string; digest: Buffer } | undefined {
  const [entry] = Object.entries(subject.digests);
  if (entry === undefined) return undefined;
  return { algorithm: entry[0], digest: Buffer.from(entry[1], 'hex') };
}

async function readKey(path: string): Promise<KeyObject> {
  try {
    return createPublicKey((await readInputFile(path, 1 << 20)).toString('utf8'));
  } catch (err) {
    if (err instanceof VerifyError) throw err;
    throw new UsageError(`--key ${path} is not a PEM public key`);
  }
}

/**
 * Stable reason codes. They are public API: scripts match on them, so a code is never renamed
 * or reused. Each says which step decided and maps to one exit code class.
 */
export const REASON_CODES = {
  // Input and format
  MALFORMED: 'input is not well-formed JSON, base64 or DER',
  LIMIT: 'input exceeds a size or count limit',
  MEDIA_TYPE: 'not a supported Sigstore bundle media type',
  BUNDLE_SHAPE: 'bundle structure is invalid for this use',
  PAYLOAD_TYPE: 'DSSE payload type is not in-toto',
  STATEMENT: 'in-toto statement or predicate is malformed',
  PREDICATE_TYPE: 'predicate type is not the one the policy asks for',
  // Binding of the artifact
  SUBJECT: 'artifact digest is not among the statement subjects',
  DIGEST_ALG: 'no acceptable digest algorithm to compare',
  // Cryptography and trust
  SIGNATURE: 'signature does not verify',
  KEY_MATERIAL: 'unexpected or unknown key material',
  CERT_CHAIN: 'certificate does not chain to a trusted CA',
  CERT_TIME: 'certificate not valid at the signed time',
  SCT: 'certificate transparency proof missing or invalid',
  TRUST_ROOT: 'trusted root is invalid or does not cover this bundle',
  TIMESTAMP: 'no valid signed time',
  TLOG_BINDING: 'transparency-log entry is not bound to this signature',
  TLOG_INCLUSION: 'transparency-log inclusion proof or promise invalid',
  TLOG_THRESHOLD: 'not enough transparency-log entries',
  TLOG_LOOKUP_NEEDED: 'needs a transparency-log lookup to be proven',
  // Identity from the certificate
  ID_ISSUER: 'OIDC issuer mismatch',
  ID_SAN: 'certificate identity (SAN) mismatch',
  ID_REPO: 'source repository mismatch',
  ID_OWNER: 'source repository owner mismatch',
  ID_REPO_ID: 'repository or owner numeric id mismatch',
  ID_SIGNER: 'signer workflow mismatch',
  ID_CALLER: 'caller workflow mismatch',
  ID_REF: 'source ref mismatch',
  ID_COMMIT: 'source commit mismatch',
  ID_BUILDER: 'builder id mismatch or untrusted builder',
  ID_TRIGGER: 'trigger event not allowed',
  ID_RUNNER: 'runner environment not allowed or not recorded',
  ID_INPUTS: 'workflow inputs mismatch',
  ID_SUBJECT_NAME: 'subject name mismatch',
  ID_CONFLICT: 'certificate carries conflicting identity values',
  ID_PUBLISHER: 'the publisher (PyPI Trusted Publisher) is not one the policy pins',
  PROVENANCE_MISMATCH: 'provenance predicate disagrees with the certificate',
  // Dependencies (the deps command)
  LOCKFILE_INTEGRITY: 'the lockfile does not pin the bytes the registry serves',
  TRUST_LEVEL: 'less trust than the policy requires',
  DOWNGRADE: 'less trust than an earlier-published version, or than the pin',
  PIN_MISMATCH: 'built by another identity than the pinned one',
  NOT_PINNED: 'no policy rule or pin names who must build this package',
  NOT_FROM_REGISTRY: 'not from a registry, and the policy refuses that',
  // Run outcome
  NO_ATTESTATION: 'no attestation to check',
  POLICY_INVALID: 'policy is invalid or incomplete',
  USAGE: 'invalid command-line usage',
  TRUST_ROOT_UNAVAILABLE: 'trusted root could not be obtained',
  NETWORK: 'network failure',
  INTERNAL: 'internal error',
} as const;

export type ReasonCode = keyof typeof REASON_CODES;

export const EXIT = {
  VERIFIED: 0,
  FAILED: 1,
  USAGE: 2,
  INDETERMINATE: 3,
  INTERNAL: 4,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Codes whose outcome is "could not decide" (exit 3) rather than "rejected" (exit 1). */
const INDETERMINATE_CODES: ReadonlySet<ReasonCode> = new Set([
  'TLOG_LOOKUP_NEEDED',
  'TRUST_ROOT_UNAVAILABLE',
  'NETWORK',
]);

export function isIndeterminate(code: ReasonCode): boolean {
  return INDETERMINATE_CODES.has(code);
}

export function isReasonCode(value: string): value is ReasonCode {
  return Object.hasOwn(REASON_CODES, value);
}

/** The exit class of a run that ended in an error with this code. */
export function exitForError(code: ReasonCode): ExitCode {
  if (code === 'USAGE' || code === 'POLICY_INVALID') return EXIT.USAGE;
  if (code === 'INTERNAL') return EXIT.INTERNAL;
  if (isIndeterminate(code)) return EXIT.INDETERMINATE;
  return EXIT.FAILED;
}

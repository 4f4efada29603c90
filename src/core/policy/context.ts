import type { CertificateIdentity } from '../identity/certificate-identity.js';
import type { ProvenanceClaims } from '../provenance/claims.js';
import type { Statement } from '../statement/statement.js';
import type { Policy } from './policy.js';

/** Everything a policy check may look at, already authenticated (except the predicate). */
export type CheckContext = {
  readonly policy: Policy;
  readonly cert: CertificateIdentity;
  readonly statement: Statement | undefined;
  /** Parsed SLSA provenance, when the predicate is provenance of a known build type. */
  readonly claims: ProvenanceClaims | undefined;
};

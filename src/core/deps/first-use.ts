import { parseBundle } from '../bundle/parse-bundle.js';
import { asciiLower, formatRepo } from '../github/names.js';
import { readCertificateIdentity } from '../identity/certificate-identity.js';
import type { JsonValue } from '../json/strict-json.js';

/**
 * The source repositories the certificates of these bundles name, before anything is verified.
 * Used only on first use (`--update-pins` with no rule or pin): the repository found becomes
 * the policy the same bundles are then verified under, so nothing is accepted on its word.
 * Bundles that cannot be read name nothing here (their verification fails on its own).
 */
export function claimedRepositories(bundles: readonly JsonValue[]): string[] {
  const repos = new Map<string, string>();
  for (const json of bundles) {
    try {
      const leaf = parseBundle(json).leaf;
      if (leaf === undefined) continue;
      // The strict GitHub reading of the certificate (issue 10): no loose URI parsing here.
      const repo = readCertificateIdentity(leaf).github?.sourceRepo;
      if (repo !== undefined && !repos.has(asciiLower(formatRepo(repo))))
        repos.set(asciiLower(formatRepo(repo)), formatRepo(repo));
    } catch {
      // Unreadable: its own verification reports why.
    }
  }
  return [...repos.values()].sort();
}

import { TrustedRoot } from '@sigstore/protobuf-specs';
import { UsageError } from '../core/errors.js';
import { renderTrustSummary } from '../render/trust-summary.js';
import { loadTrustRoots } from '../sources/trust-roots.js';
import { parse, TRUSTED_ROOT_OPTIONS, trustFromFlags } from './args.js';

/**
 * `trusted-root`: the trusted roots a verification would use, one JSON document per line (as
 * `gh attestation trusted-root` prints them), for `--trusted-root FILE` in later offline runs;
 * `--summary` shows them for a person (authorities, logs, validity windows, snapshot dates).
 */
export async function runTrustedRoot(argv: string[]): Promise<string> {
  const { values, positionals } = parse(argv, TRUSTED_ROOT_OPTIONS);
  if (positionals.length > 0) throw new UsageError('trusted-root takes no arguments');
  const roots = await loadTrustRoots(trustFromFlags(values));
  if (values.summary === true) return renderTrustSummary(roots, new Date());
  return roots.map((r) => `${JSON.stringify(TrustedRoot.toJSON(r.root))}\n`).join('');
}

import { PublicKeyDetails } from '@sigstore/protobuf-specs';
import type { LoadedRoot } from '../core/crypto/trust.js';
import { printable } from './printable.js';
import { snapshotWarning } from './trust-note.js';

type Window = { readonly start?: Date | undefined; readonly end?: Date | undefined } | undefined;

const day = (d: Date | undefined): string =>
  d === undefined ? 'open' : d.toISOString().slice(0, 10);
const window = (w: Window): string => `${day(w?.start)} → ${day(w?.end)}`;

/**
 * `trusted-root --summary`: each root's authorities and logs with their validity windows, the
 * snapshot date of an embedded root (with a warning when it is old), at a glance.
 */
export function renderTrustSummary(roots: readonly LoadedRoot[], now: Date): string {
  const out: string[] = [];
  for (const loaded of roots) {
    const r = loaded.root;
    out.push(`trusted root: ${printable(loaded.label)}`);
    if (loaded.snapshotTaken !== undefined)
      out.push(`  snapshot of ${day(loaded.snapshotTaken)} (embedded; refreshed online by TUF)`);
    else if (loaded.newestKeyStart !== undefined)
      out.push(`  newest key from ${day(loaded.newestKeyStart)}`);
    const section = (title: string, rows: string[]): void => {
      out.push(`  ${title}: ${rows.length === 0 ? 'none' : ''}`.trimEnd());
      rows.forEach((row) => out.push(`    ${row}`));
    };
    section(
      'certificate authorities (Fulcio)',
      r.certificateAuthorities.map(
        (ca) =>
          `${printable(subject(ca.subject))}  ${printable(ca.uri)}  ${window(ca.validFor)}  (${ca.certChain?.certificates.length ?? 0} certificates)`,
      ),
    );
    section(
      'transparency logs (Rekor)',
      r.tlogs.map(
        (t) =>
          `${printable(t.baseUrl)}  ${keyType(t.publicKey?.keyDetails)}  ${window(t.publicKey?.validFor)}`,
      ),
    );
    section(
      'certificate transparency logs',
      r.ctlogs.map(
        (t) =>
          `${printable(t.baseUrl)}  ${keyType(t.publicKey?.keyDetails)}  ${window(t.publicKey?.validFor)}`,
      ),
    );
    section(
      'timestamp authorities',
      r.timestampAuthorities.map(
        (tsa) =>
          `${printable(subject(tsa.subject))}  ${printable(tsa.uri)}  ${window(tsa.validFor)}`,
      ),
    );
    out.push(...snapshotWarning(loaded, now));
    out.push('');
  }
  return `${out.join('\n')}`;
}

function subject(s: { organization: string; commonName: string } | undefined): string {
  const parts = [s?.organization && `O=${s.organization}`, s?.commonName && `CN=${s.commonName}`];
  return parts.filter(Boolean).join(', ') || '(no subject)';
}

function keyType(details: PublicKeyDetails | undefined): string {
  return details === undefined
    ? 'key type unknown'
    : (PublicKeyDetails[details] ?? String(details));
}

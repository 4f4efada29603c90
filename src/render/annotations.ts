import type { VerificationResult } from '../core/report.js';
import { foundText } from '../core/result.js';

export type Annotation = { readonly title: string; readonly message: string };

/** GitHub shows at most 10 error annotations per step. */
const MAX_ANNOTATIONS = 10;

/**
 * One annotation per distinct failure of each artifact: the reason code, the field, expected and found, and the
 * fix. Only failed artifacts are annotated; a verified artifact's rejected alternatives are not.
 */
export function failureAnnotations(result: VerificationResult): Annotation[] {
  const notes = new Map<string, Annotation>();
  if (result.error !== undefined) {
    const { code, message, hint } = result.error;
    notes.set(code, { title: `verify-provenance: ${code}`, message: withHint(message, hint) });
  }
  for (const artifact of result.artifacts) {
    if (artifact.verdict === 'verified') continue;
    if (artifact.attestations.length === 0)
      notes.set(`NO_ATTESTATION ${artifact.name}`, {
        title: `verify-provenance: NO_ATTESTATION (${artifact.name})`,
        message: `no attestation was given for ${artifact.name}`,
      });
    for (const att of artifact.attestations) {
      for (const check of att.checks) {
        if (check.status !== 'fail') continue;
        const parts = [check.message];
        if (check.expected !== undefined) parts.push(`expected: ${check.expected}`);
        const found = foundText(check);
        if (found !== undefined) parts.push(`found: ${found}`);
        const message = withHint(parts.join('; '), check.hint);
        const key = `${artifact.name}\u0000${check.code ?? ''}\u0000${message}`;
        if (!notes.has(key))
          notes.set(key, {
            title: `verify-provenance: ${check.code ?? 'FAIL'} ${check.id} (${artifact.name})`,
            message,
          });
      }
    }
  }
  const all = [...notes.values()];
  if (all.length <= MAX_ANNOTATIONS) return all;
  const kept = all.slice(0, MAX_ANNOTATIONS - 1);
  kept.push({
    title: 'verify-provenance: more failures',
    message: `${all.length - kept.length} more failure(s); see the step summary or the JSON result`,
  });
  return kept;
}

function withHint(message: string, hint: string | undefined): string {
  return hint === undefined ? message : `${message}. Fix: ${hint}`;
}

import type { InspectedAttestation } from '../core/inspect.js';
import { printable } from './printable.js';

/** A labelled, readable view of what attestations claim. Every line says: UNVERIFIED. */
export function renderInspect(
  files: readonly {
    readonly file: string;
    readonly attestations: readonly InspectedAttestation[];
  }[],
): string {
  const lines: string[] = [];
  for (const { file, attestations } of files) {
    lines.push(
      `${file}: ${attestations.length} attestation(s) — UNVERIFIED: shown as claimed, nothing checked`,
    );
    for (const a of attestations) lines.push('', ...attestationLines(a));
    lines.push('');
  }
  return `${lines.map(printable).join('\n')}\n`;
}

function attestationLines(a: InspectedAttestation): string[] {
  const out = [`[${a.origin}] ${a.format ?? ''}`.trimEnd()];
  const row = (label: string, value: string | undefined, indent = '  '): void => {
    if (value !== undefined && value !== '') out.push(`${indent}${`${label}:`.padEnd(20)}${value}`);
  };
  if (a.error !== undefined) row('cannot be read', a.error);
  const id = a.identity;
  if (id !== undefined) {
    out.push('  certificate (claimed)');
    row('issuer', id.issuer, '    ');
    row('identity (SAN)', id.san, '    ');
    row('signer workflow', id.signerWorkflowUri, '    ');
    row('caller workflow', id.callerWorkflowUri, '    ');
    row('source repository', id.repository ?? id.repositoryUri, '    ');
    row('source ref', id.sourceRef, '    ');
    row('source commit', id.sourceDigest, '    ');
    row(
      'repository ids',
      id.repositoryId === undefined ? undefined : `${id.repositoryId} (owner ${id.ownerId ?? '?'})`,
      '    ',
    );
    row('trigger', id.trigger, '    ');
    row('runner', id.runnerEnvironment, '    ');
    row('run', id.runInvocation, '    ');
    if (a.certificate !== undefined)
      row('valid', `${a.certificate.notBefore} .. ${a.certificate.notAfter}`, '    ');
  }
  for (const e of a.logEntries ?? [])
    row(
      'log entry',
      `${e.logIndex} (${e.kind})${e.integratedTime === undefined ? '' : `, integrated ${e.integratedTime}`}${e.inclusionProof ? ', inclusion proof' : ''}${e.inclusionPromise ? ', promise' : ''}`,
    );
  for (const t of a.timestamps ?? []) row('timestamp', t);
  if (a.statement !== undefined) {
    row('statement', `${a.statement.type}, predicate ${a.statement.predicateType}`);
    for (const s of a.statement.subjects)
      row(
        'subject',
        `${s.name} ${Object.entries(s.digest)
          .map(([alg, hex]) => `${alg}:${hex}`)
          .join(' ')}`,
      );
  }
  if (a.provenance !== undefined) {
    row('build type', a.provenance.buildType);
    row('builder (claimed)', a.provenance.builderId);
  }
  if (a.suggestedPolicy !== undefined && a.suggestedPolicy.length > 0) {
    out.push('  would be accepted by (to be checked against what you expect, not trusted):');
    out.push(`    ${a.suggestedPolicy.join(' ')}`);
  }
  return out;
}

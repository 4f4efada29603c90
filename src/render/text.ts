import type { VerificationResult } from '../core/report.js';
import type { AttestationResult, Check } from '../core/result.js';
import { renderDepsText } from './deps-text.js';
import { printableDeep } from './printable.js';

export type Style = { readonly color: boolean };

const SYMBOL = { pass: '✓', fail: '✗', skipped: '·' } as const;

/**
 * Human report: one block per artifact, each attestation's checks, failures with the fix.
 * Every string from the input is made printable first: no escape sequence or line break acts.
 */
export function renderText(untrusted: VerificationResult, style: Style = { color: false }): string {
  const c = colors(style.color);
  if (untrusted.deps !== undefined && untrusted.error === undefined)
    return renderDepsText(untrusted, c);
  const result = printableDeep(untrusted);
  const lines: string[] = [];
  if (result.error !== undefined) {
    lines.push(c.red(`error [${result.error.code}]: ${result.error.message}`));
    if (result.error.hint) lines.push(`  hint: ${result.error.hint}`);
    return `${lines.join('\n')}\n`;
  }
  for (const artifact of result.artifacts) {
    lines.push(`${verdictWord(artifact.verdict, c)} ${artifact.name}`);
    if (artifact.attestations.length === 0) {
      lines.push(
        `  ${c.red(SYMBOL.fail)} [NO_ATTESTATION] no attestation was found for this artifact`,
      );
    }
    const shown = pickShown(artifact.attestations, artifact.verdict);
    for (const att of shown) lines.push(...renderAttestation(att, c));
    if (shown.length < artifact.attestations.length) {
      lines.push(
        `  (${artifact.attestations.length - shown.length} other attestation(s) not shown; --format json lists all)`,
      );
    }
  }
  for (const w of new Set([
    ...result.warnings,
    ...result.artifacts.flatMap((a) =>
      a.attestations.flatMap((t) => (t.verdict === 'verified' ? t.warnings : [])),
    ),
  ])) {
    lines.push(c.yellow(`warning: ${w}`));
  }
  lines.push('');
  lines.push(summaryLine(result, c));
  return `${lines.join('\n')}\n`;
}

/** A verified artifact shows the attestation that verified it; otherwise all of them. */
function pickShown(
  atts: readonly AttestationResult[],
  verdict: string,
): readonly AttestationResult[] {
  if (verdict !== 'verified') return atts;
  const winner = atts.find((a) => a.verdict === 'verified');
  return winner === undefined ? atts : [winner];
}

function renderAttestation(att: AttestationResult, c: Colors): string[] {
  const lines = [`  attestation ${att.origin}: ${att.verdict}`];
  const id = att.identity;
  if (id?.signerWorkflow ?? id?.san)
    lines.push(`    signer:  ${id?.signerWorkflow ?? id?.san ?? ''}`);
  if (id?.callerWorkflow) lines.push(`    caller:  ${id.callerWorkflow}`);
  if (id?.sourceRepository)
    lines.push(
      `    source:  ${id.sourceRepository} ${id.sourceRef ?? ''} ${id.sourceDigest ?? ''}`.trimEnd(),
    );
  if (id?.runInvocation) lines.push(`    run:     ${id.runInvocation}`);
  if (att.signedTimes && att.signedTimes.length > 0)
    lines.push(`    signed:  ${att.signedTimes.map((t) => `${t.time} (${t.source})`).join(', ')}`);
  for (const check of att.checks) lines.push(...renderCheck(check, c));
  return lines;
}

function renderCheck(check: Check, c: Colors): string[] {
  if (check.status === 'skipped') return [];
  if (check.status === 'pass') return [`    ${c.green(SYMBOL.pass)} ${check.id}: ${check.message}`];
  const lines = [`    ${c.red(SYMBOL.fail)} ${check.id} [${check.code ?? '?'}]: ${check.message}`];
  if (check.expected !== undefined) lines.push(`        expected: ${check.expected}`);
  if (check.actual !== undefined) lines.push(`        found:    ${check.actual}`);
  if (check.hint !== undefined) lines.push(`        fix:      ${check.hint}`);
  return lines;
}

function summaryLine(result: VerificationResult, c: Colors): string {
  const n = result.artifacts.length;
  const ok = result.artifacts.filter((a) => a.verdict === 'verified').length;
  switch (result.verdict) {
    case 'verified':
      return c.green(`VERIFIED: ${ok}/${n} artifact(s)`);
    case 'indeterminate':
      return c.yellow(`INDETERMINATE: ${ok}/${n} verified; ${result.failedChecks.join(', ')}`);
    case 'failed':
    case 'error':
      return c.red(
        `FAILED: ${ok}/${n} verified; ${result.failedChecks.join(', ') || 'nothing to verify'}`,
      );
  }
}

function verdictWord(verdict: string, c: Colors): string {
  if (verdict === 'verified') return c.green('PASS');
  if (verdict === 'indeterminate') return c.yellow('INDETERMINATE');
  return c.red('FAIL');
}

type Colors = Record<'red' | 'green' | 'yellow', (s: string) => string>;

function colors(on: boolean): Colors {
  const wrap = (code: number) => (s: string) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);
  return { red: wrap(31), green: wrap(32), yellow: wrap(33) };
}

import type { VerificationResult } from '../core/report.js';
import {
  foundText,
  type ArtifactResult,
  type AttestationResult,
  type Check,
} from '../core/result.js';
import { renderDepsText } from './deps-text.js';
import { printableDeep } from './printable.js';

/**
 * How much to say: `auto` gives every check of a single artifact, and one line per passing
 * artifact when there are several (details only for failures, listed again at the end);
 * `verbose` gives every check of everything; `quiet` only the verdict and what failed.
 */
export type Detail = 'auto' | 'verbose' | 'quiet';

export type Style = { readonly color: boolean; readonly detail?: Detail };

const SYMBOL = { pass: '✓', fail: '✗', skipped: '·' } as const;

/** Names listed again at the end, at most: the JSON result has them all. */
const MAX_LISTED = 50;

/**
 * Human report. Every string from the input is made printable first: no escape sequence or line
 * break acts.
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
  const detail = style.detail ?? 'auto';
  const many = result.artifacts.length > 1;
  const notVerified = result.artifacts.filter((a) => a.verdict !== 'verified');
  if (detail !== 'quiet') lines.push(...artifactLines(result.artifacts, c, detail, many));
  if (detail !== 'quiet')
    for (const w of new Set([
      ...result.warnings,
      ...result.artifacts.flatMap((a) =>
        a.attestations.flatMap((t) => (t.verdict === 'verified' ? t.warnings : [])),
      ),
    ])) {
      lines.push(c.yellow(`warning: ${w}`));
    }
  if (lines.length > 0) lines.push('');
  if (many && notVerified.length > 0) {
    lines.push(`not verified (${notVerified.length}):`);
    for (const a of notVerified.slice(0, MAX_LISTED))
      lines.push(`  ${verdictWord(a.verdict, c)} ${a.name}  ${codesOf(a).join(', ')}`);
    if (notVerified.length > MAX_LISTED)
      lines.push(
        `  … and ${notVerified.length - MAX_LISTED} more (--format json or --output FILE lists all)`,
      );
  }
  lines.push(summaryLine(result, c));
  return `${lines.join('\n')}\n`;
}

/**
 * Artifacts as the report shows them, without the verdict line: every check with `verbose`;
 * with `auto` and `many`, one line per passing artifact and only the failing checks of others.
 */
export function renderArtifactsText(
  untrusted: readonly ArtifactResult[],
  style: Style = { color: false },
): string {
  const artifacts = printableDeep(untrusted);
  const detail = style.detail ?? 'auto';
  return `${artifactLines(artifacts, colors(style.color), detail, artifacts.length > 1).join('\n')}\n`;
}

function artifactLines(
  artifacts: readonly ArtifactResult[],
  c: Colors,
  detail: Detail,
  many: boolean,
): string[] {
  const lines: string[] = [];
  for (const artifact of artifacts) {
    if (detail === 'auto' && many && artifact.verdict === 'verified') {
      lines.push(oneLine(artifact, c));
      continue;
    }
    lines.push(`${verdictWord(artifact.verdict, c)} ${artifact.name}`);
    if (artifact.attestations.length === 0) {
      lines.push(
        `  ${c.red(SYMBOL.fail)} [NO_ATTESTATION] no attestation was found for this artifact`,
      );
    }
    const shown = pickShown(artifact.attestations, artifact.verdict);
    const compact = detail === 'auto' && many;
    for (const att of shown) lines.push(...renderAttestation(att, c, compact));
    if (shown.length < artifact.attestations.length) {
      lines.push(
        `  (${artifact.attestations.length - shown.length} other attestation(s) not shown; --format json lists all)`,
      );
    }
  }
  return lines;
}

/** A passing artifact among many: its name and who built it, on one line. */
function oneLine(artifact: ArtifactResult, c: Colors): string {
  const winner = artifact.attestations.find((a) => a.verdict === 'verified');
  const id = winner?.identity;
  const by =
    id?.repository === undefined
      ? (id?.san ?? '')
      : `${id.repository}${id.sourceRef === undefined ? '' : ` ${id.sourceRef}`}`;
  return `${verdictWord(artifact.verdict, c)} ${artifact.name}${by === '' ? '' : `  (${by})`}`;
}

function codesOf(artifact: ArtifactResult): string[] {
  return [
    ...new Set(
      artifact.attestations.flatMap((a) =>
        a.checks.flatMap((ch) => (ch.status === 'fail' && ch.code !== undefined ? [ch.code] : [])),
      ),
    ),
  ];
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

function renderAttestation(att: AttestationResult, c: Colors, compact = false): string[] {
  const lines = [`  attestation ${att.origin}: ${att.verdict}`];
  const id = att.identity;
  if (id?.signerWorkflowUri ?? id?.san)
    lines.push(`    signer:  ${id?.signerWorkflowUri ?? id?.san ?? ''}`);
  if (id?.callerWorkflowUri) lines.push(`    caller:  ${id.callerWorkflowUri}`);
  if (id?.repositoryUri)
    lines.push(
      `    source:  ${id.repositoryUri} ${id.sourceRef ?? ''} ${id.sourceDigest ?? ''}`.trimEnd(),
    );
  if (id?.runInvocation) lines.push(`    run:     ${id.runInvocation}`);
  if (att.signedTimes && att.signedTimes.length > 0)
    lines.push(`    signed:  ${att.signedTimes.map((t) => `${t.time} (${t.source})`).join(', ')}`);
  for (const check of att.checks)
    if (!compact || check.status === 'fail') lines.push(...renderCheck(check, c));
  return lines;
}

function renderCheck(check: Check, c: Colors): string[] {
  if (check.status === 'skipped') return [];
  if (check.status === 'pass') return [`    ${c.green(SYMBOL.pass)} ${check.id}: ${check.message}`];
  const lines = [`    ${c.red(SYMBOL.fail)} ${check.id} [${check.code ?? '?'}]: ${check.message}`];
  if (check.expected !== undefined) lines.push(`        expected: ${check.expected}`);
  const found = foundText(check);
  if (found !== undefined) lines.push(`        found:    ${found}`);
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

import type { VerificationResult } from '../core/report.js';
import type { ArtifactResult, AttestationResult, Check } from '../core/result.js';
import { mdCode, mdLink, mdTable, mdText } from './markdown.js';

/** Public-good Rekor (v1): its entries can be looked up on search.sigstore.dev. */
const SEARCHABLE_LOGS: Readonly<Record<string, string>> = {
  'wNI9atQGlz+VWfO6LRygH4QUfY/8W4RFwiT5i5WRgB0=': 'https://search.sigstore.dev/?logIndex=',
};
const MAX_ATTESTATIONS_SHOWN = 10;
/** GitHub refuses step summaries over 1 MiB; stay well under it. */
const MAX_BYTES = 512 * 1024;

const ICON = { verified: '✅', failed: '❌', indeterminate: '⚠️', error: '❌' } as const;
const CHECK_ICON = { pass: '✅', fail: '❌', skipped: '➖' } as const;

/** The GitHub step summary: verdict, policy, and per artifact the signing identity and checks. */
export function renderStepSummary(result: VerificationResult, resultPath?: string): string {
  const lines: string[] = [`## ${ICON[result.verdict]} verify-provenance: ${headline(result)}`, ''];
  if (result.error !== undefined) {
    lines.push(`**${mdText(result.error.code)}**: ${mdText(result.error.message)}`, '');
    if (result.error.hint !== undefined) lines.push(`Fix: ${mdText(result.error.hint)}`, '');
  }
  if (result.policy !== undefined) {
    const rows = Object.entries(result.policy).map(([k, v]) => [
      mdText(k),
      mdCode(typeof v === 'string' ? v : JSON.stringify(v)),
    ]);
    lines.push('<details><summary>Policy</summary>', '', ...mdTable(['field', 'value'], rows));
    lines.push('', '</details>', '');
  }
  let bytes = 0;
  for (const [i, artifact] of result.artifacts.entries()) {
    const block = renderArtifact(artifact);
    bytes += Buffer.byteLength(block.join('\n'));
    if (bytes > MAX_BYTES) {
      lines.push(
        `_${result.artifacts.length - i} more artifact(s) not shown: the summary is capped at ${MAX_BYTES} bytes; the JSON result has everything._`,
        '',
      );
      break;
    }
    lines.push(...block);
  }
  const warnings = new Set([
    ...result.warnings,
    ...result.artifacts.flatMap((a) =>
      a.attestations.flatMap((t) => (t.verdict === 'verified' ? t.warnings : [])),
    ),
  ]);
  for (const w of warnings) lines.push(`> [!WARNING]`, `> ${mdText(w)}`, '');
  if (resultPath !== undefined) lines.push(`Full result (JSON): ${mdCode(resultPath)}`, '');
  return capped(`${lines.join('\n')}\n`);
}

function headline(result: VerificationResult): string {
  const n = result.artifacts.length;
  const ok = result.artifacts.filter((a) => a.verdict === 'verified').length;
  if (result.verdict === 'verified') return `verified ${ok}/${n} artifact(s)`;
  if (result.verdict === 'error') return `not verified (${mdText(result.error?.code ?? 'error')})`;
  const codes =
    result.failedChecks.length > 0 ? result.failedChecks.join(', ') : 'nothing to verify';
  return `${result.verdict === 'indeterminate' ? 'indeterminate' : 'not verified'}: ${ok}/${n} verified (${mdText(codes)})`;
}

function renderArtifact(artifact: ArtifactResult): string[] {
  const lines = [`### ${ICON[artifact.verdict]} ${mdText(artifact.name)}`, ''];
  const digests = Object.entries(artifact.digests).map(([alg, hex]) => `${alg}:${hex}`);
  if (digests.length > 0) lines.push(digests.map((d) => mdCode(d)).join('<br>'), '');
  if (artifact.attestations.length === 0) {
    lines.push('❌ **NO\\_ATTESTATION**: no attestation was given for this artifact.', '');
    return lines;
  }
  const winner = artifact.attestations.find((a) => a.verdict === 'verified');
  const shown =
    winner !== undefined ? [winner] : artifact.attestations.slice(0, MAX_ATTESTATIONS_SHOWN);
  for (const att of shown) lines.push(...renderAttestation(att));
  const hidden = artifact.attestations.length - shown.length;
  if (hidden > 0)
    lines.push(`_${hidden} other attestation(s) not shown; the JSON result lists all._`, '');
  return lines;
}

function renderAttestation(att: AttestationResult): string[] {
  const lines = [`#### Attestation ${mdCode(att.origin)}: ${att.verdict}`, ''];
  const identity = identityRows(att);
  if (identity.length > 0) lines.push(...mdTable(['signed by', ''], identity), '');
  const checks = att.checks.filter((c) => c.status !== 'skipped').map(checkRow);
  lines.push(...mdTable(['', 'check', 'expected', 'found', 'fix'], checks), '');
  return lines;
}

function identityRows(att: AttestationResult): string[][] {
  const id = att.identity ?? {};
  const rows: [string, string | undefined][] = [
    ['signer workflow', id.signerWorkflow ?? id.san],
    ['caller workflow', id.callerWorkflow],
    ['source repository', id.sourceRepository],
    ['source ref', id.sourceRef],
    ['source commit', id.sourceDigest],
    ['trigger', id.trigger],
    ['runner', id.runnerEnvironment],
    ['builder', att.builderId],
    ['predicate type', att.predicateType],
    ['issuer', id.issuer],
  ];
  const out = rows.flatMap(([k, v]) => (v === undefined ? [] : [[k, mdCode(v)]]));
  if (id.runInvocation !== undefined)
    out.push(['workflow run', mdLink(id.runInvocation, id.runInvocation)]);
  for (const entry of att.logEntries ?? []) {
    const search = SEARCHABLE_LOGS[entry.logId];
    const text = `log index ${entry.logIndex}`;
    out.push([
      `log entry (${mdText(entry.kind)})`,
      search !== undefined && /^[0-9]+$/.test(entry.logIndex)
        ? mdLink(text, `${search}${entry.logIndex}`)
        : mdText(text),
    ]);
  }
  for (const t of att.signedTimes ?? [])
    out.push([`signed at (${mdText(t.source)})`, mdCode(t.time)]);
  if (att.trustRoot !== undefined) out.push(['trust root', mdText(att.trustRoot)]);
  return out;
}

function checkRow(check: Check): string[] {
  const name =
    check.status === 'fail'
      ? `**${mdText(check.code ?? 'FAIL')}** ${mdText(check.id)}: ${mdText(check.message)}`
      : `${mdText(check.id)}: ${mdText(check.message)}`;
  return [
    CHECK_ICON[check.status],
    name,
    check.expected === undefined ? '' : mdCode(check.expected),
    check.actual === undefined ? '' : mdCode(check.actual),
    check.hint === undefined ? '' : mdText(check.hint),
  ];
}

/** Cut a summary at the size GitHub accepts, saying so. */
export function capped(markdown: string): string {
  if (Buffer.byteLength(markdown) <= MAX_BYTES) return markdown;
  const cut = Buffer.from(markdown)
    .subarray(0, MAX_BYTES)
    .toString('utf8')
    .replace(/\n[^\n]*$/, '');
  return `${cut}\n\n_Summary truncated at ${MAX_BYTES} bytes; the JSON result has everything._\n`;
}

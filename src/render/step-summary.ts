import type { VerificationResult } from '../core/report.js';
import {
  failedCodes,
  foundText,
  type ArtifactResult,
  type AttestationResult,
  type Check,
} from '../core/result.js';
import { mdCode, mdLink, mdTable, mdText } from './markdown.js';

/** Public-good Rekor (v1): its entries can be looked up on search.sigstore.dev. */
const SEARCHABLE_LOGS: Readonly<Record<string, string>> = {
  'wNI9atQGlz+VWfO6LRygH4QUfY/8W4RFwiT5i5WRgB0=': 'https://search.sigstore.dev/?logIndex=',
};
const MAX_ATTESTATIONS_SHOWN = 10;
/** GitHub refuses step summaries over 1 MiB; stay well under it. */
export const MAX_BYTES = 512 * 1024;

const ICON = { verified: '✅', failed: '❌', indeterminate: '⚠️', error: '❌' } as const;
const CHECK_ICON = { pass: '✅', fail: '❌', skipped: '➖' } as const;

/** Bytes the lines take in the summary (each ends with a new line). */
export function bytesOf(lines: readonly string[]): number {
  return lines.reduce((n, l) => n + Buffer.byteLength(l) + 1, 0);
}

/**
 * Room left in the summary. Failures are placed first, passing detail last, so the cap only
 * ever cuts what passed; `reserve` keeps room for what must still follow.
 */
export class Budget {
  constructor(private left: number) {}
  fits(lines: readonly string[], reserve = 0): boolean {
    return bytesOf(lines) + reserve <= this.left;
  }
  take(out: string[], lines: readonly string[]): void {
    this.left -= bytesOf(lines);
    out.push(...lines);
  }
  /** The lines of each item while they fit (room kept for the note a cut adds); how many. */
  takeWhileFits<T>(out: string[], items: readonly T[], lines: (item: T) => string[]): number {
    let shown = 0;
    for (const item of items) {
      const block = lines(item);
      if (!this.fits(block, NOTE_ROOM)) break;
      this.take(out, block);
      shown++;
    }
    return shown;
  }
}

/** Room kept for the "N more not shown" lines a cut adds. */
export const NOTE_ROOM = 512;

/**
 * Failing items in detail while the compact lines of every later failure still fit; then the
 * rest compactly, one line each; then, only if even those overflow, how many more. No failure
 * is ever left unnamed while room remains, and passing detail never displaces one.
 */
export function failuresWithin(
  budget: Budget,
  /** The detailed lines of item i (made only when there may be room for them). */
  detail: (i: number) => readonly string[],
  compact: readonly string[],
  what: string,
  /** Bytes that must stay free for what follows (later failures named compactly). */
  reserveAfter = 0,
): string[] {
  const out: string[] = [];
  // suffix[i]: bytes of the compact lines of items i.. (what naming them all would take).
  const suffix = new Array<number>(compact.length + 1).fill(0);
  for (let i = compact.length - 1; i >= 0; i--)
    suffix[i] = (suffix[i + 1] ?? 0) + Buffer.byteLength(compact[i] ?? '') + 1;
  let i = 0;
  for (; i < compact.length; i++) {
    const block = detail(i);
    // Room for naming every later failure, the line that introduces them, and a final note.
    if (!budget.fits(block, (suffix[i + 1] ?? 0) + 2 * NOTE_ROOM + reserveAfter)) break;
    budget.take(out, block);
  }
  if (i === compact.length) return out;
  budget.take(out, [
    '',
    `**${compact.length - i} more ${what}**, without details (the summary is capped at ${MAX_BYTES} bytes; the JSON result has everything):`,
    '',
  ]);
  for (let j = i; j < compact.length; j++) {
    const line = compact[j] ?? '';
    if (!budget.fits([line], NOTE_ROOM + reserveAfter)) {
      budget.take(out, [
        '',
        `_… and ${compact.length - j} more ${what} not named here: the JSON result lists them._`,
      ]);
      return [...out, ''];
    }
    budget.take(out, [line]);
  }
  return [...out, ''];
}

/**
 * The GitHub step summary: the verdict, then failing artifacts (detailed, and never cut off by
 * the size cap: see failuresWithin), then passing ones (one row each when there are several;
 * cut first), then the policy, warnings and the result path.
 */
export function renderStepSummary(result: VerificationResult, resultPath?: string): string {
  const head: string[] = [`## ${ICON[result.verdict]} verify-provenance: ${headline(result)}`, ''];
  if (result.error !== undefined) {
    head.push(`**${mdText(result.error.code)}**: ${mdText(result.error.message)}`, '');
    if (result.error.hint !== undefined) head.push(`Fix: ${mdText(result.error.hint)}`, '');
  }
  const tail: string[] = [];
  if (result.policy !== undefined) {
    const rows = Object.entries(result.policy).map(([k, v]) => [
      mdText(k),
      mdCode(typeof v === 'string' ? v : JSON.stringify(v)),
    ]);
    tail.push('<details><summary>Policy</summary>', '', ...mdTable(['field', 'value'], rows));
    tail.push('', '</details>', '');
  }
  const warnings = new Set([
    ...result.warnings,
    ...result.artifacts.flatMap((a) =>
      a.attestations.flatMap((t) => (t.verdict === 'verified' ? t.warnings : [])),
    ),
  ]);
  for (const w of warnings) tail.push(`> [!WARNING]`, `> ${mdText(w)}`, '');
  if (resultPath !== undefined) tail.push(`Full result (JSON): ${mdCode(resultPath)}`, '');

  const budget = new Budget(MAX_BYTES - bytesOf(head) - bytesOf(tail) - NOTE_ROOM);
  const body: string[] = [];
  const failing = result.artifacts.filter((a) => a.verdict !== 'verified');
  const passing = result.artifacts.filter((a) => a.verdict === 'verified');
  const many = result.artifacts.length > 1;
  if (failing.length > 0) {
    if (many) budget.take(body, [`### ${ICON.failed} Not verified (${failing.length})`, '']);
    body.push(
      ...failuresWithin(
        budget,
        (i) => renderArtifact(failing[i] as ArtifactResult, many ? '####' : '###'),
        failing.map(compactFailure),
        'failing artifact(s)',
      ),
    );
  }
  if (passing.length > 0 && !many) {
    const block = renderArtifact(passing[0] as ArtifactResult, '###');
    if (budget.fits(block)) budget.take(body, block);
    else budget.take(body, [`_The verified artifact's details are in the JSON result._`, '']);
  } else if (passing.length > 0) {
    budget.take(body, [
      `<details><summary>${ICON.verified} Verified (${passing.length})</summary>`,
      '',
    ]);
    budget.take(
      body,
      mdTable(['artifact', 'source repository', 'source ref', 'signer workflow'], []),
    );
    const shown = budget.takeWhileFits(body, passing, (a) => [passingRow(a)]);
    body.push('');
    if (shown < passing.length)
      body.push(
        `_${passing.length - shown} more verified artifact(s) not shown: the summary is capped at ${MAX_BYTES} bytes; the JSON result has everything._`,
        '',
      );
    body.push('</details>', '');
  }
  return capped(`${[...head, ...body, ...tail].join('\n')}\n`);
}

/** A failing artifact in one line: its name and why. */
function compactFailure(a: ArtifactResult): string {
  const codes = [...new Set(a.attestations.flatMap((t) => failedCodes(t.checks)))];
  if (a.attestations.length === 0) codes.push('NO_ATTESTATION');
  return `- ${ICON[a.verdict]} ${mdText(a.name, 200)}: ${mdText(codes.join(', ') || a.verdict)}`;
}

/** A verified artifact among several: one row, who built it. */
function passingRow(a: ArtifactResult): string {
  const id = a.attestations.find((t) => t.verdict === 'verified')?.identity;
  const cell = (v: string | undefined): string => (v === undefined ? '' : mdCode(v, 200));
  return `| ${mdText(a.name, 200)} | ${cell(id?.repository ?? id?.repositoryUri)} | ${cell(id?.sourceRef)} | ${cell(id?.signerWorkflow ?? id?.san)} |`;
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

function renderArtifact(artifact: ArtifactResult, level: '###' | '####'): string[] {
  const lines = [`${level} ${ICON[artifact.verdict]} ${mdText(artifact.name)}`, ''];
  const digests = Object.entries(artifact.digests).map(([alg, hex]) => `${alg}:${hex}`);
  if (digests.length > 0) lines.push(digests.map((d) => mdCode(d)).join('<br>'), '');
  if (artifact.attestations.length === 0) {
    lines.push('❌ **NO\\_ATTESTATION**: no attestation was given for this artifact.', '');
    return lines;
  }
  const winner = artifact.attestations.find((a) => a.verdict === 'verified');
  const shown =
    winner !== undefined ? [winner] : artifact.attestations.slice(0, MAX_ATTESTATIONS_SHOWN);
  for (const att of shown)
    lines.push(...renderAttestation(att, level === '###' ? '####' : '#####'));
  const hidden = artifact.attestations.length - shown.length;
  if (hidden > 0)
    lines.push(`_${hidden} other attestation(s) not shown; the JSON result lists all._`, '');
  return lines;
}

function renderAttestation(att: AttestationResult, level: '####' | '#####'): string[] {
  const lines = [`${level} Attestation ${mdCode(att.origin)}: ${att.verdict}`, ''];
  const identity = identityRows(att);
  if (identity.length > 0) lines.push(...mdTable(['signed by', ''], identity), '');
  const checks = att.checks.filter((c) => c.status !== 'skipped').map(checkRow);
  lines.push(...mdTable(['', 'check', 'expected', 'found', 'fix'], checks), '');
  return lines;
}

function identityRows(att: AttestationResult): string[][] {
  const id = att.identity ?? {};
  const rows: [string, string | undefined][] = [
    ['signer workflow', id.signerWorkflowUri ?? id.san],
    ['caller workflow', id.callerWorkflowUri],
    ['source repository', id.repositoryUri],
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
    foundText(check) === undefined ? '' : mdCode(foundText(check) ?? ''),
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

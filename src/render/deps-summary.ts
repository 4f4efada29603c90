import type { VerificationResult } from '../core/report.js';
import { foundText, type ArtifactResult, type PackageOutcome } from '../core/result.js';
import { countsLine, OUTCOME_LABEL, OUTCOME_ORDER, packageLabel, reasons } from './deps-text.js';
import { mdCode, mdTable, mdText } from './markdown.js';
import { Budget, bytesOf, capped, failuresWithin, MAX_BYTES, NOTE_ROOM } from './step-summary.js';

const ICON = { verified: '✅', failed: '❌', indeterminate: '⚠️', error: '❌' } as const;

/** Must be seen: never cut by the size cap (named compactly when details do not fit). */
const MUST_SHOW = [
  ['failed', 'Failures'],
  ['indeterminate', 'Undecided (a service failed)'],
] as const;
/** Shown while room remains, after every failure. */
const MAY_CUT = [
  ['warned', 'Warnings'],
  ['excepted', 'Exceptions applied'],
] as const;
const REASON_HEADER = ['package', 'lockfile', 'check', 'expected', 'found', 'fix'];

/**
 * The deps step summary: the verdict and counts, then failures and undecided packages first,
 * with every lockfile line, check, expected, found and fix; the size cap never hides one (the
 * rest are named one per line when details do not fit). Warned and excepted packages follow,
 * then verified and listed packages in collapsed tables, cut first; notes last.
 */
export function renderDepsSummary(result: VerificationResult, resultPath?: string): string {
  const deps = result.deps;
  const head: string[] = [
    `## ${ICON[result.verdict]} verify-provenance deps: ${mdText(countsLine(result).replace(/^deps: /, ''))}`,
    '',
  ];
  if (deps !== undefined) {
    const rows = OUTCOME_ORDER.filter((o) => deps.counts[o] > 0).map((o) => [
      OUTCOME_LABEL[o],
      String(deps.counts[o]),
    ]);
    if (rows.length > 0) head.push(...mdTable(['outcome', 'packages'], rows), '');
  }
  const tail: string[] = [];
  for (const note of deps?.notes ?? []) tail.push(`> [!NOTE]`, `> ${mdText(note)}`, '');
  if (deps?.pins !== undefined && deps.pins.written)
    tail.push(
      `Pins written to ${mdCode(deps.pins.file)}: ${deps.pins.added.length} added, ${deps.pins.changed.length} changed, ${deps.pins.removed.length} removed.`,
      '',
    );
  if (resultPath !== undefined) tail.push(`Full result (JSON): ${mdCode(resultPath)}`, '');

  const by = (o: PackageOutcome): ArtifactResult[] =>
    result.artifacts.filter((a) => a.package?.outcome === o);
  const budget = new Budget(MAX_BYTES - bytesOf(head) - bytesOf(tail) - NOTE_ROOM);
  const body: string[] = [];
  const mustShow = MUST_SHOW.map(([outcome, title]) => ({ outcome, title, list: by(outcome) }));
  // What naming every failure of the later must-show sections takes: kept free meanwhile.
  const compactBytes = mustShow.map(({ list, title }) =>
    list.length === 0
      ? 0
      : bytesOf([...sectionHead(title, list.length), '', ...list.map(compactPackage)]) + NOTE_ROOM,
  );
  mustShow.forEach(({ outcome, title, list }, k) => {
    if (list.length === 0) return;
    const later = compactBytes.slice(k + 1).reduce((a, b) => a + b, 0);
    budget.take(body, sectionHead(title, list.length));
    body.push(
      ...failuresWithin(
        budget,
        (i) => reasonRows(list[i] as ArtifactResult, outcome),
        list.map(compactPackage),
        `${OUTCOME_LABEL[outcome]} package(s)`,
        later,
      ),
    );
    budget.take(body, ['']);
  });
  for (const [outcome, title] of MAY_CUT) {
    const list = by(outcome);
    if (list.length === 0) continue;
    budget.take(body, sectionHead(title, list.length));
    const shown = budget.takeWhileFits(body, list, (a) => reasonRows(a, outcome));
    body.push('');
    if (shown < list.length) body.push(notShown(list.length - shown, OUTCOME_LABEL[outcome]), '');
  }
  const verified = by('verified');
  if (verified.length > 0) {
    body.push(`<details><summary>Verified (${verified.length})</summary>`, '');
    budget.take(
      body,
      mdTable(['package', 'trust', 'source repository', 'expected identity from', 'cached'], []),
    );
    const shown = budget.takeWhileFits(body, verified, (a) => {
      const id = a.attestations.find(
        (t) => t.verdict === 'verified' && t.identity !== undefined,
      )?.identity;
      const repo = id?.repository ?? id?.repositoryUri;
      return [
        row([
          mdText(packageLabel(a)),
          mdText(a.package?.trustLevel ?? ''),
          repo === undefined ? '' : mdCode(repo),
          mdText(a.package?.identityFrom ?? ''),
          a.package?.cached === true ? 'yes' : '',
        ]),
      ];
    });
    body.push('');
    if (shown < verified.length) body.push(notShown(verified.length - shown, 'verified'), '');
    body.push('</details>', '');
  }
  const listed = by('not-from-registry');
  if (listed.length > 0) {
    body.push(`<details><summary>Not from a registry (${listed.length})</summary>`, '');
    budget.take(body, mdTable(['package', 'kind', 'lockfile'], []));
    const shown = budget.takeWhileFits(body, listed, (a) => [
      row([
        mdText(packageLabel(a)),
        mdText(a.package?.source ?? ''),
        mdCode(`${a.package?.locations[0]?.file ?? ''}:${a.package?.locations[0]?.line ?? ''}`),
      ]),
    ]);
    body.push('');
    if (shown < listed.length) body.push(notShown(listed.length - shown, 'listed'), '');
    body.push('</details>', '');
  }
  return capped(`${[...head, ...body, ...tail].join('\n')}\n`);
}

function sectionHead(title: string, n: number): string[] {
  return [`### ${title} (${n})`, '', ...mdTable(REASON_HEADER, [])];
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function notShown(n: number, what: string): string {
  return `_${n} more ${what} package(s) not shown: the summary is capped at ${MAX_BYTES} bytes; the JSON result has everything._`;
}

/** A package that did not pass, in one line: its name, where, and why. */
function compactPackage(a: ArtifactResult): string {
  const codes = [...new Set(reasons(a).flatMap((c) => (c.code === undefined ? [] : [c.code])))];
  const where = a.package?.locations[0];
  return `- ${mdText(packageLabel(a), 200)}${where === undefined ? '' : ` (${mdCode(`${where.file}:${where.line}`, 200)})`}: ${mdText(codes.join(', ') || (a.package?.outcome ?? a.verdict))}`;
}

/** A package's table rows: each check that explains its outcome, with expected, found and fix. */
function reasonRows(a: ArtifactResult, outcome: PackageOutcome): string[] {
  const why =
    outcome === 'excepted'
      ? (a.package?.checks ?? []).filter((c) => c.id === 'exception')
      : reasons(a);
  const where = (a.package?.locations ?? []).map((l) => mdCode(`${l.file}:${l.line}`)).join('<br>');
  // A package is never left out for want of a check to show: its outcome stands in.
  if (why.length === 0) return [row([mdText(packageLabel(a)), where, mdText(outcome), '', '', ''])];
  return why.map((c, i) =>
    row([
      i === 0 ? mdText(packageLabel(a)) : '',
      i === 0 ? where : '',
      `${c.code === undefined ? '' : `**${mdText(c.code)}** `}${mdText(c.message)}`,
      c.expected === undefined ? '' : mdCode(c.expected),
      foundText(c) === undefined ? '' : mdCode(foundText(c) ?? ''),
      c.hint === undefined ? '' : mdText(c.hint),
    ]),
  );
}

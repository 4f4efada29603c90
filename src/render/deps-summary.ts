import type { VerificationResult } from '../core/report.js';
import type { ArtifactResult, PackageOutcome } from '../core/result.js';
import { countsLine, OUTCOME_LABEL, OUTCOME_ORDER, packageLabel, reasons } from './deps-text.js';
import { mdCode, mdTable, mdText } from './markdown.js';
import { capped } from './step-summary.js';

const ICON = { verified: '✅', failed: '❌', indeterminate: '⚠️', error: '❌' } as const;

/**
 * The deps step summary: the verdict and counts, then failures (first, so the size cap can
 * never hide one), undecided, warned and excepted packages with every lockfile line, check,
 * expected, found and fix; verified and listed packages in collapsed tables; notes last.
 */
export function renderDepsSummary(result: VerificationResult, resultPath?: string): string {
  const deps = result.deps;
  const lines: string[] = [
    `## ${ICON[result.verdict]} verify-provenance deps: ${mdText(countsLine(result).replace(/^deps: /, ''))}`,
    '',
  ];
  if (deps !== undefined) {
    const rows = OUTCOME_ORDER.filter((o) => deps.counts[o] > 0).map((o) => [
      OUTCOME_LABEL[o],
      String(deps.counts[o]),
    ]);
    if (rows.length > 0) lines.push(...mdTable(['outcome', 'packages'], rows), '');
  }
  const by = (o: PackageOutcome): ArtifactResult[] =>
    result.artifacts.filter((a) => a.package?.outcome === o);
  for (const [outcome, title] of [
    ['failed', 'Failures'],
    ['indeterminate', 'Undecided (a service failed)'],
    ['warned', 'Warnings'],
    ['excepted', 'Exceptions applied'],
  ] as const) {
    const list = by(outcome);
    if (list.length === 0) continue;
    lines.push(`### ${title} (${list.length})`, '');
    const rows = list.flatMap((a) => {
      const why =
        outcome === 'excepted'
          ? (a.package?.checks ?? []).filter((c) => c.id === 'exception')
          : reasons(a);
      const where = (a.package?.locations ?? [])
        .map((l) => mdCode(`${l.file}:${l.line}`))
        .join('<br>');
      return why.map((c, i) => [
        i === 0 ? mdText(packageLabel(a)) : '',
        i === 0 ? where : '',
        `${c.code === undefined ? '' : `**${mdText(c.code)}** `}${mdText(c.message)}`,
        c.expected === undefined ? '' : mdCode(c.expected),
        c.actual === undefined ? '' : mdCode(c.actual),
        c.hint === undefined ? '' : mdText(c.hint),
      ]);
    });
    lines.push(...mdTable(['package', 'lockfile', 'check', 'expected', 'found', 'fix'], rows), '');
  }
  const verified = by('verified');
  if (verified.length > 0) {
    lines.push(`<details><summary>Verified (${verified.length})</summary>`, '');
    lines.push(
      ...mdTable(
        ['package', 'trust', 'source repository', 'expected identity from', 'cached'],
        verified.map((a) => {
          const id = a.attestations.find(
            (t) => t.verdict === 'verified' && t.identity !== undefined,
          )?.identity;
          return [
            mdText(packageLabel(a)),
            mdText(a.package?.trustLevel ?? ''),
            id?.sourceRepository === undefined ? '' : mdCode(id.sourceRepository),
            mdText(a.package?.identityFrom ?? ''),
            a.package?.cached === true ? 'yes' : '',
          ];
        }),
      ),
      '',
      '</details>',
      '',
    );
  }
  const listed = by('not-from-registry');
  if (listed.length > 0) {
    lines.push(`<details><summary>Not from a registry (${listed.length})</summary>`, '');
    lines.push(
      ...mdTable(
        ['package', 'kind', 'lockfile'],
        listed.map((a) => [
          mdText(packageLabel(a)),
          mdText(a.package?.source ?? ''),
          mdCode(`${a.package?.locations[0]?.file ?? ''}:${a.package?.locations[0]?.line ?? ''}`),
        ]),
      ),
      '',
      '</details>',
      '',
    );
  }
  for (const note of deps?.notes ?? []) lines.push(`> [!NOTE]`, `> ${mdText(note)}`, '');
  if (deps?.pins !== undefined && deps.pins.written)
    lines.push(
      `Pins written to ${mdCode(deps.pins.file)}: ${deps.pins.added.length} added, ${deps.pins.changed.length} changed, ${deps.pins.removed.length} removed.`,
      '',
    );
  if (resultPath !== undefined) lines.push(`Full result (JSON): ${mdCode(resultPath)}`, '');
  return capped(`${lines.join('\n')}\n`);
}

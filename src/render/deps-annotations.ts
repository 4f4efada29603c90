import type { VerificationResult } from '../core/report.js';
import { foundText } from '../core/result.js';
import { packageLabel, reasons } from './deps-text.js';

export type LineAnnotation = {
  readonly level: 'error' | 'warning';
  readonly title: string;
  readonly message: string;
  readonly file: string;
  readonly line: number;
};

/**
 * One annotation per lockfile line of every package that failed or could not be decided
 * (error) or only warned (warning): the reason code, what was expected and found, and the fix,
 * on the line that declares the entry. `relative` turns a path into the repository's.
 */
export function depsAnnotations(
  result: VerificationResult,
  relative: (file: string) => string,
): LineAnnotation[] {
  const out: LineAnnotation[] = [];
  for (const a of result.artifacts) {
    const outcome = a.package?.outcome;
    if (outcome !== 'failed' && outcome !== 'indeterminate' && outcome !== 'warned') continue;
    const why = reasons(a);
    const first = why[0];
    const parts = why.map((c) =>
      [
        `${c.code === undefined ? '' : `[${c.code}] `}${c.message}`,
        c.expected === undefined ? undefined : `expected: ${c.expected}`,
        foundText(c) === undefined ? undefined : `found: ${foundText(c)}`,
        c.hint === undefined ? undefined : `fix: ${c.hint}`,
      ]
        .filter((p) => p !== undefined)
        .join('; '),
    );
    for (const loc of a.package?.locations ?? [])
      out.push({
        level: outcome === 'warned' ? 'warning' : 'error',
        title: `verify-provenance deps: ${first?.code ?? outcome} ${packageLabel(a)}`,
        message: parts.join('\n'),
        file: relative(loc.file),
        line: loc.line,
      });
  }
  return out;
}

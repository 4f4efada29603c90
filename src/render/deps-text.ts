import type { VerificationResult } from '../core/report.js';
import { foundText, type ArtifactResult, type Check, type PackageOutcome } from '../core/result.js';
import { isWeak } from '../core/deps/weak.js';
import { printableDeep } from './printable.js';

type Colors = Record<'red' | 'green' | 'yellow', (s: string) => string>;

/** How each outcome reads, in the order failures come first. */
export const OUTCOME_ORDER: readonly PackageOutcome[] = [
  'failed',
  'indeterminate',
  'warned',
  'excepted',
  'not-from-registry',
  'verified',
];

const WORD: Record<PackageOutcome, string> = {
  failed: 'FAIL',
  indeterminate: 'INDETERMINATE',
  warned: 'WARN',
  excepted: 'EXCEPTED',
  'not-from-registry': 'LISTED',
  verified: 'PASS',
};

export const OUTCOME_LABEL: Record<PackageOutcome, string> = {
  verified: 'verified',
  failed: 'failed',
  indeterminate: 'indeterminate',
  warned: 'warned',
  excepted: 'excepted',
  'not-from-registry': 'not from a registry',
};

/** The package's name as people write it: `name@version`, `pypi:name@version`. */
export function packageLabel(a: ArtifactResult): string {
  const p = a.package;
  if (p === undefined) return a.name;
  return `${p.ecosystem === 'pypi' ? 'pypi:' : ''}${p.name}${p.version === undefined ? '' : `@${p.version}`}`;
}

/** Where it is declared: the first line, and how many more. */
export function whereOf(a: ArtifactResult): string {
  const locations = a.package?.locations ?? [];
  const first = locations[0];
  if (first === undefined) return '';
  return `${first.file}:${first.line}${locations.length > 1 ? ` (+${locations.length - 1} more)` : ''}`;
}

/** The checks that explain a package's outcome: its own failing checks, then its attestations'. */
export function reasons(a: ArtifactResult): Check[] {
  const own = (a.package?.checks ?? []).filter((c) => c.status === 'fail' || isWeak(c));
  const attested =
    a.verdict === 'verified'
      ? []
      : a.attestations.flatMap((t) => t.checks.filter((c) => c.status === 'fail'));
  const seen = new Set<string>();
  return [...own, ...attested].filter((c) => {
    const key = `${c.code ?? ''}\u0000${c.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The counts line: `deps: 120 packages: 100 verified, 2 failed, …`. */
export function countsLine(result: VerificationResult): string {
  const deps = result.deps;
  if (deps === undefined) return '';
  const total = Object.values(deps.counts).reduce((a, b) => a + b, 0);
  const parts = OUTCOME_ORDER.slice()
    .reverse()
    .filter((o) => deps.counts[o] > 0)
    .map((o) => `${deps.counts[o]} ${OUTCOME_LABEL[o]}`);
  const extra = [
    deps.unchanged === undefined ? undefined : `${deps.unchanged} unchanged since the base`,
    deps.cache === undefined || deps.cache.hits === 0
      ? undefined
      : `${deps.cache.hits} from the cache`,
  ].filter((s) => s !== undefined);
  return `deps: ${total} package(s)${parts.length > 0 ? `: ${parts.join(', ')}` : ''}${extra.length > 0 ? `; ${extra.join('; ')}` : ''}`;
}

/**
 * The deps report for a terminal: one line per package that failed, was undecided, warned or
 * excepted (failures with expected, found and fix under them), notes, then a counts line and
 * the verdict. Passing and listed packages are counted, not printed; `--format json` has all.
 */
export function renderDepsText(untrusted: VerificationResult, c: Colors): string {
  const result = printableDeep(untrusted);
  const lines: string[] = [];
  const shown = result.artifacts
    .filter(
      (a) =>
        a.package !== undefined && !['verified', 'not-from-registry'].includes(a.package.outcome),
    )
    .sort(
      (x, y) =>
        OUTCOME_ORDER.indexOf(x.package?.outcome ?? 'failed') -
        OUTCOME_ORDER.indexOf(y.package?.outcome ?? 'failed'),
    );
  for (const a of shown) {
    const outcome = a.package?.outcome ?? 'failed';
    const color = outcome === 'failed' ? c.red : c.yellow;
    const why = reasons(a);
    const exception = a.package?.checks.find((k) => k.id === 'exception' && k.status === 'pass');
    const first = outcome === 'excepted' ? exception : why[0];
    const text =
      first === undefined
        ? ''
        : `${first.code === undefined ? '' : `[${first.code}] `}${first.message}`;
    lines.push(`${color(WORD[outcome])} ${packageLabel(a)} (${whereOf(a)}): ${text}`);
    if (outcome !== 'failed' && outcome !== 'indeterminate') continue;
    for (const check of why) {
      if (check !== first) lines.push(`    [${check.code ?? '?'}] ${check.message}`);
      if (check.expected !== undefined) lines.push(`      expected: ${check.expected}`);
      const found = foundText(check);
      if (found !== undefined) lines.push(`      found:    ${found}`);
      if (check.hint !== undefined) lines.push(`      fix:      ${check.hint}`);
    }
  }
  for (const note of result.deps?.notes ?? []) lines.push(c.yellow(`note: ${note}`));
  const pins = result.deps?.pins;
  if (pins !== undefined)
    lines.push(
      pins.written
        ? `pins: wrote ${pins.file} (${pins.added.length} added, ${pins.changed.length} changed, ${pins.removed.length} removed)${pins.changed.length > 0 ? `; changed: ${pins.changed.join(', ')}` : ''}`
        : `pins: ${pins.file} is up to date`,
    );
  for (const w of result.warnings) lines.push(c.yellow(`warning: ${w}`));
  if (lines.length > 0) lines.push('');
  lines.push(countsLine(result));
  const codes = result.failedChecks.join(', ');
  lines.push(
    result.verdict === 'verified'
      ? c.green('VERIFIED: every package meets the policy')
      : result.verdict === 'indeterminate'
        ? c.yellow(`INDETERMINATE: ${codes}`)
        : c.red(`FAILED: ${codes || 'nothing to verify'}`),
  );
  return `${lines.join('\n')}\n`;
}

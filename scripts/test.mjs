// The one test command: vitest over test/, then a plain "N passed, N failed" line for CI.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

mkdirSync('.cache', { recursive: true });
const report = '.cache/vitest-report.json';
const run = spawnSync(
  'npx',
  [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit' },
);
let summary = 'tests: 0 passed, 0 failed';
try {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  summary = `tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed`;
  if (r.numTotalTests === 0) {
    console.error('no test ran');
    process.exitCode = 1;
  }
} catch {
  console.error('vitest wrote no report');
  process.exitCode = 1;
}
console.log(summary);
process.exitCode = process.exitCode || (run.status ?? 1);

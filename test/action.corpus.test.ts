// The shared corpus through the BUILT action and the BUILT CLI: the same verdict and the same
// failed checks for every `verify` case. (verify-bundle cases test a key or a message
// signature against the conformance protocol; the action has no such mode.)
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import { VERIFY_OPTIONS } from '../src/cli/args.js';
import { readCorpus } from './support/corpus.js';
import { invocation } from './support/corpus-invocation.js';
import { actionInputs, REPO, runAction } from './support/action-runner.js';
import { assertValidResult } from './support/result-schema.js';

const CLI = join(REPO, 'dist', 'cli', 'index.js');

/** CLI flags → the action inputs of the same names (the README's mapping). */
function inputsFor(argv: readonly string[]): Record<string, string> {
  const { values, positionals } = parseArgs({
    args: argv.slice(1),
    options: VERIFY_OPTIONS,
    allowPositionals: true,
    strict: true,
  });
  const v = values as Record<string, string | boolean | string[] | undefined>;
  return actionInputs({
    subjects: positionals,
    bundles: values.bundle ?? [],
    policy: (flag) => v[flag],
    trustedRoot: values['trusted-root'],
    offline: values.offline,
  });
}

function runCli(argv: readonly string[]): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [CLI, ...argv], { maxBuffer: 16 << 20 }, (err, stdout) => {
      if (err !== null && typeof err.code !== 'number')
        reject(new Error(err.message, { cause: err }));
      else resolve({ code: err === null ? 0 : Number(err.code), stdout });
    });
  });
}

const cases = readCorpus()
  .map((c) => ({ c, inv: invocation(c) }))
  .filter(({ inv }) => inv.argv[0] === 'verify');

describe.skipIf(readCorpus().length === 0)('shared corpus: the action decides as the CLI', () => {
  it('covers the verify cases of the manifest', () => {
    expect(cases.length).toBeGreaterThanOrEqual(70);
  });

  it.concurrent.each(cases.map(({ c, inv }) => [c.id, inv.argv] as const))(
    '%s',
    async (_id, argv) => {
      const [cli, action] = await Promise.all([runCli(argv), runAction(inputsFor(argv))]);
      const cliResult = JSON.parse(cli.stdout) as { failedChecks: string[] };
      const context = `$ verify-provenance ${argv.join(' ')}\n${cli.stdout.slice(0, 2000)}\n--- action:\n${action.stdout.slice(0, 3000)}`;
      expect(cli.code, context).not.toBe(4);
      expect(action.outputs.verified, context).toBe(cli.code === 0 ? 'true' : 'false');
      expect(action.code, context).toBe(cli.code === 0 ? 0 : 1);
      expect(action.outputs['failed-checks']?.split(',').filter(Boolean).sort(), context).toEqual(
        [...cliResult.failedChecks].sort(),
      );
      // Both results follow the shipped schema, facts in one format (real-world evidence).
      assertValidResult(cliResult, `CLI ${context.slice(0, 500)}`);
      assertValidResult(
        JSON.parse(readFileSync(action.outputs['result-path'] ?? '', 'utf8')),
        `action ${context.slice(0, 500)}`,
      );
    },
  );
});

// The built CLI in both its shipped forms: dist/cli/index.js run by Node, and the single
// executable that `npm run sea` builds (when it exists). The end-to-end suites run on each.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { REPO_ROOT } from './verify-helpers.js';

export type CliTarget = {
  readonly name: string;
  /** The program, then the arguments that come before the CLI's own. */
  readonly command: readonly [string, ...string[]];
  /** The single executable: no Node flags, no preloads (it ignores NODE_OPTIONS by design). */
  readonly sea: boolean;
  /** Why this target cannot run here; undefined when it can. */
  readonly missing?: string;
};

const WINDOWS = process.platform === 'win32';
const PLATFORM = `${WINDOWS ? 'win' : process.platform}-${process.arch}`;

/** `VERIFY_PROVENANCE_SEA` points the suites at another binary (e.g. a downloaded release). */
export const SEA_PATH =
  process.env.VERIFY_PROVENANCE_SEA ??
  join(REPO_ROOT, 'build', 'sea', `verify-provenance-${PLATFORM}${WINDOWS ? '.exe' : ''}`);

export const DIST_CLI: CliTarget = {
  name: 'dist/cli',
  command: [process.execPath, join(REPO_ROOT, 'dist', 'cli', 'index.js')],
  sea: false,
};

function seaTarget(): CliTarget {
  const shown = relative(REPO_ROOT, SEA_PATH);
  if (existsSync(SEA_PATH)) return { name: shown, command: [SEA_PATH], sea: true };
  // .ci/run builds it and sets this: there a missing binary is a failure, not a skip.
  if (process.env.VERIFY_PROVENANCE_REQUIRE_SEA === '1')
    throw new Error(`${SEA_PATH} is missing; the single-executable tests cannot be skipped here`);
  return {
    name: `${shown} (not built)`,
    command: [SEA_PATH],
    sea: true,
    missing: `the single executable is not built here: run \`npm run sea\` to test it (${shown})`,
  };
}

export const SEA_CLI: CliTarget = seaTarget();
export const CLI_TARGETS: readonly CliTarget[] = [DIST_CLI, SEA_CLI];

export type CliRun = { code: number; stdout: string; stderr: string };

/**
 * Run the CLI of `target` with `args`; `nodeArgs` (dist/cli only) go to Node before the script.
 * Resolves with the exit code; rejects only when the program could not be started at all.
 */
export function runCli(
  target: CliTarget,
  args: readonly string[],
  options: { nodeArgs?: readonly string[]; env?: NodeJS.ProcessEnv; cwd?: string } = {},
): Promise<CliRun> {
  const nodeArgs = options.nodeArgs ?? [];
  if (target.sea && nodeArgs.length > 0)
    throw new Error('the single executable takes no Node flags: test this on dist/cli');
  const [program, ...lead] = target.command;
  return new Promise((resolve, reject) => {
    execFile(
      program,
      [...nodeArgs, ...lead, ...args],
      {
        cwd: options.cwd ?? REPO_ROOT,
        env: options.env ?? process.env,
        timeout: 60_000,
        maxBuffer: 16 << 20,
      },
      (err, stdout, stderr) => {
        if (err !== null && typeof err.code !== 'number') {
          reject(new Error(`could not run ${target.name}: ${err.message}`, { cause: err }));
          return;
        }
        resolve({ code: err === null ? 0 : Number(err.code), stdout, stderr });
      },
    );
  });
}

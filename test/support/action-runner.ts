// Run the BUILT action (dist/action/index.js) as GitHub runs it: Node 24, INPUT_* variables,
// GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, RUNNER_TEMP; read back outputs, summary, log.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { POLICY_FIELDS } from '../../src/core/policy/fields.js';
import { REPO_ROOT } from './verify-helpers.js';

export const REPO = REPO_ROOT;
export const ACTION = join(REPO, 'dist', 'action', 'index.js');
/** Node 24 from the npm registry (devDependency `node`), never the machine's Node. */
export const NODE24 = join(REPO, 'node_modules', 'node', 'bin', 'node');

export function node24Version(): string {
  if (!existsSync(NODE24))
    throw new Error(`${NODE24} is missing: run npm ci (devDependency node@24)`);
  return execFileSync(NODE24, ['--version'], { encoding: 'utf8' }).trim();
}

export type ActionRun = {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** Every output as written; a name written twice keeps both values, in order. */
  readonly outputWrites: readonly (readonly [string, string])[];
  readonly outputs: Readonly<Record<string, string>>;
  readonly summary: string;
  readonly annotations: readonly { level: string; title: string; message: string }[];
  readonly runnerTemp: string;
};

export type ActionRunOptions = {
  /** Do not set GITHUB_STEP_SUMMARY at all. */
  readonly noSummaryFile?: boolean;
  /** Set GITHUB_STEP_SUMMARY to this path instead of a fresh file. */
  readonly summaryPath?: string;
  readonly nodeOptions?: string;
  readonly cwd?: string;
  /** More environment (GITHUB_API_URL, GITHUB_TOKEN, ...). */
  readonly env?: Readonly<Record<string, string>>;
};

export function runAction(
  inputs: Readonly<Record<string, string>>,
  options: ActionRunOptions = {},
): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'vp-action-'));
  const outputFile = join(dir, 'output');
  const summaryFile = options.summaryPath ?? join(dir, 'summary.md');
  writeFileSync(outputFile, '');
  if (options.summaryPath === undefined) writeFileSync(summaryFile, '');
  const runnerTemp = join(dir, 'runner-temp');
  mkdirSync(runnerTemp);
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: dir,
    XDG_CACHE_HOME: join(dir, 'cache'),
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: outputFile,
    GITHUB_WORKSPACE: options.cwd ?? REPO,
    RUNNER_TEMP: runnerTemp,
  };
  Object.assign(env, options.env);
  if (options.noSummaryFile !== true) env.GITHUB_STEP_SUMMARY = summaryFile;
  if (options.nodeOptions !== undefined) env.NODE_OPTIONS = options.nodeOptions;
  // As the runner does: INPUT_<NAME>, spaces to underscores, upper case (hyphens stay).
  for (const [name, value] of Object.entries(inputs))
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  return new Promise((resolve, reject) => {
    execFile(
      NODE24,
      [ACTION],
      { cwd: options.cwd ?? REPO, env, timeout: 60_000, maxBuffer: 32 << 20 },
      (err, stdout, stderr) => {
        if (err !== null && typeof err.code !== 'number') {
          reject(new Error(`could not run the action: ${err.message}`, { cause: err }));
          return;
        }
        const outputWrites = parseOutputFile(readFileSync(outputFile, 'utf8'));
        resolve({
          code: err === null ? 0 : Number(err.code),
          stdout,
          stderr,
          outputWrites,
          outputs: Object.fromEntries(outputWrites),
          summary:
            existsSync(summaryFile) && options.summaryPath === undefined
              ? readFileSync(summaryFile, 'utf8')
              : '',
          annotations: parseAnnotations(stdout),
          runnerTemp,
        });
      },
    );
  });
}

/** `name<<DELIM\nvalue\nDELIM\n`, as `@actions/core` writes and the runner reads. */
function parseOutputFile(text: string): [string, string][] {
  const lines = text.split('\n');
  const out: [string, string][] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!m) {
      if ((lines[i] ?? '') !== '') throw new Error(`unexpected GITHUB_OUTPUT line: ${lines[i]}`);
      continue;
    }
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i] ?? '');
    out.push([m[1] ?? '', value.join('\n')]);
  }
  return out;
}

/** `::error title=T::message` (with the toolkit's %-escapes undone). */
function parseAnnotations(stdout: string): { level: string; title: string; message: string }[] {
  const unescape = (s: string): string =>
    s
      .replace(/%0D/g, '\r')
      .replace(/%0A/g, '\n')
      .replace(/%3A/g, ':')
      .replace(/%2C/g, ',')
      .replace(/%25/g, '%');
  return stdout.split('\n').flatMap((line) => {
    const m = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) return [];
    const title = /(?:^|,)title=([^,]*)/.exec(m[2] ?? '')?.[1] ?? '';
    return [{ level: m[1] ?? '', title: unescape(title), message: unescape(m[3] ?? '') }];
  });
}

type FlagValue = string | boolean | readonly string[] | undefined;

/**
 * The action inputs for one verification, named as the CLI flags are through POLICY_FIELDS:
 * subjects split into paths and digests, lists one per line, booleans as `true`.
 */
export function actionInputs(args: {
  readonly subjects: readonly string[];
  readonly bundles: readonly string[];
  readonly policy: (flag: string) => FlagValue;
  readonly trustedRoot?: string | undefined;
  readonly offline?: boolean | undefined;
}): Record<string, string> {
  const inputs: Record<string, string> = { 'bundle-path': args.bundles.join('\n') };
  const digests = args.subjects.filter((p) => /^sha(256|512):/.test(p));
  const files = args.subjects.filter((p) => !digests.includes(p));
  if (files.length > 0) inputs['subject-path'] = files.join('\n');
  if (digests.length > 0) inputs['subject-digest'] = digests.join('\n');
  for (const field of POLICY_FIELDS) {
    const value = args.policy(field.flag);
    if (value === undefined) continue;
    inputs[field.input] =
      typeof value === 'string'
        ? value
        : typeof value === 'boolean'
          ? String(value)
          : value.join('\n');
  }
  if (args.trustedRoot !== undefined) inputs['trusted-root'] = args.trustedRoot;
  if (args.offline === true) inputs.offline = 'true';
  return inputs;
}

// Run one adversarial scenario through every entry: the core (the shared job, in process), the
// built CLI and the built action, and report each outcome in the same shape.
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runVerifyJob } from '../../src/app/verify-job.js';
import { exitForError, type ReasonCode } from '../../src/core/codes.js';
import { bothPathsAsync } from './both-paths.js';
import { VerifyError } from '../../src/core/errors.js';
import { POLICY_FIELDS, policyInputFrom } from '../../src/core/policy/fields.js';
import { actionInputs, REPO, runAction } from './action-runner.js';

const CLI = join(REPO, 'dist', 'cli', 'index.js');

export type Entry = 'core' | 'cli' | 'action';
export const ALL_ENTRIES: readonly Entry[] = ['core', 'cli', 'action'];

/** Policy by flag name (`repo`, `trigger`, …); lists for repeatable flags, `true` for booleans. */
export type PolicyFlags = Readonly<Record<string, string | readonly string[] | true>>;

export type Scenario = {
  readonly artifacts: readonly { readonly name: string; readonly bytes: Buffer }[];
  readonly digests?: readonly string[];
  readonly bundles: readonly { readonly name: string; readonly bytes: Buffer }[];
  readonly policy: PolicyFlags;
  readonly root: unknown;
};

export type Outcome = {
  readonly exit: number;
  readonly codes: readonly string[];
  readonly detail: string;
};

type Files = { subjects: string[]; bundles: string[]; root: string };

export function writeScenario(dir: string, s: Scenario): Files {
  mkdirSync(dir, { recursive: true });
  const subjects = s.artifacts.map((a) => {
    const path = join(dir, a.name);
    writeFileSync(path, a.bytes);
    return path;
  });
  const bundles = s.bundles.map((b) => {
    const path = join(dir, b.name);
    writeFileSync(path, b.bytes);
    return path;
  });
  const root = join(dir, 'trusted_root.json');
  writeFileSync(root, typeof s.root === 'string' ? s.root : JSON.stringify(s.root));
  return { subjects: [...subjects, ...(s.digests ?? [])], bundles, root };
}

export async function runEntry(entry: Entry, s: Scenario, f: Files): Promise<Outcome> {
  switch (entry) {
    case 'core':
      // The fast path and the plain @sigstore/verify path must agree on every case.
      return bothPathsAsync(() => runCore(s, f), 'on a catalogue case');
    case 'cli':
      return runCli(s, f);
    case 'action':
      return runActionEntry(s, f);
  }
}

async function runCore(s: Scenario, f: Files): Promise<Outcome> {
  try {
    const result = await runVerifyJob(
      {
        subjects: f.subjects,
        bundles: f.bundles,
        policy: policyInputFrom((field) => {
          const v = s.policy[field.flag];
          return typeof v === 'string' || v === true || v === undefined ? v : [...v];
        }),
        trust: { trustedRootFile: f.root },
      },
      { version: 'test', command: 'verify' },
    );
    return {
      exit: result.exitCode,
      codes: result.failedChecks,
      detail: JSON.stringify(result.failedChecks),
    };
  } catch (err) {
    if (!(err instanceof VerifyError)) throw err;
    return { exit: exitForError(err.code), codes: [err.code], detail: err.message };
  }
}

function cliArgs(s: Scenario, f: Files): string[] {
  const args = ['verify', ...f.subjects];
  for (const b of f.bundles) args.push('--bundle', b);
  for (const field of POLICY_FIELDS) {
    const v = s.policy[field.flag];
    if (v === undefined) continue;
    if (v === true) args.push(`--${field.flag}`);
    else for (const one of typeof v === 'string' ? [v] : v) args.push(`--${field.flag}=${one}`);
  }
  return [...args, '--trusted-root', f.root, '--format', 'json'];
}

function runCli(s: Scenario, f: Files): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [CLI, ...cliArgs(s, f)],
      { maxBuffer: 64 << 20 },
      (err, stdout, stderr) => {
        if (err !== null && typeof err.code !== 'number') {
          reject(new Error(err.message, { cause: err }));
          return;
        }
        const exit = err === null ? 0 : Number(err.code);
        let codes: string[] = [];
        try {
          codes = (JSON.parse(stdout) as { failedChecks: string[] }).failedChecks;
        } catch {
          codes = ['(no JSON)'];
        }
        resolve({ exit, codes, detail: `${stdout.slice(0, 1500)}${stderr.slice(0, 500)}` });
      },
    );
  });
}

async function runActionEntry(s: Scenario, f: Files): Promise<Outcome> {
  const r = await runAction(
    actionInputs({
      subjects: f.subjects,
      bundles: f.bundles,
      policy: (flag) => s.policy[flag],
      trustedRoot: f.root,
    }),
  );
  const codes = (r.outputs['failed-checks'] ?? '').split(',').filter(Boolean);
  // The action's exit is 0 or 1; report verified runs as 0 and the rest by their codes.
  const verified = r.outputs.verified === 'true';
  if (verified !== (r.code === 0))
    throw new Error(`action: verified=${r.outputs.verified} but exit ${r.code}`);
  return { exit: r.code, codes, detail: r.stdout.slice(0, 2500) };
}

export type { ReasonCode };

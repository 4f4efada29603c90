import { setFastPath } from '../core/crypto/fast-path.js';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import * as core from '@actions/core';
import { exitForError } from '../core/codes.js';
import { VerifyError } from '../core/errors.js';
import { errorResult, type VerificationResult } from '../core/report.js';
import { failureAnnotations } from '../render/annotations.js';
import { renderJson } from '../render/json.js';
import { renderStepSummary } from '../render/step-summary.js';
import { renderText } from '../render/text.js';
import { trustNotes } from '../render/trust-note.js';
import { expandPatterns } from './globs.js';
import { readBehaviour, readWork, type InputReader } from './inputs.js';
import { depsAnnotations } from '../render/deps-annotations.js';
import { renderDepsSummary } from '../render/deps-summary.js';
import type { LoadedRoot } from '../core/crypto/trust.js';
import { actionOutputs } from './outputs.js';
import { wordedForAction } from './wording.js';

export const VERSION = '0.1.0';

const readInput: InputReader = (name) => core.getInput(name, { trimWhitespace: false });

/**
 * The action: inputs → the shared job → the same result the CLI renders, then the outputs,
 * the step summary and annotations. Every path ends by writing all outputs once; `verified`
 * is `true` only after a full accept. A non-accept fails the step unless `fail-on-error` is
 * false; an unexpected exception always fails it.
 */
export async function run(): Promise<void> {
  if (process.env.VERIFY_PROVENANCE_NO_CACHE === '1') setFastPath(false);
  let behaviour = { failOnError: true, summary: true };
  let verified: VerificationResult;
  try {
    behaviour = readBehaviour(readInput);
    const work = await readWork(readInput, expandPatterns);
    const ctx = {
      version: VERSION,
      command: 'action',
      env: process.env,
      onRoots: (roots: readonly LoadedRoot[]) =>
        trustNotes(roots, new Date()).forEach((line) => core.info(line)),
    };
    verified =
      // Each kind of job is loaded only when asked for: a step pays for its own code.
      work.kind === 'npm'
        ? await (await import('../app/npm-job.js')).runNpmJob(work.job, ctx)
        : work.kind === 'pypi'
          ? await (await import('../app/pypi-job.js')).runPypiJob(work.job, ctx)
          : work.kind === 'deps'
            ? await (await import('../app/deps-job.js')).runDepsJob(work.job, ctx)
            : await (await import('../app/verify-job.js')).runVerifyJob(work.job, ctx);
  } catch (err) {
    if (!(err instanceof VerifyError)) throw err;
    verified = errorResult(
      VERSION,
      'action',
      err.code,
      err.message,
      exitForError(err.code),
      err.hint,
    );
  }
  const result = wordedForAction(verified);
  const resultPath = await writeResult(result);
  core.info(renderText(result));
  if (behaviour.summary) await writeSummary(result, resultPath);
  const annotate = behaviour.failOnError ? core.error : core.warning;
  if (result.deps !== undefined && result.error === undefined) {
    // Every lockfile line that fails is annotated where it is.
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    for (const note of depsAnnotations(result, (file) => relative(workspace, resolve(file))))
      (note.level === 'warning' ? core.warning : annotate)(note.message, {
        title: note.title,
        file: note.file,
        startLine: note.line,
      });
  } else
    for (const note of failureAnnotations(result)) annotate(note.message, { title: note.title });
  const outputs = actionOutputs(result, resultPath);
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
  if (outputs.verified === 'true') return;
  const why = `not verified: ${result.failedChecks.join(', ') || result.verdict}`;
  if (behaviour.failOnError) core.setFailed(why);
  else core.warning(`${why} (fail-on-error is false: the step passes, outputs say verified=false)`);
}

/**
 * Fail the step, whatever happened: outputs say unverified, the summary says why (best effort:
 * the summary may be what failed), and the exception is reported.
 */
export async function failHard(err: unknown): Promise<void> {
  const message = `internal error [INTERNAL]: ${err instanceof Error ? err.message : String(err)}`;
  try {
    for (const [name, value] of Object.entries(actionOutputs(undefined, '')))
      core.setOutput(name, value);
    const result = errorResult(VERSION, 'action', 'INTERNAL', message, exitForError('INTERNAL'));
    await writeSummary(result, undefined);
  } catch {
    // Already failing; setFailed below still runs.
  } finally {
    core.setFailed(message);
  }
}

async function writeResult(result: VerificationResult): Promise<string> {
  const dir = await mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), 'verify-provenance-'));
  const path = join(dir, 'result.json');
  await writeFile(path, renderJson(result), { mode: 0o600 });
  return path;
}

async function writeSummary(
  result: VerificationResult,
  resultPath: string | undefined,
): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info('no GITHUB_STEP_SUMMARY file: step summary skipped');
    return;
  }
  await core.summary
    .addRaw(
      result.deps !== undefined && result.error === undefined
        ? renderDepsSummary(result, resultPath)
        : renderStepSummary(result, resultPath),
    )
    .write();
}

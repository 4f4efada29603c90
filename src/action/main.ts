import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import * as core from './runner.js';
import { exitForError } from '../core/codes.js';
import { VerifyError } from '../core/errors.js';
import { errorResult, type VerificationResult } from '../core/report.js';
import { failureAnnotations } from '../render/annotations.js';
import { renderJson } from '../render/json.js';
import { renderStepSummary } from '../render/step-summary.js';
import { printable } from '../render/printable.js';
import { renderArtifactsText, renderText } from '../render/text.js';
import { trustNotes } from '../render/trust-note.js';
import { expandPatterns } from './globs.js';
import { readBehaviour, readWork, type InputReader } from './inputs.js';
import { depsAnnotations } from '../render/deps-annotations.js';
import { renderDepsSummary } from '../render/deps-summary.js';
import type { LoadedRoot } from '../core/crypto/trust.js';
import { actionOutputs } from './outputs.js';
import { wordedForAction } from './wording.js';

export const VERSION = '0.1.0';

const readInput: InputReader = core.getInput;

/**
 * The action: inputs → the shared job → the same result the CLI renders, then the outputs,
 * the step summary and annotations. Every path ends by writing all outputs once; `verified`
 * is `true` only after a full accept. A non-accept fails the step unless `fail-on-error` is
 * false; an unexpected exception always fails it.
 */
export async function run(): Promise<void> {
  // The fast path's module (with @sigstore/core) is loaded with the job, not before.
  if (process.env.VERIFY_PROVENANCE_NO_CACHE === '1')
    (await import('../core/crypto/fast-path.js')).setFastPath(false);
  let behaviour = { failOnError: true, summary: true };
  let verified: VerificationResult;
  // The log in sections: trust roots and the policy folded, passing artifacts folded,
  // failures outside every group so they are seen without a click.
  core.startGroup('verify-provenance: inputs and trust roots');
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
  } finally {
    core.endGroup();
  }
  const result = wordedForAction(verified);
  const resultPath = await writeResult(result);
  logResult(result, resultPath);
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

/**
 * The result in the log: the policy and the passing artifacts each in a `::group::` (folded),
 * then every failing artifact in full outside any group, then the verdict.
 */
function logResult(result: VerificationResult, resultPath: string): void {
  if (result.error !== undefined || result.deps !== undefined) {
    core.info(renderText(result));
    core.info(`result (JSON): ${resultPath}`);
    return;
  }
  if (result.policy !== undefined) {
    core.startGroup('Policy');
    for (const [key, value] of Object.entries(result.policy))
      core.info(
        printable(`  ${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`),
      );
    core.endGroup();
  }
  const passing = result.artifacts.filter((a) => a.verdict === 'verified');
  const failing = result.artifacts.filter((a) => a.verdict !== 'verified');
  if (passing.length > 0) {
    core.startGroup(`Verified (${passing.length} of ${result.artifacts.length})`);
    core.info(renderArtifactsText(passing, { color: false, detail: 'verbose' }));
    core.endGroup();
  }
  if (failing.length > 0)
    core.info(renderArtifactsText(failing, { color: false, detail: 'verbose' }));
  const warnings = new Set([
    ...result.warnings,
    ...passing.flatMap((a) =>
      a.attestations.flatMap((t) => (t.verdict === 'verified' ? t.warnings : [])),
    ),
  ]);
  for (const w of warnings) core.info(printable(`warning: ${w}`));
  core.info(renderText(result, { color: false, detail: 'quiet' }));
  core.info(`result (JSON): ${resultPath}`);
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
  await core.appendSummary(
    result.deps !== undefined && result.error === undefined
      ? renderDepsSummary(result, resultPath)
      : renderStepSummary(result, resultPath),
  );
}

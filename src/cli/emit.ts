import { exitForError, type ExitCode } from '../core/codes.js';
import { UsageError, type VerifyError } from '../core/errors.js';
import { errorResult, type VerificationResult } from '../core/report.js';
import { renderJson } from '../render/json.js';
import { renderText, type Detail } from '../render/text.js';
import { writeResultFile } from '../sources/files.js';
import type { OutputRequest } from './args.js';
import type { CliIo } from './io.js';

/** The result in the format asked for, also written as JSON to --output FILE. */
export async function emit(
  result: VerificationResult,
  format: 'text' | 'json',
  out: OutputRequest,
  io: CliIo,
): Promise<ExitCode> {
  if (out.quiet && out.verbose) throw new UsageError('--quiet and --verbose contradict');
  const detail: Detail = out.quiet ? 'quiet' : out.verbose ? 'verbose' : 'auto';
  if (out.output !== undefined) await writeResultFile(out.output, renderJson(result));
  io.stdout(
    format === 'json' ? renderJson(result) : renderText(result, { color: colorOn(io), detail }),
  );
  return result.exitCode;
}

/** An expected failure as a result: JSON on stdout when asked for, else text on stderr. */
export async function emitError(
  err: VerifyError,
  version: string,
  command: string,
  out: OutputRequest,
  io: CliIo,
): Promise<ExitCode> {
  const exit = exitForError(err.code);
  const result = errorResult(version, command, err.code, err.message, exit, err.hint);
  if (out.format === 'json') io.stdout(renderJson(result));
  else io.stderr(renderText(result, { color: colorOn(io) }));
  if (out.output !== undefined) await writeResultFile(out.output, renderJson(result));
  return exit;
}

function colorOn(io: CliIo): boolean {
  return io.isTTY && io.env.NO_COLOR === undefined;
}

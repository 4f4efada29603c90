import { EXIT, exitForError, type ExitCode } from '../core/codes.js';
import { UsageError, VerifyError } from '../core/errors.js';
import { errorResult, type VerificationResult } from '../core/report.js';
import { renderJson } from '../render/json.js';
import { renderText } from '../render/text.js';
import { parseFormat, requestedFormat } from './args.js';
import { HELP } from './help.js';
import { runInspect } from './inspect-command.js';
import type { CliIo } from './io.js';
import { runVerifyBundle } from './verify-bundle-command.js';
import { runVerify } from './verify-command.js';
import { runNpm } from './npm-command.js';
import { runPypi } from './pypi-command.js';
import { runTrustedRoot } from './trusted-root-command.js';
import { versionLine } from './version.js';
import { runRelease } from './release-command.js';

export const VERSION = '0.1.0';

/** Run one command; always returns an exit code, never throws for an expected failure. */
export async function main(argv: string[], io: CliIo): Promise<ExitCode> {
  const [command, ...rest] = argv;
  const format = requestedFormat(command, rest);
  try {
    switch (command) {
      case 'verify': {
        const checked = parseFormat(format);
        return emit(await runVerify(rest, io, VERSION), checked, io);
      }
      case 'npm': {
        const checked = parseFormat(format);
        return emit(await runNpm(rest, io, VERSION), checked, io);
      }
      case 'pypi': {
        const checked = parseFormat(format);
        return emit(await runPypi(rest, io, VERSION), checked, io);
      }
      case 'release': {
        const checked = parseFormat(format);
        return emit(await runRelease(rest, io, VERSION), checked, io);
      }
      case 'deps': {
        const checked = parseFormat(format);
        // Loaded only for deps: its lockfile, YAML, TOML and schema parsers cost every other command nothing.
        const { runDeps } = await import('./deps-command.js');
        return emit(await runDeps(rest, io, VERSION), checked, io);
      }
      case 'trusted-root':
        io.stdout(await runTrustedRoot(rest));
        return EXIT.VERIFIED;
      case 'verify-bundle':
        io.stdout(await runVerifyBundle(rest));
        return EXIT.VERIFIED;
      case 'inspect':
        io.stdout(await runInspect(rest));
        return EXIT.VERIFIED;
      case '--version':
      case 'version':
        io.stdout(`${versionLine(VERSION)}\n`);
        return EXIT.VERIFIED;
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.stdout(HELP);
        return command === undefined ? EXIT.USAGE : EXIT.VERIFIED;
      default:
        throw new UsageError(`unknown command ${JSON.stringify(command)}`, {
          hint: 'commands: verify, npm, pypi, deps, release, trusted-root, verify-bundle, inspect',
        });
    }
  } catch (err) {
    if (!(err instanceof VerifyError)) throw err;
    const exit = exitForError(err.code);
    const result = errorResult(VERSION, command ?? '', err.code, err.message, exit, err.hint);
    if (format === 'json') io.stdout(renderJson(result));
    else io.stderr(renderText(result, { color: io.isTTY && io.env.NO_COLOR === undefined }));
    return exit;
  }
}

function emit(result: VerificationResult, format: 'text' | 'json', io: CliIo): ExitCode {
  io.stdout(
    format === 'json'
      ? renderJson(result)
      : renderText(result, { color: io.isTTY && io.env.NO_COLOR === undefined }),
  );
  return result.exitCode;
}

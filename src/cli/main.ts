import { EXIT, type ExitCode } from '../core/codes.js';
import { UsageError, VerifyError } from '../core/errors.js';
import type { VerificationResult } from '../core/report.js';
import { parseFormat, requestedOutput } from './args.js';
import { nearest } from './flags.js';
import { commandHelp, COMMANDS, generalHelp } from './help.js';
import type { CliIo } from './io.js';
import { versionLine } from './version.js';

export const VERSION = '0.1.0';

type Verifying = (argv: string[], io: CliIo, version: string) => Promise<VerificationResult>;

/**
 * Commands that end in a VerificationResult, rendered by `emit`. Each is loaded only when asked
 * for (start-up pays for one command's code, not all: deps brings lockfile, YAML, TOML and
 * schema parsers; npm, pypi and release their registries).
 */
const VERIFYING: Readonly<Record<string, () => Promise<Verifying>>> = {
  verify: async () => (await import('./verify-command.js')).runVerify,
  npm: async () => (await import('./npm-command.js')).runNpm,
  pypi: async () => (await import('./pypi-command.js')).runPypi,
  release: async () => (await import('./release-command.js')).runRelease,
  deps: async () => (await import('./deps-command.js')).runDeps,
};

/** Rendering and --output: loaded with a command's result, not for --version or --help. */
const output = (): Promise<typeof import('./emit.js')> => import('./emit.js');

/**
 * Run one command; always returns an exit code, never throws for an expected failure. Only what
 * the command needs is loaded: `--version` and `--help` load no cryptography and no verifier.
 */
export async function main(argv: string[], io: CliIo): Promise<ExitCode> {
  if (io.env.VERIFY_PROVENANCE_NO_CACHE === '1')
    (await import('../core/crypto/fast-path.js')).setFastPath(false);
  const [command, ...rest] = argv;
  const out = requestedOutput(command, rest);
  try {
    if (command !== undefined && COMMANDS.includes(command) && out.help) {
      io.stdout(commandHelp(command) ?? generalHelp());
      return EXIT.VERIFIED;
    }
    const verifying = VERIFYING[command ?? ''];
    if (verifying !== undefined) {
      const format = parseFormat(out.format);
      const [run, { emit }] = await Promise.all([verifying(), output()]);
      return emit(await run(rest, io, VERSION), format, out, io);
    }
    switch (command) {
      case 'trusted-root':
        io.stdout(await (await import('./trusted-root-command.js')).runTrustedRoot(rest));
        return EXIT.VERIFIED;
      case 'verify-bundle':
        {
          // The conformance protocol reads only the exit code; a result when one is asked for.
          const { runVerifyBundle, verifyBundleResult } =
            await import('./verify-bundle-command.js');
          if (out.format !== undefined || out.output !== undefined) {
            const { emit } = await output();
            return emit(await verifyBundleResult(rest, VERSION), parseFormat(out.format), out, io);
          }
          io.stdout(await runVerifyBundle(rest));
        }
        return EXIT.VERIFIED;
      case 'inspect':
        io.stdout(await (await import('./inspect-command.js')).runInspect(rest));
        return EXIT.VERIFIED;
      case '--version':
      case '-V':
      case 'version':
        io.stdout(`${versionLine(VERSION)}\n`);
        return EXIT.VERIFIED;
      case 'help':
      case '--help':
      case '-h':
        io.stdout(rest[0] === undefined ? generalHelp() : (commandHelp(rest[0]) ?? generalHelp()));
        return EXIT.VERIFIED;
      case undefined:
        // Nothing asked: the overview, on stderr, and a usage exit (a script must not read a pass).
        io.stderr(generalHelp());
        return EXIT.USAGE;
      default: {
        const near = nearest(command, COMMANDS);
        throw new UsageError(`unknown command ${JSON.stringify(command)}`, {
          hint:
            near === undefined
              ? `commands: ${COMMANDS.join(', ')}`
              : `did you mean ${near}? (commands: ${COMMANDS.join(', ')})`,
        });
      }
    }
  } catch (err) {
    if (!(err instanceof VerifyError)) throw err;
    return (await output()).emitError(err, VERSION, command ?? '', out, io);
  }
}

import type { JobContext } from '../app/verify-job.js';
import { trustNotes } from '../render/trust-note.js';

/** What the CLI needs from the process, injected so tests can call main() directly. */
export type CliIo = {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly isTTY: boolean;
  /** stderr is a terminal: long runs may show a progress line there. */
  readonly stderrIsTTY?: boolean;
};

/** What every verifying command tells the shared job: version, command, env, trust notes on stderr. */
export function jobContext(io: CliIo, version: string, command: string): JobContext {
  return {
    version,
    command,
    env: io.env,
    onRoots: (roots) => trustNotes(roots, new Date()).forEach((line) => io.stderr(`${line}\n`)),
    onNote: (line) => io.stderr(`${line}\n`),
  };
}

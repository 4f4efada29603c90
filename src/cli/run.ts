import { EXIT } from '../core/codes.js';
import { main } from './main.js';

/** Entry: any unexpected exception is exit 4, never 0. */
main(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  env: process.env,
  isTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(
      `internal error [INTERNAL]: ${err instanceof Error ? err.message : String(err)}\n`,
    );
    if (process.env.VERIFY_PROVENANCE_DEBUG && err instanceof Error)
      process.stderr.write(`${err.stack ?? ''}\n`);
    process.exitCode = EXIT.INTERNAL;
  },
);

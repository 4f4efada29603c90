import { fstatSync, writeSync } from 'node:fs';
import { EXIT } from '../core/codes.js';
import { main } from './main.js';

/**
 * Writes to file descriptor 1 or 2 directly. `process.stdout` and `process.stderr` load
 * Node's stream and socket modules, about 5 ms of a short run. When a direct write fails
 * (a non-blocking pipe is full, the reader has gone), the rest goes to the stream. So does
 * everything after it, and the stream reports the failure as it always did.
 */
function directWriter(fd: 1 | 2): (text: string) => void {
  let stream: NodeJS.WriteStream | undefined;
  return (text) => {
    if (stream !== undefined) {
      stream.write(text);
      return;
    }
    const bytes = Buffer.from(text);
    let written = 0;
    try {
      while (written < bytes.length) written += writeSync(fd, bytes, written);
    } catch {
      stream = fd === 1 ? process.stdout : process.stderr;
      stream.write(bytes.subarray(written));
    }
  };
}

/** A terminal? A file, pipe or socket is known without loading `node:tty` (its streams). */
async function isTerminal(fd: 1 | 2): Promise<boolean> {
  try {
    if (!fstatSync(fd).isCharacterDevice()) return false;
  } catch {
    return false;
  }
  return (await import('node:tty')).isatty(fd);
}

/** Entry: any unexpected exception is exit 4, never 0. */
async function run(): Promise<number> {
  return main(process.argv.slice(2), {
    stdout: directWriter(1),
    stderr: directWriter(2),
    env: process.env,
    isTTY: await isTerminal(1),
    stderrIsTTY: await isTerminal(2),
  });
}

run().then(
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

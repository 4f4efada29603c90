import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { UsageError, VerifyError } from '../core/errors.js';
import { LIMITS } from '../core/limits.js';

const CHUNK = 1 << 20;

/** `node:fs/promises` when needed: it loads a dozen modules a small-file run never uses. */
const promisesApi = (): Promise<typeof import('node:fs/promises')> => import('node:fs/promises');

/** `-` names standard input, which can be read once. */
export const STDIN = '-';

/**
 * Read a whole input file (a bundle, a trusted root, a key), bounded while reading: a pipe, a
 * FIFO, `/dev/stdin`, `-` or a character device is read until the limit and refused past it
 * (`--bundle /dev/zero` is LIMIT at once, memory flat); a regular file over the limit is
 * refused before reading. A directory is a usage error.
 */
export async function readInputFile(
  path: string,
  limit: number = LIMITS.maxInputBytes,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of readChunks(path, limit, {
    directory: 'name the file itself (a bundle, JSON Lines or a saved API response)',
  })) {
    chunks.push(chunk);
    total += chunk.length;
  }
  return Buffer.concat(chunks, total);
}

/**
 * The bytes of a file (or of stdin for `-`) in chunks, refusing (LIMIT) as soon as more than
 * `limit` bytes arrive; a regular file larger than the limit is refused before reading.
 */
export async function* readChunks(
  path: string,
  limit: number,
  options: {
    /** The hint for a directory given where a file is needed. */
    readonly directory: string;
    /**
     * Each chunk is done with before the next is asked for (a hash): two buffers are used in
     * turn, so memory stays at two chunks however large the file.
     */
    readonly transient?: boolean;
  },
): AsyncGenerator<Buffer> {
  if (path === STDIN) {
    yield* boundedStream(process.stdin, '(stdin)', limit);
    return;
  }
  const small = readSmallFile(path, limit);
  if (small !== undefined) {
    yield small;
    return;
  }
  const handle = await openInput(path);
  try {
    const stat = await handle.stat();
    if (stat.isDirectory())
      throw new UsageError(`${path} is a directory, not a file`, { hint: options.directory });
    if (stat.isFile() && stat.size > limit) throw tooLarge(path, limit);
    const first = stat.isFile() ? stat.size + 1 : CHUNK;
    yield* boundedChunks(handle, path, limit, first, options.transient === true);
  } finally {
    await handle.close();
  }
}

/**
 * A regular file under one chunk and within the limit, read whole without the promise API's
 * round trips (a batch reads thousands of few-KiB bundles and artifacts). Opened non-blocking,
 * so a FIFO cannot hold the thread; anything else (a FIFO, a device, a directory, a missing
 * file, a file that grows while read, Windows) is left to the bounded reader, which reports it.
 */
function readSmallFile(path: string, limit: number): Buffer | undefined {
  const nonBlocking = constants.O_NONBLOCK as number | undefined;
  if (nonBlocking === undefined) return undefined;
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | nonBlocking);
  } catch {
    return undefined;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile() || stat.size >= CHUNK || stat.size > limit) return undefined;
    const buffer = Buffer.allocUnsafe(stat.size + 1);
    let total = 0;
    for (let n = -1; n !== 0 && total < buffer.length; total += n)
      n = readSync(fd, buffer, total, buffer.length - total, null);
    return total <= stat.size ? buffer.subarray(0, total) : undefined;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** Open for reading; a missing or unreadable path is the caller's mistake (exit 2). */
async function openInput(path: string): Promise<FileHandle> {
  try {
    return await (await promisesApi()).open(path, 'r');
  } catch (err) {
    throw new UsageError(
      `cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`,
    );
  }
}

/**
 * Reads of at most CHUNK bytes; the first sized to the file (its size and one byte more, which
 * a file that grew fills), and after a short read a one-byte read to see the end: a bundle of
 * a few KiB costs a few KiB, not a CHUNK (thousands of 1 MiB buffers were most of a batch
 * run's garbage-collection and system time).
 */
async function* boundedChunks(
  handle: FileHandle,
  path: string,
  limit: number,
  firstRead: number,
  transient: boolean,
): AsyncGenerator<Buffer> {
  let total = 0;
  // Transient chunks: the read ahead fills the buffer not handed out; the consumer is done with
  // the other one when it asks for the next chunk.
  const spare: Buffer[] = [];
  const read = (want: number): Promise<{ buffer: Buffer; bytesRead: number }> => {
    const size = Math.min(want, limit + 1 - total);
    const reuse = spare.find((b) => b.length >= size);
    const buffer = reuse === undefined ? Buffer.allocUnsafe(size) : reuse.subarray(0, size);
    const reading = handle.read(buffer, 0, buffer.length, null).then(
      ({ bytesRead }) => ({ buffer, bytesRead }),
      (err: unknown) => {
        throw new UsageError(
          `cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`,
        );
      },
    );
    // Awaited below; until then a failure must not count as unhandled (the consumer may stop).
    reading.catch(() => undefined);
    return reading;
  };
  let next = read(Math.max(1, Math.min(CHUNK, firstRead)));
  for (;;) {
    const { buffer, bytesRead } = await next;
    if (bytesRead === 0) return;
    total += bytesRead;
    if (total > limit) throw tooLarge(path, limit);
    // The next read runs (on libuv's pool) while the consumer hashes this chunk, as a read
    // stream's read-ahead does; a short read is followed by a one-byte read to see the end.
    next = read(bytesRead < buffer.length ? 1 : CHUNK);
    yield buffer.subarray(0, bytesRead);
    if (transient) spare.splice(0, spare.length, buffer);
  }
}

async function* boundedStream(
  stream: NodeJS.ReadableStream,
  name: string,
  limit: number,
): AsyncGenerator<Buffer> {
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    total += bytes.length;
    if (total > limit) {
      (stream as NodeJS.ReadStream).destroy?.();
      throw tooLarge(name, limit);
    }
    yield bytes;
  }
}

function tooLarge(path: string, limit: number): VerifyError {
  return new VerifyError('LIMIT', `${path}: more than ${limit} bytes (limit ${limit})`);
}

/** Write a result file (--output) whole or not at all: a temporary file renamed into place. */
export async function writeResultFile(path: string, text: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    const { rename, writeFile } = await promisesApi();
    await writeFile(temporary, text, { mode: 0o644 });
    await rename(temporary, path);
  } catch (err) {
    await (await promisesApi()).rm(temporary, { force: true });
    throw new UsageError(
      `cannot write ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`,
    );
  }
}

import { open } from 'node:fs/promises';
import { UsageError, VerifyError } from '../core/errors.js';
import { LIMITS } from '../core/limits.js';

/** Read a whole input file, refusing anything over the limit before reading it. */
export async function readInputFile(
  path: string,
  limit: number = LIMITS.maxInputBytes,
): Promise<Buffer> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (err) {
    throw new UsageError(
      `cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`,
    );
  }
  try {
    const { size } = await handle.stat();
    if (size > limit) throw new VerifyError('LIMIT', `${path}: ${size} bytes (limit ${limit})`);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

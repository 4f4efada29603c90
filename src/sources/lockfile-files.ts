import { access, writeFile, rename, rm } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { DEFAULT_LOCKFILES } from '../core/deps/lockfiles/index.js';
import { VerifyError } from '../core/errors.js';
import { readInputFile } from './files.js';

/** Lockfiles of large monorepos exceed the 16 MiB cap of a bundle; this is theirs. */
export const LOCKFILE_MAX_BYTES = 64 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A lockfile, policy or pin file as text (UTF-8, bounded before reading). */
export async function readTextFile(path: string, limit = LOCKFILE_MAX_BYTES): Promise<string> {
  const bytes = await readInputFile(path, limit);
  try {
    return utf8.decode(bytes);
  } catch {
    throw new VerifyError('MALFORMED', `${path}: not UTF-8 text`);
  }
}

/** The lockfiles in a directory, by the names their tools give them. */
export async function findLockfiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const name of DEFAULT_LOCKFILES) {
    const path = join(dir, name);
    try {
      await access(path);
      found.push(path);
    } catch {
      // not there
    }
  }
  return found;
}

export async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/** Write a file whole or not at all: a temporary file beside it, then a rename. */
export async function writeAtomically(path: string, text: string): Promise<void> {
  const tmp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(tmp, text, { mode: 0o644 });
    await rename(tmp, path);
  } finally {
    await rm(tmp, { force: true });
  }
}

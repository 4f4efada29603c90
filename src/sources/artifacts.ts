import { createHash } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { UsageError, VerifyError } from '../core/errors.js';
import { LIMITS } from '../core/limits.js';
import type { ArtifactSubject } from '../core/verify.js';
import { boundedChunks, openInput } from './files.js';

const DIGEST_ARG = /^(sha256|sha512):([0-9a-fA-F]+)$/;
const HEX_LENGTH = { sha256: 64, sha512: 128 } as const;

/**
 * The artifacts an argument names: a `sha256:HEX` / `sha512:HEX` digest, a file, or a directory
 * (every regular file under it, recursively, in sorted order, as the action's subject-path
 * does). `onNote` is told how a directory expanded.
 */
export async function resolveArtifactArgs(
  args: readonly string[],
  onNote: (line: string) => void = () => undefined,
): Promise<string[]> {
  const out: string[] = [];
  for (const arg of args) {
    if (DIGEST_ARG.test(arg) || !(await isDirectory(arg))) {
      out.push(arg);
      continue;
    }
    const files = await filesUnder(arg);
    if (files.length === 0)
      throw new UsageError(`artifact directory ${arg} holds no regular file`, {
        hint: 'give the files to verify, or a directory that contains them',
      });
    onNote(`artifact directory ${arg}: ${files.length} file(s) under it are verified`);
    out.push(...files);
    if (out.length > LIMITS.maxSubjects) break;
  }
  return out;
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false; // reported when the file is read
  }
}

/** Regular files (and links to them) under a directory; linked directories are not followed. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const out: string[] = [];
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await filesUnder(path)));
    else if (e.isFile()) out.push(path);
    else if (e.isSymbolicLink() && (await stat(path).catch(() => undefined))?.isFile())
      out.push(path);
    if (out.length > LIMITS.maxSubjects) break;
  }
  return out;
}

/** `sha256:HEX` / `sha512:HEX`, or a file hashed with both algorithms in one streamed pass. */
export async function resolveSubject(arg: string): Promise<ArtifactSubject> {
  const m = DIGEST_ARG.exec(arg);
  if (m) {
    const alg = m[1] as 'sha256' | 'sha512';
    const hex = (m[2] ?? '').toLowerCase();
    if (hex.length !== HEX_LENGTH[alg])
      throw new UsageError(`${arg}: a ${alg} digest has ${HEX_LENGTH[alg]} hex characters`);
    return { name: arg, digests: { [alg]: hex } };
  }
  return { name: basename(arg), digests: await hashFile(arg) };
}

/**
 * SHA-256 and SHA-512 of a file in one streamed pass, bounded while reading (a pipe or a device
 * is refused past LIMITS.maxArtifactBytes rather than read forever). A directory is a usage error.
 */
export async function hashFile(path: string): Promise<{ sha256: string; sha512: string }> {
  const sha256 = createHash('sha256');
  const sha512 = createHash('sha512');
  const handle = await openInput(path);
  try {
    const info = await handle.stat();
    if (info.isDirectory())
      throw new UsageError(`${path} is a directory`, {
        hint: 'verify passes a directory as the files under it; here one file is needed',
      });
    if (info.isFile() && info.size > LIMITS.maxArtifactBytes)
      throw new VerifyError(
        'LIMIT',
        `artifact ${path}: ${info.size} bytes (limit ${LIMITS.maxArtifactBytes})`,
      );
    for await (const chunk of boundedChunks(handle, path, LIMITS.maxArtifactBytes)) {
      sha256.update(chunk);
      sha512.update(chunk);
    }
  } finally {
    await handle.close();
  }
  return { sha256: sha256.digest('hex'), sha512: sha512.digest('hex') };
}

export function isDigestArg(arg: string): boolean {
  return DIGEST_ARG.test(arg);
}

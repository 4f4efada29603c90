import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { UsageError, VerifyError } from '../core/errors.js';
import type { ArtifactSubject } from '../core/verify.js';

const DIGEST_ARG = /^(sha256|sha512):([0-9a-fA-F]+)$/;
const HEX_LENGTH = { sha256: 64, sha512: 128 } as const;

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

export async function hashFile(path: string): Promise<{ sha256: string; sha512: string }> {
  const sha256 = createHash('sha256');
  const sha512 = createHash('sha512');
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
      sha256.update(chunk as Buffer);
      sha512.update(chunk as Buffer);
    }
  } catch (err) {
    throw new UsageError(
      `cannot read artifact ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`,
    );
  }
  return { sha256: sha256.digest('hex'), sha512: sha512.digest('hex') };
}

export function isDigestArg(arg: string): boolean {
  return DIGEST_ARG.test(arg);
}

export { VerifyError };

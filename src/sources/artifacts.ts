import { createHash } from 'node:crypto';
import { UsageError } from '../core/errors.js';
import { LIMITS } from '../core/limits.js';
import type { ArtifactSubject } from '../core/verify.js';
import { readChunks, STDIN } from './files.js';

/** `ALG:HEX` with any case of the algorithm name (gh, cosign and slsa-verifier write `sha256:`). */
const DIGEST_ARG = /^(sha256|sha384|sha512):([0-9a-f]+)$/i;
/** Subresource Integrity, the lockfile form: `sha512-BASE64`. */
const SRI_ARG = /^(sha256|sha384|sha512)-([A-Za-z0-9+/]+={0,2})$/i;
const BYTES = { sha256: 32, sha384: 48, sha512: 64 } as const;
type Alg = keyof typeof BYTES;

/** A digest argument read exactly, or undefined when the argument is not written as one. */
export function parseDigestArg(arg: string): { alg: Alg; hex: string } | undefined {
  const hexForm = DIGEST_ARG.exec(arg);
  if (hexForm !== null) {
    const alg = (hexForm[1] ?? '').toLowerCase() as Alg;
    const hex = (hexForm[2] ?? '').toLowerCase();
    if (hex.length !== BYTES[alg] * 2)
      throw new UsageError(`${arg}: a ${alg} digest has ${BYTES[alg] * 2} hex characters`);
    return { alg, hex };
  }
  const sri = SRI_ARG.exec(arg);
  if (sri !== null) {
    const alg = (sri[1] ?? '').toLowerCase() as Alg;
    const bytes = Buffer.from(sri[2] ?? '', 'base64');
    if (bytes.length !== BYTES[alg] || bytes.toString('base64') !== sri[2])
      throw new UsageError(`${arg}: not the base64 of a ${BYTES[alg]}-byte ${alg} digest`);
    return { alg, hex: bytes.toString('hex') };
  }
  return undefined;
}

/** Written as a digest (`ALG:HEX` or SRI), whether or not its length is right. */
export function isDigestLike(arg: string): boolean {
  return DIGEST_ARG.test(arg) || SRI_ARG.test(arg);
}

/** A bare 64- or 128-digit hex string is almost surely a digest without its algorithm. */
function bareHexHint(arg: string): UsageError | undefined {
  if (!/^[0-9a-fA-F]{64}$|^[0-9a-fA-F]{96}$|^[0-9a-fA-F]{128}$/.test(arg)) return undefined;
  const alg = arg.length === 64 ? 'sha256' : arg.length === 96 ? 'sha384' : 'sha512';
  return new UsageError(`${arg.slice(0, 12)}…: no such file; a digest needs its algorithm`, {
    hint: `write ${alg}:${arg.toLowerCase()}`,
  });
}

/** Paths whose name says they are an attestation rather than an artifact. */
export function looksLikeBundle(path: string): boolean {
  return /\.(sigstore(\.json)?|intoto\.jsonl|jsonl)$|attestation.*\.json$/i.test(path);
}

/**
 * A digest (`sha256:HEX`, `SHA512:HEX`, SRI `sha512-BASE64`), `-` for stdin, or a file hashed
 * with SHA-256 and SHA-512 in one streamed pass. Named as given, so `linux/app` and
 * `darwin/app` stay apart.
 */
export async function resolveSubject(arg: string): Promise<ArtifactSubject> {
  const digest = parseDigestArg(arg);
  if (digest !== undefined) return { name: arg, digests: { [digest.alg]: digest.hex } };
  try {
    return { name: arg === STDIN ? '(stdin)' : arg, digests: await hashFile(arg) };
  } catch (err) {
    if (err instanceof UsageError && /ENOENT/.test(err.message)) throw bareHexHint(arg) ?? err;
    throw err;
  }
}

/**
 * SHA-256 and SHA-512 of a file in one streamed pass, bounded while reading (a pipe or a device
 * is refused past LIMITS.maxArtifactBytes rather than read forever). A directory is a usage error.
 */
export async function hashFile(path: string): Promise<{ sha256: string; sha512: string }> {
  const sha256 = createHash('sha256');
  const sha512 = createHash('sha512');
  for await (const chunk of readChunks(path, LIMITS.maxArtifactBytes, {
    directory: 'verify passes a directory as the files under it; here one file is needed',
    transient: true,
  })) {
    sha256.update(chunk);
    sha512.update(chunk);
  }
  return { sha256: sha256.digest('hex'), sha512: sha512.digest('hex') };
}

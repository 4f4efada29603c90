import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { toolCacheDir } from './cache-dir.js';
import { dirname, join } from 'node:path';
import { canonicalJson } from '../core/deps/policy-file.js';
import { isJsonObject, parseStrictJson, type JsonValue } from '../core/json/strict-json.js';
import type { ArtifactResult } from '../core/result.js';

/**
 * Everything a cached verdict depends on. A change of any part is another key, so a cached
 * result never outlives a new tool version, trusted root, policy, registry or artifact.
 */
export type CacheKey = {
  readonly tool: string;
  readonly ecosystem: 'npm' | 'pypi';
  readonly registry: string;
  readonly name: string;
  readonly version: string;
  /** The digests verified (the registry's integrity; PyPI: each file's sha256). */
  readonly integrity: readonly string[];
  readonly trustedRoots: string;
  readonly policy: string;
};

/**
 * The user's cache directory for this tool (see `toolCacheDir`), or undefined when there is no
 * home directory to trust: results are then not cached.
 */
export function defaultCacheDir(
  env: Readonly<Record<string, string | undefined>>,
  platform: NodeJS.Platform = process.platform,
): string | undefined {
  return toolCacheDir(env, platform, homedir);
}

/**
 * Verified results on disk, keyed by the digest of their whole key. Only verified results are
 * kept: a failure may come from what a registry served (not part of the key), so it is always
 * checked again. An entry is used only if it parses, carries exactly the key asked for, and has
 * the shape of a verified result; anything else is ignored (and later overwritten), never
 * trusted. Files are written to a temporary name and renamed, so a reader never sees half.
 */
export class VerificationCache {
  hits = 0;
  stored = 0;

  constructor(readonly dir: string | undefined) {}

  private path(key: CacheKey): string {
    const digest = createHash('sha256').update(canonicalJson(key)).digest('hex');
    return join(this.dir ?? '', 'deps-v1', digest.slice(0, 2), `${digest}.json`);
  }

  async get(key: CacheKey): Promise<ArtifactResult | undefined> {
    if (this.dir === undefined) return undefined;
    let text: string;
    try {
      text = await readFile(this.path(key), 'utf8');
    } catch {
      return undefined;
    }
    let entry: JsonValue;
    try {
      entry = parseStrictJson(text);
    } catch {
      return undefined;
    }
    if (!isJsonObject(entry) || canonicalJson(entry.key) !== canonicalJson(key)) return undefined;
    const result = entry.result;
    if (!isVerifiedResult(result)) return undefined;
    this.hits++;
    return result as unknown as ArtifactResult;
  }

  async put(key: CacheKey, result: ArtifactResult): Promise<void> {
    if (this.dir === undefined || result.verdict !== 'verified') return;
    const path = this.path(key);
    const tmp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      await mkdir(dirname(path), { recursive: true, mode: 0o700 });
      await writeFile(tmp, JSON.stringify({ key, result }), { mode: 0o600 });
      await rename(tmp, path);
      this.stored++;
    } catch {
      // A cache that cannot be written only costs time next run.
      await rm(tmp, { force: true });
    }
  }
}

/** The shape of a verified artifact result: a name, a verified verdict, verified attestations with checks. */
function isVerifiedResult(v: JsonValue | undefined): boolean {
  if (!isJsonObject(v) || typeof v.name !== 'string' || v.verdict !== 'verified') return false;
  if (!isJsonObject(v.digests) || !Array.isArray(v.attestations) || v.attestations.length === 0)
    return false;
  return (
    v.attestations.every(
      (a) =>
        isJsonObject(a) &&
        typeof a.origin === 'string' &&
        typeof a.verdict === 'string' &&
        Array.isArray(a.checks) &&
        a.checks.every(
          (c) => isJsonObject(c) && typeof c.id === 'string' && typeof c.status === 'string',
        ),
    ) && v.attestations.some((a) => isJsonObject(a) && a.verdict === 'verified')
  );
}

import { homedir } from 'node:os';
import { join } from 'node:path';
import seeds from '@sigstore/tuf/seeds.json' with { type: 'json' };
import { loadTrustedRoot, type LoadedRoot } from '../core/crypto/trust.js';
import { UsageError, VerifyError } from '../core/errors.js';
import { parseStrictJson, type JsonValue } from '../core/json/strict-json.js';
import { readInputFile } from './files.js';
import { serviceBase } from './http.js';

const PUBLIC_GOOD_MIRROR = 'https://tuf-repo-cdn.sigstore.dev';
export const GITHUB_TUF_MIRROR = 'https://tuf-repo.github.com';

export type TrustRootOptions = {
  readonly trustedRootFile?: string | undefined;
  readonly offline?: boolean | undefined;
  /** TUF repository for the main root (default public-good) and its bootstrap root.json. */
  readonly tufMirror?: string | undefined;
  readonly tufRoot?: string | undefined;
  /** GitHub's Sigstore instance (private repositories): its TUF bootstrap root.json. */
  readonly githubTufRoot?: string | undefined;
  readonly githubTufMirror?: string | undefined;
  readonly cacheDir?: string | undefined;
};

/**
 * Where trust comes from, in order: `--trusted-root FILE` (one root, or JSON Lines of several
 * as `gh attestation trusted-root` prints) with no network; `--offline`, the public-good root
 * embedded from @sigstore/tuf's seeds; otherwise a TUF refresh with an on-disk cache.
 */
export async function loadTrustRoots(options: TrustRootOptions): Promise<LoadedRoot[]> {
  const tuf = [options.tufMirror, options.tufRoot, options.githubTufRoot, options.githubTufMirror];
  if (options.trustedRootFile !== undefined || options.offline === true) {
    if (tuf.some((o) => o !== undefined))
      throw new UsageError('the TUF options apply only when the trusted root is refreshed online', {
        hint: 'drop --trusted-root / --offline, or the --tuf-* / --github-tuf-* options',
      });
    if (options.trustedRootFile !== undefined) return loadRootFile(options.trustedRootFile);
    return [embeddedPublicGoodRoot()];
  }
  if (options.githubTufMirror !== undefined && options.githubTufRoot === undefined)
    throw new UsageError('--github-tuf-mirror needs --github-tuf-root (its TUF root.json)');
  const cacheDir = options.cacheDir ?? defaultCacheDir();
  const roots = [
    await fetchTufRoot(options.tufMirror ?? PUBLIC_GOOD_MIRROR, options.tufRoot, cacheDir),
  ];
  if (options.githubTufRoot !== undefined)
    roots.push(
      await fetchTufRoot(
        options.githubTufMirror ?? GITHUB_TUF_MIRROR,
        options.githubTufRoot,
        cacheDir,
      ),
    );
  return roots;
}

export async function loadRootFile(path: string): Promise<LoadedRoot[]> {
  const text = (await readInputFile(path)).toString('utf8');
  let docs: [string, JsonValue][];
  try {
    docs = [[path, parseStrictJson(text)]];
  } catch {
    docs = text
      .split('\n')
      .map((line, i) => [`${path}:${i + 1}`, line] as const)
      .filter(([, line]) => line.trim().length > 0)
      .map(([label, line]) => [label, parseRootLine(label, line)]);
  }
  if (docs.length === 0) throw new VerifyError('TRUST_ROOT', `${path} holds no trusted root`);
  return docs.map(([label, json]) => loadTrustedRoot(json, label));
}

function parseRootLine(label: string, line: string): JsonValue {
  try {
    return parseStrictJson(line);
  } catch (err) {
    throw new VerifyError(
      'TRUST_ROOT',
      `${label} is not a trusted root: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
}

/** The public-good trusted root shipped inside @sigstore/tuf (no network). */
export function embeddedPublicGoodRoot(): LoadedRoot {
  const target = seeds[PUBLIC_GOOD_MIRROR].targets['trusted_root.json'];
  const json = parseStrictJson(Buffer.from(target, 'base64').toString('utf8'));
  return loadTrustedRoot(json, 'embedded public-good root (@sigstore/tuf seeds)');
}

/**
 * A TUF refresh of one repository, with its own cache directory (one per mirror: caches of
 * two repositories must never mix). The bootstrap root is the mirror's seed or `rootFile`.
 */
async function fetchTufRoot(
  mirrorUrl: string,
  rootFile: string | undefined,
  cacheDir: string,
): Promise<LoadedRoot> {
  const mirror = serviceBase(mirrorUrl, 'TUF mirror');
  if (rootFile !== undefined) await readInputFile(rootFile, 1 << 20);
  try {
    const { getTrustedRoot } = await import('@sigstore/tuf');
    const root = await getTrustedRoot({
      mirrorURL: mirror,
      cachePath: join(cacheDir, encodeURIComponent(mirror)),
      ...(rootFile === undefined ? {} : { rootPath: rootFile }),
      retry: { retries: 1 },
      timeout: 10_000,
    });
    const { TrustedRoot } = await import('@sigstore/protobuf-specs');
    return loadTrustedRoot(TrustedRoot.toJSON(root) as JsonValue, `TUF ${mirror}`);
  } catch (err) {
    if (err instanceof VerifyError) throw err;
    throw new VerifyError(
      'TRUST_ROOT_UNAVAILABLE',
      `could not refresh the trusted root from ${mirror}: ${err instanceof Error ? err.message : String(err)}`,
      {
        hint: 'use --offline for the embedded public-good root, or --trusted-root FILE',
      },
    );
  }
}

function defaultCacheDir(): string {
  const base = process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache');
  return join(base, 'verify-provenance', 'tuf');
}

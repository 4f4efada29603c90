import { mkdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { toolCacheDir } from './cache-dir.js';
import { loadTrustedRoot, type LoadedRoot } from '../core/crypto/trust.js';
import { UsageError, VerifyError } from '../core/errors.js';
import { parseStrictJson, type JsonValue } from '../core/json/strict-json.js';
import { readInputFile } from './files.js';
import { serviceBase } from './urls.js';

/**
 * The embedded roots and TUF seeds, loaded only when used: a `--trusted-root FILE` run does not
 * parse them (about 60 KB of JSON).
 */
const embedded = (): Promise<typeof import('./embedded/index.js')> => import('./embedded/index.js');

export type TrustRootOptions = {
  readonly trustedRootFile?: string | undefined;
  readonly offline?: boolean | undefined;
  /** TUF repository for the main root (default public-good) and its bootstrap root.json. */
  readonly tufMirror?: string | undefined;
  readonly tufRoot?: string | undefined;
  /**
   * GitHub's Sigstore instance (private repositories): its TUF bootstrap root.json and mirror.
   * Default: the embedded root `gh` embeds, at https://tuf-repo.github.com.
   */
  readonly githubTufRoot?: string | undefined;
  readonly githubTufMirror?: string | undefined;
  /** A GHE.com tenant's trust domain (the API's /meta): its own trusted root target. */
  readonly githubTrustDomain?: string | undefined;
  /**
   * Refresh GitHub's instance online when not asked for (default true). The npm and pypi
   * commands turn it off: registries' provenance is public-good, so it would only add a fetch.
   */
  readonly githubByDefault?: boolean | undefined;
  readonly cacheDir?: string | undefined;
};

/**
 * Where trust comes from, in order: `--trusted-root FILE` (one root, or JSON Lines of several
 * as `gh attestation trusted-root` prints) with no network; `--offline`, the embedded
 * public-good root and GitHub's embedded snapshot; otherwise a TUF refresh with an on-disk
 * cache, of public-good and of GitHub's instance (unless `--tuf-mirror` names another main
 * instance and GitHub's is not asked for).
 */
export async function loadTrustRoots(options: TrustRootOptions): Promise<LoadedRoot[]> {
  const tuf = [options.tufMirror, options.tufRoot, options.githubTufRoot, options.githubTufMirror];
  if (options.trustedRootFile !== undefined || options.offline === true) {
    if (tuf.some((o) => o !== undefined))
      throw new UsageError('the TUF options apply only when the trusted root is refreshed online', {
        hint: 'drop --trusted-root / --offline, or the --tuf-* / --github-tuf-* options',
      });
    if (options.trustedRootFile !== undefined) return loadRootFile(options.trustedRootFile);
    const { embeddedPublicGoodRoot, embeddedGithubRoot } = await embedded();
    return [embeddedPublicGoodRoot(), embeddedGithubRoot()];
  }
  const { embeddedGithubTufRoot, GITHUB_TUF_MIRROR, PUBLIC_GOOD_MIRROR } = await embedded();
  const cacheDir = options.cacheDir ?? defaultCacheDir();
  const github =
    (options.tufMirror === undefined && options.githubByDefault !== false) ||
    options.githubTufRoot !== undefined ||
    options.githubTufMirror !== undefined;
  const githubMirror = options.githubTufMirror ?? GITHUB_TUF_MIRROR;
  // Loaded once, before the refreshes run side by side (under vitest, concurrent first imports
  // of a mocked module can get the real one).
  const { initTUF } = await import('@sigstore/tuf');
  return Promise.all([
    fetchTufRoot(initTUF, options.tufMirror ?? PUBLIC_GOOD_MIRROR, options.tufRoot, cacheDir),
    ...(github
      ? [
          fetchTufRoot(
            initTUF,
            githubMirror,
            options.githubTufRoot ??
              embeddedRootFile(cacheDir, githubMirror, embeddedGithubTufRoot()),
            cacheDir,
            githubTarget(options.githubTrustDomain),
          ).then((root) => ({ ...root, githubInstance: true })),
        ]
      : []),
  ]);
}

/** GitHub's TUF repository names a GHE.com tenant's root `<trust domain>.trusted_root.json`. */
function githubTarget(trustDomain: string | undefined): string {
  if (trustDomain === undefined || trustDomain === '') return 'trusted_root.json';
  if (!/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(trustDomain))
    throw new VerifyError(
      'NETWORK',
      `the API named trust domain ${JSON.stringify(trustDomain)}, which is not a DNS label`,
    );
  return `${trustDomain}.trusted_root.json`;
}

/** The embedded GitHub TUF root written where the TUF client can read it (once per cache). */
function embeddedRootFile(cacheDir: string, mirror: string, root: string): string {
  const dir = join(cacheDir, 'bootstrap');
  const file = join(dir, `${encodeURIComponent(mirror)}.root.json`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, root);
  return file;
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

/**
 * A TUF refresh of one repository, with its own cache directory (one per mirror: caches of
 * two repositories must never mix). The bootstrap root is the mirror's seed or `rootFile`.
 */
async function fetchTufRoot(
  initTUF: typeof import('@sigstore/tuf').initTUF,
  mirrorUrl: string,
  rootFile: string | undefined,
  cacheDir: string,
  target = 'trusted_root.json',
): Promise<LoadedRoot> {
  const mirror = serviceBase(mirrorUrl, 'TUF mirror');
  if (rootFile !== undefined) await readInputFile(rootFile, 1 << 20);
  try {
    const client = await initTUF({
      mirrorURL: mirror,
      cachePath: join(cacheDir, encodeURIComponent(mirror)),
      ...(rootFile === undefined ? {} : { rootPath: rootFile }),
      retry: { retries: 1 },
      timeout: 10_000,
    });
    const json = parseStrictJson(await client.getTarget(target));
    const label = `TUF ${mirror}${target === 'trusted_root.json' ? '' : ` (${target})`}`;
    return loadTrustedRoot(json, label);
  } catch (err) {
    if (err instanceof VerifyError) throw err;
    throw new VerifyError(
      'TRUST_ROOT_UNAVAILABLE',
      `could not refresh the trusted root from ${mirror}: ${err instanceof Error ? err.message : String(err)}`,
      {
        hint: 'use --offline for the embedded roots, or --trusted-root FILE',
      },
    );
  }
}

/** The TUF cache: `tuf` in the user's cache directory for this tool (see `toolCacheDir`). */
function defaultCacheDir(): string {
  const dir = toolCacheDir(process.env, process.platform, homedir);
  if (dir === undefined)
    throw new UsageError('no cache directory for the TUF metadata: no home directory is known', {
      hint: 'set HOME (or XDG_CACHE_HOME), or verify with --offline or --trusted-root FILE',
    });
  return join(dir, 'tuf');
}

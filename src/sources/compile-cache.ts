import module from 'node:module';
import { posix, win32 } from 'node:path';
import { toolCacheDir } from './cache-dir.js';

/**
 * Turn on Node's compile cache (Node >= 22.1; absent on Node 20, where this does nothing) in a
 * directory only this user can write. Node's default, `os.tmpdir()/node-compile-cache`, is shared
 * on a multi-user machine, and cached code is run without being authenticated: another user who
 * creates that directory first would choose what this verifier runs. `NODE_COMPILE_CACHE` (the
 * user's own choice) is left to Node; `NODE_DISABLE_COMPILE_CACHE=1` turns the cache off.
 * Returns the directory used, or undefined when the cache stays off.
 */
export function enableCompileCache(
  env: Readonly<Record<string, string | undefined>> = process.env,
): string | undefined {
  const enable = (module as { enableCompileCache?: (dir?: string) => unknown }).enableCompileCache;
  if (enable === undefined || env.NODE_DISABLE_COMPILE_CACHE !== undefined) return undefined;
  if (env.NODE_COMPILE_CACHE !== undefined) {
    enable();
    return env.NODE_COMPILE_CACHE;
  }
  const dir = userCacheDir(env);
  if (dir === undefined) return undefined;
  enable(dir);
  return dir;
}

/**
 * The compile cache's directory in the user's cache, from the environment only (`os.homedir()`
 * without `HOME` asks the user database: NSS, nscd, a socket), or undefined when there is none
 * to trust.
 */
export function userCacheDir(
  env: Readonly<Record<string, string | undefined>>,
  platform: NodeJS.Platform = process.platform,
): string | undefined {
  const dir = toolCacheDir(env, platform);
  return dir === undefined
    ? undefined
    : (platform === 'win32' ? win32 : posix).join(dir, 'compile-cache');
}

/**
 * Where the bundle's chunk loader keeps code (src/sources/chunk-loader.ts): `code-cache` in the
 * user's cache directory for this tool; none with NODE_DISABLE_COMPILE_CACHE set, or without a
 * home directory to trust.
 */
export function chunkCacheDir(
  env: Readonly<Record<string, string | undefined>> = process.env,
  platform: NodeJS.Platform = process.platform,
): string | undefined {
  if (env.NODE_DISABLE_COMPILE_CACHE !== undefined) return undefined;
  const dir = toolCacheDir(env, platform);
  return dir === undefined
    ? undefined
    : (platform === 'win32' ? win32 : posix).join(dir, 'code-cache');
}

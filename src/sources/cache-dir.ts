import { posix, win32 } from 'node:path';

/**
 * This tool's directory in the user's own cache, as each platform names it, then
 * `verify-provenance`: `$XDG_CACHE_HOME` (only an absolute one, as the XDG spec says) or
 * `~/.cache`; `~/Library/Caches` on macOS; `%LOCALAPPDATA%` on Windows. The home directory is
 * `HOME` when absolute, else what `lookUpHome` says (the user database: `os.homedir()`); with
 * neither, there is no directory to trust and the answer is undefined. Never the shared
 * temporary directory: what is cached there could be planted by another user.
 */
export function toolCacheDir(
  env: Readonly<Record<string, string | undefined>>,
  platform: NodeJS.Platform = process.platform,
  lookUpHome?: () => string,
): string | undefined {
  const path = platform === 'win32' ? win32 : posix;
  const absolute = (p: string | undefined): string | undefined =>
    p !== undefined && p !== '' && path.isAbsolute(p) ? p : undefined;
  const home = (): string | undefined => absolute(env.HOME) ?? absolute(tryLookUp(lookUpHome));
  const inHome = (...parts: string[]): string | undefined => {
    const h = home();
    return h === undefined ? undefined : path.join(h, ...parts);
  };
  const base =
    platform === 'win32'
      ? (absolute(env.LOCALAPPDATA) ?? inHome('AppData', 'Local'))
      : platform === 'darwin'
        ? inHome('Library', 'Caches')
        : (absolute(env.XDG_CACHE_HOME) ?? inHome('.cache'));
  return base === undefined ? undefined : path.join(base, 'verify-provenance');
}

function tryLookUp(lookUpHome: (() => string) | undefined): string | undefined {
  try {
    return lookUpHome?.();
  } catch {
    return undefined;
  }
}

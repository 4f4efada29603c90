import { readdir, stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { UsageError, VerifyError } from '../core/errors.js';
import { LIMITS } from '../core/limits.js';

/**
 * Expand paths and globs (as `actions/attest-build-provenance` does, with `@actions/glob`) to
 * regular files. `!pattern` excludes. Every other pattern must match at least one file: a
 * typo must not shrink the set of artifacts silently.
 */
export async function expandPatterns(
  input: string,
  patterns: readonly string[],
): Promise<string[]> {
  const excludes = patterns.filter((p) => p.startsWith('!'));
  const includes = patterns.filter((p) => !p.startsWith('!'));
  if (includes.length === 0) throw new UsageError(`${input} has only exclusions`);
  const files: string[] = [];
  for (const pattern of includes) {
    const quick =
      excludes.length === 0
        ? ((await literalFile(pattern)) ?? (await starInName(pattern)))
        : undefined;
    if (quick !== undefined && files.length + quick.length > LIMITS.maxArtifacts)
      throw tooMany(input);
    files.push(...(quick ?? (await globFiles(input, pattern, excludes, files.length))));
  }
  return files;
}

/**
 * A pattern that is a plain path to a regular file matches just that file, as `@actions/glob`
 * finds it (the absolute path, symbolic links followed but not resolved), without loading the
 * glob library. Anything else (a wildcard, an escape, `~`, a `.`/`..` segment, a directory, a
 * missing file, an error) returns undefined and goes to `@actions/glob`, so its answers and
 * its errors stay exactly its own.
 */
export async function literalFile(pattern: string): Promise<string[] | undefined> {
  const p = pattern.trim();
  if (!isPlainPath(p)) return undefined;
  const path = resolve(p);
  try {
    return (await stat(path)).isFile() ? [path] : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `DIR/NAME` where DIR is a plain path and NAME has `*` (and no other pattern character): the
 * regular files in DIR whose names match, as `@actions/glob` finds them (`*` also matches a
 * leading dot; broken links are skipped), without loading the glob library. When a match is a
 * directory (whose files `@actions/glob` would add), nothing matches, or anything fails, it
 * returns undefined and the pattern goes to `@actions/glob`.
 */
export async function starInName(pattern: string): Promise<string[] | undefined> {
  const p = pattern.trim();
  const cut = p.lastIndexOf(sep);
  const dir = cut < 0 ? '.' : p.slice(0, cut);
  const name = p.slice(cut + 1);
  const rest = name.replace(/\*/g, '');
  if (!name.includes('*') || name.includes('**') || (rest !== '' && !isPlainPath(rest)))
    return undefined;
  if (!isPlainPath(dir)) return undefined;
  const matches = new RegExp(`^${name.split('*').map(escapeRegExp).join('[^/]*')}$`);
  const base = resolve(dir);
  const files: string[] = [];
  try {
    for (const entry of await readdir(base)) {
      if (!matches.test(entry)) continue;
      const path = join(base, entry);
      const stats = await stat(path).catch((err: unknown) => {
        if ((err as { code?: unknown }).code === 'ENOENT') return undefined; // a broken link
        throw err;
      });
      if (stats?.isDirectory()) return undefined;
      if (stats?.isFile()) files.push(path);
    }
  } catch {
    return undefined;
  }
  return files.length === 0 ? undefined : files.sort();
}

/**
 * No character that `@actions/glob` reads as a pattern (wildcard, set, escape, brace, group,
 * negation, comment), no leading `~`, no `.`/`..` or empty segment past the first, no trailing
 * separator; POSIX only.
 */
function isPlainPath(p: string): boolean {
  if (process.platform === 'win32') return false;
  if (p === '' || /[*?[\]\\{}()!#]/.test(p) || p.startsWith('~') || p.endsWith(sep)) return false;
  return !p.split(sep).some((s, i) => s === '..' || (s === '.' && i > 0) || (s === '' && i > 0));
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One include pattern through `@actions/glob` (loaded only when a pattern needs it). */
async function globFiles(
  input: string,
  pattern: string,
  excludes: readonly string[],
  already: number,
): Promise<string[]> {
  const glob = await import('@actions/glob');
  const globber = await glob.create([pattern, ...excludes].join('\n'), {
    matchDirectories: false,
    followSymbolicLinks: true,
    omitBrokenSymbolicLinks: true,
  });
  const matched: string[] = [];
  for await (const file of globber.globGenerator()) {
    if ((await stat(file)).isFile()) matched.push(file);
    if (already + matched.length > LIMITS.maxArtifacts) throw tooMany(input);
  }
  if (matched.length === 0)
    throw new UsageError(`${input}: ${JSON.stringify(pattern)} matches no file`, {
      hint: 'paths and globs are relative to the working directory (GITHUB_WORKSPACE); check the name and that the file was downloaded or built before this step',
    });
  return matched.sort();
}

const tooMany = (input: string): VerifyError =>
  new VerifyError('LIMIT', `${input} matches more than ${LIMITS.maxArtifacts} files`);

import { stat } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
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
    const literal = excludes.length === 0 ? await literalFile(pattern) : undefined;
    if (literal !== undefined && files.length + 1 > LIMITS.maxArtifacts) throw tooMany(input);
    files.push(...(literal ?? (await globFiles(input, pattern, excludes, files.length))));
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
  if (process.platform === 'win32') return undefined;
  const p = pattern.trim();
  // Characters that glob, escape, brace, group, negate or comment are left to the library.
  if (p === '' || /[*?[\]\\{}()!#]/.test(p) || p.startsWith('~') || p.endsWith(sep))
    return undefined;
  const segments = p.split(sep);
  if (segments.some((s, i) => s === '..' || (s === '.' && i > 0) || (s === '' && i > 0)))
    return undefined;
  const path = resolve(p);
  try {
    return (await stat(path)).isFile() ? [path] : undefined;
  } catch {
    return undefined;
  }
}

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

import { stat } from 'node:fs/promises';
import * as glob from '@actions/glob';
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
    const globber = await glob.create([pattern, ...excludes].join('\n'), {
      matchDirectories: false,
      followSymbolicLinks: true,
      omitBrokenSymbolicLinks: true,
    });
    const matched: string[] = [];
    for await (const file of globber.globGenerator()) {
      if ((await stat(file)).isFile()) matched.push(file);
      if (files.length + matched.length > LIMITS.maxArtifacts)
        throw new VerifyError('LIMIT', `${input} matches more than ${LIMITS.maxArtifacts} files`);
    }
    if (matched.length === 0)
      throw new UsageError(`${input}: ${JSON.stringify(pattern)} matches no file`, {
        hint: 'paths and globs are relative to the working directory (GITHUB_WORKSPACE); check the name and that the file was downloaded or built before this step',
      });
    files.push(...matched.sort());
  }
  return files;
}

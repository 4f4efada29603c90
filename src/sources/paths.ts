import { readdir, stat, type Dirent, type Stats } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { UsageError } from '../core/errors.js';
import { LIMITS } from '../core/limits.js';
import { isDigestLike } from './artifacts.js';
import { STDIN } from './files.js';

export type PathKind = 'artifact' | 'bundle';

/**
 * Characters without which tinyglobby sees no pattern (its glob syntax: * ? [ ] { } ( ) ! + @
 * and escapes): a plain path does not load the glob library at all.
 */
const MAY_BE_PATTERN = /[*?[\]{}()!+@\\]/;

/** Files in a directory of attestations that are read as attestations. */
const ATTESTATION_FILE = /\.(json|jsonl|sigstore|slsa)$/i;

/**
 * The files a command line names: a file as given; a quoted glob pattern (`'dist/*.tgz'`,
 * matched here, so Windows shells get globbing too) as the files it matches, sorted; a directory
 * as the files under it (artifacts: every regular file, recursively; bundles: the .json, .jsonl,
 * .sigstore and .slsa files), as the action's globs do. Digests and `-` pass through. A pattern
 * or directory that names nothing is a usage error: a typo never shrinks the set silently.
 */
export async function expandPaths(
  args: readonly string[],
  kind: PathKind,
  onNote: (line: string) => void = () => undefined,
): Promise<string[]> {
  const out: string[] = [];
  for (const arg of args) {
    if (arg === STDIN || (kind === 'artifact' && isDigestLike(arg))) {
      out.push(arg);
      continue;
    }
    // A missing name is reported when the file is read (or matched below, if it is a pattern).
    const info = await statOrUndefined(arg);
    if (info?.isDirectory() === true) {
      const files = (await filesUnder(arg)).filter(
        (f) => kind === 'artifact' || ATTESTATION_FILE.test(f),
      );
      if (files.length === 0)
        throw new UsageError(
          `${kind} directory ${arg} holds no ${kind === 'bundle' ? 'attestation file' : 'regular file'}`,
          {
            hint: 'give the files themselves, or a directory that contains them',
          },
        );
      onNote(`${kind} directory ${arg}: ${files.length} file(s) under it`);
      out.push(...files);
    } else if (info === undefined && MAY_BE_PATTERN.test(arg)) {
      const files = await matchPattern(arg);
      if (files === undefined) out.push(arg);
      else {
        onNote(`${kind} pattern ${arg}: ${files.length} file(s)`);
        out.push(...files);
      }
    } else out.push(arg);
    if (out.length > LIMITS.maxArtifacts) break;
  }
  return out;
}

/**
 * The files a glob pattern matches, sorted and named as the pattern was (relative to here, or
 * absolute); undefined when tinyglobby sees no pattern in it. Matching nothing is a usage error.
 */
async function matchPattern(arg: string): Promise<string[] | undefined> {
  const { glob, isDynamicPattern } = await import('tinyglobby');
  if (!isDynamicPattern(arg)) return undefined;
  const files = await glob(arg, {
    onlyFiles: true,
    dot: false,
    expandDirectories: false,
    absolute: isAbsolute(arg),
  });
  if (files.length === 0)
    throw new UsageError(`${arg} matches no file`, {
      hint: 'check the pattern (quote it so the shell does not expand it first)',
    });
  return files.sort();
}

/** Regular files (and links to them) under a directory, sorted; linked directories are not followed. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await new Promise<Dirent[]>((resolve, reject) =>
    readdir(dir, { withFileTypes: true }, (err, found) => (err ? reject(err) : resolve(found))),
  );
  const out: string[] = [];
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await filesUnder(path)));
    else if (e.isFile()) out.push(path);
    else if (e.isSymbolicLink() && (await statOrUndefined(path))?.isFile()) out.push(path);
    if (out.length > LIMITS.maxArtifacts) break;
  }
  return out;
}

/**
 * `stat`, undefined when it fails. The callback API: `node:fs/promises` loads a dozen modules
 * that a run naming a few files never uses.
 */
function statOrUndefined(path: string): Promise<Stats | undefined> {
  return new Promise((resolve) => stat(path, (err, info) => resolve(err ? undefined : info)));
}

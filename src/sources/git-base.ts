import { execFile } from 'node:child_process';
import { basename, dirname } from 'node:path';
import { UsageError } from '../core/errors.js';
import { LIMITS } from '../core/limits.js';

/**
 * A file as it is at a git ref (`git show REF:./FILE`, run in the file's directory so the path
 * is relative to it): the base of a pull request. `undefined` when the file did not exist
 * there (every entry is then new). The ref is data, never an option.
 */
export function readAtRef(ref: string, path: string): Promise<string | undefined> {
  if (ref === '' || ref.startsWith('-') || /[\s:]/.test(ref))
    throw new UsageError(`base-ref ${JSON.stringify(ref)} is not a git ref`);
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      ['show', `${ref}:./${basename(path)}`, '--'],
      { cwd: dirname(path), maxBuffer: LIMITS.maxInputBytes * 4, encoding: 'utf8' },
      (err, stdout, stderr) => {
        if (err === null) return resolve(stdout);
        if (/exists on disk, but not in|does not exist in|path .* does not exist/i.test(stderr))
          return resolve(undefined);
        reject(
          new UsageError(
            `git show ${ref}:${path}: ${stderr.trim().split('\n')[0] ?? err.message}`,
            {
              hint: 'fetch the base first (actions/checkout with fetch-depth: 0, or git fetch origin BASE)',
            },
          ),
        );
      },
    );
  });
}

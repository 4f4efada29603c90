import { UsageError } from '../../errors.js';
import type { Lockfile } from '../entries.js';
import { parseBunLock } from './bun-lock.js';
import { parseNpmLock } from './npm-lock.js';
import { parsePnpmLock } from './pnpm-lock.js';
import { parsePoetryLock, parsePylock, parseRequirements, parseUvLock } from './python-locks.js';
import { parseYarnLock } from './yarn-lock.js';

type Parser = (file: string, text: string) => Lockfile;

/** Lockfile names, as their tools write them, and the parser for each. */
const BY_NAME: readonly [RegExp, Parser][] = [
  [/^(package-lock|npm-shrinkwrap)\.json$/, parseNpmLock],
  [/^pnpm-lock\.ya?ml$/, parsePnpmLock],
  [/^yarn\.lock$/, parseYarnLock],
  [/^bun\.lock$/, parseBunLock],
  [/^uv\.lock$/, parseUvLock],
  [/^poetry\.lock$/, parsePoetryLock],
  [/^pylock(\.[^./\\]+)?\.toml$/, parsePylock],
  [/^requirements.*\.txt$|\.txt$/, parseRequirements],
];

/** The file names looked for when no lockfile is given. */
export const DEFAULT_LOCKFILES = [
  'package-lock.json',
  'npm-shrinkwrap.json',
  'pnpm-lock.yaml',
  'yarn.lock',
  'bun.lock',
  'uv.lock',
  'poetry.lock',
  'pylock.toml',
  'requirements.txt',
] as const;

function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

/** Is this a lockfile name the deps command reads? */
export function isLockfileName(path: string): boolean {
  return BY_NAME.some(([re]) => re.test(baseName(path)));
}

/** Parse a lockfile by its name; a name of no known kind is a usage error. */
export function parseLockfile(path: string, text: string): Lockfile {
  const parser = BY_NAME.find(([re]) => re.test(baseName(path)))?.[1];
  if (parser === undefined)
    throw new UsageError(`${path}: not a lockfile name this command reads`, {
      hint: `name it as its tool does: ${DEFAULT_LOCKFILES.join(', ')}, pylock.NAME.toml or requirements*.txt`,
    });
  return parser(path, text.replace(/^\uFEFF/, ''));
}

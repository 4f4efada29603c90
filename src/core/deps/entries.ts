import { VerifyError } from '../errors.js';

/** Where packages come from: npm-compatible registries and Python package indexes. */
export type Ecosystem = 'npm' | 'pypi';

/**
 * How a lockfile entry is fetched. Only `registry` entries have provenance to verify; the rest
 * are listed as "not from a registry" and handled by the policy.
 */
export const SOURCE_KINDS = [
  'registry',
  'workspace',
  'file',
  'link',
  'directory',
  'git',
  'tarball',
  'patch',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** One digest the lockfile pins (npm: of the tarball; PyPI: of one distribution file). */
export type LockHash = {
  readonly algorithm: string;
  readonly hex: string;
  /** PyPI: the file it pins, when the lockfile names it. */
  readonly file?: string;
};

/** One entry of a lockfile, at the line that declares it. */
export type LockEntry = {
  readonly ecosystem: Ecosystem;
  /** The real package (an alias resolved); PyPI names normalised (PEP 503). */
  readonly name: string;
  /** The exact version, for registry entries. */
  readonly version: string | undefined;
  /** The name it is installed under, when an alias gives it another one. */
  readonly alias?: string;
  readonly source: SourceKind;
  readonly hashes: readonly LockHash[];
  /** Why the lockfile's hashes cannot be compared with the registry (e.g. yarn berry's archive checksum). */
  readonly hashNote?: string;
  /** What the lockfile says it was resolved from (URL, path, git ref), for the report. */
  readonly resolved?: string;
  /** The index or registry the lockfile names for this entry, when it names one. */
  readonly index?: string;
  readonly file: string;
  readonly line: number;
  /** Something wrong with the entry itself (not pinned, malformed hash): it fails. */
  readonly problem?: string;
};

export type Lockfile = {
  readonly path: string;
  /** e.g. `package-lock.json v3`, `pnpm-lock.yaml 9.0`, `yarn.lock (berry 8)`. */
  readonly format: string;
  readonly ecosystem: Ecosystem;
  readonly entries: readonly LockEntry[];
  /** Lines the parser did not follow (`-r other.txt`), said once each. */
  readonly notes: readonly string[];
};

/** A malformed lockfile: the whole file is refused, with the line that is wrong. */
export function lockfileError(
  file: string,
  line: number | undefined,
  message: string,
): VerifyError {
  return new VerifyError(
    'MALFORMED',
    `${file}${line === undefined ? '' : `:${line}`}: ${message}`,
    {
      hint: 'regenerate the lockfile with its package manager, or check the path',
    },
  );
}

/** PEP 503: lower case, runs of `-`, `_` and `.` become one `-`. */
export function normalizePypiName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

const STANDARD_B64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Subresource Integrity (`sha512-BASE64 sha1-BASE64`) → hex digests. Canonical base64 only;
 * anything else is a problem of the entry, never silently dropped.
 */
export function hashesFromSri(integrity: string): LockHash[] | string {
  const hashes: LockHash[] = [];
  for (const part of integrity.trim().split(/\s+/)) {
    const dash = part.indexOf('-');
    const algorithm = part.slice(0, dash).toLowerCase();
    const b64 = part.slice(dash + 1).replace(/\?.*$/, '');
    const size = { sha1: 20, sha256: 32, sha384: 48, sha512: 64 }[algorithm];
    const bytes = STANDARD_B64.test(b64) ? Buffer.from(b64, 'base64') : undefined;
    if (
      dash <= 0 ||
      size === undefined ||
      bytes?.length !== size ||
      bytes.toString('base64') !== b64
    )
      return `integrity ${JSON.stringify(part.slice(0, 80))} is not SRI sha1/sha256/sha384/sha512`;
    hashes.push({ algorithm, hex: bytes.toString('hex') });
  }
  return hashes.length > 0 ? hashes : 'empty integrity';
}

/** `sha256:HEX` (uv, poetry, pip's `--hash`) → a hash; undefined when not of that form. */
export function hashFromPrefixed(value: string, file?: string): LockHash | undefined {
  const m = /^(sha256|sha384|sha512):([0-9a-fA-F]+)$/.exec(value.trim());
  const lengths: Record<string, number> = { sha256: 64, sha384: 96, sha512: 128 };
  if (m === null || m[2]?.length !== lengths[m[1] ?? '']) return undefined;
  return {
    algorithm: m[1] ?? '',
    hex: (m[2] ?? '').toLowerCase(),
    ...(file === undefined ? {} : { file }),
  };
}

/** An exact semantic version as npm publishes them (no ranges, tags or URLs). */
export const NPM_VERSION =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;

/** `name@rest` or `@scope/name@rest`: the `@` that separates is never the first character. */
export function splitNameAt(spec: string): [string, string] | undefined {
  const at = spec.indexOf('@', 1);
  if (at <= 0) return undefined;
  return [spec.slice(0, at), spec.slice(at + 1)];
}

/** The last path segment of a URL or path (a file name), without a query or fragment. */
export function fileNameOf(url: string): string {
  const path = url.replace(/[?#].*$/, '');
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
}

/**
 * Does this tarball URL have the shape of a registry download of exactly this package version
 * (`…/NAME/-/BASENAME-VERSION.tgz`, or GitHub Packages' `…/download/NAME/VERSION/…`)? Any other
 * URL is a tarball dependency, not from a registry.
 */
export function isRegistryTarball(url: string, name: string, version: string): boolean {
  let path: string;
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return false;
    path = decodeURIComponent(u.pathname);
  } catch {
    return false;
  }
  const base = name.slice(name.lastIndexOf('/') + 1);
  return (
    path.endsWith(`/${name}/-/${base}-${version}.tgz`) ||
    path.endsWith(`/${name.replace('/', '%2f')}/-/${base}-${version}.tgz`) ||
    path.includes(`/download/${name}/${version}/`)
  );
}

/** How a dependency spec or resolved location that is not a registry version is fetched. */
export function nonRegistryKind(spec: string): SourceKind | undefined {
  if (/^workspace:/.test(spec)) return 'workspace';
  if (/^link:|^portal:/.test(spec)) return 'link';
  if (/^file:|^\.{0,2}\/|^exec:/.test(spec)) return 'file';
  if (/^patch:/.test(spec)) return 'patch';
  if (/^(git\+|git:|github:|gitlab:|bitbucket:|gist:)/.test(spec)) return 'git';
  if (/^https?:\/\//.test(spec))
    return /\.git(#|$)|#commit=|^https:\/\/codeload\.github\.com\//.test(spec) ? 'git' : 'tarball';
  if (/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+(#.*)?$/.test(spec)) return 'git';
  return undefined;
}

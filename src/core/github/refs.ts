/** Git refs and the semver rules slsa-verifier applies to tags and builder refs. */

export type Semver = {
  readonly major: number;
  readonly minor: number | undefined;
  readonly patch: number | undefined;
  readonly prerelease: string | undefined;
};

const NUM = '(0|[1-9]\\d*)';
/** Dot-separated identifiers, none empty (semver 2.0.0 §9, §10). */
const IDS = '[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*';
const SEMVER_TAG = new RegExp(`^v${NUM}(?:\\.${NUM}(?:\\.${NUM})?)?(?:-(${IDS}))?(?:\\+${IDS})?$`);

/** `v1`, `v1.2`, `v1.2.3`, optional `-prerelease` and ignored `+build`. */
export function parseSemverTag(tag: string): Semver | undefined {
  const m = SEMVER_TAG.exec(tag);
  if (!m || m[1] === undefined) return undefined;
  return {
    major: Number(m[1]),
    minor: m[2] === undefined ? undefined : Number(m[2]),
    patch: m[3] === undefined ? undefined : Number(m[3]),
    prerelease: m[4],
  };
}

/**
 * slsa-verifier's versioned tag: the built tag (missing parts read as 0) must have the same
 * major, and the same minor and patch where the policy gives them; a prerelease only matches
 * when the policy names the same prerelease.
 */
export function matchesVersionedTag(expected: Semver, builtTag: string): boolean {
  const built = parseSemverTag(builtTag);
  if (built === undefined) return false;
  if (built.major !== expected.major) return false;
  if (expected.minor !== undefined && (built.minor ?? 0) !== expected.minor) return false;
  if (expected.patch !== undefined && (built.patch ?? 0) !== expected.patch) return false;
  return (built.prerelease ?? '') === (expected.prerelease ?? '');
}

/** A strict builder release ref: `refs/tags/vX.Y.Z`, no prerelease, no build metadata. */
export function isStrictReleaseRef(ref: string | undefined): boolean {
  return ref !== undefined && /^refs\/tags\/v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/.test(ref);
}

export function branchOf(ref: string | undefined): string | undefined {
  return ref?.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
}

export function tagOf(ref: string | undefined): string | undefined {
  return ref?.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined;
}

/** A full commit SHA as GitHub writes it: 40 (SHA-1) or 64 (SHA-256) lower-case hex digits. */
export function isCommitSha(value: string): boolean {
  return /^[0-9a-f]{40}$|^[0-9a-f]{64}$/.test(value);
}

/**
 * A full git ref (`refs/...`) that `git check-ref-format` accepts: no empty component, none
 * starting with `.` or ending with `.lock`, no `..`, `@{`, control characters, space,
 * `~ ^ : ? * [ \`, and no trailing `/` or `.`.
 */
export function isGitRef(ref: string): boolean {
  if (!ref.startsWith('refs/') || ref.endsWith('.') || ref.includes('..') || ref.includes('@{'))
    return false;
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x20\x7f~^:?*[\\]/.test(ref)) return false;
  return ref.split('/').every((c) => c.length > 0 && !c.startsWith('.') && !c.endsWith('.lock'));
}

export function isFullRefOrSha(ref: string): boolean {
  return isGitRef(ref) || isCommitSha(ref);
}

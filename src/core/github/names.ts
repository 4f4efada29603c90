/**
 * GitHub names. Owners and repositories compare ASCII case-insensitively (as GitHub does);
 * no Unicode folding, so a look-alike such as U+212A KELVIN SIGN never equals `k`.
 * Workflow paths and refs compare exactly.
 */
export const GITHUB_HOST = 'github.com';

export function asciiLower(value: string): string {
  return value.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32));
}

export function sameName(a: string, b: string): boolean {
  return asciiLower(a) === asciiLower(b);
}

const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const REPO = /^[A-Za-z0-9._-]{1,100}$/;

export function isValidOwner(owner: string): boolean {
  return OWNER.test(owner);
}

export function isValidRepo(repo: string): boolean {
  return REPO.test(repo) && repo !== '.' && repo !== '..';
}

export type RepoName = { readonly owner: string; readonly repo: string };

export function sameRepo(a: RepoName, b: RepoName): boolean {
  return sameName(a.owner, b.owner) && sameName(a.repo, b.repo);
}

export function formatRepo(r: RepoName): string {
  return `${r.owner}/${r.repo}`;
}

/** `https://HOST/OWNER/REPO` (as in Fulcio 1.12) → parts; anything else → undefined. */
export function parseRepoUri(uri: string | undefined): (RepoName & { host: string }) | undefined {
  if (uri === undefined) return undefined;
  const m = /^https:\/\/([^/@:]+)\/([^/]+)\/([^/]+)$/.exec(uri);
  if (!m || m[1] === undefined || m[2] === undefined || m[3] === undefined) return undefined;
  return { host: asciiLower(m[1]), owner: m[2], repo: m[3] };
}

export type WorkflowRef = RepoName & {
  readonly host: string;
  readonly path: string;
  readonly ref: string | undefined;
};

/**
 * `https://HOST/OWNER/REPO/PATH@REF` (a SAN, Build Signer URI or Build Config URI). The ref
 * starts at the first `@` after the path: refs may contain `@`, workflow paths do not.
 */
export function parseWorkflowUri(uri: string | undefined): WorkflowRef | undefined {
  if (uri === undefined) return undefined;
  const m = /^https:\/\/([^/@:]+)\/([^/@]+)\/([^/@]+)\/([^@]+?)(?:@(.+))?$/.exec(uri);
  if (!m || m[1] === undefined || m[2] === undefined || m[3] === undefined || m[4] === undefined)
    return undefined;
  return { host: asciiLower(m[1]), owner: m[2], repo: m[3], path: m[4], ref: m[5] };
}

export function formatWorkflow(w: WorkflowRef): string {
  return `${w.host}/${w.owner}/${w.repo}/${w.path}${w.ref === undefined ? '' : `@${w.ref}`}`;
}

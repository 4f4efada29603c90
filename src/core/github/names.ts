import { isFullRefOrSha } from './refs.js';

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

/**
 * The GitHub host whose Actions tokens an OIDC issuer signs: github.com for
 * `https://token.actions.githubusercontent.com[/SLUG]`, `TENANT.ghe.com` for a GHE.com tenant's
 * `https://token.actions.TENANT.ghe.com[/SLUG]`. Any other issuer is not GitHub Actions.
 */
export function githubHostForIssuer(issuer: string | undefined): string | undefined {
  const m = ISSUER.exec(issuer ?? '');
  if (m === null) return undefined;
  return m[1] === 'githubusercontent.com' ? GITHUB_HOST : `${m[1]}`;
}

/**
 * GitHub's issuers: `https://token.actions.githubusercontent.com` or a GHE.com tenant's
 * `https://token.actions.TENANT.ghe.com`, each optionally with an enterprise's customised
 * issuer path (`/ENTERPRISE-SLUG`).
 */
const ISSUER =
  /^https:\/\/token\.actions\.(githubusercontent\.com|[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.ghe\.com)(?:\/[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?)?$/;

/** Path segments after `https://HOST/`, or undefined when the URI is not on exactly that host. */
function segmentsOn(uri: string | undefined, host: string): string[] | undefined {
  const prefix = `https://${host}/`;
  if (uri === undefined || !uri.startsWith(prefix)) return undefined;
  return uri.slice(prefix.length).split('/');
}

/**
 * Exactly `https://HOST/OWNER/REPO` (Fulcio 1.12): that host, two valid names, nothing else (no
 * trailing slash, extra segment, port, userinfo, query or fragment; the name grammar excludes
 * them all).
 */
export function parseRepoUri(uri: string | undefined, host: string): RepoName | undefined {
  const parts = segmentsOn(uri, host);
  if (parts?.length !== 2) return undefined;
  const [owner = '', repo = ''] = parts;
  return isValidOwner(owner) && isValidRepo(repo) ? { owner, repo } : undefined;
}

/** Exactly `https://HOST/OWNER` (Fulcio 1.16). */
export function parseOwnerUri(uri: string | undefined, host: string): string | undefined {
  const parts = segmentsOn(uri, host);
  const owner = parts?.length === 1 ? parts[0] : undefined;
  return owner !== undefined && isValidOwner(owner) ? owner : undefined;
}

/** Exactly `OWNER/REPO` (the deprecated Fulcio 1.5, `GITHUB_REPOSITORY`). */
export function parseRepoPath(path: string | undefined): RepoName | undefined {
  const parts = path?.split('/');
  if (parts?.length !== 2) return undefined;
  const [owner = '', repo = ''] = parts;
  return isValidOwner(owner) && isValidRepo(repo) ? { owner, repo } : undefined;
}

export type WorkflowRef = RepoName & {
  readonly host: string;
  readonly path: string;
  readonly ref: string | undefined;
};

const PATH_SEGMENT = /^[A-Za-z0-9._~!$&'()*+,;=:-]+$/;

/**
 * A workflow path inside a repository: non-empty segments, none `.` or `..`, no character that
 * would need escaping (`%`, `?`, `#`, `@`, spaces). A path that fails never names a workflow.
 */
export function isWorkflowPath(path: string): boolean {
  return path.split('/').every((s) => PATH_SEGMENT.test(s) && s !== '.' && s !== '..');
}

/**
 * Exactly `https://HOST/OWNER/REPO/PATH[@REF]` (a SAN, Build Signer URI, Build Config URI or a
 * builder id). The ref starts at the first `@` (paths have none) and is a full git ref or a
 * commit SHA; `refRequired` refuses a URI without one (Fulcio always writes it).
 */
export function parseWorkflowUri(
  uri: string | undefined,
  host: string,
  options: { readonly refRequired?: boolean } = {},
): WorkflowRef | undefined {
  const at = uri?.indexOf('@') ?? -1;
  const ref = at < 0 ? undefined : uri?.slice(at + 1);
  if (ref === undefined ? options.refRequired === true : !isFullRefOrSha(ref)) return undefined;
  const parts = segmentsOn(at < 0 ? uri : uri?.slice(0, at), host);
  if (parts === undefined || parts.length < 3) return undefined;
  const [owner = '', repo = '', ...rest] = parts;
  const path = rest.join('/');
  if (!isValidOwner(owner) || !isValidRepo(repo) || !isWorkflowPath(path)) return undefined;
  return { host, owner, repo, path, ref };
}

export function formatWorkflow(w: WorkflowRef): string {
  return `${w.host}/${w.owner}/${w.repo}/${w.path}${w.ref === undefined ? '' : `@${w.ref}`}`;
}

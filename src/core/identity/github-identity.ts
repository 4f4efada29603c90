import { VerifyError } from '../errors.js';
import {
  formatRepo,
  githubHostForIssuer,
  parseOwnerUri,
  parseRepoPath,
  parseRepoUri,
  parseWorkflowUri,
  sameName,
  sameRepo,
  type RepoName,
  type WorkflowRef,
} from '../github/names.js';
import { isCommitSha, isGitRef } from '../github/refs.js';
import type { RawIdentity } from './certificate-identity.js';

/**
 * A GitHub Actions certificate read exactly: every value parsed to its grammar on the host the
 * issuer belongs to, with no fallback. A value that breaks its grammar is an identity conflict:
 * the certificate does not say one clear thing, so nothing is read from it.
 */
export type GithubIdentity = {
  readonly host: string;
  /** 1.12, else the deprecated 1.5. */
  readonly sourceRepo: RepoName | undefined;
  /** 1.16, else the owner of the source repository. */
  readonly owner: string | undefined;
  /** The SAN (equal to 1.9 when both are present). */
  readonly signer: WorkflowRef | undefined;
  /** 1.18, the top-level workflow of the run. */
  readonly caller: WorkflowRef | undefined;
};

const F = (n: number): string => `1.3.6.1.4.1.57264.1.${n}`;

export function readGithubIdentity(
  raw: RawIdentity,
  issuer: string | undefined,
): GithubIdentity | undefined {
  const host = githubHostForIssuer(issuer);
  if (host === undefined) return undefined;
  const uriRepo = strict(
    raw.sourceRepositoryUri,
    (v) => parseRepoUri(v, host),
    F(12),
    `https://${host}/OWNER/REPO`,
  );
  const legacyRepo = strict(raw.legacy.repository, parseRepoPath, F(5), 'OWNER/REPO');
  if (
    uriRepo !== undefined &&
    legacyRepo !== undefined &&
    formatRepo(uriRepo) !== formatRepo(legacyRepo)
  )
    conflict(
      `source repository ${F(5)} "${formatRepo(legacyRepo)}" and ${F(12)} "${raw.sourceRepositoryUri ?? ''}" disagree`,
    );
  const sourceRepo = uriRepo ?? legacyRepo;
  const ownerFromUri = strict(
    raw.sourceRepositoryOwnerUri,
    (v) => parseOwnerUri(v, host),
    F(16),
    `https://${host}/OWNER`,
  );
  if (
    ownerFromUri !== undefined &&
    sourceRepo !== undefined &&
    !sameName(ownerFromUri, sourceRepo.owner)
  )
    conflict(`owner ${F(16)} "${ownerFromUri}" is not the owner of ${formatRepo(sourceRepo)}`);
  const workflow = `https://${host}/OWNER/REPO/PATH@REF`;
  const sanUri = raw.san?.kind === 'uri' ? raw.san.value : undefined;
  const signer = strict(
    sanUri,
    (v) => parseWorkflowUri(v, host, { refRequired: true }),
    'SAN',
    workflow,
  );
  strict(
    raw.buildSignerUri,
    (v) => parseWorkflowUri(v, host, { refRequired: true }),
    F(9),
    workflow,
  );
  const caller = strict(
    raw.buildConfigUri,
    (v) => parseWorkflowUri(v, host, { refRequired: true }),
    F(18),
    workflow,
  );
  if (caller !== undefined && sourceRepo !== undefined && !sameRepo(caller, sourceRepo))
    conflict(`caller workflow ${F(18)} is not in the source repository ${formatRepo(sourceRepo)}`);
  for (const [value, oid] of [
    [raw.sourceRepositoryRef, F(14)],
    [raw.legacy.ref, F(6)],
  ] as const)
    strict(value, (v) => (isGitRef(v) ? v : undefined), oid, 'a full git ref');
  for (const [value, oid] of [
    [raw.sourceRepositoryDigest, F(13)],
    [raw.legacy.sha, F(3)],
  ] as const)
    strict(value, (v) => (isCommitSha(v) ? v : undefined), oid, 'a lower-case commit SHA');
  for (const [value, oid] of [
    [raw.sourceRepositoryId, F(15)],
    [raw.sourceRepositoryOwnerId, F(17)],
  ] as const)
    strict(value, (v) => (/^[1-9][0-9]*$/.test(v) ? v : undefined), oid, 'a numeric id');
  for (const [value, oid] of [
    [raw.buildTrigger, F(20)],
    [raw.legacy.trigger, F(2)],
  ] as const)
    strict(value, (v) => (/^[a-z_]+$/.test(v) ? v : undefined), oid, 'a GitHub event name');
  const runPrefix =
    sourceRepo === undefined
      ? undefined
      : `https://${host}/${formatRepo(sourceRepo)}/actions/runs/`;
  strict(
    raw.runInvocationUri,
    (v) =>
      runPrefix !== undefined &&
      v.startsWith(runPrefix) &&
      /^[1-9][0-9]*\/attempts\/[1-9][0-9]*$/.test(v.slice(runPrefix.length))
        ? v
        : undefined,
    F(21),
    `https://${host}/OWNER/REPO/actions/runs/ID/attempts/N of the source repository`,
  );
  return {
    host,
    sourceRepo,
    owner: ownerFromUri ?? sourceRepo?.owner,
    signer,
    caller,
  };
}

/** Parse a present value or refuse the certificate; an absent value stays absent. */
function strict<T>(
  value: string | undefined,
  parse: (value: string) => T | undefined,
  field: string,
  grammar: string,
): T | undefined {
  if (value === undefined) return undefined;
  const parsed = parse(value);
  if (parsed === undefined)
    conflict(
      `${field === 'SAN' ? 'SAN' : `extension ${field}`} ${JSON.stringify(value)} is not ${grammar}`,
    );
  return parsed;
}

function conflict(message: string): never {
  throw new VerifyError('ID_CONFLICT', `certificate ${message}`, {
    hint: 'the certificate does not state one exact GitHub identity; it is not accepted under any policy',
  });
}

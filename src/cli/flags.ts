/**
 * Every flag's one-line help, the spellings people bring from other verifiers, and "did you
 * mean". One place, so the help text, the generated reference (docs/cli.md) and the parser
 * cannot disagree.
 */

export type FlagHelp = { readonly arg?: string; readonly text: string };

export const FLAG_HELP: Readonly<Record<string, FlagHelp>> = {
  // Sources
  bundle: {
    arg: 'FILE|DIR|GLOB',
    text: 'attestations: bundles, JSON Lines, saved GitHub/npm API responses, legacy .intoto.jsonl; repeatable; a directory or a quoted glob means the files in it',
  },
  from: {
    arg: 'github',
    text: 'fetch the attestations from the GitHub API, by the artifacts’ sha256',
  },
  registry: { arg: 'URL', text: 'npm registry (default: .npmrc, then https://registry.npmjs.org)' },
  index: {
    arg: 'URL',
    text: 'PyPI index (default https://pypi.org; deps reads $PIP_INDEX_URL, $UV_DEFAULT_INDEX, $UV_INDEX_URL first)',
  },
  // Policy
  repo: {
    arg: 'OWNER/REPO',
    text: 'source repository (ASCII case-insensitive); also github.com/O/R and https URLs',
  },
  owner: { arg: 'OWNER', text: 'source repository owner' },
  'cert-identity': { arg: 'SAN', text: 'exact certificate identity (no patterns)' },
  'signer-workflow': {
    arg: '[HOST/]OWNER/REPO/PATH[@REF]',
    text: 'the workflow that signed: name it to trust a reusable workflow of another repository',
  },
  'signer-repo': { arg: 'OWNER/REPO', text: 'any workflow of this repository may sign' },
  'caller-workflow': {
    arg: 'PATH|OWNER/REPO/PATH[@REF]',
    text: 'the top-level workflow that ran (e.g. .github/workflows/release.yml)',
  },
  'source-ref': { arg: 'REF', text: 'full source ref, e.g. refs/tags/v1.2.3' },
  'source-branch': { arg: 'BRANCH', text: 'built from this branch' },
  'source-tag': { arg: 'TAG', text: 'built from this tag' },
  'source-versioned-tag': {
    arg: 'vX[.Y[.Z]]',
    text: 'built from a semver tag compatible with this one',
  },
  'source-digest': { arg: 'SHA', text: 'built from this commit' },
  'builder-id': {
    arg: 'URI[@VERSION]',
    text: 'builder (slsa-github-generator, BYOB, npm runner); trusted only at vX.Y.Z',
  },
  'workflow-input': {
    arg: 'KEY=VALUE',
    text: 'a workflow input the provenance must record; repeatable',
  },
  trigger: {
    arg: 'EVENT',
    text: 'allowed trigger event (push, release, workflow_dispatch, ...); repeatable',
  },
  'cert-oidc-issuer': {
    arg: 'URL',
    text: 'OIDC issuer (default https://token.actions.githubusercontent.com)',
  },
  'predicate-type': { arg: 'URI|any', text: 'predicate type (default SLSA provenance v1 or v0.2)' },
  'allow-self-hosted-runners': { text: 'accept builds on self-hosted or unrecorded runners' },
  'allow-unrecorded-runner': {
    text: 'accept certificates that do not record the runner (issued before late 2023)',
  },
  'deny-self-hosted-runners': {
    text: 'the default, accepted as gh spells it: self-hosted runners are refused',
  },
  'repo-id': {
    arg: 'N',
    text: 'numeric repository id (survives renames, stops re-created namesakes)',
  },
  'owner-id': { arg: 'N', text: 'numeric owner id' },
  'subject-name': { arg: 'NAME', text: 'the matching subject must carry this name' },
  // Trust
  'trusted-root': {
    arg: 'FILE',
    text: 'trusted_root.json, or JSON Lines of several (from `trusted-root`)',
  },
  offline: { text: 'embedded roots (public-good and GitHub’s), no network' },
  'tuf-mirror': {
    arg: 'URL',
    text: 'TUF repository to refresh the main root from (default public-good)',
  },
  'tuf-root': { arg: 'FILE', text: 'bootstrap root.json for --tuf-mirror' },
  'github-tuf-root': {
    arg: 'FILE',
    text: 'bootstrap root.json for GitHub’s instance (default: the one gh embeds)',
  },
  'github-tuf-mirror': {
    arg: 'URL',
    text: 'TUF repository of GitHub’s instance (default https://tuf-repo.github.com)',
  },
  summary: { text: 'a person’s view: authorities, logs, validity windows, snapshot dates' },
  // Network
  timeout: { arg: 'DURATION', text: 'budget for all network work, e.g. 30s (default 60s)' },
  'retry-not-found': {
    arg: 'DURATION',
    text: 'keep asking while nothing is found (just published)',
  },
  concurrency: { arg: 'N', text: 'requests at once (default 4; deps 16)' },
  'github-token': {
    arg: 'TOKEN',
    text: 'GitHub API token (default $GH_TOKEN, $GITHUB_TOKEN); sent only to the API',
  },
  'github-api-url': {
    arg: 'URL',
    text: 'GitHub API (default $GITHUB_API_URL or https://api.github.com)',
  },
  'rekor-url': { arg: 'URL', text: 'Rekor for legacy envelopes (default public-good when online)' },
  // deps
  policy: {
    arg: 'FILE',
    text: 'YAML/JSON policy: defaults, a rule per package, exceptions (schemas/deps-policy.schema.json)',
  },
  pins: { arg: 'FILE', text: 'identities pinned on first use (JSON)' },
  'update-pins': { text: 'record in --pins what verifies now' },
  base: { arg: 'LOCKFILE', text: 'check only entries added or changed since this lockfile' },
  'base-ref': { arg: 'REF', text: 'as --base, the lockfile read at this git ref (git show)' },
  'cache-dir': {
    arg: 'DIR',
    text: 'verified results cache (default $XDG_CACHE_HOME/verify-provenance)',
  },
  'no-cache': { text: 'neither read nor write the cache' },
  // verify-bundle
  key: { arg: 'PEM', text: 'the public key of a key-signed bundle' },
  staging: { text: 'Sigstore staging (needs --trusted-root)' },
  // Output
  format: { arg: 'text|json', text: 'output format (default text)' },
  output: { arg: 'FILE', text: 'also write the JSON result to FILE (the terminal keeps --format)' },
  quiet: { text: 'print only the verdict line and what failed' },
  verbose: { text: 'every check of every artifact, passes included' },
  help: { text: 'this help' },
};

/** Spellings with exactly the same meaning as one of ours, from the tools people come from. */
export const LONG_ALIASES: Readonly<
  Record<string, { readonly to: string; readonly from: string }>
> = {
  'certificate-identity': { to: 'cert-identity', from: 'cosign' },
  'certificate-oidc-issuer': { to: 'cert-oidc-issuer', from: 'cosign' },
  'custom-trusted-root': { to: 'trusted-root', from: 'gh attestation' },
  'source-uri': { to: 'repo', from: 'slsa-verifier' },
  'provenance-path': { to: 'bundle', from: 'slsa-verifier' },
  'build-workflow-input': { to: 'workflow-input', from: 'slsa-verifier' },
  token: { to: 'github-token', from: 'earlier versions' },
};

/** Flags of other tools we refuse, and why: the hint says what to do instead. */
export const FOREIGN_FLAGS: Readonly<Record<string, string>> = {
  'certificate-identity-regexp':
    'regular expressions are refused: an unanchored or loose pattern is how verifiers have been bypassed; give the exact --cert-identity, or --repo / --owner / --signer-repo',
  'certificate-oidc-issuer-regexp':
    'regular expressions are refused; give the exact --cert-oidc-issuer',
  'cert-identity-regex':
    'regular expressions are refused: an unanchored or loose pattern is how verifiers have been bypassed; give the exact --cert-identity, or --repo / --owner / --signer-repo',
  'bundle-from-oci':
    'OCI registries are not a source yet: fetch the attestation (gh attestation download, oras) and pass --bundle, or use --from github',
  jq: '--format json prints the whole result (on failure too); pipe it to jq',
  template: '--format json prints the whole result; format it with jq',
  'print-provenance':
    '`inspect --format json FILE` prints the statement and provenance; `--format json` prints what was verified',
  'no-public-good': 'give --trusted-root with only the roots you trust',
  hostname: 'use --github-api-url https://api.HOST',
  'digest-alg': 'no flag is needed: files are hashed with SHA-256 and SHA-512 at once',
  'signer-digest': 'pin the signer workflow at a commit: --signer-workflow OWNER/REPO/PATH@SHA',
};

/**
 * Rewrite the long aliases of a command line to our spelling. Values are never touched: the
 * argument after a flag that takes one is copied as it is, and nothing after `--` is read.
 */
export function canonicalArgs(
  args: readonly string[],
  takesValue: (name: string) => boolean,
): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--') {
      out.push(...args.slice(i));
      break;
    }
    if (!arg.startsWith('--')) {
      out.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    const canonical = LONG_ALIASES[name]?.to ?? name;
    out.push(`--${canonical}${eq < 0 ? '' : arg.slice(eq)}`);
    if (eq < 0 && takesValue(canonical) && i + 1 < args.length) out.push(args[++i] ?? '');
  }
  return out;
}

/** The hint for an unknown flag: why a foreign flag is refused, or the nearest of ours. */
export function unknownFlagHint(
  flag: string,
  known: readonly string[],
  otherCommands: (name: string) => readonly string[],
): string {
  const name = flag.replace(/^-+/, '').split('=')[0] ?? '';
  const foreign = FOREIGN_FLAGS[name];
  if (foreign !== undefined) return foreign;
  const elsewhere = otherCommands(name);
  if (elsewhere.length > 0) return `--${name} is a flag of ${elsewhere.join(', ')}`;
  const near = nearest(name, known);
  return near === undefined
    ? 'run verify-provenance COMMAND --help for the flags'
    : `did you mean --${near}?`;
}

/** The closest name within a small edit distance (for typos), if one is close enough. */
export function nearest(name: string, names: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(name.length / 4)) + 1;
  for (const candidate of names) {
    const d = editDistance(name, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** Optimal string alignment distance (a transposition counts as one edit). */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (__, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((up[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (up[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j] ?? 0, ((d[i - 2] as number[])[j - 2] ?? 0) + 1);
    }
  return (d[a.length] as number[])[b.length] ?? 0;
}

export const HELP = `verify-provenance: check that an artifact was built from the repository and workflow you expect.

Usage:
  verify-provenance verify <ARTIFACT|sha256:HEX|sha512:HEX>... (--bundle FILE... | --from github)
      (--repo OWNER/REPO | --owner OWNER | --cert-identity SAN) [policy flags] [trust flags] [network flags]
  verify-provenance npm NAME@VERSION... (--repo OWNER/REPO | ...) [--registry URL] [policy, trust, network flags]
  verify-provenance pypi PROJECT VERSION [FILE] (--repo OWNER/REPO | ...) [--index URL] [policy, trust, network flags]
  verify-provenance release OWNER/REPO TAG [ASSET...] [--bundle FILE...] [policy, trust, network flags]
      GitHub's release attestation (signed by GitHub) and each asset's build provenance
  verify-provenance trusted-root [--summary] [trust flags]   the trusted roots in use (JSON Lines)
  verify-provenance deps [LOCKFILE...] [--policy FILE] [--pins FILE [--update-pins]] [--base LOCKFILE | --base-ref REF]
      [--registry URL] [--index URL] [--cache-dir DIR | --no-cache] [trust flags] [--timeout, --retry-not-found, --concurrency]
  verify-provenance verify-bundle [--staging] --bundle FILE
      (--certificate-identity SAN --certificate-oidc-issuer URL | --key PEM) [--trusted-root FILE] FILE_OR_DIGEST
  verify-provenance inspect BUNDLE [--format text|json]

Sources of attestations:
  --bundle FILE                  a bundle, JSON Lines, or a saved GitHub / npm attestations response;
                                 legacy .intoto.jsonl envelopes are looked up in Rekor when online
  --from github                  the GitHub attestations API, by the artifacts' sha256, for --repo or --owner
  npm NAME@VERSION               the registry's attestations; the artifact is the version's dist.integrity
  pypi PROJECT VERSION [FILE]    PEP 740 provenance; every file of the release, or FILE

Dependencies (deps): every registry package in the lockfiles (package-lock.json, npm-shrinkwrap.json,
pnpm-lock.yaml, yarn.lock, bun.lock, requirements.txt, uv.lock, poetry.lock, pylock.toml; none given:
those in the current directory) must match the registry's integrity, carry provenance that verifies
for the identity its policy rule or pin names, and not show less trust than earlier versions.
  --policy FILE                  YAML/JSON policy (schemas/deps-policy.schema.json): defaults, rules per package, exceptions
  --pins FILE [--update-pins]    identities pinned on first use (JSON); --update-pins records what verifies now
  --base LOCKFILE | --base-ref REF   check only entries added or changed since (REF: read with git show)
  --registry URL | --index URL   npm registry (default: .npmrc, then registry.npmjs.org); PyPI (PIP_INDEX_URL, UV_INDEX_URL)
  --cache-dir DIR | --no-cache   verified results (default $XDG_CACHE_HOME/verify-provenance)

Policy flags (all exact; nothing is a regular expression):
  --repo OWNER/REPO              source repository (ASCII case-insensitive)
  --owner OWNER                  source repository owner
  --cert-identity SAN            exact certificate identity
  --signer-workflow [HOST/]OWNER/REPO/PATH[@REF]   workflow that signed (reusable workflows)
  --signer-repo OWNER/REPO       any workflow of this repository may sign
  --caller-workflow PATH         top-level workflow (.github/workflows/x.yml or OWNER/REPO/PATH[@REF])
  --source-ref REF               full ref, e.g. refs/tags/v1.2.3
  --source-branch B | --source-tag T | --source-versioned-tag vX[.Y[.Z]]
  --source-digest SHA            source commit
  --builder-id ID[@VERSION]      builder (slsa-github-generator, BYOB, npm runner)
  --workflow-input K=V           repeatable
  --trigger EVENT                repeatable allowlist (push, release, workflow_dispatch, ...)
  --cert-oidc-issuer URL         default https://token.actions.githubusercontent.com
  --predicate-type URI|any       default SLSA provenance v1 or v0.2 (pypi: its publish attestation)
  --allow-self-hosted-runners    accept builds on self-hosted or unrecorded runners
  --allow-unrecorded-runner      accept certificates that do not record the runner (before late 2023)
  --repo-id N | --owner-id N     numeric ids (survive renames)
  --subject-name NAME            the matching subject must carry this name

Trust flags:
  --trusted-root FILE            trusted_root.json, or JSON Lines of several (verify-provenance trusted-root)
  --offline                      embedded public-good root, no network
  --tuf-mirror URL [--tuf-root FILE]   TUF repository to refresh from (default public-good)
  --github-tuf-root FILE [--github-tuf-mirror URL]   also GitHub's instance (private repositories)

Network flags:
  --timeout DURATION             budget for all network work, e.g. 30s (default 60s)
  --retry-not-found DURATION     keep asking while nothing is found (a just-published attestation)
  --concurrency N                requests at once (default 4)
  --token TOKEN                  GitHub API token (default $GH_TOKEN or $GITHUB_TOKEN; sent only to the API)
  --github-api-url URL           default $GITHUB_API_URL or https://api.github.com
  --rekor-url URL                Rekor for legacy envelopes (default public-good when online)

Output: --format text|json. Exit codes: 0 verified, 1 verification failed, 2 usage or policy
error, 3 indeterminate (trust root, network, transparency-log lookup needed), 4 internal error.
`;

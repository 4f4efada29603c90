/** SLSA predicate types and the build types whose claims we can check against a certificate. */
export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
export const SLSA_PROVENANCE_V02 = 'https://slsa.dev/provenance/v0.2';
export const SLSA_PROVENANCE_TYPES: readonly string[] = [SLSA_PROVENANCE_V1, SLSA_PROVENANCE_V02];

/** GitHub Actions workflow build type (actions/attest, npm CLI provenance). */
export const GHA_WORKFLOW_BUILD_TYPES: readonly string[] = [
  'https://actions.github.io/buildtypes/workflow/v1',
  'https://slsa-framework.github.io/github-actions-buildtypes/workflow/v1',
];

const GENERATOR = 'https://github.com/slsa-framework/slsa-github-generator/';
/** slsa-github-generator build types (generic, go, container, container-based, BYOB delegators). */
export const GENERATOR_BUILD_TYPES: readonly string[] = [
  `${GENERATOR}generic@v1`,
  `${GENERATOR}go@v1`,
  `${GENERATOR}container@v1`,
  'https://slsa.dev/container-based-build/v0.1?draft',
];
export const DELEGATOR_BUILD_TYPES: readonly string[] = [
  `${GENERATOR}delegator-generic@v0`,
  `${GENERATOR}delegator-lowperms-generic@v0`,
];
/** npm CLI provenance in SLSA v0.2. */
export const NPM_V02_BUILD_TYPES: readonly string[] = [
  'https://github.com/npm/cli/gha/v2',
  'https://github.com/npm/cli/gha/v1',
];

/**
 * npm CLI's first provenance format (npm 9.4–9.5, early 2023): `gha@v0`, then `gha@v1`. Its
 * builder id names the npm CLI (`https://github.com/npm/cli@9.5.0`) and its entryPoint is the
 * whole `GITHUB_WORKFLOW_REF` (`OWNER/REPO/PATH@REF`), where later formats give the path.
 */
export const NPM_FIRST_BUILD_TYPES: readonly string[] = [
  'https://github.com/npm/cli/gha@v0',
  'https://github.com/npm/cli/gha@v1',
];

/** Builder ids that name the runner rather than a workflow (npm CLI provenance, older actions/attest). */
export const RUNNER_BUILDER_IDS: readonly string[] = [
  'https://github.com/actions/runner/github-hosted',
  'https://github.com/actions/runner/self-hosted',
  'https://github.com/actions/runner',
];

/** slsa-github-generator reusable workflows that slsa-verifier trusts by default. */
export const GENERATOR_REPO = { owner: 'slsa-framework', repo: 'slsa-github-generator' } as const;
export const TRUSTED_GENERATOR_WORKFLOWS: readonly string[] = [
  '.github/workflows/generator_generic_slsa3.yml',
  '.github/workflows/builder_go_slsa3.yml',
  '.github/workflows/builder_container-based_slsa3.yml',
  '.github/workflows/generator_container_slsa3.yml',
  '.github/workflows/delegator_generic_slsa3.yml',
  '.github/workflows/delegator_lowperms-generic_slsa3.yml',
];
export const DELEGATOR_WORKFLOWS: readonly string[] = [
  '.github/workflows/delegator_generic_slsa3.yml',
  '.github/workflows/delegator_lowperms-generic_slsa3.yml',
];

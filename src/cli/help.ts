import { COMMAND_OPTIONS, TRUST_OPTIONS } from './args.js';
import { FLAG_HELP, LONG_ALIASES } from './flags.js';

/** What `COMMAND --help` says: usage, what it does, its flags in groups, real examples. */
export type CommandDoc = {
  /** One line for the command list. */
  readonly brief: string;
  readonly usage: readonly string[];
  readonly summary: string;
  readonly groups: readonly { readonly title: string; readonly flags: readonly string[] }[];
  readonly examples: readonly string[];
};

const POLICY = [
  'repo',
  'owner',
  'cert-identity',
  'signer-workflow',
  'signer-repo',
  'caller-workflow',
  'source-ref',
  'source-branch',
  'source-tag',
  'source-versioned-tag',
  'source-digest',
  'builder-id',
  'workflow-input',
  'trigger',
  'cert-oidc-issuer',
  'predicate-type',
  'allow-self-hosted-runners',
  'allow-unrecorded-runner',
  'deny-self-hosted-runners',
  'repo-id',
  'owner-id',
  'subject-name',
];
const TRUST = Object.keys(TRUST_OPTIONS);
const NETWORK = [
  'timeout',
  'retry-not-found',
  'concurrency',
  'github-token',
  'github-api-url',
  'rekor-url',
];
const OUTPUT = ['format', 'output', 'quiet', 'verbose'];

export const COMMAND_DOCS: Readonly<Record<string, CommandDoc>> = {
  verify: {
    brief: "an artifact's attestations against the repository and workflow you expect",
    usage: [
      'verify-provenance verify ARTIFACT... (--bundle FILE... | --from github) (--repo OWNER/REPO | --owner OWNER | --cert-identity SAN) [flags]',
    ],
    summary:
      'Check that each artifact (a file, a directory of files, - for stdin, or a digest: sha256:HEX, sha512:HEX, SRI sha512-BASE64) was built from the repository and workflow the policy names. An artifact passes when one attestation satisfies the whole policy on its own; every artifact must pass.',
    groups: [
      { title: 'Sources', flags: ['bundle', 'from'] },
      { title: 'Policy (exact values; nothing is a pattern)', flags: POLICY },
      { title: 'Trust', flags: TRUST },
      { title: 'Network', flags: NETWORK },
      { title: 'Output', flags: OUTPUT },
    ],
    examples: [
      'verify-provenance verify app.tgz --bundle app.tgz.sigstore.json --repo acme/app',
      'verify-provenance verify dist/ --from github --repo acme/app --source-versioned-tag v1',
      "verify-provenance verify 'linux/*' --bundle 'attestations/*.jsonl' --repo acme/app --signer-workflow acme/shared/.github/workflows/build.yml",
      'verify-provenance verify sha256:HEX --bundle att.jsonl --repo acme/app --offline --format json',
    ],
  },
  npm: {
    brief: 'npm packages by name: provenance and the registry\u2019s publish attestation',
    usage: ['verify-provenance npm NAME@VERSION... (--repo OWNER/REPO | --owner OWNER) [flags]'],
    summary:
      "Verify npm packages from the registry alone: the version's dist.integrity is the artifact, its SLSA provenance is checked under the policy, and the registry's publish attestation must verify too.",
    groups: [
      { title: 'Source', flags: ['registry'] },
      { title: 'Policy', flags: POLICY.filter((f) => f !== 'subject-name') },
      { title: 'Trust', flags: TRUST },
      { title: 'Network', flags: NETWORK },
      { title: 'Output', flags: OUTPUT },
    ],
    examples: [
      'verify-provenance npm sigstore@3.0.0 --repo sigstore/sigstore-js',
      'verify-provenance npm @acme/lib@1.2.3 --owner acme --format json',
    ],
  },
  pypi: {
    brief: "a PyPI release's PEP 740 provenance and its Trusted Publisher",
    usage: [
      'verify-provenance pypi PROJECT VERSION [FILE] (--repo OWNER/REPO | --owner OWNER) [flags]',
    ],
    summary:
      "Verify a PyPI release's PEP 740 provenance, for every file of the release or for FILE; the Trusted Publisher (the caller workflow) must be in the source repository.",
    groups: [
      { title: 'Source', flags: ['index'] },
      { title: 'Policy', flags: POLICY.filter((f) => f !== 'subject-name') },
      { title: 'Trust', flags: TRUST },
      { title: 'Network', flags: NETWORK },
      { title: 'Output', flags: OUTPUT },
    ],
    examples: ['verify-provenance pypi sampleproject 4.0.0 --repo pypa/sampleproject'],
  },
  deps: {
    brief: 'every package of your lockfiles: provenance, pins, no downgrade',
    usage: [
      'verify-provenance deps [LOCKFILE...] [--policy FILE] [--pins FILE [--update-pins]] [--base LOCKFILE | --base-ref REF] [flags]',
    ],
    summary:
      'Gate a dependency install: every registry package in the lockfiles (package-lock.json, npm-shrinkwrap.json, pnpm-lock.yaml, yarn.lock, bun.lock, requirements.txt, uv.lock, poetry.lock, pylock.toml; none given: those in this directory) must match the registry, carry provenance that verifies for the identity its rule or pin names, and not show less trust than earlier versions.',
    groups: [
      {
        title: 'Policy and pins',
        flags: ['policy', 'pins', 'update-pins', 'base', 'base-ref'],
      },
      { title: 'Sources', flags: ['registry', 'index', 'cache-dir', 'no-cache'] },
      { title: 'Trust', flags: TRUST },
      { title: 'Network', flags: ['timeout', 'retry-not-found', 'concurrency'] },
      { title: 'Output', flags: OUTPUT },
    ],
    examples: [
      'verify-provenance deps --policy provenance-policy.yml --pins provenance-pins.json --update-pins',
      'verify-provenance deps package-lock.json --policy provenance-policy.yml --pins provenance-pins.json --base-ref origin/main',
    ],
  },
  release: {
    brief: "a GitHub immutable release: GitHub's attestation and each asset's provenance",
    usage: ['verify-provenance release OWNER/REPO TAG [ASSET...] [--bundle FILE...] [flags]'],
    summary:
      "Check a GitHub immutable release: GitHub's own release attestation (signed by GitHub, not a workflow) names this tag and each asset, and each asset's build provenance satisfies the policy (repository default OWNER/REPO). One verdict for all.",
    groups: [
      { title: 'Sources', flags: ['bundle'] },
      { title: 'Policy', flags: POLICY },
      { title: 'Trust', flags: TRUST },
      { title: 'Network', flags: NETWORK.filter((f) => f !== 'rekor-url') },
      { title: 'Output', flags: OUTPUT },
    ],
    examples: ['verify-provenance release acme/app v1.2.3 app-1.2.3.tgz'],
  },
  'trusted-root': {
    brief: 'the trusted roots in use (JSON Lines, or --summary for a person)',
    usage: ['verify-provenance trusted-root [--summary] [trust flags]'],
    summary:
      'Print the trusted roots a verification would use, one JSON document per line (the format of gh attestation trusted-root), for --trusted-root FILE in later offline runs; --summary shows them for a person.',
    groups: [{ title: 'Trust', flags: [...TRUST, 'summary'] }],
    examples: [
      'verify-provenance trusted-root > trusted_root.jsonl',
      'verify-provenance trusted-root --offline --summary',
    ],
  },
  'verify-bundle': {
    brief: 'any Sigstore bundle against an exact identity or a key (conformance)',
    usage: [
      'verify-provenance verify-bundle --bundle FILE (--cert-identity SAN --cert-oidc-issuer URL | --key PEM) [--trusted-root FILE] [--format text|json] [--output FILE] FILE_OR_DIGEST',
    ],
    summary:
      'Verify any Sigstore bundle (DSSE or message signature) against an exact identity and issuer, or a key: the sigstore-conformance client protocol. A message signature verifies from the file or its sha256: digest.',
    groups: [
      {
        title: 'Flags',
        flags: [
          'bundle',
          'cert-identity',
          'cert-oidc-issuer',
          'key',
          'trusted-root',
          'staging',
          'offline',
        ],
      },
      { title: 'Output', flags: ['format', 'output'] },
    ],
    examples: [
      'verify-provenance verify-bundle --bundle a.sigstore.json --cert-identity https://github.com/acme/app/.github/workflows/release.yml@refs/tags/v1 --cert-oidc-issuer https://token.actions.githubusercontent.com a.txt',
    ],
  },
  inspect: {
    brief: 'what bundles claim, unverified, and the flags that would accept them',
    usage: ['verify-provenance inspect BUNDLE... [--format text|json]'],
    summary:
      'Show what bundles claim (certificate identity, statement, provenance, log entries, timestamps as ISO dates) and the policy flags that would accept them. Nothing is verified: every line says so.',
    groups: [{ title: 'Output', flags: ['format'] }],
    examples: ['verify-provenance inspect app.tgz.sigstore.json'],
  },
};

export const COMMANDS = Object.keys(COMMAND_DOCS);

function flagLine(name: string): string {
  const help = FLAG_HELP[name];
  const short = Object.entries(COMMAND_OPTIONS).find(([, o]) => o[name]?.short !== undefined)?.[1][
    name
  ]?.short;
  const aliases = Object.entries(LONG_ALIASES)
    .filter(([alias, a]) => a.to === name && alias !== name)
    .map(([alias, a]) => `--${alias} (${a.from})`);
  const left = `${short === undefined ? '' : `-${short}, `}--${name}${help?.arg === undefined ? '' : ` ${help.arg}`}`;
  const text = `${help?.text ?? ''}${aliases.length > 0 ? `; also ${aliases.join(', ')}` : ''}`;
  const body = wrap(text, 36).trimStart();
  return left.length < 34 ? `  ${left.padEnd(34)}${body}` : `  ${left}\n${wrap(text, 36)}`;
}

/** The help of one command. */
export function commandHelp(command: string): string | undefined {
  const doc = COMMAND_DOCS[command];
  if (doc === undefined) return undefined;
  const lines = ['Usage:', ...doc.usage.map((u) => `  ${u}`), '', wrap(doc.summary, 0), ''];
  for (const group of doc.groups) {
    lines.push(`${group.title}:`, ...group.flags.map(flagLine), '');
  }
  lines.push('Examples:', ...doc.examples.map((e) => `  ${e}`), '', EXIT_LINE);
  return `${lines.join('\n')}\n`;
}

const EXIT_LINE =
  'Exit codes: 0 verified, 1 verification failed, 2 usage or policy error, 3 indeterminate (trust root, network, transparency-log lookup needed), 4 internal error.';

/** The overview: what the tool is and its commands. */
export function generalHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.length)) + 2;
  return [
    'verify-provenance: check that an artifact was built from the repository and workflow you expect.',
    '',
    'Usage: verify-provenance COMMAND [ARGS] [FLAGS]        verify-provenance COMMAND --help',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.padEnd(width)}${COMMAND_DOCS[c]?.brief ?? ''}`),
    '',
    'Quick start (the shipped demo, offline):',
    '  verify-provenance verify fixtures/demo/hello-1.0.0.tar.gz --bundle fixtures/demo/hello-1.0.0.tar.gz.sigstore.json \\',
    '    --repo acme/hello --trusted-root fixtures/trusted_root.json',
    '',
    '-V, --version prints the version. ' + EXIT_LINE,
    '',
  ].join('\n');
}

function wrap(text: string, indent: number): string {
  const words = text.split(' ');
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line.length + w.length + 1 > 96 - indent && line !== '') {
      lines.push(line);
      line = w;
    } else line = line === '' ? w : `${line} ${w}`;
  }
  if (line !== '') lines.push(line);
  return lines.map((l) => `${' '.repeat(indent)}${l}`).join('\n');
}

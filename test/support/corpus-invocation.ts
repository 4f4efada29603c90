// How each shared-corpus case is asked of us: the upstream test's policy as our CLI flags.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { firstSubjectDigest, parsePolicyText, type CorpusCase } from './corpus.js';

export type Invocation = { argv: string[]; legacy: boolean };

/** Translate the upstream test's policy into our flags, using the identity the bundle carries where upstream used none. */
export function invocation(c: CorpusCase): Invocation {
  const pairs = parsePolicyText(c.policy);
  const get = (k: string): string | undefined => pairs.find(([key]) => key === k)?.[1];
  const subject = subjectArg(c, get('artifact_digest'));
  const trust = c.trustedRoot ? ['--trusted-root', join(c.dir, c.trustedRoot)] : ['--offline'];
  const bundle = join(c.dir, c.bundle);
  if (c.key)
    return {
      argv: ['verify-bundle', '--bundle', bundle, '--key', join(c.dir, c.key), ...trust, subject],
      legacy: false,
    };
  if (c.kind.includes('message-signature')) {
    return {
      argv: [
        'verify-bundle',
        '--bundle',
        bundle,
        '--certificate-identity',
        get('san') ?? '',
        '--certificate-oidc-issuer',
        get('issuer') ?? '',
        ...trust,
        subject,
      ],
      legacy: false,
    };
  }
  const flags: string[] = [];
  // A single-value flag is given once (a repeat is a usage error): the first value stands.
  const add = (flag: string, value: string | undefined): void => {
    if (flag !== '--workflow-input' && flags.includes(flag)) return;
    if (value !== undefined && value !== '' && value !== '<unset>') flags.push(flag, value);
  };
  add('--repo', get('repo') ?? get('source_uri')?.replace(/^github\.com\//, ''));
  add('--owner', get('owner'));
  add('--cert-oidc-issuer', get('issuer'));
  add('--cert-identity', get('san'));
  add('--signer-workflow', get('signer_workflow'));
  add('--signer-repo', get('signer_repo'));
  add('--source-branch', get('source_branch'));
  add('--source-tag', get('source_tag'));
  add('--source-versioned-tag', get('source_versioned_tag'));
  add('--builder-id', get('builder_id'));
  const regex = get('san_regex');
  const regexRepo =
    regex === undefined ? undefined : /^\^https:\/\/github\.com\/([^/]+)\/([^/]+)\/$/.exec(regex);
  if (regexRepo) add('--signer-repo', `${regexRepo[1]}/${regexRepo[2]}`);
  const name = get('package_name');
  const version = get('package_version');
  if (name !== undefined && version !== undefined)
    add('--subject-name', `pkg:npm/${name.replace('@', '%40')}@${version}`);
  // Input values may hold parentheses and commas: read them from the raw policy text.
  const rawInputs = /build_workflow_input (.*)$/.exec(c.policy)?.[1] ?? '';
  for (const input of rawInputs.split(/,\s*(?=[a-z_]+=)/).filter((s) => s.includes('=')))
    add('--workflow-input', input);
  if (
    flags.length === 0 ||
    (!flags.includes('--repo') && !flags.includes('--owner') && !flags.includes('--cert-identity'))
  ) {
    // Upstream verified without an identity: pin the identity the certificate really carries.
    // Bundles too broken to carry a certificate still need some identity to reach their defect.
    add(
      '--cert-identity',
      String(
        c.features.san ||
          'https://github.com/unknown/unknown/.github/workflows/x.yml@refs/heads/main',
      ),
    );
    // Flags are given once (a repeated single-value flag is a usage error).
    if (!flags.includes('--cert-oidc-issuer'))
      add(
        '--cert-oidc-issuer',
        String(c.features.oidc_issuer || 'https://token.actions.githubusercontent.com'),
      );
  }
  if (
    !c.kind.includes('provenance') &&
    !/slsa\.dev\/provenance\/v(1|0\.2)$/.test(predicateTypeOf(c))
  )
    add('--predicate-type', 'any');
  return {
    argv: ['verify', subject, '--bundle', bundle, ...flags, ...trust, '--format', 'json'],
    legacy: c.kind === 'dsse-envelope-jsonl',
  };
}

function predicateTypeOf(c: CorpusCase): string {
  return c.predicateType;
}

function subjectArg(c: CorpusCase, digest: string | undefined): string {
  const file = join(c.dir, c.artifact);
  if (c.artifact && !c.artifact.startsWith('(') && existsSync(file)) return file;
  if (/^sha(256|512):/.test(c.artifact)) return c.artifact.split(' ')[0] ?? c.artifact;
  if (digest) return digest;
  const statement = join(c.dir, 'statement.json');
  return firstSubjectDigest(existsSync(statement) ? statement : join(c.dir, c.bundle));
}

// The action's inputs map to the same policy and job the CLI builds from its flags.
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { expandPatterns } from '../src/action/globs.js';
import {
  ACTION_INPUTS,
  readBehaviour,
  readJob,
  readWork,
  type InputReader,
  type PatternExpander,
} from '../src/action/inputs.js';
import { ACTION_OUTPUTS } from '../src/action/outputs.js';
import { inputNamesFor } from '../src/action/wording.js';
import { parse, policyInputFromFlags, VERIFY_OPTIONS } from '../src/cli/args.js';
import { VerifyError } from '../src/core/errors.js';
import { rejectionCodeOf } from './support/verify-helpers.js';
import { POLICY_FIELDS } from '../src/core/policy/fields.js';
import { parsePolicy } from '../src/core/policy/parse-policy.js';
import type { Policy } from '../src/core/policy/policy.js';

const ROOT = join(import.meta.dirname, '..');

const reader =
  (inputs: Record<string, string>): InputReader =>
  (name) =>
    inputs[name] ?? '';
/** Patterns pass through unchanged: these tests are about the mapping, not the file system. */
const literal: PatternExpander = (_input, patterns) => Promise.resolve([...patterns]);

const BASE_INPUTS = { 'subject-path': 'a.tgz', 'bundle-path': 'a.sigstore.json' };

async function policyFromInputs(inputs: Record<string, string>): Promise<Policy> {
  const job = await readJob(reader({ ...BASE_INPUTS, ...inputs }), literal);
  return parsePolicy(job.policy);
}

function policyFromFlags(argv: string[]): Policy {
  return parsePolicy(policyInputFromFlags(parse(argv, VERIFY_OPTIONS).values));
}

/** One value per field; each row is the same request as flags and as action inputs. */
const SAMPLE: Record<string, { flags: string[]; input: string }> = {
  repo: { flags: ['--repo', 'Acme/App'], input: 'Acme/App' },
  owner: { flags: ['--owner', 'acme'], input: 'acme' },
  'cert-identity': {
    flags: ['--cert-identity', 'https://github.com/acme/app/.github/workflows/r.yml@refs/tags/v1'],
    input: 'https://github.com/acme/app/.github/workflows/r.yml@refs/tags/v1',
  },
  'signer-workflow': {
    flags: ['--signer-workflow', 'acme/shared/.github/workflows/build.yml@refs/tags/v1.0.0'],
    input: 'acme/shared/.github/workflows/build.yml@refs/tags/v1.0.0',
  },
  'signer-repo': { flags: ['--signer-repo', 'acme/shared'], input: 'acme/shared' },
  'caller-workflow': {
    flags: ['--caller-workflow', '.github/workflows/release.yml'],
    input: '.github/workflows/release.yml',
  },
  'source-ref': { flags: ['--source-ref', 'refs/tags/v1.2.3'], input: 'refs/tags/v1.2.3' },
  'source-branch': { flags: ['--source-branch', 'main'], input: 'main' },
  'source-tag': { flags: ['--source-tag', 'v1.2.3'], input: 'v1.2.3' },
  'source-versioned-tag': { flags: ['--source-versioned-tag', 'v1.2'], input: 'v1.2' },
  'source-digest': {
    flags: ['--source-digest', 'ecc13c4b3f0388863d25f5a9aff0c6ffb2b45297'],
    input: 'ecc13c4b3f0388863d25f5a9aff0c6ffb2b45297',
  },
  'builder-id': {
    flags: ['--builder-id', 'https://github.com/acme/shared/.github/workflows/b.yml@v1.0.0'],
    input: 'https://github.com/acme/shared/.github/workflows/b.yml@v1.0.0',
  },
  'workflow-input': {
    flags: ['--workflow-input', 'version=1,2', '--workflow-input', 'dry_run=false'],
    input: 'version=1,2\ndry_run=false\n',
  },
  trigger: {
    flags: ['--trigger', 'push', '--trigger', 'release'],
    input: 'push, release',
  },
  'cert-oidc-issuer': {
    flags: ['--cert-oidc-issuer', 'https://issuer.example'],
    input: 'https://issuer.example',
  },
  'predicate-type': { flags: ['--predicate-type', 'any'], input: 'any' },
  'allow-self-hosted-runners': { flags: ['--allow-self-hosted-runners'], input: 'true' },
  'allow-unrecorded-runner': { flags: ['--allow-unrecorded-runner'], input: 'true' },
  'repo-id': { flags: ['--repo-id', '9001'], input: '9001' },
  'owner-id': { flags: ['--owner-id', '111'], input: '111' },
  'subject-name': { flags: ['--subject-name', 'app.tgz'], input: 'app.tgz' },
};

describe('one mapping: each action input builds the Policy its CLI flag builds', () => {
  it('the sample covers every policy field, and each field is a verify flag of its kind', () => {
    expect(Object.keys(SAMPLE).sort()).toEqual(POLICY_FIELDS.map((f) => f.input).sort());
    for (const field of POLICY_FIELDS) {
      const option = (VERIFY_OPTIONS as Record<string, { type: string; multiple?: boolean }>)[
        field.flag
      ];
      expect(option, field.flag).toBeDefined();
      expect(option?.type, field.flag).toBe(field.kind === 'boolean' ? 'boolean' : 'string');
      expect(option?.multiple === true, field.flag).toBe(field.kind === 'list');
    }
  });

  it.each(POLICY_FIELDS.map((f) => [f.input, f] as const))('%s', async (_name, field) => {
    const sample = SAMPLE[field.input];
    if (sample === undefined) throw new Error(`no sample for ${field.input}`);
    // A source identity is always needed; fields that are one stand alone.
    const needsRepo = !['repo', 'owner', 'cert-identity'].includes(field.input);
    const repoFlags = needsRepo ? ['--repo', 'acme/app'] : [];
    const repoInput: Record<string, string> = needsRepo ? { repo: 'acme/app' } : {};
    const fromFlags = policyFromFlags([...repoFlags, ...sample.flags]);
    const fromInputs = await policyFromInputs({ ...repoInput, [field.input]: sample.input });
    expect(fromInputs).toEqual(fromFlags);
    // And the field really changed the policy (the test would catch an input that is ignored).
    if (needsRepo) expect(fromFlags).not.toEqual(policyFromFlags(repoFlags));
  });

  it('all fields at once', async () => {
    const compatible = Object.entries(SAMPLE).filter(
      ([name]) =>
        !['owner', 'signer-repo', 'source-branch', 'source-tag', 'source-versioned-tag'].includes(
          name,
        ),
    );
    const fromFlags = policyFromFlags(compatible.flatMap(([, s]) => s.flags));
    const fromInputs = await policyFromInputs(
      Object.fromEntries(compatible.map(([name, s]) => [name, s.input])),
    );
    expect(fromInputs).toEqual(fromFlags);
  });

  it('an invalid value is refused the same way (POLICY_INVALID)', async () => {
    expect(() => policyFromFlags(['--repo', 'acme/app', '--source-digest', 'xyz'])).toThrow(
      VerifyError,
    );
    expect(
      await rejectionCodeOf(policyFromInputs({ repo: 'acme/app', 'source-digest': 'xyz' })),
    ).toBe('POLICY_INVALID');
  });

  it('no repo, owner or cert-identity: refused (there is no default identity)', async () => {
    expect(await rejectionCodeOf(policyFromInputs({}))).toBe('POLICY_INVALID');
  });

  it('values are literals: a regex or shell metacharacter is data', async () => {
    const policy = await policyFromInputs({ repo: 'acme/app', 'source-branch': '$(id);.*' });
    expect(policy.refRules).toEqual([{ kind: 'branch', name: '$(id);.*' }]);
  });
});

describe('job inputs', () => {
  it('subjects: paths and digests, de-duplicated; bundles from bundle-path', async () => {
    const sha = `sha256:${'a'.repeat(64)}`;
    const job = await readJob(
      reader({
        repo: 'acme/app',
        'subject-path': 'a.tgz\nb.tgz,a.tgz',
        'subject-digest': `${sha}\n${sha}`,
        'bundle-path': 'x.jsonl\n\n y.json ',
        'trusted-root': 'root.json',
      }),
      literal,
    );
    expect(job.subjects).toEqual(['a.tgz', 'b.tgz', sha]);
    expect(job.bundles).toEqual(['x.jsonl', 'y.json']);
    expect(job.trust).toEqual({
      trustedRootFile: 'root.json',
      offline: undefined,
      tufMirror: undefined,
    });
  });

  it('workflow-inputs split on lines only: values keep their commas', async () => {
    const job = await readJob(
      reader({ ...BASE_INPUTS, repo: 'acme/app', 'workflow-input': 'a=1,2\r\nb=x' }),
      literal,
    );
    expect(job.policy.workflowInputs).toEqual(['a=1,2', 'b=x']);
  });

  it('no artifact is a usage error, never a pass', async () => {
    expect(
      await rejectionCodeOf(readJob(reader({ repo: 'a/b', 'bundle-path': 'x' }), literal)),
    ).toBe('USAGE');
  });

  it('no bundle-path means the GitHub API, with the network inputs; a bundle-path means files', async () => {
    const job = await readJob(
      reader({
        repo: 'a/b',
        'subject-path': 'x',
        'github-token': 'T',
        timeout: '30s',
        'retry-not-found': '10s',
      }),
      literal,
    );
    expect(job.from).toBe('github');
    expect(job.bundles).toEqual([]);
    expect(job.network).toMatchObject({ token: 'T', timeout: '30s', retryNotFound: '10s' });
    const files = await readJob(
      reader({ repo: 'a/b', 'subject-path': 'x', 'bundle-path': 'b.json' }),
      literal,
    );
    expect(files.from).toBe('file');
  });

  it('a subject-digest that is not sha256:/sha512: is a usage error', async () => {
    expect(
      await rejectionCodeOf(
        readJob(reader({ ...BASE_INPUTS, repo: 'a/b', 'subject-digest': 'md5:00' }), literal),
      ),
    ).toBe('USAGE');
  });

  it('booleans: the YAML core forms only', () => {
    expect(readBehaviour(reader({}))).toEqual({ failOnError: true, summary: true });
    expect(readBehaviour(reader({ 'fail-on-error': 'False', summary: 'TRUE' }))).toEqual({
      failOnError: false,
      summary: true,
    });
    expect(() => readBehaviour(reader({ 'fail-on-error': 'no' }))).toThrow(
      /fail-on-error must be true or false/,
    );
    expect(() => readBehaviour(reader({ summary: '1' }))).toThrow(VerifyError);
  });

  it('action messages name inputs, not flags', () => {
    expect(
      inputNamesFor('add --signer-workflow a/b/.github/workflows/x.yml (or --signer-repo a/b)'),
    ).toBe('add signer-workflow: a/b/.github/workflows/x.yml (or signer-repo: a/b)');
    expect(inputNamesFor('give --repo OWNER/REPO, --bundle FILE; --format json')).toBe(
      'give repo: OWNER/REPO, bundle-path: FILE; --format json',
    );
    expect(inputNamesFor('--trusted-root and --offline are alternatives')).toBe(
      'input trusted-root and input offline are alternatives',
    );
  });
});

describe('expandPatterns (subject-path, bundle-path)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vp-glob-'));
  mkdirSync(join(dir, 'out', 'sub'), { recursive: true });
  for (const f of ['out/a.tgz', 'out/b.tgz', 'out/c.txt', 'out/sub/d.tgz'])
    writeFileSync(join(dir, f), f);
  symlinkSync(join(dir, 'missing'), join(dir, 'out', 'broken.tgz'));
  const at = (p: string): string => join(dir, p);

  it('globs match regular files, sorted; directories and broken links are skipped', async () => {
    expect(await expandPatterns('subject-path', [at('out/*.tgz')])).toEqual([
      at('out/a.tgz'),
      at('out/b.tgz'),
    ]);
    expect(await expandPatterns('subject-path', [at('out/**/*.tgz')])).toContain(
      at('out/sub/d.tgz'),
    );
  });

  it('!pattern excludes', async () => {
    expect(await expandPatterns('subject-path', [at('out/*.tgz'), `!${at('out/b.tgz')}`])).toEqual([
      at('out/a.tgz'),
    ]);
  });

  it('a pattern that matches nothing is an error, even beside one that matches', async () => {
    expect(
      await rejectionCodeOf(expandPatterns('subject-path', [at('out/*.tgz'), at('out/*.zip')])),
    ).toBe('USAGE');
    expect(await rejectionCodeOf(expandPatterns('bundle-path', [at('nope.json')]))).toBe('USAGE');
    // Everything it matched is excluded: nothing left of it.
    expect(
      await rejectionCodeOf(
        expandPatterns('subject-path', [at('out/c.txt'), `!${at('out/*.txt')}`]),
      ),
    ).toBe('USAGE');
  });

  it('a directory alone matches the files under it', async () => {
    expect(await expandPatterns('subject-path', [at('out/sub')])).toEqual([at('out/sub/d.tgz')]);
  });
});

describe('action.yml', () => {
  const action = parseYaml(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { description: string; default?: string }>;
    outputs: Record<string, { description: string }>;
    runs: { using: string; main: string };
  };
  const reference = readFileSync(join(ROOT, 'docs', 'action-reference.md'), 'utf8');
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

  it('declares exactly the inputs the action reads and the outputs it writes', () => {
    expect(Object.keys(action.inputs).sort()).toEqual([...ACTION_INPUTS].sort());
    expect(Object.keys(action.outputs).sort()).toEqual([...ACTION_OUTPUTS].sort());
  });

  it('runs the committed bundle on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/action/index.js' });
  });

  /** The rows of one table of docs/action-reference.md (under its heading). */
  function tableRows(heading: string): Map<string, string> {
    const from = reference.indexOf(`\n## ${heading}\n`);
    expect(from, `docs/action-reference.md has ${heading}`).toBeGreaterThan(0);
    const to = reference.indexOf('\n## ', from + 1);
    const rows = new Map<string, string>();
    for (const line of reference.slice(from, to < 0 ? undefined : to).split('\n')) {
      const name = /^\| `([a-z-]+)` /.exec(line)?.[1];
      if (name !== undefined) rows.set(name, line);
    }
    return rows;
  }

  it('docs/action-reference.md documents every input (with its default) and output, as action.yml says', () => {
    const inputs = tableRows('Inputs');
    expect([...inputs.keys()]).toEqual(Object.keys(action.inputs));
    for (const [name, spec] of Object.entries(action.inputs)) {
      const row = inputs.get(name) ?? '';
      expect(row.replace(/\s+/g, ' ')).toContain(spec.description.trim().replace(/\s+/g, ' '));
      if (spec.default !== undefined) expect(row).toContain(`\`${spec.default}\``);
    }
    const outputs = tableRows('Outputs');
    expect([...outputs.keys()]).toEqual(Object.keys(action.outputs));
    for (const [name, spec] of Object.entries(action.outputs))
      expect((outputs.get(name) ?? '').replace(/\s+/g, ' ')).toContain(spec.description.trim());
  });

  it('README names every input and has the outputs table', () => {
    const section = (marker: string) =>
      readme.slice(
        readme.indexOf(`<!-- ${marker}:start`),
        readme.indexOf(`<!-- ${marker}:end -->`),
      );
    const names = [...section('action-inputs').matchAll(/`([a-z-]+)`/g)].map((m) => m[1]);
    expect(names).toEqual(Object.keys(action.inputs));
    for (const name of Object.keys(action.outputs))
      expect(section('action-outputs')).toContain(`| \`${name}\``);
  });
});

describe('package inputs (npm-packages, pypi-project)', () => {
  it('npm-packages → the npm job with the same policy, trust and network inputs', async () => {
    const work = await readWork(
      reader({
        'npm-packages': 'a@1.0.0, @s/b@2.0.0',
        registry: 'https://r.example',
        repo: 'o/r',
        timeout: '9s',
        offline: 'true',
      }),
      literal,
    );
    expect(work).toMatchObject({
      kind: 'npm',
      job: {
        packages: ['a@1.0.0', '@s/b@2.0.0'],
        registry: 'https://r.example',
        policy: { repo: 'o/r' },
        trust: { offline: true },
        network: { timeout: '9s' },
      },
    });
  });

  it('pypi-project → the pypi job; one subject-path file is the file to verify', async () => {
    const work = await readWork(
      reader({
        'pypi-project': 'p',
        'pypi-version': '1.0',
        'subject-path': 'p-1.0.tar.gz',
        repo: 'o/r',
      }),
      literal,
    );
    expect(work).toMatchObject({
      kind: 'pypi',
      job: { project: 'p', version: '1.0', file: 'p-1.0.tar.gz' },
    });
    expect(
      (await readWork(reader({ 'subject-path': 'x', 'bundle-path': 'b', repo: 'o/r' }), literal))
        .kind,
    ).toBe('verify');
  });

  it('mixing sources, or pypi-project without a version, is a usage error', async () => {
    const cases: Record<string, string>[] = [
      { 'npm-packages': 'a@1.0.0', 'bundle-path': 'b.json' },
      { 'npm-packages': 'a@1.0.0', 'subject-path': 'x' },
      { 'npm-packages': 'a@1.0.0', 'pypi-project': 'p', 'pypi-version': '1' },
      { 'pypi-project': 'p', 'pypi-version': '1', 'bundle-path': 'b.json' },
      { 'pypi-project': 'p' },
      { 'pypi-project': 'p', 'pypi-version': '1', 'subject-path': 'a,b' },
    ];
    for (const inputs of cases)
      expect(await rejectionCodeOf(readWork(reader({ ...inputs, repo: 'o/r' }), literal))).toBe(
        'USAGE',
      );
  });
});

// The repository's own workflows: least privilege and third-party actions pinned by commit SHA.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const DIR = join(import.meta.dirname, '..', '.github', 'workflows');
const files = readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f));

type Step = {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
};
type Job = {
  permissions?: Record<string, string>;
  needs?: string | string[];
  uses?: string;
  if?: string;
  'runs-on'?: string;
  environment?: string;
  strategy?: { matrix?: { include?: Record<string, string>[] } };
  env?: Record<string, string>;
  with?: Record<string, unknown>;
  steps?: Step[];
};
type Workflow = { on?: unknown; permissions?: unknown; jobs: Record<string, Job> };

/**
 * References that are not a commit SHA, each with its reason. The SLSA generator's reusable
 * workflows must be called at a vX.Y.Z tag: they refuse a SHA, and the tag is the builder
 * identity that slsa-verifier and `--builder-id` check.
 */
const TAG_PINNED = new Set([
  'slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@v2.1.0',
]);

describe('.github/workflows', () => {
  it('has CI, the self-test and the release', () => {
    expect(files.sort()).toEqual(['ci.yml', 'release.yml', 'self-test.yml']);
  });

  it.each(files)(
    '%s: permissions {} by default; every action is local or pinned by SHA',
    (file) => {
      const text = readFileSync(join(DIR, file), 'utf8');
      const wf = parse(text) as Workflow;
      expect(wf.permissions).toEqual({});
      for (const job of Object.values(wf.jobs)) {
        for (const { uses } of [job, ...(job.steps ?? [])]) {
          if (uses === undefined || uses.startsWith('./') || TAG_PINNED.has(uses)) continue;
          expect(uses, file).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
        }
      }
      // The version a SHA stands for is said beside it, for people and update tools.
      for (const line of text.split('\n').filter((l) => /uses: [^.]/.test(l)))
        if (!TAG_PINNED.has(line.replace(/^.*uses: /, '').trim()))
          expect(line).toMatch(/@[0-9a-f]{40} # v\d/);
    },
  );

  it('the self-test uses this action (./) and checks both a pass and a rejection', () => {
    const text = readFileSync(join(DIR, 'self-test.yml'), 'utf8');
    expect(text.match(/uses: \.\/\n/g)).toHaveLength(2);
    expect(text).toContain('test "$VERIFIED" = true');
    expect(text).toContain('test "$VERIFIED" = false');
  });
});

describe('.github/workflows/release.yml', () => {
  const text = readFileSync(join(DIR, 'release.yml'), 'utf8');
  const wf = parse(text) as Workflow;
  const jobs = wf.jobs;
  const needs = (name: string): string[] => {
    const n = jobs[name]?.needs;
    return n === undefined ? [] : typeof n === 'string' ? [n] : n;
  };
  /** Every job `name` waits for, directly or not. */
  const upstream = (name: string, seen = new Set<string>()): Set<string> => {
    for (const n of needs(name)) if (!seen.has(n)) upstream(n, seen.add(n));
    return seen;
  };
  const withPermission = (scope: string, level: string): string[] =>
    Object.keys(jobs)
      .filter((j) => jobs[j]?.permissions?.[scope] === level)
      .sort();
  const runs = (job: string): string => (jobs[job]?.steps ?? []).map((s) => s.run ?? '').join('\n');

  it('runs on version tags only', () => {
    expect(wf.on).toEqual({
      push: { tags: ['v[0-9]+.[0-9]+.[0-9]+', 'v[0-9]+.[0-9]+.[0-9]+-*'] },
    });
  });

  it('every job states its permissions; only the signing jobs may mint an OIDC token', () => {
    for (const [name, job] of Object.entries(jobs)) expect(job.permissions, name).toBeDefined();
    expect(withPermission('id-token', 'write')).toEqual(['attest', 'publish-npm', 'slsa']);
    expect(withPermission('attestations', 'write')).toEqual(['attest']);
    // slsa: the generator's own release-upload job asks for it (upload-assets is false).
    expect(withPermission('contents', 'write')).toEqual([
      'move-major-tag',
      'publish-github',
      'slsa',
    ]);
    expect(jobs.slsa?.with?.['upload-assets']).toBe(false);
    for (const scope of ['packages', 'deployments', 'pull-requests', 'issues', 'statuses'])
      expect(withPermission(scope, 'write'), scope).toEqual([]);
  });

  it('builds, tests, attests and self-checks before anything is published', () => {
    expect([...upstream('self-check')].sort()).toEqual([
      'assemble',
      'attest',
      'sea',
      'slsa',
      'test',
    ]);
    for (const publisher of ['publish-github', 'publish-npm', 'move-major-tag', 'verify-published'])
      expect(upstream(publisher).has('self-check'), publisher).toBe(true);
    // The major tag moves after the self-check and once the release exists; never for prereleases.
    expect(needs('move-major-tag')).toEqual(
      expect.arrayContaining(['self-check', 'publish-github']),
    );
    expect(jobs['move-major-tag']?.if).toContain("!contains(github.ref_name, '-')");
    // Jobs that can write anywhere public wait for the self-check (slsa only signs provenance).
    const writers = new Set([
      ...withPermission('contents', 'write'),
      ...withPermission('id-token', 'write'),
    ]);
    for (const w of writers)
      if (!['attest', 'slsa'].includes(w)) expect(upstream(w).has('self-check'), w).toBe(true);
    expect(upstream('attest').has('self-check')).toBe(false);
  });

  it("the self-check runs the just-built tool with the consumers' policy on every file", () => {
    const check = jobs['self-check'];
    expect(check?.env).toMatchObject({
      REPO: '${{ github.repository }}',
      TAG: '${{ github.ref_name }}',
    });
    const script = runs('self-check');
    // The single executable this run built, from the GitHub attestations API…
    expect(script).toMatch(
      /"\$vp" verify release\/\* --from github .*\\\n\s+--repo "\$REPO" .*--source-tag "\$TAG" \\\n\s+--signer-workflow "\$REPO\/\.github\/workflows\/release\.yml"/,
    );
    expect(script).toContain('vp=release/verify-provenance-linux-x64');
    // …and the CLI of the packed npm tarball, on the attached bundle and the SLSA provenance.
    expect(script).toContain('"release/verify-provenance-$VERSION.tgz"');
    expect(script).toContain('--bundle "attestation/verify-provenance-$VERSION.sigstore.json"');
    expect(script).toContain('--bundle "attestation/verify-provenance-$VERSION.intoto.jsonl"');
    expect(script).toContain(
      '--builder-id https://github.com/slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@v2.1.0',
    );
    expect(script).toContain('sha256sum --check --strict SHA256SUMS');
    // What it checked is what gets published: the publishers download its output only.
    for (const publisher of ['publish-github', 'publish-npm'])
      expect(
        jobs[publisher]?.steps?.find((s) => s.uses?.startsWith('actions/download-artifact@'))?.with,
        publisher,
      ).toEqual({ name: 'verified' });
  });

  it('attests every release file, and both attestations cover the same files', () => {
    const attest = jobs.attest?.steps?.find((s) =>
      s.uses?.startsWith('actions/attest-build-provenance@'),
    );
    expect(attest?.with).toEqual({ 'subject-path': 'release/*' });
    expect(jobs.slsa?.with?.['base64-subjects']).toBe('${{ needs.assemble.outputs.subjects }}');
    expect(runs('assemble')).toContain('sha256sum -- * > SHA256SUMS');
    expect(runs('assemble')).toContain('test "$(find . -type f | wc -l)" -eq 6');
  });

  it('publishes to npm by trusted publishing with provenance, and uses no stored secret', () => {
    expect(text).not.toMatch(/secrets\./);
    expect(text).not.toMatch(/NODE_AUTH_TOKEN|NPM_TOKEN/);
    expect(runs('publish-npm')).toMatch(
      /npm publish "release\/verify-provenance-\$VERSION\.tgz" --provenance --access public/,
    );
    expect(jobs['publish-npm']?.environment).toBe('npm');
  });

  it('builds each single executable on a runner of its own platform, and tests it there', () => {
    const platformOf: Record<string, string> = {
      'ubuntu-24.04': 'linux-x64',
      'ubuntu-24.04-arm': 'linux-arm64',
      'macos-15-intel': 'darwin-x64',
      'macos-15': 'darwin-arm64',
      'windows-2025': 'win-x64',
    };
    const include = jobs.sea?.strategy?.matrix?.include ?? [];
    expect(include.map((m) => m.target).sort()).toEqual([
      'darwin-arm64',
      'darwin-x64',
      'linux-arm64',
      'linux-x64',
      'win-x64',
    ]);
    for (const m of include) expect(platformOf[m.runner ?? ''], m.runner).toBe(m.target);
    expect(runs('sea')).toContain('npm run sea -- --check-reproducible --runtime-matches');
    expect(runs('sea')).toContain('npx vitest run test/cli.e2e.test.ts');
  });

  it('no cache and no persisted credentials: nothing from another run enters a release', () => {
    for (const [name, job] of Object.entries(jobs))
      for (const step of job.steps ?? []) {
        if (step.uses?.startsWith('actions/setup-node@'))
          expect(step.with?.cache, name).toBeUndefined();
        if (step.uses?.startsWith('actions/checkout@'))
          expect(step.with?.['persist-credentials'], name).toBe(false);
      }
  });

  it('uses the same commit for an action as the other workflows do', () => {
    const pins = new Map<string, Set<string>>();
    for (const file of files)
      for (const m of readFileSync(join(DIR, file), 'utf8').matchAll(
        /uses: ([\w.-]+\/[\w./-]+)@([0-9a-f]{40}) # (v[\d.]+)/g,
      ))
        pins.set(m[1] ?? '', (pins.get(m[1] ?? '') ?? new Set()).add(`${m[2]} ${m[3]}`));
    for (const [action, seen] of pins) expect([...seen], action).toHaveLength(1);
  });
});

// Pure pieces of the action: outputs, step summary, annotations, and hostile text in them.
import { describe, expect, it } from 'vitest';
import { actionOutputs } from '../src/action/outputs.js';
import { wordedForAction } from '../src/action/wording.js';
import { EXIT } from '../src/core/codes.js';
import { parsePolicy } from '../src/core/policy/parse-policy.js';
import { errorResult, resultFromArtifacts, type VerificationResult } from '../src/core/report.js';
import type { ArtifactResult } from '../src/core/result.js';
import { failureAnnotations } from '../src/render/annotations.js';
import { mdLink, mdText } from '../src/render/markdown.js';
import { printable } from '../src/render/printable.js';
import { renderDepsSummary } from '../src/render/deps-summary.js';
import { MAX_BYTES, renderStepSummary } from '../src/render/step-summary.js';
import { renderText } from '../src/render/text.js';
import { fixtureRoot, verifyAll, verifyWith } from './support/verify-helpers.js';

const APP = 'artifacts/app-1.2.3.tgz';
const TAG = 'bundles/in-repo-tag.sigstore.json';

function resultOf(artifacts: ArtifactResult[], repo = 'acme/app'): VerificationResult {
  return resultFromArtifacts({
    version: 'test',
    command: 'action',
    policy: parsePolicy({ repo }),
    roots: [fixtureRoot()],
    artifacts,
  });
}

const verified = resultOf([
  verifyWith({ artifact: APP, bundles: [TAG], policy: { repo: 'acme/app' } }),
]);
const failed = resultOf(
  [verifyWith({ artifact: APP, bundles: [TAG], policy: { repo: 'acme/other' } })],
  'acme/other',
);

describe('outputs', () => {
  it('verified: true with the identity of the accepted attestation', () => {
    expect(verified.verdict).toBe('verified');
    expect(actionOutputs(verified, '/tmp/r.json')).toEqual({
      verified: 'true',
      'result-path': '/tmp/r.json',
      'failed-checks': '',
      'source-repo': 'acme/app',
      'source-ref': 'refs/tags/v1.2.3',
      'source-digest': expect.stringMatching(/^[0-9a-f]{40}$/) as string,
      'signer-workflow': 'github.com/acme/app/.github/workflows/release.yml@refs/tags/v1.2.3',
      'builder-id': 'https://github.com/acme/app/.github/workflows/release.yml@refs/tags/v1.2.3',
    });
  });

  it('failed: verified=false, the codes, and no identity at all', () => {
    const out = actionOutputs(failed, '/tmp/r.json');
    expect(out.verified).toBe('false');
    expect(out['failed-checks'].split(',')).toEqual(expect.arrayContaining(['ID_REPO']));
    for (const name of [
      'source-repo',
      'source-ref',
      'source-digest',
      'signer-workflow',
      'builder-id',
    ] as const)
      expect(out[name], name).toBe('');
  });

  it('error, no result (internal), zero artifacts: never verified', () => {
    const usage = errorResult('t', 'action', 'USAGE', 'x', EXIT.USAGE);
    expect(actionOutputs(usage, 'p').verified).toBe('false');
    expect(actionOutputs(undefined, '')).toMatchObject({
      verified: 'false',
      'failed-checks': 'INTERNAL',
    });
    expect(actionOutputs(resultOf([]), 'p').verified).toBe('false');
  });

  it('a verdict of verified with a non-zero exit code is not trusted', () => {
    expect(actionOutputs({ ...verified, exitCode: EXIT.FAILED }, 'p').verified).toBe('false');
  });

  it('several artifacts: distinct identity values, comma-separated', () => {
    const multi = resultOf(
      verifyAll({
        artifacts: ['artifacts/app-linux', 'artifacts/app-darwin'],
        bundles: ['bundles/multi-subject.sigstore.json'],
        policy: { repo: 'acme/app' },
      }),
    );
    const out = actionOutputs(multi, 'p');
    expect(out.verified).toBe('true');
    expect(out['source-repo']).toBe('acme/app');
  });
});

describe('step summary', () => {
  it('verified: verdict, identity, run link, checks with expected and found', () => {
    const md = renderStepSummary(verified, '/tmp/r.json');
    expect(md).toMatch(/^## ✅ verify-provenance: verified 1\/1 artifact/);
    expect(md).toContain('### ✅ artifacts/app-1.2.3.tgz');
    expect(md).toContain('| signer workflow |');
    expect(md).toMatch(
      /\| workflow run \| \[[^\]]+\]\(https:\/\/github\.com\/acme\/app\/actions\/runs\/[0-9]+/,
    );
    expect(md).toMatch(
      /\| ✅ \| source-repo: source repository matches \| <code>acme\/app<\/code> \|/,
    );
    expect(md).toContain('/tmp/r.json');
  });

  it('failed: the failing check names its code, expected, found and fix', () => {
    const md = renderStepSummary(failed);
    expect(md).toMatch(/^## ❌ verify-provenance: not verified: 0\/1 verified \(ID\\_REPO/);
    const row = md.split('\n').find((l) => l.includes('**ID\\_REPO**'));
    expect(row).toContain('<code>acme/other</code>');
    // Facts in one format: the repository found is OWNER/REPO, as the policy writes it.
    expect(row).toContain('<code>acme/app</code>');
    expect(row).toMatch(/\| ❌ \|/);
  });

  it('error results say the code, message and fix', () => {
    const md = renderStepSummary(
      errorResult('t', 'action', 'USAGE', 'no attestation given', 2, 'set bundle-path'),
    );
    expect(md).toContain('**USAGE**: no attestation given');
    expect(md).toContain('Fix: set bundle-path');
  });

  it('public-good Rekor entries link to search.sigstore.dev; others do not link', () => {
    const att = verified.artifacts[0]?.attestations[0];
    if (att === undefined) throw new Error('no attestation');
    const withLog = (logId: string): VerificationResult => ({
      ...verified,
      artifacts: [
        {
          ...verified.artifacts[0]!,
          attestations: [{ ...att, logEntries: [{ logIndex: '42', logId, kind: 'dsse/0.0.1' }] }],
        },
      ],
    });
    expect(renderStepSummary(withLog('wNI9atQGlz+VWfO6LRygH4QUfY/8W4RFwiT5i5WRgB0='))).toContain(
      '[log index 42](https://search.sigstore.dev/?logIndex=42)',
    );
    expect(renderStepSummary(withLog('AAAA'))).not.toContain('search.sigstore.dev');
  });

  it('hostile text from a bundle renders as inert text', () => {
    const evil =
      'x | <img src=x onerror=alert(1)> [click](https://evil.example) ![i](https://e.example/i.png)\n## ✅ verified\u202Etxt.exe `code`';
    const att = failed.artifacts[0]!.attestations[0]!;
    const hostile: VerificationResult = {
      ...failed,
      artifacts: [
        {
          name: evil,
          digests: { sha256: evil },
          verdict: 'failed',
          attestations: [
            {
              ...att,
              origin: evil,
              identity: {
                ...att.identity,
                signerWorkflow: evil,
                signerWorkflowUri: evil,
                runInvocation: 'javascript:alert(1)',
              },
              checks: [
                {
                  id: evil,
                  status: 'fail',
                  code: 'ID_REPO',
                  message: evil,
                  expected: evil,
                  actual: evil,
                  hint: evil,
                },
              ],
            },
          ],
        },
      ],
    };
    const md = renderStepSummary(hostile);
    expect(md).not.toContain('<img');
    expect(md).not.toMatch(/\]\(https:\/\/evil/);
    expect(md).not.toMatch(/!\[/);
    expect(md).not.toContain('\u202E');
    expect(md).not.toContain('](javascript:');
    expect(md).not.toMatch(/^## ✅ verified/m);
    // Each table row stays one row: no unescaped pipe from the input splits a cell.
    for (const line of md.split('\n').filter((l) => l.startsWith('| ❌')))
      expect(line.replace(/\\\|/g, '').split('|').length, line).toBe(7);
  });

  it('is capped well under the 1 MiB GitHub limit', () => {
    const one = failed.artifacts[0]!;
    const att = one.attestations[0]!;
    const many: VerificationResult = {
      ...failed,
      artifacts: Array.from({ length: 400 }, (_, i) => ({
        ...one,
        name: `a${i}`,
        attestations: Array.from({ length: 10 }, () => att),
      })),
    };
    const md = renderStepSummary(many);
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(512 * 1024 + 200);
    expect(md).toMatch(/more failing artifact\(s\)\*\*, without details/);
    expect(md).not.toMatch(/Summary truncated/);
  });
});

describe('annotations', () => {
  it('one per distinct failure, with code, expected, found and fix', () => {
    const notes = failureAnnotations(failed);
    const repo = notes.find((n) => n.title.includes('ID_REPO'));
    expect(repo?.title).toBe('verify-provenance: ID_REPO source-repo (artifacts/app-1.2.3.tgz)');
    expect(repo?.message).toMatch(/expected: acme\/other; found: acme\/app\. Fix: /);
    expect(failureAnnotations(verified)).toEqual([]);
  });

  it('duplicates fold; more than 10 end with a pointer to the summary', () => {
    const twice = resultOf(
      [verifyWith({ artifact: APP, bundles: [TAG, TAG], policy: { repo: 'acme/other' } })],
      'acme/other',
    );
    expect(failureAnnotations(twice).length).toBe(failureAnnotations(failed).length);
    const many = resultOf(
      Array.from({ length: 12 }, (_, i) => ({ ...failed.artifacts[0]!, name: `a${i}` })),
      'acme/other',
    );
    const notes = failureAnnotations(many);
    expect(notes).toHaveLength(10);
    expect(notes[9]?.message).toMatch(/more failure\(s\)/);
  });

  it('an artifact without attestations is NO_ATTESTATION', () => {
    const none = resultOf([{ name: 'a.tgz', digests: {}, verdict: 'failed', attestations: [] }]);
    expect(failureAnnotations(none).map((n) => n.title)).toEqual([
      'verify-provenance: NO_ATTESTATION (a.tgz)',
    ]);
  });

  it('hints are worded with input names in the action', () => {
    const reusable = resultOf([
      verifyWith({
        artifact: APP,
        bundles: ['bundles/reusable-workflow.sigstore.json'],
        policy: { repo: 'acme/app' },
      }),
    ]);
    const message = failureAnnotations(wordedForAction(reusable)).find((n) =>
      n.title.includes('ID_SIGNER'),
    )?.message;
    expect(message).toContain('signer-workflow: acme/shared-workflows/.github/workflows/build.yml');
    expect(message).not.toContain('--signer-workflow');
  });
});

describe('text for terminals and logs', () => {
  it('control characters never act: no escape sequence, no new line that could be a workflow command', () => {
    expect(printable('a\u001b[31mb\n::set-output name=verified::true\r\u202E')).toBe(
      'a\\u{1b}[31mb\\u{a}::set-output name=verified::true\\u{d}\\u{202e}',
    );
    const hostile: VerificationResult = {
      ...failed,
      artifacts: [{ ...failed.artifacts[0]!, name: 'x\n::error::forged\u001b]0;t\u0007' }],
    };
    const text = renderText(hostile);
    expect(text).not.toMatch(/^::/m);
    expect(text).not.toContain('\u001b');
  });

  it('mdText and mdLink', () => {
    expect(mdText('a|b*c_<d>')).toBe('a\\|b\\*c\\_&lt;d&gt;');
    expect(mdLink('run', 'https://github.com/a/b/actions/runs/1')).toBe(
      '[run](https://github.com/a/b/actions/runs/1)',
    );
    expect(mdLink('run', 'https://x.example/a)b')).toBe('run');
    expect(mdLink('run', 'http://x.example/')).toBe('run');
  });
});

describe('step summary at scale: failures first, never cut off by the size cap', () => {
  const bad = failed.artifacts[0]!;
  const good = verified.artifacts[0]!;
  /** Thousands of artifacts, passing and failing interleaved, with long names. */
  function mixed(n: number, failEvery: number): VerificationResult {
    const artifacts = Array.from({ length: n }, (_, i) =>
      i % failEvery === 0
        ? { ...bad, name: `dist/failing/artifact-${String(i).padStart(6, '0')}.tar.gz` }
        : { ...good, name: `dist/passing/artifact-${String(i).padStart(6, '0')}.tar.gz` },
    );
    return { ...failed, artifacts };
  }
  const failingNames = (r: VerificationResult): string[] =>
    r.artifacts.filter((a) => a.verdict !== 'verified').map((a) => mdText(a.name, 200));

  it('4000 artifacts (1000 failing): every failure named, all of them before any passing one', () => {
    const many = mixed(4000, 4);
    const md = renderStepSummary(many, '/tmp/result.json');
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(MAX_BYTES);
    expect(md).not.toMatch(/Summary truncated/);
    const firstPassing = md.indexOf('dist/passing/');
    for (const name of failingNames(many)) {
      const at = md.indexOf(name);
      expect(at, name).toBeGreaterThan(0);
      if (firstPassing >= 0) expect(at, name).toBeLessThan(firstPassing);
    }
    // The first failures in full detail, the rest one line each, passing artifacts cut first.
    expect(md).toMatch(/^#### ❌ dist\/failing\/artifact-000000\.tar\.gz$/m);
    expect(md).toMatch(/\*\*\d+ more failing artifact\(s\)\*\*, without details/);
    expect(md).toMatch(/^- ❌ dist\/failing\/artifact-003996\.tar\.gz: ID\\_REPO/m);
    expect(md).toMatch(/\d+ more verified artifact\(s\) not shown/);
    expect(md).toContain('Full result (JSON): <code>/tmp/result.json</code>');
  });

  it('a few failures among thousands of passing artifacts: failures in full, passing one row each', () => {
    const many = mixed(3000, 1000);
    const md = renderStepSummary(many);
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(MAX_BYTES);
    expect(md.match(/^#### ❌ /gm)).toHaveLength(3);
    expect(md).not.toMatch(/more failing artifact/);
    expect(md.indexOf('<summary>✅ Verified (2997)</summary>')).toBeGreaterThan(
      md.lastIndexOf('#### ❌ '),
    );
    // Passing rows are what the cap cuts, and the cut is counted.
    const rows = md.match(/^\| dist\/passing\//gm)?.length ?? 0;
    const cut = Number(/_(\d+) more verified artifact\(s\) not shown/.exec(md)?.[1] ?? 0);
    expect(rows).toBeGreaterThan(2000);
    expect(rows + cut).toBe(2997);
  });

  it('when even one line per failure overflows, as many as fit are named and the rest counted', () => {
    const huge = mixed(20_000, 1);
    const md = renderStepSummary(huge);
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(MAX_BYTES);
    const named = failingNames(huge).filter((n) => md.includes(n)).length;
    const rest = Number(/… and (\d+) more failing artifact\(s\) not named here/.exec(md)?.[1]);
    expect(named).toBeGreaterThan(3000);
    expect(named + rest).toBe(20_000);
    expect(md).not.toMatch(/dist\/passing\//);
  });
});

describe('deps step summary at scale', () => {
  function pkg(i: number, outcome: 'failed' | 'verified'): ArtifactResult {
    const name = `package-number-${String(i).padStart(6, '0')}`;
    return {
      name: `${name}@1.0.0`,
      digests: { sha512: 'ab'.repeat(64) },
      verdict: outcome,
      attestations: [],
      package: {
        ecosystem: 'npm',
        name,
        version: '1.0.0',
        source: 'registry',
        outcome,
        locations: [{ file: 'package-lock.json', line: 10 + i }],
        checks:
          outcome === 'failed'
            ? [
                {
                  id: 'lockfile-integrity',
                  status: 'fail',
                  code: 'LOCKFILE_INTEGRITY',
                  message: "the lockfile's integrity differs from the registry's",
                  expected: `sha512:${'cd'.repeat(64)}`,
                  actual: `sha512:${'ab'.repeat(64)}`,
                  hint: 'someone changed the lockfile or the registry; find out which before installing',
                },
              ]
            : [],
      },
    };
  }
  function depsResult(n: number, failEvery: number): VerificationResult {
    const artifacts = Array.from({ length: n }, (_, i) =>
      pkg(i, i % failEvery === 0 ? 'failed' : 'verified'),
    );
    const count = (o: string): number => artifacts.filter((a) => a.package?.outcome === o).length;
    return {
      ...failed,
      command: 'deps',
      policy: undefined,
      artifacts,
      deps: {
        counts: {
          verified: count('verified'),
          failed: count('failed'),
          indeterminate: 0,
          warned: 0,
          excepted: 0,
          'not-from-registry': 0,
        },
        lockfiles: [{ path: 'package-lock.json', format: 'npm v3', entries: n }],
        notes: [],
      },
    };
  }

  it('5000 packages (2500 failing): every failure named before the verified ones, under the cap', () => {
    const r = depsResult(5000, 2);
    const md = renderDepsSummary(r, '/tmp/r.json');
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(MAX_BYTES);
    expect(md).not.toMatch(/Summary truncated/);
    const verifiedAt = md.indexOf('<summary>Verified (2500)</summary>');
    for (const a of r.artifacts.filter((x) => x.verdict === 'failed')) {
      const at = md.indexOf(`package-number-${a.name.slice(15, 21)}@1.0.0`);
      expect(at, a.name).toBeGreaterThan(0);
      expect(at, a.name).toBeLessThan(verifiedAt);
    }
    expect(md).toMatch(/### Failures \(2500\)/);
  });

  it('30000 failing packages: as many named as fit, the rest counted', () => {
    const r = depsResult(30_000, 1);
    const md = renderDepsSummary(r);
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(MAX_BYTES);
    const named = r.artifacts.filter(
      (a) => md.includes(`${a.name} (`) || md.includes(`| ${a.name} |`),
    ).length;
    const rest = Number(/… and (\d+) more failed package\(s\) not named here/.exec(md)?.[1]);
    expect(named).toBeGreaterThan(2000);
    expect(named + rest).toBe(30_000);
  });
});

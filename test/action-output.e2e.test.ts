// The BUILT action's output at scale (issue 13): failures first in the step summary and never
// cut off by its size cap, `::group::` sections in the log with failures outside them, and the
// JSON result path documented for actions/upload-artifact.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { MAX_BYTES } from '../src/render/step-summary.js';
import { REPO, runAction } from './support/action-runner.js';
import { DepsRegistry, npmIntegrity } from './support/deps-registry.js';
import { assertValidResult } from './support/result-schema.js';

const FX = (rel: string): string => join('fixtures', rel);
const TRUST = { 'trusted-root': FX('trusted_root.json') };

/** Each log line with the group it is in (undefined: outside every group). */
function grouped(stdout: string): { line: string; group: string | undefined }[] {
  let group: string | undefined;
  const out: { line: string; group: string | undefined }[] = [];
  for (const line of stdout.split('\n')) {
    const start = /^::group::(.*)$/.exec(line);
    if (start) {
      expect(group, `nested group ${line}`).toBeUndefined();
      group = start[1];
    } else if (line === '::endgroup::') group = undefined;
    else out.push({ line, group });
  }
  expect(group, 'a group left open').toBeUndefined();
  return out;
}

describe('the action log in ::group:: sections', () => {
  it('inputs and trust, the policy and passing artifacts folded; failures outside any group', async () => {
    const r = await runAction({
      ...TRUST,
      repo: 'acme/app',
      'subject-path': [
        FX('artifacts/app-linux'),
        FX('artifacts/app-darwin'),
        FX('artifacts/not-attested.bin'),
      ].join('\n'),
      'bundle-path': FX('bundles/multi-subject.sigstore.json'),
    });
    expect(r.code).toBe(1);
    const lines = grouped(r.stdout);
    const groupOf = (re: RegExp): (string | undefined)[] =>
      lines.filter((l) => re.test(l.line)).map((l) => l.group);
    expect(groupOf(/^trust: /)).toEqual(['verify-provenance: inputs and trust roots']);
    expect(groupOf(/^ {2}repo: acme\/app$/)).toEqual(['Policy']);
    expect(groupOf(/^PASS \S*artifacts\/app-(linux|darwin)$/)).toEqual([
      'Verified (2 of 3)',
      'Verified (2 of 3)',
    ]);
    // The failure, its failing check with expected and found, and the verdict: not folded.
    expect(groupOf(/^FAIL \S*artifacts\/not-attested\.bin$/)).toEqual([undefined]);
    expect(groupOf(/✗ subject \[SUBJECT\]/)).toEqual([undefined]);
    expect(groupOf(/^\s+expected: sha256:[0-9a-f]{64}/)).toEqual([undefined]);
    expect(groupOf(/^FAILED: 2\/3 verified; SUBJECT$/)).toEqual([undefined]);
    expect(groupOf(/^result \(JSON\): /)).toEqual([undefined]);
  });

  it('an error run: its message outside any group', async () => {
    const r = await runAction({
      ...TRUST,
      'subject-path': FX('artifacts/app-linux'),
      'bundle-path': FX('bundles/multi-subject.sigstore.json'),
    });
    expect(r.code).toBe(1);
    const error = grouped(r.stdout).filter((l) => /^error \[POLICY_INVALID\]/.test(l.line));
    expect(error.map((l) => l.group)).toEqual([undefined]);
  });
});

describe('the step summary with a thousand artifacts', () => {
  it('1023 failing digests and 1 passing file: every failure named, first, under the cap', async () => {
    const digests = Array.from(
      { length: 1023 },
      (_, i) => `sha256:${createHash('sha256').update(`not attested ${i}`).digest('hex')}`,
    );
    const r = await runAction({
      ...TRUST,
      repo: 'acme/app',
      'subject-path': FX('artifacts/app-1.2.3.tgz'),
      'subject-digest': digests.join('\n'),
      'bundle-path': FX('bundles/in-repo-tag.sigstore.json'),
    });
    expect(r.code, r.stderr).toBe(1);
    assertValidResult(JSON.parse(readFileSync(r.outputs['result-path'] ?? '', 'utf8')));
    expect(Buffer.byteLength(r.summary)).toBeLessThanOrEqual(MAX_BYTES);
    expect(r.summary).toMatch(/^## ❌ verify-provenance: not verified: 1\/1024 verified/);
    expect(r.summary).toContain('### ❌ Not verified (1023)');
    const passingAt = r.summary.indexOf('<summary>✅ Verified (1)</summary>');
    expect(passingAt).toBeGreaterThan(0);
    for (const d of digests) {
      const at = r.summary.indexOf(d.replace(':', '\\:'));
      expect(at, d).toBeGreaterThan(0);
      expect(at, d).toBeLessThan(passingAt);
    }
    expect(r.summary).toMatch(/more failing artifact\(s\)\*\*, without details/);
    // In the log: 1023 failures outside any group, the one pass folded.
    const lines = grouped(r.stdout);
    const fails = lines.filter((l) => /^FAIL sha256:/.test(l.line));
    expect(fails).toHaveLength(1023);
    expect(fails.every((l) => l.group === undefined)).toBe(true);
    expect(lines.filter((l) => /^PASS /.test(l.line)).map((l) => l.group)).toEqual([
      'Verified (1 of 1024)',
    ]);
  });
});

describe('the deps step summary with thousands of packages', () => {
  it('2500 packages without provenance, 500 from the workspace: every failure named first, under the cap', async () => {
    const registry = await new DepsRegistry(undefined).start();
    try {
      const dir = mkdtempSync(join(tmpdir(), 'vp-deps-scale-'));
      const packages: Record<string, unknown> = { '': { name: 'big', version: '1.0.0' } };
      const failing: string[] = [];
      for (let i = 0; i < 2500; i++) {
        const name = `unattested-package-${String(i).padStart(5, '0')}`;
        const integrity = npmIntegrity(name, '1.0.0');
        registry.addNpm(name, {
          version: '1.0.0',
          published: '2026-01-01T00:00:00.000Z',
          integrity,
        });
        packages[`node_modules/${name}`] = {
          version: '1.0.0',
          resolved: `${registry.registry}/${name}/-/${name}-1.0.0.tgz`,
          integrity,
        };
        failing.push(`${name}@1.0.0`);
      }
      for (let i = 0; i < 500; i++)
        packages[`node_modules/local-${i}`] = { resolved: `packages/local-${i}`, link: true };
      const lockfile = join(dir, 'package-lock.json');
      writeFileSync(
        lockfile,
        JSON.stringify({ name: 'big', lockfileVersion: 3, packages }, null, 2),
      );
      const policy = join(dir, 'policy.yml');
      writeFileSync(policy, 'version: 1\ndefaults:\n  require: provenance\n  missing: fail\n');
      const r = await runAction({
        ...TRUST,
        lockfile,
        policy,
        registry: registry.registry,
        'cache-dir': join(dir, 'cache'),
      });
      expect(r.code, r.stdout.slice(-2000)).toBe(1);
      assertValidResult(JSON.parse(readFileSync(r.outputs['result-path'] ?? '', 'utf8')));
      expect(Buffer.byteLength(r.summary)).toBeLessThanOrEqual(MAX_BYTES);
      expect(r.summary).toContain('### Failures (2500)');
      // More than fits in detail: the rest are named one line each, with their lockfile line.
      expect(r.summary).toMatch(/\*\*\d+ more failed package\(s\)\*\*, without details/);
      expect(r.summary).toMatch(
        /^- unattested-package-02499@1\.0\.0 \(<code>\S*package-lock\.json\\:\d+<\/code>\): \S/m,
      );
      const listedAt = r.summary.indexOf('<summary>Not from a registry (');
      expect(listedAt).toBeGreaterThan(0);
      for (const name of failing) {
        const at = r.summary.indexOf(name);
        expect(at, name).toBeGreaterThan(0);
        expect(at, name).toBeLessThan(listedAt);
      }
    } finally {
      await registry.close();
    }
  }, 120_000);
});

describe('the JSON result path', () => {
  it('is an output of action.yml, documented with actions/upload-artifact, linked from the README', () => {
    const action = parseYaml(readFileSync(join(REPO, 'action.yml'), 'utf8')) as {
      outputs: Record<string, { description: string }>;
    };
    expect(action.outputs['result-path']?.description).toMatch(/JSON result/);
    const doc = readFileSync(join(REPO, 'docs', 'action.md'), 'utf8');
    const snippet = /```yaml\n([\s\S]*?)```/.exec(
      doc.slice(doc.indexOf('upload-artifact') - 2000),
    )?.[1];
    const workflow = parseYaml(snippet ?? '') as {
      steps?: { id?: string; uses?: string; if?: string; with?: Record<string, string> }[];
    };
    const steps = workflow.steps ?? [];
    const verify = steps.find((s) => s.uses?.includes('verify-provenance'));
    const upload = steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(verify?.id).toBeDefined();
    expect(upload?.if).toMatch(/^always\(\)/);
    expect(upload?.with?.path).toBe(`\${{ steps.${verify?.id ?? ''}.outputs.result-path }}`);
    const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## GitHub Action'));
    expect(section).toContain('(docs/action.md)');
    expect(section).toContain('(docs/result.md)');
  });
});

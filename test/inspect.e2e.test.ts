// `inspect` through the built CLI: a labelled view of what bundles claim (never verified), several
// files at once, ISO dates, and the policy flags that would accept the claimed identity.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support/verify-helpers.js';

const CLI = join(REPO_ROOT, 'dist', 'cli', 'index.js');
const FX = (rel: string): string => join(REPO_ROOT, 'fixtures', rel);
const TAG = FX('bundles/in-repo-tag.sigstore.json');
const DEMO = FX('demo/hello-1.0.0.tar.gz.sigstore.json');
const run = (...args: string[]): string =>
  execFileSync(process.execPath, [CLI, 'inspect', ...args], { encoding: 'utf8' });

describe('inspect (built CLI)', () => {
  it('labels every claimed field, with ISO dates, and says UNVERIFIED', () => {
    const out = run(TAG);
    expect(out).toContain('UNVERIFIED');
    expect(out).toMatch(
      /signer workflow: +https:\/\/github\.com\/acme\/app\/\.github\/workflows\/release\.yml@refs\/tags\/v1\.2\.3/,
    );
    expect(out).toMatch(/source repository: +acme\/app/);
    expect(out).toMatch(
      /log entry: +\d+ \(intoto\/0\.0\.2\), integrated \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000Z/,
    );
    expect(out).toMatch(/valid: +\d{4}-\d\d-\d\dT.* \.\. \d{4}-/);
  });

  it('prints the policy flags that would accept it, marked as not trusted', () => {
    const out = run(TAG);
    expect(out).toContain('not trusted');
    expect(out).toContain('--repo acme/app --repo-id 111 --owner-id 222 --source-tag v1.2.3');
  });

  it('takes several files; JSON carries every attestation with its suggested policy', () => {
    expect(run(TAG, DEMO).match(/UNVERIFIED/g)).toHaveLength(2);
    const json = JSON.parse(run(TAG, DEMO, '--format', 'json')) as {
      verified: boolean;
      attestations: { origin: string; suggestedPolicy: string[] }[];
    };
    expect(json.verified).toBe(false);
    expect(json.attestations.map((a) => a.origin)).toEqual([TAG, DEMO]);
    expect(json.attestations[1]?.suggestedPolicy).toContain('--repo acme/hello');
  });

  it('the suggested flags, given back to verify, accept the bundle they came from', () => {
    const json = JSON.parse(run(DEMO, '--format', 'json')) as {
      attestations: { suggestedPolicy: string[] }[];
    };
    const flags = (json.attestations[0]?.suggestedPolicy ?? []).flatMap((f) => f.split(' '));
    const out = execFileSync(
      process.execPath,
      [
        CLI,
        'verify',
        FX('demo/hello-1.0.0.tar.gz'),
        '--bundle',
        DEMO,
        '--trusted-root',
        FX('trusted_root.json'),
        ...flags,
      ],
      { encoding: 'utf8' },
    );
    expect(out).toContain('VERIFIED');
  });
});

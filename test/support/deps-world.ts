// The packages behind fixtures/lockfiles, served by a local registry and index with minted
// attestations: who built what, which versions came earlier and with how much trust.
import { DepsRegistry, npmIntegrity, pypiSha256, releaseClaims } from './deps-registry.js';
import type { TestInstance } from './mint.js';

export const POLICY = `version: 1
defaults:
  require: provenance
  missing: fail
  no-downgrade: true
packages:
  sigstore: { repo: sigstore/sigstore-js }
  "@sigstore/*": { owner: sigstore, signer-workflow: sigstore/sigstore-js/.github/workflows/release.yml }
  "pypi:requests": { repo: psf/requests }
exceptions:
  - package: left-pad@1.3.0
    reason: upstream publishes no provenance
    until: 2999-12-31
  - package: pypi:six
    reason: six is frozen; no release will carry provenance
`;

/** Who builds each package with provenance. */
export const BUILDERS: Record<string, string> = {
  sigstore: 'sigstore/sigstore-js',
  '@sigstore/core': 'sigstore/sigstore-js',
  'string-width': 'sindresorhus/string-width',
  ms: 'vercel/ms',
  'pypi:requests': 'psf/requests',
  'pypi:sampleproject': 'pypa/sampleproject',
};

const day = (n: number): string => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString();

/** npm: NAME → [[version, published day, provenance?, trusted publisher?]], oldest first. */
const NPM: Record<string, [string, number, boolean, boolean?][]> = {
  sigstore: [
    ['2.3.1', 10, true],
    ['3.0.0', 200, true, true],
  ],
  '@sigstore/core': [
    ['1.1.0', 20, true],
    ['2.0.0', 210, true],
  ],
  'string-width': [['4.2.3', 30, true]],
  ms: [
    ['2.1.2', 40, false],
    ['2.1.3', 220, true],
  ],
  'left-pad': [
    ['1.2.0', 5, false],
    ['1.3.0', 50, false],
  ],
};

/** PyPI: project → [[version, day, files, provenance?]]. */
const PYPI: Record<string, [string, number, string[], boolean][]> = {
  requests: [
    ['2.32.2', 100, ['requests-2.32.2-py3-none-any.whl'], true],
    ['2.32.3', 230, ['requests-2.32.3-py3-none-any.whl', 'requests-2.32.3.tar.gz'], true],
  ],
  sampleproject: [
    ['4.0.0', 240, ['sampleproject-4.0.0-py3-none-any.whl', 'sampleproject-4.0.0.tar.gz'], true],
  ],
  six: [['1.16.0', 60, ['six-1.16.0-py2.py3-none-any.whl', 'six-1.16.0.tar.gz'], false]],
};

/**
 * A registry and index with every package the lockfile fixtures name. Only the versions the
 * fixtures lock carry minted attestations; earlier versions only claim provenance in their
 * metadata (no-downgrade reads metadata for them, as pnpm does).
 */
export async function fixtureWorld(instance: TestInstance): Promise<DepsRegistry> {
  const registry = await new DepsRegistry(instance).start();
  const latest = (list: unknown[], i: number): boolean => i === list.length - 1;
  for (const [name, versions] of Object.entries(NPM))
    for (const [i, [version, published, provenance, trustedPublisher]] of versions.entries()) {
      const integrity = npmIntegrity(name, version);
      const minted =
        provenance && latest(versions, i)
          ? await registry.mintNpm(name, version, integrity, releaseClaims(BUILDERS[name] ?? ''))
          : undefined;
      registry.addNpm(name, {
        version,
        published: day(published),
        integrity,
        ...(minted === undefined ? {} : { attestations: minted }),
        ...(provenance && minted === undefined ? { claimsProvenance: true } : {}),
        ...(trustedPublisher === true ? { trustedPublisher: true } : {}),
      });
    }
  for (const [project, versions] of Object.entries(PYPI))
    for (const [i, [version, published, files, provenance]] of versions.entries())
      for (const filename of files) {
        const sha256 = pypiSha256(filename);
        const minted =
          provenance && latest(versions, i)
            ? await registry.mintPypi(
                filename,
                sha256,
                releaseClaims(BUILDERS[`pypi:${project}`] ?? ''),
              )
            : provenance
              ? { placeholder: true }
              : undefined;
        registry.addPypi(project, {
          filename,
          version,
          sha256,
          uploaded: day(published),
          ...(minted === undefined ? {} : { provenance: minted }),
        });
      }
  return registry;
}

import seeds from '@sigstore/tuf/seeds.json' with { type: 'json' };
import { loadTrustedRoot, type LoadedRoot } from '../../core/crypto/trust.js';
import { parseStrictJson, type JsonValue } from '../../core/json/strict-json.js';
import githubTrustedRoot from './github-trusted-root.json' with { type: 'json' };
import githubTufRoot from './github-tuf-root.json' with { type: 'json' };

export const PUBLIC_GOOD_MIRROR = 'https://tuf-repo-cdn.sigstore.dev';
export const GITHUB_TUF_MIRROR = 'https://tuf-repo.github.com';

/**
 * When each embedded trusted root was taken (README.md here names the sources). A test holds
 * the public-good date to the @sigstore/tuf version it comes with, so a bump must update it.
 */
export const EMBEDDED_SNAPSHOTS = {
  publicGood: {
    label: 'embedded public-good root (@sigstore/tuf 5.0.1 seeds)',
    /** The publication date of @sigstore/tuf 5.0.1, whose seed this is. */
    taken: new Date('2026-11-05T00:00:00Z'),
    tufVersion: '5.0.1',
  },
  github: {
    label: 'embedded GitHub root (gh attestation trusted-root, July 2026)',
    /** July 2026, as recorded with the file; its newest key starts 2026-06-12. */
    taken: new Date('2026-07-01T00:00:00Z'),
  },
} as const;

/** The public-good trusted root shipped inside @sigstore/tuf (no network). */
export function embeddedPublicGoodRoot(): LoadedRoot {
  const target = seeds[PUBLIC_GOOD_MIRROR].targets['trusted_root.json'];
  const json = parseStrictJson(Buffer.from(target, 'base64').toString('utf8'));
  const { label, taken } = EMBEDDED_SNAPSHOTS.publicGood;
  return { ...loadTrustedRoot(json, label), snapshotTaken: taken };
}

/**
 * GitHub's own Sigstore instance (private repositories: Fulcio and TSA, no transparency log),
 * a snapshot: it verifies attestations signed while its keys are valid.
 */
export function embeddedGithubRoot(): LoadedRoot {
  const { label, taken } = EMBEDDED_SNAPSHOTS.github;
  return {
    ...loadTrustedRoot(githubTrustedRoot as JsonValue, label),
    snapshotTaken: taken,
    githubInstance: true,
  };
}

/** The bootstrap TUF root of https://tuf-repo.github.com (the one `gh` embeds), as bytes. */
export function embeddedGithubTufRoot(): string {
  return `${JSON.stringify(githubTufRoot, null, 2)}\n`;
}

/**
 * The npm registry's signing keys as the public-good TUF repository publishes them
 * (`registry.npmjs.org/keys.json`, shipped in @sigstore/tuf's seeds, read by
 * `npm audit signatures`): for a saved npm attestations response checked offline.
 */
export function embeddedNpmRegistryKeys(): JsonValue {
  const target = seeds[PUBLIC_GOOD_MIRROR].targets['registry.npmjs.org%2Fkeys.json'];
  return parseStrictJson(Buffer.from(target, 'base64').toString('utf8'));
}

import { parseBundle } from '../core/bundle/parse-bundle.js';
import type { LoadedRoot } from '../core/crypto/trust.js';
import { npmEntry, type AttestationCandidate } from '../core/input/read-attestations.js';
import { packageFromPurl } from '../core/npm/package.js';
import { verifyPublishAttestation, type RegistryKey } from '../core/npm/publish.js';
import { fail, type ArtifactResult, type AttestationResult, type Check } from '../core/result.js';
import { parseStatement } from '../core/statement/statement.js';
import { combineVerdicts } from '../core/verify.js';

/** The entries of saved npm attestations responses, by response: its provenance and publish bundles. */
export type NpmUnits = ReadonlyMap<string, { readonly publish: readonly AttestationCandidate[] }>;

/**
 * A saved npm attestations response is one unit, as the `npm` command treats the registry's
 * answer: its provenance counts only when its publish attestation verifies too. Candidates are
 * offered as they are read: publish entries are taken out (they are not provenance) and kept by
 * response; the provenance entries of a response are remembered by their position.
 */
export class NpmUnitCollector {
  private readonly units = new Map<string, { publish: AttestationCandidate[] }>();
  private readonly provenance = new Map<number, AttestationCandidate>();

  /** True when the candidate is a publish entry (kept here, not verified as provenance). */
  takesPublish(c: AttestationCandidate): boolean {
    const npm = npmEntry(c);
    if (npm === undefined) return false;
    const unit = this.units.get(npm.response) ?? { publish: [] };
    this.units.set(npm.response, unit);
    if (!npm.publish) return false;
    unit.publish.push(c);
    return true;
  }

  /** Remember a provenance entry of a response by the position it was verified at. */
  provenanceAt(source: number, c: AttestationCandidate): void {
    if (npmEntry(c) !== undefined) this.provenance.set(source, c);
  }

  isEmpty(): boolean {
    return this.units.size === 0;
  }

  /** {@link applyNpmUnits} for one artifact whose attestations came from these positions. */
  apply(
    artifact: ArtifactResult,
    sources: readonly number[],
    keys: readonly RegistryKey[],
    roots: readonly LoadedRoot[],
  ): ArtifactResult {
    if (this.units.size === 0) return artifact;
    const candidates = sources.map((s) => this.provenance.get(s));
    return applyNpmUnits(artifact, candidates, this.units, keys, roots);
  }
}

/**
 * Hold each verified provenance from an npm response to its response's publish attestation:
 * signed by a registry key valid when it signed, over this tarball's sha512, naming the package
 * the provenance names. When it does not verify, the provenance fails with the reason.
 */
export function applyNpmUnits(
  artifact: ArtifactResult,
  candidates: readonly (AttestationCandidate | undefined)[],
  units: NpmUnits,
  keys: readonly RegistryKey[],
  roots: readonly LoadedRoot[],
): ArtifactResult {
  if (units.size === 0) return artifact;
  const extra: AttestationResult[] = [];
  const attestations = artifact.attestations.map((result, i): AttestationResult => {
    const candidate = candidates[i];
    const response = candidate === undefined ? undefined : npmEntry(candidate)?.response;
    const unit = response === undefined ? undefined : units.get(response);
    if (unit === undefined || result.verdict !== 'verified') return result;
    const published = publishResults(artifact, candidate, unit.publish, keys, roots);
    extra.push(...published);
    if (published.some((p) => p.verdict === 'verified')) return result;
    const why = published.flatMap((p) => p.checks).find((c) => c.status === 'fail');
    const check: Check = fail(
      'npm-publish',
      why?.code ?? 'NO_ATTESTATION',
      `the response's publish attestation does not verify: ${why?.message ?? 'none'}`,
      {
        hint: 'a saved npm attestations response is one unit: the registry signs the publish of these exact bytes',
      },
    );
    return { ...result, verdict: 'failed', checks: [...result.checks, check] };
  });
  const all = [...attestations, ...extra];
  return {
    ...artifact,
    attestations: all,
    verdict: combineVerdicts(attestations.map((a) => a.verdict)),
  };
}

function publishResults(
  artifact: ArtifactResult,
  provenance: AttestationCandidate | undefined,
  publish: readonly AttestationCandidate[],
  keys: readonly RegistryKey[],
  roots: readonly LoadedRoot[],
): AttestationResult[] {
  const origin = provenance?.origin ?? artifact.name;
  const sha512 = artifact.digests.sha512;
  const purl = provenance === undefined ? undefined : subjectName(provenance, sha512);
  const pkg = purl === undefined ? undefined : packageFromPurl(purl);
  const refuse = (code: 'SUBJECT' | 'NO_ATTESTATION', message: string): AttestationResult[] => [
    { origin, verdict: 'failed', checks: [fail('publish-signature', code, message)], warnings: [] },
  ];
  if (sha512 === undefined)
    return refuse(
      'SUBJECT',
      "the publish attestation binds the tarball's sha512: give the tarball or sha512:HEX",
    );
  if (pkg === undefined)
    return refuse(
      'SUBJECT',
      'the provenance names no pkg:npm/NAME@VERSION subject for this tarball',
    );
  if (publish.length === 0)
    return refuse('NO_ATTESTATION', 'the response holds no publish attestation for this version');
  return publish.flatMap((p) =>
    p.kind === 'bundle'
      ? [verifyPublishAttestation(p.origin, p.json, pkg, sha512, keys, roots)]
      : refuse('NO_ATTESTATION', `${p.origin}: the publish entry is not a bundle`),
  );
}

/** The name of the provenance subject whose sha512 is the tarball's (it verified, so it parses). */
function subjectName(
  candidate: AttestationCandidate,
  sha512: string | undefined,
): string | undefined {
  if (candidate.kind !== 'bundle') return undefined;
  try {
    const dsse = parseBundle(candidate.json).dsse;
    if (dsse === undefined) return undefined;
    const subject = parseStatement(dsse.payload).subjects.find(
      (s) => s.digest.sha512?.toLowerCase() === sha512,
    );
    return subject?.name;
  } catch {
    return undefined;
  }
}

import { isJsonObject, type JsonValue } from '../json/strict-json.js';
import type { IndexFile, TrustBar } from './decide.js';
import { hashesFromSri, normalizePypiName, type LockHash } from './entries.js';
import { levelRank, type TrustLevel } from './policy-file.js';

/** What a registry says of one version: when it was published, its digests, its trust claims. */
export type VersionFacts = {
  readonly version: string;
  readonly published: string | undefined;
  /** What the registry's metadata claims (never verified for earlier versions, as pnpm reads it). */
  readonly claimed: TrustLevel;
  readonly hashes: readonly LockHash[];
  readonly hasAttestations: boolean;
  readonly trustedPublisher: boolean;
};

/**
 * A full npm packument → per-version facts: `dist.integrity` and `dist.shasum`, `time[version]`,
 * `dist.attestations.provenance` (provenance) and `_npmUser.trustedPublisher` (trusted
 * publishing). Only these are kept, so a large packument is not held.
 */
export function npmVersionFacts(packument: JsonValue): Map<string, VersionFacts> {
  const out = new Map<string, VersionFacts>();
  if (!isJsonObject(packument) || !isJsonObject(packument.versions)) return out;
  const time = isJsonObject(packument.time) ? packument.time : {};
  for (const [version, doc] of Object.entries(packument.versions)) {
    if (!isJsonObject(doc)) continue;
    const dist = isJsonObject(doc.dist) ? doc.dist : {};
    const attestations = isJsonObject(dist.attestations) ? dist.attestations : undefined;
    const user = isJsonObject(doc._npmUser) ? doc._npmUser : {};
    const trustedPublisher = isJsonObject(user.trustedPublisher);
    const provenance = attestations !== undefined && isJsonObject(attestations.provenance);
    const sri = typeof dist.integrity === 'string' ? hashesFromSri(dist.integrity) : [];
    const hashes = typeof sri === 'string' ? [] : [...sri];
    if (
      typeof dist.shasum === 'string' &&
      /^[0-9a-f]{40}$/.test(dist.shasum) &&
      !hashes.some((h) => h.algorithm === 'sha1')
    )
      hashes.push({ algorithm: 'sha1', hex: dist.shasum });
    const published = time[version];
    out.set(version, {
      version,
      published: typeof published === 'string' ? published : undefined,
      claimed: trustedPublisher ? 'trusted-publisher' : provenance ? 'provenance' : 'none',
      hashes,
      hasAttestations: attestations !== undefined,
      trustedPublisher,
    });
  }
  return out;
}

/**
 * A PEP 691 project page (`/simple/NAME/`, JSON) → its files (sha256, version, upload time, the
 * PEP 740 provenance URL) and per-version facts: a version's time is its first upload, and it
 * claims a trusted publisher when one of its files has provenance (PEP 740 attestations come
 * only from Trusted Publishing).
 */
export function pypiProjectFacts(
  page: JsonValue,
  name: string,
): { files: IndexFile[]; versions: Map<string, VersionFacts> } {
  const files: IndexFile[] = [];
  const list = isJsonObject(page) && Array.isArray(page.files) ? page.files : [];
  const known =
    isJsonObject(page) && Array.isArray(page.versions)
      ? page.versions.filter((v) => typeof v === 'string')
      : [];
  for (const f of list) {
    if (!isJsonObject(f) || typeof f.filename !== 'string') continue;
    const hashes = isJsonObject(f.hashes) ? f.hashes : {};
    const sha256 =
      typeof hashes.sha256 === 'string' && /^[0-9a-f]{64}$/.test(hashes.sha256)
        ? hashes.sha256
        : undefined;
    if (sha256 === undefined) continue;
    files.push({
      filename: f.filename,
      sha256,
      version: versionOfFile(f.filename, name, known),
      uploaded: typeof f['upload-time'] === 'string' ? f['upload-time'] : undefined,
      provenance: typeof f.provenance === 'string' ? f.provenance : undefined,
    });
  }
  const versions = new Map<string, VersionFacts>();
  for (const file of files) {
    if (file.version === undefined) continue;
    const prev = versions.get(file.version);
    const published = [prev?.published, file.uploaded]
      .filter((t): t is string => t !== undefined && timeOf(t) !== undefined)
      .sort((a, b) => (timeOf(a) ?? 0) - (timeOf(b) ?? 0))[0];
    const attested = (prev?.hasAttestations ?? false) || file.provenance !== undefined;
    versions.set(file.version, {
      version: file.version,
      published,
      claimed: attested ? 'trusted-publisher' : 'none',
      hashes: [
        ...(prev?.hashes ?? []),
        { algorithm: 'sha256', hex: file.sha256, file: file.filename },
      ],
      hasAttestations: attested,
      trustedPublisher: attested,
    });
  }
  return { files, versions };
}

/**
 * The version in a distribution's file name: a wheel's second field
 * (`name-1.0-py3-none-any.whl`), an sdist's part after the name (`name-1.0.tar.gz`), checked
 * against the project's listed versions when it lists them.
 */
export function versionOfFile(
  filename: string,
  name: string,
  known: readonly string[],
): string | undefined {
  let version: string | undefined;
  if (filename.endsWith('.whl')) version = filename.split('-')[1];
  else {
    const stem = filename.replace(/\.(tar\.gz|tar\.bz2|tar\.xz|zip|tgz|egg)$/, '');
    const prefix = stem.slice(0, name.length + 1);
    if (normalizePypiName(prefix.slice(0, -1)) === normalizePypiName(name) && /[-_]$/.test(prefix))
      version = stem.slice(name.length + 1);
    else version = stem.slice(stem.lastIndexOf('-') + 1);
  }
  if (version === undefined || version === '') return undefined;
  if (known.length === 0) return version;
  return known.find((k) => k.toLowerCase() === version.toLowerCase()) ?? undefined;
}

/**
 * The no-downgrade bar: the most trust any version published before this one claimed, and the
 * latest such version (ordered by publication time, not by version number, as pnpm does).
 */
export function trustBar(
  versions: ReadonlyMap<string, VersionFacts>,
  version: string,
): TrustBar | undefined {
  const self = timeOf(versions.get(version)?.published);
  if (self === undefined) return undefined;
  let bar: VersionFacts | undefined;
  for (const v of versions.values()) {
    const at = timeOf(v.published);
    if (at === undefined || at >= self || v.claimed === 'none') continue;
    if (
      bar === undefined ||
      levelRank(v.claimed) > levelRank(bar.claimed) ||
      (v.claimed === bar.claimed && at > (timeOf(bar.published) ?? 0))
    )
      bar = v;
  }
  return bar === undefined
    ? undefined
    : { level: bar.claimed, version: bar.version, published: bar.published };
}

function timeOf(iso: string | undefined): number | undefined {
  const t = iso === undefined ? NaN : Date.parse(iso);
  return Number.isNaN(t) ? undefined : t;
}

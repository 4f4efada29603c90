// Every parser of untrusted input, as a fuzz target: each input must end in a typed rejection
// (VerifyError) or a clean parse; anything else thrown is a crash. A sample of parsed inputs is
// verified end to end, where only an unchanged seed may verify.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBundle } from '../src/core/bundle/parse-bundle.js';
import { parseLegacyEnvelope } from '../src/core/bundle/legacy-dsse.js';
import { loadTrustedRoot, type LoadedRoot } from '../src/core/crypto/trust.js';
import { VerifyError } from '../src/core/errors.js';
import { readCertificateIdentity } from '../src/core/identity/certificate-identity.js';
import { readAttestations } from '../src/core/input/read-attestations.js';
import { parseStrictJson } from '../src/core/json/strict-json.js';
import { parsePolicy } from '../src/core/policy/parse-policy.js';
import { readProvenance } from '../src/core/provenance/claims.js';
import { SLSA_PROVENANCE_TYPES } from '../src/core/provenance/build-types.js';
import { parseStatement } from '../src/core/statement/statement.js';
import { verifyArtifacts } from '../src/core/verify.js';
import { parseLeafCertificate } from '../src/core/x509/leaf.js';
import { checkCertificate, randomCertificate } from './cert-structure.js';
import type { Rng } from './mutate.js';

export type Outcome = 'rejected' | 'parsed' | 'verified';

export type Target = {
  readonly name: string;
  readonly seeds: readonly Buffer[];
  /** Seeds that are JSON documents, for structural mutation. */
  readonly docs: readonly unknown[];
  run(input: Buffer, deep: boolean): Outcome;
  /** Inputs made from scratch rather than mutated from seeds. */
  generate?(r: Rng): Buffer;
};

const ROOT = join(import.meta.dirname, '..');
const FIXTURES = join(ROOT, 'fixtures');
const CORPUS = join(ROOT, '..', 'shared', 'corpus');

function files(dir: string, match: RegExp, limit = 200): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (out.length >= limit) return;
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (match.test(e.name)) out.push(p);
    }
  };
  walk(dir);
  return out;
}

function jsonDocs(seeds: readonly Buffer[]): unknown[] {
  return seeds.flatMap((s) => {
    try {
      return [JSON.parse(s.toString('utf8')) as unknown];
    } catch {
      return [];
    }
  });
}

/**
 * JSON with sorted keys, and without null or empty values (proto3 JSON for "absent"): the same
 * document whatever its whitespace, key order or spelling of absence.
 */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v !== null && typeof v === 'object')
    return `{${Object.keys(v)
      .sort()
      .filter((k) => !isEmpty((v as Record<string, unknown>)[k]))
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(v);
}

function isEmpty(v: unknown): boolean {
  if (v === null || v === undefined) return true;
  if (Array.isArray(v)) return v.length === 0;
  return typeof v === 'object' && Object.values(v).every(isEmpty);
}

/** A seed bundle, and the same bundle without its TSA tokens, its SETs, or both. */
function withoutRedundant(json: unknown): unknown[] {
  const strip = (tsa: boolean, set: boolean): unknown => {
    const b = structuredClone(json) as { verificationMaterial?: Record<string, unknown> };
    const m = b.verificationMaterial;
    if (m === undefined) return b;
    if (tsa) delete m.timestampVerificationData;
    if (set && Array.isArray(m.tlogEntries))
      for (const e of m.tlogEntries as Record<string, unknown>[]) delete e.inclusionPromise;
    return b;
  };
  return [json, strip(true, false), strip(false, true), strip(true, true)];
}

/** Typed rejection or parse; a VerifyError is the only acceptable exception. */
function guarded(fn: () => Outcome): Outcome {
  try {
    return fn();
  } catch (err) {
    if (err instanceof VerifyError) return 'rejected';
    throw err;
  }
}

export function loadTargets(): Target[] {
  const fixtureRoot = loadTrustedRoot(
    parseStrictJson(readFileSync(join(FIXTURES, 'trusted_root.json'), 'utf8')),
    'fixture',
  );
  const roots: LoadedRoot[] = [fixtureRoot];
  const policy = parsePolicy({
    repo: 'acme/app',
    allowSelfHostedRunners: true,
    predicateType: 'any',
  });
  const app = readFileSync(join(FIXTURES, 'artifacts', 'app-1.2.3.tgz'));
  const artifact = {
    name: 'app',
    digests: {
      sha256: createHash('sha256').update(app).digest('hex'),
      sha512: createHash('sha512').update(app).digest('hex'),
    },
  };

  const bundleSeeds = [
    ...files(join(FIXTURES, 'bundles'), /\.(json|jsonl)$/),
    join(FIXTURES, 'demo', 'hello-1.0.0.tar.gz.sigstore.json'),
    ...files(CORPUS, /\.(sigstore\.json|intoto\.jsonl|json)$/, 120).filter(
      (f) => !f.endsWith('case.json') && !f.endsWith('trusted_root.json'),
    ),
  ].map((f) => readFileSync(f));
  // The bundles the seeds carry, canonicalised: a verified input must carry one of these
  // unchanged (whitespace, key order and wrapper metadata outside the bundle may differ).
  // Redundant evidence may be missing (the log SET, or the TSA token, when the other proves
  // the time): the mutation test lists these removals. Each seed counts with and without them.
  const seedBundles = new Set(
    bundleSeeds.flatMap((b) => {
      try {
        return readAttestations('seed', b).flatMap((c) =>
          c.kind === 'bundle' ? withoutRedundant(c.json).map(canonical) : [],
        );
      } catch {
        return [];
      }
    }),
  );

  /** The whole read path of an attestation file, and sometimes the whole verification. */
  const bundle: Target = {
    name: 'attestations (bundle / JSON Lines / API response / legacy envelope / DER)',
    seeds: bundleSeeds,
    docs: jsonDocs(bundleSeeds),
    run: (input, deep) =>
      guarded(() => {
        const candidates = readAttestations('fuzz', input);
        let parsed = 0;
        for (const c of candidates) {
          if (c.kind === 'invalid') continue;
          const ok = guarded(() => {
            if (c.kind === 'legacy-dsse') {
              parseLegacyEnvelope(c.json);
              return 'parsed';
            }
            const b = parseBundle(c.json);
            if (b.leaf !== undefined) readCertificateIdentity(b.leaf);
            if (b.dsse !== undefined) {
              const s = parseStatement(b.dsse.payload);
              if (SLSA_PROVENANCE_TYPES.includes(s.predicateType)) readProvenance(s);
            }
            return 'parsed';
          });
          if (ok === 'parsed') parsed++;
        }
        if (parsed === 0) return 'rejected';
        if (!deep) return 'parsed';
        const [result] = verifyArtifacts({
          policy,
          roots,
          artifacts: [artifact],
          attestations: candidates,
        });
        if (result?.verdict !== 'verified') return 'parsed';
        // Verified: acceptable only when every verified attestation is a seed's bundle, unchanged.
        const changed = result.attestations.some((a, i) => {
          const c = candidates[i];
          return (
            a.verdict === 'verified' &&
            (c?.kind !== 'bundle' || !seedBundles.has(canonical(c.json)))
          );
        });
        return changed ? 'verified' : 'parsed';
      }),
  };

  const statementSeeds = bundleSeeds.flatMap((b) => {
    try {
      const doc = JSON.parse(b.toString('utf8')) as { dsseEnvelope?: { payload?: string } };
      const p = doc.dsseEnvelope?.payload;
      return p === undefined ? [] : [Buffer.from(p, 'base64')];
    } catch {
      return [];
    }
  });
  const statement: Target = {
    name: 'statements and predicates',
    seeds: statementSeeds,
    docs: jsonDocs(statementSeeds),
    run: (input) =>
      guarded(() => {
        const s = parseStatement(input);
        if (SLSA_PROVENANCE_TYPES.includes(s.predicateType)) readProvenance(s);
        return 'parsed';
      }),
  };

  const rootSeeds = [
    join(FIXTURES, 'trusted_root.json'),
    ...files(CORPUS, /^trusted_root\.json$/, 20),
  ].map((f) => readFileSync(f));
  const trustedRoot: Target = {
    name: 'trusted roots',
    seeds: rootSeeds,
    docs: jsonDocs(rootSeeds),
    run: (input) =>
      guarded(() => {
        loadTrustedRoot(parseStrictJson(input.toString('utf8')), 'fuzz');
        return 'parsed';
      }),
  };

  const certSeeds = bundleSeeds.flatMap((b) => {
    try {
      const doc = JSON.parse(b.toString('utf8')) as {
        verificationMaterial?: { certificate?: { rawBytes?: string } };
      };
      const raw = doc.verificationMaterial?.certificate?.rawBytes;
      return raw === undefined ? [] : [Buffer.from(raw, 'base64')];
    } catch {
      return [];
    }
  });
  const certificate: Target = {
    name: 'certificates (DER, Fulcio extensions)',
    seeds: certSeeds,
    docs: [],
    run: (input) =>
      guarded(() => {
        // The same strict reader parseBundle uses: any undecodable part is MALFORMED.
        readCertificateIdentity(parseLeafCertificate(Buffer.from(input)));
        return 'parsed';
      }),
  };

  const structure: Target = {
    name: 'certificate structure (minted leaves vs asn1-x509)',
    seeds: [],
    docs: [],
    generate: randomCertificate,
    run: (input) => checkCertificate(input),
  };

  return [bundle, statement, trustedRoot, certificate, structure];
}

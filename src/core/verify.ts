import { isIndeterminate } from './codes.js';
import { parseBundle } from './bundle/parse-bundle.js';
import { parseLegacyEnvelope } from './bundle/legacy-dsse.js';
import { evidenceFields, verifyBundleCrypto } from './crypto/verify-signature.js';
import type { LoadedRoot } from './crypto/trust.js';
import { withoutStackTraces } from './crypto/fast-path.js';
import { VerifyError } from './errors.js';
import {
  readCertificateIdentity,
  type CertificateIdentity,
} from './identity/certificate-identity.js';
import type { AttestationCandidate } from './input/read-attestations.js';
import type { LeafCertificate } from './x509/leaf.js';
import {
  ACCEPTED_ALGORITHMS,
  checkPredicateType,
  checkSubject,
  type ArtifactDigests,
} from './policy/checks/subject.js';
import type { Policy } from './policy/policy.js';
import { runPolicyChecks } from './policy/run-checks.js';
import { effectiveBuilder } from './policy/checks/workflow.js';
import type { CheckContext } from './policy/context.js';
import { readProvenance, type ProvenanceClaims } from './provenance/claims.js';
import { SLSA_PROVENANCE_TYPES } from './provenance/build-types.js';
import {
  fail,
  pass,
  type ArtifactResult,
  type AttestationResult,
  type Check,
  type Verdict,
} from './result.js';
import { parseStatement, type Statement, type StatementSubject } from './statement/statement.js';
import { summarizeIdentity, warningsFor } from './summary.js';

export type ArtifactSubject = { readonly name: string; readonly digests: ArtifactDigests };

export type VerifyRequest = {
  readonly policy: Policy;
  readonly roots: readonly LoadedRoot[];
  readonly artifacts: readonly ArtifactSubject[];
  readonly attestations: readonly AttestationCandidate[];
};

/** What an attestation result reports of the cryptographic evidence (plain strings). */
type Evidence = Pick<AttestationResult, 'trustRoot' | 'signedTimes' | 'logEntries'>;

/**
 * An attestation whose authenticity is settled (or whose failure is known). Plain data only
 * (strings, booleans, numbers, arrays and plain objects, as parsed JSON is): it crosses a
 * worker_threads boundary by structured clone unchanged, so a worker can prepare it.
 */
export type PreparedAttestation = Prepared;
type Prepared =
  | {
      readonly ok: true;
      readonly origin: string;
      readonly evidence: Evidence | undefined;
      readonly cert: CertificateIdentity;
      readonly statement: Statement;
      readonly early: readonly Check[];
    }
  | {
      readonly ok: false;
      readonly origin: string;
      readonly checks: readonly Check[];
      readonly cert?: CertificateIdentity;
      /** Subjects the unverified statement claims (for routing the failure only). */
      readonly claimed?: readonly StatementSubject[];
    };

/**
 * Verify artifacts against attestations. Each attestation is verified end to end on its own; an
 * artifact passes when one attestation satisfies the whole policy; facts are never combined
 * across attestations. Pure: trust roots and inputs are passed in.
 */
export function verifyArtifacts(request: VerifyRequest): ArtifactResult[] {
  const matcher = new AttestationMatcher(request.policy, request.roots, request.artifacts);
  for (const candidate of request.attestations) matcher.add(candidate);
  return matcher.results().map((r) => r.result);
}

/** An artifact's result, with the position (in the order added) of each attestation it lists. */
export type MatchedArtifact = { readonly result: ArtifactResult; readonly sources: number[] };

type Listed = { readonly source: number; readonly result: AttestationResult };

/**
 * Attestations, as they are read, matched to the artifacts their subject digests name through an
 * index (never artifact x attestation): each attestation is verified once, evaluated against the
 * artifacts it names, and only its results are kept. An attestation whose subjects cannot be read
 * is listed under every artifact (its failure is artifact-independent). Up to FALLBACK_SHOWN
 * attestations, every one is listed under every artifact (a mismatch explained where it is);
 * beyond, an artifact lists the attestations that name it, or, when none does, the first few
 * and a count of the rest. Verdicts are the same either way: an attestation that names no
 * digest of the artifact fails its subject check.
 */
export class AttestationMatcher {
  /** `alg:hex` of every accepted digest of every artifact → the artifacts carrying it. */
  private readonly index = new Map<string, number[]>();
  private readonly listed: Listed[][];
  private readonly everywhere: Listed[] = [];
  private readonly sample: { readonly source: number; readonly prepared: Prepared }[] = [];
  private readonly unmatched: string[] = [];
  private unmatchedCount = 0;
  private routedCount = 0;
  private count = 0;

  constructor(
    private readonly policy: Policy,
    private readonly roots: readonly LoadedRoot[],
    private readonly artifacts: readonly ArtifactSubject[],
  ) {
    this.listed = artifacts.map(() => []);
    artifacts.forEach((artifact, i) => {
      for (const alg of ACCEPTED_ALGORITHMS) {
        const hex = artifact.digests[alg];
        if (hex === undefined) continue;
        const key = `${alg}:${hex}`;
        const list = this.index.get(key);
        if (list === undefined) this.index.set(key, [i]);
        else if (list[list.length - 1] !== i) list.push(i);
      }
    });
  }

  /**
   * Verify one attestation and record its result under the artifacts it names. Returns its
   * position (what `sources` of a result refers to).
   */
  add(candidate: AttestationCandidate): number {
    return this.addPrepared(prepareAttestation(candidate, this.roots));
  }

  /**
   * {@link add} for an attestation already prepared (by {@link prepareAttestation} against the
   * same roots, in this process or a worker): the same position, routing and evaluation.
   */
  addPrepared(prepared: PreparedAttestation): number {
    const source = this.count++;
    const subjects = prepared.ok ? prepared.statement.subjects : prepared.claimed;
    if (subjects === undefined) {
      this.everywhere.push({ source, result: evaluate(prepared, undefined, this.policy) });
      return source;
    }
    this.routedCount++;
    if (this.sample.length < FALLBACK_SHOWN) this.sample.push({ source, prepared });
    const named = this.named(subjects);
    if (named.size === 0) {
      this.unmatchedCount++;
      if (this.unmatched.length < UNMATCHED_SHOWN) this.unmatched.push(prepared.origin);
    }
    for (const i of named) {
      const artifact = this.artifacts[i] as ArtifactSubject;
      this.listed[i]?.push({ source, result: evaluate(prepared, artifact, this.policy) });
    }
    return source;
  }

  /** Attestations that name none of the artifacts: a warning line, or none. */
  unmatchedNote(): string | undefined {
    if (this.unmatchedCount === 0 || this.routedCount <= FALLBACK_SHOWN) return undefined;
    const more = this.unmatchedCount - this.unmatched.length;
    return `${this.unmatchedCount} attestation(s) name none of the artifacts given: ${this.unmatched.join(', ')}${more > 0 ? ` (+${more} more)` : ''}`;
  }

  /** One result per artifact, in the order given; attestations in the order added. */
  results(): MatchedArtifact[] {
    const few = this.routedCount <= FALLBACK_SHOWN;
    return this.artifacts.map((artifact, i) => {
      let own = this.listed[i] ?? [];
      if (few) own = this.everyOne(artifact, own);
      else if (own.length === 0) own = this.fallback(artifact);
      const merged = mergeBySource(own, this.everywhere);
      const attestations = merged.map((l) => l.result);
      return {
        result: {
          name: artifact.name,
          digests: artifact.digests,
          verdict: combineVerdicts(attestations.map((a) => a.verdict)),
          attestations,
        },
        sources: merged.map((l) => l.source),
      };
    });
  }

  /** The artifacts any of these subjects names (by one accepted digest; checkSubject decides). */
  private named(subjects: readonly StatementSubject[]): Set<number> {
    const hits = new Set<number>();
    for (const subject of subjects) {
      for (const alg of ACCEPTED_ALGORITHMS) {
        const hex = subject.digest[alg];
        if (hex === undefined) continue;
        for (const i of this.index.get(`${alg}:${hex}`) ?? []) hits.add(i);
      }
    }
    return hits;
  }

  /** A few attestations: every one is shown under every artifact (reusing those evaluated). */
  private everyOne(artifact: ArtifactSubject, own: readonly Listed[]): Listed[] {
    return this.sample.map(
      ({ source, prepared }) =>
        own.find((l) => l.source === source) ?? {
          source,
          result: evaluate(prepared, artifact, this.policy),
        },
    );
  }

  private fallback(artifact: ArtifactSubject): Listed[] {
    const shown: Listed[] = this.sample.map(({ source, prepared }) => ({
      source,
      result: evaluate(prepared, artifact, this.policy),
    }));
    const rest = this.routedCount - this.sample.length;
    if (rest > 0)
      shown.push({
        source: this.count,
        result: {
          origin: `${rest} more attestation(s)`,
          verdict: 'failed',
          checks: [
            fail(
              'subject',
              'SUBJECT',
              `none of the other ${rest} attestation(s) names this artifact's digest`,
              { hint: 'check the artifact and the bundles belong together' },
            ),
          ],
          warnings: [],
        },
      });
    return shown;
  }
}

/** Attestations shown against an artifact no attestation names. */
const FALLBACK_SHOWN = 8;
/** Origins named in the note on attestations that name no artifact. */
const UNMATCHED_SHOWN = 10;

function mergeBySource(a: readonly Listed[], b: readonly Listed[]): Listed[] {
  if (b.length === 0) return [...a];
  const out: Listed[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (y === undefined || (x !== undefined && x.source <= y.source)) {
      out.push(x as Listed);
      i++;
    } else {
      out.push(y);
      j++;
    }
  }
  return out;
}

/** An artifact's verdict from its attestations': one verified is enough; else undecided beats failed. */
export function combineVerdicts(verdicts: readonly Verdict[]): Verdict {
  if (verdicts.includes('verified')) return 'verified';
  if (verdicts.includes('indeterminate')) return 'indeterminate';
  return 'failed';
}

/**
 * The expensive, artifact-independent step of verifying one attestation: parse the bundle,
 * verify its cryptography against the roots, read the certificate identity and the statement.
 */
export function prepareAttestation(
  candidate: AttestationCandidate,
  roots: readonly LoadedRoot[],
): PreparedAttestation {
  return withoutStackTraces(() => prepare(candidate, roots));
}

function prepare(candidate: AttestationCandidate, roots: readonly LoadedRoot[]): Prepared {
  const origin = candidate.origin;
  if (candidate.kind === 'invalid')
    return { ok: false, origin, checks: [errorCheck('bundle', candidate.error)] };
  const checks: Check[] = [];
  let claimedPayload: Buffer | undefined;
  try {
    let leaf: LeafCertificate;
    let payload: Buffer;
    let evidence: Evidence | undefined;
    if (candidate.kind === 'legacy-dsse') {
      const envelope = parseLegacyEnvelope(candidate.json);
      checks.push(pass('bundle', 'legacy DSSE envelope with certificate'));
      checks.push(
        fail(
          'transparency-log',
          'TLOG_LOOKUP_NEEDED',
          'this envelope carries no transparency-log entry or timestamp: its signature time and certificate cannot be proven offline',
          {
            hint: 'look it up in the transparency log: --rekor-url https://rekor.sigstore.dev (the default when online, without --trusted-root or --offline); or ask the builder for a Sigstore bundle (slsa-github-generator >= v2.1.0 writes them)',
          },
        ),
      );
      ({ leaf, payload } = envelope);
    } else {
      const parsed = parseBundle(candidate.json);
      claimedPayload = parsed.dsse?.payload;
      checks.push(pass('bundle', `Sigstore bundle v${parsed.version}`));
      if (parsed.dsse === undefined) {
        throw new VerifyError(
          'BUNDLE_SHAPE',
          'this bundle is a message signature, not an attestation',
          { hint: 'use verify-bundle for plain signatures' },
        );
      }
      const crypto = verifyBundleCrypto(parsed, roots);
      evidence = evidenceFields(crypto);
      checks.push(
        pass(
          'signature',
          `signature, certificate chain, timestamps and log entries verified against ${crypto.rootLabel}`,
        ),
      );
      if (parsed.leaf === undefined)
        throw new VerifyError(
          'KEY_MATERIAL',
          'attestation is key-signed: verify needs a Fulcio certificate',
        );
      leaf = parsed.leaf;
      payload = parsed.dsse.payload;
    }
    let cert: CertificateIdentity;
    try {
      cert = readCertificateIdentity(leaf);
    } catch (err) {
      return {
        ok: false,
        origin,
        checks: [...checks, errorCheck('identity', err)],
        ...claimedSubjects(payload),
      };
    }
    try {
      const statement = parseStatement(payload);
      return {
        ok: true,
        origin,
        evidence,
        cert,
        statement,
        early: checks,
      };
    } catch (err) {
      return { ok: false, origin, cert, checks: [...checks, errorCheck('statement', err)] };
    }
  } catch (err) {
    return {
      ok: false,
      origin,
      checks: [...checks, errorCheck(checks.length === 0 ? 'bundle' : 'signature', err)],
      ...claimedSubjects(claimedPayload),
    };
  }
}

/**
 * The subjects an attestation that failed claims, read only to show the failure under the
 * artifacts it is about; unreadable, it is shown under every artifact.
 */
function claimedSubjects(payload: Buffer | undefined): { claimed?: readonly StatementSubject[] } {
  if (payload === undefined) return {};
  try {
    return { claimed: parseStatement(payload).subjects };
  } catch {
    return {};
  }
}

/** A failed attestation's result is the same whatever the artifact (`undefined` here). */
function evaluate(
  p: Prepared,
  artifact: ArtifactSubject | undefined,
  policy: Policy,
): AttestationResult {
  if (!p.ok || artifact === undefined) {
    if (p.ok) throw new Error('internal: a verified attestation needs an artifact');
    return {
      origin: p.origin,
      verdict: verdictOf(p.checks),
      checks: p.checks,
      ...(p.cert === undefined ? {} : { identity: summarizeIdentity(p.cert) }),
      warnings: [],
    };
  }
  const checks: Check[] = [...p.early];
  checks.push(checkPredicateType(policy, p.statement));
  checks.push(checkSubject(p.statement, artifact.digests, policy.subjectName));
  let claims: ProvenanceClaims | undefined;
  if (SLSA_PROVENANCE_TYPES.includes(p.statement.predicateType)) {
    try {
      claims = readProvenance(p.statement);
    } catch (err) {
      checks.push(errorCheck('provenance', err));
    }
  }
  const ctx: CheckContext = { policy, cert: p.cert, statement: p.statement, claims };
  checks.push(...runPolicyChecks(ctx));
  return {
    origin: p.origin,
    verdict: verdictOf(checks),
    checks,
    identity: summarizeIdentity(p.cert),
    predicateType: p.statement.predicateType,
    ...(claims === undefined ? {} : { buildType: claims.buildType, ...builderFields(ctx) }),
    ...p.evidence,
    warnings: warningsFor(policy, p.cert),
  };
}

/**
 * The verified builder (what --builder-id is matched against: from the certificate, or from a
 * trusted delegator), and the predicate's own claim beside it when they differ.
 */
function builderFields(
  ctx: CheckContext,
): Pick<AttestationResult, 'builderId' | 'claimedBuilderId'> {
  const builder = effectiveBuilder(ctx);
  const builderId = builder.name === '' ? undefined : builder.display;
  const claimed = ctx.claims?.builderId;
  return {
    ...(builderId === undefined ? {} : { builderId }),
    ...(claimed === undefined || claimed === builderId ? {} : { claimedBuilderId: claimed }),
  };
}

function verdictOf(checks: readonly Check[]): Verdict {
  const failed = checks.filter((c) => c.status === 'fail');
  if (failed.length === 0) return 'verified';
  return failed.every((c) => c.code !== undefined && isIndeterminate(c.code))
    ? 'indeterminate'
    : 'failed';
}

/**
 * A failure while reading one attestation is that attestation's rejection, whatever threw: a
 * library meeting hostile bytes it cannot decode must not abort the verdicts of the others.
 */
function errorCheck(id: string, err: unknown): Check {
  if (err instanceof VerifyError) return fail(id, err.code, err.message, { hint: err.hint });
  const what = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return fail(id, 'MALFORMED', `cannot be read (${what})`);
}

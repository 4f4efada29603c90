import { RFC3161Timestamp } from '@sigstore/core';
import { parseLegacyEnvelope } from '../core/bundle/legacy-dsse.js';
import { parseBundle } from '../core/bundle/parse-bundle.js';
import { VerifyError } from '../core/errors.js';
import { readCertificateIdentity } from '../core/identity/certificate-identity.js';
import { readAttestations, type AttestationCandidate } from '../core/input/read-attestations.js';
import { readProvenance } from '../core/provenance/claims.js';
import { parseStatement } from '../core/statement/statement.js';
import { summarizeIdentity } from '../core/summary.js';
import { readInputFile } from '../sources/files.js';
import { printable } from '../render/printable.js';
import { INSPECT_OPTIONS, parse, parseFormat } from './args.js';
import { UsageError } from '../core/errors.js';

type Claimed = Record<string, unknown>;

/** Show what a bundle claims, without judging it. Nothing here is verified. */
export async function runInspect(argv: string[]): Promise<string> {
  const { values, positionals } = parse(argv, INSPECT_OPTIONS);
  const format = parseFormat(values.format);
  const file = positionals[0];
  if (file === undefined || positionals.length !== 1)
    throw new UsageError('inspect takes exactly one bundle file');
  const attestations = readAttestations(file, await readInputFile(file)).map(describe);
  if (format === 'json')
    return `${JSON.stringify({ schemaVersion: 1, command: 'inspect', verified: false, attestations }, null, 2)}\n`;
  const lines = [
    `${file}: ${attestations.length} attestation(s) — UNVERIFIED: shown as claimed, nothing checked`,
  ];
  for (const a of attestations) {
    lines.push('', printable(`[${String(a.origin)}]`));
    for (const [k, v] of Object.entries(a))
      if (k !== 'origin')
        lines.push(printable(`  ${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`));
  }
  return `${lines.join('\n')}\n`;
}

function describe(candidate: AttestationCandidate): Claimed {
  const out: Claimed = { origin: candidate.origin };
  try {
    if (candidate.kind === 'invalid') throw candidate.error;
    let payload: Buffer | undefined;
    if (candidate.kind === 'legacy-dsse') {
      const env = parseLegacyEnvelope(candidate.json);
      out.format = 'legacy DSSE envelope (no transparency-log material)';
      out.identity = summarizeIdentity(readCertificateIdentity(env.leaf));
      payload = env.payload;
    } else {
      const parsed = parseBundle(candidate.json);
      out.format = `Sigstore bundle v${parsed.version} (${parsed.dsse ? 'DSSE' : 'message signature'})`;
      if (parsed.leaf) {
        out.identity = summarizeIdentity(readCertificateIdentity(parsed.leaf));
        out.certificateValidity = `${parsed.leaf.cert.notBefore.toISOString()} .. ${parsed.leaf.cert.notAfter.toISOString()}`;
      }
      const vm = parsed.bundle.verificationMaterial;
      out.logEntries = vm.tlogEntries.map((e) => ({
        logIndex: e.logIndex,
        kind: `${e.kindVersion?.kind ?? '?'}/${e.kindVersion?.version ?? '?'}`,
        integratedTime: e.integratedTime,
        inclusionProof: e.inclusionProof !== undefined,
        inclusionPromise: e.inclusionPromise !== undefined,
      }));
      out.timestamps = (vm.timestampVerificationData?.rfc3161Timestamps ?? []).map((t) =>
        RFC3161Timestamp.parse(Buffer.from(t.signedTimestamp)).signingTime.toISOString(),
      );
      payload = parsed.dsse?.payload;
    }
    if (payload !== undefined) {
      const statement = parseStatement(payload);
      out.statement = statement.type;
      out.predicateType = statement.predicateType;
      out.subjects = statement.subjects.map((s) => ({ name: s.name, digest: s.digest }));
      try {
        const claims = readProvenance(statement);
        out.provenance = {
          buildType: claims.buildType,
          builderId: claims.builderId,
          facts: Object.fromEntries(claims.facts.map((f) => [f.field, f.value])),
          inputs: claims.inputs,
        };
      } catch {
        // not SLSA provenance of a known build type: nothing more to show
      }
    }
  } catch (err) {
    if (!(err instanceof VerifyError)) throw err;
    out.error = `[${err.code}] ${err.message}`;
  }
  return out;
}

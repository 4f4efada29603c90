// The fast path (src/core/crypto/fast-path.ts) against the plain @sigstore/verify path: every
// shared-corpus case (in process, through the CLI's main) and a fixed-seed fuzz sample must
// reach the same verdicts and reason codes both ways. The catalogue (core entry, through
// test/support/catalogue-runner.ts) and the single-field mutations (test/mutations.test.ts) run
// both ways too.
import { describe, expect, it } from 'vitest';
import { fuzz } from '../fuzz/run.js';
import { main } from '../src/cli/main.js';
import { ASN1Obj, X509Certificate } from '@sigstore/core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  fastPathEnabled,
  freezeCertificate,
  withParsedCertificate,
  setFastPath,
  signatureMemoSize,
  withoutStackTraces,
} from '../src/core/crypto/fast-path.js';
import type { VerificationResult } from '../src/core/report.js';
import { bothPaths, bothPathsAsync } from './support/both-paths.js';
import { readCorpus } from './support/corpus.js';
import { invocation } from './support/corpus-invocation.js';

const cases = readCorpus();

/** What must not differ: the exit, the verdicts and every reason code, attestation by attestation. */
async function outcome(argv: string[]): Promise<unknown> {
  let out = '';
  const json = argv.includes('--format') ? [] : ['--format', 'json'];
  const exit = await main([...argv, ...json], {
    stdout: (t) => (out += t),
    stderr: () => undefined,
    env: {},
    isTTY: false,
  });
  let result: VerificationResult;
  try {
    result = JSON.parse(out) as VerificationResult;
  } catch {
    return { exit, out };
  }
  return {
    exit,
    verdict: result.verdict,
    failedChecks: result.failedChecks,
    error: result.error?.code,
    artifacts: result.artifacts.map((a) => ({
      verdict: a.verdict,
      attestations: a.attestations.map((att) => ({
        verdict: att.verdict,
        checks: att.checks.map((c) => `${c.id}:${c.status}:${c.code ?? ''}`),
      })),
    })),
  };
}

describe.skipIf(cases.length === 0)('fast path = plain @sigstore/verify: shared corpus', () => {
  it('every case, the same exit, verdicts and reason codes both ways', async () => {
    let verified = 0;
    for (const c of cases) {
      const inv = invocation(c);
      const got = (await bothPathsAsync(() => outcome(inv.argv), c.id)) as { exit: number };
      if (got.exit === 0) verified++;
    }
    // Both outcomes occur, so the comparison is not between two empty answers.
    expect(verified).toBeGreaterThan(10);
    expect(verified).toBeLessThan(cases.length);
    // The fast path really ran: certificate signatures were remembered.
    await outcome(invocation(cases[0] as (typeof cases)[number]).argv);
    expect(signatureMemoSize()).toBeGreaterThan(0);
  }, 300_000);
});

describe('fast path = plain @sigstore/verify: fuzz sample', () => {
  it('a fixed-seed sample ends the same way, input by input class', () => {
    const report = bothPaths(() => {
      const r = fuzz(1500, 20261202);
      return { byTarget: r.byTarget, findings: r.findings.map((f) => `${f.kind} ${f.target}`) };
    });
    expect(report.findings).toEqual([]);
  }, 300_000);
});

describe('remembered encodings', () => {
  it('a frozen certificate encodes, node by node, exactly as the library encodes it', () => {
    const root = JSON.parse(readFileSync('fixtures/trusted_root.json', 'utf8')) as {
      certificateAuthorities: { certChain: { certificates: { rawBytes: string }[] } }[];
      timestampAuthorities: { certChain: { certificates: { rawBytes: string }[] } }[];
    };
    const ders = [...root.certificateAuthorities, ...root.timestampAuthorities].flatMap((a) =>
      a.certChain.certificates.map((c) => Buffer.from(c.rawBytes, 'base64')),
    );
    expect(ders.length).toBeGreaterThan(1);
    for (const der of ders) {
      const frozen = X509Certificate.parse(der);
      freezeCertificate(frozen);
      expect(Object.isFrozen(frozen.root)).toBe(true);
      const parsed = X509Certificate.parse(der);
      const plain = libraryEncodings(parsed.root);
      expect(nodes(frozen.root).map((n) => n.toDER())).toEqual(plain);
      expect(frozen.root.toDER()).toEqual(der);
      // Not frozen: encoded afresh in one pass, still exactly as the library encodes it.
      expect(nodes(parsed.root).map((n) => n.toDER())).toEqual(plain);
    }
  });

  it('a frozen certificate clones into the tree the library parses from the same bytes, apart from the original', () => {
    const ders = corpusDer()
      .map((der) => Buffer.from(der))
      .filter((der) => {
        try {
          return X509Certificate.parse(der).extensions.length > 0;
        } catch {
          return false; // a timestamp, not a certificate
        }
      });
    expect(ders.length).toBeGreaterThan(readCorpus().length > 0 ? 10 : 1);
    const shape = (n: ASN1Obj): unknown => [
      n.tag.toDER(),
      n.value.toString('hex'),
      n.subs.map(shape),
    ];
    for (const der of ders) {
      const frozen = X509Certificate.parse(der);
      freezeCertificate(frozen);
      expect(Object.isFrozen(frozen.root)).toBe(true);
      const clone = frozen.clone();
      setFastPath(false);
      const libraryClone = X509Certificate.parse(der).clone();
      setFastPath(true);
      expect(shape(clone.root)).toEqual(shape(libraryClone.root));
      expect(Object.isFrozen(clone.root)).toBe(false);
      // The clone is the library's to edit (the SCT check removes an extension): the original
      // and its bytes stay as they were.
      clone.extensions.splice(0, 1);
      clone.root.value.fill(0);
      expect(frozen.root.toDER()).toEqual(der);
      expect(frozen.tbsCertificate.toDER()).toEqual(
        X509Certificate.parse(der).tbsCertificate.toDER(),
      );
    }
  });

  it('a tree edited after parsing is not frozen, and still encodes as the library does', () => {
    const der = Buffer.from(corpusDer()[0] as Buffer);
    const edited = X509Certificate.parse(der);
    edited.extensions.splice(0, 1);
    freezeCertificate(edited);
    expect(Object.isFrozen(edited.root)).toBe(false);
    expect(nodes(edited.root).map((n) => n.toDER())).toEqual(libraryEncodings(edited.root));
    // A value that no longer lies over the bytes around it: not frozen either.
    const moved = X509Certificate.parse(der);
    const serial = moved.tbsCertificate.subs[1] as ASN1Obj;
    (serial as { value: Buffer }).value = Buffer.from(serial.value);
    freezeCertificate(moved);
    expect(Object.isFrozen(moved.root)).toBe(false);
    expect(moved.root.toDER()).toEqual(der);
  });

  it('a certificate already parsed is handed to a parse of its exact bytes only while shared', () => {
    const der = Buffer.from(corpusDer()[0] as Buffer);
    const ours = X509Certificate.parse(der);
    const inside = withParsedCertificate(ours, () => [
      X509Certificate.parse(Buffer.from(der)),
      X509Certificate.parse(Buffer.concat([der.subarray(0, -1), Buffer.from([der.at(-1)! ^ 1])])),
    ]);
    expect(Object.isFrozen(ours.root)).toBe(true);
    expect(inside[0]?.root).toBe(ours.root);
    expect(inside[1]?.root).not.toBe(ours.root); // one byte apart: parsed afresh
    const after = X509Certificate.parse(Buffer.from(der));
    expect(after.root).not.toBe(ours.root);
    expect(Object.isFrozen(after.root)).toBe(false);
    setFastPath(false);
    try {
      const plain = withParsedCertificate(X509Certificate.parse(der), () =>
        X509Certificate.parse(der),
      );
      expect(Object.isFrozen(plain.root)).toBe(false);
    } finally {
      setFastPath(true);
    }
  });

  it('any DER object, frozen or not, encodes as the library does (corpus certificates and timestamps)', () => {
    const ders = corpusDer();
    expect(ders.length).toBeGreaterThan(readCorpus().length > 0 ? 20 : 2);
    for (const der of ders) {
      const obj = ASN1Obj.parseBuffer(Buffer.from(der));
      const plain = libraryEncodings(obj);
      expect(nodes(obj).map((n) => n.toDER())).toEqual(plain);
      expect(obj.toDER()).toEqual(der);
    }
  });
});

const nodes = (n: ASN1Obj): ASN1Obj[] => [n, ...n.subs.flatMap(nodes)];

/** Each node's encoding by @sigstore/core itself (the fast path switched off). */
function libraryEncodings(root: ASN1Obj): Buffer[] {
  const was = fastPathEnabled();
  setFastPath(false);
  try {
    return nodes(root).map((n) => n.toDER());
  } finally {
    setFastPath(was);
  }
}

/** Certificates and RFC 3161 timestamps of the shared corpus's bundles (long lengths included). */
function corpusDer(): Buffer[] {
  const out: Buffer[] = [];
  const walk = (v: unknown, key = ''): void => {
    if (typeof v === 'string' && /^(rawBytes|signedTimestamp)$/.test(key) && v.startsWith('M')) {
      const der = Buffer.from(v, 'base64');
      if (der[0] === 0x30) out.push(der);
    } else if (Array.isArray(v)) v.forEach((x) => walk(x));
    else if (v !== null && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  const files = readCorpus()
    .filter((c) => c.bundle !== '')
    .map((c) => join(c.dir, c.bundle));
  for (const file of [...files, 'fixtures/demo/hello-1.0.0.tar.gz.sigstore.json']) {
    {
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        try {
          walk(JSON.parse(line));
        } catch {
          // not JSON (a legacy envelope line or an artifact): nothing to collect
        }
      }
    }
  }
  walk(JSON.parse(readFileSync('fixtures/trusted_root.json', 'utf8')));
  return out;
}

describe('VERIFY_PROVENANCE_NO_CACHE', () => {
  it('=1 turns the fast path off for the run; unset leaves it as it is', async () => {
    const io = { stdout: () => undefined, stderr: () => undefined, isTTY: false };
    try {
      await main(['--version'], { ...io, env: {} });
      expect(fastPathEnabled()).toBe(true);
      await main(['--version'], { ...io, env: { VERIFY_PROVENANCE_NO_CACHE: '1' } });
      expect(fastPathEnabled()).toBe(false);
    } finally {
      setFastPath(true);
    }
  });
});

describe('stack traces', () => {
  it('are off only while a bundle is verified, and back after a throw', () => {
    const before = Error.stackTraceLimit;
    expect(() =>
      withoutStackTraces(() => {
        expect(Error.stackTraceLimit).toBe(0);
        throw new Error('inside');
      }),
    ).toThrow('inside');
    expect(Error.stackTraceLimit).toBe(before);
    bothPaths(() => {
      const inside = withoutStackTraces(() => Error.stackTraceLimit);
      expect(inside).toBe(fastPathEnabled() ? 0 : before);
    });
  });
});

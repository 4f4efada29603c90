/**
 * Benchmarks at scale (sections of bench/run.ts), each against a baseline run in the same
 * process or command:
 *   (a2) 1,000 distinct bundles (every distinct passing corpus DSSE bundle, then minted ones) in
 *        one process against a plain @sigstore/verify loop (fast path off) over the same
 *        bundles, verdicts equal: the fast path one bundle at a time (verifyArtifacts), and the
 *        batch path (bench/batch.ts: the matcher, prepared here, or by the pool: 1 or 2 workers and this thread).
 *   (i)  1, 10, 100, 1,000 and 10,000 artifacts, each with its own bundle, in one run of the
 *        built CLI: wall time, time per artifact (flat = linear) and peak RSS, against the plain
 *        @sigstore/verify loop over the same bundles (in this process).
 * BENCH_SCALE_MAX caps the largest run (default 10000).
 */
import { bundleFromJSON } from '@sigstore/bundle';
import { Verifier, toSignedEntity } from '@sigstore/verify';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { clearFastPathMemos, setFastPath } from '../src/core/crypto/fast-path.js';
import { loadTrustedRoot, type LoadedRoot } from '../src/core/crypto/trust.js';
import { readAttestations } from '../src/core/input/read-attestations.js';
import type { JsonValue } from '../src/core/json/strict-json.js';
import { parsePolicy } from '../src/core/policy/parse-policy.js';
import type { Policy } from '../src/core/policy/policy.js';
import { verifyArtifacts } from '../src/core/verify.js';
import { batchPass } from './batch.js';
import { parallelCapacity, startClock, type Spent } from './clock.js';
import {
  artifactPath,
  bundlePath,
  mintedCount,
  mintScale,
  SCALE_DIR,
  SCALE_ROOT,
} from './scale-fixtures.js';
import { fmt, median } from './stats.js';

export type Row = { label: string; baseline: string; ours: string; ratio: string };
type Log = (line?: string) => void;

const VERIFIER_OPTIONS = { tlogThreshold: 1, ctlogThreshold: 1, timestampThreshold: 1 };

/** One bundle to verify: its bytes, the artifact's digests, the policy and root it is held to. */
export type Unit = {
  readonly id: string;
  readonly bytes: Buffer;
  readonly digests: { sha256: string; sha512?: string };
  readonly policy: Policy;
  readonly root: LoadedRoot;
};

function plain(u: Unit): boolean {
  try {
    const bundle = bundleFromJSON(JSON.parse(u.bytes.toString('utf8')));
    new Verifier(u.root.material, VERIFIER_OPTIONS).verify(toSignedEntity(bundle));
    return true;
  } catch {
    return false;
  }
}

function ours(u: Unit): boolean {
  const [result] = verifyArtifacts({
    policy: u.policy,
    roots: [u.root],
    artifacts: [{ name: u.id, digests: u.digests }],
    attestations: readAttestations(u.id, u.bytes),
  });
  return result?.verdict === 'verified';
}

function loadScaleRoot(): LoadedRoot {
  return loadTrustedRoot(JSON.parse(readFileSync(SCALE_ROOT, 'utf8')) as JsonValue, SCALE_ROOT);
}

/** Minted pairs as units (held to --repo acme/app, as minted). */
function mintedUnits(from: number, count: number): Unit[] {
  const root = loadScaleRoot();
  const policy = parsePolicy({ repo: 'acme/app' });
  return Array.from({ length: count }, (_, k) => {
    const i = from + k;
    const artifact = readFileSync(artifactPath(i));
    return {
      id: `minted-${i}`,
      bytes: readFileSync(bundlePath(i)),
      digests: { sha256: createHash('sha256').update(artifact).digest('hex') },
      policy,
      root,
    };
  });
}

/** One full pass over every unit, memos cleared first (a fresh process's view). */
function pass(units: readonly Unit[], fast: boolean): Spent & { verdicts: boolean[] } {
  clearFastPathMemos();
  setFastPath(fast);
  const stop = startClock();
  const verdicts = units.map(fast ? ours : plain);
  return { ...stop(), verdicts };
}

export async function benchThroughput(corpusUnits: readonly Unit[], log: Log): Promise<Row[]> {
  const total = 1000;
  log(`(a2) ${total} distinct bundles in one process: fast path vs plain @sigstore/verify loop`);
  const real = corpusUnits.slice(0, total);
  if (mintedCount() < total - real.length) await mintScale(10_000, log);
  const units = [...real, ...mintedUnits(0, total - real.length)];
  log(`    ${real.length} real corpus bundle(s) + ${units.length - real.length} minted`);
  // Interleaved passes, medians: plain loop; fast path one unit at a time (verifyArtifacts);
  // the batch path (matcher) on this thread; the batch path with 1 and 2 pool workers besides this thread.
  const sides = ['plain', 'fast', 'batch', 'pool1', 'pool2'] as const;
  const times: Record<(typeof sides)[number], Spent[]> = {
    plain: [],
    fast: [],
    batch: [],
    pool1: [],
    pool2: [],
  };
  const rounds = 3;
  for (let r = 0; r < rounds; r++) {
    const p = pass(units, false);
    times.plain.push(p);
    for (const side of sides.slice(1)) {
      const o =
        side === 'fast' ? pass(units, true) : await batchPass(units, POOL_WORKERS[side] ?? 0);
      const differ = p.verdicts.findIndex((v, i) => v !== o.verdicts[i]);
      if (differ >= 0)
        throw new Error(`(a2) ${side}: verdicts differ on ${units[differ]?.id}: aborting`);
      if (o.verdicts.some((v) => !v)) throw new Error(`(a2) ${side}: a bundle did not verify`);
      times[side].push(o);
    }
  }
  setFastPath(true);
  const n = units.length;
  const med = (side: (typeof sides)[number], key: keyof Spent): number =>
    median(times[side].map((t) => t[key]));
  const rate = (side: (typeof sides)[number]): number => (n * 1000) / med(side, 'ms');
  const cpu = (side: (typeof sides)[number]): string =>
    `CPU ${fmt(med(side, 'cpuMs') / n, 2)} ms/bundle (main thread ${fmt(med(side, 'mainCpuMs') / n, 2)})`;
  const b = rate('plain');
  const cores = await parallelCapacity();
  log(`    cores this process gets now (2 threads hashing): ${fmt(cores, 2)}`);
  log(`    baseline (plain loop): ${fmt(b)} bundles/s, ${cpu('plain')}`);
  log(`    medians of ${rounds} interleaved rounds, identical verdicts; wall ratios:`);
  return sides.slice(1).map((side) => {
    const o = rate(side);
    log(`    ${SIDE_LABELS[side] ?? side}: ${fmt(o)} bundles/s, ${fmt(o / b, 2)}x; ${cpu(side)}`);
    return {
      label: `(a2) ${units.length} distinct bundles, ${SIDE_LABELS[side] ?? side}, bundles/s`,
      baseline: `${fmt(b)} (@sigstore/verify loop)`,
      ours: fmt(o),
      ratio: `${fmt(o / b, 2)}x`,
    };
  });
}

const POOL_WORKERS: Record<string, number> = { batch: 0, pool1: 1, pool2: 2 };
const SIDE_LABELS: Record<string, string> = {
  fast: 'fast path, one at a time',
  batch: 'batch path, main thread',
  pool1: 'batch path, 1 worker + main thread',
  pool2: 'batch path, 2 workers + main thread',
};

/** A directory of links to the first n artifacts and the first n bundles. */
function scaleDirs(n: number): { artifacts: string; bundles: string } {
  const dir = join(SCALE_DIR, `n-${n}`);
  const artifacts = join(dir, 'artifacts');
  const bundles = join(dir, 'bundles');
  const complete = join(dir, 'complete');
  if (!existsSync(complete)) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(artifacts, { recursive: true });
    mkdirSync(bundles, { recursive: true });
    for (let i = 0; i < n; i++) {
      const name = String(i).padStart(5, '0');
      symlinkSync(artifactPath(i), join(artifacts, `${name}.tgz`));
      symlinkSync(bundlePath(i), join(bundles, `${name}.json`));
    }
    writeFileSync(complete, `${n}\n`);
  }
  return { artifacts, bundles };
}

/** Peak RSS (KiB) and CPU time (µs, all threads) of the child, printed by a preload on exit. */
const USAGE_HOOK =
  "data:text/javascript,process.on('exit',()=>{const u=process.resourceUsage();process.stderr.write('\\nUSAGE '+u.maxRSS+' '+(u.userCPUTime+u.systemCPUTime)+'\\n')})";

type CliRun = { ms: number; rssMiB: number; cpuMs: number };

/** One run of the built CLI over the first n minted pairs; workers '0' turns the pool off. */
function runScale(root: string, n: number, workers: string | undefined): CliRun {
  const { artifacts, bundles } = scaleDirs(n);
  const env = { ...process.env };
  delete env.VERIFY_PROVENANCE_WORKERS;
  if (workers !== undefined) env.VERIFY_PROVENANCE_WORKERS = workers;
  const start = performance.now();
  const r = spawnSync(
    process.execPath,
    [
      '--import',
      USAGE_HOOK,
      join(root, 'dist', 'cli', 'index.js'),
      'verify',
      artifacts,
      '--bundle',
      bundles,
      '--repo',
      'acme/app',
      '--trusted-root',
      SCALE_ROOT,
      '--quiet',
    ],
    { cwd: root, encoding: 'utf8', maxBuffer: 256 << 20, env },
  );
  const ms = performance.now() - start;
  if (r.status !== 0) throw new Error(`(i) N=${n} exited ${r.status}: ${r.stderr.slice(-2000)}`);
  const m = /USAGE (\d+) (\d+)/.exec(r.stderr);
  return { ms, rssMiB: Number(m?.[1] ?? NaN) / 1024, cpuMs: Number(m?.[2] ?? NaN) / 1000 };
}

export async function benchScaling(root: string, log: Log): Promise<Row[]> {
  const max = Number(process.env.BENCH_SCALE_MAX ?? 10_000);
  const sizes = [1, 10, 100, 1000, 10_000].filter((n) => n <= max);
  const top = sizes[sizes.length - 1] ?? 1;
  log(`(i) scaling: N artifacts each with its own bundle, one built-CLI run (up to ${top})`);
  log('    main thread only (VERIFY_PROVENANCE_WORKERS=0) and as shipped (pool from 64 files)');
  log(`    cores this process gets now (2 threads hashing): ${fmt(await parallelCapacity(), 2)}`);
  if (mintedCount() < top) await mintScale(Math.max(top, 1000), log);
  const rows: Row[] = [];
  const show = (r: CliRun, n: number): string =>
    `${fmt(r.ms, 0)} ms (${fmt(r.ms / n, 2)} ms/artifact, CPU ${fmt(r.cpuMs / n, 2)}), peak RSS ${fmt(r.rssMiB)} MiB`;
  for (const n of sizes) {
    const single = runScale(root, n, '0');
    const pooled = runScale(root, n, undefined);
    const units = mintedUnits(0, n);
    const baseline = pass(units, false).ms;
    setFastPath(true);
    log(`    N=${String(n).padStart(5)}: plain loop ${fmt(baseline, 0)} ms`);
    log(`             main thread: ${show(single, n)}`);
    log(`             pool:        ${show(pooled, n)}`);
    rows.push({
      label: `(i) N=${n}: ms, ms/artifact, peak RSS (pool; main thread only)`,
      baseline: `${fmt(baseline, 0)} (plain loop)`,
      ours: `${fmt(pooled.ms, 0)}, ${fmt(pooled.ms / n, 2)}, ${fmt(pooled.rssMiB, 0)} MiB; ${fmt(single.ms, 0)}, ${fmt(single.rssMiB, 0)} MiB`,
      ratio: `${fmt(pooled.ms / baseline, 2)}x; ${fmt(single.ms / baseline, 2)}x`,
    });
  }
  return rows;
}

/**
 * Benchmarks, each reported as a ratio against a baseline measured in the same run (never as an
 * absolute threshold):
 *   (a) core verification throughput vs a plain @sigstore/verify loop over the same real bundles;
 *   (b) CLI cold start vs `node -e 0`;
 *   (c) hashing a large file (SHA-256 + SHA-512, one pass) vs raw node:crypto streaming;
 *   (d) action cold start under Node 24 (as the runner starts it) vs that Node's `-e 0`, with no
 *       compile cache (a fresh runner), (d2) with a warm one;
 *   (e) `verify --from github` against a local API server vs `verify --bundle` of the same bundle
 *       (in process: the cost of the network source itself);
 *   (f) 16 artifacts from an API answering in 50 ms: `--concurrency 4` vs `--concurrency 1`;
 *   (g) the single executable (`npm run sea`) vs dist/cli under the same Node 24 vs `node24 -e 0`.
 *   (h) `deps` on a 1,000-package lockfile, cold and warm, vs one `npm NAME@VERSION` run each
 *       (bench/deps.ts).
 *   (a2) 1,000 distinct bundles in one process, fast path vs plain loop; (i) scaling of one run
 *       from 1 to 10,000 artifacts with peak RSS (bench/scale.ts).
 *
 * Run with `npm run bench` (BENCH_ONLY=a,b,... for some sections). BENCH_HASH_MB shrinks the hashed file (default 1024 MiB).
 */
import { bundleFromJSON } from '@sigstore/bundle';
import { Verifier, toSignedEntity } from '@sigstore/verify';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  closeSync,
  createReadStream,
  existsSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parseBundle } from '../src/core/bundle/parse-bundle.js';
import { loadTrustedRoot, type LoadedRoot } from '../src/core/crypto/trust.js';
import {
  effectiveIssuer,
  readCertificateIdentity,
} from '../src/core/identity/certificate-identity.js';
import { readAttestations } from '../src/core/input/read-attestations.js';
import type { JsonValue } from '../src/core/json/strict-json.js';
import { parsePolicy } from '../src/core/policy/parse-policy.js';
import type { Policy } from '../src/core/policy/policy.js';
import { verifyArtifacts } from '../src/core/verify.js';
import { setFastPath } from '../src/core/crypto/fast-path.js';
import { hashFile } from '../src/sources/artifacts.js';
import { main } from '../src/cli/main.js';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CORPUS_DIR, readCorpus } from '../test/support/corpus.js';
import { benchDeps } from './deps.js';
import { benchScaling, benchThroughput } from './scale.js';
import { offerBuiltWorker } from './batch.js';
import { fmt, median } from './stats.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const VERIFIER_OPTIONS = { tlogThreshold: 1, ctlogThreshold: 1, timestampThreshold: 1 };

type Row = { label: string; baseline: string; ours: string; ratio: string };
const summary: Row[] = [];
const notes: string[] = [];

function log(line = ''): void {
  process.stdout.write(`${line}\n`);
}

// ---------------------------------------------------------------------------------------------
// (a) core throughput
// ---------------------------------------------------------------------------------------------

type Case = {
  id: string;
  name: string;
  bytes: Uint8Array;
  text: string;
  digests: { sha256: string; sha512: string };
  policy: Policy;
  loaded: LoadedRoot;
};

function loadCases(): Case[] | string {
  const corpus = readCorpus();
  if (corpus.length === 0) return `${CORPUS_DIR}/MANIFEST.tsv not found`;
  const rootCache = new Map<string, LoadedRoot>();
  const seen = new Set<string>();
  const cases: Case[] = [];
  for (const c of corpus) {
    if (!/^sigstore-bundle-v0\.[23]:dsse/.test(c.kind) || c.expected !== 'pass') continue;
    const artifactPath = join(c.dir, c.artifact);
    if (c.artifact === '' || !existsSync(artifactPath)) continue; // digest-only case
    if (c.trustedRoot === '' || !existsSync(join(c.dir, c.trustedRoot))) {
      notes.push(`(a) skipped ${c.id}: no trusted root file in the case folder`);
      continue;
    }
    const rootPath = join(c.dir, c.trustedRoot);
    const rootText = readFileSync(rootPath, 'utf8');
    const rootKey = createHash('sha256').update(rootText).digest('hex');
    let root = rootCache.get(rootKey);
    if (root === undefined) {
      // The same trust material serves both sides: loadTrustedRoot builds it with toTrustMaterial.
      root = loadTrustedRoot(JSON.parse(rootText) as JsonValue, rootPath);
      rootCache.set(rootKey, root);
    }
    const artifactBytes = readFileSync(artifactPath);
    const digests = {
      sha256: createHash('sha256').update(artifactBytes).digest('hex'),
      sha512: createHash('sha512').update(artifactBytes).digest('hex'),
    };
    // One benchmark unit per bundle: a JSON Lines file with several bundles is split by line.
    const fileBytes = readFileSync(join(c.dir, c.bundle));
    const units =
      readAttestations(c.bundle, fileBytes).length === 1
        ? [fileBytes]
        : fileBytes
            .toString('utf8')
            .split('\n')
            .filter((l) => l.trim() !== '')
            .map((l) => Buffer.from(l, 'utf8'));
    for (const bytes of units) {
      const key = `${createHash('sha256').update(bytes).digest('hex')}:${digests.sha256}:${rootKey}`;
      if (seen.has(key)) continue; // the same bundle appears in several corpus cases
      seen.add(key);
      const text = Buffer.from(bytes).toString('utf8');
      const leaf = parseBundle(JSON.parse(text) as JsonValue).leaf;
      const identity = leaf === undefined ? undefined : readCertificateIdentity(leaf);
      const san = identity?.san?.value;
      const issuer = identity === undefined ? undefined : effectiveIssuer(identity);
      if (san === undefined || issuer === undefined) {
        notes.push(`(a) skipped ${c.id}: certificate has no SAN or issuer`);
        continue;
      }
      const policy = parsePolicy({
        certIdentity: san,
        certOidcIssuer: issuer,
        allowSelfHostedRunners: true,
        predicateType: 'any',
      });
      cases.push({
        id: c.id,
        name: basename(c.bundle),
        bytes,
        text,
        digests,
        policy,
        loaded: root,
      });
    }
  }
  return cases;
}

function runOurs(c: Case): string {
  setFastPath(true);
  const [result] = verifyArtifacts({
    policy: c.policy,
    roots: [c.loaded],
    artifacts: [{ name: c.name, digests: c.digests }],
    attestations: readAttestations(c.name, c.bytes),
  });
  return result?.verdict ?? 'missing';
}

function runBaseline(c: Case): void {
  // The plain library: the fast path's memos are not consulted on this side.
  setFastPath(false);
  // Parse from text on this side too: our side's readAttestations decodes and parses the bytes.
  const bundle = bundleFromJSON(JSON.parse(c.text));
  new Verifier(c.loaded.material, VERIFIER_OPTIONS).verify(toSignedEntity(bundle));
}

/** Run `op` over every case, round-robin, for at least `ms`; returns [operations, elapsed ms]. */
function timeSlice(cases: readonly Case[], op: (c: Case) => unknown, ms: number): [number, number] {
  let ops = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    for (const c of cases) op(c);
    ops += cases.length;
    now = performance.now();
  }
  return [ops, now - start];
}

function benchCore(): Case[] {
  log(
    '(a) core throughput, the same real bundles round-robin (memos warm): verifyArtifacts vs plain @sigstore/verify loop',
  );
  const loaded = loadCases();
  if (typeof loaded === 'string') {
    notes.push(`(a) skipped: ${loaded}`);
    log(`    skipped: ${loaded}`);
    summary.push({ label: '(a) core verify', baseline: 'n/a', ours: 'n/a', ratio: 'skipped' });
    return [];
  }
  // Same bundles on both sides: both must verify them, or the benchmark measures failures.
  const cases: Case[] = [];
  for (const c of loaded) {
    const verdict = runOurs(c);
    if (verdict !== 'verified') {
      throw new Error(`(a) our verdict for ${c.id} is ${verdict}, not verified: aborting`);
    }
    try {
      runBaseline(c);
      cases.push(c);
    } catch (err) {
      notes.push(`(a) excluded ${c.id}: @sigstore/verify baseline rejects it (${String(err)})`);
    }
  }
  if (cases.length === 0) throw new Error('(a) no bundle verifies on both sides: aborting');
  log(`    ${cases.length} distinct bundle(s), ${new Set(cases.map((c) => c.id)).size} case(s):`);
  for (const c of cases) log(`      ${c.id} (${c.name})`);

  timeSlice(cases, runBaseline, 300); // warm-up
  timeSlice(cases, runOurs, 300);
  const rounds = 6;
  const perSide = 2000;
  let baseOps = 0;
  let baseMs = 0;
  let ourOps = 0;
  let ourMs = 0;
  for (let i = 0; i < rounds; i++) {
    const order = i % 2 === 0 ? (['base', 'ours'] as const) : (['ours', 'base'] as const);
    for (const side of order) {
      if (side === 'base') {
        const [ops, ms] = timeSlice(cases, runBaseline, perSide / rounds);
        baseOps += ops;
        baseMs += ms;
      } else {
        const [ops, ms] = timeSlice(cases, runOurs, perSide / rounds);
        ourOps += ops;
        ourMs += ms;
      }
    }
  }
  setFastPath(true);
  const base = (baseOps / baseMs) * 1000;
  const ours = (ourOps / ourMs) * 1000;
  log(`    baseline (@sigstore/verify Verifier.verify): ${fmt(base)} verifications/s`);
  log(`    ours (readAttestations + verifyArtifacts):   ${fmt(ours)} verifications/s`);
  log(`    ratio ours/baseline: ${fmt(ours / base, 2)}x`);
  summary.push({
    label: '(a) core verify, ops/s',
    baseline: `${fmt(base)} (@sigstore/verify loop)`,
    ours: fmt(ours),
    ratio: `${fmt(ours / base, 2)}x`,
  });
  return cases;
}

// ---------------------------------------------------------------------------------------------
// (b) CLI cold start
// ---------------------------------------------------------------------------------------------

type Spawn = {
  readonly node: string;
  readonly args: readonly string[];
  readonly env?: Readonly<Record<string, string>>;
};

function timeSpawn(what: Spawn): number {
  const start = performance.now();
  const r = spawnSync(what.node, what.args, {
    cwd: ROOT,
    stdio: 'pipe',
    env: { ...process.env, ...what.env },
  });
  const ms = performance.now() - start;
  if (r.status !== 0) {
    throw new Error(`${what.args.join(' ')} exited ${r.status}: ${r.stderr.toString().trim()}`);
  }
  return ms;
}

/** Median wall time of `ours` and of `node -e 0` on the same Node binary, interleaved. */
function benchStart(label: string, name: string, ours: Spawn, n = 10): void {
  const empty: Spawn = { node: ours.node, args: ['-e', '0'] };
  timeSpawn(empty); // warm the file cache
  timeSpawn(ours);
  const base: number[] = [];
  const mine: number[] = [];
  for (let i = 0; i < n; i++) {
    base.push(timeSpawn(empty));
    mine.push(timeSpawn(ours));
  }
  const b = median(base);
  const o = median(mine);
  log(`    baseline (node -e 0): median ${fmt(b)} ms over ${n} runs`);
  log(
    `    ours (${name}):${' '.repeat(Math.max(1, 14 - name.length))}median ${fmt(o)} ms over ${n} runs`,
  );
  log(`    ratio ours/baseline: ${fmt(o / b, 2)}x  (extra ${fmt(o - b)} ms)`);
  summary.push({
    label,
    baseline: `${fmt(b)} (node -e 0)`,
    ours: fmt(o),
    ratio: `${fmt(o / b, 2)}x`,
  });
}

const DEMO = {
  subject: 'fixtures/demo/hello-1.0.0.tar.gz',
  bundle: 'fixtures/demo/hello-1.0.0.tar.gz.sigstore.json',
  repo: 'acme/hello',
  root: 'fixtures/trusted_root.json',
};

function benchColdStart(): void {
  const args = ['dist/cli/index.js', 'verify', DEMO.subject, '--bundle', DEMO.bundle];
  args.push('--repo', DEMO.repo, '--trusted-root', DEMO.root);
  log(
    `(b) CLI cold start: dist/cli/index.js verify (README demo) vs node -e 0 (${process.version})`,
  );
  benchStart('(b) CLI cold start, median ms', 'CLI verify', { node: process.execPath, args });
  const node24 = join(ROOT, 'node_modules', 'node', 'bin', 'node');
  if (!existsSync(node24)) {
    notes.push('(b2) skipped: node_modules/node (Node 24) is not installed');
    return;
  }
  log('(b2) the same under Node 24 (compile cache on) vs node24 -e 0');
  benchStart('(b2) CLI cold start (Node 24), median ms', 'CLI verify', { node: node24, args });
  // --version loads the dispatcher only: no cryptography, no verifier (test/startup-loads).
  const version = { args: ['dist/cli/index.js', '--version'] };
  log(`(b3) CLI --version vs node -e 0 (${process.version}, then Node 24)`);
  benchStart('(b3) CLI --version, median ms', 'CLI --version', {
    node: process.execPath,
    ...version,
  });
  benchStart('(b3) CLI --version (Node 24), median ms', 'CLI --version', {
    node: node24,
    ...version,
  });
}

/**
 * (d) The action as the runner starts it: Node 24, INPUT_* variables, output files. A hosted
 * runner is a fresh machine each job, so Node's compile cache is empty on the action's first
 * run: (d) runs with no compile cache; (d2) with it warm (a later run of the action in the
 * same job, or a self-hosted runner).
 */
function benchActionStart(): void {
  const node24 = join(ROOT, 'node_modules', 'node', 'bin', 'node');
  if (!existsSync(node24)) {
    notes.push('(d) skipped: node_modules/node (Node 24) is not installed');
    return;
  }
  log('(d) action cold start under Node 24: dist/action/index.js (README demo) vs node24 -e 0');
  const dir = mkdtempSync(join(tmpdir(), 'vp-bench-action-'));
  // The runner creates both files before the step starts.
  writeFileSync(join(dir, 'output'), '');
  writeFileSync(join(dir, 'summary'), '');
  const env = {
    'INPUT_SUBJECT-PATH': DEMO.subject,
    'INPUT_BUNDLE-PATH': DEMO.bundle,
    INPUT_REPO: DEMO.repo,
    'INPUT_TRUSTED-ROOT': DEMO.root,
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    RUNNER_TEMP: dir,
  };
  const action = { node: node24, args: ['dist/action/index.js'] };
  log('    no compile cache (a fresh runner):');
  benchStart(
    '(d) action cold start (Node 24), median ms',
    'action',
    { ...action, env: { ...env, NODE_DISABLE_COMPILE_CACHE: '1' } },
    15,
  );
  log('    (d2) compile cache warm (a later run on the same machine):');
  benchStart(
    '(d2) action start, compile cache warm (Node 24), median ms',
    'action',
    { ...action, env: { ...env, NODE_COMPILE_CACHE: join(dir, 'compile-cache') } },
    15,
  );
  rmSync(dir, { recursive: true, force: true });
}

/** (g) Cold start of the single executable, dist/cli on the Node it carries, and that Node. */
function benchSeaStart(): void {
  const node24 = join(ROOT, 'node_modules', 'node', 'bin', 'node');
  const platform = `${process.platform === 'win32' ? 'win' : process.platform}-${process.arch}`;
  const sea = join(ROOT, 'build', 'sea', `verify-provenance-${platform}`);
  if (!existsSync(sea) || !existsSync(node24)) {
    notes.push(
      `(g) skipped: ${existsSync(sea) ? 'node_modules/node' : sea} is missing (npm run sea)`,
    );
    return;
  }
  const demo = ['verify', DEMO.subject, '--bundle', DEMO.bundle, '--repo', DEMO.repo];
  const runs: Record<'node' | 'dist' | 'sea', Spawn> = {
    node: { node: node24, args: ['-e', '0'] },
    dist: { node: node24, args: ['dist/cli/index.js', ...demo, '--trusted-root', DEMO.root] },
    sea: { node: sea, args: [...demo, '--trusted-root', DEMO.root] },
  };
  const times = { node: [] as number[], dist: [] as number[], sea: [] as number[] };
  for (const k of ['node', 'dist', 'sea'] as const) timeSpawn(runs[k]); // warm the file cache
  for (let i = 0; i < 10; i++)
    for (const k of ['node', 'dist', 'sea'] as const) times[k].push(timeSpawn(runs[k]));
  const [n, d, e] = [median(times.node), median(times.dist), median(times.sea)];
  const mib = readFileSync(sea).length / 2 ** 20;
  log(`(g) single executable (${fmt(mib)} MiB) cold start, README demo, median of 10 interleaved:`);
  log(
    `    node24 -e 0 ${fmt(n)} ms, dist/cli on node24 ${fmt(d)} ms, single executable ${fmt(e)} ms`,
  );
  log(`    sea/node ${fmt(e / n, 2)}x, dist/node ${fmt(d / n, 2)}x, sea/dist ${fmt(e / d, 2)}x`);
  summary.push(
    {
      label: '(g) single executable vs node24 -e 0',
      baseline: `${fmt(n)} (node24 -e 0)`,
      ours: fmt(e),
      ratio: `${fmt(e / n, 2)}x`,
    },
    {
      label: '(g) single executable vs dist/cli (node24)',
      baseline: `${fmt(d)} (dist/cli)`,
      ours: fmt(e),
      ratio: `${fmt(e / d, 2)}x`,
    },
  );
}

// ---------------------------------------------------------------------------------------------
// (c) hashing a large file
// ---------------------------------------------------------------------------------------------

const CHUNK = 16 << 20;

function writeDeterministicFile(path: string, bytes: number): void {
  // xorshift32 stream: deterministic, incompressible-looking, cheap to produce.
  const buf = Buffer.allocUnsafe(CHUNK);
  const words = new Uint32Array(buf.buffer, buf.byteOffset, CHUNK / 4);
  let x = 0x9e3779b9;
  const fd = openSync(path, 'w');
  try {
    for (let written = 0; written < bytes;) {
      for (let i = 0; i < words.length; i++) {
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        words[i] = x >>> 0;
      }
      const len = Math.min(CHUNK, bytes - written);
      let off = 0;
      while (off < len) off += writeSync(fd, buf, off, len - off);
      written += len;
    }
  } finally {
    closeSync(fd);
  }
}

async function rawHash(path: string): Promise<{ sha256: string; sha512: string }> {
  const sha256 = createHash('sha256');
  const sha512 = createHash('sha512');
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    sha256.update(chunk as Buffer);
    sha512.update(chunk as Buffer);
  }
  return { sha256: sha256.digest('hex'), sha512: sha512.digest('hex') };
}

type HashRun = { ms: number; rssDelta: number; peakRss: number; digest: string };

async function measureHash(
  fn: (p: string) => Promise<{ sha256: string; sha512: string }>,
  path: string,
): Promise<HashRun> {
  const startRss = process.memoryUsage().rss;
  let peak = startRss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  const start = performance.now();
  try {
    const d = await fn(path);
    const ms = performance.now() - start;
    peak = Math.max(peak, process.memoryUsage().rss);
    return { ms, rssDelta: peak - startRss, peakRss: peak, digest: `${d.sha256}:${d.sha512}` };
  } finally {
    clearInterval(timer);
  }
}

async function benchHash(): Promise<void> {
  const envMb = process.env.BENCH_HASH_MB;
  const mb = envMb === undefined || envMb === '' ? 1024 : Number(envMb);
  if (!Number.isInteger(mb) || mb <= 0)
    throw new Error(`BENCH_HASH_MB=${envMb}: not a positive integer`);
  const bytes = mb * (1 << 20);
  log(`(c) hashing a ${mb} MiB file: hashFile (sha256+sha512) vs raw node:crypto stream`);
  const path = join(tmpdir(), `verify-provenance-bench-${process.pid}.bin`);
  const cleanup = (): void => rmSync(path, { force: true });
  const onSignal = (): void => {
    cleanup();
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  try {
    writeDeterministicFile(path, bytes);
    await rawHash(path); // warm the page cache; untimed
    const rounds = 2;
    const base: HashRun[] = [];
    const ours: HashRun[] = [];
    for (let i = 0; i < rounds; i++) {
      if (i % 2 === 0) {
        base.push(await measureHash(rawHash, path));
        ours.push(await measureHash(hashFile, path));
      } else {
        ours.push(await measureHash(hashFile, path));
        base.push(await measureHash(rawHash, path));
      }
    }
    const digests = new Set([...base, ...ours].map((r) => r.digest));
    if (digests.size !== 1) throw new Error('(c) hashFile and the baseline disagree on digests');
    const mbps = (runs: readonly HashRun[]) =>
      (bytes * runs.length) / 1e6 / (runs.reduce((s, r) => s + r.ms, 0) / 1000);
    const peakMiB = (runs: readonly HashRun[]) =>
      Math.max(...runs.map((r) => r.rssDelta)) / (1 << 20);
    const absPeak = Math.max(...[...base, ...ours].map((r) => r.peakRss)) / (1 << 20);
    const b = mbps(base);
    const o = mbps(ours);
    log(
      `    baseline (createReadStream 1 MiB + createHash): ${fmt(b)} MB/s, peak RSS +${fmt(peakMiB(base))} MiB`,
    );
    log(
      `    ours (hashFile):                                ${fmt(o)} MB/s, peak RSS +${fmt(peakMiB(ours))} MiB`,
    );
    log(`    ratio ours/baseline: ${fmt(o / b, 2)}x  (${rounds} runs each, alternated)`);
    log(`    (RSS deltas are over each run's start; absolute peak RSS ${fmt(absPeak)} MiB)`);
    summary.push({
      label: `(c) hash ${mb} MiB, MB/s`,
      baseline: `${fmt(b)} (raw node:crypto)`,
      ours: fmt(o),
      ratio: `${fmt(o / b, 2)}x`,
    });
    summary.push({
      label: '(c) hash peak RSS delta, MiB',
      baseline: `${fmt(peakMiB(base))} (raw node:crypto)`,
      ours: fmt(peakMiB(ours)),
      ratio: peakMiB(base) > 0 ? `${fmt(peakMiB(ours) / peakMiB(base), 2)}x` : 'n/a',
    });
  } finally {
    cleanup();
    process.removeListener('SIGINT', onSignal);
  }
}

// ---------------------------------------------------------------------------------------------

function printSummary(): void {
  const header: Row = {
    label: 'benchmark',
    baseline: 'baseline',
    ours: 'ours',
    ratio: 'ours/base',
  };
  const rows = [header, ...summary];
  const w = (k: keyof Row) => Math.max(...rows.map((r) => r[k].length));
  const line = (r: Row) =>
    `${r.label.padEnd(w('label'))}  ${r.baseline.padStart(w('baseline'))}  ${r.ours.padStart(w('ours'))}  ${r.ratio.padStart(w('ratio'))}`;
  log();
  log(`summary (node ${process.version}, ${process.platform}/${process.arch})`);
  log(line(header));
  log('-'.repeat(line(header).length));
  for (const r of summary) log(line(r));
  for (const n of notes) log(`note: ${n}`);
}

async function benchNetwork(): Promise<void> {
  const app = join(ROOT, 'fixtures', 'artifacts', 'app-1.2.3.tgz');
  const bundleFile = join(ROOT, 'fixtures', 'bundles', 'in-repo-tag.sigstore.json');
  const root = join(ROOT, 'fixtures', 'trusted_root.json');
  const listing = JSON.stringify({
    attestations: [{ bundle: JSON.parse(readFileSync(bundleFile, 'utf8')) as unknown }],
  });
  let delayMs = 0;
  const server = createServer((_req, res) => {
    setTimeout(() => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(listing);
    }, delayMs);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const env = { GITHUB_API_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
  const io = { stdout: () => undefined, stderr: () => undefined, env, isTTY: false };
  const timeRuns = async (argv: string[], n: number): Promise<number> => {
    const times: number[] = [];
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      const code = await main(argv, io);
      times.push(performance.now() - t0);
      if (code !== 0) throw new Error(`bench run exited ${code}: ${argv.join(' ')}`);
    }
    return median(times);
  };
  try {
    const common = ['--repo', 'acme/app', '--trusted-root', root];
    await timeRuns(['verify', app, '--bundle', bundleFile, ...common], 5);
    const base = await timeRuns(['verify', app, '--bundle', bundleFile, ...common], 40);
    const ours = await timeRuns(['verify', app, '--from', 'github', ...common], 40);
    log(
      `(e) --from github ${fmt(ours, 2)} ms vs --bundle ${fmt(base, 2)} ms per run (median of 40)`,
    );
    summary.push({
      label: '(e) verify --from github (local API)',
      baseline: `${fmt(base, 2)} ms (--bundle)`,
      ours: `${fmt(ours, 2)} ms`,
      ratio: `${fmt(ours / base, 2)}x`,
    });
    delayMs = 50;
    const digests = Array.from(
      { length: 16 },
      (_, i) => `sha256:${createHash('sha256').update(String(i)).digest('hex')}`,
    );
    // Each artifact is looked up on its own; none is covered, so the run fails (exit 1) by design.
    const many = async (concurrency: string): Promise<number> => {
      const t0 = performance.now();
      await main(
        ['verify', ...digests, '--from', 'github', ...common, '--concurrency', concurrency],
        io,
      );
      return performance.now() - t0;
    };
    const serial = await many('1');
    const parallel = await many('4');
    log(`(f) 16 lookups at 50 ms: concurrency 4 ${fmt(parallel, 0)} ms vs 1 ${fmt(serial, 0)} ms`);
    summary.push({
      label: '(f) 16 API lookups, 50 ms each',
      baseline: `${fmt(serial, 0)} ms (--concurrency 1)`,
      ours: `${fmt(parallel, 0)} ms (4)`,
      ratio: `${fmt(parallel / serial, 2)}x`,
    });
  } finally {
    server.close();
  }
}

/**
 * BENCH_ONLY=a,i,b,... runs only those sections (letters as in the header; a2 runs with a, b2
 * and b3 with b, d2 with d); unset runs everything.
 */
const only = new Set(
  (process.env.BENCH_ONLY ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== ''),
);
const runs = (section: string): boolean => only.size === 0 || only.has(section);

if (runs('a')) {
  const coreCases = benchCore();
  log();
  // (a2)'s pool rows start the built dist/cli as their workers.
  offerBuiltWorker(ROOT);
  summary.push(
    ...(await benchThroughput(
      coreCases.map((c) => ({
        id: c.id,
        bytes: Buffer.from(c.bytes),
        digests: c.digests,
        policy: c.policy,
        root: c.loaded,
      })),
      log,
    )),
  );
  log();
}
if (runs('i')) {
  summary.push(...(await benchScaling(ROOT, log)));
  log();
}
if (runs('e')) {
  await benchNetwork();
  log();
}
if (runs('b')) {
  benchColdStart();
  log();
}
if (runs('d')) {
  benchActionStart();
  log();
}
if (runs('g')) {
  benchSeaStart();
  log();
}
if (runs('c')) {
  await benchHash();
  log();
}
if (runs('h')) summary.push(...(await benchDeps(ROOT, log)));
printSummary();

// `npm run fuzz`: at least 1,000,000 generated and mutated inputs across every parser of
// untrusted input. Fails (exit 1) on any crash (an exception that is not a typed rejection),
// any hang (no progress for 30 s, or one input over 2 s) and any mutant that verifies.
//   npm run fuzz -- --count 1000000 --seed 1 --workers 2
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { spawn } from 'node:child_process';
import { deepJson, mutateBytes, mutateJson, prng, randomJson, type Rng } from './mutate.js';
import { loadTargets, type Target } from './targets.js';
import { PropertyViolation } from './cert-structure.js';

export type Finding = {
  kind: 'crash' | 'slow' | 'verified' | 'property';
  target: string;
  message: string;
  inputHex: string;
};
export type Report = {
  inputs: number;
  byTarget: Record<string, Record<string, number>>;
  findings: Finding[];
};

const SLOW_MS = 2000;
const DEEP_EVERY = 97;

function nextInput(r: Rng, t: Target): Buffer {
  if (t.generate !== undefined) {
    const made = t.generate(r);
    return r() < 0.8 ? made : mutateBytes(r, made, made);
  }
  const seed = t.seeds[Math.floor(r() * t.seeds.length)] ?? Buffer.from('{}');
  const other = t.seeds[Math.floor(r() * t.seeds.length)] ?? seed;
  const mode = r();
  if (mode < 0.0005 && t.docs.length > 0) return hugeField(r, t.docs[0]);
  if (mode < 0.45) return mutateBytes(r, seed, other);
  if (mode < 0.9 && t.docs.length > 0) {
    const doc = t.docs[Math.floor(r() * t.docs.length)];
    return Buffer.from(mutateJson(r, doc as never, other));
  }
  if (mode < 0.93) return Buffer.from(deepJson(r));
  if (mode < 0.97) return Buffer.from(JSON.stringify(randomJson(r)));
  if (mode < 0.99) return seed;
  return Buffer.from(Array.from({ length: Math.floor(r() * 512) }, () => Math.floor(r() * 256)));
}

/** A document whose first long base64 string is replaced by ~8 MiB of base64 (near the payload limit). */
function hugeField(r: Rng, doc: unknown): Buffer {
  const size = 8 * 1024 * 1024 + Math.floor(r() * 3) - 1;
  const big = Buffer.alloc(size, 0x7b).toString('base64');
  const text = JSON.stringify(doc).replace(/"[A-Za-z0-9+/]{64,}={0,2}"/, `"${big}"`);
  return Buffer.from(text);
}

/** Run `count` inputs with `seed`, in this thread; report every 500 inputs. */
export function fuzz(count: number, seed: number, onProgress?: (done: number) => void): Report {
  const targets = loadTargets();
  const r = prng(seed);
  const byTarget: Record<string, Record<string, number>> = {};
  const findings: Finding[] = [];
  for (let i = 0; i < count; i++) {
    const t = targets[i % targets.length] as Target;
    const input = nextInput(r, t);
    const start = performance.now();
    let outcome: string;
    try {
      outcome = t.run(input, i % DEEP_EVERY === 0);
    } catch (err) {
      outcome = err instanceof PropertyViolation ? 'property' : 'crash';
      if (findings.length < 50)
        findings.push({
          kind: err instanceof PropertyViolation ? 'property' : 'crash',
          target: t.name,
          message: err instanceof Error ? (err.stack ?? err.message) : String(err),
          inputHex: input.subarray(0, 4096).toString('hex'),
        });
    }
    const ms = performance.now() - start;
    if (ms > SLOW_MS && findings.length < 50)
      findings.push({
        kind: 'slow',
        target: t.name,
        message: `${ms.toFixed(0)} ms`,
        inputHex: input.subarray(0, 4096).toString('hex'),
      });
    if (outcome === 'verified' && findings.length < 50)
      findings.push({
        kind: 'verified',
        target: t.name,
        message: 'a mutated input verified',
        inputHex: input.toString('hex'),
      });
    const counts = (byTarget[t.name] ??= {});
    counts[outcome] = (counts[outcome] ?? 0) + 1;
    // Often enough that the 30 s watchdog measures a stall, not a batch on a loaded machine.
    if (onProgress && (i + 1) % 500 === 0) onProgress(i + 1);
  }
  return { inputs: count, byTarget, findings };
}

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i < 0 ? undefined : Number(process.argv[i + 1]);
  return v === undefined || !Number.isFinite(v) ? fallback : v;
}

async function main(): Promise<void> {
  const count = arg('count', 1_000_000);
  const seed = arg('seed', Date.now() % 2 ** 31);
  const workers = Math.max(1, arg('workers', availableParallelism()));
  const started = performance.now();
  console.log(`fuzz: ${count} inputs, seed ${seed}, ${workers} worker(s)`);
  const share = Math.ceil(count / workers);
  const reports = await Promise.all(
    Array.from({ length: workers }, (_, w) =>
      runChild(w, Math.min(share, count - w * share), seed + w * 7919),
    ),
  );
  const total = reports.reduce((n, r) => n + r.inputs, 0);
  const byTarget: Record<string, Record<string, number>> = {};
  for (const r of reports)
    for (const [t, counts] of Object.entries(r.byTarget))
      for (const [o, n] of Object.entries(counts))
        (byTarget[t] ??= {})[o] = (byTarget[t]?.[o] ?? 0) + n;
  const findings = reports.flatMap((r) => r.findings);
  const secs = (performance.now() - started) / 1000;
  console.log(
    `fuzz: ${total} inputs in ${secs.toFixed(1)} s (${Math.round(total / secs)}/s), seed ${seed}`,
  );
  for (const [t, counts] of Object.entries(byTarget))
    console.log(`  ${t}: ${JSON.stringify(counts)}`);
  // A few of each kind (a burst of one kind must not hide another), and all of them in a file.
  const kinds = [...new Set(findings.map((f) => f.kind))];
  for (const kind of kinds)
    for (const f of findings.filter((x) => x.kind === kind).slice(0, 3))
      console.log(
        `FINDING ${f.kind} in ${f.target}: ${f.message}\n  input (hex, first 512 bytes): ${f.inputHex.slice(0, 1024)}`,
      );
  if (findings.length > 0) {
    mkdirSync('.cache', { recursive: true });
    writeFileSync('.cache/fuzz-findings.json', JSON.stringify(findings, null, 1));
    console.log('fuzz: every finding, with its whole input, is in .cache/fuzz-findings.json');
  }
  console.log(
    findings.length === 0
      ? 'fuzz: no crash, no hang, no mutant verified'
      : `fuzz: ${findings.length} finding(s)`,
  );
  process.exitCode = findings.length === 0 ? 0 : 1;
}

/**
 * One share of the run in a child process (so a hang can be killed): progress lines on stderr,
 * the report as JSON on stdout. A child silent for 30 s is a hang.
 */
function runChild(w: number, count: number, seed: number): Promise<Report> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        fileURLToPath(import.meta.url),
        '--child',
        '--count',
        String(count),
        '--seed',
        String(seed),
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let last = performance.now();
    const watchdog = setInterval(() => {
      if (performance.now() - last > 30_000) {
        clearInterval(watchdog);
        child.kill('SIGKILL');
        reject(new Error(`worker ${w}: no progress for 30 s (hang)`));
      }
    }, 1000);
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => {
      last = performance.now();
      for (const line of d.toString().split('\n')) {
        const done = /^progress (\d+)$/.exec(line)?.[1];
        if (done === undefined) {
          if (line.trim() !== '') process.stderr.write(`  worker ${w}: ${line}\n`);
        } else if (Number(done) % 100_000 === 0) console.log(`  worker ${w}: ${done}`);
      }
    });
    child.on('close', (code) => {
      clearInterval(watchdog);
      try {
        resolve(JSON.parse(out) as Report);
      } catch {
        reject(new Error(`worker ${w} exited ${code} without a report`));
      }
    });
  });
}

if (process.argv.includes('--child')) {
  const report = fuzz(arg('count', 0), arg('seed', 1), (done) =>
    process.stderr.write(`progress ${done}\n`),
  );
  process.stdout.write(JSON.stringify(report));
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await main();
}

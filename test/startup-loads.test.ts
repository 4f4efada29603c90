// Start-up loads only what a command needs (issue 12): `--version` and `--help` load no
// cryptography and no verifier; an offline file verification loads no TUF, GitHub, Rekor, HTTP,
// worker-pool, glob or embedded-root code. Checked on the built CLI (Node's list of loaded built-ins) and on the
// static import graph of the sources (what a lazy import must keep out of a command's chunks).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { fixturePath, REPO_ROOT } from './support/verify-helpers.js';

const CLI = join(REPO_ROOT, 'dist', 'cli', 'index.js');
/**
 * Prints the built-in modules Node loaded, at exit (a preload; the CLI itself is unchanged),
 * straight to file descriptor 2: `process.stderr` would load the stream modules it looks for.
 */
const PROBE =
  'data:text/javascript,import{writeSync}from"node:fs";process.on("exit",()=>writeSync(2,"\\nLOADED "+JSON.stringify(process.moduleLoadList)+"\\n"))';

function builtinsLoaded(args: string[]): string[] {
  const run = spawnSync(process.execPath, ['--import', PROBE, CLI, ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  const list = /^LOADED (.*)$/m.exec(run.stderr)?.[1];
  if (run.status !== 0 || list === undefined) throw new Error(`exit ${run.status}: ${run.stderr}`);
  return JSON.parse(list) as string[];
}

const DEMO = [
  'verify',
  fixturePath('demo/hello-1.0.0.tar.gz'),
  '--bundle',
  fixturePath('demo/hello-1.0.0.tar.gz.sigstore.json'),
  '--repo',
  'acme/hello',
  '--trusted-root',
  fixturePath('trusted_root.json'),
];

describe('the built CLI loads node:crypto only for a command that verifies', () => {
  it.each(['--version', '--help', 'verify --help'])('%s loads no crypto', (args) => {
    expect(builtinsLoaded(args.split(' '))).not.toContain('NativeModule crypto');
  });
  it('the README demo does (the probe sees it)', () => {
    expect(builtinsLoaded(DEMO)).toContain('NativeModule crypto');
  });
  it('the README demo, written to pipes, loads no worker threads, promise fs, sockets or tty', () => {
    const loaded = builtinsLoaded(DEMO);
    for (const name of ['worker_threads', 'fs/promises', 'net', 'tty'])
      expect(loaded).not.toContain(`NativeModule ${name}`);
  });
});

/** Every source file and package reachable from `entry` through static imports only. */
async function staticClosure(entry: string): Promise<string[]> {
  const { metafile } = await build({
    entryPoints: [join(REPO_ROOT, entry)],
    absWorkingDir: REPO_ROOT,
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format: 'esm',
    outdir: join(REPO_ROOT, '.cache', 'startup-loads'),
    splitting: true,
    logLevel: 'silent',
  });
  const seen = new Set<string>();
  const stack = [Object.keys(metafile.inputs).find((p) => p.endsWith(entry)) ?? entry];
  while (stack.length > 0) {
    const path = stack.pop() as string;
    if (seen.has(path)) continue;
    seen.add(path);
    for (const imp of metafile.inputs[path]?.imports ?? [])
      if (imp.kind !== 'dynamic-import') stack.push(imp.path);
  }
  return [...seen];
}

describe('static imports keep code a command does not need out of its start-up', () => {
  it('the dispatcher (what --version and --help load) has no verifier and no crypto', async () => {
    const loaded = await staticClosure('src/cli/main.ts');
    expect(loaded.filter((p) => /@sigstore|core\/crypto|node:crypto|core\/verify/.test(p))).toEqual(
      [],
    );
  }, 60_000);
  it('the launcher loads neither the pool nor worker threads', async () => {
    const loaded = await staticClosure('src/cli/index.ts');
    expect(loaded.filter((p) => /worker_threads|prepare-pool|prepare-worker/.test(p))).toEqual([]);
  }, 60_000);
  it('verify loads no TUF, GitHub, Rekor, HTTP, pool, glob or embedded roots until a run asks', async () => {
    const loaded = await staticClosure('src/cli/verify-command.ts');
    expect(loaded.some((p) => p.includes('@sigstore/verify'))).toBe(true);
    expect(
      loaded.filter((p) =>
        /@sigstore\/tuf|tinyglobby|sources\/(github|github-meta|rekor|npm-registry|pypi-index|http)\.ts|sources\/embedded\/|app\/prepare-pool|node:(worker_threads|fs\/promises)/.test(
          p,
        ),
      ),
    ).toEqual([]);
  }, 60_000);
});

/**
 * (g) `deps` over a 1,000-package lockfile against a local registry answering every request in
 * 20 ms: cold (no cache) and warm (the verification cache from the cold run), against the
 * baseline of one `verify-provenance npm NAME@VERSION` run per package (in process, one after
 * another, as a script over the lockfile would do). Every package has minted SLSA provenance and
 * a registry publish attestation; minting 2,000 bundles takes minutes, so the minted world is
 * kept in .cache/ and reused (delete it to mint afresh). BENCH_DEPS_N changes the size.
 */
import { createPrivateKey } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { main } from '../src/cli/main.js';
import {
  DepsRegistry,
  npmIntegrity,
  releaseClaims,
  type NpmVersion,
} from '../test/support/deps-registry.js';
import { createTestInstance } from '../test/support/mint.js';

export type BenchRow = { label: string; baseline: string; ours: string; ratio: string };

const REPO = 'acme/monorepo';

type World = {
  trustedRoot: unknown;
  registryKey: string;
  packages: { name: string; version: NpmVersion }[];
};

async function mintedWorld(n: number, cacheFile: string, log: (l: string) => void): Promise<World> {
  if (existsSync(cacheFile)) return JSON.parse(readFileSync(cacheFile, 'utf8')) as World;
  log(`(g) minting ${n} provenance and ${n} publish attestations (once; kept in ${cacheFile})…`);
  const instance = await createTestInstance();
  const registry = new DepsRegistry(instance);
  const packages: World['packages'] = [];
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const name = `@bench/p-${i}`;
    const integrity = npmIntegrity(name, '1.0.0');
    const attestations = await registry.mintNpm(name, '1.0.0', integrity, releaseClaims(REPO));
    packages.push({
      name,
      version: {
        version: '1.0.0',
        published: '2025-01-01T00:00:00.000Z',
        integrity,
        ...(attestations === undefined ? {} : { attestations }),
      },
    });
    if ((i + 1) % 100 === 0)
      log(`    ${i + 1}/${n} (${Math.round((performance.now() - t0) / 1000)} s)`);
  }
  instance.close();
  const world: World = {
    trustedRoot: instance.trustedRoot,
    registryKey: registry.registryKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    packages,
  };
  mkdirSync(join(cacheFile, '..'), { recursive: true });
  writeFileSync(cacheFile, JSON.stringify(world));
  return world;
}

export async function benchDeps(root: string, log: (line?: string) => void): Promise<BenchRow[]> {
  const n = Number(process.env.BENCH_DEPS_N ?? 1000);
  const world = await mintedWorld(n, join(root, '.cache', `bench-deps-${n}.json`), log);
  const registry = await new DepsRegistry(undefined, createPrivateKey(world.registryKey)).start();
  for (const p of world.packages) registry.addNpm(p.name, p.version);
  registry.delayMs = 20;
  const dir = mkdtempSync(join(tmpdir(), 'vp-bench-deps-'));
  try {
    const rootFile = join(dir, 'trusted_root.json');
    writeFileSync(rootFile, JSON.stringify(world.trustedRoot));
    const packages: Record<string, unknown> = { '': { name: 'bench' } };
    for (const p of world.packages)
      packages[`node_modules/${p.name}`] = {
        version: '1.0.0',
        resolved: `https://registry.npmjs.org/${p.name}/-/${p.name.slice(p.name.indexOf('/') + 1)}-1.0.0.tgz`,
        integrity: p.version.integrity,
      };
    const lock = join(dir, 'package-lock.json');
    writeFileSync(lock, JSON.stringify({ lockfileVersion: 3, packages }, null, 2));
    const policy = join(dir, 'policy.yml');
    writeFileSync(policy, `version: 1\npackages:\n  "@bench/*": { repo: ${REPO} }\n`);
    const io = {
      stdout: () => undefined,
      stderr: () => undefined,
      env: { HOME: dir },
      isTTY: false,
    };
    const common = [
      '--registry',
      registry.registry,
      '--trusted-root',
      rootFile,
      '--timeout',
      '10m',
    ];
    const timed = async (argv: string[]): Promise<number> => {
      const t0 = performance.now();
      const code = await main(argv, io);
      if (code !== 0) throw new Error(`bench run exited ${code}: ${argv.slice(0, 3).join(' ')}`);
      return performance.now() - t0;
    };
    const deps = ['deps', lock, '--policy', policy, ...common];
    const cache = join(dir, 'cache');
    const cold = await timed([...deps, '--cache-dir', cache]);
    registry.resetSeen();
    const warm = await timed([...deps, '--cache-dir', cache]);
    const attestationRequests = registry.seen.filter((u) => u.includes('/attestations/')).length;
    log(
      `(g) deps, ${n} packages at 20 ms a request: cold ${(cold / 1000).toFixed(1)} s, warm ${(warm / 1000).toFixed(1)} s (${attestationRequests} attestation requests when warm)`,
    );
    let baseline = 0;
    for (const p of world.packages)
      baseline += await timed(['npm', `${p.name}@1.0.0`, '--repo', REPO, ...common]);
    log(
      `(g) baseline: ${n} runs of verify-provenance npm NAME@VERSION, one after another: ${(baseline / 1000).toFixed(1)} s`,
    );
    const s = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
    return [
      {
        label: `(g) deps cold, ${n} packages, 20 ms registry`,
        baseline: `${s(baseline)} (${n}x npm)`,
        ours: s(cold),
        ratio: `${(cold / baseline).toFixed(2)}x`,
      },
      {
        label: `(g) deps warm (cache), same lockfile`,
        baseline: `${s(baseline)} (${n}x npm)`,
        ours: s(warm),
        ratio: `${(warm / baseline).toFixed(3)}x`,
      },
    ];
  } finally {
    await registry.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

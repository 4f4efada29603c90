// `npm run sea`: the CLI as a Node single executable application (SEA) for this platform, made
// from the pinned Node 24 of the `node` devDependency; no Node is needed where it runs.
//
//   1. esbuild bundles src/cli/index.ts into ONE CommonJS file. Node 24's SEA runs a single
//      CommonJS script and its require() loads built-ins only; dist/cli is an ncc ESM bundle
//      with a lazily imported chunk, which a SEA cannot load. Same sources, one file, no chunks.
//   2. `node --experimental-sea-config` turns it into the blob. No code cache and no snapshot:
//      both make the blob differ from build to build (measured), and the blob must be
//      reproducible. The experimental warning is off; NODE_OPTIONS and --node-options are
//      ignored (execArgvExtension "none"), so no environment can preload code into the binary.
//   3. postject injects the blob into a copy of that Node (macOS: signature removed first and
//      re-signed ad hoc after), and the result must print its version and Node's.
//
// Options: --out DIR (default build/sea); --blob-only (steps 1-2, for the staleness test);
// --check-reproducible (build a second time beside the first: the blob must be byte-identical,
// the executable is compared and reported); --runtime-matches FILE (fail unless the pinned
// runtime has exactly FILE's bytes, e.g. the official Node that actions/setup-node installed).
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';
const TARGETS = ['linux-x64', 'linux-arm64', 'darwin-x64', 'darwin-arm64', 'win-x64'];
const WINDOWS = process.platform === 'win32';
const MAC = process.platform === 'darwin';

const { values: opts } = parseArgs({
  options: {
    out: { type: 'string', default: join('build', 'sea') },
    'blob-only': { type: 'boolean', default: false },
    'check-reproducible': { type: 'boolean', default: false },
    'runtime-matches': { type: 'string' },
  },
});

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const target = `${WINDOWS ? 'win' : process.platform}-${process.arch}`;
if (!TARGETS.includes(target)) fail(`no single executable for ${target} (targets: ${TARGETS})`);
// The `node` package names its binary in its manifest (bin/node, or bin/node.exe on Windows).
const runtimeBin = JSON.parse(readFileSync('node_modules/node/package.json', 'utf8')).bin.node;
const runtime = resolve('node_modules', 'node', runtimeBin);

function fail(message) {
  console.error(`sea: ${message}`);
  process.exit(1);
}

function sha256(path) {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

function checkRuntime() {
  const version = execFileSync(runtime, ['-p', 'process.version'], { encoding: 'utf8' }).trim();
  if (version !== `v${pkg.devDependencies.node}`)
    fail(`${runtime} is ${version}, not the pinned node@${pkg.devDependencies.node}: run npm ci`);
  const other = opts['runtime-matches'];
  if (other !== undefined && !readFileSync(runtime).equals(readFileSync(other)))
    fail(`${runtime} differs from ${other}: the runtime is not the build it claims to be`);
  return version;
}

/** Steps 1-2 in `dir`; the config names files relative to it, so no path enters the blob. */
async function makeBlob(dir) {
  mkdirSync(dir, { recursive: true });
  await build({
    entryPoints: ['src/cli/index.ts'],
    outfile: join(dir, 'verify-provenance.cjs'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node24',
    logLevel: 'warning',
    // fdir's ES module (under tinyglobby's) calls createRequire(import.meta.url), which a
    // CommonJS bundle leaves undefined: take tinyglobby's CommonJS build, which requires fdir's.
    alias: { tinyglobby: resolve('node_modules/tinyglobby/dist/index.cjs') },
  });
  // esbuild turns import.meta into an empty object in CommonJS: any module still reading it
  // would fail at run time in the binary only, so the build fails here instead.
  if (/\bimport_meta\d*\b/.test(readFileSync(join(dir, 'verify-provenance.cjs'), 'utf8')))
    fail('a bundled module reads import.meta, which is empty in the CommonJS bundle');
  writeFileSync(
    join(dir, 'sea-config.json'),
    `${JSON.stringify(
      {
        main: 'verify-provenance.cjs',
        output: 'sea-prep.blob',
        disableExperimentalSEAWarning: true,
        useSnapshot: false,
        useCodeCache: false,
        execArgvExtension: 'none',
      },
      null,
      2,
    )}\n`,
  );
  execFileSync(runtime, ['--experimental-sea-config', 'sea-config.json'], {
    cwd: dir,
    stdio: 'pipe',
  });
  return join(dir, 'sea-prep.blob');
}

/** Step 3: a copy of the runtime with the blob injected, checked by running it. */
function makeExecutable(dir, blob, nodeVersion) {
  const exe = join(dir, `verify-provenance-${target}${WINDOWS ? '.exe' : ''}`);
  rmSync(exe, { force: true });
  copyFileSync(runtime, exe);
  chmodSync(exe, 0o755);
  if (MAC) execFileSync('codesign', ['--remove-signature', exe]);
  const postject = createRequire(import.meta.url).resolve('postject/dist/cli.js');
  const args = [postject, exe, 'NODE_SEA_BLOB', blob, '--sentinel-fuse', FUSE];
  if (MAC) args.push('--macho-segment-name', 'NODE_SEA');
  // postject's ELF writer prints harmless "Can't find string offset" warnings: shown on failure.
  const injected = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (injected.status !== 0) fail(`postject failed:\n${injected.stdout}${injected.stderr}`);
  if (MAC) execFileSync('codesign', ['--sign', '-', exe]);
  const said = execFileSync(exe, ['--version'], { encoding: 'utf8' }).trim();
  const expected = `${pkg.version} (node ${nodeVersion}, single executable)`;
  if (said !== expected) fail(`${exe} --version says "${said}", expected "${expected}"`);
  return exe;
}

function describe(path) {
  const bytes = readFileSync(path).length;
  return `${path}  ${(bytes / 2 ** 20).toFixed(1)} MiB  sha256:${sha256(path)}`;
}

const started = Date.now();
const nodeVersion = checkRuntime();
const blob = await makeBlob(opts.out);
if (opts['blob-only']) {
  console.log(describe(blob));
  process.exit(0);
}
const exe = makeExecutable(opts.out, blob, nodeVersion);
console.log(`sea: ${target}, node ${nodeVersion}, ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`  ${describe(blob)}\n  ${describe(exe)}`);

if (opts['check-reproducible']) {
  const again = join(opts.out, 'again');
  rmSync(again, { recursive: true, force: true });
  const blob2 = await makeBlob(again);
  const exe2 = makeExecutable(again, blob2, nodeVersion);
  const sameBlob = readFileSync(blob).equals(readFileSync(blob2));
  const sameExe = readFileSync(exe).equals(readFileSync(exe2));
  rmSync(again, { recursive: true, force: true });
  console.log(
    `  rebuilt: blob ${sameBlob ? 'identical' : 'DIFFERS'}, executable ${sameExe ? 'identical' : 'differs'}`,
  );
  if (!sameBlob) fail('two builds from the same tree gave different blobs');
}

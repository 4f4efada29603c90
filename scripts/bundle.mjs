// Bundle each entry with @vercel/ncc into dist/<entry>/ (ESM; committed, checked by check-dist).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const ENTRIES = [['src/cli/index.ts', 'dist/cli']];
if (existsSync('src/action/index.ts')) ENTRIES.push(['src/action/index.ts', 'dist/action']);

for (const [entry, out] of ENTRIES) {
  rmSync(out, { recursive: true, force: true });
  execFileSync(
    'npx',
    [
      'ncc',
      'build',
      entry,
      '-o',
      out,
      '--license',
      'licenses.txt',
      '--quiet',
      '--target',
      'es2022',
    ],
    { stdio: 'inherit' },
  );
  writeFileSync(`${out}/package.json`, '{\n  "type": "module"\n}\n');
  askChunkLoaderFirst(`${out}/index.js`);
}

/**
 * The runtime loads a chunk with `import()`; ask the launcher's chunk loader first
 * (src/sources/chunk-loader.ts: a code cache with what a run compiled), which may decline.
 * Exactly one such `import()` is expected: anything else fails the build.
 */
function askChunkLoaderFirst(entry) {
  const from = 'var promise = import("./" + __nccwpck_require__.u(chunkId)).then(';
  const to =
    'var promise = (globalThis[Symbol.for("verify-provenance/load-chunk")]?.(__nccwpck_require__.u(chunkId)) ?? import("./" + __nccwpck_require__.u(chunkId))).then(';
  const text = readFileSync(entry, 'utf8');
  if (text.split(from).length !== 2)
    throw new Error(
      `${entry}: the bundler's chunk import() is not there once; update askChunkLoaderFirst`,
    );
  writeFileSync(entry, text.replace(from, to));
}

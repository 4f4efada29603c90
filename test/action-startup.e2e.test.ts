// Start-up of the built action (issue 12): a run loads only the code it needs. The README demo
// (plain paths, bundle files, a trusted root) loads no HTTP client and no glob library; a
// pattern beyond NAME* in a plain directory still loads @actions/glob, lazily.
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ACTION, runAction } from './support/action-runner.js';

const DEMO = {
  'subject-path': 'fixtures/demo/hello-1.0.0.tar.gz',
  'bundle-path': 'fixtures/demo/hello-1.0.0.tar.gz.sigstore.json',
  repo: 'acme/hello',
  'trusted-root': 'fixtures/trusted_root.json',
};

/** Code that marks a library in a chunk of the bundle. */
const MARKS = {
  undici: "Symbol.for('undici.error.UND_ERR')",
  'http-client': 'HttpCodes',
  '@actions/glob': 'implicitDescendants',
};

/** Runs the action with a preload that records every module it loads; the chunks' text. */
async function loadedChunks(
  inputs: Record<string, string>,
): Promise<{ code: number; chunks: Map<string, string> }> {
  const dir = mkdtempSync(join(tmpdir(), 'vp-loaded-'));
  const log = join(dir, 'loaded.txt');
  const preload = join(dir, 'record.mjs');
  writeFileSync(
    preload,
    [
      "import { appendFileSync } from 'node:fs';",
      "import { registerHooks } from 'node:module';",
      'registerHooks({',
      '  load(url, context, next) {',
      `    appendFileSync(${JSON.stringify(log)}, url + '\\n');`,
      '    return next(url, context);',
      '  },',
      '});',
      // Chunks the launcher's chunk loader compiles (src/sources/chunk-loader.ts) pass no hook.
      "const key = Symbol.for('verify-provenance/load-chunk');",
      'let loader;',
      'Object.defineProperty(globalThis, key, {',
      '  configurable: true,',
      '  set(value) { loader = value; },',
      '  get() {',
      '    return loader && ((name) => {',
      `      appendFileSync(${JSON.stringify(log)}, new URL(name, ${JSON.stringify(pathToFileURL(ACTION).href)}).href + '\\n');`,
      '      return loader(name);',
      '    });',
      '  },',
      '});',
    ].join('\n'),
  );
  writeFileSync(log, '');
  const r = await runAction(inputs, { nodeOptions: `--import ${preload}` });
  const chunks = new Map<string, string>();
  for (const url of readFileSync(log, 'utf8').split('\n'))
    if (url.startsWith('file:') && url.includes('/dist/action/')) {
      const path = fileURLToPath(url);
      chunks.set(path, readFileSync(path, 'utf8'));
    }
  return { code: r.code, chunks };
}

const holding = (chunks: Map<string, string>, mark: string): string[] =>
  [...chunks].filter(([, text]) => text.includes(mark)).map(([path]) => path);

describe('action start-up: load only what the run needs', () => {
  it('the README demo loads no HTTP client and no glob library', async () => {
    const { code, chunks } = await loadedChunks(DEMO);
    expect(code).toBe(0);
    expect(chunks.has(ACTION)).toBe(true);
    for (const mark of Object.values(MARKS)) expect(holding(chunks, mark), mark).toEqual([]);
  });

  it('NAME* in a plain directory needs no glob library; another wildcard loads it', async () => {
    const star = await loadedChunks({ ...DEMO, 'subject-path': 'fixtures/demo/hello-*.tar.gz' });
    expect(star.code).toBe(0);
    expect(holding(star.chunks, MARKS['@actions/glob'])).toEqual([]);
    const other = await loadedChunks({
      ...DEMO,
      'subject-path': 'fixtures/demo/hello-?.0.0.tar.gz',
    });
    expect(other.code).toBe(0);
    expect(holding(other.chunks, MARKS['@actions/glob'])).toHaveLength(1);
  });

  it('the entry is a small launcher (the compile cache and chunk loader are on before the rest loads)', () => {
    expect(statSync(ACTION).size).toBeLessThan(40 * 1024);
  });
});

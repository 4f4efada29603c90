// Bundle each entry with @vercel/ncc into dist/<entry>/ (ESM; committed, checked by check-dist).
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';

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
}

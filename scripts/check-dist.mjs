// Rebuild dist/ and fail on any difference from what is committed, untracked files included.
import { execFileSync } from 'node:child_process';

execFileSync('node', ['scripts/bundle.mjs'], { stdio: 'inherit' });
const status = execFileSync(
  'git',
  ['status', '--porcelain', '--untracked-files=all', '--', 'dist/'],
  { encoding: 'utf8' },
);
if (status.trim().length > 0) {
  console.error(
    'dist/ is out of date with src/: run `npm run bundle` and commit the result.\n' + status,
  );
  process.exit(1);
}
console.log('dist/ matches a fresh bundle');

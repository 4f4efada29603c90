// Regenerate the README's action input and output tables from action.yml (`npm run docs`).
// A test holds README and action.yml equal, so a changed input cannot go undocumented.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';

const action = parse(readFileSync('action.yml', 'utf8'));
const cell = (text) => String(text).trim().replace(/\s+/g, ' ').replace(/\|/g, '\\|');

const inputs = [
  '| input | description | default |',
  '| --- | --- | --- |',
  ...Object.entries(action.inputs).map(
    ([name, spec]) =>
      `| \`${name}\` | ${cell(spec.description)} | ${spec.default === undefined ? '' : `\`${spec.default}\``} |`,
  ),
];
const outputs = [
  '| output | description |',
  '| --- | --- |',
  ...Object.entries(action.outputs).map(
    ([name, spec]) => `| \`${name}\` | ${cell(spec.description)} |`,
  ),
];

let readme = readFileSync('README.md', 'utf8');
for (const [marker, table] of [
  ['action-inputs', inputs],
  ['action-outputs', outputs],
]) {
  const start = `<!-- ${marker}:start (generated from action.yml by npm run docs) -->`;
  const end = `<!-- ${marker}:end -->`;
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md lacks the ${marker} markers`);
  readme = `${readme.slice(0, from + start.length)}\n\n${table.join('\n')}\n\n${readme.slice(to)}`;
}
writeFileSync('README.md', readme);
execFileSync('npx', ['prettier', '--write', 'README.md'], { stdio: 'ignore' });

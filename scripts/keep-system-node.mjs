// `prepare` (runs after npm install / npm ci): the `node` devDependency (Node 24, for running
// the built action as GitHub does) links `node_modules/.bin/node`, which would make every npm
// script and every `#!/usr/bin/env node` tool run on Node 24 instead of the machine's Node.
// Remove that link; the action tests call node_modules/node/bin/node by path.
import { rmSync } from 'node:fs';

for (const name of ['node', 'node.cmd', 'node.ps1'])
  rmSync(`node_modules/.bin/${name}`, { force: true });

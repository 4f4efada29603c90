// `dependencies` script (npm runs it here after any command that changed node_modules, including
// `npm i PKG`; never for those who install the published package): the `node` devDependency
// (Node 24, for running the built action as GitHub does and for `npm run sea`) links
// `node_modules/.bin/node`, which would make every npm script and every `#!/usr/bin/env node`
// tool run on Node 24 instead of the machine's Node. Remove that link; the tests call
// node_modules/node/bin/node by path.
import { rmSync } from 'node:fs';

for (const name of ['node', 'node.cmd', 'node.ps1'])
  rmSync(`node_modules/.bin/${name}`, { force: true });

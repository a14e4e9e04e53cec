import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { snapshotCli } from './cli-timing.js';
import { prepareWorkspace } from './run.js';
import { measureLsp } from './lsp.js';
snapshotCli('/tmp/probe-cli');
execFileSync('npx', ['esbuild', 'cli/main.ts', '--bundle', '--platform=node', '--target=node20', '--format=cjs', '--main-fields=module,main',
    '--define:__VERSION__="0"', '--outfile=/tmp/probe-cli/cli/main.cjs', '--log-level=error', '--log-override:empty-import-meta=silent']);
const ws = prepareWorkspace('/work/main/bench/workspaces', 1000, 42, console.log);
const r = await measureLsp(ws.root, path.join(ws.root, ws.leaf), path.join(ws.root, ws.hub), { starts: 1, edits: 10, requests: 5, memoryEdits: 0 }, console.log);
console.log(JSON.stringify({ leaf: r.leafEditMs, hub: r.hubEditMs, deps: r.hubDependentsMs }));

/**
 * The language-server figures alone, fast, for working on edit latency
 * (`npx tsx bench/lspprobe.mts`): one start, 10 leaf and 10 hub edits on the
 * 1,000-file workspace, with an unminified server bundle so a profile
 * (`BENCH_LSP_NODE_ARGS="--cpu-prof --cpu-prof-dir=DIR"`) names functions.
 * Not a figure for the docs: `npm run bench` is.
 */
import { execFileSync } from 'node:child_process';
import * as os from 'node:os';
import * as path from 'node:path';
import { snapshotCli } from './cli-timing.js';
import { BENCH, REPO } from './process.js';
import { prepareWorkspace } from './run.js';
import { measureLsp } from './lsp.js';
snapshotCli(path.join(os.tmpdir(), 'actionplan-lsp-probe'));
execFileSync('npx', ['esbuild', 'cli/main.ts', '--bundle', '--platform=node', '--target=node20', '--format=cjs', '--main-fields=module,main',
    '--define:__VERSION__="0"', '--define:import.meta.url=__bundleUrl', '--banner:js=var __bundleUrl = require("node:url").pathToFileURL(__filename).href;', `--outfile=${path.join(os.tmpdir(), 'actionplan-lsp-probe', 'cli', 'main.cjs')}`, '--log-level=error', '--log-override:empty-import-meta=silent'], { cwd: REPO });
const ws = prepareWorkspace(path.join(BENCH, 'workspaces'), 1000, 42, console.log);
const r = await measureLsp(ws.root, path.join(ws.root, ws.leaf), path.join(ws.root, ws.hub), { starts: 1, edits: 10, requests: 5, memoryEdits: 0 }, console.log);
console.log(JSON.stringify({ leaf: r.leafEditMs, hub: r.hubEditMs, deps: r.hubDependentsMs }));

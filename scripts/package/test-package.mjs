#!/usr/bin/env node
// `npm run test:package`: the npm package as a user gets it. Packs the tarball (`npm pack`, which builds through
// `prepare`), installs it into an empty project, and from there runs the CLI (check, check --cache, render, diff,
// fmt, lsp --stdio), the Node API through require and import, and the compiler against the published types.
// Also checks what the tarball holds, what the install pulls in, and that `npm run package`'s .vsix still has
// the extension's bundles. Exits 1 when any check fails; the last line is 'N passed, N failed'.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { assert, createHarness, expectExit, run } from './harness.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8'));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'actionplan-package-'));
const keep = process.env.KEEP_TMP === '1';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
// A user's npm: no dev dependencies, no color, no update notice, nothing but the registry.
const env = { ...process.env, NO_COLOR: '1', npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };
for (const key of Object.keys(env)) if (/^npm_(package|lifecycle|config_(omit|include|production|dev))/i.test(key)) delete env[key];

const t = createHarness(`The npm package, packed and installed (in ${tmp})`);
const app = path.join(tmp, 'app');
const bin = path.join(app, 'node_modules', '.bin', 'actionplan');
let tarball;
let packed = [];

await t.check('npm pack builds (prepare) and writes the tarball', () => {
    const packDir = path.join(tmp, 'pack');
    fs.mkdirSync(packDir);
    const result = expectExit(0, npm, ['pack', '--json', '--pack-destination', packDir], { cwd: repo, env });
    const name = fs.readdirSync(packDir).find(file => file.endsWith('.tgz'));
    assert(name, `no .tgz in ${packDir}; npm pack printed:\n${result.stdout}`);
    tarball = path.join(packDir, name);
    packed = expectExit(0, 'tar', ['-tzf', tarball]).stdout.split('\n').filter(Boolean).map(file => file.replace(/^package\//, ''));
});

await t.check('the tarball holds the CLI, the API and its types, and nothing of the extension or the sources', () => {
    for (const file of ['package.json', 'README.md', 'LICENSE', 'dist/cli/actionplan.cjs', 'dist/cli/main.cjs', 'dist/cli/cache-hit.cjs',
        'dist/api/index.cjs', 'dist/api/index.mjs', 'dist/api/index.d.cts', 'dist/api/index.d.mts']) {
        assert(packed.includes(file), `${file} is not in the tarball (it has: ${packed.join(', ')})`);
    }
    const unwanted = packed.filter(file => /^dist\/(client|server)\/|\.map$|\.ts$|^(language|cli|server|client|test|api)\//.test(file));
    assert(unwanted.length === 0, `the tarball carries files no user loads: ${unwanted.join(', ')}`);
    const bytes = fs.statSync(tarball).size;
    assert(bytes < 2_000_000, `the tarball is ${bytes} bytes; more than 2 MB`);
});

await t.check('every file a shipped bundle requires by a relative path is in the tarball', () => {
    const unpacked = path.join(tmp, 'unpacked');
    fs.mkdirSync(unpacked);
    expectExit(0, 'tar', ['-xzf', tarball, '-C', unpacked]);
    const missing = [];
    for (const file of packed.filter(f => /\.(c|m)?js$/.test(f))) {
        const text = fs.readFileSync(path.join(unpacked, 'package', file), 'utf8');
        for (const [, request] of text.matchAll(/(?:require\(|from\s*|import\()\s*["'](\.{1,2}\/[^"']+)["']/g)) {
            const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), request));
            if (!packed.includes(target)) missing.push(`${file} loads ${request} (${target})`);
        }
    }
    assert(missing.length === 0, `not in the tarball:\n${missing.join('\n')}`);
});

await t.check('npm i of the tarball into an empty project installs actionplan alone', () => {
    fs.mkdirSync(app);
    fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', private: true }, null, 2));
    expectExit(0, npm, ['install', tarball], { cwd: app, env });
    const installed = fs.readdirSync(path.join(app, 'node_modules')).filter(name => !name.startsWith('.'));
    assert(installed.length === 1 && installed[0] === 'actionplan', `node_modules holds ${installed.join(', ')}; expected actionplan only`);
    const manifest = JSON.parse(fs.readFileSync(path.join(app, 'node_modules/actionplan/package.json'), 'utf8'));
    const dependencies = Object.keys(manifest.dependencies ?? {});
    assert(dependencies.length === 0, `the package still depends on ${dependencies.join(', ')}`);
    const bytes = folderSize(path.join(app, 'node_modules'));
    assert(bytes < 6_000_000, `node_modules is ${bytes} bytes; more than 6 MB`);
    process.stdout.write(`       node_modules: actionplan only, ${(bytes / 1e6).toFixed(1)} MB\n`);
});

// The samples, copied where the installed CLI runs (its cwd is inside the project, as a user's would be).
const northwind = path.join(app, 'northwind');
const needsWork = path.join(app, 'needs-work');
fs.cpSync(path.join(repo, 'samples/northwind'), northwind, { recursive: true });
fs.cpSync(path.join(repo, 'samples/needs-work'), needsWork, { recursive: true });
const npx = (args, cwd = app, extra = {}) => run(npm, ['exec', '--no', '--', 'actionplan', ...args], { cwd, env: { ...env, ...extra } });
const npxExpect = (code, args, cwd = app, extra = {}) => {
    const result = npx(args, cwd, extra);
    if (result.status !== code) throw new Error(`npx actionplan ${args.join(' ')} (in ${cwd}) exited with ${result.status}, expected ${code}\n--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`);
    return result;
};

await t.check('npx actionplan --version prints the package version', () => {
    const out = npxExpect(0, ['--version']).stdout.trim();
    assert(out === pkg.version, `printed '${out}', expected '${pkg.version}'`);
});

await t.check('check: northwind passes (exit 0), needs-work fails (exit 1) with errors in JSON', () => {
    npxExpect(0, ['check'], northwind);
    const report = JSON.parse(npxExpect(1, ['check', '--format', 'json'], needsWork).stdout);
    assert(report.summary.errors > 0, 'needs-work reported no error');
});

await t.check('check --cache: the second run is answered from the cache, with the same output', () => {
    const probe = path.join(tmp, 'load-probe.cjs');
    fs.writeFileSync(probe, "const M = require('node:module'); const load = M._load;\n"
        + "M._load = function (request, ...rest) { if (/main\\.cjs$/.test(request)) process.stderr.write('PROBE: the checker was loaded\\n'); return load.call(this, request, ...rest); };\n");
    const probed = { NODE_OPTIONS: `--require ${probe}` };
    const first = npxExpect(1, ['check', '--cache', '--format', 'json'], needsWork, probed);
    try {
        JSON.parse(first.stdout);
    } catch {
        throw new Error(`check --cache printed no JSON report:\n--- stdout\n${first.stdout}\n--- stderr\n${first.stderr}`);
    }
    assert(first.stderr.includes('PROBE: the checker was loaded'), 'the first run did not load the checker: the probe is not working');
    assert(fs.existsSync(path.join(needsWork, '.actionplancache')), 'no .actionplancache was written');
    const second = npxExpect(1, ['check', '--cache', '--format', 'json'], needsWork, probed);
    assert(!second.stderr.includes('PROBE: the checker was loaded'), `the second run loaded the checker: not answered from the cache\n${second.stderr}`);
    assert(second.stdout === first.stdout, 'the cached output differs from the first');
});

await t.check('render: html, md and json', () => {
    const html = npxExpect(0, ['render', '--format', 'html'], northwind).stdout;
    assert(/^<!doctype html>/i.test(html) && html.includes('</html>'), 'render --format html is not an HTML document');
    const md = npxExpect(0, ['render', '--format', 'md'], northwind).stdout;
    assert(/^# /m.test(md), 'render --format md has no heading');
    const model = JSON.parse(npxExpect(0, ['render', '--format', 'json'], northwind).stdout);
    assert(model.schemaVersion === 1 && model.teams.length > 0, 'render --format json is not the model');
});

await t.check('diff between two folders: a changed win title is reported', () => {
    const changed = path.join(app, 'northwind-changed');
    fs.cpSync(northwind, changed, { recursive: true });
    const file = path.join(changed, 'teams/nursing.plan');
    const text = fs.readFileSync(file, 'utf8');
    const edited = text.replace('"Match every spring nursing student to a clinical placement"', '"Match every nursing student to a placement"');
    assert(edited !== text, 'the sample changed: the win title to edit is not in teams/nursing.plan');
    fs.writeFileSync(file, edited);
    const out = npxExpect(0, ['diff', 'northwind', 'northwind-changed']).stdout;
    assert(out.includes('Match every nursing student to a placement'), `the diff does not show the new title:\n${out}`);
});

await t.check('fmt --check: passes on northwind, fails on an unformatted plan until `fmt`', () => {
    npxExpect(0, ['fmt', '--check'], northwind);
    const messy = path.join(app, 'messy');
    fs.cpSync(northwind, messy, { recursive: true });
    const file = path.join(messy, 'teams/retention.plan');
    const text = fs.readFileSync(file, 'utf8');
    const unformatted = text.replace(/^( +)/gm, '$1   ');
    assert(unformatted !== text, 'the sample changed: teams/retention.plan has no indented line');
    fs.writeFileSync(file, unformatted);
    const listed = npxExpect(1, ['fmt', '--check'], messy);
    assert(`${listed.stdout}${listed.stderr}`.includes('retention.plan'), 'fmt --check did not name teams/retention.plan');
    npxExpect(0, ['fmt'], messy);
    npxExpect(0, ['fmt', '--check'], messy);
});

await t.check('lsp --stdio: a plan with an unresolved owner gets one diagnostic for it', async () => {
    const file = path.join(northwind, 'teams/nursing.plan');
    const text = fs.readFileSync(file, 'utf8').replace('owner maria', 'owner nobody_by_that_name');
    assert(text.includes('nobody_by_that_name'), 'the sample changed: no `owner maria` in teams/nursing.plan');
    const diagnostics = await lspDiagnostics(bin, northwind, file, text, 'nobody_by_that_name');
    const mine = diagnostics.filter(d => d.severity === 1 && d.message.includes('nobody_by_that_name'));
    assert(mine.length === 1, `expected one error naming nobody_by_that_name, got ${JSON.stringify(diagnostics, null, 1)}`);
    assert(mine[0].range.start.line === text.split('\n').findIndex(line => line.includes('nobody_by_that_name')), 'the diagnostic is not on the edited line');
});

await t.check("the Node API through require('actionplan'): check() is what check --format json prints", () => {
    const cli = npx(['check', '--format', 'json'], needsWork).stdout;
    const script = `const api = require('actionplan');
api.check([], { cwd: ${JSON.stringify(needsWork)} }).then(report => process.stdout.write(JSON.stringify(report, null, 2) + '\\n'),
  error => { console.error(error); process.exit(2); });`;
    const out = expectExit(0, process.execPath, ['-e', script], { cwd: app, env }).stdout;
    assert(out === cli, `check() differs from check --format json\n--- API\n${out.slice(0, 2000)}\n--- CLI\n${cli.slice(0, 2000)}`);
});

await t.check("the Node API through import('actionplan'): render() in md and json is what render prints; bad input is named", () => {
    const md = npx(['render', '--format', 'md'], northwind).stdout;
    const json = npx(['render', '--format', 'json'], northwind).stdout;
    const script = `import { render, check, ActionPlanError, version } from 'actionplan';
import * as assert from 'node:assert/strict';
const cwd = ${JSON.stringify(northwind)};
assert.equal(await render('.', { cwd, format: 'md' }), ${JSON.stringify(md)});
assert.equal(JSON.stringify(await render([], { cwd, format: 'json' }), null, 2) + '\\n', ${JSON.stringify(json)});
assert.equal(version, ${JSON.stringify(pkg.version)});
await assert.rejects(check(['no-such-folder'], { cwd }), e => e instanceof ActionPlanError && e.problems.some(p => p.includes('no-such-folder')));
await assert.rejects(check([], { cwd, asOf: '2026-02-30' }), e => e instanceof TypeError && /2026-02-30/.test(e.message));
await assert.rejects(render([], { cwd, format: 'pdf' }), e => e instanceof TypeError && /pdf/.test(e.message));
`;
    fs.writeFileSync(path.join(app, 'use-api.mjs'), script);
    expectExit(0, process.execPath, ['use-api.mjs'], { cwd: app, env });
});

await t.check('the published types: a TypeScript user of the API (import and require) compiles; a wrong use does not', () => {
    const tsc = path.join(repo, 'node_modules/typescript/bin/tsc');
    assert(fs.existsSync(tsc), `${tsc} is missing: run npm ci in the repository`);
    const dir = path.join(app, 'ts');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'esm.mts'), `import { check, render, ActionPlanError, type CheckReport, type ActionPlanModel } from 'actionplan';
const report: CheckReport = await check(['plans'], { cwd: '.', asOf: '2026-06-30', quiet: true });
const errors: number = report.summary.errors + report.diagnostics.filter(d => d.severity === 'error').length;
const html: string = await render('.', { format: 'html' });
const model: ActionPlanModel = await render('.', { format: 'json' });
const firstWin: string | undefined = model.teams[0]?.wins[0]?.qualifiedName;
const problems: string[] = new ActionPlanError(['x']).problems;
export { errors, html, firstWin, problems };
`);
    fs.writeFileSync(path.join(dir, 'cjs.cts'), `import actionplan = require('actionplan');
export const pending: Promise<actionplan.CheckReport> = actionplan.check();
export const text: Promise<string> = actionplan.render([], { format: 'md', asOf: '2026-01-01' });
`);
    // No @types/node in the user's project: the published types must stand alone.
    const tsconfig = { compilerOptions: { noEmit: true, strict: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', lib: ['es2022'], types: [] } };
    fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ ...tsconfig, files: ['esm.mts', 'cjs.cts'] }));
    expectExit(0, process.execPath, [tsc, '-p', '.'], { cwd: dir, env });
    fs.writeFileSync(path.join(dir, 'wrong.mts'), `import { check } from 'actionplan';
export const n: number = (await check()).asOf;
`);
    fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ ...tsconfig, files: ['wrong.mts'] }));
    const wrong = run(process.execPath, [tsc, '-p', '.'], { cwd: dir, env });
    assert(wrong.status !== 0 && wrong.stdout.includes("Type 'string' is not assignable to type 'number'"),
        `a wrong use of the API compiled: the types are not checked\n${wrong.stdout}`);
});

await t.check('the API types are the implementation types (test/package/api-types.ts compiles)', () => {
    const tsc = path.join(repo, 'node_modules/typescript/bin/tsc');
    expectExit(0, process.execPath, [tsc, '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022',
        '--skipLibCheck', '--types', 'node', 'test/package/api-types.ts'], { cwd: repo, env });
});

await t.check('npm run package: the .vsix still has the extension and the server bundles, for Node and for the web', () => {
    const vsix = path.join(tmp, 'actionplan.vsix');
    // The bundles were just built by npm pack; the script packs them (vsce, from a staging folder without `files`).
    expectExit(0, process.execPath, [path.join(repo, 'scripts/package-vsix.mjs'), '--no-build', '--out', vsix], { cwd: repo, env });
    const listing = expectExit(0, 'unzip', ['-l', vsix]).stdout;
    for (const file of ['extension/dist/client/extension.cjs', 'extension/dist/server/server.cjs', 'extension/dist/web/extension.js', 'extension/dist/web/server.js', 'extension/package.json']) {
        assert(listing.includes(file), `${file} is not in the .vsix:\n${listing}`);
    }
});

if (!keep) fs.rmSync(tmp, { recursive: true, force: true });
t.finish();

function folderSize(folder) {
    let total = 0;
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
        const full = path.join(folder, entry.name);
        if (entry.isDirectory()) total += folderSize(full);
        else if (entry.isFile()) total += fs.statSync(full).size;
    }
    return total;
}

/**
 * Start `command lsp --stdio`, open `file` with `text`, and resolve with the diagnostics published for it that
 * name `expected` (a publish of the file as it is on disk may come first: it is passed over).
 */
function lspDiagnostics(command, root, file, text, expected) {
    return new Promise((resolve, reject) => {
        const child = spawn(command, ['lsp', '--stdio'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
        const uri = pathToFileURL(file).href;
        let buffer = Buffer.alloc(0);
        let stderr = '';
        let nextId = 1;
        let seen = [];
        const timer = setTimeout(() => finish(new Error(`no diagnostics naming ${expected} for ${uri} within 30 s; last published: ${JSON.stringify(seen)}\n${stderr}`)), 30_000);
        const finish = (error, value) => {
            clearTimeout(timer);
            child.kill();
            if (error) reject(error);
            else resolve(value);
        };
        const send = message => {
            const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
            child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
            child.stdin.write(body);
        };
        child.on('error', error => finish(error));
        child.on('exit', code => finish(new Error(`the server exited (${code}) before publishing diagnostics\n${stderr}`)));
        child.stderr.on('data', chunk => { stderr += chunk; });
        child.stdout.on('data', chunk => {
            buffer = Buffer.concat([buffer, chunk]);
            for (;;) {
                const head = buffer.indexOf('\r\n\r\n');
                if (head < 0) return;
                const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, head).toString('ascii'))?.[1]);
                if (buffer.length < head + 4 + length) return;
                const message = JSON.parse(buffer.subarray(head + 4, head + 4 + length).toString('utf8'));
                buffer = buffer.subarray(head + 4 + length);
                if (message.id !== undefined && message.method) {
                    // A request of the server's (configuration, registration…): answer it plainly.
                    send({ id: message.id, result: message.method === 'workspace/configuration' ? message.params.items.map(() => null) : null });
                } else if (message.id === 1) {
                    send({ method: 'initialized', params: {} });
                    send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'actionplan', version: 1, text } } });
                } else if (message.method === 'textDocument/publishDiagnostics' && message.params.uri === uri) {
                    seen = message.params.diagnostics;
                    if (seen.some(d => d.message.includes(expected))) finish(undefined, seen);
                }
            }
        });
        send({
            id: nextId++, method: 'initialize',
            params: { processId: process.pid, rootUri: pathToFileURL(root).href, workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'plans' }], capabilities: {} },
        });
    });
}

// One bundle each for the CLI, the language server and the VS Code client.
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const watch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions} */
const common = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // Prefer ES modules: some packages' UMD builds hide their requires from the bundler.
    mainFields: ['module', 'main'],
    outExtension: { '.js': '.cjs' },
    sourcemap: 'linked',
    minify: !watch,
    legalComments: 'none',
    define: { __VERSION__: JSON.stringify(pkg.version) },
    logLevel: 'warning',
    // Langium's ESM uses import.meta.url only for paths the bundles never take.
    logOverride: { 'empty-import-meta': 'silent' },
};

const builds = [
    { ...common, entryPoints: { actionplan: 'cli/actionplan.ts' }, outdir: 'dist/cli', banner: { js: '#!/usr/bin/env node' }, external: ['./main.cjs', './cache-hit.cjs'] },
    { ...common, entryPoints: { main: 'cli/main.ts', 'cache-hit': 'cli/cache-hit.ts' }, outdir: 'dist/cli' },
    { ...common, entryPoints: { server: 'server/server.ts' }, outdir: 'dist/server' },
    { ...common, entryPoints: { extension: 'client/extension.ts' }, outdir: 'dist/client', external: ['vscode'] },
];

// The integration suite runs inside VS Code's extension host, which loads CommonJS.
if (process.argv.includes('--integration')) {
    builds.push({ ...common, minify: false, entryPoints: { index: 'test/integration/suite/index.ts' }, outdir: 'dist/test/integration/suite', external: ['vscode', 'mocha'] });
}

if (watch) {
    for (const options of builds) await (await esbuild.context(options)).watch();
} else {
    await Promise.all(builds.map(options => esbuild.build(options)));
    // The JSON Schemas, drawn from the zod schemas by the CLI just built: the editor validates configs with one.
    mkdirSync('schemas', { recursive: true });
    for (const kind of ['config', 'model']) {
        const schema = execFileSync(process.execPath, ['dist/cli/actionplan.cjs', 'schema', kind], { encoding: 'utf8' });
        writeFileSync(`schemas/actionplan.${kind}.schema.json`, schema);
    }
}

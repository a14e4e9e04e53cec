// One bundle each for the CLI, the language server and the VS Code client, and the web extension's two (scripts/esbuild-web.mjs).
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { webBuilds } from './scripts/esbuild-web.mjs';

/**
 * zod's classic API re-exports every locale's error messages (about 260 KB of
 * each bundle, read at every start); the product speaks English only, which
 * zod sets itself. `z.locales` keeps `en`.
 */
const zodEnglishOnly = {
    name: 'zod-english-only',
    setup(build) {
        build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, args => {
            if (!/[\\/]zod[\\/]v4[\\/](classic|core)$/.test(args.resolveDir)) return undefined;
            return { path: path.join(args.resolveDir, '..', 'locales', 'en-only.js'), namespace: 'zod-locales' };
        });
        build.onLoad({ filter: /.*/, namespace: 'zod-locales' }, args => ({
            contents: 'export { default as en } from "./en.js";\n',
            resolveDir: path.dirname(args.path),
        }));
    },
};

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
    // ES modules bundled into CommonJS (fdir, under tinyglobby, calls createRequire(import.meta.url) as it loads)
    // get the bundle's own URL for import.meta.url.
    define: { __VERSION__: JSON.stringify(pkg.version), 'import.meta.url': '__bundleUrl' },
    banner: { js: 'var __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
    logLevel: 'warning',
    // What is left of import.meta (Langium's ESM) is only on paths the bundles never take.
    logOverride: { 'empty-import-meta': 'silent' },
    plugins: [zodEnglishOnly],
};

const builds = [
    { ...common, entryPoints: { actionplan: 'cli/actionplan.ts' }, outdir: 'dist/cli', banner: { js: '#!/usr/bin/env node' }, define: { __VERSION__: JSON.stringify(pkg.version) }, external: ['./main.cjs', './cache-hit.cjs'] },
    { ...common, entryPoints: { main: 'cli/main.ts', 'cache-hit': 'cli/cache-hit.ts' }, outdir: 'dist/cli' },
    { ...common, entryPoints: { server: 'server/server.ts' }, outdir: 'dist/server' },
    { ...common, entryPoints: { extension: 'client/extension.ts' }, outdir: 'dist/client', external: ['vscode'] },
    // The Node API (`require('actionplan')`, see docs/api.md); index.mjs below is its ES module face.
    { ...common, entryPoints: { index: 'api/index.ts' }, outdir: 'dist/api' },
    // VS Code for the Web: the client in the web worker extension host, the server in its own worker.
    ...webBuilds(common),
];

// The integration suite runs inside VS Code's extension host, which loads CommonJS.
if (process.argv.includes('--integration')) {
    builds.push({ ...common, minify: false, entryPoints: { index: 'test/integration/suite/index.ts' }, outdir: 'dist/test/integration/suite', external: ['vscode', 'mocha'] });
}

if (watch) {
    for (const options of builds) await (await esbuild.context(options)).watch();
} else {
    await Promise.all(builds.map(options => esbuild.build(options)));
    // `import` of the API gets the same CommonJS bundle under named exports; both faces share the hand-written types.
    writeFileSync('dist/api/index.mjs', "import api from './index.cjs';\nexport const { ActionPlanError, check, render, version } = api;\n");
    const types = readFileSync('api/actionplan.d.ts', 'utf8');
    for (const file of ['dist/api/index.d.cts', 'dist/api/index.d.mts']) writeFileSync(file, types);
    // The JSON Schemas, drawn from the zod schemas by the CLI just built: the editor validates configs with one.
    mkdirSync('schemas', { recursive: true });
    for (const kind of ['config', 'model']) {
        const schema = execFileSync(process.execPath, ['dist/cli/actionplan.cjs', 'schema', kind], { encoding: 'utf8' });
        writeFileSync(`schemas/actionplan.${kind}.schema.json`, schema);
    }
}

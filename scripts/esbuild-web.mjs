/**
 * The web builds (VS Code for the Web): the extension for the web worker
 * extension host and the language server for its own web worker, in
 * dist/web/. No Node API may reach them: `noNodeBuiltins` fails the build on
 * any import of a Node built-in (`node:fs`, `path`, …), naming the importer;
 * `webHost` puts language/host/browser.ts in place of language/host/node.ts
 * (the host defaults of the language core; the worker injects its own).
 */
import { builtinModules } from 'node:module';
import * as path from 'node:path';

const BUILTINS = new Set(builtinModules.flatMap(name => [name, `node:${name}`]));

/** Fails the build when anything it bundles imports a Node built-in module. */
export function noNodeBuiltins() {
    return {
        name: 'no-node-builtins',
        setup(build) {
            build.onResolve({ filter: /.*/ }, args => {
                const name = args.path.startsWith('node:') ? args.path : args.path.split('/')[0];
                if (!BUILTINS.has(name) && !args.path.startsWith('node:')) return undefined;
                const from = args.importer ? path.relative(process.cwd(), args.importer) : '(entry)';
                return { errors: [{ text: `the web build imports the Node module '${args.path}' (from ${from}); a browser has no Node APIs` }] };
            });
        },
    };
}

/** language/host/node.ts → language/host/browser.ts. */
export function webHost() {
    return {
        name: 'web-host',
        setup(build) {
            build.onResolve({ filter: /\/host\/node\.js$/ }, args => {
                const target = path.resolve(args.resolveDir, args.path);
                if (!target.endsWith(path.join('language', 'host', 'node.js'))) return undefined;
                return { path: target.replace(/node\.js$/, 'browser.ts') };
            });
        },
    };
}

/** The two web builds, from the options the Node builds share (define, minify, logging). */
export function webBuilds(common) {
    const web = {
        ...common,
        platform: 'browser',
        target: 'es2022',
        mainFields: ['browser', 'module', 'main'],
        conditions: ['browser'],
        // No __bundleUrl banner: there is no __filename in a browser.
        banner: {},
        define: { __VERSION__: common.define.__VERSION__ },
        plugins: [webHost(), noNodeBuiltins(), ...(common.plugins ?? [])],
    };
    return [
        // The worker runs the bundle as a classic script.
        { ...web, format: 'iife', entryPoints: { server: 'server/browser.ts' }, outdir: 'dist/web', outExtension: { '.js': '.js' } },
        // CommonJS named .js: the web worker extension host adds `.js` to a `browser` entry without it.
        { ...web, format: 'cjs', entryPoints: { extension: 'client/browser.ts' }, outdir: 'dist/web', outExtension: { '.js': '.js' }, external: ['vscode'] },
    ];
}

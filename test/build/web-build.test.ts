/**
 * The web builds refuse Node APIs (scripts/esbuild-web.mjs): a module that
 * imports a Node built-in fails the build with a message naming it, and the
 * web bundles as built import none.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
// @ts-expect-error: a plain ES module of the build, without types
import { noNodeBuiltins, webHost } from '../../scripts/esbuild-web.mjs';

async function buildWeb(source: string): Promise<string[]> {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'actionplan-web-build-'));
    try {
        fs.writeFileSync(path.join(folder, 'entry.ts'), source);
        await esbuild.build({
            entryPoints: [path.join(folder, 'entry.ts')], bundle: true, write: false, platform: 'browser', format: 'iife',
            plugins: [webHost(), noNodeBuiltins()], logLevel: 'silent',
        });
        return [];
    } catch (error) {
        return ((error as esbuild.BuildFailure).errors ?? [{ text: String(error) }]).map(e => e.text);
    } finally {
        fs.rmSync(folder, { recursive: true, force: true });
    }
}

describe('the web builds', () => {
    for (const specifier of ['node:fs', 'path', 'child_process', 'node:fs/promises', 'os']) {
        it(`fail on an import of '${specifier}'`, async () => {
            const errors = await buildWeb(`import * as m from '${specifier}';\nconsole.log(m);\n`);
            assert.equal(errors.length, 1, `the build did not fail: ${JSON.stringify(errors)}`);
            assert.match(errors[0], new RegExp(`imports the Node module '${specifier}'`));
        });
    }

    it('build a module without Node imports', async () => {
        assert.deepEqual(await buildWeb(`console.log(new TextEncoder().encode('plan'));\n`), []);
    });

    it('bundle the language core with the browser host, not the Node one', async () => {
        const errors = await buildWeb(`import { ConfigProvider } from '${path.resolve('language/config/provider.ts')}';\nconsole.log(new ConfigProvider());\n`);
        assert.deepEqual(errors, []);
    });

    for (const bundle of ['dist/web/server.js', 'dist/web/extension.js']) {
        it(`${bundle} requires nothing but vscode`, () => {
            assert.ok(fs.existsSync(bundle), `${bundle} is missing: run npm run build`);
            // A plain require call (lodash's guarded `module.require("util")`, which no worker has, is not one).
            const required = [...fs.readFileSync(bundle, 'utf8').matchAll(/(?<![.\w$])require\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map(m => m[1]);
            assert.deepEqual([...new Set(required)].filter(name => name !== 'vscode'), []);
        });
    }
});

/**
 * The Node API (api/index.ts) against the CLI it shares its code with: the same report, the same document,
 * errors that name the file or the option. scripts/package/test-package.mjs runs the API again from the
 * installed tarball, through require and import.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ActionPlanError, check, render } from '../../api/index.js';
import { cleanTemp, REPO, runCli, tempDir } from '../cli/helpers.js';

const NEEDS_WORK = path.join(REPO, 'samples/needs-work');
const NORTHWIND = path.join(REPO, 'samples/northwind');

describe('Node API', () => {
    after(cleanTemp);

    it('check() resolves to the object `check --format json` prints', async () => {
        const cli = runCli(['check', '--format', 'json'], { cwd: NEEDS_WORK });
        assert.equal(cli.status, 1, cli.stderr);
        const report = await check([], { cwd: NEEDS_WORK });
        assert.deepEqual(report, JSON.parse(cli.stdout));
        assert.ok(report.summary.errors > 0);
    });

    it('check() takes paths relative to cwd, asOf and quiet as the CLI does', async () => {
        const cli = runCli(['check', 'needs-work', '--format', 'json', '--as-of', '2027-01-15', '--quiet'], { cwd: path.dirname(NEEDS_WORK) });
        const report = await check('needs-work', { cwd: path.dirname(NEEDS_WORK), asOf: '2027-01-15', quiet: true });
        assert.deepEqual(report, JSON.parse(cli.stdout));
        assert.equal(report.asOf, '2027-01-15');
        assert.ok(report.diagnostics.every(d => d.severity === 'error'));
    });

    it('render() gives the html and md documents of `render`, and the model for json', async () => {
        for (const format of ['html', 'md'] as const) {
            const cli = runCli(['render', '--format', format], { cwd: NORTHWIND });
            assert.equal(await render([], { cwd: NORTHWIND, format }), cli.stdout, format);
        }
        const model = await render('.', { cwd: NORTHWIND, format: 'json' });
        assert.deepEqual(model, JSON.parse(runCli(['render', '--format', 'json'], { cwd: NORTHWIND }).stdout));
        assert.equal(model.schemaVersion, 1);
    });

    it('a config that cannot be used rejects with an ActionPlanError naming the file', async () => {
        const dir = tempDir();
        fs.cpSync(NORTHWIND, dir, { recursive: true });
        fs.writeFileSync(path.join(dir, 'actionplan.config.json'), '{ "rules": { "no-such-rule": "error" } }');
        await assert.rejects(check([], { cwd: dir }), (error: unknown) =>
            error instanceof ActionPlanError && error.problems.length > 0 && error.problems.every(p => p.includes('actionplan.config.json')));
        await assert.rejects(render([], { cwd: dir }), ActionPlanError);
    });

    it('bad options reject with a TypeError naming the option', async () => {
        await assert.rejects(check([], { cwd: NORTHWIND, asOf: '2026-02-30' }), /asOf: '2026-02-30' is not a real date/);
        await assert.rejects(render([], { cwd: NORTHWIND, format: 'pdf' as 'md' }), /format: 'pdf' is not one of html, md, json, ics/);
        await assert.rejects(check([42 as unknown as string], { cwd: NORTHWIND }), TypeError);
    });
});

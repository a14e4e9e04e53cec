/**
 * `check --cache`: an unchanged workspace prints from the cache; any change to
 * a plan, a config, the options or the as-of date recomputes; a corrupt or
 * foreign cache file is ignored, never trusted.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cleanTemp, copyFixture, parseJsonReport, runCli } from './helpers.js';

describe('check --cache', function () {
    this.timeout(90_000);
    after(cleanTemp);

    const CACHE = '.actionplancache';

    /** Rewrites the cached report's messages, key untouched: output that shows them proves the cache was read. */
    function tamper(cwd: string): void {
        const file = path.join(cwd, CACHE);
        const entry = JSON.parse(fs.readFileSync(file, 'utf8'));
        entry.report.diagnostics = [{ file: 'marker.plan', line: 1, column: 1, endLine: 1, endColumn: 2, severity: 'info', rule: 'no-placeholder', message: 'FROM THE CACHE' }];
        entry.report.summary = { errors: 0, warnings: 0, infos: 1, hints: 0 };
        fs.writeFileSync(file, JSON.stringify(entry));
    }

    const json = (cwd: string, extra: string[] = []) => runCli(['check', '--cache', '--format', 'json', '--as-of', '2026-05-01', ...extra], { cwd });

    it('writes a cache on the first run and prints from it on an unchanged re-run', () => {
        const cwd = copyFixture('mixed');
        const first = json(cwd);
        assert.ok(fs.existsSync(path.join(cwd, CACHE)), 'the first run writes the cache');
        tamper(cwd);
        const second = json(cwd);
        assert.deepEqual(parseJsonReport(second.stdout).diagnostics.map(d => d.message), ['FROM THE CACHE']);
        assert.notEqual(first.stdout, second.stdout);
    });

    it('recomputes when a plan changes, a config changes, an option or the as-of date changes', () => {
        const cwd = copyFixture('mixed');
        const plan = fs.readdirSync(cwd, { recursive: true }).map(String).find(f => f.endsWith('.plan'))!;
        const edits: Array<[string, () => void, string[]]> = [
            ['a plan edited', () => fs.appendFileSync(path.join(cwd, plan), '\n// edited\n'), []],
            ['a config added', () => fs.writeFileSync(path.join(cwd, 'actionplan.config.json'), '{ "rules": { "plan-review": "off" } }'), []],
            ['--quiet', () => undefined, ['--quiet']],
            ['another as-of date', () => undefined, ['--as-of', '2026-12-01']],
        ];
        for (const [what, edit, args] of edits) {
            json(cwd);
            tamper(cwd);
            edit();
            const run = json(cwd, args);
            assert.ok(!run.stdout.includes('FROM THE CACHE'), `${what}: the cached report must not be reused`);
        }
    });

    it('ignores a corrupt cache file and one of another shape, and rewrites it', () => {
        const cwd = copyFixture('mixed');
        const expected = parseJsonReport(json(cwd).stdout);
        for (const junk of ['not json', '{"key": 1}', JSON.stringify({ key: 'x', report: {}, fileNames: [] }), '']) {
            fs.writeFileSync(path.join(cwd, CACHE), junk);
            const run = json(cwd);
            assert.deepEqual(parseJsonReport(run.stdout), expected, `cache content ${JSON.stringify(junk)}`);
            assert.doesNotThrow(() => JSON.parse(fs.readFileSync(path.join(cwd, CACHE), 'utf8')), 'rewritten');
        }
    });

    it('--cache-location puts the cache where it is told', () => {
        const cwd = copyFixture('mixed');
        json(cwd, ['--cache-location', 'build/plans.cache']);
        assert.ok(fs.existsSync(path.join(cwd, 'build', 'plans.cache')));
        assert.ok(!fs.existsSync(path.join(cwd, CACHE)));
    });
});

/**
 * `check --cache`: an unchanged workspace prints from the cache; any change to
 * a plan, a config, the options or the as-of date recomputes; a corrupt or
 * foreign cache file is ignored, never trusted.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { editCache } from './cache-seal.js';
import { cleanTemp, copyFixture, parseJsonReport, REPO, runCli } from './helpers.js';

describe('check --cache', function () {
    this.timeout(90_000);
    after(cleanTemp);

    const CACHE = '.actionplancache';

    /** Rewrites the cached report's messages, key untouched: output that shows them proves the cache was read. */
    function tamper(cwd: string): void {
        editCache(path.join(cwd, CACHE), entry => {
            entry.report.diagnostics = [{ file: 'marker.plan', line: 1, column: 1, endLine: 1, endColumn: 2, severity: 'info', rule: 'no-placeholder', message: 'FROM THE CACHE' }];
            entry.report.summary = { errors: 0, warnings: 0, infos: 1, hints: 0 };
        });
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

    describe('the answer before the checker loads', () => {
        const PROBE = path.join(REPO, 'test/cli/load-probe.cjs');
        const probed = (cwd: string, extra: string[] = [], env: Record<string, string> = {}) =>
            runCli(['check', '--cache', '--format', 'json', ...extra], { cwd, nodeArgs: ['--require', PROBE], env });
        const loaded = (run: { stderr: string }) => run.stderr.includes('PROBE: the checker was loaded');

        it('answers an unchanged re-run from the cache without loading the checker, exactly as the full check prints', () => {
            const cwd = copyFixture('mixed');
            const first = probed(cwd);
            assert.ok(loaded(first), 'the first run checks');
            const second = probed(cwd);
            assert.ok(!loaded(second), 'the re-run is answered before the checker loads');
            assert.equal(second.stdout, first.stdout);
            assert.equal(second.status, first.status);
            for (const format of ['stylish', 'github', 'junit']) {
                const full = runCli(['check', '--format', format], { cwd });
                probed(cwd, ['--format', format]);
                const fast = probed(cwd, ['--format', format]);
                assert.ok(!loaded(fast), format);
                assert.equal(fast.stdout, full.stdout, format);
                assert.equal(fast.status, full.status, format);
            }
            const capped = probed(cwd, ['--max-warnings', '0']);
            const cappedAgain = probed(cwd, ['--max-warnings', '0']);
            assert.ok(!loaded(cappedAgain));
            assert.equal(cappedAgain.stdout, capped.stdout);
            assert.equal(cappedAgain.stderr, capped.stderr.replace('PROBE: the checker was loaded\n', ''));
            assert.match(cappedAgain.stderr, /more than --max-warnings 0/);
            assert.equal(cappedAgain.status, capped.status);
        });

        it('runs the full check when anything the check read may have changed', () => {
            const cwd = copyFixture('mixed');
            const plan = fs.readdirSync(cwd, { recursive: true }).map(String).find(f => f.endsWith('.plan'))!;
            const changes: Array<[string, () => void]> = [
                ['a plan edited', () => fs.appendFileSync(path.join(cwd, plan), '\n// edited\n')],
                ['a plan added in a new folder', () => { fs.mkdirSync(path.join(cwd, 'more', 'deeper'), { recursive: true }); fs.writeFileSync(path.join(cwd, 'more', 'deeper', 'x.plan'), ''); }],
                ['a plan deleted', () => fs.rmSync(path.join(cwd, 'more', 'deeper', 'x.plan'))],
                ['a config created in a folder of plans', () => fs.writeFileSync(path.join(cwd, 'teams', 'actionplan.config.json'), '{}')],
                ['a config edited', () => fs.writeFileSync(path.join(cwd, 'teams', 'actionplan.config.json'), '{ "ignore": ["**"] }')],
                ['a stamp of another day', () => {
                    editCache(path.join(cwd, CACHE), entry => { entry.stamp!.today = '2000-01-01'; });
                }],
                ['a stamp of another version', () => {
                    editCache(path.join(cwd, CACHE), entry => { entry.stamp!.version = '0.0.0-other'; });
                }],
            ];
            for (const [what, change] of changes) {
                probed(cwd);
                assert.ok(!loaded(probed(cwd)), `${what}: before the change, the cache answers`);
                change();
                assert.ok(loaded(probed(cwd)), `${what}: the full check must run`);
            }
        });

        it('leaves to the full check what it does not handle: SARIF, other options, another folder', () => {
            const cwd = copyFixture('mixed');
            for (const extra of [['--format', 'sarif'], ['-fjson'], ['--debug'], ['--help']]) {
                probed(cwd, extra);
                assert.ok(loaded(probed(cwd, extra)), extra.join(' '));
            }
            probed(cwd);
            const elsewhere = runCli(['check', '--cache', '--format', 'json', '--cache-location', path.join(cwd, CACHE), cwd], { cwd: path.dirname(cwd), nodeArgs: ['--require', PROBE] });
            assert.ok(loaded(elsewhere), 'a run from another folder is another run');
        });
    });
});


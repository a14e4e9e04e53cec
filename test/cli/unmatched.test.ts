/**
 * A path that finds no plan file (it does not exist, a folder without plans,
 * a glob that matches none, or an empty current folder) is exit 2 with one
 * line naming it, never "No problems (0 files checked)": a CI job pointed at
 * the wrong folder must fail. When other paths found plans, those are still
 * checked and reported, and the run still exits 2. `--no-error-on-unmatched-pattern` allows it
 * (the name ESLint gives the option). check, render and fmt agree.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cleanTemp, copyFixture, linesOf, parseJsonReport, runCli, tempDir } from './helpers.js';

function refused(args: string[], cwd: string, named: RegExp): void {
    const run = runCli(args, { cwd });
    assert.equal(run.status, 2, `${args.join(' ')}: ${run.stderr}`);
    assert.doesNotMatch(run.stdout, /No problems/);
    const lines = linesOf(run.stderr);
    assert.equal(lines.length, 1, run.stderr);
    assert.match(lines[0], named);
    assert.match(lines[0], /--no-error-on-unmatched-pattern/);
}

describe('actionplan: a path that finds no plan file', function () {
    this.timeout(120_000);
    afterEach(cleanTemp);

    it('check: a path that does not exist, an empty folder, a glob that matches nothing: exit 2, one line', () => {
        const cwd = copyFixture('baseline');
        fs.mkdirSync(path.join(cwd, 'empty'));
        refused(['check', '--as-of', '2026-05-01', 'does/not/exist'], cwd, /does\/not\/exist: no such file or folder/);
        refused(['check', '--as-of', '2026-05-01', 'empty'], cwd, /empty: no plan files found/);
        refused(['check', '--as-of', '2026-05-01', 'teams/*.plann'], cwd, /no plan files match the pattern 'teams\/\*\.plann'/);
    });

    it('check in a folder without plans, no path given: exit 2', () => {
        refused(['check'], tempDir(), /the current folder: no plan files found/);
    });

    it('a missing path among good ones fails the run (exit 2, one line); the good ones are still checked', () => {
        const cwd = copyFixture('baseline');
        const run = runCli(['check', '--as-of', '2026-05-01', '--format', 'json', 'teams', 'tems'], { cwd });
        assert.equal(run.status, 2, run.stderr);
        assert.deepEqual(linesOf(run.stderr).map(l => l.replace(/;.*/, '')), ['actionplan: tems: no such file or folder']);
        assert.equal(parseJsonReport(run.stdout).files, 1);
    });

    it('--no-error-on-unmatched-pattern: the run checks what it finds, 0 files is clean', () => {
        const cwd = copyFixture('baseline');
        const run = runCli(['check', '--as-of', '2026-05-01', '--format', 'json', '--no-error-on-unmatched-pattern', 'missing', 'teams/*.nope'], { cwd });
        assert.equal(run.status, 0, run.stderr);
        assert.equal(parseJsonReport(run.stdout).files, 0);
        assert.equal(run.stderr, '');
    });

    it('render and fmt refuse the same way, and accept the same option', () => {
        const cwd = copyFixture('baseline');
        fs.mkdirSync(path.join(cwd, 'empty'));
        refused(['render', '--format', 'json', 'empty'], cwd, /empty: no plan files found/);
        refused(['fmt', 'empty'], cwd, /empty: no plan files found/);
        refused(['fmt', '--check', 'nowhere'], cwd, /nowhere: no such file or folder/);
        const render = runCli(['render', '--format', 'json', '--no-error-on-unmatched-pattern', 'empty'], { cwd });
        assert.equal(render.status, 0, render.stderr);
        assert.deepEqual(JSON.parse(render.stdout).files, []);
        assert.equal(runCli(['fmt', '--check', '--no-error-on-unmatched-pattern', 'empty'], { cwd }).status, 0);
    });
});

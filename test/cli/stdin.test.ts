/**
 * `--stdin --stdin-filename F` (editors, lint-staged): `check` reads the plan
 * from stdin as if it were F, within F's workspace, other files from disk;
 * `fmt` prints the formatted text on stdout and writes nothing.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CLI, cleanTemp, cliEnv, copyFixture, parseJsonReport, writeFiles, type CliRun } from './helpers.js';

function runWithStdin(args: string[], cwd: string, input: string): CliRun {
    const result = spawnSync(process.execPath, [CLI, ...args], { cwd, env: cliEnv(), input, encoding: 'utf8', timeout: 60_000 });
    if (result.error) throw result.error;
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function workspace(): string {
    const cwd = copyFixture('baseline');
    writeFiles(cwd, { 'actionplan.config.json': '{}\n' });
    return cwd;
}

describe('actionplan --stdin', function () {
    this.timeout(120_000);
    afterEach(cleanTemp);

    it('check: the text on stdin stands for the file; names resolve in its workspace; only it is reported', () => {
        const cwd = workspace();
        const onDisk = fs.readFileSync(path.join(cwd, 'teams/talent.plan'), 'utf8');
        const edited = onDisk.replace('owner ben', 'owner casey');
        const run = runWithStdin(['check', '--format', 'json', '--as-of', '2026-05-01', '--stdin', '--stdin-filename', 'teams/talent.plan'], cwd, edited);
        assert.equal(run.status, 1, run.stderr);
        const report = parseJsonReport(run.stdout);
        assert.equal(report.files, 1);
        assert.deepEqual(report.diagnostics.map(d => `${d.file}:${d.line} ${d.message}`), [
            `teams/talent.plan:${onDisk.slice(0, onDisk.indexOf('owner ben')).split('\n').length} No person named 'casey'.`,
        ]);
        assert.equal(fs.readFileSync(path.join(cwd, 'teams/talent.plan'), 'utf8'), onDisk, 'the file on disk is not touched');
    });

    it('fmt: prints the formatted text and writes nothing; --check says whether it is formatted', () => {
        const cwd = workspace();
        const formatted = fs.readFileSync(path.join(cwd, 'teams/talent.plan'), 'utf8');
        const messy = formatted.replace('    formed', 'formed').replace('    champion ana', '  champion   ana');
        const run = runWithStdin(['fmt', '--stdin', '--stdin-filename', 'teams/talent.plan'], cwd, messy);
        assert.equal(run.status, 0, run.stderr);
        assert.equal(run.stdout, formatted);
        assert.equal(fs.readFileSync(path.join(cwd, 'teams/talent.plan'), 'utf8'), formatted);
        const check = runWithStdin(['fmt', '--check', '--stdin', '--stdin-filename', 'teams/talent.plan'], cwd, messy);
        assert.equal(check.status, 1);
        assert.equal(check.stdout, 'teams/talent.plan\n');
    });

    it('fmt: a text with syntax errors comes back unchanged on stdout, exit 1, one line naming the file', () => {
        const cwd = workspace();
        const broken = 'team T "t" for {\n';
        const run = runWithStdin(['fmt', '--stdin', '--stdin-filename', 'teams/x.plan'], cwd, broken);
        assert.equal(run.status, 1);
        assert.equal(run.stdout, broken);
        assert.match(run.stderr, /^actionplan: teams\/x\.plan:\d+: cannot format/);
    });

    it('usage errors: --stdin-filename without --stdin, --stdin with paths', () => {
        const cwd = workspace();
        const alone = runWithStdin(['check', '--stdin-filename', 'a.plan'], cwd, '');
        assert.equal(alone.status, 2);
        assert.match(alone.stderr, /--stdin-filename needs --stdin/);
        const both = runWithStdin(['check', '--stdin', 'teams'], cwd, '');
        assert.equal(both.status, 2);
        assert.match(both.stderr, /give no paths/);
    });
});

/**
 * `actionplan check`: exit codes and the one-line reports of usage, config
 * and I/O errors (product.md, "The CLI"). Formats are tested in
 * check-json.test.ts and check-formats.test.ts.
 */
import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
    cleanTemp, CLI, cliEnv, copyFixture, linesOf, parseJsonReport, runCli, runCliUnprivileged, STACK_LINE, tempDir, writeFiles,
} from './helpers.js';


/** Exit 2, nothing useful on stdout, no stack trace; the stderr lines. */
function assertFailure(run: { status: number | null; stdout: string; stderr: string }): string[] {
    assert.equal(run.status, 2, `exit code; stderr: ${run.stderr}`);
    assert.doesNotMatch(run.stderr, STACK_LINE, 'no stack trace without --debug');
    assert.doesNotMatch(run.stderr, /\n\s*at |node:internal|\.cjs:\d+/, 'no trace of the bundle');
    return linesOf(run.stderr);
}

describe('actionplan check: exit codes', function () {
    this.timeout(90_000); // each test spawns the CLI, several times for some
    afterEach(cleanTemp);

    it('exits 0 on a clean workspace and says so', () => {
        const cwd = copyFixture('baseline');
        const run = runCli(['check', '--as-of', '2026-05-01'], { cwd });
        assert.equal(run.status, 0, run.stderr);
        assert.equal(run.stderr, '');
        assert.match(run.stdout, /No problems \(2 files checked, as of 2026-05-01\)/);
    });

    it('exits 0 when there are only warnings and no --max-warnings', () => {
        const cwd = copyFixture('baseline');
        const report = parseJsonReport(runCli(['check', '--as-of', '2026-10-01', '--format', 'json'], { cwd }).stdout);
        assert.equal(report.summary.warnings, 2);
        assert.equal(runCli(['check', '--as-of', '2026-10-01'], { cwd }).status, 0);
    });

    it('exits 1 when a plan has an error, in every format', () => {
        const cwd = copyFixture('mixed');
        for (const format of ['stylish', 'json', 'sarif', 'github', 'junit']) {
            const run = runCli(['check', '--as-of', '2026-05-01', '--format', format], { cwd });
            assert.equal(run.status, 1, `${format}: ${run.stderr}`);
            assert.notEqual(run.stdout, '', `${format} prints its report`);
        }
    });

    it('exits 1 when the only error is in a file named on the command line', () => {
        const cwd = copyFixture('mixed');
        assert.equal(runCli(['check', '--as-of', '2026-05-01', 'extra.plan'], { cwd }).status, 1);
        assert.equal(runCli(['check', '--as-of', '2026-05-01', 'partnership.plan', 'teams'], { cwd }).status, 0);
    });

    it('exits 1 when warnings exceed --max-warnings N, 0 when they equal N', () => {
        const cwd = copyFixture('baseline');
        // As of 2026-10-01 two wins are overdue: two honest-assessment warnings.
        const over = runCli(['check', '--as-of', '2026-10-01', '--max-warnings', '1'], { cwd });
        assert.equal(over.status, 1);
        assert.match(over.stderr, /2 warnings, more than --max-warnings 1/);
        const equal = runCli(['check', '--as-of', '2026-10-01', '--max-warnings', '2'], { cwd });
        assert.equal(equal.status, 0, equal.stderr);
        assert.equal(runCli(['check', '--as-of', '2026-10-01', '--max-warnings', '3'], { cwd }).status, 0);
        assert.equal(runCli(['check', '--as-of', '2026-07-01', '--max-warnings', '0'], { cwd }).status, 1, 'one warning > 0');
        assert.equal(runCli(['check', '--as-of', '2026-05-01', '--max-warnings', '0'], { cwd }).status, 0, 'no warning');
    });

    it('does not count infos and errors as warnings for --max-warnings', () => {
        const cwd = copyFixture('mixed');
        // mixed as of 2026-05-01: one error, one info, no warning; the error alone gives 1.
        const run = runCli(['check', '--as-of', '2026-05-01', '--max-warnings', '0', 'extra.plan', 'partnership.plan', 'teams'], { cwd });
        assert.equal(run.status, 1);
        assert.doesNotMatch(run.stderr, /more than --max-warnings/);
        const infoOnly = tempDir();
        copyFixture('baseline', infoOnly);
        writeFiles(infoOnly, { 'extra.plan': 'business Acme "TODO"\n' });
        assert.equal(runCli(['check', '--as-of', '2026-05-01', '--max-warnings', '0'], { cwd: infoOnly }).status, 0);
    });
});

describe('actionplan check: usage errors exit 2 with one line', function () {
    this.timeout(90_000); // each test spawns the CLI, several times for some
    afterEach(cleanTemp);

    const cases: Array<[string, string[], RegExp]> = [
        ['an unknown option', ['--bogus'], /--bogus/],
        ['an unknown --format', ['--format', 'xml'], /format.*xml|xml.*format/],
        ['an --as-of that is not a date', ['--as-of', 'yesterday'], /as-of.*yesterday/],
        ['an --as-of that is not a real date', ['--as-of', '2026-02-30'], /as-of.*2026-02-30/],
        ['a --max-warnings that is not a number', ['--max-warnings', 'abc'], /max-warnings.*abc/],
        ['a negative --max-warnings', ['--max-warnings', '-1'], /max-warnings/],
        ['an option without its value', ['--config'], /--config/],
    ];
    for (const [what, args, names] of cases) {
        it(`${what} (${args.join(' ')})`, () => {
            const cwd = copyFixture('baseline');
            const run = runCli(['check', ...args], { cwd });
            const lines = assertFailure(run);
            assert.equal(run.stdout, '', 'no report on a usage error');
            assert.match(lines[0], names, 'the first line names the option and the value');
        });
    }

    it('an unknown command', () => {
        const run = runCli(['chek'], { cwd: copyFixture('baseline') });
        const lines = assertFailure(run);
        assert.match(lines[0], /chek/);
    });
});

describe('actionplan check: config errors exit 2 with one line naming file, line, field and reason', function () {
    this.timeout(90_000); // each test spawns the CLI, several times for some
    afterEach(cleanTemp);

    it('an unknown rule: one line, and the plans are still checked with the defaults', () => {
        const cwd = copyFixture('baseline');
        writeFiles(cwd, {
            'actionplan.config.json': '{\n    "asOf": "2026-05-01",\n    "rules": {\n        "first-win-windw": "off"\n    }\n}\n',
        });
        const run = runCli(['check', '--as-of', '2026-05-01', '--format', 'json'], { cwd });
        const lines = assertFailure(run);
        assert.equal(lines.length, 1, `one line: ${run.stderr}`);
        assert.match(lines[0], /actionplan\.config\.json:4\b/, 'the file and the line');
        assert.match(lines[0], /rules\.first-win-windw/, 'the field');
        assert.match(lines[0], /unknown rule 'first-win-windw'/, 'the reason');
        assert.match(lines[0], /did you mean 'first-win-window'/);
        const report = parseJsonReport(run.stdout);
        assert.equal(report.files, 2, 'the plans are checked with the defaults');
    });

    it('a bad value: the field, the line and the reason', () => {
        const cwd = copyFixture('baseline');
        writeFiles(cwd, { 'actionplan.config.json': '{\n  "rules": {\n    "plan-review": "off"\n  },\n  "asOf": "2026-13-01"\n}\n' });
        const lines = assertFailure(runCli(['check'], { cwd }));
        assert.equal(lines.length, 1);
        assert.match(lines[0], /^actionplan: actionplan\.config\.json:5: asOf: .*2026-13-01.*month 13/);
    });

    it('a bad rule option names the option', () => {
        const cwd = copyFixture('baseline');
        writeFiles(cwd, { 'actionplan.config.json': '{\n  "rules": {\n    "follow-up-window": ["warning", { "minDays": "x" }]\n  }\n}\n' });
        const lines = assertFailure(runCli(['check', '--as-of', '2026-05-01'], { cwd }));
        assert.equal(lines.length, 1);
        assert.match(lines[0], /actionplan\.config\.json:3: rules\.follow-up-window: .*minDays/);
    });

    it('a structural rule cannot be configured', () => {
        const cwd = copyFixture('baseline');
        writeFiles(cwd, { 'actionplan.config.json': '{ "rules": { "syntax": "off" } }' });
        const lines = assertFailure(runCli(['check', '--as-of', '2026-05-01'], { cwd }));
        assert.equal(lines.length, 1);
        assert.match(lines[0], /actionplan\.config\.json:1: rules\.syntax: .*structural/);
    });

    it('a config in a subfolder is named by its path from the current folder', () => {
        const cwd = copyFixture('baseline');
        writeFiles(cwd, { 'teams/actionplan.config.json': '{\n  "ignore": ["/abs/**"]\n}\n' });
        const lines = assertFailure(runCli(['check', '--as-of', '2026-05-01'], { cwd }));
        assert.equal(lines.length, 1);
        assert.match(lines[0], /teams\/actionplan\.config\.json:2: ignore\.0: .*absolute/);
    });

    it('a config that is not JSON names the file and the line', () => {
        const cwd = copyFixture('baseline');
        writeFiles(cwd, { 'actionplan.config.json': '{\n  "asOf": "2026-05-01",\n  "rules": { "plan-review": off }\n}\n' });
        const lines = assertFailure(runCli(['check', '--as-of', '2026-05-01'], { cwd }));
        assert.ok(lines.length >= 1);
        for (const line of lines) assert.match(line, /actionplan\.config\.json:3: invalid JSON/);
    });

    // product.md: a config error is reported "with one line naming the file and
    // the reason". One bad token (`off` unquoted) gives two lines today
    // ("invalid symbol" and then "value expected", both at line 3): the JSONC
    // parser's follow-on errors are printed as well.
    it('one JSON typo in the config is one line, not a cascade of parser errors', () => {
        const cwd = copyFixture('baseline');
        writeFiles(cwd, { 'actionplan.config.json': '{\n  "asOf": "2026-05-01",\n  "rules": { "plan-review": off }\n}\n' });
        const lines = assertFailure(runCli(['check', '--as-of', '2026-05-01'], { cwd }));
        assert.equal(lines.length, 1, lines.join('\n'));
    });

    it('two problems in a config are two lines, each with its own line and field', () => {
        const cwd = copyFixture('baseline');
        writeFiles(cwd, { 'actionplan.config.json': '{\n  "rules": {\n    "nope": "off",\n    "plan-review": "loud"\n  }\n}\n' });
        const lines = assertFailure(runCli(['check', '--as-of', '2026-05-01'], { cwd }));
        assert.equal(lines.length, 2, lines.join('\n'));
        assert.ok(lines.some(line => /actionplan\.config\.json:3: rules\.nope: unknown rule 'nope'/.test(line)), lines.join('\n'));
        assert.ok(lines.some(line => /actionplan\.config\.json:4: rules\.plan-review: .*severity/.test(line)), lines.join('\n'));
    });

    it('a --config file that does not exist', () => {
        const cwd = copyFixture('baseline');
        const lines = assertFailure(runCli(['check', '--as-of', '2026-05-01', '--config', 'nope.json'], { cwd }));
        assert.equal(lines.length, 1);
        assert.match(lines[0], /nope\.json.*no such file/);
    });
});

describe('actionplan check: I/O errors exit 2 with one line naming the file', function () {
    this.timeout(90_000); // each test spawns the CLI, several times for some
    afterEach(cleanTemp);

    it('a path that does not exist', () => {
        const cwd = copyFixture('baseline');
        const run = runCli(['check', '--as-of', '2026-05-01', 'nope/missing.plan'], { cwd });
        const lines = assertFailure(run);
        assert.equal(lines.length, 1);
        assert.match(lines[0], /nope\/missing\.plan: .*no such file/);
    });

    it('a missing path next to good ones: the good ones are still checked', () => {
        const cwd = copyFixture('mixed');
        const run = runCli(['check', '--as-of', '2026-05-01', '--format', 'json', 'missing', '.'], { cwd });
        assertFailure(run);
        const report = parseJsonReport(run.stdout);
        assert.equal(report.files, 3);
        assert.equal(report.summary.errors, 1);
    });

    it('a plan file that is not UTF-8', () => {
        const cwd = copyFixture('baseline');
        writeFiles(cwd, { 'teams/latin1.plan': Buffer.from('business Cafe "Caf\xe9 M\xfcller"\n', 'latin1') });
        const run = runCli(['check', '--as-of', '2026-05-01', '--format', 'json'], { cwd });
        const lines = assertFailure(run);
        assert.equal(lines.length, 1);
        assert.match(lines[0], /teams\/latin1\.plan: .*UTF-8.*line 1/);
        assert.equal(parseJsonReport(run.stdout).files, 2, 'the readable files are checked');
    });

    it('a plan file that is a broken symbolic link', () => {
        const cwd = copyFixture('baseline');
        fs.symlinkSync(path.join(cwd, 'gone.plan'), path.join(cwd, 'broken.plan'));
        const lines = assertFailure(runCli(['check', '--as-of', '2026-05-01'], { cwd }));
        assert.equal(lines.length, 1);
        assert.match(lines[0], /broken\.plan: cannot read/);
    });

    it('a plan file without read permission', function () {
        const cwd = copyFixture('baseline');
        fs.chmodSync(path.join(cwd, 'partnership.plan'), 0o000);
        const lines = assertFailure(runCliUnprivileged(['check', '--as-of', '2026-05-01'], { cwd }));
        assert.equal(lines.length, 1);
        assert.match(lines[0], /partnership\.plan: .*permission denied/);
    });

    it('a report that cannot be written (-o names a folder)', () => {
        const cwd = copyFixture('baseline');
        fs.mkdirSync(path.join(cwd, 'out'));
        const run = runCli(['check', '--as-of', '2026-05-01', '-o', 'out'], { cwd });
        const lines = assertFailure(run);
        assert.equal(lines.length, 1);
        assert.match(lines[0], /out: cannot write/);
    });
});

describe('actionplan: stack traces only with --debug', function () {
    this.timeout(90_000); // each test spawns the CLI, several times for some
    afterEach(cleanTemp);

    /** Makes the report's write to stdout throw: an internal error inside the command. */
    function faultyStdout(): string {
        const dir = tempDir();
        const preload = path.join(dir, 'faulty-stdout.cjs');
        fs.writeFileSync(preload, "process.stdout.write = () => { throw new Error('injected failure'); };\n");
        return preload;
    }

    it('an internal error is one line without --debug', () => {
        const cwd = copyFixture('baseline');
        const run = runCli(['check', '--as-of', '2026-05-01', '--format', 'json'], { cwd, nodeArgs: ['-r', faultyStdout()] });
        assert.equal(run.status, 2);
        const lines = linesOf(run.stderr);
        assert.equal(lines.length, 1, run.stderr);
        assert.match(lines[0], /internal error: injected failure \(run with --debug for details\)/);
        assert.doesNotMatch(run.stderr, STACK_LINE);
    });

    it('an internal error prints its stack trace with --debug', () => {
        const cwd = copyFixture('baseline');
        const run = runCli(['--debug', 'check', '--as-of', '2026-05-01', '--format', 'json'], { cwd, nodeArgs: ['-r', faultyStdout()] });
        assert.equal(run.status, 2);
        assert.match(run.stderr, /internal error: injected failure/);
        assert.match(run.stderr, /Error: injected failure\n\s+at /, 'the stack trace');
    });

    it('--debug does not turn usage and config errors into stack traces', () => {
        const cwd = copyFixture('baseline');
        writeFiles(cwd, { 'actionplan.config.json': '{ "rules": { "nope": "off" } }' });
        const config = runCli(['--debug', 'check', '--as-of', '2026-05-01'], { cwd });
        assert.equal(config.status, 2);
        assert.doesNotMatch(config.stderr, STACK_LINE);
        const usage = runCli(['--debug', 'check', '--format', 'xml'], { cwd });
        assert.equal(usage.status, 2);
        assert.doesNotMatch(usage.stderr, STACK_LINE);
    });

    // product.md: "`2` a usage, config or I/O error, with one line naming the
    // file and the reason. No stack traces unless --debug." The bundle calls
    // process.cwd() outside its error handling, so Node prints a stack trace
    // and exits 1.
    it('a current folder that was deleted is an I/O error: exit 2, one line, no stack trace', () => {
        const dir = tempDir();
        const gone = path.join(dir, 'gone');
        fs.mkdirSync(gone);
        const script = 'rmdir "$1" && exec "$2" "$3" check --as-of 2026-05-01';
        const result = spawnSync('/bin/sh', ['-c', script, 'sh', gone, process.execPath, CLI], { cwd: gone, env: cliEnv(), encoding: 'utf8' });
        assert.doesNotMatch(result.stderr, STACK_LINE, `no stack trace; got:\n${result.stderr}`);
        assert.equal(result.status, 2);
        assert.equal(linesOf(result.stderr).length, 1);
    });

    // `actionplan check | head -1` closes the pipe early. product.md: no stack
    // traces unless --debug. The CLI leaves the EPIPE 'error' event unhandled,
    // so Node prints "Unhandled 'error' event" and a stack trace.
    it('a reader that closes stdout early (check | head) gets no stack trace', async () => {
        const cwd = copyFixture('mixed');
        const child = spawn(process.execPath, [CLI, 'check', '--as-of', '2026-05-01', '--format', 'json'], {
            cwd, env: cliEnv(), stdio: ['ignore', 'pipe', 'pipe'],
        });
        child.stdout.destroy(); // the reader goes away before the report is written
        let stderr = '';
        child.stderr.setEncoding('utf8').on('data', chunk => { stderr += chunk; });
        await new Promise<void>(resolve => child.on('close', () => resolve()));
        assert.doesNotMatch(stderr, STACK_LINE, `no stack trace; got:\n${stderr}`);
    });
});

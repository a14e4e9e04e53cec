/**
 * I/O safety of the CLI, through the built CLI on hostile workspaces: reads
 * are bounded and take regular files only, the cache is a hint (sealed,
 * validated, escaped), and nothing is written through a link the user did
 * not name. The threat model and the limits are docs/security.md.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readBounded } from '../../language/io.js';
import { editCache } from './cache-seal.js';
import { cleanTemp, CLI, cliEnv, copyFixture, linesOf, parseJsonReport, REPO, runCli, STACK_LINE, tempDir } from './helpers.js';
import { TERMINAL_UNSAFE } from './hostile.js';

const CACHE = '.actionplancache';

/** stderr's lines, without the ones a test does not look at. */
const problemLines = (stderr: string) => linesOf(stderr).filter(line => line.startsWith('actionplan:'));

describe('I/O safety: bounded reads of regular files only', function () {
    this.timeout(120_000);
    after(cleanTemp);

    it('reads a regular file, and refuses a device, a FIFO, a folder and a file longer than the limit whatever its size says', () => {
        const dir = tempDir();
        fs.writeFileSync(path.join(dir, 'small'), 'abc');
        assert.equal(readBounded(path.join(dir, 'small'), { limit: 3, what: 'a test file' }).toString(), 'abc');
        assert.throws(() => readBounded(path.join(dir, 'small'), { limit: 2, what: 'a test file' }), /is 0\.0 MB; a test file may be at most/);
        assert.throws(() => readBounded('/dev/zero', { limit: 1024, what: 'a test file' }), /not a regular file/);
        assert.throws(() => readBounded('/dev/null', { limit: 1024, what: 'a test file' }), /not a regular file/);
        spawnSync('mkfifo', [path.join(dir, 'fifo')]);
        const started = Date.now();
        assert.throws(() => readBounded(path.join(dir, 'fifo'), { limit: 1024, what: 'a test file' }), /not a regular file/);
        assert.ok(Date.now() - started < 5000, 'a FIFO with no writer does not block the read');
        assert.throws(() => readBounded(dir, { limit: 1024, what: 'a test file' }), /a folder/);
        // /proc files say they are empty and are not: the read stops at the limit.
        assert.equal(fs.statSync('/proc/self/status').size, 0);
        assert.throws(() => readBounded('/proc/self/status', { limit: 64, what: 'a test file' }), /is more than 0\.0 MB|more than/);
        fs.symlinkSync(path.join(dir, 'small'), path.join(dir, 'link'));
        assert.throws(() => readBounded(path.join(dir, 'link'), { limit: 1024, what: 'a test file', noFollow: true }), /symbolic link/);
    });

    it('a config linked to a device is refused with one line naming it, the plans checked with the defaults', () => {
        for (const device of ['/dev/null', '/dev/zero', '/dev/urandom']) {
            const cwd = copyFixture('mixed');
            const expected = parseJsonReport(runCli(['check', '--format', 'json', '--as-of', '2026-05-01'], { cwd }).stdout);
            fs.symlinkSync(device, path.join(cwd, 'actionplan.config.json'));
            const started = Date.now();
            const run = runCli(['check', '--format', 'json', '--as-of', '2026-05-01'], { cwd });
            assert.ok(Date.now() - started < 30_000, `${device}: answered at once`);
            assert.equal(run.status, 2, `${device}: ${run.stderr}`);
            assert.deepEqual(problemLines(run.stderr), [
                'actionplan: actionplan.config.json: cannot read the config: it is not a regular file (a device, a FIFO or a socket); only regular files are read (the defaults are used)',
            ], device);
            assert.deepEqual(parseJsonReport(run.stdout), expected, `${device}: the defaults are used`);
        }
    });

    it('a config with a UTF-8 byte order mark is read like one without', () => {
        const cwd = copyFixture('mixed');
        const config = '{ "rules": { "no-placeholder": "off" } }';
        fs.writeFileSync(path.join(cwd, 'actionplan.config.json'), config);
        const plain = runCli(['check', '--format', 'json', '--as-of', '2026-05-01'], { cwd });
        fs.writeFileSync(path.join(cwd, 'actionplan.config.json'), `\ufeff${config}`);
        const withBom = runCli(['check', '--format', 'json', '--as-of', '2026-05-01'], { cwd });
        assert.equal(withBom.stderr, '', withBom.stderr);
        assert.equal(withBom.status, plain.status);
        assert.deepEqual(parseJsonReport(withBom.stdout), parseJsonReport(plain.stdout));
        assert.ok(!parseJsonReport(withBom.stdout).diagnostics.some(d => d.rule === 'no-placeholder'), 'the config was applied');
    });

    it('a plan file whose name is not UTF-8 is named, with its bytes, as such', () => {
        const cwd = copyFixture('mixed');
        fs.writeFileSync(Buffer.from(`${cwd}/bad\xff name.plan`, 'latin1'), 'business Bad "Bad name"\n');
        const run = runCli(['check', '--as-of', '2026-05-01'], { cwd });
        assert.equal(run.status, 2, run.stderr);
        const lines = problemLines(run.stderr).filter(line => line.includes('UTF-8'));
        assert.equal(lines.length, 1, run.stderr);
        assert.match(lines[0], /the file name is not valid UTF-8 \(bad\\xff name\.plan\); rename it/);
        assert.doesNotMatch(run.stderr, /no such file/);
    });
});

describe('I/O safety: the cache is a hint, never evidence', function () {
    this.timeout(180_000);
    after(cleanTemp);

    const check = (cwd: string, extra: string[] = []) => runCli(['check', '--cache', '--as-of', '2026-05-01', ...extra], { cwd });
    const clean = { schemaVersion: 1, asOf: '2026-05-01', files: 0, diagnostics: [], summary: { errors: 0, warnings: 0, infos: 0, hints: 0 } };

    it('a committed cache that says "No problems" (an empty stamp, a made-up key, any seal) is not believed', () => {
        const cwd = copyFixture('mixed');
        const truth = runCli(['check', '--as-of', '2026-05-01'], { cwd });
        assert.equal(truth.status, 1, 'the workspace has errors');
        const reportOptions = JSON.stringify({ paths: [], asOf: '2026-05-01', config: null, quiet: false });
        const stamp = { version: JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')).version, cwd, reportOptions, folders: {}, files: {}, configs: {} };
        const forged = { key: '0'.repeat(64), report: clean, fileNames: [], stamp };
        const forgeries = [
            JSON.stringify(forged),
            JSON.stringify({ magic: 'actionplan-cache', version: 2, seal: '0'.repeat(64), body: forged }),
            JSON.stringify({ magic: 'actionplan-cache', version: 2, seal: 'x', body: forged }),
        ];
        for (const text of forgeries) {
            fs.writeFileSync(path.join(cwd, CACHE), text);
            const run = check(cwd);
            assert.equal(run.status, 1, `a forged cache was believed: ${run.stdout}`);
            assert.equal(run.stdout, truth.stdout);
        }
    });

    it('a cache edited after it was written (the seal no longer matches) is not believed', () => {
        const cwd = copyFixture('mixed');
        check(cwd);
        const file = path.join(cwd, CACHE);
        const cache = JSON.parse(fs.readFileSync(file, 'utf8'));
        cache.body.report = clean;
        cache.body.fileNames = [];
        fs.writeFileSync(file, JSON.stringify(cache));
        const run = check(cwd);
        assert.equal(run.status, 1, run.stdout);
        assert.doesNotMatch(run.stdout, /No problems/);
    });

    it('a cached report is printed through the formats, escaped like any report; a report no check writes is refused', () => {
        const cwd = copyFixture('mixed');
        check(cwd);
        const hostile = 'A \u001b]0;title\u0007 \u001b[2J \u202eevil\u202c \u009b31m\nline';
        editCache(path.join(cwd, CACHE), entry => {
            entry.report.diagnostics = [{ file: 'a\u001b[31m.plan', line: 1, column: 1, endLine: 1, endColumn: 2, severity: 'info', rule: 'no-placeholder', message: hostile }];
            entry.report.summary = { errors: 0, warnings: 0, infos: 1, hints: 0 };
        });
        for (const format of ['stylish', 'github', 'junit', 'json']) {
            const run = check(cwd, ['--format', format]);
            assert.match(run.stdout, format === 'json' ? /\\u001b\]0;title/ : /title/, `${format}: the cached report was printed`);
            assert.doesNotMatch(run.stdout.replace(/\u001b\[\d+(;\d+)*m/g, ''), TERMINAL_UNSAFE, `${format}: raw control or bidi character from the cache`);
        }
        // A rule id no check writes (with an escape in it) fails the cache's schema: the full check runs.
        editCache(path.join(cwd, CACHE), entry => {
            entry.report.diagnostics = [{ file: 'a.plan', line: 1, column: 1, endLine: 1, endColumn: 2, severity: 'info', rule: 'x\u001b[2J', message: 'FROM THE CACHE' }];
        });
        const run = check(cwd);
        assert.doesNotMatch(run.stdout, /FROM THE CACHE/);
        assert.equal(run.status, 1);
    });
});

describe('I/O safety: nothing is written through a link the user did not name', function () {
    this.timeout(180_000);
    after(cleanTemp);

    /** A file outside the workspace, and a workspace with a link to it under `name`. */
    function linked(name: string): { cwd: string; outside: string } {
        const cwd = copyFixture('mixed');
        const outside = path.join(tempDir(), 'victim.txt');
        fs.writeFileSync(outside, 'precious\n');
        fs.mkdirSync(path.dirname(path.join(cwd, name)), { recursive: true });
        fs.symlinkSync(outside, path.join(cwd, name));
        return { cwd, outside };
    }

    it('the cache file is never written through a link, and the run says so in one line', () => {
        const { cwd, outside } = linked(CACHE);
        const run = runCli(['check', '--cache', '--as-of', '2026-05-01'], { cwd });
        assert.equal(fs.readFileSync(outside, 'utf8'), 'precious\n');
        assert.equal(run.status, 2);
        assert.deepEqual(problemLines(run.stderr), ['actionplan: .actionplancache: the cache is not written: it is a symbolic link (the cache is never written through a link)']);
        assert.ok(fs.lstatSync(path.join(cwd, CACHE)).isSymbolicLink(), 'the link is left as it is');
    });

    it('check -o and render -o refuse a link, and a folder link that leads out of the current folder', () => {
        for (const [args, name] of [
            [['check', '--format', 'sarif'], 'results.sarif'], [['render', '--format', 'md'], 'plan.md'], [['check', '--format', 'json'], 'reports/out.json'],
        ] as const) {
            const { cwd, outside } = linked(name);
            const run = runCli([...args, '--as-of', '2026-05-01', '-o', name], { cwd });
            assert.equal(run.status, 2, `${name}: ${run.stderr}`);
            assert.equal(fs.readFileSync(outside, 'utf8'), 'precious\n', `${name} was written through`);
            assert.deepEqual(problemLines(run.stderr), [`actionplan: ${name}: the output is not written: it is a symbolic link (name the file it points to if that is where it should go)`]);
        }
        const cwd = copyFixture('mixed');
        const away = tempDir();
        fs.symlinkSync(away, path.join(cwd, 'reports'));
        const run = runCli(['check', '--format', 'json', '--as-of', '2026-05-01', '-o', 'reports/out.json'], { cwd });
        assert.equal(run.status, 2, run.stderr);
        assert.deepEqual(fs.readdirSync(away), [], 'written into the folder a link leads to');
        assert.ok(problemLines(run.stderr).some(line => /reports\/out\.json: the output is not written: a folder on its path is a symbolic link that leads out of the current folder/.test(line)), run.stderr);
        // A path the user names outside the current folder is written: that is where they said.
        const named = path.join(tempDir(), 'named.json');
        assert.equal(runCli(['check', '--format', 'json', '--as-of', '2026-05-01', '-o', named], { cwd: copyFixture('mixed') }).status, 1);
        assert.ok(fs.readFileSync(named, 'utf8').includes('"diagnostics"'));
    });

    it('--cache-location never overwrites a plan or a file that is not a cache of ours', () => {
        const cwd = copyFixture('mixed');
        const plan = fs.readdirSync(cwd, { recursive: true }).map(String).find(f => f.endsWith('.plan'))!;
        const planText = fs.readFileSync(path.join(cwd, plan), 'utf8');
        fs.writeFileSync(path.join(cwd, 'notes.txt'), 'my notes\n');
        fs.writeFileSync(path.join(cwd, 'settings.json'), '{ "key": 1 }\n');
        for (const [target, reason] of [[plan, 'it is a plan file'], ['notes.txt', 'the file is not an actionplan cache'], ['settings.json', 'the file is not an actionplan cache']]) {
            const run = runCli(['check', '--cache', '--cache-location', target, '--as-of', '2026-05-01'], { cwd });
            assert.equal(run.status, 2, `${target}: ${run.stderr}`);
            assert.equal(problemLines(run.stderr).length, 1, run.stderr);
            assert.ok(problemLines(run.stderr)[0].startsWith(`actionplan: ${target}: the cache is not written: ${reason}`), run.stderr);
        }
        assert.equal(fs.readFileSync(path.join(cwd, plan), 'utf8'), planText);
        assert.equal(fs.readFileSync(path.join(cwd, 'notes.txt'), 'utf8'), 'my notes\n');
        // A cache of ours (or a new file) is written there.
        assert.equal(runCli(['check', '--cache', '--cache-location', 'build/plans.cache', '--as-of', '2026-05-01'], { cwd }).status, 1);
        const again = runCli(['check', '--cache', '--cache-location', 'build/plans.cache', '--as-of', '2026-05-01'], { cwd });
        assert.equal(again.status, 1, again.stderr);
        assert.equal(problemLines(again.stderr).length, 0, again.stderr);
    });

    it('fmt writes no plan through a link it found, and a link named on the command line is formatted where it points', () => {
        const cwd = tempDir();
        const messy = 'business   Acme "Acme"\n';
        fs.writeFileSync(path.join(cwd, 'inside.plan'), messy);
        fs.symlinkSync(path.join(cwd, 'inside.plan'), path.join(cwd, 'alias.plan'));
        const run = runCli(['fmt'], { cwd });
        assert.ok(fs.lstatSync(path.join(cwd, 'alias.plan')).isSymbolicLink(), 'the link stays a link');
        assert.equal(fs.readFileSync(path.join(cwd, 'inside.plan'), 'utf8'), 'business Acme "Acme"\n', 'the file itself is formatted');
        assert.deepEqual(problemLines(run.stderr), ['actionplan: alias.plan: cannot write the file: it is a symbolic link, written only when named on the command line'], run.stderr);
        fs.mkdirSync(path.join(cwd, 'other'));
        fs.writeFileSync(path.join(cwd, 'other', 'real.plan'), messy.replace('Acme', 'Other'));
        fs.symlinkSync(path.join(cwd, 'other', 'real.plan'), path.join(cwd, 'named.plan'));
        const named = runCli(['fmt', 'named.plan'], { cwd });
        assert.equal(named.status, 0, named.stderr);
        assert.equal(fs.readFileSync(path.join(cwd, 'other', 'real.plan'), 'utf8'), 'business Other "Acme"\n', 'named: formatted where it points');
        assert.ok(fs.lstatSync(path.join(cwd, 'named.plan')).isSymbolicLink(), 'named: the link stays a link');
    });

    it('fmt replaces a plan whole: a write that fails half-way (a full disk) leaves the plan as it was', () => {
        const cwd = tempDir();
        const messy = `business   Acme "Acme"\n${'// a comment line to make the file longer\n'.repeat(200)}`;
        fs.writeFileSync(path.join(cwd, 'acme.plan'), messy);
        const preload = path.join(REPO, 'test/reliability/disk-full.cjs');
        const run = spawnSync(process.execPath, ['--require', preload, CLI, 'fmt'], { cwd, env: cliEnv({ DISK_FULL_MATCH: '\\.plan' }), encoding: 'utf8' });
        assert.doesNotMatch(run.stderr, STACK_LINE);
        assert.equal(run.status, 2, run.stderr);
        assert.match(run.stderr, /acme\.plan: cannot write the file: /);
        assert.equal(fs.readFileSync(path.join(cwd, 'acme.plan'), 'utf8'), messy, 'the plan was cut');
        assert.deepEqual(fs.readdirSync(cwd), ['acme.plan'], 'no temporary file is left');
    });
});

/**
 * File-system faults, CLI and server: a file deleted or renamed while a check
 * runs, an unreadable file, an I/O error, a symbolic-link loop, a folder
 * named `x.plan`, non-UTF-8 bytes, a 50 MB file, an empty file, a config that
 * is a folder. Each gets one line naming the path and the reason (exit 2 for
 * an I/O error), and the other files are still checked; the server logs each
 * and keeps serving. (A plan that is not UTF-8, a broken link, a missing path
 * and an unwritable report are in test/cli/check.test.ts.)
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanTemp, copyFixture, linesOf, parseJsonReport, runCli, STACK_LINE, type CliRun } from '../cli/helpers.js';
import { fileUri, startServer, type LspClient } from '../helpers/lsp-client.js';

const FAULTS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fs-faults.cjs');

/** The baseline fixture has two plan files; a third, `extra.plan`, is the one that fails. */
const EXTRA = 'business Extra "An extra business"\n';

function check(cwd: string, env: Record<string, string> = {}, args: string[] = []): CliRun {
    return runCli(['check', '--as-of', '2026-05-01', '--format', 'json', ...args], { cwd, env, nodeArgs: ['-r', FAULTS] });
}

/** Exit 2, one stderr line naming `file` and matching `reason`, no stack trace; returns the report. */
function assertOneLine(run: CliRun, file: string, reason: RegExp, status = 2) {
    assert.equal(run.status, status, run.stderr);
    const lines = linesOf(run.stderr);
    assert.equal(lines.length, 1, run.stderr);
    assert.ok(lines[0].startsWith(`actionplan: ${file}: `), lines[0]);
    assert.match(lines[0], reason);
    assert.doesNotMatch(run.stderr, STACK_LINE);
    return parseJsonReport(run.stdout);
}

describe('file-system faults: the CLI', function () {
    this.timeout(120_000);
    afterEach(cleanTemp);

    const withExtra = () => {
        const cwd = copyFixture('baseline');
        fs.writeFileSync(path.join(cwd, 'extra.plan'), EXTRA);
        return cwd;
    };

    it('a file deleted while the check runs (after it was found, before it was read)', () => {
        const cwd = withExtra();
        const report = assertOneLine(check(cwd, { ACTIONPLAN_FAULT: 'delete', ACTIONPLAN_FAULT_FILE: 'extra.plan' }), 'extra.plan', /cannot read the file: no such file/);
        assert.equal(report.files, 2, 'the other files are still checked');
        assert.ok(!fs.existsSync(path.join(cwd, 'extra.plan')), 'the fault happened');
    });

    it('a file renamed while the check runs', () => {
        const cwd = withExtra();
        const report = assertOneLine(check(cwd, { ACTIONPLAN_FAULT: 'rename', ACTIONPLAN_FAULT_FILE: 'extra.plan' }), 'extra.plan', /cannot read the file: no such file/);
        assert.equal(report.files, 2);
        assert.ok(fs.existsSync(path.join(cwd, 'extra.plan.moved')), 'the fault happened');
    });

    it('an unreadable file (EACCES)', () => {
        const report = assertOneLine(check(withExtra(), { ACTIONPLAN_FAULT: 'eacces', ACTIONPLAN_FAULT_FILE: 'extra.plan' }), 'extra.plan', /cannot read the file: permission denied/);
        assert.equal(report.files, 2);
    });

    it('an I/O error while reading (EIO)', () => {
        const report = assertOneLine(check(withExtra(), { ACTIONPLAN_FAULT: 'eio', ACTIONPLAN_FAULT_FILE: 'extra.plan' }), 'extra.plan', /cannot read the file: EIO/);
        assert.equal(report.files, 2);
    });

    it('a symbolic-link loop of plan files', () => {
        const cwd = copyFixture('baseline');
        fs.symlinkSync('b.plan', path.join(cwd, 'a.plan'));
        fs.symlinkSync('a.plan', path.join(cwd, 'b.plan'));
        const run = check(cwd);
        assert.equal(run.status, 2, run.stderr);
        const lines = linesOf(run.stderr);
        assert.deepEqual(lines.map(l => l.replace(/^(actionplan: [^:]+): .*/, '$1')), ['actionplan: a.plan', 'actionplan: b.plan'], run.stderr);
        for (const line of lines) assert.match(line, /too many symbolic links \(a link loop\)/);
        assert.equal(parseJsonReport(run.stdout).files, 2);
    });

    it('a symbolic-link loop named on the command line', () => {
        const cwd = copyFixture('baseline');
        fs.symlinkSync('loop.plan', path.join(cwd, 'loop.plan'));
        const report = assertOneLine(check(cwd, {}, ['loop.plan', 'partnership.plan']), 'loop.plan', /link loop/);
        assert.equal(report.files, 1);
    });

    it('a folder named x.plan is a folder: searched like any other, no error', () => {
        const cwd = copyFixture('baseline');
        fs.mkdirSync(path.join(cwd, 'x.plan'));
        fs.writeFileSync(path.join(cwd, 'x.plan/inside.plan'), EXTRA);
        for (const args of [[], ['x.plan', '.']]) {
            const run = check(cwd, {}, args);
            assert.equal(run.stderr, '');
            assert.equal(parseJsonReport(run.stdout).files, 3);
        }
    });

    it('a file that is not UTF-8 in the middle (line and byte named)', () => {
        const cwd = copyFixture('baseline');
        fs.writeFileSync(path.join(cwd, 'extra.plan'), Buffer.concat([Buffer.from('business A "a"\nbusiness B "'), Buffer.from([0xc3, 0x28]), Buffer.from('"\n')]));
        const report = assertOneLine(check(cwd), 'extra.plan', /not valid UTF-8 \(line 2: byte 0xc3\)/);
        assert.equal(report.files, 2);
    });

    it('a 50 MB file is refused unread', () => {
        const cwd = copyFixture('baseline');
        const big = path.join(cwd, 'big.plan');
        fs.writeFileSync(big, '');
        fs.truncateSync(big, 50 * 1024 * 1024);
        const started = Date.now();
        const report = assertOneLine(check(cwd), 'big.plan', /is 50\.0 MB; a plan file may be at most 10 MB/);
        assert.equal(report.files, 2);
        assert.ok(Date.now() - started < 60_000);
    });

    it('an empty file is a plan with nothing in it', () => {
        const cwd = copyFixture('baseline');
        fs.writeFileSync(path.join(cwd, 'empty.plan'), '');
        const run = check(cwd);
        assert.equal(run.stderr, '');
        const report = parseJsonReport(run.stdout);
        assert.equal(report.files, 3);
        assert.deepEqual(report.diagnostics.filter(d => d.file === 'empty.plan'), []);
    });

    it('a config that is a folder: one line, the defaults, the plans still checked', () => {
        const cwd = copyFixture('baseline');
        fs.mkdirSync(path.join(cwd, 'actionplan.config.json'));
        const report = assertOneLine(check(cwd), 'actionplan.config.json', /it is a folder, not a file \(the defaults are used\)/);
        assert.equal(report.files, 2);
    });

    it('fmt: a file deleted while fmt runs is one line, the others are formatted', () => {
        const cwd = withExtra();
        fs.writeFileSync(path.join(cwd, 'messy.plan'), 'business   M   "m"');
        const run = runCli(['fmt'], { cwd, env: { ACTIONPLAN_FAULT: 'delete', ACTIONPLAN_FAULT_FILE: 'extra.plan' }, nodeArgs: ['-r', FAULTS] });
        assert.equal(run.status, 2, run.stderr);
        assert.deepEqual(linesOf(run.stderr).map(l => l.replace(/(extra\.plan): .*/, '$1')), ['actionplan: extra.plan']);
        assert.equal(fs.readFileSync(path.join(cwd, 'messy.plan'), 'utf8'), 'business M "m"\n');
    });
});

describe('file-system faults: the language server logs each and keeps serving', function () {
    this.timeout(120_000);
    let client: LspClient | undefined;
    const logs: Array<{ type: number; message: string }> = [];
    let cwd: string;

    before(async () => {
        cwd = copyFixture('baseline');
        fs.writeFileSync(path.join(cwd, 'latin1.plan'), Buffer.from('business Cafe "Caf\xe9"\n', 'latin1'));
        fs.writeFileSync(path.join(cwd, 'big.plan'), '');
        fs.truncateSync(path.join(cwd, 'big.plan'), 50 * 1024 * 1024);
        fs.symlinkSync('loop-b.plan', path.join(cwd, 'loop-a.plan'));
        fs.symlinkSync('loop-a.plan', path.join(cwd, 'loop-b.plan'));
        fs.mkdirSync(path.join(cwd, 'x.plan'));
        fs.writeFileSync(path.join(cwd, 'empty.plan'), '');
        client = await startServer([cwd], { asOf: '2026-05-01' });
        client.connection.onNotification('window/logMessage', (p: { type: number; message: string }) => { logs.push(p); });
    });
    after(async () => {
        await client?.stop();
        cleanTemp();
    });

    it('checks the readable files', async () => {
        await client!.waitForDiagnostics(fileUri(path.join(cwd, 'partnership.plan')), () => true, 60_000);
        await client!.waitForDiagnostics(fileUri(path.join(cwd, 'empty.plan')), d => d.length === 0, 60_000);
    });

    it('logs the file that is not UTF-8 and the one too big, naming each', async () => {
        const deadline = Date.now() + 20_000;
        const named = (name: string) => logs.some(l => l.message.includes(name));
        while (!(named('latin1.plan') && named('big.plan')) && Date.now() < deadline) await new Promise(r => setTimeout(r, 200));
        assert.ok(named('latin1.plan'), JSON.stringify(logs));
        assert.match(logs.find(l => l.message.includes('latin1.plan'))!.message, /UTF-8/);
        assert.match(logs.find(l => l.message.includes('big.plan'))!.message, /50\.0 MB/);
    });

    it('keeps serving: hover and document symbols answer', async () => {
        const uri = fileUri(path.join(cwd, 'partnership.plan'));
        const text = fs.readFileSync(path.join(cwd, 'partnership.plan'), 'utf8');
        client!.open(uri, text);
        const hover = await client!.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } });
        assert.ok(hover === null || typeof hover === 'object');
        const symbols = await client!.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
        assert.ok(Array.isArray(symbols) && symbols.length > 0);
        assert.doesNotMatch(client!.stderr(), /unhandled|rejection|\n\s+at /i);
    });

    it('a file deleted on disk while open keeps working; announced, its diagnostics are cleared', async () => {
        const file = path.join(cwd, 'empty.plan');
        fs.rmSync(file);
        await client!.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(file), type: 3 }] });
        await client!.waitForDiagnostics(fileUri(file), d => d.length === 0, 20_000);
        const symbols = await client!.connection.sendRequest('workspace/symbol', { query: 'Ruiz' });
        assert.ok(Array.isArray(symbols));
    });
});

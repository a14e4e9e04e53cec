/**
 * Property: `actionplan check --format json` on any workspace (valid,
 * mutated, not UTF-8, with a config that may be wrong in any way) exits 0, 1
 * or 2, prints JSON that matches its schema exactly, and says why it exits 2:
 * one stderr line per problem, each naming its file. Run in-process (the
 * command's own function on real files) for numbers; a few cases also run
 * the built CLI in a fresh process.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { runCheck } from '../../cli/check.js';
import { parseConfig } from '../../language/config/parse.js';
import { parseJsonReport, runCli } from '../cli/helpers.js';
import { anyWorkspace, configText, type PlanFiles } from './arbitraries.js';
import { capturingStderr, fuzz, runsOf } from './harness.js';

interface CheckCase {
    files: PlanFiles;
    /** Files written as these bytes instead (not UTF-8). */
    binary: Record<string, Uint8Array>;
    config?: string;
}

const notUtf8 = fc.constantFrom(
    Uint8Array.from([0x62, 0x75, 0x73, 0x69, 0x6e, 0x65, 0x73, 0x73, 0x20, 0x41, 0x20, 0x22, 0xff, 0xfe, 0x22, 0x0a]),
    Uint8Array.from([0xc3, 0x28]), Uint8Array.from([0xed, 0xa0, 0x80]), Uint8Array.from([0xef, 0xbb, 0xbf, 0x80]), Uint8Array.from([0xf8, 0x88, 0x80, 0x80, 0x80]),
);

const checkCase: fc.Arbitrary<CheckCase> = fc.record({
    files: anyWorkspace.map(w => w.files),
    binary: fc.dictionary(fc.constantFrom('bad.plan', 'teams/latin1.plan'), notUtf8, { maxKeys: 1 }),
    config: fc.option(configText, { nil: undefined, freq: 3 }),
});

let root: string;
let count = 0;

function writeCase(c: CheckCase): string {
    const cwd = path.join(root, String(++count));
    const write = (file: string, content: string | Uint8Array) => {
        fs.mkdirSync(path.dirname(path.join(cwd, file)), { recursive: true });
        fs.writeFileSync(path.join(cwd, file), content);
    };
    for (const [file, text] of Object.entries(c.files)) write(file, text);
    for (const [file, bytes] of Object.entries(c.binary)) write(file, bytes);
    if (c.config !== undefined) write('actionplan.config.json', c.config);
    return cwd;
}

/** What must hold of any run: the exit code, the JSON, and one stderr line per problem. */
function assertCheckOutcome(c: CheckCase, status: number | null, stdout: string, stderr: string): void {
    assert.ok(status === 0 || status === 1 || status === 2, `exit code ${status}; stderr: ${stderr}`);
    const report = parseJsonReport(stdout);
    const lines = stderr.split('\n').filter(line => line !== '');
    for (const line of lines) {
        assert.match(line, /^actionplan: (actionplan\.config\.json|[^:]+\.plan)(:\d+)?: ./, 'a stderr line names its file');
        assert.doesNotMatch(line, /^\s+at /, 'a stack trace');
    }
    const plans = Object.keys({ ...c.files, ...c.binary }).length;
    // A valid config may leave files out with `ignore`; otherwise every readable plan is checked.
    const ignores = c.config !== undefined && (parseConfig(c.config, 'actionplan.config.json').config?.ignore?.length ?? 0) > 0;
    if (ignores) assert.ok(report.files <= plans - Object.keys(c.binary).length, 'more files than there are');
    else assert.equal(report.files, plans - Object.keys(c.binary).length, 'every readable plan is checked');
    if (status === 2) assert.ok(lines.length > 0, 'exit 2 without saying why');
    else assert.deepEqual(lines, [], 'a problem printed, but the exit code is not 2');
    if (status !== 2) assert.equal(status, report.summary.errors > 0 ? 1 : 0, 'exit 1 when (and only when) there are errors');
    if (Object.keys(c.binary).length > 0 && !ignores) assert.equal(status, 2, 'a file that is not UTF-8 is an I/O problem');
}

async function checkInProcess(c: CheckCase): Promise<void> {
    const cwd = writeCase(c);
    const output = path.join(cwd, 'report.json');
    const { value: status, stderr } = await capturingStderr(() => runCheck([], { format: 'json', output: 'report.json', asOf: '2026-05-01' }, cwd, '0.0.0-fuzz'));
    assertCheckOutcome(c, status, fs.readFileSync(output, 'utf8'), stderr);
    fs.rmSync(cwd, { recursive: true, force: true });
}

describe('fuzz: actionplan check --format json', () => {
    before(() => {
        root = fs.mkdtempSync(path.join(os.tmpdir(), 'actionplan-fuzz-check-'));
    });
    after(() => fs.rmSync(root, { recursive: true, force: true }));

    fuzz('in-process, on any workspace and config', checkCase, checkInProcess, { runs: runsOf(30, 0.04) });

    fuzz('the built CLI, in a fresh process', checkCase, c => {
        const cwd = writeCase(c);
        const run = runCli(['check', '--format', 'json', '--as-of', '2026-05-01'], { cwd });
        assertCheckOutcome(c, run.status, run.stdout, run.stderr);
        fs.rmSync(cwd, { recursive: true, force: true });
    }, { runs: runsOf(2, 0.0005), limitMs: 60_000 });
});

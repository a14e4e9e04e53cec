/**
 * The sample workspaces, checked by the built CLI as a user would run it:
 * northwind meets every rule, needs-work breaks every rule at least once.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { INTERNAL_ERROR, RULE_IDS } from '../../language/rules/index.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = path.join(REPO, 'dist/cli/actionplan.cjs');

interface JsonDiagnostic {
    file: string;
    line: number;
    rule: string;
    severity: string;
    message: string;
}

interface JsonReport {
    asOf: string;
    files: number;
    diagnostics: JsonDiagnostic[];
}

interface CheckRun {
    status: number | null;
    report: JsonReport;
    stderr: string;
}

function check(folder: string): CheckRun {
    assert.ok(existsSync(CLI), `${CLI} is missing: build the project first`);
    const result = spawnSync(process.execPath, [CLI, 'check', folder, '--format', 'json'], {
        cwd: REPO, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' },
    });
    assert.equal(result.error, undefined, `could not run the CLI: ${result.error}`);
    let report: JsonReport;
    try {
        report = JSON.parse(result.stdout) as JsonReport;
    } catch {
        assert.fail(`the CLI did not print JSON (exit ${result.status}).\nstdout: ${result.stdout}\nstderr: ${result.stderr}`);
    }
    return { status: result.status, report, stderr: result.stderr };
}

function listing(diagnostics: JsonDiagnostic[]): string {
    return diagnostics.map(d => `${d.file}:${d.line} ${d.rule}: ${d.message}`).join('\n');
}

describe('the sample workspaces', function () {
    this.timeout(60000);

    describe('samples/northwind', () => {
        let run: CheckRun;
        before(() => {
            run = check('samples/northwind');
        });

        it('has zero diagnostics', () => {
            assert.deepEqual(run.report.diagnostics, [], `expected no diagnostics, got:\n${listing(run.report.diagnostics)}`);
        });

        it('exits 0 and prints no warnings on stderr', () => {
            assert.equal(run.status, 0, run.stderr);
            assert.equal(run.stderr.trim(), '');
        });

        it('is read as of the fixed date of its config and checks every file', () => {
            assert.equal(run.report.asOf, '2026-06-30');
            assert.equal(run.report.files, 6);
        });
    });

    describe('samples/needs-work', () => {
        let run: CheckRun;
        before(() => {
            run = check('samples/needs-work');
        });

        it('exits 1: the plans have problems', () => {
            assert.equal(run.status, 1, run.stderr);
        });

        it('is read as of the fixed date of its config', () => {
            assert.equal(run.report.asOf, '2026-10-01');
        });

        it('shows every rule of the catalogue at least once', () => {
            const fired = new Set(run.report.diagnostics.map(d => d.rule));
            const missing = RULE_IDS.filter(id => !fired.has(id));
            assert.deepEqual(missing, [], `rules that did not fire: ${missing.join(', ')}\n${listing(run.report.diagnostics)}`);
            assert.equal(RULE_IDS.length, 31);
        });

        it('has no internal error', () => {
            const internal = run.report.diagnostics.filter(d => d.rule === INTERNAL_ERROR);
            assert.deepEqual(internal, [], listing(internal));
        });

        it('reports only rules of the catalogue', () => {
            const unknown = run.report.diagnostics.filter(d => !RULE_IDS.includes(d.rule));
            assert.deepEqual(unknown, [], listing(unknown));
        });

        it('keeps its syntax errors in drafts/broken.plan', () => {
            const files = new Set(run.report.diagnostics.filter(d => d.rule === 'syntax').map(d => d.file));
            assert.deepEqual([...files], ['samples/needs-work/drafts/broken.plan']);
        });
    });
});

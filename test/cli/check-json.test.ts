/**
 * `actionplan check --format json`: the exact shape of product.md, and the
 * options that change what it holds (--as-of, config asOf, --quiet, -o,
 * --config).
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
    brief, checkJson, cleanTemp, copyFixture, jsonReportSchema, localToday, parseJsonReport, runCli, tempDir, writeFiles,
} from './helpers.js';

const TOURS_OVERDUE = 'honest-assessment@teams/talent.plan:18:13 warning';
const APPRENTICESHIP_OVERDUE = 'honest-assessment@teams/talent.plan:24:13 warning';

describe('actionplan check --format json', function () {
    this.timeout(90_000); // each test spawns the CLI, several times for some
    afterEach(cleanTemp);

    it('prints exactly the keys and types of product.md', () => {
        const cwd = copyFixture('mixed');
        const run = runCli(['check', '--format', 'json', '--as-of', '2026-07-01'], { cwd });
        assert.equal(run.status, 1);
        const raw = JSON.parse(run.stdout);
        assert.deepEqual(Object.keys(raw), ['schemaVersion', 'asOf', 'files', 'diagnostics', 'summary']);
        assert.deepEqual(Object.keys(raw.diagnostics[0]),
            ['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'rule', 'message']);
        assert.deepEqual(Object.keys(raw.summary), ['errors', 'warnings', 'infos', 'hints']);
        const report = jsonReportSchema.parse(raw);
        assert.equal(report.schemaVersion, 1);
        assert.equal(report.asOf, '2026-07-01');
        assert.equal(report.files, 3);
        assert.deepEqual(report.diagnostics, [
            {
                file: 'extra.plan', line: 2, column: 27, endLine: 2, endColumn: 34, severity: 'error',
                rule: 'unresolved-reference', message: "No business or partner named 'Nowhere'.",
            },
            {
                file: 'extra.plan', line: 3, column: 15, endLine: 3, endColumn: 21, severity: 'info',
                rule: 'no-placeholder', message: '"TODO" is a placeholder; fill it in before the plan is shared.',
            },
            {
                file: 'teams/talent.plan', line: 18, column: 13, endLine: 18, endColumn: 23, severity: 'warning',
                rule: 'honest-assessment', message: report.diagnostics[2].message,
            },
        ]);
        assert.match(report.diagnostics[2].message, /'Tours'.*2026-06-10/);
        assert.deepEqual(report.summary, { errors: 1, warnings: 1, infos: 1, hints: 0 });
    });

    it('the schema of the test refuses what product.md does not allow', () => {
        const good = JSON.parse(runCli(['check', '--format', 'json', '--as-of', '2026-07-01'], { cwd: copyFixture('mixed') }).stdout);
        assert.equal(jsonReportSchema.safeParse(good).success, true);
        const variants: unknown[] = [
            { ...good, extra: true },
            { ...good, schemaVersion: 2 },
            { ...good, files: '3' },
            { ...good, summary: { ...good.summary, fatal: 0 } },
            { ...good, diagnostics: [{ ...good.diagnostics[0], line: 0 }] },
            { ...good, diagnostics: [{ ...good.diagnostics[0], severity: 'fatal' }] },
            { ...good, diagnostics: [{ ...good.diagnostics[0], file: 'teams\\talent.plan' }] },
            { ...good, diagnostics: [{ ...good.diagnostics[0], code: 'x' }] },
        ];
        for (const variant of variants) assert.equal(jsonReportSchema.safeParse(variant).success, false, JSON.stringify(variant).slice(0, 200));
    });

    it('the summary counts the diagnostics, hints included', () => {
        const cwd = copyFixture('mixed');
        writeFiles(cwd, { 'actionplan.config.json': '{ "rules": { "no-placeholder": "hint", "plan-review": "info" } }' });
        writeFiles(cwd, { 'more.plan': 'business Beta "TBD"\nbusiness Gamma ""\n' });
        const report = checkJson(['--as-of', '2026-10-01'], { cwd }, 1);
        const count = (severity: string) => report.diagnostics.filter(d => d.severity === severity).length;
        assert.deepEqual(report.summary, { errors: count('error'), warnings: count('warning'), infos: count('info'), hints: count('hint') });
        assert.deepEqual(report.summary, { errors: 1, warnings: 2, infos: 0, hints: 3 });
    });

    it('diagnostics are sorted by file, and file paths are relative to the current folder with / separators', () => {
        const root = tempDir();
        copyFixture('mixed', path.join(root, 'plans'));
        fs.mkdirSync(path.join(root, 'elsewhere'));
        const fromParent = checkJson(['--as-of', '2026-07-01', 'plans'], { cwd: root }, 1);
        assert.deepEqual(fromParent.diagnostics.map(d => d.file), ['plans/extra.plan', 'plans/extra.plan', 'plans/teams/talent.plan']);
        const fromInside = checkJson(['--as-of', '2026-07-01', '..'], { cwd: path.join(root, 'plans/teams') }, 1);
        assert.deepEqual(fromInside.diagnostics.map(d => d.file), ['../extra.plan', '../extra.plan', 'talent.plan']);
        const fromSibling = checkJson(['--as-of', '2026-07-01', '../plans/extra.plan'], { cwd: path.join(root, 'elsewhere') }, 1);
        assert.deepEqual(fromSibling.diagnostics.map(d => d.file), ['../plans/extra.plan', '../plans/extra.plan']);
    });

    it('columns are 1-based and the range ends after the reported text', () => {
        const cwd = copyFixture('mixed');
        const report = checkJson(['--as-of', '2026-07-01'], { cwd }, 1);
        const text = fs.readFileSync(path.join(cwd, 'extra.plan'), 'utf8').split('\n');
        const unresolved = report.diagnostics.find(d => d.rule === 'unresolved-reference')!;
        assert.equal(text[unresolved.line - 1].slice(unresolved.column - 1, unresolved.endColumn - 1), 'Nowhere');
        const placeholder = report.diagnostics.find(d => d.rule === 'no-placeholder')!;
        assert.equal(text[placeholder.line - 1].slice(placeholder.column - 1, placeholder.endColumn - 1), '"TODO"');
    });
});

describe('actionplan check: the as-of date', function () {
    this.timeout(90_000); // each test spawns the CLI, several times for some
    afterEach(cleanTemp);

    it('--as-of changes honest-assessment and shows in asOf', () => {
        const cwd = copyFixture('baseline');
        const before = checkJson(['--as-of', '2026-05-01'], { cwd }, 0);
        assert.equal(before.asOf, '2026-05-01');
        assert.deepEqual(brief(before), []);
        const first = checkJson(['--as-of', '2026-06-11'], { cwd }, 0);
        assert.equal(first.asOf, '2026-06-11');
        assert.deepEqual(brief(first), [TOURS_OVERDUE]);
        assert.match(first.diagnostics[0].message, /1 day before 2026-06-11/);
        const onDueDay = checkJson(['--as-of', '2026-06-10'], { cwd }, 0);
        assert.deepEqual(brief(onDueDay), [], 'not overdue on its due date');
        const both = checkJson(['--as-of', '2026-10-01'], { cwd }, 0);
        assert.deepEqual(brief(both), [TOURS_OVERDUE, APPRENTICESHIP_OVERDUE]);
    });

    it('the stylish summary names the as-of date', () => {
        const run = runCli(['check', '--as-of', '2026-10-01'], { cwd: copyFixture('baseline') });
        assert.match(run.stdout, /as of 2026-10-01\./);
    });

    it("the config's asOf is used when there is no --as-of, and --as-of wins over it", () => {
        const cwd = copyFixture('baseline');
        writeFiles(cwd, { 'actionplan.config.json': '{\n  // the date of the review meeting\n  "asOf": "2026-07-01"\n}\n' });
        const fromConfig = checkJson([], { cwd }, 0);
        assert.equal(fromConfig.asOf, '2026-07-01');
        assert.deepEqual(brief(fromConfig), [TOURS_OVERDUE]);
        const fromFlag = checkJson(['--as-of', '2026-05-01'], { cwd }, 0);
        assert.equal(fromFlag.asOf, '2026-05-01');
        assert.deepEqual(brief(fromFlag), []);
    });

    it('without --as-of or config asOf, the date is today', () => {
        const report = checkJson([], { cwd: copyFixture('baseline') }, 0);
        assert.equal(report.asOf, localToday());
    });
});

describe('actionplan check: --quiet, -o and --config', function () {
    this.timeout(90_000); // each test spawns the CLI, several times for some
    afterEach(cleanTemp);

    it('--quiet keeps the errors only, in the list and in the summary', () => {
        const cwd = copyFixture('mixed');
        const loud = checkJson(['--as-of', '2026-10-01'], { cwd }, 1);
        assert.deepEqual(loud.summary, { errors: 1, warnings: 2, infos: 1, hints: 0 });
        const quiet = checkJson(['--as-of', '2026-10-01', '--quiet'], { cwd }, 1);
        assert.deepEqual(brief(quiet), ['unresolved-reference@extra.plan:2:27 error']);
        assert.deepEqual(quiet.summary, { errors: 1, warnings: 0, infos: 0, hints: 0 });
        assert.equal(quiet.files, 3);
        const stylish = runCli(['check', '--as-of', '2026-10-01', '-q'], { cwd });
        assert.equal(stylish.status, 1);
        assert.doesNotMatch(stylish.stdout, /\swarning\s|\sinfo\s|honest-assessment|no-placeholder/);
        assert.match(stylish.stdout, /1 problem \(1 error, 0 warnings, 0 info, 0 hints\)/);
        assert.match(stylish.stdout, /unresolved-reference/);
    });

    it('--quiet on a plan with warnings only exits 0 and prints no problem', () => {
        const cwd = copyFixture('baseline');
        const quiet = checkJson(['--as-of', '2026-10-01', '--quiet'], { cwd }, 0);
        assert.deepEqual(quiet.diagnostics, []);
    });

    it('-o FILE writes the report there and nothing to stdout', () => {
        const cwd = copyFixture('mixed');
        const run = runCli(['check', '--as-of', '2026-07-01', '--format', 'json', '-o', 'reports/check.json'], { cwd });
        assert.equal(run.status, 1, 'the exit code still reports the error');
        assert.equal(run.stdout, '');
        assert.equal(run.stderr, '');
        const written = parseJsonReport(fs.readFileSync(path.join(cwd, 'reports/check.json'), 'utf8'));
        const printed = checkJson(['--as-of', '2026-07-01'], { cwd }, 1);
        assert.deepEqual(written, printed);
    });

    it('--output FILE works for every format, and a stylish file has no colour', () => {
        const cwd = copyFixture('mixed');
        for (const format of ['stylish', 'sarif', 'github', 'junit']) {
            const file = `out/report.${format}`;
            const run = runCli(['check', '--as-of', '2026-07-01', '--format', format, '--output', file], { cwd, env: { FORCE_COLOR: '1' } });
            assert.equal(run.status, 1);
            assert.equal(run.stdout, '', `${format}: nothing on stdout`);
            const text = fs.readFileSync(path.join(cwd, file), 'utf8');
            assert.match(text, /unresolved-reference/, `${format}: the report is in the file`);
            if (format === 'stylish') assert.doesNotMatch(text, /\u001b/, 'no ANSI in a file');
        }
    });

    it('-o overwrites an existing file', () => {
        const cwd = copyFixture('baseline');
        writeFiles(cwd, { 'report.json': 'old content that is longer than nothing'.repeat(200) });
        const run = runCli(['check', '--as-of', '2026-05-01', '--format', 'json', '-o', 'report.json'], { cwd });
        assert.equal(run.status, 0);
        assert.equal(parseJsonReport(fs.readFileSync(path.join(cwd, 'report.json'), 'utf8')).files, 2);
    });

    it('without --config, the nearest config of each plan applies', () => {
        const cwd = copyFixture('configs');
        const report = checkJson(['--as-of', '2026-05-01'], { cwd }, 0);
        assert.equal(report.files, 4);
        assert.deepEqual(brief(report), ['no-placeholder@teams/more.plan:1:15 warning']);
    });

    it('--config FILE applies that config to every plan, whatever folder it is in', () => {
        const root = tempDir();
        const cwd = copyFixture('configs', path.join(root, 'ws'));
        writeFiles(root, { 'override.json': '{\n  "asOf": "2026-07-01",\n  "rules": { "no-placeholder": "error", "honest-assessment": "info" }\n}\n' });
        const expected = [
            'no-placeholder@extra.plan:1:15 error',
            'honest-assessment@teams/talent.plan:18:13 info',
            'no-placeholder@teams/more.plan:1:15 error',
        ].sort();
        const absolute = checkJson(['--config', path.join(root, 'override.json')], { cwd }, 1);
        assert.equal(absolute.asOf, '2026-07-01', "the --config file's asOf");
        assert.deepEqual(brief(absolute).sort(), expected);
        const relative = checkJson(['-c', '../override.json'], { cwd }, 1);
        assert.deepEqual(brief(relative).sort(), expected);
    });
});

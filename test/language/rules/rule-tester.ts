/**
 * Table-driven rule tests, in the manner of eslint's RuleTester: each rule
 * file lists valid plans (the rule stays silent) and invalid ones (the rule
 * fires exactly as listed), and every offered fix is applied, its text
 * compared, and the fixed workspace checked again.
 */
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { ruleById } from '../../../language/rules/index.js';
import { applyFix, fixesOf } from '../../helpers/fixes.js';
import { planFiles, TEAM_FILE, type PlanParts } from '../../helpers/plans.js';
import { buildWorkspace, dataOf, type TestWorkspace } from '../../helpers/workspace.js';

export type Files = Record<string, string>;

export interface PlanCase {
    name: string;
    /** The workspace: these files, else the baseline plan with `plan` holes filled. */
    files?: Files;
    plan?: PlanParts;
    /** Text replacements `[before, after]`, each applied in the one file holding `before` (once). */
    edit?: Array<[string, string]>;
    asOf?: string;
    configs?: Record<string, string>;
    /** Other rules expected in the workspace (ids, any order); default: none at all. */
    others?: string[];
}

export type ValidCase = PlanCase;

export interface ExpectedFix {
    /** The fix's title, or a pattern it matches. */
    title?: string | RegExp;
    /** The file text after the fix, as replacements `[before, after]` of the original text (each must occur once). */
    output?: Array<[string, string]>;
    /** For a fix that creates a file: its path (relative to the workspace) and text it must contain. */
    newFile?: { path: string; includes: string[] };
    /** The one piece of user text the fix may remove or rewrite (a date, a status, a comment). */
    removes?: string;
    /** The fix is a first step that leaves the diagnostic in place by design (e.g. a pending review). */
    stays?: boolean;
}

export interface ExpectedDiagnostic {
    messageId: string;
    /** 1-based line, or a text that occurs on exactly one line of the file. */
    line: number | string;
    /** Workspace-relative file; default: the tester's `file`. */
    file?: string;
    message?: RegExp;
    severity?: 'error' | 'warning' | 'info' | 'hint';
    /** Every fix the diagnostic offers, in order; omitted means it offers none. */
    fixes?: ExpectedFix[];
}

export interface InvalidCase extends PlanCase {
    errors: ExpectedDiagnostic[];
}

export interface RuleTests {
    /** The file expected diagnostics are in when they do not say (default: the team file). */
    file?: string;
    valid: ValidCase[];
    invalid: InvalidCase[];
}

const SEVERITY_NAMES = ['', 'error', 'warning', 'info', 'hint'] as const;

/** Edit a text: each `[before, after]` must occur exactly once. */
export function replaceAll(text: string, replacements: Array<[string, string]>, where = 'the text'): string {
    let result = text;
    for (const [before, after] of replacements) {
        const at = result.indexOf(before);
        assert.ok(at >= 0, `test setup: ${JSON.stringify(before)} does not occur in ${where}`);
        assert.equal(result.indexOf(before, at + 1), -1, `test setup: ${JSON.stringify(before)} occurs more than once in ${where}`);
        result = result.slice(0, at) + after + result.slice(at + before.length);
    }
    return result;
}

/** The files of a case. */
export function filesOf(testCase: PlanCase): Files {
    const files = { ...(testCase.files ?? planFiles(testCase.plan ?? {})) };
    for (const [before, after] of testCase.edit ?? []) {
        const holders = Object.keys(files).filter(file => files[file].includes(before));
        assert.equal(holders.length, 1, `test setup: ${JSON.stringify(before)} must occur in exactly one file, found in [${holders.join(', ')}]`);
        files[holders[0]] = replaceAll(files[holders[0]], [[before, after]], holders[0]);
    }
    return files;
}

/** 1-based number of the one line of `text` containing `marker`. */
export function lineOf(text: string, marker: number | string): number {
    if (typeof marker === 'number') return marker;
    const lines = text.split('\n');
    const hits = lines.flatMap((line, index) => (line.includes(marker) ? [index + 1] : []));
    assert.equal(hits.length, 1, `test setup: ${JSON.stringify(marker)} must be on exactly one line, found on [${hits.join(', ')}]`);
    return hits[0];
}

interface Located {
    file: string;
    diagnostic: Diagnostic;
}

function located(workspace: TestWorkspace): Located[] {
    return [...workspace.documents.keys()].flatMap(file => workspace.diagnostics(file).map(diagnostic => ({ file, diagnostic })));
}

function describeAll(items: Located[]): string {
    return items.map(({ file, diagnostic }) => `  ${file}:${diagnostic.range.start.line + 1} ${diagnostic.code}/${dataOf(diagnostic).messageId}: ${diagnostic.message}`).join('\n') || '  (none)';
}

export async function build(testCase: PlanCase, files = filesOf(testCase)): Promise<TestWorkspace> {
    return buildWorkspace(files, { asOf: testCase.asOf, configs: testCase.configs });
}

function othersOf(all: Located[], ruleId: string): string[] {
    return [...new Set(all.map(l => String(l.diagnostic.code)).filter(code => code !== ruleId))].sort();
}

/** The tokens of a text: whole strings, words (names, keywords, dates) and single punctuation marks. */
function tokens(text: string): string[] {
    return text.match(/"(?:[^"\\\r\n]|\\.)*"?|[\w.:-]+|\S/g) ?? [];
}

/** Whether every token of `original` appears, in order, in `fixed`: nothing the user wrote was removed. */
export function keepsUserText(original: string, fixed: string): { ok: boolean; missing?: string } {
    const wanted = tokens(original);
    const have = tokens(fixed);
    let at = 0;
    for (const token of wanted) {
        while (at < have.length && have[at] !== token) at++;
        if (at === have.length) return { ok: false, missing: token };
        at++;
    }
    return { ok: true };
}

function errorKeys(all: Located[]): Map<string, number> {
    const counts = new Map<string, number>();
    for (const { file, diagnostic } of all) {
        if (diagnostic.severity !== 1) continue;
        const key = `${file} ${diagnostic.code}/${dataOf(diagnostic).messageId}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return counts;
}

export function ruleTester(ruleId: string, tests: RuleTests): void {
    const rule = ruleById(ruleId);
    const defaultFile = tests.file ?? TEAM_FILE;

    describe(`rule ${ruleId}`, () => {
        it('is registered in RULES', () => {
            assert.ok(rule, `no rule '${ruleId}' in RULES`);
        });

        describe('valid', () => {
            for (const testCase of tests.valid) {
                it(testCase.name, async () => {
                    const all = located(await build(testCase));
                    const mine = all.filter(l => l.diagnostic.code === ruleId);
                    assert.equal(mine.length, 0, `expected no ${ruleId}, got:\n${describeAll(mine)}`);
                    assert.deepEqual(othersOf(all, ruleId), [...(testCase.others ?? [])].sort(), `other diagnostics:\n${describeAll(all)}`);
                });
            }
        });

        describe('invalid', () => {
            for (const testCase of tests.invalid) {
                it(testCase.name, async () => {
                    const files = filesOf(testCase);
                    const workspace = await build(testCase, files);
                    const all = located(workspace);
                    const mine = all.filter(l => l.diagnostic.code === ruleId)
                        .sort((a, b) => a.file.localeCompare(b.file) || a.diagnostic.range.start.line - b.diagnostic.range.start.line
                            || a.diagnostic.range.start.character - b.diagnostic.range.start.character);
                    const expected = testCase.errors.map(error => {
                        const file = error.file ?? defaultFile;
                        assert.ok(files[file] !== undefined, `test setup: no file ${file}`);
                        return { file, line: lineOf(files[file], error.line), messageId: error.messageId, error };
                    }).sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
                    assert.deepEqual(
                        mine.map(l => ({ file: l.file, line: l.diagnostic.range.start.line + 1, messageId: dataOf(l.diagnostic).messageId })),
                        expected.map(({ file, line, messageId }) => ({ file, line, messageId })),
                        `${ruleId} diagnostics (how many, where, which message):\n${describeAll(mine)}`);
                    assert.deepEqual(othersOf(all, ruleId), [...(testCase.others ?? [])].sort(), `other diagnostics:\n${describeAll(all)}`);

                    for (const [index, { file, error }] of expected.entries()) {
                        const diagnostic = mine[index].diagnostic;
                        assert.ok(!/\{\w+\}/.test(diagnostic.message), `a placeholder was left in the message: ${diagnostic.message}`);
                        if (error.message) assert.match(diagnostic.message, error.message);
                        if (error.severity) assert.equal(SEVERITY_NAMES[diagnostic.severity ?? 0], error.severity, 'severity');
                        assert.equal(dataOf(diagnostic).rule, ruleId);
                        const offered = fixesOf(diagnostic);
                        const wanted = error.fixes ?? [];
                        assert.deepEqual(offered.map(f => f.title).length, wanted.length,
                            `${error.messageId} on line ${mine[index].diagnostic.range.start.line + 1}: fixes offered: ${JSON.stringify(offered.map(f => f.title))}`);
                        if (offered.length > 0) assert.ok(rule?.meta.fixable, `${ruleId} offers a fix but its meta says fixable: false`);
                        for (const [n, fix] of offered.entries()) {
                            await checkFix(testCase, files, file, diagnostic, fix, wanted[n], all);
                        }
                    }
                });
            }
        });
    });

    async function checkFix(testCase: PlanCase, files: Files, file: string, diagnostic: Diagnostic,
        fix: ReturnType<typeof fixesOf>[number], wanted: ExpectedFix, before: Located[]): Promise<void> {
        const what = `fix '${fix.title}'`;
        if (wanted.title instanceof RegExp) assert.match(fix.title, wanted.title, what);
        else if (wanted.title !== undefined) assert.equal(fix.title, wanted.title, what);
        const fixedFiles = { ...files, [file]: applyFix(files[file], fix) };
        if (wanted.output) {
            assert.equal(fixedFiles[file], replaceAll(files[file], wanted.output, file), `${what}: the text after it`);
        }
        if (fix.newFile || wanted.newFile) {
            assert.ok(fix.newFile && wanted.newFile, `${what}: a new file was ${fix.newFile ? 'created but not expected' : 'expected but not created'}`);
            const newPath = path.posix.join(path.posix.dirname(file), fix.newFile.path);
            assert.equal(newPath, wanted.newFile.path, `${what}: the new file's path`);
            assert.equal(files[newPath], undefined, `${what}: the new file ${newPath} would overwrite a file`);
            for (const text of wanted.newFile.includes) assert.ok(fix.newFile.text.includes(text), `${what}: the new file should contain ${text}:\n${fix.newFile.text}`);
            fixedFiles[newPath] = fix.newFile.text;
        }
        const original = wanted.removes === undefined ? files[file] : replaceAll(files[file], [[wanted.removes, ' ']], file);
        const kept = keepsUserText(original, fixedFiles[file]);
        assert.ok(kept.ok, `${what} removed user text: '${kept.missing}' is gone:\n${fixedFiles[file]}`);

        // Check again: the diagnostic is gone and no new error appeared.
        const after = located(await build(testCase, fixedFiles));
        const messageId = dataOf(diagnostic).messageId;
        const count = (items: Located[]) => items.filter(l => l.diagnostic.code === ruleId && dataOf(l.diagnostic).messageId === messageId).length;
        if (wanted.stays) assert.equal(count(after), count(before), `${what}: expected to leave ${ruleId}/${messageId} in place`);
        else assert.ok(count(after) < count(before), `${what}: ${ruleId}/${messageId} is still there after the fix:\n${describeAll(after)}`);
        const errorsBefore = errorKeys(before);
        for (const [key, n] of errorKeys(after)) {
            assert.ok(n <= (errorsBefore.get(key) ?? 0), `${what}: a new error appeared (${key}):\n${describeAll(after)}\n--- fixed text:\n${fixedFiles[file]}`);
        }
    }
}

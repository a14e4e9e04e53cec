/**
 * A fix must not create a new problem: every fix of every diagnostic, on the
 * needs-work sample and on every rule page's failing example, is applied alone
 * and the workspace checked again; no diagnostic may appear that was not there
 * before. Diagnostics are compared by file, rule, message id and the text they
 * point at: a day count in a message changes when a date moves, and that is
 * the same problem. Two kinds of new diagnostic are expected (docs/architecture.md,
 * "Quick fixes"):
 *
 * - inside the text a fix inserted (a skeleton: a new team file, a win, a step):
 *   they ask for what only a person can write (a `"TODO: …"` text, an owner, a
 *   champion, a rating), so what is left to do stays visible, as the
 *   `no-placeholder` rule does for the blanks;
 * - the few follow-on rules of FOLLOW_ON below, each with the guide's reason.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { applyEdits } from '../../language/fixes/apply.js';
import { RULES } from '../../language/rules/index.js';
import type { Fix } from '../../language/rules/rule.js';
import { fixesOf } from '../helpers/fixes.js';
import { buildWorkspace, dataOf } from '../helpers/workspace.js';

const REPO = path.resolve(import.meta.dirname, '../..');
const CONFIG_FILE = 'actionplan.config.json';

interface Workspace {
    name: string;
    files: Record<string, string>;
    configs: Record<string, string>;
    asOf: string;
}

function planFilesUnder(folder: string, prefix = ''): Record<string, string> {
    const files: Record<string, string> = {};
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
        const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
        if (entry.isDirectory()) Object.assign(files, planFilesUnder(path.join(folder, entry.name), relative));
        else if (entry.name.endsWith('.plan')) files[relative] = fs.readFileSync(path.join(folder, entry.name), 'utf8');
    }
    return files;
}

function sample(name: string): Workspace {
    const folder = path.join(REPO, 'samples', name);
    const config = fs.readFileSync(path.join(folder, CONFIG_FILE), 'utf8');
    return { name: `samples/${name}`, files: planFilesUnder(folder), configs: { [CONFIG_FILE]: config }, asOf: /"asOf":\s*"([^"]+)"/.exec(config)![1] };
}

/** The failing example of a rule page (the format test/docs/rule-pages.test.ts reads). */
function failingExample(ruleId: string): Workspace | undefined {
    const file = path.join(REPO, 'docs/rules', `${ruleId}.md`);
    if (!fs.existsSync(file)) return undefined;
    const page = fs.readFileSync(file, 'utf8');
    const start = page.indexOf('## Failing example');
    if (start < 0) return undefined;
    const end = page.indexOf('\n## ', start + 1);
    const section = page.slice(start, end < 0 ? undefined : end);
    const files: Record<string, string> = {};
    for (const match of section.matchAll(/^```plan\n([\s\S]*?)^```$/gm)) {
        const name = /^\/\/ file: (\S+)/.exec(match[1])?.[1];
        if (name) files[name] = match[1];
    }
    const config = /<!--\s*config:\s*([\s\S]*?)\s*-->/.exec(section)?.[1];
    const asOf = /<!--\s*as-of:\s*(\S+)\s*-->/.exec(section)?.[1] ?? '2026-09-15';
    return { name: `docs/rules/${ruleId}.md`, files, configs: config ? { [CONFIG_FILE]: config } : {}, asOf };
}

async function check(workspace: Workspace): Promise<Array<{ file: string; diagnostic: Diagnostic }>> {
    const built = await buildWorkspace(workspace.files, { asOf: workspace.asOf, configs: workspace.configs });
    return [...built.documents].flatMap(([file, document]) => (document.diagnostics ?? []).map(diagnostic => ({ file, diagnostic })));
}

interface Found { file: string; diagnostic: Diagnostic }

/** A diagnostic's identity across an edit: file, rule, message id and the text it points at (not its message). */
function key(files: Record<string, string>, { file, diagnostic }: Found): string {
    const text = files[file] ?? '';
    const document = TextDocument.create(`file:///${file}`, 'actionplan', 1, text);
    const pointed = text.slice(document.offsetAt(diagnostic.range.start), document.offsetAt(diagnostic.range.end));
    return `${file} ${diagnostic.code}/${dataOf(diagnostic)?.messageId ?? ''}: ${JSON.stringify(pointed)}`;
}

/**
 * New diagnostics that are the guide's next step after a fix, not a problem it made,
 * by the fix's rule and message id. Kept short: each needs the guide's reason.
 */
const FOLLOW_ON: Array<{ fix: string; adds: string; reason: string }> = [
    {
        fix: 'honest-assessment/overdue', adds: 'next-win/none',
        reason: 'an achieved win is the pivot to a next win (guide §4): "Mark achieved" leads to next-win, whose fix adds the next win',
    },
    {
        fix: 'honest-assessment/overdue', adds: 'course-correction/none',
        reason: 'a missed win calls for a course correction (guide §4): "Mark missed" leads to course-correction',
    },
    {
        fix: 'unresolved-reference/missing', adds: '*',
        reason: 'a name that resolves no more hides what it names from every rule; once the fix makes it resolve, the rules '
            + 'check what it names: the problems they find were there, hidden behind the broken reference',
    },
    {
        fix: 'follow-up-window/outside', adds: 'win-timeline/late',
        reason: 'a team without a formed line forms at its priority\'s follow-up call (guide §1), so moving the call moves its formation and the '
            + 'windows counted from it; when no day of the follow-up window keeps every win in its window, the fix takes the day nearest '
            + 'the written one and the wins to re-date are shown, rather than the call left outside its window',
    },
];

function followOn(fixed: Found, added: string): boolean {
    const fix = `${fixed.diagnostic.code}/${dataOf(fixed.diagnostic)?.messageId}`;
    return FOLLOW_ON.some(f => f.fix === fix && (f.adds === '*' || added.includes(` ${f.adds}: `)));
}

/**
 * Inside a skeleton a fix inserted, what may be reported: what is missing and only a person can
 * supply (a text, an owner, a champion, a rating, a supporting party, the review), by rule and
 * message id. A date a skeleton writes is the fix's choice: it must break no rule.
 */
const ASKS_FOR_CONTENT = new Set([
    'no-placeholder/placeholder', 'win-specific/noOwner', 'win-specific/noDue', 'win-criteria/noImpact', 'win-criteria/noFeasibility',
    'complementary-roles/none', 'first-step/noOwner', 'first-step/noDue', 'business-at-center/noChampion', 'plan-review/notApproved',
    'early-wins-count/tooFew',
]);

function asksForContent({ diagnostic }: Found): boolean {
    return ASKS_FOR_CONTENT.has(`${diagnostic.code}/${dataOf(diagnostic)?.messageId}`);
}

/** What is in `after` and not in `before`, counting repeats. */
function added<T>(before: string[], after: T[], keyOf: (t: T) => string): T[] {
    const left = new Map<string, number>();
    for (const k of before) left.set(k, (left.get(k) ?? 0) + 1);
    return after.filter(t => {
        const k = keyOf(t);
        const n = left.get(k) ?? 0;
        left.set(k, n - 1);
        return n <= 0;
    });
}

/** The ranges of a file's new text that a fix inserted: the whole of a new file, else each edit's new text. */
function insertedRanges(before: string, edits: TextEdit[]): Array<[number, number]> {
    const document = TextDocument.create('file:///x.plan', 'actionplan', 1, before);
    // A skeleton is whole lines; a value replaced in a line (a date, a name) is not one.
    const spans = edits.filter(e => e.newText.includes('\n')).map(e => ({ start: document.offsetAt(e.range.start), end: document.offsetAt(e.range.end), length: e.newText.length }))
        .sort((a, b) => a.start - b.start);
    let delta = 0;
    return spans.map(span => {
        const start = span.start + delta;
        delta += span.length - (span.end - span.start);
        return [start, start + span.length] as [number, number];
    });
}

/** The new diagnostics that applying `fix` (of the diagnostic `fixed`) leaves, but for the expected ones. */
async function newProblems(workspace: Workspace, before: string[], fixed: Found, fix: Fix): Promise<string[]> {
    const { file } = fixed;
    const files = { ...workspace.files, [file]: applyEdits(workspace.files[file], fix.edits) };
    const inserted = new Map([[file, insertedRanges(workspace.files[file], fix.edits)]]);
    if (fix.newFile) {
        const created = path.posix.join(path.posix.dirname(file), fix.newFile.path);
        files[created] = fix.newFile.text;
        inserted.set(created, [[0, fix.newFile.text.length]]);
    }
    const inSkeleton = (f: Found) => {
        const offset = TextDocument.create('file:///x.plan', 'actionplan', 1, files[f.file] ?? '').offsetAt(f.diagnostic.range.start);
        return (inserted.get(f.file) ?? []).some(([start, end]) => offset >= start && offset <= end);
    };
    return added(before, await check({ ...workspace, files }), f => key(files, f))
        .filter(f => !(inSkeleton(f) && asksForContent(f)))
        .map(f => `${key(files, f)} (${f.diagnostic.message})`)
        .filter(k => !followOn(fixed, k));
}

async function everyFixLeavesNoNewProblem(workspace: Workspace): Promise<void> {
    const found = await check(workspace);
    const before = found.map(f => key(workspace.files, f));
    const problems: string[] = [];
    let tried = 0;
    for (const fixed of found) {
        for (const fix of fixesOf(fixed.diagnostic)) {
            tried++;
            const fresh = await newProblems(workspace, before, fixed, fix);
            if (fresh.length) problems.push(`'${fix.title}' (${fixed.diagnostic.code} in ${fixed.file}) adds:\n    ${fresh.join('\n    ')}`);
        }
    }
    assert.ok(tried > 0 || found.every(f => fixesOf(f.diagnostic).length === 0));
    assert.deepEqual(problems, [], `fixes in ${workspace.name} create new problems`);
}

describe('a fix creates no new problem', () => {
    it('every fix on samples/needs-work', async function () {
        this.timeout(120_000);
        await everyFixLeavesNoNewProblem(sample('needs-work'));
    });

    for (const rule of RULES.filter(r => r.meta.fixable)) {
        it(`every fix on the failing example of ${rule.meta.id}`, async function () {
            this.timeout(60_000);
            const example = failingExample(rule.meta.id);
            assert.ok(example, `docs/rules/${rule.meta.id}.md has a failing example`);
            await everyFixLeavesNoNewProblem(example);
        });
    }

    it('the check can fail: a fix that makes a win overdue is caught, and a skeleton is only whole inserted lines', async () => {
        const workspace = sample('needs-work');
        const file = 'teams/suppliers.plan';
        const found = await check(workspace);
        const fixed = found.find(f => f.file === file && f.diagnostic.code === 'first-win-window' && dataOf(f.diagnostic).messageId === 'outside');
        assert.ok(fixed, 'the sample has a first win outside its window');
        const forged: Fix = { title: 'forged', edits: [{ range: fixed.diagnostic.range, newText: '2026-09-17' }] };
        const fresh = await newProblems(workspace, found.map(f => key(workspace.files, f)), fixed, forged);
        assert.ok(fresh.some(k => k.includes('honest-assessment/overdue')), `a win set due before the as-of date is overdue: ${fresh.join('; ')}`);
    });
});

/**
 * Property: every quick fix, applied, leaves a document that parses no worse,
 * removes the diagnostic it names, and deletes no user text beyond the date,
 * status or comment it names (or the owner it replaces: business-at-center's
 * "make the first champion the owner" is that one value). A fix that creates
 * a file creates a plan file next to the document, which parses.
 */
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import fc from 'fast-check';
import type { IToken } from 'chevrotain';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, TextEdit } from 'vscode-languageserver-types';
import type { Fix } from '../../language/rules/rule.js';
import type { DiagnosticData } from '../../language/validation/document-validator.js';
import { anyWorkspace, validWorkspace, type GeneratedWorkspace, type PlanFiles } from './arbitraries.js';
import { fuzz, runsOf, services, withWorkspace } from './harness.js';

interface Candidate {
    file: string;
    text: string;
    diagnostic: Diagnostic;
    fix: Fix;
    /** Every diagnostic of the file. */
    siblings: Diagnostic[];
}

const DIRECTIVE = /^\/\/\s*actionplan-disable-(next-line|file)(?=\s|$)/;
const WIN_STATUS = /^(planned|in-progress|achieved|missed|dropped)$/;
const DATE = /^[0-9]+-[0-9]+-[0-9]+$/;

function syntaxErrors(text: string): number {
    const parse = services.parser.LangiumParser.parse(text);
    return parse.lexerErrors.length + parse.parserErrors.length;
}

function tokensOf(text: string): IToken[] {
    const lexed = services.parser.Lexer.tokenize(text);
    return [...lexed.tokens, ...(lexed.hidden ?? [])].sort((a, b) => a.startOffset - b.startOffset);
}

/** Why an edit deletes user text it may not, or undefined when it may. */
export function deletionProblem(text: string, edit: TextEdit): string | undefined {
    const document = TextDocument.create('file:///x.plan', 'actionplan', 1, text);
    const start = document.offsetAt(edit.range.start);
    const end = document.offsetAt(edit.range.end);
    if (start === end) return undefined; // an insertion
    const deleted = text.slice(start, end);
    const tokens = tokensOf(text);
    const overlapping = tokens.filter(t => t.startOffset < end && t.startOffset + t.image.length > start);
    const code = tokens.filter(t => t.tokenType.name !== 'SL_COMMENT' && t.tokenType.name !== 'ML_COMMENT');
    const exact = overlapping.length === 1 && overlapping[0].startOffset === start && overlapping[0].image.length === deleted.length ? overlapping[0] : undefined;
    if (exact) {
        const previous = code[code.indexOf(exact) - 1]?.image;
        if (DATE.test(exact.image) && DATE.test(edit.newText)) return undefined;
        if (previous === 'status' && WIN_STATUS.test(exact.image) && WIN_STATUS.test(edit.newText)) return undefined;
        if (previous === 'owner' && /^[A-Za-z_][A-Za-z0-9_]*$/.test(edit.newText)) return undefined;
    }
    const comment = overlapping.length === 1 && overlapping[0].tokenType.name === 'SL_COMMENT' && DIRECTIVE.test(overlapping[0].image) ? overlapping[0] : undefined;
    if (comment && edit.newText === '') {
        const inside = start >= comment.startOffset && end <= comment.startOffset + comment.image.length;
        if (inside && /^[\w\s,-]*$/.test(deleted) && !deleted.includes('--')) return undefined; // a rule (and its comma) out of the list
        const outside = deleted.replace(comment.image, '');
        if (deleted.includes(comment.image) && outside.trim() === '') return undefined; // the whole comment, with its line
    }
    return `deletes ${JSON.stringify(deleted)} (tokens ${JSON.stringify(overlapping.map(t => t.image))}) to write ${JSON.stringify(edit.newText)}`;
}

/** Where an offset of the text before the edits is after them. */
function mapOffset(offset: number, document: TextDocument, edits: TextEdit[]): number {
    let shift = 0;
    for (const edit of edits) {
        const s = document.offsetAt(edit.range.start);
        const e = document.offsetAt(edit.range.end);
        if (s < offset && offset < e) return s + shift;
        if (e <= offset) shift += edit.newText.length - (e - s);
    }
    return offset + shift;
}

/** Fixes that leave their diagnostic in place by design (test/language/rules/plan-review.test.ts: `stays: true`). */
const STAYS = new Set(['plan-review/notApproved']);

const ruleOf = (d: Diagnostic) => `${d.code}/${(d.data as DiagnosticData | undefined)?.messageId}`;

async function candidatesOf(files: PlanFiles): Promise<Candidate[]> {
    return withWorkspace(files, ({ documents }) => [...documents].flatMap(([file, document]) => (document.diagnostics ?? []).flatMap(diagnostic =>
        ((diagnostic.data as DiagnosticData | undefined)?.fixes ?? []).map(fix => ({
            file, text: document.textDocument.getText(), diagnostic, fix, siblings: document.diagnostics ?? [],
        })))));
}

async function assertFixIsSafe(workspace: GeneratedWorkspace, choice: number): Promise<void> {
    const candidates = await candidatesOf(workspace.files);
    if (candidates.length === 0) return;
    const { file, text, diagnostic, fix, siblings } = candidates[choice % candidates.length];
    const label = `fix '${fix.title}' of ${ruleOf(diagnostic)} in ${file}`;
    const document = TextDocument.create('file:///x.plan', 'actionplan', 1, text);

    for (const edit of fix.edits) {
        const problem = deletionProblem(text, edit);
        assert.equal(problem, undefined, `${label}: ${problem}`);
    }
    const edits = [...fix.edits].sort((a, b) => document.offsetAt(a.range.start) - document.offsetAt(b.range.start));
    const fixed = TextDocument.applyEdits(document, fix.edits);
    const files = { ...workspace.files, [file]: fixed };
    if (fix.newFile) {
        assert.ok(!path.isAbsolute(fix.newFile.path) && !fix.newFile.path.split('/').includes('..') && fix.newFile.path.endsWith('.plan'),
            `${label}: creates ${fix.newFile.path}`);
        let target = path.posix.join(path.posix.dirname(file), fix.newFile.path);
        for (let n = 2; target in files; n++) target = target.replace(/(-\d+)?\.plan$/, `-${n}.plan`); // as the server does: never over a file
        files[target] = fix.newFile.text;
        assert.equal(syntaxErrors(fix.newFile.text), 0, `${label}: the new file does not parse:\n${fix.newFile.text}`);
    }
    assert.ok(syntaxErrors(fixed) <= syntaxErrors(text), `${label}: the document parses worse:\n${fixed}`);

    // plan-review's fix is a first step by design (the rule tests mark it `stays`): it adds a pending review by a
    // champion, and only the champion's approval clears the diagnostic. That is reported to the lead, not hidden here.
    if (STAYS.has(ruleOf(diagnostic))) return;
    // The diagnostic it names: same rule and message id, at the same place (mapped through the edits). A
    // diagnostic reported twice at one place (a win missing both ratings) loses one of its copies.
    const at = mapOffset(document.offsetAt(diagnostic.range.start), document, edits);
    const countAt = (list: Diagnostic[], doc: TextDocument, offset: number) =>
        list.filter(d => ruleOf(d) === ruleOf(diagnostic) && doc.offsetAt(d.range.start) === offset).length;
    const before = countAt(siblings, document, document.offsetAt(diagnostic.range.start));
    await withWorkspace(files, ({ documents }) => {
        const after = documents.get(file)!;
        const remaining = countAt(after.diagnostics ?? [], TextDocument.create('file:///y.plan', 'actionplan', 1, fixed), at);
        assert.ok(remaining < before, `${label}: the diagnostic is still there after the fix (${remaining} of ${before}):\n${fixed}`);
    });
}

describe('fuzz: quick fixes', () => {
    fuzz('a fix of any diagnostic of a valid plan', fc.tuple(validWorkspace, fc.nat()), ([w, choice]) => assertFixIsSafe(w, choice), { runs: runsOf(80, 0.07) });
    fuzz('a fix of any diagnostic of a valid or mutated plan', fc.tuple(anyWorkspace, fc.nat()), ([w, choice]) => assertFixIsSafe(w, choice), { runs: runsOf(60, 0.06) });
});

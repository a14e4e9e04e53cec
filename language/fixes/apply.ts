/**
 * Applying fixes to text, shared by the editor's "fix all" actions and
 * `actionplan check --fix`: which fixes are safe to apply unattended, and the
 * text after a set of them (identical edits once, overlapping ones left for
 * the next pass).
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { ruleById } from '../rules/index.js';
import type { Fix } from '../rules/rule.js';
import type { DiagnosticData } from '../validation/document-validator.js';

/**
 * The fix applied unattended for a diagnostic (`check --fix`, fix on save):
 * its first fix, when its rule lists the diagnostic's message id in
 * `meta.safeFixes` and the fix only edits the diagnostic's own file.
 */
export function safeFixOf(diagnostic: Diagnostic): Fix | undefined {
    const data = diagnostic.data as DiagnosticData | undefined;
    const fix = data?.fixes?.[0];
    if (!data || !fix || fix.newFile || fix.edits.length === 0) return undefined;
    const safe = ruleById(data.rule)?.meta.safeFixes ?? [];
    return safe.includes(data.messageId) ? fix : undefined;
}

/** Edits sorted by position, identical ones once; an edit overlapping an earlier one is dropped (a later pass redoes it). */
export function mergeEdits(edits: TextEdit[]): TextEdit[] {
    const key = (e: TextEdit) => `${e.range.start.line}:${e.range.start.character}-${e.range.end.line}:${e.range.end.character}=${e.newText}`;
    const seen = new Set<string>();
    const sorted = edits
        .filter(e => !seen.has(key(e)) && seen.add(key(e)))
        .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    const merged: TextEdit[] = [];
    for (const edit of sorted) {
        const last = merged.at(-1);
        const overlaps = last && (edit.range.start.line < last.range.end.line
            || (edit.range.start.line === last.range.end.line && edit.range.start.character < last.range.end.character));
        if (!overlaps) merged.push(edit);
    }
    return merged;
}

/**
 * The edits of several fixes that can be applied together: a fix whose edits
 * would overlap another's is left out whole (never half applied).
 */
export function compatibleEdits(fixes: Fix[]): { edits: TextEdit[]; applied: Fix[] } {
    const edits: TextEdit[] = [];
    const applied: Fix[] = [];
    const taken: TextEdit[] = [];
    for (const fix of fixes) {
        const fresh = fix.edits.filter(e => !taken.some(t => sameEdit(t, e)));
        if (fresh.some(e => taken.some(t => overlap(t, e)))) continue;
        taken.push(...fresh);
        edits.push(...fresh);
        applied.push(fix);
    }
    return { edits: mergeEdits(edits), applied };
}

/** The text after the edits (positions are of the original text). */
export function applyEdits(text: string, edits: TextEdit[]): string {
    return TextDocument.applyEdits(TextDocument.create('file:///fix.plan', 'actionplan', 0, text), edits);
}

function sameEdit(a: TextEdit, b: TextEdit): boolean {
    return a.newText === b.newText && compare(a.range.start, b.range.start) === 0 && compare(a.range.end, b.range.end) === 0;
}

/** Two edits touch the same text (insertions at one point do not: they go in the order of the fixes). */
function overlap(a: TextEdit, b: TextEdit): boolean {
    const empty = (e: TextEdit) => compare(e.range.start, e.range.end) === 0;
    if (compare(a.range.start, b.range.start) === 0) return !(empty(a) && empty(b));
    return compare(a.range.start, b.range.end) < 0 && compare(b.range.start, a.range.end) < 0;
}

function compare(a: { line: number; character: number }, b: { line: number; character: number }): number {
    return a.line - b.line || a.character - b.character;
}

/**
 * Quick fixes: each diagnostic carries its fixes as data (computed by its
 * rule); this turns them into code actions, adds "fix all of this rule in the
 * file" and "disable this rule for this line".
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { URI, UriUtils, type LangiumDocument } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import {
    CodeActionKind, type CodeAction, type CodeActionParams, type Command, type Diagnostic, type TextEdit, type WorkspaceEdit
} from 'vscode-languageserver';
import { isStructural } from '../language/rules/index.js';
import type { Fix } from '../language/rules/rule.js';
import type { DiagnosticData } from '../language/validation/document-validator.js';
import { readSuppressions } from '../language/validation/suppressions.js';
import { indentationAt } from '../language/fixes/edits.js';

export class ActionPlanCodeActionProvider implements CodeActionProvider {
    getCodeActions(document: LangiumDocument, params: CodeActionParams): Array<Command | CodeAction> {
        const actions: CodeAction[] = [];
        const rulesSeen = new Set<string>();
        for (const diagnostic of params.context.diagnostics) {
            const data = diagnostic.data as DiagnosticData | undefined;
            if (!data?.rule) continue;
            (data.fixes ?? []).forEach((fix, index) => {
                actions.push({
                    title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: index === 0,
                    edit: toWorkspaceEdit(document, [fix]),
                });
            });
            if (!rulesSeen.has(data.rule)) {
                rulesSeen.add(data.rule);
                const fixAll = this.fixAll(document, data.rule);
                if (fixAll) actions.push(fixAll);
            }
            if (!isStructural(data.rule) && data.rule !== 'unused-suppression') {
                actions.push(disableForLine(document, diagnostic, data.rule));
            }
        }
        return actions;
    }

    /** The first fix of every diagnostic of the rule in the file, when there are at least two. */
    private fixAll(document: LangiumDocument, rule: string): CodeAction | undefined {
        const diagnostics = (document.diagnostics ?? []).filter(d => (d.data as DiagnosticData | undefined)?.rule === rule);
        const fixes = diagnostics.map(d => (d.data as DiagnosticData).fixes?.[0]).filter((f): f is Fix => f !== undefined);
        if (fixes.length < 2) return undefined;
        return {
            title: `Fix all '${rule}' problems in this file`, kind: CodeActionKind.QuickFix, diagnostics,
            edit: toWorkspaceEdit(document, fixes),
        };
    }
}

/** Text edits merged (identical ones once, overlapping ones dropped), and new files created next to the document. */
export function toWorkspaceEdit(document: LangiumDocument, fixes: Fix[]): WorkspaceEdit {
    const edits = mergeEdits(fixes.flatMap(f => f.edits));
    const uri = document.uri.toString();
    const newFiles = fixes.map(f => f.newFile).filter((f): f is NonNullable<Fix['newFile']> => f !== undefined);
    if (newFiles.length === 0) return { changes: { [uri]: edits } };
    const documentChanges: NonNullable<WorkspaceEdit['documentChanges']> = [];
    if (edits.length) documentChanges.push({ textDocument: { uri, version: null }, edits });
    for (const file of newFiles) {
        const target = freePath(UriUtils.joinPath(UriUtils.dirname(document.uri), file.path));
        documentChanges.push({ kind: 'create', uri: target.toString(), options: { overwrite: false, ignoreIfExists: false } });
        documentChanges.push({ textDocument: { uri: target.toString(), version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: file.text }] });
    }
    return { documentChanges };
}

export function mergeEdits(edits: TextEdit[]): TextEdit[] {
    const key = (e: TextEdit) => `${e.range.start.line}:${e.range.start.character}-${e.range.end.line}:${e.range.end.character}`;
    const seen = new Set<string>();
    const sorted = edits
        .filter(e => !seen.has(`${key(e)}=${e.newText}`) && seen.add(`${key(e)}=${e.newText}`))
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

/** `teams/x.plan`, or `teams/x-2.plan` when that exists. */
function freePath(uri: URI): URI {
    if (uri.scheme !== 'file' || !fs.existsSync(uri.fsPath)) return uri;
    const { dir, name, ext } = path.parse(uri.fsPath);
    for (let n = 2; ; n++) {
        const candidate = path.join(dir, `${name}-${n}${ext}`);
        if (!fs.existsSync(candidate)) return URI.file(candidate);
    }
}

function disableForLine(document: LangiumDocument, diagnostic: Diagnostic, rule: string): CodeAction {
    const line = diagnostic.range.start.line;
    const title = `Disable '${rule}' for this line`;
    const uri = document.uri.toString();
    // The line may already have a suppression comment above it: a second comment would take its place as
    // "the next line" of the first, which would silence nothing any more. The rule joins its list instead.
    const above = readSuppressions(document.parseResult.value.$cstNode)
        .find(s => s.kind === 'next-line' && s.range.start.line === line - 1 && s.rules.length > 0);
    if (above) {
        const at = above.rules[above.rules.length - 1].range.end;
        return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: { changes: { [uri]: [{ range: { start: at, end: at }, newText: `, ${rule}` }] } } };
    }
    const text = document.textDocument.getText();
    const indent = indentationAt(text, document.textDocument.offsetAt({ line, character: 0 }));
    return {
        title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic],
        edit: { changes: { [uri]: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}// actionplan-disable-next-line ${rule}\n` }] } },
    };
}

/**
 * Quick fixes: each diagnostic carries its fixes as data (computed by its
 * rule); this turns them into code actions, adds "fix all of this rule in the
 * file" and "disable this rule for this line".
 */
import { UriUtils, type FileSystemProvider, type LangiumDocument, type URI } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import {
    CodeActionKind, type CodeAction, type CodeActionParams, type Command, type Diagnostic, type WorkspaceEdit
} from 'vscode-languageserver';
import { isStructural } from '../language/rules/index.js';
import type { Fix } from '../language/rules/rule.js';
import type { DiagnosticData } from '../language/validation/document-validator.js';
import { readSuppressions } from '../language/validation/suppressions.js';
import { indentationAt } from '../language/fixes/edits.js';
import { compatibleEdits, mergeEdits, safeFixOf } from '../language/fixes/apply.js';
import { SHOW_RULE_DOCUMENTATION_COMMAND } from './protocol.js';

export { mergeEdits };

/** The kind of the "fix all" action, so `editor.codeActionsOnSave: { "source.fixAll.actionplan": "explicit" }` fixes on save. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.actionplan`;

export class ActionPlanCodeActionProvider implements CodeActionProvider {
    /** Where a fix's new file may go is asked of the server's file system (the disk, or the editor's in a browser). */
    constructor(private readonly files: FileSystemProvider) {}

    async getCodeActions(document: LangiumDocument, params: CodeActionParams): Promise<Array<Command | CodeAction>> {
        const only = params.context.only;
        if (only && !only.some(kind => kind === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(`${kind}.`) || kind === CodeActionKind.Empty)) {
            const wantsFixAll = only.some(kind => FIX_ALL_KIND === kind || FIX_ALL_KIND.startsWith(`${kind}.`));
            const fixAll = wantsFixAll ? fixAllSafe(document) : undefined;
            return fixAll ? [fixAll] : [];
        }
        const actions = new ActionList();
        const rulesSeen = new Set<string>();
        for (const diagnostic of params.context.diagnostics) {
            const data = diagnostic.data as DiagnosticData | undefined;
            if (!data?.rule) continue;
            for (const [index, fix] of (data.fixes ?? []).entries()) {
                actions.add({
                    title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: index === 0,
                    edit: await toWorkspaceEdit(document, [fix], this.files),
                });
            }
            if (!rulesSeen.has(data.rule)) {
                rulesSeen.add(data.rule);
                const fixAll = await this.fixAll(document, data.rule);
                if (fixAll) actions.add(fixAll);
                actions.add(showRuleDocumentation(data.rule, params.context.diagnostics));
            }
            if (!isStructural(data.rule) && data.rule !== 'unused-suppression') {
                actions.add(disableForLine(document, diagnostic, data.rule));
                actions.add(disableForFile(document, diagnostic, data.rule));
            }
        }
        return actions.list;
    }

    /** The first fix of every diagnostic of the rule in the file, when there are at least two. */
    private async fixAll(document: LangiumDocument, rule: string): Promise<CodeAction | undefined> {
        const diagnostics = (document.diagnostics ?? []).filter(d => (d.data as DiagnosticData | undefined)?.rule === rule);
        const fixes = diagnostics.map(d => (d.data as DiagnosticData).fixes?.[0]).filter((f): f is Fix => f !== undefined);
        // Several diagnostics carrying one and the same fix are not "several problems to fix".
        if (new Set(fixes.map(fixKey)).size < 2) return undefined;
        return {
            title: `Fix all '${rule}' problems in this file`, kind: CodeActionKind.QuickFix, diagnostics,
            edit: await toWorkspaceEdit(document, fixes, this.files),
        };
    }
}

/**
 * Each action once: the same fix reached through two diagnostics (or the same
 * "disable" line for two diagnostics of one rule on one line) is one entry of
 * the menu, listing every diagnostic it resolves.
 */
class ActionList {
    readonly list: CodeAction[] = [];
    private readonly byKey = new Map<string, CodeAction>();

    add(action: CodeAction): void {
        const key = `${action.title}\0${JSON.stringify(action.edit)}`;
        const existing = this.byKey.get(key);
        if (!existing) {
            this.byKey.set(key, action);
            this.list.push(action);
            return;
        }
        for (const diagnostic of action.diagnostics ?? []) {
            if (!existing.diagnostics?.includes(diagnostic)) existing.diagnostics = [...(existing.diagnostics ?? []), diagnostic];
        }
    }
}

function fixKey(fix: Fix): string {
    return JSON.stringify([fix.title, fix.edits, fix.newFile ?? null]);
}

/**
 * `source.fixAll.actionplan`: the safe fix (see `safeFixOf`) of every diagnostic
 * of the file, those that fit together; what is left is fixed on the next save.
 */
function fixAllSafe(document: LangiumDocument): CodeAction | undefined {
    const diagnostics = document.diagnostics ?? [];
    const fixes = diagnostics.map(d => safeFixOf(d)).filter((f): f is Fix => f !== undefined);
    const { edits, applied } = compatibleEdits(fixes);
    if (applied.length === 0) return undefined;
    return {
        title: 'Fix all safely fixable Action Plan problems', kind: FIX_ALL_KIND,
        diagnostics: diagnostics.filter(d => { const f = safeFixOf(d); return f !== undefined && applied.includes(f); }),
        edit: { changes: { [document.uri.toString()]: edits } },
    };
}

/** Text edits merged (identical ones once, overlapping ones dropped), and new files created next to the document. */
export async function toWorkspaceEdit(document: LangiumDocument, fixes: Fix[], files: FileSystemProvider): Promise<WorkspaceEdit> {
    const edits = mergeEdits(fixes.flatMap(f => f.edits));
    const uri = document.uri.toString();
    const newFiles = fixes.map(f => f.newFile).filter((f): f is NonNullable<Fix['newFile']> => f !== undefined);
    if (newFiles.length === 0) return { changes: { [uri]: edits } };
    const documentChanges: NonNullable<WorkspaceEdit['documentChanges']> = [];
    if (edits.length) documentChanges.push({ textDocument: { uri, version: null }, edits });
    for (const file of newFiles) {
        const target = await freePath(UriUtils.joinPath(UriUtils.dirname(document.uri), file.path), files);
        documentChanges.push({ kind: 'create', uri: target.toString(), options: { overwrite: false, ignoreIfExists: false } });
        documentChanges.push({ textDocument: { uri: target.toString(), version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: file.text }] });
    }
    return { documentChanges };
}

/** `teams/x.plan`, or `teams/x-2.plan` when that exists. */
async function freePath(uri: URI, files: FileSystemProvider): Promise<URI> {
    if (!(await files.exists(uri))) return uri;
    const ext = UriUtils.extname(uri);
    const name = UriUtils.basename(uri).slice(0, UriUtils.basename(uri).length - ext.length);
    for (let n = 2; ; n++) {
        const candidate = UriUtils.joinPath(UriUtils.dirname(uri), `${name}-${n}${ext}`);
        if (!(await files.exists(candidate))) return candidate;
    }
}

function showRuleDocumentation(rule: string, diagnostics: Diagnostic[]): CodeAction {
    return {
        title: `Show documentation for '${rule}'`, kind: CodeActionKind.QuickFix,
        diagnostics: diagnostics.filter(d => (d.data as DiagnosticData | undefined)?.rule === rule),
        command: { title: `Show documentation for '${rule}'`, command: SHOW_RULE_DOCUMENTATION_COMMAND, arguments: [rule] },
    };
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

/**
 * `// actionplan-disable-file RULE` at the top of the file (after any leading
 * comment lines, which are usually the file's own header); a file comment that
 * is already there gets the rule added to its list.
 */
function disableForFile(document: LangiumDocument, diagnostic: Diagnostic, rule: string): CodeAction {
    const title = `Disable '${rule}' for the whole file`;
    const uri = document.uri.toString();
    const existing = readSuppressions(document.parseResult.value.$cstNode).find(s => s.kind === 'file' && s.rules.length > 0);
    if (existing) {
        const at = existing.rules[existing.rules.length - 1].range.end;
        return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: { changes: { [uri]: [{ range: { start: at, end: at }, newText: `, ${rule}` }] } } };
    }
    const lines = document.textDocument.getText().split('\n');
    let line = 0;
    while (line < lines.length && /^\s*\/\//.test(lines[line]) && line < diagnostic.range.start.line) line++;
    const at = { line, character: 0 };
    return {
        title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic],
        edit: { changes: { [uri]: [{ range: { start: at, end: at }, newText: `// actionplan-disable-file ${rule}\n` }] } },
    };
}

/**
 * Rename across files. A win is written `WIN` inside its team and `TEAM.WIN`
 * elsewhere, so renaming a win changes only the last part of qualified
 * references, and renaming a team changes the first part of the qualified
 * references to its wins. In `TEAM.WIN`, the part under the cursor says which
 * of the two is renamed.
 */
import { AstUtils, CstUtils, type AstNode, type LangiumDocument } from 'langium';
import type { RenameProvider } from 'langium/lsp';
import { ResponseError, ErrorCodes, type Range, type RenameParams, type TextDocumentPositionParams, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { isTeam, isWin } from '../language/generated/ast.js';
import type { ActionPlanIndexManager } from '../language/workspace/index-manager.js';
import type { ActionPlanServices } from './action-plan-services.js';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export class ActionPlanRenameProvider implements RenameProvider {
    constructor(private readonly services: ActionPlanServices) {}

    prepareRename(document: LangiumDocument, params: TextDocumentPositionParams): Range | undefined {
        return this.targetAt(document, params)?.range;
    }

    rename(document: LangiumDocument, params: RenameParams): WorkspaceEdit | undefined {
        const found = this.targetAt(document, params);
        if (!found) return undefined;
        const { target } = found;
        const newName = params.newName.trim();
        if (!NAME.test(newName)) {
            throw new ResponseError(ErrorCodes.InvalidParams, `'${newName}' is not a name: use letters, digits and _, not starting with a digit.`);
        }
        this.refuseClash(target, newName);
        const changes: Record<string, TextEdit[]> = {};
        const add = (uri: string, edit: TextEdit) => (changes[uri] ??= []).push(edit);
        const references = this.services.references.References;
        for (const location of references.findReferences(target, { includeDeclaration: true })) {
            const text = this.textAt(location.sourceUri.toString(), location.segment.range);
            // A qualified `TEAM.WIN` reference to a win: only its last part is the win's name.
            const dot = isWin(target) ? text.lastIndexOf('.') : -1;
            const range = dot < 0 ? location.segment.range
                : { start: { line: location.segment.range.start.line, character: location.segment.range.start.character + dot + 1 }, end: location.segment.range.end };
            add(location.sourceUri.toString(), { range, newText: newName });
        }
        if (isTeam(target)) {
            for (const win of target.wins) {
                for (const location of references.findReferences(win, { includeDeclaration: false })) {
                    const text = this.textAt(location.sourceUri.toString(), location.segment.range);
                    const dot = text.indexOf('.');
                    if (dot < 0) continue;
                    const start = location.segment.range.start;
                    add(location.sourceUri.toString(), { range: { start, end: { line: start.line, character: start.character + dot } }, newText: newName });
                }
            }
        }
        return { changes };
    }

    /** The element a name or reference at the position stands for, and the range of the name under the cursor. */
    private targetAt(document: LangiumDocument, params: TextDocumentPositionParams): { target: AstNode; range: Range } | undefined {
        const root = document.parseResult.value.$cstNode;
        if (!root) return undefined;
        const offset = document.textDocument.offsetAt(params.position);
        const cst = CstUtils.findDeclarationNodeAtOffset(root, offset, this.services.parser.GrammarConfig.nameRegexp);
        if (!cst) return undefined;
        const target = this.services.references.References.findDeclarations(cst)[0];
        if (!target) return undefined;
        if (!isWin(target)) return { target, range: cst.range };
        // The name under the cursor is one token; a qualified `TEAM.WIN` reference is three (TEAM . WIN).
        const reference = AstUtils.streamReferences(cst.astNode)
            .map(info => info.reference.$refNode)
            .find(node => node !== undefined && node.offset <= offset && offset <= node.end);
        const written = reference ?? cst;
        const dot = written.text.lastIndexOf('.');
        if (dot < 0) return { target, range: cst.range };
        const start = written.range.start;
        // The cursor on the TEAM part renames the team; on the WIN part, the win.
        if (offset <= written.offset + dot) {
            return { target: target.$container, range: { start, end: { line: start.line, character: start.character + dot } } };
        }
        return { target, range: { start: { line: start.line, character: start.character + dot + 1 }, end: written.range.end } };
    }

    private refuseClash(target: AstNode, newName: string): void {
        if (isWin(target)) {
            if (target.$container.wins.some(w => w !== target && w.name === newName)) {
                throw new ResponseError(ErrorCodes.InvalidParams, `Team '${target.$container.name}' already has a win named '${newName}'.`);
            }
            return;
        }
        const index = this.services.shared.workspace.IndexManager as ActionPlanIndexManager;
        const existing = index.declarationsOf(newName, AstUtils.getDocument(target).uri).find(d => d.node !== target);
        if (existing) {
            throw new ResponseError(ErrorCodes.InvalidParams, `'${newName}' is already the name of a ${existing.type.toLowerCase()} (${existing.documentUri.path.split('/').pop()} line ${existing.nameSegment ? existing.nameSegment.range.start.line + 1 : '?'}).`);
        }
    }

    private textAt(uri: string, range: Range): string {
        const document = this.services.shared.workspace.LangiumDocuments.all.find(d => d.uri.toString() === uri);
        return document?.textDocument.getText(range) ?? '';
    }
}


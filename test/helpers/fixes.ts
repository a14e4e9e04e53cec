/** Apply the fixes that diagnostics carry, as an editor would. */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Fix } from '../../language/rules/rule.js';
import { dataOf } from './workspace.js';

export function fixesOf(diagnostic: Diagnostic): Fix[] {
    return dataOf(diagnostic).fixes ?? [];
}

/** The text after applying one fix's edits to it. */
export function applyFix(text: string, fix: Fix): string {
    const document = TextDocument.create('file:///x.plan', 'actionplan', 1, text);
    return TextDocument.applyEdits(document, fix.edits);
}

/**
 * "Export Action Plan as HTML / Markdown / iCalendar": the same document as the preview and `actionplan render`
 * (the iCalendar file: the plan's dated promises, as `render --format ics`), saved next to the plan.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { renderHtml } from '../language/model/render/html.js';
import { renderMarkdown } from '../language/model/render/markdown.js';
import { renderIcs } from '../language/model/render/ics.js';
import { ModelRequest } from '../server/protocol.js';

export function registerExportCommands(client: BaseLanguageClient): vscode.Disposable[] {
    return [
        vscode.commands.registerCommand('actionplan.exportHtml', (uri?: vscode.Uri) => exportAs(client, uri, 'html')),
        vscode.commands.registerCommand('actionplan.exportMarkdown', (uri?: vscode.Uri) => exportAs(client, uri, 'md')),
        vscode.commands.registerCommand('actionplan.exportIcs', (uri?: vscode.Uri) => exportAs(client, uri, 'ics')),
    ];
}

async function exportAs(client: BaseLanguageClient, given: vscode.Uri | undefined, format: 'html' | 'md' | 'ics'): Promise<vscode.Uri | undefined> {
    const uri = given ?? activePlan();
    if (!uri) {
        void vscode.window.showWarningMessage('Action Plans: open a .plan file to export its Action Plan.');
        return undefined;
    }
    const result = await client.sendRequest(ModelRequest, { uri: uri.toString() });
    if (!result) {
        void vscode.window.showWarningMessage('Action Plans: no plans found for this file yet.');
        return undefined;
    }
    const text = format === 'html' ? renderHtml(result.model) : format === 'ics' ? renderIcs(result.model) : renderMarkdown(result.model);
    const target = vscode.Uri.joinPath(uri, '..', `action-plan.${format}`);
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
    void vscode.window.showInformationMessage(`Action Plans: saved ${vscode.workspace.asRelativePath(target)}`, 'Open').then(choice => {
        if (choice) void vscode.commands.executeCommand('vscode.open', target);
    });
    return target;
}

export function activePlan(): vscode.Uri | undefined {
    const document = vscode.window.activeTextEditor?.document;
    return document?.languageId === 'actionplan' ? document.uri : undefined;
}

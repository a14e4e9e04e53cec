/**
 * The extension, whatever the host: the desktop (extension.ts, the server as
 * a Node process) or VS Code for the Web (browser.ts, the server in a web
 * worker). Each entry makes its language client; this starts it and
 * registers the commands, the preview and the status bar. The extension never
 * parses a plan: everything it shows comes from the server.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { ConfigProblemsNotification } from '../server/protocol.js';
import { registerExportCommands } from './export.js';
import { registerAddTeam } from './add-team.js';
import { PreviewManager } from './preview.js';
import { registerRuleDocumentation } from './rule-docs.js';
import { createStatusBar } from './status-bar.js';

export interface ClientHost {
    /** The language client of this host, not yet started. */
    createClient(options: LanguageClientOptions): BaseLanguageClient;
    /** A fresh random nonce for the preview's Content-Security-Policy. */
    nonce(): string;
}

let client: BaseLanguageClient | undefined;

export async function activateWith(context: vscode.ExtensionContext, host: ClientHost): Promise<void> {
    client = host.createClient({
        documentSelector: [{ language: 'actionplan' }],
        synchronize: { configurationSection: 'actionplan' },
        diagnosticCollectionName: 'actionplan',
    });
    const previews = new PreviewManager(context, client, host.nonce);
    context.subscriptions.push(
        previews,
        vscode.commands.registerCommand('actionplan.openPreviewToSide', (uri?: vscode.Uri) => previews.open(uri, vscode.ViewColumn.Beside)),
        vscode.commands.registerCommand('actionplan.openPreview', (uri?: vscode.Uri) => previews.open(uri, vscode.ViewColumn.Active)),
        vscode.commands.registerCommand('actionplan.restartServer', () => restart(client)),
        ...registerExportCommands(client),
        registerAddTeam(client),
        registerRuleDocumentation(context),
        createStatusBar(),
    );
    await client.start();
    client.onNotification(ConfigProblemsNotification, ({ problems }) => {
        if (problems.length === 0) return;
        const first = problems[0];
        const where = `${first.file.split(/[\\/]/).pop()}${first.line ? `:${first.line}` : ''}`;
        const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
        void vscode.window.showWarningMessage(
            `Action Plans: ${where}: ${first.field ? `${first.field}: ` : ''}${first.message}${more}. The defaults are used.`, 'Open config')
            .then(choice => { if (choice) void vscode.window.showTextDocument(configUri(first.file), first.line ? { selection: new vscode.Range(first.line - 1, 0, first.line - 1, 0) } : {}); });
    });
    previews.listen();
}

export async function deactivate(): Promise<void> {
    await client?.stop();
}

/** The Node client's own restart (it waits for a debug port); else stop and start. */
async function restart(languageClient: (BaseLanguageClient & { restart?: () => Promise<void> }) | undefined): Promise<void> {
    if (languageClient?.restart) return languageClient.restart();
    await languageClient?.stop();
    await languageClient?.start();
}

/** The server names a config by its path: on a disk a file path, in a virtual workspace a path of the workspace folder's scheme. */
function configUri(file: string): vscode.Uri {
    const folder = vscode.workspace.workspaceFolders?.find(f => f.uri.scheme !== 'file' && file.startsWith(f.uri.path.replace(/\/?$/, '/')));
    return folder ? folder.uri.with({ path: file }) : vscode.Uri.file(file);
}

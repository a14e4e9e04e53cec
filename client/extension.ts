/**
 * The extension: starts the language server (the bundled one, over Node IPC)
 * and registers the commands, the preview and the status bar. It never parses
 * a plan: everything it shows comes from the server.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node.js';
import { ConfigProblemsNotification } from '../server/protocol.js';
import { registerExportCommands } from './export.js';
import { registerAddTeam } from './add-team.js';
import { PreviewManager } from './preview.js';
import { registerRuleDocumentation } from './rule-docs.js';
import { createStatusBar } from './status-bar.js';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    client = startClient(context);
    const previews = new PreviewManager(context, client);
    context.subscriptions.push(
        previews,
        vscode.commands.registerCommand('actionplan.openPreviewToSide', (uri?: vscode.Uri) => previews.open(uri, vscode.ViewColumn.Beside)),
        vscode.commands.registerCommand('actionplan.openPreview', (uri?: vscode.Uri) => previews.open(uri, vscode.ViewColumn.Active)),
        vscode.commands.registerCommand('actionplan.restartServer', () => client?.restart()),
        ...registerExportCommands(client),
        registerAddTeam(client),
        registerRuleDocumentation(context),
        createStatusBar(),
    );
    await client.start();
    client.onNotification(ConfigProblemsNotification, ({ problems }) => {
        if (problems.length === 0) return;
        const first = problems[0];
        const where = `${path.basename(first.file)}${first.line ? `:${first.line}` : ''}`;
        const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
        void vscode.window.showWarningMessage(
            `Action Plans: ${where}: ${first.field ? `${first.field}: ` : ''}${first.message}${more}. The defaults are used.`, 'Open config')
            .then(choice => { if (choice) void vscode.window.showTextDocument(vscode.Uri.file(first.file), first.line ? { selection: new vscode.Range(first.line - 1, 0, first.line - 1, 0) } : {}); });
    });
    previews.listen();
}

export async function deactivate(): Promise<void> {
    await client?.stop();
}

function startClient(context: vscode.ExtensionContext): LanguageClient {
    const module = context.asAbsolutePath(path.join('dist', 'server', 'server.cjs'));
    const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ language: 'actionplan' }],
        synchronize: { configurationSection: 'actionplan' },
        diagnosticCollectionName: 'actionplan',
    };
    return new LanguageClient('actionplan', 'Action Plans', serverOptions, clientOptions);
}

/**
 * The web extension's entry (dist/web/extension.cjs, package.json `browser`),
 * for VS Code for the Web (github.dev, vscode.dev) and any web worker
 * extension host: the language server is the worker bundle dist/web/server.js,
 * and it reads the workspace through this client (workspace-files.ts), since
 * a browser has no disk. The rest is activate.ts, shared with the desktop.
 */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser.js';
import { activateWith } from './activate.js';
import { answerFileRequests } from './workspace-files.js';

export { deactivate } from './activate.js';

declare const Worker: new (url: string) => ConstructorParameters<typeof LanguageClient>[3];

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const server = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js');
    await activateWith(context, {
        createClient: options => {
            const client = new LanguageClient('actionplan', 'Action Plans', options, new Worker(server.toString(true)));
            answerFileRequests(client);
            return client;
        },
        nonce: () => {
            const bytes = crypto.getRandomValues(new Uint8Array(16));
            return btoa(String.fromCharCode(...bytes));
        },
    });
}

/**
 * The web extension's entry (dist/web/extension.js, package.json `browser`),
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
    const server = await serverScript(vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js'));
    await activateWith(context, {
        createClient: options => {
            const client = new LanguageClient('actionplan', 'Action Plans', options, new Worker(server));
            answerFileRequests(client);
            return client;
        },
        nonce: () => {
            const bytes = crypto.getRandomValues(new Uint8Array(16));
            return btoa(String.fromCharCode(...bytes));
        },
    });
}

/**
 * The worker's script as a blob: URL. The extension host refuses a worker
 * from a `vscode-remote:` URL (an extension installed on a remote, as in
 * code-server or Codespaces), but its `fetch` reads one; a blob is of the
 * page's own origin wherever the extension lives.
 */
async function serverScript(uri: vscode.Uri): Promise<string> {
    const response = await fetch(uri.toString(true));
    if (!response.ok) throw new Error(`Action Plans: the language server ${uri.toString(true)} could not be loaded (${response.status})`);
    return URL.createObjectURL(new Blob([await response.text()], { type: 'application/javascript' }));
}

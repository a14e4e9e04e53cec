/**
 * The desktop extension's entry (dist/client/extension.cjs): the language
 * server is the bundled Node process, over Node IPC. The rest is activate.ts,
 * shared with the web entry (browser.ts).
 */
import { randomBytes } from 'node:crypto';
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node.js';
import { activateWith } from './activate.js';

export { deactivate } from './activate.js';

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const module = context.asAbsolutePath('dist/server/server.cjs');
    const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    await activateWith(context, {
        createClient: options => new LanguageClient('actionplan', 'Action Plans', serverOptions, options),
        nonce: () => randomBytes(16).toString('base64'),
    });
}

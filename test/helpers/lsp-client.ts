/**
 * An LSP client for tests: starts the bundled server (`actionplan lsp
 * --stdio`, the same server the extension runs) and talks to it as an editor
 * does.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node.js';
import type { Diagnostic, InitializeResult } from 'vscode-languageserver-protocol';

export const CLI = path.resolve('dist/cli/actionplan.cjs');

export interface LspClient {
    connection: MessageConnection;
    process: ChildProcess;
    initialize: InitializeResult;
    /** The latest diagnostics published for each URI. */
    diagnostics: Map<string, Diagnostic[]>;
    /** How many times diagnostics were published for each URI. */
    publishCounts: Map<string, number>;
    /** Every notification of the server's own protocol (`actionplan/…`) received so far, in order. */
    notifications: Array<{ method: string; params: any }>;
    /** Resolves with the params of the first `method` notification at index `since` or later of `notifications` that satisfies `accept`. */
    waitForNotification(method: string, accept?: (params: any) => boolean, since?: number, timeoutMs?: number): Promise<any>;
    /** Change the `actionplan` settings as the editor does: the new value answers workspace/configuration and is pushed with workspace/didChangeConfiguration. */
    setSettings(settings: Record<string, unknown>): void;
    /** Resolves when diagnostics for `uri` satisfying `accept` are published (or already are). */
    waitForDiagnostics(uri: string, accept?: (diagnostics: Diagnostic[]) => boolean, timeoutMs?: number): Promise<Diagnostic[]>;
    open(uri: string, text: string): void;
    change(uri: string, text: string): void;
    stderr(): string;
    stop(): Promise<void>;
}

export function fileUri(file: string): string {
    return pathToFileURL(file).href;
}

export async function startServer(workspaceFolders: string[], initialSettings: Record<string, unknown> = {}): Promise<LspClient> {
    const settings = { ...initialSettings };
    if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
    const child = spawn(process.execPath, [...(process.env.LSP_NODE_ARGS ? process.env.LSP_NODE_ARGS.split(' ') : []), CLI, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', chunk => { stderr += chunk; });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const diagnostics = new Map<string, Diagnostic[]>();
    const publishCounts = new Map<string, number>();
    const waiters: Array<() => void> = [];
    const versions = new Map<string, number>();
    connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: Diagnostic[] }) => {
        diagnostics.set(params.uri, params.diagnostics);
        publishCounts.set(params.uri, (publishCounts.get(params.uri) ?? 0) + 1);
        waiters.splice(0).forEach(wake => wake());
    });
    connection.onRequest('workspace/configuration', (params: { items: Array<{ section?: string }> }) =>
        params.items.map(item => (item.section === 'actionplan' ? settings : null)));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onNotification('$/progress', () => undefined);
    connection.onNotification('window/logMessage', () => undefined);
    const notifications: Array<{ method: string; params: any }> = [];
    for (const method of ['actionplan/modelChanged', 'actionplan/configProblems', 'window/showMessage']) {
        connection.onNotification(method, (params: unknown) => {
            notifications.push({ method, params });
            waiters.splice(0).forEach(wake => wake());
        });
    }
    connection.listen();
    const initialize = await connection.sendRequest<InitializeResult>('initialize', {
        processId: process.pid,
        rootUri: workspaceFolders[0] ? fileUri(workspaceFolders[0]) : null,
        workspaceFolders: workspaceFolders.map(folder => ({ uri: fileUri(folder), name: path.basename(folder) })),
        capabilities: {
            workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true, workspaceEdit: { documentChanges: true, resourceOperations: ['create'] } },
            window: { workDoneProgress: true },
            textDocument: {
                publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, dataSupport: true },
                completion: { completionItem: { snippetSupport: true } },
                rename: { prepareSupport: true },
                codeAction: { dataSupport: true },
            },
        },
    });
    await connection.sendNotification('initialized', {});

    const client: LspClient = {
        connection, process: child, initialize, diagnostics, publishCounts, notifications,
        waitForNotification(method, accept = () => true, since = 0, timeoutMs = 15000) {
            return new Promise((resolve, reject) => {
                const timer = setTimeout(() => reject(new Error(`no ${method} notification in ${timeoutMs} ms; stderr: ${stderr}`)), timeoutMs).unref();
                let seen = since;
                const check = () => {
                    const found = notifications.slice(seen).find(n => n.method === method && accept(n.params));
                    seen = notifications.length;
                    if (found) {
                        clearTimeout(timer);
                        resolve(found.params);
                    } else {
                        waiters.push(check);
                    }
                };
                check();
            });
        },
        setSettings(next) {
            for (const key of Object.keys(settings)) delete settings[key];
            Object.assign(settings, next);
            void connection.sendNotification('workspace/didChangeConfiguration', { settings: { actionplan: { ...settings } } });
        },
        waitForDiagnostics(uri, accept = () => true, timeoutMs = 15000) {
            return new Promise((resolve, reject) => {
                const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} in ${timeoutMs} ms; stderr: ${stderr}`)), timeoutMs).unref();
                const check = () => {
                    const current = diagnostics.get(uri);
                    if (current && accept(current)) {
                        clearTimeout(timer);
                        resolve(current);
                    } else {
                        waiters.push(check);
                    }
                };
                check();
            });
        },
        open(uri, text) {
            versions.set(uri, 1);
            void connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'actionplan', version: 1, text } });
        },
        change(uri, text) {
            const version = (versions.get(uri) ?? 1) + 1;
            versions.set(uri, version);
            void connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
        },
        stderr: () => stderr,
        async stop() {
            try {
                await Promise.race([connection.sendRequest('shutdown'), new Promise(resolve => setTimeout(resolve, 2000).unref())]);
                await connection.sendNotification('exit');
            } catch {
                // the process may already be gone
            }
            connection.dispose();
            child.kill();
        },
    };
    return client;
}

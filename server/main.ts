/**
 * The language server process: over stdio (`actionplan lsp --stdio`) or Node
 * IPC (the VS Code client), reading the workspace from the disk. The server
 * itself is start.ts, shared with the web worker (browser.ts).
 */
import { createConnection, ProposedFeatures, type Connection } from 'vscode-languageserver/node.js';
import type { ActionPlanServices } from './action-plan-services.js';
import { ActionPlanFileSystemProvider } from './file-system.js';
import { startActionPlanServer } from './start.js';

export function startServer(connection: Connection = createConnection(ProposedFeatures.all)): ActionPlanServices {
    return startActionPlanServer(connection, { fileSystemProvider: () => new ActionPlanFileSystemProvider() });
}

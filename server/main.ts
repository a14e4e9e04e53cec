/** The language server process: over stdio (`actionplan lsp --stdio`) or Node IPC (the VS Code client). */
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { createActionPlanServices } from './action-plan-services.js';

export function startServer(): void {
    const connection = createConnection(ProposedFeatures.all);
    const { shared } = createActionPlanServices({ connection, ...NodeFileSystem });
    startLanguageServer(shared);
}

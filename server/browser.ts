/**
 * The entry of the web worker bundle (dist/web/server.js) that the extension
 * starts in VS Code for the Web: the same server as main.ts, its messages
 * carried by the worker's postMessage, its files read through the client.
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser.js';
import { ClientFileSystemProvider } from './client-file-system.js';
import { startActionPlanServer } from './start.js';
import type { ActionPlanDocumentUpdateHandler } from './update-handler.js';

declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
const files = new ClientFileSystemProvider(connection);
const services = startActionPlanServer(connection, { fileSystemProvider: () => files, configReader: files.configReader });
(services.shared.lsp.DocumentUpdateHandler as ActionPlanDocumentUpdateHandler).fetchConfigs = uris => files.reloadConfigs(uris);

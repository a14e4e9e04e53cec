/**
 * File events: a changed, created or deleted `actionplan.config.json` drops
 * the loaded configs and re-checks every plan (and follows its `ignore`: plans
 * it now ignores leave the workspace, plans it no longer ignores join it);
 * plan files created, deleted or renamed outside the editor reach the builder
 * like edits.
 */
import { URI, UriUtils } from 'langium';
import { DefaultDocumentUpdateHandler, type LangiumSharedServices } from 'langium/lsp';
import { FileChangeType, type DidChangeWatchedFilesParams } from 'vscode-languageserver';
import type { ConfigProvider } from '../language/config/provider.js';
import { CONFIG_FILE_NAME } from '../language/config/schema.js';

export class ActionPlanDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    config?: ConfigProvider;
    /** Called after configs were reloaded, so problems can be shown again. */
    onConfigReload?: () => void;

    constructor(private readonly shared: LangiumSharedServices) {
        super(shared);
    }

    /** Fetches the changed configs first, where the config lookup cannot read them itself (the web worker). */
    fetchConfigs?: (uris: URI[]) => Promise<void>;

    override didChangeWatchedFiles(params: DidChangeWatchedFilesParams): void {
        const configs = params.changes.filter(c => UriUtils.basename(URI.parse(c.uri)) === CONFIG_FILE_NAME);
        const planChanges = params.changes.filter(c => UriUtils.basename(URI.parse(c.uri)) !== CONFIG_FILE_NAME);
        if (configs.length && this.fetchConfigs) {
            const reload = () => this.reloadConfigs(planChanges);
            void this.fetchConfigs(configs.map(c => URI.parse(c.uri))).then(reload, reload);
            return;
        }
        if (configs.length) {
            this.reloadConfigs(planChanges);
            return;
        }
        if (planChanges.length) super.didChangeWatchedFiles({ changes: planChanges });
    }

    private reloadConfigs(planChanges: DidChangeWatchedFilesParams['changes']): void {
        this.config?.clear();
        this.onConfigReload?.();
        const workspace = this.shared.workspace;
        const deleted = planChanges.filter(c => c.type === FileChangeType.Deleted).map(c => URI.parse(c.uri));
        const created = planChanges.filter(c => c.type !== FileChangeType.Deleted).map(c => URI.parse(c.uri));
        // The config's `ignore` may have changed: a plan it now ignores leaves the workspace (unless it is
        // open in the editor), and the folders are searched again for the plans it no longer ignores.
        const ignored = (uri: URI) => this.config?.forFile(uri.fsPath).ignores(uri.fsPath) === true && !workspace.TextDocuments?.get(uri.toString());
        const loaded = workspace.LangiumDocuments.all.map(d => d.uri).filter(u => !deleted.some(d => d.toString() === u.toString())).toArray();
        const folders = (workspace.WorkspaceManager.workspaceFolders ?? []).map(f => URI.parse(f.uri));
        this.fireDocumentUpdate([...loaded.filter(u => !ignored(u)), ...created, ...folders], [...deleted, ...loaded.filter(ignored)]);
    }
}

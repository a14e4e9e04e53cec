/**
 * Start-up: every plan file of every workspace folder is loaded and validated
 * (the Problems panel shows the whole workspace, like `check`), with a
 * progress notification. Files the config ignores are left out; a file that
 * cannot be read is logged and skipped, and the server keeps serving.
 */
import { DefaultWorkspaceManager, DocumentState, URI, type FileSystemNode, type LangiumDocument, type WorkspaceFolder } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { ConfigProvider } from '../language/config/provider.js';
import type { ActionPlanIndexManager } from '../language/workspace/index-manager.js';
import { dateProblem } from '../language/dates.js';

/**
 * Start-up reads at most this many folders and loads at most this many plan
 * files: a workspace folder of `/` or of a home folder is cut there, with a
 * message, instead of walking the whole machine.
 */
export const MAX_STARTUP_FOLDERS = 10_000;
export const MAX_STARTUP_FILES = 20_000;

export class ActionPlanWorkspaceManager extends DefaultWorkspaceManager {
    /** Set once the language services exist (they are created after the shared ones). */
    config?: ConfigProvider;
    private foldersRead = 0;
    private cutShort = false;

    constructor(private readonly shared: LangiumSharedServices) {
        super(shared);
        this.initialBuildOptions = { validation: true };
    }

    override async initializeWorkspace(folders: WorkspaceFolder[], cancelToken?: Parameters<DefaultWorkspaceManager['initializeWorkspace']>[1]): Promise<void> {
        // Each workspace folder is a plan workspace of its own: names neither clash nor resolve across folders.
        const roots = folders.map(f => f.uri.replace(/\/?$/, '/')).sort((a, b) => b.length - a.length);
        const index = this.shared.workspace.IndexManager as ActionPlanIndexManager;
        index.partitionOf = uri => roots.find(root => uri.startsWith(root)) ?? '';
        index.trackChanges = true;
        if (this.config) {
            // The editor's `actionplan.asOf` is fetched with workspace/configuration, which raises no update
            // event (main.ts follows the later changes): read it here, so the first check is already right.
            const asOf = await this.editorAsOf();
            this.config.settings = { ...this.config.settings, roots: folders.map(f => URI.parse(f.uri).fsPath), ...(asOf ? { asOf } : {}) };
        }
        const connection = this.shared.lsp.Connection;
        const progress = connection ? await connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
        let validated = 0;
        let total = 0;
        const listener = this.documentBuilder.onDocumentPhase(DocumentState.Validated, () => {
            validated++;
            if (total && validated % 25 === 0) progress?.report(Math.round((validated / total) * 100), `${validated}/${total} plan files`);
        });
        try {
            const documents = await this.performStartup(folders);
            total = documents.length;
            progress?.begin('Checking Action Plans', 0, `${total} plan files`, true);
            await this.documentBuilder.build(documents, this.initialBuildOptions, cancelToken);
            // Edits from now on are measured against the workspace as loaded, not against an empty one.
            (this.shared.workspace.IndexManager as ActionPlanIndexManager).takeChangedKeys();
        } finally {
            listener.dispose();
            progress?.done();
        }
    }

    /** The `actionplan.asOf` setting, when the client answered workspace/configuration with a valid date (waits at most 3 s). */
    private async editorAsOf(): Promise<string | undefined> {
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<undefined>(resolve => { timer = setTimeout(() => resolve(undefined), 3000); });
        try {
            const value: unknown = await Promise.race([this.shared.workspace.ConfigurationProvider.getConfiguration('actionplan', 'asOf'), timeout]);
            const asOf = typeof value === 'string' ? value.trim() : '';
            return asOf && !dateProblem(asOf) ? asOf : undefined;
        } catch {
            return undefined;
        } finally {
            clearTimeout(timer);
        }
    }

    override async traverseFolder(folder: URI, uris: URI[]): Promise<void> {
        if (this.foldersRead >= MAX_STARTUP_FOLDERS || uris.length >= MAX_STARTUP_FILES) {
            this.cutShort = true;
            return;
        }
        this.foldersRead++;
        return super.traverseFolder(folder, uris);
    }

    protected override async performStartup(folders: WorkspaceFolder[]): Promise<LangiumDocument[]> {
        const uris: URI[] = [];
        this.foldersRead = 0;
        this.cutShort = false;
        await Promise.all(folders.map(folder => this.traverseFolder(this.getRootFolder(folder), uris)));
        if (uris.length > MAX_STARTUP_FILES) uris.length = MAX_STARTUP_FILES;
        if (this.cutShort) {
            const names = folders.map(f => URI.parse(f.uri).fsPath).join(', ');
            const message = `Action Plans checks at most ${MAX_STARTUP_FOLDERS.toLocaleString('en-US')} folders and ${MAX_STARTUP_FILES.toLocaleString('en-US')} plan files when it starts; ${names} holds more, so only part of it is checked. Open the folder that holds your plans instead.`;
            // A notification, not a request: a client that cannot show it has nothing to answer.
            void this.shared.lsp.Connection?.sendNotification('window/showMessage', { type: 2, message });
            this.shared.lsp.Connection?.console.warn(message);
        }
        const documents: LangiumDocument[] = [];
        const seen = new Set<string>();
        await Promise.all(uris.map(async uri => {
            if (seen.has(uri.toString())) return;
            seen.add(uri.toString());
            try {
                const document = this.langiumDocuments.getDocument(uri) ?? await this.langiumDocuments.getOrCreateDocument(uri);
                documents.push(document);
            } catch (error) {
                this.shared.lsp.Connection?.console.warn(`Action Plans: skipped ${uri.fsPath}: ${(error as Error).message}`);
            }
        }));
        this._ready.resolve();
        return documents;
    }

    override shouldIncludeEntry(entry: FileSystemNode): boolean {
        if (!super.shouldIncludeEntry(entry)) return false;
        return !(entry.isFile && this.config?.forFile(entry.uri.fsPath).ignores(entry.uri.fsPath));
    }
}

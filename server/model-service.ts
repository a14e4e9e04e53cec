/**
 * The resolved model per workspace folder, computed once after each build and
 * cached until the next: the preview and the exports read it through the
 * `actionplan/model` request. Files are named relative to the folder (see
 * `modelFileName`), as in the CLI's render.
 */
import { DocumentState, URI, UriUtils, type LangiumDocument } from 'langium';
import { buildModel } from '../language/model-builder.js';
import type { ActionPlanModel } from '../language/model/schema.js';
import type { ActionPlanServices } from './action-plan-services.js';
import type { ModelResult } from './protocol.js';

export class ModelService {
    private readonly cache = new Map<string, ActionPlanModel>();
    private readonly listeners: Array<(folders: string[]) => void> = [];

    constructor(private readonly services: ActionPlanServices) {
        const builder = services.shared.workspace.DocumentBuilder;
        builder.onBuildPhase(DocumentState.Validated, built => this.changed(built.map(d => d.uri)));
        // A deleted file that no other file depends on is in no build: its folder's model changes all the same.
        builder.onUpdate((_changed, deleted) => this.changed(deleted));
    }

    private changed(uris: URI[]): void {
        const folders = [...new Set(uris.map(uri => this.folderOf(uri)))];
        folders.forEach(folder => this.cache.delete(folder));
        if (folders.length) this.listeners.forEach(listener => listener(folders));
    }

    /** Called with the folders whose model changed after a build. */
    onChange(listener: (folders: string[]) => void): void {
        this.listeners.push(listener);
    }

    /**
     * The model of the folder holding `uri`, once every document of the folder
     * is validated: right after an edit, the documents that depend on it are
     * still being rebuilt, and a model without them would flash a half-empty
     * plan in the preview.
     */
    async modelFor(uri: string): Promise<ModelResult | null> {
        const folder = this.folderOf(URI.parse(uri));
        await this.services.shared.workspace.WorkspaceManager.ready;
        const complete = await this.whenValidated(folder);
        let model = this.cache.get(folder);
        if (!model) {
            const documents = this.documentsIn(folder);
            if (documents.length === 0) return null;
            const config = this.services.config.ConfigProvider;
            model = buildModel(documents, {
                asOf: config.forFile(URI.parse(uri).fsPath).asOf,
                // Relative to the folder, as `actionplan render` names files: the preview and the
                // exported documents never carry a local path (an export is shared with partners).
                fileName: u => modelFileName(folder, u),
                firstWinWindow: document => config.forFile(document.uri.fsPath).rule('first-win-window').options,
            });
            if (complete) this.cache.set(folder, model);
        }
        return { model, folder };
    }

    /** Resolves true when no document of the folder is waiting to be validated; false after `timeoutMs` if some still are. */
    private whenValidated(folder: string, timeoutMs = 5000): Promise<boolean> {
        const pending = () => this.services.shared.workspace.LangiumDocuments.all
            .some(d => d.uri.toString().startsWith(folder) && d.state < DocumentState.Validated);
        if (!pending()) return Promise.resolve(true);
        return new Promise(resolve => {
            const done = (result: boolean) => {
                listener.dispose();
                clearTimeout(timer);
                resolve(result);
            };
            const listener = this.services.shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Validated, () => {
                if (!pending()) done(true);
            });
            const timer = setTimeout(() => done(!pending()), timeoutMs);
        });
    }

    /** The workspace folder holding a document (the longest that is a prefix), else the document's own folder. */
    folderOf(uri: URI): string {
        const text = uri.toString();
        const folders = this.services.shared.workspace.WorkspaceManager.workspaceFolders ?? [];
        const holding = folders.map(f => f.uri.replace(/\/?$/, '/')).filter(f => text.startsWith(f)).sort((a, b) => b.length - a.length)[0];
        return holding ?? text.slice(0, text.lastIndexOf('/') + 1);
    }

    private documentsIn(folder: string): LangiumDocument[] {
        return this.services.shared.workspace.LangiumDocuments.all
            .filter(d => d.uri.toString().startsWith(folder) && d.state >= DocumentState.Validated)
            .toArray();
    }
}

/**
 * How the model names a file: its path relative to the folder the model
 * covers (`teams/talent.plan`), never a `file://` URI or an absolute path.
 * A file outside the folder (which `documentsIn` does not take) keeps only
 * its name.
 */
export function modelFileName(folder: string, uri: URI): string {
    const text = uri.toString();
    if (text.startsWith(folder)) {
        const relative = UriUtils.relative(URI.parse(folder), uri);
        if (relative && !relative.startsWith('..')) return relative;
    }
    return UriUtils.basename(uri);
}

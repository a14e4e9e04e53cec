/**
 * The resolved model per workspace folder, computed once after each build and
 * cached until the next: the preview and the exports read it through the
 * `actionplan/model` request.
 */
import { DocumentState, URI, type LangiumDocument } from 'langium';
import { buildModel } from '../language/model-builder.js';
import type { ActionPlanModel } from '../language/model/schema.js';
import type { ActionPlanServices } from './action-plan-services.js';
import type { ModelResult } from './protocol.js';

export class ModelService {
    private readonly cache = new Map<string, ActionPlanModel>();
    private readonly listeners: Array<(folders: string[]) => void> = [];

    constructor(private readonly services: ActionPlanServices) {
        services.shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, built => {
            const folders = [...new Set(built.map(d => this.folderOf(d.uri)))];
            folders.forEach(folder => this.cache.delete(folder));
            if (folders.length) this.listeners.forEach(listener => listener(folders));
        });
    }

    /** Called with the folders whose model changed after a build. */
    onChange(listener: (folders: string[]) => void): void {
        this.listeners.push(listener);
    }

    modelFor(uri: string): ModelResult | null {
        const folder = this.folderOf(URI.parse(uri));
        let model = this.cache.get(folder);
        if (!model) {
            const documents = this.documentsIn(folder);
            if (documents.length === 0) return null;
            const config = this.services.config.ConfigProvider;
            model = buildModel(documents, {
                asOf: config.forFile(URI.parse(uri).fsPath).asOf,
                fileName: u => u.toString(),
                firstWinWindow: document => config.forFile(document.uri.fsPath).rule('first-win-window').options,
            });
            this.cache.set(folder, model);
        }
        return { model, folder };
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

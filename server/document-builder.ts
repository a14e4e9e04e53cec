/**
 * Edits in the editor, rebuilt in two steps:
 * 1. the changed documents alone, through every phase to validation, so their
 *    diagnostics are published first;
 * 2. then only the documents that depend on them: those whose references point
 *    into a changed document (found through the index's reverse table), those
 *    with an unresolved reference to a name that changed, and those declaring a
 *    name or priority whose workspace-wide facts changed (duplicates, teams,
 *    next wins). A document re-links only when a name it uses changed; the
 *    others re-resolve just their references into the changed documents.
 * The next keystroke cancels step 2; whatever it did not finish is picked up
 * by the next update (linked again from scratch: a half-linked document may
 * point into an older version of the document that changed). A document not
 * indexed yet (the start-up build that the first edit cancels) is built in
 * step 1 with the changed ones, so that they link against the whole workspace.
 */
import { DefaultDocumentBuilder, DocumentState, URI, type LangiumDocument, type LangiumSharedCoreServices, type Reference } from 'langium';
import { Cancellation, interruptAndCheck } from 'langium';
import { splitKey, type ActionPlanIndexManager } from '../language/workspace/index-manager.js';

export class ActionPlanDocumentBuilder extends DefaultDocumentBuilder {
    constructor(services: LangiumSharedCoreServices) {
        super(services);
    }

    private get index(): ActionPlanIndexManager {
        return this.indexManager as ActionPlanIndexManager;
    }

    override async update(changed: URI[], deleted: URI[], cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        this.currentState = DocumentState.Changed;
        const touchedKeys = new Set<string>();
        const deletedUris: URI[] = [];
        for (const uri of deleted) {
            for (const document of this.langiumDocuments.deleteDocuments(uri)) {
                this.index.keysOf(document.uri.toString()).forEach(k => touchedKeys.add(k));
                deletedUris.push(document.uri);
                this.buildState.delete(document.uri.toString());
                this.indexManager.remove(document.uri);
            }
        }
        const seen = new Set<string>();
        const changedUris = (await Promise.all(changed.map(uri => this.findChangedUris(uri)))).flat()
            .filter(uri => !seen.has(uri.toString()) && seen.add(uri.toString()));
        const changedDocuments: LangiumDocument[] = [];
        for (const uri of changedUris) {
            this.index.keysOf(uri.toString()).forEach(k => touchedKeys.add(k));
            const document = this.langiumDocuments.invalidateDocument(uri) ?? this.addUnparsed(uri);
            this.buildState.delete(uri.toString());
            changedDocuments.push(document);
        }
        await this.emitUpdate(changedUris, deletedUris);
        await interruptAndCheck(cancelToken);

        // A document whose text is not in the index yet (a build cancelled before indexing it, like the
        // start-up build that the first didOpen interrupts) goes with the changed ones: step 1 must link
        // them against the whole workspace, or they keep errors for names that exist.
        const rebuilt = new Set(changedUris.map(u => u.toString()));
        for (const document of this.langiumDocuments.all) {
            const uri = document.uri.toString();
            if (document.state >= DocumentState.IndexedContent || rebuilt.has(uri)) continue;
            this.index.keysOf(uri).forEach(k => touchedKeys.add(k));
            this.resetToState(document, DocumentState.Parsed);
            rebuilt.add(uri);
            changedUris.push(document.uri);
            changedDocuments.push(document);
        }

        // Step 1: the changed documents, alone.
        await this.buildDocuments(changedDocuments, this.updateBuildOptions, cancelToken);

        // Step 2: their dependents.
        for (const document of changedDocuments) this.index.keysOf(document.uri.toString()).forEach(k => touchedKeys.add(k));
        this.index.takeChangedKeys().forEach(k => touchedKeys.add(k));
        const changedSet = new Set([...changedUris, ...deletedUris].map(u => u.toString()));
        const dependents = this.dependents(changedSet, touchedKeys);
        await this.buildDocuments(this.sortDocuments(dependents), this.updateBuildOptions, cancelToken);
    }

    private addUnparsed(uri: URI): LangiumDocument {
        const document = this.langiumDocumentFactory.fromModel({ $type: 'INVALID' }, uri);
        document.state = DocumentState.Changed;
        this.langiumDocuments.addDocument(document);
        return document;
    }

    /** Documents to bring back to validated, each reset to the state its rebuild starts from. */
    private dependents(changed: Set<string>, keys: Set<string>): LangiumDocument[] {
        const byUri = new Map<string, LangiumDocument>();
        const names = new Set([...keys].map(k => splitKey(k).name).filter(name => !name.includes(':')));
        const relink = (document: LangiumDocument) => {
            this.resetToState(document, DocumentState.ComputedScopes);
            byUri.set(document.uri.toString(), document);
        };
        const revalidate = (document: LangiumDocument) => {
            if (document.state > DocumentState.IndexedReferences) this.resetToState(document, DocumentState.IndexedReferences);
            byUri.set(document.uri.toString(), document);
        };
        for (const document of this.langiumDocuments.all) {
            const uri = document.uri.toString();
            if (changed.has(uri)) continue;
            if (document.state < DocumentState.Validated || !this.buildState.get(uri)?.completed) {
                // A build that was cancelled: finish it. Linked in part, its references may point into the
                // previous version of a changed document (dead nodes the linker would not look at again).
                relink(document);
            } else if (document.references.some(r => r.error && names.has(firstSegment(r.$refText)))) {
                relink(document); // a name it could not resolve may exist now
            }
        }
        for (const uri of changed) {
            for (const source of this.index.documentsReferencing(uri)) {
                const document = this.langiumDocuments.getDocument(URI.parse(source));
                if (!document || changed.has(source) || byUri.has(source)) continue;
                if (document.references.some(r => names.has(firstSegment(r.$refText)))) relink(document);
                else {
                    this.reresolve(document, changed);
                    revalidate(document);
                }
            }
        }
        for (const key of keys) {
            for (const uri of this.index.documentsDeclaring(key)) {
                const document = byUri.has(uri) || changed.has(uri) ? undefined : this.langiumDocuments.getDocument(URI.parse(uri));
                if (document) revalidate(document);
            }
        }
        return [...byUri.values()];
    }

    /** Point the references into changed documents at the new nodes, without re-linking the rest. */
    private reresolve(document: LangiumDocument, changed: Set<string>): void {
        const references = document.references as Reference[];
        const stale = new Set<Reference>();
        for (const reference of references) {
            const description = reference.$nodeDescription;
            if (!description || !changed.has(description.documentUri.toString())) continue;
            const internal = reference as unknown as { _ref?: unknown; _nodeDescription?: unknown };
            internal._ref = undefined;
            delete internal._nodeDescription;
            stale.add(reference);
        }
        // Resolving a reference adds it back to `document.references`, which validation reads.
        document.references = references.filter(r => !stale.has(r));
        for (const reference of stale) void reference.ref;
    }
}

function firstSegment(text: string): string {
    const dot = text.indexOf('.');
    return dot < 0 ? text : text.slice(0, dot);
}

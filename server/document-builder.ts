/**
 * Edits in the editor, rebuilt in two steps:
 * 1. the changed documents alone, through every phase to validation, so their
 *    diagnostics are published first;
 * 2. then only the documents that can see the change, each found through the
 *    index's tables rather than a scan: those that could not resolve a name
 *    that now exists (recorded at validation); those referring to a name that
 *    gained or lost a declaration, or to an element whose readable facts
 *    changed (a person whose business became a partner), wherever it is
 *    declared; those declaring a name or priority whose workspace-wide facts
 *    changed (duplicates, teams, next wins); and those whose references point
 *    into a changed document (the reverse table). Of the last, a document
 *    re-links only when a name it uses there changed; otherwise it re-points
 *    just its references into the changed documents at the new nodes, and is
 *    validated again only when what it reads from them changed.
 * The next keystroke cancels step 2; whatever it did not finish is picked up
 * by the next update (linked again from scratch: a half-linked document may
 * point into an older version of the document that changed). A document not
 * indexed yet (the start-up build that the first edit cancels) is built in
 * step 1 with the changed ones, so that they link against the whole workspace.
 */
import { DefaultDocumentBuilder, DocumentState, URI, type AstNodeDescription, type LangiumDocument, type LangiumSharedCoreServices, type Reference } from 'langium';
import { Cancellation, interruptAndCheck } from 'langium';
import { changedNames, firstSegment, splitKey, type ActionPlanIndexManager } from '../language/workspace/index-manager.js';

export class ActionPlanDocumentBuilder extends DefaultDocumentBuilder {
    constructor(services: LangiumSharedCoreServices) {
        super(services);
    }

    private exportsByUri = new Map<string, Map<string, AstNodeDescription>>();
    /** For this update: each old description of a changed document's export, and its new one (null: none of the same name and type). */
    private freshDescriptions = new Map<AstNodeDescription, AstNodeDescription | null>();

    private get index(): ActionPlanIndexManager {
        return this.indexManager as ActionPlanIndexManager;
    }

    override async update(changed: URI[], deleted: URI[], cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        this.currentState = DocumentState.Changed;
        /** What other documents could read from each changed or deleted one, before the change. */
        const signaturesBefore = new Map<string, ReadonlyMap<string, string> | undefined>();
        const deletedUris: URI[] = [];
        for (const uri of deleted) {
            for (const document of this.langiumDocuments.deleteDocuments(uri)) {
                signaturesBefore.set(document.uri.toString(), this.index.signatureOf(document.uri.toString()));
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
            signaturesBefore.set(uri.toString(), this.index.signatureOf(uri.toString()));
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
            signaturesBefore.set(uri, undefined);
            this.resetToState(document, DocumentState.Parsed);
            rebuilt.add(uri);
            changedUris.push(document.uri);
            changedDocuments.push(document);
        }

        // Step 1: the changed documents, alone.
        await this.buildDocuments(changedDocuments, this.updateBuildOptions, cancelToken);
        // Let their diagnostics go out before the dependents are worked out (synchronous work). No
        // cancellation here: the dependents must be found and reset before a newer update may take over,
        // or they would keep pointing into the old version of the changed documents.
        await yieldToEvents();

        // Step 2: the documents that can see the change.
        this.exportsByUri = new Map();
        this.freshDescriptions = new Map();
        const readable = this.readableChanges(signaturesBefore);
        const changedSet = new Set([...changedUris, ...deletedUris].map(u => u.toString()));
        const dependents = this.dependents(changedSet, this.index.takeChangedKeys(), readable);
        await this.buildDocuments(this.sortDocuments(dependents), this.updateBuildOptions, cancelToken);
    }

    private addUnparsed(uri: URI): LangiumDocument {
        const document = this.langiumDocumentFactory.fromModel({ $type: 'INVALID' }, uri);
        document.state = DocumentState.Changed;
        this.langiumDocuments.addDocument(document);
        return document;
    }

    /**
     * The names of elements whose readable facts changed. A business that became a partner (or the
     * reverse) changes what its people are to a team, so its people count as changed too.
     */
    private readableChanges(signaturesBefore: Map<string, ReadonlyMap<string, string> | undefined>): Set<string> {
        const names = new Set<string>();
        /** The changed businesses and partners, by partition (with a document of it, to see its people from). */
        const orgs = new Map<string, { from: string; names: Set<string> }>();
        for (const [uri, before] of signaturesBefore) {
            const after = this.index.signatureOf(uri);
            for (const name of changedNames(before, after)) {
                names.add(name);
                const type = (before?.get(name) ?? after?.get(name) ?? '').split('|')[0];
                if (type !== 'Business' && type !== 'Partner') continue;
                const partition = this.index.partitionOf(uri);
                const entry = orgs.get(partition);
                if (entry) entry.names.add(name);
                else orgs.set(partition, { from: uri, names: new Set([name]) });
            }
        }
        // One pass over the people of each partition, whatever the number of organisations that changed.
        for (const { from, names: changedOrgs } of orgs.values()) {
            for (const person of this.index.visibleElements(from, 'Person')) {
                const org = (person.node as { org?: { $refText?: string } } | undefined)?.org?.$refText;
                if (org !== undefined && changedOrgs.has(org)) names.add(person.name);
            }
        }
        return names;
    }

    /**
     * Documents to bring back to validated, each reset to the state its rebuild starts from.
     * `keys`: names and facts whose visible state changed; `readable`: names of elements whose
     * readable facts (see the index's signatures) changed.
     */
    private dependents(changed: Set<string>, keys: Set<string>, readable: Set<string>): LangiumDocument[] {
        const byUri = new Map<string, LangiumDocument>();
        /** The keys of names (not of `for:` / `after:` facts), and the names themselves. */
        const nameKeys = [...keys].filter(key => !splitKey(key).name.includes(':'));
        const names = new Set(nameKeys.map(key => splitKey(key).name));
        const relink = (document: LangiumDocument) => {
            this.resetToState(document, DocumentState.ComputedScopes);
            byUri.set(document.uri.toString(), document);
        };
        /** From linked on: re-index its references (their targets may have moved) and validate. */
        const revalidate = (document: LangiumDocument) => {
            if (document.state > DocumentState.Linked) this.resetToState(document, DocumentState.Linked);
            byUri.set(document.uri.toString(), document);
        };
        for (const document of this.langiumDocuments.all) {
            const uri = document.uri.toString();
            if (changed.has(uri)) continue;
            if (document.state < DocumentState.Validated || !this.buildState.get(uri)?.completed) {
                relink(document); // left half-built by a cancelled update
            }
        }
        for (const key of nameKeys) {
            for (const uri of this.index.documentsMissing(key)) {
                const document = changed.has(uri) || byUri.has(uri) ? undefined : this.langiumDocuments.getDocument(URI.parse(uri));
                if (document) relink(document); // a name it could not resolve may exist now
            }
        }
        const documents = new Map(this.langiumDocuments.all.map(d => [d.uri.toString(), d] as const));
        /** For a document: the documents whose references point into it, by each name they wrote (whole, and `TEAM` of `TEAM.WIN`). */
        const referrers = new Map<string, Map<string, Set<string>>>();
        const referrersOf = (target: string): Map<string, Set<string>> => {
            let byName = referrers.get(target);
            if (!byName) {
                byName = new Map();
                for (const source of this.index.documentsReferencing(target)) {
                    const add = (name: string) => {
                        const sources = byName!.get(name);
                        if (sources) sources.add(source);
                        else byName!.set(name, new Set([source]));
                    };
                    for (const reference of this.index.referencesInto(source, target)) {
                        const text = reference.$refText;
                        add(text);
                        if (text.includes('.')) add(firstSegment(text));
                    }
                }
                referrers.set(target, byName);
            }
            return byName;
        };
        const writing = (byName: Map<string, Set<string>>, written: Iterable<string>) => {
            const sources = new Set<string>();
            for (const name of written) for (const source of byName.get(name) ?? []) sources.add(source);
            return sources;
        };
        for (const uri of changed) {
            // Only its references into the changed document can see what changed there.
            const byName = referrersOf(uri);
            const usingChangedName = writing(byName, names);
            const readingChange = writing(byName, readable);
            for (const source of this.index.documentsReferencing(uri)) {
                if (changed.has(source) || byUri.has(source)) continue;
                const document = documents.get(source);
                if (!document) continue;
                if (usingChangedName.has(source)) {
                    relink(document);
                } else {
                    // Same names: point its references at the new nodes; new diagnostics only if it reads a difference.
                    this.reresolve(document, changed);
                    if (readingChange.has(source)) revalidate(document);
                }
            }
        }
        // A name whose declarations changed (one more, one fewer), or an element whose readable facts
        // changed, is seen by every document referring to it, wherever it is declared.
        const referring = (key: string, act: (document: LangiumDocument) => void) => {
            const name = splitKey(key).name;
            for (const declaring of this.index.documentsDeclaring(key)) {
                for (const source of referrersOf(declaring).get(name) ?? []) {
                    if (changed.has(source) || byUri.get(source)?.state === DocumentState.ComputedScopes) continue;
                    const document = documents.get(source);
                    if (document) act(document);
                }
            }
        };
        for (const key of nameKeys) referring(key, relink);
        for (const uri of changed) for (const name of readable) referring(this.index.keyOf(uri, name), revalidate);
        for (const key of keys) {
            for (const uri of this.index.documentsDeclaring(key)) {
                const document = byUri.has(uri) || changed.has(uri) ? undefined : documents.get(uri);
                if (document) revalidate(document);
            }
        }
        return [...byUri.values()];
    }

    /**
     * Point the references into changed documents at the new nodes, without re-linking the rest. The
     * names did not change, so the new target is the changed document's export of the same name and type
     * (a lookup, not a scope search); anything else is resolved again through the scopes.
     */
    private reresolve(document: LangiumDocument, changed: Set<string>): void {
        let stale: Set<Reference> | undefined;
        const from = document.uri.toString();
        for (const target of changed) {
            const exports = this.exportsOf(target);
            for (const reference of this.index.referencesInto(from, target)) {
                const description = reference.$nodeDescription;
                const internal = reference as unknown as { _ref?: unknown; _nodeDescription?: unknown };
                // Many references share one description (a person named in many places): look each up once.
                let fresh = description && this.freshDescriptions.get(description);
                if (description && fresh === undefined) {
                    const found = exports.get(description.name);
                    fresh = found?.node && found.type === description.type ? found : null;
                    this.freshDescriptions.set(description, fresh);
                }
                if (fresh) {
                    internal._ref = fresh.node;
                    internal._nodeDescription = fresh;
                    continue;
                }
                internal._ref = undefined;
                delete internal._nodeDescription;
                (stale ??= new Set()).add(reference);
            }
        }
        if (!stale) return;
        // Resolving a reference adds it back to `document.references`, which validation reads.
        document.references = (document.references as Reference[]).filter(r => !stale.has(r));
        for (const reference of stale) void reference.ref;
    }

    /** The exports of a document by name, for this update only (the index replaces them on the next). */
    private exportsOf(uri: string): Map<string, AstNodeDescription> {
        let byName = this.exportsByUri.get(uri);
        if (!byName) {
            byName = new Map(this.indexManager.allElements(undefined, new Set([uri])).map(d => [d.name, d] as const));
            this.exportsByUri.set(uri, byName);
        }
        return byName;
    }
}

/** One turn of the event loop (setImmediate in Node; a browser worker has only timers). */
function yieldToEvents(): Promise<void> {
    return new Promise(resolve => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)));
}

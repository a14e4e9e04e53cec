import {
    DefaultIndexManager, type AstNodeDescription, type LangiumDocument, type LangiumSharedCoreServices, type Stream, type URI
} from 'langium';
import { Cancellation } from 'langium';
import { isModel, isTeam } from '../generated/ast.js';

/**
 * The reference index plus the workspace tables the rules need, kept up to
 * date per document so no rule scans the workspace:
 * - every declaration of each global name (for `duplicate-name`);
 * - how many teams name each priority in `for` (for `priority-has-team`);
 * - how many next wins follow each win, as `TEAM.WIN` (for `next-win`).
 *
 * `changedKeys` collects the names whose entries changed since the last call
 * of `takeChangedKeys`, so the server can re-validate exactly the documents
 * that declare them.
 *
 * Names are global within a partition: the CLI checks one (every path it is
 * given); the editor makes each workspace folder its own, so two projects open
 * side by side neither clash nor resolve into each other. Keys are
 * `PARTITION\0NAME`.
 */
export class ActionPlanIndexManager extends DefaultIndexManager {
    private readonly declarations = new Map<string, AstNodeDescription[]>();
    /** Counts of written references by key: `for:PRIORITY` and `after:TEAM.WIN`. */
    private readonly referenceCounts = new Map<string, number>();
    private readonly referenceKeysByUri = new Map<string, string[]>();
    private changedKeys = new Set<string>();
    /** Which documents each document's references point into, and the reverse. */
    private readonly targetsOf = new Map<string, Set<string>>();
    private readonly referencedBy = new Map<string, Set<string>>();
    /** When false, reference descriptions (find references, affected documents) are not kept. */
    keepReferences = true;
    /** The partition a document belongs to; one for all by default. */
    partitionOf: (uri: string) => string = () => '';

    constructor(services: LangiumSharedCoreServices) {
        super(services);
    }

    /** Every declaration of a global name (wins are `TEAM.WIN`) visible from the document `from`. */
    declarationsOf(name: string, from: URI | string): readonly AstNodeDescription[] {
        return this.declarations.get(this.key(from, name)) ?? [];
    }

    /** How many teams name this priority in `for`. */
    teamCountFor(priorityName: string, from: URI | string): number {
        return this.referenceCounts.get(this.key(from, `for:${priorityName}`)) ?? 0;
    }

    /** How many next wins name this win (as `TEAM.WIN`) in `after`. */
    nextWinCountFor(qualifiedWinName: string, from: URI | string): number {
        return this.referenceCounts.get(this.key(from, `after:${qualifiedWinName}`)) ?? 0;
    }

    /** The exported elements of a type that the document `from` can see. */
    visibleElements(from: URI | string, nodeType?: string): Stream<AstNodeDescription> {
        const partition = this.partitionOf(from.toString());
        return this.allElements(nodeType).filter(d => this.partitionOf(d.documentUri.toString()) === partition);
    }

    private key(from: URI | string, name: string): string {
        return `${this.partitionOf(from.toString())}\0${name}`;
    }

    takeChangedKeys(): Set<string> {
        const keys = this.changedKeys;
        this.changedKeys = new Set();
        return keys;
    }

    override async updateContent(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        this.forgetTables(document.uri.toString());
        await super.updateContent(document, cancelToken);
        const uri = document.uri.toString();
        for (const description of this.symbolIndex.get(uri) ?? []) {
            const key = this.key(uri, description.name);
            const list = this.declarations.get(key);
            if (list) list.push(description);
            else this.declarations.set(key, [description]);
            this.changedKeys.add(key);
        }
        const keys = writtenReferenceKeys(document).map(key => this.key(uri, key));
        for (const key of keys) {
            this.referenceCounts.set(key, (this.referenceCounts.get(key) ?? 0) + 1);
            this.changedKeys.add(key);
        }
        this.referenceKeysByUri.set(uri, keys);
    }

    override removeContent(uri: URI): void {
        this.forgetTables(uri.toString());
        super.removeContent(uri);
    }

    override async updateReferences(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        if (!this.keepReferences) return;
        await super.updateReferences(document, cancelToken);
        const uri = document.uri.toString();
        this.forgetTargets(uri);
        const targets = new Set<string>();
        for (const reference of this.referenceIndex.get(uri) ?? []) {
            if (!reference.local) targets.add(reference.targetUri.toString());
        }
        this.targetsOf.set(uri, targets);
        for (const target of targets) {
            const sources = this.referencedBy.get(target) ?? new Set<string>();
            sources.add(uri);
            this.referencedBy.set(target, sources);
        }
    }

    override removeReferences(uri: URI): void {
        this.forgetTargets(uri.toString());
        super.removeReferences(uri);
    }

    /** Whether the document's references point into any of the changed documents: a lookup, not a scan. */
    override isAffected(document: LangiumDocument, changedUris: Set<string>): boolean {
        const targets = this.targetsOf.get(document.uri.toString());
        if (!targets) return false;
        for (const uri of changedUris) if (targets.has(uri)) return true;
        return false;
    }

    /** The documents whose references point into this one. */
    documentsReferencing(uri: string): ReadonlySet<string> {
        return this.referencedBy.get(uri) ?? new Set();
    }

    /** The keys a document contributes: its global names and its written `for:`/`after:` references. */
    keysOf(uri: string): string[] {
        return [...(this.symbolIndex.get(uri) ?? []).map(d => this.key(uri, d.name)), ...(this.referenceKeysByUri.get(uri) ?? [])];
    }

    /** The documents whose diagnostics depend on a key: those declaring the name (or the priority / win a key names). */
    documentsDeclaring(key: string): string[] {
        const { partition, name: written } = splitKey(key);
        const name = written.startsWith('for:') ? written.slice(4) : written.startsWith('after:') ? written.slice(6) : written;
        return (this.declarations.get(`${partition}\0${name}`) ?? []).map(d => d.documentUri.toString());
    }

    private forgetTargets(uri: string): void {
        for (const target of this.targetsOf.get(uri) ?? []) this.referencedBy.get(target)?.delete(uri);
        this.targetsOf.delete(uri);
    }

    private forgetTables(uri: string): void {
        for (const description of this.symbolIndex.get(uri) ?? []) {
            const key = this.key(uri, description.name);
            const list = this.declarations.get(key);
            if (!list) continue;
            const rest = list.filter(d => d.documentUri.toString() !== uri);
            if (rest.length) this.declarations.set(key, rest);
            else this.declarations.delete(key);
            this.changedKeys.add(key);
        }
        for (const key of this.referenceKeysByUri.get(uri) ?? []) {
            const count = (this.referenceCounts.get(key) ?? 1) - 1;
            if (count > 0) this.referenceCounts.set(key, count);
            else this.referenceCounts.delete(key);
            this.changedKeys.add(key);
        }
        this.referenceKeysByUri.delete(uri);
    }
}

/** A key's partition and what it names: a name, `for:PRIORITY` or `after:TEAM.WIN`. */
export function splitKey(key: string): { partition: string; name: string } {
    const at = key.indexOf('\0');
    return at < 0 ? { partition: '', name: key } : { partition: key.slice(0, at), name: key.slice(at + 1) };
}

/** The references a document writes that other documents' rules depend on, read from the text (no linking needed). */
function writtenReferenceKeys(document: LangiumDocument): string[] {
    const root = document.parseResult.value;
    if (!isModel(root)) return [];
    const keys: string[] = [];
    for (const team of root.elements.filter(isTeam)) {
        if (team.priority?.$refText) keys.push(`for:${team.priority.$refText}`);
        for (const win of team.wins) {
            const after = win.after?.$refText;
            if (after) keys.push(`after:${after.includes('.') ? after : `${team.name}.${after}`}`);
        }
    }
    return keys;
}

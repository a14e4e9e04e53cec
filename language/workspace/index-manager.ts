import {
    DefaultIndexManager, type AstNodeDescription, type LangiumDocument, type LangiumSharedCoreServices, type URI
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
 */
export class ActionPlanIndexManager extends DefaultIndexManager {
    private readonly declarations = new Map<string, AstNodeDescription[]>();
    /** Counts of written references by key: `for:PRIORITY` and `after:TEAM.WIN`. */
    private readonly referenceCounts = new Map<string, number>();
    private readonly referenceKeysByUri = new Map<string, string[]>();
    private changedKeys = new Set<string>();
    /** When false, reference descriptions (find references, affected documents) are not kept. */
    keepReferences = true;

    constructor(services: LangiumSharedCoreServices) {
        super(services);
    }

    /** Every declaration of a global name (wins are `TEAM.WIN`). */
    declarationsOf(name: string): readonly AstNodeDescription[] {
        return this.declarations.get(name) ?? [];
    }

    /** How many teams name this priority in `for`. */
    teamCountFor(priorityName: string): number {
        return this.referenceCounts.get(`for:${priorityName}`) ?? 0;
    }

    /** How many next wins name this win (as `TEAM.WIN`) in `after`. */
    nextWinCountFor(qualifiedWinName: string): number {
        return this.referenceCounts.get(`after:${qualifiedWinName}`) ?? 0;
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
            const list = this.declarations.get(description.name);
            if (list) list.push(description);
            else this.declarations.set(description.name, [description]);
            this.changedKeys.add(description.name);
        }
        const keys = writtenReferenceKeys(document);
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
        if (this.keepReferences) {
            await super.updateReferences(document, cancelToken);
        }
    }

    private forgetTables(uri: string): void {
        for (const description of this.symbolIndex.get(uri) ?? []) {
            const list = this.declarations.get(description.name);
            if (!list) continue;
            const rest = list.filter(d => d.documentUri.toString() !== uri);
            if (rest.length) this.declarations.set(description.name, rest);
            else this.declarations.delete(description.name);
            this.changedKeys.add(description.name);
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

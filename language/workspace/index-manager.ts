import {
    DefaultIndexManager, stream, type AstNode, type AstNodeDescription, type LangiumDocument, type LangiumSharedCoreServices, type Reference,
    type Scope, type Stream, type URI
} from 'langium';
import { Cancellation } from 'langium';
import { isModel, isPartnership, isPerson, isPriority, isTeam, isWin } from '../generated/ast.js';
import { single } from '../single.js';

/**
 * The reference index plus the workspace tables the rules need, kept up to
 * date per document so no rule scans the workspace:
 * - every declaration of each global name (for `duplicate-name`);
 * - how many teams name each priority in `for` (for `priority-has-team`);
 * - how many next wins follow each win, as `TEAM.WIN` (for `next-win`).
 *
 * `takeChangedKeys` tells which keys changed in a way another document can
 * see (a name gaining or losing a declaration or a duplicate, a priority
 * gaining its first team or losing its last) since the last call, so the
 * server re-validates exactly the documents that depend on them. A document's
 * `signature` sums up what other documents' rules read from it; when an edit
 * leaves it unchanged, the documents referring to it need no new diagnostics.
 *
 * Names are global within a partition: the CLI checks one (every path it is
 * given); the editor makes each workspace folder its own, so two projects open
 * side by side neither clash nor resolve into each other. Keys are
 * `PARTITION\0NAME`.
 */
/** The names one "did you mean" compares a missing name with, at most. */
export const MAX_HINT_CANDIDATES = 500;

/** Counts the candidate names looked at for hints: the growth tests read it. */
export const hintWork = { steps: 0 };

export class ActionPlanIndexManager extends DefaultIndexManager {
    private readonly declarations = new Map<string, AstNodeDescription[]>();
    /** Counts of written references by key: `for:PRIORITY` and `after:TEAM.WIN`. */
    private readonly referenceCounts = new Map<string, number>();
    private readonly referenceKeysByUri = new Map<string, string[]>();
    /** The visible state of each key touched since the last `takeChangedKeys`, as it was before. */
    private statesBefore = new Map<string, number>();
    private readonly signatures = new Map<string, ReadonlyMap<string, string>>();
    /** Each document's references into other documents, by target document; and the reverse. */
    private readonly targetsOf = new Map<string, Map<string, Reference[]>>();
    private readonly referencedBy = new Map<string, Set<string>>();
    /** Global scopes by partition and type: views of the declarations table, so never stale and never rebuilt. */
    private readonly scopes = new Map<string, Map<string, Scope>>();
    /** The names of each partition and type, for "did you mean" hints; dropped when a name comes or goes. */
    private readonly names = new Map<string, readonly string[]>();
    /** The hint found for each missing name, by partition and type (a renamed name is missing in many places at once). */
    private readonly hints = new Map<string, string | undefined>();
    /** The same names by length, for the hints. */
    private readonly namesByLength = new Map<string, Map<number, string[]>>();
    /** Documents with an unresolved reference, by the key of the name it wrote (its first segment for `TEAM.WIN`); and the reverse. */
    private readonly missing = new Map<string, Set<string>>();
    private readonly missingByUri = new Map<string, string[]>();
    /** When false, reference descriptions (find references, affected documents) are not kept. */
    keepReferences = true;
    /** Whether to record which keys change (the server's incremental builds need it; a one-shot check does not). */
    trackChanges = false;
    /** The partition a document belongs to; one for all by default. */
    partitionOf: (uri: string) => string = () => '';

    constructor(services: LangiumSharedCoreServices) {
        super(services);
    }

    /** Every declaration of a global name (wins are `TEAM.WIN`) visible from the document `from`. */
    declarationsOf(name: string, from: URI | string): readonly AstNodeDescription[] {
        return this.declarations.get(this.keyOf(from, name)) ?? [];
    }

    /** How many teams name this priority in `for`. */
    teamCountFor(priorityName: string, from: URI | string): number {
        return this.referenceCounts.get(this.keyOf(from, `for:${priorityName}`)) ?? 0;
    }

    /** How many next wins name this win (as `TEAM.WIN`) in `after`. */
    nextWinCountFor(qualifiedWinName: string, from: URI | string): number {
        return this.referenceCounts.get(this.keyOf(from, `after:${qualifiedWinName}`)) ?? 0;
    }

    /** The exported elements of a type that the document `from` can see. */
    visibleElements(from: URI | string, nodeType?: string): Stream<AstNodeDescription> {
        const partition = this.partitionOf(from.toString());
        return this.allElements(nodeType).filter(d => this.partitionOf(d.documentUri.toString()) === partition);
    }

    /**
     * The global scope of a reference type seen from `from`: a lookup in the
     * declarations table (kept current per document), not a list of every
     * exported element rebuilt after each edit. A name declared twice (a
     * `duplicate-name` error) resolves to the declaration of the file that
     * sorts first, whatever the order the files were indexed in, so the
     * editor and `check` agree.
     */
    globalScope(from: URI | string, referenceType: string): Scope {
        const partition = this.partitionOf(from.toString());
        // Asked for every reference: two map lookups, no key built.
        let byType = this.scopes.get(partition);
        if (!byType) this.scopes.set(partition, byType = new Map());
        let scope = byType.get(referenceType);
        if (!scope) {
            const matches = (d: AstNodeDescription) => this.astReflection.isSubtype(d.type, referenceType);
            const get = (name: string) => this.declarations.get(`${partition}\0${name}`) ?? [];
            scope = {
                getElement: name => {
                    const list = get(name);
                    return list.length === 1 ? (matches(list[0]) ? list[0] : undefined) : preferred(list.filter(matches));
                },
                getElements: name => stream(get(name)).filter(matches),
                getAllElements: () => this.visibleElements(from, referenceType),
            };
            byType.set(referenceType, scope);
        }
        return scope;
    }

    /** The names of the elements of a type visible from `from` (for hints; kept until a name comes or goes). */
    visibleNames(from: URI | string, nodeType: string): readonly string[] {
        const cacheKey = `${this.partitionOf(from.toString())}\0${nodeType}`;
        let names = this.names.get(cacheKey);
        if (!names) {
            names = this.visibleElements(from, nodeType).map(d => d.name).toArray();
            this.names.set(cacheKey, names);
        }
        return names;
    }

    /**
     * The visible name of a type nearest to a missing `name` ("did you mean"), remembered until a
     * name comes or goes: a renamed person is missing from every file that used it.
     */
    nearestName(from: URI | string, nodeType: string, name: string, find: (name: string, candidates: readonly string[]) => string | undefined): string | undefined {
        const cacheKey = `${this.partitionOf(from.toString())}\0${nodeType}\0${name}`;
        if (this.hints.has(cacheKey)) return this.hints.get(cacheKey);
        const hint = find(name, this.hintCandidates(from, nodeType, name));
        this.hints.set(cacheKey, hint);
        return hint;
    }

    /**
     * The names a hint for `name` is looked for among: those within two characters of its
     * length (a hint is at most two edits away), at most `MAX_HINT_CANDIDATES` of them, those
     * with the same first letter first, out of at most four times as many looked at. Comparing every missing name with every name was
     * quadratic (20,000 unresolved references in a workspace of 20,000 names: 3 minutes).
     */
    private hintCandidates(from: URI | string, nodeType: string, name: string): readonly string[] {
        const cacheKey = `${this.partitionOf(from.toString())}\0${nodeType}`;
        let byLength = this.namesByLength.get(cacheKey);
        if (!byLength) {
            byLength = new Map();
            for (const candidate of this.visibleNames(from, nodeType)) {
                const bucket = byLength.get(candidate.length);
                if (bucket) bucket.push(candidate);
                else byLength.set(candidate.length, [candidate]);
            }
            this.namesByLength.set(cacheKey, byLength);
        }
        const near: string[] = [];
        const sameStart: string[] = [];
        let scanned = 0;
        for (let length = Math.max(0, name.length - 2); length <= name.length + 2; length++) {
            for (const candidate of byLength.get(length) ?? []) {
                if (sameStart.length >= MAX_HINT_CANDIDATES || ++scanned > 4 * MAX_HINT_CANDIDATES) break;
                if (candidate[0] === name[0]) sameStart.push(candidate);
                else if (near.length < MAX_HINT_CANDIDATES) near.push(candidate);
                hintWork.steps++;
            }
        }
        for (const candidate of near) {
            if (sameStart.length >= MAX_HINT_CANDIDATES) break;
            sameStart.push(candidate);
        }
        return sameStart;
    }

    private forgetNames(): void {
        // Only when there is something to forget: clearing a map allocates its table anew, and a cold
        // load calls this for every new name.
        if (this.names.size) this.names.clear();
        if (this.namesByLength.size) this.namesByLength.clear();
        if (this.hints.size) this.hints.clear();
    }

    /** The key of a name (`PARTITION\0NAME`) as the document `from` sees it. */
    keyOf(from: URI | string, name: string): string {
        return `${this.partitionOf(from.toString())}\0${name}`;
    }

    takeChangedKeys(): Set<string> {
        const changed = new Set<string>();
        for (const [key, before] of this.statesBefore) if (this.stateOf(key) !== before) changed.add(key);
        this.statesBefore = new Map();
        return changed;
    }

    /** What other documents' rules can read from this one, per exported name (see `publicSignature`). */
    signatureOf(uri: string): ReadonlyMap<string, string> | undefined {
        return this.signatures.get(uri);
    }

    /** 0, 1 or 2 (two or more) declarations of a name; 0 or 1 for a `for:` / `after:` key. */
    private stateOf(key: string): number {
        const { name } = splitKey(key);
        if (name.startsWith('for:') || name.startsWith('after:')) return (this.referenceCounts.get(key) ?? 0) > 0 ? 1 : 0;
        return Math.min(this.declarations.get(key)?.length ?? 0, 2);
    }

    private touch(key: string): void {
        if (this.trackChanges && !this.statesBefore.has(key)) this.statesBefore.set(key, this.stateOf(key));
    }

    override async updateContent(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        this.forgetTables(document.uri.toString());
        await super.updateContent(document, cancelToken);
        const uri = document.uri.toString();
        for (const description of this.symbolIndex.get(uri) ?? []) {
            const key = this.keyOf(uri, description.name);
            this.touch(key);
            const list = this.declarations.get(key);
            if (list) list.push(description);
            else {
                this.declarations.set(key, [description]);
                this.forgetNames();
            }
        }
        const keys = writtenReferenceKeys(document).map(key => this.keyOf(uri, key));
        for (const key of keys) {
            this.touch(key);
            this.referenceCounts.set(key, (this.referenceCounts.get(key) ?? 0) + 1);
        }
        this.referenceKeysByUri.set(uri, keys);
        if (this.trackChanges) this.signatures.set(uri, publicSignature(this.symbolIndex.get(uri) ?? []));
    }

    /** Record the names a document could not resolve (at validation), replacing what it had before. */
    setUnresolved(uri: URI | string, names: Iterable<string>): void {
        const from = uri.toString();
        this.forgetMissing(from);
        const keys = [...new Set([...names].map(name => this.keyOf(from, firstSegment(name))))];
        for (const key of keys) {
            const documents = this.missing.get(key);
            if (documents) documents.add(from);
            else this.missing.set(key, new Set([from]));
        }
        if (keys.length) this.missingByUri.set(from, keys);
    }

    /** The documents that could not resolve a name (key `PARTITION\0NAME`) when they were last validated. */
    documentsMissing(key: string): ReadonlySet<string> {
        return this.missing.get(key) ?? new Set();
    }

    private forgetMissing(uri: string): void {
        for (const key of this.missingByUri.get(uri) ?? []) {
            const documents = this.missing.get(key);
            documents?.delete(uri);
            if (documents?.size === 0) this.missing.delete(key);
        }
        this.missingByUri.delete(uri);
    }

    override removeContent(uri: URI): void {
        this.forgetMissing(uri.toString());
        this.forgetTables(uri.toString());
        super.removeContent(uri);
    }

    override async updateReferences(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        if (!this.keepReferences) return;
        await super.updateReferences(document, cancelToken);
        const uri = document.uri.toString();
        this.forgetTargets(uri);
        const targets = new Map<string, Reference[]>();
        for (const reference of document.references as Reference[]) {
            const target = reference.$nodeDescription?.documentUri.toString();
            if (!target || target === uri) continue;
            const list = targets.get(target);
            if (list) list.push(reference);
            else targets.set(target, [reference]);
        }
        this.targetsOf.set(uri, targets);
        for (const target of targets.keys()) {
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

    /** The references of document `from` that point into document `to`. */
    referencesInto(from: string, to: string): readonly Reference[] {
        return this.targetsOf.get(from)?.get(to) ?? [];
    }

    /** The documents whose diagnostics depend on a key: those declaring the name (or the priority / win a key names). */
    documentsDeclaring(key: string): string[] {
        const { partition, name: written } = splitKey(key);
        const name = written.startsWith('for:') ? written.slice(4) : written.startsWith('after:') ? written.slice(6) : written;
        return (this.declarations.get(`${partition}\0${name}`) ?? []).map(d => d.documentUri.toString());
    }

    private forgetTargets(uri: string): void {
        for (const target of this.targetsOf.get(uri)?.keys() ?? []) this.referencedBy.get(target)?.delete(uri);
        this.targetsOf.delete(uri);
    }

    private forgetTables(uri: string): void {
        for (const description of this.symbolIndex.get(uri) ?? []) {
            const key = this.keyOf(uri, description.name);
            const list = this.declarations.get(key);
            if (!list) continue;
            this.touch(key);
            const rest = list.filter(d => d.documentUri.toString() !== uri);
            if (rest.length) this.declarations.set(key, rest);
            else {
                this.declarations.delete(key);
                this.forgetNames();
            }
        }
        for (const key of this.referenceKeysByUri.get(uri) ?? []) {
            this.touch(key);
            const count = (this.referenceCounts.get(key) ?? 1) - 1;
            if (count > 0) this.referenceCounts.set(key, count);
            else this.referenceCounts.delete(key);
        }
        this.referenceKeysByUri.delete(uri);
        this.signatures.delete(uri);
    }
}

/** Of several declarations of one name, the one in the file whose URI sorts first (then the first in that file). */
function preferred(list: readonly AstNodeDescription[]): AstNodeDescription | undefined {
    let best = list[0];
    for (const d of list) if (d.documentUri.toString() < best.documentUri.toString()) best = d;
    return best;
}

/** The name a reference stands on: `TEAM` of `TEAM.WIN`, the whole text otherwise. */
export function firstSegment(text: string): string {
    const dot = text.indexOf('.');
    return dot < 0 ? text : text.slice(0, dot);
}

/** A key's partition and what it names: a name, `for:PRIORITY` or `after:TEAM.WIN`. */
export function splitKey(key: string): { partition: string; name: string } {
    const at = key.indexOf('\0');
    return at < 0 ? { partition: '', name: key } : { partition: key.slice(0, at), name: key.slice(at + 1) };
}

/**
 * What the rules of *other* documents read from this one: each exported
 * element's type, name and place in the tree (references point at it), a
 * person's organization, a priority's follow-up, a partnership's launch and
 * convener, a team's priority, a win's due date. Titles, comments, statuses
 * and everything inside a team's body that is not a win's due date are not in
 * it: editing them changes no other document's diagnostics.
 */
function publicSignature(exports: readonly AstNodeDescription[]): ReadonlyMap<string, string> {
    const parts = new Map<string, string>();
    for (const description of exports) {
        const node = description.node as (AstNode & Record<string, unknown>) | undefined;
        const extra = !node ? '' : isPerson(node) ? node.org?.$refText
            : isPriority(node) ? `${single(node.followUp)}|${single(node.$container.launch)}`
            : isPartnership(node) ? `${single(node.launch)}|${single(node.convener)?.$refText}`
            : isTeam(node) ? node.priority?.$refText
            : isWin(node) ? single(node.due) : '';
        const part = `${description.type}|${description.path}|${extra ?? ''}`;
        // A name declared twice in one file: both declarations count.
        parts.set(description.name, parts.has(description.name) ? `${parts.get(description.name)}\n${part}` : part);
    }
    return parts;
}

/** The names whose signature differs between two versions of a document (added and removed ones too). */
export function changedNames(before: ReadonlyMap<string, string> | undefined, after: ReadonlyMap<string, string> | undefined): string[] {
    const names = new Set([...(before?.keys() ?? []), ...(after?.keys() ?? [])]);
    return [...names].filter(name => before?.get(name) !== after?.get(name));
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

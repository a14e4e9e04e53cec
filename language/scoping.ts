import {
    AstUtils, CstUtils, DefaultAstNodeDescriptionProvider, DefaultNameProvider, DefaultScopeComputation, DefaultScopeProvider, DefaultValueConverter, MultiMap, stream,
    type AstNode, type DocumentSegment, type NameProvider, type Stream, type URI, type AstNodeDescription, type CstNode, type GrammarAST, type LangiumDocument, type LocalSymbols, type ReferenceInfo, type Scope, type ValueType
} from 'langium';
import type { ActionPlanIndexManager } from './workspace/index-manager.js';
import { isModel, isPartnership, isTeam, isWin, type Model } from './generated/ast.js';
import { unquote } from './strings.js';
import { isFastCst } from './fast/cst.js';

/**
 * Names are global across the workspace, except wins: a win is known by its
 * own name inside its team and as `TEAM.WIN` everywhere.
 */
export class ActionPlanNameProvider extends DefaultNameProvider {
    /** A node the fast path read keeps its name's offsets on its CST stand-in (language/fast/cst.ts). */
    override getNameNode(node: AstNode): CstNode | undefined {
        return isFastCst(node.$cstNode) ? node.$cstNode.nameNode : super.getNameNode(node);
    }

    /** The workspace-wide name: `TEAM.WIN` for a win, the plain name otherwise. */
    globalName(node: AstNode): string | undefined {
        const name = this.getName(node);
        if (name && isWin(node)) {
            const team = node.$container;
            return team.name ? `${team.name}.${name}` : undefined;
        }
        return name;
    }
}

/**
 * Langium's descriptions of exported and local names, as one object each
 * with shared getters (Langium's own gives each description a getter and two
 * closures), and their segments worked out when first read.
 */
export class ActionPlanDescriptionProvider extends DefaultAstNodeDescriptionProvider {
    override createDescription(node: AstNode, name: string | undefined, document?: LangiumDocument): AstNodeDescription {
        const uri = (document ?? AstUtils.getDocument(node)).uri;
        name ??= this.nameProvider.getName(node);
        const path = this.astNodeLocator.getAstNodePath(node);
        if (!name) throw new Error(`Node at path ${path} has no name.`);
        return new Description(node, name, uri, path, this.nameProvider);
    }
}

class Description implements AstNodeDescription {
    readonly type: string;
    private nameSegmentCache?: DocumentSegment;
    private selectionSegmentCache?: DocumentSegment;

    constructor(readonly node: AstNode, readonly name: string, readonly documentUri: URI, readonly path: string, private readonly names: NameProvider) {
        this.type = node.$type;
    }

    get nameSegment(): DocumentSegment | undefined {
        return this.nameSegmentCache ??= CstUtils.toDocumentSegment(this.names.getNameNode(this.node) ?? this.node.$cstNode);
    }

    get selectionSegment(): DocumentSegment | undefined {
        return this.selectionSegmentCache ??= CstUtils.toDocumentSegment(this.node.$cstNode);
    }
}

export class ActionPlanScopeComputation extends DefaultScopeComputation {
    override async collectExportedSymbols(document: LangiumDocument): Promise<AstNodeDescription[]> {
        const names = this.nameProvider as ActionPlanNameProvider;
        const exports: AstNodeDescription[] = [];
        const add = (node: AstNode) => {
            const name = names.globalName(node);
            if (name) {
                exports.push(this.descriptions.createDescription(node, name, document));
            }
        };
        const root = document.parseResult.value;
        if (!isModel(root)) return exports;
        for (const element of (root as Model).elements) {
            add(element);
            if (isPartnership(element)) element.priorities.forEach(add);
            if (isTeam(element)) element.wins.forEach(add);
        }
        return exports;
    }

    /** Only a team has local names: its wins, for `next win … after WIN`. */
    override async collectLocalSymbols(document: LangiumDocument): Promise<LocalSymbols> {
        const symbols = new MultiMap<AstNode, AstNodeDescription>();
        const root = document.parseResult.value;
        if (!isModel(root)) return symbols;
        for (const team of root.elements.filter(isTeam)) {
            for (const win of team.wins) {
                if (win.name) symbols.add(team, this.descriptions.createDescription(win, win.name, document));
            }
        }
        return symbols;
    }
}

export class ActionPlanValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        if (rule.name === 'STRING') return unquote(input);
        return super.runConverter(rule, input, cstNode);
    }
}

export function teamOf(node: AstNode) {
    return AstUtils.getContainerOfType(node, isTeam);
}

/** The global scope of a reference: the names of its own partition only, looked up in the index's tables (see ActionPlanIndexManager). */
export class ActionPlanScopeProvider extends DefaultScopeProvider {
    /** The local scope of each container, by reference type, built once per set of local symbols (a document's parse). */
    private readonly localScopes = new WeakMap<AstNode, Map<string, { symbols: object; outer: Scope; scope: Scope }>>();

    protected override getGlobalScope(referenceType: string, context: ReferenceInfo): Scope {
        return (this.indexManager as ActionPlanIndexManager).globalScope(AstUtils.getDocument(context.container).uri, referenceType);
    }

    /**
     * Langium's, with each container's local names in a map built once: Langium filters and
     * scans a team's wins for every reference, so a team of n wins `after` one another took
     * n² steps (10,000 wins: a minute). The first declaration of a name still wins.
     */
    override getScope(context: ReferenceInfo): Scope {
        const referenceType = this.reflection.getReferenceType(context);
        const symbols = AstUtils.getDocument(context.container).localSymbols;
        let scope = this.getGlobalScope(referenceType, context);
        if (!symbols) return scope;
        // Most references have no local names around them: no list is made for those.
        let containers: AstNode[] | undefined;
        for (let node: AstNode | undefined = context.container; node; node = node.$container) {
            if (symbols.has(node)) (containers ??= []).push(node);
        }
        if (!containers) return scope;
        for (let i = containers.length - 1; i >= 0; i--) {
            const container = containers[i];
            let byType = this.localScopes.get(container);
            if (!byType) this.localScopes.set(container, byType = new Map());
            const cached = byType.get(referenceType);
            if (cached && cached.symbols === symbols && cached.outer === scope) {
                scope = cached.scope;
                continue;
            }
            const local = new FirstNameScope(symbols.getStream(container).filter(d => this.reflection.isSubtype(d.type, referenceType)), scope);
            byType.set(referenceType, { symbols, outer: scope, scope: local });
            scope = local;
        }
        return scope;
    }
}

/** A scope of names in a map (the first description of a name first), then its outer scope. */
class FirstNameScope implements Scope {
    private readonly byName = new Map<string, AstNodeDescription[]>();

    constructor(elements: Iterable<AstNodeDescription>, private readonly outer: Scope) {
        for (const element of elements) {
            const list = this.byName.get(element.name);
            if (list) list.push(element);
            else this.byName.set(element.name, [element]);
        }
    }

    getElement(name: string): AstNodeDescription | undefined {
        return this.byName.get(name)?.[0] ?? this.outer.getElement(name);
    }

    getElements(name: string): Stream<AstNodeDescription> {
        return stream(this.byName.get(name) ?? []).concat(this.outer.getElements(name));
    }

    getAllElements(): Stream<AstNodeDescription> {
        return stream([...this.byName.values()].flat()).concat(this.outer.getAllElements());
    }
}

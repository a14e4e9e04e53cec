import {
    AstUtils, DefaultNameProvider, DefaultScopeComputation, DefaultScopeProvider, DefaultValueConverter, MultiMap,
    type AstNode, type AstNodeDescription, type CstNode, type GrammarAST, type LangiumDocument, type LocalSymbols, type ReferenceInfo, type Scope, type ValueType
} from 'langium';
import type { ActionPlanIndexManager } from './workspace/index-manager.js';
import { isModel, isPartnership, isTeam, isWin, type Model } from './generated/ast.js';
import { unquote } from './strings.js';

/**
 * Names are global across the workspace, except wins: a win is known by its
 * own name inside its team and as `TEAM.WIN` everywhere.
 */
export class ActionPlanNameProvider extends DefaultNameProvider {
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
    protected override getGlobalScope(referenceType: string, context: ReferenceInfo): Scope {
        return (this.indexManager as ActionPlanIndexManager).globalScope(AstUtils.getDocument(context.container).uri, referenceType);
    }
}

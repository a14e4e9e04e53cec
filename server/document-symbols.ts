/** The outline: partnership › priorities, organizations, people, team › wins and the team's other lines. */
import type { AstNode, LangiumDocument } from 'langium';
import type { DocumentSymbolProvider } from 'langium/lsp';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { isModel, isPartnership, isBusiness, isPartner, isPerson, isTeam, type Team } from '../language/generated/ast.js';
import { propertyNode } from '../language/fixes/edits.js';
import { winStatus } from '../language/semantics.js';
import { single } from '../language/single.js';

export class ActionPlanDocumentSymbolProvider implements DocumentSymbolProvider {
    getSymbols(document: LangiumDocument): DocumentSymbol[] {
        const root = document.parseResult.value;
        if (!isModel(root)) return [];
        return root.elements.map(element => {
            if (isPartnership(element)) {
                return symbol(element, element.name, element.title, SymbolKind.Namespace,
                    present(element.priorities.map(p => symbol(p, p.name, `${p.title}${p.followUp.length > 0 ? ` · follow-up ${single(p.followUp)}` : ''}`, SymbolKind.Enum))));
            }
            if (isBusiness(element)) return symbol(element, element.name, `business · ${element.title}`, SymbolKind.Class);
            if (isPartner(element)) return symbol(element, element.name, `partner · ${element.title}`, SymbolKind.Interface);
            if (isPerson(element)) return symbol(element, element.name, `${element.fullName}${element.org ? ` · ${element.org.$refText}` : ''}`, SymbolKind.Variable);
            if (isTeam(element)) return symbol(element, element.name, `${element.title} · for ${element.priority?.$refText ?? '?'}`, SymbolKind.Struct, teamChildren(element));
            return undefined;
        }).filter((s): s is DocumentSymbol => s !== undefined);
    }
}

function teamChildren(team: Team): DocumentSymbol[] {
    return present([
        ...team.champions.map(c => symbol(c, `champion ${c.person?.$refText ?? ''}`, '', SymbolKind.Property)),
        ...team.responders.map(r => symbol(r, `responder ${r.person?.$refText ?? ''}`, r.commits.map(c => c.kind).join(', '), SymbolKind.Property)),
        ...team.successes.map(s => symbol(s, 'success', s.result, SymbolKind.Constant)),
        ...team.wins.map(w => symbol(w, w.name, `${w.kind} win · ${winStatus(w)}${w.due.length > 0 ? ` · due ${single(w.due)}` : ''} · ${w.title}`, SymbolKind.Event)),
        ...team.firstSteps.map(s => symbol(s, 'first step', s.what, SymbolKind.Function)),
        ...team.reviews.map(r => symbol(r, `review ${r.date ?? ''}`, r.status ?? '', SymbolKind.Field)),
        ...team.organizes.map(o => symbol(o, `organize ${o.kind ?? ''}`, o.what, SymbolKind.Field)),
    ]).sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

function symbol(node: AstNode, name: string, detail: string, kind: SymbolKind, children?: DocumentSymbol[]): DocumentSymbol | undefined {
    const range = node.$cstNode?.range;
    if (!range) return undefined;
    const selection = propertyNode(node, 'name')?.range ?? propertyNode(node, 'person')?.range ?? range;
    return { name: name || '?', detail, kind, range, selectionRange: selection, ...(children ? { children } : {}) };
}

function present(symbols: Array<DocumentSymbol | undefined>): DocumentSymbol[] {
    return symbols.filter((s): s is DocumentSymbol => s !== undefined);
}

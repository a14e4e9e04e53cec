/**
 * Workspace symbols: every named element, with the kinds of the outline. A win
 * is indexed as `TEAM.WIN`; it is found by its own name too, and shown as
 * `WIN` in its team.
 */
import { Cancellation, interruptAndCheck, type AstNodeDescription } from 'langium';
import { DefaultWorkspaceSymbolProvider } from 'langium/lsp';
import { SymbolKind, type WorkspaceSymbol, type WorkspaceSymbolParams } from 'vscode-languageserver';

const KIND_OF: Record<string, SymbolKind> = {
    Partnership: SymbolKind.Namespace,
    Priority: SymbolKind.Enum,
    Business: SymbolKind.Class,
    Partner: SymbolKind.Interface,
    Person: SymbolKind.Variable,
    Team: SymbolKind.Struct,
    Win: SymbolKind.Event,
};

export class ActionPlanWorkspaceSymbolProvider extends DefaultWorkspaceSymbolProvider {
    override async getSymbols(params: WorkspaceSymbolParams, cancelToken = Cancellation.CancellationToken.None): Promise<WorkspaceSymbol[]> {
        const query = params.query.toLowerCase();
        const symbols: WorkspaceSymbol[] = [];
        for (const description of this.indexManager.allElements()) {
            await interruptAndCheck(cancelToken);
            const { name } = splitName(description);
            if (!this.fuzzyMatcher.match(query, description.name) && !this.fuzzyMatcher.match(query, name)) continue;
            const symbol = this.getWorkspaceSymbol(description);
            if (symbol) symbols.push(symbol);
        }
        return symbols;
    }

    protected override getWorkspaceSymbol(description: AstNodeDescription): WorkspaceSymbol | undefined {
        const segment = description.nameSegment;
        if (!segment) return undefined;
        const { name, container } = splitName(description);
        return {
            name, kind: KIND_OF[description.type] ?? SymbolKind.Field,
            ...(container ? { containerName: container } : {}),
            location: { uri: description.documentUri.toString(), range: segment.range },
        };
    }
}

/** `TEAM.WIN` → the win's name and its team; any other name as it is. */
function splitName(description: AstNodeDescription): { name: string; container?: string } {
    const dot = description.type === 'Win' ? description.name.indexOf('.') : -1;
    return dot < 0 ? { name: description.name } : { name: description.name.slice(dot + 1), container: description.name.slice(0, dot) };
}

import { UriUtils, type AstNode, type URI } from 'langium';
import type { Team } from '../generated/ast.js';
import { defineRule, noOptions, type RuleContext } from './rule.js';

export const duplicateName = defineRule({
    meta: {
        id: 'duplicate-name',
        defaultSeverity: 'error',
        structural: true,
        guide: '-',
        description: 'Two elements share a name where names must be unique.',
        options: noOptions,
        fixable: false,
        messages: {
            global: "The name '{name}' is declared {count} times in the workspace (also {others}); names must be unique.",
            win: "Team '{team}' has {count} wins named '{name}'; a win's name must be unique in its team.",
        },
    },
    checks: {
        Partnership: (node, context) => checkGlobal(node, node.name, context),
        Priority: (node, context) => checkGlobal(node, node.name, context),
        Business: (node, context) => checkGlobal(node, node.name, context),
        Partner: (node, context) => checkGlobal(node, node.name, context),
        Person: (node, context) => checkGlobal(node, node.name, context),
        Team: (node, context) => {
            checkGlobal(node, node.name, context);
            checkWins(node, context);
        },
    },
});

/** The other declarations a message names, at most; the rest are counted ("… and 4,996 more"). */
export const MAX_OTHERS_NAMED = 3;

function checkGlobal(node: AstNode, name: string | undefined, context: RuleContext): void {
    if (!name) return;
    const declarations = context.index.declarationsOf(name, context.document.uri);
    if (declarations.length < 2) return;
    const here = context.document.uri;
    // A bounded number of the other places: 5,000 copies of a name listing every other copy made messages of gigabytes.
    const others: string[] = [];
    for (const d of declarations) {
        if (others.length === MAX_OTHERS_NAMED) break;
        if (d.node === node) continue;
        others.push(`${UriUtils.equals(d.documentUri, here) ? 'in this file' : `in ${relativePath(here, d.documentUri)}`}${d.nameSegment ? ` line ${d.nameSegment.range.start.line + 1}` : ''}`);
    }
    const more = declarations.length - 1 - others.length;
    const list = more > 0 ? `${others.join(', ')} and ${more.toLocaleString('en-US')} more` : others.join(', ');
    context.report({ node, property: 'name', messageId: 'global', data: { name, count: declarations.length.toLocaleString('en-US'), others: list } });
}

function checkWins(team: Team, context: RuleContext): void {
    const byName = new Map<string, number>();
    for (const win of team.wins) byName.set(win.name, (byName.get(win.name) ?? 0) + 1);
    for (const win of team.wins) {
        const count = byName.get(win.name) ?? 0;
        if (win.name && count > 1) {
            context.report({ node: win, property: 'name', messageId: 'win', data: { team: team.name, name: win.name, count } });
        }
    }
}

function relativePath(from: URI, to: URI): string {
    return UriUtils.relative(UriUtils.dirname(from), to);
}

/** Code lens above teams (wins by status, overdue count) and wins (days left, or how it ended). */
import type { LangiumDocument } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens } from 'vscode-languageserver';
import { toDay } from '../language/dates.js';
import { isModel, isTeam, type Win } from '../language/generated/ast.js';
import { days } from '../language/rules/words.js';
import { winStatus } from '../language/semantics.js';
import { single } from '../language/single.js';
import type { ActionPlanServices } from './action-plan-services.js';

export class ActionPlanCodeLensProvider implements CodeLensProvider {
    constructor(private readonly services: ActionPlanServices) {}

    provideCodeLens(document: LangiumDocument): CodeLens[] {
        const root = document.parseResult.value;
        if (!isModel(root)) return [];
        const asOf = toDay(this.services.config.ConfigProvider.forFile(document.uri.fsPath).asOf)!;
        const lenses: CodeLens[] = [];
        for (const team of root.elements.filter(isTeam)) {
            const range = team.$cstNode?.range;
            if (!range) continue;
            const counts = new Map<string, number>();
            for (const win of team.wins) counts.set(winStatus(win), (counts.get(winStatus(win)) ?? 0) + 1);
            const overdue = team.wins.filter(w => isOverdue(w, asOf)).length;
            const parts = [
                `${team.wins.length} ${team.wins.length === 1 ? 'win' : 'wins'}`,
                ...['achieved', 'in-progress', 'planned', 'missed', 'dropped'].filter(s => counts.get(s)).map(s => `${counts.get(s)} ${s}`),
                ...(overdue ? [`${overdue} overdue`] : []),
                `${team.champions.length} ${team.champions.length === 1 ? 'champion' : 'champions'}`,
                `${team.responders.length} ${team.responders.length === 1 ? 'responder' : 'responders'}`,
            ];
            lenses.push({ range: lineOf(range), command: { title: parts.join(' · '), command: 'actionplan.openPreviewToSide' } });
            for (const win of team.wins) {
                const winRange = win.$cstNode?.range;
                if (winRange) lenses.push({ range: lineOf(winRange), command: { title: winLens(win, asOf), command: '' } });
            }
        }
        return lenses;
    }
}

function isOverdue(win: Win, asOf: number): boolean {
    const due = toDay(single(win.due));
    const status = winStatus(win);
    return due !== undefined && due < asOf && (status === 'planned' || status === 'in-progress');
}

function winLens(win: Win, asOf: number): string {
    const status = winStatus(win);
    const due = toDay(single(win.due));
    if (status === 'achieved' || status === 'missed' || status === 'dropped') return status;
    if (due === undefined) return `${status} · no due date`;
    if (due >= asOf) return `${status} · due in ${days(due - asOf)}`;
    return `${status} · ${days(asOf - due)} overdue`;
}

function lineOf(range: CodeLens['range']): CodeLens['range'] {
    return { start: range.start, end: range.start };
}

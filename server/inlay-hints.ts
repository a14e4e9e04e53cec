/**
 * Inlay hints after dates: `23 days after launch`, or `75 days after formed`
 * (the team's formation); the label names what the days count from, the
 * tooltip adds its date.
 */
import { AstUtils, type AstNode } from 'langium';
import { AbstractInlayHintProvider, type InlayHintAcceptor } from 'langium/lsp';
import { InlayHintKind } from 'vscode-languageserver';
import { formatDay, toDay } from '../language/dates.js';
import { propertyNode } from '../language/fixes/edits.js';
import { isFirstStep, isMeasure, isOrganize, isPriority, isResponder, isReview, isTeam, isWin, type Team } from '../language/generated/ast.js';
import { formedDay, launchDay, priorityOf } from '../language/semantics.js';
import { single } from '../language/single.js';

const LAUNCH = { label: 'launch', tooltip: 'the launch' };

export class ActionPlanInlayHintProvider extends AbstractInlayHintProvider {
    override computeInlayHint(node: AstNode, accept: InlayHintAcceptor): void {
        const team = AstUtils.getContainerOfType(node, isTeam);
        if (isPriority(node)) this.hint(node, 'followUp', single(node.followUp), launchDay(node), LAUNCH, accept);
        else if (isTeam(node)) this.hint(node, 'formed', single(node.formed), launchDay(priorityOf(node)), LAUNCH, accept);
        else if (isReview(node) && team) this.hint(node, 'date', node.date, launchDay(priorityOf(team)), LAUNCH, accept);
        else if (team && (isWin(node) || isFirstStep(node))) this.fromFormation(team, node, 'due', single(node.due), accept);
        else if (team && isResponder(node)) this.fromFormation(team, node, 'joined', single(node.joined), accept);
        else if (team && isMeasure(node)) this.fromFormation(team, node, 'by', node.by, accept);
        else if (team && isOrganize(node)) this.fromFormation(team, node, 'on', node.on, accept);
    }

    private fromFormation(team: Team, node: AstNode, property: string, text: string | undefined, accept: InlayHintAcceptor): void {
        this.hint(node, property, text, formedDay(team), { label: 'formed', tooltip: `team '${team.name}' formed` }, accept);
    }

    private hint(node: AstNode, property: string, text: string | undefined, base: number | undefined, from: { label: string; tooltip: string }, accept: InlayHintAcceptor): void {
        const day = toDay(text);
        const cst = propertyNode(node, property);
        if (day === undefined || base === undefined || !cst) return;
        const count = day - base;
        const days = `${Math.abs(count)} ${Math.abs(count) === 1 ? 'day' : 'days'}`;
        const label = count === 0 ? `same day as ${from.label}` : `${days} ${count > 0 ? 'after' : 'before'} ${from.label}`;
        accept({
            position: cst.range.end, label, kind: InlayHintKind.Parameter, paddingLeft: true,
            tooltip: count === 0
                ? `The same day as ${from.tooltip} (${formatDay(base)})`
                : `${days} ${count > 0 ? 'after' : 'before'} ${from.tooltip} (${formatDay(base)})`,
        });
    }
}

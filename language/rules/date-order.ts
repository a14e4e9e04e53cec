import type { AstNode } from 'langium';
import type { Priority, Responder, Review, Team, Win } from '../generated/ast.js';
import { formatDay, toDay, type DayNumber } from '../dates.js';
import { formedDay, launchDay, priorityOf } from '../semantics.js';
import { defineRule, noOptions, type RuleContext } from './rule.js';
import { winLabel } from './words.js';
import { single } from '../single.js';

export const dateOrder = defineRule({
    meta: {
        id: 'date-order',
        defaultSeverity: 'error',
        structural: true,
        guide: '-',
        description: 'Dates in an impossible order: something before the launch, a due date before the team formed, a next win due before the win it follows.',
        options: noOptions,
        fixable: false,
        messages: {
            beforeLaunch: '{what} ({date}) is before the launch of the partnership ({launch}).',
            beforeFormed: '{what} ({date}) is before team \'{team}\' formed ({formed}).',
            beforeFollowed: '{what} ({date}) is before {followed} is due ({followedDate}), the win it follows.',
        },
    },
    checks: {
        Priority: (node, { report }) => reportProblem(node, 'followUp', followUpOrder(node), report),
        Team: (node, { report }) => reportProblem(node, 'formed', formedOrder(node), report),
        Responder: (node, { report }) => reportProblem(node, 'joined', joinedOrder(node), report),
        Review: (node, { report }) => reportProblem(node, 'date', reviewOrder(node), report),
        FirstStep: (node, { report }) => reportProblem(node, 'due', dueOrder(single(node.due), node.$container, 'The first step\'s due date'), report),
        Win: (node, { report }) => reportProblem(node, 'due', winDueOrder(node), report),
    },
});

/** An impossible order found on one date: the message and its data. */
export interface OrderProblem {
    messageId: 'beforeLaunch' | 'beforeFormed' | 'beforeFollowed';
    data: Record<string, string>;
}

/*
 * One function per date `date-order` checks, exported so the window rules
 * (follow-up-window, first-win-window, partners-after-formation, win-timeline)
 * stay silent on a date this rule already reports: one problem, one diagnostic.
 */

export function followUpOrder(node: Priority): OrderProblem | undefined {
    return beforeLaunch(single(node.followUp), launchDay(node), `The follow-up of '${node.name}'`);
}

export function formedOrder(node: Team): OrderProblem | undefined {
    return beforeLaunch(single(node.formed), launchDay(priorityOf(node)), `The formation of team '${node.name}'`);
}

export function joinedOrder(node: Responder): OrderProblem | undefined {
    return beforeLaunch(single(node.joined), launchDay(priorityOf(node.$container)), `The date '${node.person?.$refText}' joined`);
}

export function reviewOrder(node: Review): OrderProblem | undefined {
    return beforeLaunch(node.date, launchDay(priorityOf(node.$container)), 'The review');
}

/** A win's due date: before the launch, else before the team formed, else (a next win) before the win it follows. */
export function winDueOrder(node: Win): OrderProblem | undefined {
    const what = `The due date of ${winLabel(node, 'inside')}`;
    const problem = dueOrder(single(node.due), node.$container, what);
    if (problem) return problem;
    const followed = node.after?.ref;
    const due = toDay(single(node.due));
    const followedDue = toDay(single(followed?.due));
    if (!followed || due === undefined || followedDue === undefined || due >= followedDue) return undefined;
    return { messageId: 'beforeFollowed', data: { what, date: single(node.due)!, followed: winLabel(followed, 'inside'), followedDate: single(followed.due)! } };
}

function reportProblem(node: AstNode, property: string, problem: OrderProblem | undefined, report: RuleContext['report']): void {
    if (problem) report({ node, property, messageId: problem.messageId, data: problem.data });
}

function beforeLaunch(text: string | undefined, launch: DayNumber | undefined, what: string): OrderProblem | undefined {
    const day = toDay(text);
    if (day === undefined || launch === undefined || day >= launch) return undefined;
    return { messageId: 'beforeLaunch', data: { what, date: text!, launch: formatDay(launch) } };
}

/** A due date is checked against the launch first, then against the formation: one problem at most. */
function dueOrder(due: string | undefined, team: Team, what: string): OrderProblem | undefined {
    const early = beforeLaunch(due, launchDay(priorityOf(team)), what);
    if (early) return early;
    const day = toDay(due);
    const formed = formedDay(team);
    if (day === undefined || formed === undefined || day >= formed) return undefined;
    return { messageId: 'beforeFormed', data: { what, date: due!, team: team.name, formed: formatDay(formed) } };
}

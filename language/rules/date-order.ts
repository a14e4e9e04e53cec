import type { AstNode } from 'langium';
import type { Team } from '../generated/ast.js';
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
        Priority: (node, context) => {
            beforeLaunch(node, 'followUp', single(node.followUp), launchDay(node), `The follow-up of '${node.name}'`, context);
        },
        Team: (node, context) => {
            beforeLaunch(node, 'formed', single(node.formed), launchDay(priorityOf(node)), `The formation of team '${node.name}'`, context);
        },
        Responder: (node, context) => {
            const team = node.$container;
            beforeLaunch(node, 'joined', single(node.joined), launchDay(priorityOf(team)), `The date '${node.person?.$refText}' joined`, context);
        },
        Review: (node, context) => {
            beforeLaunch(node, 'date', node.date, launchDay(priorityOf(node.$container)), 'The review', context);
        },
        FirstStep: (node, context) => {
            dueInOrder(node, single(node.due), node.$container, 'The first step\'s due date', context);
        },
        Win: (node, context) => {
            if (dueInOrder(node, single(node.due), node.$container, `The due date of ${winLabel(node, 'inside')}`, context)) return;
            const followed = node.after?.ref;
            const due = toDay(single(node.due));
            const followedDue = toDay(single(followed?.due));
            if (followed && due !== undefined && followedDue !== undefined && due < followedDue) {
                context.report({
                    node, property: 'due', messageId: 'beforeFollowed',
                    data: { what: `The due date of ${winLabel(node, 'inside')}`, date: single(node.due)!, followed: winLabel(followed, 'inside'), followedDate: single(followed.due)! },
                });
            }
        },
    },
});

/** Reports a date before the launch; true when it did. */
function beforeLaunch(node: AstNode, property: string, text: string | undefined, launch: DayNumber | undefined, what: string, context: RuleContext): boolean {
    const day = toDay(text);
    if (day === undefined || launch === undefined || day >= launch) return false;
    context.report({ node, property, messageId: 'beforeLaunch', data: { what, date: text!, launch: formatDay(launch) } });
    return true;
}

/** A due date is checked against the launch first, then against the formation: one diagnostic at most. */
function dueInOrder(node: AstNode, due: string | undefined, team: Team, what: string, context: RuleContext): boolean {
    if (beforeLaunch(node, 'due', due, launchDay(priorityOf(team)), what, context)) return true;
    const day = toDay(due);
    const formed = formedDay(team);
    if (day === undefined || formed === undefined || day >= formed) return false;
    context.report({ node, property: 'due', messageId: 'beforeFormed', data: { what, date: due!, team: team.name, formed: formatDay(formed) } });
    return true;
}


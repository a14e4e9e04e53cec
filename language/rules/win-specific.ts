import { toDay, type DayNumber } from '../dates.js';
import type { Win } from '../generated/ast.js';
import { fix, insertIntoBody } from '../fixes/edits.js';
import { dueLine, ownerLine } from '../fixes/skeletons.js';
import { formedDay, winStatus, written } from '../semantics.js';
import { defineRule, noOptions } from './rule.js';
import { winLabel } from './words.js';
import { single } from '../single.js';

export const winSpecific = defineRule({
    meta: {
        id: 'win-specific',
        defaultSeverity: 'warning',
        structural: false,
        guide: '§3',
        description: 'A win has no owner or no due date.',
        options: noOptions,
        fixable: true,
        messages: {
            noOwner: "{win} has no owner; the guide asks for early wins with specific champions and timelines.",
            noDue: "{win} has no due date; the guide asks for early wins with specific champions and timelines.",
        },
    },
    checks: {
        Win: (node, { asOf, report }) => {
            const data = { win: winLabel(node) };
            if (node.owner.length === 0 && !written(node, 'owner')) {
                const owner = ownerLine(node.$container);
                report({
                    node, property: 'name', messageId: 'noOwner', data,
                    fixes: owner.length ? fix(`Make ${owner[0].slice('owner '.length)} the owner`, insertIntoBody(node, owner)) : [],
                });
            }
            if (node.due.length === 0 && !written(node, 'due')) {
                const due = dueLine(suggestedDue(node, asOf));
                report({ node, property: 'name', messageId: 'noDue', data, fixes: due.length ? fix(`Add ${due[0]}`, insertIntoBody(node, due)) : [] });
            }
        },
    },
});

/**
 * A first win 75 days after formation, an early win 180, a next win 90 after the win it follows.
 * A win still to be done is not given a day already past (it would be overdue: `honest-assessment`):
 * then the as-of date, if that is still inside the win's window (60-90 days after formation for a
 * first win, `first-win-window`; 365 for an early win, `win-timeline`), else no date is offered.
 */
function suggestedDue(win: Win, asOf: DayNumber): DayNumber | undefined {
    const formed = formedDay(win.$container);
    const open = winStatus(win) === 'planned' || winStatus(win) === 'in-progress';
    if (win.kind === 'next') {
        const followed = toDay(single(win.after?.ref?.due));
        const due = (followed ?? asOf) + 90;
        return open && due < asOf ? asOf + 90 : due;
    }
    const due = (formed ?? asOf) + (win.kind === 'first' ? 75 : 180);
    if (!open || due >= asOf) return due;
    const latest = formed === undefined ? undefined : formed + (win.kind === 'first' ? 90 : 365);
    return latest === undefined || asOf <= latest ? asOf : undefined;
}

import { formatDay } from '../dates.js';
import { fix, insertIntoBody } from '../fixes/edits.js';
import { championApproved, firstChampion } from '../semantics.js';
import { defineRule, noOptions } from './rule.js';

export const planReview = defineRule({
    meta: {
        id: 'plan-review',
        defaultSeverity: 'info',
        structural: false,
        guide: '§1',
        description: 'No business champion has approved the team\'s action plan.',
        options: noOptions,
        fixable: true,
        messages: {
            notApproved: "No business champion has approved the action plan of team '{name}'; the guide asks business members to review and revise it.",
        },
    },
    checks: {
        Team: (node, { asOf, report }) => {
            // The same test every view of the plan shows (semantics.ts).
            if (championApproved(node)) return;
            const champion = firstChampion(node);
            report({
                node, property: 'name', messageId: 'notApproved', data: { name: node.name },
                fixes: champion
                    ? fix(`Add a pending review by ${champion.name}`, insertIntoBody(node, [`review ${formatDay(asOf)} by ${champion.name} status pending`]))
                    : [],
            });
        },
    },
});

import { formatDay } from '../dates.js';
import { fix, insertIntoBody } from '../fixes/edits.js';
import { championApproved, firstChampion, latestChampionReview } from '../semantics.js';
import { defineRule, noOptions } from './rule.js';

export const planReview = defineRule({
    meta: {
        id: 'plan-review',
        defaultSeverity: 'info',
        structural: false,
        guide: '§1',
        description: 'The latest review of the team\'s action plan by a business champion is not an approval, or there is none.',
        options: noOptions,
        fixable: true,
        messages: {
            notApproved: "No business champion has approved the action plan of team '{name}'; the guide asks business members to review and revise it.",
            notLatest: "The latest champion review of team '{name}' ({date}) {status}; the guide asks business members to \u201creview and revise\u201d the plan, so the latest word counts.",
        },
    },
    checks: {
        Team: (node, { asOf, report }) => {
            // The same test every view of the plan shows (semantics.ts): the latest champion review counts.
            if (championApproved(node)) return;
            const latest = latestChampionReview(node);
            if (latest) {
                // A review to answer is already written: no line to add.
                report({ node, property: 'name', messageId: 'notLatest', data: { name: node.name, date: latest.date ?? '', status: latest.status === 'pending' ? 'is still pending' : 'asks for changes' } });
                return;
            }
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

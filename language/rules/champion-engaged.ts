import { names, addSupportFix, supportsAWin } from './engagement.js';
import { defineRule, noOptions } from './rule.js';

export const championEngaged = defineRule({
    meta: {
        id: 'champion-engaged',
        defaultSeverity: 'info',
        structural: false,
        guide: '§2, §3',
        description: 'A champion of a team owns none of its wins or first steps and supports none of its wins.',
        options: noOptions,
        fixable: true,
        safeFixes: ['idle'],
        messages: {
            idle: "Champion '{person}' owns no win or first step of team '{team}' and supports none of its wins; the guide keeps business champions \u201cdeeply engaged, at the center, and as co-owners\u201d.",
        },
    },
    checks: {
        Champion: (node, { report }) => {
            const person = node.person?.ref;
            // An unresolved champion is `unresolved-reference`'s to tell.
            if (!person) return;
            const team = node.$container;
            const owns = [...team.wins, ...team.firstSteps].some(item => item.owner.some(owner => names(owner, [person])));
            if (owns || supportsAWin(team, [person])) return;
            report({
                node, property: 'person', messageId: 'idle', data: { person: person.name, team: team.name },
                fixes: addSupportFix(team, person),
            });
        },
    },
});

import { addSupportFix, supportsAWin } from './engagement.js';
import { defineRule, noOptions } from './rule.js';

export const responderPluggedIn = defineRule({
    meta: {
        id: 'responder-plugged-in',
        defaultSeverity: 'info',
        structural: false,
        guide: '§1',
        description: 'A responder of a team supports none of its wins, neither in person nor through their organization.',
        options: noOptions,
        fixable: true,
        safeFixes: ['notPluggedIn'],
        messages: {
            notPluggedIn: "Responder '{person}' supports none of the wins of team '{team}', neither in person nor through '{org}'; the guide has support partners see \u201cexactly where they can start plugging in with potential solutions and resources\u201d.",
        },
    },
    checks: {
        Responder: (node, { report }) => {
            const person = node.person?.ref;
            // An unresolved responder is `unresolved-reference`'s to tell.
            if (!person) return;
            const team = node.$container;
            // A support line names the person, or the organization they come from.
            const org = person.org?.ref;
            if (supportsAWin(team, org ? [person, org] : [person])) return;
            report({
                node, property: 'person', messageId: 'notPluggedIn', data: { person: person.name, team: team.name, org: person.org?.$refText ?? '' },
                fixes: addSupportFix(team, person),
            });
        },
    },
});

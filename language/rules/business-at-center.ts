import { fix, replaceProperty } from '../fixes/edits.js';
import { firstChampion, isChampionOf, isResponderOf } from '../semantics.js';
import { defineRule, noOptions } from './rule.js';
import { winLabel } from './words.js';
import { single } from '../single.js';

export const businessAtCenter = defineRule({
    meta: {
        id: 'business-at-center',
        defaultSeverity: 'warning',
        structural: false,
        guide: '§2, §3',
        description: 'A team has no business champion, or a win is owned by a responder rather than a champion.',
        options: noOptions,
        fixable: true,
        messages: {
            noChampion: "Team '{name}' has no business champion; the guide keeps business champions at the center, as co-owners of the work.",
            responderOwns: "{win} is owned by responder '{person}'; the guide keeps business champions at the center, so a champion should own it.",
        },
    },
    checks: {
        Team: (node, { report }) => {
            if (node.champions.length === 0) {
                report({ node, property: 'name', messageId: 'noChampion', data: { name: node.name } });
            }
        },
        Win: (node, { report }) => {
            const owner = single(node.owner)?.ref;
            const team = node.$container;
            if (!owner || isChampionOf(team, owner) || !isResponderOf(team, owner)) return;
            const champion = firstChampion(team);
            report({
                node, property: 'owner', messageId: 'responderOwns', data: { win: winLabel(node), person: owner.name },
                fixes: champion ? fix(`Make champion ${champion.name} the owner`, replaceProperty(node, 'owner', champion.name)) : [],
            });
        },
    },
});

import { fix, insertIntoBody } from '../fixes/edits.js';
import { TODO } from '../fixes/skeletons.js';
import { partnershipOf, priorityOf, responders } from '../semantics.js';
import { defineRule, noOptions } from './rule.js';
import { single } from '../single.js';

export const complementaryRoles = defineRule({
    meta: {
        id: 'complementary-roles',
        defaultSeverity: 'info',
        structural: false,
        guide: '§3',
        description: 'An early win lists no support from other organizations.',
        options: noOptions,
        fixable: true,
        messages: {
            none: "Early win '{name}' lists no support; the guide maps the complementary roles different organizations play alongside the business champions.",
        },
    },
    checks: {
        Win: (node, { report }) => {
            if (node.kind !== 'early' || node.supports.length > 0) return;
            const team = node.$container;
            const party = responders(team)[0]?.name ?? single(partnershipOf(priorityOf(team))?.convener)?.ref?.name;
            report({
                node, property: 'name', messageId: 'none', data: { name: node.name },
                fixes: party ? fix(`Add support from ${party}`, insertIntoBody(node, [`support ${party} ${TODO.role}`])) : [],
            });
        },
    },
});

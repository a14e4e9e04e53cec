import { formatDay, toDay } from '../dates.js';
import { fix, replaceProperty } from '../fixes/edits.js';
import { formedDay } from '../semantics.js';
import { joinedOrder } from './date-order.js';
import { defineRule, noOptions } from './rule.js';
import { days } from './words.js';
import { single } from '../single.js';

export const partnersAfterFormation = defineRule({
    meta: {
        id: 'partners-after-formation',
        defaultSeverity: 'warning',
        structural: false,
        guide: 'Overview',
        description: 'A responder joined before the team formed.',
        options: noOptions,
        fixable: true,
        messages: {
            early: "Responder '{person}' joined {days} before team '{team}' formed ({formed}); the guide has community partners join after the businesses have formed their team.",
        },
    },
    checks: {
        Responder: (node, { report }) => {
            const team = node.$container;
            const joined = toDay(single(node.joined));
            const formed = formedDay(team);
            if (joined === undefined || formed === undefined || joined >= formed) return;
            // An impossible order (joined before the launch itself) is `date-order`'s to tell: one problem, one diagnostic.
            if (joinedOrder(node)) return;
            report({
                node, property: 'joined', messageId: 'early',
                data: { person: node.person?.$refText ?? '', days: days(formed - joined), team: team.name, formed: formatDay(formed) },
                fixes: fix(`Set joined to ${formatDay(formed)}, the day the team formed`, replaceProperty(node, 'joined', formatDay(formed))),
            });
        },
    },
});

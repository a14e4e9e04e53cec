import { z } from 'zod';
import { toDay } from '../dates.js';
import { formedDay } from '../semantics.js';
import { defineRule } from './rule.js';
import { days } from './words.js';
import { single } from '../single.js';

export const winTimeline = defineRule({
    meta: {
        id: 'win-timeline',
        defaultSeverity: 'warning',
        structural: false,
        guide: '§1',
        description: 'An early win is due more than a year after the team formed.',
        options: z.strictObject({ maxDays: z.number().int().min(0).default(365) }),
        fixable: false,
        messages: {
            late: "Early win '{name}' is due {days} after team '{team}' formed; the guide asks for early wins within {max} (the next 6-12 months).",
        },
    },
    checks: {
        Win: (node, { options, report }) => {
            if (node.kind !== 'early') return;
            const due = toDay(single(node.due));
            const formed = formedDay(node.$container);
            if (due === undefined || formed === undefined || due - formed <= options.maxDays) return;
            report({
                node, property: 'due', messageId: 'late',
                data: { name: node.name, days: days(due - formed), team: node.$container.name, max: days(options.maxDays) },
            });
        },
    },
});

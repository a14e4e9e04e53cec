import { z } from 'zod';
import { toDay } from '../dates.js';
import { formedDay } from '../semantics.js';
import { winDueOrder } from './date-order.js';
import { defineRule } from './rule.js';
import { asksFor, days } from './words.js';
import { single } from '../single.js';

const OPTIONS = z.strictObject({ maxDays: z.number().int().min(0).default(365) });
const GUIDE = OPTIONS.parse({});

export const winTimeline = defineRule({
    meta: {
        id: 'win-timeline',
        defaultSeverity: 'warning',
        structural: false,
        guide: '§1',
        description: 'An early win is due more than a year after the team formed.',
        options: OPTIONS,
        fixable: false,
        messages: {
            late: "Early win '{name}' is due {days} after team '{team}' formed; {asks}.",
        },
    },
    checks: {
        Win: (node, { options, report }) => {
            if (node.kind !== 'early') return;
            const due = toDay(single(node.due));
            const formed = formedDay(node.$container);
            if (due === undefined || formed === undefined || due - formed <= options.maxDays) return;
            // An impossible order is `date-order`'s to tell: one problem, one diagnostic.
            if (winDueOrder(node)) return;
            report({
                node, property: 'due', messageId: 'late',
                data: {
                    name: node.name, days: days(due - formed), team: node.$container.name,
                    asks: asksFor(`early wins within ${days(options.maxDays)}`, String(GUIDE.maxDays), options.maxDays !== GUIDE.maxDays, ' (the next 6-12 months)'),
                },
            });
        },
    },
});

import { z } from 'zod';
import { fix, insertIntoBody } from '../fixes/edits.js';
import { block, dueLine, ownerLine, TODO } from '../fixes/skeletons.js';
import { formedDay } from '../semantics.js';
import { plural } from '../dates.js';
import { defineRule } from './rule.js';
import { asksFor } from './words.js';

const OPTIONS = z.strictObject({
    min: z.number().int().min(0).default(2),
    max: z.number().int().min(0).default(3),
}).refine(o => o.min <= o.max, { message: 'min must not be greater than max', path: ['min'] });
const GUIDE = OPTIONS.parse({});

export const earlyWinsCount = defineRule({
    meta: {
        id: 'early-wins-count',
        defaultSeverity: 'warning',
        structural: false,
        guide: '§1',
        description: 'A team has fewer than 2 or more than 3 early wins.',
        options: OPTIONS,
        fixable: true,
        safeFixes: ['tooFew'],
        messages: {
            tooFew: "Team '{name}' has {count}; {asks}.",
            tooMany: "Team '{name}' has {count}; {asks}.",
        },
    },
    checks: {
        Team: (node, { options, report }) => {
            const count = node.wins.filter(w => w.kind === 'early').length;
            const configured = options.min !== GUIDE.min || options.max !== GUIDE.max;
            const asks = (reason: string) => asksFor(`${options.min}-${options.max}`, `${GUIDE.min}-${GUIDE.max}`, configured, reason);
            if (count > options.max) {
                const data = { name: node.name, count: plural(count, 'early win'), asks: asks(', so the team can focus on a few specific actions') };
                report({ node, property: 'name', messageId: 'tooMany', data });
            } else if (count < options.min) {
                const formed = formedDay(node);
                const taken = new Set(node.wins.map(w => w.name));
                const names: string[] = [];
                for (let n = 1; names.length < options.min - count; n++) {
                    if (!taken.has(`EarlyWin${n}`)) names.push(`EarlyWin${n}`);
                }
                const skeletons = names.flatMap(name => block(`early win ${name} ${TODO.earlyWin}`, [
                    ...dueLine(formed === undefined ? undefined : formed + 180), ...ownerLine(node),
                ]));
                const missing = options.min - count;
                const data = { name: node.name, count: plural(count, 'early win'), asks: asks(' specific actions that trigger change in the next 6-12 months') };
                report({
                    node, property: 'name', messageId: 'tooFew', data,
                    fixes: fix(missing === 1 ? 'Add an early win' : `Add ${missing} early wins`, insertIntoBody(node, skeletons)),
                });
            }
        },
    },
});

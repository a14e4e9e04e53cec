import { toDay } from '../dates.js';
import { fix, insertAfter } from '../fixes/edits.js';
import { block, dueLine, freshWinName, TODO } from '../fixes/skeletons.js';
import { winStatus } from '../semantics.js';
import { defineRule, noOptions } from './rule.js';
import { winLabel } from './words.js';
import { single } from '../single.js';

export const nextWin = defineRule({
    meta: {
        id: 'next-win',
        defaultSeverity: 'info',
        structural: false,
        guide: '§4',
        description: 'An achieved first or early win has no next win that builds on it.',
        options: noOptions,
        fixable: true,
        safeFixes: ['none'],
        messages: {
            none: "{win} is achieved, but no next win builds on it; the guide uses early wins as a pivot to next wins instead of declaring victory and moving on.",
        },
    },
    checks: {
        Win: (node, { asOf, document, index, report }) => {
            if (node.kind === 'next' || winStatus(node) !== 'achieved') return;
            const team = node.$container;
            if (index.nextWinCountFor(`${team.name}.${node.name}`, document.uri) > 0) return;
            // 90 days after the win it builds on; a next win is still to be done, so never a day already past (overdue).
            const after = (toDay(single(node.due)) ?? asOf) + 90;
            const skeleton = block(`next win ${freshWinName(team, `${node.name}Next`)} ${TODO.nextWin} after ${node.name}`, dueLine(after < asOf ? asOf + 90 : after));
            report({
                node, property: 'name', messageId: 'none', data: { win: winLabel(node) },
                fixes: fix('Add a next win after it', insertAfter(node, ['', ...skeleton])),
            });
        },
    },
});

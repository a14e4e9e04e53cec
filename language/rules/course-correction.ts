import { toDay } from '../dates.js';
import { fix, insertAfter } from '../fixes/edits.js';
import { block, dueLine, freshWinName, ownerLine, TODO } from '../fixes/skeletons.js';
import { winStatus } from '../semantics.js';
import { defineRule, noOptions } from './rule.js';
import { winLabel } from './words.js';
import { single } from '../single.js';

export const courseCorrection = defineRule({
    meta: {
        id: 'course-correction',
        defaultSeverity: 'info',
        structural: false,
        guide: '§4',
        description: 'A missed first or early win has no win after it that corrects the course.',
        options: noOptions,
        fixable: true,
        safeFixes: ['none'],
        messages: {
            none: "{win} was missed and no win comes after it; the guide builds for the long term by \u201cmaking course corrections\u201d, not \u201cbreaking trust by not following-through\u201d.",
        },
    },
    checks: {
        Win: (node, { asOf, document, index, report }) => {
            if (node.kind === 'next' || winStatus(node) !== 'missed') return;
            const team = node.$container;
            if (index.nextWinCountFor(`${team.name}.${node.name}`, document.uri) > 0) return;
            // 90 days on, from the missed win's due date when that is later than the as-of date:
            // a win that follows another is not due before it (`date-order`).
            const from = Math.max(asOf, toDay(single(node.due)) ?? asOf);
            const skeleton = block(`next win ${freshWinName(team, `${node.name}Next`)} ${TODO.courseCorrection} after ${node.name}`,
                [...dueLine(from + 90), ...ownerLine(team)]);
            report({
                node, property: 'name', messageId: 'none', data: { win: winLabel(node) },
                fixes: fix('Add a next win after it', insertAfter(node, ['', ...skeleton])),
            });
        },
    },
});

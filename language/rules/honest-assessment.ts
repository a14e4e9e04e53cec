import type { TextEdit } from 'vscode-languageserver-types';
import { formatDay, toDay } from '../dates.js';
import type { Win } from '../generated/ast.js';
import { fix, insertIntoBody, replaceProperty } from '../fixes/edits.js';
import { TODO } from '../fixes/skeletons.js';
import { winStatus } from '../semantics.js';
import { defineRule, noOptions } from './rule.js';
import { days, winLabel } from './words.js';
import { single } from '../single.js';

export const honestAssessment = defineRule({
    meta: {
        id: 'honest-assessment',
        defaultSeverity: 'warning',
        structural: false,
        guide: '§4',
        description: 'A win is past due and still planned or in progress, or is achieved or missed without an assessment.',
        options: noOptions,
        fixable: true,
        safeFixes: ['noAssessment'],
        messages: {
            overdue: "{win} was due {due}, {days} before {asOf}, and is still {status}; the guide builds trust by following through and honestly assessing wins.",
            noAssessment: "{win} is {status} but has no assessment; the guide builds trust by honestly assessing early wins.",
        },
    },
    checks: {
        Win: (node, { asOf, report }) => {
            const status = winStatus(node);
            const due = toDay(single(node.due));
            if ((status === 'planned' || status === 'in-progress') && due !== undefined && due < asOf) {
                report({
                    node, property: 'due', messageId: 'overdue',
                    data: { win: winLabel(node), due: single(node.due)!, days: days(asOf - due), asOf: formatDay(asOf), status },
                    fixes: [...markAs(node, 'achieved'), ...markAs(node, 'missed')],
                });
            } else if ((status === 'achieved' || status === 'missed') && node.assessment.length === 0) {
                report({
                    node, property: 'status', messageId: 'noAssessment', data: { win: winLabel(node), status },
                    fixes: fix('Add an assessment', insertIntoBody(node, [`assessment ${TODO.assessment}`])),
                });
            }
        },
    },
});

/** Set the status (replacing the written one, else adding it) and add an assessment skeleton if none. */
function markAs(win: Win, status: 'achieved' | 'missed') {
    const lines = [
        ...(win.status.length === 0 ? [`status ${status}`] : []),
        ...(win.assessment.length === 0 ? [`assessment ${TODO.assessment}`] : []),
    ];
    const edits: Array<TextEdit | undefined> = [
        win.status.length === 0 ? undefined : replaceProperty(win, 'status', status),
        lines.length ? insertIntoBody(win, lines) : undefined,
    ];
    return fix(`Mark ${status}`, ...edits);
}

import { fix, insertIntoBody } from '../fixes/edits.js';
import { written } from '../semantics.js';
import { defineRule, noOptions } from './rule.js';
import { single } from '../single.js';

export const responderSelected = defineRule({
    meta: {
        id: 'responder-selected',
        defaultSeverity: 'warning',
        structural: false,
        guide: '§2',
        description: 'A responder does not say how they were selected, or volunteered, or was sent as a representative.',
        options: noOptions,
        fixable: true,
        messages: {
            missing: "Responder '{person}' does not say how they were selected; the guide asks the convener to carefully choose first responders.",
            volunteered: "Responder '{person}' volunteered; the guide asks for first responders carefully chosen from their organizations, not simply volunteers.",
            representative: "Responder '{person}' was sent as a representative; the guide asks for first responders carefully chosen from their organizations, not simply representatives.",
        },
    },
    checks: {
        Responder: (node, { report }) => {
            const data = { person: node.person?.$refText ?? '' };
            const selectedBy = single(node.selectedBy);
            if (node.selectedBy.length === 0 && !written(node, 'selected-by')) {
                report({
                    node, property: 'person', messageId: 'missing', data,
                    fixes: fix('Add selected-by convener', insertIntoBody(node, ['selected-by convener'])),
                });
            } else if (selectedBy !== undefined && selectedBy !== 'convener') {
                report({ node, property: 'selectedBy', messageId: selectedBy, data });
            }
        },
    },
});

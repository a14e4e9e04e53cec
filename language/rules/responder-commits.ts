import { fix, insertIntoBody } from '../fixes/edits.js';
import { TODO } from '../fixes/skeletons.js';
import { defineRule, noOptions } from './rule.js';

export const responderCommits = defineRule({
    meta: {
        id: 'responder-commits',
        defaultSeverity: 'warning',
        structural: false,
        guide: '§2',
        description: 'A responder commits no resources.',
        options: noOptions,
        fixable: true,
        safeFixes: ['none'],
        messages: {
            none: "Responder '{person}' commits no resources; the guide looks for first responders able to commit their organization's resources (in-kind, financial, policy).",
        },
    },
    checks: {
        Responder: (node, { report }) => {
            if (node.commits.length > 0) return;
            report({
                node, property: 'person', messageId: 'none', data: { person: node.person?.$refText ?? '' },
                fixes: fix('Add a commitment', insertIntoBody(node, [`commits in-kind ${TODO.commits}`])),
            });
        },
    },
});

import { defineRule, noOptions } from './rule.js';
import { teamFile } from '../fixes/skeletons.js';
import { toDay } from '../dates.js';
import { single } from '../single.js';

export const priorityHasTeam = defineRule({
    meta: {
        id: 'priority-has-team',
        defaultSeverity: 'warning',
        structural: false,
        guide: '§1',
        description: 'A priority has no action team.',
        options: noOptions,
        fixable: true,
        messages: {
            noTeam: "Priority '{name}' has no action team; the guide asks the businesses who signed up for each priority to form a team that owns it.",
        },
    },
    checks: {
        Priority: (node, { document, index, report }) => {
            if (!node.name || index.teamCountFor(node.name, document.uri) > 0) return;
            const file = teamFile(node, toDay(single(node.followUp)), 75);
            report({
                node, property: 'name', messageId: 'noTeam', data: { name: node.name },
                fixes: [{ title: `Create ${file.path} with a team for '${node.name}'`, edits: [], newFile: file }],
            });
        },
    },
});

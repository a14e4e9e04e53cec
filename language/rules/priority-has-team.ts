import { defineRule, noOptions } from './rule.js';
import { teamFile } from '../fixes/skeletons.js';
import { toDay, type DayNumber } from '../dates.js';
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
        Priority: (node, { asOf, document, index, report }) => {
            if (!node.name || index.teamCountFor(node.name, document.uri) > 0) return;
            const formed = toDay(single(node.followUp));
            const due = firstWinDue(formed, asOf);
            const file = teamFile(node, due === undefined ? undefined : formed, due === undefined || formed === undefined ? 0 : due - formed);
            report({
                node, property: 'name', messageId: 'noTeam', data: { name: node.name },
                fixes: [{ title: `Create ${file.path} with a team for '${node.name}'`, edits: [], newFile: file }],
            });
        },
    },
});

/**
 * The new team's first win: 75 days after it forms (the follow-up call), inside the guide's
 * 60-90 days. Never a day already past, which would make the planned win overdue
 * (`honest-assessment`): then the as-of date while the window lasts, else no date.
 */
function firstWinDue(formed: DayNumber | undefined, asOf: DayNumber): DayNumber | undefined {
    if (formed === undefined) return undefined;
    const due = Math.max(formed + 75, asOf);
    return due <= formed + 90 ? due : undefined;
}

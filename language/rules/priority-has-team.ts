import { defineRule, noOptions } from './rule.js';
import { firstWinTodo, teamFile } from '../fixes/skeletons.js';
import { firstWinWindow } from './first-win-window.js';
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
        Priority: (node, { asOf, document, index, optionsOf, report }) => {
            if (!node.name || index.teamCountFor(node.name, document.uri) > 0) return;
            const formed = toDay(single(node.followUp));
            // The first win skeleton follows the first-win window the partnership's config sets, else the guide's 60-90 days.
            const window = optionsOf(firstWinWindow);
            const due = firstWinDue(formed, asOf, window);
            const file = teamFile(node, due === undefined ? undefined : formed, due === undefined || formed === undefined ? 0 : due - formed,
                firstWinTodo(window.minDays, window.maxDays));
            report({
                node, property: 'name', messageId: 'noTeam', data: { name: node.name },
                fixes: [{ title: `Create ${file.path} with a team for '${node.name}'`, edits: [], newFile: file }],
            });
        },
    },
});

/**
 * The new team's first win: in the middle of the first-win window after it forms (the follow-up
 * call), 75 days for the guide's 60-90. Never a day already past, which would make the planned
 * win overdue (`honest-assessment`): then the as-of date while the window lasts, else no date.
 */
function firstWinDue(formed: DayNumber | undefined, asOf: DayNumber, window: { minDays: number; maxDays: number }): DayNumber | undefined {
    if (formed === undefined) return undefined;
    const due = Math.max(formed + Math.round((window.minDays + window.maxDays) / 2), asOf);
    return due <= formed + window.maxDays ? due : undefined;
}

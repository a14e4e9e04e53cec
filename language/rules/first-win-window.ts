import { clampDay, toDay, writableDay } from '../dates.js';
import { fix, insertIntoBody, replaceProperty } from '../fixes/edits.js';
import { block, dueLine, freshWinName, ownerLine, TODO } from '../fixes/skeletons.js';
import { formedDay, winStatus } from '../semantics.js';
import { dayWindow, defineRule } from './rule.js';
import { days, window } from './words.js';
import { single } from '../single.js';

export const firstWinWindow = defineRule({
    meta: {
        id: 'first-win-window',
        defaultSeverity: 'warning',
        structural: false,
        guide: '§1',
        description: 'A team has no first win, more than one, or its first win is not due 60-90 days after the team formed.',
        options: dayWindow(60, 90),
        fixable: true,
        safeFixes: ['missing'],
        messages: {
            missing: "Team '{name}' has no first win; the guide asks what the team can accomplish in {window}.",
            extra: "Team '{team}' has {count} first wins; the guide asks for one first win, the team's first proof that it delivers.",
            outside: "First win '{name}' is due {days} after team '{team}' formed; the guide asks for a first win in {window}.",
        },
    },
    checks: {
        Team: (node, { options, report }) => {
            const firsts = node.wins.filter(w => w.kind === 'first');
            const range = window(options.minDays, options.maxDays);
            const formed = formedDay(node);
            if (firsts.length === 0) {
                const middle = Math.round((options.minDays + options.maxDays) / 2);
                const skeleton = block(`first win ${freshWinName(node, 'FirstWin')} ${TODO.firstWin}`, [
                    ...dueLine(formed === undefined ? undefined : formed + middle), ...ownerLine(node),
                ]);
                report({
                    node, property: 'name', messageId: 'missing', data: { name: node.name, window: range },
                    fixes: fix('Add a first win', insertIntoBody(node, skeleton)),
                });
            }
            for (const extra of firsts.slice(1)) {
                report({ node: extra, property: 'name', messageId: 'extra', data: { team: node.name, count: firsts.length } });
            }
        },
        Win: (node, { asOf, options, report }) => {
            if (node.kind !== 'first') return;
            const due = toDay(single(node.due));
            const formed = formedDay(node.$container);
            if (due === undefined || formed === undefined) return;
            const offset = due - formed;
            // Before the formation is an impossible order: `date-order` speaks of it.
            if (offset < 0 || (offset >= options.minDays && offset <= options.maxDays)) return;
            // A win still to be done moved to a day already past would be overdue (`honest-assessment`):
            // only the days of the window from the as-of date on are offered; none when the window is over.
            const open = winStatus(node) === 'planned' || winStatus(node) === 'in-progress';
            const from = open ? Math.max(formed + options.minDays, asOf) : formed + options.minDays;
            const to = formed + options.maxDays;
            const nearest = from <= to ? clampDay(due, from, to) : undefined;
            const date = nearest === undefined ? undefined : writableDay(nearest);
            report({
                node, property: 'due', messageId: 'outside',
                data: { name: node.name, days: days(offset), team: node.$container.name, window: window(options.minDays, options.maxDays) },
                fixes: date && nearest !== undefined ? fix(`Set the due date to ${date} (${days(nearest - formed)} after the team formed)`,
                    replaceProperty(node, 'due', date)) : [],
            });
        },
    },
});

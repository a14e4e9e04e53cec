import { clampDay, toDay, writableDay } from '../dates.js';
import { fix, insertIntoBody, replaceProperty } from '../fixes/edits.js';
import { block, dueLine, firstWinTodo, freshWinName, ownerLine } from '../fixes/skeletons.js';
import { formedDay, winStatus } from '../semantics.js';
import { winDueOrder } from './date-order.js';
import { dayWindow, defineRule } from './rule.js';
import { asksFor, days, window } from './words.js';
import { single } from '../single.js';

const OPTIONS = dayWindow(60, 90);
const GUIDE = OPTIONS.parse({});

/** What the team is asked for: the guide's window, or the config's with the guide's after it. */
function asks(options: { minDays: number; maxDays: number }, what: string): string {
    const configured = options.minDays !== GUIDE.minDays || options.maxDays !== GUIDE.maxDays;
    return asksFor(`${what}${window(options.minDays, options.maxDays)}`, `${GUIDE.minDays}-${GUIDE.maxDays}`, configured);
}

export const firstWinWindow = defineRule({
    meta: {
        id: 'first-win-window',
        defaultSeverity: 'warning',
        structural: false,
        guide: '§1',
        description: 'A team has no first win, more than one, or its first win is not due 60-90 days after the team formed.',
        options: OPTIONS,
        fixable: true,
        safeFixes: ['missing'],
        messages: {
            missing: "Team '{name}' has no first win; {asks}.",
            extra: "Team '{team}' has {count} first wins; the guide asks for one first win, the team's first proof that it delivers.",
            outside: "First win '{name}' is due {days} after team '{team}' formed; {asks}.",
        },
    },
    checks: {
        Team: (node, { options, report }) => {
            const firsts = node.wins.filter(w => w.kind === 'first');
            const formed = formedDay(node);
            if (firsts.length === 0) {
                const middle = Math.round((options.minDays + options.maxDays) / 2);
                const skeleton = block(`first win ${freshWinName(node, 'FirstWin')} ${firstWinTodo(options.minDays, options.maxDays)}`, [
                    ...dueLine(formed === undefined ? undefined : formed + middle), ...ownerLine(node),
                ]);
                report({
                    node, property: 'name', messageId: 'missing', data: { name: node.name, asks: asks(options, 'a first win in ') },
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
            // An impossible order is `date-order`'s to tell: one problem, one diagnostic.
            if (winDueOrder(node) || offset < 0 || (offset >= options.minDays && offset <= options.maxDays)) return;
            // A win still to be done moved to a day already past would be overdue (`honest-assessment`):
            // only the days of the window from the as-of date on are offered; none when the window is over.
            const open = winStatus(node) === 'planned' || winStatus(node) === 'in-progress';
            const from = open ? Math.max(formed + options.minDays, asOf) : formed + options.minDays;
            const to = formed + options.maxDays;
            const nearest = from <= to ? clampDay(due, from, to) : undefined;
            const date = nearest === undefined ? undefined : writableDay(nearest);
            report({
                node, property: 'due', messageId: 'outside',
                data: { name: node.name, days: days(offset), team: node.$container.name, asks: asks(options, 'a first win in ') },
                fixes: date && nearest !== undefined ? fix(`Set the due date to ${date} (${days(nearest - formed)} after the team formed)`,
                    replaceProperty(node, 'due', date)) : [],
            });
        },
    },
});

import { clampDay, toDay, writableDay } from '../dates.js';
import { fix, insertIntoBody, replaceProperty } from '../fixes/edits.js';
import { launchDay, written } from '../semantics.js';
import { followUpOrder } from './date-order.js';
import { dayWindow, defineRule } from './rule.js';
import { asksFor, days, window } from './words.js';
import { single } from '../single.js';

const OPTIONS = dayWindow(21, 28);
const GUIDE = OPTIONS.parse({});

export const followUpWindow = defineRule({
    meta: {
        id: 'follow-up-window',
        defaultSeverity: 'warning',
        structural: false,
        guide: 'Overview, §1',
        description: "A priority's follow-up is not 21-28 days after the launch, or is missing.",
        options: OPTIONS,
        fixable: true,
        messages: {
            missing: "Priority '{name}' has no follow-up date; {asks}.",
            outside: "Follow-up for '{name}' is {days} after the launch; {asks}.",
        },
    },
    checks: {
        Priority: (node, { options, report }) => {
            const launch = launchDay(node);
            const range = window(options.minDays, options.maxDays);
            const configured = options.minDays !== GUIDE.minDays || options.maxDays !== GUIDE.maxDays;
            const guide = `${GUIDE.minDays}-${GUIDE.maxDays}`;
            if (node.followUp.length === 0 && !written(node, 'follow-up')) {
                const suggested = launch === undefined ? undefined : writableDay(launch + options.minDays);
                report({
                    node, property: 'name', messageId: 'missing',
                    data: { name: node.name, asks: asksFor(`a follow-up call ${range} after the launch`, guide, configured, ', while business champions still have their momentum') },
                    fixes: suggested ? fix(`Add a follow-up on ${suggested}`, insertIntoBody(node, [`follow-up ${suggested}`])) : [],
                });
                return;
            }
            const followUp = toDay(single(node.followUp));
            if (followUp === undefined || launch === undefined) return;
            const offset = followUp - launch;
            // An impossible order is `date-order`'s to tell: one problem, one diagnostic.
            if (followUpOrder(node) || (offset >= options.minDays && offset <= options.maxDays)) return;
            const nearest = clampDay(followUp, launch + options.minDays, launch + options.maxDays);
            const date = writableDay(nearest);
            report({
                node, property: 'followUp', messageId: 'outside',
                data: {
                    name: node.name, days: days(offset),
                    // The guide's reason for the side the date is on.
                    asks: asksFor(range, guide, configured, offset < options.minDays
                        ? ', since business champions \u201cstill need time to formulate their ideas and needs\u201d'
                        : ' so business champions keep their momentum'),
                },
                fixes: date ? fix(`Set the follow-up to ${date} (${days(nearest - launch)} after the launch)`,
                    replaceProperty(node, 'followUp', date)) : [],
            });
        },
    },
});

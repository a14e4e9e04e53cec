import { clampDay, toDay, writableDay } from '../dates.js';
import { fix, insertIntoBody, replaceProperty } from '../fixes/edits.js';
import { launchDay, written } from '../semantics.js';
import { dayWindow, defineRule } from './rule.js';
import { days, window } from './words.js';
import { single } from '../single.js';

export const followUpWindow = defineRule({
    meta: {
        id: 'follow-up-window',
        defaultSeverity: 'warning',
        structural: false,
        guide: 'Overview, §1',
        description: "A priority's follow-up is not 21-28 days after the launch, or is missing.",
        options: dayWindow(21, 28),
        fixable: true,
        messages: {
            missing: "Priority '{name}' has no follow-up date; the guide asks for a follow-up call {window} after the launch, while business champions still have their momentum.",
            outside: "Follow-up for '{name}' is {days} after the launch; the guide asks for {window} so business champions keep their momentum.",
        },
    },
    checks: {
        Priority: (node, { options, report }) => {
            const launch = launchDay(node);
            const range = window(options.minDays, options.maxDays);
            if (node.followUp.length === 0 && !written(node, 'follow-up')) {
                const suggested = launch === undefined ? undefined : writableDay(launch + options.minDays);
                report({
                    node, property: 'name', messageId: 'missing', data: { name: node.name, window: range },
                    fixes: suggested ? fix(`Add a follow-up on ${suggested}`, insertIntoBody(node, [`follow-up ${suggested}`])) : [],
                });
                return;
            }
            const followUp = toDay(single(node.followUp));
            if (followUp === undefined || launch === undefined) return;
            const offset = followUp - launch;
            // Before the launch is an impossible order: `date-order` speaks of it.
            if (offset < 0 || (offset >= options.minDays && offset <= options.maxDays)) return;
            const nearest = clampDay(followUp, launch + options.minDays, launch + options.maxDays);
            const date = writableDay(nearest);
            report({
                node, property: 'followUp', messageId: 'outside',
                data: { name: node.name, days: days(offset), window: range },
                fixes: date ? fix(`Set the follow-up to ${date} (${days(nearest - launch)} after the launch)`,
                    replaceProperty(node, 'followUp', date)) : [],
            });
        },
    },
});

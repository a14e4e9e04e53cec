import { DEFAULT_FIRST_WIN } from '../../helpers/plans.js';
import { ruleTester } from './rule-tester.js';

// Formed 2026-03-27: day 59 = 05-25, 60 = 05-26, 75 = 06-10, 90 = 06-25, 91 = 06-26.
const due = (date: string): [string, string] => ['due 2026-06-10', `due ${date}`];
const window = (min: number, max: number) => ({
    'actionplan.config.json': JSON.stringify({ rules: { 'first-win-window': ['warning', { minDays: min, maxDays: max }] } }),
});
const SKELETON = '    first win FirstWin "TODO: what we can accomplish in 60-90 days" {\n        due 2026-06-10\n        owner ana\n    }\n';

ruleTester('first-win-window', {
    valid: [
        { name: 'due 60 days after formed (lower edge)', edit: [due('2026-05-26')] },
        { name: 'due 90 days after formed (upper edge)', edit: [due('2026-06-25')] },
        { name: 'formed absent: counted from the follow-up (day 61 from 03-25)', plan: { formed: '', followUp: '2026-03-25' }, edit: [due('2026-05-25')] },
        { name: 'options: 45 days with a 30-45 window', edit: [due('2026-05-11')], configs: window(30, 45) },
        { name: 'off in the config', edit: [due('2026-05-25')], configs: { 'actionplan.config.json': '{"rules":{"first-win-window":"off"}}' } },
        { name: 'an invalid due date gets invalid-date only', edit: [due('2026-06-31')], others: ['invalid-date'] },
        {
            // Formed 2025-11-01 (before the launch), due 2026-03-03 (before the launch, 122 days after formed):
            // date-order speaks of the due date, so this rule does not (one problem, one diagnostic).
            name: 'a due date date-order reports: silent on that date',
            plan: { formed: '2025-11-01' }, edit: [due('2026-03-03')], asOf: '2026-03-01',
            others: ['date-order', 'win-timeline'],
        },
        { name: 'an invalid formed date gets invalid-date only', plan: { formed: '2026-02-30' }, edit: [due('2026-08-31')], others: ['invalid-date'] },
    ],
    invalid: [
        {
            name: 'due 59 days after formed: set to day 60',
            edit: [due('2026-05-25')],
            errors: [{
                messageId: 'outside', line: 'due 2026-05-25', message: /59 days after team 'TalentTeam' formed.*60-90 days/,
                fixes: [{ title: /2026-05-26/, output: [['due 2026-05-25', 'due 2026-05-26']], removes: '2026-05-25' }],
            }],
        },
        {
            name: 'due 91 days after formed: set to day 90',
            edit: [due('2026-06-26')],
            errors: [{
                messageId: 'outside', line: 'due 2026-06-26', message: /91 days/,
                fixes: [{ output: [['due 2026-06-26', 'due 2026-06-25']], removes: '2026-06-26' }],
            }],
        },
        {
            name: 'formed absent: day 59 from the follow-up',
            plan: { formed: '', followUp: '2026-03-28' }, edit: [due('2026-05-26')],
            errors: [{
                messageId: 'outside', line: 'due 2026-05-26', message: /59 days/,
                fixes: [{ output: [['due 2026-05-26', 'due 2026-05-27']], removes: '2026-05-26' }],
            }],
        },
        {
            // A planned win set due before the as-of date would be overdue: the fix picks the as-of date.
            name: 'a planned win, as of day 67: set to the as-of date, not day 60',
            asOf: '2026-06-02', edit: [due('2026-05-25')], others: ['honest-assessment'],
            errors: [{
                messageId: 'outside', line: 'due 2026-05-25',
                fixes: [{ title: /2026-06-02/, output: [['due 2026-05-25', 'due 2026-06-02']], removes: '2026-05-25' }],
            }],
        },
        {
            name: 'a planned win, the window over on the as-of date: no date to offer',
            asOf: '2026-07-01', edit: [due('2026-06-26')], others: ['honest-assessment'],
            errors: [{ messageId: 'outside', line: 'due 2026-06-26' }],
        },
        {
            name: 'options: day 75 is outside a 30-45 window',
            configs: window(30, 45),
            errors: [{
                messageId: 'outside', line: 'due 2026-06-10',
                message: /^First win 'Tours' is due 75 days after team 'TalentTeam' formed; this partnership's config asks for a first win in 30-45 days \(the guide: 60-90\)\.$/,
                fixes: [{ output: [['due 2026-06-10', 'due 2026-05-11']], removes: '2026-06-10' }],
            }],
        },
        {
            name: 'no first win: insert a skeleton due formed+75',
            plan: { firstWin: '' },
            errors: [{
                messageId: 'missing', line: 'team TalentTeam',
                fixes: [{ output: [['approved\n\n}\n', `approved\n\n${SKELETON}}\n`]] }],
            }],
            others: [],
        },
        {
            name: 'no first win, a 30-45 window in the config: the skeleton names that window and is due formed+38',
            plan: { firstWin: '' }, configs: window(30, 45),
            errors: [{
                messageId: 'missing', line: 'team TalentTeam',
                message: /^Team 'TalentTeam' has no first win; this partnership's config asks for a first win in 30-45 days \(the guide: 60-90\)\.$/,
                fixes: [{ output: [['approved\n\n}\n', `approved\n\n${SKELETON.replace('60-90 days', '30-45 days').replace('2026-06-10', '2026-05-04')}}\n`]] }],
            }],
        },
        {
            name: 'two first wins: the second is reported, no fix',
            plan: { firstWin: `${DEFAULT_FIRST_WIN}\n    first win Visits "Host plant visits" {\n        due 2026-06-11\n        owner ana\n    }` },
            errors: [{ messageId: 'extra', line: 'first win Visits', message: /2 first wins/ }],
        },
    ],
});

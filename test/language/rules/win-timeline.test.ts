import { ruleTester } from './rule-tester.js';

// Formed 2026-03-27: day 365 = 2027-03-27, day 366 = 2027-03-28. Pathways is due 2027-02-28 (day 338).
const pathwaysDue = (date: string): [string, string] => ['due 2027-02-28', `due ${date}`];

ruleTester('win-timeline', {
    valid: [
        { name: 'an early win due 365 days after formed', edit: [pathwaysDue('2027-03-27')] },
        { name: 'options: maxDays 400 allows day 366', edit: [pathwaysDue('2027-03-28')],
            configs: { 'actionplan.config.json': '{"rules":{"win-timeline":["warning",{"maxDays":400}]}}' } },
        { name: 'an invalid due date gets invalid-date only', edit: [pathwaysDue('2027-02-29')], others: ['invalid-date'] },
        {
            // Formed 2025-01-01 (before the launch); Apprenticeship due 2026-03-03 is before the launch and 426 days after formed:
            // date-order speaks of that date, so this rule does not (one problem, one diagnostic).
            name: 'a due date date-order reports: silent on that date',
            plan: { formed: '2025-01-01' }, asOf: '2025-12-01',
            edit: [['due 2026-09-30', 'due 2026-03-03'], pathwaysDue('2025-12-31')],
            others: ['date-order', 'first-win-window'],
        },
        { name: 'off', edit: [pathwaysDue('2027-03-28')], configs: { 'actionplan.config.json': '{"rules":{"win-timeline":"off"}}' } },
    ],
    invalid: [
        {
            name: 'an early win due 366 days after formed',
            edit: [pathwaysDue('2027-03-28')],
            errors: [{ messageId: 'late', line: 'due 2027-03-28', message: /^Early win 'Pathways' is due 366 days after team 'TalentTeam' formed; the guide asks for early wins within 365 days \(the next 6-12 months\)\.$/ }],
        },
        {
            name: 'options: maxDays 200 catches day 338',
            configs: { 'actionplan.config.json': '{"rules":{"win-timeline":["info",{"maxDays":200}]}}' },
            errors: [{ messageId: 'late', line: 'due 2027-02-28', severity: 'info', message: /; this partnership's config asks for early wins within 200 days \(the guide: 365\)\.$/ }],
        },
        {
            name: 'formed absent: counted from the follow-up',
            plan: { formed: '', followUp: '2026-03-28' }, edit: [pathwaysDue('2027-03-29')],
            errors: [{ messageId: 'late', line: 'due 2027-03-29', message: /366 days/ }],
        },
    ],
});

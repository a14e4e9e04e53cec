import { ruleTester } from './rule-tester.js';

// Formed 2026-03-27: day 365 = 2027-03-27, day 366 = 2027-03-28. Pathways is due 2027-02-28 (day 338).
const pathwaysDue = (date: string): [string, string] => ['due 2027-02-28', `due ${date}`];

ruleTester('win-timeline', {
    valid: [
        { name: 'an early win due 365 days after formed', edit: [pathwaysDue('2027-03-27')] },
        { name: 'options: maxDays 400 allows day 366', edit: [pathwaysDue('2027-03-28')],
            configs: { 'actionplan.config.json': '{"rules":{"win-timeline":["warning",{"maxDays":400}]}}' } },
        { name: 'an invalid due date gets invalid-date only', edit: [pathwaysDue('2027-02-29')], others: ['invalid-date'] },
        { name: 'off', edit: [pathwaysDue('2027-03-28')], configs: { 'actionplan.config.json': '{"rules":{"win-timeline":"off"}}' } },
    ],
    invalid: [
        {
            name: 'an early win due 366 days after formed',
            edit: [pathwaysDue('2027-03-28')],
            errors: [{ messageId: 'late', line: 'due 2027-03-28', message: /^Early win 'Pathways' is due 366 days after team 'TalentTeam' formed; .*365 days/ }],
        },
        {
            name: 'options: maxDays 200 catches day 338',
            configs: { 'actionplan.config.json': '{"rules":{"win-timeline":["info",{"maxDays":200}]}}' },
            errors: [{ messageId: 'late', line: 'due 2027-02-28', severity: 'info', message: /200 days/ }],
        },
        {
            name: 'formed absent: counted from the follow-up',
            plan: { formed: '', followUp: '2026-03-28' }, edit: [pathwaysDue('2027-03-29')],
            errors: [{ messageId: 'late', line: 'due 2027-03-29', message: /366 days/ }],
        },
    ],
});

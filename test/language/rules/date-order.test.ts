import { PARTNERSHIP_FILE } from '../../helpers/plans.js';
import { ruleTester } from './rule-tester.js';

// Launch 2026-03-04, formed 2026-03-27, Tours due 2026-06-10.
const NEXT = (due: string) => `    next win ToursFall "Make tours a fall routine" after Tours {\n        due ${due}\n        owner ben\n    }`;

ruleTester('date-order', {
    valid: [
        { name: 'every date in order' },
        { name: 'a first step due the day the team formed', edit: [['due 2026-04-10', 'due 2026-03-27']] },
        { name: 'a next win due the day the win it follows is due', plan: { team: NEXT('2026-06-10') } },
        { name: 'an invalid date gets invalid-date only', edit: [['review 2026-04-20', 'review 2026-02-30']], others: ['invalid-date'] },
        { name: 'an invalid launch: nothing is measured from it', edit: [['launch 2026-03-04', 'launch 2026-13-04']], plan: { followUp: '2026-03-01', formed: '2026-03-02' },
            others: ['invalid-date', 'first-win-window'] },
    ],
    invalid: [
        {
            name: 'a follow-up before the launch',
            plan: { followUp: '2026-03-03' },
            errors: [{ messageId: 'beforeLaunch', line: 'follow-up 2026-03-03', file: PARTNERSHIP_FILE, severity: 'error',
                message: /^The follow-up of 'Talent' \(2026-03-03\) is before the launch of the partnership \(2026-03-04\)\.$/ }],
            // follow-up-window leaves an impossible order to date-order: one problem, one diagnostic.
        },
        {
            name: 'formed before the launch',
            plan: { formed: '2026-03-03', followUp: '2026-03-25' },
            errors: [{ messageId: 'beforeLaunch', line: 'formed 2026-03-03' }],
            others: ['first-win-window'],
        },
        {
            name: 'a responder joined before the launch',
            edit: [['joined 2026-04-15', 'joined 2026-03-03']],
            errors: [{ messageId: 'beforeLaunch', line: 'joined 2026-03-03' }],
        },
        {
            name: 'a review before the launch',
            plan: { review: '    review 2026-03-03 by ana status approved' },
            errors: [{ messageId: 'beforeLaunch', line: 'review 2026-03-03' }],
        },
        {
            name: 'a win due before the launch: once, not also before formed',
            asOf: '2026-03-01', edit: [['due 2026-09-30', 'due 2026-03-03']],
            errors: [{ messageId: 'beforeLaunch', line: 'due 2026-03-03', message: /^The due date of Early win 'Apprenticeship'|^The due date of early win 'Apprenticeship'/ }],
        },
        {
            name: 'a first win due before the team formed',
            asOf: '2026-03-01', edit: [['due 2026-06-10', 'due 2026-03-26']],
            errors: [{ messageId: 'beforeFormed', line: 'due 2026-03-26', message: /before team 'TalentTeam' formed \(2026-03-27\)/ }],
        },
        {
            name: 'a first step due before the team formed',
            edit: [['due 2026-04-10', 'due 2026-03-26']],
            errors: [{ messageId: 'beforeFormed', line: 'due 2026-03-26' }],
        },
        {
            name: 'formed absent: a win due before the follow-up',
            plan: { formed: '' }, asOf: '2026-03-01', edit: [['due 2026-09-30', 'due 2026-03-26']],
            errors: [{ messageId: 'beforeFormed', line: 'due 2026-03-26' }],
        },
        {
            name: 'a next win due before the win it follows',
            plan: { team: NEXT('2026-06-09') },
            errors: [{ messageId: 'beforeFollowed', line: 'due 2026-06-09', message: /before First win 'Tours' is due \(2026-06-10\)|before first win 'Tours' is due \(2026-06-10\)/ }],
        },
        {
            name: 'cannot be turned off: the config problem is reported and the rule still runs',
            plan: { review: '    review 2026-03-03 by ana status approved' },
            configs: { 'actionplan.config.json': '{ "rules": { "date-order": "off" } }' },
            errors: [{ messageId: 'beforeLaunch', line: 'review 2026-03-03', severity: 'error' }],
        },
    ],
});

import { PARTNERSHIP_FILE } from '../../helpers/plans.js';
import { ruleTester } from './rule-tester.js';

// Launch 2026-03-04: day 20 = 03-24, 21 = 03-25, 28 = 04-01, 29 = 04-02.
const window = (min: number, max: number) => ({
    'actionplan.config.json': JSON.stringify({ rules: { 'follow-up-window': ['warning', { minDays: min, maxDays: max }] } }),
});

ruleTester('follow-up-window', {
    file: PARTNERSHIP_FILE,
    valid: [
        { name: '21 days after the launch (lower edge)', plan: { followUp: '2026-03-25' } },
        { name: '28 days after the launch (upper edge)', plan: { followUp: '2026-04-01' } },
        { name: 'options widen the window: 14 days', plan: { followUp: '2026-03-18' }, configs: window(14, 35) },
        { name: 'options widen the window: 35 days', plan: { followUp: '2026-04-08' }, configs: window(14, 35) },
        { name: 'off in the config', plan: { followUp: '2026-04-13' }, configs: { 'actionplan.config.json': '{ "rules": { "follow-up-window": "off" } }' } },
        { name: 'an invalid follow-up date gets invalid-date only', plan: { followUp: '2026-02-30' }, others: ['invalid-date'] },
        { name: 'no launch date: nothing to count from', edit: [['    launch 2026-03-04\n', '']], others: ['partnership-essentials'] },
    ],
    invalid: [
        {
            name: '20 days after the launch: set to day 21',
            plan: { followUp: '2026-03-24' },
            errors: [{
                messageId: 'outside', line: 'follow-up 2026-03-24', message: /^Follow-up for 'Talent' is 20 days after the launch; the guide asks for 21-28 days, since business champions “still need time to formulate their ideas and needs”\.$/,
                fixes: [{ title: /2026-03-25/, output: [['follow-up 2026-03-24', 'follow-up 2026-03-25']], removes: '2026-03-24' }],
            }],
        },
        {
            name: '29 days after the launch: set to day 28',
            plan: { followUp: '2026-04-02' },
            errors: [{
                messageId: 'outside', line: 'follow-up 2026-04-02', message: /29 days/,
                fixes: [{ output: [['follow-up 2026-04-02', 'follow-up 2026-04-01']], removes: '2026-04-02' }],
            }],
        },
        {
            name: 'a window set in the config is credited to the config, the guide\'s after it (the message of rules.md)',
            plan: { followUp: '2026-03-10' }, configs: window(10, 20),
            errors: [{
                messageId: 'outside', line: 'follow-up 2026-03-10',
                message: /^Follow-up for 'Talent' is 6 days after the launch; this partnership's config asks for 10-20 days \(the guide: 21-28\)\.$/,
                fixes: [{ output: [['follow-up 2026-03-10', 'follow-up 2026-03-14']], removes: '2026-03-10' }],
            }],
        },
        {
            name: 'a config that repeats the guide\'s window: the guide asks',
            plan: { followUp: '2026-04-13' }, configs: window(21, 28),
            errors: [{ messageId: 'outside', line: 'follow-up 2026-04-13', message: /; the guide asks for 21-28 days so business champions keep their momentum\.$/,
                fixes: [{ output: [['follow-up 2026-04-13', 'follow-up 2026-04-01']], removes: '2026-04-13' }] }],
        },
        {
            name: 'the message of rules.md: 40 days',
            plan: { followUp: '2026-04-13' },
            errors: [{
                messageId: 'outside', line: 'follow-up 2026-04-13',
                message: /^Follow-up for 'Talent' is 40 days after the launch; the guide asks for 21-28 days so business champions keep their momentum\.$/,
                fixes: [{ output: [['follow-up 2026-04-13', 'follow-up 2026-04-01']], removes: '2026-04-13' }],
            }],
        },
        {
            name: 'options narrow the edge: 13 days with minDays 14',
            plan: { followUp: '2026-03-17' }, configs: window(14, 35),
            errors: [{
                messageId: 'outside', line: 'follow-up 2026-03-17', message: /14-35 days/, severity: 'warning',
                fixes: [{ output: [['follow-up 2026-03-17', 'follow-up 2026-03-18']], removes: '2026-03-17' }],
            }],
        },
        {
            name: 'options: 36 days with maxDays 35',
            plan: { followUp: '2026-04-09' }, configs: window(14, 35),
            errors: [{
                messageId: 'outside', line: 'follow-up 2026-04-09',
                fixes: [{ output: [['follow-up 2026-04-09', 'follow-up 2026-04-08']], removes: '2026-04-09' }],
            }],
        },
        {
            name: 'severity raised to error by the config',
            plan: { followUp: '2026-04-02' },
            configs: { 'actionplan.config.json': '{ "rules": { "follow-up-window": "error" } }' },
            errors: [{
                messageId: 'outside', line: 'follow-up 2026-04-02', severity: 'error',
                fixes: [{ output: [['follow-up 2026-04-02', 'follow-up 2026-04-01']], removes: '2026-04-02' }],
            }],
        },
        {
            name: 'missing follow-up in an empty body: insert day 21',
            edit: [['        follow-up 2026-03-27\n', '']],
            errors: [{
                messageId: 'missing', line: 'priority Talent',
                fixes: [{ title: /2026-03-25/, output: [['pipeline" {\n    }', 'pipeline" {\n        follow-up 2026-03-25\n    }']] }],
            }],
        },
        {
            name: 'missing follow-up, priority without a body',
            edit: [[' {\n        follow-up 2026-03-27\n    }', '']],
            errors: [{
                messageId: 'missing', line: 'priority Talent',
                fixes: [{ output: [['pipeline"\n', 'pipeline" {\n        follow-up 2026-03-25\n    }\n']] }],
            }],
        },
        {
            name: 'missing follow-up with a window in the config: credited to the config, the fix uses its window',
            edit: [['        follow-up 2026-03-27\n', '']], configs: window(10, 20),
            errors: [{
                messageId: 'missing', line: 'priority Talent',
                message: /^Priority 'Talent' has no follow-up date; this partnership's config asks for a follow-up call 10-20 days after the launch \(the guide: 21-28\)\.$/,
                fixes: [{ title: /2026-03-14/, output: [['pipeline" {\n    }', 'pipeline" {\n        follow-up 2026-03-14\n    }']] }],
            }],
        },
    ],
});

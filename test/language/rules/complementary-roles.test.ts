import { ruleTester } from './rule-tester.js';

const SUPPORT: [string, string] = ['        support li "Adapts the machining curriculum" gives in-kind\n', ''];

ruleTester('complementary-roles', {
    valid: [
        { name: 'every early win lists support' },
        { name: 'an unresolved support party is written: unresolved-reference only', edit: [['support li "Adapts', 'support lii "Adapts']], others: ['unresolved-reference'] },
        { name: 'a first win needs no support', edit: [['        support LWC "Recruits teachers from three districts"\n', '']] },
    ],
    invalid: [
        {
            name: 'an early win without support: the first responder supports it',
            edit: [SUPPORT],
            errors: [{
                messageId: 'none', line: 'early win Apprenticeship', severity: 'info',
                fixes: [{ title: 'Add support from li', output: [['owner ana\n    }', 'owner ana\n        support li "TODO: the role they play"\n    }']] }],
            }],
            // li supported only this win: the fix plugs the responder in again.
            others: ['responder-plugged-in'],
        },
        {
            name: 'no responder: the convener supports it',
            plan: { responder: '' }, edit: [SUPPORT],
            errors: [{
                messageId: 'none', line: 'early win Apprenticeship',
                fixes: [{ title: 'Add support from LWC', output: [['owner ana\n    }', 'owner ana\n        support LWC "TODO: the role they play"\n    }']] }],
            }],
        },
    ],
});

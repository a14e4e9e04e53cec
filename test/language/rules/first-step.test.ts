import { ruleTester } from './rule-tester.js';

const STEP = '    first step "Ana convenes HR leads to list the hardest-to-fill roles" {\n        owner ana\n        due 2026-04-10\n    }\n';
const END: [string, string] = ['approved\n\n}\n', 'approved\n\n}\n'];
const atEnd = (lines: string): [string, string] => [END[0], `approved\n\n${lines}}\n`];

ruleTester('first-step', {
    valid: [
        { name: 'a first step with owner and due date, and an involve line' },
        { name: 'involve may name parties', edit: [['involve "HR leads from six plants"', 'involve LWC, FRCC, ana']] },
        { name: 'an unresolved owner is written: unresolved-reference only', edit: [['owner ana\n        due 2026-04-10', 'owner anna\n        due 2026-04-10']], others: ['unresolved-reference'] },
        { name: 'an invalid due date is written: invalid-date only', edit: [['due 2026-04-10', 'due 2026-04-31']], others: ['invalid-date'] },
        { name: 'several first steps', plan: { team: '    first step "Ben books the plant" {\n        owner ben\n        due 2026-04-12\n    }' } },
    ],
    invalid: [
        {
            name: 'no first step: add one with owner and due formed+14',
            edit: [[STEP, '']],
            errors: [{
                messageId: 'missing', line: 'team TalentTeam',
                fixes: [{ title: 'Add a first step', output: [atEnd('    first step "TODO: the first step" {\n        owner ana\n        due 2026-04-10\n    }\n')] }],
            }],
        },
        {
            name: 'a first step without owner',
            edit: [['        owner ana\n        due 2026-04-10\n', '        due 2026-04-10\n']],
            errors: [{
                messageId: 'noOwner', line: 'first step',
                fixes: [{ title: 'Make ana the owner', output: [['        due 2026-04-10\n    }', '        due 2026-04-10\n        owner ana\n    }']] }],
            }],
        },
        {
            name: 'a first step without due date',
            edit: [['        owner ana\n        due 2026-04-10\n', '        owner ana\n']],
            errors: [{
                messageId: 'noDue', line: 'first step', message: /no due date/,
                fixes: [{ title: 'Add due 2026-04-10', output: [['        owner ana\n    }', '        owner ana\n        due 2026-04-10\n    }']] }],
            }],
        },
        {
            name: 'a first step without a body: two diagnostics',
            edit: [[' {\n        owner ana\n        due 2026-04-10\n    }\n    involve', '\n    involve']],
            errors: [
                { messageId: 'noOwner', line: 'first step', fixes: [{ output: [['roles"\n', 'roles" {\n        owner ana\n    }\n']] }] },
                { messageId: 'noDue', line: 'first step', fixes: [{ output: [['roles"\n', 'roles" {\n        due 2026-04-10\n    }\n']] }] },
            ],
        },
        {
            name: 'no involve line',
            edit: [['    involve "HR leads from six plants"\n', '']],
            errors: [{
                messageId: 'noInvolve', line: 'team TalentTeam',
                fixes: [{ output: [atEnd('    involve "TODO: who needs to be involved"\n')] }],
            }],
        },
    ],
});

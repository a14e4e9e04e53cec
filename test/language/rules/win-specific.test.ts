import { ruleTester } from './rule-tester.js';

const TOURS_OWNER: [string, string] = ['        owner ben\n        support LWC', '        support LWC'];
const TOURS_DUE: [string, string] = ['        due 2026-06-10\n', ''];
const TOURS_END = 'three districts"\n    }';
const add = (line: string): [string, string] => [TOURS_END, `three districts"\n        ${line}\n    }`];
const NEXT = (body: string) => `    next win ToursFall "Make tours a fall routine" after Tours {\n${body}    }`;

ruleTester('win-specific', {
    valid: [
        { name: 'every win has owner and due date' },
        { name: 'an unresolved owner is written: unresolved-reference only', edit: [['owner ben\n        support LWC', 'owner bem\n        support LWC']], others: ['unresolved-reference'] },
        { name: 'an invalid due date is written: invalid-date only', edit: [['due 2026-06-10', 'due 2026-06-31']], others: ['invalid-date'] },
    ],
    invalid: [
        {
            name: 'a win without owner: the first champion',
            edit: [TOURS_OWNER],
            errors: [{ messageId: 'noOwner', line: 'first win Tours', message: /^First win 'Tours' has no owner/,
                fixes: [{ title: 'Make ana the owner', output: [add('owner ana')] }] }],
        },
        {
            name: 'a first win without due date: formed+75',
            edit: [TOURS_DUE],
            errors: [{ messageId: 'noDue', line: 'first win Tours', fixes: [{ title: 'Add due 2026-06-10', output: [add('due 2026-06-10')] }] }],
        },
        {
            name: 'a win without both: two diagnostics',
            edit: [TOURS_DUE, TOURS_OWNER],
            errors: [
                { messageId: 'noOwner', line: 'first win Tours', fixes: [{ output: [add('owner ana')] }] },
                { messageId: 'noDue', line: 'first win Tours', fixes: [{ output: [add('due 2026-06-10')] }] },
            ],
        },
        {
            name: 'an early win without due date: formed+180',
            edit: [['        due 2026-09-30\n', '']],
            errors: [{ messageId: 'noDue', line: 'early win Apprenticeship',
                fixes: [{ output: [['gives in-kind\n    }\n\n    early win Pathways', 'gives in-kind\n        due 2026-09-23\n    }\n\n    early win Pathways']] }] }],
        },
        {
            name: 'a next win without due date: 90 days after the win it follows',
            plan: { team: NEXT('        owner ben\n') },
            errors: [{ messageId: 'noDue', line: 'next win ToursFall', message: /^Next win 'ToursFall'/,
                fixes: [{ output: [['owner ben\n    }\n}', 'owner ben\n        due 2026-09-08\n    }\n}']] }] }],
        },
    ],
});

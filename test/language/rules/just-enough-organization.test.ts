import { ruleTester } from './rule-tester.js';

const organize = (kind: string) => `    organize "A ${kind} for the team" kind ${kind}`;
const ACHIEVED: [string, string] = ['owner ben\n        support LWC', 'owner ben\n        status achieved\n        assessment "Four tours"\n        support LWC'];
const NEXT = '    next win ToursFall "Make tours a fall routine" after Tours {\n        due 2026-09-30\n        owner ben\n    }\n';

ruleTester('just-enough-organization', {
    valid: [
        { name: 'light organization is fine any time', plan: { team: ['meeting', 'working-group', 'committee'].map(organize).join('\n') } },
        { name: 'a charter once a win is achieved', plan: { team: `${NEXT}${organize('charter')}` }, edit: [ACHIEVED] },
    ],
    invalid: [
        {
            name: 'every heavy kind before any win is achieved: one each, on the kind',
            plan: { team: ['charter', 'bylaws', 'staff', 'fund', 'incorporation'].map(organize).join('\n') },
            errors: ['charter', 'bylaws', 'staff', 'fund', 'incorporation'].map(kind => ({ messageId: 'tooEarly', line: `kind ${kind}`, message: new RegExp(`plans (an? )?${kind} \\('A ${kind} for the team'\\) before any of its wins is achieved`) })),
        },
        {
            name: 'an organize line with a date',
            plan: { team: '    organize "Regional fund" kind fund on 2026-05-15' },
            errors: [{ messageId: 'tooEarly', line: 'kind fund' }],
        },
        {
            name: 'an achieved win but no next win yet: the charter waits for the next win',
            plan: { team: organize('charter') }, edit: [ACHIEVED],
            errors: [{ messageId: 'tooEarly', line: 'kind charter', message: /before it plans a next win; .*as implementation of next wins gets larger and more complex/ }],
            others: ['next-win'],
        },
        {
            name: 'a next win planned but none achieved yet',
            plan: { team: `${NEXT}${organize('staff')}` },
            errors: [{ messageId: 'tooEarly', line: 'kind staff', message: /plans staff \('A staff for the team'\) before any of its wins is achieved;/ }],
        },
    ],
});

import { ruleTester } from './rule-tester.js';

ruleTester('member-kind', {
    valid: [
        { name: 'champions of businesses, a responder of a partner, owners and reviewers of the team' },
        { name: 'a responder may own a win (business-at-center says more)', edit: [['owner ana\n        support li', 'owner li\n        support li']], others: ['business-at-center'] },
        { name: 'an unresolved champion is unresolved-reference only', edit: [['champion ben\n', 'champion ben\n    champion bem\n']], others: ['unresolved-reference'] },
    ],
    invalid: [
        {
            name: 'a champion who is a person of a partner',
            edit: [['champion ben\n', 'champion ben\n    champion raj\n']],
            errors: [{ messageId: 'champion', line: 'champion raj', severity: 'error', message: /^Champion 'raj' is a person of LWC, a partner/ }],
        },
        {
            name: 'a responder who is a person of a business',
            edit: [['responder li {', 'responder ana {'], ['support li', 'support ana']],
            errors: [{ messageId: 'responder', line: 'responder ana', message: /^Responder 'ana' is a person of Ruiz, a business/ }],
        },
        {
            name: "a win's owner who is neither champion nor responder",
            edit: [['owner ben\n        support LWC', 'owner raj\n        support LWC']],
            errors: [{ messageId: 'owner', line: 'owner raj', message: /^'raj' owns first win 'Tours' but is not a champion or responder of team 'TalentTeam'/ }],
        },
        {
            name: "a first step's owner from outside the team",
            edit: [['owner ana\n        due 2026-04-10', 'owner raj\n        due 2026-04-10']],
            errors: [{ messageId: 'owner', line: 'owner raj', message: /the first step/ }],
        },
        {
            name: 'a reviewer who is not a champion, among champions',
            plan: { review: '    review 2026-04-20 by ana, li status approved' },
            errors: [{ messageId: 'reviewer', line: 'review 2026-04-20', message: /^'li' reviews the plan of team 'TalentTeam'/ }],
        },
        {
            name: 'two reviewers who are not champions: one each',
            plan: { review: '    review 2026-04-20 by li, raj, ana status approved' },
            errors: [{ messageId: 'reviewer', line: 'review 2026-04-20' }, { messageId: 'reviewer', line: 'review 2026-04-20' }],
        },
    ],
});

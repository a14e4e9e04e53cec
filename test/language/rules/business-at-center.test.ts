import { ruleTester } from './rule-tester.js';

const CHAMPIONS = '    champion ana\n    champion ben\n';

ruleTester('business-at-center', {
    valid: [
        { name: 'champions own every win' },
        { name: 'an unresolved owner is neither absent nor a responder', edit: [['owner ana\n        support li', 'owner lee\n        support li']], others: ['unresolved-reference'] },
        { name: 'a team whose champion lines do not resolve has champions written: no noChampion',
            edit: [[CHAMPIONS, '    champion anna\n    champion bem\n']], others: ['unresolved-reference', 'member-kind', 'plan-review'] },
        { name: 'an owner from outside the team is member-kind only', edit: [['owner ana\n        support li', 'owner raj\n        support li']], others: ['member-kind'] },
    ],
    invalid: [
        {
            name: 'a win owned by a responder: make the first champion the owner',
            edit: [['owner ana\n        support li', 'owner li\n        support li']],
            errors: [{
                messageId: 'responderOwns', line: 'owner li', message: /^Early win 'Apprenticeship' is owned by responder 'li'/,
                fixes: [{ title: 'Make champion ana the owner', output: [['owner li\n', 'owner ana\n']], removes: 'owner li' }],
            }],
        },
        {
            name: 'a team with no champion',
            edit: [[CHAMPIONS, '']],
            errors: [{ messageId: 'noChampion', line: 'team TalentTeam', message: /^Team 'TalentTeam' has no business champion/ }],
            // ana and ben still own wins, the first step and review the plan: member-kind says so, and no champion approved.
            others: ['member-kind', 'plan-review'],
        },
    ],
});

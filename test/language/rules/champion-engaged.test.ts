import { ruleTester } from './rule-tester.js';

// cat is a business person who is not in the baseline team: adding `champion cat` gives a champion with no part yet.
const CAT = 'person cat "Cat Diaz" of Vestas title "HR director"';
const CHAMPION_CAT = '    champion cat';
const TOURS_SUPPORT = 'support LWC "Recruits teachers from three districts"\n';
const TODO_ROLE = '"TODO: the role they play"';

ruleTester('champion-engaged', {
    valid: [
        { name: 'every champion owns a win (the baseline)' },
        { name: 'a champion who owns only the first step', plan: { extra: CAT, team: CHAMPION_CAT }, edit: [['owner ana\n        due 2026-04-10', 'owner cat\n        due 2026-04-10']] },
        { name: 'a champion who only supports a win', plan: { extra: CAT, team: CHAMPION_CAT }, edit: [[TOURS_SUPPORT, `${TOURS_SUPPORT}        support cat "Opens the Windsor plant"\n`]] },
        { name: 'a champion who owns a next win', plan: { extra: CAT, team: `${CHAMPION_CAT}\n    next win ToursFall "Make tours a fall routine" after Tours {\n        due 2026-09-30\n        owner cat\n    }` } },
        {
            name: 'an unresolved owner close to the champion\'s name counts as written (a typo for them)',
            plan: { extra: CAT, team: CHAMPION_CAT }, edit: [['owner ana\n        due 2026-04-10', 'owner kat\n        due 2026-04-10']],
            others: ['unresolved-reference'],
        },
        { name: 'an unresolved champion is unresolved-reference only', plan: { team: '    champion nobody' }, others: ['unresolved-reference'] },
        {
            name: 'silenced on the champion line',
            plan: { extra: CAT, team: `    // actionplan-disable-next-line champion-engaged -- joins the fall tours\n${CHAMPION_CAT}` },
        },
    ],
    invalid: [
        {
            name: 'a champion with no part: add their support to the first win',
            plan: { extra: CAT, team: CHAMPION_CAT },
            errors: [{
                messageId: 'idle', line: 'champion cat', severity: 'info',
                message: /^Champion 'cat' owns no win or first step of team 'TalentTeam' and supports none of its wins; the guide keeps business champions “deeply engaged, at the center, and as co-owners”\.$/,
                fixes: [{ title: "Add cat's support to first win 'Tours'", output: [[TOURS_SUPPORT, `${TOURS_SUPPORT}        support cat ${TODO_ROLE}\n`]] }],
            }],
        },
        {
            name: 'no first win: the support goes into the first early win',
            plan: { extra: CAT, team: CHAMPION_CAT, firstWin: '' },
            errors: [{
                messageId: 'idle', line: 'champion cat',
                fixes: [{ title: "Add cat's support to early win 'Apprenticeship'", output: [['gives in-kind\n    }\n\n    early win Pathways', `gives in-kind\n        support cat ${TODO_ROLE}\n    }\n\n    early win Pathways`]] }],
            }],
            others: ['first-win-window'],
        },
        {
            name: 'an unresolved owner far from the champion\'s name does not count',
            plan: { extra: CAT, team: CHAMPION_CAT }, edit: [['owner ana\n        due 2026-04-10', 'owner nobody\n        due 2026-04-10']],
            errors: [{ messageId: 'idle', line: 'champion cat', fixes: [{ title: "Add cat's support to first win 'Tours'" }] }],
            others: ['unresolved-reference'],
        },
        {
            name: 'a team with no win: no fix',
            plan: { firstWin: '', earlyWins: '' },
            errors: [{ messageId: 'idle', line: 'champion ben' }],
            others: ['first-win-window', 'early-wins-count', 'responder-plugged-in'],
        },
    ],
});

import { ruleTester } from './rule-tester.js';

const LI_SUPPORT = 'support li "Adapts the machining curriculum" gives in-kind';
const TOURS_SUPPORT = 'support LWC "Recruits teachers from three districts"\n';
const RAJ = '    responder raj {\n        joined 2026-04-15\n        selected-by convener\n        commits in-kind "Labor market analyst time"\n    }';

ruleTester('responder-plugged-in', {
    valid: [
        { name: 'the responder supports a win by name (the baseline)' },
        { name: 'through their organization', edit: [[LI_SUPPORT, 'support FRCC "Adapts the machining curriculum" gives in-kind']] },
        { name: 'a second responder whose organization supports the first win', plan: { team: RAJ }, edit: [['support raj "Collects wage', 'support ana "Collects wage']] },
        { name: 'an unresolved support party close to the responder\'s name counts as written', edit: [[LI_SUPPORT, 'support lii "Adapts the machining curriculum"']], others: ['unresolved-reference'] },
        { name: 'an unresolved responder is unresolved-reference only', plan: { team: '    responder nobody {\n        joined 2026-04-15\n        selected-by convener\n        commits in-kind "Time"\n    }' }, others: ['unresolved-reference'] },
        {
            name: 'silenced on the responder line',
            edit: [[LI_SUPPORT, 'support raj "Adapts the machining curriculum"'], ['    responder li {', '    // actionplan-disable-next-line responder-plugged-in\n    responder li {']],
        },
    ],
    invalid: [
        {
            name: 'a responder named in no support line: add their support to the first win',
            edit: [[LI_SUPPORT, 'support raj "Adapts the machining curriculum"']],
            errors: [{
                messageId: 'notPluggedIn', line: 'responder li', severity: 'info',
                message: /^Responder 'li' supports none of the wins of team 'TalentTeam', neither in person nor through 'FRCC'; the guide has support partners see “exactly where they can start plugging in with potential solutions and resources”\.$/,
                fixes: [{ title: "Add li's support to first win 'Tours'", output: [[TOURS_SUPPORT, `${TOURS_SUPPORT}        support li "TODO: the role they play"\n`]] }],
            }],
        },
        {
            name: 'another organization of the same kind does not count',
            plan: { team: RAJ }, edit: [['support raj "Collects wage', 'support ben "Collects wage'], [TOURS_SUPPORT, 'support Ruiz "Recruits teachers from three districts"\n']],
            errors: [{ messageId: 'notPluggedIn', line: 'responder raj', message: /through 'LWC'/, fixes: [{ title: "Add raj's support to first win 'Tours'" }] }],
        },
        {
            name: 'an unresolved support party far from the responder\'s name does not count',
            edit: [[LI_SUPPORT, 'support Kesler "Adapts the machining curriculum"']],
            errors: [{ messageId: 'notPluggedIn', line: 'responder li', fixes: [{ title: "Add li's support to first win 'Tours'" }] }],
            others: ['unresolved-reference'],
        },
        {
            name: 'a team with no win: no fix',
            plan: { firstWin: '', earlyWins: '' },
            errors: [{ messageId: 'notPluggedIn', line: 'responder li' }],
            others: ['first-win-window', 'early-wins-count', 'champion-engaged'],
        },
    ],
});

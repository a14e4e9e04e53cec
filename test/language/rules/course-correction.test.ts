import { planFiles } from '../../helpers/plans.js';
import { ruleTester } from './rule-tester.js';

const TOURS_END = 'three districts"\n    }';
const missed = (assessment = 'Two of four plants could not host'): [string, string] =>
    ['owner ben\n        support LWC', `owner ben\n        status missed\n        assessment "${assessment}"\n        support LWC`];
const NEXT = '    next win ToursFall "Host the tours in the fall" after Tours {\n        due 2026-10-15\n        owner ben\n    }';

ruleTester('course-correction', {
    valid: [
        { name: 'no win is missed (the baseline)' },
        { name: 'a missed first win with a next win after it', asOf: '2026-06-15', edit: [missed()], plan: { team: NEXT } },
        {
            name: 'a next win in another team, after TEAM.WIN',
            asOf: '2026-06-15', edit: [missed()],
            files: {
                ...planFiles(),
                'teams/other.plan': 'team OtherTeam "Other" for Talent {\n    champion ana\n    next win ToursAgain "Tours with the college" after TalentTeam.Tours {\n        due 2026-10-15\n        owner ana\n    }\n}\n',
            },
            others: ['success-defined', 'early-wins-count', 'first-win-window', 'first-step', 'plan-review'],
        },
        { name: 'a dropped win needs no correction', asOf: '2026-06-15', edit: [['owner ben\n        support LWC', 'owner ben\n        status dropped\n        support LWC']] },
        {
            name: 'a missed next win is not asked for another',
            asOf: '2026-10-20', edit: [['owner ben\n        support LWC', 'owner ben\n        status achieved\n        assessment "Four tours"\n        support LWC']],
            plan: { team: NEXT.replace('owner ben\n', 'owner ben\n        status missed\n        assessment "Plants were closed"\n'), earlyWins: '' },
            others: ['early-wins-count', 'responder-plugged-in'],
        },
        {
            name: 'silenced on the win line',
            asOf: '2026-06-15', edit: [missed(), ['    first win Tours', '    // actionplan-disable-next-line course-correction\n    first win Tours']],
        },
    ],
    invalid: [
        {
            name: 'a missed first win with nothing after it: add a next win, due 90 days after the as-of date',
            asOf: '2026-06-15', edit: [missed()],
            errors: [{
                messageId: 'none', line: 'first win Tours', severity: 'info',
                message: /^First win 'Tours' was missed and no win comes after it; the guide builds for the long term by “making course corrections”/,
                fixes: [{
                    title: 'Add a next win after it',
                    output: [[TOURS_END, `${TOURS_END}\n\n    next win ToursNext "TODO: the course correction, what the team tries next" after Tours {\n        due 2026-09-13\n        owner ana\n    }`]],
                }],
            }],
        },
        {
            name: 'a missed early win',
            asOf: '2026-10-01', edit: [['owner ana\n        support li', 'owner ana\n        status missed\n        assessment "No shared instructor"\n        support li']],
            errors: [{ messageId: 'none', line: 'early win Apprenticeship', message: /^Early win 'Apprenticeship' was missed/, fixes: [{ output: [['curriculum" gives in-kind\n    }', 'curriculum" gives in-kind\n    }\n\n    next win ApprenticeshipNext "TODO: the course correction, what the team tries next" after Apprenticeship {\n        due 2026-12-30\n        owner ana\n    }']] }] }],
            others: ['honest-assessment'],
        },
    ],
});

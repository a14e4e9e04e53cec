import { planFiles } from '../../helpers/plans.js';
import { ruleTester } from './rule-tester.js';

const ACHIEVED: [string, string] = ['owner ben\n        support LWC', 'owner ben\n        status achieved\n        assessment "Four tours"\n        support LWC'];
const NEXT = '    next win ToursFall "Make tours a fall routine" after Tours {\n        due 2026-09-30\n        owner ben\n    }';
const SKELETON = '\n\n    next win ToursNext "TODO: the next win that builds on it" after Tours {\n        due 2026-09-08\n    }';

ruleTester('next-win', {
    valid: [
        { name: 'a planned win needs no next win' },
        { name: 'an achieved win with a next win after it', edit: [ACHIEVED], plan: { team: NEXT } },
        {
            name: 'a next win in another team, after TEAM.WIN',
            edit: [ACHIEVED],
            files: {
                ...planFiles(),
                'teams/other.plan': 'team OtherTeam "Other" for Talent {\n    champion ana\n    next win More "More tours" after TalentTeam.Tours {\n        due 2026-09-30\n        owner ana\n    }\n}\n',
            },
            others: ['success-defined', 'early-wins-count', 'first-win-window', 'first-step', 'plan-review'],
        },
    ],
    invalid: [
        {
            name: 'an achieved first win with no next win: insert one after it, due 90 days later',
            edit: [ACHIEVED],
            errors: [{
                messageId: 'none', line: 'first win Tours', severity: 'info', message: /^First win 'Tours' is achieved, but no next win builds on it/,
                fixes: [{ title: 'Add a next win after it', output: [['three districts"\n    }', `three districts"\n    }${SKELETON}`]] }],
            }],
        },
        {
            name: 'a next win after another win does not count',
            edit: [ACHIEVED], plan: { team: NEXT.replace('after Tours', 'after Apprenticeship') },
            errors: [{ messageId: 'none', line: 'first win Tours', fixes: [{ output: [['three districts"\n    }', `three districts"\n    }${SKELETON}`]] }] }],
        },
    ],
});

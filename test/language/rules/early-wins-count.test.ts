import { DEFAULT_EARLY_WINS } from '../../helpers/plans.js';
import { ruleTester } from './rule-tester.js';

const APPRENTICESHIP = DEFAULT_EARLY_WINS.split('\n\n')[0];
const extraWin = (name: string) => `\n\n    early win ${name} "Another early win" {\n        due 2026-10-30\n        impact high\n        feasibility high\n        owner ana\n        support li "Helps"\n    }`;
const skeleton = (name: string) =>
    `    early win ${name} "TODO: a specific action for the next 6-12 months" {\n        due 2026-09-23\n        owner ana\n    }\n`;
const counts = (min: number, max: number) => ({
    'actionplan.config.json': JSON.stringify({ rules: { 'early-wins-count': ['warning', { min, max }] } }),
});

ruleTester('early-wins-count', {
    valid: [
        { name: 'two early wins (lower edge)' },
        { name: 'three early wins (upper edge)', plan: { earlyWins: DEFAULT_EARLY_WINS + extraWin('Mentors') } },
        { name: 'options: one early win with min 1', plan: { earlyWins: APPRENTICESHIP }, configs: counts(1, 1) },
        { name: 'first and next wins do not count as early wins', plan: { earlyWins: DEFAULT_EARLY_WINS,
            team: '    next win ToursFall "Make tours a fall routine" after Tours {\n        due 2026-09-30\n        owner ben\n    }' } },
    ],
    invalid: [
        {
            name: 'one early win: add one',
            plan: { earlyWins: APPRENTICESHIP },
            errors: [{
                messageId: 'tooFew', line: 'team TalentTeam', message: /has 1 early wins?; the guide asks for 2-3/,
                fixes: [{ title: 'Add an early win', output: [['approved\n\n}\n', `approved\n\n${skeleton('EarlyWin1')}}\n`]] }],
            }],
        },
        {
            name: 'no early win: add two',
            plan: { earlyWins: '' },
            errors: [{
                messageId: 'tooFew', line: 'team TalentTeam',
                fixes: [{ title: 'Add 2 early wins', output: [['approved\n\n}\n', `approved\n\n${skeleton('EarlyWin1')}${skeleton('EarlyWin2')}}\n`]] }],
            }],
            others: ['responder-plugged-in'],
        },
        {
            name: 'four early wins: no fix',
            plan: { earlyWins: DEFAULT_EARLY_WINS + extraWin('Mentors') + extraWin('Camps') },
            errors: [{ messageId: 'tooMany', line: 'team TalentTeam', message: /has 4 early wins; the guide asks for 2-3/ }],
        },
        {
            name: 'options: two early wins with max 1',
            configs: counts(1, 1),
            errors: [{ messageId: 'tooMany', line: 'team TalentTeam', message: /^Team 'TalentTeam' has 2 early wins; this partnership's config asks for 1-1 \(the guide: 2-3\)\.$/ }],
        },
        {
            name: 'options: three early wins needed with min 3',
            configs: counts(3, 4),
            errors: [{
                messageId: 'tooFew', line: 'team TalentTeam', message: /; this partnership's config asks for 3-4 \(the guide: 2-3\)\.$/,
                fixes: [{ output: [['approved\n\n}\n', `approved\n\n${skeleton('EarlyWin1')}}\n`]] }],
            }],
        },
    ],
});

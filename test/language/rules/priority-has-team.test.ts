import { PARTNERSHIP_FILE, planFiles } from '../../helpers/plans.js';
import { ruleTester } from './rule-tester.js';

const addPriority = (name: string): [string, string] =>
    ['        follow-up 2026-03-27\n    }\n', `        follow-up 2026-03-27\n    }\n    priority ${name} "Buy more from regional suppliers" {\n        follow-up 2026-03-30\n    }\n`];

ruleTester('priority-has-team', {
    file: PARTNERSHIP_FILE,
    valid: [
        { name: 'the priority has a team in another file' },
        { name: 'two teams for one priority', files: { ...planFiles(), 'teams/more.plan': planFiles()['teams/talent.plan'].replace('team TalentTeam', 'team MoreTeam') } },
    ],
    invalid: [
        {
            name: 'a priority with no team: create teams/<name>.plan with a skeleton',
            edit: [addPriority('Supply')],
            errors: [{
                messageId: 'noTeam', line: 'priority Supply', message: /^Priority 'Supply' has no action team/,
                fixes: [{
                    title: /teams\/supply\.plan/,
                    newFile: { path: 'teams/supply.plan', includes: ['team SupplyTeam', 'for Supply {', 'first win FirstWin', 'due 2026-06-13'] },
                }],
            }],
            // The new file is a skeleton: the guide rules still have warnings for it, but no error may appear.
        },
        {
            // 2026-03-30 + 38 days (the middle of 30-45) = 2026-05-07.
            name: 'a first-win window set in the config: the new team\'s first win follows it',
            edit: [addPriority('Supply')], asOf: '2026-04-01',
            configs: { 'actionplan.config.json': JSON.stringify({ rules: { 'first-win-window': ['warning', { minDays: 30, maxDays: 45 }] } }) },
            errors: [{
                messageId: 'noTeam', line: 'priority Supply',
                fixes: [{ newFile: { path: 'teams/supply.plan', includes: ['first win FirstWin "TODO: what we can accomplish in 30-45 days" {', 'due 2026-05-07'] } }],
            }],
            // TalentTeam's Tours (day 75) is outside the narrower window.
            others: ['first-win-window'],
        },
        {
            name: 'a CamelCase name gives a kebab-case file',
            edit: [addPriority('SupplyChain')],
            errors: [{ messageId: 'noTeam', line: 'priority SupplyChain', fixes: [{ newFile: { path: 'teams/supply-chain.plan', includes: ['team SupplyChainTeam', 'for SupplyChain'] } }] }],
        },
        {
            name: 'the new file goes next to the partnership file',
            files: { 'plans/partnership.plan': planFiles()['partnership.plan'], 'plans/teams/talent.plan': planFiles()['teams/talent.plan'] },
            edit: [addPriority('Supply')],
            errors: [{ messageId: 'noTeam', line: 'priority Supply', file: 'plans/partnership.plan', fixes: [{ newFile: { path: 'plans/teams/supply.plan', includes: ['team SupplyTeam'] } }] }],
        },
    ],
});

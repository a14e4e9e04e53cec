import { ruleTester } from './rule-tester.js';

const CLOSE = '        support li "Adapts the machining curriculum" gives in-kind\n    }';
const rate = (line: string): [string, string] => [CLOSE, `        support li "Adapts the machining curriculum" gives in-kind\n        ${line}\n    }`];
const NO_IMPACT: [string, string] = ['        impact high\n', ''];
const NO_FEASIBILITY: [string, string] = ['        feasibility medium\n', ''];

ruleTester('win-criteria', {
    valid: [
        { name: 'every early win rated, none low' },
        { name: 'a first win needs no rating, and may be rated low', edit: [['owner ben\n        support LWC', 'owner ben\n        impact low\n        support LWC']] },
        { name: 'off', edit: [NO_IMPACT], configs: { 'actionplan.config.json': '{"rules":{"win-criteria":"off"}}' } },
    ],
    invalid: [
        {
            name: 'no impact: rate it high or medium',
            edit: [NO_IMPACT],
            errors: [{
                messageId: 'noImpact', line: 'early win Apprenticeship', message: /^Early win 'Apprenticeship' has no impact rating/,
                fixes: [
                    { title: 'Rate impact high', output: [rate('impact high')] },
                    { title: 'Rate impact medium', output: [rate('impact medium')] },
                ],
            }],
        },
        {
            name: 'no feasibility',
            edit: [NO_FEASIBILITY],
            errors: [{
                messageId: 'noFeasibility', line: 'early win Apprenticeship',
                fixes: [
                    { title: 'Rate feasibility high', output: [rate('feasibility high')] },
                    { title: 'Rate feasibility medium', output: [rate('feasibility medium')] },
                ],
            }],
        },
        {
            name: 'lacking both impact and feasibility: two diagnostics on the win',
            edit: [NO_IMPACT, NO_FEASIBILITY],
            errors: [
                { messageId: 'noImpact', line: 'early win Apprenticeship', fixes: [
                    { output: [rate('impact high')] }, { output: [rate('impact medium')] },
                ] },
                { messageId: 'noFeasibility', line: 'early win Apprenticeship', fixes: [
                    { output: [rate('feasibility high')] }, { output: [rate('feasibility medium')] },
                ] },
            ],
        },
        {
            name: 'rated low impact and low feasibility: two diagnostics, on the ratings',
            edit: [['impact high\n        feasibility medium', 'impact low\n        feasibility low']],
            errors: [
                { messageId: 'lowImpact', line: 'impact low' },
                { messageId: 'lowFeasibility', line: 'feasibility low' },
            ],
        },
        {
            name: 'requires new funding and change outside the region: one each',
            edit: [['feasibility medium\n', 'feasibility medium\n        requires new-funding\n        requires outside-region\n']],
            errors: [
                { messageId: 'newFunding', line: 'requires new-funding', message: /new funding/ },
                { messageId: 'outsideRegion', line: 'requires outside-region', message: /outside the region/ },
            ],
        },
        {
            name: 'an early win without a body lacks both ratings',
            plan: { earlyWins: '    early win Apprenticeship "Launch a shared apprenticeship pilot"\n    early win Pathways "Publish a map" {\n        due 2027-02-28\n        impact medium\n        feasibility high\n        owner ben\n        support raj "Collects data"\n    }' },
            errors: [
                { messageId: 'noImpact', line: 'early win Apprenticeship', fixes: [
                    { output: [['pilot"\n', 'pilot" {\n        impact high\n    }\n']] }, { output: [['pilot"\n', 'pilot" {\n        impact medium\n    }\n']] },
                ] },
                { messageId: 'noFeasibility', line: 'early win Apprenticeship', fixes: [
                    { output: [['pilot"\n', 'pilot" {\n        feasibility high\n    }\n']] }, { output: [['pilot"\n', 'pilot" {\n        feasibility medium\n    }\n']] },
                ] },
            ],
            others: ['win-specific', 'complementary-roles', 'responder-plugged-in'],
        },
    ],
});

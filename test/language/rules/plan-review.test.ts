import { ruleTester } from './rule-tester.js';

const pending = (date: string, by = 'ana'): [string, string] => ['\n}\n', `\n    review ${date} by ${by} status pending\n}\n`];

ruleTester('plan-review', {
    valid: [
        { name: 'approved by two champions' },
        { name: 'approved by one champion', plan: { review: '    review 2026-04-20 by ben status approved' } },
        { name: 'one approving review among others', plan: { review: '    review 2026-04-10 by ana status changes-requested\n    review 2026-04-20 by ben status approved' } },
        { name: 'an unresolved reviewer counts as written', plan: { review: '    review 2026-04-20 by anna status approved' }, others: ['unresolved-reference'] },
    ],
    invalid: [
        {
            name: 'no review: insert a pending review by the first champion (the step stays to be approved)',
            plan: { review: '' }, asOf: '2026-05-02',
            errors: [{
                messageId: 'notApproved', line: 'team TalentTeam', severity: 'info',
                fixes: [{ title: 'Add a pending review by ana', output: [pending('2026-05-02')], stays: true }],
            }],
        },
        {
            name: 'changes requested',
            plan: { review: '    review 2026-04-20 by ana, ben status changes-requested' },
            errors: [{ messageId: 'notApproved', line: 'team TalentTeam', fixes: [{ output: [pending('2026-05-01')], stays: true }] }],
        },
        {
            name: 'pending',
            plan: { review: '    review 2026-04-20 by ben status pending' },
            errors: [{ messageId: 'notApproved', line: 'team TalentTeam', fixes: [{ output: [pending('2026-05-01')], stays: true }] }],
        },
        {
            name: 'approved only by someone who is not a champion',
            plan: { review: '    review 2026-04-20 by li status approved' },
            errors: [{ messageId: 'notApproved', line: 'team TalentTeam', fixes: [{ output: [pending('2026-05-01')], stays: true }] }],
            others: ['member-kind'],
        },
        {
            name: 'severity raised by the config',
            plan: { review: '' }, configs: { 'actionplan.config.json': '{"rules":{"plan-review":"warning"}}' },
            errors: [{ messageId: 'notApproved', line: 'team TalentTeam', severity: 'warning',
                fixes: [{ output: [pending('2026-05-01')], stays: true }] }],
        },
    ],
});

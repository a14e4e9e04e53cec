import { ruleTester } from './rule-tester.js';

const pending = (date: string, by = 'ana'): [string, string] => ['\n}\n', `\n    review ${date} by ${by} status pending\n}\n`];

ruleTester('plan-review', {
    valid: [
        { name: 'approved by two champions' },
        { name: 'approved by one champion', plan: { review: '    review 2026-04-20 by ben status approved' } },
        { name: 'one approving review among others', plan: { review: '    review 2026-04-10 by ana status changes-requested\n    review 2026-04-20 by ben status approved' } },
        { name: 'approved on the same date as a request for changes, written after it', plan: { review: '    review 2026-04-20 by ana status changes-requested\n    review 2026-04-20 by ben status approved' } },
        { name: 'a later approval, written first', plan: { review: '    review 2026-04-25 by ben status approved\n    review 2026-04-10 by ana status pending' } },
        { name: 'a later review by a non-champion does not supersede', plan: { review: '    review 2026-04-20 by ana status approved\n    review 2026-04-25 by li status changes-requested' }, others: ['member-kind'] },
        { name: 'an unresolved reviewer counts as written', plan: { review: '    review 2026-04-20 by anna status approved' }, others: ['unresolved-reference'] },
    ],
    invalid: [
        {
            name: 'no review: insert a pending review by the first champion (then the rule says it is still pending)',
            plan: { review: '' }, asOf: '2026-05-02',
            errors: [{
                messageId: 'notApproved', line: 'team TalentTeam', severity: 'info',
                fixes: [{ title: 'Add a pending review by ana', output: [pending('2026-05-02')] }],
            }],
        },
        {
            name: 'changes requested: the review is written, no line to add',
            plan: { review: '    review 2026-04-20 by ana, ben status changes-requested' },
            errors: [{ messageId: 'notLatest', line: 'team TalentTeam', message: /^The latest champion review of team 'TalentTeam' \(2026-04-20\) asks for changes; the guide asks business members to “review and revise” the plan, so the latest word counts\.$/ }],
        },
        {
            name: 'pending',
            plan: { review: '    review 2026-04-20 by ben status pending' },
            errors: [{ messageId: 'notLatest', line: 'team TalentTeam', message: /\(2026-04-20\) is still pending;/ }],
        },
        {
            name: 'a later request for changes supersedes an earlier approval',
            plan: { review: '    review 2026-04-10 by ana, ben status approved\n    review 2026-04-20 by ben status changes-requested' },
            errors: [{ messageId: 'notLatest', line: 'team TalentTeam', message: /\(2026-04-20\) asks for changes/ }],
        },
        {
            name: 'a later pending review supersedes an earlier approval, whatever the order written',
            plan: { review: '    review 2026-04-28 by ana status pending\n    review 2026-04-10 by ben status approved' },
            errors: [{ messageId: 'notLatest', line: 'team TalentTeam', message: /\(2026-04-28\) is still pending/ }],
        },
        {
            name: 'on the same date, the review written last counts',
            plan: { review: '    review 2026-04-20 by ana status approved\n    review 2026-04-20 by ben status changes-requested' },
            errors: [{ messageId: 'notLatest', line: 'team TalentTeam' }],
        },
        {
            name: 'approved only by someone who is not a champion',
            plan: { review: '    review 2026-04-20 by li status approved' },
            errors: [{ messageId: 'notApproved', line: 'team TalentTeam', fixes: [{ output: [pending('2026-05-01')] }] }],
            others: ['member-kind'],
        },
        {
            name: 'severity raised by the config',
            plan: { review: '' }, configs: { 'actionplan.config.json': '{"rules":{"plan-review":"warning"}}' },
            errors: [{ messageId: 'notApproved', line: 'team TalentTeam', severity: 'warning',
                fixes: [{ output: [pending('2026-05-01')] }] }],
        },
    ],
});

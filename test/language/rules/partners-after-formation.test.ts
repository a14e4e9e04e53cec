import { ruleTester } from './rule-tester.js';

const joined = (date: string): [string, string] => ['joined 2026-04-15', `joined ${date}`];

ruleTester('partners-after-formation', {
    valid: [
        { name: 'joined after the team formed' },
        { name: 'joined the day the team formed', edit: [joined('2026-03-27')] },
        { name: 'no joined date', edit: [['        joined 2026-04-15\n', '']] },
        { name: 'an invalid joined date gets invalid-date only', edit: [joined('2026-03-32')], others: ['invalid-date'] },
        { name: 'joined before the launch: date-order speaks of it, not this rule', edit: [joined('2026-03-01')], others: ['date-order'] },
        { name: 'formed absent: the follow-up is the formation', plan: { formed: '', followUp: '2026-03-25' }, edit: [joined('2026-03-25')] },
    ],
    invalid: [
        {
            name: 'joined one day before the team formed',
            edit: [joined('2026-03-26')],
            errors: [{
                messageId: 'early', line: 'joined 2026-03-26', message: /1 day before team 'TalentTeam' formed \(2026-03-27\)/,
                fixes: [{ title: /2026-03-27/, output: [['joined 2026-03-26', 'joined 2026-03-27']], removes: '2026-03-26' }],
            }],
        },
        {
            name: 'formed absent: before the follow-up',
            plan: { formed: '' }, edit: [joined('2026-03-20')],
            errors: [{ messageId: 'early', line: 'joined 2026-03-20', fixes: [{ output: [['joined 2026-03-20', 'joined 2026-03-27']], removes: '2026-03-20' }] }],
        },
    ],
});

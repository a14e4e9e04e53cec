import { PARTNERSHIP_FILE } from '../../helpers/plans.js';
import { ruleTester } from './rule-tester.js';

ruleTester('invalid-date', {
    valid: [
        { name: 'real dates' },
        { name: 'the 29th of February in a leap year', edit: [['by 2027-06-30', 'by 2028-02-29']] },
    ],
    invalid: [
        {
            name: 'the 30th of February',
            edit: [['review 2026-04-20', 'review 2026-02-30']],
            errors: [{ messageId: 'invalid', line: 'review 2026-02-30', severity: 'error', message: /^'2026-02-30' is not a real date: February 2026 has 28 days\.$/ }],
        },
        {
            name: 'the 29th of February in a common year',
            edit: [['by 2027-06-30', 'by 2027-02-29']],
            errors: [{ messageId: 'invalid', line: 'by 2027-02-29', message: /February 2027 has 28 days/ }],
        },
        {
            name: 'month 13',
            edit: [['joined 2026-04-15', 'joined 2026-13-15']],
            errors: [{ messageId: 'invalid', line: 'joined 2026-13-15', message: /no month 13/ }],
        },
        {
            name: 'not written as YYYY-MM-DD',
            edit: [['due 2026-04-10', 'due 2026-4-10']],
            errors: [{
                messageId: 'invalid', line: 'due 2026-4-10', message: /write it as YYYY-MM-DD/,
                fixes: [{ title: 'Write 2026-04-10', output: [['due 2026-4-10', 'due 2026-04-10']], removes: '2026-4-10' }],
            }],
        },
        {
            name: 'a launch date: no window or order rule on it',
            plan: { launch: '2026-02-31' },
            errors: [{ messageId: 'invalid', line: 'launch 2026-02-31', file: PARTNERSHIP_FILE }],
        },
        {
            name: 'a follow-up date',
            plan: { followUp: '2026-04-31', formed: '' },
            errors: [{ messageId: 'invalid', line: 'follow-up 2026-04-31', file: PARTNERSHIP_FILE }],
        },
        {
            name: 'a formed date',
            plan: { formed: '2026-03-32' },
            errors: [{ messageId: 'invalid', line: 'formed 2026-03-32' }],
        },
        {
            name: 'a win due date',
            edit: [['due 2026-09-30', 'due 2026-09-31']],
            errors: [{ messageId: 'invalid', line: 'due 2026-09-31' }],
        },
        {
            name: 'an organize date',
            plan: { team: '    organize "Monthly team call" kind meeting on 2026-06-31' },
            errors: [{ messageId: 'invalid', line: 'on 2026-06-31' }],
        },
        {
            name: 'two invalid dates: one each',
            edit: [['due 2026-09-30', 'due 2026-09-31'], ['due 2027-02-28', 'due 2027-02-29']],
            errors: [{ messageId: 'invalid', line: 'due 2026-09-31' }, { messageId: 'invalid', line: 'due 2027-02-29' }],
        },
    ],
});

import { PARTNERSHIP_FILE } from '../../helpers/plans.js';
import { ruleTester } from './rule-tester.js';

// Parse errors in depth are in ../parsing.test.ts; here, the rule's table.
ruleTester('syntax', {
    valid: [
        { name: 'the baseline plan parses' },
        { name: 'repeatable lines may repeat', edit: [['    champion ben\n', '    champion ben\n    champion ben\n']] },
    ],
    invalid: [
        { name: 'a character the language does not know', edit: [['champion ben', 'champion ben #']],
            errors: [{ messageId: 'parse', line: 'champion ben #', severity: 'error', message: /^Unexpected character '#'\.$/ }] },
        { name: 'a keyword the block does not take', edit: [['impact high', 'impact high\n        colour blue']],
            errors: [{ messageId: 'parse', line: 'colour blue' }], others: [] },
        { name: 'a due date written twice in a win: the second is reported', edit: [['due 2026-06-10', 'due 2026-06-10\n        due 2026-06-12']],
            errors: [{ messageId: 'repeated', line: 'due 2026-06-12', message: /^'due' is written 2 times in win 'Tours'; keep one\.$/ }] },
        { name: 'formed written twice in a team', plan: { team: '    formed 2026-03-28' },
            errors: [{ messageId: 'repeated', line: 'formed 2026-03-28', message: /'formed' is written 2 times in team 'TalentTeam'/ }] },
        { name: 'follow-up written twice in a priority', edit: [['follow-up 2026-03-27', 'follow-up 2026-03-27\n        follow-up 2026-03-28']],
            errors: [{ messageId: 'repeated', line: 'follow-up 2026-03-28', file: PARTNERSHIP_FILE, message: /'follow-up' is written 2 times in priority 'Talent'/ }] },
        { name: 'selected-by written three times: the second and the third', edit: [['selected-by convener', 'selected-by convener\n        selected-by convener\n        selected-by convener ']],
            errors: [{ messageId: 'repeated', line: 9 }, { messageId: 'repeated', line: 10, message: /3 times/ }] },
        { name: 'the launch written twice', edit: [['launch 2026-03-04', 'launch 2026-03-04\n    launch 2026-03-05']],
            errors: [{ messageId: 'repeated', line: 'launch 2026-03-05', file: PARTNERSHIP_FILE }] },
    ],
});

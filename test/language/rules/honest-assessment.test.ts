import { ruleTester } from './rule-tester.js';

// Tours is due 2026-06-10 and planned (no status line).
const TOURS_END = 'three districts"\n    }';
const insert = (...lines: string[]): [string, string] => [TOURS_END, `three districts"\n${lines.map(l => `        ${l}\n`).join('')}    }`];
const STATUS = (status: string): [string, string] => ['owner ben\n        support LWC', `owner ben\n        status ${status}\n        support LWC`];
const TODO = 'assessment "TODO: what happened, honestly"';
const NEXT = '    next win ToursFall "Make tours a fall routine" after Tours {\n        due 2026-09-30\n        owner ben\n    }';

ruleTester('honest-assessment', {
    valid: [
        { name: 'due on the as-of date is not yet overdue', asOf: '2026-06-10' },
        { name: 'dropped wins are not chased', asOf: '2026-12-01', edit: [STATUS('dropped')], plan: { earlyWins: '' }, others: ['early-wins-count', 'responder-plugged-in'] },
        { name: 'achieved with an assessment', edit: [STATUS('achieved'), ['support LWC "Recruits teachers from three districts"', 'support LWC "Recruits teachers from three districts"\n        assessment "Four tours"']], plan: { team: NEXT } },
        { name: 'an invalid due date gets invalid-date only', asOf: '2027-01-01', edit: [['due 2026-06-10', 'due 2026-06-31']], plan: { earlyWins: '' }, others: ['invalid-date', 'early-wins-count', 'responder-plugged-in'] },
    ],
    invalid: [
        {
            name: 'overdue by one day on the as-of date: mark achieved or missed',
            asOf: '2026-06-11',
            errors: [{
                messageId: 'overdue', line: 'due 2026-06-10', message: /^First win 'Tours' was due 2026-06-10, 1 day before 2026-06-11, and is still planned/,
                fixes: [
                    { title: 'Mark achieved', output: [insert('status achieved', TODO)] },
                    { title: 'Mark missed', output: [insert('status missed', TODO)] },
                ],
            }],
        },
        {
            name: 'in progress and overdue: the status is replaced, an assessment added',
            asOf: '2026-07-01', edit: [STATUS('in-progress')],
            errors: [{
                messageId: 'overdue', line: 'due 2026-06-10', message: /21 days before 2026-07-01, and is still in-progress/,
                fixes: [
                    { output: [['status in-progress', 'status achieved'], insert(TODO)], removes: 'in-progress' },
                    { output: [['status in-progress', 'status missed'], insert(TODO)], removes: 'in-progress' },
                ],
            }],
        },
        {
            name: 'the as-of given to the checker (CLI --as-of, editor setting) overrides the config asOf',
            asOf: '2026-06-11', configs: { 'actionplan.config.json': '{ "asOf": "2026-01-01" }' },
            errors: [{ messageId: 'overdue', line: 'due 2026-06-10', fixes: [{ output: [insert('status achieved', TODO)] }, { output: [insert('status missed', TODO)] }] }],
        },
        {
            name: 'achieved without assessment',
            edit: [STATUS('achieved')], plan: { team: NEXT },
            errors: [{ messageId: 'noAssessment', line: 'status achieved', fixes: [{ title: 'Add an assessment', output: [insert(TODO)] }] }],
        },
        {
            name: 'missed without assessment',
            edit: [STATUS('missed')],
            errors: [{ messageId: 'noAssessment', line: 'status missed', message: /is missed but has no assessment/, fixes: [{ output: [insert(TODO)] }] }],
            others: ['course-correction'],
        },
    ],
});

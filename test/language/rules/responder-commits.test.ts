import { ruleTester } from './rule-tester.js';

const COMMITS = '        commits in-kind "Instructor time for plant tours"\n';

ruleTester('responder-commits', {
    valid: [
        { name: 'one commitment' },
        { name: 'several commitments', edit: [[COMMITS, `${COMMITS}        commits policy "Credit for prior learning"\n        commits financial "Tuition"\n`]] },
    ],
    invalid: [
        {
            name: 'no commitment: add a skeleton',
            edit: [[COMMITS, '']],
            errors: [{
                messageId: 'none', line: 'responder li', message: /^Responder 'li' commits no resources/,
                fixes: [{ title: 'Add a commitment', output: [['collaborative\n    }', 'collaborative\n        commits in-kind "TODO: what the organization commits"\n    }']] }],
            }],
        },
        {
            name: 'severity set to hint',
            edit: [[COMMITS, '']], configs: { 'actionplan.config.json': '{"rules":{"responder-commits":"hint"}}' },
            errors: [{ messageId: 'none', line: 'responder li', severity: 'hint', fixes: [{ output: [['collaborative\n    }', 'collaborative\n        commits in-kind "TODO: what the organization commits"\n    }']] }] }],
        },
    ],
});

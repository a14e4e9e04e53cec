import { ruleTester } from './rule-tester.js';

ruleTester('responder-selected', {
    valid: [
        { name: 'selected by the convener' },
    ],
    invalid: [
        {
            name: 'no selected-by: add selected-by convener',
            edit: [['        selected-by convener\n', '']],
            errors: [{
                messageId: 'missing', line: 'responder li',
                fixes: [{ title: 'Add selected-by convener', output: [['collaborative\n    }', 'collaborative\n        selected-by convener\n    }']] }],
            }],
        },
        {
            name: 'volunteered: no fix',
            edit: [['selected-by convener', 'selected-by volunteered']],
            errors: [{ messageId: 'volunteered', line: 'selected-by volunteered' }],
        },
        {
            name: 'sent as a representative: no fix',
            edit: [['selected-by convener', 'selected-by representative']],
            errors: [{ messageId: 'representative', line: 'selected-by representative', message: /representative/ }],
        },
        {
            name: 'a responder without a body',
            plan: { responder: '    responder li' },
            errors: [{ messageId: 'missing', line: 'responder li', fixes: [{ output: [['    responder li\n', '    responder li {\n        selected-by convener\n    }\n']] }] }],
            others: ['responder-commits'],
        },
    ],
});

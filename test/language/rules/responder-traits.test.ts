import { ruleTester } from './rule-tester.js';

const ON = { 'actionplan.config.json': '{ "rules": { "responder-traits": "info" } }' };
const TRAITS = 'traits resources, business-centered, toolkit, collaborative';

ruleTester('responder-traits', {
    valid: [
        { name: 'off by default', edit: [[TRAITS, 'traits resources']] },
        { name: 'all four traits, when on', configs: ON },
        { name: 'all four, over two lines', configs: ON, edit: [[TRAITS, 'traits resources, toolkit\n        traits business-centered, collaborative']] },
    ],
    invalid: [
        {
            name: 'one trait missing',
            configs: ON, edit: [[TRAITS, 'traits resources, business-centered, toolkit']],
            errors: [{
                messageId: 'missing', line: 'responder li', severity: 'info', message: /trait 'collaborative'/,
                fixes: [{ title: 'Declare the missing traits: collaborative', output: [['traits resources, business-centered, toolkit', TRAITS]] }],
            }],
        },
        {
            name: 'two traits missing: one diagnostic naming both, one fix that declares both',
            configs: ON, edit: [[TRAITS, 'traits resources, business-centered']],
            errors: [
                { messageId: 'missingSeveral', line: 'responder li', message: /the traits 'toolkit' and 'collaborative'/, fixes: [{ output: [['traits resources, business-centered', TRAITS]] }] },
            ],
        },
        {
            name: 'no traits line: one diagnostic, the fix adds the line',
            configs: ON, edit: [[`        ${TRAITS}\n`, '']],
            errors: [{
                messageId: 'missingSeveral', line: 'responder li', message: /'resources', 'business-centered', 'toolkit' and 'collaborative'/,
                fixes: [{ output: [['tours"\n    }', `tours"\n        ${TRAITS}\n    }`]] as Array<[string, string]> }],
            }],
        },
    ],
});

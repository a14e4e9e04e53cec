import { ruleTester } from './rule-tester.js';

const involve = (text: string): [string, string] => ['involve "HR leads from six plants"', `involve ${text}`];

ruleTester('no-placeholder', {
    valid: [
        { name: 'real strings' },
        { name: 'words that only start like a placeholder', edit: [involve('"TODO list owners and TBD-averse HR leads"')] },
        { name: 'a string that mentions TODO: later on', edit: [involve('"HR leads; TODO: none"')] },
    ],
    invalid: [
        ...['""', '"   "', '"TODO"', '"todo"', '"TBD"', '"..."', '"\u2026"', '"TODO: name the leads"', '" TODO: padded"'].map(text => ({
            name: `the string ${text}`,
            edit: [involve(text)],
            errors: [{ messageId: 'placeholder', line: `involve ${text}`, severity: 'info' as const }],
        })),
        {
            name: 'the message names the text, or says the string is empty',
            edit: [involve('""'), ['"Plant manager"', '"TBD"']],
            errors: [
                { messageId: 'placeholder', line: 'involve ""', message: /^An empty string is a placeholder/ },
                { messageId: 'placeholder', line: 'title "TBD"', file: 'partnership.plan', message: /^"TBD" is a placeholder; fill it in/ },
            ],
        },
        {
            name: 'any string in any element: a title, a role, an assessment',
            edit: [['person raj "Raj Patel"', 'person raj "TODO"'], ['"Recruits teachers from three districts"', '"TBD"']],
            errors: [
                { messageId: 'placeholder', line: 'person raj', file: 'partnership.plan' },
                { messageId: 'placeholder', line: 'support LWC "TBD"' },
            ],
        },
    ],
});

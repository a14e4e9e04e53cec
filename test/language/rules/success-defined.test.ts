import { ruleTester } from './rule-tester.js';

const SUCCESS = '    success "Regional employers fill most technician openings from local programs" {\n        measure "Share of technician hires from regional programs" target "60%" by 2027-06-30\n    }\n';
const MEASURE = '        measure "Share of technician hires from regional programs" target "60%" by 2027-06-30\n';

ruleTester('success-defined', {
    valid: [
        { name: 'a success with a measure' },
        { name: 'a measure without target or date', edit: [[' target "60%" by 2027-06-30', '']] },
        { name: 'several measures', edit: [[MEASURE, `${MEASURE}        measure "Openings filled" by 2027-12-31\n`]] },
    ],
    invalid: [
        {
            name: 'no success: insert a success with a measure',
            edit: [[SUCCESS, '']],
            errors: [{
                messageId: 'noSuccess', line: 'team TalentTeam',
                fixes: [{ output: [['approved\n\n}\n', 'approved\n\n    success "TODO: the end result; how we will know we made change" {\n        measure "TODO: what we will measure"\n    }\n}\n']] }],
            }],
        },
        {
            name: 'a success without a body',
            edit: [[' {\n' + MEASURE + '    }\n', '\n']],
            errors: [{
                messageId: 'noMeasure', line: 'success "Regional', message: /^The success of team 'TalentTeam' has no measure/,
                fixes: [{ title: 'Add a measure', output: [['programs"\n', 'programs" {\n        measure "TODO: what we will measure"\n    }\n']] }],
            }],
        },
        {
            name: 'a success with an empty body',
            edit: [[MEASURE, '']],
            errors: [{ messageId: 'noMeasure', line: 'success "Regional', fixes: [{ output: [['programs" {\n    }', 'programs" {\n        measure "TODO: what we will measure"\n    }']] }] }],
        },
        {
            name: 'the second of two successes has no measure',
            edit: [[SUCCESS, `${SUCCESS}    success "More employers train in-house"\n`]],
            errors: [{ messageId: 'noMeasure', line: 'More employers', fixes: [{ output: [['in-house"\n', 'in-house" {\n        measure "TODO: what we will measure"\n    }\n']] }] }],
        },
    ],
});

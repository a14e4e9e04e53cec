import { ruleTester } from './rule-tester.js';

// Suppressions in depth are in ../suppressions.test.ts; here, the rule and its fixes.
const NO_IMPACT: [string, string] = ['        impact high\n', ''];
const above = (comment: string): [string, string] => ['    early win Apprenticeship', `    ${comment}\n    early win Apprenticeship`];
// li's support moves to the first win, so the responder stays plugged in (responder-plugged-in).
const NO_SUPPORT: Array<[string, string]> = [['        support li "Adapts the machining curriculum" gives in-kind\n', ''],
    ['        support LWC "Recruits teachers from three districts"\n', '        support LWC "Recruits teachers from three districts"\n        support li "Hosts a tour"\n']];

ruleTester('unused-suppression', {
    valid: [
        { name: 'a suppression that silences something', edit: [NO_IMPACT, above('// actionplan-disable-next-line win-criteria')] },
        { name: 'every named rule silences something', edit: [NO_IMPACT, ...NO_SUPPORT, above('// actionplan-disable-next-line win-criteria, complementary-roles -- agreed at the May call')] },
        { name: 'off in the config', edit: [above('// actionplan-disable-next-line win-criteria')], configs: { 'actionplan.config.json': '{"rules":{"unused-suppression":"off"}}' } },
    ],
    invalid: [
        {
            name: 'a next-line comment that silences nothing: remove the line',
            edit: [above('// actionplan-disable-next-line win-criteria')],
            errors: [{
                messageId: 'unused', line: '// actionplan', severity: 'info',
                message: /^This suppression comment silences nothing \('win-criteria' did not fire on the next line\); remove it so stale comments do not pile up\.$/,
                fixes: [{ title: 'Remove the suppression comment', output: [['    // actionplan-disable-next-line win-criteria\n', '']], removes: '// actionplan-disable-next-line win-criteria' }],
            }],
        },
        {
            name: 'a file-wide comment that silences nothing',
            plan: { team: '    // actionplan-disable-file responder-traits -- not used yet' },
            errors: [{ messageId: 'unused', line: '// actionplan', message: /silences nothing \('responder-traits' is off\)/,
                fixes: [{ output: [['    // actionplan-disable-file responder-traits -- not used yet\n', '']], removes: '// actionplan-disable-file responder-traits -- not used yet' }] }],
        },
        {
            name: 'a comment after code: only the comment goes',
            edit: [...NO_SUPPORT, ['    champion ben', '    champion ben // actionplan-disable-next-line']],
            errors: [{ messageId: 'unused', line: '// actionplan', message: /silences nothing \(no rule fired on the next line\)/,
                fixes: [{ output: [['    champion ben // actionplan-disable-next-line', '    champion ben']], removes: '// actionplan-disable-next-line' }] }],
            others: ['complementary-roles'],
        },
        {
            name: 'one unused rule inside a used comment: remove that name',
            edit: [...NO_SUPPORT, above('// actionplan-disable-next-line win-criteria, complementary-roles')],
            errors: [{
                messageId: 'unusedRule', line: '// actionplan', message: /^'win-criteria' in this suppression comment silences nothing \(it did not fire on the next line\)\.$/,
                fixes: [{ title: "Remove 'win-criteria' from the suppression comment",
                    output: [['disable-next-line win-criteria, complementary-roles', 'disable-next-line complementary-roles']], removes: 'win-criteria,' }],
            }],
        },
        {
            name: 'the last name unused: remove it with its comma',
            edit: [...NO_SUPPORT, above('// actionplan-disable-next-line complementary-roles, win-criteria -- for now')],
            errors: [{
                messageId: 'unusedRule', line: '// actionplan',
                fixes: [{ output: [['complementary-roles, win-criteria -- for now', 'complementary-roles -- for now']], removes: ', win-criteria' }],
            }],
        },
        {
            name: 'a rule that does not exist, in a used comment',
            edit: [...NO_SUPPORT, above('// actionplan-disable-next-line complementary-roles, no-such-rule')],
            errors: [{ messageId: 'unusedRule', line: '// actionplan', message: /^'no-such-rule' in this suppression comment silences nothing \(there is no rule 'no-such-rule'\)\.$/,
                fixes: [{ output: [['complementary-roles, no-such-rule', 'complementary-roles']], removes: ', no-such-rule' }] }],
        },
        {
            name: 'a structural rule in a used comment cannot be silenced',
            edit: [...NO_SUPPORT, above('// actionplan-disable-next-line complementary-roles, duplicate-name'), ['early win Pathways', 'early win Apprenticeship']],
            errors: [{ messageId: 'unusedRule', line: '// actionplan', message: /structural rules cannot be silenced/,
                fixes: [{ output: [['complementary-roles, duplicate-name', 'complementary-roles']], removes: ', duplicate-name' }] }],
            others: ['duplicate-name'],
        },
        {
            name: 'a misspelt rule id: the nearest id is suggested',
            edit: [...NO_SUPPORT, above('// actionplan-disable-next-line complementary-roles, honest-asessment')],
            errors: [{ messageId: 'unusedRule', line: '// actionplan',
                message: /^'honest-asessment' in this suppression comment silences nothing \(there is no rule 'honest-asessment'; did you mean 'honest-assessment'\?\)\.$/,
                fixes: [{ output: [['complementary-roles, honest-asessment', 'complementary-roles']], removes: ', honest-asessment' }] }],
        },
        {
            name: 'a file-wide comment naming rules that did not fire, and no rule at all',
            plan: { team: '    // actionplan-disable-file win-criteria, duplicate-name, honest-asessment' },
            errors: [{ messageId: 'unused', line: '// actionplan',
                message: /^This suppression comment silences nothing \('win-criteria' did not fire in this file; 'duplicate-name' is structural and cannot be silenced; there is no rule 'honest-asessment'; did you mean 'honest-assessment'\?\); remove it/,
                fixes: [{ output: [['    // actionplan-disable-file win-criteria, duplicate-name, honest-asessment\n', '']], removes: '// actionplan-disable-file win-criteria, duplicate-name, honest-asessment' }] }],
        },
    ],
});

import { PARTNERSHIP_FILE, planFiles } from '../../helpers/plans.js';
import { ruleTester } from './rule-tester.js';

// Each unresolved reference is reported once, and no other rule speaks of it (absent but written).
ruleTester('unresolved-reference', {
    valid: [
        { name: 'every reference resolves' },
        { name: 'references to keyword-named elements', plan: { extra: 'person team "Tess Team" of Ruiz' }, edit: [['    champion ben\n', '    champion ben\n    champion team\n']], others: ['champion-engaged'] },
    ],
    invalid: [
        { name: "a person's organisation", edit: [['of Ruiz title "CEO"', 'of Ruis title "CEO"']],
            errors: [{ messageId: 'missing', line: 'person ana', file: PARTNERSHIP_FILE, severity: 'error', message: /^No business or partner named 'Ruis'; did you mean 'Ruiz'\?$/,
                fixes: [{ title: "Change to 'Ruiz'", output: [['of Ruis title', 'of Ruiz title']], removes: 'Ruis' }] }] },
        { name: 'the convener', edit: [['convener LWC', 'convener Nobody']],
            errors: [{ messageId: 'missing', line: 'convener Nobody', file: PARTNERSHIP_FILE, message: /^No business or partner named 'Nobody'\.$/ }] },
        { name: "a team's priority: its team counts as written, formed still counts", edit: [['for Talent', 'for Nothing']],
            errors: [{ messageId: 'missing', line: 'for Nothing', message: /^No priority named 'Nothing'\.$/ }], others: ['priority-has-team'] },
        { name: 'a champion', edit: [['champion ben', 'champion ben\n    champion nobody']], errors: [{ messageId: 'missing', line: 'champion nobody' }] },
        { name: 'a responder: the responder rules still read its body', edit: [['responder li {', 'responder lii {']],
            errors: [{ messageId: 'missing', line: 'responder lii', message: /did you mean 'li'/, fixes: [{ title: "Change to 'li'", output: [['responder lii {', 'responder li {']], removes: 'lii' }] }], others: [] },
        // The did-you-mean rule: a swap of two letters is one step, as is a missing letter.
        { name: 'two letters swapped: did you mean, and the fix', edit: [['owner ben\n        support LWC', 'owner ebn\n        support LWC']],
            errors: [{ messageId: 'missing', line: 'owner ebn', message: /did you mean 'ben'\?$/, fixes: [{ title: "Change to 'ben'", output: [['owner ebn', 'owner ben']], removes: 'ebn' }] }] },
        { name: 'too far for a suggestion: no hint, no fix', edit: [['owner ben\n        support LWC', 'owner bxyz\n        support LWC']],
            errors: [{ messageId: 'missing', line: 'owner bxyz', message: /^No person named 'bxyz'\.$/ }] },
        { name: "a win's owner: neither win-specific nor business-at-center", edit: [['owner ben\n        support LWC', 'owner nobody\n        support LWC']],
            errors: [{ messageId: 'missing', line: 'owner nobody' }] },
        { name: 'a support party', edit: [['support LWC', 'support Nobody']], errors: [{ messageId: 'missing', line: 'support Nobody' }] },
        { name: 'a first step owner: no first-step noOwner', edit: [['owner ana\n        due 2026-04-10', 'owner nobody\n        due 2026-04-10']], errors: [{ messageId: 'missing', line: 'owner nobody' }] },
        { name: 'an involve party', edit: [['involve "HR leads from six plants"', 'involve LWC, Nobody']], errors: [{ messageId: 'missing', line: 'involve LWC' }] },
        { name: 'a reviewer: the review still counts as approved', plan: { review: '    review 2026-04-20 by nobody status approved' }, errors: [{ messageId: 'missing', line: 'review 2026-04-20' }] },
        { name: 'a win of another team without TEAM.', files: { ...planFiles(), 'teams/other.plan': 'team OtherTeam "o" for Talent {\n    champion ana\n    next win More "m" after Tours {\n        due 2026-09-30\n        owner ana\n    }\n}\n' },
            errors: [{ messageId: 'missing', line: 3, file: 'teams/other.plan', message: /write TEAM\.WIN for a win of another team/ }] ,
            others: ['early-wins-count', 'first-step', 'first-win-window', 'plan-review', 'success-defined'] },
        { name: 'a wrong kind: a champion naming a business', edit: [['champion ben', 'champion ben\n    champion Ruiz']],
            errors: [{ messageId: 'wrongKind', line: 'champion Ruiz', message: /^'Ruiz' is a business, but a champion must name a person\.$/ }] },
        { name: 'two unresolved references on one line: one each', edit: [['by ana, ben', 'by nobody, noone, ana']],
            errors: [{ messageId: 'missing', line: 'review 2026-04-20' }, { messageId: 'missing', line: 'review 2026-04-20' }] },
    ],
});

import { PARTNERSHIP_FILE, planFiles } from '../../helpers/plans.js';
import { ruleTester } from './rule-tester.js';

/** What a bare second team still lacks: nothing to do with names. */
const BARE_TEAM = ['early-wins-count', 'first-step', 'first-win-window', 'plan-review', 'success-defined'];
const OTHER_TEAM = 'team OtherTeam "Another team" for Talent {\n    champion ana\n    next win Tours "Tours again" after TalentTeam.Tours {\n        due 2026-09-30\n        owner ana\n    }\n}\n';

ruleTester('duplicate-name', {
    file: PARTNERSHIP_FILE,
    valid: [
        { name: 'every name once' },
        { name: 'the same win name in two teams', files: { ...planFiles(), 'teams/other.plan': OTHER_TEAM }, others: BARE_TEAM },
        { name: 'names are case-sensitive', plan: { extra: 'business ruiz "Another Ruiz"' } },
    ],
    invalid: [
        {
            name: 'a business declared twice in one file: each copy',
            plan: { extra: 'business Ruiz "Ruiz again"' },
            errors: [
                { messageId: 'global', line: 'business Ruiz "Ruiz Precision', severity: 'error', message: /'Ruiz' is declared 2 times in the workspace \(also in this file line 21\); names must be unique/ },
                { messageId: 'global', line: 'Ruiz again', message: /also in this file line 12\)/ },
            ],
        },
        {
            name: 'a person and a team with one name, in two files: each copy',
            plan: { extra: 'person TalentTeam "Tal Team" of Ruiz' },
            errors: [
                { messageId: 'global', line: 'person TalentTeam', message: /also in teams\/talent\.plan line 1\)/ },
                { messageId: 'global', line: 'team TalentTeam', file: 'teams/talent.plan', message: /also in \.\.\/partnership\.plan line 21\)/ },
            ],
        },
        {
            name: 'a partnership and a partner with one name',
            plan: { extra: 'partner NoCoMfg "Manufacturers group" kind other' },
            errors: [{ messageId: 'global', line: 'partnership NoCoMfg' }, { messageId: 'global', line: 'partner NoCoMfg' }],
        },
        {
            name: 'two wins with one name in a team: each copy',
            edit: [['early win Pathways', 'early win Tours']],
            errors: [
                { messageId: 'win', line: 'first win Tours', file: 'teams/talent.plan', message: /^Team 'TalentTeam' has 2 wins named 'Tours'; a win's name must be unique in its team\.$/ },
                { messageId: 'win', line: 'early win Tours', file: 'teams/talent.plan' },
            ],
        },
    ],
});

/**
 * Suppression comments: what they silence, what they cannot, and how stale
 * ones are reported and removed. The rule's own table is in
 * rules/unused-suppression.test.ts.
 */
import { strict as assert } from 'node:assert';
import { applyFix, fixesOf } from '../helpers/fixes.js';
import { TEAM_FILE } from '../helpers/plans.js';
import { buildWorkspace, dataOf, summarize } from '../helpers/workspace.js';
import { filesOf, lineOf } from './rules/rule-tester.js';

// Apprenticeship without impact and without support: win-criteria and complementary-roles on its name line.
const NO_IMPACT: [string, string] = ['        impact high\n', ''];
// li's support moves to the first win, so the responder stays plugged in (responder-plugged-in).
const NO_SUPPORT: Array<[string, string]> = [['        support li "Adapts the machining curriculum" gives in-kind\n', ''],
    ['        support LWC "Recruits teachers from three districts"\n', '        support LWC "Recruits teachers from three districts"\n        support li "Hosts a tour"\n']];
const atEnd = (comment: string): [string, string] => ['approved\n\n}\n', `approved\n\n    ${comment}\n}\n`];
const above = (comment: string): [string, string] => ['    early win Apprenticeship', `    ${comment}\n    early win Apprenticeship`];

async function check(edit: Array<[string, string]>, configs?: Record<string, string>) {
    const files = filesOf({ name: '', edit });
    const workspace = await buildWorkspace(files, { configs });
    const line = (marker: string) => lineOf(files[TEAM_FILE], marker);
    return { files, workspace, line, found: summarize(workspace.diagnostics(TEAM_FILE)) };
}

describe('suppression comments', () => {
    it('without a comment, both rules fire on the win', async () => {
        const { found, line } = await check([NO_IMPACT, ...NO_SUPPORT]);
        const at = line('early win Apprenticeship');
        assert.deepEqual(found, [`complementary-roles@${at}`, `win-criteria@${at}`]);
    });

    describe('disable-next-line', () => {
        it('with named rules silences those rules on the next line, and only those', async () => {
            const { found, line } = await check([NO_IMPACT, ...NO_SUPPORT, above('// actionplan-disable-next-line win-criteria')]);
            assert.deepEqual(found, [`complementary-roles@${line('early win Apprenticeship')}`]);
        });

        it('with several named rules silences each', async () => {
            const { found } = await check([NO_IMPACT, ...NO_SUPPORT, above('// actionplan-disable-next-line win-criteria, complementary-roles')]);
            assert.deepEqual(found, []);
        });

        it('with no rule named silences every rule on the next line', async () => {
            const { found } = await check([NO_IMPACT, ...NO_SUPPORT, above('// actionplan-disable-next-line')]);
            assert.deepEqual(found, []);
        });

        it('silences nothing on the line after next', async () => {
            const { found, line } = await check([NO_IMPACT, ...NO_SUPPORT, ['    early win Apprenticeship', '    // actionplan-disable-next-line\n\n    early win Apprenticeship']]);
            const at = line('early win Apprenticeship');
            assert.deepEqual(found, [`complementary-roles@${at}`, `unused-suppression@${at - 2}`, `win-criteria@${at}`]);
        });

        it('silences by where a diagnostic starts: not a diagnostic of the block above', async () => {
            // win-criteria is reported on the win's name line, not on the line of its missing rating.
            const { found, line } = await check([NO_IMPACT, ['        feasibility medium\n        owner ana', '        // actionplan-disable-next-line win-criteria\n        feasibility medium\n        owner ana']]);
            assert.deepEqual(found, [`unused-suppression@${line('// actionplan')}`, `win-criteria@${line('early win Apprenticeship')}`]);
        });

        it('lets a reason follow "--", and the reason names no rule', async () => {
            const { found } = await check([NO_IMPACT, above('// actionplan-disable-next-line win-criteria -- rated at the May call, see win-specific notes')]);
            assert.deepEqual(found, []);
        });

        it('may stand at the end of a line of code', async () => {
            const { found } = await check([NO_IMPACT, ['    }\n\n    early win Apprenticeship', '    } // actionplan-disable-next-line win-criteria\n    early win Apprenticeship']]);
            assert.deepEqual(found, []);
        });
    });

    describe('disable-file', () => {
        it('silences the named rules anywhere in the file, wherever the comment stands', async () => {
            const { found } = await check([NO_IMPACT, ['early win Pathways "Publish one regional map of career pathways" {\n        due 2027-02-28\n        impact medium',
                'early win Pathways "Publish one regional map of career pathways" {\n        due 2027-02-28'], atEnd('// actionplan-disable-file win-criteria')]);
            assert.deepEqual(found, []);
        });

        it('silences only the named rules', async () => {
            const { found, line } = await check([NO_IMPACT, ...NO_SUPPORT, atEnd('// actionplan-disable-file complementary-roles -- support comes later')]);
            assert.deepEqual(found, [`win-criteria@${line('early win Apprenticeship')}`]);
        });

        it('silences only its own file', async () => {
            const files = filesOf({ name: '', edit: [['person raj "Raj Patel"', 'person raj "TBD"'], atEnd('// actionplan-disable-file no-placeholder')] });
            const workspace = await buildWorkspace(files);
            assert.deepEqual(summarize(workspace.diagnostics('partnership.plan')), ['no-placeholder@20']);
            assert.deepEqual(summarize(workspace.diagnostics(TEAM_FILE)), [`unused-suppression@${lineOf(files[TEAM_FILE], '// actionplan')}`]);
        });
    });

    describe('structural rules are never silenced', () => {
        const INVALID: [string, string] = ['        due 2026-09-30\n', '        due 2026-09-31\n'];
        const aboveDue = (comment: string): [string, string] => ['        due 2026-09-31\n', `        ${comment}\n        due 2026-09-31\n`];

        it('a next-line comment with no rule named leaves invalid-date, and is itself unused', async () => {
            const { found, line } = await check([INVALID, aboveDue('// actionplan-disable-next-line')]);
            assert.deepEqual(found, [`invalid-date@${line('2026-09-31')}`, `unused-suppression@${line('// actionplan')}`]);
        });

        it('naming the structural rule does not silence it either', async () => {
            const { found, line, workspace } = await check([INVALID, aboveDue('// actionplan-disable-next-line invalid-date')]);
            assert.deepEqual(found, [`invalid-date@${line('2026-09-31')}`, `unused-suppression@${line('// actionplan')}`]);
            assert.equal(workspace.diagnostics(TEAM_FILE).find(d => d.code === 'invalid-date')?.severity, 1);
        });

        for (const rule of ['syntax', 'unresolved-reference', 'duplicate-name', 'date-order', 'member-kind']) {
            it(`a file-wide comment naming ${rule} does not silence it`, async () => {
                const edits: Record<string, [string, string]> = {
                    'syntax': ['champion ben', 'champion ben @'],
                    'unresolved-reference': ['champion ben', 'champion bem'],
                    'duplicate-name': ['early win Pathways', 'early win Apprenticeship'],
                    'date-order': ['due 2026-04-10', 'due 2026-03-01'],
                    'member-kind': ['review 2026-04-20 by ana, ben', 'review 2026-04-20 by ana, li'],
                };
                const { workspace } = await check([edits[rule], atEnd(`// actionplan-disable-file ${rule}`)]);
                const codes = workspace.diagnostics(TEAM_FILE).map(d => String(d.code));
                assert.ok(codes.includes(rule), `${rule} was silenced: ${codes.join(', ')}`);
                assert.ok(codes.includes('unused-suppression'), `the comment should be reported unused: ${codes.join(', ')}`);
            });
        }

        it('a comment with no rule named silences the guide rules on the line, not the structural ones', async () => {
            // The win is named twice (duplicate-name) and lacks an impact (win-criteria), on one line.
            const { found, line } = await check([NO_IMPACT, above('// actionplan-disable-next-line'), ['early win Pathways', 'early win Apprenticeship']]);
            const at = line('early win Apprenticeship "Launch');
            assert.ok(found.includes(`duplicate-name@${at}`), found.join(', '));
            assert.ok(!found.includes(`win-criteria@${at}`), found.join(', '));
            assert.ok(!found.some(f => f.startsWith('unused-suppression')), found.join(', '));
        });
    });

    describe('unused suppressions', () => {
        it('a comment that silences nothing is reported, as info, on the comment', async () => {
            const { workspace, line } = await check([above('// actionplan-disable-next-line win-criteria')]);
            const [d] = workspace.diagnostics(TEAM_FILE);
            assert.deepEqual(summarize(workspace.diagnostics(TEAM_FILE)), [`unused-suppression@${line('// actionplan')}`]);
            assert.equal(d.severity, 3);
            assert.equal(d.range.start.character, 4);
            assert.equal(dataOf(d).messageId, 'unused');
        });

        it('its fix removes the comment line, and nothing else', async () => {
            const { workspace, files } = await check([above('// actionplan-disable-next-line win-criteria -- why')]);
            const [fix] = fixesOf(workspace.diagnostics(TEAM_FILE)[0]);
            const fixed = applyFix(files[TEAM_FILE], fix);
            assert.equal(fixed, files[TEAM_FILE].replace('    // actionplan-disable-next-line win-criteria -- why\n', ''));
            const again = await buildWorkspace({ ...files, [TEAM_FILE]: fixed });
            assert.deepEqual(summarize(again.diagnostics()), []);
        });

        it('one unused rule inside a used comment is reported on that name; its fix removes the name', async () => {
            const { workspace, files, line } = await check([...NO_SUPPORT, above('// actionplan-disable-next-line win-criteria, complementary-roles -- why')]);
            const found = workspace.diagnostics(TEAM_FILE);
            assert.deepEqual(summarize(found), [`unused-suppression@${line('// actionplan')}`]);
            const text = files[TEAM_FILE].split('\n')[line('// actionplan') - 1];
            assert.equal(text.slice(found[0].range.start.character, found[0].range.end.character), 'win-criteria');
            assert.equal(dataOf(found[0]).messageId, 'unusedRule');
            const fixed = applyFix(files[TEAM_FILE], fixesOf(found[0])[0]);
            assert.ok(fixed.includes('    // actionplan-disable-next-line complementary-roles -- why\n'), fixed);
            const again = await buildWorkspace({ ...files, [TEAM_FILE]: fixed });
            assert.deepEqual(summarize(again.diagnostics()), []);
        });

        it('a suppression of a rule that is off is unused, and says the rule is off', async () => {
            const { workspace } = await check([...NO_SUPPORT, above('// actionplan-disable-next-line complementary-roles, responder-traits')]);
            const [d] = workspace.diagnostics(TEAM_FILE);
            assert.equal(d.message, "'responder-traits' in this suppression comment silences nothing (the rule is off).");
        });

        it('a directive only counts as a line comment: a block comment is plain text', async () => {
            const { found, line } = await check([NO_IMPACT, above('/* actionplan-disable-next-line win-criteria */')]);
            assert.deepEqual(found, [`win-criteria@${line('early win Apprenticeship')}`]);
        });

        it('a similar word is not a directive', async () => {
            const { found, line } = await check([NO_IMPACT, above('// actionplan-disable-next-lines win-criteria')]);
            assert.deepEqual(found, [`win-criteria@${line('early win Apprenticeship')}`]);
        });
    });
});

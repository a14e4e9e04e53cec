/**
 * Names and references: global names across files, wins scoped to their team,
 * wrong-kind references, "did you mean", and duplicates on every copy.
 */
import { strict as assert } from 'node:assert';
import { AstUtils } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { isTeam, type Model, type Team } from '../../language/generated/ast.js';
import { PARTNERSHIP_FILE, planFiles, TEAM_FILE } from '../helpers/plans.js';
import { buildWorkspace, dataOf, summarize, type TestWorkspace } from '../helpers/workspace.js';
import { filesOf, lineOf, type PlanCase } from './rules/rule-tester.js';

async function build(testCase: Omit<PlanCase, 'name'>): Promise<TestWorkspace> {
    return buildWorkspace(filesOf({ name: '', ...testCase }));
}

function teams(workspace: TestWorkspace, file: string): Team[] {
    return (workspace.documents.get(file)!.parseResult.value as Model).elements.filter(isTeam);
}

function unresolved(workspace: TestWorkspace, file?: string): Diagnostic[] {
    return workspace.diagnostics(file).filter(d => d.code === 'unresolved-reference');
}

/** A second team, in its own file, that passes every rule; `wins` replaces its next win. */
function otherTeam(wins = '    next win MoreTours "More tours" after TalentTeam.Tours {\n        due 2026-09-30\n        owner ana\n    }'): string {
    return `team OtherTeam "Another team for the same priority" for Talent {
    champion ana
${wins}
}
`;
}

describe('linking', () => {
    describe('references across files', () => {
        it('a team names a priority, people and organisations declared in another file', async () => {
            const ws = await buildWorkspace(planFiles());
            assert.deepEqual(summarize(ws.diagnostics()), []);
            const [team] = teams(ws, TEAM_FILE);
            const partnershipUri = ws.documents.get(PARTNERSHIP_FILE)!.uri.toString();
            assert.equal(team.priority.ref?.name, 'Talent');
            assert.equal(AstUtils.getDocument(team.priority.ref!).uri.toString(), partnershipUri);
            assert.equal(team.champions[0].person?.ref?.fullName, 'Ana Ruiz');
            assert.equal(team.wins[0].supports[0].party.ref?.$type, 'Partner');
        });

        it('a person may be declared in a third file, and its organisation in the first', async () => {
            const files = planFiles({ extra: '' });
            const people = 'person kim "Kim Lee" of Ruiz\n';
            const ws = await buildWorkspace({ ...files, 'people/more.plan': people, [TEAM_FILE]: files[TEAM_FILE]
                // kim owns the first step, so the champion takes a part (champion-engaged).
                .replace('    champion ben\n', '    champion ben\n    champion kim\n').replace('owner ana\n        due 2026-04-10', 'owner kim\n        due 2026-04-10') });
            assert.deepEqual(summarize(ws.diagnostics()), []);
            assert.equal(teams(ws, TEAM_FILE)[0].champions[2].person?.ref?.fullName, 'Kim Lee');
        });

        it('a reference to a name that is nowhere is unresolved-reference, on the name, once', async () => {
            const ws = await build({ edit: [['owner ben\n        support LWC', 'owner bob\n        support LWC']] });
            const [d] = unresolved(ws);
            assert.deepEqual(summarize(ws.diagnostics()), ['unresolved-reference@19']);
            assert.deepEqual([d.range.start.character, d.range.end.character], [14, 17]);
            assert.equal(d.severity, 1);
            assert.equal(dataOf(d).messageId, 'missing');
            // 'ben' is two edits from 'bob': too far to suggest for a three-letter name.
            assert.equal(d.message, "No person named 'bob'.");
        });
    });

    describe('"did you mean"', () => {
        const cases: Array<[string, [string, string], RegExp]> = [
            ['a person', ['champion ben', 'champion bem'], /^No person named 'bem'; did you mean 'ben'\?$/],
            ['a priority', ['for Talent', 'for Talnet'], /^No priority named 'Talnet'; did you mean 'Talent'\?$/],
            ['an organisation', ['person raj "Raj Patel" of LWC', 'person raj "Raj Patel" of LWX'], /^No business or partner named 'LWX'; did you mean 'LWC'\?$/],
            ['a party of a support line', ['support li "Adapts', 'support Vestaz "Adapts'], /^No business, partner or person named 'Vestaz'; did you mean 'Vestas'\?$/],
            // 'raj' is one edit away, 'ana' two: the nearest name is the one the user meant.
            ['the nearest party of a support line', ['support raj', 'support raja'], /^No business, partner or person named 'raja'; did you mean 'raj'\?$/],
        ];
        for (const [kind, edit, message] of cases) {
            it(`suggests ${kind} with a near name`, async () => {
                const ws = await build({ edit: [edit] });
                const found = unresolved(ws);
                assert.equal(found.length, 1, summarize(ws.diagnostics()).join(', '));
                assert.match(found[0].message, message);
            });
        }

        it('suggests nothing when no name is near', async () => {
            const ws = await build({ edit: [['champion ben', 'champion Bartholomew']] });
            assert.equal(unresolved(ws)[0].message, "No person named 'Bartholomew'.");
        });

        it('suggests only names of the expected kind', async () => {
            // 'Ruis' is near the business 'Ruiz', but a champion must be a person.
            const ws = await build({ edit: [['champion ben', 'champion Ruis']] });
            assert.doesNotMatch(unresolved(ws)[0].message, /Ruiz/);
        });
    });

    describe('a reference to the wrong kind', () => {
        const cases: Array<[string, [string, string], string]> = [
            ['a champion naming a business', ['champion ben', 'champion Ruiz'], "'Ruiz' is a business, but a champion must name a person."],
            ['a champion naming a partner', ['champion ben', 'champion LWC'], "'LWC' is a partner, but a champion must name a person."],
            ['a responder naming a team', ['responder li {', 'responder TalentTeam {'], "'TalentTeam' is a team, but a responder must name a person."],
            ["a win's owner naming a priority", ['owner ben\n        support LWC', 'owner Talent\n        support LWC'], "'Talent' is a priority, but a win's owner must name a person."],
            ["a first step's owner naming a partnership", ['owner ana\n        due 2026-04-10', 'owner NoCoMfg\n        due 2026-04-10'], "'NoCoMfg' is a partnership, but a first step's owner must name a person."],
            ['a reviewer naming a business', ['by ana, ben', 'by ana, Vestas'], "'Vestas' is a business, but a review must name a person."],
            ["a team's 'for' naming a person", ['for Talent', 'for ana'], "'ana' is a person, but a team's 'for' must name a priority."],
            ["a person's 'of' naming a person", ['person raj "Raj Patel" of LWC', 'person raj "Raj Patel" of li'], "'li' is a person, but a person's 'of' must name a business or partner."],
            ['the convener naming a person', ['convener LWC', 'convener raj'], "'raj' is a person, but the convener must name a business or partner."],
            ['a support line naming a team', ['support LWC "Recruits', 'support TalentTeam "Recruits'], "'TalentTeam' is a team, but a support line must name a business, partner or person."],
            ['an involve line naming a priority', ['involve "HR leads from six plants"', 'involve LWC, Talent'], "'Talent' is a priority, but an involve line must name a business, partner or person."],
        ];
        for (const [name, edit, message] of cases) {
            it(`${name}: unresolved-reference naming the expected kind and what the name is`, async () => {
                const ws = await build({ edit: [edit] });
                const found = unresolved(ws);
                assert.equal(found.length, 1, summarize(ws.diagnostics()).join(', '));
                assert.equal(dataOf(found[0]).messageId, 'wrongKind');
                assert.equal(found[0].message, message);
                // The wrong-kind reference is absent-but-written: no rule reports on it.
                assert.deepEqual(ws.diagnostics().filter(d => d !== found[0] && d.range.start.line === found[0].range.start.line
                    && d.code !== 'plan-review'), [], summarize(ws.diagnostics()).join(', '));
            });
        }

        it("a next win's 'after' naming a person", async () => {
            const ws = await build({ plan: { team: '    next win ToursFall "Fall tours" after ana {\n        due 2026-09-30\n        owner ben\n    }' } });
            const found = unresolved(ws);
            assert.equal(found.length, 1);
            assert.equal(found[0].message, "'ana' is a person, but a next win's 'after' must name a win.");
        });
    });

    describe('wins are scoped to their team', () => {
        it("'after WIN' resolves inside the team", async () => {
            const ws = await build({ plan: { team: '    next win ToursFall "Fall tours" after Tours {\n        due 2026-09-30\n        owner ben\n    }' } });
            assert.deepEqual(summarize(ws.diagnostics()), []);
            const [team] = teams(ws, TEAM_FILE);
            assert.equal(team.wins.at(-1)!.after?.ref, team.wins[0]);
        });

        it("'after TEAM.WIN' resolves from another team, in another file", async () => {
            const ws = await buildWorkspace({ ...planFiles(), 'teams/other.plan': otherTeam() });
            assert.deepEqual(unresolved(ws), []);
            const [talent] = teams(ws, TEAM_FILE);
            const [other] = teams(ws, 'teams/other.plan');
            assert.equal(other.wins[0].after?.ref, talent.wins[0]);
        });

        it("'after TEAM.WIN' also works inside the win's own team", async () => {
            const ws = await build({ plan: { team: '    next win ToursFall "Fall tours" after TalentTeam.Tours {\n        due 2026-09-30\n        owner ben\n    }' } });
            assert.deepEqual(summarize(ws.diagnostics()), []);
        });

        it('a win of another team named without its team is unresolved, pointing to TEAM.WIN', async () => {
            const ws = await buildWorkspace({ ...planFiles(), 'teams/other.plan': otherTeam('    next win MoreTours "More tours" after Tours {\n        due 2026-09-30\n        owner ana\n    }') });
            const found = unresolved(ws, 'teams/other.plan');
            assert.equal(found.length, 1);
            assert.equal(found[0].range.start.line + 1, 3);
            assert.equal(dataOf(found[0]).messageId, 'missing');
            assert.equal(found[0].message, "No win named 'Tours' in this team; write TEAM.WIN for a win of another team.");
        });

        it('TEAM.WIN naming a win that team does not have is unresolved', async () => {
            const ws = await buildWorkspace({ ...planFiles(), 'teams/other.plan': otherTeam('    next win MoreTours "More tours" after TalentTeam.Nope {\n        due 2026-09-30\n        owner ana\n    }') });
            const found = unresolved(ws, 'teams/other.plan');
            assert.equal(found.length, 1);
            assert.match(found[0].message, /^No win named 'TalentTeam\.Nope'/);
        });

        it('the same win name in two teams is fine, and each resolves to its own', async () => {
            const ws = await buildWorkspace({ ...planFiles(), 'teams/other.plan': otherTeam(
                '    first win Tours "Other tours" {\n        due 2026-06-10\n        owner ana\n    }\n    next win ToursFall "Fall" after Tours {\n        due 2026-09-30\n        owner ana\n    }') });
            assert.deepEqual(ws.diagnostics().filter(d => d.code === 'duplicate-name' || d.code === 'unresolved-reference'), []);
            const [other] = teams(ws, 'teams/other.plan');
            assert.equal(other.wins[1].after?.ref, other.wins[0]);
        });
    });

    describe('duplicate names', () => {
        function duplicates(ws: TestWorkspace): string[] {
            return [...ws.documents.keys()].flatMap(file => ws.diagnostics(file)
                .filter(d => d.code === 'duplicate-name').map(d => `${file}:${d.range.start.line + 1}:${d.range.start.character}`));
        }

        it('a person declared in two files: reported on every copy, each naming the other', async () => {
            const files = planFiles();
            const ws = await buildWorkspace({ ...files, 'people.plan': '// people\nperson ana "Another Ana" of Vestas\n' });
            assert.deepEqual(duplicates(ws), ['partnership.plan:17:7', 'people.plan:2:7']);
            const [here] = ws.diagnostics(PARTNERSHIP_FILE).filter(d => d.code === 'duplicate-name');
            const [there] = ws.diagnostics('people.plan').filter(d => d.code === 'duplicate-name');
            assert.match(here.message, /'ana' is declared 2 times in the workspace \(also in people\.plan line 2\)/);
            assert.match(there.message, /also in partnership\.plan line 17/);
            assert.equal(here.severity, 1);
        });

        it('a person and a team with the same name: both copies', async () => {
            const files = planFiles({ extra: 'person TalentTeam "Tal Team" of Ruiz\n' });
            const ws = await buildWorkspace(files);
            assert.deepEqual(duplicates(ws), [`partnership.plan:${lineOf(files[PARTNERSHIP_FILE], 'person TalentTeam') }:7`, 'teams/talent.plan:1:5']);
        });

        it('a business and a priority with the same name, in one file: both copies', async () => {
            const files = planFiles({ extra: 'business Talent "Talent Inc."\n' });
            const ws = await buildWorkspace(files);
            const dups = ws.diagnostics(PARTNERSHIP_FILE).filter(d => d.code === 'duplicate-name');
            const line = lineOf(files[PARTNERSHIP_FILE], 'business Talent');
            assert.deepEqual(dups.map(d => d.range.start.line + 1), [7, line]);
            assert.match(dups[0].message, new RegExp(`also in this file line ${line}\\)`));
            assert.match(dups[1].message, /also in this file line 7\)/);
        });

        it('three copies: three diagnostics, each counting three', async () => {
            const ws = await buildWorkspace(planFiles({ extra: 'business Ruiz "Ruiz again"\nbusiness Ruiz "Ruiz a third time"\n' }));
            const dups = ws.diagnostics().filter(d => d.code === 'duplicate-name');
            assert.equal(dups.length, 3);
            for (const d of dups) assert.match(d.message, /declared 3 times/);
        });

        it('names are case-sensitive: Ana and ana are two names', async () => {
            const ws = await buildWorkspace(planFiles({ extra: 'person Ana "Ana Two" of Ruiz\n' }));
            assert.deepEqual(duplicates(ws), []);
        });

        it('two wins with one name inside a team: both copies', async () => {
            const ws = await build({ edit: [['early win Pathways', 'early win Apprenticeship']] });
            const dups = ws.diagnostics(TEAM_FILE).filter(d => d.code === 'duplicate-name');
            assert.deepEqual(dups.map(d => d.range.start.line + 1), [23, 31]);
            for (const d of dups) assert.match(d.message, /^Team 'TalentTeam' has 2 wins named 'Apprenticeship'/);
        });

        it('a win may share its name with a person or a team', async () => {
            const ws = await build({ edit: [['early win Pathways', 'early win ana'], ['first win Tours', 'first win TalentTeam']] });
            assert.deepEqual(duplicates(ws), []);
        });
    });
});

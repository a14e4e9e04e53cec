/**
 * The grammar: every construct of language.md parses into the AST the rules
 * read, and broken text gives a `syntax` diagnostic in the plan's own words.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import type { Diagnostic } from 'vscode-languageserver-types';
import {
    isBusiness, isPartner, isPartnership, isPerson, isTeam,
    type Business, type Model, type Partner, type Partnership, type Person, type Team
} from '../../language/generated/ast.js';
import { planFiles, TEAM_FILE } from '../helpers/plans.js';
import { PARTNERSHIP, TEAM } from './every-construct.js';
import { buildWorkspace, summarize, type TestWorkspace } from '../helpers/workspace.js';
import { single } from '../../language/single.js';

function model(workspace: TestWorkspace, file: string): Model {
    return workspace.documents.get(file)!.parseResult.value as Model;
}

function syntaxErrors(workspace: TestWorkspace, file?: string): Diagnostic[] {
    return workspace.diagnostics(file).filter(d => d.code === 'syntax');
}

function only<T>(items: T[], what: string): T {
    assert.equal(items.length, 1, `expected one ${what}`);
    return items[0];
}

describe('parsing', () => {
    describe('every construct of the language', () => {
        let workspace: TestWorkspace;
        let team: Team;
        before(async () => {
            workspace = await buildWorkspace({ 'partnership.plan': PARTNERSHIP, 'teams/talent.plan': TEAM });
            team = only(model(workspace, 'teams/talent.plan').elements.filter(isTeam), 'team');
        });

        it('parses without a syntax error or an unresolved reference', () => {
            assert.deepEqual(summarize(workspace.diagnostics().filter(d => d.code === 'syntax' || d.code === 'unresolved-reference')), []);
            const files = workspace.documents.values();
            for (const document of files) {
                assert.deepEqual(document.parseResult.lexerErrors, []);
                assert.deepEqual(document.parseResult.parserErrors, []);
            }
        });

        it('partnership: industry, region, convener, launch and priorities, with and without a body', () => {
            const partnership: Partnership = only(model(workspace, 'partnership.plan').elements.filter(isPartnership), 'partnership');
            assert.equal(partnership.name, 'NoCoMfg');
            assert.equal(partnership.title, 'Northern Colorado Manufacturing Partnership');
            assert.equal(single(partnership.industry), 'Advanced manufacturing');
            assert.equal(single(partnership.region), 'Larimer and Weld counties, Colorado');
            assert.equal(single(partnership.convener)?.ref?.name, 'LWC');
            assert.equal(single(partnership.launch), '2026-03-04');
            assert.deepEqual(partnership.priorities.map(p => [p.name, single(p.followUp)]),
                [['Talent', '2026-03-27'], ['Supply', '2026-03-30'], ['Drafting', undefined], ['Bare', undefined]]);
            assert.equal(partnership.priorities[0].title, 'Build the technician talent pipeline');
        });

        it('business, partner of every kind, person with and without a title', () => {
            const elements = model(workspace, 'partnership.plan').elements;
            assert.deepEqual(elements.filter(isBusiness).map((b: Business) => [b.name, b.title]),
                [['Ruiz', 'Ruiz Precision Machining'], ['Vestas', 'Vestas Blades America']]);
            assert.deepEqual(elements.filter(isPartner).map((p: Partner) => p.kind),
                ['workforce', 'education', 'economic-development', 'government', 'nonprofit', 'other']);
            const people = elements.filter(isPerson);
            assert.deepEqual(people.map((p: Person) => [p.name, p.fullName, p.org.ref?.name, p.jobTitle]), [
                ['ana', 'Ana Ruiz', 'Ruiz', 'CEO'],
                ['ben', 'Ben Okafor', 'Vestas', 'Plant manager'],
                ['li', 'Li Chen', 'FRCC', 'Dean of Workforce Programs'],
                ['raj', 'Raj Patel', 'LWC', undefined],
            ]);
        });

        it('team header, formed and champions', () => {
            assert.equal(team.name, 'TalentTeam');
            assert.equal(team.title, 'Talent action team');
            assert.equal(team.priority.ref?.name, 'Talent');
            assert.equal(single(team.formed), '2026-03-27');
            assert.deepEqual(team.champions.map(c => c.person?.ref?.name), ['ana', 'ben']);
        });

        it('responders: joined, every selected-by, every commits kind, traits, and no body', () => {
            assert.equal(team.responders.length, 4);
            const [li, volunteered, representative, bare] = team.responders;
            assert.equal(li.person?.ref?.name, 'li');
            assert.equal(single(li.joined), '2026-04-15');
            assert.equal(single(li.selectedBy), 'convener');
            assert.deepEqual(li.commits.map(c => [c.kind, c.what]), [
                ['in-kind', 'Instructor time for plant tours'],
                ['policy', 'Credit for prior learning for apprentices'],
                ['financial', 'Tuition for two cohorts'],
            ]);
            assert.deepEqual(li.traits, ['resources', 'business-centered', 'toolkit', 'collaborative']);
            assert.equal(single(volunteered.selectedBy), 'volunteered');
            assert.equal(single(representative.selectedBy), 'representative');
            assert.deepEqual([bare.person?.ref?.name, single(bare.joined), single(bare.selectedBy), bare.commits, bare.traits], ['raj', undefined, undefined, [], []]);
        });

        it('success: measures with and without target and date; no body; an empty body', () => {
            assert.deepEqual(team.successes.map(s => [s.result, s.measures.length]), [
                ['Regional employers fill most technician openings from local programs', 4],
                ['A success without a body', 0],
                ['A success with an empty body', 0],
            ]);
            assert.deepEqual(team.successes[0].measures.map(m => [m.what, m.target, m.by]), [
                ['Share of technician hires from regional programs', '60%', '2027-06-30'],
                ['Openings filled', undefined, undefined],
                ['Teachers reached', '40', undefined],
                ['Pathway map published', undefined, '2027-02-28'],
            ]);
        });

        it('wins of the three kinds, every body line, every status, and a win without a body', () => {
            assert.deepEqual(team.wins.map(w => [w.kind, w.name]), [
                ['first', 'Tours'], ['early', 'Apprenticeship'], ['early', 'Pathways'], ['early', 'Missed'],
                ['early', 'Dropped'], ['early', 'Empty'], ['next', 'ToursFall'],
            ]);
            const [tours, apprenticeship, pathways, missed, dropped, empty, fall] = team.wins;
            assert.deepEqual([tours.title, single(tours.due), single(tours.owner)?.ref?.name, single(tours.status), single(tours.assessment)], [
                'Host teacher tours in four plants', '2026-06-10', 'ben', 'achieved', 'Four tours, 38 teachers; two schools asked for repeat visits',
            ]);
            assert.deepEqual(tours.supports.map(s => [s.party.ref?.name, s.role, s.gives]), [['LWC', 'Recruits teachers from three districts', undefined]]);
            assert.deepEqual([single(apprenticeship.impact), single(apprenticeship.feasibility), single(apprenticeship.status)], ['high', 'medium', 'in-progress']);
            assert.deepEqual(apprenticeship.supports.map(s => [s.party.ref?.name, s.gives]), [['li', 'in-kind'], ['Ruiz', 'financial'], ['raj', 'policy']]);
            assert.deepEqual([single(pathways.impact), single(pathways.feasibility), pathways.requires, single(pathways.status)], ['low', 'low', ['new-funding', 'outside-region'], 'planned']);
            assert.equal(single(missed.status), 'missed');
            assert.equal(single(dropped.status), 'dropped');
            assert.deepEqual([single(empty.due), single(empty.owner), single(empty.status), empty.supports, empty.requires], [undefined, undefined, undefined, [], []]);
            assert.equal(fall.after?.ref, tours);
            assert.equal(fall.after?.$refText, 'Tours');
        });

        it('first steps with and without a body; involve as text and as a list', () => {
            assert.deepEqual(team.firstSteps.map(s => [s.what, single(s.owner)?.ref?.name, single(s.due)]), [
                ['Ana convenes HR leads to list the five hardest-to-fill roles', 'ana', '2026-04-10'],
                ['A step without a body', undefined, undefined],
            ]);
            assert.deepEqual(team.involves.map(i => [i.who, i.parties.map(p => p.ref?.name)]), [
                ['HR leads from six plants', []],
                [undefined, ['LWC', 'FRCC', 'ana']],
            ]);
        });

        it('reviews with every status and several reviewers', () => {
            assert.deepEqual(team.reviews.map(r => [r.date, r.reviewers.map(p => p.ref?.name), r.status]), [
                ['2026-04-20', ['ana', 'ben'], 'approved'],
                ['2026-04-21', ['ana'], 'changes-requested'],
                ['2026-04-22', ['ben'], 'pending'],
            ]);
        });

        it('organize lines of every kind, with and without a date', () => {
            assert.deepEqual(team.organizes.map(o => [o.kind, o.on]), [
                ['meeting', undefined], ['working-group', '2026-05-01'], ['committee', undefined], ['charter', undefined],
                ['bylaws', undefined], ['staff', undefined], ['fund', undefined], ['incorporation', '2027-01-15'],
            ]);
            assert.equal(team.organizes[0].what, 'Monthly team call');
        });

        it('the team body takes its lines in any order', async () => {
            const shuffled = `team T "t" for Talent {
    review 2026-04-20 by ana status approved
    involve "HR"
    first step "s" { due 2026-04-10 owner ana }
    early win E "e" { owner ana due 2026-09-30 }
    champion ana
    formed 2026-03-27
    organize "call" kind meeting
}
`;
            const ws = await buildWorkspace({ 'partnership.plan': PARTNERSHIP, 't.plan': shuffled });
            assert.deepEqual(syntaxErrors(ws), []);
            const t = only(model(ws, 't.plan').elements.filter(isTeam), 'team');
            assert.equal(single(t.formed), '2026-03-27');
            assert.deepEqual(t.wins.map(w => [single(w.owner)?.ref?.name, single(w.due)]), [['ana', '2026-09-30']]);
        });
    });

    describe('comments', () => {
        it('line and block comments anywhere whitespace may go', async () => {
            const text = `// a line comment
/* a block comment */ business Ruiz /* inside a line */ "Ruiz Precision Machining" // trailing
/*
 * a block comment over several lines, with "quotes" and { braces }
 */
partner LWC "Larimer Workforce Center" kind /* here too */ workforce
person ana "Ana" of Ruiz // business Fake "not parsed"
/* person ghost "not parsed" of Ruiz */
`;
            const ws = await buildWorkspace({ 'a.plan': text });
            assert.deepEqual(syntaxErrors(ws), []);
            const elements = model(ws, 'a.plan').elements;
            assert.deepEqual(elements.map(e => [e.$type, e.name]), [['Business', 'Ruiz'], ['Partner', 'LWC'], ['Person', 'ana']]);
        });

        it('"//" inside a string is text, not a comment', async () => {
            const ws = await buildWorkspace({ 'a.plan': 'business Ruiz "https://ruiz.example // not a comment"\n' });
            assert.deepEqual(syntaxErrors(ws), []);
            assert.equal((model(ws, 'a.plan').elements[0] as Business).title, 'https://ruiz.example // not a comment');
        });
    });

    describe('strings', () => {
        const cases: Array<[string, string, string]> = [
            ['an escaped quote', String.raw`"Say \"hello\" to the plant"`, 'Say "hello" to the plant'],
            ['an escaped backslash', String.raw`"C:\\plans\\talent"`, String.raw`C:\plans\talent`],
            ['a backslash before another character is kept as written', String.raw`"C:\temp"`, String.raw`C:\temp`],
            ['an escaped backslash before a quote', String.raw`"ends with \\"`, 'ends with \\'],
            ['an empty string', '""', ''],
            ['non-ASCII text', '"Señora Núñez — “quoted”"', 'Señora Núñez — “quoted”'],
        ];
        for (const [name, literal, value] of cases) {
            it(`${name}: ${literal} is ${JSON.stringify(value)}`, async () => {
                const ws = await buildWorkspace({ 'a.plan': `business Ruiz ${literal}\n` });
                assert.deepEqual(syntaxErrors(ws), []);
                assert.equal((model(ws, 'a.plan').elements[0] as Business).title, value);
            });
        }
    });

    describe('keywords used as names', () => {
        const grammar = fs.readFileSync(new URL('../../language/action-plan.langium', import.meta.url), 'utf8');
        const keywords = [...new Set([...grammar.matchAll(/'([^']+)'/g)].map(m => m[1]).filter(k => /^[A-Za-z_][A-Za-z0-9_]*$/.test(k)))];

        it('finds the keywords of the grammar', () => {
            for (const keyword of ['partnership', 'team', 'person', 'win', 'status', 'of', 'for', 'after']) assert.ok(keywords.includes(keyword), keyword);
        });

        it('every keyword that fits the name pattern can name a person, and be referred to', async () => {
            const people = keywords.map(k => `person ${k} "Person ${k}" of Ruiz`).join('\n');
            const champions = keywords.map(k => `    champion ${k}`).join('\n');
            const ws = await buildWorkspace({
                'a.plan': `partnership P "p" {\n    launch 2026-03-04\n    priority Q "q" { follow-up 2026-03-27 }\n}\nbusiness Ruiz "Ruiz"\n${people}\n`,
                'b.plan': `team T "t" for Q {\n${champions}\n}\n`,
            });
            assert.deepEqual(summarize(ws.diagnostics().filter(d => d.code === 'syntax' || d.code === 'unresolved-reference' || d.code === 'duplicate-name')), []);
            const t = only(model(ws, 'b.plan').elements.filter(isTeam), 'team');
            assert.deepEqual(t.champions.map(c => c.person?.ref?.name), keywords);
        });

        it('person team "…" of …, a team named team, a win named status, and TEAM.WIN after', async () => {
            const ws = await buildWorkspace({
                'a.plan': `partnership partnership "p" {
    launch 2026-03-04
    priority priority "q" { follow-up 2026-03-27 }
}
business business "b"
partner partner "p" kind other
person team "Tess Team" of business title "title"
person of "Olive Of" of partner
`,
                'b.plan': `team team "t" for priority {
    champion team
    responder of { selected-by convener }
    first win status "w" { due 2026-06-10 owner team status achieved }
    early win win "w" { owner team }
    next win next "n" after status { owner team }
}
team Other "o" for priority {
    champion team
    next win after "n" after team.status { owner team }
    next win Again "n" after team.win
}
`,
            });
            assert.deepEqual(summarize(ws.diagnostics().filter(d => d.code === 'syntax' || d.code === 'unresolved-reference')), []);
            const [team, other] = model(ws, 'b.plan').elements.filter(isTeam);
            assert.equal(team.name, 'team');
            assert.equal(team.priority.ref?.name, 'priority');
            assert.equal(team.champions[0].person?.ref?.fullName, 'Tess Team');
            assert.equal(team.responders[0].person?.ref?.fullName, 'Olive Of');
            assert.deepEqual(team.wins.map(w => w.name), ['status', 'win', 'next']);
            assert.equal(single(team.wins[0].status), 'achieved');
            assert.equal(team.wins[2].after?.ref, team.wins[0]);
            assert.equal(other.wins[0].name, 'after');
            assert.equal(other.wins[0].after?.$refText, 'team.status');
            assert.equal(other.wins[0].after?.ref, team.wins[0]);
            assert.equal(other.wins[1].after?.ref, team.wins[1]);
        });
    });

    describe('dates', () => {
        it('a loosely written date parses, and is then an invalid-date, not a syntax error', async () => {
            const ws = await buildWorkspace(planFiles({ followUp: '2026-3-27' }));
            assert.deepEqual(summarize(ws.diagnostics()), ['invalid-date@8']);
        });
    });

    describe('syntax errors', () => {
        const files = planFiles();
        const broken = (before: string, after: string) => ({ ...files, [TEAM_FILE]: files[TEAM_FILE].replace(before, after) });
        const JARGON = /Expecting|token of type|EOF|\bID\b|\bSTRING\b|\bDATE\b|MismatchedToken|NoViableAlt/;

        async function syntaxOf(workspaceFiles: Record<string, string>, file = TEAM_FILE): Promise<Diagnostic[]> {
            const ws = await buildWorkspace(workspaceFiles);
            const found = syntaxErrors(ws, file);
            assert.ok(found.length > 0, 'expected a syntax diagnostic');
            for (const d of found) {
                assert.equal(d.severity, 1, 'syntax is an error');
                assert.doesNotMatch(d.message, JARGON, `a readable message, not parser jargon: ${d.message}`);
            }
            return found;
        }

        it('an unclosed string: at its line, "Unclosed string"', async () => {
            const found = await syntaxOf(broken('involve "HR leads from six plants"', 'involve "HR leads from six plants'));
            assert.equal(found[0].range.start.line + 1, 43);
            assert.match(found[0].message, /^Unclosed string/);
        });

        it('an unclosed string is one problem: one diagnostic, and no unresolved-reference made of its words', async () => {
            const ws = await buildWorkspace(broken('involve "HR leads from six plants"', 'involve "HR leads from six plants'));
            assert.deepEqual(ws.diagnostics(TEAM_FILE).map(d => `${d.code}@${d.range.start.line + 1}: ${d.message}`),
                ['syntax@43: Unclosed string: add the closing " on the same line.']);
        });

        it('a bad character: at its line and column, naming the character', async () => {
            const found = await syntaxOf(broken('    champion ben\n', '    champion ben @\n'));
            assert.equal(found.length, 1);
            assert.deepEqual(found[0].range.start, { line: 3, character: 17 });
            assert.equal(found[0].message, "Unexpected character '@'.");
        });

        it('a missing "}" at the end of the file: at the last line, expecting "}"', async () => {
            const found = await syntaxOf(broken('approved\n\n}\n', 'approved\n\n'));
            assert.equal(found.length, 1);
            assert.equal(found[0].range.start.line + 1, 45);
            assert.equal(found[0].message, "Expected '}' but found the end of the file.");
        });

        it('a missing "}" of a win: at the last line of the win, not where the parser meets the next win', async () => {
            const found = await syntaxOf(broken('three districts"\n    }\n', 'three districts"\n\n'));
            assert.equal(found.length, 1);
            assert.equal(found[0].range.start.line + 1, 20);
            assert.equal(found[0].message, "Expected '}' but found 'early'.");
        });

        it('a value that is not one of the choices lists the choices', async () => {
            const found = await syntaxOf(broken('impact high', 'impact huge'));
            assert.equal(found[0].range.start.line + 1, 25);
            assert.equal(found[0].message, "Unexpected 'huge': 'impact' needs high, medium or low.");
        });

        it('a missing string says a quoted string was expected, on the line that lacks it', async () => {
            const found = await syntaxOf({ 'a.plan': 'business Ruiz\nbusiness Vestas "Vestas"\n' }, 'a.plan');
            assert.equal(found[0].range.start.line + 1, 1);
            assert.match(found[0].message, /^Expected a quoted string but found 'business'\.$/);
        });

        it('a stray word at the top level names what a plan file holds', async () => {
            const found = await syntaxOf({ 'a.plan': 'business Ruiz "Ruiz"\nbanana\n' }, 'a.plan');
            assert.equal(found[0].range.start.line + 1, 2);
            assert.match(found[0].message, /banana/);
            assert.match(found[0].message, /partnership, business, partner, person and team/);
        });

        it('the other files of the workspace still check', async () => {
            const ws = await buildWorkspace({ ...broken('approved\n\n}\n', 'approved\n\n') });
            assert.deepEqual(ws.diagnostics('partnership.plan'), []);
        });
    });
});

describe('the grammar', () => {
    it('has no Langium warnings, so `npm run build` is quiet (single-valued lines are lists, read through language/single.ts)', async () => {
        const { createLangiumGrammarServices } = await import('langium/grammar');
        const { NodeFileSystem } = await import('langium/node');
        const { URI } = await import('langium');
        const services = createLangiumGrammarServices(NodeFileSystem).grammar;
        const text = fs.readFileSync('language/action-plan.langium', 'utf8');
        const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`${process.cwd()}/language/action-plan.langium`));
        services.shared.workspace.LangiumDocuments.addDocument(document);
        await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
        const problems = (document.diagnostics ?? []).filter(d => (d.severity ?? 1) <= 2).map(d => `${d.range.start.line + 1}: ${d.message}`);
        assert.deepEqual(problems, []);
    });
});

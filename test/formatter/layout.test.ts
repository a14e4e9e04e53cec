/**
 * The target layout: the complete example of language.md is formatted as it
 * is written, and any messier layout of the same tokens formats back to it.
 */
import { strict as assert } from 'node:assert';
import { format, readFixture, scramble } from './helpers.js';

const EXAMPLES = ['example-partnership.plan', 'example-talent.plan'];

/** The talent example run together on a few lines, with tabs, odd indentation and extra blank lines. */
const MESSY_TALENT = `

// teams/talent.plan
   team TalentTeam "Talent action team" for Talent{formed 2026-03-27 champion ana
\tchampion    ben



responder li {joined 2026-04-15 selected-by convener commits in-kind "Instructor time for plant tours"
            commits policy "Credit for prior learning for apprentices" traits resources,business-centered , toolkit,collaborative }

  success "Regional employers fill most technician openings from local programs" { measure "Share of technician hires from regional programs"
  target "60%" by 2027-06-30 }


\tfirst win Tours "Host teacher tours in four plants" { due 2026-06-10 owner ben support LWC "Recruits teachers from three districts" status achieved
assessment "Four tours, 38 teachers; two schools asked for repeat visits" }

early win Apprenticeship "Launch a shared apprenticeship pilot with three plants" {
due 2026-09-30 impact high feasibility medium owner ana support li "Adapts the machining curriculum" gives in-kind status in-progress}

          early win Pathways "Publish one regional map of technician career pathways" { due 2027-02-28 impact medium feasibility high owner ben
 support raj "Collects wage and openings data" gives in-kind }

next win ToursFall "Make plant tours a fall routine in six plants" after Tours { due 2026-11-15 owner ben }

first step "Ana convenes HR leads to list the five hardest-to-fill roles" { owner ana due 2026-04-10 } involve "HR leads from six plants" involve LWC ,FRCC

review 2026-04-20 by ana,ben status approved

   organize "Monthly team call" kind meeting }   `;

describe('formatter: the target layout', () => {
    for (const name of EXAMPLES) {
        it(`formats language.md's ${name} to itself`, () => {
            const example = readFixture(name);
            assert.equal(format(example), example);
        });
    }

    it('formats a messy talent plan to the example', () => {
        assert.equal(format(MESSY_TALENT), readFixture('example-talent.plan'));
    });

    it('formats a partnership run together on two lines to the example', () => {
        const messy = `// partnership.plan
partnership NoCoMfg "Northern Colorado Manufacturing Partnership" { industry "Advanced manufacturing" region "Larimer and Weld counties, Colorado" convener LWC launch 2026-03-04

priority Talent "Build the technician talent pipeline" { follow-up 2026-03-27 } priority Supply "Buy more from regional suppliers" { follow-up 2026-03-30 } } business Ruiz "Ruiz Precision Machining" business Vestas "Vestas Blades America" partner LWC "Larimer Workforce Center" kind workforce partner FRCC "Front Range Community College" kind education


person ana "Ana Ruiz" of Ruiz title "CEO" person ben "Ben Okafor" of Vestas title "Plant manager" person li "Li Chen" of FRCC title "Dean of Workforce Programs" person raj "Raj Patel" of LWC`;
        assert.equal(format(messy), readFixture('example-partnership.plan'));
    });

    for (const name of EXAMPLES) {
        it(`formats 25 scrambled layouts of ${name} back to it`, () => {
            const example = readFixture(name);
            for (let seed = 1; seed <= 25; seed++) {
                const messy = scramble(example, seed);
                assert.notEqual(messy, example);
                assert.equal(format(messy), example, `seed ${seed}:\n${messy}`);
            }
        });
    }

    it('puts a blank line around top-level blocks and keeps one-line elements grouped', () => {
        const text = 'business A "a"\nbusiness B "b"\nteam T "t" for P {\nformed 2026-01-01\n}\nperson p "p" of A\n\n\n\nperson q "q" of B\n';
        assert.equal(format(text), 'business A "a"\nbusiness B "b"\n\nteam T "t" for P {\n    formed 2026-01-01\n}\n\nperson p "p" of A\n\nperson q "q" of B\n');
    });

    it('writes an empty body as {} on the header line', () => {
        const text = 'partnership P "p" {\n    priority A "a" {\n\n    }\n    priority B "b" { }\n}\n';
        assert.equal(format(text), 'partnership P "p" {\n    priority A "a" {}\n    priority B "b" {}\n}\n');
    });

    it('removes blank lines after { and before }, and collapses runs of them', () => {
        const text = 'team T "t" for P {\n\n\n    formed 2026-01-01\n\n\n\n    champion ana\n\n}\n';
        assert.equal(format(text), 'team T "t" for P {\n    formed 2026-01-01\n\n    champion ana\n}\n');
    });

    it('keeps lists and win references on one line', () => {
        const text = 'team T "t" for P {\n involve LWC ,\n FRCC\n review 2026-04-20 by ana ,ben status approved\n next win W "w" after T . X\n}';
        assert.equal(format(text), 'team T "t" for P {\n    involve LWC, FRCC\n    review 2026-04-20 by ana, ben status approved\n    next win W "w" after T.X\n}\n');
    });

    it('follows the indentation options: tab size, or tabs', async () => {
        const { formatText } = await import('../../language/formatter/index.js');
        const text = 'partnership P "p" { priority A "a" { follow-up 2026-01-01 } }';
        const twoSpaces = formatText(text, undefined, { tabSize: 2, insertSpaces: true });
        const tabs = formatText(text, undefined, { tabSize: 4, insertSpaces: false });
        assert.deepEqual(twoSpaces, { ok: true, changed: true, text: 'partnership P "p" {\n  priority A "a" {\n    follow-up 2026-01-01\n  }\n}\n' });
        assert.deepEqual(tabs, { ok: true, changed: true, text: 'partnership P "p" {\n\tpriority A "a" {\n\t\tfollow-up 2026-01-01\n\t}\n}\n' });
    });

    it('formats names that are keywords as names', () => {
        const text = 'person due "Due" of owner\nteam T "t" for P { champion due first win status "s" { owner due } }';
        assert.equal(format(text), 'person due "Due" of owner\n\nteam T "t" for P {\n    champion due\n    first win status "s" {\n        owner due\n    }\n}\n');
    });

    it('gives an empty or blank text no lines, and adds the final line ending', () => {
        assert.equal(format(''), '');
        assert.equal(format(' \n\n\t'), '');
        assert.equal(format('business A "a"'), 'business A "a"\n');
    });
});

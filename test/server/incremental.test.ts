import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { copySample, has, lacks, Session } from './helpers.js';

describe('server: edits re-validate the file and the files that depend on it', () => {
    describe('northwind', () => {
        let session: Session;
        before(async () => {
            session = await Session.start([copySample('northwind')]);
            for (const file of ['teams/nursing.plan', 'people.plan', 'orgs.plan', 'teams/retention.plan']) {
                assert.deepEqual(await session.diagnostics(file), [], `${file} starts clean`);
            }
        });
        after(async () => { await session.stop(); });

        it('an edit that breaks a first win\'s window publishes first-win-window; undoing it clears it', async () => {
            const original = session.open('teams/nursing.plan');
            session.edit('teams/nursing.plan', 'due 2026-06-12', 'due 2026-08-12');
            const broken = await session.until('teams/nursing.plan', has('first-win-window'));
            const diagnostic = broken.find(d => d.code === 'first-win-window')!;
            assert.equal(diagnostic.range.start.line, 28, 'on the due date of Placements');
            assert.match(diagnostic.message, /133 days/);
            session.change('teams/nursing.plan', original);
            assert.deepEqual(await session.until('teams/nursing.plan', lacks('first-win-window')), []);
        });

        it('a duplicate name declared in one file shows duplicate-name in the other file too, and removing it clears both', async () => {
            const original = session.open('orgs.plan');
            session.change('orgs.plan', `${original}person maria "Maria Other" of Birchwood\n`);
            const here = await session.until('orgs.plan', has('duplicate-name'));
            assert.equal(here.filter(d => d.code === 'duplicate-name').length, 1);
            const there = await session.until('people.plan', has('duplicate-name'));
            const copy = there.find(d => d.code === 'duplicate-name')!;
            assert.equal(copy.range.start.line, 1, 'on `maria` in people.plan, a file that is not open');
            assert.match(copy.message, /maria/);
            session.change('orgs.plan', original);
            await session.until('orgs.plan', lacks('duplicate-name'));
            assert.deepEqual(await session.until('people.plan', lacks('duplicate-name')), []);
        });

        it('a business that becomes a partner makes its people\'s champion lines member-kind errors in team files (two files away)', async () => {
            const original = session.open('orgs.plan');
            // tomas champions the nursing team; his business, Larkspur, is not named in nursing.plan itself.
            const person = /person tomas "[^"]*" of (\w+)/.exec(fs.readFileSync(path.join(session.folders[0], 'people.plan'), 'utf8'))![1];
            assert.ok(!fs.readFileSync(path.join(session.folders[0], 'teams/nursing.plan'), 'utf8').includes(person));
            const line = new RegExp(`business ${person} ("[^"]*")`).exec(original)!;
            session.change('orgs.plan', original.replace(line[0], `partner ${person} ${line[1]} kind other`));
            const nursing = await session.until('teams/nursing.plan', has('member-kind'));
            assert.ok(nursing.some(d => d.code === 'member-kind' && /tomas/.test(d.message)));
            session.change('orgs.plan', original);
            await session.until('teams/nursing.plan', lacks('member-kind'));
        });

        it('a business that becomes a partner reaches a file that uses its person but nothing of the edited file', async () => {
            const original = session.open('orgs.plan');
            // A team file that names tomas (declared in people.plan) and nothing declared in orgs.plan.
            session.open('teams/clinic.plan', 'team ClinicTeam "Clinic action team" for Nursing {\n    champion tomas\n}\n');
            assert.deepEqual((await session.until('teams/clinic.plan', lacks('unresolved-reference'))).filter(d => d.code === 'member-kind'), []);
            const line = /business (\w+) ("[^"]*")/.exec(original.slice(original.indexOf('business Larkspur')))!;
            session.change('orgs.plan', original.replace(line[0], `partner ${line[1]} ${line[2]} kind other`));
            const clinic = await session.until('teams/clinic.plan', has('member-kind'));
            assert.ok(clinic.some(d => d.code === 'member-kind' && /tomas/.test(d.message)));
            session.change('orgs.plan', original);
            await session.until('teams/clinic.plan', lacks('member-kind'));
            session.change('teams/clinic.plan', '');
        });

        it('a title edit in a file many others use republishes only that file', async () => {
            const original = session.open('people.plan');
            await session.settle();
            const before = new Map(session.client.publishCounts);
            session.edit('people.plan', 'title "', 'title "Senior ');
            await session.until('people.plan', d => d.length === 0);
            await new Promise(resolve => setTimeout(resolve, 1500));
            const republished = [...session.client.publishCounts].filter(([uri, count]) => count > (before.get(uri) ?? 0)).map(([uri]) => uri);
            assert.equal(republished.length, 1, republished.join(', '));
            assert.ok(republished[0].endsWith('/people.plan'));
            session.change('people.plan', original);
        });

        it('renaming a person makes references in other files unresolved, and renaming back resolves them', async () => {
            const original = session.open('people.plan');
            session.edit('people.plan', 'person maria "', 'person mariah "');
            const nursing = await session.until('teams/nursing.plan', has('unresolved-reference'));
            const unresolved = nursing.filter(d => d.code === 'unresolved-reference');
            // champion maria, owner maria (Placements, PlacementCalendar), first step owner, review by maria
            assert.deepEqual(unresolved.map(d => d.range.start.line + 1), [4, 30, 40, 65, 71]);
            assert.ok(unresolved.every(d => d.message.includes('maria')));
            assert.deepEqual(await session.diagnostics('teams/retention.plan'), [], 'a file that does not use maria stays clean');
            session.change('people.plan', original);
            assert.deepEqual(await session.until('teams/nursing.plan', lacks('unresolved-reference')), []);
        });

        it('typing a name letter by letter (each keystroke cancels the rebuild of the dependents) ends in the right state', async () => {
            const original = session.open('people.plan');
            const typed = ['person gracie "', 'person graci "', 'person grac "', 'person gra "', 'person gr "', 'person g "', 'person "',
                'person g "', 'person gr "', 'person gra "', 'person grac "', 'person grace2 "'];
            for (const step of typed) session.change('people.plan', original.replace('person grace "', step));
            const nursing = await session.until('teams/nursing.plan', d => d.filter(x => x.code === 'unresolved-reference').length === 3);
            assert.ok(nursing.filter(d => d.code === 'unresolved-reference').every(d => /grace/.test(d.message)));
            await session.until('teams/retention.plan', d => d.length === 0);
            for (const step of [...typed].reverse()) session.change('people.plan', original.replace('person grace "', step));
            session.change('people.plan', original);
            assert.deepEqual(await session.until('teams/nursing.plan', lacks('unresolved-reference')), []);
        });

        it('a new person with the missing name resolves the references again (an unresolved name that appears)', async () => {
            session.edit('people.plan', 'person tomas "', 'person tom "');
            await session.until('teams/nursing.plan', has('unresolved-reference'));
            const orgs = session.text('orgs.plan');
            session.change('orgs.plan', `${orgs}person tomas "Tomás Herrera" of Larkspur\n`);
            assert.deepEqual(await session.until('teams/nursing.plan', lacks('unresolved-reference')), []);
            session.change('orgs.plan', orgs);
            await session.until('teams/nursing.plan', has('unresolved-reference'));
            session.edit('people.plan', 'person tom "', 'person tomas "');
            assert.deepEqual(await session.until('teams/nursing.plan', lacks('unresolved-reference')), []);
        });
    });

    describe('needs-work', () => {
        let session: Session;
        before(async () => { session = await Session.start([copySample('needs-work')]); });
        after(async () => { await session.stop(); });

        it('adding a team for a priority in a new file clears priority-has-team in the partnership file', async () => {
            const before = await session.until('partnership.plan', has('priority-has-team'));
            assert.match(before.find(d => d.code === 'priority-has-team')!.message, /Broadband/);
            session.open('teams/broadband.plan', 'team BroadbandTeam "Broadband action team" for Broadband {\n    champion rosa\n}\n');
            await session.until('teams/broadband.plan', lacks('unresolved-reference'));
            await session.until('partnership.plan', lacks('priority-has-team'));
            session.change('teams/broadband.plan', 'team BroadbandTeam "Broadband action team" for Broadband2 {\n    champion rosa\n}\n');
            await session.until('partnership.plan', has('priority-has-team'));
        });

        it('a next win written in another team\'s file clears next-win on the win it follows', async () => {
            const before = await session.until('teams/talent.plan', has('next-win'));
            assert.match(before.find(d => d.code === 'next-win')!.message, /EveningClass/);
            session.open('teams/suppliers.plan');
            const original = session.text('teams/suppliers.plan');
            session.edit('teams/suppliers.plan', '    review 2026-07-10',
                '    next win Evening2 "A second evening class" after TalentTeam.EveningClass {\n        due 2026-12-15\n        owner amir\n    }\n\n    review 2026-07-10');
            await session.until('teams/talent.plan', lacks('next-win'));
            session.change('teams/suppliers.plan', original);
            await session.until('teams/talent.plan', has('next-win'));
        });
    });
});

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { copySample, has, lacks, Session, writeFiles } from './helpers.js';

const BROADBAND_TEAM = 'team BroadbandTeam "Broadband action team" for Broadband {\n    champion rosa\n}\n';

describe('server: files created, changed and deleted on disk', () => {
    let session: Session;
    before(async () => {
        session = await Session.start([copySample('needs-work')]);
        await session.until('partnership.plan', has('priority-has-team'));
    });
    after(async () => { await session.stop(); });

    it('a team file created on disk and announced clears priority-has-team', async () => {
        writeFiles(session.folder, { 'teams/broadband.plan': BROADBAND_TEAM });
        session.watched([['teams/broadband.plan', 1]]);
        await session.until('partnership.plan', lacks('priority-has-team'));
        const created = await session.diagnostics('teams/broadband.plan');
        assert.ok(created.some(d => d.code === 'first-win-window'), 'the new file is checked');
    });

    it('deleting that file brings priority-has-team back and clears the file\'s problems', async () => {
        writeFiles(session.folder, { 'teams/broadband.plan': null });
        session.watched([['teams/broadband.plan', 3]]);
        await session.until('partnership.plan', has('priority-has-team'));
        assert.deepEqual(await session.until('teams/broadband.plan', d => d.length === 0), []);
    });

    it('a file changed on disk (not open) is read again', async () => {
        const file = path.join(session.folder, 'teams/suppliers.plan');
        const original = fs.readFileSync(file, 'utf8');
        writeFiles(session.folder, { 'teams/suppliers.plan': original.replace('due 2026-10-17', 'due 2026-09-01') });
        session.watched([['teams/suppliers.plan', 2]]);
        await session.until('teams/suppliers.plan', lacks('first-win-window'));
        writeFiles(session.folder, { 'teams/suppliers.plan': original });
        session.watched([['teams/suppliers.plan', 2]]);
        await session.until('teams/suppliers.plan', has('first-win-window'));
    });

    it('a file renamed outside the editor (deleted + created) keeps the workspace linked', async () => {
        fs.renameSync(path.join(session.folder, 'people.plan'), path.join(session.folder, 'members.plan'));
        session.watched([['people.plan', 3], ['members.plan', 1]]);
        await session.until('members.plan', has('duplicate-name'));
        assert.deepEqual(await session.until('people.plan', d => d.length === 0), []);
        const talent = await session.diagnostics('teams/talent.plan');
        assert.ok(talent.some(d => d.code === 'duplicate-name'), 'ines is still declared twice');
        assert.equal(talent.filter(d => d.code === 'unresolved-reference').length, 1, 'only the Kesler typo');
    });

    it('deleting the people file makes the references to its people unresolved', async () => {
        fs.rmSync(path.join(session.folder, 'members.plan'));
        session.watched([['members.plan', 3]]);
        const suppliers = await session.until('teams/suppliers.plan', has('unresolved-reference'));
        assert.ok(suppliers.some(d => d.code === 'unresolved-reference' && /amir/.test(d.message)));
    });
});

describe('server: multi-root workspaces', () => {
    let session: Session;
    before(async () => {
        const northwind = copySample('northwind', {
            'actionplan.config.json': '{ "asOf": "2026-06-30", "rules": { "first-win-window": "off", "honest-assessment": "error" } }',
        });
        const nursing = path.join(northwind, 'teams/nursing.plan');
        // Placements: due 49 days after the team formed, and still in progress on 2026-06-30.
        fs.writeFileSync(nursing, fs.readFileSync(nursing, 'utf8').replace('due 2026-06-12', 'due 2026-05-20').replace('status achieved\n', 'status in-progress\n'));
        session = await Session.start([copySample('needs-work'), northwind]);
    });
    after(async () => { await session.stop(); });

    it('every file of both folders is checked, each with its own config', async () => {
        const [needsWork, northwind] = session.folders;
        const suppliers = await session.diagnostics('teams/suppliers.plan', needsWork);
        assert.ok(suppliers.some(d => d.code === 'first-win-window'), 'on in needs-work');
        const talent = await session.diagnostics('teams/talent.plan', needsWork);
        assert.ok(talent.some(d => d.code === 'responder-traits' && d.severity === 2), 'turned on by the needs-work config');
        assert.ok(talent.some(d => d.code === 'honest-assessment' && d.severity === 2 && /as of|2026-10-01/.test(d.message)), 'as of 2026-10-01');
        for (const file of ['orgs.plan', 'people.plan', 'partnership.plan', 'teams/retention.plan', 'teams/rural-access.plan']) {
            assert.deepEqual(await session.diagnostics(file, northwind), [], `northwind ${file}`);
        }
        const nursing = await session.diagnostics('teams/nursing.plan', northwind);
        assert.ok(!nursing.some(d => d.code === 'first-win-window'), 'off in the northwind config');
        assert.ok(!nursing.some(d => d.code === 'responder-traits'));
        const overdue = nursing.filter(d => d.code === 'honest-assessment');
        assert.equal(overdue.length, 1);
        assert.equal(overdue[0].severity, 1, 'an error in the northwind config');
        assert.match(overdue[0].message, /2026-06-30/, 'as of the northwind config');
    });

    it('a config change in one folder leaves the other alone', async () => {
        const [needsWork, northwind] = session.folders;
        writeFiles(northwind, { 'actionplan.config.json': '{ "asOf": "2026-06-30", "rules": { "honest-assessment": "off" } }' });
        session.watched([['actionplan.config.json', 2]], northwind);
        const nursing = await session.until('teams/nursing.plan', lacks('honest-assessment'), northwind);
        assert.ok(nursing.some(d => d.code === 'first-win-window'), 'on again in northwind');
        const talent = await session.diagnostics('teams/talent.plan', needsWork);
        assert.ok(talent.some(d => d.code === 'honest-assessment' && d.severity === 2), 'still a warning in needs-work');
    });
});

describe('server: each workspace folder is a plan workspace of its own', () => {
    let session: Session;
    before(async () => {
        // The same plans twice, side by side: in one namespace every name would be a duplicate.
        const second = copySample('northwind', { 'teams/extra.plan': 'team ExtraTeam "Extra" for Retention {\n    champion only_in_first\n}\n' });
        session = await Session.start([copySample('northwind', { 'people-extra.plan': 'person only_in_first "Only Here" of AlderMed\n' }), second]);
    });
    after(async () => { await session.stop(); });

    it('names do not clash across folders', async () => {
        const [first, second] = session.folders;
        for (const folder of [first, second]) {
            const people = await session.diagnostics('people.plan', folder);
            assert.ok(!people.some(d => d.code === 'duplicate-name'), people.map(d => d.message).join('\n'));
        }
    });

    it('a reference does not resolve into another folder', async () => {
        const [, second] = session.folders;
        const extra = await session.diagnostics('teams/extra.plan', second);
        assert.ok(extra.some(d => d.code === 'unresolved-reference' && /only_in_first/.test(d.message)), extra.map(d => d.message).join('\n'));
    });
});

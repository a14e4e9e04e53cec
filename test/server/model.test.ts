import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { modelSchema, type ActionPlanModel } from '../../language/model/schema.js';
import { renderHtml } from '../../language/model/render/html.js';
import { renderMarkdown } from '../../language/model/render/markdown.js';
import { copySample, Session, startWithManyTeams, writeFiles } from './helpers.js';

interface ModelResult { model: ActionPlanModel; folder: string }

describe('server: the actionplan/model request and the modelChanged notification', () => {
    let session: Session;
    before(async () => {
        session = await Session.start([copySample('northwind'), copySample('needs-work')]);
        await session.until('teams/nursing.plan', d => d.length === 0);
    });
    after(async () => { await session.stop(); });

    async function model(file: string, folder = session.folder): Promise<ModelResult> {
        const result = await session.request<ModelResult | null>('actionplan/model', { uri: session.uri(file, folder) });
        assert.ok(result, `a model for ${file}`);
        modelSchema.parse(result.model);
        return result;
    }

    it('returns the validated model of the folder holding the file', async () => {
        const { model: northwind, folder } = await model('teams/nursing.plan');
        assert.equal(folder.replace(/\/$/, ''), session.uri('').replace(/\/$/, ''));
        assert.equal(northwind.schemaVersion, 1);
        assert.equal(northwind.asOf, '2026-06-30');
        assert.equal(northwind.files.length, 6);
        assert.deepEqual(northwind.partnerships.map(p => p.name), ['NorthwindHealth']);
        assert.deepEqual(northwind.teams.map(t => t.name).sort(), ['NursingTeam', 'RetentionTeam', 'RuralTeam']);
        assert.equal(northwind.people.length, 15);
        assert.deepEqual(northwind.diagnostics, []);
        const placements = northwind.teams.find(t => t.name === 'NursingTeam')!.wins.find(w => w.name === 'Placements')!;
        assert.equal(placements.daysAfterFormed, 72);
        assert.equal(placements.status, 'achieved');
        assert.deepEqual(placements.nextWins, ['NursingTeam.PlacementCalendar']);
    });

    it('each folder of a multi-root workspace has its own model', async () => {
        const other = session.folders[1];
        const { model: needsWork, folder } = await model('teams/talent.plan', other);
        assert.equal(folder.replace(/\/$/, ''), session.uri('', other).replace(/\/$/, ''));
        assert.equal(needsWork.asOf, '2026-10-01');
        assert.deepEqual(needsWork.partnerships.map(p => p.name), ['TamarackMfg']);
        assert.ok(needsWork.diagnostics.some(d => d.rule === 'first-win-window'));
        assert.ok(!needsWork.teams.some(t => t.name === 'NursingTeam'));
    });

    it('names files relative to the folder, as the CLI render does: the preview and the exports carry no local path', async () => {
        const other = session.folders[1];
        const { model: needsWork } = await model('teams/talent.plan', other);
        assert.ok(needsWork.files.includes('teams/talent.plan'), needsWork.files.join(', '));
        const named = [...needsWork.files, ...needsWork.diagnostics.map(d => d.file), ...needsWork.teams.map(t => t.source.file)];
        assert.ok(needsWork.diagnostics.length > 0);
        for (const file of named) assert.match(file, /^[\w.-]+(\/[\w.-]+)*\.plan$/, `${file} is relative`);
        const local = other;
        for (const html of [renderHtml(needsWork), renderHtml(needsWork, { theme: 'vscode', linkSources: true }), renderMarkdown(needsWork)]) {
            assert.doesNotMatch(html, /file:/);
            assert.ok(!html.includes(local), 'no local path');
            assert.ok(html.includes('teams/talent.plan:'), 'issues say where, from the folder');
        }
    });

    it('an edit sends modelChanged for its folder, and the model shows the edit', async () => {
        session.open('teams/nursing.plan');
        const since = session.client.notifications.length;
        session.edit('teams/nursing.plan', 'status in-progress\n    }\n\n    early win Camp', 'status achieved\n    }\n\n    early win Camp');
        const params = await session.client.waitForNotification('actionplan/modelChanged', () => true, since);
        assert.ok(params.folders.some((f: string) => f.replace(/\/$/, '') === session.uri('').replace(/\/$/, '')));
        const { model: after } = await model('teams/nursing.plan');
        const bridge = after.teams.find(t => t.name === 'NursingTeam')!.wins.find(w => w.name === 'Bridge')!;
        assert.equal(bridge.status, 'achieved');
        assert.ok(after.diagnostics.some(d => d.rule === 'honest-assessment' || d.rule === 'next-win'), 'the new diagnostics are in the model');
        assert.equal(after.teams.length, 3, 'the whole folder, not only the file that changed');
        session.revert('teams/nursing.plan');
        await session.until('teams/nursing.plan', d => d.length === 0);
    });

    it('a file deleted on disk leaves the model', async () => {
        writeFiles(session.folder, { 'extra.plan': 'business Extra "Extra Co"\n' });
        session.watched([['extra.plan', 1]]);
        await session.until('extra.plan', () => true);
        assert.ok((await model('orgs.plan')).model.organizations.some(o => o.name === 'Extra'));
        const since = session.client.notifications.length;
        writeFiles(session.folder, { 'extra.plan': null });
        session.watched([['extra.plan', 3]]);
        await session.client.waitForNotification('actionplan/modelChanged', () => true, since);
        const { model: after } = await model('orgs.plan');
        assert.ok(!after.organizations.some(o => o.name === 'Extra'));
        assert.ok(!after.files.includes('extra.plan'));
        assert.equal(path.basename(after.files.find(f => f.endsWith('orgs.plan'))!), 'orgs.plan');
    });
});

describe('server: the model right after an edit', () => {
    let session: Session;
    const count = 60;
    before(async () => { session = await startWithManyTeams(count); });
    after(async () => { await session.stop(); });

    it('is the whole folder even while the files that depend on the edited one are rebuilt', async function () {
        this.timeout(60000);
        const original = session.open('people.plan');
        for (let round = 0; round < 3; round++) {
            const since = session.client.notifications.length;
            session.change('people.plan', original.replace('"Chief Nursing Officer"', `"Chief Nursing Officer ${round}"`));
            // The preview asks as soon as it hears of a change.
            await session.client.waitForNotification('actionplan/modelChanged', () => true, since);
            const result = await session.request<ModelResult | null>('actionplan/model', { uri: session.uri('people.plan') });
            assert.equal(result?.model.teams.length, count + 3, `round ${round}: every team`);
            assert.equal(result.model.files.length, count + 6);
            const champion = result.model.teams.find(t => t.name === 'Extra0')!.champions[0];
            assert.equal(champion.resolved, true);
            assert.equal(result.model.people.find(p => p.name === 'maria')?.jobTitle, `Chief Nursing Officer ${round}`);
        }
    });
});

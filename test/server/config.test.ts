import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Hover } from 'vscode-languageserver-protocol';
import { copySample, has, lacks, positionOf, Session, writeFiles } from './helpers.js';

const CONFIG = 'actionplan.config.json';

/** Overdue wins in talent.plan: `Tours` is due 2026-08-10 and still in progress. */
const overdueTours = (diagnostics: Array<{ code?: unknown; message: string }>) =>
    diagnostics.some(d => d.code === 'honest-assessment' && /'Tours' was due 2026-08-10/.test(d.message));

describe('server: configuration', () => {
    describe('the config file', () => {
        let session: Session;
        before(async () => {
            session = await Session.start([copySample('needs-work')]);
            await session.until('teams/suppliers.plan', has('first-win-window'));
        });
        after(async () => { await session.stop(); });

        it('a rule turned off in the config loses its diagnostics everywhere once the change is announced', async () => {
            const original = fs.readFileSync(path.join(session.folder, CONFIG), 'utf8');
            writeFiles(session.folder, { [CONFIG]: '{ "asOf": "2026-10-01", "rules": { "responder-traits": "warning", "first-win-window": "off", "responder-selected": "off" } }' });
            session.watched([[CONFIG, 2]]);
            await session.until('teams/suppliers.plan', d => lacks('first-win-window')(d) && lacks('responder-selected')(d));
            const talent = await session.until('teams/talent.plan', lacks('responder-selected'));
            assert.ok(talent.some(d => d.code === 'responder-traits'), 'the other rules stay');
            assert.ok(overdueTours(talent), 'asOf still from the config');
            writeFiles(session.folder, { [CONFIG]: original });
            session.watched([[CONFIG, 2]]);
            await session.until('teams/suppliers.plan', d => has('first-win-window')(d) && has('responder-selected')(d));
            await session.until('teams/talent.plan', has('responder-selected'));
        });

        it('a severity changed in the config changes the published severity', async () => {
            writeFiles(session.folder, { [CONFIG]: '{ "asOf": "2026-10-01", "rules": { "responder-traits": "error" } }' });
            session.watched([[CONFIG, 2]]);
            const talent = await session.until('teams/talent.plan', d => d.some(x => x.code === 'responder-traits' && x.severity === 1));
            assert.ok(talent.filter(d => d.code === 'responder-traits').every(d => d.severity === 1));
        });

        it('an invalid config is reported by file and field; the defaults are used and the server keeps answering', async () => {
            const since = session.client.notifications.length;
            writeFiles(session.folder, { [CONFIG]: '{\n  "asOf": "2026-10-01",\n  "rules": { "first-win-window": "loud" }\n}\n' });
            session.watched([[CONFIG, 2]]);
            const params = await session.client.waitForNotification('actionplan/configProblems', p => p.problems.length > 0, since);
            assert.equal(params.problems.length, 1);
            const [problem] = params.problems;
            assert.equal(path.resolve(problem.file), path.join(session.folder, CONFIG));
            assert.equal(problem.field, 'rules.first-win-window');
            assert.equal(problem.line, 3);
            assert.ok(problem.message.length > 0);
            // The defaults: responder-traits is off again, first-win-window a warning.
            const talent = await session.until('teams/talent.plan', lacks('responder-traits'));
            assert.ok(talent.length > 0);
            assert.ok((await session.diagnostics('teams/suppliers.plan')).some(d => d.code === 'first-win-window' && d.severity === 2));
            const hover = await session.requestAt<Hover | null>('textDocument/hover', 'teams/talent.plan', positionOf(session.text('teams/talent.plan'), 'champion rosa', 10));
            assert.ok(hover, 'still answering');
        });

        it('a fixed config clears the problems', async () => {
            const since = session.client.notifications.length;
            writeFiles(session.folder, { [CONFIG]: '{ "asOf": "2026-10-01", "rules": { "responder-traits": "warning" } }' });
            session.watched([[CONFIG, 2]]);
            const params = await session.client.waitForNotification('actionplan/configProblems', () => true, since);
            assert.deepEqual(params.problems, []);
            await session.until('teams/talent.plan', has('responder-traits'));
        });

        it('a config file deleted on disk: the defaults apply', async () => {
            writeFiles(session.folder, { [CONFIG]: null });
            session.watched([[CONFIG, 3]]);
            await session.until('teams/talent.plan', lacks('responder-traits'));
        });
    });

    describe('the editor setting actionplan.asOf', () => {
        let session: Session;
        before(async () => {
            session = await Session.start([copySample('needs-work')]);
            assert.ok(overdueTours(await session.until('teams/talent.plan', overdueTours)), 'as of 2026-10-01 (the config), Tours is overdue');
        });
        after(async () => { await session.stop(); });

        it('workspace/didChangeConfiguration with an as-of date re-checks the plans', async () => {
            session.client.setSettings({ asOf: '2026-08-01' });
            await session.until('teams/talent.plan', d => !overdueTours(d));
            session.client.setSettings({ asOf: '2026-12-01' });
            await session.until('teams/talent.plan', overdueTours);
        });

        it('an invalid or empty setting falls back to the config\'s as-of date', async () => {
            session.client.setSettings({ asOf: '2026-08-01' });
            await session.until('teams/talent.plan', d => !overdueTours(d));
            session.client.setSettings({ asOf: '2026-02-30' });
            await session.until('teams/talent.plan', overdueTours);
            session.client.setSettings({ asOf: '2026-08-01' });
            await session.until('teams/talent.plan', d => !overdueTours(d));
            session.client.setSettings({ asOf: '' });
            await session.until('teams/talent.plan', overdueTours);
        });
    });

    describe('the setting at start-up', () => {
        let session: Session;
        before(async () => { session = await Session.start([copySample('needs-work')], { asOf: '2026-08-01' }); });
        after(async () => { await session.stop(); });

        it('is read from workspace/configuration before the first check', async () => {
            const talent = await session.diagnostics('teams/talent.plan');
            assert.ok(!overdueTours(talent), 'as of 2026-08-01, Tours is not overdue yet');
            const hover = await session.requestAt<Hover | null>('textDocument/hover', 'teams/talent.plan', positionOf(session.text('teams/talent.plan'), '2026-08-10'));
            assert.match(JSON.stringify(hover?.contents), /as of 2026-08-01/);
        });
    });

    describe('the config\'s ignore', () => {
        let session: Session;
        before(async () => {
            session = await Session.start([copySample('needs-work', {
                [CONFIG]: '{ "asOf": "2026-10-01", "ignore": ["drafts/**"] }',
                'drafts/lonely.plan': 'business Lonely "Lonely Co"\n',
                'teams/lonely.plan': 'person lone "Lone Person" of Lonely\n',
            })]);
        });
        after(async () => { await session.stop(); });

        it('an ignored folder is left out: its names do not exist', async () => {
            const lonely = await session.until('teams/lonely.plan', has('unresolved-reference'));
            assert.match(lonely[0].message, /Lonely/);
            assert.equal(session.client.diagnostics.get(session.uri('drafts/broken.plan')), undefined, 'not checked');
        });

        it('a config that no longer ignores it brings its plans in; ignoring them again takes them out', async () => {
            writeFiles(session.folder, { [CONFIG]: '{ "asOf": "2026-10-01" }' });
            session.watched([[CONFIG, 2]]);
            await session.until('drafts/broken.plan', has('syntax'));
            assert.deepEqual(await session.until('teams/lonely.plan', d => d.length === 0), [], 'Lonely is known now');
            writeFiles(session.folder, { [CONFIG]: '{ "asOf": "2026-10-01", "ignore": ["drafts/**"] }' });
            session.watched([[CONFIG, 2]]);
            await session.until('drafts/broken.plan', d => d.length === 0);
            await session.until('teams/lonely.plan', has('unresolved-reference'));
        });

        it('a plan created in an ignored folder stays out', async () => {
            writeFiles(session.folder, { 'drafts/people.plan': 'person lone2 "Another" of Kessler\nperson lone "Duplicate" of Kessler\n' });
            session.watched([['drafts/people.plan', 1]]);
            session.open('teams/lonely.plan');
            session.change('teams/lonely.plan', 'person lone "Lone Person" of Kessler\n');
            assert.deepEqual(await session.until('teams/lonely.plan', d => d.length === 0), [], 'no duplicate with the ignored file');
            assert.equal(session.client.diagnostics.get(session.uri('drafts/people.plan')), undefined);
        });
    });
});

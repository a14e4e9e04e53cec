import { strict as assert } from 'node:assert';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { copySample, has, lacks, manyTeams, positionOf, Session, startWithManyTeams } from './helpers.js';

describe('server: files opened while the start-up build runs', () => {
    let session: Session;
    const count = 60;
    before(async () => {
        session = await Session.start([copySample('northwind', manyTeams(count))]);
        // At once, as VS Code does when it starts the server for the editors that are open: the first didOpen cancels the start-up build.
        for (const file of ['teams/nursing.plan', 'people.plan', 'teams/retention.plan']) session.open(file);
    });
    after(async () => { await session.stop(); });

    it('link against the whole workspace: no reference stays unresolved', async function () {
        this.timeout(60000);
        for (const file of ['teams/nursing.plan', 'people.plan', 'teams/retention.plan', 'partnership.plan', 'orgs.plan']) {
            assert.deepEqual(await session.until(file, d => d.length === 0), [], `${file} ends clean`);
        }
        for (let n = 0; n < count; n++) await session.until(`teams/extra/team${n}.plan`, lacks('unresolved-reference'));
    });

    it('answer requests with the linked elements', async () => {
        const text = session.text('teams/nursing.plan');
        const hover = await session.requestAt<Hover | null>('textDocument/hover', 'teams/nursing.plan', positionOf(text, 'champion grace', 10));
        assert.match((hover?.contents as MarkupContent | undefined)?.value ?? '', /Grace Whitaker[\s\S]*Birchwood Senior Living/);
    });
});

describe('server: an edit that cancels the rebuild of the dependents of the previous edit', () => {
    let session: Session;
    const count = 60;
    before(async () => { session = await startWithManyTeams(count); });
    after(async () => { await session.stop(); });

    it('still re-links every dependent: none keeps a reference to the name as it was', async function () {
        this.timeout(60000);
        const original = session.open('people.plan');
        await session.diagnostics('people.plan');
        for (let round = 0; round < 3; round++) {
            // Edit A: people.plan alone is rebuilt and published first; its dependents follow in step 2 …
            const published = session.client.diagnostics.get(session.uri('people.plan'));
            session.change('people.plan', `${original}// round ${round}\n`);
            await session.until('people.plan', d => d !== published);
            // … which edit B, sent at once, interrupts: `maria` is renamed.
            session.change('people.plan', original.replace('person maria "', `person maria${round} "`));
            for (let n = 0; n < count; n++) {
                const diagnostics = await session.until(`teams/extra/team${n}.plan`, has('unresolved-reference'));
                assert.equal(diagnostics.filter(d => d.code === 'unresolved-reference').length, 31, `team${n}.plan: every maria is unresolved`);
            }
            session.change('people.plan', original);
            for (let n = 0; n < count; n++) {
                await session.until(`teams/extra/team${n}.plan`, d => !has('unresolved-reference')(d));
            }
        }
    });
});

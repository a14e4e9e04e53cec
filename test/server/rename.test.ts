import { strict as assert } from 'node:assert';
import type { Range, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { copySample, editsByUri, positionOf, Session, textOf } from './helpers.js';

const JOINT = '\n    next win Joint "Share the placement calendar with the retention pilots" after NursingTeam.Placements {\n        due 2026-09-30\n        owner june\n    }\n';

describe('server: rename', () => {
    let session: Session;
    before(async () => {
        session = await Session.start([copySample('northwind')]);
        session.open('teams/retention.plan');
        // A win of another team, referenced as TEAM.WIN.
        session.edit('teams/retention.plan', '\n    // The survey pointed', `${JOINT}\n    // The survey pointed`);
        await session.settle();
        for (const file of ['teams/retention.plan', 'teams/nursing.plan', 'people.plan']) {
            assert.deepEqual(await session.until(file, d => d.length === 0), [], `${file} is clean`);
        }
    });
    after(async () => { await session.stop(); });

    async function prepare(file: string, needle: string, offset: number): Promise<string | null> {
        const text = session.text(file);
        const range = await session.requestAt<Range | { range: Range } | null>('textDocument/prepareRename', file, positionOf(text, needle, offset));
        if (!range) return null;
        return textOf(text, 'range' in range ? range.range : range);
    }

    function rename(file: string, needle: string, offset: number, newName: string): Promise<WorkspaceEdit | null> {
        return session.requestAt<WorkspaceEdit | null>('textDocument/rename', file, positionOf(session.text(file), needle, offset), { newName });
    }

    /** File → the text each edit replaces, in order. */
    function replaced(edit: WorkspaceEdit): Record<string, string[]> {
        const result: Record<string, string[]> = {};
        for (const [uri, edits] of editsByUri(edit)) {
            const file = session.file(uri);
            result[file] = edits.map(e => textOf(session.text(file), e.range));
        }
        return result;
    }

    it('prepareRename gives the name under the cursor; nothing on a keyword or a string', async () => {
        assert.equal(await prepare('teams/retention.plan', 'champion june', 10), 'june');
        assert.equal(await prepare('people.plan', 'person june', 8), 'june');
        assert.equal(await prepare('teams/retention.plan', 'NursingTeam.Placements', 14), 'Placements', 'only the win part of TEAM.WIN');
        assert.equal(await prepare('teams/retention.plan', 'NursingTeam.Placements', 3), 'NursingTeam', 'the team part of TEAM.WIN');
        assert.equal(await prepare('teams/retention.plan', 'champion june', 3), null);
        assert.equal(await prepare('teams/retention.plan', '"Frontline', 4), null);
    });

    it('renames a person in every file, and the workspace stays clean', async () => {
        const edit = await rename('teams/retention.plan', 'champion june', 10, 'juniper');
        assert.ok(edit);
        assert.deepEqual(Object.fromEntries(Object.entries(replaced(edit)).map(([f, texts]) => [f, texts.length])),
            { 'people.plan': 1, 'teams/retention.plan': 7, 'teams/rural-access.plan': 2 });
        assert.ok(Object.values(replaced(edit)).flat().every(t => t === 'june'));
        const texts = session.apply(edit);
        await session.settle();
        assert.match(texts.get(session.uri('people.plan'))!, /person juniper "June Park"/);
        for (const file of ['people.plan', 'teams/retention.plan', 'teams/rural-access.plan']) {
            assert.deepEqual(await session.until(file, d => d.length === 0), [], `${file} stays clean`);
        }
        assert.doesNotMatch(session.text('teams/rural-access.plan'), /\bjune\b/);
        const references = await session.requestAt<unknown[]>('textDocument/references', 'teams/rural-access.plan',
            positionOf(session.text('teams/rural-access.plan'), 'champion juniper', 10), { context: { includeDeclaration: true } });
        assert.equal(references.length, 10, 'the server links the renamed references');
    });

    it('renames a win referenced as TEAM.WIN from another team: only the win part changes', async () => {
        const edit = await rename('teams/nursing.plan', 'first win Placements', 12, 'SpringPlacements');
        assert.ok(edit);
        assert.deepEqual(replaced(edit), { 'teams/nursing.plan': ['Placements', 'Placements'], 'teams/retention.plan': ['Placements'] });
        const texts = session.apply(edit);
        await session.settle();
        assert.match(texts.get(session.uri('teams/retention.plan'))!, /after NursingTeam\.SpringPlacements \{/);
        assert.match(texts.get(session.uri('teams/nursing.plan'))!, /after SpringPlacements \{/);
        for (const file of ['teams/nursing.plan', 'teams/retention.plan']) assert.deepEqual(await session.until(file, d => d.length === 0), []);
    });

    it('renames a team: the TEAM part of TEAM.WIN references changes too', async () => {
        const edit = await rename('teams/nursing.plan', 'team NursingTeam', 6, 'NurseTeam');
        assert.ok(edit);
        assert.deepEqual(replaced(edit), { 'teams/nursing.plan': ['NursingTeam'], 'teams/retention.plan': ['NursingTeam'] });
        const texts = session.apply(edit);
        await session.settle();
        assert.match(texts.get(session.uri('teams/retention.plan'))!, /after NurseTeam\.SpringPlacements \{/);
        for (const file of ['teams/nursing.plan', 'teams/retention.plan']) assert.deepEqual(await session.until(file, d => d.length === 0), []);
    });

    it('renames from a TEAM.WIN reference', async () => {
        const edit = await rename('teams/retention.plan', 'NurseTeam.SpringPlacements', 12, 'Placements');
        assert.ok(edit);
        session.apply(edit);
        await session.settle();
        assert.match(session.text('teams/retention.plan'), /after NurseTeam\.Placements \{/);
        assert.match(session.text('teams/nursing.plan'), /first win Placements "/);
        for (const file of ['teams/nursing.plan', 'teams/retention.plan']) assert.deepEqual(await session.until(file, d => d.length === 0), []);
    });

    it('renames a team from the TEAM part of a TEAM.WIN reference', async () => {
        const edit = await rename('teams/retention.plan', 'NurseTeam.Placements', 2, 'NursingTeam');
        assert.ok(edit);
        assert.deepEqual(replaced(edit), { 'teams/nursing.plan': ['NurseTeam'], 'teams/retention.plan': ['NurseTeam'] });
        session.apply(edit);
        await session.settle();
        assert.match(session.text('teams/nursing.plan'), /^team NursingTeam "/m);
        for (const file of ['teams/nursing.plan', 'teams/retention.plan']) assert.deepEqual(await session.until(file, d => d.length === 0), []);
    });

    it('a keyword may be the new name', async () => {
        const edit = await rename('people.plan', 'person hank', 8, 'review');
        assert.ok(edit);
        session.apply(edit);
        await session.settle();
        assert.match(session.text('teams/retention.plan'), /review 2026-05-01 by juniper, review status approved/);
        for (const file of ['people.plan', 'teams/retention.plan']) assert.deepEqual(await session.until(file, d => d.length === 0), []);
    });

    it('refuses an invalid name, and a name already used, with an error', async () => {
        const refused = async (file: string, needle: string, offset: number, newName: string, message: RegExp) => {
            await assert.rejects(rename(file, needle, offset, newName), (error: Error) => {
                assert.match(error.message, message);
                return true;
            }, `renaming to '${newName}' is refused`);
        };
        await refused('people.plan', 'person maria', 8, '9lives', /not a name/);
        await refused('people.plan', 'person maria', 8, 'two words', /not a name/);
        await refused('people.plan', 'person maria', 8, 'grace', /already the name of a person/);
        await refused('people.plan', 'person maria', 8, 'AlderMed', /already the name of a business/);
        await refused('teams/nursing.plan', 'early win Bridge', 11, 'Camp', /already has a win named 'Camp'/);
        // A win may share its name with a win of another team.
        const edit = await rename('teams/nursing.plan', 'early win Bridge', 11, 'Housing');
        assert.ok(edit);
        assert.deepEqual(await session.until('people.plan', d => d.length === 0), [], 'nothing was applied');
    });
});

import { strict as assert } from 'node:assert';
import {
    FoldingRangeKind, SymbolKind, type DocumentSymbol, type FoldingRange, type Location, type LocationLink, type SymbolInformation, type WorkspaceSymbol
} from 'vscode-languageserver-protocol';
import { copySample, positionOf, Session, textOf } from './helpers.js';

describe('server: navigation', () => {
    let session: Session;
    before(async () => {
        session = await Session.start([copySample('northwind')]);
        for (const file of ['teams/nursing.plan', 'teams/retention.plan', 'people.plan']) session.open(file);
        await session.until('teams/nursing.plan', d => d.length === 0);
    });
    after(async () => { await session.stop(); });

    async function definition(file: string, needle: string, offset: number): Promise<{ file: string; line: number; name: string }> {
        const result = await session.requestAt<Location | Location[] | LocationLink[] | null>('textDocument/definition', file, positionOf(session.text(file), needle, offset));
        const links = result === null ? [] : Array.isArray(result) ? result : [result];
        assert.equal(links.length, 1, `one definition for '${needle}'`);
        const link = links[0];
        const uri = 'targetUri' in link ? link.targetUri : link.uri;
        const range = 'targetSelectionRange' in link ? link.targetSelectionRange : link.range;
        const target = session.file(uri);
        return { file: target, line: range.start.line, name: textOf(session.text(target), range) };
    }

    it('go to definition across files: a person, a priority, an organization', async () => {
        assert.deepEqual(await definition('teams/nursing.plan', 'champion grace', 10), { file: 'people.plan', line: 3, name: 'grace' });
        assert.deepEqual(await definition('teams/nursing.plan', 'for Nursing', 6), { file: 'partnership.plan', line: 9, name: 'Nursing' });
        assert.deepEqual(await definition('people.plan', 'of AlderMed', 4), { file: 'orgs.plan', line: 1, name: 'AlderMed' });
    });

    it('go to definition of a win, inside its team and as TEAM.WIN from another team', async () => {
        assert.deepEqual(await definition('teams/nursing.plan', 'after Placements', 7), { file: 'teams/nursing.plan', line: 27, name: 'Placements' });
        session.edit('teams/retention.plan', 'after ExitSurvey {', 'after NursingTeam.Placements {');
        await session.settle();
        assert.ok((await session.diagnostics('teams/retention.plan')).some(d => d.code === 'next-win'), 'ExitSurvey has no next win now');
        assert.deepEqual(await definition('teams/retention.plan', 'NursingTeam.Placements', 14), { file: 'teams/nursing.plan', line: 27, name: 'Placements' });
        session.revert('teams/retention.plan');
    });

    it('find references: a person used in several files, with and without the declaration', async () => {
        const text = session.text('people.plan');
        const request = (includeDeclaration: boolean) => session.requestAt<Location[]>('textDocument/references', 'people.plan',
            positionOf(text, 'person june', 8), { context: { includeDeclaration } });
        const summary = (locations: Location[]) => locations.map(l => `${session.file(l.uri)}:${l.range.start.line + 1}`).sort();
        const all = await request(true);
        assert.deepEqual(summary(all), [
            'people.plan:8',
            'teams/retention.plan:29', 'teams/retention.plan:3', 'teams/retention.plan:37', 'teams/retention.plan:55', 'teams/retention.plan:68', 'teams/retention.plan:74',
            'teams/rural-access.plan:39', 'teams/rural-access.plan:5',
        ]);
        for (const location of all) assert.equal(textOf(session.text(session.file(location.uri)), location.range), 'june');
        assert.deepEqual(summary(await request(false)), summary(all).filter(s => s !== 'people.plan:8'));
    });

    it('document symbols: the outline is hierarchical, team › wins', async () => {
        const symbols = await session.request<DocumentSymbol[] | SymbolInformation[]>('textDocument/documentSymbol', { textDocument: { uri: session.uri('teams/nursing.plan') } });
        assert.equal(symbols.length, 1);
        const team = symbols[0] as DocumentSymbol;
        assert.equal(team.name, 'NursingTeam');
        assert.equal(team.kind, SymbolKind.Struct);
        assert.deepEqual([team.range.start.line, team.range.end.line], [1, 74]);
        const wins = (team.children ?? []).filter(c => c.kind === SymbolKind.Event);
        assert.deepEqual(wins.map(w => w.name), ['Placements', 'PlacementCalendar', 'Bridge', 'Camp']);
        assert.match(wins[0].detail ?? '', /first win · achieved · due 2026-06-12/);
        assert.equal(textOf(session.text('teams/nursing.plan'), wins[1].selectionRange), 'PlacementCalendar');
        assert.ok((team.children ?? []).some(c => c.name === 'champion maria'));
        const people = await session.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: session.uri('people.plan') } });
        assert.equal(people.length, 15);
        assert.ok(people.every(p => p.kind === SymbolKind.Variable));
    });

    it('workspace symbols: a win found by its own name, with its team and its file', async () => {
        const symbols = await session.request<WorkspaceSymbol[]>('workspace/symbol', { query: 'PlacementCal' });
        assert.deepEqual(symbols.map(s => [s.name, s.containerName, s.kind, session.file(s.location.uri)]),
            [['PlacementCalendar', 'NursingTeam', SymbolKind.Event, 'teams/nursing.plan']]);
        const range = (symbols[0].location as Location).range;
        assert.equal(textOf(session.text('teams/nursing.plan'), range), 'PlacementCalendar');
        const qualified = await session.request<WorkspaceSymbol[]>('workspace/symbol', { query: 'NursingTeam.Pl' });
        assert.deepEqual(qualified.map(s => s.name).sort(), ['PlacementCalendar', 'Placements']);
        const person = await session.request<WorkspaceSymbol[]>('workspace/symbol', { query: 'samuel' });
        assert.deepEqual(person.map(s => [s.name, s.kind, session.file(s.location.uri)]), [['samuel', SymbolKind.Variable, 'people.plan']]);
        const team = await session.request<WorkspaceSymbol[]>('workspace/symbol', { query: 'RuralTeam' });
        assert.deepEqual(team.map(s => [s.name, s.kind, s.containerName]), [['RuralTeam', SymbolKind.Struct, undefined],
            ['TelehealthRooms', SymbolKind.Event, 'RuralTeam'], ['CounselorRotation', SymbolKind.Event, 'RuralTeam'], ['Rides', SymbolKind.Event, 'RuralTeam']]);
    });

    it('folding ranges for blocks and for block comments', async () => {
        const text = session.text('teams/nursing.plan').replace('    involve "Nurse managers',
            '    /*\n     * Who else to involve:\n     * nurse educators\n     */\n    involve "Nurse managers');
        session.change('teams/nursing.plan', text);
        await session.settle();
        const ranges = await session.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: session.uri('teams/nursing.plan') } });
        const at = (line: number) => ranges.filter(r => r.startLine === line);
        assert.equal(at(1).length, 1, 'the team block');
        assert.ok(at(1)[0].endLine >= 73, `the team block ends at its brace, not ${at(1)[0].endLine}`);
        for (const line of [7, 27, 43]) assert.equal(at(line).length, 1, `the block starting on line ${line + 1}`);
        const comment = ranges.find(r => r.kind === FoldingRangeKind.Comment && r.startLine === 67);
        assert.ok(comment, 'the block comment folds');
        assert.ok(comment.endLine >= 69 && comment.endLine <= 70);
        assert.equal(at(29).length, 0, 'a one-line element does not fold');
        session.revert('teams/nursing.plan');
    });
});

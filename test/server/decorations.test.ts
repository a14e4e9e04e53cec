import { strict as assert } from 'node:assert';
import type { CodeLens, InlayHint, SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver-protocol';
import { after as endOf, copySample, positionOf, Session } from './helpers.js';

interface Token { line: number; start: number; text: string; type: string; modifiers: string[] }

describe('server: semantic tokens, code lens and inlay hints', () => {
    let session: Session;
    before(async () => {
        session = await Session.start([copySample('northwind')]);
        for (const file of ['teams/nursing.plan', 'partnership.plan', 'people.plan']) session.open(file);
        await session.until('teams/nursing.plan', d => d.length === 0);
    });
    after(async () => { await session.stop(); });

    async function tokens(file: string): Promise<Token[]> {
        const legend: SemanticTokensLegend = session.client.initialize.capabilities.semanticTokensProvider!.legend;
        const result = await session.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: session.uri(file) } });
        const lines = session.text(file).split('\n');
        const decoded: Token[] = [];
        let line = 0;
        let start = 0;
        for (let i = 0; i < result.data.length; i += 5) {
            const [deltaLine, deltaStart, length, type, modifiers] = result.data.slice(i, i + 5);
            line += deltaLine;
            start = deltaLine === 0 ? start + deltaStart : deltaStart;
            decoded.push({
                line, start, text: lines[line].slice(start, start + length), type: legend.tokenTypes[type],
                modifiers: legend.tokenModifiers.filter((_, bit) => modifiers & (1 << bit)),
            });
        }
        return decoded;
    }

    function typeAt(all: Token[], file: string, needle: string, offset: number): string | undefined {
        const at = positionOf(session.text(file), needle, offset);
        return all.find(t => t.line === at.line && t.start === at.character)?.type;
    }

    it('semantic tokens tell a person, a business, a partner, a date and a status apart', async () => {
        const file = 'teams/nursing.plan';
        const all = await tokens(file);
        assert.equal(typeAt(all, file, 'champion maria', 9), 'variable', 'a person reference');
        assert.equal(typeAt(all, file, 'support Birchwood', 8), 'class', 'a business');
        assert.equal(typeAt(all, file, 'involve NVCC', 8), 'interface', 'a partner');
        assert.equal(typeAt(all, file, 'formed 2026-04-01', 7), 'number', 'a date');
        assert.equal(typeAt(all, file, 'status achieved', 7), 'enumMember', 'a status');
        assert.equal(typeAt(all, file, 'for Nursing', 4), 'enum', 'a priority');
        assert.equal(typeAt(all, file, 'after Placements', 6), 'event', 'a win');
        const team = all.find(t => t.text === 'NursingTeam')!;
        assert.equal(team.type, 'struct');
        assert.deepEqual(team.modifiers, ['declaration']);
        assert.ok(all.every(t => t.text.length > 0 && !t.text.includes(' ')), 'every token covers one word');
        const people = await tokens('people.plan');
        assert.equal(typeAt(people, 'people.plan', 'person maria', 7), 'variable');
        assert.equal(typeAt(people, 'people.plan', 'of AlderMed', 3), 'class');
        assert.equal(typeAt(people, 'people.plan', 'of NVWB', 3), 'interface');
    });

    it('code lens on teams (wins by status, members) and wins (days left from the as-of date)', async () => {
        const lenses = await session.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: session.uri('teams/nursing.plan') } });
        const byLine = new Map(lenses.map(l => [l.range.start.line, l.command?.title]));
        assert.equal(byLine.get(1), '4 wins · 1 achieved · 2 in-progress · 1 planned · 3 champions · 2 responders');
        assert.equal(byLine.get(27), 'achieved', 'Placements');
        assert.equal(byLine.get(37), 'planned · due in 87 days', 'PlacementCalendar, as of 2026-06-30');
        assert.equal(byLine.get(43), 'in-progress · due in 92 days', 'Bridge');
        assert.equal(byLine.get(53), 'in-progress · due in 45 days', 'Camp');
        assert.equal(lenses.length, 5);
        assert.ok(lenses.every(l => l.command !== undefined));
    });

    it('code lens follows the as-of setting: overdue wins are counted', async () => {
        session.client.setSettings({ asOf: '2026-09-26' });
        const deadline = Date.now() + 10000;
        let byLine = new Map<number, string | undefined>();
        while (Date.now() < deadline && byLine.get(37) !== 'planned · 1 day overdue') {
            const lenses = await session.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: session.uri('teams/nursing.plan') } });
            byLine = new Map(lenses.map(l => [l.range.start.line, l.command?.title]));
            await new Promise(resolve => setTimeout(resolve, 50));
        }
        assert.equal(byLine.get(37), 'planned · 1 day overdue');
        assert.equal(byLine.get(43), 'in-progress · due in 4 days');
        assert.equal(byLine.get(53), 'in-progress · 43 days overdue');
        assert.equal(byLine.get(1), '4 wins · 1 achieved · 2 in-progress · 1 planned · 2 overdue · 3 champions · 2 responders');
        session.client.setSettings({});
    });

    it('inlay hints after dates: days from the launch or from the formation, saying which', async () => {
        const request = (file: string) => session.request<InlayHint[]>('textDocument/inlayHint', {
            textDocument: { uri: session.uri(file) },
            range: { start: { line: 0, character: 0 }, end: { line: session.text(file).split('\n').length, character: 0 } },
        });
        const label = (hint: InlayHint) => (typeof hint.label === 'string' ? hint.label : hint.label.map(p => p.value).join(''));
        const nursing = await request('teams/nursing.plan');
        const at = (file: string, hints: InlayHint[], needle: string) => {
            const end = endOf(session.text(file), needle);
            return hints.filter(h => h.position.line === end.line && h.position.character === end.character).map(label);
        };
        assert.deepEqual(at('teams/nursing.plan', nursing, 'formed 2026-04-01'), ['22 days after launch'], 'from the launch');
        assert.deepEqual(at('teams/nursing.plan', nursing, 'due 2026-06-12'), ['72 days after formed'], 'from the formation');
        assert.deepEqual(at('teams/nursing.plan', nursing, 'joined 2026-04-15'), ['14 days after formed']);
        assert.deepEqual(at('teams/nursing.plan', nursing, 'review 2026-04-24'), ['45 days after launch'], 'a review, from the launch');
        assert.match(String(nursing.find(h => label(h) === '72 days after formed')?.tooltip), /72 days after team 'NursingTeam' formed \(2026-04-01\)/);
        const partnership = await request('partnership.plan');
        assert.deepEqual(partnership.map(label), ['22 days after launch', '24 days after launch', '28 days after launch']);
        session.edit('partnership.plan', 'follow-up 2026-04-01', 'follow-up 2026-03-03');
        await session.until('partnership.plan', d => d.length > 0);
        assert.deepEqual(at('partnership.plan', await request('partnership.plan'), 'follow-up 2026-03-03'), ['7 days before launch']);
        session.revert('partnership.plan');
    });
});

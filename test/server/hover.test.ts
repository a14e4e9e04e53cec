import { strict as assert } from 'node:assert';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { copySample, positionOf, Session, textOf } from './helpers.js';

describe('server: hover', () => {
    let session: Session;
    before(async () => {
        session = await Session.start([copySample('northwind')]);
        for (const file of ['teams/nursing.plan', 'partnership.plan', 'teams/retention.plan']) session.open(file);
    });
    after(async () => { await session.stop(); });

    /** The hover's Markdown at `needle` (moved `offset` into it) in `file`, and the text its range covers. */
    async function hover(file: string, needle: string, offset = 0, occurrence = 0): Promise<{ value: string; covers: string }> {
        const text = session.text(file);
        const result = await session.requestAt<Hover | null>('textDocument/hover', file, positionOf(text, needle, offset, occurrence));
        assert.ok(result, `a hover at '${needle}'`);
        const contents = result.contents as MarkupContent;
        assert.equal(contents.kind, 'markdown');
        // Plan text and guide text are escaped for Markdown (`60\\-90`): compare what the editor shows.
        return { value: contents.value.replace(/\\(.)/g, '$1'), covers: result.range ? textOf(text, result.range) : '' };
    }

    it('on a person reference: a card with the full name, the job title and the organization', async () => {
        const { value, covers } = await hover('teams/nursing.plan', 'champion grace', 'champion '.length + 2);
        assert.equal(covers, 'grace');
        assert.match(value, /\*\*Grace Whitaker\*\*/);
        assert.match(value, /Executive Director/);
        assert.match(value, /Birchwood Senior Living \(business\)/);
    });

    it('on a person of a partner: the partner named as such', async () => {
        const { value } = await hover('teams/nursing.plan', 'support ruth', 'support '.length);
        assert.match(value, /Ruth Adeyemi/);
        assert.match(value, /Northwind Valley Community College \(partner\)/);
    });

    it('on a win referenced across teams: the win card with its team', async () => {
        const { value } = await hover('teams/nursing.plan', 'after Placements', 'after '.length);
        assert.match(value, /first win `NursingTeam\.Placements`/);
        assert.match(value, /status achieved/);
    });

    it('on a follow-up date: its day count from the launch and the window it must fall in', async () => {
        const { value, covers } = await hover('partnership.plan', '2026-04-03', 3);
        assert.equal(covers, '2026-04-03');
        assert.match(value, /24 days after the launch \(2026-03-10\)/);
        assert.match(value, /21-28 days after the launch: 2026-03-31 to 2026-04-07/);
    });

    it('on a first win\'s due date: days after the formation, the 60-90 day window and the days left', async () => {
        const { value } = await hover('teams/nursing.plan', '2026-06-12');
        assert.match(value, /72 days after team 'NursingTeam' formed \(2026-04-01\)/);
        assert.match(value, /60-90 days after the team formed: 2026-05-31 to 2026-06-30/);
        assert.match(value, /Status: achieved/);
    });

    it('on an early win\'s due date: the days left as of the config\'s as-of date', async () => {
        const { value } = await hover('teams/retention.plan', '2026-11-30');
        assert.match(value, /241 days after team 'RetentionTeam' formed/);
        assert.match(value, /by 2027-04-03/);
        assert.match(value, /Due in 153 days \(as of 2026-06-30\)/);
    });

    it('on a keyword: the question of the guide it answers', async () => {
        const success = await hover('teams/nursing.plan', 'success "', 2);
        assert.equal(success.covers, 'success');
        assert.match(success.value, /How do we define success\?/);
        const first = await hover('teams/nursing.plan', 'first win', 1);
        assert.match(first.value, /60-90 days/);
        const impact = await hover('teams/nursing.plan', 'impact high', 1);
        assert.match(impact.value, /high, positive impact/);
    });

    it('nothing on a string or a comment', async () => {
        const text = session.text('teams/nursing.plan');
        for (const [needle, offset] of [['"Nursing pipeline', 3], ['// Nursing pipeline', 5]] as const) {
            const result = await session.requestAt<Hover | null>('textDocument/hover', 'teams/nursing.plan', positionOf(text, needle, offset));
            assert.equal(result, null, `no hover in ${needle}`);
        }
    });
});

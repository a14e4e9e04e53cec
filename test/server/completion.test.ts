import { strict as assert } from 'node:assert';
import { InsertTextFormat, type CompletionItem, type CompletionList } from 'vscode-languageserver-protocol';
import { after as endOf, copySample, Session } from './helpers.js';

const BUSINESS_PEOPLE = ['devon', 'grace', 'hank', 'june', 'maria', 'priya', 'samuel', 'tomas'];
const PARTNER_PEOPLE = ['elena', 'kofi', 'lena', 'marcus', 'nadia', 'oscar', 'ruth'];

/** Edit `file` so that it reads `replacement` instead of `original`, then ask for completion right after `cursorAfter`. */
async function completeAt(session: Session, file: string, original: string, replacement: string, cursorAfter = replacement): Promise<CompletionItem[]> {
    const text = session.text(file).replace(original, replacement);
    assert.notEqual(text, session.text(file), `'${original}' is in ${file}`);
    session.change(file, text);
    await session.settle();
    const result = await session.requestAt<CompletionList | CompletionItem[] | null>('textDocument/completion', file, endOf(text, cursorAfter));
    return Array.isArray(result) ? result : result?.items ?? [];
}

function labels(items: CompletionItem[]): string[] {
    return items.map(i => i.label).sort();
}

describe('server: completion', () => {
    let session: Session;
    before(async () => {
        session = await Session.start([copySample('northwind')]);
        for (const file of ['teams/nursing.plan', 'partnership.plan', 'orgs.plan']) session.open(file);
        await session.diagnostics('teams/nursing.plan');
    });
    after(async () => { await session.stop(); });
    afterEach(() => {
        for (const file of ['teams/nursing.plan', 'partnership.plan', 'orgs.plan']) session.revert(file);
    });

    it('after `owner ` in a win offers only the team\'s champions and responders', async () => {
        const items = await completeAt(session, 'teams/nursing.plan', '        owner grace\n', '        owner \n', '        owner ');
        assert.deepEqual(labels(items), ['grace', 'kofi', 'maria', 'ruth', 'tomas']);
        const maria = items.find(i => i.label === 'maria')!;
        assert.match(maria.detail ?? '', /Maria Lindqvist/);
    });

    it('after `owner ` in a first step offers the same members', async () => {
        const items = await completeAt(session, 'teams/nursing.plan', '        owner maria\n        due 2026-04-10', '        owner \n        due 2026-04-10', '        owner ');
        assert.deepEqual(labels(items), ['grace', 'kofi', 'maria', 'ruth', 'tomas']);
    });

    it('after `champion ` offers only people of businesses', async () => {
        const items = await completeAt(session, 'teams/nursing.plan', '    champion tomas\n', '    champion \n', '    champion ');
        assert.deepEqual(labels(items), BUSINESS_PEOPLE);
    });

    it('after `by ` in a review offers only the team\'s champions', async () => {
        const items = await completeAt(session, 'teams/nursing.plan', 'review 2026-04-24 by maria, grace status approved', 'review 2026-04-24 by ');
        assert.deepEqual(labels(items), ['grace', 'maria', 'tomas']);
    });

    it('after `responder ` offers only people of partners', async () => {
        const items = await completeAt(session, 'teams/nursing.plan', '    responder kofi {', '    responder  {', '    responder ');
        assert.deepEqual(labels(items), PARTNER_PEOPLE);
    });

    it('after `follow-up ` offers the dates launch+21 … launch+28, in order', async () => {
        const items = await completeAt(session, 'partnership.plan', 'follow-up 2026-04-03', 'follow-up ');
        const dates = items.filter(i => /^\d{4}-\d{2}-\d{2}$/.test(i.label));
        assert.deepEqual(dates.map(i => i.label), ['2026-03-31', '2026-04-01', '2026-04-02', '2026-04-03', '2026-04-04', '2026-04-05', '2026-04-06', '2026-04-07']);
        assert.deepEqual([...dates].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? '')).map(i => i.label), dates.map(i => i.label));
        assert.match(dates[0].detail ?? '', /21 days after the launch/);
    });

    it('after `due ` in a first win offers dates in the 60-90 day window from the formation', async () => {
        const items = await completeAt(session, 'teams/nursing.plan', 'due 2026-06-12', 'due ');
        const dates = items.filter(i => /^\d{4}-\d{2}-\d{2}$/.test(i.label)).map(i => i.label);
        // formed 2026-04-01: +60 = 2026-05-31, +90 = 2026-06-30
        assert.equal(dates[0], '2026-05-31');
        assert.equal(dates.at(-1), '2026-06-30');
    });

    it('at the top level offers the element keywords and a snippet for each element', async () => {
        const items = await completeAt(session, 'orgs.plan', 'kind nonprofit\n', 'kind nonprofit\n\n');
        const names = labels(items);
        for (const keyword of ['business', 'partner', 'partnership', 'person', 'team']) assert.ok(names.includes(keyword), `keyword ${keyword}`);
        for (const keyword of ['champion', 'due', 'owner', 'follow-up']) assert.ok(!names.includes(keyword), `no ${keyword} at the top level`);
        const team = items.find(i => i.label === 'team …');
        assert.ok(team, 'a team snippet');
        assert.equal(team.insertTextFormat, InsertTextFormat.Snippet);
        assert.match(team.insertText ?? '', /^team \$\{1:Name\} "\$\{2:Title\}" for \$\{3:Priority\} \{/);
        for (const snippet of ['business …', 'partner …', 'partnership …', 'person …']) assert.ok(names.includes(snippet), `snippet ${snippet}`);
    });

    it('inside a team body offers the team\'s lines, not the top-level elements', async () => {
        const items = await completeAt(session, 'teams/nursing.plan', '    champion tomas\n', '    champion tomas\n    \n', '    champion tomas\n    ');
        const names = labels(items);
        for (const keyword of ['champion', 'responder', 'success', 'first', 'early', 'next', 'involve', 'review', 'organize']) {
            assert.ok(names.includes(keyword), `keyword ${keyword}`);
        }
        assert.ok(names.includes('early win …') && names.includes('responder …'), 'snippets of team lines');
        assert.ok(!names.includes('business') && !names.includes('team …'));
    });
});

describe('server: completion with a config', () => {
    let session: Session;
    before(async () => {
        const config = '{ "asOf": "2026-06-30", "rules": { "follow-up-window": ["warning", { "minDays": 14, "maxDays": 35 }] } }';
        session = await Session.start([copySample('northwind', { 'actionplan.config.json': config })]);
        session.open('partnership.plan');
    });
    after(async () => { await session.stop(); });

    it('offers the follow-up dates of the config\'s window', async () => {
        const items = await completeAt(session, 'partnership.plan', 'follow-up 2026-04-03', 'follow-up ');
        const dates = items.filter(i => /^\d{4}-\d{2}-\d{2}$/.test(i.label)).map(i => i.label);
        assert.equal(dates.length, 22);
        assert.equal(dates[0], '2026-03-24');
        assert.equal(dates.at(-1), '2026-04-14');
    });
});

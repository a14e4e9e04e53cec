/**
 * `render --format ics`: the plan's dated promises as an iCalendar file, read
 * back with an independent parser (ical.js): one event per dated promise,
 * counted here from the model itself; UIDs that survive a change of dates;
 * plan text that arrives as written, commas, semicolons and newlines included.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import ICAL from 'ical.js';
import { modelOf } from '../../cli/model.js';
import { renderModel } from '../../cli/render.js';
import { loadWorkspace } from '../../cli/workspace.js';
import { renderIcs } from '../../language/model/render/ics.js';
import type { ActionPlanModel } from '../../language/model/schema.js';
import { sampleModel } from './example.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

interface ParsedEvent { uid: string; summary: string; description: string; start: string; allDay: boolean; attendees: string[]; status?: string }

function parse(ics: string): { name?: string; events: ParsedEvent[] } {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    assert.equal(calendar.name, 'vcalendar');
    assert.equal(calendar.getFirstPropertyValue('version'), '2.0');
    return {
        name: calendar.getFirstPropertyValue('x-wr-calname') as string | undefined,
        events: calendar.getAllSubcomponents('vevent').map(component => {
            const event = new ICAL.Event(component);
            assert.ok(component.getFirstPropertyValue('dtstamp'), 'every event has a DTSTAMP');
            return {
                uid: event.uid,
                summary: event.summary,
                description: event.description,
                start: event.startDate.toString(),
                allDay: event.startDate.isDate,
                attendees: event.attendees.map(a => String(a.getParameter('cn'))),
                status: component.getFirstPropertyValue('status') as string | undefined,
            };
        }),
    };
}

/** The dated promises of a model, counted from the model's own fields (not through the renderer). */
function datedPromises(model: ActionPlanModel): number {
    let count = 0;
    for (const p of model.partnerships) count += p.priorities.filter(priority => priority.followUp).length;
    for (const team of model.teams) {
        count += team.wins.filter(w => w.due).length;
        count += team.firstSteps.filter(s => s.due).length;
        count += team.reviews.filter(r => r.date).length;
    }
    return count;
}

async function modelIn(folder: string): Promise<ActionPlanModel> {
    const workspace = await loadWorkspace([folder], { cwd: folder, asOf: '2026-05-01' });
    return modelOf(workspace.services, workspace.documents, folder, '2026-05-01');
}

describe('render --format ics', function () {
    this.timeout(60000);
    let model: ActionPlanModel;
    before(async () => {
        model = await sampleModel('samples/northwind');
    });

    it('writes samples/northwind as a calendar the independent parser reads, one all-day event per dated promise', () => {
        const ics = renderModel(model, 'ics');
        assert.ok(ics.startsWith('BEGIN:VCALENDAR\r\n'), 'CRLF line endings');
        for (const line of ics.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, `folded: ${line}`);
        const { events, name } = parse(ics);
        assert.equal(name, model.partnerships[0].title);
        const expected = datedPromises(model);
        assert.ok(expected >= 10, `the sample has dated promises (${expected})`);
        assert.equal(events.length, expected);
        assert.equal(new Set(events.map(e => e.uid)).size, events.length, 'UIDs are unique');
        for (const event of events) assert.ok(event.allDay, `${event.summary} is an all-day event`);
    });

    it('names each event in the plan\'s words, with the owner as attendee and the plan file and line in the description', () => {
        const { events } = parse(renderIcs(model));
        for (const team of model.teams) {
            for (const win of team.wins.filter(w => w.due)) {
                const event = events.find(e => e.summary.endsWith(`: ${win.title}`));
                assert.ok(event, win.title);
                assert.equal(event.start, win.due);
                assert.match(event.description, new RegExp(`${win.source.file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, line ${win.source.line}\\.`));
                if (win.owner?.resolved) {
                    const person = model.people.find(p => p.name === win.owner!.name)!;
                    assert.deepEqual(event.attendees, [person.fullName]);
                }
                assert.equal(event.status, win.status === 'dropped' ? 'CANCELLED' : 'CONFIRMED');
            }
            for (const step of team.firstSteps.filter(s => s.due)) {
                const event = events.find(e => e.summary === `First step: ${step.what}`);
                assert.ok(event, step.what);
                assert.equal(event.start, step.due);
            }
        }
        for (const priority of model.partnerships.flatMap(p => p.priorities).filter(p => p.followUp)) {
            const event = events.find(e => e.summary === `Follow-up call: ${priority.title}`);
            assert.ok(event, priority.title);
            assert.equal(event.start, priority.followUp);
        }
    });

    it('keeps every UID when the plan\'s dates change, so importing again updates the events', async () => {
        const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ics-'));
        try {
            fs.cpSync(path.join(REPO, 'samples/northwind'), tmp, { recursive: true });
            const before = parse(renderIcs(await modelIn(tmp))).events;
            // Every date of every plan moves: one year later (2026-02-29 does not occur in 2026, so the day stays valid).
            let changed = 0;
            for (const file of fs.readdirSync(tmp, { recursive: true }).map(String).filter(f => f.endsWith('.plan'))) {
                const full = path.join(tmp, file);
                const text = fs.readFileSync(full, 'utf8');
                const moved = text.replace(/\b(20\d\d)-(\d\d-\d\d)\b/g, (_, y: string, md: string) => `${Number(y) + 1}-${md}`);
                if (moved !== text) changed++;
                fs.writeFileSync(full, moved);
            }
            assert.ok(changed > 0);
            const after = parse(renderIcs(await modelIn(tmp))).events;
            assert.equal(after.length, before.length);
            assert.deepEqual(after.map(e => e.uid).sort(), before.map(e => e.uid).sort());
            for (const event of after) {
                const old = before.find(e => e.uid === event.uid)!;
                assert.notEqual(event.start, old.start, `${event.summary} moved`);
                assert.equal(event.summary, old.summary);
            }
        } finally {
            fs.rmSync(tmp, { recursive: true, force: true });
        }
    });

    it('derives UIDs from names, not positions: reordering the wins of a team keeps them', () => {
        const reordered = structuredClone(model);
        for (const team of reordered.teams) team.wins.reverse();
        const uidsOf = (m: ActionPlanModel) => new Map(parse(renderIcs(m)).events.map(e => [e.summary, e.uid]));
        assert.deepEqual([...uidsOf(reordered)].sort(), [...uidsOf(model)].sort());
    });

    it('carries commas, semicolons, backslashes and newlines in plan text through unchanged', () => {
        const tricky = structuredClone(model);
        const win = tricky.teams[0].wins.find(w => w.due)!;
        win.title = 'Tours, talks; and a "lab\\day"\nthen: more';
        tricky.partnerships[0].title = 'North, West; Co';
        const { events, name } = parse(renderIcs(tricky));
        assert.equal(name, 'North, West; Co');
        const event = events.find(e => e.uid.includes(`.${win.name}@`));
        assert.ok(event);
        assert.equal(event.summary, `${win.kind === 'first' ? 'First' : win.kind === 'early' ? 'Early' : 'Next'} win: Tours, talks; and a "lab\\day"\nthen: more`);
    });

    it('shows control characters as U+FFFD instead of writing them into the file', () => {
        const hostile = structuredClone(model);
        const win = hostile.teams[0].wins.find(w => w.due)!;
        win.title = 'a\u0007b\u001bc';
        const ics = renderIcs(hostile);
        assert.doesNotMatch(ics, /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
        const event = parse(ics).events.find(e => e.uid.includes(`.${win.name}@`))!;
        assert.ok(event.summary.endsWith('a\ufffdb\ufffdc'));
    });

    it('leaves out what has no valid date, and writes an empty calendar for a plan without dates', () => {
        const undated = structuredClone(model);
        for (const p of undated.partnerships) for (const priority of p.priorities) delete priority.followUp;
        for (const team of undated.teams) {
            for (const w of team.wins) delete w.due;
            for (const s of team.firstSteps) delete s.due;
            for (const r of team.reviews) delete r.date;
        }
        assert.equal(parse(renderIcs(undated)).events.length, 0);
    });
});

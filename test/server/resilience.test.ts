/**
 * Broken and half-typed edits of the northwind sample, over LSP: each costs
 * one diagnostic, on the line edited, and every element of the workspace
 * outside the edited one stays in the resolved model as it was (what the
 * outline, code lenses, preview and rules see).
 */
import { strict as assert } from 'node:assert';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import type { ActionPlanModel } from '../../language/model/schema.js';
import { copySample, Session } from './helpers.js';

interface Row {
    /** What the edit is. */
    name: string;
    file: string;
    from: string;
    to: string;
    /** The one diagnostic: its 1-based line and a part of its message. */
    line: number;
    message: string;
    /** The elements the edit may change (their model entries), as parts of their entry. */
    changes?: RegExp[];
    /** The title of the diagnostic's quick fix, when it has one. */
    fix?: string;
}

const NURSING = 'teams/nursing.plan';
const CAMP = /"name":"Camp"/;
const PLACEMENTS = /"name":"Placements"/;
const BRIDGE = /"name":"Bridge"/;
const FIRST_STEP = /firstSteps/;

const ROWS: Row[] = [
    // Half-typed lines above another line, as while typing before picking a completion.
    { name: 'champion typed above a responder', file: NURSING, from: '    responder ruth {', to: '    champion \n    responder ruth {', line: 8, message: "'champion' needs a person", changes: [/champions/] },
    { name: 'responder typed above a responder', file: NURSING, from: '    responder kofi {', to: '    responder\n    responder kofi {', line: 16, message: "'responder' needs a person", changes: [/responders/] },
    { name: 'owner typed above due', file: NURSING, from: '        due 2026-08-14', to: '        owner\n        due 2026-08-14', line: 55, message: "'owner' needs a person", changes: [CAMP] },
    { name: 'owner with nothing, last line of a block', file: NURSING, from: '        status in-progress\n    }\n\n    first step', to: '        status in-progress\n        owner \n    }\n\n    first step', line: 62, message: "'owner' needs a person", changes: [CAMP] },
    { name: 'due typed above impact', file: NURSING, from: '        impact high', to: '        due\n        impact high', line: 46, message: "'due' needs a date", changes: [BRIDGE] },
    { name: 'status with no value', file: NURSING, from: '        status achieved', to: '        status', line: 33, message: "'status' needs planned, in-progress", changes: [PLACEMENTS, /statusCounts/] },
    { name: 'impact with no value', file: NURSING, from: '        impact medium', to: '        impact', line: 56, message: "'impact' needs high, medium or low", changes: [CAMP] },
    { name: 'feasibility with no value', file: NURSING, from: '        feasibility medium', to: '        feasibility ', line: 47, message: "'feasibility' needs high, medium or low", changes: [BRIDGE] },
    { name: 'assessment with no value', file: NURSING, from: '        assessment "All 46', to: '        assessment\n        // "All 46', line: 34, message: "'assessment' needs a quoted", changes: [PLACEMENTS] },
    { name: 'joined with no value', file: NURSING, from: '        joined 2026-04-22', to: '        joined', line: 17, message: "'joined' needs a date", changes: [/"kofi"/] },
    { name: 'selected-by with no value', file: NURSING, from: '        selected-by convener\n        commits in-kind "Career', to: '        selected-by\n        commits in-kind "Career', line: 18, message: "'selected-by' needs convener", changes: [/"kofi"/] },
    { name: 'formed with no value', file: NURSING, from: '    formed 2026-04-01', to: '    formed', line: 3, message: "'formed' needs a date" , changes: [/NursingTeam/] },
    { name: 'involve with nothing after it', file: NURSING, from: '    involve NVCC, AlderSchools', to: '    involve\n    involve NVCC, AlderSchools', line: 69, message: "'involve' needs", changes: [/involves/] },
    { name: 'owner of the first step with no value', file: NURSING, from: '        owner maria\n        due 2026-04-10', to: '        owner\n        due 2026-04-10', line: 65, message: "'owner' needs a person", changes: [FIRST_STEP] },
    { name: 'convener with no value', file: 'partnership.plan', from: '    convener NVWB', to: '    convener', line: 6, message: "'convener' needs an organization", changes: [/NorthwindHealth/] },
    { name: 'follow-up with no value', file: 'partnership.plan', from: '        follow-up 2026-04-03', to: '        follow-up', line: 14, message: "'follow-up' needs a date", changes: [/"Retention"/, /RetentionTeam/] },
    { name: 'industry typed above region', file: 'partnership.plan', from: '    region "Alder', to: '    industry\n    region "Alder', line: 5, message: "'industry' needs a quoted", changes: [/NorthwindHealth/] },
    // Keyword typos: one error with a fix, and the element is read as if spelt right.
    { name: 'champoin for champion', file: NURSING, from: '    champion grace', to: '    champoin grace', line: 5, message: "Unknown keyword 'champoin'; did you mean 'champion'?", fix: "Change to 'champion'" },
    { name: 'teem for team', file: NURSING, from: 'team NursingTeam', to: 'teem NursingTeam', line: 2, message: "Unknown keyword 'teem'; did you mean 'team'?", fix: "Change to 'team'" },
    { name: 'onwer for owner', file: NURSING, from: '        owner grace', to: '        onwer grace', line: 48, message: "did you mean 'owner'?", fix: "Change to 'owner'" },
    { name: 'suport for support', file: NURSING, from: '        support AlderMed', to: '        suport AlderMed', line: 60, message: "did you mean 'support'?", fix: "Change to 'support'" },
    { name: 'persn for person', file: 'people.plan', from: 'person devon', to: 'persn devon', line: 3, message: "did you mean 'person'?", fix: "Change to 'person'" },
    { name: 'Status with a capital', file: NURSING, from: '        status achieved', to: '        Status achieved', line: 33, message: "did you mean 'status'?", fix: "Change to 'status'" },
    // Misshapen dates: one invalid-date, with the date spelled out when there is no doubt.
    { name: 'a day-first date', file: NURSING, from: 'due 2026-09-30', to: 'due 30/09/2026', line: 45, message: "'30/09/2026' is not a date; write it as YYYY-MM-DD", changes: [BRIDGE], fix: 'Write 2026-09-30' },
    { name: 'an ambiguous date', file: NURSING, from: 'due 2026-08-14', to: 'due 12/08/2026', line: 55, message: "'12/08/2026' is not a date", changes: [CAMP] },
    { name: 'a date without its day', file: NURSING, from: 'due 2026-08-14', to: 'due 2026-08', line: 55, message: "'2026-08' is not a date", changes: [CAMP] },
    { name: 'a date without leading zeros', file: NURSING, from: 'due 2026-06-12', to: 'due 2026-6-12', line: 29, message: "'2026-6-12' is not a date", changes: [PLACEMENTS], fix: 'Write 2026-06-12' },
    // Strings and braces.
    { name: 'an unclosed string', file: NURSING, from: 'support AlderMed "Hosts two days of job shadowing"', to: 'support AlderMed "Hosts two days of job shadowing', line: 60, message: 'Unclosed string', changes: [CAMP] },
    { name: 'an unclosed string that swallows the rest of its line', file: 'orgs.plan', from: 'partner NVCC "Northwind Valley Community College" kind education', to: 'partner NVCC "Northwind Valley Community College kind education', line: 11, message: 'Unclosed string', changes: [/NVCC/] },
    { name: 'a stray } after a win', file: NURSING, from: '        status in-progress\n    }\n\n    first step', to: '        status in-progress\n    }\n    }\n\n    first step', line: 63, message: "This '}' closes no block", fix: "Remove the '}'" },
    { name: 'a stray } at the end of the file', file: 'orgs.plan', from: 'business CedarRidge "Cedar Ridge Home Health"', to: 'business CedarRidge "Cedar Ridge Home Health"\n}', line: 6, message: "This '}' closes no block", fix: "Remove the '}'" },
    { name: 'a missing } of a win', file: NURSING, from: '        status in-progress\n    }\n\n    early win Camp', to: '        status in-progress\n\n    early win Camp', line: 51, message: "Expected '}'", changes: [BRIDGE, CAMP] },
    { name: 'a support without its role', file: NURSING, from: 'support AlderMed "Hosts two days of job shadowing"', to: 'support AlderMed', line: 60, message: 'a quoted string', changes: [CAMP] },
    { name: 'a wrong value after impact', file: NURSING, from: '        impact medium', to: '        impact huge', line: 56, message: "Unexpected 'huge': 'impact' needs high, medium or low", changes: [CAMP] },
];

/** The model as a set of entries, one per element, without positions and diagnostics. */
function entries(model: ActionPlanModel): Set<string> {
    const out = new Set<string>();
    const strip = (value: unknown): unknown => {
        if (Array.isArray(value)) return value.map(strip);
        if (value && typeof value === 'object') {
            return Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'source' && key !== 'diagnostics' && key !== 'id').map(([key, v]) => [key, strip(v)]));
        }
        return value;
    };
    const walk = (prefix: string, value: Record<string, unknown>) => {
        const scalars: Record<string, unknown> = {};
        for (const [key, v] of Object.entries(value)) {
            if (key === 'source' || key === 'diagnostics' || key === 'id') continue;
            if (Array.isArray(v) && v.some(item => item && typeof item === 'object')) {
                for (const item of v) out.add(`${prefix} ${key} ${JSON.stringify(strip(item))}`);
            } else scalars[key] = strip(v);
        }
        out.add(`${prefix} ${JSON.stringify(scalars)}`);
    };
    for (const team of model.teams) walk(`team ${team.name}`, team as unknown as Record<string, unknown>);
    for (const partnership of model.partnerships) walk(`partnership ${partnership.name}`, partnership as unknown as Record<string, unknown>);
    for (const person of model.people) out.add(`person ${JSON.stringify(strip(person))}`);
    return out;
}

describe('server: resilient parsing of broken and half-typed lines', () => {
    let session: Session;
    let original: Set<string>;

    async function model(): Promise<ActionPlanModel> {
        const result = await session.request<{ model: ActionPlanModel } | null>('actionplan/model', { uri: session.uri(NURSING) });
        assert.ok(result);
        return result.model;
    }

    before(async () => {
        session = await Session.start([copySample('northwind')]);
        await session.until(NURSING, d => d.length === 0);
        original = entries(await model());
        for (const file of new Set(ROWS.map(row => row.file))) session.open(file);
        await session.settle();
    });
    after(async () => { await session.stop(); });

    it('has at least 30 rows', () => assert.ok(ROWS.length >= 30, `${ROWS.length} rows`));

    for (const row of ROWS) {
        it(`${row.name}: one diagnostic, and the rest of the model unchanged`, async () => {
            session.edit(row.file, row.from, row.to);
            try {
                // The diagnostics of this text (a publication for the text before may still arrive first).
                const diagnostics: Diagnostic[] = await session.until(row.file, d => d.some(x => x.message.includes(row.message)))
                    .catch(() => session.diagnostics(row.file));
                const shown = diagnostics.map(d => `${d.range.start.line + 1}: ${d.code} ${d.message}`);
                assert.equal(diagnostics.length, 1, shown.join('\n'));
                assert.equal(diagnostics[0].range.start.line + 1, row.line, shown.join('\n'));
                assert.ok(diagnostics[0].message.includes(row.message), shown.join('\n'));
                const fixes = (diagnostics[0].data as { fixes?: Array<{ title: string }> } | undefined)?.fixes ?? [];
                assert.deepEqual(fixes.map(f => f.title), row.fix ? [row.fix] : []);
                // Every other file of the workspace stays as clean as it was.
                const after = await model();
                const others = after.diagnostics.filter(d => !d.file.endsWith(row.file));
                assert.deepEqual(others, []);
                const now = entries(after);
                const changed = [...original].filter(entry => !now.has(entry)).concat([...now].filter(entry => !original.has(entry)));
                const unexpected = changed.filter(entry => !(row.changes ?? []).some(pattern => pattern.test(entry)));
                assert.deepEqual(unexpected, []);
            } finally {
                session.revert(row.file);
                await session.until(row.file, d => d.length === 0);
                await session.settle();
            }
        });
    }
});

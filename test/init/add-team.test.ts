/**
 * The team generator behind "Add an action team" (language/init/answers.ts,
 * `teamParts`): a team added to an existing workspace refers to the
 * businesses and people it already declares, declares only the new ones, is
 * formatted as fmt writes it, and checks clean apart from the answers' own
 * problems.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { modelOf } from '../../cli/model.js';
import { loadWorkspace } from '../../cli/workspace.js';
import { formatText } from '../../language/formatter/index.js';
import { teamAnswersSchema, teamParts, type TeamAnswers } from '../../language/init/answers.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const AS_OF = '2026-05-01';
const SEVERITY = ['', 'error', 'warning', 'info', 'hint'];

async function diagnosticsOf(dir: string): Promise<string[]> {
    const workspace = await loadWorkspace(['.'], { cwd: dir, asOf: AS_OF });
    return workspace.documents.flatMap(d => (d.diagnostics ?? [])
        .filter(x => x.severity === 1 || x.severity === 2)
        .map(x => `${path.relative(dir, d.uri.fsPath)} ${SEVERITY[x.severity!]} ${String(x.code)}`)).sort();
}

describe('Add an action team: the team generator', function () {
    this.timeout(120_000);
    let dir: string;
    beforeEach(() => {
        dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'add-team-')));
        fs.cpSync(path.join(REPO, 'samples/northwind'), dir, { recursive: true });
    });
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    async function addTeam(change: (answers: TeamAnswers) => void = () => {}): Promise<{ text: string; before: string[]; after: string[] }> {
        const workspace = await loadWorkspace(['.'], { cwd: dir, asOf: AS_OF });
        const model = modelOf(workspace.services, workspace.documents, dir, AS_OF);
        const priority = model.partnerships[0].priorities.find(p => p.name === 'Retention')!;
        const maria = model.people.find(p => p.name === 'maria')!;
        const answers = teamAnswersSchema.parse({
            priority: priority.title, formed: '2026-04-20',
            success: 'Fewer frontline workers leave in their first year', measure: 'First-year turnover of CNAs', target: '25%',
            champions: [{ name: maria.fullName, organization: 'ignored: Maria is declared' }, { name: 'Pat Quinn', title: 'HR Director', organization: 'Quinn Home Care' }],
            responders: [{ name: 'Lee Park', organization: 'Valley Coaching Services', kind: 'nonprofit', commits: 'Two career coaches, one day a week' }],
            firstWin: { title: 'Pair every new CNA with a peer mentor', due: '2026-07-04' },
            earlyWins: [
                { title: 'Offer a shared childcare stipend', due: '2026-10-01', impact: 'high', feasibility: 'medium' },
                { title: 'Publish one wage ladder for CNAs', due: '2027-02-01', impact: 'medium', feasibility: 'high' },
            ],
            firstStep: { what: 'Pat asks each employer for last year\'s CNA turnover', owner: 'Pat Quinn', due: '2026-05-04' },
            involve: ['Frontline supervisors'],
        });
        change(answers);
        const known = new Map<string, string>([
            ...model.organizations.map(o => [o.title, o.name] as const),
            ...model.people.map(p => [p.fullName, p.name] as const),
        ]);
        const reserved = [...model.teams.map(t => t.name), ...model.partnerships.flatMap(p => p.priorities.map(x => x.name)), ...model.partnerships.map(p => p.name)];
        const before = await diagnosticsOf(dir);
        const parts = teamParts(answers, { known, reserved, priorityName: priority.name });
        const text = [...parts.declarations, '', parts.team].join('\n');
        fs.writeFileSync(path.join(dir, 'teams/added.plan'), text);
        return { text, before, after: await diagnosticsOf(dir) };
    }

    it('adds a team to samples/northwind that checks with no new error or warning, declaring only who is new', async () => {
        const { text, before, after } = await addTeam();
        assert.deepEqual(after, before);
        assert.doesNotMatch(text, /^person maria /m, 'Maria is declared already');
        assert.match(text, /^\s*champion maria$/m);
        assert.match(text, /^business QuinnHomeCare "Quinn Home Care"$/m);
        assert.match(text, /^person pat "Pat Quinn" of QuinnHomeCare title "HR Director"$/m);
        assert.match(text, /^partner ValleyCoachingServices "Valley Coaching Services" kind nonprofit$/m);
        assert.match(text, /^team RetentionTeam2 .* for Retention \{$/m, 'the existing RetentionTeam keeps its name');
        const formatted = formatText(text);
        assert.ok(formatted.ok && !formatted.changed, 'formatted as fmt writes it');
    });

    it('writes an answer the guide questions as given, and check reports exactly that', async () => {
        const { before, after } = await addTeam(answers => {
            answers.responders[0].traits = ['resources', 'toolkit'];
        });
        assert.deepEqual(after.filter(d => !before.includes(d)), ['teams/added.plan warning responder-traits']);
    });
});

/**
 * `actionplan diff` on real temporary Git repositories: each test commits a
 * change a partnership makes to its plans and checks that the diff reports
 * it, in the plan's own terms, in all three formats (the JSON checked against
 * the zod schema, no key more or less).
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CliError } from '../../cli/errors.js';
import { computeDiff } from '../../cli/diff.js';
import { BASE_FILES, PARTNERSHIP, PEOPLE, SUPPLY, TALENT } from './fixture.js';
import { cleanTemp, commit, diffAll, git, makeRepo, runDiffCommand, tempDir, writeFiles } from './helpers.js';

/** The plan text with `from` replaced by `to`, which must occur. */
function replace(text: string, from: string | RegExp, to: string): string {
    const changed = text.replace(from, to);
    assert.notEqual(changed, text, `fixture: ${String(from)} not found`);
    return changed;
}

/** The lines of a Markdown or text output that mention a needle. */
function linesWith(text: string, needle: string): string[] {
    return text.split('\n').filter(line => line.includes(needle));
}

describe('actionplan diff: what a change does to the plans', function () {
    this.timeout(60_000);
    afterEach(cleanTemp);

    it('a commit that adds a team: the team is added (its wins with it), the priority-has-team warning is resolved', async () => {
        const repo = makeRepo(BASE_FILES);
        commit(repo, { 'teams/supply.plan': SUPPLY }, 'Supply team');
        const { result, md, text } = await diffAll(repo, ['HEAD~1', 'HEAD']);

        assert.deepEqual(result.added.map(a => a.id), ['team:SupplyTeam'], 'one team; its wins, responder and lines go with it');
        assert.equal(result.added[0].file, 'teams/supply.plan');
        assert.match(result.added[0].summary, /"Supplier action team"; for Supply; formed 2026-03-30; champions ben; responders raj; 3 wins/);
        assert.deepEqual([result.removed, result.changed, result.dateMoves, result.statusChanges, result.membership], [[], [], [], [], []]);
        assert.deepEqual(result.diagnostics.introduced, []);
        assert.deepEqual(result.diagnostics.resolved.map(d => `${d.rule} ${d.element?.id}`), ['priority-has-team priority:Supply']);
        assert.deepEqual(result.summary.resolved, { errors: 0, warnings: 1, infos: 0, hints: 0 });
        assert.equal(result.base.label, 'HEAD~1');
        assert.equal(result.head.label, 'HEAD');
        assert.match(result.head.revision ?? '', /^[0-9a-f]{40}$/);
        assert.equal(result.asOf, '2026-05-01', 'the config asOf of the head');

        assert.match(md, /^### Action Plan changes\n/);
        assert.match(md, /\*\*Summary:\*\* added 1 team\n/);
        assert.match(md, /\*\*Checks:\*\* introduces none; resolves 1 warning; the plans now have no problems \(before: 1 warning\)/);
        assert.match(md, /^- Added team \*\*SupplyTeam\*\* “Supplier action team”$/m);
        assert.match(md, /<details>\n<summary>Details<\/summary>\n\n#### Added \(1\)/);
        assert.match(md, /#### Problems resolved \(1\)[\s\S]*\[priority-has-team\]\(https:\/\/github\.com\/action-plans\/actionplan\/blob\/[^/]+\/docs\/rules\/priority-has-team\.md\)/);
        assert.ok(md.trimEnd().endsWith('</details>'));

        assert.match(text, /^Summary: added 1 team$/m);
        assert.match(text, /^Added\n {2}\+ Team SupplyTeam: "Supplier action team"; for Supply; formed 2026-03-30; champions ben; responders raj; 3 wins \(teams\/supply\.plan:1\)$/m);
        assert.match(text, /^Problems resolved\n {2}- warning priority-has-team on priority Supply: Priority 'Supply' has no action team/m);
    });

    it('a commit that moves the first win\'s due date out of its window: the day delta, "leaves the 60-90 day window", the new warning', async () => {
        const repo = makeRepo(BASE_FILES);
        commit(repo, { 'teams/talent.plan': replace(TALENT, 'due 2026-06-10', 'due 2026-07-10') }, 'Tours later');
        const { result, md, text } = await diffAll(repo, ['HEAD~1', 'HEAD']);

        assert.equal(result.dateMoves.length, 1);
        const move = result.dateMoves[0];
        assert.deepEqual(
            { id: move.element.id, winKind: move.element.winKind, field: move.field, from: move.from, to: move.to, days: move.days },
            { id: 'win:TalentTeam.Tours', winKind: 'first', field: 'due', from: '2026-06-10', to: '2026-07-10', days: 30 },
        );
        assert.deepEqual(
            move.window && { rule: move.window.rule, before: move.window.before, after: move.window.after, change: move.window.change, daysBefore: move.window.daysBefore, daysAfter: move.window.daysAfter },
            { rule: 'first-win-window', before: 'inside', after: 'outside', change: 'leaves', daysBefore: 75, daysAfter: 105 },
        );
        assert.deepEqual(result.changed, [], 'a date move is not listed again as an edit');
        assert.deepEqual(result.diagnostics.introduced.map(d => `${d.severity} ${d.rule} ${d.element?.id}`), ['warning first-win-window win:TalentTeam.Tours']);
        assert.deepEqual(result.diagnostics.resolved, []);
        assert.equal(result.summary.leftWindow, 1);

        assert.match(md, /\*\*Summary:\*\* 1 date moved \(1 leaves its window\)/);
        assert.match(md, /^- Due date of first win \*\*TalentTeam\.Tours\*\* “Host teacher tours in four plants” moved 2026-06-10 → 2026-07-10 \(\+30 days\); leaves the 60-90 day window \(now 105 days after formed\)$/m);
        assert.match(md, /^- ⚠️ New warning \[first-win-window\]\(https:[^)]+first-win-window\.md\) on first win \*\*TalentTeam\.Tours\*\*: First win 'Tours' is due 105 days/m);
        assert.match(md, /\| First win \*\*TalentTeam\.Tours\*\* \| Due date \| 2026-06-10 \| 2026-07-10 \| \+30 days \| leaves the 60-90 day window \(now 105 days after formed\) \|/);
        assert.match(text, /^ {2}\* Due date of first win TalentTeam\.Tours "Host teacher tours in four plants" moved 2026-06-10 → 2026-07-10 \(\+30 days\); leaves the 60-90 day window \(now 105 days after formed\) \(teams\/talent\.plan:\d+\)$/m);
        assert.match(text, /^ {2}\+ warning first-win-window on first win TalentTeam\.Tours: /m);

        // Moving it back enters the window again and resolves the warning.
        commit(repo, { 'teams/talent.plan': TALENT }, 'Tours back');
        const back = await diffAll(repo, ['HEAD~1', 'HEAD']);
        assert.equal(back.result.dateMoves[0].window?.change, 'enters');
        assert.equal(back.result.dateMoves[0].days, -30);
        assert.deepEqual(back.result.diagnostics.resolved.map(d => d.rule), ['first-win-window']);
        assert.match(back.md, /moved 2026-07-10 → 2026-06-10 \(−30 days\); enters the 60-90 day window \(75 days after formed\)/);
    });

    it('--fail-on exits 1 only when the change adds what it names, after printing the diff', async () => {
        const repo = makeRepo(BASE_FILES);
        commit(repo, { 'teams/talent.plan': replace(TALENT, 'due 2026-06-10', 'due 2026-07-10') }, 'Tours later');
        const warnings = await runDiffCommand(repo, ['HEAD~1'], { format: 'md', failOn: 'new-warnings' });
        assert.equal(warnings.code, 1);
        assert.match(warnings.output, /leaves the 60-90 day window/, 'printed before failing');
        assert.match(warnings.stderr, /the change introduces 1 warning \(--fail-on new-warnings\)/);
        const errors = await runDiffCommand(repo, ['HEAD~1'], { format: 'md', failOn: 'new-errors' });
        assert.equal(errors.code, 0, 'a warning is not an error');
        const none = await runDiffCommand(repo, ['HEAD~1'], { format: 'text' });
        assert.equal(none.code, 0);

        commit(repo, { 'people.plan': replace(PEOPLE, 'person ben "Ben Okafor" of Vestas', 'person ben "Ben Okafor" of Vestaz') }, 'typo');
        const broken = await runDiffCommand(repo, ['HEAD~1', 'HEAD'], { format: 'json', failOn: 'new-errors' });
        assert.equal(broken.code, 1);
        assert.match(broken.stderr, /the change introduces 1 error \(--fail-on new-errors\)/);
        assert.deepEqual(JSON.parse(broken.output).diagnostics.introduced.map((d: { rule: string }) => d.rule), ['unresolved-reference']);
    });

    it('a commit that marks a win achieved: the status change with its assessment, not an edit', async () => {
        const repo = makeRepo(BASE_FILES);
        const achieved = replace(TALENT, '        status in-progress\n', '        status achieved\n        assessment "Nine apprentices started in three plants; a fourth plant asked to join"\n');
        commit(repo, { 'teams/talent.plan': achieved }, 'Apprenticeship achieved');
        const { result, md, text } = await diffAll(repo, ['HEAD~1', 'HEAD']);

        assert.deepEqual(result.statusChanges.map(s => ({ id: s.element.id, from: s.from, to: s.to, assessment: s.assessment })), [{
            id: 'win:TalentTeam.Apprenticeship', from: 'in-progress', to: 'achieved',
            assessment: 'Nine apprentices started in three plants; a fourth plant asked to join',
        }]);
        assert.deepEqual(result.changed, [], 'the assessment goes with the status change');
        assert.deepEqual(result.diagnostics.introduced.map(d => `${d.severity} ${d.rule}`), ['info next-win'], 'the guide asks what builds on it');
        assert.match(md, /\*\*Summary:\*\* 1 win marked achieved\n/);
        assert.match(md, /^- Early win \*\*TalentTeam\.Apprenticeship\*\* “Launch a shared apprenticeship pilot with three plants” marked \*\*achieved\*\* \(was in progress\); assessment: “Nine apprentices started in three plants; a fourth plant asked to join”$/m);
        assert.match(text, /^Win status\n {2}\* Early win TalentTeam\.Apprenticeship "Launch a shared apprenticeship pilot with three plants" marked achieved \(was in progress\); assessment: "Nine apprentices/m);
    });

    it('a commit that renames a person everywhere: one rename, no edits of the teams that name them', async () => {
        const repo = makeRepo(BASE_FILES);
        commit(repo, {
            'people.plan': replace(PEOPLE, 'person ana ', 'person anna '),
            'teams/talent.plan': TALENT.replace(/\bana\b/g, 'anna'),
        }, 'ana is anna');
        const { result, md, text } = await diffAll(repo, ['HEAD~1', 'HEAD']);

        assert.deepEqual(result.renamed.map(r => `${r.kind} ${r.from.id} -> ${r.to.id}`), ['person person:ana -> person:anna']);
        assert.deepEqual([result.added, result.removed, result.changed, result.membership, result.dateMoves], [[], [], [], [], []]);
        assert.deepEqual([result.diagnostics.introduced, result.diagnostics.resolved], [[], []]);
        assert.match(md, /\*\*Summary:\*\* renamed 1 person\n/);
        assert.match(md, /^- Person \*\*ana\*\* renamed to \*\*anna\*\* \(Ana Ruiz\)$/m);
        assert.match(text, /^Renamed\n {2}~ Person ana renamed to anna \(Ana Ruiz\) \(people\.plan:1\)$/m);
    });

    it('a rename with another change is not a rename: the full name changed too', async () => {
        const repo = makeRepo(BASE_FILES);
        commit(repo, {
            'people.plan': replace(PEOPLE, 'person raj "Raj Patel"', 'person rajesh "Rajesh Patel"'),
            'teams/talent.plan': replace(TALENT, 'support raj ', 'support rajesh '),
        }, 'raj');
        const { result } = await diffAll(repo, ['HEAD~1', 'HEAD']);
        assert.deepEqual(result.renamed, []);
        assert.deepEqual(result.added.map(a => a.id), ['person:rajesh']);
        assert.deepEqual(result.removed.map(a => a.id), ['person:raj']);
        assert.deepEqual(result.changed.flatMap(c => c.fields.map(f => `${c.element.id} ${f.field}`)), ['win:TalentTeam.Pathways support']);
    });

    it('a commit that renames a win and its team: renames, the wins of the renamed team are not renames of their own', async () => {
        const repo = makeRepo(BASE_FILES);
        commit(repo, {
            'teams/talent.plan': replace(replace(TALENT, 'team TalentTeam ', 'team Technicians '), 'first win Tours ', 'first win PlantTours '),
        }, 'renames');
        const { result, md } = await diffAll(repo, ['HEAD~1', 'HEAD']);
        assert.deepEqual(result.renamed.map(r => `${r.from.id} -> ${r.to.id}`), ['team:TalentTeam -> team:Technicians', 'win:TalentTeam.Tours -> win:Technicians.PlantTours']);
        assert.deepEqual([result.added, result.removed, result.changed, result.membership], [[], [], [], []]);
        assert.match(md, /^- First win \*\*TalentTeam\.Tours\*\* renamed to \*\*Technicians\.PlantTours\*\* “Host teacher tours in four plants”$/m);
    });

    it('a commit that moves blocks within files: no change at all', async () => {
        const repo = makeRepo(BASE_FILES);
        const pathways = TALENT.slice(TALENT.indexOf('    early win Pathways'), TALENT.indexOf('    first step'));
        const reordered = TALENT.replace(pathways, '').replace('    early win Apprenticeship', `${pathways}    early win Apprenticeship`)
            .replace('    review 2026-04-20 by ana, ben status approved\n', '')
            .replace('    champion ben\n', '    champion ben\n    review 2026-04-20 by ana, ben status approved\n')
            .replace('    involve "HR leads from six plants"\n    involve LWC, FRCC\n', '    involve LWC, FRCC\n    involve "HR leads from six plants"\n');
        assert.notEqual(reordered, TALENT);
        const partnership = replace(PARTNERSHIP, 'business Ruiz "Ruiz Precision Machining"\nbusiness Vestas "Vestas Blades America"\n', 'business Vestas "Vestas Blades America"\nbusiness Ruiz "Ruiz Precision Machining"\n');
        commit(repo, { 'teams/talent.plan': reordered, 'partnership.plan': partnership, 'people.plan': PEOPLE.split('\n').reverse().join('\n') }, 'reorder');
        assert.notEqual(git(repo, ['diff', '--stat', 'HEAD~1', 'HEAD']), '', 'the text did change');
        const { result, md, text } = await diffAll(repo, ['HEAD~1', 'HEAD']);
        assert.equal(result.summary.unchanged, true, JSON.stringify(result, null, 1));
        assert.match(md, /No changes to the plans: every element and every check result is the same\./);
        assert.doesNotMatch(md, /<details>/);
        assert.match(text, /^No changes to the plans/m);
    });

    it('a commit that moves blocks between files: moved, nothing added or removed, no diagnostic new or resolved', async () => {
        const repo = makeRepo(BASE_FILES);
        const orgs = PARTNERSHIP.slice(PARTNERSHIP.indexOf('business Ruiz'));
        commit(repo, {
            'partnership.plan': `${PARTNERSHIP.replace(orgs, '')}person raj "Raj Patel" of LWC\n`,
            'orgs.plan': orgs,
            'people.plan': replace(PEOPLE, 'person raj "Raj Patel" of LWC\n', ''),
            'teams/talent.plan': null,
            'teams/technicians.plan': TALENT,
        }, 'split files');
        const { result, md, text } = await diffAll(repo, ['HEAD~1', 'HEAD']);
        assert.deepEqual(result.moved.map(m => `${m.element.id}: ${m.fromFile} -> ${m.toFile}`).sort(), [
            'business:Ruiz: partnership.plan -> orgs.plan',
            'business:Vestas: partnership.plan -> orgs.plan',
            'partner:FRCC: partnership.plan -> orgs.plan',
            'partner:LWC: partnership.plan -> orgs.plan',
            'person:raj: people.plan -> partnership.plan',
            'team:TalentTeam: teams/talent.plan -> teams/technicians.plan',
        ]);
        assert.deepEqual([result.added, result.removed, result.renamed, result.changed, result.membership, result.dateMoves], [[], [], [], [], [], []]);
        assert.deepEqual([result.diagnostics.introduced, result.diagnostics.resolved], [[], []], 'the Supply warning is the same problem');
        assert.match(md, /\*\*Summary:\*\* 2 businesses, 2 partners, 1 person, 1 team moved to another file/);
        assert.match(md, /^- Team \*\*TalentTeam\*\* moved from teams\/talent\.plan to teams\/technicians\.plan$/m);
        assert.match(text, /^ {2}> Person raj moved from people\.plan to partnership\.plan$/m);
    });

    it('people joining and leaving a team, and edits of fields with old and new values', async () => {
        const repo = makeRepo(BASE_FILES);
        const responder = TALENT.slice(TALENT.indexOf('    responder li {'), TALENT.indexOf('    success'));
        commit(repo, {
            'people.plan': `${PEOPLE}person maya "Maya Cole" of Ruiz title "HR director"\n`,
            'teams/talent.plan': replace(replace(replace(TALENT, responder, ''), '    champion ben\n', '    champion ben\n    champion maya\n'),
                'owner ben\n        support raj', 'owner maya\n        support raj'),
        }, 'team changes');
        const { result, md, text } = await diffAll(repo, ['HEAD~1', 'HEAD']);
        assert.deepEqual(result.membership.map(m => `${m.team} ${m.person} ${m.role} ${m.change}`), ['TalentTeam maya champion joined', 'TalentTeam li responder left']);
        assert.deepEqual(result.added.map(a => a.id), ['person:maya']);
        assert.deepEqual(result.removed, [], 'a responder who leaves is a membership change');
        assert.deepEqual(result.changed.map(c => ({ id: c.element.id, fields: c.fields })), [
            { id: 'win:TalentTeam.Pathways', fields: [{ type: 'value', field: 'owner', before: 'ben', after: 'maya' }] },
        ]);
        assert.match(md, /^- \*\*Maya Cole\*\* \(maya\) joined team \*\*TalentTeam\*\* as a champion$/m);
        assert.match(md, /^- \*\*Li Chen\*\* \(li\) left team \*\*TalentTeam\*\* \(was a responder\)$/m);
        assert.match(md, /^ {2}- owner: “ben” → “maya”$/m);
        assert.match(text, /^ {6}owner: "ben" → "maya"$/m);
    });

    it('HEAD defaults to the working tree; paths after -- narrow the diff; a path without -- works too', async () => {
        const repo = makeRepo(BASE_FILES);
        writeFiles(repo, { 'teams/talent.plan': replace(TALENT, 'due 2026-09-30', 'due 2026-10-31'), 'people.plan': replace(PEOPLE, 'title "CEO"', 'title "Owner"') });
        const all = await diffAll(repo, ['HEAD']);
        assert.equal(all.result.head.label, 'working tree');
        assert.equal(all.result.head.revision, undefined);
        assert.deepEqual(all.result.dateMoves.map(m => `${m.element.id} ${m.days}`), ['win:TalentTeam.Apprenticeship 31']);
        assert.deepEqual(all.result.changed.map(c => c.element.id), ['person:ana']);

        const teams = await diffAll(repo, ['HEAD', 'teams'], 1);
        assert.equal(teams.result.head.files, 1);
        assert.deepEqual(teams.result.changed, [], 'people.plan is outside the paths');
        assert.deepEqual(teams.result.dateMoves.map(m => m.element.id), ['win:TalentTeam.Apprenticeship']);

        const sub = path.join(repo, 'teams');
        const fromSub = await diffAll(sub, ['HEAD', '.']);
        assert.equal(fromSub.result.head.files, 1, 'a path relative to the current folder');
        assert.equal(fromSub.result.dateMoves[0].element.file, 'teams/talent.plan', 'file names relative to the repository root');
        const noPath = await diffAll(sub, ['HEAD']);
        assert.equal(noPath.result.head.files, 1, 'no path: the current folder, as for check');
    });

    it('two folders compare like two revisions', async () => {
        const root = tempDir();
        writeFiles(path.join(root, 'old'), BASE_FILES);
        writeFiles(path.join(root, 'new'), { ...BASE_FILES, 'teams/supply.plan': SUPPLY });
        const { result } = await diffAll(root, ['old', 'new']);
        assert.equal(result.base.label, 'old');
        assert.deepEqual(result.added.map(a => `${a.id} ${a.file}`), ['team:SupplyTeam teams/supply.plan']);
        const partial = await diffAll(root, ['old', 'new', 'teams'], 1);
        assert.equal(partial.result.head.files, 2);
    });

    it('refuses a revision that starts with -, an unknown revision, and an argument that could be both', async () => {
        const repo = makeRepo(BASE_FILES);
        const refused = async (operands: string[], pattern: RegExp, afterDashDash?: number) => {
            await assert.rejects(computeDiff(operands, {}, repo, afterDashDash), (error: unknown) => {
                assert.ok(error instanceof CliError, String(error));
                assert.equal(error.exitCode, 2);
                assert.match(error.message, pattern);
                return true;
            });
        };
        await refused(['--output=/tmp/x'], /may not start with '-'/);
        await refused(['HEAD', '-x'], /may not start with '-'/);
        await refused(['HEAD', 'HEAD', 'HEAD', 'teams'], /give at most BASE and HEAD before --/, 1);
        await refused(['no-such-branch'], /'no-such-branch' is not a Git revision/);
        await refused(['HEAD', 'nothing-here'], /neither a Git revision nor a path; put paths after --/);
        git(repo, ['branch', 'teams']);
        await refused(['HEAD', 'teams'], /both a Git revision and a path; put paths after --/);
        const explicit = await diffAll(repo, ['HEAD', 'teams'], 1);
        assert.equal(explicit.result.head.files, 1, 'after --, it is a path');
        await refused(['HEAD', '../..'], /outside the repository/, 1);
        const outside = tempDir();
        await assert.rejects(computeDiff(['main'], {}, outside), /not in a Git repository/);
    });

    it('works in a repository with hostile file names: spaces, a newline, a leading dash, non-UTF-8 bytes', async () => {
        const repo = makeRepo({ 'actionplan.config.json': BASE_FILES['actionplan.config.json'] });
        const latin1 = Buffer.from('teams/caf\xe9 team.plan', 'latin1');
        const files = (talent: string, people: string) => {
            writeFiles(repo, { 'partner ship.plan': PARTNERSHIP, '-people.plan': people, 'teams/new\nline.plan': SUPPLY });
            fs.writeFileSync(Buffer.concat([Buffer.from(`${repo}/`), latin1]), talent);
        };
        files(TALENT, PEOPLE);
        git(repo, ['add', '-A']);
        git(repo, ['commit', '-q', '-m', 'hostile names']);
        files(replace(TALENT, 'due 2026-06-10', 'due 2026-07-10'), replace(PEOPLE, 'title "CEO"', 'title "Owner"'));
        git(repo, ['add', '-A']);
        git(repo, ['commit', '-q', '-m', 'changes']);
        writeFiles(repo, { 'teams/new\nline.plan': replace(SUPPLY, 'due 2026-10-30', 'due 2026-11-30') });

        const committed = await diffAll(repo, ['HEAD~1', 'HEAD']);
        assert.equal(committed.result.head.files, 4);
        assert.deepEqual(committed.result.dateMoves.map(m => `${m.element.id} ${m.element.file}`), ['win:TalentTeam.Tours teams/caf\\xe9 team.plan']);
        assert.deepEqual(committed.result.changed.map(c => `${c.element.id} ${c.element.file}`), ['person:ana -people.plan']);
        assert.deepEqual(committed.result.diagnostics.introduced.map(d => `${d.rule} ${d.file}`), ['first-win-window teams/caf\\xe9 team.plan']);

        const working = await diffAll(repo, ['HEAD']);
        assert.deepEqual(working.result.dateMoves.map(m => `${m.element.id} ${JSON.stringify(m.element.file)}`), ['win:SupplyTeam.SharedList "teams/new\\nline.plan"']);
        assert.equal(working.result.head.files, 4, 'the non-UTF-8 name is read from the working tree too');
        for (const output of [committed.md, committed.text, working.md, working.text]) {
            assert.doesNotMatch(output, /new\nline/, 'a newline in a file name never breaks a line of the output');
        }
        assert.match(working.text, /\(teams\/new line\.plan:\d+\)$/m);
        assert.match(committed.md, /\| teams\/caf\\\\xe9 team\.plan:\d+:\d+ \|/);
        assert.match(committed.text, /teams\/caf\\xe9 team\.plan/);
    });

    it('escapes every plan string in the Markdown: no HTML, link, mention, table break or heading', async () => {
        const repo = makeRepo(BASE_FILES);
        const evil = '<img src=x onerror=alert(1)> [click](https://evil.example) @everyone #1 | cell\n# heading **bold** `code`';
        commit(repo, {
            'teams/talent.plan': replace(TALENT, '"Host teacher tours in four plants"', JSON.stringify(evil).replace('\\n', ' ')),
            'people.plan': `${PEOPLE}person eve "${evil.replace('\n', ' ')}" of Ruiz\n`,
        }, 'evil');
        const { md, result } = await diffAll(repo, ['HEAD~1', 'HEAD']);
        assert.equal(result.changed[0].fields[0].type, 'value');
        assert.doesNotMatch(md, /<img/);
        assert.doesNotMatch(md, /\]\(https:\/\/evil/);
        assert.doesNotMatch(md, /@everyone/);
        assert.doesNotMatch(md, /(^|[^\\])\|\s*cell/m);
        assert.doesNotMatch(md, /^# heading/m);
        assert.match(md, /&lt;img src=x onerror=alert\(1\)>/);
        for (const line of linesWith(md, 'cell')) assert.match(line, /\\\| cell/);
    });

    it('names the problems of the rules of version 2 it introduces and resolves: champion-engaged, responder-plugged-in, course-correction, partnership-essentials, and plan-review\'s latest word', async () => {
        const repo = makeRepo(BASE_FILES);
        const drifted = replace(replace(replace(replace(TALENT,
            // ana no longer owns anything: champion-engaged.
            /owner ana/g, 'owner ben'),
            // li supports no win any more: responder-plugged-in.
            'support li "Adapts the machining curriculum"', 'support raj "Adapts the machining curriculum"'),
            // a missed early win with nothing after it: course-correction.
            '        status in-progress\n', '        status missed\n        assessment "No plant could host an apprentice this year"\n'),
            // a later request for changes supersedes the approval: plan-review.
            'status approved\n', 'status approved\n    review 2026-04-28 by ben status changes-requested\n');
        // no convener: partnership-essentials.
        commit(repo, { 'teams/talent.plan': drifted, 'partnership.plan': replace(PARTNERSHIP, '    convener LWC\n', '') }, 'Drift');
        commit(repo, { 'teams/talent.plan': TALENT, 'partnership.plan': PARTNERSHIP }, 'Back on track');
        // A champion line is no element of the model: its diagnostic belongs to the team.
        const NEW = ['champion-engaged team:TalentTeam', 'course-correction win:TalentTeam.Apprenticeship', 'partnership-essentials partnership:NoCoMfg',
            'plan-review team:TalentTeam', 'responder-plugged-in responder:TalentTeam#1'];
        const ids = (items: Array<{ rule: string; element?: { id: string } }>) => items.map(d => `${d.rule} ${d.element?.id}`).sort();

        const drift = await diffAll(repo, ['HEAD~2', 'HEAD~1']);
        assert.deepEqual(ids(drift.result.diagnostics.introduced), NEW);
        assert.deepEqual(drift.result.diagnostics.resolved, []);
        assert.equal(drift.json.schemaVersion, 1, 'the report\'s schema version stays 1');
        for (const rule of ['champion-engaged', 'responder-plugged-in', 'course-correction', 'partnership-essentials', 'plan-review']) {
            assert.match(drift.md, new RegExp(`\\[${rule}\\]\\(https://github\\.com/action-plans/actionplan/blob/[^/]+/docs/rules/${rule}\\.md\\)`), `${rule} in the Markdown`);
            assert.match(drift.text, new RegExp(` ${rule} on `), `${rule} in the text`);
        }

        const back = await diffAll(repo, ['HEAD~1', 'HEAD']);
        assert.deepEqual(back.result.diagnostics.introduced, []);
        assert.deepEqual(ids(back.result.diagnostics.resolved), NEW);
    });
});

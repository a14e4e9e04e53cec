/**
 * `actionplan init --answers FILE.json` and `init --interactive`: the guide's
 * questions write a workspace that checks with no error or warning but those
 * the answers cause. The interactive mode is driven through a pseudo-terminal
 * (python3's pty module runs the built CLI): typed answers, a wrong date asked
 * again, "<" going back, and Ctrl+C writing nothing.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CliError } from '../../cli/errors.js';
import { runGuidedInit } from '../../cli/init-guided.js';
import { loadWorkspace } from '../../cli/workspace.js';
import { formatText } from '../../language/formatter/index.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = path.join(REPO, 'dist/cli/actionplan.cjs');
const ANSWERS = JSON.parse(fs.readFileSync(path.join(REPO, 'test/init/fixtures/answers.json'), 'utf8'));
const SEVERITY = ['', 'error', 'warning', 'info', 'hint'];
const temps: string[] = [];

function tempDir(): string {
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'actionplan-guided-')));
    temps.push(dir);
    return dir;
}

async function quietly<T>(run: () => Promise<T>): Promise<T> {
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = (() => true) as typeof process.stdout.write;
    try {
        return await run();
    } finally {
        process.stdout.write = write;
    }
}

/** Every diagnostic of a check of `dir`, as `severity rule`. */
async function check(dir: string, asOf: string): Promise<string[]> {
    const workspace = await loadWorkspace(['.'], { cwd: dir, asOf });
    assert.equal(workspace.configProblems.length + workspace.fileProblems.length, 0);
    return workspace.documents.flatMap(d => (d.diagnostics ?? []).map(x => `${SEVERITY[x.severity ?? 1]} ${String(x.code)}`));
}

function writeAnswers(dir: string, answers: unknown): string {
    const file = path.join(dir, 'answers.json');
    fs.writeFileSync(file, JSON.stringify(answers));
    return file;
}

describe('actionplan init --answers / --interactive', function () {
    this.timeout(120_000);
    afterEach(() => {
        for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
    });

    it('writes a formatted workspace from the answers that checks with no error or warning (only the info that no champion approved it yet)', async () => {
        const root = tempDir();
        const code = await quietly(() => runGuidedInit('plans', root, { answers: writeAnswers(root, ANSWERS) }));
        assert.equal(code, 0);
        const dir = path.join(root, 'plans');
        assert.deepEqual(await check(dir, '2026-04-01'), ['info plan-review']);
        const plans = fs.readdirSync(dir, { recursive: true }).map(String).filter(f => f.endsWith('.plan'));
        assert.equal(plans.length, 3);
        for (const file of plans) {
            const formatted = formatText(fs.readFileSync(path.join(dir, file), 'utf8'));
            assert.ok(formatted.ok && !formatted.changed, `${file} is not formatted`);
        }
        const team = fs.readFileSync(path.join(dir, plans.find(f => f.startsWith('teams'))!), 'utf8');
        assert.match(team, /"Hold a summer health careers camp, for juniors; two days"/);
        assert.match(team, /support ruth "Clinical lab time and an adjunct instructor" gives in-kind/);
    });

    it('writes a first win outside 60-90 days as answered, and check then reports exactly that', async () => {
        const root = tempDir();
        const answers = structuredClone(ANSWERS);
        answers.team.firstWin.due = '2026-09-01'; // 160 days after formation
        await quietly(() => runGuidedInit(undefined, root, { answers: writeAnswers(root, answers) }));
        fs.rmSync(path.join(root, 'answers.json'));
        assert.deepEqual((await check(root, '2026-04-01')).filter(d => d !== 'info plan-review'), ['warning first-win-window']);
    });

    it('writes quotes and backslashes in answers as the plan language escapes them', async () => {
        const root = tempDir();
        const answers = structuredClone(ANSWERS);
        answers.team.firstWin.title = 'Tour the "new" lab \\ the old one';
        await quietly(() => runGuidedInit('plans', root, { answers: writeAnswers(root, answers) }));
        const dir = path.join(root, 'plans');
        assert.deepEqual(await check(dir, '2026-04-01'), ['info plan-review']);
        const workspace = await loadWorkspace(['.'], { cwd: dir, asOf: '2026-04-01' });
        const titles = workspace.documents.flatMap(d => [...d.textDocument.getText().matchAll(/first win \S+ ("(?:[^"\\]|\\.)*")/g)].map(m => JSON.parse(m[1])));
        assert.deepEqual(titles, ['Tour the "new" lab \\ the old one']);
    });

    it('refuses answers that are not valid, naming the file and the answer, and writes nothing', async () => {
        const root = tempDir();
        const answers = structuredClone(ANSWERS);
        answers.team.firstWin.due = '2026-02-30';
        delete answers.partnership.region;
        const file = writeAnswers(root, answers);
        await assert.rejects(runGuidedInit('plans', root, { answers: file }), (error: unknown) => {
            assert.ok(error instanceof CliError);
            assert.match(error.message, /answers\.json: /);
            assert.match(error.message, /team\.firstWin\.due: 2026-02-30 is not a day of the calendar/);
            assert.match(error.message, /partnership\.region: /);
            return true;
        });
        assert.equal(fs.existsSync(path.join(root, 'plans')), false);
        fs.writeFileSync(file, '{ not json');
        await assert.rejects(runGuidedInit('plans', root, { answers: file }), /answers\.json: not JSON/);
    });

    describe('in a terminal', () => {
        before(function () {
            if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
        });

        it('asks the questions, asks a wrong date again, goes back on "<", and writes a workspace that checks clean', async () => {
            const root = tempDir();
            const t = ANSWERS.team;
            const { output, status } = drive(root, [
                ['Partnership name', ANSWERS.partnership.title],
                ['Industry', ANSWERS.partnership.industry],
                ['Region', '<'], // back to the industry: its answer is the default now
                ['Industry', ''],
                ['Region', ANSWERS.partnership.region],
                ['Convener', ANSWERS.partnership.convener],
                ['Kind of convener', ''],
                ['Launch meeting date', '2026-02-30'],
                ['not a day of the calendar', '\x15' + ANSWERS.partnership.launch], // Ctrl+U clears the wrong date
                ['A priority', t.priority],
                ['Team formed', ''], // default: launch + 23 days
                ['What success looks like', t.success],
                ['How you will measure it', t.measure],
                ['Target', ''],
                ['Champion: full name', t.champions[0].name],
                ['Their business', t.champions[0].organization],
                ['Another champion', ''],
                ['First responder', t.responders[0].name],
                ['Their organization', t.responders[0].organization],
                ['Kind of organization', ''],
                ['What they commit', t.responders[0].commits],
                ['Traits they bring', ''],
                ['The first win', t.firstWin.title],
                ['First win due', ''],
                ['Early win 1 (', t.earlyWins[0].title],
                ['Early win 1 due', ''],
                ['Early win 1: impact', ''],
                ['Early win 1: feasibility', ''],
                ['Early win 2 (', t.earlyWins[1].title],
                ['Early win 2 due', ''],
                ['Early win 2: impact', 'medium'],
                ['Early win 2: feasibility', ''],
                ['The first step', t.firstStep.what],
                ['Owner of the first step', ''],
                ['First step due', ''],
                ['Who else must be involved', ''], // an answer is needed: asked again
                ['an answer is needed', t.involve[0]],
                ['Created an Action Plan workspace', null],
            ]);
            assert.equal(status, 0, output);
            const partnership = fs.readFileSync(path.join(root, 'partnership.plan'), 'utf8');
            assert.match(partnership, /launch 2026-03-02/);
            assert.match(partnership, /industry "Health care"/);
            assert.match(partnership, /follow-up 2026-03-25/);
            const team = fs.readFileSync(path.join(root, 'teams/grow-nursing-pipeline.plan'), 'utf8');
            assert.deepEqual(await check(root, '2026-04-01'), ['info plan-review'], team);
        });

        it('writes nothing when cancelled with Ctrl+C', () => {
            const root = tempDir();
            const { status, output } = drive(root, [
                ['Partnership name', ANSWERS.partnership.title],
                ['Industry', '\x03'],
                ['cancelled; nothing was written', null],
            ]);
            assert.equal(status, 1, output);
            assert.deepEqual(fs.readdirSync(root), []);
        });
    });
});

/**
 * Run `actionplan init --interactive` in ROOT on a pseudo-terminal: wait for each
 * expected text, then type the answer and Enter (an answer of one control
 * character is sent alone). A null answer: wait for the text, then for the end.
 */
function drive(root: string, script: Array<[string, string | null]>): { status: number; output: string } {
    const python = `
import json, os, pty, select, sys, time
cli, root, script = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
pid, fd = pty.fork()
if pid == 0:
    os.chdir(root)
    os.execvp('node', ['node', cli, 'init', '--interactive'])
seen = ''
pos = 0
def read_until(text, limit=60):
    global seen, pos
    end = time.time() + limit
    while text not in seen[pos:]:
        if time.time() > end:
            sys.stdout.write(seen); sys.stdout.write('\\n[timed out waiting for ' + text + ']\\n'); sys.exit(3)
        r, _, _ = select.select([fd], [], [], 0.5)
        if r:
            try:
                seen += os.read(fd, 4096).decode('utf8', 'replace')
            except OSError:
                break
    pos = seen.index(text, pos) + len(text)
for expect, answer in script:
    read_until(expect)
    if answer is None:
        continue
    time.sleep(0.05)
    if len(answer) == 1 and ord(answer) < 32:
        os.write(fd, answer.encode())
    else:
        os.write(fd, answer.encode() + b'\\r')
while True:
    try:
        chunk = os.read(fd, 4096)
        if not chunk: break
        seen += chunk.decode('utf8', 'replace')
    except OSError:
        break
_, status = os.waitpid(pid, 0)
sys.stdout.write(seen)
sys.exit(os.waitstatus_to_exitcode(status))
`;
    const result = spawnSync('python3', ['-c', python, CLI, root, JSON.stringify(script)], { encoding: 'utf8', timeout: 100_000 });
    return { status: result.status ?? -1, output: (result.stdout ?? '') + (result.stderr ?? '') };
}

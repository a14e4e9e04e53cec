/**
 * `actionplan init [DIR]`: the starter workspace passes `check` with no
 * diagnostic at all (not even an info) on the day it is written, whatever
 * that day is, is already formatted, and init never overwrites a file.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CliError } from '../../cli/errors.js';
import { runInit, starterFiles } from '../../cli/init.js';
import { loadWorkspace } from '../../cli/workspace.js';
import { today } from '../../language/dates.js';
import { formatText } from '../../language/formatter/index.js';

const temps: string[] = [];

function tempDir(): string {
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'actionplan-init-')));
    temps.push(dir);
    return dir;
}

/** runInit with stdout captured. */
function init(dir: string | undefined, cwd: string, day?: string): { code: number; stdout: string } {
    const write = process.stdout.write.bind(process.stdout);
    let stdout = '';
    process.stdout.write = ((chunk: string | Uint8Array) => {
        stdout += String(chunk);
        return true;
    }) as typeof process.stdout.write;
    try {
        return { code: runInit(dir, cwd, day), stdout };
    } finally {
        process.stdout.write = write;
    }
}

function refusal(run: () => unknown, pattern: RegExp): void {
    assert.throws(run, (error: unknown) => {
        assert.ok(error instanceof CliError, String(error));
        assert.equal(error.exitCode, 2);
        assert.match(error.message, pattern);
        return true;
    });
}

/** Every diagnostic of a check of `dir` as of `asOf`, as `rule@file:line`. */
async function checkAll(dir: string, asOf: string): Promise<{ files: number; diagnostics: string[]; configProblems: number }> {
    const workspace = await loadWorkspace(['.'], { cwd: dir, asOf });
    return {
        files: workspace.documents.length,
        diagnostics: workspace.documents.flatMap(d => (d.diagnostics ?? []).map(x => `${x.code}@${path.relative(dir, d.uri.fsPath)}:${x.range.start.line + 1} ${x.message}`)),
        configProblems: workspace.configProblems.length + workspace.fileProblems.length,
    };
}

describe('actionplan init', function () {
    this.timeout(60_000);
    afterEach(() => {
        for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
    });

    for (const day of ['2024-02-29', '2026-01-01', '2026-03-31', '2026-12-31', '2030-07-15', today()]) {
        it(`writes a workspace that passes check with no diagnostic at all, written and checked on ${day}`, async () => {
            const root = tempDir();
            const { code } = init('plans', root, day);
            assert.equal(code, 0);
            const result = await checkAll(path.join(root, 'plans'), day);
            assert.deepEqual(result, { files: 3, diagnostics: [], configProblems: 0 });
        });
    }

    it('asks about its wins once they come due: the guide at work, not a broken starter', async () => {
        const root = tempDir();
        init(undefined, root, '2026-01-01');
        const later = await checkAll(root, '2026-12-31');
        assert.ok(later.diagnostics.some(d => d.startsWith('honest-assessment@')), later.diagnostics.join('\n'));
    });

    it('writes the four files, formatted as fmt would, and says what it wrote', () => {
        const root = tempDir();
        const { stdout } = init('new/workspace', root, '2026-05-01');
        const dir = path.join(root, 'new/workspace');
        const files = ['actionplan.config.json', 'partnership.plan', 'people.plan', 'teams/talent.plan'];
        for (const file of files) assert.ok(fs.existsSync(path.join(dir, file)), file);
        for (const file of files.filter(f => f.endsWith('.plan'))) {
            const formatted = formatText(fs.readFileSync(path.join(dir, file), 'utf8'));
            assert.ok(formatted.ok && !formatted.changed, `${file} is not formatted`);
        }
        assert.match(stdout, /^Created a starter Action Plan workspace in new\/workspace:\n {2}actionplan\.config\.json\n {2}partnership\.plan\n {2}people\.plan\n {2}teams\/talent\.plan\n/);
        assert.match(stdout, /actionplan check new\/workspace/);
    });

    it('dates the plans from today: launch 30 days ago, the team formed 23 days after it, the first win due 75 days after that', () => {
        const files = starterFiles('2026-05-01');
        assert.match(files['partnership.plan'], /launch 2026-04-01\n/);
        assert.match(files['partnership.plan'], /follow-up 2026-04-24\n/);
        assert.match(files['teams/talent.plan'], /formed 2026-04-24\n/);
        assert.match(files['teams/talent.plan'], /first win Tours "[^"]+" \{\n {8}due 2026-07-08\n/);
    });

    it('refuses to overwrite a file, naming it, and writes nothing', () => {
        const root = tempDir();
        fs.mkdirSync(path.join(root, 'teams'));
        fs.writeFileSync(path.join(root, 'teams/talent.plan'), 'keep me');
        refusal(() => init(undefined, root, '2026-05-01'), /^teams\/talent\.plan: already exists; init overwrites nothing \(nothing was written\)$/);
        assert.equal(fs.readFileSync(path.join(root, 'teams/talent.plan'), 'utf8'), 'keep me');
        assert.deepEqual(fs.readdirSync(root).sort(), ['teams']);

        fs.writeFileSync(path.join(root, 'actionplan.config.json'), '{}');
        refusal(() => init('.', root, '2026-05-01'), /^actionplan\.config\.json: already exists/);
    });

    it('refuses a folder that already holds plans, and a DIR that is a file', () => {
        const root = tempDir();
        fs.writeFileSync(path.join(root, 'mine.plan'), 'business Mine "Mine"\n');
        refusal(() => init(undefined, root, '2026-05-01'), /^mine\.plan: the folder already holds plan files; init starts a new workspace \(nothing was written\)$/);
        assert.deepEqual(fs.readdirSync(root), ['mine.plan']);
        refusal(() => init('mine.plan', root, '2026-05-01'), /^mine\.plan: is a file, not a folder/);
    });
});

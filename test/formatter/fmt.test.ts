/**
 * `actionplan fmt [PATH…] [--check]` (cli/fmt.ts) on plan files in a temp
 * folder: what it writes, what it prints and its exit code.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runFmt } from '../../cli/fmt.js';
import { isRoot, runCliUnprivileged } from '../cli/helpers.js';
import { format, readFixture } from './helpers.js';

interface Run {
    status: number;
    stdout: string;
    stderr: string;
}

/** Run `fmt` in `cwd`, capturing what it prints. */
async function fmt(cwd: string, paths: string[] = [], check = false): Promise<Run> {
    const out = { stdout: '', stderr: '' };
    const write = { stdout: process.stdout.write, stderr: process.stderr.write };
    process.stdout.write = ((chunk: string) => { out.stdout += chunk; return true; }) as typeof process.stdout.write;
    process.stderr.write = ((chunk: string) => { out.stderr += chunk; return true; }) as typeof process.stderr.write;
    try {
        const status = await runFmt(paths, { check }, cwd);
        return { status, ...out };
    } finally {
        process.stdout.write = write.stdout;
        process.stderr.write = write.stderr;
    }
}

const FORMATTED = readFixture('example-partnership.plan');
const MESSY_TEAM = 'team T "t" for Talent { formed 2026-03-27\n\n\n champion ana   // ana\n}';
const BROKEN = '// a draft\npartner Lakeshore "Lakeshore Fiber Cooperative" kind cooperative\n';

let root: string;

function write(files: Record<string, string | Uint8Array>): void {
    for (const [file, content] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
        fs.writeFileSync(path.join(root, file), content);
    }
}

const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

describe('actionplan fmt', () => {
    beforeEach(() => {
        root = fs.mkdtempSync(path.join(os.tmpdir(), 'actionplan-fmt-'));
    });
    afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

    it('rewrites a messy file and leaves a formatted one as it is (not even written)', async () => {
        write({ 'partnership.plan': FORMATTED, 'teams/talent.plan': MESSY_TEAM });
        const old = new Date('2020-01-01T00:00:00Z');
        fs.utimesSync(path.join(root, 'partnership.plan'), old, old);
        const run = await fmt(root);
        assert.deepEqual(run, { status: 0, stdout: 'Formatted teams/talent.plan\nFormatted 1 of 2 files.\n', stderr: '' });
        assert.equal(read('teams/talent.plan'), 'team T "t" for Talent {\n    formed 2026-03-27\n\n    champion ana // ana\n}\n');
        assert.equal(read('partnership.plan'), FORMATTED);
        assert.equal(fs.statSync(path.join(root, 'partnership.plan')).mtime.getTime(), old.getTime());
        assert.deepEqual(await fmt(root), { status: 0, stdout: 'Formatted 0 of 2 files.\n', stderr: '' }, 'a second run finds nothing to do');
    });

    it('--check lists the unformatted files, exits 1 and writes nothing', async () => {
        write({ 'partnership.plan': FORMATTED, 'teams/talent.plan': MESSY_TEAM, 'b.plan': 'business B  "b"' });
        const run = await fmt(root, [], true);
        assert.deepEqual(run, {
            status: 1, stdout: 'b.plan\nteams/talent.plan\n', stderr: 'actionplan: 2 of 3 files not formatted. Run `actionplan fmt` to format them.\n',
        });
        assert.equal(read('teams/talent.plan'), MESSY_TEAM);
        assert.equal(read('b.plan'), 'business B  "b"');
    });

    it('--check exits 0 on a formatted tree', async () => {
        write({ 'partnership.plan': FORMATTED, 'teams/talent.plan': readFixture('example-talent.plan') });
        assert.deepEqual(await fmt(root, ['.'], true), { status: 0, stdout: '', stderr: '' });
    });

    it('leaves a file with syntax errors untouched, says so on one line and exits 1', async () => {
        write({ 'drafts/broken.plan': BROKEN, 'teams/talent.plan': MESSY_TEAM });
        const run = await fmt(root);
        assert.equal(run.status, 1);
        assert.equal(run.stderr, 'actionplan: drafts/broken.plan:2: cannot format: the file has syntax errors\n');
        assert.equal(read('drafts/broken.plan'), BROKEN);
        assert.equal(read('teams/talent.plan'), format(MESSY_TEAM), 'the other files are formatted');
        assert.equal((await fmt(root, [], true)).status, 1);
    });

    it('keeps CRLF line endings and a byte order mark, and adds none', async () => {
        write({
            'crlf.plan': 'business A  "a"\r\nbusiness B "b"',
            'bom.plan': Buffer.from('\ufeffbusiness A  "a"\n', 'utf8'),
            'lf.plan': 'business A  "a"',
        });
        assert.equal((await fmt(root)).status, 0);
        assert.equal(read('crlf.plan'), 'business A "a"\r\nbusiness B "b"\r\n');
        assert.deepEqual([...fs.readFileSync(path.join(root, 'bom.plan')).subarray(0, 4)], [0xef, 0xbb, 0xbf, 0x62]);
        assert.equal(read('bom.plan'), '\ufeffbusiness A "a"\n');
        assert.equal(read('lf.plan'), 'business A "a"\n');
    });

    it('formats only the paths it is given, and honours the config ignore', async () => {
        write({
            'a.plan': 'business A  "a"', 'b.plan': 'business B  "b"', 'archive/old.plan': 'business C  "c"',
            'actionplan.config.json': '{ "ignore": ["archive/**"] }',
        });
        assert.equal((await fmt(root, ['a.plan'])).status, 0);
        assert.equal(read('b.plan'), 'business B  "b"');
        assert.equal((await fmt(root)).status, 0);
        assert.equal(read('b.plan'), 'business B "b"\n');
        assert.equal(read('archive/old.plan'), 'business C  "c"');
    });

    it('exits 2 with one line naming a file it cannot write, and leaves it as it was', async () => {
        write({ 'a.plan': 'business A  "a"', 'b.plan': 'business B  "b"' });
        fs.chmodSync(path.join(root, 'a.plan'), 0o444);
        // Root writes anything: there the CLI runs as a user without privileges, who may write b.plan but not a.plan.
        if (isRoot) fs.chmodSync(path.join(root, 'b.plan'), 0o666);
        const run = isRoot ? runCliUnprivileged(['fmt'], { cwd: root }) : await fmt(root);
        assert.equal(run.status, 2);
        assert.equal(run.stderr, 'actionplan: a.plan: cannot write the file: permission denied\n');
        assert.equal(read('a.plan'), 'business A  "a"');
        assert.equal(read('b.plan'), 'business B "b"\n');
    });

    it('exits 2 with one line naming a path it cannot read, and still formats the rest', async () => {
        write({ 'a.plan': 'business A  "a"' });
        const run = await fmt(root, ['missing.plan', 'a.plan']);
        assert.equal(run.status, 2);
        assert.equal(run.stderr, 'actionplan: missing.plan: no such file or folder; pass --no-error-on-unmatched-pattern to allow this\n');
        assert.equal(read('a.plan'), 'business A "a"\n');
    });
});

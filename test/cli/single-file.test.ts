/**
 * `check FILE` (as lint-staged and editors call it): the file is checked
 * within its workspace (the folder of the nearest actionplan.config.json,
 * else the Git root, else the file's folder). Names resolve across the
 * workspace, only the named files are reported, and `check --cache` sees a
 * change to a file that was read only for names.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { brief, checkJson, cleanTemp, copyFixture, runCli, writeFiles } from './helpers.js';

const AS_OF = ['--as-of', '2026-05-01'];

/** The baseline fixture with a config at its root, which makes the root the workspace of every file in it. */
function workspace(): string {
    const cwd = copyFixture('baseline');
    writeFiles(cwd, { 'actionplan.config.json': '{}\n' });
    return cwd;
}

describe('actionplan check FILE: within its workspace', function () {
    this.timeout(120_000);
    afterEach(cleanTemp);

    it('names in the other files of the workspace resolve; only the named file is reported', () => {
        const cwd = workspace();
        writeFiles(cwd, { 'other.plan': 'person orphan "Orphan" of Nowhere\n' });
        const report = checkJson([...AS_OF, 'teams/talent.plan'], { cwd }, 0);
        assert.equal(report.files, 1);
        assert.deepEqual(brief(report), [], 'no "No person named" for people declared in partnership.plan; nothing from other.plan');
    });

    it('a name missing from the whole workspace is still reported', () => {
        const cwd = workspace();
        const talent = path.join(cwd, 'teams/talent.plan');
        fs.writeFileSync(talent, fs.readFileSync(talent, 'utf8').replace('owner ben', 'owner casey'));
        const report = checkJson([...AS_OF, 'teams/talent.plan'], { cwd }, 1);
        assert.deepEqual(report.diagnostics.map(d => `${d.file} ${d.message}`), ["teams/talent.plan No person named 'casey'."]);
    });

    it('the workspace is the folder of the nearest config, else the Git root, else the file\'s folder', () => {
        const cwd = copyFixture('baseline');
        // Git root: the .git entry two levels up, no config anywhere.
        fs.mkdirSync(path.join(cwd, '.git'));
        assert.deepEqual(brief(checkJson([...AS_OF, 'teams/talent.plan'], { cwd }, 0)), []);
        // A config in teams/ makes teams/ the workspace: partnership.plan is no longer seen.
        writeFiles(cwd, { 'teams/actionplan.config.json': '{}\n' });
        const alone = checkJson([...AS_OF, 'teams/talent.plan'], { cwd }, 1);
        assert.ok(alone.diagnostics.some(d => d.rule === 'unresolved-reference'), 'names of partnership.plan do not resolve');
        // Neither config nor .git: the file's folder.
        fs.rmSync(path.join(cwd, '.git'), { recursive: true });
        fs.rmSync(path.join(cwd, 'teams/actionplan.config.json'));
        assert.ok(checkJson([...AS_OF, 'teams/talent.plan'], { cwd }, 1).diagnostics.some(d => d.rule === 'unresolved-reference'));
    });

    it('--cache: a change to a file read only for names is seen; which files are named is part of the key', () => {
        const cwd = workspace();
        const args = [...AS_OF, '--cache', 'teams/talent.plan'];
        assert.deepEqual(brief(checkJson(args, { cwd }, 0)), []);
        const partnership = path.join(cwd, 'partnership.plan');
        fs.writeFileSync(partnership, fs.readFileSync(partnership, 'utf8').replace('person ben "Ben Okafor"', 'person bea "Ben Okafor"'));
        const after = checkJson(args, { cwd }, 1);
        assert.ok(after.diagnostics.some(d => d.file === 'teams/talent.plan' && /No person named 'ben'/.test(d.message)), JSON.stringify(after));
        const other = checkJson([...AS_OF, '--cache', 'partnership.plan'], { cwd });
        assert.equal(other.files, 1);
        assert.ok(other.diagnostics.every(d => d.file === 'partnership.plan'), 'not the cached report of teams/talent.plan');
    });

    it('render of one file renders its whole workspace', () => {
        const cwd = workspace();
        const run = runCli(['render', '--format', 'json', ...AS_OF, 'teams/talent.plan'], { cwd });
        assert.equal(run.status, 0, run.stderr);
        assert.deepEqual(JSON.parse(run.stdout).files, ['partnership.plan', 'teams/talent.plan']);
    });
});

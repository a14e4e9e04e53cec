/**
 * Quoted globs (`check 'plans/**\/*.plan'`) are matched like a folder search
 * (the config's `ignore` honoured, node_modules and .git skipped), and no
 * search follows a symbolic link out of its workspace: a committed
 * `root -> /` or `x.plan -> ~/secret` is skipped with one warning naming the
 * link, which is not an error. Links inside the workspace are followed.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { brief, checkJson, cleanTemp, copyFixture, linesOf, parseJsonReport, runCli, tempDir, writeFiles } from './helpers.js';

const AS_OF = ['--as-of', '2026-05-01'];
const orphan = (name: string) => `person ${name} "${name}" of Nowhere_${name}\n`;

/** The files that have an `unresolved-reference` error: the orphan files that were checked. */
function orphans(report: ReturnType<typeof parseJsonReport>): string[] {
    return [...new Set(report.diagnostics.filter(d => d.rule === 'unresolved-reference').map(d => d.file))].sort();
}

describe('actionplan check: quoted globs and symbolic links', function () {
    this.timeout(120_000);
    afterEach(cleanTemp);

    it('a quoted glob finds the plans it matches, honouring ignore, node_modules and .git', () => {
        const cwd = copyFixture('baseline');
        writeFiles(cwd, {
            'plans/a.plan': orphan('a'),
            'plans/deep/b.plan': orphan('b'),
            'plans/deep/c.txt': orphan('c'),
            'plans/node_modules/d.plan': orphan('d'),
            'plans/archive/e.plan': orphan('e'),
            'actionplan.config.json': '{ "ignore": ["plans/archive/**"] }\n',
        });
        assert.deepEqual(orphans(checkJson([...AS_OF, 'plans/**/*.plan'], { cwd }, 1)), ['plans/a.plan', 'plans/deep/b.plan']);
        assert.deepEqual(orphans(checkJson([...AS_OF, 'plans/*.plan'], { cwd }, 1)), ['plans/a.plan']);
        assert.deepEqual(orphans(checkJson([...AS_OF, 'plans/{deep,archive}/*.plan'], { cwd }, 1)), ['plans/deep/b.plan']);
    });

    it('a link to a folder or a plan outside the workspace is not followed: one warning each, not an error', () => {
        const outside = tempDir('actionplan-outside-');
        writeFiles(outside, { 'secret.plan': orphan('secret'), 'more/leak.plan': orphan('leak') });
        const cwd = copyFixture('baseline');
        fs.symlinkSync(outside, path.join(cwd, 'root'));
        fs.symlinkSync(path.join(outside, 'secret.plan'), path.join(cwd, 'teams/secret.plan'));
        for (const args of [[], ['.'], ['**/*.plan']]) {
            const run = runCli(['check', '--format', 'json', ...AS_OF, ...args], { cwd });
            assert.equal(run.status, 0, `${args}: ${run.stderr}`);
            const report = parseJsonReport(run.stdout);
            assert.equal(report.files, 2, 'partnership.plan and teams/talent.plan only');
            assert.deepEqual(linesOf(run.stderr).sort(), [
                'actionplan: root: a symbolic link that leads out of the workspace; not followed',
                'actionplan: teams/secret.plan: a symbolic link that leads out of the workspace; not followed',
            ]);
        }
    });

    it('a link inside the workspace is followed, and a link back up does not loop', () => {
        const cwd = copyFixture('baseline');
        // The config makes the whole fixture the workspace of region/: its links into shared/ stay inside.
        writeFiles(cwd, { 'shared/people.plan': orphan('shared'), 'actionplan.config.json': '{}\n' });
        fs.mkdirSync(path.join(cwd, 'region'));
        fs.symlinkSync(path.join(cwd, 'shared'), path.join(cwd, 'region/shared'));
        fs.symlinkSync(cwd, path.join(cwd, 'region/up'));
        const run = runCli(['check', '--format', 'json', ...AS_OF, 'region'], { cwd });
        assert.equal(run.stderr, '');
        assert.deepEqual(orphans(parseJsonReport(run.stdout)), ['region/shared/people.plan']);
        assert.deepEqual(brief(checkJson([...AS_OF, 'region/**/*.plan'], { cwd }, 1)).length > 0, true);
    });
});

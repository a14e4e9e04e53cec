/**
 * Which files `actionplan check` reads: folders are searched for `*.plan`
 * (nested folders too, not node_modules or .git, honouring the config's
 * `ignore`); a file named on the command line is always checked.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { brief, checkJson, cleanTemp, copyFixture, linesOf, parseJsonReport, runCli, STACK_LINE, writeFiles } from './helpers.js';

/** Every plan file below declares a person of an organisation that does not exist: one error per file that is checked. */
const orphan = (name: string) => `person ${name} "${name}" of Nowhere_${name}\n`;

function discoveryWorkspace(): string {
    const cwd = copyFixture('baseline');
    writeFiles(cwd, {
        'a/b/c/deep.plan': orphan('deep'),
        'node_modules/pkg/dep.plan': orphan('dep'),
        '.git/stash.plan': orphan('git'),
        'archive/old.plan': orphan('old'),
        'archive/2025/older.plan': orphan('older'),
        'notes.txt': orphan('notes'),
        'backup.plan.bak': orphan('bak'),
        'actionplan.config.json': '{\n  "ignore": ["archive/**"]\n}\n',
    });
    return cwd;
}

/** The files that have an `unresolved-reference` error: the orphan files that were checked. */
function checkedOrphans(args: string[], cwd: string): string[] {
    const report = checkJson(['--as-of', '2026-05-01', ...args], { cwd });
    return [...new Set(report.diagnostics.filter(d => d.rule === 'unresolved-reference').map(d => d.file))].sort();
}

describe('actionplan check: which files are read', function () {
    this.timeout(90_000); // each test spawns the CLI, several times for some
    afterEach(cleanTemp);

    it('searches nested folders, skips node_modules and .git, and leaves out what the config ignores', () => {
        const cwd = discoveryWorkspace();
        const report = checkJson(['--as-of', '2026-05-01'], { cwd }, 1);
        assert.equal(report.files, 3, 'partnership.plan, teams/talent.plan, a/b/c/deep.plan');
        assert.deepEqual(brief(report), ['unresolved-reference@a/b/c/deep.plan:1:23 error']);
    });

    it('no path, "." and the absolute path of the folder read the same files', () => {
        const cwd = discoveryWorkspace();
        const none = checkJson(['--as-of', '2026-05-01'], { cwd }, 1);
        assert.deepEqual(checkJson(['--as-of', '2026-05-01', '.'], { cwd }, 1), none);
        assert.deepEqual(checkJson(['--as-of', '2026-05-01', cwd], { cwd }, 1), none);
    });

    it('a folder named on the command line is searched the same way', () => {
        const cwd = discoveryWorkspace();
        assert.deepEqual(checkedOrphans(['a'], cwd), ['a/b/c/deep.plan']);
        assert.deepEqual(checkedOrphans(['archive', '--no-error-on-unmatched-pattern'], cwd), [], "the config's ignore holds inside a named folder");
    });

    it('a file named on the command line is checked, even inside node_modules or .git', () => {
        const cwd = discoveryWorkspace();
        assert.deepEqual(checkedOrphans(['node_modules/pkg/dep.plan'], cwd), ['node_modules/pkg/dep.plan']);
        assert.deepEqual(checkedOrphans(['.git/stash.plan'], cwd), ['.git/stash.plan']);
        const report = checkJson(['--as-of', '2026-05-01', 'node_modules/pkg/dep.plan'], { cwd }, 1);
        assert.equal(report.files, 1);
    });

    // product.md: exit 2 is "a usage, config or I/O error, with one line
    // naming the file and the reason". Naming `backup.plan.bak` gives
    // "internal error: The service registry contains no services for the
    // extension '.bak'." without the file name. Either checking the file or a
    // one-line refusal that names it would do.
    it('a named file without the .plan extension is checked, or refused in one line that names it', () => {
        const cwd = discoveryWorkspace();
        const run = runCli(['check', '--as-of', '2026-05-01', '--format', 'json', 'backup.plan.bak'], { cwd });
        assert.doesNotMatch(run.stderr, STACK_LINE);
        if (run.status === 1) {
            assert.deepEqual(brief(parseJsonReport(run.stdout)), ['unresolved-reference@backup.plan.bak:1:21 error']);
        } else {
            assert.equal(run.status, 2);
            const lines = linesOf(run.stderr);
            assert.equal(lines.length, 1);
            assert.match(lines[0], /backup\.plan\.bak/, 'names the file');
            assert.doesNotMatch(lines[0], /internal error/, 'a usage error, not an internal one');
        }
    });

    // product.md: "Paths are files or folders (folders are searched for
    // `*.plan`, honouring the config's `ignore`)": the ignore applies to the
    // search of folders. cli/files.ts reads the named file, but the document
    // validator (language/validation/document-validator.ts) returns no
    // diagnostics for any file the config ignores, so the named file is
    // counted in `files` and silently reported clean.
    it('a file named on the command line is checked even when the config ignores it', () => {
        const cwd = discoveryWorkspace();
        const report = checkJson(['--as-of', '2026-05-01', 'archive/old.plan'], { cwd });
        assert.equal(report.files, 1);
        assert.deepEqual(brief(report), ['unresolved-reference@archive/old.plan:1:21 error']);
    });

    it("ignore globs are relative to the config file that lists them", () => {
        const cwd = copyFixture('baseline');
        writeFiles(cwd, {
            'teams/actionplan.config.json': '{ "ignore": ["drafts/**", "*.draft.plan"] }',
            'teams/drafts/d.plan': orphan('teamdraft'),
            'teams/x.draft.plan': orphan('teamx'),
            'drafts/d.plan': orphan('rootdraft'),
            'y.draft.plan': orphan('rooty'),
        });
        assert.deepEqual(checkedOrphans([], cwd), ['drafts/d.plan', 'y.draft.plan']);
    });

    it('a link back into a searched folder does not read a file twice or loop', () => {
        const cwd = discoveryWorkspace();
        fs.symlinkSync('..', path.join(cwd, 'a/up'));
        fs.symlinkSync(cwd, path.join(cwd, 'a/b/root'));
        const report = checkJson(['--as-of', '2026-05-01'], { cwd }, 1);
        assert.equal(report.files, 3);
        assert.equal(report.summary.errors, 1);
    });

    it('an empty folder is 0 files and exits 0 with --no-error-on-unmatched-pattern', () => {
        const cwd = copyFixture('baseline');
        fs.mkdirSync(path.join(cwd, 'empty'));
        const report = checkJson(['--as-of', '2026-05-01', '--no-error-on-unmatched-pattern', 'empty'], { cwd }, 0);
        assert.equal(report.files, 0);
        assert.deepEqual(report.diagnostics, []);
    });
});

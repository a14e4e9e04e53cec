/**
 * Git safety of `actionplan diff`, through the built CLI: revisions and paths
 * are arguments to `git`, never text of a shell command, so shell syntax in
 * them runs nothing; a revision that starts with `-` is refused before Git
 * sees it (no `--upload-pack=…`, no `--output=…`); paths after `--` are paths
 * even when they look like options. (Refusals one by one and a repository of
 * hostile file names are in test/diff/diff.test.ts.)
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { linesOf, runCli, STACK_LINE } from '../cli/helpers.js';
import { BASE_FILES, TALENT } from '../diff/fixture.js';
import { cleanTemp, commit, makeRepo } from '../diff/helpers.js';
import { execFileSync } from 'node:child_process';

describe('git safety: actionplan diff', function () {
    this.timeout(120_000);
    afterEach(cleanTemp);

    it('shell syntax in a revision or a path runs nothing; a revision that starts with - is refused with one line', () => {
        const repo = makeRepo(BASE_FILES);
        commit(repo, { 'teams/talent.plan': TALENT.replace('due 2026-06-10', 'due 2026-07-10') }, 'later');
        const marker = path.join(repo, 'pwned');
        const touch = `touch ${marker}`;
        const attempts = [
            [`HEAD;${touch}`], [`$(${touch})`], [`\`${touch}\``], [`HEAD|${touch}`], [`HEAD && ${touch}`], [`HEAD\n${touch}`],
            [`--upload-pack=${touch}`], ['--output=pwned'], ['-c', `core.pager=${touch}`], [`--exec=${touch}`],
            ['HEAD~1', 'HEAD', '--', `$(${touch}).plan`], ['HEAD~1', '--', `;${touch};`, '--output=pwned'],
        ];
        for (const operands of attempts) {
            const run = runCli(['diff', '--format', 'text', ...operands], { cwd: repo });
            assert.ok(run.status === 0 || run.status === 2, `${JSON.stringify(operands)}: exit ${run.status}\n${run.stderr}`);
            // One line (a usage error adds commander's "(run with --help for usage)" hint).
            if (run.status === 2) assert.equal(linesOf(run.stderr).filter(l => !/^\(run with --help/.test(l)).length, 1, `${JSON.stringify(operands)}: ${run.stderr}`);
            assert.doesNotMatch(run.stderr, STACK_LINE);
            assert.ok(!fs.existsSync(marker), `${JSON.stringify(operands)} ran a command`);
            assert.ok(!fs.existsSync(path.join(repo, 'pwned')), `${JSON.stringify(operands)} wrote a file`);
        }
        const dash = runCli(['diff', `--upload-pack=${touch}`], { cwd: repo });
        assert.match(dash.stderr, /may not start with '-'|unknown option/);
    });

    it('a path that looks like an option, after --, is a path', () => {
        const repo = makeRepo({ ...BASE_FILES, '--output=x.plan': 'business Dash "A business in a file named like an option"\n' });
        commit(repo, { '--output=x.plan': 'business Dash "Renamed"\n' }, 'dash');
        const run = runCli(['diff', '--format', 'json', 'HEAD~1', 'HEAD', '--', '--output=x.plan'], { cwd: repo });
        assert.equal(run.status, 0, run.stderr);
        const result = JSON.parse(run.stdout) as { changed: Array<{ element: { file: string } }> };
        assert.deepEqual(result.changed.map(c => c.element.file), ['--output=x.plan']);
        assert.ok(!fs.existsSync(path.join(repo, 'x')), 'no option was taken from the path');
    });

    it("runs no program a repository's config names: fsmonitor, pager, external diff, textconv, filters, hooks", () => {
        const repo = makeRepo(BASE_FILES);
        commit(repo, { 'teams/talent.plan': TALENT.replace('due 2026-06-10', 'due 2026-07-10'), '.gitattributes': '*.plan diff=evil filter=evil\n' }, 'later');
        // A change in the working tree and an untracked plan: the diff against HEAD lists and reads them.
        fs.writeFileSync(path.join(repo, 'teams/talent.plan'), TALENT.replace('due 2026-06-10', 'due 2026-08-10'));
        fs.writeFileSync(path.join(repo, 'new.plan'), 'business Newco "A new business"\n');
        const marker = (name: string) => path.join(repo, `ran-${name}`);
        const settings: Record<string, string> = {
            'core.fsmonitor': `touch ${marker('fsmonitor')}; false`,
            'core.pager': `touch ${marker('pager')}; cat`,
            'pager.ls-files': `touch ${marker('pager-ls-files')}; cat`,
            'diff.external': `touch ${marker('external')}`,
            'diff.evil.textconv': `touch ${marker('textconv')}; cat`,
            'filter.evil.clean': `touch ${marker('clean')}; cat`,
            'filter.evil.smudge': `touch ${marker('smudge')}; cat`,
            'filter.evil.process': `touch ${marker('process')}`,
            'core.hooksPath': path.join(repo, 'hooks'),
            'core.untrackedCache': 'true',
        };
        for (const [key, value] of Object.entries(settings)) execFileSync('git', ['config', key, value], { cwd: repo });
        fs.mkdirSync(path.join(repo, 'hooks'));
        for (const hook of ['post-index-change', 'post-checkout', 'pre-auto-gc', 'reference-transaction']) {
            fs.writeFileSync(path.join(repo, 'hooks', hook), `#!/bin/sh\ntouch ${marker(`hook-${hook}`)}\n`, { mode: 0o755 });
        }
        for (const operands of [['HEAD'], ['HEAD~1', 'HEAD'], ['HEAD~1']]) {
            for (const format of ['text', 'md', 'json']) {
                const run = runCli(['diff', '--format', format, ...operands], { cwd: repo, env: { GIT_PAGER: undefined, PAGER: undefined } });
                assert.ok(run.status === 0 || run.status === 1, `${operands.join(' ')} ${format}: exit ${run.status}\n${run.stderr}`);
                assert.doesNotMatch(run.stderr, STACK_LINE);
            }
        }
        const ran = fs.readdirSync(repo).filter(name => name.startsWith('ran-'));
        assert.deepEqual(ran, [], `the repository's config made Git run: ${ran.join(', ')}`);
    });
});

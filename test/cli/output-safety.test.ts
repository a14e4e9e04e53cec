/**
 * Every format that can reach a CI log or a pull-request comment keeps plan
 * text and file names on their lines and inert: no line break that starts a
 * new line (a GitHub workflow command such as `::add-mask::`), no terminal
 * control (ESC, BEL, C1) and no bidi control that reorders what is read.
 * Through the built CLI, on a workspace of hostile names and strings.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BASE_FILES, TALENT } from '../diff/fixture.js';
import { cleanTemp as cleanRepos, commit, makeRepo } from '../diff/helpers.js';
import { cleanTemp, runCli, writeFiles } from './helpers.js';
import { hostileWorkspace, TERMINAL_UNSAFE } from './hostile.js';

/** A file name that tries to start workflow commands, and to colour, ring and reorder a log. */
const COMMAND_FILE = 'x\n::add-mask::secret\n::warning file=other.plan::forged\r\n.plan';
const CONTROL_FILE = 'esc\u001b[31m\u0007\u009b2J\u202eevil\u2066.plan';

/** Whether a line of the output starts a workflow command this format did not write. */
const startsCommand = (line: string) => /^\s*::/.test(line);

describe('output safety: line breaks and controls never reach a log raw', function () {
    this.timeout(180_000);
    after(cleanTemp);
    after(cleanRepos);

    it('stylish, json, sarif, github and junit: no raw control or bidi character, and only github writes workflow commands', () => {
        const cwd = hostileWorkspace();
        writeFiles(cwd, { [COMMAND_FILE]: 'business Ruiz "A third Ruiz"\n', [CONTROL_FILE]: 'business Ruiz "A fourth Ruiz"\n' });
        for (const format of ['stylish', 'json', 'sarif', 'github', 'junit']) {
            const run = runCli(['check', '--as-of', '2026-07-01', '--format', format], { cwd });
            assert.equal(run.status, 1, `${format}: ${run.stderr}`);
            assert.match(run.stdout, /esc/, `${format}: the hostile file is in the report`);
            assert.doesNotMatch(run.stdout, TERMINAL_UNSAFE, `${format}: a raw control or bidi character`);
            assert.doesNotMatch(run.stderr, TERMINAL_UNSAFE, `${format}: a raw control or bidi character on stderr`);
            const lines = run.stdout.split('\n');
            if (format === 'github') {
                for (const line of lines.filter(Boolean)) assert.match(line, /^::(error|warning|notice) file=[^\n]*::/, `not one of ours: ${JSON.stringify(line)}`);
            } else {
                const commands = lines.filter(startsCommand);
                assert.deepEqual(commands, [], `${format}: a line that starts a workflow command`);
            }
            if (format === 'json' || format === 'sarif') assert.doesNotThrow(() => JSON.parse(run.stdout), `${format}: still JSON`);
        }
    });

    it('junit keeps a file name with line breaks on one line, and an XML reader still reads the name', () => {
        const cwd = hostileWorkspace();
        writeFiles(cwd, { [COMMAND_FILE]: 'business Ruiz "A third Ruiz"\n' });
        const run = runCli(['check', '--as-of', '2026-07-01', '--format', 'junit'], { cwd });
        const naming = run.stdout.split('\n').filter(line => line.includes('add-mask'));
        assert.ok(naming.length > 0);
        for (const line of naming) assert.ok(line.trim().startsWith('<'), `the name broke a line: ${JSON.stringify(line)}`);
        assert.match(run.stdout, /x&#xA;::add-mask::secret&#xA;/);
    });

    it('diff --format md and text show bidi and terminal controls of plan text as their codes', () => {
        const repo = makeRepo(BASE_FILES);
        const hostile = 'Talent \u202eevil\u202c \u2067team\u2069 \u200f\u061c \u001b[2J\u0007\u009b done';
        commit(repo, { 'teams/talent.plan': TALENT.replace('"Talent action team"', JSON.stringify(hostile)) }, 'renamed');
        for (const format of ['md', 'text']) {
            const run = runCli(['diff', '--format', format, 'HEAD~1', 'HEAD'], { cwd: repo });
            assert.ok(run.status === 0 || run.status === 1, `${format}: ${run.stderr}`);
            assert.match(run.stdout, /evil/, `${format}: the renamed title is in the diff`);
            assert.doesNotMatch(run.stdout, TERMINAL_UNSAFE, `${format}: a raw control or bidi character`);
            assert.match(run.stdout, /u202e/, `${format}: the override is shown as its code`);
        }
        assert.ok(fs.existsSync(path.join(repo, 'teams/talent.plan')));
    });
});

/**
 * The `diff` and `init` commands as commander parses them: cli/main.ts's own
 * program, run on real argument lists, so `--`, options before or after the revisions, and refused
 * arguments behave as a user typing them would see.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CommanderError, type Command } from 'commander';
import { CliError } from '../../cli/errors.js';
import { createProgram } from '../../cli/main.js';
import { BASE_FILES, TALENT } from './fixture.js';
import { cleanTemp, commit, makeRepo, tempDir } from './helpers.js';

/** The program of cli/main.ts itself, quiet, so the declarations under test are the ones users get. */
function program(cwd: string, setExitCode: (code: number) => void): Command {
    const program = createProgram(cwd, setExitCode);
    program.configureOutput({ writeErr: () => undefined, writeOut: () => undefined });
    for (const command of program.commands) command.configureOutput({ writeErr: () => undefined, writeOut: () => undefined });
    return program;
}

async function run(cwd: string, args: string[]): Promise<{ code: number; output: string }> {
    let code = -1;
    const out = path.join(tempDir('actionplan-diff-out-'), 'out');
    const quiet = process.stderr.write.bind(process.stderr);
    process.stderr.write = (() => true) as typeof process.stderr.write;
    try {
        const argv = args[0] === 'diff' ? ['diff', '-o', out, ...args.slice(1)] : args;
        await program(cwd, c => { code = c; }).parseAsync(['node', 'actionplan', ...argv]);
    } catch (error) {
        if (error instanceof CommanderError) code = 2;
        else if (error instanceof CliError) code = error.exitCode;
        else throw error;
    } finally {
        process.stderr.write = quiet;
    }
    return { code, output: fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : '' };
}

describe('actionplan diff and init, as commander parses them', function () {
    this.timeout(60_000);
    afterEach(cleanTemp);

    it('separates paths with --, wherever the options are', async () => {
        const repo = makeRepo(BASE_FILES);
        commit(repo, { 'teams/talent.plan': TALENT.replace('due 2026-06-10', 'due 2026-07-10') }, 'later');
        for (const args of [
            ['diff', 'HEAD~1', 'HEAD', '--format', 'json', '--', 'teams'],
            ['diff', '--format', 'json', 'HEAD~1', 'HEAD', '--', 'teams'],
            ['diff', '--format=json', 'HEAD~1', 'HEAD', 'teams'],
        ]) {
            const { code, output } = await run(repo, args);
            assert.equal(code, 0, args.join(' '));
            const json = JSON.parse(output);
            assert.equal(json.head.files, 1, args.join(' '));
            assert.equal(json.dateMoves[0].element.id, 'win:TalentTeam.Tours');
        }
        const all = await run(repo, ['diff', 'HEAD~1', '--format', 'json']);
        assert.equal(JSON.parse(all.output).head.files, 3, 'HEAD~1 against the working tree, every plan');
    });

    it('exits 1 with --fail-on after writing the diff, 2 for what it refuses', async () => {
        const repo = makeRepo(BASE_FILES);
        commit(repo, { 'teams/talent.plan': TALENT.replace('due 2026-06-10', 'due 2026-07-10') }, 'later');
        const failed = await run(repo, ['diff', 'HEAD~1', '--fail-on', 'new-warnings']);
        assert.equal(failed.code, 1);
        assert.match(failed.output, /leaves the 60-90 day window/);
        assert.equal((await run(repo, ['diff', 'HEAD~1', '--fail-on', 'new-errors'])).code, 0);
        assert.equal((await run(repo, ['diff', '-HEAD'])).code, 2, 'an option commander does not know');
        assert.equal((await run(repo, ['diff', '--', '-HEAD'])).code, 2, 'a revision that starts with -');
        assert.equal((await run(repo, ['diff', 'HEAD~1', '--fail-on', 'everything'])).code, 2);
        assert.equal((await run(repo, ['diff', 'HEAD~1', '--as-of', '2026-02-30'])).code, 2);
        assert.equal((await run(repo, ['diff', 'HEAD~1', '--', '-odd.plan'])).code, 0, 'after --, a path may start with -');
    });

    it('init writes the starter, and refuses a second time with exit 2', async () => {
        const root = tempDir();
        const write = process.stdout.write.bind(process.stdout);
        process.stdout.write = (() => true) as typeof process.stdout.write;
        try {
            assert.equal((await run(root, ['init', 'plans'])).code, 0);
            assert.equal((await run(root, ['init', 'plans'])).code, 2);
        } finally {
            process.stdout.write = write;
        }
        assert.ok(fs.existsSync(path.join(root, 'plans/teams/talent.plan')));
    });
});

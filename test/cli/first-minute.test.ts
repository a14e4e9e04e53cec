/**
 * The first minute with the CLI: `fmt` says what it changed, `fmt --check`
 * ends with the command that fixes it, and every command's --help shows
 * examples and its exit codes.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createProgram } from '../../cli/main.js';
import { cleanTemp, copyFixture, runCli } from './helpers.js';

describe('actionplan: the first minute', function () {
    this.timeout(120_000);
    afterEach(cleanTemp);

    it('fmt prints one line per file it wrote and "Formatted N of M files"; fmt --check ends with the command that fixes it', () => {
        const cwd = copyFixture('baseline');
        const talent = path.join(cwd, 'teams/talent.plan');
        fs.writeFileSync(talent, fs.readFileSync(talent, 'utf8').replace('    formed', 'formed'));
        const check = runCli(['fmt', '--check', 'teams'], { cwd });
        assert.equal(check.status, 1);
        assert.equal(check.stdout, 'teams/talent.plan\n', 'stdout stays the list of files');
        assert.match(check.stderr, /1 of 1 file not formatted\. Run `actionplan fmt teams` to format it\.\n$/);
        const run = runCli(['fmt'], { cwd });
        assert.equal(run.status, 0, run.stderr);
        assert.equal(run.stdout, 'Formatted teams/talent.plan\nFormatted 1 of 2 files.\n');
        assert.equal(runCli(['fmt'], { cwd }).stdout, 'Formatted 0 of 2 files.\n');
    });

    it('every command\'s --help shows examples and exit codes', () => {
        const program = createProgram(process.cwd(), () => undefined);
        for (const command of program.commands.filter(c => c.name() !== 'lsp')) {
            let text = '';
            command.configureOutput({ writeOut: chunk => { text += chunk; } });
            command.outputHelp();
            assert.match(text, /\nExamples:\n {2}actionplan /, `${command.name()} --help`);
            assert.match(text, /\nExit codes:\n {2}0 {2}/, `${command.name()} --help`);
            if (['check', 'render', 'fmt'].includes(command.name())) assert.match(text, /--no-error-on-unmatched-pattern/);
        }
    });
});

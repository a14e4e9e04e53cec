/**
 * `actionplan`: the command line. Each command is one module; this file only
 * declares them, validates options and maps failures to exit codes.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { dateProblem } from '../language/dates.js';
import { CHECK_FORMATS, runCheck } from './check.js';
import { CliError, EXIT } from './errors.js';
import { runFix } from './fix.js';
import { warnLine } from './output.js';
import { DIFF_FORMATS, FAIL_ON, operandsAfterDashDash, runDiff } from './diff.js';
import { runFmt } from './fmt.js';
import { readStdinPlan } from './files.js';
import { runInit } from './init.js';
import { runGuidedInit } from './init-guided.js';
import { DEFAULT_RENDER_FORMAT, RENDER_FORMATS, runRender } from './render.js';
import { runSchema, SCHEMA_KINDS } from './schema.js';

declare const __VERSION__: string;
export const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

function asDate(value: string): string {
    const problem = dateProblem(value);
    if (problem) throw new InvalidArgumentError(problem);
    return value;
}

function asCount(value: string): number {
    if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`'${value}' is not a whole number`);
    return Number(value);
}

function asFolder(value: string, cwd: string): string {
    let isFolder = false;
    try {
        isFolder = fs.statSync(path.resolve(cwd, value)).isDirectory();
    } catch {
        // reported below
    }
    if (!isFolder) throw new InvalidArgumentError(`'${value}' is not a folder`);
    return value;
}

const UNMATCHED_HELP = 'a path or pattern that finds no plan file is not an error (by default it is: exit 2)';

/** The end of a command's --help: examples, then what each exit code means for it. */
function examplesAndExitCodes(examples: string[], exitCodes: string[]): string {
    return ['', 'Examples:', ...examples.map(e => `  ${e}`), '', 'Exit codes:', ...exitCodes.map(e => `  ${e}`)].join('\n');
}

/** `--stdin` and `--stdin-filename` go together, without paths. */
function stdinUsage(paths: string[], options: { stdin?: boolean; stdinFilename?: string }): void {
    if (options.stdinFilename !== undefined && !options.stdin) throw new CliError('--stdin-filename needs --stdin');
    if (options.stdin && paths.length) throw new CliError('--stdin reads one plan from stdin: give no paths (name it with --stdin-filename)');
}

export function createProgram(cwd: string, setExitCode: (code: number) => void): Command {
    const program = new Command('actionplan')
        .description('Check, render and review Action Plan files (.plan).')
        .version(VERSION, '-V, --version')
        .option('--debug', 'print stack traces of internal errors')
        .showHelpAfterError('(run with --help for usage)')
        .exitOverride();
    program.configureOutput({ writeErr: text => process.stderr.write(text) });

    program.command('check')
        .description('parse, link and validate plans; print the diagnostics')
        .argument('[paths...]', "plan files, folders or quoted globs ('plans/**/*.plan') (default: the current folder)")
        .addOption(new Option('-f, --format <format>', 'output format').choices(CHECK_FORMATS).default('stylish'))
        .option('--as-of <date>', 'the date for checks about the present (default: config asOf, else today)', asDate)
        .option('-c, --config <file>', 'use this config file for every plan')
        .option('--max-warnings <n>', 'exit with 1 when there are more than n warnings', asCount)
        .option('-q, --quiet', 'report errors only')
        .option('-o, --output <file>', 'write the report to a file')
        .option('--cache', 'reuse the last report when no plan, config or option changed')
        .option('--cache-location <file>', 'the cache file (default: .actionplancache in the current folder)')
        .option('--path-base <dir>', 'print file paths relative to this folder, e.g. the repository root in CI (default: the current folder)',
            (value: string) => asFolder(value, cwd))
        .option('--no-error-on-unmatched-pattern', UNMATCHED_HELP)
        .option('--fix', 'apply the safe fixes, check again until nothing more applies, and report what remains')
        .option('--fix-dry-run', 'list the safe fixes --fix would apply; write nothing')
        .option('--stdin', 'check the plan text read from stdin (for editors and lint-staged)')
        .option('--stdin-filename <file>', 'the file the stdin text stands for: names resolve in its workspace (default: stdin.plan)')
        .addHelpText('after', examplesAndExitCodes([
            'actionplan check                              check every plan under the current folder',
            "actionplan check teams/supply.plan            check one file; names resolve across its workspace",
            "actionplan check 'plans/**/*.plan'            a quoted glob",
            'actionplan check --format github --max-warnings 0',
            'actionplan check --cache                      reuse the last report when nothing changed',
            'cat a.plan | actionplan check --stdin --stdin-filename teams/a.plan',
        ], [
            '0  no errors (and no more warnings than --max-warnings)',
            '1  the plans have errors, or more warnings than --max-warnings',
            '2  usage, config or I/O error, or a path that finds no plan file (one line naming it)',
        ]))
        .action(async (paths: string[], options) => {
            stdinUsage(paths, options);
            const stdin = options.stdin ? await readStdinPlan(options.stdinFilename, cwd) : undefined;
            if (options.fix || options.fixDryRun) {
                if (stdin || options.cache) throw new CliError('--fix and --fix-dry-run work on files: not with --stdin or --cache');
                setExitCode(await runFix(paths, { ...options, dryRun: !options.fix }, cwd));
                return;
            }
            setExitCode(await runCheck(paths, { ...options, stdin }, cwd, VERSION));
        });

    program.command('render')
        .description('render the Action Plan document, or the resolved model as JSON')
        .argument('[paths...]', "plan files, folders or quoted globs (default: the current folder); a file renders its whole workspace")
        .addOption(new Option('-f, --format <format>', 'output format').choices(RENDER_FORMATS).default(DEFAULT_RENDER_FORMAT))
        .option('--as-of <date>', 'the date for days left and overdue wins (default: config asOf, else today)', asDate)
        .option('-c, --config <file>', 'use this config file for every plan')
        .option('-o, --output <file>', 'write the document to a file')
        .option('--no-error-on-unmatched-pattern', UNMATCHED_HELP)
        .addHelpText('after', examplesAndExitCodes([
            'actionplan render -o action-plan.html        the document of the plans under the current folder',
            'actionplan render --format md -o ACTION-PLAN.md',
            'actionplan render --format json              the resolved model (actionplan schema model)',
        ], [
            '0  the document was written (plan errors do not stop it; run check for them)',
            '2  usage, config or I/O error, or a path that finds no plan file',
        ]))
        .action(async (paths: string[], options) => setExitCode(await runRender(paths, options, cwd)));

    program.command('diff')
        .description('semantic diff of the plans between two Git revisions (HEAD default: the working tree) or two folders')
        .usage('[options] BASE [HEAD] [-- PATH...]')
        .argument('<base>', 'the base: a Git revision (origin/main, HEAD~1) or a folder')
        .argument('[head-and-paths...]', 'the head revision or folder (default: the working tree), then plan files or folders; put paths after -- to be explicit')
        .addOption(new Option('-f, --format <format>', 'output format').choices(DIFF_FORMATS).default('md'))
        .addOption(new Option('--fail-on <what>', 'exit with 1 when the change introduces errors (new-errors), or errors or warnings (new-warnings)').choices(FAIL_ON))
        .option('--as-of <date>', 'check both sides as of this date (default: each config asOf, else today)', asDate)
        .option('-o, --output <file>', 'write the diff to a file')
        .addHelpText('after', examplesAndExitCodes([
            'actionplan diff origin/main                  the working tree against origin/main',
            'actionplan diff HEAD~1 HEAD --format text',
            'actionplan diff origin/main --fail-on new-errors -- plans',
            'actionplan diff old-folder new-folder',
        ], [
            '0  the diff was printed',
            '1  --fail-on found what it names',
            '2  usage, Git, config or I/O error',
        ]))
        .action(async (base: string, rest: string[], options, command: Command) =>
            setExitCode(await runDiff([base, ...rest], options, cwd, operandsAfterDashDash(command))));

    program.command('init')
        .description('write a small starter workspace that passes check')
        .argument('[dir]', 'the folder to write it in (default: the current folder)')
        .addHelpText('after', examplesAndExitCodes([
            'actionplan init                              in the current folder',
            'actionplan init my-partnership && actionplan check my-partnership',
        ], [
            '0  the starter was written (and .gitignore holds .actionplancache)',
            '2  a file exists already or cannot be written (nothing is overwritten)',
        ]))
        .option('-i, --interactive', 'ask the guide\'s questions (partnership, a priority, its team) and write the plan from the answers')
        .option('--answers <file>', 'write the plan from a JSON file of answers (the questions of --interactive; see docs/start-a-partnership.md)')
        .action(async (dir: string | undefined, options: { interactive?: boolean; answers?: string }) =>
            setExitCode(options.interactive || options.answers !== undefined ? await runGuidedInit(dir, cwd, options) : runInit(dir, cwd)));

    program.command('fmt')
        .description('format plan files in place; --check lists the unformatted ones')
        .argument('[paths...]', 'plan files, folders or quoted globs (default: the current folder)')
        .option('--check', 'list the files that are not formatted and exit 1; write nothing')
        .option('--no-error-on-unmatched-pattern', UNMATCHED_HELP)
        .option('--stdin', 'format the plan text read from stdin and print it on stdout (for editors)')
        .option('--stdin-filename <file>', 'the file the stdin text stands for, named in messages (default: stdin.plan)')
        .addHelpText('after', examplesAndExitCodes([
            'actionplan fmt                               format every plan under the current folder',
            'actionplan fmt --check                       list the unformatted files (CI)',
            'actionplan fmt --stdin --stdin-filename teams/a.plan < teams/a.plan',
        ], [
            '0  every file is (now) formatted',
            '1  --check found unformatted files, or a file has syntax errors (left as it is)',
            '2  usage, config or I/O error, or a path that finds no plan file',
        ]))
        .action(async (paths: string[], options: { check?: boolean; errorOnUnmatchedPattern?: boolean; stdin?: boolean; stdinFilename?: string }) => {
            stdinUsage(paths, options);
            const stdin = options.stdin ? await readStdinPlan(options.stdinFilename, cwd) : undefined;
            setExitCode(await runFmt(paths, { ...options, stdin }, cwd));
        });

    program.command('schema')
        .description('print the JSON Schema of the resolved model or of the config file')
        .addArgument(program.createArgument('[kind]', 'which schema').choices(SCHEMA_KINDS).default('model'))
        .addHelpText('after', examplesAndExitCodes(['actionplan schema config > actionplan.config.schema.json'], ['0  printed', '2  usage error']))
        .action((kind: (typeof SCHEMA_KINDS)[number]) => runSchema(kind));

    program.command('lsp')
        .description('run the language server, for any LSP editor')
        .option('--stdio', 'talk over stdin/stdout (the default)')
        .option('--node-ipc', 'talk over Node IPC')
        .action(async () => {
            const { startServer } = await import('../server/main.js');
            startServer();
        });

    return program;
}

export async function main(argv: string[]): Promise<void> {
    const debug = argv.includes('--debug');
    // A reader that stops early (`check | head`) is not an error of ours.
    process.stdout.on('error', error => {
        if ((error as NodeJS.ErrnoException).code === 'EPIPE') process.exit(process.exitCode ?? 0);
        throw error;
    });
    let cwd: string;
    try {
        cwd = process.cwd();
    } catch {
        warnLine('the current folder no longer exists');
        process.exitCode = EXIT.failure;
        return;
    }
    const program = createProgram(cwd, code => { process.exitCode = code; });
    try {
        await program.parseAsync(argv);
    } catch (error) {
        if (error instanceof CommanderError) {
            const informational = error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help';
            process.exitCode = informational ? EXIT.clean : EXIT.failure;
            return;
        }
        if (error instanceof CliError) {
            warnLine(error.message);
            process.exitCode = error.exitCode;
            return;
        }
        warnLine(`internal error: ${(error as Error)?.message ?? String(error)}${debug ? '' : ' (run with --debug for details)'}`);
        if (debug) process.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
        process.exitCode = EXIT.failure;
    }
}

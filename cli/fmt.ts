/**
 * `actionplan fmt [PATH…] [--check]`: format plan files in place, or, with
 * `--check`, list (on stdout, one relative path a line) the files that are not
 * formatted, writing nothing.
 *
 * Only files whose text changes are written; a file keeps its line endings and
 * its byte order mark (or its lack of one). A file with syntax errors is never
 * formatted: one line on stderr (`path:line: cannot format: the file has syntax
 * errors`), the file left as it is, and exit 1, as for any plan with errors.
 *
 * Exit codes: 0 every file is (now) formatted; 1 `--check` found unformatted
 * files, or a file has syntax errors; 2 a file could not be read or written,
 * or a config is invalid (one line each, naming the file; the other files are
 * still formatted, a config's defaults are used, as for `check`).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ioReason } from '../language/io.js';
import { formatText } from '../language/formatter/index.js';
import { formatConfigProblem } from './config-problems.js';
import { EXIT } from './errors.js';
import { discoverPlanFiles, isProblem, readPlanFile, unmatchedMessage, workspaceRootOf, type FileProblem, type PlanSource } from './files.js';
import { forTerminal } from './formats/text-safety.js';
import { replaceFile, warnLine } from './output.js';
import { displayPath } from './report.js';
import { createServices } from './workspace.js';

export interface FmtOptions {
    /** List unformatted files and exit 1; write nothing. */
    check?: boolean;
    /** false: a path that finds no plan file is not an error (`--no-error-on-unmatched-pattern`). */
    errorOnUnmatchedPattern?: boolean;
    /** Format the plan read from stdin (`--stdin`) and print it on stdout; nothing is written. */
    stdin?: PlanSource & { bom: boolean };
}

export async function runFmt(paths: string[], options: FmtOptions, cwd: string): Promise<number> {
    if (options.stdin) return formatStdin(options.stdin, options, cwd);
    const given = paths.length ? paths : ['.'];
    const absolute = given.map(p => path.resolve(cwd, p));
    const roots = [cwd, ...absolute.filter(p => path.relative(cwd, p).startsWith('..'))];
    const services = createServices({ cwd }, roots);
    const found = discoverPlanFiles(given, cwd, services.config.ConfigProvider);
    const problems: FileProblem[] = found.problems;
    const files = found.files;
    const report = (file: string, message: string) => warnLine(forTerminal(`${displayPath(file, cwd)}${message}`));
    for (const link of new Set(found.skippedLinks)) report(link, ': a symbolic link that leads out of the workspace; not followed');
    const missing = options.errorOnUnmatchedPattern === false ? [] : found.unmatched;
    for (const unmatched of missing) warnLine(unmatchedMessage(unmatched));
    if (missing.length && files.length === 0) return EXIT.failure;
    const configProblems = services.config.ConfigProvider.problems;
    for (const problem of configProblems) warnLine(formatConfigProblem(problem, cwd));
    for (const problem of problems) report(problem.file, `: ${problem.message}`);

    let failed = configProblems.length > 0 || problems.length > 0 || missing.length > 0;
    let unformatted = false;
    let broken = false;
    let unformattedCount = 0;
    const written: string[] = [];
    for (const file of files) {
        const source = readPlanFile(file);
        if (isProblem(source)) {
            report(file, `: ${source.message}`);
            failed = true;
            continue;
        }
        const result = formatText(source.text, services);
        if (!result.ok) {
            report(file, `:${result.line}: cannot format: ${result.reason}`);
            broken = true;
        } else if (result.changed && options.check) {
            process.stdout.write(`${forTerminal(displayPath(file, cwd))}\n`);
            unformatted = true;
            unformattedCount++;
        } else if (result.changed) {
            try {
                replaceFile(file, startsWithBom(file) ? `\ufeff${result.text}` : result.text, absolute.includes(file));
            } catch (error) {
                report(file, `: cannot write the file: ${ioReason(error)}`);
                failed = true;
                continue;
            }
            written.push(file);
            process.stdout.write(`Formatted ${forTerminal(displayPath(file, cwd))}\n`);
        }
    }
    const of = `${files.length} file${files.length === 1 ? '' : 's'}`;
    if (options.check && unformattedCount) {
        // On stderr: stdout stays the list of files, one a line.
        warnLine(`${unformattedCount} of ${of} not formatted. Run \`${fixCommand(paths)}\` to format ${unformattedCount === 1 ? 'it' : 'them'}.`);
    } else if (!options.check) {
        process.stdout.write(`Formatted ${written.length} of ${of}.\n`);
    }
    if (failed) return EXIT.failure;
    return unformatted || broken ? EXIT.problems : EXIT.clean;
}

/** `fmt --stdin`: the formatted text on stdout; with syntax errors, the text as it came (never lost) and exit 1. */
function formatStdin(source: PlanSource & { bom: boolean }, options: FmtOptions, cwd: string): number {
    const services = createServices({ cwd }, [workspaceRootOf(path.dirname(source.file))]);
    const result = formatText(source.text, services);
    const shown = forTerminal(displayPath(source.file, cwd));
    if (!result.ok) {
        if (!options.check) process.stdout.write(`${source.bom ? '\ufeff' : ''}${source.text}`);
        warnLine(`${shown}:${result.line}: cannot format: ${result.reason}`);
        return EXIT.problems;
    }
    if (options.check) {
        if (!result.changed) return EXIT.clean;
        process.stdout.write(`${shown}\n`);
        return EXIT.problems;
    }
    process.stdout.write(`${source.bom ? '\ufeff' : ''}${result.text}`);
    return EXIT.clean;
}

/** The command that formats what `fmt --check` was given. */
function fixCommand(paths: string[]): string {
    const quoted = paths.map(p => (/^[\w./@%+=:,-]+$/.test(p) ? p : `'${p.replace(/'/g, `'\\''`)}'`));
    return forTerminal(['actionplan fmt', ...quoted].join(' '));
}

/** The file (read as UTF-8 by readPlanFile, which drops a BOM) starts with a byte order mark. */
function startsWithBom(file: string): boolean {
    const head = Buffer.alloc(3);
    const fd = fs.openSync(file, 'r');
    try {
        return fs.readSync(fd, head, 0, 3, 0) === 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
    } finally {
        fs.closeSync(fd);
    }
}

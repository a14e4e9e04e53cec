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
import { findPlanFiles, isProblem, readPlanFile, type FileProblem } from './files.js';
import { forTerminal } from './formats/text-safety.js';
import { warnLine } from './output.js';
import { displayPath } from './report.js';
import { createServices } from './workspace.js';

export interface FmtOptions {
    /** List unformatted files and exit 1; write nothing. */
    check?: boolean;
}

export async function runFmt(paths: string[], options: FmtOptions, cwd: string): Promise<number> {
    const absolute = (paths.length ? paths : ['.']).map(p => path.resolve(cwd, p));
    const roots = [cwd, ...absolute.filter(p => path.relative(cwd, p).startsWith('..'))];
    const services = createServices({ cwd }, roots);
    const problems: FileProblem[] = [];
    const files = findPlanFiles(absolute, services.config.ConfigProvider, problems);
    const report = (file: string, message: string) => warnLine(forTerminal(`${displayPath(file, cwd)}${message}`));
    const configProblems = services.config.ConfigProvider.problems;
    for (const problem of configProblems) warnLine(formatConfigProblem(problem, cwd));
    for (const problem of problems) report(problem.file, `: ${problem.message}`);

    let failed = configProblems.length > 0 || problems.length > 0;
    let unformatted = false;
    let broken = false;
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
        } else if (result.changed) {
            try {
                fs.writeFileSync(file, startsWithBom(file) ? `\ufeff${result.text}` : result.text);
            } catch (error) {
                report(file, `: cannot write the file: ${ioReason(error)}`);
                failed = true;
            }
        }
    }
    if (failed) return EXIT.failure;
    return unformatted || broken ? EXIT.problems : EXIT.clean;
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

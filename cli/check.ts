/** `actionplan check [PATH…]`: parse, link and validate; print the diagnostics. */
import { today } from '../language/dates.js';
import { formatConfigProblem } from './config-problems.js';
import { EXIT } from './errors.js';
import { formatGithub } from './formats/github.js';
import { formatJson } from './formats/json.js';
import { formatJunit } from './formats/junit.js';
import { formatSarif } from './formats/sarif.js';
import { formatStylish } from './formats/stylish.js';
import { writeOutput, warnLine } from './output.js';
import { progressBar } from './progress.js';
import { buildReport, displayPath } from './report.js';
import { loadWorkspace } from './workspace.js';

export const CHECK_FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

export interface CheckOptions {
    format?: CheckFormat;
    asOf?: string;
    config?: string;
    maxWarnings?: number;
    quiet?: boolean;
    output?: string;
}

export async function runCheck(paths: string[], options: CheckOptions, cwd: string, version: string): Promise<number> {
    const progress = progressBar('Checking');
    const workspace = await loadWorkspace(paths, {
        cwd, configFile: options.config, asOf: options.asOf, onProgress: progress && ((done, total) => progress.update(done, total)),
    });
    progress?.stop();
    for (const problem of workspace.configProblems) warnLine(formatConfigProblem(problem, cwd));
    for (const problem of workspace.fileProblems) warnLine(`${displayPath(problem.file, cwd)}: ${problem.message}`);

    const first = workspace.documents[0]?.uri.fsPath;
    const asOf = options.asOf ?? workspace.services.config.ConfigProvider.forFile(first ?? `${cwd}/x.plan`).asOf ?? today();
    const report = buildReport(workspace.documents, cwd, asOf, options.quiet ?? false);
    const format = options.format ?? 'stylish';
    const fileNames = workspace.documents.map(d => displayPath(d.uri.fsPath, cwd));
    const text = {
        stylish: () => formatStylish(report, !options.output && colorWanted()),
        json: () => formatJson(report),
        sarif: () => formatSarif(report, cwd, version),
        github: () => formatGithub(report),
        junit: () => formatJunit(report, fileNames),
    }[format]();
    writeOutput(text, options.output, cwd);

    if (workspace.configProblems.length || workspace.fileProblems.length) return EXIT.failure;
    const tooManyWarnings = options.maxWarnings !== undefined && report.summary.warnings > options.maxWarnings;
    if (tooManyWarnings) warnLine(`${report.summary.warnings} warnings, more than --max-warnings ${options.maxWarnings}.`);
    return report.summary.errors > 0 || tooManyWarnings ? EXIT.problems : EXIT.clean;
}

function colorWanted(): boolean {
    if ('NO_COLOR' in process.env) return false;
    if ('FORCE_COLOR' in process.env) return process.env.FORCE_COLOR !== '0';
    return process.stdout.isTTY === true;
}

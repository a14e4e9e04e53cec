/**
 * The end of `check`: the report in the chosen format, to stdout or `-o`, and
 * the exit code. Shared by the full check and by the cached answer of
 * cli/cache-hit.ts, so both print and exit alike; SARIF, which describes
 * every rule, is the full check's alone.
 */
import * as path from 'node:path';
import { EXIT } from './errors.js';
import { formatGithub } from './formats/github.js';
import { formatJson } from './formats/json.js';
import { formatJunit } from './formats/junit.js';
import { formatStylish } from './formats/stylish.js';
import { warnLine, writeOutput } from './output.js';
import { rebaseReport, type CheckReport } from './report.js';

export const LIGHT_FORMATS = ['stylish', 'json', 'github', 'junit'] as const;
export type LightFormat = (typeof LIGHT_FORMATS)[number];

export interface EmitOptions {
    format: string;
    output?: string;
    maxWarnings?: number;
    /** `--path-base`: the folder the printed paths are relative to (default: the current folder). */
    pathBase?: string;
}

/** Print the report; `sarif` renders it when the format is not a light one. Returns the exit code for the plans' problems. */
export function emitReport(report: CheckReport, fileNames: string[], options: EmitOptions, cwd: string,
    sarif?: (report: CheckReport, base: string) => string): number {
    const base = options.pathBase === undefined ? cwd : path.resolve(cwd, options.pathBase);
    ({ report, fileNames } = base === cwd ? { report, fileNames } : rebaseReport(report, fileNames, cwd, base));
    const light: Record<LightFormat, () => string> = {
        stylish: () => formatStylish(report, !options.output && colorWanted()),
        json: () => formatJson(report),
        github: () => formatGithub(report),
        junit: () => formatJunit(report, fileNames),
    };
    const render = (light as Record<string, (() => string) | undefined>)[options.format] ?? (sarif && (() => sarif(report, base)));
    if (!render) throw new Error(`no renderer for the format ${options.format}`);
    writeOutput(render(), options.output, cwd);
    const tooManyWarnings = options.maxWarnings !== undefined && report.summary.warnings > options.maxWarnings;
    if (tooManyWarnings) warnLine(`${report.summary.warnings} warnings, more than --max-warnings ${options.maxWarnings}.`);
    return report.summary.errors > 0 || tooManyWarnings ? EXIT.problems : EXIT.clean;
}

function colorWanted(): boolean {
    if ('NO_COLOR' in process.env) return false;
    if ('FORCE_COLOR' in process.env) return process.env.FORCE_COLOR !== '0';
    return process.stdout.isTTY === true;
}

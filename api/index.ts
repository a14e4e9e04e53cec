/**
 * The Node API of the `actionplan` package: `require('actionplan')` or
 * `import … from 'actionplan'`. Each function is a command of the CLI that
 * returns its result instead of printing it, through the very code the CLI
 * runs (cli/check.ts, cli/render.ts): `check()` resolves to the object that
 * `actionplan check --format json` prints, `render()` to what `actionplan
 * render` writes. Nothing is printed and nothing is written.
 *
 * The published types are api/actionplan.d.ts (self-contained: no types of
 * the bundled libraries); test/package/api-types.test.ts holds it to these.
 */
import * as path from 'node:path';
import { dateProblem } from '../language/dates.js';
import type { ActionPlanModel } from '../language/model/schema.js';
import { checkPaths } from '../cli/check.js';
import { modelOfPaths, RENDER_FORMATS, renderModel, type RenderFormat } from '../cli/render.js';
import type { CheckReport } from '../cli/report.js';

declare const __VERSION__: string;

/** The version of the package. */
export const version: string = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

export interface CheckOptions {
    /** The folder that relative paths, config lookup and the report's file names start from (default: `process.cwd()`). */
    cwd?: string;
    /** The date for checks about the present, `YYYY-MM-DD` (default: the config's `asOf`, else today). */
    asOf?: string;
    /** A config file to use for every plan, instead of the nearest `actionplan.config.json`. */
    config?: string;
    /** Report errors only. */
    quiet?: boolean;
}

export interface RenderOptions {
    /** `html` (the default) and `md` resolve to the document's text; `json` to the resolved model. */
    format?: RenderFormat;
    cwd?: string;
    asOf?: string;
    config?: string;
}

/** A config or a plan file could not be used (the CLI's exit code 2); `problems` has one `file: reason` line each. */
export class ActionPlanError extends Error {
    readonly problems: string[];

    constructor(problems: string[]) {
        super(`${problems.length === 1 ? 'a problem' : `${problems.length} problems`} with the workspace:\n${problems.map(p => `  ${p}`).join('\n')}`);
        this.name = 'ActionPlanError';
        this.problems = problems;
    }
}

/** Parse, link and validate the plans under `paths` (default: the `cwd` folder). */
export async function check(paths: string | readonly string[] = [], options: CheckOptions = {}): Promise<CheckReport> {
    const { cwd, asOf, config } = settle(options);
    const run = await checkPaths(list(paths), { asOf, config, quiet: options.quiet === true }, cwd, version);
    // As the CLI: a path that finds no plan file, or a config or plan file that cannot be used, fails the check.
    const problems = [...(run.unmatched ?? []), ...run.problems];
    if (problems.length) throw new ActionPlanError(problems);
    return run.report;
}

/** The Action Plan document of the plans under `paths` as HTML or Markdown, or their resolved model (`format: 'json'`). */
export async function render(paths: string | readonly string[], options: RenderOptions & { format: 'json' }): Promise<ActionPlanModel>;
export async function render(paths?: string | readonly string[], options?: RenderOptions & { format?: 'html' | 'md' | 'ics' }): Promise<string>;
export async function render(paths: string | readonly string[] = [], options: RenderOptions = {}): Promise<string | ActionPlanModel> {
    const format = options.format ?? 'html';
    if (!(RENDER_FORMATS as readonly string[]).includes(format)) {
        throw new TypeError(`format: '${String(format)}' is not one of ${RENDER_FORMATS.join(', ')}`);
    }
    const { cwd, asOf, config } = settle(options);
    const { model, problems } = await modelOfPaths(list(paths), { asOf, config }, cwd);
    if (problems.length) throw new ActionPlanError(problems);
    return format === 'json' ? model : renderModel(model, format);
}

function list(paths: string | readonly string[]): string[] {
    const all = typeof paths === 'string' ? [paths] : [...paths];
    for (const p of all) if (typeof p !== 'string') throw new TypeError(`paths: ${String(p)} is not a string`);
    return all;
}

function settle(options: { cwd?: string; asOf?: string; config?: string }): { cwd: string; asOf?: string; config?: string } {
    if (options.asOf !== undefined) {
        const problem = typeof options.asOf === 'string' ? dateProblem(options.asOf) : 'not a string';
        if (problem) throw new TypeError(`asOf: ${problem}`);
    }
    if (options.cwd !== undefined && typeof options.cwd !== 'string') throw new TypeError('cwd: not a string');
    if (options.config !== undefined && typeof options.config !== 'string') throw new TypeError('config: not a string');
    return { cwd: path.resolve(options.cwd ?? process.cwd()), asOf: options.asOf, config: options.config };
}

export type { ActionPlanModel, CheckReport, RenderFormat };
export type { FileDiagnostic } from '../cli/report.js';

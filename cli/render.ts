/** `actionplan render [PATH…] --format html|md|json|ics [-o FILE]`: the Action Plan document, the resolved model as JSON, or the plan's dated promises as an iCalendar file. */
import { renderHtml } from '../language/model/render/html.js';
import { renderIcs } from '../language/model/render/ics.js';
import { renderMarkdown } from '../language/model/render/markdown.js';
import type { ActionPlanModel } from '../language/model/schema.js';
import { formatConfigProblem } from './config-problems.js';
import { EXIT } from './errors.js';
import { modelOf } from './model.js';
import { warnLine, writeOutput } from './output.js';
import { displayPath } from './report.js';
import { loadWorkspace } from './workspace.js';
import { unmatchedMessage } from './files.js';

/** The formats of `render`; the first is the default. */
export const RENDER_FORMATS = ['html', 'md', 'json', 'ics'] as const;
export type RenderFormat = (typeof RENDER_FORMATS)[number];
export const DEFAULT_RENDER_FORMAT: RenderFormat = RENDER_FORMATS[0];

export interface RenderOptions {
    format?: RenderFormat;
    asOf?: string;
    config?: string;
    output?: string;
    /** false: a path that finds no plan file is not an error (`--no-error-on-unmatched-pattern`). */
    errorOnUnmatchedPattern?: boolean;
}

const RENDERERS: Record<RenderFormat, (model: ActionPlanModel) => string> = {
    // A saved file: no source links, its own Content-Security-Policy lets nothing load or run.
    html: model => renderHtml(model),
    md: model => renderMarkdown(model),
    json: model => JSON.stringify(model, null, 2) + '\n',
    ics: model => renderIcs(model),
};

export async function runRender(paths: string[], options: RenderOptions, cwd: string): Promise<number> {
    const { model, problems, unmatched, warnings } = await modelOfPaths(paths, options, cwd);
    for (const warning of warnings ?? []) warnLine(warning);
    const missing = options.errorOnUnmatchedPattern === false ? [] : unmatched ?? [];
    for (const line of missing) warnLine(line);
    if (missing.length && model.files.length === 0) return EXIT.failure; // nothing found: no document
    for (const problem of problems) warnLine(problem);
    writeOutput(renderModel(model, options.format ?? DEFAULT_RENDER_FORMAT), options.output, cwd);
    return problems.length || missing.length ? EXIT.failure : EXIT.clean;
}

/** The document in one of the formats of `render`. */
export function renderModel(model: ActionPlanModel, format: RenderFormat): string {
    return RENDERERS[format](model);
}

/**
 * The resolved model of the plans under `paths`, shared by `actionplan render` and the Node API; `problems` are the
 * configs and plan files that could not be used, one line each (file: reason).
 */
export async function modelOfPaths(paths: string[], options: Pick<RenderOptions, 'asOf' | 'config'>, cwd: string):
    Promise<{ model: ActionPlanModel; problems: string[]; unmatched?: string[]; warnings?: string[] }> {
    // A named file renders the workspace it belongs to (docs/cli.md): a team's file alone is not a document.
    const workspace = await loadWorkspace(paths, { cwd, configFile: options.config, asOf: options.asOf, withWorkspace: true });
    const problems = [
        ...workspace.configProblems.map(problem => formatConfigProblem(problem, cwd)),
        ...workspace.fileProblems.map(problem => `${displayPath(problem.file, cwd)}: ${problem.message}`),
    ];
    return {
        model: modelOf(workspace.services, workspace.documents, cwd, options.asOf), problems,
        unmatched: workspace.unmatched.map(unmatchedMessage),
        warnings: workspace.skippedLinks.map(link => `${displayPath(link, cwd)}: a symbolic link that leads out of the workspace; not followed`),
    };
}

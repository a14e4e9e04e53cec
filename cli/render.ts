/** `actionplan render [PATH…] --format html|md|json [-o FILE]`: the Action Plan document, or the resolved model as JSON. */
import { formatConfigProblem } from './config-problems.js';
import { EXIT } from './errors.js';
import { modelOf } from './model.js';
import { warnLine, writeOutput } from './output.js';
import { displayPath } from './report.js';
import { loadWorkspace } from './workspace.js';

export const RENDER_FORMATS = ['json'] as const;
export type RenderFormat = (typeof RENDER_FORMATS)[number];

export interface RenderOptions {
    format: RenderFormat;
    asOf?: string;
    config?: string;
    output?: string;
}

export async function runRender(paths: string[], options: RenderOptions, cwd: string): Promise<number> {
    const workspace = await loadWorkspace(paths, { cwd, configFile: options.config, asOf: options.asOf });
    for (const problem of workspace.configProblems) warnLine(formatConfigProblem(problem, cwd));
    for (const problem of workspace.fileProblems) warnLine(`${displayPath(problem.file, cwd)}: ${problem.message}`);
    const model = modelOf(workspace.services, workspace.documents, cwd, options.asOf);
    const text = { json: () => JSON.stringify(model, null, 2) + '\n' }[options.format]();
    writeOutput(text, options.output, cwd);
    return workspace.configProblems.length || workspace.fileProblems.length ? EXIT.failure : EXIT.clean;
}

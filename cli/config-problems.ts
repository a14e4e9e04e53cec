import type { ConfigProblem } from '../language/config/parse.js';
import { displayPath } from './report.js';

/** `path:line: field: reason` — the file, the field and the reason, on one line. */
export function formatConfigProblem(problem: ConfigProblem, cwd: string): string {
    const where = `${displayPath(problem.file, cwd)}${problem.line ? `:${problem.line}` : ''}`;
    const field = problem.field ? `${problem.field}: ` : '';
    return `${where}: ${field}${problem.message} (the defaults are used)`;
}

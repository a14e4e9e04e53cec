import { createColors } from 'picocolors';
import type { CheckReport } from '../report.js';
import { forTerminal } from './text-safety.js';

/** Problems grouped by file, one line each, then a summary line. */
export function formatStylish(report: CheckReport, useColor: boolean): string {
    const c = createColors(useColor);
    const paint = { error: c.red, warning: c.yellow, info: c.blue, hint: c.dim };
    const lines: string[] = [];
    const byFile = new Map<string, CheckReport['diagnostics']>();
    for (const d of report.diagnostics) {
        const list = byFile.get(d.file);
        if (list) list.push(d); // not a copy per diagnostic: 100,000 diagnostics in one file took minutes
        else byFile.set(d.file, [d]);
    }
    for (const [file, diagnostics] of byFile) {
        lines.push(c.underline(forTerminal(file)));
        const position = (d: CheckReport['diagnostics'][number]) => `${d.line}:${d.column}`;
        const width = diagnostics.reduce((max, d) => Math.max(max, position(d).length), 0);
        for (const d of diagnostics) {
            lines.push(`  ${c.dim(position(d).padEnd(width))}  ${paint[d.severity](d.severity.padEnd(7))}  ${forTerminal(d.message)}  ${c.dim(forTerminal(d.rule))}`);
        }
        lines.push('');
    }
    const { errors, warnings, infos, hints } = report.summary;
    const total = errors + warnings + infos + hints;
    const files = `${report.files} ${report.files === 1 ? 'file' : 'files'} checked, as of ${report.asOf}`;
    if (total === 0) {
        lines.push(c.green(`\u2714 No problems (${files}).`));
    } else {
        const summary = `\u2716 ${total} ${total === 1 ? 'problem' : 'problems'} (${errors} ${errors === 1 ? 'error' : 'errors'}, `
            + `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}, ${infos} info, ${hints} ${hints === 1 ? 'hint' : 'hints'}) in ${files}.`;
        lines.push((errors ? c.red : warnings ? c.yellow : c.blue)(c.bold(summary)));
    }
    return lines.join('\n') + '\n';
}

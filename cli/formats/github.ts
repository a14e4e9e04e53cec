import type { CheckReport } from '../report.js';
import { forLogKeepingBreaks } from './text-safety.js';

/**
 * GitHub Actions workflow commands, one per problem. Messages and properties
 * are encoded as the runner expects, so plan text cannot end the command
 * early or start a second one; terminal controls (ESC, BEL, C1) and bidi
 * controls are written as their code (\u001b), so none reaches the log.
 */
export function formatGithub(report: CheckReport): string {
    const command = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' } as const;
    return report.diagnostics.map(d => {
        const properties = [
            `file=${property(d.file)}`, `line=${d.line}`, `col=${d.column}`, `endLine=${d.endLine}`, `endColumn=${d.endColumn}`, `title=${property(d.rule)}`,
        ].join(',');
        return `::${command[d.severity]} ${properties}::${data(d.message)}\n`;
    }).join('');
}

function data(text: string): string {
    return forLogKeepingBreaks(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function property(text: string): string {
    return data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

import type { CheckReport } from '../report.js';
import { forJsonLog } from './text-safety.js';

export function formatJson(report: CheckReport): string {
    return forJsonLog(JSON.stringify(report, null, 2)) + '\n';
}

import type { CheckReport } from '../report.js';
import { forXml } from './text-safety.js';

/**
 * JUnit XML: a test suite per plan file, a failing test case per error or
 * warning (infos and hints are listed as passing cases with system-out),
 * and one passing case for a file without problems.
 */
export function formatJunit(report: CheckReport, fileNames: string[]): string {
    const byFile = new Map<string, CheckReport['diagnostics']>(fileNames.map(f => [f, []]));
    for (const d of report.diagnostics) {
        const list = byFile.get(d.file);
        if (list) list.push(d);
        else byFile.set(d.file, [d]);
    }
    const failing = (d: CheckReport['diagnostics'][number]) => d.severity === 'error' || d.severity === 'warning';
    const totalTests = [...byFile.values()].reduce((sum, list) => sum + Math.max(1, list.length), 0);
    const totalFailures = report.diagnostics.filter(failing).length;
    const out = ['<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="actionplan" tests="${totalTests}" failures="${totalFailures}" errors="0">`];
    for (const [file, diagnostics] of [...byFile].sort(([a], [b]) => (a < b ? -1 : 1))) {
        const failures = diagnostics.filter(failing).length;
        out.push(`  <testsuite name="${forXml(file)}" tests="${Math.max(1, diagnostics.length)}" failures="${failures}" errors="0">`);
        if (diagnostics.length === 0) out.push(`    <testcase name="${forXml(file)}" classname="${forXml(file)}"/>`);
        for (const d of diagnostics) {
            const name = forXml(`${d.rule} ${d.line}:${d.column}`);
            const where = `${d.file}:${d.line}:${d.column}`;
            if (failing(d)) {
                out.push(`    <testcase name="${name}" classname="${forXml(file)}">`,
                    `      <failure type="${forXml(d.rule)}" message="${forXml(d.message)}">${forXml(`${d.severity} at ${where}: ${d.message}`)}</failure>`,
                    '    </testcase>');
            } else {
                out.push(`    <testcase name="${name}" classname="${forXml(file)}">`,
                    `      <system-out>${forXml(`${d.severity} at ${where}: ${d.message}`)}</system-out>`,
                    '    </testcase>');
            }
        }
        out.push('  </testsuite>');
    }
    out.push('</testsuites>');
    return out.join('\n') + '\n';
}

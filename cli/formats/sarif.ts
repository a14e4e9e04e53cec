import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { docsUrl, INTERNAL_ERROR, RULES } from '../../language/rules/index.js';
import type { CheckReport } from '../report.js';
import { forJsonLog } from './text-safety.js';

const LEVEL: Record<string, Sarif.ReportingConfiguration.level> = { error: 'error', warning: 'warning', info: 'note', hint: 'note', off: 'none' };

/**
 * SARIF 2.1.0, one `rule` per rule id with its help and docs link, for GitHub code scanning. `base` is
 * the folder the report's paths are relative to: it becomes SRCROOT, the base of every result's `uri`.
 * Code scanning reads a relative `uri` from the repository root, so `check --path-base` gives the root.
 */
export function formatSarif(report: CheckReport, base: string, version: string): string {
    const descriptors: Sarif.ReportingDescriptor[] = [
        ...RULES.map(rule => ({
            id: rule.meta.id,
            name: rule.meta.id.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase()),
            shortDescription: { text: rule.meta.description },
            fullDescription: { text: `${rule.meta.description}${rule.meta.guide !== '-' ? ` (guide: ${rule.meta.guide})` : ''}` },
            helpUri: docsUrl(rule.meta.id),
            help: {
                text: `${rule.meta.description} See ${docsUrl(rule.meta.id)}`,
                markdown: `${rule.meta.description} [Rule page](${docsUrl(rule.meta.id)})`,
            },
            defaultConfiguration: { level: LEVEL[rule.meta.defaultSeverity], enabled: rule.meta.defaultSeverity !== 'off' },
            properties: { structural: rule.meta.structural, guide: rule.meta.guide, fixable: rule.meta.fixable },
        })),
        {
            id: INTERNAL_ERROR,
            name: 'InternalError',
            shortDescription: { text: 'A rule failed while checking this file.' },
            fullDescription: { text: 'A rule failed while checking this file; the other rules still ran. Please report it.' },
            helpUri: docsUrl(INTERNAL_ERROR),
            help: { text: `A rule failed while checking this file; the other rules still ran. See ${docsUrl(INTERNAL_ERROR)}`, markdown: `A rule failed while checking this file; the other rules still ran. [Rule page](${docsUrl(INTERNAL_ERROR)})` },
            defaultConfiguration: { level: 'error' },
        },
    ];
    const index = new Map(descriptors.map((d, i) => [d.id, i]));
    const log: Sarif.Log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
            tool: {
                driver: {
                    name: 'actionplan',
                    version,
                    informationUri: 'https://github.com/action-plans/actionplan',
                    rules: descriptors,
                },
            },
            originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(base.endsWith('/') ? base : `${base}/`).href } },
            columnKind: 'utf16CodeUnits',
            results: report.diagnostics.map(d => ({
                ruleId: d.rule,
                ruleIndex: index.get(d.rule),
                level: LEVEL[d.severity],
                message: { text: d.message },
                locations: [{
                    physicalLocation: {
                        artifactLocation: { uri: d.file.split('/').map(uriSegment).join('/'), uriBaseId: 'SRCROOT' },
                        region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
                    },
                }],
            })),
        }],
    };
    return forJsonLog(JSON.stringify(log, null, 2)) + '\n';
}

/** A path segment, percent-encoded; a lone surrogate (which encodeURIComponent throws on) becomes U+FFFD first. */
function uriSegment(segment: string): string {
    return encodeURIComponent(segment.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd'));
}

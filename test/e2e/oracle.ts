/**
 * What the editor should show, from outside the editor: the CLI's
 * `check --format json` on the same copies (the same language core, run as a
 * separate program), and the rule ids samples/needs-work/README.md says fire.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { E2EError, type Problem } from './harness.js';

interface CheckJson {
    diagnostics: Array<{ file: string; line: number; column: number; severity: string; rule: string; message: string }>;
    summary: { errors: number; warnings: number; infos: number; hints: number };
}

export interface Expected {
    problems: Problem[];
    errors: number;
    warnings: number;
}

/** `actionplan check --format json` on workspace folders, run in the workspace's root. */
export function checkWithCli(cli: string, root: string, folders: string[]): Expected {
    const result = spawnSync(process.execPath, [cli, 'check', '--format', 'json', ...folders], { cwd: root, encoding: 'utf8' });
    if (result.status !== 0 && result.status !== 1) {
        throw new E2EError(`the CLI oracle failed (exit ${result.status}): ${result.stderr}`);
    }
    const json = JSON.parse(result.stdout) as CheckJson;
    return {
        problems: json.diagnostics.map(d => ({ file: d.file, line: d.line, column: d.column, severity: d.severity, rule: d.rule, message: d.message })),
        errors: json.summary.errors,
        warnings: json.summary.warnings,
    };
}

/** The rule ids of the table in samples/needs-work/README.md: each fires in that sample. */
export function readmeRuleIds(repo: string): string[] {
    const readme = fs.readFileSync(path.join(repo, 'samples', 'needs-work', 'README.md'), 'utf8');
    const ids = [...readme.matchAll(/^\| `([a-z-]+)` \|/gm)].map(m => m[1]);
    if (ids.length < 10) throw new E2EError(`samples/needs-work/README.md lists only ${ids.length} rule ids`);
    return ids;
}

export function problemKey(p: Problem): string {
    return `${p.file}:${p.line}:${p.column} ${p.severity} ${p.rule}: ${p.message}`;
}

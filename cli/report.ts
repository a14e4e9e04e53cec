/**
 * The result of a check, in the shape `--format json` prints; every other
 * format is drawn from it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Severity } from '../language/rules/rule.js';

export interface FileDiagnostic {
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    severity: Severity;
    rule: string;
    message: string;
}

export interface CheckReport {
    schemaVersion: 1;
    asOf: string;
    files: number;
    diagnostics: FileDiagnostic[];
    summary: { errors: number; warnings: number; infos: number; hints: number };
}

const SEVERITY_NAMES: Record<number, Severity> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

/** A path relative to the current folder, with `/` separators. */
export function displayPath(file: string, cwd: string): string {
    return path.relative(cwd, file).split(path.sep).join('/') || path.basename(file);
}

/**
 * The report with its paths relative to `base` instead of `cwd` (`check --path-base`): GitHub reads
 * annotation and SARIF paths from the repository root, wherever the job runs. Both folders are taken
 * through their real paths, so a base reached through a symbolic link still lines up with the current
 * folder (which the system gives as a real path).
 */
export function rebaseReport(report: CheckReport, fileNames: string[], cwd: string, base: string): { report: CheckReport; fileNames: string[] } {
    const real = (folder: string) => {
        try {
            return fs.realpathSync(folder);
        } catch {
            return path.resolve(folder);
        }
    };
    const prefix = path.relative(real(base), real(cwd)).split(path.sep).join('/');
    if (prefix === '') return { report, fileNames };
    const move = (file: string) => (path.isAbsolute(file) ? file : path.posix.normalize(`${prefix}/${file}`));
    return {
        report: { ...report, diagnostics: report.diagnostics.map(d => ({ ...d, file: move(d.file) })) },
        fileNames: fileNames.map(move),
    };
}

export function toFileDiagnostic(file: string, diagnostic: Diagnostic): FileDiagnostic {
    return {
        file,
        line: diagnostic.range.start.line + 1,
        column: diagnostic.range.start.character + 1,
        endLine: diagnostic.range.end.line + 1,
        endColumn: diagnostic.range.end.character + 1,
        severity: SEVERITY_NAMES[diagnostic.severity ?? 1],
        rule: String(diagnostic.code),
        message: diagnostic.message,
    };
}

export function buildReport(documents: LangiumDocument[], cwd: string, asOf: string, quiet: boolean): CheckReport {
    const diagnostics = documents
        .map(document => ({ file: displayPath(document.uri.fsPath, cwd), list: document.diagnostics ?? [] }))
        .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
        .flatMap(({ file, list }) => list.map(d => toFileDiagnostic(file, d)))
        .filter(d => !quiet || d.severity === 'error');
    const count = (severity: Severity) => diagnostics.filter(d => d.severity === severity).length;
    return {
        schemaVersion: 1,
        asOf,
        files: documents.length,
        diagnostics,
        summary: { errors: count('error'), warnings: count('warning'), infos: count('info'), hints: count('hint') },
    };
}

/**
 * Build an in-memory workspace of plan files and read back what the checker
 * says: the base of the language and rule tests.
 */
import * as path from 'node:path';
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createActionPlanCoreServices, type ActionPlanCoreServices } from '../../language/action-plan-module.js';
import type { DiagnosticData } from '../../language/validation/document-validator.js';

export const ROOT = '/workspace';

export interface TestWorkspace {
    services: ActionPlanCoreServices;
    documents: Map<string, LangiumDocument>;
    /** Diagnostics of one file (by its workspace-relative path), or of all files. */
    diagnostics(file?: string): Diagnostic[];
}

export interface WorkspaceOptions {
    asOf?: string;
    /** Config files by workspace-relative path, e.g. `{ 'actionplan.config.json': '{…}' }`. */
    configs?: Record<string, string>;
}

/** Files by workspace-relative path → their text. */
export async function buildWorkspace(files: Record<string, string>, options: WorkspaceOptions = {}): Promise<TestWorkspace> {
    const configs = new Map(Object.entries(options.configs ?? {}).map(([file, text]) => [path.join(ROOT, file), text]));
    const { shared, ActionPlan } = createActionPlanCoreServices({ ...EmptyFileSystem, configReader: file => configs.get(file) });
    ActionPlan.config.ConfigProvider.settings = { roots: [ROOT], asOf: options.asOf ?? '2026-05-01' };
    const documents = new Map<string, LangiumDocument>();
    for (const [file, text] of Object.entries(files)) {
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(path.join(ROOT, file)));
        shared.workspace.LangiumDocuments.addDocument(document);
        documents.set(file, document);
    }
    await shared.workspace.DocumentBuilder.build([...documents.values()], { validation: true });
    return {
        services: ActionPlan,
        documents,
        diagnostics: file => (file === undefined ? [...documents.values()] : [documents.get(file)!]).flatMap(d => d.diagnostics ?? []),
    };
}

/** `rule@line` for each diagnostic (1-based lines), sorted: a compact thing to compare. */
export function summarize(diagnostics: Diagnostic[]): string[] {
    return diagnostics.map(d => `${d.code}@${d.range.start.line + 1}`).sort();
}

export function rulesOf(diagnostics: Diagnostic[]): string[] {
    return [...new Set(diagnostics.map(d => String(d.code)))].sort();
}

export function dataOf(diagnostic: Diagnostic): DiagnosticData {
    return diagnostic.data as DiagnosticData;
}

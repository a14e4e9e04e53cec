/**
 * Loads plan files into the language's core services and builds them (parse,
 * link, validate). Every command that reads plans goes through here.
 */
import * as path from 'node:path';
import { DocumentState, EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { createActionPlanCoreServices, type ActionPlanCoreServices } from '../language/action-plan-module.js';
import type { ConfigProblem } from '../language/config/parse.js';
import type { ActionPlanIndexManager } from '../language/workspace/index-manager.js';
import { findPlanFiles, isProblem, readPlanFile, type FileProblem, type PlanSource } from './files.js';

export interface WorkspaceOptions {
    cwd: string;
    configFile?: string;
    asOf?: string;
    /** Keep what find-references needs (the CLI's check does not). */
    keepReferences?: boolean;
    onProgress?: (done: number, total: number) => void;
}

export interface Workspace {
    services: ActionPlanCoreServices;
    documents: LangiumDocument[];
    fileProblems: FileProblem[];
    configProblems: ConfigProblem[];
}

export function createServices(options: WorkspaceOptions, roots: string[]): ActionPlanCoreServices {
    const { ActionPlan } = createActionPlanCoreServices(EmptyFileSystem);
    (ActionPlan.shared.workspace.IndexManager as ActionPlanIndexManager).keepReferences = options.keepReferences ?? false;
    ActionPlan.config.ConfigProvider.settings = {
        roots,
        configFile: options.configFile && path.resolve(options.cwd, options.configFile),
        asOf: options.asOf,
    };
    return ActionPlan;
}

export interface ReadWorkspace {
    services: ActionPlanCoreServices;
    sources: PlanSource[];
    fileProblems: FileProblem[];
    /** Every folder searched. */
    walked: string[];
}

/** Find and read the plans under `paths` (the current folder when none), without parsing them. */
export function readWorkspace(paths: string[], options: WorkspaceOptions): ReadWorkspace {
    const given = paths.length ? paths : ['.'];
    const absolute = given.map(p => path.resolve(options.cwd, p));
    const roots = [options.cwd, ...absolute.filter(p => path.relative(options.cwd, p).startsWith('..'))];
    const services = createServices(options, roots);
    const fileProblems: FileProblem[] = [];
    const walked: string[] = [];
    const files = findPlanFiles(absolute, services.config.ConfigProvider, fileProblems, walked);
    const sources: PlanSource[] = [];
    for (const file of files) {
        const read = readPlanFile(file);
        if (isProblem(read)) fileProblems.push(read);
        else sources.push(read);
    }
    return { services, sources, fileProblems, walked };
}

/** Find, read and build the plans under `paths`. */
export async function loadWorkspace(paths: string[], options: WorkspaceOptions): Promise<Workspace> {
    const { services, sources, fileProblems } = readWorkspace(paths, options);
    const documents = await buildSources(services, sources, options.onProgress);
    return { services, documents, fileProblems, configProblems: services.config.ConfigProvider.problems };
}

/** Build plan sources that are already in memory (files read, or revisions from Git). */
export async function buildSources(services: ActionPlanCoreServices, sources: PlanSource[], onProgress?: WorkspaceOptions['onProgress']): Promise<LangiumDocument[]> {
    const shared = services.shared;
    const documents = sources.map(source => {
        const document = shared.workspace.LangiumDocumentFactory.fromString(source.text, URI.file(source.file));
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    let validated = 0;
    const listener = onProgress && shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Validated, () => {
        onProgress(++validated, documents.length);
    });
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    listener?.dispose();
    return documents;
}

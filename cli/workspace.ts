/**
 * Loads plan files into the language's core services and builds them (parse,
 * link, validate). Every command that reads plans goes through here.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DocumentState, EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { createActionPlanCoreServices, type ActionPlanCoreServices } from '../language/action-plan-module.js';
import type { ConfigProblem } from '../language/config/parse.js';
import type { ActionPlanIndexManager } from '../language/workspace/index-manager.js';
import { discoverPlanFiles, isProblem, readPlanFile, searchFolder, workspaceRootOf, type FileProblem, type PlanSource, type Unmatched } from './files.js';

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
    /** The paths given that found no plan file. */
    unmatched: Unmatched[];
    /** Symbolic links not followed because they leave their workspace. */
    skippedLinks: string[];
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
    /** Every plan read: the ones reported, then the other files of their workspaces (read for names only). */
    sources: PlanSource[];
    /** The files whose diagnostics are reported: those found under the paths given (and the stdin file). */
    reported: Set<string>;
    fileProblems: FileProblem[];
    /** Every folder searched. */
    walked: string[];
    /** The paths given that found no plan file. */
    unmatched: Unmatched[];
    /** Symbolic links not followed because they leave their workspace. */
    skippedLinks: string[];
    /** Config paths and `.git` entries looked at to find workspace roots. */
    probed: string[];
}

export interface ReadOptions extends WorkspaceOptions {
    /**
     * Check a named file (or a glob's match) within its workspace (product.md):
     * the other plan files of the workspace are read too, for names, but not
     * reported. Folders are searched as they are.
     */
    withWorkspace?: boolean;
    /** A plan read from stdin, as if it were this file (its text on disk, if any, is not read). */
    stdin?: PlanSource;
}

/**
 * Find and read the plans under `paths` (the current folder when none, and
 * no stdin), without parsing them.
 */
export function readWorkspace(paths: string[], options: ReadOptions): ReadWorkspace {
    const given = paths.length || options.stdin ? paths : ['.'];
    const absolute = given.map(p => path.resolve(options.cwd, p));
    const probed: string[] = [];
    // The config search stops at the workspace root of the current folder, or of a path outside it.
    const cwdRoot = workspaceRootOf(options.cwd, probed);
    const outside = [...absolute, ...(options.stdin ? [options.stdin.file] : [])].filter(p => path.relative(cwdRoot, p).startsWith('..'));
    const roots = [cwdRoot, ...outside.map(p => workspaceRootOf(path.dirname(p), probed))];
    const services = createServices(options, roots);
    const config = services.config.ConfigProvider;
    const found = discoverPlanFiles(given, options.cwd, config);
    found.probed.push(...probed);
    const reported = new Set(found.files);
    const stdinFile = options.stdin?.file;
    if (stdinFile) reported.add(stdinFile);
    const context = new Set<string>();
    if (options.withWorkspace) {
        const named = stdinFile ? [...found.named, stdinFile] : found.named;
        const searchedFolders = absolute.filter(isFolderPath);
        const workspaceRoots = new Set(named.map(file => workspaceRootOf(path.dirname(file), found.probed)));
        for (const root of workspaceRoots) {
            if (searchedFolders.some(folder => folder === root)) continue; // its files are all found already
            // Problems of files read only for names are reported when those files are checked, not here.
            const scratch = { ...found, problems: [] };
            for (const file of searchFolder(root, config, scratch)) if (!reported.has(file)) context.add(file);
        }
    }
    const sources: PlanSource[] = options.stdin ? [options.stdin] : [];
    const fileProblems = found.problems;
    for (const file of found.files) {
        if (file === stdinFile) continue;
        const read = readPlanFile(file);
        if (isProblem(read)) fileProblems.push(read);
        else sources.push(read);
    }
    for (const file of context) {
        if (file === stdinFile) continue;
        const read = readPlanFile(file);
        // A file read only for names is reported when it is itself checked, not here.
        if (!isProblem(read)) sources.push(read);
    }
    return {
        services, sources, reported, fileProblems, walked: found.walked,
        unmatched: found.unmatched, skippedLinks: [...new Set(found.skippedLinks)], probed: found.probed,
    };
}

function isFolderPath(file: string): boolean {
    try {
        return fs.statSync(file).isDirectory();
    } catch {
        return false;
    }
}

/** Find, read and build the plans under `paths`. */
export async function loadWorkspace(paths: string[], options: ReadOptions): Promise<Workspace> {
    const { services, sources, fileProblems, unmatched, skippedLinks } = readWorkspace(paths, options);
    const documents = await buildSources(services, sources, options.onProgress);
    return { services, documents, fileProblems, configProblems: services.config.ConfigProvider.problems, unmatched, skippedLinks };
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

/**
 * Finding and reading plan files. A PATH on the command line is a plan file
 * (always read), a folder (searched for `*.plan`, honouring each config's
 * `ignore`, skipping node_modules and .git) or a quoted glob
 * (`'plans/**\/*.plan'`, matched like a folder search, config `ignore`
 * included). Folders are searched with tinyglobby, through a file-system
 * view that keeps the search inside its workspace:
 *
 * - a symbolic link whose target is outside the workspace (the folder given,
 *   or the workspace root it lies in) is not followed: one warning naming the
 *   link, not an error (a committed `root -> /` would otherwise walk the
 *   whole machine, and `x.plan -> ~/.ssh/id_rsa` would be read);
 * - a folder reached twice (a link back into the tree) is searched once;
 * - every folder read is recorded: the cache stamp depends on them.
 *
 * Every file that cannot be read gives one line naming it and why; the other
 * files are still checked. A PATH that matches no plan file is "unmatched":
 * the commands make that exit 2 unless `--no-error-on-unmatched-pattern`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { globSync, isDynamicPattern } from 'tinyglobby';
import type { ConfigProvider } from '../language/config/provider.js';
import { CONFIG_FILE_NAME } from '../language/config/schema.js';
import { entryExists, ioReason } from '../language/io.js';
import { decodePlan, MAX_PLAN_BYTES, type FileProblem, type PlanSource } from '../language/workspace/plan-files.js';
import { CliError } from './errors.js';

export { isProblem, readPlanFile, type FileProblem, type PlanSource } from '../language/workspace/plan-files.js';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

/** A PATH that found no plan file, and why (for its one line). */
export interface Unmatched {
    given: string;
    kind: 'missing' | 'empty-folder' | 'no-match';
}

export interface Discovery {
    /** Every plan file found, absolute, each once, sorted. */
    files: string[];
    /** The files named on the command line or matched by a glob: each is checked within its workspace. */
    named: string[];
    unmatched: Unmatched[];
    problems: FileProblem[];
    /** Symbolic links not followed because they leave the workspace (absolute paths of the links). */
    skippedLinks: string[];
    /** Every folder searched (what a cached check depends on). */
    walked: string[];
    /** Config paths and `.git` entries looked at to find workspace roots (what a cached check depends on too). */
    probed: string[];
}

export function emptyDiscovery(): Discovery {
    return { files: [], named: [], unmatched: [], problems: [], skippedLinks: [], walked: [], probed: [] };
}

/** One line for a PATH that found no plan file. */
export function unmatchedMessage(unmatched: Unmatched): string {
    const given = unmatched.given;
    const what = unmatched.kind === 'missing' ? `${given}: no such file or folder`
        : unmatched.kind === 'empty-folder' ? `${given === '.' ? 'the current folder' : given}: no plan files found in this folder (or the config ignores them all)`
            : `no plan files match the pattern '${given}'`;
    return `${what}; pass --no-error-on-unmatched-pattern to allow this`;
}

/**
 * The workspace a plan file or folder belongs to: the folder of the nearest
 * actionplan.config.json, else the Git root (the nearest folder with a `.git`
 * entry; Git is not run), else the folder itself. The search up stops at the
 * Git root: a config above the repository does not make the workspace.
 * `probed` receives every path looked at.
 */
export function workspaceRootOf(folder: string, probed?: string[]): string {
    for (let dir = folder; ; dir = path.dirname(dir)) {
        const config = path.join(dir, CONFIG_FILE_NAME);
        const git = path.join(dir, '.git');
        probed?.push(config, git);
        if (entryExists(config) || entryExists(git)) return dir;
        if (path.dirname(dir) === dir) return folder;
    }
}

/** Whether `inner` is `outer` or inside it (both absolute, real). */
function within(inner: string, outer: string): boolean {
    const relative = path.relative(outer, inner);
    return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

function realOrSelf(file: string): string {
    try {
        return fs.realpathSync(file);
    } catch {
        return file;
    }
}

/** Find the plan files under `paths` (absolute, or relative to `cwd`). */
export function discoverPlanFiles(paths: string[], cwd: string, config: ConfigProvider, into: Discovery = emptyDiscovery()): Discovery {
    const found = new Set(into.files);
    const named = new Set(into.named);
    const add = (file: string, isNamed: boolean) => {
        found.add(file);
        if (isNamed) named.add(file);
    };
    for (const given of paths) {
        const full = path.resolve(cwd, given);
        let stat: fs.Stats;
        try {
            stat = fs.statSync(full);
        } catch (error) {
            const code = (error as NodeJS.ErrnoException).code;
            if (code !== 'ENOENT' && code !== 'ENOTDIR') {
                into.problems.push({ file: full, message: `cannot read: ${ioReason(error)}` });
            } else if (isDynamicPattern(given)) {
                const matched = globPlans(given, cwd, config, into);
                if (matched.length === 0) into.unmatched.push({ given, kind: 'no-match' });
                for (const file of matched) add(file, true);
            } else if (isLink(full)) {
                into.problems.push({ file: full, message: `cannot read the file: ${ioReason(error)}` }); // a dangling link
            } else {
                into.unmatched.push({ given, kind: 'missing' });
                // A cached check must notice when the path appears.
                if (isFolder(path.dirname(full))) into.walked.push(path.dirname(full));
            }
            continue;
        }
        if (stat.isDirectory()) {
            const before = found.size;
            const inFolder = searchFolder(full, config, into);
            for (const file of inFolder) add(file, false);
            if (found.size === before && inFolder.length === 0) into.unmatched.push({ given, kind: 'empty-folder' });
        } else {
            const root = realOrSelf(workspaceRootOf(path.dirname(full), into.probed));
            if (isLink(full) && !within(realOrSelf(full), root)) into.skippedLinks.push(full);
            else add(full, true);
        }
    }
    into.files = [...found].sort(byPath);
    into.named = [...named].sort(byPath);
    return into;
}

/** Every plan file of a folder (the config's `ignore` honoured), as `discoverPlanFiles` finds them. */
export function searchFolder(folder: string, config: ConfigProvider, into: Discovery): string[] {
    return crawl(folder, '**/*.plan', [folder, workspaceRootOf(folder, into.probed)], config, into);
}

function globPlans(pattern: string, cwd: string, config: ConfigProvider, into: Discovery): string[] {
    const { base, glob } = picomatch.scan(pattern);
    const folder = path.resolve(cwd, base || '.');
    if (!isFolder(folder)) return [];
    return crawl(folder, glob, [folder, workspaceRootOf(folder, into.probed)], config, into);
}

/**
 * The plan files under `folder` that match `pattern`, leaving out what the
 * configs ignore. Links are followed only when their target is inside one of
 * `roots`; a folder reached twice (its real path already read) is read once.
 */
function crawl(folder: string, pattern: string, roots: string[], config: ConfigProvider, into: Discovery): string[] {
    const searched = new Set<string>();
    const realRoots = roots.map(realOrSelf);
    const inside = (real: string) => realRoots.some(root => within(real, root));
    const readdirSync = ((dir: fs.PathLike) => {
        const shown = String(dir).replace(/\/+$/, '') || '/';
        let real: string;
        let entries: fs.Dirent[];
        try {
            real = fs.realpathSync(shown);
            if (searched.has(real)) return [];
            searched.add(real);
            into.walked.push(shown);
            entries = fs.readdirSync(shown, { withFileTypes: true });
        } catch (error) {
            into.problems.push({ file: shown, message: `cannot read the folder: ${ioReason(error)}` });
            return [];
        }
        return entries.filter(entry => {
            if (SKIPPED_FOLDERS.has(entry.name) && (entry.isDirectory() || entry.isSymbolicLink())) return false;
            if (!entry.isSymbolicLink()) return true;
            const link = path.join(shown, entry.name);
            let target: string;
            let stat: fs.Stats;
            try {
                target = fs.realpathSync(link);
                stat = fs.statSync(target);
            } catch (error) {
                if (entry.name.endsWith('.plan')) into.problems.push({ file: link, message: `cannot read the file: ${ioReason(error)}` });
                return false;
            }
            if (!stat.isDirectory() && !entry.name.endsWith('.plan')) return false;
            if (!inside(target)) {
                into.skippedLinks.push(link);
                return false;
            }
            return true;
        });
    }) as unknown as typeof fs.readdirSync;
    const matches = globSync(pattern, {
        cwd: folder, absolute: true, dot: true, onlyFiles: true, expandDirectories: false, followSymbolicLinks: true,
        fs: { readdirSync },
    });
    return matches
        .map(file => path.resolve(file))
        .filter(file => file.endsWith('.plan') && !config.forFile(file).ignores(file))
        .sort(byPath);
}

function isFolder(folder: string): boolean {
    try {
        return fs.statSync(folder).isDirectory();
    } catch {
        return false;
    }
}

function isLink(file: string): boolean {
    try {
        return fs.lstatSync(file).isSymbolicLink();
    } catch {
        return false;
    }
}

function byPath(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * What the stamp of a cached check must hold for the probes of workspace
 * roots: a `.git` folder is seen in its parent folder's entries; a config or
 * a `.git` file (or its absence) by its bytes.
 */
export function probedForStamp(probed: readonly string[]): { folders: string[]; files: string[] } {
    const folders: string[] = [];
    const files: string[] = [];
    for (const entry of new Set(probed)) {
        if (path.basename(entry) === '.git' && isFolder(entry)) folders.push(path.dirname(entry));
        else files.push(entry);
    }
    return { folders, files };
}

/** The plan files under `paths` (compatibility with callers that only want the list). */
export function findPlanFiles(paths: string[], config: ConfigProvider, problems: FileProblem[], walked?: string[]): string[] {
    const discovery = discoverPlanFiles(paths, process.cwd(), config);
    problems.push(...discovery.problems);
    walked?.push(...discovery.walked);
    return discovery.files;
}

/**
 * The plan text on stdin (`--stdin`), as the file `filename` (default
 * `stdin.plan`, relative to `cwd`): UTF-8, at most MAX_PLAN_BYTES (the read
 * stops there), a byte order mark dropped (`bom` says whether there was one).
 */
export async function readStdinPlan(filename: string | undefined, cwd: string, input: NodeJS.ReadableStream = process.stdin): Promise<PlanSource & { bom: boolean }> {
    const file = path.resolve(cwd, filename ?? 'stdin.plan');
    if (!file.endsWith('.plan')) throw new CliError(`--stdin-filename ${filename}: not a plan file name (plan files end in .plan)`);
    const chunks: Buffer[] = [];
    let total = 0;
    try {
        for await (const chunk of input) {
            const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk as Buffer;
            total += bytes.length;
            if (total > MAX_PLAN_BYTES) throw new CliError(`stdin: more than ${MAX_PLAN_BYTES / 1024 / 1024} MB; a plan file may be at most ${MAX_PLAN_BYTES / 1024 / 1024} MB`);
            chunks.push(bytes);
        }
    } catch (error) {
        if (error instanceof CliError) throw error;
        throw new CliError(`stdin: cannot read: ${ioReason(error)}`);
    }
    const bytes = Buffer.concat(chunks);
    try {
        return { file, text: decodePlan(bytes), bom: bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf };
    } catch (error) {
        throw new CliError(`${filename ?? 'stdin'} (stdin): ${(error as Error).message}`);
    }
}

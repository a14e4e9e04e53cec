/**
 * `actionplan diff BASE [HEAD] [-- PATH…] --format md|text|json`: what a
 * change does to the plans, in the plans' own terms.
 *
 * BASE and HEAD are Git revisions (HEAD default: the working tree), or two
 * folders. Both sides are built into resolved models with file names relative
 * to the repository root (or to each folder), so files that did not change
 * compare equal, and both are checked as of the same date: `--as-of` for
 * both, else each plan as of its config's `asOf`, else today, as `check`
 * would. So the diff shows what the change did, not what time did (unless the
 * change is to a config's `asOf`). The comparison itself is language/model/diff.
 *
 * Git is run with argument arrays, never a shell: revisions are verified with
 * `rev-parse --verify --end-of-options`, trees listed with `ls-tree -r -z`,
 * the working tree with `ls-files -z`, and blobs read with `cat-file --batch`
 * fed object ids only. File names are raw bytes (spaces, newlines, leading
 * dashes, non-UTF-8 all work); a revision that starts with `-` is refused;
 * `--` separates paths from revisions.
 *
 * Exit codes: 0; 1 when `--fail-on` finds what it names (after printing);
 * 2 a usage, Git, config or I/O error.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EmptyFileSystem, type LangiumDocument } from 'langium';
import { createActionPlanCoreServices, type ActionPlanCoreServices } from '../language/action-plan-module.js';
import { MAX_CONFIG_BYTES, type ConfigProblem } from '../language/config/parse.js';
import { CONFIG_FILE_NAME } from '../language/config/schema.js';
import { DEFAULT_WINDOWS, diffModels, renderDiffMarkdown, renderDiffText, type DiffResult, type DiffWindows } from '../language/model/diff/index.js';
import type { ActionPlanModel } from '../language/model/schema.js';
import { docsUrl } from '../language/rules/index.js';
import type { ActionPlanIndexManager } from '../language/workspace/index-manager.js';
import { readBounded } from '../language/io.js';
import { ReadRefused } from '../language/limits.js';
import { decodePlan, MAX_PLAN_BYTES } from '../language/workspace/plan-files.js';
import { formatConfigProblem } from './config-problems.js';
import { CliError, EXIT } from './errors.js';
import type { FileProblem, PlanSource } from './files.js';
import { forTerminal } from './formats/text-safety.js';
import { modelOf } from './model.js';
import { warnLine, writeOutput } from './output.js';
import { displayPath } from './report.js';
import { buildSources, loadWorkspace } from './workspace.js';

export const DIFF_FORMATS = ['md', 'text', 'json'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];
export const FAIL_ON = ['new-errors', 'new-warnings'] as const;
export type FailOn = (typeof FAIL_ON)[number];

export interface DiffCommandOptions {
    format?: DiffFormat;
    /** new-errors: exit 1 when the change introduces errors; new-warnings: errors or warnings. */
    failOn?: FailOn;
    asOf?: string;
    output?: string;
}

/** What a diff run computed, before printing: for tests and for callers that want the data. */
export interface DiffRun {
    result: DiffResult;
    text: string;
    /** Problems reading files or configs, one line each (already terminal-safe). */
    problems: string[];
}

/**
 * How many of the command's operands came after a literal `--` (commander
 * drops the `--` itself), read from the arguments the program was given.
 * Pass the diff command (the action's last parameter).
 */
export function operandsAfterDashDash(command: unknown): number | undefined {
    const raw = (command as { parent?: { rawArgs?: unknown } } | undefined)?.parent?.rawArgs;
    if (!Array.isArray(raw)) return undefined;
    const at = raw.indexOf('--');
    return at < 0 ? undefined : raw.length - at - 1;
}

/** The command: print the diff, then apply --fail-on. */
export async function runDiff(operands: string[], options: DiffCommandOptions, cwd: string, afterDashDash?: number): Promise<number> {
    const run = await computeDiff(operands, options, cwd, afterDashDash);
    for (const problem of run.problems) warnLine(problem);
    writeOutput(run.text, options.output, cwd);
    if (run.problems.length) return EXIT.failure;
    const { errors, warnings } = run.result.summary.introduced;
    if (options.failOn === 'new-errors' && errors > 0) {
        warnLine(`the change introduces ${errors === 1 ? '1 error' : `${errors} errors`} (--fail-on new-errors)`);
        return EXIT.problems;
    }
    if (options.failOn === 'new-warnings' && errors + warnings > 0) {
        const what = [errors ? `${errors} ${errors === 1 ? 'error' : 'errors'}` : '', warnings ? `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}` : ''];
        warnLine(`the change introduces ${what.filter(Boolean).join(' and ')} (--fail-on new-warnings)`);
        return EXIT.problems;
    }
    return EXIT.clean;
}

export async function computeDiff(operands: string[], options: DiffCommandOptions, cwd: string, afterDashDash?: number): Promise<DiffRun> {
    const { base, head } = await resolveSides(operands, cwd, afterDashDash);
    // With --as-of, both sides are checked as of that day; without it, each plan as of its own config's asOf (else today),
    // so a change that only touches plans checks both sides on the same day, as `check` would.
    const headBuilt = await head.build(options.asOf);
    const baseBuilt = await base.build(options.asOf);
    const result = diffModels(baseBuilt.model, headBuilt.model, {
        asOfDates: headBuilt.asOfDates,
        base: { label: base.label, ...(base.revision ? { revision: base.revision } : {}) },
        head: { label: head.label, ...(head.revision ? { revision: head.revision } : {}) },
        windows: headBuilt.windows,
    });
    const problems = [...baseBuilt.problems, ...headBuilt.problems];
    const format = options.format ?? 'md';
    const text = format === 'json'
        ? `${JSON.stringify(result, null, 2)}\n`
        : format === 'text'
            ? renderDiffText(result).split('\n').map(forTerminal).join('\n')
            : renderDiffMarkdown(result, { ruleUrl: docsUrl });
    return { result, text, problems };
}

// ------------------------------------------------------------------ the two sides

interface Built {
    model: ActionPlanModel;
    /** The as-of date of each plan's config (or --as-of), distinct. */
    asOfDates: string[];
    windows: DiffWindows;
    problems: string[];
}

interface Side {
    label: string;
    revision?: string;
    build(asOf: string | undefined): Promise<Built>;
}

async function resolveSides(operands: string[], cwd: string, afterDashDash: number | undefined): Promise<{ base: Side; head: Side; paths: string[] }> {
    const split = afterDashDash === undefined ? operands.length : Math.max(0, operands.length - afterDashDash);
    const revisions = operands.slice(0, split);
    const explicitPaths = operands.slice(split);
    if (revisions.length === 0) throw new CliError('diff: give the BASE revision (or folder) before --');
    if (afterDashDash !== undefined && revisions.length > 2) {
        throw new CliError(`diff: '${forTerminal(revisions[2])}': give at most BASE and HEAD before --, paths after it`);
    }
    for (const revision of revisions.slice(0, 2)) {
        if (revision.startsWith('-')) throw new CliError(`diff: '${forTerminal(revision)}': a revision or folder may not start with '-'`);
        if (revision === '') throw new CliError('diff: an empty revision');
    }
    const [base, second] = revisions;
    const repository = findRepository(cwd);
    const baseIsRevision = repository !== undefined && resolveCommit(repository, base) !== undefined;
    const baseIsFolder = isFolder(path.resolve(cwd, base));
    if (baseIsRevision && baseIsFolder) {
        throw new CliError(`diff: '${forTerminal(base)}' is both a Git revision and a folder; write ./${forTerminal(base)} for the folder`);
    }

    if (!baseIsRevision && baseIsFolder) {
        // Two folders.
        if (second === undefined) throw new CliError(`diff: '${forTerminal(base)}' is a folder: give the folder to compare it with`);
        if (!isFolder(path.resolve(cwd, second))) throw new CliError(`diff: '${forTerminal(second)}' is not a folder; to compare two folders, give both`);
        const paths = [...revisions.slice(2), ...explicitPaths];
        return { base: folderSide(path.resolve(cwd, base), base, paths), head: folderSide(path.resolve(cwd, second), second, paths), paths };
    }
    if (!repository) {
        throw new CliError(`diff: '${forTerminal(base)}' is not a folder, and ${forTerminal(cwd)} is not in a Git repository`);
    }
    if (!baseIsRevision) throw new CliError(`diff: '${forTerminal(base)}' is not a Git revision (nor a folder)`);

    let headRevision: string | undefined;
    let paths: string[];
    if (afterDashDash !== undefined) {
        headRevision = second;
        paths = explicitPaths;
    } else {
        paths = revisions.slice(1);
        if (second !== undefined) {
            const isRevision = resolveCommit(repository, second) !== undefined;
            const isPath = fs.existsSync(path.resolve(cwd, second));
            if (isRevision && isPath) {
                throw new CliError(`diff: '${forTerminal(second)}' is both a Git revision and a path; put paths after --`);
            }
            if (isRevision) {
                headRevision = second;
                paths = revisions.slice(2);
            } else if (!isPath) {
                throw new CliError(`diff: '${forTerminal(second)}' is neither a Git revision nor a path; put paths after --`);
            }
        }
    }
    if (afterDashDash === undefined) {
        for (const p of paths) {
            if (p.startsWith('-')) throw new CliError(`diff: '${forTerminal(p)}': put paths that start with '-' after --`);
        }
    }
    // No path: the current folder, as for check.
    const prefixes = (paths.length ? paths : ['.']).map(p => repositoryPath(repository, cwd, p));
    const baseSide = revisionSide(repository, base, prefixes);
    const headSide = headRevision === undefined ? workingTreeSide(repository, prefixes) : revisionSide(repository, headRevision, prefixes);
    return { base: baseSide, head: headSide, paths };
}

function folderSide(folder: string, label: string, paths: string[]): Side {
    return {
        label,
        async build(asOf) {
            const workspace = await loadWorkspace(paths, { cwd: folder, asOf });
            const problems = [
                ...workspace.configProblems.map(p => formatConfigProblem(p, folder)),
                ...workspace.fileProblems.map(p => forTerminal(`${label}/${displayPath(p.file, folder)}: ${p.message}`)),
            ];
            const model = modelOf(workspace.services, workspace.documents, folder, asOf);
            return { model, asOfDates: asOfDatesOf(workspace.services, workspace.documents, model), windows: windowsOf(workspace.services, model, folder), problems };
        },
    };
}

/** Plans and configs of one side, already read: from a Git tree or the working tree. */
interface ReadSide {
    plans: PlanSource[];
    configs: Map<string, string | Error>;
    problems: FileProblem[];
}

function revisionSide(repository: Repository, revision: string, prefixes: string[]): Side {
    const commit = resolveCommit(repository, revision);
    if (commit === undefined) throw new CliError(`diff: '${forTerminal(revision)}' is not a Git revision`);
    return {
        label: revision,
        revision: commit,
        build: asOf => buildRead(repository, readTree(repository, commit, prefixes), asOf, revision),
    };
}

function workingTreeSide(repository: Repository, prefixes: string[]): Side {
    return {
        label: 'working tree',
        build: asOf => buildRead(repository, readWorkingTree(repository, prefixes), asOf, 'working tree'),
    };
}

async function buildRead(repository: Repository, read: ReadSide, asOf: string | undefined, label: string): Promise<Built> {
    const services = coreServices(repository.root, read.configs, asOf);
    const config = services.config.ConfigProvider;
    const plans = read.plans.filter(plan => !config.forFile(plan.file).ignores(plan.file));
    const documents = await buildSources(services, plans);
    const model = modelOf(services, documents, repository.root, asOf);
    const where = (file: string) => `${label}: ${displayPath(file, repository.root)}`;
    const problems = [
        ...config.problems.map((p: ConfigProblem) => `${label}: ${formatConfigProblem(p, repository.root)}`),
        ...read.problems.map(p => forTerminal(`${where(p.file)}: ${p.message}`)),
    ];
    return { model, asOfDates: asOfDatesOf(services, documents, model), windows: windowsOf(services, model, repository.root), problems };
}

function asOfDatesOf(services: ActionPlanCoreServices, documents: LangiumDocument[], model: ActionPlanModel): string[] {
    const config = services.config.ConfigProvider;
    return [...new Set([model.asOf, ...documents.map(d => config.forFile(d.uri.fsPath).asOf)])];
}

function coreServices(root: string, configs: Map<string, string | Error>, asOf: string | undefined): ActionPlanCoreServices {
    const { ActionPlan } = createActionPlanCoreServices({
        ...EmptyFileSystem,
        configReader: file => {
            const text = configs.get(file);
            if (text instanceof Error) throw text;
            return text;
        },
    });
    (ActionPlan.shared.workspace.IndexManager as ActionPlanIndexManager).keepReferences = false;
    ActionPlan.config.ConfigProvider.settings = { roots: [root], asOf };
    return ActionPlan;
}

/** The guide's windows as the head's config sets them (for the file of the first partnership). */
function windowsOf(services: ActionPlanCoreServices, model: ActionPlanModel, root: string): DiffWindows {
    const file = model.partnerships[0]?.source.file ?? model.files[0];
    const config = services.config.ConfigProvider.forFile(path.join(root, file ?? 'x.plan'));
    const followUp = config.rule('follow-up-window').options as { minDays?: number; maxDays?: number } | undefined;
    const firstWin = config.rule('first-win-window').options as { minDays?: number; maxDays?: number } | undefined;
    const timeline = config.rule('win-timeline').options as { maxDays?: number } | undefined;
    return {
        followUp: { minDays: followUp?.minDays ?? DEFAULT_WINDOWS.followUp.minDays, maxDays: followUp?.maxDays ?? DEFAULT_WINDOWS.followUp.maxDays },
        firstWin: { minDays: firstWin?.minDays ?? DEFAULT_WINDOWS.firstWin.minDays, maxDays: firstWin?.maxDays ?? DEFAULT_WINDOWS.firstWin.maxDays },
        earlyWin: { maxDays: timeline?.maxDays ?? DEFAULT_WINDOWS.earlyWin.maxDays },
    };
}

// ------------------------------------------------------------------ Git

interface Repository {
    /** The top of the work tree, as a path string (what file names are relative to). */
    root: string;
    /** The same, as Git printed it (bytes), to reach files whose names are not UTF-8. */
    rootBytes: Buffer;
}

/**
 * A repository's own config (.git/config, which a cloned workspace or a CI
 * step can set) may name programs Git runs: an fsmonitor hook, a pager,
 * external diff and textconv drivers, filters, hooks. Every Git call turns
 * them off on its command line (which wins over every config file), skips
 * the system config, and sets the pager variables to `cat`: reading a tree
 * or a blob never needs any of them.
 */
const SAFE_GIT_CONFIG = [
    '-c', 'core.fsmonitor=false', '-c', 'core.hooksPath=/dev/null', '-c', 'core.pager=cat', '-c', 'pager.ls-files=false',
    '-c', 'pager.ls-tree=false', '-c', 'pager.cat-file=false', '-c', 'pager.rev-parse=false',
    '-c', 'core.untrackedCache=false', '-c', 'core.sshCommand=false', '-c', 'credential.helper=', '-c', 'protocol.allow=never',
];

export const SAFE_GIT_ENV: Record<string, string> = {
    GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C', GIT_CONFIG_NOSYSTEM: '1', GIT_PAGER: 'cat', PAGER: 'cat',
    GIT_EDITOR: 'true',
};

function git(cwd: string, args: string[], options: { input?: Buffer; allowFailure?: boolean | ((stderr: string) => void); maxBuffer?: number } = {}): Buffer | undefined {
    const command = args[0];
    // --no-pager and the -c settings before the command; --no-ext-diff and --no-textconv are options of the diff commands only, which are never run.
    args = ['--no-pager', ...SAFE_GIT_CONFIG, ...args];
    try {
        return execFileSync('git', args, {
            cwd,
            input: options.input,
            maxBuffer: options.maxBuffer ?? 512 * 1024 * 1024,
            stdio: ['pipe', 'pipe', 'pipe'],
            env: { ...process.env, ...SAFE_GIT_ENV },
            windowsHide: true,
        });
    } catch (error) {
        const e = error as NodeJS.ErrnoException & { stderr?: Buffer; status?: number };
        if (e.code === 'ENOENT') throw new CliError('diff: git is not installed (or not on PATH)');
        const reason = e.stderr?.toString('utf8').trim().split('\n')[0] || e.message;
        if (typeof options.allowFailure === 'function') options.allowFailure(reason);
        if (options.allowFailure) return undefined;
        throw new CliError(`diff: git ${command} failed: ${forTerminal(reason)}`);
    }
}

function findRepository(cwd: string): Repository | undefined {
    const out = git(cwd, ['rev-parse', '--show-toplevel'], {
        allowFailure: reason => {
            // Not a repository is an answer; anything else (a repository Git refuses to read, say) is an error to show.
            if (!/not a git repository/i.test(reason)) throw new CliError(`diff: git rev-parse failed: ${forTerminal(reason)}`);
        },
    });
    if (!out || out.length === 0) return undefined;
    const rootBytes = out.at(-1) === 0x0a ? out.subarray(0, out.length - 1) : out;
    if (rootBytes.length === 0) return undefined;
    return { root: path.resolve(decodeName(rootBytes)), rootBytes };
}

/** The commit a revision names, or undefined when it names none (a tree such as `HEAD:teams` is not a commit: its names would not be relative to the root). */
function resolveCommit(repository: Repository, revision: string): string | undefined {
    if (revision.startsWith('-') || revision.includes('\0')) return undefined;
    const out = git(repository.root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`], { allowFailure: true });
    const id = out?.toString('latin1').trim();
    return id && /^[0-9a-f]{40,64}$/.test(id) ? id : undefined;
}

/** A path given on the command line, as a `/`-separated path relative to the repository root ('' for the root). */
function repositoryPath(repository: Repository, cwd: string, given: string): string {
    let base = cwd;
    try {
        base = fs.realpathSync(cwd);
    } catch { /* the folder as given */ }
    let absolute = path.resolve(base, given);
    try {
        absolute = fs.realpathSync(absolute);
    } catch { /* not in the working tree (deleted, or only in a revision) */ }
    const relative = path.relative(repository.root, absolute);
    if (relative.startsWith('..') || path.isAbsolute(relative)) {
        throw new CliError(`diff: '${forTerminal(given)}' is outside the repository ${forTerminal(repository.root)}`);
    }
    return relative.split(path.sep).join('/');
}

function underPrefixes(name: string, prefixes: string[]): boolean {
    return prefixes.length === 0 || prefixes.some(p => p === '' || name === p || name.startsWith(`${p}/`));
}

function isPlanName(name: string): boolean {
    return name.endsWith('.plan');
}

function isConfigName(name: string): boolean {
    return name === CONFIG_FILE_NAME || name.endsWith(`/${CONFIG_FILE_NAME}`);
}

/** The .plan files and configs of a commit, listed with `git ls-tree` and read with `git cat-file --batch`. */
function readTree(repository: Repository, commit: string, prefixes: string[]): ReadSide {
    const listing = git(repository.root, ['ls-tree', '-r', '-z', '--full-tree', commit])!;
    const plans: Array<{ name: string; id: string }> = [];
    const configs: Array<{ name: string; id: string }> = [];
    for (const entry of splitNul(listing)) {
        const tab = entry.indexOf(0x09);
        if (tab < 0) continue;
        const [mode, type, id] = entry.subarray(0, tab).toString('latin1').split(' ');
        if (type !== 'blob' || mode === '120000' || !/^[0-9a-f]{40,64}$/.test(id)) continue; // symbolic links and submodules are not plans
        const name = decodeName(entry.subarray(tab + 1));
        if (isPlanName(name) && underPrefixes(name, prefixes)) plans.push({ name, id });
        else if (isConfigName(name)) configs.push({ name, id });
    }
    const sizes = batch(repository, [...plans, ...configs].map(f => f.id), true);
    const problems: FileProblem[] = [];
    const virtual = (name: string) => path.join(repository.root, name);
    const small = [...plans, ...configs].filter(f => {
        const size = sizes.get(f.id)?.size ?? 0;
        const limit = isPlanName(f.name) ? MAX_PLAN_BYTES : MAX_CONFIG_BYTES;
        if (size <= limit) return true;
        if (isPlanName(f.name)) problems.push({ file: virtual(f.name), message: ReadRefused.tooLarge(size, 'a plan file', MAX_PLAN_BYTES).message });
        return false;
    });
    const contents = batch(repository, small.map(f => f.id), false);
    const sources: PlanSource[] = [];
    const configTexts = new Map<string, string | Error>();
    for (const f of configs) {
        const content = contents.get(f.id)?.content;
        configTexts.set(virtual(f.name), content === undefined
            ? new Error(`it ${ReadRefused.tooLarge(sizes.get(f.id)?.size ?? 0, 'a config', MAX_CONFIG_BYTES).message}`)
            : content.toString('utf8'));
    }
    for (const f of plans) {
        const content = contents.get(f.id)?.content;
        if (content === undefined) continue;
        try {
            sources.push({ file: virtual(f.name), text: decodePlan(content) });
        } catch (error) {
            problems.push({ file: virtual(f.name), message: (error as Error).message });
        }
    }
    return { plans: sources, configs: configTexts, problems };
}

/** `git cat-file --batch` (or `--batch-check`), fed object ids only. */
function batch(repository: Repository, ids: string[], checkOnly: boolean): Map<string, { size: number; content?: Buffer }> {
    const result = new Map<string, { size: number; content?: Buffer }>();
    const unique = [...new Set(ids)];
    if (!unique.length) return result;
    const out = git(repository.root, ['cat-file', checkOnly ? '--batch-check' : '--batch'], { input: Buffer.from(`${unique.join('\n')}\n`, 'latin1') })!;
    let at = 0;
    while (at < out.length) {
        const end = out.indexOf(0x0a, at);
        if (end < 0) break;
        const [id, type, sizeText] = out.subarray(at, end).toString('latin1').split(' ');
        at = end + 1;
        if (type === 'missing' || sizeText === undefined) continue;
        const size = Number(sizeText);
        if (checkOnly) {
            result.set(id, { size });
        } else {
            result.set(id, { size, content: out.subarray(at, at + size) });
            at += size + 1;
        }
    }
    return result;
}

/** The .plan files and configs of the working tree: tracked files and untracked ones Git does not ignore. */
function readWorkingTree(repository: Repository, prefixes: string[]): ReadSide {
    const listing = git(repository.root, ['ls-files', '-z', '--cached', '--others', '--exclude-standard'])!;
    const plans: PlanSource[] = [];
    const configs = new Map<string, string | Error>();
    const problems: FileProblem[] = [];
    const seen = new Set<string>();
    for (const raw of splitNul(listing)) {
        const name = decodeName(raw);
        if (seen.has(name)) continue;
        seen.add(name);
        const plan = isPlanName(name) && underPrefixes(name, prefixes);
        const config = isConfigName(name);
        if (!plan && !config) continue;
        const onDisk = Buffer.concat([repository.rootBytes, Buffer.from('/'), raw]);
        const virtual = path.join(repository.root, name);
        let stat: fs.Stats;
        try {
            stat = fs.lstatSync(onDisk);
        } catch {
            continue; // deleted in the working tree
        }
        if (!stat.isFile()) continue; // symbolic links and submodules are not plans, as in a revision
        if (plan) {
            const read = readBytes(onDisk, MAX_PLAN_BYTES, 'a plan file');
            if (read instanceof Error) {
                problems.push({ file: virtual, message: read.message });
                continue;
            }
            try {
                plans.push({ file: virtual, text: decodePlan(read) });
            } catch (error) {
                problems.push({ file: virtual, message: (error as Error).message });
            }
        } else {
            const read = readBytes(onDisk, MAX_CONFIG_BYTES, 'a config');
            configs.set(virtual, read instanceof Error ? read : read.toString('utf8'));
        }
    }
    return { plans, configs, problems };
}

function readBytes(file: Buffer, limit: number, what: string): Buffer | Error {
    try {
        return readBounded(file, { limit, what, noFollow: true });
    } catch (error) {
        return new Error((error as Error).message);
    }
}

function splitNul(buffer: Buffer): Buffer[] {
    const parts: Buffer[] = [];
    let at = 0;
    while (at < buffer.length) {
        const end = buffer.indexOf(0, at);
        const stop = end < 0 ? buffer.length : end;
        if (stop > at) parts.push(buffer.subarray(at, stop));
        at = stop + 1;
    }
    return parts;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A file name as Git stores it (bytes) as a string: UTF-8 as it is; a byte
 * that is not part of well-formed UTF-8 as `\xNN`, so every name has a
 * distinct, printable form.
 */
export function decodeName(bytes: Uint8Array): string {
    try {
        return utf8.decode(bytes);
    } catch {
        let out = '';
        let i = 0;
        while (i < bytes.length) {
            const length = sequenceLength(bytes, i);
            if (length > 0) {
                out += utf8.decode(bytes.subarray(i, i + length));
                i += length;
            } else {
                out += `\\x${bytes[i].toString(16).padStart(2, '0')}`;
                i += 1;
            }
        }
        return out;
    }
}

/** The length of the well-formed UTF-8 sequence at `i`, or 0. */
function sequenceLength(bytes: Uint8Array, i: number): number {
    const lead = bytes[i];
    const extra = lead < 0x80 ? 0 : lead >= 0xc2 && lead <= 0xdf ? 1 : (lead & 0xf0) === 0xe0 ? 2 : lead >= 0xf0 && lead <= 0xf4 ? 3 : -1;
    if (extra < 0) return 0;
    for (let k = 1; k <= extra; k++) {
        if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return 0;
    }
    const second = bytes[i + 1];
    if ((lead === 0xe0 && second < 0xa0) || (lead === 0xed && second >= 0xa0) || (lead === 0xf0 && second < 0x90) || (lead === 0xf4 && second >= 0x90)) return 0;
    return extra + 1;
}

function isFolder(file: string): boolean {
    try {
        return fs.statSync(file).isDirectory();
    } catch {
        return false;
    }
}

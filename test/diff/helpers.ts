/**
 * Real, temporary Git repositories for the diff tests: `git` run with
 * argument arrays (never a shell), author set in each repository's config,
 * no global or system config read, no signing, no hooks.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { computeDiff, runDiff, type DiffCommandOptions, type DiffRun } from '../../cli/diff.js';
import { diffSchema, type DiffResult } from '../../language/model/diff/index.js';

const temps: string[] = [];

export function tempDir(prefix = 'actionplan-diff-'): string {
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
    temps.push(dir);
    return dir;
}

export function cleanTemp(): void {
    for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** Environment for git: no user or system config, so a developer's settings (signing, hooks, templates) stay out. */
const GIT_ENV = {
    ...process.env,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_TERMINAL_PROMPT: '0',
};

export function git(repo: string, args: string[]): string {
    return execFileSync('git', args, { cwd: repo, env: GIT_ENV, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** A file's content, or null to delete it, by path relative to the repository (non-UTF-8 names are written by the test itself). */
export type Files = Record<string, string | null>;

export function writeFiles(root: string, files: Files): void {
    for (const [name, text] of Object.entries(files)) {
        const full = path.join(root, name);
        if (text === null) {
            fs.rmSync(full, { force: true });
            continue;
        }
        fs.mkdirSync(path.dirname(full), { recursive: true });
        fs.writeFileSync(full, text);
    }
}

/** A new repository with one commit holding `files`. */
export function makeRepo(files: Files, message = 'Base plans'): string {
    const repo = tempDir();
    git(repo, ['init', '-q', '-b', 'main']);
    git(repo, ['config', 'user.name', 'Plan Tester']);
    git(repo, ['config', 'user.email', 'plans@example.org']);
    git(repo, ['config', 'commit.gpgsign', 'false']);
    git(repo, ['config', 'core.autocrlf', 'false']);
    commit(repo, files, message);
    return repo;
}

/** Write (or delete) files and commit everything. */
export function commit(repo: string, files: Files, message: string): void {
    writeFiles(repo, files);
    git(repo, ['add', '-A']);
    git(repo, ['commit', '-q', '--no-verify', '--allow-empty', '-m', message]);
}

export interface AllFormats {
    result: DiffResult;
    json: DiffResult;
    md: string;
    text: string;
}

/** The diff in the three formats, as the command prints them; the JSON checked against the schema (no key more, no key less). */
export async function diffAll(cwd: string, operands: string[], afterDashDash?: number, options: DiffCommandOptions = {}): Promise<AllFormats> {
    const run = async (format: DiffCommandOptions['format']): Promise<DiffRun> => {
        const result = await computeDiff(operands, { ...options, format }, cwd, afterDashDash);
        if (result.problems.length) throw new Error(`unexpected problems: ${result.problems.join('\n')}`);
        return result;
    };
    const [json, md, text] = [await run('json'), await run('md'), await run('text')];
    const parsed = JSON.parse(json.text);
    const checked = diffSchema.parse(parsed);
    if (JSON.stringify(checked) !== JSON.stringify(parsed)) throw new Error('the JSON has keys the schema does not know');
    return { result: json.result, json: checked, md: md.text, text: text.text };
}

/** runDiff's exit code, its stdout (written to a file) and its stderr lines. */
export async function runDiffCommand(cwd: string, operands: string[], options: DiffCommandOptions, afterDashDash?: number): Promise<{ code: number; output: string; stderr: string }> {
    const out = path.join(tempDir('actionplan-diff-out-'), 'diff.out');
    const write = process.stderr.write.bind(process.stderr);
    let stderr = '';
    process.stderr.write = ((chunk: string | Uint8Array) => {
        stderr += String(chunk);
        return true;
    }) as typeof process.stderr.write;
    try {
        const code = await runDiff(operands, { ...options, output: out }, cwd, afterDashDash);
        return { code, output: fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : '', stderr };
    } finally {
        process.stderr.write = write;
    }
}

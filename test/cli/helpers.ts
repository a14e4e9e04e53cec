/**
 * Running the built CLI (dist/cli/actionplan.cjs) as a user would: a fresh
 * Node process, a controlled current folder and environment, stdout and
 * stderr captured. Fixture workspaces live in test/cli/fixtures/ and are
 * copied into temp folders so tests can add files and write reports.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CLI = path.join(REPO, 'dist/cli/actionplan.cjs');
export const FIXTURES = path.join(REPO, 'test/cli/fixtures');

export interface CliRun {
    status: number | null;
    stdout: string;
    stderr: string;
}

export interface RunOptions {
    cwd: string;
    /** Added to (or, with undefined, removed from) the child's environment. */
    env?: Record<string, string | undefined>;
    /** Node options before the CLI file (e.g. `-r preload.cjs`). */
    nodeArgs?: string[];
}

/** Variables that change how the CLI prints, removed so every run starts the same. */
const OUTPUT_VARIABLES = ['FORCE_COLOR', 'NO_COLOR', 'NODE_OPTIONS', 'CI', 'GITHUB_ACTIONS'];

export function cliEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = { ...process.env };
    for (const name of OUTPUT_VARIABLES) delete env[name];
    for (const [name, value] of Object.entries(extra)) {
        if (value === undefined) delete env[name];
        else env[name] = value;
    }
    return env;
}

export function runCli(args: string[], options: RunOptions): CliRun {
    if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: build the project first`);
    const result = spawnSync(process.execPath, [...(options.nodeArgs ?? []), CLI, ...args], {
        cwd: options.cwd, env: cliEnv(options.env), encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024,
    });
    if (result.error) throw result.error;
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Root reads and writes anything: tests of permissions run the CLI as `nobody` there. */
export const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const NOBODY = 65534;

/**
 * Run the built CLI as a user without privileges (setpriv from util-linux)
 * when this process is root, else as this user: so a test that a file cannot
 * be read or written means the same in CI (root) as on a laptop. `cwd` is
 * opened to that user (the files in it keep the modes the test gave them).
 */
export function runCliUnprivileged(args: string[], options: RunOptions): CliRun {
    if (!isRoot) return runCli(args, options);
    fs.chmodSync(options.cwd, 0o777);
    const result = spawnSync('setpriv', [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', '--', process.execPath, CLI, ...args], {
        cwd: options.cwd, env: cliEnv({ HOME: options.cwd, ...options.env }), encoding: 'utf8', timeout: 60_000,
    });
    if (result.error) throw result.error;
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temp folder, removed by `cleanTemp`. */
const temps: string[] = [];

export function tempDir(prefix = 'actionplan-cli-'): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    temps.push(dir);
    return dir;
}

export function cleanTemp(): void {
    for (const dir of temps.splice(0)) {
        try {
            fs.chmodSync(dir, 0o755);
        } catch { /* already gone */ }
        fs.rmSync(dir, { recursive: true, force: true });
    }
}

/** Copy a fixture workspace into `target` (default: a fresh temp folder); returns `target`. */
export function copyFixture(name: string, target: string = tempDir()): string {
    fs.cpSync(path.join(FIXTURES, name), target, { recursive: true });
    return target;
}

/** Write files (workspace-relative path → text or bytes) under `root`. */
export function writeFiles(root: string, files: Record<string, string | Uint8Array>): void {
    for (const [file, content] of Object.entries(files)) {
        const full = path.join(root, file);
        fs.mkdirSync(path.dirname(full), { recursive: true });
        fs.writeFileSync(full, content);
    }
}

/** A line of a stack trace (`    at fn (file:1:2)`). */
export const STACK_LINE = /^\s+at .+/m;

/** Non-empty lines of a text. */
export function linesOf(text: string): string[] {
    return text.split('\n').filter(line => line.trim() !== '');
}

// ------------------------------------------------------------------ the JSON report

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const positive = z.number().int().min(1);
const count = z.number().int().min(0);

/** `check --format json`, exactly as product.md prints it: no key more, no key less. */
export const jsonReportSchema = z.strictObject({
    schemaVersion: z.literal(1),
    asOf: z.string().regex(DATE),
    files: count,
    diagnostics: z.array(z.strictObject({
        file: z.string().min(1).refine(file => !file.includes('\\') && !path.isAbsolute(file), 'relative, with / separators'),
        line: positive,
        column: positive,
        endLine: positive,
        endColumn: positive,
        severity: z.enum(['error', 'warning', 'info', 'hint']),
        rule: z.string().regex(/^[a-z]+(-[a-z]+)*$/),
        message: z.string().min(1),
    })),
    summary: z.strictObject({ errors: count, warnings: count, infos: count, hints: count }),
});

export type JsonReport = z.infer<typeof jsonReportSchema>;
export type JsonDiagnostic = JsonReport['diagnostics'][number];

/** Parse and validate a JSON report; throws with zod's reasons when it is not one. */
export function parseJsonReport(text: string): JsonReport {
    return jsonReportSchema.parse(JSON.parse(text));
}

/** `rule@file:line:column severity` per diagnostic: a compact thing to compare. */
export function brief(report: JsonReport): string[] {
    return report.diagnostics.map(d => `${d.rule}@${d.file}:${d.line}:${d.column} ${d.severity}`);
}

/** The JSON report of a run, after checking that it exited with `status`. */
export function checkJson(args: string[], options: RunOptions, status?: number): JsonReport {
    const run = runCli(['check', '--format', 'json', ...args], options);
    if (status !== undefined && run.status !== status) {
        throw new Error(`expected exit ${status}, got ${run.status}\nstderr: ${run.stderr}\nstdout: ${run.stdout}`);
    }
    return parseJsonReport(run.stdout);
}

/** Today's local date, the CLI's default as-of. */
export function localToday(): string {
    const now = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

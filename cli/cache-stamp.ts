/**
 * The stamp of a cached check: every file-system fact the check read, so a
 * re-run can tell that nothing changed *before* it loads the checker.
 *
 * A check's result depends on which plan files discovery finds (the folders
 * it searched, each config's `ignore`), on their text, on the configs in force
 * and on the as-of date. The stamp records, at the time of the check: each
 * folder searched with a hash of its entries (names, kinds, the folder's real
 * path), each plan file read with a hash of its bytes, each config path
 * looked for with a hash of its bytes (or that it was missing), the options
 * that change the report, the tool's version, and today's date when the as-of
 * date came from it. When every one of them still holds, discovery would walk
 * the same folders, find the same files with the same text under the same
 * configs: the report is the one in the cache. Anything else (a file added to
 * a folder, a config created further up, a changed option, a new day) fails
 * the stamp, and the full check runs.
 *
 * This module loads nothing but Node and zod: `actionplan check --cache`
 * reads it first (cli/cache-hit.ts) and answers without loading the checker.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';
import { isProblem, readPlanFile } from '../language/workspace/plan-files.js';

export const DEFAULT_CACHE_FILE = '.actionplancache';

const stampSchema = z.object({
    version: z.string(),
    cwd: z.string(),
    /** The options that change the report (paths, as-of, config, quiet), as written. */
    reportOptions: z.string(),
    /** Set when the as-of date was today's: the stamp holds only on that day. */
    today: z.string().optional(),
    /** Folder → a hash of its entries. */
    folders: z.record(z.string(), z.string()),
    /** Plan file → the hash of its text (`textHash`). */
    files: z.record(z.string(), z.string()),
    /** Config path looked for → a hash of its bytes, or null when there was none. */
    configs: z.record(z.string(), z.string().nullable()),
});

export type CacheStamp = z.infer<typeof stampSchema>;

export interface StampInput {
    version: string;
    cwd: string;
    reportOptions: string;
    today?: string;
    folders: readonly string[];
    /** Each plan file read, and the `textHash` of its text. */
    files: ReadonlyMap<string, string>;
    configs: Iterable<string>;
}

/** The hash of a plan's text: the stamp and the cache key both use it, so each plan is hashed once per run. */
export function textHash(text: string): string {
    return createHash('sha256').update(text).digest('hex');
}

/** The options that change a check's report, in one string both the CLI and the fast path write alike. */
export function reportOptionsOf(paths: readonly string[], options: { asOf?: string; config?: string; quiet?: boolean }): string {
    return JSON.stringify({ paths, asOf: options.asOf ?? null, config: options.config ?? null, quiet: options.quiet ?? false });
}

export function makeStamp(input: StampInput): CacheStamp | undefined {
    const folders: Record<string, string> = {};
    const files: Record<string, string> = {};
    const configs: Record<string, string | null> = {};
    for (const folder of input.folders) {
        const hash = folderHash(folder);
        if (hash === undefined) return undefined;
        folders[folder] = hash;
    }
    for (const [file, hash] of input.files) files[file] = hash;
    for (const file of input.configs) {
        const hash = fileHash(file);
        if (hash === undefined) return undefined;
        configs[file] = hash;
    }
    return {
        version: input.version, cwd: input.cwd, reportOptions: input.reportOptions,
        ...(input.today === undefined ? {} : { today: input.today }), folders, files, configs,
    };
}

/** Whether every fact of the stamp still holds for a run with these version, folder and options. */
export function stampHolds(stamp: CacheStamp, run: { version: string; cwd: string; reportOptions: string; today: string }): boolean {
    if (stamp.version !== run.version || stamp.cwd !== run.cwd || stamp.reportOptions !== run.reportOptions) return false;
    if (stamp.today !== undefined && stamp.today !== run.today) return false;
    for (const [folder, hash] of Object.entries(stamp.folders)) if (folderHash(folder) !== hash) return false;
    for (const [file, hash] of Object.entries(stamp.files)) {
        const read = readPlanFile(file);
        if (isProblem(read) || textHash(read.text) !== hash) return false;
    }
    for (const [file, hash] of Object.entries(stamp.configs)) if (fileHash(file) !== hash) return false;
    return true;
}

/** A hash of a folder's subfolders and plan files, and what each is; undefined when it cannot be read. */
function folderHash(folder: string): string | undefined {
    try {
        const hash = createHash('sha256').update(fs.realpathSync(folder)).update('\0');
        const entries = fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of entries) {
            // What discovery looks at: folders and plan files (and links to them). Other files, the cache file among them, do not count.
            if (!entry.isDirectory() && !entry.isSymbolicLink() && !entry.name.endsWith('.plan')) continue;
            let kind = entry.isDirectory() ? 'd' : entry.isFile() ? 'f' : 'o';
            if (entry.isSymbolicLink()) {
                try {
                    const stat = fs.statSync(path.join(folder, entry.name));
                    kind = stat.isDirectory() ? 'ld' : stat.isFile() ? 'lf' : 'lo';
                } catch {
                    kind = 'lx';
                }
            }
            hash.update(entry.name).update(`\0${kind}\0`);
        }
        return hash.digest('hex');
    } catch {
        return undefined;
    }
}

/** A hash of a file's bytes; null when there is no such file; undefined when it cannot be read. */
function fileHash(file: string): string | null | undefined {
    try {
        return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
    } catch (error) {
        return (error as NodeJS.ErrnoException).code === 'ENOENT' ? null : undefined;
    }
}

/** The cache file: the report of the last check, the key of its inputs, and its stamp. */
export const cacheFileSchema = z.object({
    key: z.string(),
    report: z.object({
        schemaVersion: z.literal(1),
        asOf: z.string(),
        files: z.number().int(),
        diagnostics: z.array(z.object({
            file: z.string(), line: z.number().int(), column: z.number().int(), endLine: z.number().int(), endColumn: z.number().int(),
            severity: z.enum(['error', 'warning', 'info', 'hint']), rule: z.string(), message: z.string(),
        })),
        summary: z.object({ errors: z.number().int(), warnings: z.number().int(), infos: z.number().int(), hints: z.number().int() }),
    }),
    fileNames: z.array(z.string()),
    stamp: stampSchema.optional(),
});

export type CachedCheck = z.infer<typeof cacheFileSchema>;

/** The cache file's content, or undefined when it is missing, unreadable or not of the expected shape (never trusted). */
export function readCacheFile(file: string): CachedCheck | undefined {
    try {
        const parsed = cacheFileSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
        return parsed.success ? parsed.data : undefined;
    } catch {
        return undefined;
    }
}

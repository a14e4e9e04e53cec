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
 * The cache is a hint, never evidence. A cache file sits in the workspace,
 * where a pull request can commit one whose report says "No problems" under
 * a key or a stamp computed to match. So every cache file is sealed: an
 * HMAC-SHA256 of its content under a random key kept outside the workspace
 * (`$XDG_CACHE_HOME/actionplan/cache-key`, else `~/.cache/actionplan/cache-key`,
 * created on first use, readable by the user only). A cache that was not
 * written by this user on this machine, or was edited since, does not
 * verify and is ignored. When that key cannot be read or created, nothing is
 * cached and every run is a full check.
 *
 * This module loads nothing but Node and zod: `actionplan check --cache`
 * reads it first (cli/cache-hit.ts) and answers without loading the checker.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { z } from 'zod';
import { MAX_CONFIG_BYTES, readBounded } from '../language/io.js';
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

/** Whether every fact of the stamp still holds for a run with these version, folder and options (`asOfGiven`: `--as-of` was given). */
export function stampHolds(stamp: CacheStamp, run: { version: string; cwd: string; reportOptions: string; today: string; asOfGiven: boolean }): boolean {
    if (stamp.version !== run.version || stamp.cwd !== run.cwd || stamp.reportOptions !== run.reportOptions) return false;
    // Without --as-of the report may depend on today's date: a stamp without a day holds on no day.
    if (!run.asOfGiven && stamp.today !== run.today) return false;
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
        return createHash('sha256').update(readBounded(file, { limit: MAX_CONFIG_BYTES, what: 'a config' })).digest('hex');
    } catch (error) {
        return (error as { missing?: boolean }).missing ? null : undefined;
    }
}

const positive = z.number().int().positive();

/** What a cache holds: the report of the last check, the key of its inputs, and its stamp. Strict, so a report can only hold what a check writes. */
export const cacheBodySchema = z.object({
    key: z.string().regex(/^[0-9a-f]{64}$/),
    report: z.object({
        schemaVersion: z.literal(1),
        asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
        files: z.number().int().nonnegative(),
        diagnostics: z.array(z.object({
            file: z.string(), line: positive, column: positive, endLine: positive, endColumn: positive,
            severity: z.enum(['error', 'warning', 'info', 'hint']), rule: z.string().regex(/^[a-z][a-z0-9-]*$/), message: z.string(),
        })),
        summary: z.object({ errors: z.number().int().nonnegative(), warnings: z.number().int().nonnegative(), infos: z.number().int().nonnegative(), hints: z.number().int().nonnegative() }),
    }),
    fileNames: z.array(z.string()),
    stamp: stampSchema.optional(),
});

/** The file: a magic name, the seal, and the body, written in this order (the seal covers the body's text). */
const CACHE_MAGIC = 'actionplan-cache';

export type CachedCheck = z.infer<typeof cacheBodySchema>;

/** A cache file may be this large: a report of 100,000 diagnostics is about 30 MB. */
export const MAX_CACHE_BYTES = 256 * 1024 * 1024;

/** The folder of the key that seals cache files: outside every workspace. */
export function cacheKeyFolder(): string {
    const base = process.env.XDG_CACHE_HOME && path.isAbsolute(process.env.XDG_CACHE_HOME) ? process.env.XDG_CACHE_HOME : path.join(os.homedir(), '.cache');
    return path.join(base, 'actionplan');
}

let sealKey: Buffer | null | undefined;

/** The key that seals cache files (created on first use when `create`); null when there is none to be had. */
function sealingKey(create: boolean): Buffer | null {
    if (sealKey) return sealKey;
    if (sealKey === null && !create) return null;
    const file = path.join(cacheKeyFolder(), 'cache-key');
    try {
        const text = readBounded(file, { limit: 1024, what: 'the cache key', noFollow: true }).toString('latin1').trim();
        if (/^[0-9a-f]{64}$/.test(text)) return (sealKey = Buffer.from(text, 'hex'));
    } catch { /* none yet */ }
    if (!create) return (sealKey = null);
    try {
        fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
        const key = randomBytes(32);
        // 'wx': never through a link, never over a key another run just wrote.
        fs.writeFileSync(file, key.toString('hex'), { flag: 'wx', mode: 0o600 });
        return (sealKey = key);
    } catch {
        sealKey = undefined;
        try {
            const text = readBounded(file, { limit: 1024, what: 'the cache key', noFollow: true }).toString('latin1').trim();
            if (/^[0-9a-f]{64}$/.test(text)) return (sealKey = Buffer.from(text, 'hex'));
        } catch { /* no key: no cache */ }
        return null;
    }
}

function seal(key: Buffer, body: string): string {
    return createHmac('sha256', key).update(body).digest('hex');
}

/** The text of a cache file holding `entry`, sealed; undefined when there is no key to seal it with (then nothing is cached). */
export function sealCache(entry: CachedCheck): string | undefined {
    const key = sealingKey(true);
    if (!key) return undefined;
    const body = JSON.stringify(entry);
    return `{"magic":"${CACHE_MAGIC}","version":2,"seal":"${seal(key, body)}","body":${body}}`;
}

/** Whether these bytes are a cache file of ours (sealed or not, current or of the previous shape): what `--cache-location` may overwrite. */
export function looksLikeOurCache(bytes: Buffer): boolean {
    try {
        const value = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
        return value?.magic === CACHE_MAGIC || (typeof value?.key === 'string' && typeof value?.report === 'object' && Array.isArray(value?.fileNames));
    } catch {
        return false;
    }
}

/**
 * The cache file's content, or undefined when it is missing, unreadable, a
 * link, not of the expected shape, or not sealed by this user's key (never
 * trusted).
 */
export function readCacheFile(file: string): CachedCheck | undefined {
    try {
        const text = readBounded(file, { limit: MAX_CACHE_BYTES, what: 'a cache file', noFollow: true }).toString('utf8');
        // The seal covers the body's text exactly as written: checked before the body is even parsed.
        const head = text.match(/^\{"magic":"actionplan-cache","version":2,"seal":"([0-9a-f]{64})","body":/);
        if (!head || !text.endsWith('}')) return undefined;
        const body = text.slice(head[0].length, -1);
        const key = sealingKey(false);
        if (!key) return undefined;
        const expected = Buffer.from(seal(key, body), 'hex');
        if (!timingSafeEqual(Buffer.from(head[1], 'hex'), expected)) return undefined;
        const parsed = cacheBodySchema.safeParse(JSON.parse(body));
        return parsed.success ? parsed.data : undefined;
    } catch {
        return undefined;
    }
}

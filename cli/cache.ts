/**
 * `check --cache`: a re-run on an unchanged workspace prints from a cache
 * file. Diagnostics depend on other files (names, teams, references), so the
 * key covers every input at once: the tool's version, the options, the as-of
 * date, and the content of every plan file and of every config in force. A
 * cache that is stale, unreadable, not of the expected shape or not sealed by
 * this user (cache-stamp.ts) is ignored and rewritten, never trusted.
 *
 * The cache is written only to a regular file or a new one, never through a
 * symbolic link; `--cache-location` never overwrites a plan or a file that is
 * not a cache of ours. It is replaced whole (a temporary file renamed), so a
 * killed run leaves the old cache or the new one.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { ioReason, readBounded } from '../language/io.js';
import { looksLikeOurCache, MAX_CACHE_BYTES, readCacheFile, sealCache, type CacheStamp, type CachedCheck } from './cache-stamp.js';
import type { CheckReport } from './report.js';

export { DEFAULT_CACHE_FILE, type CachedCheck } from './cache-stamp.js';

export interface CacheKeyInput {
    version: string;
    options: Record<string, unknown>;
    asOf: string;
    /** Each plan file and the hash of its text (`textHash`). */
    plans: ReadonlyMap<string, string>;
    /** The config files in force (path and text); a missing config is part of the key too. */
    configs: Array<{ file: string; text: string | undefined }>;
}

export function cacheKey(input: CacheKeyInput): string {
    const hash = createHash('sha256');
    hash.update(JSON.stringify({ version: input.version, options: input.options, asOf: input.asOf }));
    for (const file of [...input.plans.keys()].sort()) {
        hash.update(`\0plan\0${file}\0${input.plans.get(file)}`);
    }
    for (const config of [...input.configs].sort((a, b) => (a.file < b.file ? -1 : 1))) {
        hash.update(`\0config\0${config.file}\0`).update(config.text ?? '\0missing');
    }
    return hash.digest('hex');
}

/** The cached report for `key`, or undefined when there is none that can be trusted. */
export function readCache(file: string, key: string): CachedCheck | undefined {
    const cached = readCacheFile(file);
    return cached?.key === key ? cached : undefined;
}

/**
 * Write the cache; a cache that cannot be written is only a slower next run.
 * Returns a problem (one line, naming the file) when the cache is refused
 * for safety: the path is a link, a plan, or (when `named`, i.e. given with
 * `--cache-location`) an existing file that is not a cache of ours.
 */
export function writeCache(file: string, entry: { key: string; report: CheckReport; fileNames: string[]; stamp?: CacheStamp }, named: boolean, shown: string): string | undefined {
    const refusal = cacheRefusal(file, named);
    if (refusal) return `${shown}: the cache is not written: ${refusal}`;
    const text = sealCache(entry as CachedCheck);
    if (text === undefined) return undefined;
    try {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        writeFileAtomic.sync(file, text);
    } catch {
        // ignored on purpose
    }
    return undefined;
}

/** Why the cache may not be written at `file`, or undefined when it may. */
function cacheRefusal(file: string, named: boolean): string | undefined {
    if (file.endsWith('.plan')) return 'it is a plan file';
    let stat: fs.Stats;
    try {
        stat = fs.lstatSync(file);
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        return code === 'ENOENT' ? undefined : ioReason(error);
    }
    if (stat.isSymbolicLink()) return 'it is a symbolic link (the cache is never written through a link)';
    if (!stat.isFile()) return stat.isDirectory() ? 'it is a folder' : 'it is not a regular file';
    if (!named) return undefined;
    try {
        if (looksLikeOurCache(readBounded(file, { limit: MAX_CACHE_BYTES, what: 'a cache file', noFollow: true }))) return undefined;
    } catch { /* unreadable or too large: not ours */ }
    return 'the file is not an actionplan cache, and --cache-location never overwrites another file';
}

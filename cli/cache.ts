/**
 * `check --cache`: a re-run on an unchanged workspace prints from a cache
 * file. Diagnostics depend on other files (names, teams, references), so the
 * key covers every input at once: the tool's version, the options, the as-of
 * date, and the content of every plan file and of every config in force. A
 * cache that is stale, unreadable or not of the expected shape is ignored and
 * rewritten, never trusted.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readCacheFile, type CacheStamp, type CachedCheck } from './cache-stamp.js';
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

/** Write the cache; a cache that cannot be written is only a slower next run. */
export function writeCache(file: string, entry: { key: string; report: CheckReport; fileNames: string[]; stamp?: CacheStamp }): void {
    try {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, JSON.stringify(entry));
    } catch {
        // ignored on purpose
    }
}

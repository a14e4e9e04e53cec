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
import { z } from 'zod';
import type { PlanSource } from '../language/workspace/plan-files.js';
import type { CheckReport } from './report.js';

export const DEFAULT_CACHE_FILE = '.actionplancache';

const cacheSchema = z.object({
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
});

export type CachedCheck = z.infer<typeof cacheSchema>;

export interface CacheKeyInput {
    version: string;
    options: Record<string, unknown>;
    asOf: string;
    sources: PlanSource[];
    /** The config files in force (path and text); a missing config is part of the key too. */
    configs: Array<{ file: string; text: string | undefined }>;
}

export function cacheKey(input: CacheKeyInput): string {
    const hash = createHash('sha256');
    hash.update(JSON.stringify({ version: input.version, options: input.options, asOf: input.asOf }));
    for (const source of [...input.sources].sort((a, b) => (a.file < b.file ? -1 : 1))) {
        hash.update(`\0plan\0${source.file}\0`).update(source.text);
    }
    for (const config of [...input.configs].sort((a, b) => (a.file < b.file ? -1 : 1))) {
        hash.update(`\0config\0${config.file}\0`).update(config.text ?? '\0missing');
    }
    return hash.digest('hex');
}

/** The cached report for `key`, or undefined when there is none that can be trusted. */
export function readCache(file: string, key: string): CachedCheck | undefined {
    let text: string;
    try {
        text = fs.readFileSync(file, 'utf8');
    } catch {
        return undefined;
    }
    try {
        const parsed = cacheSchema.safeParse(JSON.parse(text));
        return parsed.success && parsed.data.key === key ? parsed.data : undefined;
    } catch {
        return undefined;
    }
}

/** Write the cache; a cache that cannot be written is only a slower next run. */
export function writeCache(file: string, entry: { key: string; report: CheckReport; fileNames: string[] }): void {
    try {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, JSON.stringify(entry));
    } catch {
        // ignored on purpose
    }
}

/** `actionplan check [PATH…]`: parse, link and validate; print the diagnostics. */
import { today } from '../language/dates.js';
import { formatConfigProblem } from './config-problems.js';
import { EXIT } from './errors.js';
import { formatSarif } from './formats/sarif.js';
import { warnLine } from './output.js';
import { makeStamp, reportOptionsOf, textHash } from './cache-stamp.js';
import { emitReport } from './emit.js';
import { progressBar } from './progress.js';
import * as path from 'node:path';
import { MAX_CONFIG_BYTES, readBounded } from '../language/io.js';
import { cacheKey, DEFAULT_CACHE_FILE, readCache, writeCache } from './cache.js';
import { buildReport, displayPath, type CheckReport } from './report.js';
import { buildSources, readWorkspace } from './workspace.js';
import { probedForStamp, unmatchedMessage, type PlanSource } from './files.js';

export const CHECK_FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

export interface CheckOptions {
    format?: CheckFormat;
    asOf?: string;
    config?: string;
    maxWarnings?: number;
    quiet?: boolean;
    output?: string;
    cache?: boolean;
    cacheLocation?: string;
    /** Print paths relative to this folder instead of the current one (the repository root on a CI runner). */
    pathBase?: string;
    /** false: a path that finds no plan file is not an error (`--no-error-on-unmatched-pattern`). */
    errorOnUnmatchedPattern?: boolean;
    /** The plan read from stdin (`--stdin`), checked as if it were its file. */
    stdin?: PlanSource;
}

export async function runCheck(paths: string[], options: CheckOptions, cwd: string, version: string): Promise<number> {
    const { report, fileNames, problems, unmatched, warnings } = await checkPaths(paths, options, cwd, version, progressBar('Checking'));
    for (const warning of warnings ?? []) warnLine(warning);
    for (const line of unmatched ?? []) warnLine(line);
    // Never "No problems" for a run that found nothing (a CI job pointed at the wrong folder): no report at all.
    if (unmatched?.length && fileNames.length === 0) return EXIT.failure;
    for (const problem of problems) warnLine(problem);
    const exit = emitReport(report, fileNames,
        { format: options.format ?? 'stylish', output: options.output, maxWarnings: options.maxWarnings, pathBase: options.pathBase }, cwd,
        (shown, base) => formatSarif(shown, base, version));
    return problems.length || unmatched?.length ? EXIT.failure : exit;
}

export interface CheckRun {
    /** What `--format json` prints. */
    report: CheckReport;
    fileNames: string[];
    /** A config or a plan file that could not be used, one line each (file: reason); the CLI then exits with 2. */
    problems: string[];
    /** The paths that found no plan file, one line each: nothing was checked (unless `errorOnUnmatchedPattern` is false). */
    unmatched?: string[];
    /** Lines that do not fail the run (a symbolic link not followed). */
    warnings?: string[];
}

/** The report of a check (from the cache when asked and valid), shared by `actionplan check` and the Node API. */
export async function checkPaths(paths: string[], options: CheckOptions, cwd: string, version: string,
    progress?: ReturnType<typeof progressBar>): Promise<CheckRun> {
    const { services, sources, fileProblems, walked, reported, unmatched, skippedLinks, probed } = readWorkspace(paths,
        { cwd, configFile: options.config, asOf: options.asOf, withWorkspace: true, stdin: options.stdin });
    const warnings = skippedLinks.map(link => `${displayPath(link, cwd)}: a symbolic link that leads out of the workspace; not followed`);
    const unmatchedLines = options.errorOnUnmatchedPattern === false ? [] : unmatched.map(unmatchedMessage);
    if (unmatchedLines.length && reported.size === 0) {
        progress?.stop();
        const empty: CheckReport = { schemaVersion: 1, asOf: options.asOf ?? today(), files: 0, diagnostics: [], summary: { errors: 0, warnings: 0, infos: 0, hints: 0 } };
        return { report: empty, fileNames: [], problems: [], unmatched: unmatchedLines, warnings };
    }
    const config = services.config.ConfigProvider;
    const first = sources[0]?.file ?? `${cwd}/x.plan`;
    const asOf = options.asOf ?? config.forFile(first).asOf ?? today();
    const cacheFile = path.resolve(cwd, options.cacheLocation ?? DEFAULT_CACHE_FILE);
    // Text from stdin is not cached: it is not on disk for the stamp to see.
    const plans = options.cache && !options.stdin ? new Map(sources.map(s => [s.file, textHash(s.text)])) : undefined;
    const key = plans && config.problems.length === 0 && fileProblems.length === 0 && unmatchedLines.length === 0
        ? cacheKey({
            version, asOf, plans,
            // The files read only for names are in `plans`; which files are reported is part of the key too.
            options: { config: options.config ?? null, quiet: options.quiet ?? false, cwd, reported: [...reported].sort() },
            configs: configsInForce(sources.map(s => s.file), config),
        })
        : undefined;
    const cached = key === undefined ? undefined : readCache(cacheFile, key);

    let report: CheckReport;
    let fileNames: string[];
    const cacheProblems: string[] = [];
    if (cached) {
        ({ report, fileNames } = cached);
    } else {
        const built = await buildSources(services, sources, progress && ((done, total) => progress.update(done, total)));
        progress?.stop();
        // Only the files found under the paths are reported; the rest of their workspaces was read for names.
        const documents = built.filter((_, i) => reported.has(sources[i].file));
        report = buildReport(documents, cwd, asOf, options.quiet ?? false);
        fileNames = documents.map(d => displayPath(d.uri.fsPath, cwd));
    }
    if (key !== undefined && plans) {
        const roots = probedForStamp(probed); // what decided the workspace roots
        // The stamp lets the next run answer before it loads the checker (cli/cache-hit.ts).
        const stamp = makeStamp({
            version, cwd, reportOptions: reportOptionsOf(paths, options), today: options.asOf === undefined ? today() : undefined,
            folders: [...walked, ...roots.folders], files: plans, configs: [...config.probed, ...roots.files],
        });
        const refused = writeCache(cacheFile, { key, report, fileNames, ...(stamp ? { stamp } : {}) }, options.cacheLocation !== undefined,
            options.cacheLocation ?? DEFAULT_CACHE_FILE);
        if (refused) cacheProblems.push(refused);
    }
    const problems = [
        ...config.problems.map(problem => formatConfigProblem(problem, cwd)),
        ...fileProblems.map(problem => `${displayPath(problem.file, cwd)}: ${problem.message}`),
        ...cacheProblems,
    ];
    return { report, fileNames, problems, warnings, unmatched: unmatchedLines };
}

/** Every config file that applies to one of the plans, with its text (what the cache key must cover). */
function configsInForce(files: string[], config: ReturnType<typeof readWorkspace>['services']['config']['ConfigProvider']) {
    const used = new Set<string>();
    for (const file of files) {
        const found = config.forFile(file).file;
        if (found) used.add(found);
    }
    return [...used].map(file => {
        try {
            return { file, text: readBounded(file, { limit: MAX_CONFIG_BYTES, what: 'a config' }).toString('utf8') };
        } catch {
            return { file, text: undefined };
        }
    });
}

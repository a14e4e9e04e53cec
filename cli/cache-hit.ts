/**
 * `actionplan check --cache` on an unchanged repository, answered before the
 * checker is loaded: the options are read here, the cache file's stamp (see
 * cache-stamp.ts) is checked against the disk, and on a hit the cached report
 * is printed as the full check would print it. Anything this path is not
 * sure of (an option it does not know, SARIF, a stamp that fails, any error)
 * returns undefined, and the full CLI runs and decides, with its own messages.
 */
import * as path from 'node:path';
import { today } from '../language/dates.js';
import { DEFAULT_CACHE_FILE, readCacheFile, reportOptionsOf, stampHolds } from './cache-stamp.js';
import { emitReport, LIGHT_FORMATS } from './emit.js';

declare const __VERSION__: string;

interface FastOptions {
    paths: string[];
    cache: boolean;
    cacheLocation?: string;
    format: string;
    asOf?: string;
    config?: string;
    maxWarnings?: number;
    quiet?: boolean;
    output?: string;
}

const VALUE_OPTIONS: Record<string, keyof FastOptions> = {
    '--cache-location': 'cacheLocation', '-f': 'format', '--format': 'format', '--as-of': 'asOf',
    '-c': 'config', '--config': 'config', '--max-warnings': 'maxWarnings', '-o': 'output', '--output': 'output',
};

/** The options of `check`, when every argument is one this path understands; undefined otherwise. */
export function parseCheckArguments(args: readonly string[]): FastOptions | undefined {
    if (args[0] !== 'check') return undefined;
    const options: FastOptions = { paths: [], cache: false, format: 'stylish' };
    const set = (name: keyof FastOptions, value: string): boolean => {
        if (value.startsWith('-') && value !== '-') return false;
        if (name === 'maxWarnings') {
            if (!/^\d+$/.test(value)) return false;
            options.maxWarnings = Number(value);
        } else {
            (options as unknown as Record<string, string>)[name] = value;
        }
        return true;
    };
    for (let i = 1; i < args.length; i++) {
        const arg = args[i];
        if (arg === '--') {
            options.paths.push(...args.slice(i + 1));
            break;
        }
        if (arg === '--cache') options.cache = true;
        else if (arg === '-q' || arg === '--quiet') options.quiet = true;
        else if (arg in VALUE_OPTIONS) {
            if (i + 1 >= args.length || !set(VALUE_OPTIONS[arg], args[++i])) return undefined;
        } else if (arg.startsWith('--') && arg.includes('=') && arg.slice(0, arg.indexOf('=')) in VALUE_OPTIONS) {
            if (!set(VALUE_OPTIONS[arg.slice(0, arg.indexOf('='))], arg.slice(arg.indexOf('=') + 1))) return undefined;
        } else if (arg.startsWith('-')) {
            return undefined;
        } else {
            options.paths.push(arg);
        }
    }
    return options;
}

/** The exit code of a check answered from the cache, or undefined when the full check must run. */
export function tryCachedCheck(args: readonly string[], version: string = __VERSION__): number | undefined {
    try {
        const options = parseCheckArguments(args);
        if (!options?.cache || !(LIGHT_FORMATS as readonly string[]).includes(options.format)) return undefined;
        const cwd = process.cwd();
        const cached = readCacheFile(path.resolve(cwd, options.cacheLocation ?? DEFAULT_CACHE_FILE));
        if (!cached?.stamp) return undefined;
        const reportOptions = reportOptionsOf(options.paths, options);
        if (!stampHolds(cached.stamp, { version, cwd, reportOptions, today: today(), asOfGiven: options.asOf !== undefined })) return undefined;
        return emitReport(cached.report, cached.fileNames, options, cwd);
    } catch {
        return undefined;
    }
}

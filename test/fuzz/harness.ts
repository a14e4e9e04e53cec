/**
 * How the fuzz properties run: each is one mocha test that runs fast-check
 * with a fixed seed. In `npm test` every property runs a small fixed number
 * of cases (the fixed-seed subset); `npm run fuzz -- --runs N` (test/fuzz/run.ts)
 * sets FUZZ_RUNS and every property runs N cases (or its stated share of N).
 *
 * Every case has a time bound: a case slower than FUZZ_CASE_LIMIT_MS fails
 * (a parser or rule that goes quadratic is a hang waiting for a big enough
 * plan). A case that never returns cannot be timed from inside, so under
 * `npm run fuzz` a watchdog thread ends the process when one case has run for
 * FUZZ_HANG_MS, naming the property, the seed and the case to replay.
 */
import * as fs from 'node:fs';
import { MessageChannel, Worker } from 'node:worker_threads';
import fc from 'fast-check';
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createActionPlanCoreServices } from '../../language/action-plan-module.js';
import type { PlanFiles } from './arbitraries.js';

// ------------------------------------------------------------------ settings

const envNumber = (name: string) => {
    const value = Number(process.env[name]);
    return process.env[name] !== undefined && Number.isFinite(value) ? value : undefined;
};

/** The seed of every property: fixed in `npm test`, chosen with `--seed` under `npm run fuzz`. */
export const SEED = envNumber('FUZZ_SEED') ?? 20_261_125;
/** Cases per property under `npm run fuzz -- --runs N`; undefined in `npm test`. */
export const FUZZ_RUNS = envNumber('FUZZ_RUNS');
/** A long run (`npm run fuzz`), as opposed to the fixed-seed subset of `npm test`. */
export const LONG = FUZZ_RUNS !== undefined;
/** How long one ordinary case may take. Cases are a few milliseconds; this is the bound of a hang, not a benchmark. */
export const CASE_LIMIT_MS = envNumber('FUZZ_CASE_LIMIT_MS') ?? 10_000;
const HANG_MS = envNumber('FUZZ_HANG_MS') ?? 120_000;

/** The number of cases of a property: `quick` in npm test, `share` × N under `npm run fuzz -- --runs N`. */
export function runsOf(quick: number, share = 1): number {
    return FUZZ_RUNS === undefined ? quick : Math.max(1, Math.ceil(FUZZ_RUNS * share));
}

// ------------------------------------------------------------------ the watchdog

const heartbeat = new Int32Array(new SharedArrayBuffer(8));
let watchdog: Worker | undefined;

function startWatchdog(): void {
    if (watchdog || !LONG) return;
    // [0]: cases started; [1]: 1 while a case runs. A case that runs HANG_MS is a hang: say which and end the process.
    watchdog = new Worker(`
        const { workerData, receiveMessageOnPort, parentPort } = require('node:worker_threads');
        const beat = new Int32Array(workerData.buffer);
        let seen = -1, since = Date.now(), label = '';
        setInterval(() => {
            for (let m; (m = receiveMessageOnPort(workerData.port)); ) label = m.message;
            const now = Atomics.load(beat, 0);
            if (now !== seen || Atomics.load(beat, 1) === 0) { seen = now; since = Date.now(); return; }
            if (Date.now() - since > workerData.hangMs) {
                process._rawDebug('fuzz: HANG: ' + label + ' has run for more than ' + workerData.hangMs + ' ms');
                process.kill(process.pid, 'SIGKILL');
            }
        }, 1000).unref();
    `, { eval: true, workerData: { buffer: heartbeat.buffer, hangMs: HANG_MS, port: labels.port1 }, transferList: [labels.port1] });
    watchdog.unref();
}

/** The label of the running case, for the watchdog's message. */
const labels = new MessageChannel();

function caseStarted(label: string): void {
    if (watchdog) labels.port2.postMessage(label);
    Atomics.add(heartbeat, 0, 1);
    Atomics.store(heartbeat, 1, 1);
}

function caseEnded(): void {
    Atomics.store(heartbeat, 1, 0);
}

// ------------------------------------------------------------------ properties

export interface FuzzOptions<T> {
    runs: number;
    /** The time bound of one case (default CASE_LIMIT_MS). */
    limitMs?: number;
    /** Values always tried first (fast-check `examples`). */
    examples?: T[];
}

export interface FuzzRecord {
    property: string;
    cases: number;
    failed: boolean;
    ms: number;
    seed: number;
    counterexample?: string;
}

/** Where `npm run fuzz` collects the results (one JSON line per property). */
function record(entry: FuzzRecord): void {
    const file = process.env.FUZZ_REPORT;
    if (file) fs.appendFileSync(file, JSON.stringify(entry) + '\n');
}

/**
 * One property, as one mocha test: `check` must return (or resolve) for every
 * generated value, within the time bound. On failure the message holds the
 * seed and path to replay it (`npm run fuzz -- --seed S --path P --grep TITLE`).
 */
export function fuzz<T>(title: string, arbitrary: fc.Arbitrary<T>, check: (value: T) => void | Promise<void>, options: FuzzOptions<T>): void {
    it(title, async function () {
        this.timeout(0);
        startWatchdog();
        const limit = options.limitMs ?? CASE_LIMIT_MS;
        const started = performance.now();
        let index = 0;
        const property = fc.asyncProperty(arbitrary, async value => {
            caseStarted(`${title} (seed ${SEED}, case ${index++})`);
            const t0 = performance.now();
            try {
                await check(value);
            } finally {
                caseEnded();
            }
            const ms = performance.now() - t0;
            if (ms > limit) throw new Error(`the case took ${Math.round(ms)} ms, more than the ${limit} ms a case may take`);
        });
        const details = await fc.check(property, {
            seed: SEED,
            numRuns: options.runs,
            path: process.env.FUZZ_PATH,
            examples: options.examples?.map(e => [e] as [T]),
            // Shrinking a slow case is slow: under a long run, report the first failure as found.
            endOnFailure: LONG,
        });
        record({
            property: `${this.test?.parent?.title ?? ''}: ${title}`.replace(/^: /, ''),
            cases: details.numRuns, failed: details.failed, ms: Math.round(performance.now() - started), seed: SEED,
            counterexample: details.failed ? truncate(fc.stringify(details.counterexample)) : undefined,
        });
        if (details.failed) throw new Error(truncate(fc.defaultReportMessage(details) ?? 'failed'), { cause: details.errorInstance });
    });
}

function truncate(text: string, max = 4000): string {
    return text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : text;
}

// ------------------------------------------------------------------ building plans

const configs = new Map<string, string>();
const core = createActionPlanCoreServices({ ...EmptyFileSystem, configReader: file => configs.get(file) });
export const services = core.ActionPlan;
const shared = core.shared;
let workspaces = 0;

export interface Built {
    root: string;
    /** By workspace-relative path. */
    documents: Map<string, LangiumDocument>;
    diagnostics(file: string): Diagnostic[];
}

/**
 * Parse, link and validate `files` (as the CLI and the server do, every rule
 * on), run `use` on the result, then remove the documents again. One set of
 * services serves every case; each case has its own folder.
 */
export async function withWorkspace<R>(files: PlanFiles, use: (built: Built) => R | Promise<R>, options: { asOf?: string; configs?: PlanFiles } = {}): Promise<R> {
    const root = `/fuzz/w${++workspaces}`;
    const config = services.config.ConfigProvider;
    config.clear();
    config.settings = { roots: [root], asOf: options.asOf ?? '2026-05-01' };
    configs.clear();
    for (const [file, text] of Object.entries(options.configs ?? {})) configs.set(`${root}/${file}`, text);
    const documents = new Map<string, LangiumDocument>();
    for (const [file, text] of Object.entries(files)) {
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`${root}/${file}`));
        shared.workspace.LangiumDocuments.addDocument(document);
        documents.set(file, document);
    }
    try {
        await shared.workspace.DocumentBuilder.build([...documents.values()], { validation: true });
        return await use({ root, documents, diagnostics: file => documents.get(file)?.diagnostics ?? [] });
    } finally {
        await shared.workspace.DocumentBuilder.update([], [...documents.values()].map(d => d.uri));
    }
}

/** The lines of a text (split once per text, not once per diagnostic: a giant file has 100,000 of them). */
const linesOf = (() => {
    let last: { text: string; lines: string[] } | undefined;
    return (text: string) => {
        if (last?.text !== text) last = { text, lines: text.split(/\r\n|\r|\n/) };
        return last.lines;
    };
})();

/** Every way a diagnostic's range can fall outside its document: none, or the reason. */
export function rangeProblem(diagnostic: Diagnostic, text: string): string | undefined {
    const lines = linesOf(text);
    const { start, end } = diagnostic.range;
    for (const [what, p] of [['start', start], ['end', end]] as const) {
        if (!Number.isInteger(p.line) || !Number.isInteger(p.character) || p.line < 0 || p.character < 0) return `${what} ${JSON.stringify(p)} is not a position`;
        if (p.line >= lines.length) return `${what} line ${p.line} is past the last line (${lines.length - 1})`;
        if (p.character > lines[p.line].length) return `${what} ${JSON.stringify(p)} is past the end of its line (${lines[p.line].length} characters)`;
    }
    if (start.line > end.line || (start.line === end.line && start.character > end.character)) return `the range ends before it starts: ${JSON.stringify(diagnostic.range)}`;
    return undefined;
}

/** Run `run` with what it writes to stderr captured (the command functions of the CLI, run in-process). */
export async function capturingStderr<T>(run: () => Promise<T>): Promise<{ value: T; stderr: string }> {
    let stderr = '';
    const write = process.stderr.write;
    process.stderr.write = ((chunk: string | Uint8Array) => {
        stderr += String(chunk);
        return true;
    }) as typeof process.stderr.write;
    try {
        return { value: await run(), stderr };
    } finally {
        process.stderr.write = write;
    }
}

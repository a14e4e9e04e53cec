/**
 * `npm run bench`: generates the benchmark workspaces (seeded), measures the
 * CLI, the two baselines and the language server, and writes the figures to
 * docs/benchmarks.md with the machine's description and the changes since
 * the figures recorded there before.
 *
 *   npm run bench                      sizes 100, 1,000 and 10,000; 5 runs; LSP on 1,000 files; the .vsix
 *   npm run bench -- --quick           CI: 100 files, 3 runs, a short LSP pass, no .vsix, nothing written
 *   options: --sizes 100,1000  --runs N  --no-write  --no-lsp  --no-vsix  --lsp-size N  --seed N  --out FILE
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildBaselines, runTokenize, runYamlCheck } from './baseline.js';
import { BUILT_CLI, clearCache, runCheck, runOneFile, runVersion, snapshotCli, supportsCache } from './cli-timing.js';
import { generateWorkspace, type GeneratedWorkspace } from './generate.js';
import { measureLsp } from './lsp.js';
import { BENCH, REPO, type ProcessSample } from './process.js';
import {
    CACHED, COLD, compare, describeMachine, mergeReport, ONE_FILE, ONE_FILE_FIRST, parseFigures, printChanges, renderResults, revision, TOKENIZE, VERSION, VERSION_FIRST, YAML,
    type BenchResult, type Change, type ProcessFigure,
} from './report.js';
import { summarize } from './stats.js';
import { writeYamlWorkspace } from './yaml-workspace.js';

export interface BenchOptions {
    sizes: number[];
    runs: number;
    /** Untimed runs before the timed ones (warm the disk cache). */
    warmup: number;
    write: boolean;
    /** The language server: on which size (undefined: not measured), and how much. */
    lsp?: { size: number; edits: number; requests: number; memoryEdits: number };
    vsix: boolean;
    seed: number;
    /** Where the workspaces are generated (kept between runs; regenerated when the generator changes). */
    workspaces: string;
    /** The report file. */
    out: string;
    command: string;
    log: (line: string) => void;
}

export const DEFAULT_OUT = path.join(REPO, 'docs/benchmarks.md');

export function parseOptions(argv: string[], log: (line: string) => void = console.log): BenchOptions {
    const { values } = parseArgs({
        args: argv, allowPositionals: false, options: {
            sizes: { type: 'string' }, runs: { type: 'string' }, warmup: { type: 'string' }, quick: { type: 'boolean' },
            'no-write': { type: 'boolean' }, 'no-lsp': { type: 'boolean' }, 'no-vsix': { type: 'boolean' },
            'lsp-size': { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' }, workspaces: { type: 'string' },
        },
    });
    const quick = values.quick ?? false;
    const number = (value: string | undefined, fallback: number, name: string) => {
        const n = value === undefined ? fallback : Number(value);
        if (!Number.isInteger(n) || n < 0) throw new Error(`--${name}: a whole number, not ${value}`);
        return n;
    };
    const sizes = (values.sizes ?? (quick ? '100' : '100,1000,10000')).split(',').map(s => number(s.trim(), 0, 'sizes'));
    if (sizes.some(s => s < 10)) throw new Error('--sizes: at least 10 files each');
    const lspSize = number(values['lsp-size'], quick ? Math.min(...sizes) : sizes.includes(1000) ? 1000 : Math.max(...sizes), 'lsp-size');
    return {
        sizes, runs: Math.max(1, number(values.runs, quick ? 3 : 5, 'runs')), warmup: number(values.warmup, 1, 'warmup'),
        write: !(values['no-write'] ?? quick),
        lsp: values['no-lsp'] ? undefined : quick ? { size: lspSize, edits: 5, requests: 5, memoryEdits: 50 } : { size: lspSize, edits: 20, requests: 20, memoryEdits: 1000 },
        vsix: !(values['no-vsix'] ?? quick),
        seed: number(values.seed, 42, 'seed'),
        workspaces: path.resolve(values.workspaces ?? path.join(BENCH, 'workspaces')),
        out: path.resolve(values.out ?? DEFAULT_OUT),
        command: `npm run bench${argv.length ? ` -- ${argv.join(' ')}` : ''}`,
        log,
    };
}

/** The workspace of `size` files under `dir`, with its YAML twin; generated again only when the generator, the converter or the seed changed. */
export function prepareWorkspace(dir: string, size: number, seed: number, log: (line: string) => void): GeneratedWorkspace {
    const root = path.join(dir, String(size));
    const manifest = path.join(root, '.bench.json');
    const stamp = createHash('sha256').update(`${size} ${seed}`)
        .update(fs.readFileSync(path.join(BENCH, 'generate.ts'))).update(fs.readFileSync(path.join(BENCH, 'yaml-workspace.ts'))).digest('hex');
    try {
        const saved = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { stamp: string; workspace: GeneratedWorkspace };
        if (saved.stamp === stamp) return saved.workspace;
    } catch {
        // not generated yet
    }
    const started = performance.now();
    const workspace = generateWorkspace(root, size, seed);
    writeYamlWorkspace(root);
    fs.writeFileSync(manifest, JSON.stringify({ stamp, workspace }, null, 2));
    log(`generated ${size} files (${workspace.lines.toLocaleString('en-US')} lines) and their YAML in ${path.relative(REPO, root) || root} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    return workspace;
}

/** A self-contained, clean one-file plan: the organisations, the hub's people, the partnership (with the priorities of its team) and one team of the smallest workspace. */
function oneFilePlan(dir: string, workspace: GeneratedWorkspace): string {
    const folder = path.join(dir, 'one-file');
    fs.mkdirSync(folder, { recursive: true });
    const read = (file: string) => fs.readFileSync(path.join(workspace.root, file), 'utf8');
    const team = read(workspace.leaf);
    const used = new Set([...team.matchAll(/^team \S+ "[^"]*" for (\S+)/gm)].map(m => m[1]));
    const partnership = read('partnership.plan').replace(/^ {4}priority (\S+) "[^"]*" \{\n[^\n]*\n {4}\}\n/gm, (block, name: string) => (used.has(name) ? block : ''));
    const parts = [read('orgs.plan'), read(workspace.hub), partnership, team];
    const file = path.join(folder, 'plan.plan');
    fs.writeFileSync(file, parts.join('\n'));
    fs.copyFileSync(path.join(workspace.root, 'actionplan.config.json'), path.join(folder, 'actionplan.config.json'));
    return file;
}

function figure(name: string, files: number | '–', samples: ProcessSample[], first = false): ProcessFigure {
    return {
        figure: name, files,
        wall: summarize(samples.map(s => (first ? s.firstOutputMs : s.wallMs))),
        cpu: summarize(samples.map(s => s.cpuMs)),
        mainCpu: summarize(samples.map(s => s.mainCpuMs).filter(x => !Number.isNaN(x))),
        rss: summarize(samples.map(s => s.maxRssMb)),
    };
}

/** The .vsix of the current dist/, packed as `npm run package` packs it, into the workspaces folder (done first, with the snapshot of the CLI). */
function packageVsix(dir: string): { bytes: number } | { failed: string } {
    const file = path.join(dir, 'actionplan.vsix');
    fs.rmSync(file, { force: true });
    const vsce = spawnSync(process.execPath, [path.join(REPO, 'scripts/package-vsix.mjs'), '--no-build', '--out', file], { cwd: REPO, encoding: 'utf8' });
    if (vsce.status !== 0 || !fs.existsSync(file)) return { failed: (vsce.stderr || vsce.stdout).trim().split('\n').slice(-3).join(' ') };
    return { bytes: fs.statSync(file).size };
}

function failedFigure(name: string, files: number, why: string): ProcessFigure {
    const none = summarize([]);
    return { figure: name, files, wall: none, cpu: none, mainCpu: none, rss: none, failed: why };
}

async function repeat<T>(runs: number, warmup: number, once: () => Promise<T>): Promise<T[]> {
    for (let i = 0; i < warmup; i++) await once();
    const out: T[] = [];
    for (let i = 0; i < runs; i++) out.push(await once());
    return out;
}

const seconds = (x: number) => `${(x / 1000).toFixed(2)} s`;

export async function runBench(options: BenchOptions): Promise<{ result: BenchResult; markdown: string; changes: Change[] }> {
    const { log, runs, warmup } = options;
    if (!fs.existsSync(BUILT_CLI)) throw new Error(`${BUILT_CLI} is missing: run npm run build first`);
    const product = revision(REPO);
    snapshotCli(path.join(options.workspaces, '.dist'));
    const vsix = options.vsix ? packageVsix(options.workspaces) : undefined;
    const loadStart = os.loadavg();
    const date = new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
    log(`load average ${loadStart.map(l => l.toFixed(2)).join(', ')} on ${os.availableParallelism()} cores`);
    const notes: string[] = [];
    const processes: ProcessFigure[] = [];
    const ratios: BenchResult['ratios'] = [];
    const sizes = [...new Set(options.sizes)].sort((a, b) => a - b);
    const workspaces = new Map<number, GeneratedWorkspace>();
    for (const size of new Set([...sizes, ...(options.lsp ? [options.lsp.size] : [])])) workspaces.set(size, prepareWorkspace(options.workspaces, size, options.seed, log));
    const scripts = await buildBaselines(path.join(options.workspaces, '.bin'));
    const cache = supportsCache();
    if (!cache) notes.push('The CLI has no `check --cache` yet: the cached re-run is not measured.');

    async function measureSize(size: number): Promise<void> {
        const root = workspaces.get(size)!.root;
        clearCache(root);
        const kinds = [
            { figure: COLD, run: () => runCheck(root), files: (r: Awaited<ReturnType<typeof runCheck>>) => r.report.files },
            { figure: TOKENIZE, run: () => runTokenize(scripts, root), files: (r: Awaited<ReturnType<typeof runTokenize>>) => r.files },
            { figure: YAML, run: () => runYamlCheck(scripts, root), files: (r: Awaited<ReturnType<typeof runYamlCheck>>) => r.report.files },
        ].map(kind => ({ ...kind, samples: [] as ProcessSample[], failed: undefined as string | undefined }));
        // One round = one run of each, side by side, so a busy moment of the machine falls on all three alike.
        for (let round = 0; round < warmup + runs; round++) {
            for (const kind of kinds) {
                if (kind.failed) continue;
                try {
                    const sample = await kind.run();
                    const files = (kind.files as (r: typeof sample) => number)(sample);
                    if (files !== size) throw new Error(`counted ${files} files, not ${size}`);
                    if (round === 0 && 'report' in sample) {
                        const s = sample.report.summary;
                        if (s.errors || ('warnings' in s && s.warnings)) notes.push(`${kind.figure} on ${size} files is not clean: ${JSON.stringify(s)}.`);
                    }
                    if (round >= warmup) kind.samples.push(sample);
                } catch (error) {
                    kind.failed = (error as Error).message.split('\n')[0].slice(0, 300);
                    notes.push(`${kind.figure} on ${size} files failed: ${kind.failed}`);
                    log(`${size} files: ${kind.figure} FAILED: ${(error as Error).message}`);
                }
            }
        }
        for (const kind of kinds) processes.push(kind.failed ? failedFigure(kind.figure, size, kind.failed) : figure(kind.figure, size, kind.samples));
        const [c, t, y] = processes.slice(-3);
        ratios.push({ files: size, tokenizeWall: c.wall.median / t.wall.median, yamlWall: c.wall.median / y.wall.median, yamlCpu: c.cpu.median / y.cpu.median });
        log(`${size} files: check ${seconds(c.wall.median)} (cpu ${seconds(c.cpu.median)}, ${c.rss.median.toFixed(0)} MiB) | read+tokenize ${seconds(t.wall.median)} | YAML+ajv ${seconds(y.wall.median)} (cpu ${seconds(y.cpu.median)})`);

        if (cache) {
            clearCache(root);
            await runCheck(root, ['--cache']); // fills the cache
            const cached = await repeat(runs, warmup, () => runCheck(root, ['--cache']));
            clearCache(root);
            processes.push(figure(CACHED, size, cached));
            log(`${size} files: check --cache, unchanged: ${seconds(processes.at(-1)!.wall.median)}`);
        }
    }

    for (const size of sizes) {
        try {
            await measureSize(size);
        } catch (error) {
            notes.push(`The ${size}-file figures failed: ${(error as Error).message.split('\n')[0].slice(0, 300)}`);
            log(`${size} files: FAILED: ${(error as Error).message}`);
        }
    }

    const version = await repeat(runs, warmup, runVersion);
    processes.push(figure(VERSION, '–', version), figure(VERSION_FIRST, '–', version, true));
    const single = oneFilePlan(options.workspaces, workspaces.get(sizes[0])!);
    const one = await repeat(runs, warmup, () => runOneFile(single));
    processes.push(figure(ONE_FILE, 1, one), figure(ONE_FILE_FIRST, 1, one, true));
    log(`--version ${seconds(processes.at(-4)!.wall.median)}; one-file check ${seconds(processes.at(-2)!.wall.median)}`);

    let lsp: BenchResult['lsp'];
    if (options.lsp) {
        const ws = workspaces.get(options.lsp.size)!;
        log(`language server on ${options.lsp.size} files…`);
        try {
            lsp = await measureLsp(ws.root, path.join(ws.root, ws.leaf), path.join(ws.root, ws.hub), { starts: runs, ...options.lsp }, log);
        } catch (error) {
            notes.push(`The language-server figures failed: ${(error as Error).message.split('\n')[0].slice(0, 300)}`);
            log(`language server: FAILED: ${(error as Error).message}`);
        }
    }

    if (vsix && 'failed' in vsix) notes.push(`\`vsce package\` failed: ${vsix.failed}`);
    const result: BenchResult = {
        date, command: options.command, revision: product, machine: describeMachine(loadStart), runs, processes, ratios, lsp, vsixBytes: vsix && 'bytes' in vsix ? vsix.bytes : undefined, notes,
    };
    // The raw figures first: a failure below loses nothing.
    fs.writeFileSync(path.join(options.workspaces, 'last-result.json'), JSON.stringify(result, null, 2));
    const previous = fs.existsSync(options.out) ? fs.readFileSync(options.out, 'utf8') : undefined;
    let results = renderResults(result, []);
    let changes: Change[] = [];
    try {
        changes = previous ? compare(parseFigures(previous), parseFigures(results)) : [];
    } catch (error) {
        notes.push(`The previous figures could not be read: ${(error as Error).message}`);
    }
    results = renderResults(result, changes);
    const markdown = mergeReport(previous, results, `# Benchmarks\n\n${results}\n`);
    if (options.write) fs.writeFileSync(options.out, markdown);
    return { result, markdown, changes };
}

async function main(): Promise<void> {
    const options = parseOptions(process.argv.slice(2));
    const { markdown, changes } = await runBench(options);
    const start = markdown.indexOf('## Figures');
    console.log(`\n${markdown.slice(start, markdown.indexOf('### Changes since', start)).trim()}\n`);
    console.log('Changes since the previous figures:');
    for (const line of printChanges(changes)) console.log(`  ${line}`);
    console.log(options.write ? `\nwritten to ${path.relative(process.cwd(), options.out)}` : '\n(not written: --no-write)');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    main().catch(error => {
        console.error(error instanceof Error ? error.stack : error);
        process.exit(1);
    });
}

/**
 * The Markdown report: machine description, tables of figures, the targets of
 * the issue (met / not met), and the changes since the figures last recorded
 * in docs/benchmarks.md (parsed back from that file's tables). The harness
 * rewrites only the part between the two markers; the rest of the file is
 * written by hand and kept.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import type { LspFigures } from './lsp.js';
import type { Summary } from './stats.js';

export const BEGIN = '<!-- bench:begin (written by npm run bench; edit outside the markers) -->';
export const END = '<!-- bench:end -->';

export interface Machine {
    os: string;
    cpu: string;
    cores: number;
    memoryGiB: number;
    node: string;
    loadStart: number[];
    loadEnd: number[];
}

export interface ProcessFigure {
    figure: string;
    files: number | '–';
    wall: Summary;
    cpu: Summary;
    /** The main thread's CPU time alone (the garbage collector's helper threads left out). */
    mainCpu: Summary;
    rss: Summary;
    /** Why the figure could not be measured. */
    failed?: string;
}

export interface BenchResult {
    date: string;
    command: string;
    revision: string;
    machine: Machine;
    runs: number;
    processes: ProcessFigure[];
    /** Per size: check / tokenize and check / YAML (median wall, median CPU). */
    ratios: Array<{ files: number; tokenizeWall: number; yamlWall: number; yamlCpu: number }>;
    lsp?: LspFigures;
    vsixBytes?: number;
    notes: string[];
}

export function describeMachine(loadStart: number[]): Machine {
    let distro = '';
    try {
        distro = /^PRETTY_NAME="?([^"\n]*)"?/m.exec(fs.readFileSync('/etc/os-release', 'utf8'))?.[1] ?? '';
    } catch {
        // not Linux
    }
    return {
        os: `${os.type()} ${os.release()} ${os.arch()}${distro ? ` (${distro})` : ''}`,
        cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
        cores: os.availableParallelism(),
        memoryGiB: os.totalmem() / 2 ** 30,
        node: process.version,
        loadStart, loadEnd: os.loadavg(),
    };
}

export function revision(repo: string): string {
    try {
        const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repo, encoding: 'utf8' }).trim();
        const changed = execFileSync('git', ['status', '--porcelain', '--', '.', ':!bench', ':!docs/benchmarks.md', ':!test/bench'], { cwd: repo, encoding: 'utf8' }).split('\n').filter(Boolean).length;
        const built = fs.statSync(`${repo}/dist/cli/actionplan.cjs`).mtime.toISOString().slice(0, 16).replace('T', ' ');
        return `${head}${changed ? ` + ${changed} uncommitted changes outside the benchmark` : ''}; dist/ built ${built} UTC`;
    } catch {
        return 'unknown';
    }
}

// ---------------------------------------------------------------- formatting

export const ms = (x: number) => (!Number.isFinite(x) ? '–' : x < 10 ? `${x.toFixed(1)} ms` : x < 1000 ? `${x.toFixed(0)} ms` : `${(x / 1000).toFixed(2)} s`);
export const mib = (x: number) => (!Number.isFinite(x) ? '–' : `${x.toFixed(0)} MiB`);
const ratio = (x: number) => (!Number.isFinite(x) ? '–' : `${x.toFixed(2)}×`);
const triple = (s: Summary, f: (x: number) => string) => `${f(s.median)} / ${f(s.min)} / ${f(s.max)}`;
const count = (n: number) => n.toLocaleString('en-US');

function table(header: string[], rows: string[][]): string {
    return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map(r => `| ${r.join(' | ')} |`)].join('\n');
}

// ---------------------------------------------------------------- targets

export interface Target { target: string; figure: string; met: boolean | undefined }

export function targets(result: BenchResult): Target[] {
    const find = (figure: string, files: number | '–') => result.processes.find(p => p.figure === figure && p.files === files);
    const check1k = find(COLD, 1000);
    const check10k = find(COLD, 10000);
    const yaml1k = find(YAML, 1000);
    const cache1k = find(CACHED, 1000);
    const version = find(VERSION, '–');
    const lsp = result.lsp?.files === 1000 ? result.lsp : undefined;
    const lspMissing = result.notes.some(n => n.startsWith('The language-server figures failed')) ? 'failed (see the notes)' : 'not measured';
    const out: Target[] = [];
    const add = (target: string, value: number | undefined, limit: number, show: (x: number) => string, missing: string, inputs: Array<ProcessFigure | undefined> = []) => {
        const broken = inputs.find(p => p?.failed);
        if (broken) out.push({ target, figure: `${broken.figure} on ${broken.files} files failed (see the notes)`, met: false });
        else out.push(value === undefined || !Number.isFinite(value) ? { target, figure: missing, met: undefined } : { target, figure: show(value), met: value <= limit });
    };
    add('Cold check of 1,000 files: median wall ≤ 1.5 s', check1k?.wall.median, 1500,
        x => (check1k?.mainCpu.n ? `${ms(x)} (main-thread CPU ${ms(check1k.mainCpu.median)}, all threads ${ms(check1k.cpu.median)})` : ms(x)),
        'not measured (no 1,000-file size in this run)', [check1k]);
    add('Cold check of 1,000 files ≤ 0.7× YAML + ajv in the same run', check1k && yaml1k ? check1k.wall.median / yaml1k.wall.median : undefined, 0.7, ratio, 'not measured', [check1k, yaml1k]);
    add('10,000 files scale linearly: median wall ≤ 11× the 1,000-file time', check1k && check10k ? check10k.wall.median / check1k.wall.median : undefined, 11, x => `${ratio(x)} (${ms(check10k!.wall.median)}; peak memory ${mib(check10k!.rss.median)})`, 'not measured (no 10,000-file size in this run)', [check1k, check10k]);
    add('`check --cache` on an unchanged 1,000-file repository: median wall < 0.3 s', cache1k?.wall.median, 300, ms, result.notes.some(n => n.includes('--cache')) ? 'not measured: the CLI has no `check --cache` yet' : 'not measured', [cache1k]);
    add('Edit → the edited file\'s diagnostics, leaf file of 1,000: p90 ≤ 15 ms', lsp?.leafEditMs.p90, 15, ms, lspMissing);
    add('Edit → the edited file\'s diagnostics, hub file of 1,000: p90 ≤ 15 ms', lsp?.hubEditMs.p90, 15, ms, lspMissing);
    add('Hub edit → all dependents done: p90 ≤ 250 ms', lsp?.hubDependentsMs.p90, 250, ms, lspMissing);
    add('Server start → all 1,000 files\' diagnostics published: median < 3 s', lsp?.spawnToAllMs.median, 3000, ms, lspMissing);
    add('`actionplan --version`: median wall < 0.2 s', version?.wall.median, 200, ms, 'not measured');
    add('The .vsix < 2 MB', result.vsixBytes, 2 * 1024 * 1024, b => `${(b / 1024).toFixed(0)} KiB (${count(b)} bytes)`, result.notes.some(n => n.includes('package')) ? 'not measured (packing failed: see the notes)' : 'not measured (quick run)');
    return out;
}

export const COLD = 'cold `check --format json`';
export const TOKENIZE = 'read + tokenize (lower bound)';
export const YAML = 'YAML + ajv (same content)';
export const CACHED = '`check --cache --format json`, unchanged';
export const VERSION = '`--version`, to exit';
export const VERSION_FIRST = '`--version`, to first output';
export const ONE_FILE = 'one-file check, to exit';
export const ONE_FILE_FIRST = 'one-file check, to first output';

// ---------------------------------------------------------------- the report

export function renderResults(result: BenchResult, changes: Change[]): string {
    const m = result.machine;
    const load = (l: number[]) => l.map(x => x.toFixed(2)).join(', ');
    const busy = Math.max(m.loadStart[0], m.loadEnd[0]) > m.cores * 0.75;
    const lines: string[] = [
        BEGIN,
        '',
        `## Figures of ${result.date}`,
        '',
        `- Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB.toFixed(1)} GiB memory; ${m.os}; Node ${m.node}.`,
        `- Load average (1, 5, 15 min) at the start: ${load(m.loadStart)}; at the end: ${load(m.loadEnd)}${busy ? ' — **the machine was busy with other work: wall times are inflated; CPU times are the steadier figure**' : ''}.`,
        `- Product: ${result.revision}.`,
        `- Command: \`${result.command}\`; ${result.runs} timed runs per figure after one untimed warm-up.`,
        '',
        '### Targets',
        '',
        table(['Target', 'Figure', 'Status'], targets(result).map(t => [t.target, t.figure, t.met === undefined ? 'not measured' : t.met ? 'met' : '**not met**'])),
        '',
        '### Whole processes',
        '',
        'Wall clock from spawn to exit (or to the first byte on stdout), CPU time (user + system, all threads), the main thread\'s CPU time alone, and peak resident memory of the process.',
        '',
        table(['Figure', 'Files', 'Runs', 'Wall median / min / max', 'CPU median / min / max', 'Main-thread CPU median / min / max', 'Peak memory median / min / max'],
            result.processes.map(p => [p.figure, typeof p.files === 'number' ? count(p.files) : p.files, String(p.wall.n),
                ...(p.failed ? ['**failed** (see the notes)', '–', '–', '–'] : [triple(p.wall, ms), triple(p.cpu, ms), p.mainCpu.n ? triple(p.mainCpu, ms) : '–', triple(p.rss, mib)])])),
        '',
        '### Ratios (same run, medians)',
        '',
        table(['Files', 'check ÷ read + tokenize (wall)', 'check ÷ YAML + ajv (wall)', 'check ÷ YAML + ajv (CPU)'],
            result.ratios.map(r => [count(r.files), ratio(r.tokenizeWall), ratio(r.yamlWall), ratio(r.yamlCpu)])),
    ];
    if (result.lsp) {
        const l = result.lsp;
        const row = (figure: string, s: Summary) => [figure, String(s.n), ms(s.median), ms(s.p90), ms(s.min), ms(s.max)];
        lines.push('', `### Language server (stdio, ${count(l.files)} files)`, '',
            table(['Figure', 'n', 'Median', 'p90', 'Min', 'Max'], [
                row('spawn → every file\'s diagnostics published', l.spawnToAllMs),
                row('`initialized` → every file\'s diagnostics published', l.initializedToAllMs),
                row('server CPU time for that start-up', l.startupCpuMs),
                row('leaf edit → its diagnostics', l.leafEditMs),
                row('hub edit → its diagnostics', l.hubEditMs),
                row('hub edit → all dependents republished', l.hubDependentsMs),
                row('completion', l.completionMs),
                row('hover', l.hoverMs),
            ]),
            '',
            table(['Server memory (resident, VmRSS)', 'Value'], [
                ['after loading', mib(l.rssAfterLoadMb)],
                [`after ${count(l.memoryEdits)} more edits`, mib(l.rssAfterEditsMb)],
                ['sampled every 100 of those edits: median / min / max', triple(l.rssDuringEditsMb, mib)],
                ['peak (VmHWM)', mib(l.peakRssMb)],
            ]),
            '',
            `The hub: ${count(l.dependents)} files use a name it declares. Each hub edit renames its most used person (${count(l.users)} files use it), or renames it back; ${l.dependentsSawEdit ? 'after every one, each of those files showed `unresolved-reference` (renamed) or lost it (renamed back)' : '**after some hub edit, a file using that person did not show the expected diagnostics**'}. "All dependents republished" is the last diagnostics an edit caused, once the server\'s CPU is idle again; the server republished ${count(l.republished.median)} other files per hub edit (${count(l.republished.min)}–${count(l.republished.max)}). A leaf edit moves a due date in a team file nothing refers to. Completion is asked right after \`champion \` (${count(l.completionItems)} items: every person of a business); hover on that champion.`);
    }
    if (result.vsixBytes !== undefined) lines.push('', '### Package', '', table(['Figure', 'Value'], [['actionplan.vsix', `${(result.vsixBytes / 1024).toFixed(0)} KiB (${count(result.vsixBytes)} bytes)`]]));
    if (result.notes.length) lines.push('', '### Notes', '', ...result.notes.map(n => `- ${n}`));
    lines.push('', '### Changes since the previous figures', '', changes.length ? renderChanges(changes) : 'No previous figures to compare with.', '', END);
    return lines.join('\n');
}

// ---------------------------------------------------------------- comparison with the previous report

export interface Figure { value: number; unit: string }

/** Every number of the report's tables (but the targets), keyed by section, row and column; times in ms. */
export function parseFigures(markdown: string): Map<string, Figure> {
    const figures = new Map<string, Figure>();
    const start = markdown.indexOf(BEGIN);
    const end = markdown.indexOf(END);
    if (start < 0 || end < start) return figures;
    let section = '';
    let header: string[] = [];
    for (const line of markdown.slice(start, end).split('\n')) {
        if (line.startsWith('### ')) {
            section = line.slice(4).trim();
            header = [];
            continue;
        }
        if (!line.startsWith('|')) {
            header = [];
            continue;
        }
        const cells = line.slice(1, -1).split('|').map(c => c.trim());
        if (!header.length) {
            header = cells;
            continue;
        }
        if (cells.every(c => /^-+$/.test(c))) continue;
        if (section === 'Targets' || section.startsWith('Changes since') || cells.length !== header.length) continue;
        const labels = cells.filter((_cell, i) => i === 0 || header[i] === 'Files');
        cells.forEach((cell, i) => {
            // Medians, p90s and single values; min and max are too noisy to compare.
            if (i === 0 || ['Files', 'Runs', 'n', 'Min', 'Max'].includes(header[i])) return;
            const value = parseValue(cell);
            if (value !== undefined) figures.set([section, ...labels, header[i].replace(/ \/ min \/ max$/, '')].join(' › '), value);
        });
    }
    return figures;
}

/** The first number of a cell (the median of `median / min / max`); seconds become ms. */
function parseValue(cell: string): Figure | undefined {
    const match = /^(-?[\d,]*\.?\d+)\s*(ms|s|MiB|KiB|×)?/.exec(cell.replace(/\*/g, '').trim());
    if (!match) return undefined;
    const value = Number(match[1].replace(/,/g, ''));
    return match[2] === 's' ? { value: value * 1000, unit: 'ms' } : { value, unit: match[2] ?? '' };
}

export interface Change { key: string; unit: string; before: number; after: number; percent: number }

export function compare(before: Map<string, Figure>, after: Map<string, Figure>): Change[] {
    const changes: Change[] = [];
    for (const [key, now] of after) {
        const old = before.get(key);
        if (!old?.value || old.unit !== now.unit) continue;
        changes.push({ key, unit: now.unit, before: old.value, after: now.value, percent: ((now.value - old.value) / old.value) * 100 });
    }
    return changes;
}

const showValue = (x: number, unit: string) => (unit === 'ms' ? ms(x) : unit === '×' ? ratio(x) : `${+x.toFixed(2)} ${unit}`.trim());
const showPercent = (p: number) => `${p >= 0 ? '+' : ''}${p.toFixed(1)} %`;

function renderChanges(changes: Change[]): string {
    return [
        'Medians (and p90s) against the figures this file held before this run; ▲/▼ marks a change of 10 % or more (every figure is better lower).',
        '',
        table(['Figure', 'Before', 'Now', 'Change'], changes.map(c => [c.key, showValue(c.before, c.unit), showValue(c.after, c.unit), `${showPercent(c.percent)}${Math.abs(c.percent) >= 10 ? (c.percent > 0 ? ' ▲' : ' ▼') : ''}`])),
    ].join('\n');
}

/** Console lines for the changes, the largest first. */
export function printChanges(changes: Change[]): string[] {
    if (!changes.length) return ['No previous figures in docs/benchmarks.md to compare with.'];
    return [...changes].sort((a, b) => Math.abs(b.percent) - Math.abs(a.percent))
        .map(c => `${showPercent(c.percent).padStart(9)}  ${c.key}: ${showValue(c.before, c.unit)} → ${showValue(c.after, c.unit)}`);
}

/** The report file with the generated part replaced (or appended, or a new file around it). */
export function mergeReport(previous: string | undefined, results: string, template: string): string {
    if (previous === undefined) return template.replace('{{results}}', results);
    const start = previous.indexOf(BEGIN);
    const end = previous.indexOf(END);
    if (start < 0 || end < start) return `${previous.trimEnd()}\n\n${results}\n`;
    return previous.slice(0, start) + results + previous.slice(end + END.length);
}

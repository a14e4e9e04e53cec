/**
 * `npm run fuzz -- --runs N [--seed S] [--jobs J] [--grep TEXT] [--path P] [--no-stress] [--write-docs]`
 *
 * The long run of the fuzz properties (test/fuzz/*.test.ts) and of the
 * language-server stress test (test/reliability/stress.test.ts, 2,000 edits).
 * N is the number of generated cases of the whole run: each property runs
 * its share of N (its `runsOf(quick, share)`; the shares add up to about 1),
 * so N = 100,000 is 100,000 cases across all properties; the giant inputs
 * (1 MB strings, 10,000 braces, 100,000-line files) run once each on top.
 * The seed is random unless given; a failure prints the seed and the path
 * that replay it: `npm run fuzz -- --seed S --path P --grep 'PROPERTY'`.
 *
 * Each test file runs in its own mocha process, J at a time (default 2).
 * Prints a table of properties, cases and results; `--write-docs` puts it in
 * docs/reliability.md between its `fuzz:results` markers. Exit 0 when every
 * property held, 1 otherwise.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FuzzRecord } from './harness.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function option(name: string): string | undefined {
    const argv = process.argv.slice(2);
    const at = argv.indexOf(`--${name}`);
    if (at >= 0) return argv[at + 1];
    return argv.find(a => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}
const flag = (name: string) => process.argv.includes(`--${name}`);

if (flag('help') || flag('h')) {
    process.stdout.write(fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').split('*/')[0].replace(/^\/\*\*|^ \* ?/gm, ''));
    process.exit(0);
}

const runs = Number(option('runs') ?? 10_000);
const seed = Number(option('seed') ?? Math.floor(Math.random() * 2 ** 31));
const jobs = Math.max(1, Number(option('jobs') ?? 2));
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed)) {
    process.stderr.write('fuzz: --runs and --seed take whole numbers\n');
    process.exit(2);
}

const files = fs.readdirSync(path.join(REPO, 'test/fuzz')).filter(f => f.endsWith('.test.ts')).map(f => `test/fuzz/${f}`).sort();
if (!flag('no-stress')) files.push('test/reliability/stress.test.ts');

const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'actionplan-fuzz-')), 'results.jsonl');
const env = {
    ...process.env, FUZZ_RUNS: String(runs), FUZZ_SEED: String(seed), FUZZ_REPORT: report, STRESS_EDITS: process.env.STRESS_EDITS ?? '2000',
    ...(option('path') ? { FUZZ_PATH: option('path') } : {}),
};

interface FileResult { file: string; code: number | null; signal: NodeJS.Signals | null; ms: number; output: string }

function runFile(file: string): Promise<FileResult> {
    const started = Date.now();
    const mocha = path.join(REPO, 'node_modules/mocha/bin/mocha.js');
    const args = [mocha, '--no-config', '--import=tsx', '--reporter', 'spec', '--timeout', '0', ...(option('grep') ? ['--grep', option('grep')!] : []), file];
    return new Promise(resolve => {
        const child = spawn(process.execPath, args, { cwd: REPO, env, stdio: ['ignore', 'pipe', 'pipe'] });
        let output = '';
        child.stdout.on('data', chunk => { output += chunk; });
        child.stderr.on('data', chunk => { output += chunk; });
        child.on('close', (code, signal) => resolve({ file, code, signal, ms: Date.now() - started, output }));
    });
}

const started = Date.now();
process.stdout.write(`fuzz: ${runs} cases across the properties, seed ${seed}, ${files.length} files, ${jobs} at a time\n`);
const queue = [...files];
const results: FileResult[] = [];
await Promise.all(Array.from({ length: jobs }, async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
        const result = await runFile(file);
        results.push(result);
        const ok = result.code === 0;
        process.stdout.write(`fuzz: ${ok ? 'ok    ' : 'FAILED'} ${file} (${(result.ms / 1000).toFixed(0)} s)\n`);
        if (!ok) process.stdout.write(result.output.replace(/^/gm, '    ') + '\n');
    }
}));
const totalMs = Date.now() - started;

const records: FuzzRecord[] = fs.existsSync(report)
    ? fs.readFileSync(report, 'utf8').split('\n').filter(Boolean).map(line => JSON.parse(line) as FuzzRecord)
    : [];
const cases = records.reduce((sum, r) => sum + r.cases, 0);
const failedProperties = records.filter(r => r.failed);
const failedFiles = results.filter(r => r.code !== 0);
const stress = results.find(r => r.file.includes('stress'));
const stressLine = stress?.output.match(/\d+ edits, \d+ requests[^\n]*/)?.[0];
const giants = results.find(r => r.file.includes('giant'));
const giantCount = (giants?.output.match(/✔/g) ?? []).length;

const table = [
    `Run of ${new Date().toISOString().slice(0, 10)}: \`npm run fuzz -- --runs ${runs}${option('seed') ? ` --seed ${seed}` : ''}\`, seed ${seed}, ${jobs} processes, ${os.cpus().length} CPUs, load average ${os.loadavg()[0].toFixed(1)} at the end.`,
    '',
    '| Property | Cases | Time | Result |',
    '| --- | ---: | ---: | --- |',
    ...records.sort((a, b) => a.property.localeCompare(b.property)).map(r => `| ${r.property} | ${r.cases.toLocaleString('en-US')} | ${(r.ms / 1000).toFixed(1)} s | ${r.failed ? '**failed**' : 'held'} |`),
    `| giant inputs (1 MB strings, 10,000 braces, 100,000-line files) | ${giantCount} | ${giants ? (giants.ms / 1000).toFixed(0) : '-'} s | ${giants?.code === 0 ? 'held' : '**failed**'} |`,
    ...(stress ? [`| language server under stress: ${stressLine ?? 'see the log'} | 1 | ${(stress.ms / 1000).toFixed(0)} s | ${stress.code === 0 ? 'held' : '**failed**'} |`] : []),
    `| **total** | **${cases.toLocaleString('en-US')}** generated cases | **${(totalMs / 60000).toFixed(1)} min** | **${failedFiles.length === 0 ? '0 failures' : `${failedFiles.length} failing files`}** |`,
].join('\n');

process.stdout.write(`\n${table}\n\n`);
for (const r of failedProperties) process.stdout.write(`FAILED ${r.property}: seed ${r.seed}; counterexample ${r.counterexample}\n`);

if (flag('write-docs')) {
    const docs = path.join(REPO, 'docs/reliability.md');
    const text = fs.readFileSync(docs, 'utf8');
    const updated = text.replace(/(<!-- fuzz:results:start -->\n)[\s\S]*?(<!-- fuzz:results:end -->)/, `$1${table}\n$2`);
    if (updated === text && !text.includes(table)) process.stderr.write('fuzz: docs/reliability.md has no fuzz:results markers; not written\n');
    else fs.writeFileSync(docs, updated);
}
process.exit(failedFiles.length === 0 ? 0 : 1);

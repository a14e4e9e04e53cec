/**
 * One whole process, measured from outside: wall clock from spawn to exit
 * (and to its first byte on stdout), CPU time (user + system) and peak
 * resident memory. Node's `process.resourceUsage()` only sees the harness
 * itself, so every measured process is a Node process started with a small
 * preload (rusage-preload.cjs) that writes its own resource usage at exit.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const BENCH = path.dirname(fileURLToPath(import.meta.url));
export const REPO = path.resolve(BENCH, '..');
const PRELOAD = path.join(BENCH, 'rusage-preload.cjs');

export interface ProcessSample {
    wallMs: number;
    firstOutputMs: number;
    cpuMs: number;
    /** CPU time of the main thread alone (NaN where it cannot be read). */
    mainCpuMs: number;
    maxRssMb: number;
    code: number | null;
    stdout: string;
    stderr: string;
}

/** Environment variables that change what the CLI prints or how Node runs. */
const NOISY = ['FORCE_COLOR', 'NO_COLOR', 'NODE_OPTIONS', 'CI', 'GITHUB_ACTIONS'];

let counter = 0;

/** Run `node <script> ...args` once and measure it. */
export function measureNode(script: string, args: string[], cwd: string): Promise<ProcessSample> {
    const usageFile = path.join(os.tmpdir(), `bench-rusage-${process.pid}-${counter++}.json`);
    fs.rmSync(usageFile, { force: true });
    const env: NodeJS.ProcessEnv = { ...process.env, BENCH_RUSAGE_FILE: usageFile };
    for (const name of NOISY) delete env[name];
    return new Promise((resolve, reject) => {
        const start = performance.now();
        let firstOutput = Number.NaN;
        const child = spawn(process.execPath, ['-r', PRELOAD, script, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
        const out: Buffer[] = [];
        const err: Buffer[] = [];
        child.stdout.on('data', (chunk: Buffer) => {
            if (Number.isNaN(firstOutput)) firstOutput = performance.now() - start;
            out.push(chunk);
        });
        child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
        child.on('error', reject);
        child.on('close', code => {
            const wallMs = performance.now() - start;
            let usage: { userUs: number; systemUs: number; maxRssKb: number; mainUs?: number };
            try {
                usage = JSON.parse(fs.readFileSync(usageFile, 'utf8'));
                fs.rmSync(usageFile, { force: true });
            } catch {
                reject(new Error(`${path.basename(script)} ${args.join(' ')}: no resource usage (exit ${code}); stderr: ${Buffer.concat(err).toString().slice(0, 2000)}`));
                return;
            }
            resolve({
                wallMs, firstOutputMs: firstOutput, code,
                cpuMs: (usage.userUs + usage.systemUs) / 1000,
                mainCpuMs: usage.mainUs === undefined ? Number.NaN : usage.mainUs / 1000,
                maxRssMb: usage.maxRssKb / 1024,
                stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString(),
            });
        });
    });
}

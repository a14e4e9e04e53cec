/** The CLI as a user runs it: cold `check --format json`, `check --cache`, `--version` and a one-file check. */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { measureNode, REPO, type ProcessSample } from './process.js';

export const BUILT_CLI = path.join(REPO, 'dist/cli/actionplan.cjs');
let cli = BUILT_CLI;

/** The CLI the measurements run: dist/cli, or the copy `snapshotCli` made of it. */
export function cliPath(): string {
    return cli;
}

/**
 * Copy dist/cli (the CLI bundles, the language server included) into `dir` and
 * measure that copy from now on: a rebuild of dist/ during a long run (the
 * checkout is shared) cannot mix two builds in one report.
 */
export function snapshotCli(dir: string): void {
    const target = path.join(dir, 'cli');
    fs.rmSync(target, { recursive: true, force: true });
    fs.cpSync(path.dirname(BUILT_CLI), target, { recursive: true, preserveTimestamps: true });
    cli = path.join(target, path.basename(BUILT_CLI));
}

export interface CheckOutput {
    files: number;
    summary: { errors: number; warnings: number; infos: number; hints: number };
}

/** `actionplan check . --format json` in `root`; the report is parsed to make sure the run did the whole job. */
export async function runCheck(root: string, extra: string[] = []): Promise<ProcessSample & { report: CheckOutput }> {
    const sample = await measureNode(cli, ['check', '.', '--format', 'json', ...extra], root);
    let report: CheckOutput;
    try {
        report = JSON.parse(sample.stdout);
    } catch {
        throw new Error(`check ${extra.join(' ')} in ${root} printed no JSON report (exit ${sample.code}): ${sample.stderr.slice(0, 2000)}`);
    }
    return { ...sample, report };
}

/** Whether the built CLI has `check --cache` yet. */
export function supportsCache(): boolean {
    const help = spawnSync(process.execPath, [cli, 'check', '--help'], { encoding: 'utf8' });
    return /--cache\b/.test(help.stdout);
}

/** Remove whatever a `--cache` run left in the workspace, so cold runs are cold. */
export function clearCache(root: string): void {
    for (const name of fs.readdirSync(root)) {
        if (name.startsWith('.actionplancache')) fs.rmSync(path.join(root, name), { recursive: true, force: true });
    }
}

export function runVersion(): Promise<ProcessSample> {
    return measureNode(cli, ['--version'], REPO);
}

/** A one-file check: `actionplan check FILE --format json`. */
export function runOneFile(file: string): Promise<ProcessSample> {
    return measureNode(cli, ['check', path.basename(file), '--format', 'json'], path.dirname(file));
}

/**
 * The two baselines a cold check is compared with, each a whole process like
 * the check: read + tokenize (a lower bound) and YAML + ajv (the same content
 * as YAML, validated against a JSON Schema, references resolved by name).
 * Both scripts are bundled with esbuild like the CLI, so no process pays for
 * compiling TypeScript or resolving modules the others do not.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { measureNode, BENCH, type ProcessSample } from './process.js';

export interface BaselineScripts {
    tokenize: string;
    yamlCheck: string;
}

export interface YamlReport {
    files: number;
    diagnostics: Array<{ file: string; path: string; code: string; message: string }>;
    summary: { errors: number };
}

/** Bundle the baseline scripts into `outdir` (the same esbuild settings as the product's bundles). */
export async function buildBaselines(outdir: string): Promise<BaselineScripts> {
    fs.mkdirSync(outdir, { recursive: true });
    await esbuild.build({
        entryPoints: { tokenize: path.join(BENCH, 'scripts/tokenize.ts'), 'yaml-check': path.join(BENCH, 'scripts/yaml-check.ts') },
        outdir, bundle: true, platform: 'node', target: 'node20', format: 'cjs', outExtension: { '.js': '.cjs' },
        mainFields: ['module', 'main'], minify: true, legalComments: 'none', logLevel: 'warning',
        logOverride: { 'empty-import-meta': 'silent' },
    });
    return { tokenize: path.join(outdir, 'tokenize.cjs'), yamlCheck: path.join(outdir, 'yaml-check.cjs') };
}

export async function runTokenize(scripts: BaselineScripts, root: string): Promise<ProcessSample & { files: number; tokens: number }> {
    const sample = await measureNode(scripts.tokenize, ['.'], root);
    if (sample.code !== 0) throw new Error(`tokenize failed in ${root}: ${sample.stderr.slice(0, 2000)}`);
    const { files, tokens } = JSON.parse(sample.stdout) as { files: number; tokens: number };
    return { ...sample, files, tokens };
}

export async function runYamlCheck(scripts: BaselineScripts, root: string): Promise<ProcessSample & { report: YamlReport }> {
    const sample = await measureNode(scripts.yamlCheck, ['.'], root);
    let report: YamlReport;
    try {
        report = JSON.parse(sample.stdout);
    } catch {
        throw new Error(`yaml-check printed no report in ${root} (exit ${sample.code}): ${sample.stderr.slice(0, 2000)}`);
    }
    return { ...sample, report };
}

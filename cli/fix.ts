/**
 * `actionplan check --fix` / `--fix-dry-run`: apply the safe fixes of every
 * rule (`meta.safeFixes`), check again, and repeat until nothing more applies
 * (at most MAX_PASSES passes), as ESLint and markdownlint-cli2 do; then report
 * what remains. `--fix` replaces each changed file whole (temporary file and
 * rename); `--fix-dry-run` writes nothing and lists the fixes it would apply.
 */
import * as fs from 'node:fs';
import { today } from '../language/dates.js';
import { applyEdits, compatibleEdits, safeFixOf } from '../language/fixes/apply.js';
import { ioReason, readBounded } from '../language/io.js';
import { MAX_PLAN_BYTES } from '../language/workspace/plan-files.js';
import type { Fix } from '../language/rules/rule.js';
import type { CheckOptions } from './check.js';
import { formatConfigProblem } from './config-problems.js';
import { emitReport } from './emit.js';
import { EXIT } from './errors.js';
import { forTerminal } from './formats/text-safety.js';
import { replaceFile, warnLine } from './output.js';
import { buildReport, displayPath } from './report.js';
import { buildSources, readWorkspace } from './workspace.js';

/** Enough for fixes that make room for others; a fix that keeps undoing itself cannot loop forever. */
export const MAX_PASSES = 10;

export interface FixOptions extends CheckOptions {
    dryRun?: boolean;
}

interface Applied {
    line: number;
    title: string;
}

export async function runFix(paths: string[], options: FixOptions, cwd: string): Promise<number> {
    const texts = new Map<string, string>();
    const original = new Map<string, string>();
    const applied = new Map<string, Applied[]>();
    let passes = 0;
    for (;;) {
        const { services, sources, fileProblems } = readWorkspace(paths, { cwd, configFile: options.config, asOf: options.asOf });
        for (const source of sources) {
            if (!original.has(source.file)) original.set(source.file, source.text);
            source.text = texts.get(source.file) ?? source.text;
        }
        const documents = await buildSources(services, sources);
        const config = services.config.ConfigProvider;
        let changed = false;
        if (passes < MAX_PASSES) {
            for (const document of documents) {
                const diagnostics = document.diagnostics ?? [];
                const fixes = diagnostics.map(d => safeFixOf(d)).filter((f): f is Fix => f !== undefined);
                if (fixes.length === 0) continue;
                const { edits, applied: done } = compatibleEdits(fixes);
                if (edits.length === 0) continue;
                const file = document.uri.fsPath;
                const before = document.textDocument.getText();
                const after = applyEdits(before, edits);
                if (after === before) continue;
                texts.set(file, after);
                const list = applied.get(file) ?? [];
                for (const fix of done) list.push({ line: fix.edits[0].range.start.line + 1, title: fix.title });
                applied.set(file, list);
                changed = true;
            }
        }
        if (changed) {
            passes++;
            continue;
        }
        // Nothing more applies: write, list, and report what remains.
        let failed = config.problems.length > 0 || fileProblems.length > 0;
        for (const [file, list] of applied) {
            const name = displayPath(file, cwd);
            if (options.dryRun) {
                for (const fix of list) process.stderr.write(`${forTerminal(`${name}:${fix.line}: would fix: ${fix.title}`)}\n`);
                continue;
            }
            try {
                writePlan(file, original.get(file)!, texts.get(file)!);
                process.stderr.write(`${forTerminal(`${name}: fixed ${list.length} problem${list.length === 1 ? '' : 's'}`)}\n`);
            } catch (error) {
                warnLine(`${name}: cannot write the fixes: ${ioReason(error)}`);
                failed = true;
            }
        }
        for (const problem of config.problems) warnLine(formatConfigProblem(problem, cwd));
        for (const problem of fileProblems) warnLine(`${displayPath(problem.file, cwd)}: ${problem.message}`);
        const first = sources[0]?.file ?? `${cwd}/x.plan`;
        const asOf = options.asOf ?? config.forFile(first).asOf ?? today();
        const report = buildReport(documents, cwd, asOf, options.quiet ?? false);
        const exit = emitReport(report, documents.map(d => displayPath(d.uri.fsPath, cwd)),
            { format: options.format ?? 'stylish', output: options.output, maxWarnings: options.maxWarnings }, cwd);
        return failed ? EXIT.failure : exit;
    }
}

/**
 * Replace the plan whole (temporary file, then rename), keeping a byte-order
 * mark the file had. A file that changed on disk since it was read, or that is
 * a symbolic link, is left alone: the fix would overwrite what we did not see.
 */
function writePlan(file: string, read: string, text: string): void {
    if (fs.lstatSync(file).isSymbolicLink()) throw new Error('it is a symbolic link; not written');
    // Through the one bounded read, like every other read of a plan.
    const current = readBounded(file, { limit: MAX_PLAN_BYTES, what: 'a plan file' }).toString('utf8');
    const bom = current.startsWith('\ufeff');
    if ((bom ? current.slice(1) : current) !== read) throw new Error('it changed while it was being fixed; run again');
    replaceFile(file, bom ? `\ufeff${text}` : text, false);
}

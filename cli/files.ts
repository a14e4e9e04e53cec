/**
 * Finding and reading plan files. Folders are searched for `*.plan`
 * (honouring each config's `ignore`); a file named on the command line is
 * always read. Every file that cannot be read gives one line naming it and
 * why; the other files are still checked.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ConfigProvider } from '../language/config/provider.js';
import { ioReason } from '../language/io.js';
import type { FileProblem } from '../language/workspace/plan-files.js';

export { isProblem, readPlanFile, type FileProblem, type PlanSource } from '../language/workspace/plan-files.js';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

/** `walked`, when given, receives every folder searched (what a cached check depends on). */
export function findPlanFiles(paths: string[], config: ConfigProvider, problems: FileProblem[], walked?: string[]): string[] {
    const found = new Set<string>();
    const visitedFolders = new Set<string>();
    const walk = (folder: string) => {
        let real: string;
        try {
            real = fs.realpathSync(folder);
        } catch (error) {
            problems.push({ file: folder, message: `cannot read the folder: ${ioReason(error)}` });
            return;
        }
        walked?.push(folder);
        if (visitedFolders.has(real)) return; // a link back into a folder already searched
        visitedFolders.add(real);
        let entries: fs.Dirent[];
        try {
            entries = fs.readdirSync(folder, { withFileTypes: true });
        } catch (error) {
            problems.push({ file: folder, message: `cannot read the folder: ${ioReason(error)}` });
            return;
        }
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of entries) {
            const full = path.join(folder, entry.name);
            let isFolder = entry.isDirectory();
            let isFile = entry.isFile();
            if (entry.isSymbolicLink()) {
                try {
                    const stat = fs.statSync(full);
                    isFolder = stat.isDirectory();
                    isFile = stat.isFile();
                } catch (error) {
                    if (entry.name.endsWith('.plan')) problems.push({ file: full, message: `cannot read the file: ${ioReason(error)}` });
                    continue;
                }
            }
            if (isFolder) {
                if (!SKIPPED_FOLDERS.has(entry.name)) walk(full);
            } else if (isFile && entry.name.endsWith('.plan') && !config.forFile(full).ignores(full)) {
                found.add(full);
            }
        }
    };
    for (const given of paths) {
        const full = path.resolve(given);
        let stat: fs.Stats;
        try {
            stat = fs.statSync(full);
        } catch (error) {
            problems.push({ file: given, message: `cannot read: ${ioReason(error)}` });
            continue;
        }
        if (stat.isDirectory()) walk(full);
        else found.add(full);
    }
    return [...found];
}

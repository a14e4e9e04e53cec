/**
 * Finding and reading plan files. Folders are searched for `*.plan`
 * (honouring each config's `ignore`); a file named on the command line is
 * always read. Every file that cannot be read gives one line naming it and
 * why; the other files are still checked.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ioReason, type ConfigProvider } from '../language/config/provider.js';

export interface FileProblem {
    file: string;
    message: string;
}

export interface PlanSource {
    /** Absolute path. */
    file: string;
    text: string;
}

/** Plan files larger than this are refused: a plan is text a person writes. */
export const MAX_PLAN_BYTES = 10 * 1024 * 1024;

const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

export function findPlanFiles(paths: string[], config: ConfigProvider, problems: FileProblem[]): string[] {
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

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The text of a plan file, or a problem saying why there is none. */
export function readPlanFile(file: string): PlanSource | FileProblem {
    let bytes: Buffer;
    try {
        const stat = fs.statSync(file);
        if (stat.isDirectory()) return { file, message: 'is a folder, not a plan file' };
        if (stat.size > MAX_PLAN_BYTES) {
            return { file, message: `is ${(stat.size / 1024 / 1024).toFixed(1)} MB; a plan file may be at most ${MAX_PLAN_BYTES / 1024 / 1024} MB` };
        }
        bytes = fs.readFileSync(file);
    } catch (error) {
        return { file, message: `cannot read the file: ${ioReason(error)}` };
    }
    try {
        return { file, text: decodePlan(bytes) };
    } catch (error) {
        return { file, message: (error as Error).message };
    }
}

/** UTF-8, without a byte order mark; anything else is refused, naming the line of the first bad byte. */
export function decodePlan(bytes: Uint8Array): string {
    try {
        const text = utf8.decode(bytes);
        return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    } catch {
        const at = firstInvalidUtf8(bytes);
        const line = bytes.subarray(0, at).reduce((count, byte) => count + (byte === 0x0a ? 1 : 0), 1);
        throw new Error(`is not valid UTF-8 (line ${line}: byte 0x${bytes[at]?.toString(16).padStart(2, '0')}); save it as UTF-8`);
    }
}

/** The offset of the first byte that does not start a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
    let i = 0;
    while (i < bytes.length) {
        const lead = bytes[i];
        const extra = lead < 0x80 ? 0 : lead >= 0xc2 && lead <= 0xdf ? 1 : (lead & 0xf0) === 0xe0 ? 2 : lead >= 0xf0 && lead <= 0xf4 ? 3 : -1;
        if (extra < 0) return i;
        for (let k = 1; k <= extra; k++) {
            if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
        }
        const second = bytes[i + 1];
        if ((lead === 0xe0 && second < 0xa0) || (lead === 0xed && second >= 0xa0)
            || (lead === 0xf0 && second < 0x90) || (lead === 0xf4 && second >= 0x90)) return i;
        i += extra + 1;
    }
    return bytes.length;
}

export function isProblem(value: PlanSource | FileProblem): value is FileProblem {
    return 'message' in value;
}

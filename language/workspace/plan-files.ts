/**
 * Reading a plan file, for the CLI and the language server alike: UTF-8
 * without a byte order mark, at most MAX_PLAN_BYTES; anything else gives a
 * problem naming the file and the reason instead of text.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ioReason, readBounded, ReadRefused } from '../io.js';
import { planRefusal } from '../limits.js';
import { decodePlan, MAX_PLAN_BYTES } from './plan-text.js';

export { decodePlan, MAX_PLAN_BYTES, planTextTooLarge } from './plan-text.js';

export interface FileProblem {
    file: string;
    message: string;
}

export interface PlanSource {
    /** Absolute path. */
    file: string;
    text: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The text of a plan file, or a problem saying why there is none. */
export function readPlanFile(file: string): PlanSource | FileProblem {
    let bytes: Buffer;
    try {
        if (!file.endsWith('.plan') && !fs.statSync(file).isDirectory()) return { file, message: 'is not a plan file (plan files end in .plan)' };
    } catch (error) {
        return { file, message: missingMessage(file, error) };
    }
    try {
        // Bounded whatever the file claims: a link to /dev/zero or into /proc is refused, never read to the end.
        bytes = readBounded(file, { limit: MAX_PLAN_BYTES, what: 'a plan file' });
    } catch (error) {
        if (error instanceof ReadRefused && error.missing) return { file, message: missingMessage(file, error) };
        return { file, message: error instanceof ReadRefused ? planRefusal(error.message) : `cannot read the file: ${ioReason(error)}` };
    }
    try {
        return { file, text: decodePlan(bytes) };
    } catch (error) {
        return { file, message: (error as Error).message };
    }
}

/**
 * Why a file is not there. A name that is not valid UTF-8 reaches Node as a
 * string with U+FFFD in it, which names no file: say so, with the bytes of
 * the real name (found in its folder) written as \xNN.
 */
function missingMessage(file: string, error: unknown): string {
    const reason = error instanceof ReadRefused ? error.message : `cannot read the file: ${ioReason(error)}`;
    const name = path.basename(file);
    if (!name.includes('\ufffd')) return reason;
    let real: string | undefined;
    try {
        for (const entry of fs.readdirSync(path.dirname(file), { encoding: 'buffer' })) {
            const decoded = entry.toString('latin1');
            if (!isUtf8(entry) && entry.toString('utf8') === name) {
                real = [...decoded].map(ch => (ch.charCodeAt(0) < 0x80 ? ch : `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`)).join('');
                break;
            }
        }
    } catch { /* the folder cannot be listed */ }
    return real === undefined ? reason : `the file name is not valid UTF-8 (${real}); rename it (plan file names are read as UTF-8)`;
}

function isUtf8(bytes: Uint8Array): boolean {
    try {
        utf8.decode(bytes);
        return true;
    } catch {
        return false;
    }
}


export function isProblem(value: PlanSource | FileProblem): value is FileProblem {
    return 'message' in value;
}

/**
 * Reading a plan file, for the CLI and the language server alike: UTF-8
 * without a byte order mark, at most MAX_PLAN_BYTES; anything else gives a
 * problem naming the file and the reason instead of text.
 */
import * as fs from 'node:fs';
import { ioReason } from '../io.js';

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

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The text of a plan file, or a problem saying why there is none. */
export function readPlanFile(file: string): PlanSource | FileProblem {
    let bytes: Buffer;
    try {
        const stat = fs.statSync(file);
        if (stat.isDirectory()) return { file, message: 'is a folder, not a plan file' };
        if (!stat.isFile()) return { file, message: 'is not a regular file' };
        if (!file.endsWith('.plan')) return { file, message: 'is not a plan file (plan files end in .plan)' };
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

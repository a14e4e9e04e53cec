/**
 * Reading a plan file, for the CLI and the language server alike: UTF-8
 * without a byte order mark, at most MAX_PLAN_BYTES; anything else gives a
 * problem naming the file and the reason instead of text.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ioReason, limitText, readBounded, ReadRefused } from '../io.js';

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
        if (!file.endsWith('.plan') && !fs.statSync(file).isDirectory()) return { file, message: 'is not a plan file (plan files end in .plan)' };
    } catch (error) {
        return { file, message: missingMessage(file, error) };
    }
    try {
        // Bounded whatever the file claims: a link to /dev/zero or into /proc is refused, never read to the end.
        bytes = readBounded(file, { limit: MAX_PLAN_BYTES, what: 'a plan file' });
    } catch (error) {
        if (error instanceof ReadRefused && error.message === 'is a folder, not a file') return { file, message: 'is a folder, not a plan file' };
        if (error instanceof ReadRefused && error.missing) return { file, message: missingMessage(file, error) };
        return { file, message: error instanceof ReadRefused ? error.message : `cannot read the file: ${ioReason(error)}` };
    }
    try {
        return { file, text: decodePlan(bytes) };
    } catch (error) {
        return { file, message: (error as Error).message };
    }
}

/** A plan text larger than MAX_PLAN_BYTES (the language server refuses such a document as the CLI refuses such a file). */
export function planTextTooLarge(text: string): string | undefined {
    // A UTF-16 code unit is at most 3 bytes of UTF-8: below a third of the limit, no need to count.
    if (text.length * 3 <= MAX_PLAN_BYTES) return undefined;
    const bytes = Buffer.byteLength(text, 'utf8');
    return bytes > MAX_PLAN_BYTES ? `This document is ${(bytes / 1024 / 1024).toFixed(1)} MB; a plan file may be at most ${limitText(MAX_PLAN_BYTES)}, so it is not checked.` : undefined;
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

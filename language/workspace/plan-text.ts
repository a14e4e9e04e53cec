/**
 * A plan's text as the CLI and the language server accept it, wherever it
 * was read from (the disk, or the editor's client in a browser): UTF-8
 * without a byte order mark, at most MAX_PLAN_BYTES. No file system here.
 */
import { limitText, megabytes } from '../limits.js';

/** Plan files larger than this are refused: a plan is text a person writes. */
export const MAX_PLAN_BYTES = 10 * 1024 * 1024;

/** A plan text larger than MAX_PLAN_BYTES (the language server refuses such a document as the CLI refuses such a file). */
export function planTextTooLarge(text: string): string | undefined {
    // A UTF-16 code unit is at most 3 bytes of UTF-8: below a third of the limit, no need to count.
    if (text.length * 3 <= MAX_PLAN_BYTES) return undefined;
    const bytes = utf8Length(text);
    return bytes > MAX_PLAN_BYTES ? `This document is ${megabytes(bytes)}; a plan file may be at most ${limitText(MAX_PLAN_BYTES)}, so it is not checked.` : undefined;
}

/** The UTF-8 length of a text, without encoding it. */
function utf8Length(text: string): number {
    let bytes = 0;
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code < 0x80) bytes += 1;
        else if (code < 0x800) bytes += 2;
        else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
            bytes += 4;
            i++;
        } else bytes += 3;
    }
    return bytes;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

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

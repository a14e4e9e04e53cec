/**
 * From new gaps to edits: each gap that changes gives small edits (the
 * trailing whitespace of a line, its line breaks and the next line's
 * indentation are edited apart), so that range formatting can keep exactly
 * the edits that fall on the lines of the range, and editors keep the cursor.
 */
import type { Token } from './tokens.js';

export interface OffsetEdit {
    start: number;
    end: number;
    newText: string;
}

/** The formatted text: the tokens as they are, the new gaps between them. */
export function joinGaps(tokens: Token[], gaps: string[]): string {
    let result = gaps[0];
    tokens.forEach((token, i) => {
        result += token.text + gaps[i + 1];
    });
    return result;
}

export function gapEdits(text: string, tokens: Token[], gaps: string[]): OffsetEdit[] {
    const edits: OffsetEdit[] = [];
    for (let i = 0; i <= tokens.length; i++) {
        const start = i === 0 ? 0 : tokens[i - 1].end;
        const end = i === tokens.length ? text.length : tokens[i].offset;
        const old = text.slice(start, end);
        if (old === gaps[i]) continue;
        const oldParts = splitAtBreaks(old);
        const newParts = splitAtBreaks(gaps[i]);
        if (oldParts.length === 3 && newParts.length === 3) {
            let offset = start;
            for (let k = 0; k < 3; k++) {
                pushTrimmed(edits, offset, oldParts[k], newParts[k]);
                offset += oldParts[k].length;
            }
        } else {
            pushTrimmed(edits, start, old, gaps[i]);
        }
    }
    return edits;
}

/** The edits that lie on the lines from `from` (a line start) to `to` (a line end). */
export function editsWithin(edits: OffsetEdit[], from: number, to: number): OffsetEdit[] {
    return edits.filter(edit => edit.start >= from && edit.end <= to);
}

/** `[before the first line break, the line breaks, after the last one]`, or `[whitespace]` without a break. */
function splitAtBreaks(whitespace: string): string[] {
    const first = whitespace.search(/[\r\n]/);
    if (first < 0) return [whitespace];
    const last = Math.max(whitespace.lastIndexOf('\n'), whitespace.lastIndexOf('\r')) + 1;
    return [whitespace.slice(0, first), whitespace.slice(first, last), whitespace.slice(last)];
}

function pushTrimmed(edits: OffsetEdit[], start: number, old: string, replacement: string): void {
    if (old === replacement) return;
    let prefix = 0;
    while (prefix < old.length && prefix < replacement.length && old[prefix] === replacement[prefix]) prefix++;
    let suffix = 0;
    while (suffix < old.length - prefix && suffix < replacement.length - prefix
        && old[old.length - 1 - suffix] === replacement[replacement.length - 1 - suffix]) suffix++;
    // An edit must not start or end between the \r and \n of a CRLF: an editor cannot place a position
    // there (it moves it before the \r), so `\r\n` → `\n` would be lost in a text of mixed line endings.
    if (prefix > 0 && old[prefix - 1] === '\r' && old[prefix] === '\n') prefix--;
    const end = old.length - suffix;
    if (suffix > 0 && old[end - 1] === '\r' && old[end] === '\n') suffix--;
    edits.push({
        start: start + prefix,
        end: start + old.length - suffix,
        newText: replacement.slice(prefix, replacement.length - suffix),
    });
}

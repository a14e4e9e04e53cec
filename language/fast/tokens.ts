/**
 * The fast path's lexer: token kinds and offsets in typed arrays, no object
 * per token. It lexes exactly as the language's lexer (Chevrotain with the
 * matchers of language/lexer.ts and the line structure of
 * language/line-structure.ts) on every text it accepts, and declines
 * (`undefined`) wherever that lexer would report an error or repair
 * something: an unexpected character, an unclosed string or comment, a
 * keyword typo at the start of a line, a stray `}`, a suppression comment
 * (those are read from the full CST). A declined text goes to Langium.
 */
import { LINE_KEYWORDS, nearestKeyword } from '../line-structure.js';
import { SUPPRESSION_DIRECTIVE } from '../validation/directive.js';

/** Token kinds below FIRST_KEYWORD; a keyword's kind is FIRST_KEYWORD + its index in `Vocabulary.keywords`. */
export const ID = 1, STRING = 2, DATE = 3, FIRST_KEYWORD = 4;

/** The keywords of the grammar, as the lexer's token definitions list them. */
export class Vocabulary {
    readonly kinds = new Map<string, number>();
    /** Keywords shaped like a name (`team`, `kind`): a word that is one of these is that keyword. */
    readonly words = new Map<string, number>();
    /** Keywords of words joined by `-` (`follow-up`, `in-kind`), by their first word. */
    readonly hyphenated = new Map<string, string[]>();
    /** `{`, `}`, `,`, `.` by character code. */
    readonly punctuation = new Map<number, number>();
    /** Per kind: 1 when the keyword starts a line of a block (never a name there), 2 when it may be a name anywhere. */
    readonly role: Uint8Array;

    /** Undefined when a keyword has a shape this lexer does not know (the fast path then stays off). */
    static of(keywords: readonly string[]): Vocabulary | undefined {
        const vocabulary = new Vocabulary(keywords);
        return vocabulary.unknown ? undefined : vocabulary;
    }

    private unknown = false;

    private constructor(readonly keywords: readonly string[]) {
        this.role = new Uint8Array(FIRST_KEYWORD + keywords.length);
        keywords.forEach((keyword, index) => {
            const kind = FIRST_KEYWORD + index;
            this.kinds.set(keyword, kind);
            if (WORD.test(keyword)) {
                this.words.set(keyword, kind);
                this.role[kind] = LINE_KEYWORDS.has(keyword) ? LINE : NAME;
            } else if (HYPHENATED.test(keyword)) {
                const first = keyword.slice(0, keyword.indexOf('-'));
                this.hyphenated.set(first, [...this.hyphenated.get(first) ?? [], keyword].sort((a, b) => b.length - a.length));
            } else if (keyword.length === 1 && PUNCTUATION.includes(keyword)) {
                this.punctuation.set(keyword.charCodeAt(0), kind);
            } else {
                this.unknown = true;
            }
        });
    }
}

export const LINE = 1, NAME = 2;
const WORD = /^[A-Za-z_][A-Za-z0-9_]*$/;
const HYPHENATED = /^[A-Za-z_][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)+$/;
const PUNCTUATION = '{},.';

export interface Tokens {
    count: number;
    kind: Uint16Array;
    start: Int32Array;
    end: Int32Array;
    /** 1 when the token is the first on its line. */
    startsLine: Uint8Array;
    /** Offsets where lines start (line 0 at 0). */
    lineStarts: Int32Array;
    lineCount: number;
    /** Start and end of the first and the last comment, for the root's range when a text holds nothing else. */
    firstHidden: number;
    lastHiddenEnd: number;
}

const SPACE = 0x20, TAB = 0x09, LF = 0x0a, CR = 0x0d, QUOTE = 0x22, BACKSLASH = 0x5c, SLASH = 0x2f, STAR = 0x2a, DASH = 0x2d;
const OPEN = 0x7b, CLOSE = 0x7d, COMMA = 0x2c, DOT = 0x2e;
const WHITESPACE = /\s/;

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isWordStart = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f;
const isWordPart = (c: number) => isWordStart(c) || isDigit(c);

/** The tokens of `text`, or undefined where the language's lexer would report or repair something. */
export function tokenize(text: string, vocabulary: Vocabulary): Tokens | undefined {
    const length = text.length;
    // A token is at least one character, and a line at least one: capacities from the length, trimmed at the end.
    let capacity = Math.max(16, length >> 2);
    let kind = new Uint16Array(capacity), start = new Int32Array(capacity), end = new Int32Array(capacity), startsLine = new Uint8Array(capacity);
    let lineStarts = new Int32Array(Math.max(16, length >> 5));
    let lineCount = 1;
    let count = 0;
    let newline = true;
    let depth = 0;
    let firstHidden = -1, lastHiddenEnd = -1;
    const { words, hyphenated, punctuation } = vocabulary;

    const addLine = (at: number) => {
        if (lineCount === lineStarts.length) {
            const grown = new Int32Array(lineStarts.length * 2);
            grown.set(lineStarts);
            lineStarts = grown;
        }
        lineStarts[lineCount++] = at;
    };
    const push = (k: number, s: number, e: number) => {
        if (count === capacity) {
            capacity *= 2;
            const grow = <T extends Uint16Array | Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => { const b = make(capacity); b.set(a); return b; };
            kind = grow(kind, n => new Uint16Array(n));
            start = grow(start, n => new Int32Array(n));
            end = grow(end, n => new Int32Array(n));
            startsLine = grow(startsLine, n => new Uint8Array(n));
        }
        kind[count] = k;
        start[count] = s;
        end[count] = e;
        startsLine[count] = newline ? 1 : 0;
        count++;
        newline = false;
    };
    const hidden = (s: number, e: number) => {
        if (firstHidden < 0) firstHidden = s;
        lastHiddenEnd = e;
    };

    let i = 0;
    while (i < length) {
        const c = text.charCodeAt(i);
        if (c === SPACE || c === TAB) { i++; continue; }
        if (c === LF) { addLine(++i); newline = true; continue; }
        if (c === CR) {
            i += text.charCodeAt(i + 1) === LF ? 2 : 1;
            addLine(i);
            newline = true;
            continue;
        }
        if (isWordStart(c)) {
            let j = i + 1;
            while (j < length && isWordPart(text.charCodeAt(j))) j++;
            if (text.charCodeAt(j) === DASH) {
                // A keyword of joined words, or an error (`team-x`: `team`, then an unexpected `-`).
                const candidates = hyphenated.get(text.slice(i, j));
                const keyword = candidates?.find(k => text.startsWith(k, i));
                if (!keyword) return undefined;
                const e = i + keyword.length;
                const after = text.charCodeAt(e);
                if (isWordPart(after) || after === DASH) return undefined;
                push(vocabulary.kinds.get(keyword)!, i, e);
                i = e;
                continue;
            }
            const word = text.slice(i, j);
            const k = words.get(word);
            if (k === undefined) {
                // A word starting a line, a slip away from a line keyword, is read as that keyword with an error.
                if (newline && !continuesList(kind, count, vocabulary) && nearestKeyword(word) !== undefined) return undefined;
                push(ID, i, j);
            } else {
                push(k, i, j);
            }
            i = j;
            continue;
        }
        if (c === QUOTE) {
            let j = i + 1;
            for (;;) {
                if (j >= length) return undefined;
                const d = text.charCodeAt(j);
                if (d === QUOTE) break;
                if (d === LF || d === CR) return undefined;
                if (d === BACKSLASH) {
                    const next = text.charCodeAt(j + 1);
                    if (j + 1 >= length || next === LF || next === CR) return undefined;
                    j += 2;
                } else {
                    j++;
                }
            }
            push(STRING, i, j + 1);
            i = j + 1;
            continue;
        }
        if (isDigit(c)) {
            let j = i + 1;
            while (isDigit(text.charCodeAt(j))) j++;
            if (text.charCodeAt(j) !== DASH || !isDigit(text.charCodeAt(j + 1))) return undefined;
            j += 2;
            while (isDigit(text.charCodeAt(j))) j++;
            if (text.charCodeAt(j) !== DASH || !isDigit(text.charCodeAt(j + 1))) return undefined;
            j += 2;
            while (isDigit(text.charCodeAt(j))) j++;
            // `2026-01-01-02`, `2026-01-01.5`: an error or a repair after the date.
            const after = text.charCodeAt(j);
            if (after === DASH || after === DOT && isDigit(text.charCodeAt(j + 1))) return undefined;
            push(DATE, i, j);
            i = j;
            continue;
        }
        if (c === SLASH) {
            const next = text.charCodeAt(i + 1);
            if (next === SLASH) {
                let j = i + 2;
                while (j < length) {
                    const d = text.charCodeAt(j);
                    if (d === LF || d === CR) break;
                    j++;
                }
                if (SUPPRESSION_DIRECTIVE.test(text.slice(i, j))) return undefined;
                hidden(i, j);
                i = j;
                continue;
            }
            if (next === STAR) {
                const close = text.indexOf('*/', i + 2);
                if (close < 0) return undefined;
                for (let j = i + 2; j < close; j++) {
                    const d = text.charCodeAt(j);
                    if (d === LF) { addLine(j + 1); newline = true; }
                    else if (d === CR) {
                        if (text.charCodeAt(j + 1) === LF) j++;
                        addLine(j + 1);
                        newline = true;
                    }
                }
                hidden(i, close + 2);
                i = close + 2;
                continue;
            }
            return undefined;
        }
        const p = punctuation.get(c);
        if (p !== undefined) {
            if (c === OPEN) depth++;
            else if (c === CLOSE) {
                // A `}` that closes nothing, or that closes a top-level element while a line of a block follows: the lexer repairs it.
                if (depth === 0) return undefined;
                depth--;
                if (depth === 0 && !strayCheckPasses(text, i + 1, vocabulary)) return undefined;
            }
            push(p, i, i + 1);
            i++;
            continue;
        }
        if (c > 0x7f && WHITESPACE.test(text[i])) { i++; continue; }
        if (c === 0x0b || c === 0x0c) { i++; continue; }
        return undefined;
    }
    return {
        count, kind, start, end, startsLine,
        lineStarts, lineCount, firstHidden, lastHiddenEnd,
    };
}

/** After a `,` or a `.`, a word starting a line continues a list: a name, never a keyword typo. */
function continuesList(kind: Uint16Array, count: number, vocabulary: Vocabulary): boolean {
    if (count === 0) return false;
    const previous = kind[count - 1];
    return previous === vocabulary.punctuation.get(COMMA) || previous === vocabulary.punctuation.get(DOT);
}

/**
 * Whether the `}` closing a top-level element is followed by the end, a `}`,
 * a top-level keyword, or something that is not a line keyword: otherwise
 * the language's lexer takes it as stray (language/line-structure.ts).
 */
function strayCheckPasses(text: string, from: number, vocabulary: Vocabulary): boolean {
    let i = from;
    const length = text.length;
    let newline = false;
    // Skip what the lexer skips: whitespace and comments.
    while (i < length) {
        const c = text.charCodeAt(i);
        if (c === LF || c === CR) { newline = true; i++; continue; }
        if (c === SPACE || c === TAB || c === 0x0b || c === 0x0c || (c > 0x7f && WHITESPACE.test(text[i]))) { i++; continue; }
        if (c === SLASH && text.charCodeAt(i + 1) === SLASH) {
            while (i < length && text.charCodeAt(i) !== LF && text.charCodeAt(i) !== CR) i++;
            continue;
        }
        if (c === SLASH && text.charCodeAt(i + 1) === STAR) {
            const close = text.indexOf('*/', i + 2);
            if (close < 0) return true; // an unclosed comment: declined when it is reached
            if (/[\r\n]/.test(text.slice(i, close))) newline = true;
            i = close + 2;
            continue;
        }
        break;
    }
    // A keyword on the same line as the `}` is not a line keyword there (line-structure.ts gives it its twin).
    if (!newline || i >= length || text.charCodeAt(i) === CLOSE) return true;
    if (!isWordStart(text.charCodeAt(i))) return true;
    let j = i + 1;
    while (j < length && isWordPart(text.charCodeAt(j))) j++;
    let word = text.slice(i, j);
    if (text.charCodeAt(j) === DASH) {
        const keyword = vocabulary.hyphenated.get(word)?.find(k => text.startsWith(k, i));
        if (keyword) word = keyword;
    }
    if (!vocabulary.kinds.has(word)) return true;
    return !LINE_KEYWORDS.has(word) || TOP_LEVEL.has(word);
}

const TOP_LEVEL = new Set(['partnership', 'business', 'partner', 'person', 'team']);

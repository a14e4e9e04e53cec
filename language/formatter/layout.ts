/**
 * The layout rules: what whitespace goes between each pair of tokens. Only
 * these gaps change; every token (names, strings, dates, comments) is copied
 * as it is.
 *
 * - A statement starts a line; `{` ends its header line after one space; the
 *   body starts on the next line; `}` stands on its own line. An empty body is
 *   `{}` on the header line (`priority Talent "…" {}`); a body holding only a
 *   block comment written on the header line stays on that line.
 * - Tokens of one line are separated by one space; none before `,` and around
 *   `.` (`involve LWC, FRCC`, `after Team.Win`).
 * - One indent unit per open brace; a statement continued on a new line (only
 *   when a line comment splits it) is indented one unit more.
 * - Comments keep their place relative to the tokens: a comment on the line
 *   of the token before it stays on that line; one on its own line stays on
 *   its own line, indented to its block. A block comment is never re-indented
 *   inside, as that would change its text. Trailing spaces after a line
 *   comment are dropped like any trailing spaces.
 * - Blank lines: a run of them becomes one, none after `{` or before `}`;
 *   top-level elements with a body get one blank line before and after; the
 *   text starts with its first token and ends with one line ending.
 * - Line endings are those of the text (the first one found; `\n` if none).
 */
import type { Layout, Token } from './tokens.js';

export interface FormatOptions {
    /** Spaces per indent level (when `insertSpaces`). */
    tabSize: number;
    insertSpaces: boolean;
}

export const DEFAULT_FORMAT_OPTIONS: FormatOptions = { tabSize: 4, insertSpaces: true };

interface Gap {
    newline: boolean;
    blank: boolean;
    indent: number;
    /** Between tokens of one line: ' ' or ''. */
    space: string;
}

const NEWLINE = '\n';

/** The new whitespace before each token, and after the last one (`tokens.length + 1` strings). */
export function layoutGaps(text: string, layout: Layout, options: FormatOptions): string[] {
    const { tokens } = layout;
    const isStart = (i: number) => layout.statementStarts.has(i);
    const gaps: Gap[] = [];
    let depth = 0;
    let lineHasCode = false;
    let lastCode = -1;
    for (let i = 0; i < tokens.length; i++) {
        const b = tokens[i];
        const gap: Gap = { newline: false, blank: false, indent: 0, space: '' };
        if (i > 0) {
            const a = tokens[i - 1];
            const breaks = countBreaks(text.slice(a.end, b.offset));
            const between = lastCode >= 0 && b.kind === 'code' ? codeGap(tokens[lastCode], b, isStart(i)) : ' ';
            if (b.kind !== 'code') gap.newline = breaks > 0;
            else if (a.kind === 'line-comment') gap.newline = true;
            else if (a.kind === 'block-comment') gap.newline = breaks > 0 || afterBlockComment(b, between, lineHasCode);
            else gap.newline = between === NEWLINE;
            if (gap.newline) {
                gap.blank = breaks >= 2 && !isCode(a, '{') && !isCode(b, '}');
                gap.indent = isCode(b, '}') ? depth - 1
                    : b.kind !== 'code' || isStart(i) || isCode(b, '{') ? depth
                    : depth + 1; // a statement continued after a line comment
            } else {
                gap.space = a.kind === 'code' && b.kind === 'code' ? between : ' ';
            }
        }
        if (gap.newline) lineHasCode = false;
        if (b.kind === 'code') {
            lineHasCode = true;
            lastCode = i;
            if (b.text === '{') depth++;
            else if (b.text === '}') depth = Math.max(0, depth - 1);
        }
        gaps.push(gap);
    }
    separateBlocks(gaps, layout);

    const eol = lineEnding(text, tokens);
    const unit = options.insertSpaces ? ' '.repeat(Math.max(1, Math.floor(options.tabSize) || 4)) : '\t';
    const result = gaps.map((gap, i) => i === 0 ? ''
        : gap.newline ? eol + (gap.blank ? eol : '') + unit.repeat(Math.max(0, gap.indent))
        : gap.space);
    result.push(tokens.length > 0 ? eol : '');
    return result;
}

/** Between two code tokens: a line break, one space or nothing. */
function codeGap(a: Token, b: Token, bStartsStatement: boolean): string {
    if (isCode(b, '}')) return isCode(a, '{') ? '' : NEWLINE;
    if (isCode(a, '{') || isCode(a, '}') || bStartsStatement) return NEWLINE;
    if (isCode(b, '{')) return ' ';
    if (isCode(b, ',') || isCode(b, '.') || isCode(a, '.')) return '';
    return ' ';
}

/**
 * After a block comment on the same line: a break when the code rules want
 * one and the line already has code (a line may start with a block comment);
 * `}` goes to its own line unless its `{` is on this line (an empty body that
 * holds only a block comment, kept on the header line).
 */
function afterBlockComment(b: Token, between: string, lineHasCode: boolean): boolean {
    if (isCode(b, '}')) return between === NEWLINE || !lineHasCode;
    return between === NEWLINE && lineHasCode;
}

/** A blank line between two top-level elements when one of them has a body (unless one is already there). */
function separateBlocks(gaps: Gap[], layout: Layout): void {
    const elements = layout.topElements;
    for (let k = 1; k < elements.length; k++) {
        const before = elements[k - 1];
        const after = elements[k];
        if (!before.block && !after.block) continue;
        const run = gaps.slice(before.last + 1, after.first + 1).filter(gap => gap.newline);
        if (run.length > 0 && !run.some(gap => gap.blank)) run[0].blank = true;
    }
}

function isCode(token: Token, text: string): boolean {
    return token.kind === 'code' && token.text === text;
}

function countBreaks(whitespace: string): number {
    return whitespace.match(/\r\n|\r|\n/g)?.length ?? 0;
}

/**
 * The text's line ending: the first line break between tokens (or before the first, or after the
 * last). A line break inside a block comment is the comment's own and is kept as written, so it does
 * not choose: taking it made `fmt` not idempotent (`team\r\nT … /*\n x\n*\/ {` became CRLF, then LF).
 * Only a text whose every line break is inside a comment takes the comment's.
 */
function lineEnding(text: string, tokens: readonly { offset: number; end: number }[]): string {
    let from = 0;
    for (const token of tokens) {
        const found = /\r\n|\r|\n/.exec(text.slice(from, token.offset));
        if (found) return found[0];
        from = Math.max(from, token.end);
    }
    return /\r\n|\r|\n/.exec(text.slice(from))?.[0] ?? text.match(/\r\n|\r|\n/)?.[0] ?? '\n';
}

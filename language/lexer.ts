/**
 * The lexer, plus one lexical check of our own: the STRING terminal lets an
 * unclosed string run to the end of its line (so the rest of the file still
 * parses); here that becomes one lexing error, found while the tokens are at
 * hand rather than by walking the tree later.
 *
 * Three terminals are matched by hand rather than by their regular
 * expressions (`ActionPlanTokenBuilder`), so lexing is linear in the text
 * whatever it holds, and no token, however long, can overflow the stack:
 *
 * - STRING: V8 runs `"(?:[^"\\\r\n]|\\[^\r\n])*"?` with one stack frame per
 *   character; a string of about 10 MB threw a RangeError.
 * - DATE: `[0-9]+-[0-9]+-[0-9]+` scans a run of digits and fails when the
 *   run is not a date; the lexer then drops one character and tries again
 *   from the next digit, so a line of n digits took n²/2 steps (40,000
 *   digits: 10 s). The outcome is the same from every digit of a run, so it
 *   is worked out once per run.
 * - ML_COMMENT: an unclosed `/*` scans to the end of the text for its `*\/`;
 *   a text of n unclosed `/*` did that n times. Where the next `*\/` is, is
 *   remembered as the lexer moves on.
 *
 * The matchers give exactly the tokens the grammar's expressions give (the
 * fuzzing compares them on any text: test/fuzz/parse.test.ts).
 *
 * And should lexing still throw (a RangeError from a case not foreseen), the
 * file gets one lexing error instead of an exception that would end `check`
 * or the language server.
 */
import { DefaultLexer, DefaultTokenBuilder, GrammarUtils, type GrammarAST, type LexerResult, type TokenizeOptions } from 'langium';
import type { TokenType, TokenVocabulary } from 'chevrotain';
import { KEYWORD_NAME } from './line-structure.js';
import { isClosedString } from './strings.js';

export const UNCLOSED_STRING = 'Unclosed string: add the closing " on the same line.';

/** Counts the characters the hand-written matchers look at: the growth tests read it. */
export const lexerWork = { steps: 0 };

export class ActionPlanLexer extends DefaultLexer {
    override tokenize(text: string, options?: TokenizeOptions): LexerResult {
        resetMatchers();
        try {
            const result = this.tokenizeRuns(text, options);
            for (const token of result.tokens) {
                if (token.tokenType.name === 'STRING' && !isClosedString(token.image)) {
                    result.errors.push({
                        offset: token.startOffset, length: token.image.length,
                        line: token.startLine, column: token.startColumn, message: UNCLOSED_STRING,
                    });
                }
            }
            return result;
        } catch (error) {
            if (!(error instanceof RangeError)) throw error;
            return tooComplex(text, error);
        } finally {
            resetMatchers();
        }
    }

    /** Chevrotain's tokens, with each run of unexpected characters made one error (see `UNEXPECTED`). */
    private tokenizeRuns(text: string, options?: TokenizeOptions): LexerResult {
        if (!(UNEXPECTED.name in this.definition)) return super.tokenize(text, options);
        const lexed = this.chevrotainLexer.tokenize(text);
        const errors = [...lexed.errors];
        const runs = lexed.groups[UNEXPECTED.GROUP] ?? [];
        for (let i = 0; i < runs.length;) {
            const first = runs[i];
            let end = first.endOffset! + 1;
            for (i++; i < runs.length && runs[i].startOffset === end; i++) end = runs[i].endOffset! + 1;
            errors.push({
                offset: first.startOffset, length: end - first.startOffset, line: first.startLine, column: first.startColumn,
                message: this.errorMessageProvider.buildUnexpectedCharactersMessage(text, first.startOffset, end - first.startOffset, first.startLine, first.startColumn),
            });
        }
        if (lexed.errors.length > 0) errors.sort((a, b) => a.offset - b.offset);
        return { tokens: lexed.tokens, errors, hidden: lexed.groups.hidden ?? [], report: this.tokenBuilder.flushLexingReport?.(text) } as LexerResult;
    }
}

/** The start of the one error of a text the lexer or the parser cannot take (too deep, too long). */
export const UNREADABLE = 'The file cannot be read';

/** What a text the lexer could not read lexes to: no token, one error over the whole text. */
function tooComplex(text: string, error: RangeError): LexerResult {
    return {
        tokens: [], hidden: [],
        errors: [{ offset: 0, length: text.length, line: 1, column: 1, message: `${UNREADABLE}: ${error.message}.` }],
        report: { diagnostics: [] },
    } as unknown as LexerResult;
}

export class ActionPlanTokenBuilder extends DefaultTokenBuilder {
    override buildTokens(grammar: GrammarAST.Grammar, options?: { caseInsensitive?: boolean }): TokenVocabulary {
        const tokens = super.buildTokens(grammar, options);
        if (!Array.isArray(tokens)) return tokens;
        // Runs of unexpected characters as tokens of their own, when every way a token can start is known here.
        const keywordStarts = new Set<number>();
        for (const token of tokens as TokenType[]) {
            if (token.name === KEYWORD_NAME) continue; // a token category the lexer never produces (line-structure.ts)
            if (typeof token.PATTERN === 'string') keywordStarts.add(token.PATTERN.charCodeAt(0));
            else if (!KNOWN_TERMINALS.has(token.name) || (token.PATTERN instanceof RegExp && token.PATTERN.source !== KNOWN_TERMINALS.get(token.name))) return tokens;
        }
        if ([...keywordStarts].some(code => !isWordStart(code) && !PUNCTUATION.includes(code))) return tokens;
        startCodes = keywordStarts;
        return [...tokens, UNEXPECTED];
    }


    protected override buildTerminalToken(terminal: GrammarAST.TerminalRule): TokenType {
        const token = super.buildTerminalToken(terminal);
        const matcher = MATCHERS[terminal.name];
        // Should the grammar's expression change, its own is used (and the fuzzing's comparison tells).
        if (!matcher || GrammarUtils.terminalRegex(terminal).source !== matcher.source) return token;
        return { ...token, PATTERN: { exec: matcher.exec }, START_CHARS_HINT: matcher.start, LINE_BREAKS: matcher.lineBreaks } as TokenType;
    }
}

type Match = [string] | null;

interface Matcher {
    exec(text: string, offset: number): Match;
    /** The grammar's expression that the matcher does the work of. */
    source: string;
    start: string[];
    lineBreaks: boolean;
}

const QUOTE = 0x22, BACKSLASH = 0x5c, CR = 0x0d, LF = 0x0a, DASH = 0x2d, ZERO = 0x30, NINE = 0x39, SLASH = 0x2f, STAR = 0x2a;

const isDigit = (code: number) => code >= ZERO && code <= NINE;

/** `"(?:[^"\\\r\n]|\\[^\r\n])*"?`: to the closing quote, or to the end of the line. */
function matchString(text: string, offset: number): Match {
    if (text.charCodeAt(offset) !== QUOTE) return null;
    let i = offset + 1;
    const length = text.length;
    while (i < length) {
        const code = text.charCodeAt(i);
        if (code === QUOTE) { i++; break; }
        if (code === CR || code === LF) break;
        if (code === BACKSLASH) {
            const next = text.charCodeAt(i + 1);
            if (i + 1 >= length || next === CR || next === LF) break;
            i += 2;
        } else {
            i++;
        }
    }
    lexerWork.steps += i - offset;
    return [text.slice(offset, i)];
}

/** The end of the run of digits that starts at `from`. */
function digitsEnd(text: string, from: number): number {
    let i = from;
    while (isDigit(text.charCodeAt(i))) i++;
    lexerWork.steps += i - from + 1;
    return i;
}

/** The last run of digits looked at: from every digit of it, DATE ends at `end`, or fails (-1). */
let dateRun: { text: string; start: number; runEnd: number; end: number } | undefined;

/** `[0-9]+-[0-9]+-[0-9]+`. No backtracking can help: `-` is not a digit, so each run is taken whole. */
function matchDate(text: string, offset: number): Match {
    if (!isDigit(text.charCodeAt(offset))) return null;
    let run = dateRun;
    if (!run || run.text !== text || offset < run.start || offset >= run.runEnd) {
        const runEnd = digitsEnd(text, offset);
        let end = -1;
        if (text.charCodeAt(runEnd) === DASH && isDigit(text.charCodeAt(runEnd + 1))) {
            const second = digitsEnd(text, runEnd + 1);
            if (text.charCodeAt(second) === DASH && isDigit(text.charCodeAt(second + 1))) end = digitsEnd(text, second + 1);
        }
        run = dateRun = { text, start: offset, runEnd, end };
    }
    lexerWork.steps++;
    return run.end < 0 ? null : [text.slice(offset, run.end)];
}

/** Where the first `*\/` at or after `from` starts (-1 for none), as last looked up. */
let commentClose: { text: string; from: number; at: number } | undefined;

/** `\/\*[\s\S]*?\*\/`: to the first `*\/` after the `/*`. */
function matchComment(text: string, offset: number): Match {
    if (text.charCodeAt(offset) !== SLASH || text.charCodeAt(offset + 1) !== STAR) return null;
    const from = offset + 2;
    let close = commentClose;
    // The answer for an earlier start holds when no `*\/` lies between it and here (or none at all).
    if (!close || close.text !== text || from < close.from || (close.at >= 0 && close.at < from)) {
        const at = text.indexOf('*/', from);
        lexerWork.steps += (at < 0 ? text.length : at + 2) - from + 1;
        close = commentClose = { text, from, at };
    }
    lexerWork.steps++;
    return close.at < 0 ? null : [text.slice(offset, close.at + 2)];
}

function resetMatchers(): void {
    dateRun = undefined;
    commentClose = undefined;
}

const DIGITS = [...'0123456789'];

const MATCHERS: Record<string, Matcher | undefined> = {
    STRING: { exec: matchString, source: String.raw`"(?:[^"\\\r\n]|\\[^\r\n])*"?`, start: ['"'], lineBreaks: false },
    DATE: { exec: matchDate, source: '[0-9]+-[0-9]+-[0-9]+', start: DIGITS, lineBreaks: false },
    ML_COMMENT: { exec: matchComment, source: String.raw`\/\*[\s\S]*?\*\/`, start: ['/'], lineBreaks: true },
};

/**
 * Chevrotain, on a character no token matches, drops it and tries every
 * token type (over a hundred: one per keyword) at the next offset, and so on
 * to the end of the run: about 5 µs a character, nearly a minute for a
 * 10 MB run of digits or symbols. This token type takes the run at once
 * instead: it is tried last, so only where no other token matched, and it
 * runs over the characters where no token can match (characters that start
 * no token, digits that make no date, a `/` that starts no comment). Its
 * tokens go to a group of their own, and `ActionPlanLexer` makes each run of
 * them the one error Chevrotain would have reported. Used only when the
 * grammar's terminals are the ones known here (`KNOWN_TERMINALS`).
 */
const UNEXPECTED = {
    name: 'UNEXPECTED_CHARACTERS',
    PATTERN: { exec: matchUnexpected },
    GROUP: 'unexpected',
    LINE_BREAKS: false,
    // Every character may be one (one hint per bucket of Chevrotain's first-character table).
    START_CHARS_HINT: [...Array.from({ length: 256 }, (_, code) => code), ...Array.from({ length: 255 }, (_, i) => (i + 1) * 256)],
} satisfies Partial<TokenType> & { name: string; GROUP: string } as unknown as TokenType & { GROUP: string };

const KNOWN_TERMINALS = new Map<string, string>([
    ['WS', String.raw`\s+`], ['SL_COMMENT', String.raw`\/\/[^\n\r]*`], ['ID', '[A-Za-z_][A-Za-z0-9_]*'],
    // A terminal the lexer never produces (language/line-structure.ts).
    ['KEYWORD_NAME', String.raw`[^\s\S]`],
    ...Object.entries(MATCHERS).map(([name, matcher]) => [name, matcher!.source] as [string, string]),
]);

/** Keyword characters that are not letters: `{`, `}`, `,`, `.` (each a keyword of its own). */
const PUNCTUATION = [...'{},.'].map(c => c.charCodeAt(0));

/** The first characters of keywords: set with the token types. */
let startCodes = new Set<number>();

const isWordStart = (code: number) => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f;
const WHITESPACE = /\s/;

/** A character that starts no token at all. */
function isInert(text: string, i: number): boolean {
    const code = text.charCodeAt(i);
    return !(isWordStart(code) || isDigit(code) || code === QUOTE || code === SLASH || startCodes.has(code) || WHITESPACE.test(text[i]));
}

/** Whether no token matches at `i` (for the characters where that is known cheaply). */
function nothingMatches(text: string, i: number): boolean {
    const code = text.charCodeAt(i);
    if (isDigit(code)) return matchDate(text, i) === null;
    if (code === SLASH) return text.charCodeAt(i + 1) !== SLASH && matchComment(text, i) === null;
    return isInert(text, i);
}

/** Tried only where no other token matched: the run of characters from there on where none can. */
function matchUnexpected(text: string, offset: number): Match {
    if (offset >= text.length) return null;
    let i = offset;
    while (i < text.length && (i === offset || nothingMatches(text, i))) {
        // From any digit of a run that makes no date, none does: the whole run goes at once.
        i = isDigit(text.charCodeAt(i)) ? dateRunEnd(text, i) : i + 1;
        lexerWork.steps++;
    }
    return [text.slice(offset, i)];
}

/** The end of the digit run holding `i`, as `matchDate` last worked it out. */
function dateRunEnd(text: string, i: number): number {
    matchDate(text, i);
    return dateRun!.runEnd;
}

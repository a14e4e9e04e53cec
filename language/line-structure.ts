/**
 * Line structure, for a parse that survives a half-typed line.
 *
 * Names may be keywords (`team team "…"`), so `champion` typed on a new line
 * above `responder ines {` would take `responder` as the champion and break
 * the responder and everything after it. Lines settle it: a keyword that
 * starts a line of a block (`champion`, `owner`, `team`, … see
 * `LINE_KEYWORDS`) and is the first token on its line is that keyword, never
 * a name. Written on the same line as what precedes it, it may still be a
 * name (`person team "…"`, `review … by ana, owner`).
 *
 * How: the grammar's `Name` is `ID | KEYWORD_NAME`, where KEYWORD_NAME is a
 * token category the lexer never produces. Every keyword shaped like a name
 * belongs to it, except the line keywords: each of those gets a twin token
 * type (category: the keyword and KEYWORD_NAME) that the lexer gives to the
 * keyword wherever it is not the first token on its line. The parser's
 * `'champion'` matches both; `Name` matches only the twin.
 *
 * Two more repairs made while the tokens are at hand, each one diagnostic
 * instead of a cascade:
 * - a word that starts a line and is one slip away from a line keyword
 *   (`teem`, `champoin`) is read as that keyword, with the error
 *   "Unknown keyword 'teem'; did you mean 'team'?" (and a fix);
 * - a run of digits and separators that is not a date (`12/02/2027`,
 *   `2027-02`) is read as a date, for `invalid-date` to explain and fix,
 *   instead of "Unexpected character" and a missing value.
 */
import { Lexer, type IToken, type TokenType } from 'chevrotain';
import type { LexerResult, TokenBuilder } from 'langium';
import { alignmentDistance } from './strings.js';

type ILexingError = LexerResult['errors'][number];

/** The terminal of the grammar's `Name` rule that stands for a keyword used as a name. */
export const KEYWORD_NAME = 'KEYWORD_NAME';

/** Keywords that start a line of the file or of a block (and so are never a name at the start of a line). */
export const LINE_KEYWORDS: ReadonlySet<string> = new Set([
    'partnership', 'business', 'partner', 'person', 'team',
    'industry', 'region', 'convener', 'launch', 'priority', 'follow-up',
    'formed', 'champion', 'responder', 'success', 'early', 'first', 'next', 'involve', 'review', 'organize',
    'joined', 'selected-by', 'commits', 'traits', 'measure',
    'due', 'owner', 'support', 'impact', 'feasibility', 'requires', 'status', 'assessment',
]);

const NAME_SHAPE = /^[A-Za-z_][A-Za-z0-9_]*$/;
const DATE_LIKE = /^[0-9]+(?:[-/.][0-9]+)*$/;
const TYPO_PREFIX = 'Unknown keyword';

/** The token type of a line keyword written after something else on its line. */
type WithTwin = TokenType & { INLINE?: TokenType };

/** Adds the KEYWORD_NAME category and the line keywords' twins to a token builder's tokens. */
export function withLineKeywords<T extends TokenBuilder>(builder: T): T {
    const build = builder.buildTokens.bind(builder);
    builder.buildTokens = (grammar, options) => {
        const tokens = build(grammar, options);
        if (!Array.isArray(tokens)) return tokens;
        const keywordName = (tokens as TokenType[]).find(token => token.name === KEYWORD_NAME);
        if (!keywordName) return tokens;
        keywordName.PATTERN = Lexer.NA;
        const twins: TokenType[] = [];
        for (const token of tokens as WithTwin[]) {
            if (token.LONGER_ALT) {
                const alternatives = (Array.isArray(token.LONGER_ALT) ? token.LONGER_ALT : [token.LONGER_ALT]).filter(alt => alt !== keywordName);
                token.LONGER_ALT = alternatives.length ? alternatives : undefined;
            }
            if (typeof token.PATTERN !== 'string' || !NAME_SHAPE.test(token.PATTERN)) continue;
            if (LINE_KEYWORDS.has(token.PATTERN)) {
                const twin: TokenType = { name: `${token.name}_inline`, PATTERN: Lexer.NA, CATEGORIES: [token, keywordName] };
                token.INLINE = twin;
                twins.push(twin);
            } else {
                token.CATEGORIES = [...(token.CATEGORIES ?? []), keywordName];
            }
        }
        return [...tokens, ...twins];
    };
    return builder;
}

interface LexerLike {
    tokenize(text: string, options?: unknown): LexerResult;
    readonly definition: Record<string, TokenType>;
}

/** Gives a lexer's tokens their line structure (see the top of this file). */
export function withLineStructure<T extends LexerLike>(lexer: T): T {
    const tokenize = lexer.tokenize.bind(lexer);
    lexer.tokenize = (text: string, options?: unknown) => lineStructure(tokenize(text, options), text, lexer.definition);
    return lexer;
}

function lineStructure(result: LexerResult, text: string, definition: Record<string, TokenType>): LexerResult {
    const tokens = result.tokens;
    const keywords = new Map<string, WithTwin>();
    for (const name of LINE_KEYWORDS) {
        const token = definition[name] as WithTwin | undefined;
        if (token) keywords.set(name, token);
    }
    if (keywords.size === 0 || !definition[KEYWORD_NAME]) return result;
    const typos: ILexingError[] = [];
    let previous: IToken | undefined;
    for (const token of tokens) {
        const startsLine = !previous || token.startLine !== previous.endLine;
        const type = token.tokenType as WithTwin;
        if (type.INLINE && !startsLine) {
            token.tokenType = type.INLINE;
            token.tokenTypeIdx = type.INLINE.tokenTypeIdx!;
        } else if (startsLine && type.name === 'ID' && !continuesList(previous)) {
            const keyword = nearestKeyword(token.image);
            const keywordType = keyword && keywords.get(keyword);
            if (keywordType) {
                token.tokenType = keywordType;
                token.tokenTypeIdx = keywordType.tokenTypeIdx!;
                typos.push({
                    offset: token.startOffset, length: token.image.length, line: token.startLine, column: token.startColumn,
                    message: typoMessage(token.image, keyword),
                });
            }
        }
        previous = token;
    }
    const strays = strayBraces(tokens);
    const dates = misshapenDates(result, text, definition.DATE);
    if (typos.length === 0 && dates.tokens.length === 0 && strays.length === 0) return result;
    const kept = strays.length ? tokens.filter(token => !strays.includes(token)) : tokens;
    return {
        ...result,
        tokens: dates.tokens.length ? mergeByOffset(kept, dates.tokens) : kept,
        errors: [...dates.errors, ...typos, ...strays.map(strayError)].sort((a, b) => a.offset - b.offset),
    };
}

const TOP_LEVEL = new Set(['partnership', 'business', 'partner', 'person', 'team']);

/**
 * The `}` that close nothing: one with no open block, or one that closes a
 * top-level element while a line of a block (not a top-level element, not the
 * end of the file) follows it. Left in, such a brace would end the element
 * early and every line after it would be lost to the parse; taken out, it is
 * one error and the block reads on. A removed brace leaves a lexing error, so
 * the formatter refuses the file and never drops it.
 */
function strayBraces(tokens: IToken[]): IToken[] {
    const strays: IToken[] = [];
    let depth = 0;
    for (let i = 0; i < tokens.length; i++) {
        if (tokens[i].tokenType.name === '{') depth++;
        else if (tokens[i].tokenType.name === '}') {
            const next = tokens[i + 1];
            if (depth === 0 || (depth === 1 && next && next.tokenType.name !== '}' && !TOP_LEVEL.has(next.tokenType.name) && LINE_KEYWORDS.has(next.tokenType.name))) {
                strays.push(tokens[i]);
                continue;
            }
            depth--;
        }
    }
    return strays;
}

export const STRAY_BRACE = "This '}' closes no block: the block above is already closed. Remove it.";

function strayError(token: IToken): ILexingError {
    return { offset: token.startOffset, length: 1, line: token.startLine, column: token.startColumn, message: STRAY_BRACE };
}

/** A word at the start of a line after `,` or `.` continues a list (`involve LWC,\n FRCC`): a name, not a keyword. */
function continuesList(previous: IToken | undefined): boolean {
    return previous !== undefined && (previous.image === ',' || previous.image === '.');
}

/** The lexing errors that are misshapen dates become DATE tokens; the other errors stay. */
function misshapenDates(result: LexerResult, text: string, date: TokenType | undefined): { tokens: IToken[]; errors: ILexingError[] } {
    if (!date) return { tokens: [], errors: result.errors };
    const tokens: IToken[] = [];
    const errors: ILexingError[] = [];
    for (const error of result.errors) {
        const image = text.slice(error.offset, error.offset + error.length);
        if (error.line === undefined || error.column === undefined || !DATE_LIKE.test(image)) {
            errors.push(error);
            continue;
        }
        tokens.push({
            image, startOffset: error.offset, endOffset: error.offset + image.length - 1,
            startLine: error.line, endLine: error.line, startColumn: error.column, endColumn: error.column + image.length - 1,
            tokenType: date, tokenTypeIdx: date.tokenTypeIdx!,
        });
    }
    return { tokens, errors };
}

/** Two lists sorted by offset, as one (linear: a file may hold many). */
function mergeByOffset(a: IToken[], b: IToken[]): IToken[] {
    const merged: IToken[] = [];
    let i = 0, j = 0;
    while (i < a.length || j < b.length) {
        if (j >= b.length || (i < a.length && a[i].startOffset < b[j].startOffset)) merged.push(a[i++]);
        else merged.push(b[j++]);
    }
    return merged;
}

export function typoMessage(written: string, keyword: string): string {
    return `${TYPO_PREFIX} '${written}'; did you mean '${keyword}'?`;
}

/** The keyword a typo message suggests, and the word written. */
export function readTypoMessage(message: string): { written: string; keyword: string } | undefined {
    const match = /^Unknown keyword '([^']*)'; did you mean '([^']*)'\?$/.exec(message);
    return match ? { written: match[1], keyword: match[2] } : undefined;
}

/**
 * The one line keyword `word` is a slip away from: one edit (a letter added,
 * dropped, changed, or two neighbours swapped) for a word of up to five
 * letters, two for a longer one. None when two keywords are as near.
 */
export function nearestKeyword(word: string): string | undefined {
    if (word.length < 3 || word.length > 20) return undefined;
    const lower = word.toLowerCase();
    let best: string | undefined;
    let bestDistance = Infinity;
    let tie = false;
    for (const keyword of LINE_KEYWORDS) {
        if (Math.abs(keyword.length - lower.length) > 2) continue;
        const distance = alignmentDistance(lower, keyword);
        if (distance < bestDistance) { best = keyword; bestDistance = distance; tie = false; }
        else if (distance === bestDistance) tie = true;
    }
    if (best === undefined || tie || bestDistance === 0 && lower === word) return undefined;
    return bestDistance <= (best.length <= 5 ? 1 : 2) ? best : undefined;
}


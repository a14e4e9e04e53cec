/**
 * The formatter of `.plan` files: the document, a range of it (editor), or a
 * text (CLI `fmt`). Its one promise: only whitespace between tokens changes;
 * every name, string, date and comment is kept, in order, and formatting is
 * idempotent. A text with syntax errors is not formatted at all (no edits).
 *
 * Why our own formatter over the token stream, not Langium's AbstractFormatter:
 * - Comments. AbstractFormatter formats hidden nodes where the CST builder
 *   happened to attach them, and re-indents every line of a block comment
 *   (createHiddenTextEdits), which changes the comment's text. Here the
 *   comments are tokens like any other: their gaps follow explicit rules and
 *   their text is never touched.
 * - Blank lines. Keeping the user's blank lines (at most one), none after `{`
 *   or before `}`, and a blank line around top-level blocks are rules about
 *   gaps, which is all this formatter is made of.
 * - Guarantees. Output is the tokens with new gaps, so "no text changes" holds
 *   by construction; gaps that are not pure whitespace (a token the CST would
 *   not hold) stop the formatter instead of losing text, and the result is
 *   lexed again: unless it gives back exactly the same tokens, no edits.
 *   (The one whitespace change inside a token: a line comment's trailing
 *   spaces, which belong to its line, are dropped.)
 * - Reach. AbstractFormatter lives in langium/lsp and needs the LSP services;
 *   the CLI runs on the core services only. The language is line-oriented,
 *   so the whole formatter is a few small functions (tokens.ts, layout.ts,
 *   edits.ts), and statements are found from the grammar, not from a keyword
 *   list.
 */
import { CstUtils, EmptyFileSystem, type AstNode, type LangiumCoreServices, type LangiumDocument, type ParseResult } from 'langium';
import type { Range, TextEdit } from 'vscode-languageserver-types';
import { createActionPlanCoreServices } from '../action-plan-module.js';
import { editsWithin, gapEdits, joinGaps, type OffsetEdit } from './edits.js';
import { DEFAULT_FORMAT_OPTIONS, layoutGaps, type FormatOptions } from './layout.js';
import { isUnclosedString, readLayout, type Token } from './tokens.js';

export { DEFAULT_FORMAT_OPTIONS, type FormatOptions } from './layout.js';

/**
 * The edits that format the whole document; none when it has syntax errors.
 * `services` lex the result to check it (default: a core set made once).
 */
export function formatDocument(document: LangiumDocument, options: FormatOptions = DEFAULT_FORMAT_OPTIONS, services?: LangiumCoreServices): TextEdit[] {
    const text = document.textDocument.getText();
    const planned = plan(text, document.parseResult, options, services);
    return planned ? toTextEdits(document, gapEdits(text, planned.tokens, planned.gaps)) : [];
}

/**
 * The edits that format the lines `range` touches (a range ending at the start
 * of a line does not touch that line); nothing outside those lines changes.
 */
export function formatRange(document: LangiumDocument, range: Range, options: FormatOptions = DEFAULT_FORMAT_OPTIONS, services?: LangiumCoreServices): TextEdit[] {
    const text = document.textDocument.getText();
    const planned = plan(text, document.parseResult, options, services);
    if (!planned) return [];
    const lastLine = range.end.line > range.start.line && range.end.character === 0 ? range.end.line - 1 : range.end.line;
    const from = document.textDocument.offsetAt({ line: range.start.line, character: 0 });
    let to = Math.max(from, document.textDocument.offsetAt({ line: lastLine, character: 0 }));
    while (to < text.length && text[to] !== '\n' && text[to] !== '\r') to++;
    return toTextEdits(document, editsWithin(gapEdits(text, planned.tokens, planned.gaps), from, to));
}

export type FormatTextResult =
    | { ok: true; text: string; changed: boolean }
    /** Not formatted: `line` (1-based) is where the first syntax error is; `reason` completes "cannot format: …". */
    | { ok: false; line: number; reason: string };

export const SYNTAX_ERRORS = 'the file has syntax errors';

/** Format a whole text (the CLI, tests). `services` parse it: any Action Plan services, or a core set made once. */
export function formatText(text: string, services?: LangiumCoreServices, options: FormatOptions = DEFAULT_FORMAT_OPTIONS): FormatTextResult {
    const parse = servicesOr(services).parser.LangiumParser.parse(text);
    const planned = plan(text, parse, options, services);
    if (planned) return { ok: true, text: planned.formatted, changed: planned.formatted !== text };
    const line = firstErrorLine(text, parse);
    return line !== undefined
        ? { ok: false, line, reason: SYNTAX_ERRORS }
        : { ok: false, line: 1, reason: 'the formatter would change its tokens (a bug: please report it)' };
}

/** The 1-based line of the first syntax error of a parse, if it has one. */
export function firstErrorLine(text: string, parse: ParseResult<AstNode>): number | undefined {
    const lastLine = text.split(/\r\n|\r|\n/).length;
    const unclosed = parse.value.$cstNode ? CstUtils.flattenCst(parse.value.$cstNode).filter(isUnclosedString).toArray() : [];
    const lines = [
        ...parse.lexerErrors.map(error => error.line),
        ...parse.parserErrors.map(error => error.token.startLine),
        ...unclosed.map(leaf => leaf.range.start.line + 1),
    ].map(line => (typeof line === 'number' && Number.isFinite(line) ? line : lastLine));
    // Not Math.min(...lines): a file of 100,000 broken lines would overflow the call stack.
    return lines.length ? lines.reduce((a, b) => Math.min(a, b)) : undefined;
}

let defaultServices: LangiumCoreServices | undefined;

function servicesOr(services: LangiumCoreServices | undefined): LangiumCoreServices {
    return services ?? (defaultServices ??= createActionPlanCoreServices(EmptyFileSystem).ActionPlan);
}

interface Plan {
    tokens: Token[];
    gaps: string[];
    formatted: string;
}

function plan(text: string, parse: ParseResult<AstNode>, options: FormatOptions, services: LangiumCoreServices | undefined): Plan | undefined {
    // A parse of another version of the text (the document changed since) is never formatted.
    const parsedText = (parse.value.$cstNode?.root as { fullText?: string } | undefined)?.fullText;
    if (parsedText !== undefined && parsedText !== text) return undefined;
    const layout = readLayout(text, parse);
    if (!layout) return undefined;
    const gaps = layoutGaps(text, layout, options);
    const formatted = joinGaps(layout.tokens, gaps);
    return sameTokens(formatted, layout.tokens, servicesOr(services)) ? { tokens: layout.tokens, gaps, formatted } : undefined;
}

/** The last safety net: the formatted text lexes to exactly the tokens it was made of. */
function sameTokens(formatted: string, tokens: Token[], services: LangiumCoreServices): boolean {
    const lexed = services.parser.Lexer.tokenize(formatted);
    if (lexed.errors.length > 0) return false;
    const found = [...lexed.tokens, ...(lexed.hidden ?? [])].sort((a, b) => a.startOffset - b.startOffset);
    return found.length === tokens.length && found.every((token, i) => token.image === tokens[i].text);
}

function toTextEdits(document: LangiumDocument, edits: OffsetEdit[]): TextEdit[] {
    const textDocument = document.textDocument;
    return edits.map(edit => ({
        range: { start: textDocument.positionAt(edit.start), end: textDocument.positionAt(edit.end) },
        newText: edit.newText,
    }));
}

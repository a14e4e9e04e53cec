/**
 * What the formatter needs to know about a parsed plan, read from its CST:
 * every token in order (comments included, as the lexer found them), which
 * tokens start a statement, and where each top-level element begins and ends.
 * Nothing here knows the keywords of the language: statements are found from
 * the grammar (see `isStatementKeyword`), so a grammar change does not need a
 * formatter change.
 */
import { AstUtils, CstUtils, GrammarAST, type AstNode, type CstNode, type LeafCstNode, type ParseResult } from 'langium';
import { isClosedString } from '../strings.js';

export type TokenKind = 'code' | 'line-comment' | 'block-comment';

export interface Token {
    offset: number;
    end: number;
    text: string;
    kind: TokenKind;
}

export interface TopElement {
    /** Index (in `tokens`) of the element's first and last code token. */
    first: number;
    last: number;
    /** The element has a `{ … }` body: it gets a blank line on each side. */
    block: boolean;
}

export interface Layout {
    tokens: Token[];
    /** Indexes of the tokens that start a statement (and so a line). */
    statementStarts: Set<number>;
    topElements: TopElement[];
}

/**
 * The layout of a parse, or undefined when the text must not be formatted:
 * it has syntax errors (an unclosed string included), or something between
 * two tokens is not whitespace (a token the CST does not hold: formatting
 * would drop it).
 */
export function readLayout(text: string, parse: ParseResult<AstNode>): Layout | undefined {
    if (parse.lexerErrors.length > 0 || parse.parserErrors.length > 0) return undefined;
    const root = parse.value.$cstNode;
    const leaves: LeafCstNode[] = root ? CstUtils.flattenCst(root).toArray() : [];
    if (leaves.some(isUnclosedString)) return undefined;
    leaves.sort((a, b) => a.offset - b.offset);
    const tokens: Token[] = leaves.map(leaf => {
        const kind = !leaf.hidden ? 'code' : leaf.text.startsWith('//') ? 'line-comment' : 'block-comment';
        // A line comment runs to the end of its line: its trailing spaces are the line's, not its text.
        const text = kind === 'line-comment' ? leaf.text.trimEnd() : leaf.text;
        return { offset: leaf.offset, end: leaf.offset + text.length, text, kind };
    });
    let previousEnd = 0;
    for (const token of tokens) {
        if (token.offset < previousEnd || !/^\s*$/.test(text.slice(previousEnd, token.offset))) return undefined;
        previousEnd = token.end;
    }
    if (!/^\s*$/.test(text.slice(previousEnd))) return undefined;

    const indexOf = new Map(tokens.map((token, index) => [token.offset, index]));
    const statementStarts = new Set<number>();
    for (const node of AstUtils.streamAst(parse.value)) {
        const first = node === parse.value ? undefined : firstCodeLeaf(node.$cstNode);
        if (first) statementStarts.add(indexOf.get(first.offset)!);
    }
    for (const leaf of leaves) {
        if (!leaf.hidden && isStatementKeyword(leaf.grammarSource)) statementStarts.add(indexOf.get(leaf.offset)!);
    }

    const topElements: TopElement[] = [];
    for (const element of AstUtils.streamContents(parse.value)) {
        const code = element.$cstNode ? CstUtils.flattenCst(element.$cstNode).filter(leaf => !leaf.hidden).toArray() : [];
        if (code.length === 0) continue;
        topElements.push({
            first: indexOf.get(code[0].offset)!,
            last: indexOf.get(code[code.length - 1].offset)!,
            block: code.some(leaf => leaf.text === '{'),
        });
    }
    topElements.sort((a, b) => a.first - b.first);
    return { tokens, statementStarts, topElements };
}

/**
 * A string without its closing quote: the lexer lets it run to the end of its
 * line (a syntax error the `syntax` rule reports). Joining the next line to it
 * would change the tokens, so such a text is not formatted.
 */
export function isUnclosedString(leaf: LeafCstNode): boolean {
    return !leaf.hidden && leaf.tokenType.name === 'STRING' && !isClosedString(leaf.text);
}

function firstCodeLeaf(node: CstNode | undefined): LeafCstNode | undefined {
    return node && CstUtils.flattenCst(node).find(leaf => !leaf.hidden);
}

/**
 * A keyword that opens one of the repeated alternatives of a `{ … }` body,
 * like `'industry'` in `'{' ('industry' industry=STRING | …)* '}'` or
 * `'follow-up'` in `'{' ('follow-up' followUp=DATE)* '}'`. (Statements that
 * are rules of their own, like `Champion`, are found as AST nodes.)
 */
function isStatementKeyword(element: GrammarAST.AbstractElement | undefined): boolean {
    if (!GrammarAST.isKeyword(element)) return false;
    const group: AstNode | undefined = element.$container;
    if (!GrammarAST.isGroup(group) || group.elements[0] !== element) return false;
    if (group.cardinality === '*' && followsOpeningBrace(group)) return true;
    const alternatives = group.$container;
    return GrammarAST.isAlternatives(alternatives) && alternatives.cardinality === '*' && followsOpeningBrace(alternatives);
}

function followsOpeningBrace(element: GrammarAST.AbstractElement): boolean {
    const parent = element.$container;
    if (!GrammarAST.isGroup(parent)) return false;
    const before = parent.elements[parent.elements.indexOf(element) - 1];
    return GrammarAST.isKeyword(before) && before.value === '{';
}

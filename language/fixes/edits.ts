/**
 * Text edits that fixes are made of. Every edit either inserts text or
 * replaces the one value it names; none removes what the user wrote.
 */
import { AstUtils, CstUtils, GrammarUtils, isReference, type AstNode, type CstNode } from 'langium';
import { FastCstNode, isFastCst } from '../fast/cst.js';
import type { TextEdit } from 'vscode-languageserver-types';

const INDENT = '    ';

/** The CST node of a property; the last one when the line is repeated (that value is the one in force). */
export function propertyNode(node: AstNode, property: string, index?: number): CstNode | undefined {
    const fast = fastPropertyNode(node, property, index);
    if (fast) return fast;
    if (index !== undefined) return GrammarUtils.findNodeForProperty(node.$cstNode, property, index);
    const nodes = GrammarUtils.findNodesForProperty(node.$cstNode, property);
    return nodes[nodes.length - 1];
}

/** A name or a reference of a node the fast path read, from what it kept (no full CST needed). */
function fastPropertyNode(node: AstNode, property: string, index?: number): CstNode | undefined {
    const cst = node.$cstNode;
    if (!isFastCst(cst)) return undefined;
    if (property === 'name') return cst.nameNode;
    const value = (node as unknown as Record<string, unknown>)[property];
    const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
    const chosen = values[index ?? values.length - 1];
    return isReference(chosen) ? chosen.$refNode : undefined;
}

/** The `}` that closes a node's own block, if it has one. */
function closingBrace(cst: CstNode): CstNode | undefined {
    if (isFastCst(cst)) return cst.close === undefined ? undefined : new FastCstNode(cst.close, cst.close + 1, cst.root);
    return GrammarUtils.findNodesForKeyword(cst, '}').at(-1);
}

/** Replace the text of one property value (a date, a status, a reference). */
export function replaceProperty(node: AstNode, property: string, newText: string): TextEdit | undefined {
    const cst = propertyNode(node, property);
    return cst ? { range: cst.range, newText } : undefined;
}

/**
 * Insert lines at the end of a node's `{ … }` body, indented one level in from
 * the node. A node written without a body gets one.
 */
export function insertIntoBody(node: AstNode, lines: string[]): TextEdit | undefined {
    const cst = node.$cstNode;
    if (!cst || isBroken(node)) return undefined;
    const text = cst.root.fullText;
    const outer = indentationAt(text, cst.offset);
    const inner = outer + INDENT;
    const closing = closingBrace(cst);
    const body = lines.map(line => (line ? inner + line : line)).join('\n');
    if (!closing) {
        const position = cst.range.end;
        return { range: { start: position, end: position }, newText: ` {\n${body}\n${outer}}` };
    }
    const lineStart = text.lastIndexOf('\n', closing.offset - 1) + 1;
    const before = text.slice(lineStart, closing.offset);
    if (before.trim() === '') {
        // `}` alone on its line: the new lines go just above it.
        const position = { line: closing.range.start.line, character: 0 };
        return { range: { start: position, end: position }, newText: body + '\n' };
    }
    const position = closing.range.start;
    return { range: { start: position, end: position }, newText: `\n${body}\n${outer}` };
}

/** Insert a line right after a node, at the node's indentation. */
export function insertAfter(node: AstNode, lines: string[]): TextEdit | undefined {
    const cst = node.$cstNode;
    if (!cst || isBroken(node)) return undefined;
    const outer = indentationAt(cst.root.fullText, cst.offset);
    const position = cst.range.end;
    return { range: { start: position, end: position }, newText: lines.map(line => `\n${line ? outer + line : ''}`).join('') };
}

/**
 * Whether the parser had to recover inside the node or just after it (a
 * missing `}`, a line cut short): its CST is not the text's shape, so an
 * insertion computed from it (a body added after `team` alone, a line put
 * before a `}` that belongs to another block) would make the text worse.
 * The parser reports such an error at a token inside the node, or at the
 * first token after it (or the end of the text); an error there after the
 * node's own closing `}` is about what follows, not about the node.
 */
function isBroken(node: AstNode): boolean {
    const cst = node.$cstNode!;
    const parseResult = AstUtils.getDocument(node).parseResult;
    if (parseResult.parserErrors.length === 0) return false;
    const offsets = errorOffsets(parseResult.parserErrors, cst.root.fullText.length);
    const next = nextCodeOffset(cst.root, cst.end);
    // The first error at or after the node: an index of the errors by offset, not a scan of them per node.
    const at = offsets[firstAtOrAfter(offsets, cst.offset)];
    if (at === undefined || at > next) return false;
    if (at < next) return true;
    return !GrammarUtils.findNodesForKeyword(cst, '}').some(brace => brace.end === cst.end);
}

type ParserErrors = ReturnType<typeof AstUtils.getDocument>['parseResult']['parserErrors'];

/** Where each parser error of a parse is (the end of the text for one at the end), in order; worked out once per parse. */
const errorOffsetsOf = new WeakMap<ParserErrors, number[]>();

function errorOffsets(errors: ParserErrors, textLength: number): number[] {
    let offsets = errorOffsetsOf.get(errors);
    if (!offsets || offsets.length !== errors.length) {
        offsets = errors.map(error => (Number.isNaN(error.token.startOffset) ? textLength : error.token.startOffset)).sort((a, b) => a - b);
        errorOffsetsOf.set(errors, offsets);
    }
    return offsets;
}

/** The index of the first of the sorted `offsets` at or after `offset` (`offsets.length` for none). */
function firstAtOrAfter(offsets: readonly number[], offset: number): number {
    let low = 0;
    let high = offsets.length;
    while (low < high) {
        const middle = (low + high) >> 1;
        if (offsets[middle] < offset) low = middle + 1;
        else high = middle;
    }
    return low;
}

/** Start offsets of the code tokens of each parsed text, in order (read once per parse). */
const codeOffsets = new WeakMap<CstNode, number[]>();

/** Where the first code token at or after `offset` starts; the end of the text when there is none. */
function nextCodeOffset(root: CstNode, offset: number): number {
    let offsets = codeOffsets.get(root);
    if (!offsets) {
        offsets = CstUtils.flattenCst(root).filter(leaf => !leaf.hidden).map(leaf => leaf.offset).toArray().sort((a, b) => a - b);
        codeOffsets.set(root, offsets);
    }
    const low = firstAtOrAfter(offsets, offset);
    return low < offsets.length ? offsets[low] : root.root.fullText.length;
}

/** The whitespace that starts the line holding `offset`. */
export function indentationAt(text: string, offset: number): string {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    return /^[ \t]*/.exec(text.slice(lineStart))![0];
}

/** A fix from edits that could be computed; none when no edit could. */
export function fix(title: string, ...edits: Array<TextEdit | undefined>): Array<{ title: string; edits: TextEdit[] }> {
    const present = edits.filter((e): e is TextEdit => e !== undefined);
    return present.length ? [{ title, edits: present }] : [];
}

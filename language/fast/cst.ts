/**
 * What the fast path gives each AST node instead of Langium's CST: its
 * offsets, its name's and its closing brace's, and a range worked out only
 * when asked for (from the lines the lexer counted). No token objects.
 *
 * Code that needs more (a CST walk: `content`, as Langium's GrammarUtils and
 * CstUtils read it) gets it: the first such read gives the whole document
 * Langium's CST (`FastPath.graft`, language/fast/index.ts), and the read is
 * answered from it. So every answer is Langium's; the common questions (a
 * range, a name, a reference, where a block ends) just cost nothing.
 */
import type { AstNode, CstNode, GrammarAST, RootCstNode } from 'langium';
import type { Range } from 'vscode-languageserver-types';

/** Line starts of a text, for offset → position. */
export class LineIndex {
    constructor(private readonly starts: Int32Array, private readonly count: number) {}

    position(offset: number): { line: number; character: number } {
        let low = 0, high = this.count - 1;
        while (low < high) {
            const mid = (low + high + 1) >> 1;
            if (this.starts[mid] <= offset) low = mid;
            else high = mid - 1;
        }
        return { line: low, character: offset - this.starts[low] };
    }
}

export class FastCstNode implements CstNode {
    private _range?: Range;
    astNode!: AstNode;
    /** The node of the element's name, for the name provider (declarations' name segments). */
    nameNode?: FastCstNode;
    /** Where the element's block ends: the offset of its `}`. */
    close?: number;

    constructor(readonly offset: number, readonly end: number, readonly root: FastRootNode) {}

    get length(): number { return this.end - this.offset; }
    get text(): string { return this.root.fullText.substring(this.offset, this.end); }
    get hidden(): boolean { return false; }
    get range(): Range {
        return this._range ??= { start: this.root.lines.position(this.offset), end: this.root.lines.position(this.end) };
    }
    get container(): undefined { return undefined; }
    /** The children of Langium's CST node for the same element: read, they give the document its full CST. */
    get content(): CstNode[] {
        const element = this.astNode;
        if (!element || !this.root.graft?.()) return [];
        const full = element.$cstNode;
        return full && !isFastCst(full) ? (full as { content?: CstNode[] }).content ?? [] : [];
    }
    get grammarSource(): GrammarAST.AbstractElement | undefined { return undefined; }
    get element(): GrammarAST.AbstractElement { return undefined as unknown as GrammarAST.AbstractElement; }
}

export class FastRootNode extends FastCstNode implements RootCstNode {
    // Set right after construction: a root is its own root.
    /** Gives the document Langium's CST; set by the fast path. */
    graft?: () => boolean;

    constructor(readonly fullText: string, readonly lines: LineIndex, offset: number, end: number) {
        super(offset, end, undefined as unknown as FastRootNode);
        (this as { root: FastRootNode }).root = this;
    }
}

/** Whether a node (or a document's root) was read by the fast path and has no full CST. */
export function isFastCst(node: CstNode | undefined): node is FastCstNode {
    return node instanceof FastCstNode;
}

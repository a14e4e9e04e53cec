/**
 * Langium's parser, with one change to how it builds the CST: comments
 * (hidden tokens) are placed by looking up the new node from the end of its
 * parent, and not at all when there are none.
 *
 * Langium's CstNodeBuilder.addHiddenNodes runs before every token the parser
 * consumes. When the node being built is new, it finds that node's index in
 * its parent with `indexOf`, a scan from the start, even when there is no
 * comment to place. A file of n top-level elements (or a block of n lines)
 * then takes O(n²): 100,000 `person` lines took 85 s to parse. The node was
 * just added, so it is the last child: `lastIndexOf` finds it at once, and
 * gives the same index (a node is in its parent once). The CST is the same.
 * (And nodes are added one at a time: Langium's `push(...nodes)` overflows
 * the call stack for a file of 100,000 comments.)
 *
 * Likewise the parser takes the comments before each token off the front of
 * the lexer's list of hidden tokens with `splice(0, i)`, which moves every
 * comment after them: O(n²) in a file of n comments. Here a cursor walks the
 * list instead, and the builder leaves out what the cursor passed when the
 * parser hands it the rest at the end.
 */
import { UNREADABLE } from './lexer.js';
import { CstNodeBuilder, CstUtils, LeafCstNodeImpl, createLangiumParser, type CompositeCstNode, type CstNode, type LangiumCoreServices, type LangiumParser } from 'langium';

type HiddenTokens = Parameters<CstNodeBuilder['addHiddenNodes']>[0];

class ActionPlanCstNodeBuilder extends CstNodeBuilder {
    /** The lexer's hidden tokens of the parse under way, and how many of them the parser has taken. */
    taken?: { tokens: HiddenTokens; count: number };

    override addHiddenNodes(tokens: HiddenTokens): void {
        if (this.taken?.tokens === tokens) {
            // The end of the parse: the hidden tokens no token took (Langium's list would hold only those).
            tokens = tokens.slice(this.taken.count);
            this.taken = undefined;
        }
        if (tokens.length === 0) return;
        const current = this.current;
        const nodes = tokens.map(token => {
            const leaf = new LeafCstNodeImpl(token.startOffset, token.image.length, CstUtils.tokenToRange(token), token.tokenType, true);
            leaf.root = current.root;
            return leaf;
        });
        // One node at a time, never `push(...nodes)`: a file of 100,000 comments would overflow the call stack.
        if (current.content.length > 0) {
            for (const leaf of nodes) current.content.push(leaf);
            return;
        }
        // As Langium does: before the first ancestor (from the new node up) that is not its parent's first child.
        let node: CstNode = current;
        while (node.container) {
            const content = (node.container as CompositeCstNode).content;
            const index = content.lastIndexOf(node);
            if (index > 0) {
                insertAt(content, index, nodes);
                return;
            }
            node = node.container;
        }
        // At the start of the text: before everything else.
        insertAt((current.root as CompositeCstNode).content, 0, nodes);
    }
}

/**
 * Puts `nodes` into `content` at `index` in linear time, one `push` per node
 * (a splice or unshift per node would be quadratic, a spread would overflow
 * the stack). Langium's container sets each node's parent on `push`.
 */
function insertAt(content: CstNode[], index: number, nodes: CstNode[]): void {
    const tail = content.splice(index, content.length - index);
    for (const leaf of nodes) content.push(leaf);
    for (const child of tail) content.push(child);
}

export function createActionPlanParser(services: LangiumCoreServices): LangiumParser {
    const parser = createLangiumParser(services);
    // `nodeBuilder` is private in Langium's typings; it is set once in the constructor and read on every parse.
    const internals = parser as unknown as {
        nodeBuilder: CstNodeBuilder;
        lexerResult?: { hidden: HiddenTokens };
        extractHiddenTokens(token: HiddenTokens[number]): HiddenTokens;
    };
    if (!(internals.nodeBuilder instanceof CstNodeBuilder) || typeof internals.extractHiddenTokens !== 'function') {
        throw new Error('Langium parser internals changed: nodeBuilder or extractHiddenTokens not found');
    }
    const builder = new ActionPlanCstNodeBuilder();
    internals.nodeBuilder = builder;
    // The hidden tokens before `token` (those that start at or before it), in order, each once.
    internals.extractHiddenTokens = token => {
        const hidden = internals.lexerResult?.hidden ?? [];
        if (builder.taken?.tokens !== hidden) builder.taken = { tokens: hidden, count: 0 };
        const taken = builder.taken;
        let end = taken.count;
        while (end < hidden.length && hidden[end].startOffset <= token.startOffset) end++;
        const before = hidden.slice(taken.count, end);
        taken.count = end;
        return before;
    };
    // A text the parser cannot take (a RangeError: the stack, or a string too long) is one error, never an exception that ends the run.
    const parse = parser.parse.bind(parser);
    parser.parse = ((text: string, options?: Parameters<LangiumParser['parse']>[1]) => {
        // Chevrotain throws (and catches) an exception per recovered syntax error; their stack traces are never read,
        // and capturing them was a third of the time of a file of many errors.
        const traceLimit = Error.stackTraceLimit;
        Error.stackTraceLimit = 0;
        try {
            return parse(text, options);
        } catch (error) {
            if (!(error instanceof RangeError)) throw error;
            const stack = (parser as unknown as { stack?: unknown[] }).stack;
            if (Array.isArray(stack)) stack.length = 0;
            builder.taken = undefined;
            const empty = parse('', options);
            // The document's text stays the root's text, so ranges and fixes read the right characters.
            (empty.value.$cstNode as unknown as { _text: string })._text = text;
            empty.lexerErrors.push({ offset: 0, length: text.length, line: 1, column: 1, message: `${UNREADABLE}: ${error.message} (too many errors in a row for the parser to recover from); fix its first lines, or split it.` });
            return empty;
        } finally {
            Error.stackTraceLimit = traceLimit;
        }
    }) as LangiumParser['parse'];
    return parser;
}

/**
 * A parser built on first use. Building Langium's parser (Chevrotain's
 * analysis of the grammar) takes a fifth of a second; with the fast path
 * (language/fast/) a check may never need it, and the language server's
 * start-up, which builds every service at once, need not wait for it.
 */
export function builtOnFirstUse<T extends object>(build: () => T): T {
    let built: T | undefined;
    const real = () => built ??= build();
    return new Proxy({} as T, {
        get: (_, property) => {
            const value = Reflect.get(real(), property) as unknown;
            return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(real()) : value;
        },
        set: (_, property, value) => Reflect.set(real(), property, value),
        has: (_, property) => Reflect.has(real(), property),
    });
}

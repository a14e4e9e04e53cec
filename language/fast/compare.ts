/**
 * Two parses of one text side by side: the differential test, the
 * `ACTIONPLAN_PARSER=compare` switch and the graft (language/fast/index.ts)
 * walk the fast path's AST and Langium's together through here.
 */
import { GrammarUtils, isAstNode, isReference, type AstNode, type CstNode, type Reference } from 'langium';
import { isFastCst, type FastCstNode } from './cst.js';

/** Properties of an AST node that are not its content. */
const META = new Set(['$cstNode', '$container', '$containerProperty', '$containerIndex', '$document']);

const contentKeys = (node: object) => Object.keys(node).filter(key => !META.has(key));

export interface Pairing {
    node(fast: AstNode, langium: AstNode): void;
    reference(fast: Reference, langium: Reference): void;
}

/**
 * Where two ASTs differ (a path and what differs), or undefined when they are
 * the same: node types, properties and their order, values, references'
 * texts, container properties and indexes, and the offsets and ranges of
 * every node, reference and name. `pairing` hears of each pair of nodes and
 * references, in the order of the walk.
 */
export function astDifference(fast: AstNode, langium: AstNode, pairing?: Pairing): string | undefined {
    const walk = (a: AstNode, b: AstNode, path: string): string | undefined => {
        if (a.$type !== b.$type) return `${path}: $type ${a.$type} ≠ ${b.$type}`;
        if (a.$containerProperty !== b.$containerProperty || a.$containerIndex !== b.$containerIndex) {
            return `${path}: container ${a.$containerProperty}[${a.$containerIndex}] ≠ ${b.$containerProperty}[${b.$containerIndex}]`;
        }
        const where = cstDifference(a.$cstNode, b.$cstNode);
        if (where) return `${path}: ${where}`;
        if ('name' in b && typeof (b as { name?: unknown }).name === 'string') {
            const nameDiff = cstDifference(nameNodeOf(a), GrammarUtils.findNodeForProperty(b.$cstNode, 'name'));
            if (nameDiff) return `${path}.name: ${nameDiff}`;
        }
        pairing?.node(a, b);
        const keysA = contentKeys(a), keysB = contentKeys(b);
        if (keysA.join() !== keysB.join()) return `${path}: properties [${keysA}] ≠ [${keysB}]`;
        for (const key of keysA) {
            const d = value((a as unknown as Record<string, unknown>)[key], (b as unknown as Record<string, unknown>)[key], `${path}.${key}`);
            if (d) return d;
        }
        return undefined;
    };
    const value = (a: unknown, b: unknown, path: string): string | undefined => {
        if (Array.isArray(a) || Array.isArray(b)) {
            if (!Array.isArray(a) || !Array.isArray(b)) return `${path}: a list on one side only`;
            if (a.length !== b.length) return `${path}: ${a.length} ≠ ${b.length} items`;
            for (let i = 0; i < a.length; i++) {
                const d = value(a[i], b[i], `${path}[${i}]`);
                if (d) return d;
            }
            return undefined;
        }
        if (isReference(a) || isReference(b)) {
            if (!isReference(a) || !isReference(b)) return `${path}: a reference on one side only`;
            if (a.$refText !== b.$refText) return `${path}: reference '${a.$refText}' ≠ '${b.$refText}'`;
            const where = cstDifference(a.$refNode, b.$refNode);
            if (where) return `${path}: ${where}`;
            pairing?.reference(a, b);
            return undefined;
        }
        if (isAstNode(a) || isAstNode(b)) {
            if (!isAstNode(a) || !isAstNode(b)) return `${path}: a node on one side only`;
            return walk(a, b, path);
        }
        return a === b ? undefined : `${path}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`;
    };
    return walk(fast, langium, '');
}

function nameNodeOf(node: AstNode): CstNode | undefined {
    return isFastCst(node.$cstNode) ? (node.$cstNode as FastCstNode).nameNode : GrammarUtils.findNodeForProperty(node.$cstNode, 'name');
}

function cstDifference(a: CstNode | undefined, b: CstNode | undefined): string | undefined {
    if (!a || !b) return a === b ? undefined : 'a CST node on one side only';
    if (a.offset !== b.offset || a.end !== b.end) return `offsets ${a.offset}-${a.end} ≠ ${b.offset}-${b.end}`;
    const ra = a.range, rb = b.range;
    if (ra.start.line !== rb.start.line || ra.start.character !== rb.start.character || ra.end.line !== rb.end.line || ra.end.character !== rb.end.character) {
        return `range ${JSON.stringify(ra)} ≠ ${JSON.stringify(rb)}`;
    }
    return undefined;
}

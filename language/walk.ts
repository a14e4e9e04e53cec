/**
 * Plain walks over an AST, in the order of Langium's `streamAst` and
 * `streamReferences` (each node before its children; properties in their
 * order; list items in theirs), without their stream and iterator objects:
 * the linker and the validator visit every node of every file.
 */
import { interruptAndCheck, isAstNode, isReference, type AstNode, type ReferenceInfo } from 'langium';
import { CancellationToken } from 'vscode-languageserver-protocol';

/** Calls `visit` on `root` and every node under it. */
export function forEachNode(root: AstNode, visit: (node: AstNode) => void): void {
    visit(root);
    const record = root as unknown as Record<string, unknown>;
    for (const key in record) {
        if (key.charCodeAt(0) === 0x24 /* $ */) continue;
        const value = record[key];
        if (Array.isArray(value)) {
            for (const item of value) if (isAstNode(item)) forEachNode(item, visit);
        } else if (isAstNode(value)) {
            forEachNode(value, visit);
        }
    }
}

/** Calls `visit` on each reference a node holds (not its children's). */
export function forEachReference(node: AstNode, visit: (info: ReferenceInfo) => void): void {
    const record = node as unknown as Record<string, unknown>;
    for (const property in record) {
        if (property.charCodeAt(0) === 0x24) continue;
        const value = record[property];
        if (Array.isArray(value)) {
            for (let index = 0; index < value.length; index++) {
                if (isReference(value[index])) visit({ reference: value[index], container: node, property, index });
            }
        } else if (isReference(value)) {
            visit({ reference: value, container: node, property });
        }
    }
}

/**
 * Calls `visit` on every reference of a document, node by node in walk
 * order, looking for a cancellation every 256 nodes rather than awaiting at
 * each (a pause per node was most of the time of linking a workspace from
 * the command line): the linker and the reference index both go through here.
 */
export async function forEachReferenceOf(root: AstNode, visit: (info: ReferenceInfo) => void, cancelToken = CancellationToken.None): Promise<void> {
    const nodes: AstNode[] = [];
    forEachNode(root, node => { nodes.push(node); });
    for (let i = 0; i < nodes.length; i++) {
        if ((i & 0xff) === 0) await interruptAndCheck(cancelToken);
        forEachReference(nodes[i], visit);
    }
}

/**
 * Langium's linker, with references made by a class rather than an object
 * literal: Langium's `buildReference` gives every reference its own three
 * getter functions and a closure (five objects per reference, tens of
 * thousands in a workspace, all alive to the end of a check); here a
 * reference is one object whose getters are shared. It behaves as Langium's
 * (the same fields `_ref` and `_nodeDescription`, which Langium's `doLink` and
 * `unlink` set directly, and the same resolution on first read of `ref`).
 */
import { CancellationToken } from 'vscode-languageserver-protocol';
import { forEachReferenceOf } from './walk.js';
import { AstUtils, DefaultLinker, type LangiumDocument, DocumentState, isAstNode, isAstNodeDescription, isLinkingError, RefResolving, type AstNode, type AstNodeDescription, type CstNode, type LinkingError, type Reference } from 'langium';

export class ActionPlanLinker extends DefaultLinker {
    /** Langium's, over a plain walk of the AST (walk.ts). */
    override async link(document: LangiumDocument, cancelToken = CancellationToken.None): Promise<void> {
        await forEachReferenceOf(document.parseResult.value, info => this.doLink(info, document), cancelToken);
    }

    override buildReference(node: AstNode, property: string, refNode: CstNode | undefined, refText: string): Reference {
        return new LazyReference(this, node, property, refNode, refText);
    }

    /** For LazyReference: Langium's protected steps of resolving a reference. */
    resolve(reference: LazyReference): void {
        const info = { reference, container: reference.container, property: reference.property };
        if (isAstNodeDescription(reference._nodeDescription)) {
            // A candidate was found before, but not loaded.
            reference._ref = this.loadAstNode(reference._nodeDescription) ?? this.createLinkingError(info, reference._nodeDescription);
        } else if (reference._ref === undefined) {
            reference._ref = RefResolving;
            const document = AstUtils.findRootNode(reference.container).$document;
            const found = this.getLinkedNode(info);
            if (found.error && document && document.state < DocumentState.ComputedScopes) {
                // The document's scopes are not ready: left unresolved, to be tried again.
                reference._ref = undefined;
                return;
            }
            reference._ref = found.node ?? found.error;
            reference._nodeDescription = found.descr;
            document?.references.push(reference);
        } else if (reference._ref === RefResolving) {
            this.throwCyclicReferenceError(reference.container, reference.property, reference.$refText);
        }
    }
}

class LazyReference implements Reference {
    _ref: AstNode | LinkingError | typeof RefResolving | undefined = undefined;
    _nodeDescription?: AstNodeDescription;

    constructor(
        private readonly linker: ActionPlanLinker,
        readonly container: AstNode,
        readonly property: string,
        public $refNode: CstNode | undefined,
        readonly $refText: string,
    ) {}

    get ref(): AstNode | undefined {
        // The most frequent case: resolved already.
        if (isAstNode(this._ref)) return this._ref;
        this.linker.resolve(this);
        return isAstNode(this._ref) ? this._ref : undefined;
    }

    get $nodeDescription(): AstNodeDescription | undefined {
        return this._nodeDescription;
    }

    get error(): LinkingError | undefined {
        return isLinkingError(this._ref) ? this._ref : undefined;
    }
}

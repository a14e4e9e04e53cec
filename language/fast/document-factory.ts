/**
 * Documents are made here: through the fast path when it takes the text
 * (language/fast/index.ts), else through Langium's parser. A document open
 * in the editor is always Langium's: its CST serves hover, completion,
 * formatting and fixes.
 */
import { DefaultLangiumDocumentFactory, type AstNode, type LangiumDocument, type ParseResult, type ParserOptions, type URI } from 'langium';
import type { CancellationToken } from 'vscode-languageserver-protocol';
import { FastPath, isFastDocument } from './index.js';

export class ActionPlanDocumentFactory extends DefaultLangiumDocumentFactory {
    protected override parse<T extends AstNode>(uri: URI, text: string, options?: ParserOptions): ParseResult<T> {
        return (options ? undefined : this.fast<T>(uri, text)) ?? super.parse<T>(uri, text, options);
    }

    protected override async parseAsync<T extends AstNode>(uri: URI, text: string, cancellationToken: CancellationToken): Promise<ParseResult<T>> {
        return this.fast<T>(uri, text) ?? super.parseAsync<T>(uri, text, cancellationToken);
    }

    override async update<T extends AstNode = AstNode>(document: LangiumDocument<T>, cancellationToken: CancellationToken): Promise<LangiumDocument<T>> {
        // Opened in the editor: the same AST gets the full CST (a changed text is parsed by Langium anyway).
        const open = this.openDocument(document.uri);
        if (open && isFastDocument(document) && open.getText() === document.parseResult.value.$cstNode!.root.fullText) {
            const fastPath = FastPath.for(this.serviceRegistry.getServices(document.uri));
            if (!fastPath?.graft(document)) {
                // Cannot happen while the differential test passes; Langium's parse is the safe answer.
                document.parseResult = super.parse<T>(document.uri, document.parseResult.value.$cstNode!.root.fullText);
                (document.parseResult.value as { $document?: LangiumDocument }).$document = document;
            }
        }
        return super.update(document, cancellationToken);
    }

    private fast<T extends AstNode>(uri: URI, text: string): ParseResult<T> | undefined {
        if (this.openDocument(uri)) return undefined;
        return FastPath.for(this.serviceRegistry.getServices(uri))?.parse(text, uri.path) as ParseResult<T> | undefined;
    }

    /** The editor's document of `uri`, when it is open there. */
    private openDocument(uri: URI) {
        return this.textDocuments?.get(uri.toString());
    }
}

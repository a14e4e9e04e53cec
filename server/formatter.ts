/** Document and range formatting in the editor: the same formatter as `actionplan fmt`. */
import type { LangiumCoreServices, LangiumDocument } from 'langium';
import type { Formatter } from 'langium/lsp';
import type { DocumentFormattingParams, DocumentRangeFormattingParams, TextEdit } from 'vscode-languageserver';
import { formatDocument, formatRange } from '../language/formatter/index.js';

export class ActionPlanFormatter implements Formatter {
    constructor(private readonly services: LangiumCoreServices) {}

    formatDocument(document: LangiumDocument, params: DocumentFormattingParams): TextEdit[] {
        return formatDocument(document, params.options, this.services);
    }

    formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams): TextEdit[] {
        return formatRange(document, params.range, params.options, this.services);
    }

    formatDocumentOnType(): TextEdit[] {
        return [];
    }

    get formatOnTypeOptions(): undefined {
        return undefined;
    }
}

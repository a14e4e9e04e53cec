/**
 * The editor's documents obey the size limit of plan files on disk: a
 * document over MAX_PLAN_BYTES (a paste of megabytes, a generated file) is
 * not parsed, linked or checked; it gets one diagnostic saying why, as the
 * CLI gives one line for such a file. Parsing it would take the server
 * seconds and gigabytes on every keystroke.
 */
import { type AstNode, type LangiumDocument, type ParseResult, type URI } from 'langium';
import type { ParserOptions } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { ActionPlanDocumentFactory } from '../language/fast/document-factory.js';
import { planTextTooLarge } from '../language/workspace/plan-text.js';
import type { ActionPlanServices } from './action-plan-services.js';

/** The parse results that stand for a document too large to parse, and why. */
const refused = new WeakMap<object, string>();

export class SizeLimitedDocumentFactory extends ActionPlanDocumentFactory {
    protected override parse<T extends AstNode>(uri: URI, text: string, options?: ParserOptions): ParseResult<T> {
        const tooLarge = planTextTooLarge(text);
        if (!tooLarge) return super.parse(uri, text, options);
        return this.refuse(super.parse<T>(uri, '', options), tooLarge);
    }

    protected override async parseAsync<T extends AstNode>(uri: URI, text: string, cancellationToken: CancellationToken): Promise<ParseResult<T>> {
        const tooLarge = planTextTooLarge(text);
        if (!tooLarge) return super.parseAsync(uri, text, cancellationToken);
        return this.refuse(super.parse<T>(uri, ''), tooLarge);
    }

    /** The parse of an empty text (no element, nothing to link), marked with the reason. */
    private refuse<T extends AstNode>(empty: ParseResult<T>, reason: string): ParseResult<T> {
        refused.set(empty, reason);
        return empty;
    }
}

/** One diagnostic, at the start of the document, for a document too large to check; the rules do not run on it. */
export function limitDocumentSize(services: ActionPlanServices): void {
    const validator = services.validation.DocumentValidator;
    const validate = validator.validateDocument.bind(validator);
    validator.validateDocument = async (document: LangiumDocument, ...rest) => {
        const reason = refused.get(document.parseResult);
        if (reason === undefined) return validate(document, ...rest);
        const diagnostic: Diagnostic = {
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            severity: DiagnosticSeverity.Error, source: 'actionplan', code: 'file-too-large', message: reason,
        };
        return [diagnostic];
    };
}

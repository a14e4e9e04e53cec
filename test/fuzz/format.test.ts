/**
 * Property: the formatter keeps every token and every comment, in order, and
 * is idempotent; the editor's edits give the same text as the CLI's; and it
 * refuses (changes nothing) only a text with syntax errors.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { EmptyFileSystem, URI } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { formatDocument, formatText, firstErrorLine } from '../../language/formatter/index.js';
import { anyWorkspace, noise, validWorkspace } from './arbitraries.js';
import { fuzz, runsOf, services } from './harness.js';
import { createActionPlanCoreServices } from '../../language/action-plan-module.js';

const parser = createActionPlanCoreServices(EmptyFileSystem).ActionPlan;

/** Every token the lexer finds, comments included, in order; a line comment without its trailing spaces (they belong to its line). */
function tokenStream(text: string): string[] {
    const lexed = services.parser.Lexer.tokenize(text);
    assert.deepEqual(lexed.errors.map(e => e.message), [], 'lexer errors in a text the formatter accepted');
    return [...lexed.tokens, ...(lexed.hidden ?? [])]
        .sort((a, b) => a.startOffset - b.startOffset)
        .map(token => (token.image.startsWith('//') ? token.image.trimEnd() : token.image));
}

const comments = (tokens: string[]) => tokens.filter(t => t.startsWith('//') || t.startsWith('/*'));

let count = 0;

export function assertFormatterKeepsText(text: string): void {
    const result = formatText(text, services);
    const parse = parser.parser.LangiumParser.parse(text);
    if (!result.ok) {
        // Refusing is only for text with syntax errors, and it names the first one's line.
        assert.notEqual(firstErrorLine(text, parse), undefined, `formatText refused a text without syntax errors: ${result.reason}`);
        const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`/fuzz/format/${++count}.plan`));
        assert.deepEqual(formatDocument(document), [], 'the editor formatted a text the CLI refuses');
        return;
    }
    const before = tokenStream(text);
    const after = tokenStream(result.text);
    assert.deepEqual(after, before, 'the tokens changed');
    assert.deepEqual(comments(after), comments(before), 'the comments changed');
    assert.equal(result.changed, result.text !== text);
    const again = formatText(result.text, services);
    assert.ok(again.ok, 'the formatted text does not format');
    assert.equal(again.text, result.text, 'not idempotent');
    assert.equal(again.changed, false);
    const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`/fuzz/format/${++count}.plan`));
    const edited = TextDocument.applyEdits(TextDocument.create('file:///x.plan', 'actionplan', 1, text), formatDocument(document));
    assert.equal(edited, result.text, "the editor's edits and formatText disagree");
}

describe('fuzz: the formatter', () => {
    fuzz('valid plans in any layout, with comments: every token kept, idempotent', validWorkspace,
        w => Object.values(w.files).forEach(assertFormatterKeepsText), { runs: runsOf(80, 0.08) });

    fuzz('mutated plans: formatted only when they parse, and then every token kept', anyWorkspace,
        w => Object.values(w.files).forEach(assertFormatterKeepsText), { runs: runsOf(80, 0.08) });

    fuzz('noise', noise, assertFormatterKeepsText, { runs: runsOf(40, 0.03) });

    fuzz('tab sizes and tabs', fc.tuple(validWorkspace, fc.integer({ min: 0, max: 9 }), fc.boolean()), ([w, tabSize, insertSpaces]) => {
        for (const text of Object.values(w.files)) {
            const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`/fuzz/format/${++count}.plan`));
            const edited = TextDocument.applyEdits(TextDocument.create('file:///x.plan', 'actionplan', 1, text), formatDocument(document, { tabSize, insertSpaces }));
            if (edited !== text) assert.deepEqual(tokenStream(edited), tokenStream(text));
        }
    }, { runs: runsOf(20, 0.02) });
});

/**
 * What formatting promises for every plan: the tokens (every name, string,
 * date and comment) are the same, in the same order; formatting twice changes
 * nothing; a text with syntax errors is left alone.
 */
import { strict as assert } from 'node:assert';
import { formatDocument, formatText, SYNTAX_ERRORS } from '../../language/formatter/index.js';
import { planFiles } from '../helpers/plans.js';
import { applyEdits, documentOf, format, readFixture, repositoryPlans, scramble, services, tokensOf } from './helpers.js';

/** The lexer's tokens; a line comment's trailing spaces belong to its line, not its text. */
function significant(text: string): string[] {
    return tokensOf(text).map(token => (token.startsWith('//') ? token.trimEnd() : token));
}

const MESSY_WITH_COMMENTS = `/* a file
   comment */ business A "a" // end
   partnership P "p" // header
   { industry "i" /* why */ priority X "x" { /* empty */ } priority Y "y" {
   // own line
   follow-up 2026-01-01 } }
team T "t" for X { first win W "w" { due 2026-01-01 // soon
 } next win V "v" after T . W /* ref */ { } involve A , /* and */ P review 2026-02-02 by a,b status pending }
// last, no line ending`;

function corpus(): Map<string, string> {
    const texts = new Map<string, string>();
    for (const [file, text] of repositoryPlans()) {
        if (formatText(text, services).ok) texts.set(file, text);
    }
    for (const [file, text] of Object.entries(planFiles())) texts.set(`test/helpers/plans.ts: ${file}`, text);
    texts.set('messy with comments', MESSY_WITH_COMMENTS);
    texts.set('messy with comments, CRLF', MESSY_WITH_COMMENTS.replace(/\n/g, '\r\n'));
    for (const name of ['example-partnership.plan', 'example-talent.plan']) {
        for (const seed of [7, 8, 9]) texts.set(`${name} scrambled (${seed})`, scramble(readFixture(name), seed));
    }
    return texts;
}

describe('formatter: invariants', () => {
    const texts = corpus();

    it('finds the plans of the repository (samples and test fixtures)', () => {
        const files = [...texts.keys()];
        assert.ok(files.some(file => file.startsWith('samples/')), files.join('\n'));
        assert.ok(files.some(file => file.startsWith('test/formatter/fixtures/')));
    });

    for (const [name, text] of texts) {
        it(`keeps every token and is idempotent: ${name}`, () => {
            const once = format(text);
            assert.deepEqual(significant(once), significant(text));
            assert.equal(format(once), once);
            assert.deepEqual(formatDocument(documentOf(once), { tabSize: 4, insertSpaces: true }), []);
        });
    }

    it('gives the same text from document edits as from formatText', () => {
        for (const [name, text] of texts) {
            assert.equal(applyEdits(text, formatDocument(documentOf(text), { tabSize: 4, insertSpaces: true })), format(text), name);
        }
    });

    it('keeps CRLF line endings, inside block comments as they are', () => {
        const text = 'team T "t" for P {\r\n/* a\r\n   b */\r\n\r\n\r\n  champion ana   champion ben }';
        assert.equal(format(text), 'team T "t" for P {\r\n    /* a\r\n   b */\r\n\r\n    champion ana\r\n    champion ben\r\n}\r\n');
        assert.equal(format('business A "a"\r\nbusiness B "b"'), 'business A "a"\r\nbusiness B "b"\r\n');
    });

    describe('a text with syntax errors', () => {
        const broken = [
            ['a missing }', 'team T "t" for P {\n  champion ana\n', 3],
            ['an unknown kind', 'business A "a"\npartner L "l" kind cooperative\n', 2],
            ['an unclosed string', 'business A "a\nbusiness B "b"\n', 1],
            ['an unclosed string in a statement split over lines', 'team T "t" for P {\n  success "s" {\n    measure "m\n target "60%"\n  }\n}\n', 3],
            ['an unclosed block comment', 'business A "a"\n\n/* never closed\n', 3],
            ['a stray character', 'business A "a" ;\n', 1],
        ] as const;
        for (const [what, text, line] of broken) {
            it(`gets no edits: ${what}`, () => {
                assert.deepEqual(formatDocument(documentOf(text), { tabSize: 4, insertSpaces: true }), []);
                assert.deepEqual(formatText(text, services), { ok: false, line, reason: SYNTAX_ERRORS });
            });
        }
    });
});

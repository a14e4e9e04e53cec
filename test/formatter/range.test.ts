/**
 * Range formatting (the editor's "Format Selection"): edits only on the lines
 * the range touches, and those lines come out as whole-document formatting
 * would make them.
 */
import { strict as assert } from 'node:assert';
import type { Range, TextEdit } from 'vscode-languageserver-types';
import { formatDocument, formatRange } from '../../language/formatter/index.js';
import { applyEdits, documentOf, format } from './helpers.js';

const OPTIONS = { tabSize: 4, insertSpaces: true };

const MESSY = [
    'team T "t" for P {',          // 0
    'formed 2026-03-27   ',        // 1
    '      champion ana champion ben', // 2
    '',                            // 3
    '',                            // 4
    '  // about li',               // 5
    'responder li {joined 2026-04-15', // 6
    '   traits resources ,toolkit }', // 7
    '  involve LWC ,FRCC',         // 8
    '}',                           // 9
].join('\n');

function lines(from: number, to: number, endCharacter = 0): Range {
    return { start: { line: from, character: 3 }, end: { line: to, character: endCharacter } };
}

/** Every edit starts and ends on the lines `first`..`last`. */
function assertWithin(edits: TextEdit[], first: number, last: number): void {
    assert.ok(edits.length > 0, 'some edits');
    for (const edit of edits) {
        assert.ok(edit.range.start.line >= first && edit.range.end.line <= last, `edit outside lines ${first}-${last}: ${JSON.stringify(edit)}`);
    }
}

describe('formatter: a range', () => {
    it('edits only the lines the range touches', () => {
        const edits = formatRange(documentOf(MESSY), lines(1, 2, 5), OPTIONS);
        assertWithin(edits, 1, 2);
        const result = applyEdits(MESSY, edits).split('\n');
        const before = MESSY.split('\n');
        assert.deepEqual(result.slice(0, 1), before.slice(0, 1));
        assert.deepEqual(result.slice(1, 4), ['    formed 2026-03-27', '    champion ana', '    champion ben']);
        assert.deepEqual(result.slice(4), before.slice(3), 'the lines after the range are untouched');
    });

    it('does not touch a line the range ends at the start of', () => {
        const edits = formatRange(documentOf(MESSY), lines(1, 2, 0), OPTIONS);
        assertWithin(edits, 1, 1);
        assert.deepEqual(applyEdits(MESSY, edits).split('\n').slice(1, 3), ['    formed 2026-03-27', '      champion ana champion ben']);
    });

    it('re-indents a block in the middle, keeping everything around it', () => {
        const edits = formatRange(documentOf(MESSY), lines(5, 7, 10), OPTIONS);
        assertWithin(edits, 5, 7);
        const result = applyEdits(MESSY, edits).split('\n');
        assert.deepEqual(result.slice(0, 5), MESSY.split('\n').slice(0, 5), 'blank lines above the range stay');
        assert.deepEqual(result.slice(5, 10), ['    // about li', '    responder li {', '        joined 2026-04-15', '        traits resources, toolkit', '    }']);
        assert.deepEqual(result.slice(10), MESSY.split('\n').slice(8));
    });

    it('formats the whole document when the range covers it', () => {
        const document = documentOf(MESSY);
        const whole = formatRange(document, { start: { line: 0, character: 0 }, end: { line: 9, character: 1 } }, OPTIONS);
        assert.equal(applyEdits(MESSY, whole), format(MESSY));
        assert.equal(applyEdits(MESSY, formatDocument(document, OPTIONS)), format(MESSY));
    });

    it('gives nothing for lines that are already formatted, or a text with syntax errors', () => {
        const formatted = format(MESSY);
        assert.deepEqual(formatRange(documentOf(formatted), lines(0, 9, 1), OPTIONS), []);
        assert.deepEqual(formatRange(documentOf(`${MESSY}\n}`), lines(1, 2, 5), OPTIONS), []);
    });

    it('keeps CRLF in the lines it formats', () => {
        const crlf = MESSY.replace(/\n/g, '\r\n');
        const result = applyEdits(crlf, formatRange(documentOf(crlf), lines(2, 2, 4), OPTIONS));
        assert.equal(result.split('\r\n').slice(2, 4).join('|'), '    champion ana|    champion ben');
        assert.doesNotMatch(result.replace(/\r\n/g, ''), /[\r\n]/, 'only CRLF line endings');
    });
});

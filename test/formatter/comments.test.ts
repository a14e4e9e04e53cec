/**
 * Comments at every position keep their text and their place relative to the
 * tokens: at the end of a line, on their own line (re-indented), between a
 * header and `{`, in an empty body, inside a statement, across lines.
 */
import { strict as assert } from 'node:assert';
import { format } from './helpers.js';

/** Format and check the result, then check it is stable. */
function formats(text: string, expected: string): void {
    assert.equal(format(text), expected);
    assert.equal(format(expected), expected, 'formatting the result again changes it');
}

describe('formatter: comments', () => {
    it('keeps a comment at the end of a line there, one space after the code', () => {
        formats('team T "t" for P {   // the team\n  champion ana      // ana\n  champion ben}// end\n',
            'team T "t" for P { // the team\n    champion ana // ana\n    champion ben\n} // end\n');
    });

    it('re-indents comment lines to their block and keeps one blank line before them', () => {
        formats('team T "t" for P {\n// first\n      champion ana\n\n\n\t\t// about ben\n  champion ben\n          // last\n}\n',
            'team T "t" for P {\n    // first\n    champion ana\n\n    // about ben\n    champion ben\n    // last\n}\n');
    });

    it('keeps a comment between a header and its {', () => {
        formats('partnership P "p" {\n  priority A "a" // drafting\n  { follow-up 2026-01-01 }\n  priority B "b" /* later */ { }\n}\n',
            'partnership P "p" {\n    priority A "a" // drafting\n    {\n        follow-up 2026-01-01\n    }\n    priority B "b" /* later */ {}\n}\n');
    });

    it('keeps comments inside an empty body', () => {
        formats('partnership P "p" {\n priority A "a" { // to do\n }\n priority B "b" {   /* to do */   }\n priority C "c" {\n /* to do */ }\n}\n',
            'partnership P "p" {\n    priority A "a" { // to do\n    }\n    priority B "b" { /* to do */ }\n    priority C "c" {\n        /* to do */\n    }\n}\n');
    });

    it('keeps a block comment where it is relative to the tokens, its inside untouched', () => {
        const block = '/* first line\n      second line  \n  */';
        formats(`team T "t" for P {\n  champion   ana ${block}   champion ben\n    ${block}\n champion /* who */ li\n}\n`,
            `team T "t" for P {\n    champion ana ${block}\n    champion ben\n    ${block}\n    champion /* who */ li\n}\n`);
    });

    it('takes the line ending from between the tokens, not from inside a block comment (CRLF text, LF comment)', () => {
        formats('team\r\nT "t" for P /*\n x\n*/ {\r\n    formed 2026-01-01\r\n}\r\n', 'team T "t" for P /*\n x\n*/ {\r\n    formed 2026-01-01\r\n}\r\n');
        formats('team T "t" for P /*\r\n x\r\n*/ {\n}\n', 'team T "t" for P /*\r\n x\r\n*/ {}\n');
    });

    it('keeps a block comment that opens a line in front of its statement', () => {
        formats('team T "t" for P {\n   /* lead */   champion ana /* mid */ champion ben\n}\n',
            'team T "t" for P {\n    /* lead */ champion ana /* mid */\n    champion ben\n}\n');
    });

    it('indents a statement continued after a line comment one level more', () => {
        formats('team T "t" for P {\n success "s" {\n measure "m" // which one\n target "60%" by 2027-06-30\n }\n}\n',
            'team T "t" for P {\n    success "s" {\n        measure "m" // which one\n            target "60%" by 2027-06-30\n    }\n}\n');
    });

    it('keeps comments before the first and after the last element, a last one without a line ending', () => {
        formats('\n\n   // head\n\n\n/* licence */\nbusiness A "a"\n   // tail', '// head\n\n/* licence */\nbusiness A "a"\n// tail\n');
        formats('business A "a" // tail', 'business A "a" // tail\n');
        formats('// only a comment', '// only a comment\n');
        formats('/* only\n   a block */', '/* only\n   a block */\n');
    });

    it('puts the blank line before a top-level block above the comments that lead it', () => {
        formats('business A "a"\n// the team\nteam T "t" for P {\n}\n// people\nperson p "p" of A\n',
            'business A "a"\n\n// the team\nteam T "t" for P {}\n\n// people\nperson p "p" of A\n');
        formats('team T "t" for P {} // done\nbusiness A "a"\n', 'team T "t" for P {} // done\n\nbusiness A "a"\n');
    });

    it('drops the trailing spaces of a line comment, and only those', () => {
        formats('business A "a" //  spaced  out \t\n', 'business A "a" //  spaced  out\n');
    });

    it('keeps suppression comments on their own line before the line they silence', () => {
        formats('team T "t" for P {\n// actionplan-disable-next-line plan-review\n  review 2026-04-20 by ana status pending\n}\n',
            'team T "t" for P {\n    // actionplan-disable-next-line plan-review\n    review 2026-04-20 by ana status pending\n}\n');
    });
});

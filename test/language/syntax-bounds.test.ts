/**
 * Syntax errors stay readable and bounded whatever the file holds: a file of
 * garbage lists the first errors and counts the rest in one more line, and a
 * message quotes at most a short piece of one line of the user's text.
 */
import { strict as assert } from 'node:assert';
import { MAX_SYNTAX_DIAGNOSTICS } from '../../language/validation/document-validator.js';
import { MAX_QUOTED, quoted } from '../../language/validation/parse-messages.js';
import { buildWorkspace } from '../helpers/workspace.js';

describe('syntax errors are bounded', function () {
    it('a file with thousands of broken lines lists the first ones and counts the rest', async () => {
        const lines = Array.from({ length: 1000 }, (_, i) => `business B${i} "b" ~ stray`);
        const workspace = await buildWorkspace({ 'garbage.plan': lines.join('\n') });
        const syntax = workspace.diagnostics('garbage.plan').filter(d => d.code === 'syntax');
        assert.equal(syntax.length, MAX_SYNTAX_DIAGNOSTICS + 1);
        const last = syntax.find(d => /more syntax errors from here on are not listed/.test(d.message));
        assert.ok(last, 'one diagnostic counts the errors not listed');
        assert.match(last.message, /^900 more syntax errors/);
        assert.equal(last.range.start.line, MAX_SYNTAX_DIAGNOSTICS, 'it stands where the first unlisted error is');
    });

    it('a file with more errors in a row than the parser can recover from is one diagnostic that says so', async () => {
        const lines = Array.from({ length: 5_000 }, (_, i) => `business B${i} "b" ~ stray`);
        const syntax = (await buildWorkspace({ 'worse.plan': lines.join('\n') })).diagnostics('worse.plan');
        assert.equal(syntax.length, 1, JSON.stringify(syntax.slice(0, 3).map(d => d.message)));
        assert.match(syntax[0].message, /^The file cannot be read: .*; fix its first lines, or split it\.$/);
        assert.equal(syntax[0].code, 'syntax');
    });

    it('a file with fewer errors than the bound lists every one and no count', async () => {
        const lines = Array.from({ length: 10 }, (_, i) => `business B${i} "b" ~ stray`);
        const syntax = (await buildWorkspace({ 'few.plan': lines.join('\n') })).diagnostics('few.plan').filter(d => d.code === 'syntax');
        assert.equal(syntax.length, 10);
        assert.ok(syntax.every(d => !/not listed/.test(d.message)));
    });

    it('a huge unexpected token is quoted cut short, with its length', async () => {
        const huge = 'x'.repeat(200_000);
        const syntax = (await buildWorkspace({ 'huge.plan': `business B "b"\n${huge}\n` })).diagnostics('huge.plan').filter(d => d.code === 'syntax');
        assert.ok(syntax.length >= 1);
        for (const diagnostic of syntax) assert.ok(diagnostic.message.length < 300, `a message of ${diagnostic.message.length} characters`);
        assert.ok(syntax.some(d => /'x{40}…' \(200,000 characters\)/.test(d.message)), JSON.stringify(syntax.map(d => d.message)));
    });

    it('quotes short text whole, and cuts long or multi-line text at the first line', () => {
        assert.equal(quoted('teem'), "'teem'");
        assert.equal(quoted('a'.repeat(MAX_QUOTED)), `'${'a'.repeat(MAX_QUOTED)}'`);
        assert.equal(quoted(`${'a'.repeat(MAX_QUOTED + 1)}`), `'${'a'.repeat(MAX_QUOTED)}…' (41 characters)`);
        assert.equal(quoted('first\nsecond'), "'first…' (12 characters)");
        // A cut never leaves half of a surrogate pair.
        const cut = quoted(`${'a'.repeat(MAX_QUOTED - 1)}😀tail`);
        assert.doesNotMatch(cut, /[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    });
});

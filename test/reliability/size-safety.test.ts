/**
 * The language server refuses a document over the plan size limit as the CLI
 * refuses such a file: one diagnostic on the document saying why, no parse,
 * and the server keeps answering. (A 14.6 MB paste used to take the server
 * half a minute and gigabytes.)
 */
import { strict as assert } from 'node:assert';
import { MAX_PLAN_BYTES } from '../../language/workspace/plan-files.js';
import { copySample, has, Session } from '../server/helpers.js';

describe('size safety: the language server and a document over the limit', function () {
    this.timeout(120_000);
    let session: Session;
    before(async () => {
        session = await Session.start([copySample('needs-work')]);
        await session.until('partnership.plan', has('priority-has-team'));
    });
    after(async () => { await session.stop(); });

    it('an open document over the limit gets one diagnostic naming the limit, and is not parsed', async () => {
        // Comment lines parse quickly and give no diagnostic of their own: the one diagnostic is the refusal.
        const line = '// a line of a very large pasted document, 64 bytes long.......\n';
        const text = `business Huge "Huge"\nbusiness Huge "Huge again"\n${line.repeat(Math.ceil(MAX_PLAN_BYTES / line.length) + 10)}`;
        assert.ok(Buffer.byteLength(text) > MAX_PLAN_BYTES);
        const started = Date.now();
        session.open('huge.plan', text);
        const diagnostics = await session.until('huge.plan', d => d.length > 0);
        assert.deepEqual(diagnostics.map(d => [d.code, d.severity, d.range.start.line]), [['file-too-large', 1, 0]], JSON.stringify(diagnostics.map(d => d.message)));
        assert.match(diagnostics[0].message, /^This document is 10\.0 MB; a plan file may be at most 10 MB, so it is not checked\.$/);
        assert.ok(Date.now() - started < 60_000, 'answered without parsing');
        // Cut below the limit, the same document is parsed and checked again (its duplicate name is found).
        session.change('huge.plan', 'business Huge "Huge"\nbusiness Huge "Huge again"\n');
        const checked = await session.until('huge.plan', d => d.some(x => x.code !== 'file-too-large'));
        assert.ok(!checked.some(d => d.code === 'file-too-large'));
    });
});

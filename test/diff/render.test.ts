/**
 * The Markdown renderer on its own: a diff too long for a pull-request
 * comment is cut inside its details, never in its summary, and the folded
 * block is still closed.
 */
import { strict as assert } from 'node:assert';
import { diffSchema, renderDiffMarkdown, renderDiffText, type DiffResult } from '../../language/model/diff/index.js';

function bigDiff(count: number): DiffResult {
    const zero = { errors: 0, warnings: 0, infos: 0, hints: 0 };
    return diffSchema.parse({
        schemaVersion: 1, asOf: '2026-05-01', asOfDates: ['2026-05-01'],
        base: { label: 'origin/main', files: 1, diagnostics: zero },
        head: { label: 'working tree', files: 2, diagnostics: zero },
        summary: {
            added: count, removed: 0, renamed: 0, moved: 0, changed: 0, dateMoves: 0, leftWindow: 0, enteredWindow: 0,
            statusChanges: 0, membershipChanges: 0, introduced: zero, resolved: zero, unchanged: false,
        },
        added: Array.from({ length: count }, (_, i) => ({
            id: `person:p${i}`, kind: 'person', name: `p${i}`, title: `Person ${i}`, file: 'people.plan', line: i + 1,
            summary: `"Person ${i}" of Acme; a job title long enough to take some room in the comment`,
        })),
        removed: [], renamed: [], moved: [], changed: [], dateMoves: [], statusChanges: [], membership: [],
        diagnostics: { introduced: [], resolved: [] },
    });
}

describe('diff renderers', () => {
    it('cut a Markdown diff that would not fit a comment inside its details, and close them', () => {
        const md = renderDiffMarkdown(bigDiff(2000), { maxLength: 20_000 });
        assert.ok(md.length <= 20_000, `${md.length} characters`);
        assert.match(md, /\*\*Summary:\*\* added 2000 people/);
        assert.match(md, /\*…\d+ more lines cut to fit a comment; run `actionplan diff --format md` to see them all\.\*\n\n<\/details>\n$/);
        assert.doesNotMatch(renderDiffMarkdown(bigDiff(10)), /cut to fit/);
    });

    it('write the same content as text, one change a line', () => {
        const text = renderDiffText(bigDiff(3));
        assert.match(text, /^Action Plan changes: origin\/main -> working tree, as of 2026-05-01, 2 plan files\nSummary: added 3 people\n/);
        assert.equal(text.split('\n').filter(line => line.startsWith('  + Person p')).length, 3);
    });
});

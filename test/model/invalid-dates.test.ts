/**
 * A date that is not a real date (`2026-02-30`) is shown as written and
 * marked invalid, in the model, the HTML (preview and export) and the
 * Markdown; never as "no date", which would hide the typo the
 * `invalid-date` rule reports.
 */
import { strict as assert } from 'node:assert';
import { renderHtml } from '../../language/model/render/html.js';
import { renderMarkdown } from '../../language/model/render/markdown.js';
import { modelSchema, type ActionPlanModel } from '../../language/model/schema.js';
import { EXAMPLE_FILES, modelOfFiles } from './example.js';
import { textOf } from './markup.js';

const TALENT = 'teams/talent.plan';

function withInvalidDates(): Record<string, string> {
    const text = EXAMPLE_FILES[TALENT]
        .replace('due 2027-02-28', 'due 2027-02-30')
        .replace('due 2026-04-10', 'due 2026-04-31')
        .replace('review 2026-04-20', 'review 2026-13-20');
    assert.notEqual(text, EXAMPLE_FILES[TALENT]);
    return { ...EXAMPLE_FILES, [TALENT]: text };
}

describe('a date that is not a real date', () => {
    let model: ActionPlanModel;
    before(async () => {
        model = modelSchema.parse(await modelOfFiles(withInvalidDates()));
    });

    it('is in the model as written, beside no date', () => {
        const team = model.teams[0];
        const pathways = team.wins.find(w => w.name === 'Pathways')!;
        assert.equal(pathways.due, undefined);
        assert.equal(pathways.dueAsWritten, '2027-02-30');
        assert.equal(team.firstSteps[0].dueAsWritten, '2026-04-31');
        assert.equal(team.reviews[0].dateAsWritten, '2026-13-20');
        assert.ok(model.diagnostics.some(d => d.rule === 'invalid-date'), 'the rule reports it');
        const valid = team.wins.find(w => w.name === 'Apprenticeship')!;
        assert.equal(valid.due, '2026-09-30');
        assert.equal(valid.dueAsWritten, undefined);
    });

    it('shows as written and marked invalid in the HTML', () => {
        const text = textOf(renderHtml(model)).replace(/\s+/g, ' ');
        assert.match(text, /Due 2027-02-30 \(not a valid date\)/);
        assert.match(text, /Due 2026-04-31 \(not a valid date\)/);
        assert.match(text, /2026-13-20 \(not a valid date\) by/);
        assert.doesNotMatch(text, /Due no date/);
        assert.match(text, /Not shown \(no due date\): “Publish one regional map of technician career pathways” \(due 2027-02-30, not a valid date\)/);
    });

    it('shows as written and marked invalid in the Markdown', () => {
        const markdown = renderMarkdown(model);
        assert.match(markdown, /\| \*\*Publish one regional map of technician career pathways\*\* \| Ben Okafor \| 2027-02-30 \(not a valid date\) \|/);
        assert.match(markdown, /due 2026-04-31 \(not a valid date\)/);
        assert.match(markdown, /No due date yet: Publish one regional map of technician career pathways \(due 2027-02-30, not a valid date\)/);
        assert.match(markdown, /2026-13-20 \(not a valid date\) by/);
    });
});

/**
 * One truth in every view: what the model, the HTML render and the Markdown
 * render say of a plan is what the rules say of it.
 */
import { strict as assert } from 'node:assert';
import { renderHtml } from '../../language/model/render/html.js';
import { renderMarkdown } from '../../language/model/render/markdown.js';
import { buildWorkspace } from '../helpers/workspace.js';
import { EXAMPLE_AS_OF, EXAMPLE_FILES, modelOfFiles } from './example.js';

const TEAM = 'teams/talent.plan';

function edited(replacements: Array<[string, string]>): Record<string, string> {
    let text = EXAMPLE_FILES[TEAM];
    for (const [before, after] of replacements) {
        assert.ok(text.includes(before), `the example holds ${JSON.stringify(before)}`);
        text = text.replace(before, after);
    }
    return { ...EXAMPLE_FILES, [TEAM]: text };
}

async function planReviewFires(files: Record<string, string>): Promise<boolean> {
    const workspace = await buildWorkspace(files, { asOf: EXAMPLE_AS_OF });
    return workspace.diagnostics().some(d => d.code === 'plan-review');
}

describe('views agree with the rules', () => {
    describe('a team is shown approved exactly when plan-review is satisfied', () => {
        const cases: Array<{ name: string; edit: Array<[string, string]>; approved: boolean }> = [
            { name: 'approved by a champion', edit: [], approved: true },
            // ana and ben are no longer champions: the approval names only people who are not champions.
            { name: 'no champion left in the team', edit: [['    champion ana\n    champion ben\n', '']], approved: false },
            { name: 'an approval by a responder only', edit: [['review 2026-04-20 by ana, ben status approved', 'review 2026-04-20 by li status approved']], approved: false },
            { name: 'a pending review by a champion', edit: [['status approved\n\n    organize', 'status pending\n\n    organize']], approved: false },
            // The latest champion review counts: a later request for changes supersedes the approval.
            { name: 'an approval, then a later request for changes', edit: [['status approved\n\n    organize', 'status approved\n    review 2026-04-28 by ben status changes-requested\n\n    organize']], approved: false },
            { name: 'a request for changes, then a later approval written first', edit: [['review 2026-04-20 by ana, ben status approved', 'review 2026-04-28 by ana status approved\n    review 2026-04-20 by ben status changes-requested']], approved: true },
            { name: 'an approval and a pending review on the same date: the one written last counts', edit: [['status approved\n\n    organize', 'status approved\n    review 2026-04-20 by ana status pending\n\n    organize']], approved: false },
        ];
        for (const c of cases) {
            it(c.name, async () => {
                const files = edited(c.edit);
                assert.equal(await planReviewFires(files), !c.approved, 'plan-review');
                const model = await modelOfFiles(files);
                const team = model.teams[0];
                assert.equal(team.reviewStatus === 'approved', c.approved, `reviewStatus ${team.reviewStatus}`);
                const html = renderHtml(model);
                assert.equal(html.includes('A business champion approved this plan'), c.approved, 'the HTML render');
                const markdown = renderMarkdown(model);
                assert.equal(markdown.includes('**Review:** ✓ Approved'), c.approved, 'the Markdown render');
            });
        }
    });
});

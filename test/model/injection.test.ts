/**
 * Plan text is data. A plan where every string (every title, name, free-text
 * field) is a hostile or awkward value renders as that text, never as
 * markup: the HTML gets no element, attribute or script from it, and the
 * Markdown, rendered by a real GitHub-flavoured renderer (marked), gets no
 * image, link or raw HTML from it. A model whose every string (ids, file
 * names, rule ids, enum values, dates too) is such a value is rendered
 * safely as well.
 */
import { strict as assert } from 'node:assert';
import { renderHtml } from '../../language/model/render/html.js';
import { renderMarkdown } from '../../language/model/render/markdown.js';
import type { ActionPlanModel } from '../../language/model/schema.js';
import { exampleModel, modelOfFiles } from './example.js';
import { assertSafeHtml, assertSafeMarkdown, hostilePlan, PAYLOADS, poisoned } from './hostile.js';
import { tagsOf } from './markup.js';

describe('plan text that looks like markup', () => {
    let example: ActionPlanModel;
    before(async () => {
        example = await exampleModel();
    });

    for (const payload of PAYLOADS) {
        describe(JSON.stringify(payload), () => {
            let model: ActionPlanModel;
            before(async () => {
                model = await modelOfFiles(hostilePlan(payload));
            });

            it('is in every string of the plan, and in a diagnostic', () => {
                assert.equal(model.partnerships[0].title, payload);
                assert.equal(model.partnerships[0].industry, payload);
                assert.equal(model.people[0].fullName, payload);
                const [team] = model.teams;
                assert.equal(team.title, payload);
                assert.deepEqual(team.wins.map(w => w.title), [payload, payload, payload, payload]);
                assert.deepEqual(team.wins.flatMap(w => w.supports.map(s => s.role)), [payload, payload, payload, payload]);
                assert.equal(team.wins[0].assessment, payload);
                assert.equal(team.responders[0].commits[0].what, payload);
                assert.equal(team.successes[0].measures[0].target, payload);
                assert.equal(team.firstSteps[0].what, payload);
                assert.equal(team.involves[0].who, payload);
                assert.equal(team.organizes[0].what, payload);
                assert.ok(model.diagnostics.some(d => d.message.includes(payload)), 'no diagnostic quotes the text');
            });

            it('renders as text in the HTML', () => {
                assertSafeHtml(renderHtml(model), payload);
                assertSafeHtml(renderHtml(model, { theme: 'vscode', linkSources: true }), payload);
                const script = 'window.__ours = 1;';
                assertSafeHtml(renderHtml(model, { theme: 'vscode', nonce: 'R4nd0m', cspSource: 'vscode-webview://a', linkSources: true, script }), payload, { script });
            });

            it('renders as text in the Markdown', async () => {
                await assertSafeMarkdown(renderMarkdown(model), payload);
            });

            for (const keepDates of [true, false]) {
                it(`renders safely when every string of the model is it${keepDates ? ' (dates kept)' : ', dates and enums too'}`, async () => {
                    const bad = poisoned(example, payload, keepDates);
                    assertSafeHtml(renderHtml(bad, { linkSources: true }), payload);
                    await assertSafeMarkdown(renderMarkdown(bad), payload);
                });
            }
        });
    }

    it('escapes what the webview passes in: nonce and CSP source', () => {
        const html = renderHtml(example, { nonce: `"><img src=x onerror=alert(1)>`, cspSource: `"><script>alert(1)</script>` });
        assert.doesNotMatch(html, /<img|<script/);
        tagsOf(html);
    });
});

/**
 * The sample workspaces (samples/northwind meets every rule, samples/needs-work
 * breaks each at least once) rendered as HTML and Markdown: every team, win
 * and diagnostic is in the document, in its place, and nothing but the
 * renderer's own markup.
 */
import { strict as assert } from 'node:assert';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { marked } from 'marked';
import { renderHtml } from '../../language/model/render/html.js';
import { renderMarkdown } from '../../language/model/render/markdown.js';
import { escapeHtml } from '../../language/model/render/escape.js';
import type { ActionPlanModel } from '../../language/model/schema.js';
import { sampleModel } from './example.js';
import { assertSafeHtml, assertSafeMarkdown } from './hostile.js';
import { squash, textOf } from './markup.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SAMPLES = ['samples/northwind', 'samples/needs-work'];

for (const sample of SAMPLES) {
    describe(`rendering ${sample}`, function () {
        this.timeout(60000);
        let model: ActionPlanModel;
        before(async function () {
            if (!existsSync(path.join(REPO, sample))) this.skip();
            model = await sampleModel(sample);
        });

        it('has every team, win and diagnostic in the HTML, each diagnostic once, under its team or plan-wide', () => {
            const html = renderHtml(model, { linkSources: true });
            assertSafeHtml(html, model.partnerships[0].title);
            const text = squash(textOf(html));
            for (const team of model.teams) {
                assert.ok(text.includes(team.title), team.title);
                for (const win of team.wins) assert.ok(html.includes(`<span class="win-title">${escapeHtml(win.title)}</span>`), win.title);
            }
            const items = html.match(/<li class="diag sev-/g) ?? [];
            assert.equal(items.length, model.diagnostics.length);
            for (const d of model.diagnostics) {
                assert.ok(html.includes(`<p class="diag-msg">${escapeHtml(d.message)}</p>`), d.message);
                assert.ok(html.includes(`data-source-file="${escapeHtml(d.file)}" data-source-line="${d.line}" data-source-column="${d.column}"`), `${d.file}:${d.line}`);
            }
            const dated = model.teams.flatMap(t => t.wins).filter(w => w.due !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(w.due)).length;
            assert.equal((html.match(/<g class="tl-win /g) ?? []).length, dated);
        });

        it('has every team, win and diagnostic in the Markdown', async () => {
            const markdown = renderMarkdown(model);
            await assertSafeMarkdown(markdown, model.partnerships[0].title);
            const text = squash(textOf(await marked.parse(markdown, { gfm: true })));
            for (const team of model.teams) {
                assert.ok(text.includes(team.title));
                for (const win of team.wins) assert.ok(text.includes(win.title), win.title);
            }
            for (const d of model.diagnostics) assert.ok(text.includes(squash(d.message)), d.message);
        });
    });
}

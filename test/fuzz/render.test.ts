/**
 * Property: the resolved model, its renderers (HTML, Markdown, JSON) and the
 * diff never throw, on any plan (valid, mutated, or noise: the preview draws
 * while someone types), and what they write is ours only: the model matches
 * its schema, the HTML holds no markup but the renderer's own, the Markdown
 * (as GitHub renders it) no link, image, HTML or mention, the diff matches
 * its schema and its Markdown the same.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { marked } from 'marked';
import { URI } from 'langium';
import { buildModel } from '../../language/model-builder.js';
import { diffModels, diffSchema, renderDiffMarkdown, renderDiffText } from '../../language/model/diff/index.js';
import { renderHtml } from '../../language/model/render/html.js';
import { renderMarkdown } from '../../language/model/render/markdown.js';
import { modelSchema, type ActionPlanModel } from '../../language/model/schema.js';
import { assertOnlyOurMarkup, assertSafeMarkdown } from '../model/hostile.js';
import { tagsOf } from '../model/markup.js';
import { anyWorkspace, mutatedWorkspace, noise, validWorkspace, type PlanFiles } from './arbitraries.js';
import { fuzz, runsOf, withWorkspace } from './harness.js';

interface Built {
    model: ActionPlanModel;
    /** No file has a syntax error: every element is complete, and the model must match its schema. */
    parses: boolean;
}

async function modelOf(files: PlanFiles, asOf: string): Promise<Built> {
    return withWorkspace(files, ({ root, documents }) => ({
        model: buildModel([...documents.values()], { asOf, fileName: (uri: URI) => uri.path.slice(root.length + 1) }),
        parses: [...documents.values()].every(d => d.parseResult.lexerErrors.length === 0 && d.parseResult.parserErrors.length === 0),
    }), { asOf });
}

const SCRIPT = 'window.__ours = 1;';

async function assertRendersSafely({ model, parses }: Built): Promise<void> {
    // A plan with syntax errors has elements the parser recovered without a name or title; the renderers draw
    // them (the preview does while someone types), but the model then has gaps its schema does not allow.
    const json = JSON.stringify(model);
    if (parses) modelSchema.parse(JSON.parse(json));
    assertOnlyOurMarkup(renderHtml(model));
    assertOnlyOurMarkup(renderHtml(model, { theme: 'vscode', nonce: 'R4nd0m', cspSource: 'vscode-webview://a', linkSources: true, script: SCRIPT }), SCRIPT);
    await assertSafeMarkdown(renderMarkdown(model), '');
}

/** The diff's Markdown: escaped like the document's, inside the one <details> the renderer writes. */
async function assertSafeDiffMarkdown(markdown: string): Promise<void> {
    const ours = markdown.replace(/^<details>$|^<summary>Details<\/summary>$|^<\/details>$/gm, '');
    assert.doesNotMatch(ours, /</, 'a raw < in the diff Markdown');
    assert.doesNotMatch(ours, /(^|[^\\\p{L}\p{N}])@[\p{L}\p{N}]/u, 'a mention in the diff Markdown');
    const html = await marked.parse(markdown, { gfm: true });
    const allowed = new Set(['h1', 'h2', 'h3', 'h4', 'p', 'ul', 'li', 'strong', 'em', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'hr', 'br', 'details', 'summary', 'code']);
    for (const tag of tagsOf(html)) {
        if (tag.name === 'a' && !tag.closing) {
            // Rule ids link to the rule's page (ruleUrl): the only links there are.
            assert.deepEqual(tag.attributes.map(([n]) => n), ['href'], tag.raw);
            assert.match(tag.attributes[0][1] ?? '', /^https:\/\/example\.com\/[a-z-]+$/, tag.raw);
            continue;
        }
        assert.ok(allowed.has(tag.name) || tag.raw === '</a>', `markup from plan text: ${tag.raw}`);
        assert.deepEqual(tag.attributes.filter(([n]) => n !== 'align'), [], tag.raw);
    }
}

const asOf = fc.constantFrom('2026-05-01', '2026-01-01', '2027-12-31', '2024-02-29');

describe('fuzz: model, renderers and diff', () => {
    fuzz('the model and every renderer, on valid and mutated plans', fc.tuple(anyWorkspace, asOf), async ([w, date]) => {
        await assertRendersSafely(await modelOf(w.files, date));
    }, { runs: runsOf(30, 0.06) });

    fuzz('the model and every renderer, on noise', fc.tuple(noise, asOf), async ([text, date]) => {
        await assertRendersSafely(await modelOf({ 'noise.plan': text }, date));
    }, { runs: runsOf(15, 0.02) });

    fuzz('the diff of a plan and its mutation, or of two plans', fc.tuple(validWorkspace, fc.oneof(mutatedWorkspace, validWorkspace), asOf), async ([base, head, date]) => {
        const before = await modelOf(base.files, date);
        const after = await modelOf(head.files, date);
        for (const [a, b] of [[before, after], [after, before], [before, before]]) {
            const result = diffModels(a.model, b.model, { base: { label: 'base', revision: 'abc123' }, head: { label: 'working tree' } });
            const json = JSON.stringify(result);
            if (a.parses && b.parses) diffSchema.parse(JSON.parse(json));
            await assertSafeDiffMarkdown(renderDiffMarkdown(result));
            await assertSafeDiffMarkdown(renderDiffMarkdown(result, { maxLength: 2000, ruleUrl: rule => `https://example.com/${rule}` }));
            const text = renderDiffText(result);
            assert.doesNotMatch(text, /[\u0000-\u0008\u000b-\u001f\u007f]/, 'a control character in the text diff');
        }
    }, { runs: runsOf(30, 0.06) });
});

/**
 * `actionplan render` (cli/render.ts), run in process on the example written
 * to a temp folder: each format to a file with `-o`, html by default.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { DEFAULT_RENDER_FORMAT, RENDER_FORMATS, runRender } from '../../cli/render.js';
import { modelSchema } from '../../language/model/schema.js';
import { ATTRIBUTION } from '../../language/model/render/words.js';
import { EXAMPLE_AS_OF, EXAMPLE_FILES } from './example.js';
import { squash, textOf } from './markup.js';

describe('actionplan render', () => {
    let dir: string;
    before(() => {
        dir = mkdtempSync(path.join(tmpdir(), 'actionplan-render-'));
        for (const [file, text] of Object.entries(EXAMPLE_FILES)) {
            mkdirSync(path.dirname(path.join(dir, 'plans', file)), { recursive: true });
            writeFileSync(path.join(dir, 'plans', file), text);
        }
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    async function render(format: (typeof RENDER_FORMATS)[number] | undefined, output: string): Promise<string> {
        const code = await runRender(['plans'], { ...(format ? { format } : {}), asOf: EXAMPLE_AS_OF, output }, dir);
        assert.equal(code, 0);
        return readFileSync(path.join(dir, output), 'utf8');
    }

    it('offers html, md, json and ics, html first and by default', () => {
        assert.deepEqual([...RENDER_FORMATS], ['html', 'md', 'json', 'ics']);
        assert.equal(DEFAULT_RENDER_FORMAT, 'html');
    });

    it('writes the HTML document, with files named from the current folder', async () => {
        const html = await render('html', 'out/plan.html');
        assert.match(html, /^<!DOCTYPE html>/);
        const text = squash(textOf(html));
        assert.ok(text.includes('Host teacher tours in four plants'));
        assert.ok(text.includes('plans/partnership.plan:11'));
        assert.ok(text.includes(ATTRIBUTION));
        assert.ok(!html.includes('data-source-'), 'a saved file has no source links');
        assert.equal(await render(undefined, 'out/default.html'), html);
    });

    it('writes the Markdown document', async () => {
        const markdown = await render('md', 'out/plan.md');
        assert.match(markdown, /^# Action Plan: Northern Colorado Manufacturing Partnership\n/);
        assert.ok(markdown.includes('plans/partnership.plan:11'));
    });

    it('writes the model as JSON', async () => {
        const model = modelSchema.parse(JSON.parse(await render('json', 'out/model.json')));
        assert.deepEqual(model.files, ['plans/partnership.plan', 'plans/teams/talent.plan']);
    });
});

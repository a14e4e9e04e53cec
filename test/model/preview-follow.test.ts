/**
 * The preview follows the editor: the place of the cursor maps to the anchor
 * of its team's section (render/anchors.ts), the messages both ways are
 * validated (client/messages.ts), and the webview's own script scrolls to
 * the anchor it is sent, checked in Debian's Chromium (as chromium.test.ts,
 * /usr/bin/chromium is required) with a stand-in for the webview API.
 */
import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { planPathSchema, previewMessageSchema, webviewMessageSchema } from '../../client/messages.js';
import { PREVIEW_SCRIPT } from '../../client/preview-script.js';
import { anchorAt } from '../../language/model/render/anchors.js';
import { renderHtml } from '../../language/model/render/html.js';
import type { ActionPlanModel } from '../../language/model/schema.js';
import { sampleModel } from './example.js';

const CHROMIUM = '/usr/bin/chromium';
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

describe('the preview follows the editor', () => {
    let model: ActionPlanModel;
    let files: Record<string, string>;
    before(async () => {
        model = await sampleModel('samples/northwind');
        const { readFileSync } = await import('node:fs');
        files = Object.fromEntries(model.files.map(f => [f, readFileSync(path.resolve(import.meta.dirname, '../..', f), 'utf8')]));
    });

    it('maps a line of a plan file to the anchor of its section', () => {
        const teams = model.teams.map(t => ({ name: t.name, file: t.source.file }));
        assert.ok(teams.length >= 3);
        const html = renderHtml(model);
        const anchors = teams.map(t => anchorAt(model, t.file, lineOf(files[t.file], `team ${t.name} `) + 2));
        assert.equal(new Set(anchors).size, teams.length, 'each team its own anchor');
        for (const [i, anchor] of anchors.entries()) {
            assert.ok(anchor, `${teams[i].name} has an anchor`);
            const section = new RegExp(`<section class="team" id="${anchor}"[^>]*>\\s*<div class="team-head">\\s*<p[^>]*>[^<]*</p>\\s*<h2[^>]*>([^<]*)</h2>`).exec(html);
            assert.equal(section?.[1], model.teams.find(t => t.name === teams[i].name)!.title, `${anchor} is the section of ${teams[i].name}`);
        }
        const partnership = model.partnerships[0].source;
        assert.equal(anchorAt(model, partnership.file, partnership.line + 1), 'priorities-heading');
        assert.match(html, /id="priorities-heading"/);
        const person = model.people[0].source;
        assert.equal(anchorAt(model, person.file, person.line), undefined, 'a person has no section');
        assert.equal(anchorAt(model, 'elsewhere.plan', 1), undefined);
    });

    it('validates the messages both ways', () => {
        assert.ok(previewMessageSchema.safeParse({ type: 'scrollTo', anchor: 'team-2' }).success);
        assert.ok(!previewMessageSchema.safeParse({ type: 'scrollTo', anchor: 'x"><img' }).success);
        assert.ok(!previewMessageSchema.safeParse({ type: 'scrollTo' }).success);
        assert.ok(webviewMessageSchema.safeParse({ type: 'reveal', file: 'teams/nursing.plan', line: 3, column: 1 }).success);
        for (const file of ['/etc/passwd.plan', 'file:///x/a.plan', '../out.plan', 'teams/../../out.plan', 'a\\b.plan', 'teams//a.plan', 'notes.txt', 'C:/x.plan']) {
            assert.ok(!planPathSchema.safeParse(file).success, file);
            assert.ok(!webviewMessageSchema.safeParse({ type: 'reveal', file, line: 1, column: 1 }).success, file);
        }
    });

    describe('in Chromium, the webview script', () => {
        let context: BrowserContext;
        let profile: string;
        before(async () => {
            assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing: install Debian's Chromium with 'apt-get install -y chromium'`);
            profile = mkdtempSync(path.join(tmpdir(), 'actionplan-preview-'));
            context = await chromium.launchPersistentContext(profile, {
                executablePath: CHROMIUM, headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu'], viewport: { width: 1000, height: 600 },
            });
        });
        after(async () => {
            await context?.close();
            if (profile) rmSync(profile, { recursive: true, force: true });
        });

        it('scrolls to the anchor it is sent, ignores a malformed message, and says it is ready', async () => {
            const html = renderHtml(model, { theme: 'vscode', nonce: 'bm9uY2U=', linkSources: true, script: PREVIEW_SCRIPT });
            const file = path.join(profile, 'preview.html');
            writeFileSync(file, html);
            const page = await context.newPage();
            const errors: string[] = [];
            page.on('pageerror', error => errors.push(error.message));
            // A string, not a function: the test runner's transform would add helpers the page does not have.
            await page.addInitScript({ content: `window.posted = []; window.acquireVsCodeApi = () => ({
                postMessage: message => window.posted.push(message), getState: () => undefined, setState: () => undefined });` });
            await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
            assert.deepEqual(await page.evaluate('window.posted'), [{ type: 'ready' }]);
            const top = (id: string) => page.evaluate(`Math.round(document.getElementById(${JSON.stringify(id)}).getBoundingClientRect().top)`) as Promise<number>;
            const last = `team-${model.teams.length}`;
            assert.ok(await top(last) > 600, 'the last team starts below the fold');
            const send = (message: unknown) => page.evaluate(`window.postMessage(${JSON.stringify(message)}, '*')`);
            await send({ type: 'scrollTo', anchor: 'x"]' });
            await send({ type: 'scrollTo' });
            await send({ type: 'scrollTo', anchor: last, extra: 1 });
            // Polled from here: the page's CSP allows no eval, which waitForFunction needs.
            const atTop = async (id: string) => {
                for (const start = Date.now(); Date.now() - start < 3000; await new Promise(r => setTimeout(r, 50))) {
                    if (Math.abs(await top(id)) < 2) return;
                }
                assert.fail(`#${id} is at ${await top(id)}px, not scrolled to the top`);
            };
            await atTop(last);
            assert.ok(await page.evaluate('window.scrollY') as number > 0);
            await send({ type: 'scrollTo', anchor: 'priorities-heading' });
            await atTop('priorities-heading');
            assert.deepEqual(errors, []);
            await page.close();
        });
    });
});

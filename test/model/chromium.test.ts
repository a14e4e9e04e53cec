/**
 * The HTML Action Plan as a reader gets it: Debian's Chromium (driven by
 * playwright-core) opens the rendered file and we check what shows, what
 * loads and what runs. Screenshots land in test-results/ (action-plan.png,
 * action-plan-dark.png) with the page (action-plan.html) and a print PDF.
 *
 * Needs /usr/bin/chromium (`apt-get install -y chromium`); without it this
 * test fails, it does not skip: CI installs it.
 */
import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { renderHtml } from '../../language/model/render/html.js';
import type { ActionPlanModel } from '../../language/model/schema.js';
import { exampleModel, modelOfFiles, sampleModel } from './example.js';
import { hostilePlan, PAYLOADS } from './hostile.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const RESULTS = path.join(REPO, 'test-results');
const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

interface Opened {
    page: Page;
    url: string;
    /** Every request the page started, by URL. */
    requests: string[];
    /** Requests the browser refused to send, and why (`csp`). */
    failed: Array<{ url: string; reason: string }>;
    dialogs: string[];
    errors: string[];
}

/** The WCAG contrast ratio of every element matching `selector`: its colour on its background (or the page's). */
const CONTRASTS = (selector: string) => `(() => {
    const parse = value => {
        let m = /rgba?\\(([\\d.]+),? ([\\d.]+),? ([\\d.]+)(?:,? \\/? ?([\\d.]+))?\\)/.exec(value);
        if (m) return [m[1] / 255, m[2] / 255, m[3] / 255, m[4] === undefined ? 1 : Number(m[4])];
        m = /color\\(srgb ([\\d.e-]+) ([\\d.e-]+) ([\\d.e-]+)(?: \\/ ([\\d.]+))?\\)/.exec(value);
        if (m) return [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])];
        throw new Error('colour ' + value);
    };
    const lum = ([r, g, b]) => [r, g, b].map(c => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
        .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
    const backgroundOf = element => {
        for (let e = element; e; e = e.parentElement) {
            const c = parse(getComputedStyle(e).backgroundColor);
            if (c[3] > 0.5) return c;
        }
        return parse(getComputedStyle(document.documentElement).backgroundColor);
    };
    return [...document.querySelectorAll(${JSON.stringify(selector)})].map(e => {
        const fg = lum(parse(getComputedStyle(e).color));
        const bg = lum(backgroundOf(e));
        return { text: e.textContent.trim().slice(0, 40), ratio: (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05) };
    });
})()`;

describe('the HTML Action Plan in Chromium', function () {
    this.timeout(180000);
    let context: BrowserContext;
    let profile: string;
    let model: ActionPlanModel;

    before(async () => {
        assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing: install Debian's Chromium with 'apt-get install -y chromium'`);
        mkdirSync(RESULTS, { recursive: true });
        profile = mkdtempSync(path.join(tmpdir(), 'actionplan-chromium-'));
        context = await chromium.launchPersistentContext(profile, {
            executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1100, height: 900 }, colorScheme: 'light',
        });
        model = await exampleModel();
    });

    after(async () => {
        await context?.close();
        if (profile) rmSync(profile, { recursive: true, force: true });
    });

    async function open(html: string, name: string): Promise<Opened> {
        const file = path.join(RESULTS, `${name}.html`);
        writeFileSync(file, html);
        const url = pathToFileURL(file).href;
        const page = await context.newPage();
        const opened: Opened = { page, url, requests: [], failed: [], dialogs: [], errors: [] };
        page.on('request', request => opened.requests.push(request.url()));
        page.on('requestfailed', request => opened.failed.push({ url: request.url(), reason: request.failure()?.errorText ?? '' }));
        page.on('dialog', dialog => {
            opened.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
            void dialog.dismiss();
        });
        page.on('console', message => {
            if (message.type() === 'error') opened.errors.push(message.text());
        });
        page.on('pageerror', error => opened.errors.push(error.message));
        await page.goto(url, { waitUntil: 'load' });
        await page.waitForTimeout(200);
        return opened;
    }

    function assertQuiet(opened: Opened): void {
        assert.deepEqual(opened.requests.filter(u => u !== opened.url && !u.startsWith('data:')), [], 'requests that leave the page');
        assert.deepEqual(opened.dialogs, [], 'a JavaScript dialog opened');
        assert.deepEqual(opened.errors, [], 'console errors');
    }

    async function box(page: Page, selector: string, hasText?: string): Promise<{ width: number; height: number }> {
        let locator = page.locator(selector);
        if (hasText !== undefined) locator = locator.filter({ hasText });
        assert.ok(await locator.count() >= 1, `nothing matches ${selector}${hasText ? ` with '${hasText}'` : ''}`);
        const found = await locator.first().boundingBox();
        assert.ok(found && found.width > 0 && found.height > 0, `${selector}${hasText ? ` '${hasText}'` : ''} is not visible`);
        return found;
    }

    it('shows the example: header, timeline, every win, the diagnostics; loads nothing; screenshots in light and dark', async () => {
        const opened = await open(renderHtml(model), 'action-plan');
        const { page } = opened;
        await box(page, 'h1', 'Northern Colorado Manufacturing Partnership');
        const timeline = await box(page, 'svg.timeline');
        assert.ok(timeline.width > 600, `the timeline is ${timeline.width}px wide`);
        assert.equal(await page.locator('svg.timeline g.tl-win').count(), 4);
        for (const win of model.teams[0].wins) {
            await box(page, '.win-title', win.title);
            await box(page, 'svg.timeline .tl-label', win.title);
            await box(page, `svg.timeline g.tl-win[data-win="${win.qualifiedName}"]`);
        }
        await box(page, 'svg.timeline .tl-window');
        await box(page, 'svg.timeline .tl-asof');
        assert.equal(await page.locator('.diagnostics li').count(), model.diagnostics.length);
        for (const d of model.diagnostics) await box(page, '.diagnostics li', d.message);
        await box(page, 'footer', 'Rules derived from Guidance on Building and Sustaining Action Teams');
        assert.equal(await page.evaluate('document.querySelectorAll("script, img, iframe, object, embed, link").length'), 0);

        // Text reads well: body text at 7:1 or more, everything else (badges, muted text) at 4.5:1 or more.
        const check = async (scheme: string) => {
            for (const { text, ratio } of await page.evaluate(CONTRASTS('h1, h2, .win-title, .diag-msg')) as Array<{ text: string; ratio: number }>) {
                assert.ok(ratio >= 7, `${scheme}: '${text}' has contrast ${ratio.toFixed(2)}`);
            }
            for (const { text, ratio } of await page.evaluate(CONTRASTS('.badge, .chip, .muted, .meta, .eyebrow, .hint, .diag-where, .sub, th, footer')) as Array<{ text: string; ratio: number }>) {
                assert.ok(ratio >= 4.5, `${scheme}: '${text}' has contrast ${ratio.toFixed(2)}`);
            }
        };
        await check('light');
        assert.equal(await page.evaluate('getComputedStyle(document.body).backgroundColor'), 'rgb(255, 255, 255)');
        await page.screenshot({ path: path.join(RESULTS, 'action-plan.png'), fullPage: true });

        await page.emulateMedia({ colorScheme: 'dark' });
        assert.equal(await page.evaluate('getComputedStyle(document.body).backgroundColor'), 'rgb(15, 19, 24)');
        await check('dark');
        await page.screenshot({ path: path.join(RESULTS, 'action-plan-dark.png'), fullPage: true });

        // Print: light colours even from a dark screen, a page per team.
        await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
        assert.equal(await page.evaluate('getComputedStyle(document.body).backgroundColor'), 'rgb(255, 255, 255)');
        assert.equal(await page.evaluate('getComputedStyle(document.querySelector("section.team")).breakBefore'), 'page');
        await page.pdf({ path: path.join(RESULTS, 'action-plan.pdf'), format: 'A4', printBackground: true });
        assert.ok(statSync(path.join(RESULTS, 'action-plan.pdf')).size > 10_000);

        assertQuiet(opened);
        await page.close();
    });

    it('runs nothing that was slipped into a saved file: its CSP blocks scripts and loads', async () => {
        // example.invalid is a reserved name that never resolves: nothing could leave even if the CSP let it.
        const tampered = renderHtml(model).replace('<body>', '<body><script>window.ran = 1</script><img src="x.png"><img src="https://example.invalid/y.png">');
        const opened = await open(tampered, 'action-plan-tampered');
        assert.equal(await opened.page.evaluate('typeof window.ran'), 'undefined');
        const others = opened.requests.filter(u => u !== opened.url);
        assert.equal(others.length, 2);
        assert.deepEqual(opened.failed, others.map(url => ({ url, reason: 'csp' })), 'the images are refused by the CSP, before any request is sent');
        assert.equal(opened.errors.filter(e => /violates the following Content Security Policy/i.test(e)).length, 3);
        await opened.page.close();
    });

    it('in the webview form: the style and the renderer’s own script apply by nonce, and clicks find their source', async () => {
        const html = renderHtml(model, {
            theme: 'vscode', nonce: 'bm9uY2U0dGVzdA==', linkSources: true,
            script: 'document.body.dataset.ours = String(document.querySelectorAll("[data-source-line]").length);',
        });
        const opened = await open(html, 'action-plan-webview');
        const { page } = opened;
        assert.ok(Number(await page.evaluate('document.body.dataset.ours')) > 20, 'the nonce’d script did not run');
        assert.equal(await page.evaluate('getComputedStyle(document.querySelector(".win")).borderLeftWidth'), '4px', 'the nonce’d style did not apply');
        const source = await page.locator('.win', { hasText: 'Host teacher tours in four plants' }).first().getAttribute('data-source-line');
        assert.equal(source, '19');
        await page.screenshot({ path: path.join(RESULTS, 'action-plan-webview.png'), fullPage: false });
        assertQuiet(opened);
        await page.close();
    });

    it('shows every diagnostic of samples/needs-work, each at its place', async function () {
        if (!existsSync(path.join(REPO, 'samples/needs-work'))) this.skip();
        const sample = await sampleModel('samples/needs-work');
        const opened = await open(renderHtml(sample), 'needs-work');
        const { page } = opened;
        assert.equal(await page.locator('.diagnostics li').count(), sample.diagnostics.length);
        for (const [i, d] of sample.diagnostics.entries()) {
            const item = page.locator('.diagnostics li').nth(i);
            const found = await item.boundingBox();
            assert.ok(found && found.width > 0 && found.height > 0, `diagnostic ${d.rule} at ${d.file}:${d.line} is not visible`);
        }
        assert.equal(await page.locator('svg.timeline').count(), sample.teams.length);
        await page.screenshot({ path: path.join(RESULTS, 'needs-work.png'), fullPage: true });
        assertQuiet(opened);
        await page.close();
    });

    for (const [i, payload] of PAYLOADS.entries()) {
        it(`shows ${JSON.stringify(payload)} as text, opens no dialog, logs no error, loads nothing`, async () => {
            const hostile = await modelOfFiles(hostilePlan(payload));
            for (const [variant, html] of [
                ['export', renderHtml(hostile)],
                ['webview', renderHtml(hostile, { theme: 'vscode', nonce: 'c2FmZQ==', linkSources: true, script: 'document.body.dataset.ours = "1";' })],
            ] as const) {
                const opened = await open(html, `injection-${i + 1}-${variant}`);
                const { page } = opened;
                assert.equal(await page.evaluate('document.querySelectorAll("img, iframe, object, embed, link, a[href^=\'javascript\']").length'), 0);
                assert.equal(await page.evaluate('document.querySelectorAll("script").length'), variant === 'webview' ? 1 : 0);
                assert.equal(await page.evaluate('[...document.querySelectorAll("*")].filter(e => [...e.attributes].some(a => /^on/i.test(a.name))).length'), 0);
                const text = await page.evaluate('document.body.innerText') as string;
                assert.ok(text.replace(/\s+/g, ' ').includes(payload.replace(/\s+/g, ' ')), `'${payload}' is not shown as text`);
                await box(page, '.win-title', payload);
                assertQuiet(opened);
                await page.close();
            }
        });
    }
});

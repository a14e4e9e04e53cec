/**
 * `npx tsx scripts/docs-screenshot.ts`: renders samples/northwind as HTML with
 * the built CLI and takes the screenshot that README and docs/ show, in
 * Debian's Chromium (light theme, 1100 px wide, the first team).
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const out = path.resolve('docs/images/action-plan.png');
const html = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'actionplan-shot-')), 'plan.html');
execFileSync(process.execPath, ['dist/cli/actionplan.cjs', 'render', 'samples/northwind', '--format', 'html', '-o', html]);
const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 2000 }, colorScheme: 'light' });
    await page.goto(pathToFileURL(html).href);
    await page.screenshot({ path: out, clip: { x: 0, y: 0, width: 1100, height: 2000 } });
    console.log(`wrote ${path.relative(process.cwd(), out)}`);
} finally {
    await browser.close();
}

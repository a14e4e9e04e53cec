/**
 * The end-to-end harness: code-server (VS Code 1.100.3 in the browser, with
 * the same Node extension host as the desktop build) on loopback, Debian's
 * Chromium driven by playwright-core, and the user-level helpers the steps use
 * (command palette, quick open, go to line, the Problems panel, the preview
 * webview). Everything goes through the UI as a user would drive it.
 *
 * Browser-side functions are written as source text and made functions with
 * `browser()`: tsx's transform can wrap named functions in a helper
 * (`__name`) that does not exist in the page, and a plain string is evaluated
 * as an expression, never called with the elements.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { chromium, type BrowserContext, type FrameLocator, type Locator, type Page } from 'playwright-core';

export const CHROMIUM = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
    '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync',
];

/** A function to run in the page, from its source text (kept as written: Playwright sends `toString()`). */
export function browser(source: string): (element: any) => any {
    return (0, eval)(`(${source})`);
}

/** A failed expectation, with what was seen. */
export class E2EError extends Error {}

export function expect(condition: unknown, message: string): asserts condition {
    if (!condition) throw new E2EError(message);
}

/** Retries `probe` until it returns a value that is not undefined, or fails with `describe()` after `timeout` ms. */
export async function poll<T>(probe: () => Promise<T | undefined>, timeout: number, describe: () => string | Promise<string>, interval = 500): Promise<T> {
    const deadline = Date.now() + timeout;
    let lastError: unknown;
    for (;;) {
        try {
            const value = await probe();
            if (value !== undefined) return value;
        } catch (error) {
            lastError = error;
        }
        if (Date.now() > deadline) {
            const why = await describe();
            const cause = lastError instanceof Error && !(lastError instanceof E2EError) ? ` (last error: ${lastError.message.split('\n')[0]})` : '';
            throw new E2EError(`${why} (waited ${Math.round(timeout / 1000)} s)${cause}`);
        }
        await new Promise(resolve => setTimeout(resolve, interval));
    }
}

export async function freePort(): Promise<number> {
    return new Promise((resolve, reject) => {
        const server = net.createServer();
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const address = server.address();
            const port = typeof address === 'object' && address ? address.port : 0;
            server.close(() => resolve(port));
        });
    });
}

export interface CodeServerOptions {
    bin: string;
    vsix: string;
    /** The run's own folder: user data, extensions, config. */
    home: string;
    /** A folder or .code-workspace file to open. */
    workspace: string;
    log: string;
}

/** code-server on 127.0.0.1 with no auth, its own user data and extensions, the extension installed from the .vsix. */
export class CodeServer {
    private process: ChildProcess | undefined;
    port = 0;

    constructor(private readonly options: CodeServerOptions) {}

    private get common(): string[] {
        const { home } = this.options;
        return ['--config', path.join(home, 'code-server.yaml'), '--user-data-dir', path.join(home, 'user-data'), '--extensions-dir', path.join(home, 'extensions')];
    }

    /** code-server keeps logs and a heartbeat under XDG_DATA_HOME whatever --user-data-dir says: keep them in the run's folder. */
    private get env(): NodeJS.ProcessEnv {
        const { home } = this.options;
        return {
            ...process.env, PASSWORD: undefined, HASHED_PASSWORD: undefined,
            XDG_DATA_HOME: path.join(home, 'xdg', 'data'), XDG_CONFIG_HOME: path.join(home, 'xdg', 'config'), XDG_CACHE_HOME: path.join(home, 'xdg', 'cache'),
        };
    }

    installExtension(): void {
        const result = spawnSync(this.options.bin, [...this.common, '--install-extension', this.options.vsix, '--force'], { encoding: 'utf8', env: this.env });
        const output = `${result.stdout}${result.stderr}`;
        if (result.status !== 0 || !/successfully installed/i.test(output)) {
            throw new E2EError(`code-server --install-extension ${this.options.vsix} failed (exit ${result.status}):\n${output}`);
        }
        const listed = spawnSync(this.options.bin, [...this.common, '--list-extensions'], { encoding: 'utf8', env: this.env }).stdout;
        if (!/^actionplans\.actionplan$/m.test(listed)) throw new E2EError(`the extension is not listed after install:\n${listed}`);
    }

    async start(): Promise<string> {
        this.port = await freePort();
        const log = fs.openSync(this.options.log, 'w');
        this.process = spawn(this.options.bin, [
            ...this.common, '--auth', 'none', '--bind-addr', `127.0.0.1:${this.port}`,
            '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', this.options.workspace,
        ], { stdio: ['ignore', log, log], detached: true, env: this.env });
        fs.closeSync(log);
        const exited = new Promise<never>((_, reject) => this.process!.once('exit', code => reject(new E2EError(`code-server exited with ${code}; see ${this.options.log}`))));
        exited.catch(() => undefined);
        const url = `http://127.0.0.1:${this.port}`;
        await Promise.race([exited, poll(async () => {
            const response = await fetch(`${url}/healthz`);
            return response.ok ? true : undefined;
        }, 30_000, () => `code-server did not answer on ${url}/healthz; see ${this.options.log}`, 250)]);
        return url;
    }

    /** Copies the logs of the run (code-server, the extension host, the "Action Plans" output channel) to `target`. */
    saveLogs(target: string): void {
        const { home } = this.options;
        for (const [from, to] of [[path.join(home, 'user-data', 'logs'), 'vscode'], [path.join(home, 'xdg', 'data', 'code-server', 'coder-logs'), 'code-server']]) {
            if (fs.existsSync(from)) fs.cpSync(from, path.join(target, to), { recursive: true });
        }
    }

    /** Ends code-server and everything it started (the extension host, the language server): its own process group. */
    async stop(): Promise<void> {
        const child = this.process;
        if (!child?.pid || child.exitCode !== null) return;
        const gone = new Promise<void>(resolve => child.once('exit', () => resolve()));
        try {
            process.kill(-child.pid, 'SIGTERM');
        } catch {
            return;
        }
        const timer = setTimeout(() => { try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* already gone */ } }, 5000);
        await gone;
        clearTimeout(timer);
    }
}

export async function launchBrowser(profile: string): Promise<BrowserContext> {
    return chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        headless: true,
        args: CHROMIUM_ARGS,
        viewport: { width: 1600, height: 1200 },
        // Hovers and the suggest widget follow the real pointer; no reduced motion tricks.
        timeout: 60_000,
    });
}

interface ProblemRow {
    index: number;
    level: number;
    last: boolean;
    /** A file row: the file's name and, as the panel shows it, its folder ("needs-work • teams"). */
    name?: string;
    folder?: string;
    message?: string;
    code?: string;
    where?: string;
    severity?: string;
}

export interface Problem {
    file: string;
    line: number;
    column: number;
    severity: string;
    rule: string;
    message: string;
}

/** A user at the keyboard of the VS Code workbench in the page. */
export class Workbench {
    constructor(readonly page: Page, readonly root: string) {}

    async waitReady(): Promise<void> {
        await this.page.locator('.monaco-workbench').waitFor({ timeout: 90_000 });
        await this.page.locator('.part.statusbar').waitFor({ timeout: 60_000 });
        // The explorer lists the workspace's folders once the file service answers.
        await this.page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
    }

    private async quickInputRows(): Promise<Array<{ label: string; index: number; focused: boolean }>> {
        return this.page.locator('.quick-input-widget .monaco-list-row').evaluateAll(browser(`rows => rows.map(r => ({
            label: r.getAttribute('aria-label') || '', index: Number(r.getAttribute('data-index')), focused: r.classList.contains('focused'),
        }))`));
    }

    /** Moves the quick input's focus with the arrow keys to the entry `wanted` accepts, then Enter (the list may still be filling). */
    private async chooseQuickInputRow(wanted: (label: string) => boolean, what: string): Promise<void> {
        await poll(async () => {
            const rows = await this.quickInputRows();
            const target = rows.find(r => wanted(r.label));
            if (!target) return undefined;
            const focused = rows.find(r => r.focused);
            if (focused && wanted(focused.label)) {
                await this.page.keyboard.press('Enter');
                return true;
            }
            await this.page.keyboard.press(focused && focused.index > target.index ? 'ArrowUp' : 'ArrowDown');
            return undefined;
        }, 20_000, async () => `${what}; the list shows: ${(await this.quickInputRows()).map(r => r.label).join(' | ') || 'nothing'}`, 100);
        await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });
    }

    private async dismissOverlays(): Promise<void> {
        // A quick input, a hover, a suggest widget or a code action menu left open by a previous step.
        for (let i = 0; i < 3; i++) await this.page.keyboard.press('Escape');
    }

    /** F1, type the command's title, run the entry whose label is exactly that title. */
    async runCommand(title: string): Promise<void> {
        await this.dismissOverlays();
        await this.page.keyboard.press('F1');
        const input = this.page.locator('.quick-input-widget .quick-input-box input');
        await input.waitFor({ state: 'visible', timeout: 10_000 });
        await input.fill(`>${title}`);
        await this.chooseQuickInputRow(label => label === title || label.startsWith(`${title},`), `the command palette has no command '${title}'`);
    }

    /** Ctrl+P, type the file's name, open the entry of that file (in the given workspace folder). */
    async openFile(relative: string): Promise<void> {
        const name = path.basename(relative);
        const folder = relative.split('/')[0];
        await this.dismissOverlays();
        await this.page.keyboard.press('Control+P');
        const input = this.page.locator('.quick-input-widget .quick-input-box input');
        await input.waitFor({ state: 'visible', timeout: 10_000 });
        await input.fill(name);
        // Entries read "people.plan needs-work" (multi-root: the folder and the path within it).
        await this.chooseQuickInputRow(label => label.startsWith(`${name} `) && label.includes(folder), `quick open has no entry for ${relative}`);
        await this.page.locator(`.editor-group-container.active .tab.active[aria-label^="${name}"]`).waitFor({ timeout: 20_000 });
        await this.activeEditor().locator('.view-lines .view-line').first().waitFor({ timeout: 20_000 });
    }

    activeEditor(): Locator {
        return this.page.locator('.editor-group-container.active .editor-container .monaco-editor').first();
    }

    /** Ctrl+G LINE:COLUMN in the active editor (1-based). */
    async goTo(line: number, column = 1): Promise<void> {
        await this.dismissOverlays();
        await this.page.keyboard.press('Control+G');
        const input = this.page.locator('.quick-input-widget .quick-input-box input');
        await input.waitFor({ state: 'visible', timeout: 10_000 });
        await input.fill(`:${line}:${column}`);
        await this.page.keyboard.press('Enter');
        await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });
        await poll(async () => ((await this.cursorPosition())?.line === line ? true : undefined), 5000,
            async () => `the cursor did not move to line ${line} (status bar: ${JSON.stringify(await this.cursorPosition())})`, 100);
    }

    /** The cursor position from the status bar's "Ln 16, Col 13". */
    async cursorPosition(): Promise<{ line: number; column: number } | undefined> {
        const text = await this.page.locator('.statusbar-item#status\\.editor\\.selection').textContent({ timeout: 2000 }).catch(() => null);
        const match = /Ln (\d+), Col (\d+)/.exec(text ?? '');
        return match ? { line: Number(match[1]), column: Number(match[2]) } : undefined;
    }

    /** The rendered text of a line of the active editor (with inlay hints, if any), after revealing it. */
    async lineText(line: number): Promise<string> {
        await this.goTo(line);
        const text = await this.activeEditor().evaluate(browser(`editor => {
            const number = [...editor.querySelectorAll('.margin-view-overlays .line-numbers')].find(n => n.textContent.trim() === '${line}');
            if (!number) return null;
            const top = number.parentElement.style.top;
            const view = [...editor.querySelectorAll('.view-lines .view-line')].find(v => v.style.top === top);
            return view ? view.textContent.replace(/\\u00a0/g, ' ') : null;
        }`)) as string | null;
        expect(text !== null, `line ${line} is not rendered in the editor`);
        return text;
    }

    /**
     * The Problems panel's rows, read from the top down. The tree renders only
     * the rows in view, so it is scrolled with the mouse wheel (the keyboard
     * would move the selection, and that opens each problem in an editor).
     */
    async problems(): Promise<Problem[]> {
        await this.runCommand('Problems: Focus on Problems View');
        const list = this.page.locator('.markers-panel .monaco-list').first();
        // With no problems at all the panel shows a message instead of the tree.
        const shown = await list.waitFor({ state: 'visible', timeout: 3000 }).then(() => true, () => false);
        if (!shown) return [];
        const box = await list.boundingBox();
        expect(box, 'the Problems panel has no list');
        await this.page.mouse.move(box.x + box.width - 40, box.y + box.height / 2);
        // Rows of the list itself, not the sticky copies of file headers above them.
        const read = async (): Promise<ProblemRow[]> => this.page.locator('.markers-panel .monaco-list-rows > .monaco-list-row[aria-level]').evaluateAll(browser(`rows => rows.map(r => ({
                index: Number(r.getAttribute('data-index')),
                level: Number(r.getAttribute('aria-level')),
                last: r.getAttribute('data-last-element') === 'true',
                name: r.querySelector('.resource-label-container .label-name')?.textContent ?? undefined,
                folder: r.querySelector('.resource-label-container .label-description')?.textContent ?? undefined,
                message: r.querySelector('.marker-message')?.textContent ?? undefined,
                code: r.querySelector('.marker-code')?.textContent ?? undefined,
                where: r.querySelector('.marker-line')?.textContent ?? undefined,
                severity: ['error', 'warning', 'info'].find(s => r.querySelector('.marker-icon')?.classList.contains(s)),
            }))`));
        for (let i = 0; i < 200 && !(await read()).some(r => r.index === 0); i++) {
            await this.page.mouse.wheel(0, -400);
            await this.page.waitForTimeout(30);
        }
        const rows = new Map<number, ProblemRow>();
        let unchanged = 0;
        while (unchanged < 3) {
            const seen = await read();
            const before = rows.size;
            seen.forEach(row => rows.set(row.index, row));
            if (seen.some(r => r.last) || seen.length === 0) break;
            unchanged = rows.size === before ? unchanged + 1 : 0;
            await this.page.mouse.wheel(0, 200);
            await this.page.waitForTimeout(50);
        }
        // The rows must run from 0 without a gap, or a file header could be missed.
        const indexes = [...rows.keys()].sort((a, b) => a - b);
        expect(indexes.every((index, i) => index === i), `the Problems panel was not read in full (rows ${indexes.join(',')})`);
        const problems: Problem[] = [];
        let file = '';
        for (const row of [...rows.values()].sort((a, b) => a.index - b.index)) {
            if (row.level === 1 && row.name) file = [...(row.folder ?? '').split(' • ').filter(Boolean), row.name].join('/');
            else if (row.level === 2 && row.message !== undefined) {
                const where = /Ln (\d+), Col (\d+)/.exec(row.where ?? '');
                problems.push({
                    file, line: Number(where?.[1] ?? 0), column: Number(where?.[2] ?? 0), severity: row.severity ?? '?',
                    rule: row.code ?? '', message: row.message,
                });
            }
        }
        return problems;
    }

    /** Maximizes the panel or restores it ("View: Toggle Maximized Panel"), judging its state by its height. */
    async maximizePanel(maximized: boolean): Promise<void> {
        const isMaximized = async () => {
            const panel = await this.page.locator('.part.panel').boundingBox();
            const viewport = this.page.viewportSize();
            return !!panel && !!viewport && panel.height > viewport.height * 0.6;
        };
        if ((await isMaximized()) === maximized) return;
        await this.runCommand('View: Toggle Maximized Panel');
        await poll(async () => ((await isMaximized()) === maximized ? true : undefined), 5000, () => `the panel did not ${maximized ? 'maximize' : 'restore'}`, 100);
    }

    /** The content frame of the (single) visible webview. */
    webview(): FrameLocator {
        return this.page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    }

    /** Token colours of a line: the text and CSS colour of each span. */
    async lineTokens(line: number): Promise<Array<{ text: string; color: string; className: string }>> {
        await this.goTo(line);
        return await this.activeEditor().evaluate(browser(`editor => {
            const number = [...editor.querySelectorAll('.margin-view-overlays .line-numbers')].find(n => n.textContent.trim() === '${line}');
            if (!number) return [];
            const top = number.parentElement.style.top;
            const view = [...editor.querySelectorAll('.view-lines .view-line')].find(v => v.style.top === top);
            if (!view) return [];
            return [...view.querySelectorAll('span > span')].map(s => ({
                text: s.textContent.replace(/\\u00a0/g, ' '), color: getComputedStyle(s).color, className: s.className,
            }));
        }`)) as Array<{ text: string; color: string; className: string }>;
    }

    async screenshot(file: string): Promise<void> {
        await this.page.screenshot({ path: file });
    }
}

/** Line and column (1-based) of the `occurrence`-th `needle` in a file. */
export function locate(file: string, needle: string, occurrence = 1): { line: number; column: number } {
    const text = fs.readFileSync(file, 'utf8');
    let at = -1;
    for (let i = 0; i < occurrence; i++) {
        at = text.indexOf(needle, at + 1);
        if (at < 0) throw new E2EError(`'${needle}' not found ${occurrence} time(s) in ${file}`);
    }
    const before = text.slice(0, at).split('\n');
    return { line: before.length, column: before[before.length - 1].length + 1 };
}

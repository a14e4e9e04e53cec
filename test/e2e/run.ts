/**
 * `npm run test:e2e`: the extension in a real VS Code (code-server 4.100.3,
 * VS Code 1.100.3 in Chromium), driven through the UI.
 *
 *   tsx test/e2e/run.ts                  build and package actionplan.vsix, set up code-server, run every step
 *   tsx test/e2e/run.ts --vsix FILE      test that .vsix instead (no build; the CLI oracle is dist/cli of this checkout)
 *   tsx test/e2e/run.ts --keep-going     run every step even after one fails
 *   tsx test/e2e/run.ts --keep           keep the temp folder (workspace copies, user data, logs)
 *   tsx test/e2e/run.ts --host web       only the web worker extension host run (node: only the Node host's)
 *
 * Two runs, each with fresh copies and user data: the extension in the Node extension host (every
 * step), then forced into the browser's web worker extension host, as in VS Code for the Web
 * (`remote.extensionKind: ["web"]`; its server is dist/web/server.js in a worker), for the steps
 * marked for both hosts.
 *
 * Screenshots of each step go to test-results/e2e/HOST/NN-step.png (NN-step.failed.png on failure),
 * code-server's output to test-results/e2e/code-server.log and the workbench's logs (the extension host,
 * the "Action Plans" output channel) to test-results/e2e/logs/. Exit code 0 when every step passed, else 1.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Locator } from 'playwright-core';
import { CodeServer, E2EError, launchBrowser, Workbench } from './harness.js';
import { steps, type Host, type StepContext } from './steps.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const option = (name: string) => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
};
const flag = (name: string) => args.includes(name);

const STEP_TIMEOUT = 150_000;
const RUN_TIMEOUT = Number(process.env.E2E_TIMEOUT_S ?? 480) * 1000;
const results = path.join(repo, 'test-results', 'e2e');

const started = Date.now();
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const log = (message: string) => console.log(`[e2e ${seconds(started).padStart(7)}] ${message}`);

let codeServer: CodeServer | undefined;
let browser: BrowserContext | undefined;
let home: string | undefined;

async function teardown(logs = path.join(results, 'logs')): Promise<void> {
    await browser?.close().catch(() => undefined);
    browser = undefined;
    await codeServer?.stop();
    try {
        codeServer?.saveLogs(logs);
    } catch {
        // the logs are a convenience
    }
    codeServer = undefined;
    if (home && !flag('--keep')) fs.rmSync(home, { recursive: true, force: true });
}

async function main(): Promise<number> {
    fs.rmSync(results, { recursive: true, force: true });
    fs.mkdirSync(results, { recursive: true });
    const timings: string[] = [];
    const phase = async <T>(name: string, run: () => T | Promise<T>): Promise<T> => {
        const at = Date.now();
        log(`${name} …`);
        const value = await run();
        timings.push(`${name} ${seconds(at)}`);
        return value;
    };

    // 1. The .vsix.
    let vsix = option('--vsix');
    if (vsix) {
        vsix = path.resolve(vsix);
        if (!fs.existsSync(vsix)) throw new E2EError(`no such .vsix: ${vsix}`);
    } else {
        await phase('build and package', () => {
            const build = spawnSync('npm', ['run', 'package'], { cwd: repo, encoding: 'utf8' });
            if (build.status !== 0) throw new E2EError(`npm run package failed (exit ${build.status}):\n${build.stdout}${build.stderr}`);
        });
        vsix = path.join(repo, 'actionplan.vsix');
    }
    const cli = path.join(repo, 'dist', 'cli', 'actionplan.cjs');
    if (!fs.existsSync(cli)) throw new E2EError(`${cli} is missing: run npm run build first (the CLI is the suite's oracle)`);

    // 2. code-server, cached in .cache/code-server.
    const bin = await phase('set up code-server', () => {
        const setup = spawnSync('bash', [path.join(repo, 'scripts', 'e2e', 'setup-code-server.sh')], { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
        if (setup.status !== 0) throw new E2EError(`scripts/e2e/setup-code-server.sh failed (exit ${setup.status})`);
        return setup.stdout.trim().split('\n').pop()!;
    });

    const hosts: Host[] = option('--host') ? [option('--host') as Host] : ['node', 'web'];
    if (hosts.some(h => h !== 'node' && h !== 'web')) throw new E2EError(`--host is node or web, not ${option('--host')}`);
    const notes: string[] = [];
    const failures: string[] = [];
    let ran = 0;
    for (const host of hosts) {
        ran += await runHost(host, { bin, vsix, cli, notes, failures, phase });
        if (failures.length && !flag('--keep-going')) break;
    }

    for (const note of notes) log(`note: ${note}`);
    log(`timings: ${timings.join(', ')}; total ${seconds(started)}`);
    log(`screenshots: ${path.relative(repo, results)}/{${hosts.join(',')}}/`);
    if (failures.length) {
        console.error(`\nE2E FAILED: ${failures.length} step(s) failed\n${failures.map(f => `  ✗ ${f}`).join('\n')}`);
        return 1;
    }
    log(`E2E PASSED: ${ran} steps in ${hosts.join(' and ')} extension host${hosts.length > 1 ? 's' : ''}`);
    return 0;
}

interface RunOptions {
    bin: string;
    vsix: string;
    cli: string;
    notes: string[];
    failures: string[];
    phase<T>(name: string, run: () => T | Promise<T>): Promise<T>;
}

/** One code-server with the extension in `host`'s extension host, and the steps for that host; returns how many ran. */
async function runHost(host: Host, { bin, vsix, cli, notes, failures, phase }: RunOptions): Promise<number> {
    const hostResults = path.join(results, host);
    fs.mkdirSync(hostResults, { recursive: true });
    // 3. A workspace of copies, and a fresh user data folder.
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'actionplan-e2e-'));
    const root = path.join(home, 'workspace');
    for (const sample of ['needs-work', 'northwind']) fs.cpSync(path.join(repo, 'samples', sample), path.join(root, sample), { recursive: true });
    const workspaceFile = path.join(root, 'plans.code-workspace');
    fs.writeFileSync(workspaceFile, JSON.stringify({ folders: [{ path: 'needs-work' }, { path: 'northwind' }], settings: {} }, null, 2));
    fs.mkdirSync(path.join(home, 'user-data', 'User'), { recursive: true });
    fs.writeFileSync(path.join(home, 'user-data', 'User', 'settings.json'), JSON.stringify({
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.welcomePage.walkthroughs.openOnInstall': false,
        'workbench.enableExperiments': false,
        'workbench.colorTheme': 'Default Dark Modern',
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'extensions.ignoreRecommendations': true,
        'security.workspace.trust.enabled': false,
        'chat.commandCenter.enabled': false,
        'git.enabled': false,
        'files.autoSave': 'off',
        'terminal.integrated.showTerminalConfigPrompt': false,
        'editor.hover.delay': 300,
        'editor.cursorBlinking': 'solid',
        'editor.minimap.enabled': false,
        // The web worker extension host, as in VS Code for the Web (the extension has a `browser` entry).
        ...(host === 'web' ? { 'remote.extensionKind': { 'actionplans.actionplan': ['web'] } } : {}),
    }, null, 2));

    // 4. code-server with the extension, and Chromium.
    codeServer = new CodeServer({ bin, vsix, home, workspace: workspaceFile, log: path.join(hostResults, 'code-server.log') });
    await phase(`${host}: install the extension`, () => codeServer!.installExtension());
    const url = await phase(`${host}: start code-server`, () => codeServer!.start());
    browser = await phase(`${host}: start Chromium`, () => launchBrowser(path.join(home!, 'chromium-profile')));
    const page = browser.pages()[0] ?? await browser.newPage();
    page.setDefaultTimeout(30_000);
    const consoleErrors: string[] = [];
    page.on('pageerror', error => consoleErrors.push(error.message));
    // The web worker extension host logs to the page's console (its extensions' errors too).
    const consoleLog = fs.openSync(path.join(hostResults, 'browser-console.log'), 'w');
    page.on('console', message => fs.writeSync(consoleLog, `${message.type()}: ${message.text()}\n`));
    page.context().on('response', response => { if (response.status() >= 400) fs.writeSync(consoleLog, `http ${response.status()}: ${response.url()}\n`); });
    await phase(`${host}: open the workbench`, () => page.goto(`${url}/?workspace=${encodeURIComponent(workspaceFile)}`, { waitUntil: 'domcontentloaded', timeout: 60_000 }));

    // 5. The steps.
    const wb = new Workbench(page, root);
    const stepsAt = Date.now();
    const own = steps.filter(step => (step.hosts ?? ['node']).includes(host));
    for (const [index, step] of own.entries()) {
        const id = `${String(index + 1).padStart(2, '0')}-${step.name}`;
        let snapped = false;
        const context: StepContext = {
            wb, root, repo, cli, notes, host,
            async snap(suffix?: string, element?: Locator) {
                if (!suffix) snapped = true;
                await (element ?? page).screenshot({ path: path.join(hostResults, `${id}${suffix ? `-${suffix}` : ''}.png`) });
            },
        };
        const at = Date.now();
        try {
            let timer: NodeJS.Timeout | undefined;
            await Promise.race([
                step.run(context),
                new Promise((_, reject) => { timer = setTimeout(() => reject(new E2EError(`the step took longer than ${STEP_TIMEOUT / 1000} s`)), STEP_TIMEOUT); }),
            ]).finally(() => clearTimeout(timer));
            if (!snapped) await context.snap();
            log(`ok   ${host} ${id} (${seconds(at)})`);
        } catch (error) {
            const message = error instanceof E2EError ? error.message : error instanceof Error ? `${error.message.split('\n').slice(0, 6).join('\n')}` : String(error);
            await page.screenshot({ path: path.join(hostResults, `${id}.failed.png`) }).catch(() => undefined);
            failures.push(`${host} ${id}: ${message}`);
            log(`FAIL ${host} ${id} (${seconds(at)}): ${message}`);
            if (!flag('--keep-going')) break;
        }
    }

    log(`${host}: steps ${seconds(stepsAt)}`);
    if (consoleErrors.length) log(`${host}: page errors (not failures): ${consoleErrors.slice(0, 5).join(' | ')}`);
    if (home && flag('--keep')) log(`kept ${home}`);
    await teardown(path.join(hostResults, 'logs'));
    fs.closeSync(consoleLog);
    return own.length;
}

const watchdog = setTimeout(() => {
    console.error(`\nE2E FAILED: the run took longer than ${RUN_TIMEOUT / 1000} s`);
    void teardown().finally(() => process.exit(1));
}, RUN_TIMEOUT);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void teardown().finally(() => process.exit(130)));
}

let code = 1;
try {
    code = await main();
} catch (error) {
    console.error(`\nE2E FAILED before the steps: ${error instanceof Error ? error.message : String(error)}`);
} finally {
    await teardown();
    clearTimeout(watchdog);
}
process.exit(code);

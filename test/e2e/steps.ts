/**
 * The end-to-end steps, in order, each driven through the workbench as a user
 * would: the workspace is a copy of samples/needs-work and samples/northwind
 * in a temp folder, opened as one multi-root workspace.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Locator } from 'playwright-core';
import { browser, expect, locate, poll, type Problem, type Workbench } from './harness.js';
import { checkWithCli, problemKey, readmeRuleIds } from './oracle.js';

export interface StepContext {
    wb: Workbench;
    /** The workspace root: needs-work/ and northwind/ are copies of the samples. */
    root: string;
    repo: string;
    cli: string;
    notes: string[];
    host: Host;
    /** Screenshot now as the step's NN-name.png (or NN-name-SUFFIX.png); without a call, the runner takes it at the step's end. */
    snap(suffix?: string, element?: Locator): Promise<void>;
}

/** Where the extension runs: the Node extension host (the desktop's, on code-server's server), or the browser's web worker host. */
export type Host = 'node' | 'web';

export interface Step {
    name: string;
    /** The hosts the step runs in (default: only the Node host). */
    hosts?: Host[];
    run(context: StepContext): Promise<void>;
}

const FOLDERS = ['needs-work', 'northwind'];
const BOTH: Host[] = ['node', 'web'];

function diff(expected: Problem[], actual: Problem[]): string {
    const want = new Set(expected.map(problemKey));
    const have = new Set(actual.map(problemKey));
    const missing = [...want].filter(k => !have.has(k));
    const extra = [...have].filter(k => !want.has(k));
    const list = (items: string[]) => items.slice(0, 8).map(i => `\n    ${i}`).join('') + (items.length > 8 ? `\n    … and ${items.length - 8} more` : '');
    return `${actual.length} shown, ${expected.length} expected; missing ${missing.length}:${list(missing)}\n  unexpected ${extra.length}:${list(extra)}`;
}

function sameProblems(expected: Problem[], actual: Problem[]): boolean {
    const want = expected.map(problemKey).sort();
    const have = actual.map(problemKey).sort();
    return want.length === have.length && want.every((k, i) => k === have[i]);
}

export const steps: Step[] = [
    {
        name: 'workbench',
        hosts: BOTH,
        async run({ wb }) {
            await wb.waitReady();
            for (const folder of FOLDERS) {
                await wb.page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${folder}"]`).waitFor({ timeout: 30_000 })
                    .catch(() => expect(false, `the explorer does not show the workspace folder '${folder}'`));
            }
        },
    },
    {
        // The extension runs in the host the run asked for: the running extensions view names it.
        name: 'extension-host',
        hosts: BOTH,
        async run({ wb, host, notes, snap }) {
            await wb.runCommand('Developer: Show Running Extensions');
            const row = wb.page.locator('.runtime-extensions-editor .monaco-list-row').filter({ hasText: 'Action Plans' });
            const text = await poll(async () => {
                const t = await row.first().innerText({ timeout: 2000 });
                // "Activating..." until activate() returns, then the activation time.
                return /\d\s*ms\b/.test(t) && !/activating/i.test(t) ? t : undefined;
            }, 60_000, async () => `the running extensions do not list Action Plans as activated: ${JSON.stringify(await wb.page.locator('.runtime-extensions-editor').innerText().catch(() => '(no view)'))}`);
            const inWorker = /web worker/i.test(text);
            expect(host === 'web' ? inWorker : !inWorker, `Action Plans is ${inWorker ? '' : 'not '}in the web worker extension host, in the ${host} run: ${JSON.stringify(text)}`);
            notes.push(`extension host (${host}): ${text.replace(/\s+/g, ' ').trim()}`);
            await snap();
            await wb.runCommand('View: Close Editor');
        },
    },
    {
        name: 'syntax-colouring',
        hosts: BOTH,
        async run({ wb, root, snap }) {
            await wb.openFile('needs-work/teams/talent.plan');
            const { line } = locate(path.join(root, 'needs-work/teams/talent.plan'), 'team TalentTeam');
            // The TextMate grammar: keyword, name and string of `team TalentTeam "…" for Talent {` in different colours.
            const tokens = await poll(async () => {
                const spans = await wb.lineTokens(line);
                const keyword = spans.find(s => s.text === 'team');
                const title = spans.find(s => s.text.startsWith('"Talent pipeline'));
                const plain = spans.find(s => s.text.trim() === '');
                return keyword && title && plain && keyword.color !== plain.color && title.color !== plain.color && keyword.color !== title.color
                    ? { keyword, title, plain } : undefined;
            }, 20_000, async () => `line ${line} of talent.plan is not coloured by the grammar: ${JSON.stringify(await wb.lineTokens(line))}`);
            expect(tokens.keyword.className !== tokens.plain.className, 'the keyword has the plain text token class');

            // Developer: Inspect Editor Tokens and Scopes, on the keyword and on a reference to a person.
            const inspect = async (needle: string, offset: number) => {
                const at = locate(path.join(root, 'needs-work/teams/talent.plan'), needle);
                await wb.goTo(at.line, at.column + offset);
                await wb.runCommand('Developer: Inspect Editor Tokens and Scopes');
                const widget = wb.page.locator('.token-inspect-widget');
                return poll(async () => {
                    const text = await widget.innerText({ timeout: 2000 });
                    return /textmate scopes/.test(text) ? text : undefined;
                }, 15_000, async () => `the token inspector did not open on '${needle}'`);
            };
            const keyword = await inspect('team TalentTeam', 1);
            expect(/keyword[\w.-]*\.actionplan/.test(keyword) && /source\.actionplan/.test(keyword),
                `the keyword 'team' has no actionplan keyword scope; the inspector says:\n${keyword}`);
            // Semantic tokens come from the language server once it has built the workspace.
            let person = '';
            await poll(async () => {
                person = await inspect('champion rosa', 10);
                if (/semantic token type\s+\S+/.test(person)) return true;
                await wb.page.keyboard.press('Escape');
                return undefined;
            }, 60_000, () => `the reference 'rosa' has no semantic token (the server's semantic highlighting); the inspector says:\n${person}`, 1000);
            await snap();
            await wb.page.keyboard.press('Escape');
        },
    },
    {
        name: 'problems',
        hosts: BOTH,
        async run({ wb, root, repo, cli, notes, snap }) {
            const expected = checkWithCli(cli, root, FOLDERS);
            const rules = readmeRuleIds(repo);
            const missingInCli = rules.filter(rule => !expected.problems.some(p => p.rule === rule));
            expect(missingInCli.length === 0, `the CLI oracle itself does not report ${missingInCli.join(', ')} for needs-work`);
            await wb.runCommand('Problems: Focus on Problems View');
            await wb.maximizePanel(true);
            try {
                let shown: Problem[] = [];
                await poll(async () => {
                    shown = await wb.problems();
                    return sameProblems(expected.problems, shown) ? true : undefined;
                }, 60_000, () => `the Problems panel does not list the diagnostics \`actionplan check\` finds: ${diff(expected.problems, shown)}`, 1000);
                const ruleIds = new Set(shown.map(p => p.rule));
                const absent = rules.filter(rule => !ruleIds.has(rule));
                expect(absent.length === 0, `the Problems panel shows no diagnostic with the rule id ${absent.join(', ')}`);
                notes.push(`Problems panel: ${shown.length} diagnostics, ${ruleIds.size} rule ids, equal to actionplan check`);
                await snap();
            } finally {
                await wb.maximizePanel(false);
            }
        },
    },
    {
        name: 'hover',
        hosts: BOTH,
        async run({ wb, root }) {
            await wb.openFile('needs-work/teams/talent.plan');
            const at = locate(path.join(root, 'needs-work/teams/talent.plan'), 'owner rosa');
            await wb.goTo(at.line, at.column + 'owner r'.length);
            // The pointer on the word under the cursor, as a user would hover it.
            const cursor = await wb.activeEditor().locator('.cursors-layer .cursor').first().boundingBox();
            expect(cursor, 'the editor shows no cursor');
            await wb.page.mouse.move(cursor.x + 2, cursor.y + cursor.height / 2);
            const hover = wb.page.locator('.monaco-hover:not(.hidden)').filter({ hasText: 'Rosa Kessler' });
            await hover.first().waitFor({ state: 'visible', timeout: 15_000 }).catch(async () => {
                const seen = await wb.page.locator('.monaco-hover').allInnerTexts();
                expect(false, `hovering 'rosa' shows no card for Rosa Kessler; hovers: ${JSON.stringify(seen)}`);
            });
            const text = await hover.first().innerText();
            expect(/person\s+rosa/.test(text) && text.includes('Kessler Tool and Die'),
                `the hover card of 'rosa' lacks the person line or her business: ${JSON.stringify(text)}`);
            // The card stays on screen for the step's screenshot; the next step's Escape closes it.
        },
    },
    {
        name: 'completion',
        hosts: BOTH,
        async run({ wb, root, snap }) {
            const file = path.join(root, 'needs-work/teams/suppliers.plan');
            await wb.openFile('needs-work/teams/suppliers.plan');
            // In the early win `Directory`, which has no owner: a new line `owner `, then Ctrl+Space.
            const at = locate(file, 'impact high');
            await wb.goTo(at.line);
            await wb.page.keyboard.press('End');
            await wb.page.keyboard.press('Enter');
            await wb.page.keyboard.type('owner ');
            await wb.page.keyboard.press('Control+Space');
            const rows = wb.page.locator('.suggest-widget.visible .monaco-list-row');
            const labels = await poll(async () => {
                const all = await rows.evaluateAll(browser('rows => rows.map(r => (r.getAttribute("aria-label") || "").split(",")[0])')) as string[];
                return all.length ? all : undefined;
            }, 15_000, () => "no completion list after 'owner ' (Ctrl+Space)");
            const members = ['amir', 'beth', 'pete'];
            expect(members.every(m => labels.includes(m)), `completion after 'owner ' lacks a member of the team: ${JSON.stringify(labels)}`);
            const outsiders = labels.filter(l => !members.includes(l));
            expect(outsiders.length === 0, `completion after 'owner ' offers people who are not in the team: ${JSON.stringify(outsiders)}`);
            await snap();
            await wb.page.keyboard.press('Escape');
            await wb.runCommand('File: Revert File');
            const text = await wb.lineText(at.line + 1);
            expect(!text.includes('owner'), `File: Revert File left the typed line: ${JSON.stringify(text)}`);
        },
    },
    {
        name: 'quick-fix',
        hosts: BOTH,
        async run({ wb, root, snap, notes }) {
            const file = path.join(root, 'needs-work/teams/suppliers.plan');
            // The early win 'Directory' has no feasibility rating (win-criteria): its fix adds one.
            const at = locate(file, 'early win Directory');
            const isMissingRating = (p: Problem) => p.file === 'needs-work/teams/suppliers.plan' && p.rule === 'win-criteria' && p.line === at.line;
            const before = (await wb.problems()).filter(isMissingRating);
            expect(before.length === 1, `expected one win-criteria warning on 'Directory' in teams/suppliers.plan before the fix, the Problems panel lists ${before.length}`);
            await wb.openFile('needs-work/teams/suppliers.plan');
            await wb.goTo(at.line, at.column + 'early win Dir'.length);
            await wb.page.keyboard.press('Control+.');
            const menu = wb.page.locator('.action-widget');
            await menu.waitFor({ state: 'visible', timeout: 15_000 }).catch(() => expect(false, 'Ctrl+. on the win-criteria warning shows no code action menu'));
            const actions = await poll(async () => {
                const labels = await menu.locator('.monaco-list-row.action').evaluateAll(browser('rows => rows.map(r => r.getAttribute("aria-label") || "")')) as string[];
                return labels.length ? labels : undefined;
            }, 10_000, () => 'the code action menu is empty');
            const fix = actions.find(a => a === 'Rate feasibility high');
            expect(fix, `no 'Rate feasibility high' quick fix; the menu offers: ${JSON.stringify(actions)}`);
            await snap('menu');
            // The menu takes the keyboard: move to the fix, Enter.
            for (let i = 0; i < actions.length; i++) {
                const focused = await menu.locator('.monaco-list-row.action.focused').getAttribute('aria-label');
                if (focused === fix) break;
                await wb.page.keyboard.press('ArrowDown');
            }
            expect(await menu.locator('.monaco-list-row.action.focused').getAttribute('aria-label') === fix, `could not select '${fix}'`);
            await wb.page.keyboard.press('Enter');
            await menu.waitFor({ state: 'hidden', timeout: 10_000 });
            const rated = /early win Directory[^}]*\bfeasibility high\b/;
            await wb.runCommand('File: Save');
            await poll(async () => (rated.test(fs.readFileSync(file, 'utf8')) ? true : undefined), 10_000, () => `the quick fix did not add 'feasibility high' to 'Directory', or File: Save did not write it: ${JSON.stringify(fs.readFileSync(file, 'utf8'))}`);
            let left: Problem[] = [];
            await poll(async () => {
                left = (await wb.problems()).filter(isMissingRating);
                return left.length === 0 ? true : undefined;
            }, 30_000, () => `the win-criteria warning is still listed after the fix: ${left.map(problemKey).join('; ')}`, 1000);
            const now = (await wb.problems()).filter(p => p.file === 'needs-work/teams/suppliers.plan' && p.line === at.line);
            notes.push(`quick fix rated 'Directory'; on that line now: ${now.map(p => p.rule).join(', ') || 'nothing'}`);
        },
    },
    {
        name: 'rename',
        hosts: BOTH,
        async run({ wb, root }) {
            const people = path.join(root, 'needs-work/people.plan');
            const suppliers = path.join(root, 'needs-work/teams/suppliers.plan');
            const uses = (fs.readFileSync(suppliers, 'utf8').match(/\bamir\b/g) ?? []).length;
            expect(uses >= 2, `teams/suppliers.plan should use 'amir' (found ${uses} times)`);
            await wb.openFile('needs-work/people.plan');
            const at = locate(people, 'person amir');
            await wb.goTo(at.line, at.column + 'person a'.length);
            await wb.page.keyboard.press('F2');
            const input = wb.page.locator('.rename-box input');
            await input.waitFor({ state: 'visible', timeout: 15_000 }).catch(() => expect(false, 'F2 on the person amir opens no rename box'));
            expect(await input.inputValue() === 'amir', `the rename box offers ${JSON.stringify(await input.inputValue())}, not 'amir'`);
            await input.fill('amira');
            await wb.page.keyboard.press('Enter');
            await input.waitFor({ state: 'hidden', timeout: 15_000 });
            // The other file, through the editor.
            await wb.openFile('needs-work/teams/suppliers.plan');
            const champion = locate(suppliers, 'champion amir');
            await poll(async () => ((await wb.lineText(champion.line)).includes('champion amira') ? true : undefined), 15_000,
                async () => `teams/suppliers.plan was not updated by the rename: line ${champion.line} reads ${JSON.stringify(await wb.lineText(champion.line))}`);
            await wb.runCommand('File: Save All Files');
            await poll(async () => {
                const text = fs.readFileSync(suppliers, 'utf8');
                return (text.match(/\bamira\b/g) ?? []).length === uses && !/\bamir\b/.test(text) && /person amira\b/.test(fs.readFileSync(people, 'utf8')) ? true : undefined;
            }, 15_000, () => `after Save All, the files on disk do not have every 'amir' renamed:\n${fs.readFileSync(suppliers, 'utf8')}`);
        },
    },
    {
        name: 'preview',
        hosts: BOTH,
        async run({ wb, root, notes }) {
            const file = path.join(root, 'northwind/teams/nursing.plan');
            const wins = [...fs.readFileSync(file, 'utf8').matchAll(/^\s*(?:first|early|next) win \w+ "([^"]+)"/gm)].map(m => m[1]);
            expect(wins.length >= 3, `northwind/teams/nursing.plan should have wins (found ${wins.length})`);
            // Room for the editor and the preview side by side.
            if (await wb.page.locator('.part.panel').isVisible()) await wb.runCommand('View: Hide Panel');
            await wb.openFile('northwind/teams/nursing.plan');
            await wb.runCommand('Action Plan: Open Preview to the Side');
            const tab = wb.page.locator('.tab[aria-label^="Action Plan"]');
            await tab.first().waitFor({ timeout: 20_000 }).catch(() => expect(false, 'no Action Plan preview tab opened'));
            // Beside the editor: two editor groups, the plan in one and the preview in the other.
            const groups = await wb.page.locator('.editor-group-container').count();
            expect(groups === 2, `the preview did not open to the side: ${groups} editor group(s)`);
            const previewGroup = await tab.first().getAttribute('aria-label');
            expect(/Editor Group 2/.test(previewGroup ?? ''), `the preview tab is not in the second group: ${previewGroup}`);
            await wb.page.locator('.editor-group-container').nth(0).locator('.tab[aria-label^="nursing.plan"]').waitFor({ timeout: 5000 })
                .catch(() => expect(false, 'nursing.plan is not beside the preview'));
            const body = wb.webview().locator('body');
            const text = await poll(async () => {
                const t = await body.innerText({ timeout: 2000 });
                return wins.every(w => t.includes(w)) ? t : undefined;
            }, 30_000, async () => {
                const t = await body.innerText({ timeout: 2000 }).catch(() => '(no webview)');
                return `the preview does not show the team's wins ${JSON.stringify(wins.filter(w => !t.includes(w)))}; it shows: ${JSON.stringify(t.slice(0, 400))}`;
            });
            expect(text.includes('Northwind Health Care Partnership'), 'the preview does not name the partnership');

            // Type in the plan (no save): the preview follows.
            const camp = wins.find(w => w.endsWith('juniors'));
            expect(camp, `no win title ending in 'juniors' in ${wins.join(', ')}`);
            const at = locate(file, `${camp}"`);
            await wb.runCommand('View: Focus First Editor Group');
            await wb.goTo(at.line, at.column + camp.length);
            await wb.page.keyboard.type(' and seniors');
            const started = Date.now();
            await poll(async () => ((await body.innerText({ timeout: 2000 })).includes(`${camp} and seniors`) ? true : undefined), 20_000,
                async () => `the preview did not update after typing in nursing.plan: ${JSON.stringify(await wb.lineText(at.line))} is not shown`, 200);
            notes.push(`preview updated ${Date.now() - started} ms after the edit`);
            // The edited win's card in view for the screenshot.
            await wb.webview().locator('article', { hasText: `${camp} and seniors` }).first().scrollIntoViewIfNeeded({ timeout: 5000 }).catch(() => undefined);
        },
    },
    {
        name: 'status-bar',
        hosts: BOTH,
        async run({ wb, root, cli, notes, snap }) {
            // The CLI's counts on the files as saved now (the quick fix and the rename are saved; the preview edit changes no diagnostic).
            const { errors, warnings } = checkWithCli(cli, root, FOLDERS);
            const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
            const label = `Action Plans: ${plural(errors, 'error')}, ${plural(warnings, 'warning')} in the workspace`;
            const item = wb.page.getByRole('button', { name: /^Action Plans: / });
            await poll(async () => ((await item.getAttribute('aria-label', { timeout: 2000 })) === label ? true : undefined), 30_000,
                async () => `the status bar item reads ${JSON.stringify(await item.getAttribute('aria-label', { timeout: 2000 }).catch(() => '(no item)'))}, not ${JSON.stringify(label)}`);
            const text = (await item.innerText()).replace(/\s+/g, ' ').trim();
            expect(text === `Action Plans: ${errors} ${warnings}`, `the status bar item shows ${JSON.stringify(text)}`);
            await snap('item', item);
            notes.push(`status bar: ${label}`);
        },
    },
    {
        // actionplan.config.json is JSON with comments, checked against the config's schema.
        name: 'config-jsonc',
        async run({ wb, root, snap, notes }) {
            const relative = 'northwind/actionplan.config.json';
            const file = path.join(root, relative);
            const saved = fs.readFileSync(file, 'utf8');
            expect(/^\s*\/\//m.test(saved) && saved.includes('"responder-traits"'), `${relative} should have a comment and set responder-traits`);
            const ofConfig = async () => (await wb.problems()).filter(p => p.file.endsWith('actionplan.config.json'));
            if (await wb.page.locator('.part.panel').isVisible()) await wb.runCommand('View: Hide Panel');
            await wb.openFile(relative);
            const mode = wb.page.locator('.statusbar-item#status\\.editor\\.mode');
            await poll(async () => ((await mode.innerText({ timeout: 2000 })).trim() === 'JSON with Comments' ? true : undefined), 15_000,
                async () => `${relative} is not opened as JSON with Comments: the language mode reads ${JSON.stringify(await mode.innerText().catch(() => '(none)'))}`);

            // A misspelled rule id: the schema refuses it (which also shows the JSON validator has run on the file) …
            const at = locate(file, '"responder-traits"');
            await wb.goTo(at.line, at.column + '"responder-'.length);
            await wb.page.keyboard.type('x');
            let problems: Problem[] = [];
            await poll(async () => {
                problems = await ofConfig();
                return problems.some(p => p.line === at.line && p.message.includes('responder-xtraits')) ? true : undefined;
            }, 30_000, () => `the misspelled rule id 'responder-xtraits' (line ${at.line}) is not a problem; the config's problems: ${problems.map(problemKey).join('; ') || 'none'}`, 1000);
            // … and it is the only problem: the comments are not.
            expect(problems.length === 1, `${relative} has problems besides the misspelled rule id: ${problems.map(problemKey).join('; ')}`);
            notes.push(`config: a misspelled rule id is '${problems[0].message}'`);
            await snap();

            // Undone: no problem at all in the commented config.
            await wb.runCommand('File: Revert File');
            await poll(async () => {
                problems = await ofConfig();
                return problems.length === 0 ? true : undefined;
            }, 30_000, () => `the commented ${relative} still has problems after the revert: ${problems.map(problemKey).join('; ')}`, 1000);
            expect(fs.readFileSync(file, 'utf8') === saved, `${relative} changed on disk`);
        },
    },
    {
        // "Show documentation for RULE" on a diagnostic opens the rule's page bundled in the extension, in the Markdown preview.
        name: 'rule-docs',
        async run({ wb, root, cli, snap }) {
            const relative = 'needs-work/teams/suppliers.plan';
            const problem = checkWithCli(cli, root, ['needs-work']).problems.find(p => p.file === relative && p.rule === 'complementary-roles');
            expect(problem, `the CLI reports no complementary-roles problem in ${relative}`);
            if (await wb.page.locator('.part.panel').isVisible()) await wb.runCommand('View: Hide Panel');
            await wb.openFile(relative);
            await wb.goTo(problem.line, problem.column + 1);
            await wb.page.keyboard.press('Control+.');
            const menu = wb.page.locator('.action-widget');
            await menu.waitFor({ state: 'visible', timeout: 15_000 }).catch(() => expect(false, `Ctrl+. on the ${problem.rule} warning shows no code action menu`));
            const title = `Show documentation for '${problem.rule}'`;
            const actions = await poll(async () => {
                const labels = await menu.locator('.monaco-list-row.action').evaluateAll(browser('rows => rows.map(r => r.getAttribute("aria-label") || "")')) as string[];
                return labels.includes(title) ? labels : undefined;
            }, 10_000, async () => `no '${title}' in the code action menu: ${JSON.stringify(await menu.locator('.monaco-list-row.action').allInnerTexts())}`);
            for (let i = 0; i < actions.length; i++) {
                if (await menu.locator('.monaco-list-row.action.focused').getAttribute('aria-label') === title) break;
                await wb.page.keyboard.press('ArrowDown');
            }
            expect(await menu.locator('.monaco-list-row.action.focused').getAttribute('aria-label') === title, `could not select '${title}'`);
            await wb.page.keyboard.press('Enter');
            await wb.page.locator(`.tab[aria-label^="Preview ${problem.rule}.md"]`).first().waitFor({ timeout: 20_000 })
                .catch(async () => expect(false, `no Markdown preview of ${problem.rule}.md opened; tabs: ${JSON.stringify(await wb.page.locator('.tab').evaluateAll(browser('tabs => tabs.map(t => t.getAttribute("aria-label"))')))}`));
            // The page, rendered (the workspace has no docs/: it is the copy inside the installed extension).
            let texts: string[] = [];
            await poll(async () => {
                texts = (await Promise.all(wb.page.frames().map(f => f.evaluate('document.body ? document.body.innerText : ""').catch(() => '')))) as string[];
                return texts.some(t => t.includes(problem.rule) && t.includes('What it checks')) ? true : undefined;
            }, 20_000, () => `the Markdown preview does not show the page of ${problem.rule}`, 500);
            await snap();
        },
    },
    {
        // Typing `champion ` on a new line above a responder, before picking a completion: one new problem, on that line.
        name: 'half-typed-line',
        async run({ wb, root, snap, notes }) {
            const relative = 'northwind/teams/nursing.plan';
            const file = path.join(root, relative);
            const before = await wb.problems();
            const responder = locate(file, 'responder ruth {');
            await wb.openFile(relative);
            await wb.goTo(responder.line - 1);
            await wb.page.keyboard.press('End');
            await wb.page.keyboard.press('Enter');
            await wb.page.keyboard.type('champion ');
            await wb.page.keyboard.press('Escape');
            const typedLine = responder.line;
            const wanted = new Set(before.map(problemKey));
            let added: Problem[] = [];
            let removed: Problem[] = [];
            await poll(async () => {
                const now = await wb.problems();
                const have = new Set(now.map(problemKey));
                added = now.filter(p => !wanted.has(problemKey(p)));
                removed = before.filter(p => !have.has(problemKey(p)));
                return added.length > 0 ? true : undefined;
            }, 30_000, () => `typing 'champion ' above the responder shows no new problem in ${relative}`, 1000);
            // Let the server settle, then look again: exactly one new problem, on the typed line, and none gone.
            await new Promise(resolve => setTimeout(resolve, 3000));
            const now = await wb.problems();
            const have = new Set(now.map(problemKey));
            added = now.filter(p => !wanted.has(problemKey(p)));
            removed = before.filter(p => !have.has(problemKey(p)) && !(p.file === relative && p.line >= typedLine));
            expect(added.length === 1, `typing 'champion ' gives ${added.length} new problems, not one: ${added.map(problemKey).join('; ')}`);
            expect(added[0].file === relative && added[0].line === typedLine, `the new problem is not on the typed line ${typedLine}: ${problemKey(added[0])}`);
            expect(added[0].message.includes("'champion' needs a person"), `the new problem says: ${added[0].message}`);
            expect(removed.length === 0, `problems disappeared: ${removed.map(problemKey).join('; ')}`);
            notes.push(`half-typed line: ${added[0].message}`);
            await snap();
            await wb.runCommand('File: Revert File');
        },
    },
    {
        // The guided start: the walkthrough, then "Add an action team" in northwind answered at the keyboard.
        name: 'guided-start',
        async run({ wb, root, cli, snap, notes }) {
            const title = "Start a sector partnership's Action Plan";
            // Not wb.runCommand: this command answers with a second quick pick, the list of walkthroughs.
            for (let i = 0; i < 3; i++) await wb.page.keyboard.press('Escape');
            await wb.page.keyboard.press('F1');
            const palette = wb.page.locator('.quick-input-widget .quick-input-box input');
            await palette.waitFor({ state: 'visible', timeout: 10_000 });
            await palette.fill('>Welcome: Open Walkthrough...');
            const walkthroughs = wb.page.locator('.quick-input-widget .monaco-list-row');
            await poll(async () => ((await wb.page.locator('.quick-input-widget .monaco-list-row.focused').getAttribute('aria-label', { timeout: 1000 }))?.startsWith('Welcome: Open Walkthrough...') ? true : undefined),
                15_000, async () => `the command palette has no 'Welcome: Open Walkthrough...': ${JSON.stringify(await walkthroughs.allInnerTexts())}`, 200);
            await wb.page.keyboard.press('Enter');
            await poll(async () => ((await wb.page.locator('.quick-input-widget .quick-input-box input').getAttribute('placeholder'))?.includes('walkthrough') ? true : undefined),
                15_000, () => "'Welcome: Open Walkthrough...' shows no list of walkthroughs", 200);
            await poll(async () => {
                const labels = await walkthroughs.evaluateAll(browser('rows => rows.map(r => r.getAttribute("aria-label") || "")')) as string[];
                if (!labels.some(l => l.startsWith(title))) return undefined;
                await wb.page.locator('.quick-input-widget .quick-input-box input').fill(title);
                return true;
            }, 20_000, async () => `'Welcome: Open Walkthrough...' does not offer '${title}': ${JSON.stringify(await walkthroughs.allInnerTexts())}`);
            await wb.page.keyboard.press('Enter');
            const page = wb.page.locator('.gettingStartedContainer');
            await poll(async () => ((await page.innerText({ timeout: 2000 })).includes(title) && (await page.innerText()).includes("Add a priority's action team") ? true : undefined),
                20_000, async () => `the walkthrough page does not show '${title}' and its steps: ${JSON.stringify((await page.allInnerTexts()).join(' ').slice(0, 400))}`);
            await snap('walkthrough', page);

            const teams = path.join(root, 'northwind', 'teams');
            const before = new Set(fs.readdirSync(teams));
            await wb.openFile('northwind/partnership.plan');
            await wb.runCommand('Action Plan: Add an action team');
            const widget = wb.page.locator('.quick-input-widget');
            const input = widget.locator('.quick-input-box input');
            // Each question waits for its own prompt (input box) or title (quick pick), then is answered: type, Enter.
            const answer = async (question: string, value: string, screenshot = false) => {
                await poll(async () => {
                    if (!(await widget.isVisible())) return undefined;
                    const shown = `${await widget.locator('.quick-input-title').innerText().catch(() => '')} ${await widget.locator('.quick-input-message').innerText().catch(() => '')}`;
                    return shown.includes(question) ? true : undefined;
                }, 15_000, async () => `"Add an action team" did not ask '${question}'; the widget shows: ${JSON.stringify(await widget.innerText().catch(() => ''))}`, 100);
                if (screenshot) await snap('question');
                await input.fill(value);
                await wb.page.waitForTimeout(150);
                await wb.page.keyboard.press('Enter');
            };
            await answer('Which priority is the team for?', 'Bring primary and behavioral care', true);
            await answer('The day the team formed', '2026-04-07');
            await answer('What does success look like?', 'Every rural county has a weekly primary care clinic');
            await answer('How will you measure it?', 'Counties with a weekly clinic, from the clinic schedules');
            // A person the workspace declares: referred to, not declared again.
            const people = fs.readFileSync(path.join(root, 'northwind/people.plan'), 'utf8');
            const firstPerson = /person \w+ "([^"]+)"/.exec(people)?.[1];
            expect(firstPerson, 'northwind/people.plan declares no person with a full name');
            await answer('A champion: full name', firstPerson);
            await answer('A first responder', '');
            await answer('The first win', 'Open a pilot clinic in one county');
            await answer('First win due', '2026-07-05');
            await answer('Early win 1 of 2-3', 'Clinics in three counties');
            await answer('Early win 1 due', '2026-10-15');
            await answer('Impact of "Clinics in three counties"', 'high');
            await answer('Feasibility of "Clinics in three counties"', 'medium');
            await answer('Early win 2 of 2-3', 'A shared rural staffing roster');
            await answer('Early win 2 due', '2026-12-15');
            await answer('Impact of "A shared rural staffing roster"', 'medium');
            await answer('Feasibility of "A shared rural staffing roster"', 'high');
            await answer('The first step', 'Ask the county health offices for clinic space');
            await answer('First step due', '2026-04-21');
            await answer('Who else must be involved?', 'The county health offices');
            const added = await poll(async () => {
                const now = fs.readdirSync(teams).filter(f => !before.has(f));
                return now.length === 1 ? now[0] : undefined;
            }, 15_000, () => `"Add an action team" wrote no new file in northwind/teams (it has ${fs.readdirSync(teams).join(', ')}; needs-work/teams has ${fs.readdirSync(path.join(root, 'needs-work', 'teams')).join(', ')})`);
            const relative = `northwind/teams/${added}`;
            const text = fs.readFileSync(path.join(teams, added), 'utf8');
            expect(/^team \w+ "Bring primary and behavioral care[^"]*" for RuralAccess \{/m.test(text), `${relative} has no team for RuralAccess:\n${text}`);
            await wb.page.locator(`.editor-group-container.active .tab.active[aria-label^="${added}"]`).waitFor({ timeout: 15_000 })
                .catch(() => expect(false, `${relative} was not opened in the editor`));

            // The Problems panel for northwind, new file included, is what `actionplan check northwind` says.
            const expected = checkWithCli(cli, root, ['northwind']);
            const errors = expected.problems.filter(p => p.file === relative && p.severity === 'error');
            expect(errors.length === 0, `actionplan check finds errors in the new team: ${errors.map(problemKey).join('; ')}`);
            let shown: Problem[] = [];
            await poll(async () => {
                shown = (await wb.problems()).filter(p => p.file.startsWith('northwind/'));
                return sameProblems(expected.problems, shown) ? true : undefined;
            }, 60_000, () => `the Problems panel for northwind differs from actionplan check once the team is added: ${diff(expected.problems, shown)}`, 1000);
            const own = shown.filter(p => p.file === relative);
            notes.push(`guided start: wrote ${relative}; its problems: ${own.map(p => `${p.severity} ${p.rule}`).join(', ') || 'none'}`);
            await wb.openFile(relative);
            await snap('add-team', wb.page.locator('.editor-group-container.active'));
        },
    },
];

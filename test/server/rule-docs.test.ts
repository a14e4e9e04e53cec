/**
 * The rule pages from the editor: each diagnostic links its rule's page as it
 * is in the installed release, and a code action opens the page bundled with
 * the extension (the VS Code client's command, with the rule id).
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { SHOW_RULE_DOCUMENTATION_COMMAND } from '../../server/protocol.js';
import { copySample, has, Session } from './helpers.js';

const { version } = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { version: string };
const docs = (file: string) => path.join('docs', 'rules', file);

describe('server: rule documentation', () => {
    let session: Session;
    before(async () => {
        session = await Session.start([copySample('needs-work')]);
        session.open('teams/suppliers.plan');
        session.open('teams/talent.plan');
    });
    after(async () => { await session.stop(); });

    async function actionsFor(file: string, diagnostics: Diagnostic[]): Promise<CodeAction[]> {
        return session.request<CodeAction[]>('textDocument/codeAction', {
            textDocument: { uri: session.uri(file) }, range: diagnostics[0].range, context: { diagnostics },
        });
    }

    it('every diagnostic links its rule page at the release tag v<package.json version>', async () => {
        const diagnostics = [
            ...await session.until('teams/suppliers.plan', has('first-win-window')),
            ...await session.until('teams/talent.plan', has('unresolved-reference')),
        ];
        assert.ok(diagnostics.length > 5);
        for (const diagnostic of diagnostics) {
            assert.equal(diagnostic.codeDescription?.href, `https://github.com/action-plans/actionplan/blob/v${version}/docs/rules/${diagnostic.code}.md`);
            assert.ok(fs.existsSync(docs(`${diagnostic.code}.md`)), `the page of ${diagnostic.code} exists`);
        }
    });

    it('a guide rule\'s diagnostic offers "Show documentation" that runs the client command with the rule id', async () => {
        const diagnostics = await session.until('teams/suppliers.plan', has('first-win-window'));
        const diagnostic = diagnostics.find(d => d.code === 'first-win-window')!;
        const actions = await actionsFor('teams/suppliers.plan', [diagnostic]);
        const show = actions.filter(a => a.command?.command === SHOW_RULE_DOCUMENTATION_COMMAND);
        assert.equal(show.length, 1, `among ${actions.map(a => a.title).join(' | ')}`);
        assert.equal(show[0].title, "Show documentation for 'first-win-window'");
        assert.deepEqual(show[0].command!.arguments, ['first-win-window']);
        assert.equal(show[0].edit, undefined, 'it changes nothing in the plan');
        assert.deepEqual(show[0].diagnostics?.map(d => d.code), ['first-win-window']);
        assert.equal(SHOW_RULE_DOCUMENTATION_COMMAND, 'actionplan.showRuleDocumentation');
        const manifest = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { contributes: { commands: Array<{ command: string }> } };
        assert.ok(manifest.contributes.commands.some(c => c.command === SHOW_RULE_DOCUMENTATION_COMMAND), 'the extension contributes the command');
    });

    it('a structural rule gets it too, and each rule once when several of its diagnostics are asked about', async () => {
        const diagnostics = await session.until('teams/talent.plan', has('unresolved-reference'));
        const actions = await actionsFor('teams/talent.plan', diagnostics);
        const shown = actions.filter(a => a.command?.command === SHOW_RULE_DOCUMENTATION_COMMAND).map(a => a.command!.arguments![0] as string);
        const rules = [...new Set(diagnostics.map(d => String(d.code)))];
        assert.ok(rules.includes('unresolved-reference') && rules.length >= 2, rules.join(', '));
        assert.deepEqual([...shown].sort(), [...rules].sort(), 'one per rule, for every rule');
        for (const rule of shown) assert.ok(fs.existsSync(docs(`${rule}.md`)), `the page of ${rule} exists`);
    });
});

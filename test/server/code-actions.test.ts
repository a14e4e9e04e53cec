import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver-protocol';
import { copySample, has, lacks, Session } from './helpers.js';

describe('server: code actions', () => {
    let session: Session;
    before(async () => {
        session = await Session.start([copySample('needs-work')]);
        for (const file of ['teams/suppliers.plan', 'teams/talent.plan', 'partnership.plan']) session.open(file);
        await session.until('teams/suppliers.plan', has('first-win-window'));
    });
    after(async () => { await session.stop(); });

    /** The code actions the editor gets for the diagnostics of `rule` (the first one, or all on its line). */
    async function actionsFor(file: string, rule: string): Promise<{ diagnostic: Diagnostic; actions: CodeAction[] }> {
        const diagnostics = await session.until(file, has(rule));
        const diagnostic = diagnostics.find(d => d.code === rule)!;
        const onLine = diagnostics.filter(d => d.range.start.line === diagnostic.range.start.line);
        const actions = await session.request<CodeAction[]>('textDocument/codeAction', {
            textDocument: { uri: session.uri(file) }, range: diagnostic.range, context: { diagnostics: onLine },
        });
        return { diagnostic, actions };
    }

    it('first-win-window offers no date that would leave a planned win overdue', async () => {
        // SupplierFair is planned; its window (to 2026-09-17) is over on the as-of date 2026-10-01.
        const { diagnostic, actions } = await actionsFor('teams/suppliers.plan', 'first-win-window');
        assert.match(diagnostic.message, /120 days/);
        assert.ok(!actions.some(a => /Set the due date/.test(a.title)), actions.map(a => a.title).join(' | '));
        assert.ok(actions.some(a => a.title === "Disable 'first-win-window' for this line"));
    });

    it('"Fix all" for a rule with several diagnostics in the file fixes each of them', async () => {
        const diagnostics = await session.diagnostics('teams/suppliers.plan');
        assert.equal(diagnostics.filter(d => d.code === 'first-step').length, 2, 'no first step, no involve');
        const { actions } = await actionsFor('teams/suppliers.plan', 'first-step');
        const fixAll = actions.filter(a => a.title === "Fix all 'first-step' problems in this file");
        assert.equal(fixAll.length, 1, 'offered once');
        assert.equal(fixAll[0].diagnostics?.length, 2);
        session.apply(fixAll[0].edit!);
        const text = session.text('teams/suppliers.plan');
        assert.match(text, /first step "TODO: the first step" \{\n\s+owner amir\n\s+due 2026-07-03\n\s+\}/);
        assert.match(text, /involve "TODO: who needs to be involved"/);
        await session.until('teams/suppliers.plan', lacks('first-step'));
    });

    it('each action appears once in the menu: one fix, one "Disable" per rule, even for repeated diagnostics', async () => {
        const diagnostics = await session.until('teams/talent.plan', has('responder-traits'));
        const traits = diagnostics.find(d => d.code === 'responder-traits')!;
        const onLine = diagnostics.filter(d => d.range.start.line === traits.range.start.line);
        assert.equal(onLine.filter(d => d.code === 'responder-traits').length, 1, 'one diagnostic naming every missing trait');
        assert.match(traits.message, /'resources', 'business-centered' and 'toolkit'/);
        // The editor may send a diagnostic twice (two views of one problem): still one entry each.
        const actions = await session.request<CodeAction[]>('textDocument/codeAction', {
            textDocument: { uri: session.uri('teams/talent.plan') }, range: traits.range, context: { diagnostics: [...onLine, ...onLine] },
        });
        const titles = actions.map(a => a.title);
        assert.deepEqual(titles.filter((t, i) => titles.indexOf(t) !== i), [], `no title twice among ${titles.join(' | ')}`);
        const declare = actions.filter(a => /^Declare the missing traits/.test(a.title));
        assert.equal(declare.length, 1);
        session.apply(declare[0].edit!);
        assert.match(session.text('teams/talent.plan'), /\n\s+traits collaborative, resources, business-centered, toolkit\n/);
        await session.until('teams/talent.plan', lacks('responder-traits'));
    });

    it('source.fixAll.actionplan applies the safe fixes of the file, and only those', async () => {
        const before = await session.diagnostics('teams/talent.plan');
        const actions = await session.request<CodeAction[]>('textDocument/codeAction', {
            textDocument: { uri: session.uri('teams/talent.plan') },
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            context: { diagnostics: [], only: [CodeActionKind.SourceFixAll] },
        });
        assert.deepEqual(actions.map(a => a.kind), ['source.fixAll.actionplan']);
        assert.ok(before.some(d => d.code === 'responder-commits') && before.some(d => d.code === 'unused-suppression'));
        session.apply(actions[0].edit!);
        const text = session.text('teams/talent.plan');
        assert.match(text, /commits in-kind "TODO: what the organization commits"/);
        assert.doesNotMatch(text, /actionplan-disable-next-line win-timeline/);
        const after = await session.until('teams/talent.plan', lacks('unused-suppression'));
        assert.ok(!after.some(d => d.code === 'responder-commits'));
        assert.ok(after.some(d => d.code === 'honest-assessment' && /still in-progress/.test(d.message)), 'a fix that needs a choice is left to the user');
        assert.ok(after.some(d => d.code === 'unresolved-reference'), 'a did-you-mean is not applied unattended');
        const quickFixes = await session.request<CodeAction[]>('textDocument/codeAction', {
            textDocument: { uri: session.uri('teams/talent.plan') },
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            context: { diagnostics: [], only: [CodeActionKind.QuickFix] },
        });
        assert.ok(!quickFixes.some(a => a.kind === 'source.fixAll.actionplan'), 'not offered as a quick fix');
    });

    it('"Disable … for the whole file" writes a file comment at the top, and the rule is silent in the file', async () => {
        const { actions } = await actionsFor('teams/suppliers.plan', 'just-enough-organization');
        const disable = actions.find(a => a.title === "Disable 'just-enough-organization' for the whole file");
        assert.ok(disable, `among ${actions.map(a => a.title).join(' | ')}`);
        session.apply(disable.edit!);
        assert.match(session.text('teams/suppliers.plan'), /^(\/\/.*\n)*\/\/ actionplan-disable-file just-enough-organization\n/);
        const after = await session.until('teams/suppliers.plan', lacks('just-enough-organization'));
        assert.ok(!after.some(d => d.code === 'unused-suppression'));
    });

    it('"Disable … for this line" inserts a suppression comment, and the diagnostic goes away', async () => {
        const { actions } = await actionsFor('teams/suppliers.plan', 'complementary-roles');
        const disable = actions.find(a => a.title === "Disable 'complementary-roles' for this line");
        assert.ok(disable, `among ${actions.map(a => a.title).join(' | ')}`);
        session.apply(disable.edit!);
        assert.match(session.text('teams/suppliers.plan'), /\n {4}\/\/ actionplan-disable-next-line complementary-roles\n {4}early win Directory/);
        const after = await session.until('teams/suppliers.plan', lacks('complementary-roles'));
        assert.ok(!after.some(d => d.code === 'unused-suppression'), 'the comment is used');
        assert.ok(after.some(d => d.code === 'win-specific'), 'other rules on the line still report');
    });

    it('"Disable" under an existing suppression comment adds the rule to it, and both stay silenced', async () => {
        const { actions } = await actionsFor('teams/suppliers.plan', 'win-specific');
        const disable = actions.find(a => a.title === "Disable 'win-specific' for this line");
        assert.ok(disable);
        session.apply(disable.edit!);
        assert.match(session.text('teams/suppliers.plan'), /\n {4}\/\/ actionplan-disable-next-line complementary-roles, win-specific\n {4}early win Directory/);
        const after = await session.until('teams/suppliers.plan', lacks('win-specific'));
        assert.ok(!after.some(d => d.code === 'complementary-roles' || d.code === 'unused-suppression'), after.map(d => d.code).join(', '));
    });

    it('no "Disable" for a structural rule', async () => {
        const { actions } = await actionsFor('teams/talent.plan', 'unresolved-reference');
        assert.ok(!actions.some(a => /Disable/.test(a.title)));
    });

    it('unresolved-reference offers its did-you-mean as a fix', async () => {
        const { diagnostic, actions } = await actionsFor('teams/talent.plan', 'unresolved-reference');
        assert.match(diagnostic.message, /did you mean 'Kessler'\?/);
        const change = actions.find(a => a.title === "Change to 'Kessler'");
        assert.ok(change, `among ${actions.map(a => a.title).join(' | ')}`);
        session.apply(change.edit!);
        assert.match(session.text('teams/talent.plan'), /support Kessler /);
        await session.until('teams/talent.plan', lacks('unresolved-reference'));
    });

    it('the priority-has-team fix creates a team file; written and announced, it clears the warning', async () => {
        const { actions } = await actionsFor('partnership.plan', 'priority-has-team');
        const create = actions.find(a => /Create teams\/broadband\.plan/.test(a.title));
        assert.ok(create?.edit?.documentChanges, 'a fix with documentChanges');
        const operation = create.edit.documentChanges.find(c => 'kind' in c && c.kind === 'create');
        assert.ok(operation && 'uri' in operation);
        assert.equal(operation.uri, session.uri('teams/broadband.plan'));
        const texts = session.apply(create.edit);
        const text = texts.get(session.uri('teams/broadband.plan'))!;
        assert.match(text, /^team \w+ "TODO[^"]*" for Broadband \{/m);
        assert.equal(fs.readFileSync(path.join(session.folder, 'teams/broadband.plan'), 'utf8'), text);
        const partnership = await session.until('partnership.plan', lacks('priority-has-team'));
        assert.ok(partnership.some(d => d.code === 'follow-up-window'));
        const created = await session.diagnostics('teams/broadband.plan');
        assert.ok(!created.some(d => d.code === 'unresolved-reference' || d.code === 'syntax'), 'the skeleton parses and links');
    });

    it('a second team file for the same priority gets a free name', async () => {
        session.edit('partnership.plan', 'priority Broadband "Get reliable', 'priority Broadband2 "Get reliable');
        const first = await actionsFor('partnership.plan', 'priority-has-team');
        assert.match(first.diagnostic.message, /Broadband2/);
        fs.writeFileSync(path.join(session.folder, 'teams/broadband2.plan'), '// taken\n');
        const again = await actionsFor('partnership.plan', 'priority-has-team');
        const uri = (list: CodeAction[]) => list.flatMap(a => a.edit?.documentChanges ?? []).find(c => 'kind' in c && c.kind === 'create');
        assert.equal((uri(first.actions) as { uri: string }).uri, session.uri('teams/broadband2.plan'));
        assert.equal((uri(again.actions) as { uri: string }).uri, session.uri('teams/broadband2-2.plan'));
        session.revert('partnership.plan');
    });

    it('every diagnostic that carries fixes gets one code action per fix, with an edit', async () => {
        for (const file of ['teams/talent.plan', 'teams/suppliers.plan', 'partnership.plan']) {
            for (const diagnostic of await session.diagnostics(file)) {
                const fixes = (diagnostic.data as { fixes?: Array<{ title: string }> } | undefined)?.fixes ?? [];
                if (fixes.length === 0) continue;
                const actions = await session.request<CodeAction[]>('textDocument/codeAction', {
                    textDocument: { uri: session.uri(file) }, range: diagnostic.range, context: { diagnostics: [diagnostic] },
                });
                for (const fix of fixes) {
                    const action = actions.find(a => a.title === fix.title);
                    assert.ok(action?.edit, `${file}: ${diagnostic.code}: '${fix.title}'`);
                }
            }
        }
    });
});

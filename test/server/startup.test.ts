import { strict as assert } from 'node:assert';
import type { ServerCapabilities } from 'vscode-languageserver-protocol';
import { copySample, planFiles, Session } from './helpers.js';

describe('server: initialize and start-up', () => {
    let session: Session;
    before(async () => { session = await Session.start([copySample('needs-work')]); });
    after(async () => { await session.stop(); });

    it('advertises every editor feature', () => {
        const caps: ServerCapabilities = session.client.initialize.capabilities;
        assert.ok(caps.completionProvider, 'completion');
        assert.ok(caps.hoverProvider, 'hover');
        assert.ok(caps.definitionProvider, 'definition');
        assert.ok(caps.referencesProvider, 'references');
        assert.deepEqual(typeof caps.renameProvider === 'object' && caps.renameProvider.prepareProvider, true, 'rename with prepareRename');
        assert.ok(caps.documentSymbolProvider, 'document symbols');
        assert.ok(caps.workspaceSymbolProvider, 'workspace symbols');
        assert.ok(caps.foldingRangeProvider, 'folding');
        assert.ok(caps.semanticTokensProvider?.full, 'semantic tokens, full');
        assert.ok(caps.semanticTokensProvider.legend.tokenTypes.length > 0, 'a legend of token types');
        assert.ok(caps.codeLensProvider, 'code lens');
        assert.ok(caps.inlayHintProvider, 'inlay hints');
        assert.ok(caps.documentFormattingProvider, 'document formatting');
        assert.ok(caps.documentRangeFormattingProvider, 'range formatting');
        assert.ok(caps.codeActionProvider, 'code actions');
        const sync = caps.textDocumentSync;
        assert.ok(sync !== undefined && (typeof sync === 'number' ? sync > 0 : (sync.change ?? 0) > 0), 'text document sync');
    });

    it('publishes diagnostics for every plan file of the workspace without opening any', async () => {
        const files = planFiles(session.folder);
        assert.deepEqual(files, ['drafts/broken.plan', 'orgs.plan', 'partnership.plan', 'people.plan', 'teams/suppliers.plan', 'teams/talent.plan']);
        const byFile = new Map<string, string[]>();
        for (const file of files) byFile.set(file, (await session.diagnostics(file)).map(d => String(d.code)));
        assert.ok(byFile.get('drafts/broken.plan')!.includes('syntax'));
        assert.ok(byFile.get('partnership.plan')!.includes('priority-has-team'));
        assert.ok(byFile.get('partnership.plan')!.includes('follow-up-window'));
        assert.ok(byFile.get('people.plan')!.includes('duplicate-name'));
        assert.ok(byFile.get('teams/suppliers.plan')!.includes('first-win-window'));
        assert.ok(byFile.get('teams/talent.plan')!.includes('unresolved-reference'));
        assert.deepEqual(byFile.get('orgs.plan'), []);
        // Every rule of the catalogue fires somewhere in needs-work.
        const all = new Set([...byFile.values()].flat());
        for (const rule of ['syntax', 'unresolved-reference', 'duplicate-name', 'invalid-date', 'date-order', 'member-kind',
            'follow-up-window', 'priority-has-team', 'success-defined', 'early-wins-count', 'win-criteria', 'win-timeline',
            'first-win-window', 'first-step', 'plan-review', 'partners-after-formation', 'responder-selected', 'responder-commits',
            'responder-traits', 'business-at-center', 'win-specific', 'complementary-roles', 'just-enough-organization',
            'honest-assessment', 'next-win', 'no-placeholder', 'unused-suppression']) {
            assert.ok(all.has(rule), `${rule} is published at start-up`);
        }
    });

    it('gives each diagnostic its rule id as code, a docs link and the source', async () => {
        const diagnostics = [...(await session.diagnostics('teams/talent.plan')), ...(await session.diagnostics('drafts/broken.plan'))];
        assert.ok(diagnostics.length > 5);
        for (const diagnostic of diagnostics) {
            assert.match(String(diagnostic.code), /^[a-z]+(-[a-z]+)*$/);
            assert.equal(diagnostic.source, 'actionplan');
            assert.ok(diagnostic.codeDescription, `${diagnostic.code} has a codeDescription`);
            assert.ok(diagnostic.codeDescription.href.endsWith(`docs/rules/${diagnostic.code}.md`), diagnostic.codeDescription.href);
            assert.ok([1, 2, 3, 4].includes(diagnostic.severity!));
        }
        const unresolved = diagnostics.find(d => d.code === 'unresolved-reference')!;
        assert.equal(unresolved.severity, 1);
        assert.deepEqual(unresolved.range.start, { line: 49, character: 16 }, 'on `Kesler` in `support Kesler`');
        assert.match(unresolved.message, /Kesler/);
    });

    it('reports the severity from the config: responder-traits is on as a warning in needs-work', async () => {
        const traits = (await session.diagnostics('teams/talent.plan')).filter(d => d.code === 'responder-traits');
        assert.equal(traits.length, 1, 'one for omar, naming his three missing traits');
        assert.match(traits[0].message, /'resources', 'business-centered' and 'toolkit'/);
        for (const diagnostic of traits) {
            assert.equal(diagnostic.severity, 2);
            assert.equal(diagnostic.range.start.line, 17, 'on `responder omar`');
        }
    });
});

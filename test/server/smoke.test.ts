import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { fileUri, startServer, type LspClient } from '../helpers/lsp-client.js';

describe('language server over stdio', () => {
    let client: LspClient;
    const folder = path.resolve('samples/needs-work');
    before(async () => { client = await startServer([folder]); });
    after(async () => { await client.stop(); });

    it('validates the whole workspace at start-up and publishes rule ids with docs links', async () => {
        const uri = fileUri(path.join(folder, 'teams/talent.plan'));
        const diagnostics = await client.waitForDiagnostics(uri);
        assert.ok(diagnostics.length > 0);
        const first = diagnostics[0];
        assert.match(String(first.code), /^[a-z-]+$/);
        assert.match(first.codeDescription!.href, new RegExp(`/docs/rules/${first.code}\\.md$`));
    });
});

/**
 * A workspace folder of `/` or a home folder: start-up reads a bounded number
 * of folders, says so in one message, and still serves what it loaded.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { MAX_STARTUP_FOLDERS } from '../../server/workspace-manager.js';
import { fileUri } from '../helpers/lsp-client.js';
import { Session } from './helpers.js';

describe('server: start-up in a huge folder', function () {
    this.timeout(120_000);
    let root: string;
    let session: Session | undefined;

    before(() => {
        root = fs.mkdtempSync(path.join(os.tmpdir(), 'actionplan-huge-'));
        fs.writeFileSync(path.join(root, 'a.plan'), 'business A "a"\n');
        // More folders than start-up reads, each empty but the last.
        for (let i = 0; i <= MAX_STARTUP_FOLDERS; i++) fs.mkdirSync(path.join(root, `d${i}`));
    });
    after(async () => {
        await session?.stop();
        fs.rmSync(root, { recursive: true, force: true });
    });

    it('stops reading folders at the bound, says so once, and checks what it found', async () => {
        session = await Session.start([root]);
        const shown = await session.client.waitForNotification('window/showMessage', params => /at most 10,000 folders/.test(params.message), 0, 60_000);
        assert.equal(shown.type, 2, 'a warning');
        assert.match(shown.message, new RegExp(`${root.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`), 'it names the folder');
        assert.equal(session.client.notifications.filter(n => n.method === 'window/showMessage').length, 1, 'once');
        // The plan at the top was loaded and is served.
        const diagnostics = await session.client.waitForDiagnostics(fileUri(path.join(root, 'a.plan')), () => true, 60_000);
        assert.ok(Array.isArray(diagnostics));
    });

    it('a workspace under the bound gets no such message', async () => {
        const small = fs.mkdtempSync(path.join(os.tmpdir(), 'actionplan-small-'));
        fs.writeFileSync(path.join(small, 'a.plan'), 'business A "a"\n');
        const other = await Session.start([small]);
        try {
            await other.client.waitForDiagnostics(fileUri(path.join(small, 'a.plan')), () => true, 60_000);
            assert.equal(other.client.notifications.filter(n => n.method === 'window/showMessage').length, 0);
        } finally {
            await other.stop();
            fs.rmSync(small, { recursive: true, force: true });
        }
    });
});

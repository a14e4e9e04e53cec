/**
 * `npm run test:vscode`: downloads VS Code with @vscode/test-electron and runs
 * the suite in suite/ inside it, against a copy of samples/needs-work. Needs a
 * machine that can download VS Code; where that is impossible, the
 * code-server end-to-end suite (`npm run test:e2e`) covers the same ground.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
    const root = path.resolve(import.meta.dirname, '../..');
    const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'actionplan-vscode-'));
    fs.cpSync(path.join(root, 'samples/needs-work'), workspace, { recursive: true });
    await runTests({
        version: process.env.VSCODE_VERSION ?? 'stable',
        extensionDevelopmentPath: root,
        extensionTestsPath: path.join(root, 'dist/test/integration/suite/index.cjs'),
        launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
    });
}

main().catch(error => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
});

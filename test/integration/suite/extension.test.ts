/**
 * Inside a real VS Code: the extension activates on a workspace of plans,
 * publishes every rule's diagnostics, offers quick fixes and completion, and
 * opens the preview.
 */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';

async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
    const end = Date.now() + timeoutMs;
    while (Date.now() < end) {
        const value = await probe();
        if (value !== undefined && value !== false) return value;
        await new Promise(resolve => setTimeout(resolve, 250));
    }
    throw new Error(`timed out waiting for ${what}`);
}

function planFile(relative: string): vscode.Uri {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    return vscode.Uri.joinPath(folder, relative);
}

export function extensionTests(): void {
    describe('Action Plans in VS Code', () => {
        it('activates on a workspace with .plan files', async () => {
            const extension = vscode.extensions.all.find(e => e.packageJSON.name === 'actionplan');
            assert.ok(extension, 'the extension is installed');
            await until('activation', () => extension.isActive || undefined);
        });

        it('publishes diagnostics with rule ids for files that were never opened', async () => {
            const uri = planFile('teams/talent.plan');
            const diagnostics = await until('diagnostics', () => {
                const list = vscode.languages.getDiagnostics(uri);
                return list.length ? list : undefined;
            });
            const codes = diagnostics.map(d => (typeof d.code === 'object' ? String(d.code.value) : String(d.code)));
            assert.ok(codes.includes('honest-assessment'), codes.join(', '));
            assert.ok(diagnostics.every(d => d.source === 'actionplan'));
        });

        it('offers a quick fix for a first-win-window warning that moves the date into the window', async () => {
            const uri = planFile('teams/suppliers.plan');
            const document = await vscode.workspace.openTextDocument(uri);
            const warning = await until('first-win-window', () => vscode.languages.getDiagnostics(uri)
                .find(d => (typeof d.code === 'object' ? d.code.value : d.code) === 'first-win-window'));
            const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, warning.range);
            const fix = actions.find(a => a.title.startsWith('Set the due date'));
            assert.ok(fix?.edit, actions.map(a => a.title).join(' | '));
            await vscode.workspace.applyEdit(fix.edit);
            await until('the warning to go', () => !vscode.languages.getDiagnostics(uri)
                .some(d => (typeof d.code === 'object' ? d.code.value : d.code) === 'first-win-window') || undefined);
            assert.ok(document.isDirty);
            await vscode.commands.executeCommand('workbench.action.files.revert');
        });

        it('completes an owner with the team\'s members', async () => {
            const uri = planFile('teams/talent.plan');
            const document = await vscode.workspace.openTextDocument(uri);
            const line = document.getText().split('\n').findIndex(l => /^\s+owner \w+/.test(l));
            assert.ok(line >= 0);
            const position = new vscode.Position(line, document.lineAt(line).text.indexOf('owner ') + 'owner '.length);
            const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position);
            assert.ok(list.items.length > 0);
        });

        it('opens the Action Plan preview beside the editor', async () => {
            const document = await vscode.workspace.openTextDocument(planFile('partnership.plan'));
            await vscode.window.showTextDocument(document);
            await vscode.commands.executeCommand('actionplan.openPreviewToSide');
            await until('the preview tab', () => vscode.window.tabGroups.all.flatMap(g => g.tabs)
                .find(tab => tab.input instanceof vscode.TabInputWebview && tab.label.startsWith('Action Plan')));
        });
    });
}

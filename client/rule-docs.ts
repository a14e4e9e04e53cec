/**
 * "Show documentation for RULE": the rule's page, bundled in the extension
 * (docs/rules/*.md), opened in VS Code's Markdown preview beside the plan, so
 * it works offline and shows the page of the installed release. The language
 * server offers it as a code action on each diagnostic; the command palette
 * entry asks for the rule.
 */
import * as vscode from 'vscode';
import { docsUrl } from '../language/rules/docs-url.js';
import { SHOW_RULE_DOCUMENTATION_COMMAND } from '../server/protocol.js';

/** A rule id as the rules spell them; anything else never becomes a path. */
const RULE_ID = /^[a-z][a-z0-9-]{0,63}$/;

export function registerRuleDocumentation(context: vscode.ExtensionContext): vscode.Disposable {
    const pages = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules');
    return vscode.commands.registerCommand(SHOW_RULE_DOCUMENTATION_COMMAND, async (rule?: unknown) => {
        const id = typeof rule === 'string' ? rule : await pickRule(pages);
        if (id === undefined) return;
        if (!RULE_ID.test(id)) {
            void vscode.window.showErrorMessage(`Action Plans: '${id}' is not a rule id.`);
            return;
        }
        const page = vscode.Uri.joinPath(pages, `${id}.md`);
        if (await exists(page)) {
            await vscode.commands.executeCommand('markdown.showPreviewToSide', page);
        } else {
            // A rule newer than the bundled pages (or a build without them): the page of this release on GitHub.
            await vscode.env.openExternal(vscode.Uri.parse(docsUrl(id)));
        }
    });
}

async function exists(uri: vscode.Uri): Promise<boolean> {
    try {
        return (await vscode.workspace.fs.stat(uri)).type === vscode.FileType.File;
    } catch {
        return false;
    }
}

/** The bundled rule pages, each with the one-line summary under its title. */
async function pickRule(pages: vscode.Uri): Promise<string | undefined> {
    let entries: Array<[string, vscode.FileType]> = [];
    try {
        entries = await vscode.workspace.fs.readDirectory(pages);
    } catch {
        // no bundled pages: nothing to pick from
    }
    const ids = entries.map(([name]) => name).filter(name => name.endsWith('.md') && name !== 'README.md').map(name => name.slice(0, -3)).sort();
    const items = await Promise.all(ids.map(async (id): Promise<vscode.QuickPickItem> => {
        const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(pages, `${id}.md`)).then(bytes => bytes, () => new Uint8Array()));
        const summary = /^> (.+)$/m.exec(text)?.[1];
        return { label: id, detail: summary };
    }));
    const picked = await vscode.window.showQuickPick(items, { placeHolder: 'The rule whose documentation to show', matchOnDetail: true });
    return picked?.label;
}

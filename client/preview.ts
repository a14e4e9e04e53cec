/**
 * "Action Plan: Open Preview to the Side": a webview showing the rendered
 * Action Plan of the workspace folder, redrawn when the server says the model
 * changed. It keeps its scroll position, follows the editor's theme, and a
 * click on an element reveals it in the editor. Strict CSP with a nonce; every
 * message from the webview is validated.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node.js';
import { renderHtml } from '../language/model/render/html.js';
import { ModelChangedNotification, ModelRequest } from '../server/protocol.js';
import { activePlan } from './export.js';
import { webviewMessageSchema } from './messages.js';

/** Runs inside the webview: keeps the scroll position across redraws, and reports clicks on elements. */
const PREVIEW_SCRIPT = `
const vscode = acquireVsCodeApi();
const state = vscode.getState() || {};
window.addEventListener('load', () => { if (state.scrollY) window.scrollTo(0, state.scrollY); });
window.addEventListener('scroll', () => vscode.setState({ scrollY: window.scrollY }), { passive: true });
document.addEventListener('click', event => {
    const element = event.target.closest('[data-source-file]');
    if (!element) return;
    vscode.postMessage({ type: 'reveal', file: element.dataset.sourceFile, line: Number(element.dataset.sourceLine), column: Number(element.dataset.sourceColumn) });
});
vscode.postMessage({ type: 'ready' });
`;

interface Preview {
    panel: vscode.WebviewPanel;
    /** A plan file of the folder the preview shows. */
    uri: vscode.Uri;
    folder?: string;
}

export class PreviewManager implements vscode.Disposable {
    private readonly previews = new Set<Preview>();
    private readonly disposables: vscode.Disposable[] = [];
    private timer: NodeJS.Timeout | undefined;

    constructor(private readonly context: vscode.ExtensionContext, private readonly client: LanguageClient) {}

    /** Redraw on model changes from the server, and follow the active plan editor. */
    listen(): void {
        this.disposables.push(
            this.client.onNotification(ModelChangedNotification, ({ folders }) => {
                const affected = [...this.previews].filter(p => !p.folder || folders.includes(p.folder));
                if (affected.length) this.schedule(affected);
            }),
            vscode.window.onDidChangeActiveTextEditor(editor => {
                const uri = editor?.document.languageId === 'actionplan' ? editor.document.uri : undefined;
                if (!uri || !vscode.workspace.getConfiguration('actionplan.preview').get<boolean>('followActiveEditor', true)) return;
                for (const preview of this.previews) {
                    if (vscode.workspace.getWorkspaceFolder(preview.uri)?.uri.toString() !== vscode.workspace.getWorkspaceFolder(uri)?.uri.toString()) {
                        preview.uri = uri;
                        void this.draw(preview);
                    }
                }
            }),
        );
    }

    async open(given: vscode.Uri | undefined, column: vscode.ViewColumn): Promise<void> {
        const uri = given ?? activePlan();
        if (!uri) {
            void vscode.window.showWarningMessage('Action Plans: open a .plan file to preview its Action Plan.');
            return;
        }
        // One preview per workspace folder: asking again shows the one that is open.
        const folder = vscode.workspace.getWorkspaceFolder(uri)?.uri.toString();
        const existing = [...this.previews].find(p => vscode.workspace.getWorkspaceFolder(p.uri)?.uri.toString() === folder);
        if (existing) {
            existing.uri = uri;
            existing.panel.reveal(column, true);
            await this.draw(existing);
            return;
        }
        const panel = vscode.window.createWebviewPanel('actionplan.preview', 'Action Plan', { viewColumn: column, preserveFocus: true }, {
            enableScripts: true, enableFindWidget: true, retainContextWhenHidden: false, localResourceRoots: [],
        });
        panel.iconPath = vscode.Uri.joinPath(this.context.extensionUri, 'images', 'icon.png');
        const preview: Preview = { panel, uri };
        this.previews.add(preview);
        panel.onDidDispose(() => this.previews.delete(preview));
        panel.webview.onDidReceiveMessage(message => this.onMessage(message));
        await this.draw(preview);
    }

    private schedule(previews: Preview[]): void {
        clearTimeout(this.timer);
        const delay = vscode.workspace.getConfiguration('actionplan.preview').get<number>('updateDelay', 150);
        this.timer = setTimeout(() => previews.forEach(p => void this.draw(p)), delay);
    }

    private async draw(preview: Preview): Promise<void> {
        const result = await this.client.sendRequest(ModelRequest, { uri: preview.uri.toString() });
        if (!this.previews.has(preview)) return;
        const nonce = randomBytes(16).toString('base64');
        if (!result) {
            preview.panel.webview.html = `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none';"></head><body><p>No plans yet.</p></body></html>`;
            return;
        }
        preview.folder = result.folder;
        const partnership = result.model.partnerships[0];
        preview.panel.title = partnership ? `Action Plan: ${partnership.title || partnership.name}` : 'Action Plan';
        preview.panel.webview.html = renderHtml(result.model, {
            theme: 'vscode', nonce, cspSource: preview.panel.webview.cspSource, linkSources: true, script: PREVIEW_SCRIPT,
        });
    }

    private onMessage(raw: unknown): void {
        const parsed = webviewMessageSchema.safeParse(raw);
        if (!parsed.success) return; // anything the preview did not mean to send is ignored
        const message = parsed.data;
        if (message.type !== 'reveal') return;
        let uri: vscode.Uri;
        try {
            uri = vscode.Uri.parse(message.file, true);
        } catch {
            return;
        }
        if (uri.scheme !== 'file' || !uri.path.endsWith('.plan')) return;
        const position = new vscode.Position(message.line - 1, message.column - 1);
        void vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.One, selection: new vscode.Range(position, position) });
    }

    dispose(): void {
        clearTimeout(this.timer);
        this.previews.forEach(p => p.panel.dispose());
        this.disposables.forEach(d => d.dispose());
    }
}

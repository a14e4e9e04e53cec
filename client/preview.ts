/**
 * "Action Plan: Open Preview to the Side": a webview showing the rendered
 * Action Plan of the workspace folder, redrawn when the server says the model
 * changed. It keeps its scroll position, follows the editor's theme, scrolls
 * to the team at the cursor (on opening and as the cursor moves, as VS Code's
 * Markdown preview does), and a click on an element reveals it in the editor.
 * Strict CSP with a nonce; every message, both ways, is validated.
 * The model names files relative to the folder, so the preview never holds a
 * local path; a reveal resolves the file inside the folder.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { anchorAt } from '../language/model/render/anchors.js';
import { renderHtml } from '../language/model/render/html.js';
import type { ActionPlanModel } from '../language/model/schema.js';
import { ModelChangedNotification, ModelRequest } from '../server/protocol.js';
import { activePlan } from './export.js';
import { previewMessageSchema, webviewMessageSchema, type PreviewMessage } from './messages.js';
import { PREVIEW_SCRIPT } from './preview-script.js';

interface Preview {
    panel: vscode.WebviewPanel;
    /** A plan file of the folder the preview shows. */
    uri: vscode.Uri;
    folder?: string;
    /** The model last drawn, to find the anchor of the cursor. */
    model?: ActionPlanModel;
    /** The anchor last scrolled to: the cursor moving inside one team does not scroll again. */
    anchor?: string;
    /** Scrolled to the cursor once the first drawing was ready; redraws keep the reader's position. */
    opened?: boolean;
}

export class PreviewManager implements vscode.Disposable {
    private readonly previews = new Set<Preview>();
    private readonly disposables: vscode.Disposable[] = [];
    private timer: ReturnType<typeof setTimeout> | undefined;
    private cursorTimer: ReturnType<typeof setTimeout> | undefined;

    constructor(private readonly context: vscode.ExtensionContext, private readonly client: BaseLanguageClient, private readonly nonce: () => string) {}

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
            vscode.window.onDidChangeTextEditorSelection(event => {
                if (event.textEditor.document.languageId !== 'actionplan') return;
                clearTimeout(this.cursorTimer);
                this.cursorTimer = setTimeout(() => this.followCursor(event.textEditor), 200);
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
            // Asked for again: once redrawn, show the team at the cursor, as on opening
            // (a message sent now would reach the page that the redraw replaces).
            existing.anchor = undefined;
            existing.opened = false;
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
        panel.webview.onDidReceiveMessage(message => this.onMessage(preview, message));
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
        const nonce = this.nonce();
        if (!result) {
            preview.panel.webview.html = `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none';"></head><body><p>No plans yet.</p></body></html>`;
            return;
        }
        preview.folder = result.folder;
        preview.model = result.model;
        const partnership = result.model.partnerships[0];
        preview.panel.title = partnership ? `Action Plan: ${partnership.title || partnership.name}` : 'Action Plan';
        preview.panel.webview.html = renderHtml(result.model, {
            theme: 'vscode', nonce, cspSource: preview.panel.webview.cspSource, linkSources: true, script: PREVIEW_SCRIPT,
        });
    }

    private onMessage(preview: Preview, raw: unknown): void {
        const parsed = webviewMessageSchema.safeParse(raw);
        if (!parsed.success) return; // anything the preview did not mean to send is ignored
        const message = parsed.data;
        if (message.type === 'ready') {
            if (!preview.opened) {
                preview.opened = true;
                const editor = vscode.window.activeTextEditor;
                if (editor) this.followCursor(editor, [preview]);
            }
            return;
        }
        if (!preview.folder) return;
        const folder = vscode.Uri.parse(preview.folder);
        if (!vscode.workspace.getWorkspaceFolder(folder)) return;
        const uri = vscode.Uri.joinPath(folder, message.file); // the schema lets through only paths inside the folder
        const position = new vscode.Position(message.line - 1, message.column - 1);
        void vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.One, selection: new vscode.Range(position, position) });
    }

    /** Scroll the previews of the editor's folder to the section of the line the cursor is on. */
    private followCursor(editor: vscode.TextEditor, previews: Iterable<Preview> = this.previews): void {
        if (editor.document.languageId !== 'actionplan') return;
        if (!vscode.workspace.getConfiguration('actionplan.preview').get<boolean>('followActiveEditor', true)) return;
        for (const preview of previews) {
            if (!preview.folder || !preview.model) continue;
            const file = planPathIn(preview.folder, editor.document.uri);
            const anchor = file === undefined ? undefined : anchorAt(preview.model, file, editor.selection.active.line + 1);
            if (anchor === undefined || anchor === preview.anchor) continue;
            preview.anchor = anchor;
            const message: PreviewMessage = previewMessageSchema.parse({ type: 'scrollTo', anchor });
            void preview.panel.webview.postMessage(message);
        }
    }

    dispose(): void {
        clearTimeout(this.timer);
        clearTimeout(this.cursorTimer);
        this.previews.forEach(p => p.panel.dispose());
        this.disposables.forEach(d => d.dispose());
    }
}

/** A file's path relative to the preview's folder, as the model names it; undefined when it is not in the folder. */
function planPathIn(folder: string, uri: vscode.Uri): string | undefined {
    const base = vscode.Uri.parse(folder);
    if (base.scheme !== uri.scheme || base.authority !== uri.authority) return undefined;
    const prefix = base.path.replace(/\/?$/, '/');
    return uri.path.startsWith(prefix) && uri.path.length > prefix.length ? uri.path.slice(prefix.length) : undefined;
}

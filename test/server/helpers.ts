/**
 * LSP test helpers: a temporary copy of a sample workspace with a server
 * running on it, positions found by text, and edits applied as an editor
 * applies them.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Position, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { fileUri, startServer, type LspClient } from '../helpers/lsp-client.js';

export const SAMPLES = path.resolve('samples');

/** A copy of `samples/<name>` (plus or minus some files) in a fresh temporary folder. */
export function copySample(name: 'northwind' | 'needs-work', files: Record<string, string | null> = {}): string {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), `actionplan-lsp-${name}-`));
    fs.cpSync(path.join(SAMPLES, name), folder, { recursive: true });
    writeFiles(folder, files);
    return folder;
}

/** Write files (null: delete) under `folder`, by relative path. */
export function writeFiles(folder: string, files: Record<string, string | null>): void {
    for (const [file, text] of Object.entries(files)) {
        const full = path.join(folder, file);
        if (text === null) fs.rmSync(full, { force: true });
        else {
            fs.mkdirSync(path.dirname(full), { recursive: true });
            fs.writeFileSync(full, text);
        }
    }
}

/**
 * Many northwind team files that all use the same people (add them to a copy
 * of northwind): rebuilding their links takes long enough for the next edit
 * or request to arrive in the middle of it.
 */
export function manyTeams(count: number): Record<string, string> {
    const files: Record<string, string> = {};
    for (let n = 0; n < count; n++) {
        const lines = Array.from({ length: 30 }, () => '    involve maria, grace, tomas, ruth, kofi, AlderMed, NVCC');
        files[`teams/extra/team${n}.plan`] = `team Extra${n} "Extra team ${n}" for Nursing {\n    champion maria\n${lines.join('\n')}\n}\n`;
    }
    return files;
}

/** A server over northwind plus `count` team files of `manyTeams`, once the start-up build has published the last of them. */
export async function startWithManyTeams(count: number): Promise<Session> {
    const session = await Session.start([copySample('northwind', manyTeams(count))]);
    await session.until(`teams/extra/team${count - 1}.plan`, () => true);
    return session;
}

/** A server over one or more folders, with shortcuts by workspace-relative path (in the first folder). */
export class Session {
    private readonly texts = new Map<string, string>();
    /** Files changed since the last `settle()`, with their publish count when they were changed. */
    private readonly unsettled = new Map<string, number>();

    private constructor(readonly client: LspClient, readonly folders: string[]) {}

    static async start(folders: string[], settings: Record<string, unknown> = {}): Promise<Session> {
        return new Session(await startServer(folders, settings), folders);
    }

    get folder(): string {
        return this.folders[0];
    }

    uri(file: string, folder = this.folder): string {
        return fileUri(path.join(folder, file));
    }

    /** The workspace-relative path of a URI, with `/` separators. */
    file(uri: string, folder = this.folder): string {
        return path.relative(folder, fileURLToPath(uri)).split(path.sep).join('/');
    }

    /** The text the editor holds for a file: the last opened or changed, else the disk's. */
    text(file: string, folder = this.folder): string {
        return this.texts.get(this.uri(file, folder)) ?? fs.readFileSync(path.join(folder, file), 'utf8');
    }

    /** Open a file with its text on disk (or `text`), as the editor does when a tab opens. */
    open(file: string, text?: string, folder = this.folder): string {
        const uri = this.uri(file, folder);
        const content = text ?? fs.readFileSync(path.join(folder, file), 'utf8');
        this.texts.set(uri, content);
        this.unsettled.set(uri, this.client.publishCounts.get(uri) ?? 0);
        this.client.open(uri, content);
        return content;
    }

    /** Replace the whole text of an open file. */
    change(file: string, text: string, folder = this.folder): void {
        const uri = this.uri(file, folder);
        this.texts.set(uri, text);
        this.unsettled.set(uri, this.client.publishCounts.get(uri) ?? 0);
        this.client.change(uri, text);
    }

    /** Waits until every file opened or changed since the last call has had its diagnostics published again. */
    async settle(): Promise<void> {
        const pending = [...this.unsettled];
        this.unsettled.clear();
        for (const [uri, count] of pending) await this.client.waitForDiagnostics(uri, () => (this.client.publishCounts.get(uri) ?? 0) > count);
    }

    /** Put back the text on disk in an open file. */
    revert(file: string, folder = this.folder): string {
        const text = fs.readFileSync(path.join(folder, file), 'utf8');
        this.change(file, text, folder);
        return text;
    }

    /** Replace one occurrence of `from` by `to` in an open file; fails when `from` is not there. */
    edit(file: string, from: string, to: string): string {
        const text = this.text(file);
        if (!text.includes(from)) throw new Error(`'${from}' is not in ${file}`);
        const next = text.replace(from, to);
        this.change(file, next);
        return next;
    }

    /** Whether the editor has the file open. */
    isOpen(file: string, folder = this.folder): boolean {
        return this.texts.has(this.uri(file, folder));
    }

    /**
     * Apply a workspace edit as VS Code does: text edits go to the editor's
     * documents (opened first when needed); a created file is written to disk
     * with its edits and announced as created. Returns the new texts by URI.
     */
    apply(edit: WorkspaceEdit): Map<string, string> {
        const created = new Set<string>();
        for (const change of edit.documentChanges ?? []) {
            if ('kind' in change && change.kind === 'create') created.add(change.uri);
            else if ('kind' in change) throw new Error(`unexpected resource operation ${change.kind}`);
        }
        const result = new Map<string, string>();
        for (const [uri, edits] of editsByUri(edit)) {
            if (created.has(uri)) {
                const text = applyEdits('', edits);
                fs.mkdirSync(path.dirname(pathOf(uri)), { recursive: true });
                fs.writeFileSync(pathOf(uri), text);
                result.set(uri, text);
                continue;
            }
            const folder = this.folders.find(f => pathOf(uri).startsWith(f + path.sep)) ?? this.folder;
            const file = this.file(uri, folder);
            if (!this.isOpen(file, folder)) this.open(file, undefined, folder);
            const text = applyEdits(this.text(file, folder), edits);
            this.change(file, text, folder);
            result.set(uri, text);
        }
        for (const uri of created) {
            if (!result.has(uri)) {
                fs.writeFileSync(pathOf(uri), '');
                result.set(uri, '');
            }
            void this.client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 1 }] });
        }
        return result;
    }

    diagnostics(file: string, folder = this.folder): Promise<Diagnostic[]> {
        return this.client.waitForDiagnostics(this.uri(file, folder));
    }

    /** Waits until the file's diagnostics satisfy `accept`. */
    until(file: string, accept: (diagnostics: Diagnostic[]) => boolean, folder = this.folder): Promise<Diagnostic[]> {
        return this.client.waitForDiagnostics(this.uri(file, folder), accept);
    }

    request<T>(method: string, params: object): Promise<T> {
        return this.client.connection.sendRequest<T>(method, params);
    }

    /** A position request on a file: `at` finds the position in the file's text. */
    requestAt<T>(method: string, file: string, at: Position, extra: object = {}): Promise<T> {
        return this.request<T>(method, { textDocument: { uri: this.uri(file) }, position: at, ...extra });
    }

    /** Announce files created (1), changed (2) or deleted (3) on disk. */
    watched(changes: Array<[file: string, type: 1 | 2 | 3]>, folder = this.folder): void {
        void this.client.connection.sendNotification('workspace/didChangeWatchedFiles', {
            changes: changes.map(([file, type]) => ({ uri: this.uri(file, folder), type })),
        });
    }

    async stop(removeFolders = true): Promise<void> {
        await this.client.stop();
        if (removeFolders) for (const folder of this.folders) if (folder.startsWith(os.tmpdir())) fs.rmSync(folder, { recursive: true, force: true });
    }
}

/**
 * The position of `needle` in `text` (its `occurrence`-th match, from 0),
 * moved `offset` characters into it.
 */
export function positionOf(text: string, needle: string, offset = 0, occurrence = 0): Position {
    let index = -1;
    for (let i = 0; i <= occurrence; i++) {
        index = text.indexOf(needle, index + 1);
        if (index < 0) throw new Error(`'${needle}' (occurrence ${occurrence}) is not in the text`);
    }
    return TextDocument.create('file:///x', 'actionplan', 1, text).positionAt(index + offset);
}

/** The position just after `needle`. */
export function after(text: string, needle: string, occurrence = 0): Position {
    return positionOf(text, needle, needle.length, occurrence);
}

export function textOf(text: string, range: Range): string {
    return TextDocument.create('file:///x', 'actionplan', 1, text).getText(range);
}

export function applyEdits(text: string, edits: TextEdit[]): string {
    return TextDocument.applyEdits(TextDocument.create('file:///x', 'actionplan', 1, text), edits);
}

/** The text edits of a workspace edit, by URI (from `changes` and from `documentChanges`). */
export function editsByUri(edit: WorkspaceEdit): Map<string, TextEdit[]> {
    const byUri = new Map<string, TextEdit[]>();
    const add = (uri: string, edits: TextEdit[]) => byUri.set(uri, [...(byUri.get(uri) ?? []), ...edits]);
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) add(uri, edits);
    for (const change of edit.documentChanges ?? []) {
        if ('textDocument' in change) add(change.textDocument.uri, change.edits as TextEdit[]);
    }
    return byUri;
}

export function has(rule: string): (diagnostics: Diagnostic[]) => boolean {
    return diagnostics => diagnostics.some(d => d.code === rule);
}

export function lacks(rule: string): (diagnostics: Diagnostic[]) => boolean {
    return diagnostics => !diagnostics.some(d => d.code === rule);
}

export function pathOf(uri: string): string {
    return fileURLToPath(uri);
}

/** Every `.plan` file under a folder, relative, with `/` separators. */
export function planFiles(folder: string): string[] {
    return (fs.readdirSync(folder, { recursive: true }) as string[])
        .filter(file => file.endsWith('.plan'))
        .map(file => file.split(path.sep).join('/'))
        .sort();
}

/**
 * The answers to a server without a disk (the web worker): its reads of the
 * workspace (protocol.ts), from `vscode.workspace.fs`, so they work on any
 * file system VS Code has (a remote, github.dev's virtual one). As every
 * workspace is treated as hostile (docs/security.md): only URIs inside a
 * workspace folder are answered, a file larger than the server's limit is
 * refused unread, and symbolic links are not listed (the desktop server's
 * walk does not follow them either).
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { FileReadRequest, ReadDirectoryRequest, StatRequest, toBase64, type FileEntry, type FileReadResult } from '../server/protocol.js';

export function answerFileRequests(client: BaseLanguageClient): void {
    client.onRequest(FileReadRequest, ({ uri, limit }) => readFile(uri, limit));
    client.onRequest(ReadDirectoryRequest, async ({ uri }) => {
        const folder = inWorkspace(uri);
        if (!folder) return null;
        try {
            const entries = await vscode.workspace.fs.readDirectory(folder);
            return entries.flatMap(([name, type]): FileEntry[] => (type & vscode.FileType.SymbolicLink ? []
                : type === vscode.FileType.File ? [{ name, kind: 'file' }] : type === vscode.FileType.Directory ? [{ name, kind: 'directory' }] : []));
        } catch {
            return null;
        }
    });
    client.onRequest(StatRequest, async ({ uri }) => {
        const target = inWorkspace(uri);
        if (!target) return null;
        try {
            const { type } = await vscode.workspace.fs.stat(target);
            return { kind: type & vscode.FileType.Directory ? 'directory' : type & vscode.FileType.File ? 'file' : 'other' };
        } catch {
            return null;
        }
    });
}

async function readFile(text: string, limit: number): Promise<FileReadResult> {
    const uri = inWorkspace(text);
    if (!uri) return { refused: 'unreadable', reason: 'it is outside the workspace folders' };
    try {
        const stat = await vscode.workspace.fs.stat(uri);
        if (stat.type & vscode.FileType.Directory) return { refused: 'folder' };
        if (stat.size > limit) return { refused: 'too-large', size: stat.size };
        const bytes = await vscode.workspace.fs.readFile(uri);
        // Bounded whatever the stat said: a file that grew is refused too.
        if (bytes.length > limit) return { refused: 'too-large', size: bytes.length };
        return { base64: toBase64(bytes) };
    } catch (error) {
        if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return { refused: 'missing' };
        return { refused: 'unreadable', reason: error instanceof Error ? error.message : String(error) };
    }
}

/** The URI, when it names something inside a workspace folder (no `.` or `..` segments); else undefined. */
function inWorkspace(text: string): vscode.Uri | undefined {
    let uri: vscode.Uri;
    try {
        uri = vscode.Uri.parse(text, true);
    } catch {
        return undefined;
    }
    if (uri.path.split('/').some(part => part === '..' || part === '.')) return undefined;
    return vscode.workspace.getWorkspaceFolder(uri) ? uri : undefined;
}

/**
 * The custom messages between the VS Code client and the language server,
 * declared once and imported by both sides.
 */
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { ActionPlanModel } from '../language/model/schema.js';

export interface ModelParams {
    /** A plan file: the model is that of the workspace folder holding it. */
    uri: string;
}

export interface ModelResult {
    model: ActionPlanModel;
    /** The workspace folder the model covers. */
    folder: string;
}

/** The resolved model for the preview and the exports. */
export const ModelRequest = new RequestType<ModelParams, ModelResult | null, void>('actionplan/model');

export interface ModelChangedParams {
    /** Workspace folders whose model changed. */
    folders: string[];
}

/** Sent after a build changed any document's diagnostics or content. */
export const ModelChangedNotification = new NotificationType<ModelChangedParams>('actionplan/modelChanged');

/** Config problems, one message each, shown once per change of the config. */
export interface ConfigProblemsParams {
    problems: Array<{ file: string; line?: number; field: string; message: string }>;
}
export const ConfigProblemsNotification = new NotificationType<ConfigProblemsParams>('actionplan/configProblems');

/** A client command, not a message: the code action "Show documentation for RULE" runs it with the rule id as its argument. */
export const SHOW_RULE_DOCUMENTATION_COMMAND = 'actionplan.showRuleDocumentation';

/**
 * The server's file system where it has no disk (a browser's web worker): the
 * server asks, the client answers from `vscode.workspace.fs`, only inside the
 * workspace folders. A file's bytes come base64-encoded (at most `limit` of
 * them: a larger file is refused unread), so the server decodes plans and
 * configs as it does from a disk.
 */
export interface FileReadParams {
    uri: string;
    /** The most bytes the file may have. */
    limit: number;
}
export type FileReadResult =
    | { base64: string }
    /** Why there are no bytes: nothing there, a folder, more than `limit` bytes (`size` of them), or any other reason. */
    | { refused: 'missing' | 'folder' | 'too-large' | 'unreadable'; size?: number; reason?: string };
export const FileReadRequest = new RequestType<FileReadParams, FileReadResult, void>('actionplan/fs/readFile');

export type FileKind = 'file' | 'directory';
export interface FileEntry {
    name: string;
    kind: FileKind;
}
/** A folder's files and folders (symbolic links and anything else left out); null when it cannot be listed. */
export const ReadDirectoryRequest = new RequestType<{ uri: string }, FileEntry[] | null, void>('actionplan/fs/readDirectory');
/** What is at a URI; null when nothing is (or it is outside the workspace). */
export const StatRequest = new RequestType<{ uri: string }, { kind: FileKind | 'other' } | null, void>('actionplan/fs/stat');

/** The bytes of a FileReadResult. */
export function fromBase64(text: string): Uint8Array {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
}

/** Base64 of bytes, in chunks (one spread of megabytes would overflow the stack). */
export function toBase64(bytes: Uint8Array): string {
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
}

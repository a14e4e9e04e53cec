/**
 * The file system of a server without a disk (the web worker): every read is
 * a request to the client (protocol.ts), which answers from
 * `vscode.workspace.fs`, inside the workspace folders only. Plans are decoded
 * and size-limited here as file-system.ts does from a disk, with the same
 * reasons. Configs are read synchronously by the config lookup, so each
 * `actionplan.config.json` is fetched when its folder is listed (the
 * start-up walk lists every folder before it looks at its files) and again
 * when the client's watcher reports it changed.
 */
import { URI, UriUtils, type FileSystemNode, type FileSystemProvider } from 'langium';
import type { Connection } from 'vscode-languageserver';
import { configReadError, decodeConfig, type ConfigReader } from '../language/config/reader.js';
import { CONFIG_FILE_NAME } from '../language/config/schema.js';
import { hostPaths } from '../language/host/node.js';
import { IS_FOLDER, MAX_CONFIG_BYTES, planRefusal, ReadRefused } from '../language/limits.js';
import { decodePlan, MAX_PLAN_BYTES } from '../language/workspace/plan-text.js';
import { FileReadRequest, fromBase64, ReadDirectoryRequest, StatRequest } from './protocol.js';

export class ClientFileSystemProvider implements FileSystemProvider {
    /** Config texts (or why there is none readable) by the name the config lookup gives them. */
    private readonly configs = new Map<string, string | Error>();

    constructor(private readonly connection: Connection) {}

    /** The config reader of the services: the configs fetched so far; none where none was listed. */
    readonly configReader: ConfigReader = file => {
        const config = this.configs.get(hostPaths.resolve(file));
        if (config instanceof Error) throw config;
        return config;
    };

    /** Fetch these configs again (changed, created or deleted), before the config lookup is cleared. */
    async reloadConfigs(uris: URI[]): Promise<void> {
        await Promise.all(uris.map(uri => this.loadConfig(uri)));
    }

    async stat(uri: URI): Promise<FileSystemNode> {
        const stat = await this.connection.sendRequest(StatRequest, { uri: uri.toString() });
        if (!stat) throw new Error(`${uri.fsPath}: no such file`);
        return { uri, isFile: stat.kind === 'file', isDirectory: stat.kind === 'directory' };
    }

    async exists(uri: URI): Promise<boolean> {
        return (await this.connection.sendRequest(StatRequest, { uri: uri.toString() })) !== null;
    }

    async readBinary(uri: URI): Promise<Uint8Array> {
        return this.read(uri, MAX_PLAN_BYTES, 'a plan file');
    }

    async readFile(uri: URI): Promise<string> {
        let bytes: Uint8Array;
        try {
            bytes = await this.read(uri, MAX_PLAN_BYTES, 'a plan file');
        } catch (error) {
            throw new Error(`${uri.fsPath} ${planRefusal((error as Error).message)}`);
        }
        if (!uri.path.endsWith('.plan')) return new TextDecoder().decode(bytes);
        try {
            return decodePlan(bytes);
        } catch (error) {
            throw new Error(`${uri.fsPath} ${(error as Error).message}`);
        }
    }

    async readDirectory(uri: URI): Promise<FileSystemNode[]> {
        const entries = await this.connection.sendRequest(ReadDirectoryRequest, { uri: uri.toString() });
        if (!entries) throw new Error(`${uri.fsPath}: the folder cannot be listed`);
        const nodes = entries.map(entry => ({ uri: UriUtils.joinPath(uri, entry.name), isFile: entry.kind === 'file', isDirectory: entry.kind === 'directory' }));
        const config = nodes.find(node => node.isFile && UriUtils.basename(node.uri) === CONFIG_FILE_NAME);
        if (config) await this.loadConfig(config.uri);
        return nodes;
    }

    /** The bytes of a file, at most `limit`; ReadRefused with the reason a disk read gives. */
    private async read(uri: URI, limit: number, what: string): Promise<Uint8Array> {
        const result = await this.connection.sendRequest(FileReadRequest, { uri: uri.toString(), limit });
        if ('base64' in result) {
            const bytes = fromBase64(result.base64);
            if (bytes.length > limit) throw ReadRefused.tooLarge(bytes.length, what, limit);
            return bytes;
        }
        switch (result.refused) {
            case 'missing': throw new ReadRefused('cannot read the file: no such file', true);
            case 'folder': throw new ReadRefused(IS_FOLDER);
            case 'too-large': throw ReadRefused.tooLarge(result.size ?? limit + 1, what, limit);
            default: throw new ReadRefused(`cannot read the file: ${result.reason ?? 'unreadable'}`);
        }
    }

    private async loadConfig(uri: URI): Promise<void> {
        const key = hostPaths.resolve(uri.fsPath);
        try {
            this.configs.set(key, decodeConfig(await this.read(uri, MAX_CONFIG_BYTES, 'a config')));
        } catch (error) {
            if (error instanceof ReadRefused && error.missing) this.configs.delete(key);
            else this.configs.set(key, configReadError((error as Error).message));
        }
    }

    statSync(): FileSystemNode {
        throw new Error(SYNC);
    }

    existsSync(): boolean {
        throw new Error(SYNC);
    }

    readBinarySync(): Uint8Array {
        throw new Error(SYNC);
    }

    readFileSync(): string {
        throw new Error(SYNC);
    }

    readDirectorySync(): FileSystemNode[] {
        throw new Error(SYNC);
    }
}

const SYNC = 'the files are read through the editor, never synchronously';

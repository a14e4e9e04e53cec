/** The server reads plan files as the CLI does: UTF-8, size-limited, with a reason when it cannot. */
import type { FileSystemNode, URI } from 'langium';
import { NodeFileSystemProvider } from 'langium/node';
import { isProblem, readPlanFile } from '../language/workspace/plan-files.js';

export class ActionPlanFileSystemProvider extends NodeFileSystemProvider {
    override async readFile(uri: URI): Promise<string> {
        notOnDisk(uri);
        if (!uri.path.endsWith('.plan')) return super.readFile(uri);
        const read = readPlanFile(uri.fsPath);
        if (isProblem(read)) throw new Error(`${uri.fsPath} ${read.message}`);
        return read.text;
    }

    override async readDirectory(uri: URI): Promise<FileSystemNode[]> {
        notOnDisk(uri);
        return super.readDirectory(uri);
    }

    override async exists(uri: URI): Promise<boolean> {
        return uri.scheme === 'file' && super.exists(uri);
    }
}

/** Only `file:` URIs name something on this disk: a virtual workspace's `/owner/repo/…` is not a local path. */
function notOnDisk(uri: URI): void {
    if (uri.scheme !== 'file') throw new Error(`${uri.toString()} is not on this disk`);
}

/** The server reads plan files as the CLI does: UTF-8, size-limited, with a reason when it cannot. */
import type { URI } from 'langium';
import { NodeFileSystemProvider } from 'langium/node';
import { isProblem, readPlanFile } from '../language/workspace/plan-files.js';

export class ActionPlanFileSystemProvider extends NodeFileSystemProvider {
    override async readFile(uri: URI): Promise<string> {
        if (!uri.path.endsWith('.plan')) return super.readFile(uri);
        const read = readPlanFile(uri.fsPath);
        if (isProblem(read)) throw new Error(`${uri.fsPath} ${read.message}`);
        return read.text;
    }
}

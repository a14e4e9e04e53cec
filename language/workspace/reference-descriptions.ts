/**
 * Langium's descriptions of each document's references (find references,
 * rename, which documents an edit affects), made over a plain walk of the AST
 * and looking for a cancellation every 256 nodes rather than awaiting at each.
 */
import { DefaultReferenceDescriptionProvider, interruptAndCheck, type LangiumDocument, type ReferenceDescription } from 'langium';
import { CancellationToken } from 'vscode-languageserver-protocol';
import { forEachNode, forEachReference } from '../walk.js';

export class ActionPlanReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    override async createDescriptions(document: LangiumDocument, cancelToken = CancellationToken.None): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        const nodes: Parameters<typeof forEachReference>[0][] = [];
        forEachNode(document.parseResult.value, node => { nodes.push(node); });
        for (let i = 0; i < nodes.length; i++) {
            if ((i & 0xff) === 0) await interruptAndCheck(cancelToken);
            forEachReference(nodes[i], info => {
                if (info.reference.error) return;
                for (const description of this.createInfoDescriptions(info)) descriptions.push(description);
            });
        }
        return descriptions;
    }
}

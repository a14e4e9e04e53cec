/**
 * Langium's descriptions of each document's references (find references,
 * rename, which documents an edit affects), made over a plain walk of the AST
 * (walk.ts) rather than Langium's streams with a pause per node.
 */
import { DefaultReferenceDescriptionProvider, type LangiumDocument, type ReferenceDescription } from 'langium';
import { CancellationToken } from 'vscode-languageserver-protocol';
import { forEachReferenceOf } from '../walk.js';

export class ActionPlanReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    override async createDescriptions(document: LangiumDocument, cancelToken = CancellationToken.None): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        await forEachReferenceOf(document.parseResult.value, info => {
            if (info.reference.error) return;
            for (const description of this.createInfoDescriptions(info)) descriptions.push(description);
        }, cancelToken);
        return descriptions;
    }
}

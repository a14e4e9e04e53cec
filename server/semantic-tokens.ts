/**
 * Semantic tokens on top of the TextMate grammar: what a name stands for
 * (person, business or partner, team, priority, win), dates, and the values
 * of statuses and ratings.
 */
import type { AstNode, Reference } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import {
    isBusiness, isChampion, isCommitment, isFirstStep, isInvolve, isMeasure, isOrganize, isPartner, isPartnership,
    isPerson, isPriority, isResponder, isReview, isSupport, isTeam, isWin
} from '../language/generated/ast.js';

const TYPE_OF: Record<string, string> = {
    Partnership: SemanticTokenTypes.namespace,
    Priority: SemanticTokenTypes.enum,
    Business: SemanticTokenTypes.class,
    Partner: SemanticTokenTypes.interface,
    Person: SemanticTokenTypes.variable,
    Team: SemanticTokenTypes.struct,
    Win: SemanticTokenTypes.event,
};

export class ActionPlanSemanticTokenProvider extends AbstractSemanticTokenProvider {
    protected override highlightElement(node: AstNode, accept: SemanticTokenAcceptor): void {
        const declare = () => {
            const type = TYPE_OF[node.$type];
            if (type && (node as { name?: string }).name) accept({ node, property: 'name', type, modifier: SemanticTokenModifiers.declaration });
        };
        // A single-valued line may be written twice (reported by `syntax`): each copy is a list item, each is highlighted.
        const reference = (property: string, ref: Reference | readonly Reference[] | undefined, index?: number) => {
            if (Array.isArray(ref)) return ref.forEach((r, i) => reference(property, r, i));
            const one = ref as Reference | undefined;
            const type = one?.ref ? TYPE_OF[one.ref.$type] : undefined;
            if (type) accept({ node, property, index, type });
        };
        const date = (property: string, value: string | readonly string[] | undefined) => {
            if (Array.isArray(value)) value.forEach((_, index) => accept({ node, property, index, type: SemanticTokenTypes.number }));
            else if (value !== undefined) accept({ node, property, type: SemanticTokenTypes.number });
        };
        const value = (property: string, written: unknown) => {
            if (Array.isArray(written)) written.forEach((_, index) => accept({ node, property, index, type: SemanticTokenTypes.enumMember }));
            else if (written !== undefined) accept({ node, property, type: SemanticTokenTypes.enumMember });
        };
        if (isPartnership(node)) { declare(); reference('convener', node.convener); date('launch', node.launch); }
        else if (isPriority(node)) { declare(); date('followUp', node.followUp); }
        else if (isBusiness(node)) declare();
        else if (isPartner(node)) { declare(); value('kind', node.kind); }
        else if (isPerson(node)) { declare(); reference('org', node.org); }
        else if (isTeam(node)) { declare(); reference('priority', node.priority); date('formed', node.formed); }
        else if (isChampion(node)) reference('person', node.person);
        else if (isResponder(node)) { reference('person', node.person); date('joined', node.joined); value('selectedBy', node.selectedBy); node.traits.forEach((_, i) => accept({ node, property: 'traits', index: i, type: SemanticTokenTypes.enumMember })); }
        else if (isCommitment(node)) value('kind', node.kind);
        else if (isMeasure(node)) date('by', node.by);
        else if (isWin(node)) {
            declare();
            reference('after', node.after);
            reference('owner', node.owner);
            date('due', node.due);
            for (const property of ['status', 'impact', 'feasibility'] as const) value(property, node[property]);
            node.requires.forEach((_, i) => accept({ node, property: 'requires', index: i, type: SemanticTokenTypes.enumMember }));
        }
        else if (isSupport(node)) { reference('party', node.party); value('gives', node.gives); }
        else if (isFirstStep(node)) { reference('owner', node.owner); date('due', node.due); }
        else if (isInvolve(node)) node.parties.forEach((p, i) => reference('parties', p, i));
        else if (isReview(node)) { date('date', node.date); node.reviewers.forEach((r, i) => reference('reviewers', r, i)); value('status', node.status); }
        else if (isOrganize(node)) { value('kind', node.kind); date('on', node.on); }
    }
}

/**
 * Completion: keywords and a snippet for each element; references filtered
 * by what the position accepts (an owner is one of the team's members, a
 * champion a person of a business); dates that land in the guide's windows.
 */
import { AstUtils, GrammarAST, stream, type AstNode, type AstNodeDescription, type ReferenceInfo, type Stream } from 'langium';
import { DefaultCompletionProvider, type CompletionAcceptor, type CompletionContext, type NextFeature } from 'langium/lsp';
import { CompletionItemKind, InsertTextFormat } from 'vscode-languageserver';
import { formatDay, toDay } from '../language/dates.js';
import { isPerson, isPriority, isResponder, isTeam, isWin, isFirstStep, type Person } from '../language/generated/ast.js';
import { champions, formedDay, isBusinessPerson, isPartnerPerson, launchDay, priorityOf, responders } from '../language/semantics.js';
import { days } from '../language/rules/words.js';
import { single } from '../language/single.js';
import type { ActionPlanIndexManager } from '../language/workspace/index-manager.js';
import type { ActionPlanServices } from './action-plan-services.js';
import { SNIPPETS } from './snippets.js';
import { LINE_KEYWORDS } from '../language/line-structure.js';
import { VALUES } from '../language/rules/syntax.js';

/** Whether the text before the completion on its line is one line keyword that needs a value (`    owner `). */
function afterValueKeyword(context: CompletionContext): boolean {
    const start = context.textDocument.positionAt(context.tokenOffset);
    const before = context.textDocument.getText({ start: { line: start.line, character: 0 }, end: start });
    const word = /^\s*([a-z-]+)\s+$/.exec(before)?.[1];
    return word !== undefined && word in VALUES;
}

export class ActionPlanCompletionProvider extends DefaultCompletionProvider {
    constructor(private readonly services: ActionPlanServices) {
        super(services);
    }

    protected override getReferenceCandidates(refInfo: ReferenceInfo, context: CompletionContext): Stream<AstNodeDescription> {
        const team = AstUtils.getContainerOfType(refInfo.container, isTeam);
        const key = `${refInfo.container.$type}.${refInfo.property}`;
        if (team && (key === 'Win.owner' || key === 'FirstStep.owner')) {
            return this.describe(unique([...champions(team), ...responders(team)]));
        }
        if (team && key === 'Review.reviewers') return this.describe(champions(team));
        if (key === 'Champion.person') return this.people(context, person => isBusinessPerson(person));
        if (key === 'Responder.person') return this.people(context, person => isPartnerPerson(person));
        return super.getReferenceCandidates(refInfo, context);
    }

    protected override createReferenceCompletionItem(description: AstNodeDescription, refInfo: ReferenceInfo, context: CompletionContext) {
        const item = super.createReferenceCompletionItem(description, refInfo, context);
        const node = description.node;
        if (isPerson(node)) {
            const org = node.org?.ref;
            return { ...item, detail: `${node.fullName}${org ? `, ${org.title}` : ''}`, sortText: `0${description.name}` };
        }
        const title = (node as { title?: string } | undefined)?.title;
        return title ? { ...item, detail: title } : item;
    }

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor) {
        if (GrammarAST.isRuleCall(next.feature) && next.feature.rule.ref?.name === 'DATE') {
            return this.completeDate(context, next, acceptor);
        }
        return super.completionFor(context, next, acceptor);
    }

    protected override completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor) {
        // After `owner ` the grammar would also take the next line (a line's value may be left out while typing, see
        // language/line-structure.ts), but a line keyword there would start a new line: only the value is offered.
        if (LINE_KEYWORDS.has(keyword.value) && afterValueKeyword(context)) return;
        super.completionForKeyword(context, keyword, acceptor);
        for (const snippet of SNIPPETS[keyword.value] ?? []) {
            acceptor(context, {
                label: snippet.label, kind: CompletionItemKind.Snippet, detail: snippet.detail,
                insertText: snippet.body, insertTextFormat: InsertTextFormat.Snippet, sortText: `0${snippet.label}`,
            });
        }
    }

    private completeDate(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): void {
        const property = next.property ?? AstUtils.getContainerOfType(next.feature, GrammarAST.isAssignment)?.feature;
        const node = context.node;
        if (!node || !property) return;
        for (const [index, { day, detail }] of this.suggestedDates(node, property).entries()) {
            acceptor(context, { label: formatDay(day), kind: CompletionItemKind.Value, detail, sortText: String(index).padStart(3, '0') });
        }
    }

    /** Dates worth offering at a date position, each with why. */
    private suggestedDates(node: AstNode, property: string): Array<{ day: number; detail: string }> {
        const config = this.services.config.ConfigProvider.forFile(AstUtils.getDocument(node).uri.fsPath);
        const range = (from: number, min: number, max: number, step: number, what: string) => {
            const list: Array<{ day: number; detail: string }> = [];
            for (let offset = min; offset <= max; offset += offset + step > max && offset < max ? max - offset : step) {
                list.push({ day: from + offset, detail: `+${days(offset)} ${what}` });
            }
            return list;
        };
        const priority = AstUtils.getContainerOfType(node, isPriority);
        if (property === 'followUp' && priority) {
            const launch = launchDay(priority);
            const { minDays, maxDays } = config.rule('follow-up-window').options;
            return launch === undefined ? [] : range(launch, minDays, maxDays, 1, 'after the launch');
        }
        const team = AstUtils.getContainerOfType(node, isTeam);
        if (!team) return [];
        const formed = formedDay(team);
        const win = AstUtils.getContainerOfType(node, isWin);
        if (property === 'due' && win) {
            if (win.kind === 'next') {
                const followed = toDay(single(win.after?.ref?.due));
                return followed === undefined ? [] : range(followed, 30, 90, 30, `after ${win.after?.$refText} is due`);
            }
            if (formed === undefined) return [];
            if (win.kind === 'first') {
                const { minDays, maxDays } = config.rule('first-win-window').options;
                return range(formed, minDays, maxDays, 5, 'after the team formed (first-win window)');
            }
            return range(formed, 90, 360, 90, 'after the team formed');
        }
        if (property === 'due' && AstUtils.getContainerOfType(node, isFirstStep) && formed !== undefined) {
            return range(formed, 7, 28, 7, 'after the team formed');
        }
        if (property === 'formed') {
            const followUp = toDay(single(priorityOf(team)?.followUp));
            return followUp === undefined ? [] : [{ day: followUp, detail: "the priority's follow-up" }];
        }
        if (property === 'joined' && AstUtils.getContainerOfType(node, isResponder) && formed !== undefined) {
            return [{ day: formed, detail: 'the day the team formed' }];
        }
        if (property === 'date') {
            const asOf = toDay(config.asOf);
            return asOf === undefined ? [] : [{ day: asOf, detail: 'the as-of date' }];
        }
        return [];
    }

    private describe(people: Person[]): Stream<AstNodeDescription> {
        const descriptions = this.services.workspace.AstNodeDescriptionProvider;
        return stream(people.map(person => descriptions.createDescription(person, person.name)));
    }

    private people(context: CompletionContext, accept: (person: Person) => boolean): Stream<AstNodeDescription> {
        return (this.services.shared.workspace.IndexManager as ActionPlanIndexManager).visibleElements(context.document.uri, 'Person')
            .filter(d => d.node !== undefined && isPerson(d.node) && accept(d.node));
    }
}

function unique<T>(items: T[]): T[] {
    return [...new Set(items)];
}


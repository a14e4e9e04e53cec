/**
 * Hover: a card for the element a name or reference stands for; for a date,
 * its day count from the launch or the formation and the window it must fall
 * in; for a keyword, the question of the guide it answers.
 */
import { AstUtils, CstUtils, isLeafCstNode, type AstNode, type LangiumDocument } from 'langium';
import type { HoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import { formatDay, toDay } from '../language/dates.js';
import {
    isBusiness, isPartner, isPartnership, isPerson, isPriority, isTeam, isWin, isFirstStep, isResponder, isReview,
    type Person, type Team, type Win
} from '../language/generated/ast.js';
import { days } from '../language/rules/words.js';
import { single } from '../language/single.js';
import { formedDay, formedSource, launchDay, priorityOf, winStatus } from '../language/semantics.js';
import type { ActionPlanServices } from './action-plan-services.js';
import { KEYWORD_DOCS } from './keyword-docs.js';
import { markdownText as md } from './markdown-text.js';

export class ActionPlanHoverProvider implements HoverProvider {
    constructor(private readonly services: ActionPlanServices) {}

    getHoverContent(document: LangiumDocument, params: HoverParams): Hover | undefined {
        const root = document.parseResult.value.$cstNode;
        if (!root) return undefined;
        const offset = document.textDocument.offsetAt(params.position);
        const leaf = CstUtils.findLeafNodeAtOffset(root, offset);
        if (!leaf || !isLeafCstNode(leaf) || leaf.hidden) return undefined;
        const hover = (value: string | undefined): Hover | undefined => (value ? { contents: { kind: 'markdown', value }, range: leaf.range } : undefined);
        if (leaf.tokenType.name === 'DATE') return hover(this.dateCard(leaf.astNode, leaf.text, document));
        const declaration = CstUtils.findDeclarationNodeAtOffset(root, offset, this.services.parser.GrammarConfig.nameRegexp);
        const targets = declaration ? this.services.references.References.findDeclarations(declaration) : [];
        if (targets.length) return hover(targets.map(t => elementCard(t)).filter(Boolean).join('\n\n---\n\n'));
        const keyword = leaf.text;
        const doc = KEYWORD_DOCS[keyword];
        return doc ? hover(`**${keyword}** — ${md(doc)}`) : undefined;
    }

    private dateCard(node: AstNode, text: string, document: LangiumDocument): string | undefined {
        const day = toDay(text);
        if (day === undefined) return `**${md(text)}** is not a real date.`;
        const config = this.services.config.ConfigProvider.forFile(document.uri.fsPath);
        const asOf = toDay(config.asOf)!;
        const lines = [`**${text}**`];
        const team = AstUtils.getContainerOfType(node, isTeam);
        const priority = isPriority(node) ? node : team ? priorityOf(team) : undefined;
        const launch = launchDay(priority);
        if (isPriority(node)) {
            const { minDays, maxDays } = config.rule('follow-up-window').options;
            if (launch !== undefined) {
                lines.push(`${sinceText(day - launch, 'the launch', launch)}. The guide asks for the follow-up ${minDays}-${maxDays} days after the launch: ${formatDay(launch + minDays)} to ${formatDay(launch + maxDays)}.`);
            }
        } else if (team) {
            const formed = formedDay(team);
            if (isTeam(node) || isReview(node)) {
                if (launch !== undefined) lines.push(`${sinceText(day - launch, 'the launch', launch)}.`);
            } else if (formed !== undefined) {
                lines.push(`${sinceText(day - formed, `team '${team.name}' formed`, formed)}${formedSource(team) === 'follow-up' ? " (its priority's follow-up)" : ''}.`);
                if (isWin(node) && node.kind === 'first') {
                    const { minDays, maxDays } = config.rule('first-win-window').options;
                    lines.push(`The first win is due ${minDays}-${maxDays} days after the team formed: ${formatDay(formed + minDays)} to ${formatDay(formed + maxDays)}.`);
                } else if (isWin(node) && node.kind === 'early') {
                    lines.push(`Early wins are due within 6-12 months of formation: by ${formatDay(formed + 365)}.`);
                } else if (isResponder(node)) {
                    lines.push('Community partners join after the team has formed.');
                }
            }
            if ((isWin(node) || isFirstStep(node)) && node.due.includes(text)) lines.push(dueText(day, asOf, isWin(node) ? winStatus(node) : undefined));
        }
        return lines.join('\n\n');
    }
}

function sinceText(count: number, what: string, base: number): string {
    return count >= 0 ? `${days(count)} after ${what} (${formatDay(base)})` : `${days(-count)} before ${what} (${formatDay(base)})`;
}

function dueText(due: number, asOf: number, status: string | undefined): string {
    const done = status === 'achieved' || status === 'missed' || status === 'dropped';
    if (done) return `Status: ${status}.`;
    if (due >= asOf) return `Due in ${days(due - asOf)} (as of ${formatDay(asOf)}).`;
    return `${days(asOf - due)} overdue (as of ${formatDay(asOf)}).`;
}

/** A short Markdown card of an element. */
export function elementCard(node: AstNode): string | undefined {
    if (isPerson(node)) return personCard(node);
    if (isBusiness(node)) return `**${md(node.title)}**\n\nbusiness \`${node.name}\``;
    if (isPartner(node)) return `**${md(node.title)}**\n\npartner \`${node.name}\` · ${node.kind}`;
    if (isPartnership(node)) {
        return [`**${md(node.title)}**`, `partnership \`${node.name}\``,
            [node.industry.length > 0 && md(single(node.industry)!), node.region.length > 0 && md(single(node.region)!), node.launch.length > 0 && `launched ${single(node.launch)}`].filter(Boolean).join(' · ')].join('\n\n');
    }
    if (isPriority(node)) {
        return [`**${md(node.title)}**`, `priority \`${node.name}\``, node.followUp.length > 0 ? `follow-up ${single(node.followUp)}` : 'no follow-up date yet'].join('\n\n');
    }
    if (isTeam(node)) return teamCard(node);
    if (isWin(node)) return winCard(node);
    return undefined;
}

function personCard(person: Person): string {
    const org = person.org?.ref;
    const role = [person.jobTitle && md(person.jobTitle), org && `${md(org.title)} (${isBusiness(org) ? 'business' : 'partner'})`].filter(Boolean).join(', ');
    return [`**${md(person.fullName)}**`, `person \`${person.name}\``, role].filter(Boolean).join('\n\n');
}

function teamCard(team: Team): string {
    const formed = formedDay(team);
    const wins = team.wins.length;
    const achieved = team.wins.filter(w => winStatus(w) === 'achieved').length;
    return [`**${md(team.title)}**`, `team \`${team.name}\` for \`${team.priority?.$refText ?? '?'}\``,
        [formed !== undefined ? `formed ${formatDay(formed)}` : undefined, `${team.champions.length} champions`, `${team.responders.length} responders`,
            `${wins} wins, ${achieved} achieved`].filter(Boolean).join(' · ')].join('\n\n');
}

function winCard(win: Win): string {
    const kind = { first: 'first win', early: 'early win', next: 'next win' }[win.kind];
    return [`**${md(win.title)}**`, `${kind} \`${win.$container.name}.${win.name}\``,
        [win.due.length > 0 ? `due ${single(win.due)}` : 'no due date', `status ${winStatus(win)}`, win.owner.length > 0 ? `owner \`${single(win.owner)!.$refText}\`` : 'no owner'].join(' · ')].join('\n\n');
}

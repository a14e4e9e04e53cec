import type { AstNode } from 'langium';
import { isBusiness, isPartner, type Person, type Team } from '../generated/ast.js';
import { isChampionOf, isResponderOf } from '../semantics.js';
import { defineRule, noOptions, type RuleContext } from './rule.js';
import { winLabel } from './words.js';
import { single } from '../single.js';

export const memberKind = defineRule({
    meta: {
        id: 'member-kind',
        defaultSeverity: 'error',
        structural: true,
        guide: '-',
        description: 'A champion, responder, owner or reviewer is not the kind of member the role needs.',
        options: noOptions,
        fixable: false,
        messages: {
            champion: "Champion '{person}' is a person of {org}, a partner; a business champion must be a person of a business.",
            responder: "Responder '{person}' is a person of {org}, a business; a first responder must be a person of a support partner.",
            owner: "'{person}' owns {what} but is not a champion or responder of team '{team}'.",
            reviewer: "'{person}' reviews the plan of team '{team}' but is not one of its champions.",
        },
    },
    checks: {
        Champion: (node, context) => {
            const person = node.person?.ref;
            const org = person?.org?.ref;
            if (person && isPartner(org)) {
                context.report({ node, property: 'person', messageId: 'champion', data: { person: person.name, org: org.name } });
            }
        },
        Responder: (node, context) => {
            const person = node.person?.ref;
            const org = person?.org?.ref;
            if (person && isBusiness(org)) {
                context.report({ node, property: 'person', messageId: 'responder', data: { person: person.name, org: org.name } });
            }
        },
        Win: (node, context) => checkOwner(node, single(node.owner)?.ref, node.$container, winLabel(node, 'inside'), context),
        FirstStep: (node, context) => checkOwner(node, single(node.owner)?.ref, node.$container, 'the first step', context),
        Review: (node, context) => {
            const team = node.$container;
            node.reviewers.forEach((reviewer, index) => {
                const person = reviewer.ref;
                if (person && !isChampionOf(team, person)) {
                    context.report({ node, property: 'reviewers', index, messageId: 'reviewer', data: { person: person.name, team: team.name } });
                }
            });
        },
    },
});

function checkOwner(node: AstNode, person: Person | undefined, team: Team, what: string, context: RuleContext): void {
    if (person && !isChampionOf(team, person) && !isResponderOf(team, person)) {
        context.report({ node, property: 'owner', messageId: 'owner', data: { person: person.name, what, team: team.name } });
    }
}
